import { describe, expect, it } from 'vitest';
import { buildOwnership } from '../../src/core/ownership.js';
import { bundleOf } from '../support/builders.js';

const units = bundleOf([]).units;
units.units[0]!.owners = ['@so-a/clerks', '@so-a/lead', '@so-a/clerks'];
units.units[1]!.owners = [];

describe('ownership lines', () => {
  const lines = buildOwnership(units, { officeOwners: ['@office/tthc'], reportsDir: 'reports' });

  it('puts the office first (general) and each unit folder after it (specific), since the last match wins', () => {
    expect(lines.map((l) => l.pattern)).toEqual(['*', '/plans/', '/reports/dept-a/', '/reports/dept-b/', '/reports/district-x/', '/reports/lone/']);
  });

  it('gives a unit its own owners, each once, and marks units without owners', () => {
    expect(lines[2]).toEqual({ kind: 'rule', pattern: '/reports/dept-a/', owners: ['@so-a/clerks', '@so-a/lead'], unit: 'dept-a' });
    expect(lines[3]).toEqual({ kind: 'unowned', pattern: '/reports/dept-b/', unit: 'dept-b' });
  });

  it('says so when the office has no owners', () => {
    const none = buildOwnership(units, { officeOwners: [], reportsDir: 'data/reports' });
    expect(none.slice(0, 2)).toEqual([
      { kind: 'no-office', pattern: '*' },
      { kind: 'no-office', pattern: '/plans/' },
    ]);
    expect(none[2]!.pattern).toBe('/data/reports/dept-a/');
  });
});
