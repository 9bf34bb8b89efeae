import { diffPlans } from '../../core/plan-diff.js';
import { planVersions } from '../../core/plan-versions.js';
import { PLAN_DIFF_FORMATTERS, type PlanDiffFormatName } from '../../format/plan-diff-registry.js';
import { refOf } from '../../format/plan-diff-text.js';
import type { Lang } from '../../i18n/lang.js';
import { planDiffText } from '../../i18n/plan-diff.js';
import { type LoadedPlan, loadPlan } from '../../load/load-plan.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import type { PlanBundle } from '../../model/bundle.js';
import type { PlanFile } from '../../model/plan.js';
import { planRefSchema } from '../../model/report.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readGlobals } from '../options.js';
import { requirePlan } from '../require-plan.js';
import { emitOutput, resolveOutputPath, screenContext } from '../outputs.js';

/**
 * `tthc plan diff FROM TO`: what an amendment changes. Each side is `<id>@<version>`, found
 * among the versions `--plan` loads (the bundled plan's folder by default), or a plan file.
 * A view, not a gate: it exits 0 whatever changed.
 */
export async function runPlanDiff(options: Record<string, unknown>, args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const isRef = (arg: string) => planRefSchema.safeParse(arg).success;
  const chain = args.some(isRef) ? usable(await loadPlanChain(options.plan as string[], { lang, cwd: io.cwd }), lang, io) : undefined;
  const pick = async (arg: string): Promise<PlanFile> =>
    isRef(arg) ? versionOf(chain!, arg, lang) : usable(await loadPlan(arg, { lang, cwd: io.cwd }), lang, io).plan;
  const diff = diffPlans(await pick(args[0]!), await pick(args[1]!));

  const output = options.output as string | undefined;
  const ctx = screenContext(io, lang, color, output === undefined);
  const text = PLAN_DIFF_FORMATTERS[options.format as PlanDiffFormatName](diff, ctx);
  await emitOutput(io, lang, output === undefined ? {} : { path: resolveOutputPath(output, io.cwd, lang), file: output }, text);
  return EXIT.ok;
}

function usable(loaded: LoadedPlan, lang: Lang, io: CliIo): PlanBundle {
  requirePlan(loaded, io, lang);
  return loaded.bundle;
}

function versionOf(bundle: PlanBundle, ref: string, lang: Lang): PlanFile {
  const versions = planVersions(bundle);
  const found = versions.find((plan) => refOf(plan) === ref);
  if (!found) throw new UsageError(planDiffText(lang, 'unknown-ref', { ref, loaded: versions.map(refOf).join(', ') }));
  return found;
}
