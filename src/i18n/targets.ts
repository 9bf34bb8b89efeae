import { type Catalogue, type Lang, translate } from './lang.js';

const vi: Catalogue = {
  'missed': (p) => `${p.left} ${p.op} ${p.right} (${p.what})`,
  'no-data': (p) => `thiếu số liệu ${p.metric}`,
};

const en: Catalogue = {
  'missed': (p) => `${p.left} ${p.op} ${p.right} (${p.what})`,
  'no-data': (p) => `no ${p.metric} in the report`,
};

export function targetText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
