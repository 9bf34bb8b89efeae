import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'col.unit': () => 'Đơn vị',
  'col.deliverable': () => 'Nội dung',
  'col.due': () => 'Hạn',
  'col.status': () => 'Trạng thái',
  'col.remark': () => 'Ghi chú',
  'days-late': (p) => `trễ ${p.days} ngày`,
  'days-left': (p) => (p.days === 0 ? 'hạn hôm nay' : `còn ${p.days} ngày`),
  'quarter-report': (p) => `theo báo cáo ${p.period}`,
  'no-quarter-yet': () => 'chưa đến kỳ báo cáo quý',
  'summary': (p) => `Tính đến ngày ${p.asOf}, ${p.total} nghĩa vụ:`,
  'problems': (p) => `${p.errors} lỗi, ${p.warnings} cảnh báo trong tệp báo cáo:`,
  'severity.error': () => 'lỗi',
  'severity.warning': () => 'cảnh báo',
  'nothing': () => 'Không có nghĩa vụ nào khớp bộ lọc.',
  'ongoing': () => 'thường xuyên',
  'on-request': () => 'theo yêu cầu',
  'period': (p) => `kỳ ${p.period}`,
};

const en: Catalogue = {
  'col.unit': () => 'Unit',
  'col.deliverable': () => 'Deliverable',
  'col.due': () => 'Due',
  'col.status': () => 'Status',
  'col.remark': () => 'Remark',
  'days-late': (p) => `${p.days} day${p.days === 1 ? '' : 's'} late`,
  'days-left': (p) => (p.days === 0 ? 'due today' : `${p.days} day${p.days === 1 ? '' : 's'} left`),
  'quarter-report': (p) => `from report ${p.period}`,
  'no-quarter-yet': () => 'no quarterly report due yet',
  'summary': (p) => `As of ${p.asOf}, ${p.total} obligations:`,
  'problems': (p) => `${p.errors} errors, ${p.warnings} warnings in report files:`,
  'severity.error': () => 'error',
  'severity.warning': () => 'warning',
  'nothing': () => 'No obligation matches the filters.',
  'ongoing': () => 'ongoing',
  'on-request': () => 'on request',
  'period': (p) => `period ${p.period}`,
};

export function tableText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
