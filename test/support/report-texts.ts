import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadDocument } from '../../src/load/load-document.js';
import { trimReport } from '../../src/load/trim-report.js';
import type { ReportFile } from '../../src/model/report.js';
import { EXAMPLE_REPORTS, yamlFiles } from './yaml-arbitraries.js';

/**
 * What the general path makes of a report's text (the lean or careful parser, then zod), trimmed as
 * a check keeps it; undefined when it finds a problem. The one-pass readers are held to it.
 */
export function generalPathReport(text: string): ReportFile | undefined {
  const result = loadDocument('r.yaml', new TextEncoder().encode(text), { lang: 'en', expect: 'Report' });
  return result.document?.kind === 'Report' ? trimReport(result.document.data) : undefined;
}

/** A valid report of one done entry, in the layout tthc writes, with both spellings of a day: cases are made by editing it. */
export const BASE_REPORT = `apiVersion: tthc/v1
kind: Report
plan: soc-trang-2024@1
unit: so-tu-phap
period: 2024-Q2
submitted: 18/06/2024
progress:
  - deliverable: I.2.3
    status: done
    done_on: 10/06/2024
`;

export type Quote = 'plain' | 'single' | 'double';

const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ,./()%-]*$/u;

/** A value written in the quote style asked for, or double-quoted where plain text would read as something else. */
export function scalar(value: string, quote: Quote): string {
  if (quote === 'single' && !value.includes('\n')) return `'${value.replaceAll("'", "''")}'`;
  if (quote === 'plain' && PLAIN_SAFE.test(value) && !/^(true|false|null|~|\d+([.,]\d*)?)$/i.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

/** That `read` reads every report of the example workspace (the layout users copy) itself, as the general path does. */
export function expectEveryExampleRead(read: (text: string) => unknown): void {
  const files = yamlFiles(EXAMPLE_REPORTS);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(read(text), file).toStrictEqual(generalPathReport(text));
    expect(generalPathReport(text), file).toBeDefined();
  }
}
