import type { Status } from '../model/status.js';
import type { Lang } from './lang.js';

/** A symbol per status, so a black-and-white printout or a colour-blind reader loses nothing. */
export const STATUS_SYMBOL: Record<Status, string> = {
  met: '✓',
  late: '!',
  missed: '✗',
  due_soon: '◷',
  open: '○',
  reported: '✓',
  unreported: '✗',
  exempt: '–',
  on_request: '◇',
  target_missed: '↓',
};

const LABELS: Record<Lang, Record<Status, string>> = {
  vi: {
    met: 'Đúng hạn',
    late: 'Trễ hạn',
    missed: 'Quá hạn',
    due_soon: 'Sắp đến hạn',
    open: 'Chưa đến hạn',
    reported: 'Đã báo cáo',
    unreported: 'Chưa báo cáo',
    exempt: 'Không áp dụng',
    on_request: 'Theo yêu cầu',
    target_missed: 'Chưa đạt chỉ tiêu',
  },
  en: {
    met: 'Met',
    late: 'Late',
    missed: 'Missed',
    due_soon: 'Due soon',
    open: 'Open',
    reported: 'Reported',
    unreported: 'Unreported',
    exempt: 'Exempt',
    on_request: 'On request',
    target_missed: 'Target missed',
  },
};

export function statusLabel(lang: Lang, status: Status): string {
  return LABELS[lang][status];
}
