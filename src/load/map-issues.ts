import type * as z from 'zod';
import type { Lang } from '../i18n/lang.js';
import { problemMessage } from '../i18n/problems.js';
import { ISSUE_PREFIX } from '../model/fields.js';

type Issue = z.core.$ZodIssue;

export interface MappedIssue {
  path: PropertyKey[];
  /** Point at the key rather than the value (unknown keys). */
  onKey: boolean;
  message: string;
}

/** zod issues → messages at paths, unions resolved to the branch the user most likely meant. */
export function mapIssues(issues: readonly Issue[], value: unknown, lang: Lang): MappedIssue[] {
  return issues.flatMap((issue) => mapIssue(issue, [], value, lang));
}

function mapIssue(issue: Issue, prefix: PropertyKey[], root: unknown, lang: Lang): MappedIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.map((branch) => branch.flatMap((inner) => mapIssue(inner, path, root, lang)));
    const fewest = Math.min(...branches.map((b) => b.length));
    const best = branches.filter((b) => b.length === fewest);
    // One branch clearly closer: its issues say what to fix. A tie means the form itself is unclear.
    if (best.length === 1) return best[0]!;
    const key = path.at(-1) === 'due' ? 'due-forms' : path.at(-2) === 'targets' ? 'target-forms' : undefined;
    return [{ path, onKey: false, message: key ? problemMessage(lang, key) : issue.message }];
  }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    const given = valueAt(root, path);
    return [{ path, onKey: false, message: problemMessage(lang, 'bad-choice', { value: String(given), options: issue.options.join(', ') }) }];
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], onKey: true, message: problemMessage(lang, 'unknown-key', { key }) }));
  }
  if (issue.code === 'invalid_type' && isMissing(root, path)) {
    return [{ path, onKey: false, message: problemMessage(lang, 'missing-key', { key: String(path.at(-1)) }) }];
  }
  const message = issue.message.startsWith(ISSUE_PREFIX) ? problemMessage(lang, issue.message.slice(ISSUE_PREFIX.length)) : issue.message;
  return [{ path, onKey: false, message }];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

function isMissing(root: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, path.at(-1)!);
}

export type { Locate } from '../model/position.js';
