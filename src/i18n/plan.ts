import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'col.id': () => 'Mã',
  'col.text': () => 'Kết quả công việc',
  'col.units': () => 'Phân công',
  'col.due-text': () => 'Thời gian thực hiện',
  'col.due': () => 'Hạn (đã tính ngày nghỉ)',
  'lead': () => 'Chủ trì',
  'support': () => 'Phối hợp',
  'ongoing': () => 'thường xuyên',
  'on-request': () => 'theo yêu cầu',
  'version': () => 'phiên bản',
  'count': (p) => `${p.count} sản phẩm.`,
  'targets': () => 'Chỉ tiêu',
};

const en: Catalogue = {
  'col.id': () => 'Id',
  'col.text': () => 'Result',
  'col.units': () => 'Assigned to',
  'col.due-text': () => 'Deadline (source)',
  'col.due': () => 'Due (rolled)',
  'lead': () => 'Lead',
  'support': () => 'Support',
  'ongoing': () => 'ongoing',
  'on-request': () => 'on request',
  'version': () => 'version',
  'count': (p) => `${p.count} deliverables.`,
  'targets': () => 'Targets',
};

export function planText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
