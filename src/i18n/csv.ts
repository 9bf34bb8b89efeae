import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'col.unit-id': () => 'Mã đơn vị',
  'col.unit': () => 'Đơn vị',
  'col.deliverable-id': () => 'Mã sản phẩm',
  'col.deliverable': () => 'Nội dung',
  'col.period': () => 'Kỳ',
  'col.due': () => 'Hạn',
  'col.status': () => 'Mã trạng thái',
  'col.status-label': () => 'Trạng thái',
  'col.done-on': () => 'Ngày hoàn thành',
  'col.days-late': () => 'Số ngày trễ',
  'col.days-left': () => 'Số ngày còn lại',
  'col.report': () => 'Tệp báo cáo',
  'col.note': () => 'Ghi chú',
};

const en: Catalogue = {
  'col.unit-id': () => 'Unit id',
  'col.unit': () => 'Unit',
  'col.deliverable-id': () => 'Deliverable id',
  'col.deliverable': () => 'Deliverable',
  'col.period': () => 'Period',
  'col.due': () => 'Due',
  'col.status': () => 'Status code',
  'col.status-label': () => 'Status',
  'col.done-on': () => 'Done on',
  'col.days-late': () => 'Days late',
  'col.days-left': () => 'Days left',
  'col.report': () => 'Report file',
  'col.note': () => 'Note',
};

export function csvText(lang: Lang, key: string): string {
  return translate({ vi, en }, lang, key);
}
