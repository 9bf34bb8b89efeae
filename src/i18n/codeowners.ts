import { type Catalogue, type Lang, translate } from './lang.js';

// Wording of `tthc codeowners`: the comments of the CODEOWNERS file it writes, and its messages.
const vi: Catalogue = {
  'header': (p) => `Tạo bằng \`tthc codeowners\` từ ${p.units}. Đừng sửa tay: sửa owners trong tệp đơn vị rồi tạo lại.`,
  'rule-order': () => 'Dòng khớp cuối cùng được áp dụng: văn phòng giữ mọi thứ (*), mỗi đơn vị chỉ giữ thư mục báo cáo của mình.',
  'protect': () => 'Chỉ có hiệu lực khi nhánh chính bật "Require review from Code Owners" (GitHub) hoặc "Code owner approval" (GitLab).',
  'office': (p) => `Văn phòng (${p.unit}): kế hoạch, danh sách đơn vị, lịch, CODEOWNERS và mọi tệp khác`,
  'office-option': () => 'Văn phòng (--office-owner): kế hoạch, danh sách đơn vị, lịch, CODEOWNERS và mọi tệp khác',
  'no-office': (p) => `${p.pattern} chưa có người duyệt của văn phòng: khai báo owners cho ${p.unit} hoặc dùng --office-owner`,
  'unowned': (p) => `${p.pattern} ${p.unit}: chưa khai báo owners trong tệp đơn vị; thư mục này do văn phòng duyệt (dòng *)`,
  'unowned-no-office': (p) => `${p.pattern} ${p.unit}: chưa khai báo owners trong tệp đơn vị, và văn phòng cũng chưa có: không ai được giao duyệt thư mục này`,
  'warn.unowned': (p) => `tthc: cảnh báo: ${p.count} đơn vị chưa có owners, thư mục của họ do văn phòng duyệt: ${p.units}`,
  'warn.no-office': (p) => `tthc: cảnh báo: văn phòng chưa có người duyệt (owners của ${p.unit} hoặc --office-owner); kế hoạch không được bảo vệ`,
  'not-generated': (p) => `${p.file} đã có và không do tthc tạo; không ghi đè (đổi tên tệp đó, hoặc in ra màn hình rồi ghép tay)`,
  'bad-owner': (p) => `--office-owner "${p.value}" không hợp lệ: viết @tên, @tổ-chức/nhóm hoặc địa chỉ e-mail`,
  'unknown-office': (p) => `không có đơn vị "${p.id}" (--office) trong tệp đơn vị`,
  'bad-reports': (p) => `--reports "${p.value}" phải là đường dẫn tương đối từ gốc kho, ví dụ reports`,
  'units-invalid': (p) => `tệp đơn vị ${p.file} không hợp lệ (${p.count} lỗi)`,
};

const en: Catalogue = {
  'header': (p) => `Written by \`tthc codeowners\` from ${p.units}. Do not edit by hand: change owners in the units file and write it again.`,
  'rule-order': () => 'The last matching line applies: the office holds everything (*), each unit holds only its own reports folder.',
  'protect': () => 'Enforced only when the main branch requires "Review from Code Owners" (GitHub) or "Code owner approval" (GitLab).',
  'office': (p) => `Office (${p.unit}): the plans, the units file, the calendar, CODEOWNERS and every other file`,
  'office-option': () => 'Office (--office-owner): the plans, the units file, the calendar, CODEOWNERS and every other file',
  'no-office': (p) => `${p.pattern} has no office owner: give ${p.unit} owners, or use --office-owner`,
  'unowned': (p) => `${p.pattern} ${p.unit}: no owners in the units file; the office approves this folder (line *)`,
  'unowned-no-office': (p) => `${p.pattern} ${p.unit}: no owners in the units file, and the office has none either: nobody is assigned to approve this folder`,
  'warn.unowned': (p) => `tthc: warning: ${p.count} units have no owners, the office approves their folders: ${p.units}`,
  'warn.no-office': (p) => `tthc: warning: the office has no owners (owners of ${p.unit} or --office-owner); the plans are unprotected`,
  'not-generated': (p) => `${p.file} exists and was not written by tthc; not overwriting it (rename it, or print to the screen and merge by hand)`,
  'bad-owner': (p) => `--office-owner "${p.value}" is not valid: write @user, @org/team or an e-mail address`,
  'unknown-office': (p) => `the units file has no unit "${p.id}" (--office)`,
  'bad-reports': (p) => `--reports "${p.value}" must be a path relative to the repository root, e.g. reports`,
  'units-invalid': (p) => `units file ${p.file} is invalid (${p.count} errors)`,
};

export function codeownersText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
