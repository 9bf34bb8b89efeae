import { loadPlan } from '../../src/load/load-plan.js';
import type { PlanBundle } from '../../src/model/bundle.js';

let cached: Promise<PlanBundle> | undefined;

/** The bundled Sóc Trăng plan, loaded through the real loader (and so checked by it). */
export function bundledPlan(): Promise<PlanBundle> {
  cached ??= loadPlan('soc-trang-2024', { lang: 'en', cwd: process.cwd() }).then((loaded) => {
    if (!loaded.bundle) throw new Error(`bundled plan has problems: ${JSON.stringify(loaded.problems, null, 2)}`);
    return loaded.bundle;
  });
  return cached;
}
