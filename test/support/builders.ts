import type { Day } from '../../src/core/day.js';
import type { ReportInput } from '../../src/core/report-input.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import type { Deliverable, Due } from '../../src/model/plan.js';
import type { ProgressEntry, ReportFile } from '../../src/model/report.js';
import type { Period } from '../../src/core/period.js';

export const day = (text: string) => text as Day;

/** A small plan built in memory: one section, one task per deliverable. */
export function bundleOf(deliverables: Array<Partial<Deliverable> & { id: string; due: Due }>, extra: Partial<PlanBundle['plan']> = {}): PlanBundle {
  return {
    plan: {
      apiVersion: 'tthc/v1',
      kind: 'Plan',
      id: 'test-plan',
      version: 1,
      year: 2024,
      effective: day('2024-01-03'),
      document: { number: '01/KH-UBND', date: day('2024-01-03'), issuer: 'UBND tỉnh' },
      title: 'Kế hoạch thử',
      units: './units.yaml',
      calendar: './calendar.yaml',
      deadline_rule: 'next-working-day',
      sections: [
        {
          id: 'I',
          title: 'Mục I',
          tasks: [
            {
              id: 'I.1',
              title: 'Nhiệm vụ',
              deliverables: deliverables.map((d) => ({ text: `Sản phẩm ${d.id}`, lead: ['dept-a'], support: [], ...d })),
            },
          ],
        },
      ],
      ...extra,
    },
    units: {
      apiVersion: 'tthc/v1',
      kind: 'Units',
      groups: [
        { id: 'depts', name: 'Các sở' },
        { id: 'districts', name: 'UBND cấp huyện' },
        { id: 'communes', name: 'UBND cấp xã', reported_by: 'districts' },
      ],
      units: [
        { id: 'dept-a', name: 'Sở A', groups: ['depts'] },
        { id: 'dept-b', name: 'Sở B', groups: ['depts'] },
        { id: 'district-x', name: 'UBND huyện X', groups: ['districts'] },
        { id: 'lone', name: 'Đơn vị độc lập', groups: [] },
      ],
    },
    calendar: {
      apiVersion: 'tthc/v1',
      kind: 'Calendar',
      id: 'vn',
      timezone: 'Asia/Ho_Chi_Minh',
      weekend: ['saturday', 'sunday'],
      days_off: [
        { from: day('2024-01-01'), to: day('2024-01-01'), name: 'Tết Dương lịch', source: 'BLLĐ 2019, Điều 112' },
        { from: day('2024-02-08'), to: day('2024-02-14'), name: 'Tết Nguyên đán', source: 'TB 5015/TB-LĐTBXH' },
        { from: day('2024-04-27'), to: day('2024-05-01'), name: '30/4 – 1/5', source: 'CV 2450/VPCP-KGVX' },
      ],
      working_days: [{ date: day('2024-05-04'), name: 'Làm bù', source: 'CV 2450/VPCP-KGVX' }],
    },
  };
}

/** A report as the loader would hand it over, with its folder equal to its unit. */
export function reportOf(unit: string, period: string, submitted: string, progress: ProgressEntry[] = [], extra: Partial<ReportInput> = {}): ReportInput {
  const data: ReportFile = {
    apiVersion: 'tthc/v1',
    kind: 'Report',
    plan: 'test-plan@1',
    unit,
    period: period as Period,
    submitted: day(submitted),
    progress,
  };
  return { file: `reports/${unit}/${period}.yaml`, folder: unit, data, ...extra };
}

export const done = (deliverable: string, doneOn: string): ProgressEntry => ({ deliverable, status: 'done', done_on: day(doneOn) });
export const inProgress = (deliverable: string): ProgressEntry => ({ deliverable, status: 'in_progress' });
export const notApplicable = (deliverable: string, note: string): ProgressEntry => ({ deliverable, status: 'not_applicable', note });
