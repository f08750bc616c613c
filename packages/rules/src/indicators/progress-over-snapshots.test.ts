import { describe, expect, it } from 'vitest';
import { readClientRecord } from '../records/read-client-record.ts';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import type { RuleSetDocument } from '../ruleset/rule-set-types.ts';
import { progressOverSnapshots, type SnapshotSource } from './progress-over-snapshots.ts';

const INDICATORS: RuleSetDocument = {
  id: 'test/count',
  version: '1.0.0',
  title: 'Counts',
  subject: 'indicators',
  derived: { toEnd: { daysBetween: [{ fact: 'disbursementDate' }, { fact: 'periodTo' }] } },
  populations: { disbursed: { title: { en: 'Disbursed by the end' }, when: { all: [{ fact: 'toEnd', operator: 'greaterThanInclusive', value: 0 }] } } },
  rules: [],
  indicators: [
    { id: 'clients', title: { en: 'Clients' }, description: 'disbursed by the end', unit: 'count', population: 'disbursed', dates: ['disbursementDate'] },
  ],
};
const ruleSets = [resolveRuleSet(createRuleSetCatalog([INDICATORS]), 'test/count')];

function source(name: string, dates: string[], extra: Partial<SnapshotSource> = {}): SnapshotSource & { reads: number } {
  const item = {
    name,
    reads: 0,
    read: async (onRecord: Parameters<SnapshotSource['read']>[0]) => {
      item.reads += 1;
      for (const disbursementDate of dates) onRecord(readClientRecord({ disbursementDate }));
      return {
        columns: [{ column: 'disbursementDate', field: 'disbursementDate' }],
        ...(name === 'first' ? { unreadableRows: 2, firstUnreadable: 'line 3: …' } : {}),
      };
    },
    ...extra,
  };
  return item;
}

describe('progressOverSnapshots', () => {
  it('dates a snapshot without a date by its latest date (not after today), reading it twice', async () => {
    const undated = source('b', ['2026-03-01', '2026-05-31', '2035-01-01']);
    const notices: string[] = [];
    const report = await progressOverSnapshots([undated, source('a', ['2025-12-01'], { asOf: '2025-12-31' })], {
      ruleSets,
      today: '2026-06-30',
      notice: (message) => notices.push(message),
    });
    expect(report.snapshots.map((snapshot) => [snapshot.file, snapshot.asOf, snapshot.records])).toEqual([
      ['a', '2025-12-31', 1],
      ['b', '2026-05-31', 3],
    ]);
    expect(report.indicators[0]!.values.map((value) => value.value)).toEqual([1, 2]);
    expect(undated.reads).toBe(2);
    expect(notices).toEqual(['b: dated 2026-05-31, its latest date; 1 later date(s), after 2026-06-30, were passed over']);
  });

  it('reports a bad date, a repeated one, a snapshot with no date at all and a bad period where they are, and measures the rest', async () => {
    const report = await progressOverSnapshots(
      [
        source('first', ['2026-01-01'], { asOf: '2026-06-30', path: '/snapshots/0/asOf' }),
        source('again', ['2026-01-01'], { asOf: '2026-06-30', path: '/snapshots/1/asOf' }),
        source('typo', ['2026-01-01'], { asOf: '2026-06-31', path: '/snapshots/2/asOf' }),
        source('empty', [], { path: '/snapshots/3' }),
      ],
      { ruleSets, today: '2026-12-31', period: '2026-12-01..2026-01-01', periodPath: '/period' },
    );
    expect(report.snapshots.map((snapshot) => snapshot.file)).toEqual(['first']);
    expect(report.problems.map(({ code, path }) => [code, path])).toEqual([
      ['invalid-period', '/period'],
      ['no-as-of', '/snapshots/3'],
      ['duplicate-snapshot-date', '/snapshots/1/asOf'],
      ['invalid-as-of', '/snapshots/2/asOf'],
      ['unreadable-rows', '/snapshots/0'],
    ]);
    expect(report.problems.at(-1)?.message).toBe('first: 2 row(s) could not be read and count in no indicator (first: line 3: …)');
    expect(report.snapshots[0]).toMatchObject({ from: '2025-07-01', to: '2026-06-30' });
  });
});
