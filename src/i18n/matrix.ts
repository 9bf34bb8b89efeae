import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'title': () => 'Tiến độ theo đơn vị và nhiệm vụ',
  'as-of': (p) => `tính đến ngày ${p.asOf}`,
  'by-unit': () => 'Theo đơn vị',
  'by-deliverable': () => 'Theo nhiệm vụ',
  'col.unit': () => 'Đơn vị',
  'col.rate': () => 'Hoàn thành',
  'col.id': () => 'Mã',
  'col.deliverable': () => 'Nội dung',
  'col.units': () => 'Số đơn vị',
  'col.behind': () => 'Chưa thực hiện',
  'col.section': (p) => `Mục ${p.id}`,
  'total': () => 'Cộng',
  'overall': (p) => `Hoàn thành ${p.done}/${p.settled} nghĩa vụ đã đến hạn hoặc đã xong (${p.percent}).`,
  'not-owed': () => 'không được giao',
  'legend': () => 'Ký hiệu',
  'rule.rate': () =>
    'Tỉ lệ hoàn thành = (đúng hạn + trễ hạn + chưa đạt chỉ tiêu + đã báo cáo + không áp dụng) / số nghĩa vụ đã đến hạn hoặc đã xong; nghĩa vụ chưa đến hạn, sắp đến hạn và theo yêu cầu không tính.',
  'rule.cell': () => 'Nhiệm vụ định kỳ: ô mang ký hiệu của kỳ cần chú ý nhất, kèm số kỳ đã xong/số kỳ đã đến hạn.',
  'rule.behind': () => '✗ Chưa thực hiện (theo nhiệm vụ) = quá hạn + chưa báo cáo.',
  'no-rate': () => '—',
};

const en: Catalogue = {
  'title': () => 'Progress by unit and deliverable',
  'as-of': (p) => `as of ${p.asOf}`,
  'by-unit': () => 'By unit',
  'by-deliverable': () => 'By deliverable',
  'col.unit': () => 'Unit',
  'col.rate': () => 'Done',
  'col.id': () => 'Id',
  'col.deliverable': () => 'Deliverable',
  'col.units': () => 'Units',
  'col.behind': () => 'Not done',
  'col.section': (p) => `Section ${p.id}`,
  'total': () => 'Total',
  'overall': (p) => `Done: ${p.done} of ${p.settled} obligations due so far or already done (${p.percent}).`,
  'not-owed': () => 'not assigned',
  'legend': () => 'Legend',
  'rule.rate': () =>
    'Completion rate = (met + late + target missed + reported + exempt) / obligations due so far or already done; open, due-soon and on-request obligations are left out.',
  'rule.cell': () => 'Recurring deliverables: a cell shows the symbol of the period that most needs attention, with periods done / periods due.',
  'rule.behind': () => '✗ Not done (by deliverable) = missed + unreported.',
  'no-rate': () => '—',
};

export function matrixText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
