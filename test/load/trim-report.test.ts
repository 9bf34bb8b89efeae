import { describe, expect, it } from 'vitest';
import { trimReport } from '../../src/load/trim-report.js';
import type { ReportFile } from '../../src/model/report.js';

const report: ReportFile = {
  apiVersion: 'tthc/v1',
  kind: 'Report',
  plan: 'soc-trang-2024@1',
  unit: 'so-tu-phap',
  period: '2024-Q2' as ReportFile['period'],
  submitted: '2024-06-14' as ReportFile['submitted'],
  document: { number: '45/BC-STP', date: '2024-06-14' as ReportFile['submitted'] },
  progress: [
    { deliverable: 'I.2.1', status: 'done', done_on: '2024-01-30' as ReportFile['submitted'], evidence: [{ number: '12/KH-STP', date: '2024-01-30' as ReportFile['submitted'] }], note: 'xong' },
    { deliverable: 'IV.2.1', status: 'not_applicable', note: 'Không có thủ tục thuộc thẩm quyền' },
    { deliverable: 'VI.1.1', status: 'in_progress', note: 'Đang triển khai' },
  ],
  metrics: { dossiers_received: 120 },
};

describe('trimReport', () => {
  it('keeps everything a status, a due day, a rule or a target reads', () => {
    const trimmed = trimReport(report);
    expect(trimmed).toMatchObject({ plan: 'soc-trang-2024@1', unit: 'so-tu-phap', period: '2024-Q2', submitted: '2024-06-14', metrics: { dossiers_received: 120 } });
    expect(trimmed.progress).toEqual([
      { deliverable: 'I.2.1', status: 'done', done_on: '2024-01-30' },
      // The reason for an exemption is printed beside it in every format.
      { deliverable: 'IV.2.1', status: 'not_applicable', note: 'Không có thủ tục thuộc thẩm quyền' },
      { deliverable: 'VI.1.1', status: 'in_progress' },
    ]);
  });

  it('drops the document references, which nothing reads after the shape check', () => {
    const trimmed = trimReport(report);
    expect(trimmed).not.toHaveProperty('document');
    expect(trimmed.progress[0]).not.toHaveProperty('evidence');
  });

  it('leaves the loaded report itself untouched', () => {
    trimReport(report);
    expect(report.progress[0]).toHaveProperty('evidence');
    expect(report).toHaveProperty('document');
  });

  it('keeps one copy of an entry that many reports repeat, and each exemption with its own reason', () => {
    // Another unit's report, read separately, saying the same of I.2.1 and VI.1.1.
    const other = trimReport(structuredClone({ ...report, unit: 'so-noi-vu' }));
    const first = trimReport(report);
    expect(other.progress[0]).toBe(first.progress[0]);
    expect(other.progress[2]).toBe(first.progress[2]);
    expect(other.progress[1]).not.toBe(first.progress[1]);
    // A different day is a different entry.
    const later = trimReport({ ...report, progress: [{ deliverable: 'I.2.1', status: 'done', done_on: '2024-02-01' as ReportFile['submitted'] }] });
    expect(later.progress[0]).toEqual({ deliverable: 'I.2.1', status: 'done', done_on: '2024-02-01' });
  });
});
