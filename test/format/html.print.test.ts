import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { Evaluation } from '../../src/core/evaluation.js';
import type { FormatContext } from '../../src/format/formatter.js';
import { html } from '../../src/format/html.js';
import { matrixHtml } from '../../src/format/matrix-html.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import { day } from '../support/builders.js';
import { bundledPlan } from '../support/bundled.js';
import { type Printed, canPrint, launchChromium, pageSizes, pdfText, printToPdf } from '../support/chromium.js';

// A4 is 210 × 297 mm = 595.28 × 841.89 pt; Chromium rounds the page to whole CSS pixels.
const A4_LONG = 841.89;
const A4_SHORT = 595.28;
const TOLERANCE = 1.5;

// Deliverables that between them reach every unit of the bundled plan, so that every unit name
// must come out in print, while the document stays a few pages long.
const REACH_EVERY_UNIT = ['I.1.1', 'I.2.1', 'III.2.3', 'VIII.13.1', 'X.1.1'];

describe.skipIf(!canPrint)('html printed by Chromium', () => {
  let browser: Browser | undefined;
  let bundle: PlanBundle;
  let evaluation: Evaluation;
  const dir = mkdtempSync(join(tmpdir(), 'tthc-print-'));
  const printed = {} as Record<'report' | 'matrix' | 'long', Printed>;

  beforeAll(async () => {
    browser = await launchChromium();
    bundle = await bundledPlan();
    const full = evaluate(bundle, [], { asOf: day('2024-07-01') });
    evaluation = { ...full, obligations: full.obligations.filter((o) => REACH_EVERY_UNIT.includes(o.deliverable)) };
    const ctx: FormatContext = { lang: 'vi', color: false, width: 120, bundle, by: 'unit' };
    printed.report = await printToPdf(browser, html(evaluation, ctx), dir, 'report');
    printed.matrix = await printToPdf(browser, matrixHtml(evaluation, ctx), dir, 'matrix');
    // One unit's every obligation: a table several pages long.
    const long = { ...full, obligations: full.obligations.filter((o) => o.unit === 'so-noi-vu') };
    printed.long = await printToPdf(browser, html(long, ctx), dir, 'long');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['report', 'matrix'] as const)('prints the %s on A4 landscape pages', (name) => {
    const sizes = pageSizes(printed[name].pdf);
    expect(sizes.length).toBeGreaterThan(1);
    for (const { width, height } of sizes) {
      expect(Math.abs(width - A4_LONG)).toBeLessThan(TOLERANCE);
      expect(Math.abs(height - A4_SHORT)).toBeLessThan(TOLERANCE);
    }
  });

  it.each(['report', 'matrix'] as const)('prints every unit’s name in the %s, Vietnamese intact', (name) => {
    const text = pdfText(printed[name].pdf);
    const units = new Set(evaluation.obligations.map((o) => o.unit));
    expect(units.size).toBe(bundle.units.units.length);
    for (const unit of bundle.units.units) expect(text, unit.name).toContain(unit.name);
  });

  it('prints the heading, the title with the day written out, and page numbers of the whole', () => {
    const { pdf } = printed.report;
    const text = pdfText(pdf);
    const pages = pageSizes(pdf).length;
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND TỈNH SÓC TRĂNG');
    expect(text).toContain('Sóc Trăng, ngày 01 tháng 7 năm 2024');
    expect(text).toContain('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH');
    // The page margin box: "1/N" on the first page and "N/N" on the last.
    expect(text).toContain(`1/${pages}`);
    expect(text).toContain(`${pages}/${pages}`);
  });

  it('repeats the table header on every page a unit’s table runs onto', () => {
    const pages = pdfText(printed.long.pdf).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages.slice(1)) {
      expect(page).toContain('Trạng thái');
      expect(page).toContain('Ghi chú');
      expect(page).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    }
  });

  it.each(['report', 'matrix'] as const)('loads nothing but its own file for the %s', (name) => {
    const { requests } = printed[name];
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:\/\//);
  });
});
