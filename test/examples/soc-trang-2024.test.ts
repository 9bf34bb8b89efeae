import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { STATUSES } from '../../src/model/status.js';
import { fakeIo } from '../support/fake-io.js';

const REPORTS = 'examples/soc-trang-2024/reports';

describe('the bundled example workspace', () => {
  it('validates without a single problem', async () => {
    const io = fakeIo();
    expect(await run(['validate', REPORTS], io)).toBe(0);
    expect(io.out()).toMatch(/0 lỗi, 0 cảnh báo/);
  });

  it('shows every status as of 01/07/2024, and exits 1 because something is missed', async () => {
    const io = fakeIo();
    expect(await run(['check', '--reports', REPORTS, '--as-of', '2024-07-01', '--format', 'json'], io)).toBe(1);
    const output = JSON.parse(io.out());
    for (const status of STATUSES) expect(output.summary[status], status).toBeGreaterThan(0);
    expect(output.problems).toEqual([]);
  });

  it('exits 0 with --fail-on never, which is how npm start shows it', async () => {
    const io = fakeIo();
    expect(await run(['check', '--reports', REPORTS, '--as-of', '2024-07-01', '--fail-on', 'never'], io)).toBe(0);
    expect(io.out()).toContain('Sở Tư pháp');
  });
});
