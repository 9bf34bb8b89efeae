import { describe, expect, it } from 'vitest';
import { github } from '../../src/format/github.js';
import { printable } from '../../src/format/printable.js';
import { HOSTILE, sampleContext, sampleEvaluation } from '../support/ci-evaluation.js';
import { type WorkflowCommand as Command, parseWorkflowCommands as parse } from '../support/workflow-commands.js';

const render = (options: Parameters<typeof sampleContext>[0] = {}) => parse(github(sampleEvaluation(), sampleContext(options)));
const about = (commands: Command[], unit: string, label: string) => commands.filter((c) => c.message.startsWith(`${unit === 'dept-a' ? 'Sở A' : 'Sở B'}`) && c.message.includes(`(${unit}): ${label} `));

describe('github', () => {
  it('every line is a workflow command, the counts first', () => {
    const commands = render();
    expect(commands[0]).toEqual({ level: 'notice', properties: { title: 'tthc: tính đến ngày 01/07/2024' }, message: expect.stringMatching(/^\d+ nghĩa vụ: .*✗ \d+ quá hạn/) });
  });

  it('a problem is annotated at its file, line and column, a warning as a warning', () => {
    const problems = render().filter((c) => c.properties.file === 'reports/dept-a/2024-01.yaml');
    expect(problems.map((c) => [c.level, c.properties.line, c.properties.col, c.properties.title])).toEqual([
      ['error', '4', '7', 'Báo cáo không hợp lệ (unknown-deliverable)'],
      ['error', '4', '7', 'Báo cáo không hợp lệ (unknown-deliverable)'],
      ['warning', '12', '7', 'Cảnh báo (done-after-submitted)'],
    ]);
  });

  it('a missed obligation is an error with no file (it has no report to point at)', () => {
    const commands = render();
    const [missed] = about(commands, 'dept-a', 'I.1.1');
    expect(missed).toMatchObject({ level: 'error', properties: { title: 'Quá hạn: I.1.1 — Sở A' } });
    expect(missed!.properties.file).toBeUndefined();
    expect(missed!.message).toMatch(/— Quá hạn, hạn 01\/03\/2024, trễ 122 ngày$/);
    const evaluation = sampleEvaluation();
    const obligationErrors = commands.filter((c) => c.level === 'error' && !c.properties.title!.startsWith('Báo cáo không hợp lệ'));
    expect(obligationErrors).toHaveLength(evaluation.obligations.filter((o) => o.status === 'missed').length);
    expect(about(commands, 'dept-b', 'I.1.8 (2024-06)')).toHaveLength(1);
  });

  it('a missed obligation the unit reported as in progress points at that entry', () => {
    expect(about(render(), 'dept-a', 'I.1.8 (2024-04)')).toEqual([
      expect.objectContaining({ level: 'error', properties: { file: 'reports/dept-a/2024-04.yaml', line: '7', col: '5', title: 'Quá hạn: I.1.8 (2024-04) — Sở A' } }),
    ]);
  });

  it('late and unreported are warnings at the report entry; late is an error from --fail-on late', () => {
    const commands = render();
    expect(about(commands, 'dept-a', 'I.1.2')).toEqual([
      expect.objectContaining({ level: 'warning', properties: { file: 'reports/dept-a/2024-03.yaml', line: '9', col: '5', title: 'Trễ hạn: I.1.2 — Sở A' } }),
    ]);
    expect(about(commands, 'dept-a', 'I.1.10 (2024-Q2)')).toEqual([
      expect.objectContaining({ level: 'warning', properties: expect.objectContaining({ file: 'reports/dept-a/2024-Q2.yaml', line: '8' }) }),
    ]);
    expect(about(render({ failOn: 'late' }), 'dept-a', 'I.1.2')[0]!.level).toBe('error');
  });

  it('due soon is a notice; met, open, exempt and on request say nothing', () => {
    const commands = render();
    expect(about(commands, 'dept-a', 'I.1.4')[0]!.level).toBe('notice');
    expect(about(render({ failOn: 'due_soon' }), 'dept-a', 'I.1.4')[0]!.level).toBe('error');
    for (const label of ['I.1.3', 'I.1.5', 'I.1.6', 'I.1.7', 'I.1.9 (2024-Q2)']) expect(about(commands, 'dept-a', label)).toEqual([]);
  });

  it('errors come before warnings and notices, so the 10 GitHub keeps per level are the worst', () => {
    const levels = render().slice(1).filter((c) => c.properties.file === undefined).map((c) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
  });

  it('user text round-trips through the escaping, made printable, newlines and all', () => {
    const commands = render();
    const [unitB] = about(commands, 'dept-b', 'I.1.8 (2024-01)');
    // A title is one line; a message keeps its line breaks.
    expect(unitB!.properties.title).toBe(`Quá hạn: I.1.8 (2024-01) — ${printable(`Sở B ${HOSTILE}`).replace(/\s+/g, ' ').trim()}`);
    expect(unitB!.properties.title).toContain('50% k:v,w');
    expect(unitB!.message).toContain('\nnext\uFFFD\uFFFD\uFFFD[31m');
    const problem = commands.find((c) => c.properties.line === '4')!;
    expect(problem.message).toBe(printable(`Kế hoạch không có sản phẩm ${HOSTILE}`));
  });

  it('speaks English with --lang en', () => {
    const commands = render({ lang: 'en' });
    expect(commands[0]!.properties.title).toBe('tthc: as of 01/07/2024');
    expect(about(commands, 'dept-a', 'I.1.1')[0]!.properties.title).toBe('Missed: I.1.1 — Sở A');
  });
});
