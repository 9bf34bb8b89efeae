import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'title': (p) => `So sánh ${p.from} → ${p.to} (phiên bản mới hiệu lực từ ${p.effective})`,
  'summary': (p) => `Sản phẩm: ${p.added} thêm, ${p.removed} bỏ, ${p.changed} sửa.`,
  'nothing': () => 'Hai phiên bản có cùng các sản phẩm, không sản phẩm nào thay đổi.',
  'col.change': () => 'Thay đổi',
  'col.id': () => 'Mã',
  'col.field': () => 'Mục',
  'col.before': () => 'Trước',
  'col.after': () => 'Sau',
  'added': () => 'Thêm',
  'removed': () => 'Bỏ',
  'changed': () => 'Sửa',
  'field.text': () => 'Nội dung',
  'field.lead': () => 'Chủ trì',
  'field.support': () => 'Phối hợp',
  'field.due': () => 'Thời hạn',
  'field.targets': () => 'Chỉ tiêu',
  'unknown-ref': (p) => `không có ${p.ref} trong các kế hoạch đã nạp (${p.loaded}); nạp phiên bản đó bằng --plan`,
};

const en: Catalogue = {
  'title': (p) => `Comparing ${p.from} → ${p.to} (the newer version is in force from ${p.effective})`,
  'summary': (p) => `Deliverables: ${p.added} added, ${p.removed} removed, ${p.changed} changed.`,
  'nothing': () => 'Both versions have the same deliverables, and none changed.',
  'col.change': () => 'Change',
  'col.id': () => 'Id',
  'col.field': () => 'Field',
  'col.before': () => 'Before',
  'col.after': () => 'After',
  'added': () => 'Added',
  'removed': () => 'Removed',
  'changed': () => 'Changed',
  'field.text': () => 'Text',
  'field.lead': () => 'Lead',
  'field.support': () => 'Support',
  'field.due': () => 'Due',
  'field.targets': () => 'Targets',
  'unknown-ref': (p) => `no ${p.ref} among the plans loaded (${p.loaded}); load that version with --plan`,
};

export function planDiffText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
