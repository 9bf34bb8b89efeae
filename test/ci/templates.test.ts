import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { parseWorkflowCommands } from '../support/workflow-commands.js';
import { reportYaml } from '../support/yaml-reports.js';

/**
 * Runs each CI template's own `tthc check` line, through bash as the CI would, with the CI's
 * variables, in a fresh git repository of reports. `tthc` on PATH is a shim to this checkout's
 * bin/tthc.js (the install step itself needs the network and is not run). The templates pin no
 * day, so "today" is the real today: the plan's year is past, so something is always missed, and
 * the assertions are on structure, not dates.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const XSD = join(ROOT, 'test/fixtures/jenkins-junit.xsd');
const template = (name: string) => parseYaml(readFileSync(join(ROOT, 'ci', name), 'utf8')) as Record<string, any>;

function shimDir(): string {
  const dir = tempDir({ tthc: `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/tthc.js')}" "$@"\n` });
  chmodSync(join(dir, 'tthc'), 0o755);
  return dir;
}

/** A reports repository as a province keeps one: two units' reports, committed. */
function reportsRepository(): string {
  const dir = tempDir({
    'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-22', '  - { deliverable: I.2.1, status: done, done_on: 2024-01-25 }\n'),
    'reports/so-y-te/2024-02.yaml': reportYaml('so-y-te', '2024-02', '2024-02-20', '  - { deliverable: I.2.2, status: done, done_on: 2024-02-05 }\n'),
  });
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'user.name=CI', '-c', 'user.email=ci@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Báo cáo tháng 1, 2');
  return dir;
}

function runScript(script: string, cwd: string, env: Record<string, string>) {
  // GitHub's `bash` shell and GitLab's shell executor both stop at the first failing line.
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${shimDir()}:${process.env.PATH}`, HOME: cwd, ...env },
    timeout: 60_000,
  });
}

const strings = (record: unknown): Record<string, string> => Object.fromEntries(Object.entries((record ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));

/** Today in Vietnam, as tthc's titles write it; read before and after a run in case midnight falls between. */
const vietnamToday = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

describe('ci/github-actions.yml', () => {
  const workflow = template('github-actions.yml');
  const [jobName, job] = Object.entries(workflow.jobs as Record<string, any>).find(([, j]) => j.steps.some((s: any) => /\btthc check\b/.test(s.run ?? '')))!;
  const step = job.steps.find((s: any) => /\btthc check\b/.test(s.run ?? ''));

  it('installs tthc, runs on pushes, pull requests and a schedule, and can only read the repository', () => {
    expect(jobName).toBeTruthy();
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule']));
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.steps.some((s: any) => /npm install --global "\$TTHC_PACKAGE"/.test(s.run ?? ''))).toBe(true);
    expect(job.steps.findIndex((s: any) => /npm install/.test(s.run ?? ''))).toBeLessThan(job.steps.indexOf(step));
    expect(step.run).toMatch(/--format github\b/);
    expect(step.shell ?? 'bash').toBe('bash');
  });

  it('fails the step on a missed deadline, annotates, and appends the summary, in any time zone', () => {
    const titles: string[] = [];
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak']) {
      const repo = reportsRepository();
      const summary = join(repo, '..', `summary-${tz.replace('/', '-')}.md`);
      writeFileSync(summary, '## Bước trước\n');
      const before = vietnamToday();
      const result = runScript(step.run, repo, {
        ...strings(workflow.env),
        ...strings(job.env),
        ...strings(step.env),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo,
        GITHUB_STEP_SUMMARY: summary,
        TZ: tz,
      });
      const after = vietnamToday();
      expect(result.status, result.stderr).toBe(1);

      const commands = parseWorkflowCommands(result.stdout);
      expect(commands[0]!.level).toBe('notice');
      const missed = commands.filter((c) => c.level === 'error' && c.properties.title?.startsWith('Quá hạn: '));
      expect(missed.length).toBeGreaterThan(0);
      const late = commands.find((c) => c.level === 'warning' && c.properties.title === 'Trễ hạn: I.2.2 — Sở Y tế');
      expect(late?.properties).toMatchObject({ file: 'reports/so-y-te/2024-02.yaml', line: expect.stringMatching(/^\d+$/) });

      const text = readFileSync(summary, 'utf8');
      expect(text.startsWith('## Bước trước\n')).toBe(true);
      const title = /^## Tiến độ kế hoạch soc-trang-2024@1 — tính đến ngày (\d{2}\/\d{2}\/\d{4})$/m.exec(text);
      expect(title).not.toBeNull();
      expect([before, after]).toContain(title![1]);
      expect(text).toMatch(/^\| ✗ Quá hạn \| \d+ \|$/m);
      titles.push(title![0]);
    }
    expect(new Set(titles).size).toBe(1);
  });
});

describe('ci/gitlab-ci.yml', () => {
  const pipeline = template('gitlab-ci.yml');
  const [, job] = Object.entries(pipeline).find(([, j]) => Array.isArray(j?.script) && j.script.some((line: string) => /\btthc check\b/.test(line)))!;
  const command = (job.script as string[]).find((line) => /\btthc check\b/.test(line))!;
  const outputOf = (format: string) => new RegExp(`--format ${format}=(\\S+)`).exec(command)?.[1];

  it('installs tthc first and keeps JUnit and Code Quality reports even when the job fails', () => {
    expect(job.image).toMatch(/^node:20\b/);
    expect(job.before_script).toContain('npm install --global "$TTHC_PACKAGE"');
    expect(job.variables.TTHC_PACKAGE).toBeTruthy();
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports).toEqual({ junit: outputOf('junit'), codequality: outputOf('gitlab') });
    expect(job.allow_failure).toBeUndefined();
  });

  it('fails the job on a missed deadline and writes reports that parse', () => {
    const repo = reportsRepository();
    const result = runScript((job.script as string[]).join('\n'), repo, {
      ...strings(pipeline.variables),
      ...strings(job.variables),
      CI: 'true',
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: repo,
      TZ: 'UTC',
    });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('Sở Tư pháp');

    const junitFile = join(repo, job.artifacts.reports.junit);
    const xml = readFileSync(junitFile, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml).testsuites;
    expect(Number(doc.failures)).toBeGreaterThan(0);
    expect(doc.testsuite.some((s: any) => s.name === 'Sở Tư pháp (so-tu-phap)')).toBe(true);
    const xmllint = spawnSync('xmllint', ['--noout', '--schema', XSD, junitFile], { encoding: 'utf8' });
    if (xmllint.error) throw new Error(`xmllint is needed for this test (Debian: apt-get install libxml2-utils): ${xmllint.error.message}`);
    expect(xmllint.status, xmllint.stderr).toBe(0);

    const issues = JSON.parse(readFileSync(join(repo, job.artifacts.reports.codequality), 'utf8')) as Array<{ check_name: string; severity: string; fingerprint: string; location: { path: string } }>;
    expect(issues.some((i) => i.check_name === 'tthc/missed' && i.severity === 'major' && i.location.path.startsWith('reports/'))).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const path of job.artifacts.paths as string[]) expect(existsSync(join(repo, path))).toBe(true);
  });
});
