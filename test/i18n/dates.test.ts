import { describe, expect, it } from 'vitest';
import { placeOfIssuer, writeDayOut } from '../../src/i18n/dates.js';
import { day } from '../support/builders.js';

describe('writeDayOut', () => {
  it('writes a day as a Vietnamese document dates itself: days below 10 and months 1–2 padded', () => {
    expect(writeDayOut('vi', day('2024-07-01'))).toBe('ngày 01 tháng 7 năm 2024');
    expect(writeDayOut('vi', day('2024-01-03'))).toBe('ngày 03 tháng 01 năm 2024');
    expect(writeDayOut('vi', day('2024-02-29'))).toBe('ngày 29 tháng 02 năm 2024');
    expect(writeDayOut('vi', day('2024-12-19'))).toBe('ngày 19 tháng 12 năm 2024');
  });

  it('writes English dates plainly', () => {
    expect(writeDayOut('en', day('2024-07-01'))).toBe('1 July 2024');
  });
});

describe('placeOfIssuer', () => {
  it('dates a provincial body’s documents at the province', () => {
    expect(placeOfIssuer('UBND tỉnh Sóc Trăng')).toBe('Sóc Trăng');
    expect(placeOfIssuer('Ủy ban nhân dân tỉnh Cà Mau')).toBe('Cà Mau');
    expect(placeOfIssuer('UBND thành phố Cần Thơ')).toBe('Cần Thơ');
  });

  it('keeps “Thành phố” for Ho Chi Minh City', () => {
    expect(placeOfIssuer('UBND thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('reads a name typed with decomposed diacritics the same', () => {
    expect(placeOfIssuer('UBND tỉnh Sóc Trăng'.normalize('NFD'))).toBe('Sóc Trăng');
  });

  it('gives no place rather than a guess', () => {
    expect(placeOfIssuer('UBND tỉnh')).toBeUndefined();
    expect(placeOfIssuer('Bộ Tư pháp')).toBeUndefined();
    expect(placeOfIssuer('Sở Nội vụ tỉnh Sóc Trăng')).toBeUndefined();
  });
});
