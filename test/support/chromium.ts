import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: playwright-core drives it, and never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

// The machine has no network: without these flags Chromium keeps trying to reach Google.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** CI installs Chromium and poppler (.ci/run) and must run these tests; elsewhere they may be skipped. */
export const canPrint = existsSync(CHROMIUM) || process.env.CI !== undefined;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface Printed {
  pdf: string;
  /** Every URL the page asked for, its own file included. */
  requests: string[];
}

/** Opens the HTML as a file, the way a user opens a mailed report, and prints it as Chromium would. */
export async function printToPdf(browser: Browser, html: string, dir: string, name: string): Promise<Printed> {
  const file = join(dir, `${name}.html`);
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(file, html);
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.pdf({ path: pdf, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
  return { pdf, requests };
}

/** Each page's size in points, from `pdfinfo`. */
export function pageSizes(pdf: string): Array<{ width: number; height: number }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The PDF's text, as `pdftotext` reads it, in NFC so it compares with our strings. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).normalize('NFC');
}
