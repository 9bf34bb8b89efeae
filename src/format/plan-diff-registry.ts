import { planDiffJson } from './plan-diff-json.js';
import { planDiffMarkdown } from './plan-diff-markdown.js';
import type { PlanDiffFormatter } from './plan-diff-text.js';
import { planDiffTable } from './plan-diff-table.js';

/** Every `tthc plan diff --format` choice. */
export const PLAN_DIFF_FORMATTERS = {
  table: planDiffTable,
  markdown: planDiffMarkdown,
  json: planDiffJson,
} satisfies Record<string, PlanDiffFormatter>;

export type PlanDiffFormatName = keyof typeof PLAN_DIFF_FORMATTERS;
