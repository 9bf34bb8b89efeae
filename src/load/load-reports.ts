import { stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Locate, ReportInput } from '../core/report-input.js';
import type { Lang } from '../i18n/lang.js';
import { problemMessage } from '../i18n/problems.js';
import type { Problem } from '../model/problem.js';
import type { ReportFile } from '../model/report.js';
import { displayPath } from './display-path.js';
import { type FoundFile, findYamlFiles } from './find-yaml-files.js';
import { type DocumentResult, ReportDocument, locateFile } from './load-document.js';
import { type Concurrency, loadFiles } from './load-files.js';
import { intern } from './share-text.js';

export interface LoadOptions {
  lang: Lang;
  cwd: string;
  maxFileSize?: number;
  concurrency?: Concurrency;
}

export interface LoadedReports {
  reports: ReportInput[];
  problems: Problem[];
  /** How many files were read. */
  fileCount: number;
}

export class MissingFolderError extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/**
 * A report as loaded from its folder. One the one-pass reader read keeps only its path, and makes
 * what finds its positions when first asked (see ReportDocument): the document itself is let go.
 */
class LoadedReport implements ReportInput {
  readonly data: ReportFile;
  private readonly path: string | undefined;
  private located: Locate | undefined;

  constructor(
    readonly file: string,
    readonly folder: string | null,
    document: { data: ReportFile; locate: Locate },
  ) {
    this.data = document.data;
    if (document instanceof ReportDocument) this.path = document.path;
    else this.located = document.locate;
  }

  get locate(): Locate {
    return (this.located ??= locateFile(this.path!));
  }
}

/**
 * Each file as displayPath shows it, made from the walk's path below the folder: one join for each
 * of thousands of files, not displayPath's checks. Only for a folder that is the working folder or
 * below it, where every file shows as the folder's shown path and its own below it (the walk takes
 * no name that starts with a dot); elsewhere none, and displayPath shows each file.
 */
function shownNames(dir: string, cwd: string, files: readonly FoundFile[]): string[] | undefined {
  const inside = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (dir !== cwd && !dir.startsWith(inside)) return undefined;
  const prefix = dir === cwd ? '' : `${displayPath(dir, cwd)}/`;
  return files.map((found) => prefix + found.relative);
}

/** Every report under `dir`: one broken file becomes problems and never hides the others. */
export async function loadReports(dir: string, options: LoadOptions): Promise<LoadedReports> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new MissingFolderError(dir);
  const walk = await findYamlFiles(dir);
  const problems: Problem[] = walk.outsideLinks.map((link) => ({
    file: displayPath(link.path, options.cwd),
    line: 1,
    column: 1,
    severity: 'error',
    code: 'outside-link',
    message: problemMessage(options.lang, 'outside-link', { target: link.target }),
  }));
  const reports: ReportInput[] = [];
  // Each file's result is made into a report as it is loaded, and let go of (see onLoaded).
  const take = (result: DocumentResult, i: number): void => {
    if (result.problems.length > 0) problems.push(...result.problems);
    if (result.document?.kind !== 'Report') return;
    const { relative } = walk.files[i]!;
    const slash = relative.indexOf('/');
    // One string per unit folder, not one per report.
    reports.push(new LoadedReport(result.file, slash !== -1 ? intern(relative.slice(0, slash)) : null, result.document));
  };
  const shown = shownNames(dir, options.cwd, walk.files);
  await loadFiles(
    walk.files.map((found) => found.path),
    'Report',
    { ...options, trim: true, regular: walk.files.map((found) => found.regular), ...(shown ? { shown } : {}), onLoaded: take },
  );
  return { reports, problems, fileCount: walk.files.length };
}
