export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Params = Record<string, string | number>;
export type Catalogue = Record<string, (p: Params) => string>;

/** Fills a catalogue entry; an unknown key is a bug in tthc, so it shows itself rather than hiding. */
export function translate(catalogues: Record<Lang, Catalogue>, lang: Lang, key: string, params: Params = {}): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  return entry ? entry(params) : `[${key}]`;
}
