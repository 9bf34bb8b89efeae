import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'error.usage': (p) => `tthc: lỗi cú pháp lệnh: ${p.message}`,
  'error.load': (p) => `tthc: ${p.message}`,
  'error.internal': (p) => `tthc: lỗi nội bộ: ${p.message}\n(chạy lại với --verbose để xem chi tiết và gửi kèm khi báo lỗi)`,
  'bad-date': (p) => `ngày "${p.value}" không hợp lệ cho ${p.option}: viết YYYY-MM-DD hoặc DD/MM/YYYY`,
  'bad-number': (p) => `${p.option} cần một số nguyên không âm, không phải "${p.value}"`,
  'bad-concurrency': (p) => `--concurrency cần auto, off hoặc một số nguyên từ 1, không phải "${p.value}"`,
  'bad-format': (p) => `định dạng "${p.value}" không có; chọn một trong: ${p.choices}`,
  'output-empty': (p) => `${p.format}: thiếu tên tệp sau dấu =`,
  'stdout-once': () => 'chỉ một định dạng được in ra màn hình; các định dạng khác cần =tệp (ví dụ --format junit=out/junit.xml)',
  'output-twice': (p) => `hai định dạng cùng ghi vào ${p.file}`,
  'output-is-folder': (p) => `${p.file} là thư mục; hãy ghi ra một tệp`,
  'output-in-reports': (p) => `không ghi ${p.file}: tthc không bao giờ ghi vào thư mục báo cáo`,
  'output-needs-one': () => '--output chỉ dùng khi có đúng một --format không kèm tệp',
  'reports-missing': (p) => `không tìm thấy thư mục báo cáo ${p.path} (chỉ định bằng --reports)`,
  'plan-invalid': (p) => `kế hoạch ${p.plan} không hợp lệ (${p.count} lỗi); sửa kế hoạch trước khi kiểm tra`,
  'no-inputs': () => 'cần ít nhất một tệp hoặc thư mục',
  'unknown-unit-filter': (p) => `không có đơn vị "${p.id}" trong kế hoạch`,
  'unknown-section-filter': (p) => `không có mục "${p.id}" trong kế hoạch`,
  'unknown-status-filter': (p) => `--status: không có trạng thái "${p.value}"; chọn một trong: ${p.choices}`,
  'validate.summary': (p) => `${p.files} tệp: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  'written': (p) => `Đã ghi ${p.file}`,
};

const en: Catalogue = {
  'error.usage': (p) => `tthc: usage error: ${p.message}`,
  'error.load': (p) => `tthc: ${p.message}`,
  'error.internal': (p) => `tthc: internal error: ${p.message}\n(run again with --verbose for details to include in a bug report)`,
  'bad-date': (p) => `"${p.value}" is not a valid day for ${p.option}: write YYYY-MM-DD or DD/MM/YYYY`,
  'bad-number': (p) => `${p.option} needs a whole number of zero or more, not "${p.value}"`,
  'bad-concurrency': (p) => `--concurrency needs auto, off or a whole number from 1, not "${p.value}"`,
  'bad-format': (p) => `no format "${p.value}"; choose one of: ${p.choices}`,
  'output-empty': (p) => `${p.format}: no file name after =`,
  'stdout-once': () => 'only one format can go to the screen; give the others a file (e.g. --format junit=out/junit.xml)',
  'output-twice': (p) => `two formats would write ${p.file}`,
  'output-is-folder': (p) => `${p.file} is a folder; write to a file`,
  'output-in-reports': (p) => `not writing ${p.file}: tthc never writes into the reports folder`,
  'output-needs-one': () => '--output needs exactly one --format without its own file',
  'reports-missing': (p) => `reports folder ${p.path} not found (set it with --reports)`,
  'plan-invalid': (p) => `plan ${p.plan} is invalid (${p.count} errors); fix the plan before checking`,
  'no-inputs': () => 'give at least one file or folder',
  'unknown-unit-filter': (p) => `the plan has no unit "${p.id}"`,
  'unknown-section-filter': (p) => `the plan has no section "${p.id}"`,
  'unknown-status-filter': (p) => `--status: no status "${p.value}"; choose one of: ${p.choices}`,
  'validate.summary': (p) => `${p.files} files: ${p.errors} errors, ${p.warnings} warnings.`,
  'written': (p) => `Wrote ${p.file}`,
};

export function cliMessage(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
