import { problemLines } from '../format/problem-lines.js';
import { cliMessage } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';
import type { Problem } from '../model/problem.js';
import { LoadError } from './errors.js';
import type { CliIo } from './io.js';

interface LoadedPlanLike {
  bundle?: PlanBundle;
  problems: Problem[];
  files: { plan: string };
}

/** Nothing can be checked against an invalid plan: print its problems and stop with exit 2. */
export function requirePlan<T extends LoadedPlanLike>(loaded: T, io: CliIo, lang: Lang): asserts loaded is T & { bundle: PlanBundle } {
  if (loaded.bundle) return;
  io.stderr.write(problemLines(loaded.problems, lang).join('\n') + '\n');
  throw new LoadError(cliMessage(lang, 'plan-invalid', { plan: loaded.files.plan, count: loaded.problems.length }));
}
