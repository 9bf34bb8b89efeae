import { type Catalogue, type Lang, translate } from './lang.js';

const text = (s: string) => () => s;

const vi: Catalogue = {
  'program': text('Kiểm tra tiến độ thực hiện kế hoạch kiểm soát thủ tục hành chính (TTHC).'),
  'version': text('in phiên bản'),
  'help': text('in hướng dẫn'),
  'lang': text('ngôn ngữ thông báo: vi hoặc en'),
  'no-color': text('không tô màu'),
  'verbose': text('in chi tiết lỗi nội bộ'),
  'check': text('đối chiếu báo cáo với kế hoạch: nhiệm vụ nào đúng hạn, trễ, quá hạn, sắp đến hạn'),
  'plan': text('mã kế hoạch có sẵn hoặc đường dẫn tệp kế hoạch'),
  'reports': text('thư mục báo cáo (reports/<mã đơn vị>/<kỳ>.yaml)'),
  'as-of': text('ngày kiểm tra (YYYY-MM-DD hoặc DD/MM/YYYY); mặc định hôm nay theo giờ Việt Nam'),
  'format': text('định dạng kết quả: table, json; thêm =tệp để ghi ra tệp (dùng nhiều lần được)'),
  'output': text('ghi kết quả ra tệp thay vì màn hình'),
  'unit': text('chỉ hiện đơn vị này (dùng nhiều lần được)'),
  'section': text('chỉ hiện mục này của kế hoạch, ví dụ IV'),
  'status': text('chỉ hiện trạng thái này, ví dụ missed'),
  'by': text('nhóm bảng theo đơn vị (unit) hoặc theo nhiệm vụ (deliverable)'),
  'fail-on': text('mức trạng thái làm lệnh trả mã 1: missed, late, due_soon, never'),
  'due-soon-days': text('số ngày trước hạn được coi là sắp đến hạn'),
  'max-file-size': text('kích thước tối đa một tệp, tính bằng byte (mặc định 1 MiB)'),
  'validate': text('kiểm tra định dạng và quy tắc của các tệp YAML'),
  'paths': text('tệp hoặc thư mục'),
  'schema': text('ghi JSON Schema của các loại tệp (để VS Code gợi ý và báo lỗi khi gõ)'),
  'schema-out': text('thư mục ghi JSON Schema'),
  'plan-group': text('xem và kiểm tra kế hoạch'),
  'plan-show': text('in kế hoạch: mục, nhiệm vụ, sản phẩm, đơn vị chủ trì, thời hạn'),
  'plan-lint': text('kiểm tra quy tắc riêng của một tệp kế hoạch'),
  'plan-file': text('tệp kế hoạch'),
};

const en: Catalogue = {
  'program': text('Checks progress on an administrative-procedure (TTHC) control plan.'),
  'version': text('print the version'),
  'help': text('print help'),
  'lang': text('message language: vi or en'),
  'no-color': text('no colours'),
  'verbose': text('print details of internal errors'),
  'check': text('check reports against the plan: what is met, late, missed, due soon'),
  'plan': text('bundled plan id or a plan file'),
  'reports': text('reports folder (reports/<unit id>/<period>.yaml)'),
  'as-of': text('day to check as of (YYYY-MM-DD or DD/MM/YYYY); default today in Vietnam'),
  'format': text('output format: table, json; add =file to write a file (repeatable)'),
  'output': text('write the output to a file instead of the screen'),
  'unit': text('show only this unit (repeatable)'),
  'section': text('show only this section of the plan, e.g. IV'),
  'status': text('show only this status, e.g. missed'),
  'by': text('group the table by unit or by deliverable'),
  'fail-on': text('status level that makes the exit code 1: missed, late, due_soon, never'),
  'due-soon-days': text('days before the due day that count as due soon'),
  'max-file-size': text('largest file to read, in bytes (default 1 MiB)'),
  'validate': text('check the format and rules of YAML files'),
  'paths': text('files or folders'),
  'schema': text('write the JSON Schemas of every kind (completion and squiggles in VS Code)'),
  'schema-out': text('folder to write the JSON Schemas to'),
  'plan-group': text('show and check plans'),
  'plan-show': text('print the plan: sections, tasks, deliverables, lead units, deadlines'),
  'plan-lint': text("check a plan file's own rules"),
  'plan-file': text('plan file'),
};

export function helpText(lang: Lang, key: string): string {
  return translate({ vi, en }, lang, key);
}
