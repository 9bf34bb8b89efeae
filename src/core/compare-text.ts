/**
 * Orders text by UTF-16 code units: the same on every machine, whatever its ICU locale, and a
 * hundred times cheaper than localeCompare over the tens of thousands of obligations of a province.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
