import { type Catalogue, type Lang, translate } from './lang.js';

// Wording of `tthc new report`: the comments of the file it writes, and its messages.
const vi: Catalogue = {
  'header': (p) => `Báo cáo kỳ ${p.period} của ${p.unit} theo ${p.plan} (${p.number}).`,
  'generated': (p) => `Tạo bằng \`tthc new report\` ngày ${p.day}. Các dòng bắt đầu bằng # là ghi chú, có thể xóa.`,
  'instructions': () => 'Mỗi mục: status là done (ghi thêm done_on), in_progress, not_started hoặc not_applicable (ghi thêm note).',
  'document': () => 'Số, ngày văn bản báo cáo (nếu có), ví dụ:',
  'due': (p) => `Hạn ${p.due}: ${p.text}`,
  'ongoing': (p) => `Thường xuyên, báo cáo hằng quý: ${p.text}`,
  'previous': (p) => `Kỳ ${p.period} đã báo: ${p.status}`,
  'nothing-owed': () => 'Kỳ này đơn vị không có nhiệm vụ nào phải báo cáo theo kế hoạch.',
  'created': (p) => `Đã tạo ${p.file} (${p.count} mục). Điền trạng thái rồi kiểm tra bằng: tthc validate ${p.file}`,
  'exists': (p) => `${p.file} đã có; tthc không bao giờ ghi đè một báo cáo (sửa chính tệp đó)`,
  'period-taken': (p) => `đơn vị ${p.unit} đã có báo cáo kỳ ${p.period} trong ${p.file}; báo cáo thứ hai cùng kỳ sẽ không được tính`,
  'bad-period': (p) => `kỳ "${p.value}" không hợp lệ: viết YYYY-MM, YYYY-Qn, YYYY-Hn hoặc YYYY`,
  'not-a-unit': (p) => `"${p.id}" là một nhóm đơn vị; báo cáo do từng đơn vị lập (--unit <mã đơn vị>)`,
  'other-year': (p) => `tthc: cảnh báo: kỳ ${p.period} không thuộc năm ${p.year} của kế hoạch; chỉ các nhiệm vụ một lần còn mở được liệt kê`,
};

const en: Catalogue = {
  'header': (p) => `Report of ${p.unit} for ${p.period} under ${p.plan} (${p.number}).`,
  'generated': (p) => `Written by \`tthc new report\` on ${p.day}. Lines starting with # are comments and may be deleted.`,
  'instructions': () => 'Each entry: status is done (add done_on), in_progress, not_started or not_applicable (add note).',
  'document': () => 'Number and date of the report document (optional), e.g.:',
  'due': (p) => `Due ${p.due}: ${p.text}`,
  'ongoing': (p) => `Ongoing, reported each quarter: ${p.text}`,
  'previous': (p) => `Reported for ${p.period}: ${p.status}`,
  'nothing-owed': () => 'The plan gives this unit nothing to report for this period.',
  'created': (p) => `Created ${p.file} (${p.count} entries). Fill in the statuses, then check it with: tthc validate ${p.file}`,
  'exists': (p) => `${p.file} already exists; tthc never overwrites a report (edit that file instead)`,
  'period-taken': (p) => `unit ${p.unit} already has a report for ${p.period} in ${p.file}; a second report for the same period would not count`,
  'bad-period': (p) => `"${p.value}" is not a period: write YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY`,
  'not-a-unit': (p) => `"${p.id}" is a group of units; each unit files its own report (--unit <unit id>)`,
  'other-year': (p) => `tthc: warning: ${p.period} is outside the plan's year ${p.year}; only open one-off deliverables are listed`,
};

export function newReportText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
