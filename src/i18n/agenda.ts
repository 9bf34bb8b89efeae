import { type Catalogue, type Lang, translate } from './lang.js';

// Wording of `tthc agenda` (table, calendar events) and its messages.
const vi: Catalogue = {
  'title': (p) => `Hạn sắp tới của kế hoạch ${p.plan}, từ ${p.from} đến ${p.to} (tính đến ngày ${p.asOf}):`,
  'col.due': () => 'Hạn',
  'col.left': () => 'Còn lại',
  'col.unit': () => 'Đơn vị',
  'col.deliverable': () => 'Nội dung',
  'col.alarm': () => 'Nhắc',
  'left': (p) => (p.days === 0 ? 'hạn hôm nay' : Number(p.days) > 0 ? `còn ${p.days} ngày` : `quá ${-Number(p.days)} ngày`),
  'count': (p) => `${p.count} hạn.`,
  'nothing': () => 'Không có hạn nào trong khoảng này.',
  'calendar-name': (p) => `tthc — ${p.title}`,
  'summary': (p) => `Hạn ${p.deliverable}${p.period ? ` kỳ ${p.period}` : ''}: ${p.unit}`,
  'description.text': (p) => `Nội dung: ${p.text}`,
  'description.unit': (p) => `Đơn vị: ${p.unit}`,
  'description.due-text': (p) => `Thời gian thực hiện theo kế hoạch: ${p.text}`,
  'description.due': (p) => `Hạn (đã tính ngày nghỉ): ${p.due}`,
  'description.plan': (p) => `Kế hoạch: ${p.title} (${p.number})`,
  'alarm': (p) => `Còn ${p.days} ngày làm việc đến hạn ${p.deliverable}: ${p.unit}`,
  'range-conflict': () => '--days không dùng cùng --to',
  'days-too-many': (p) => `--days tối đa ${p.max} ngày`,
  'problems': (p) => `tthc: cảnh báo: ${p.count} lỗi trong tệp báo cáo (xem bằng tthc validate); báo cáo lỗi không được tính`,
  'range-reversed': (p) => `--to (${p.to}) trước --from (${p.from})`,
};

const en: Catalogue = {
  'title': (p) => `Coming deadlines of plan ${p.plan}, from ${p.from} to ${p.to} (as of ${p.asOf}):`,
  'col.due': () => 'Due',
  'col.left': () => 'Left',
  'col.unit': () => 'Unit',
  'col.deliverable': () => 'Deliverable',
  'col.alarm': () => 'Reminder',
  'left': (p) =>
    p.days === 0 ? 'due today' : Number(p.days) > 0 ? `${p.days} day${p.days === 1 ? '' : 's'} left` : `${-Number(p.days)} day${p.days === -1 ? '' : 's'} late`,
  'count': (p) => `${p.count} deadline${p.count === 1 ? '' : 's'}.`,
  'nothing': () => 'No deadline in this range.',
  'calendar-name': (p) => `tthc — ${p.title}`,
  'summary': (p) => `Due ${p.deliverable}${p.period ? ` for ${p.period}` : ''}: ${p.unit}`,
  'description.text': (p) => `Deliverable: ${p.text}`,
  'description.unit': (p) => `Unit: ${p.unit}`,
  'description.due-text': (p) => `Deadline in the plan: ${p.text}`,
  'description.due': (p) => `Due (days off rolled): ${p.due}`,
  'description.plan': (p) => `Plan: ${p.title} (${p.number})`,
  'alarm': (p) => `${p.days} working days to deadline ${p.deliverable}: ${p.unit}`,
  'range-conflict': () => '--days cannot be used with --to',
  'days-too-many': (p) => `--days is at most ${p.max} days`,
  'problems': (p) => `tthc: warning: ${p.count} problems in report files (see tthc validate); invalid reports do not count`,
  'range-reversed': (p) => `--to (${p.to}) is before --from (${p.from})`,
};

export function agendaText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
