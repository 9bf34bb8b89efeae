import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { ReportInput } from '../../core/report-input.js';
import { problemLines } from '../../format/problem-lines.js';
import { cliMessage } from '../../i18n/cli.js';
import { displayPath } from '../../load/display-path.js';
import { findYamlFiles } from '../../load/find-yaml-files.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import { loadFiles } from '../../load/load-files.js';
import { problemMessage } from '../../i18n/problems.js';
import { type Problem, compareProblems } from '../../model/problem.js';
import { applyRules } from '../../rules/index.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readConcurrency, readCountOption, readGlobals } from '../options.js';
import { appendTo } from '../../core/append-to.js';

/** `tthc validate FILE|DIR...`: shape and rules, one line per problem, then a summary. */
export async function runValidate(options: Record<string, unknown>, args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const maxFileSize = readCountOption(options.maxFileSize, '--max-file-size', lang);
  if (args.length === 0) throw new UsageError(cliMessage(lang, 'no-inputs'));
  const concurrency = readConcurrency(options.concurrency, lang);
  const loadOptions = { lang, cwd: io.cwd, ...(maxFileSize !== undefined ? { maxFileSize } : {}) };

  const problems: Problem[] = [];
  const files: Array<{ path: string; folder?: string | null; regular: boolean }> = [];
  for (const arg of args) {
    const path = resolve(io.cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const walk = await findYamlFiles(path);
      files.push(...walk.files.map((f) => ({ path: f.path, folder: folderUnderReports(f.path), regular: f.regular })));
      for (const link of walk.outsideLinks) {
        const file = displayPath(link.path, io.cwd);
        problems.push({ file, line: 1, column: 1, severity: 'error', code: 'outside-link', message: problemMessage(lang, 'outside-link', { target: link.target }) });
      }
    } else files.push({ path, folder: folderUnderReports(path), regular: false });
  }

  const reports: ReportInput[] = [];
  let planInvalid = false;
  const plansById = new Map<string, string[]>();
  const results = await loadFiles(
    files.map((f) => f.path),
    undefined,
    // Reports are kept for the cross-file rules, which read no document references.
    { ...loadOptions, concurrency, trim: true, regular: files.map((f) => f.regular) },
  );
  for (const [i, { path, folder }] of files.entries()) {
    const result = results[i]!;
    const doc = result.document;
    if (doc?.kind === 'Plan') {
      appendTo(plansById, doc.data.id, path);
      continue;
    }
    problems.push(...result.problems);
    if (doc?.kind === 'Report') reports.push({ file: result.file, data: doc.data, locate: doc.locate, ...(folder !== undefined ? { folder } : {}) });
  }

  // A plan is checked with the units and calendar it names and its own rules; the versions of one
  // plan given together are checked as one chain of amendments.
  for (const paths of plansById.values()) {
    const plan = await loadPlanChain(paths, loadOptions);
    problems.push(...plan.problems);
    planInvalid ||= !plan.bundle;
  }

  if (reports.length > 0) {
    const plan = await loadPlanChain(options.plan as string[], loadOptions);
    if (plan.bundle) problems.push(...applyRules(plan.bundle, reports, { lang }).problems);
    else {
      problems.push(...plan.problems);
      planInvalid = true;
    }
  }

  const chalk = new Chalk({ level: color && io.stdout.isTTY ? 1 : 0 });
  const sorted = problems.sort(compareProblems);
  const lines = problemLines(sorted, lang, chalk);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  lines.push(cliMessage(lang, 'validate.summary', { files: files.length, errors, warnings: sorted.length - errors }));
  io.stdout.write(lines.join('\n') + '\n');
  return planInvalid ? EXIT.fatal : errors > 0 ? EXIT.findings : EXIT.ok;
}

/** The unit folder of a file that lies under a `reports/` folder; undefined when there is none. */
function folderUnderReports(path: string): string | null | undefined {
  const segments = path.split(/[/\\]/);
  const at = segments.lastIndexOf('reports');
  if (at === -1) return undefined;
  return segments.length - at > 2 ? segments[at + 1]! : null;
}
