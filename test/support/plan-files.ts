import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`../../plans/soc-trang-2024/${name}`, import.meta.url), 'utf8');

/** The bundled plan's three files, as text to copy or mutate into a temporary folder. */
export function bundledPlanFiles(prefix = ''): Record<string, string> {
  return {
    [`${prefix}plan.yaml`]: read('plan.yaml'),
    [`${prefix}units.yaml`]: read('units.yaml'),
    [`${prefix}calendar-vn.yaml`]: read('calendar-vn.yaml'),
  };
}
