import type { Day } from '../core/day.js';
import type { Lang } from './lang.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A day written out as a document's date line writes it: "ngày 01 tháng 7 năm 2024". Nghị định
 * 30/2020/NĐ-CP (Phụ lục I) pads days below 10 and the months 1 and 2 with a zero, and no others.
 */
export function writeDayOut(lang: Lang, day: Day): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${date} ${MONTHS_EN[month - 1]} ${year}`;
  const dd = String(date).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

// "UBND tỉnh Sóc Trăng" → "Sóc Trăng": a provincial body's documents are dated at the province's
// name (Nghị định 30/2020/NĐ-CP). Ho Chi Minh City keeps its "Thành phố"; any other issuer
// (a ministry, a district, a department) is left without a place rather than guessed.
// Built from a string, which the bundler can write in ASCII (a regular expression literal it cannot).
const PROVINCIAL = new RegExp('^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\\s+(tỉnh|thành phố)\\s+(\\S.*)$', 'iu');

/** Where a document of `issuer` is dated, or undefined when it cannot be told safely. */
export function placeOfIssuer(issuer: string): string | undefined {
  const match = PROVINCIAL.exec(issuer.normalize('NFC').trim());
  if (!match) return undefined;
  const [, level, name] = match as unknown as [string, string, string];
  if (level.toLowerCase() === 'thành phố' && name.toLowerCase() === 'hồ chí minh') return 'Thành phố Hồ Chí Minh';
  return name;
}
