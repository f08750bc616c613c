import { describe, expect, it } from 'vitest';
import { readClientRecord } from '../records/read-client-record.ts';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import type { RuleSetDocument } from '../ruleset/rule-set-types.ts';
import { createLatestDateScan, snapshotDateFields } from './latest-record-date.ts';
import { coverageOf } from './progress-coverage.ts';
import { createProgressRun, orderSnapshots } from './progress-run.ts';

const days = (from: string, to: string) => ({ daysBetween: [{ fact: from }, { fact: to }] });
const INDICATORS: RuleSetDocument = {
  id: 'test/indicators',
  version: '1.0.0',
  title: 'Test indicators',
  subject: 'indicators',
  derived: {
    toEnd: days('disbursementDate', 'periodTo'),
    toStart: days('disbursementDate', 'periodFrom'),
    exitAfterEnd: days('periodTo', 'exitDate'),
    exitAfterStart: days('periodFrom', 'exitDate'),
  },
  codes: { gender: ['F', 'M'] },
  populations: {
    activeAtTo: {
      title: { en: 'Active at the end' },
      when: {
        all: [
          { fact: 'toEnd', operator: 'greaterThanInclusive', value: 0 },
          {
            any: [
              { fact: 'missingFields', operator: 'contains', value: 'exitDate' },
              { fact: 'exitAfterEnd', operator: 'greaterThan', value: 0 },
            ],
          },
        ],
      },
    },
    activeAtFrom: {
      title: { en: 'Active at the start' },
      when: {
        all: [
          { fact: 'toStart', operator: 'greaterThanInclusive', value: 0 },
          {
            any: [
              { fact: 'missingFields', operator: 'contains', value: 'exitDate' },
              { fact: 'exitAfterStart', operator: 'greaterThan', value: 0 },
            ],
          },
        ],
      },
    },
  },
  transitions: { population: 'activeAtTo', fields: ['povertyLevel'] },
  rules: [],
  indicators: [
    {
      id: 'women-share',
      title: { en: 'Women' },
      description: 'F ÷ active at the end',
      unit: 'share',
      population: 'activeAtTo',
      numerator: { all: [{ fact: 'gender', operator: 'equal', value: 'F' }] },
      dates: ['disbursementDate', 'exitDate'],
      segments: ['branchId'],
      textMatch: { targetGroups: ['women'] },
    },
    {
      id: 'kept',
      title: { en: 'Kept' },
      description: 'active at the end ÷ active at the start',
      unit: 'rate',
      numerator: { plus: ['activeAtTo'] },
      denominator: { plus: ['activeAtFrom'] },
    },
  ],
};
const ruleSet = resolveRuleSet(createRuleSetCatalog([INDICATORS]), 'test/indicators');

const client = (clientId: string, gender: string, povertyLevel: string, extra: Record<string, string> = {}) =>
  readClientRecord({ clientId, gender, povertyLevel, branchId: 'BR1', disbursementDate: '2005-06-01', ...extra });

const JUNE = [client('C1', 'F', 'poor'), client('C2', 'M', 'poor'), client('C3', 'F', 'very-poor', { nationalId: '111-22' }), client('C4', 'F', 'near-poor')];
const DECEMBER = [
  client('C1', 'F', 'near-poor'),
  client('C2', 'M', 'poor', { exitDate: '2006-10-01' }),
  client('C30', 'F', 'poor', { nationalId: '11122' }),
  client('C5', 'F', 'poor', { disbursementDate: '2006-09-01' }),
  client('C6', 'X', 'poor'),
];

function runTwoSnapshots(objectives: Parameters<ReturnType<typeof createProgressRun>['finish']>[0]) {
  const run = createProgressRun({ ruleSets: [ruleSet] });
  const { ordered, problems } = orderSnapshots([
    { file: 'dec.csv', asOf: '2006-12-31', records: DECEMBER },
    { file: 'jun.csv', asOf: '2006-06-30', records: JUNE },
    { file: 'copy.csv', asOf: '2006-06-30', records: JUNE },
    { file: 'bad.csv', asOf: '2006-31-12', records: JUNE },
  ]);
  for (const problem of problems) run.report(problem);
  ordered.forEach((snapshot, index) => {
    const feed = run.startSnapshot(snapshot, { last: index === ordered.length - 1 });
    for (const record of snapshot.records) feed.add(record);
    feed.finish();
  });
  return run.finish(objectives);
}

describe('a progress run over two snapshots', () => {
  const report = runTwoSnapshots({
    objectives: [
      {
        id: 'o1',
        text: 'Reach 80% women among active clients by 2007',
        indicator: 'women-share',
        baseline: 0.7,
        baselineDate: '2006-01-01',
        target: '80%',
        deadline: '2007-12-31',
      },
      { id: 'o2', text: 'More women clients', indicator: 'womens-share', target: 0.8 },
      { id: 'o3', text: 'Raise the share of women among our clients to 90% by 2008', target: 90, deadline: '2008-12-31' },
      { id: 'o4', text: 'Improve the lives of clients' },
    ],
  });

  it('dates, orders and counts the snapshots, leaving out a repeated and an unreadable date', () => {
    expect(report.snapshots).toEqual([
      { file: 'jun.csv', asOf: '2006-06-30', from: '2005-07-01', to: '2006-06-30', records: 4 },
      { file: 'dec.csv', asOf: '2006-12-31', from: '2006-01-01', to: '2006-12-31', records: 5 },
    ]);
    expect(report.problems.slice(0, 2).map((problem) => problem.code)).toEqual(['duplicate-snapshot-date', 'invalid-as-of']);
  });

  it('gives each indicator one value per snapshot', () => {
    const women = report.indicators.find((indicator) => indicator.id === 'test/indicators#women-share')!;
    expect(women.values.map(({ value, numerator, denominator, excluded }) => ({ value, numerator, denominator, excluded }))).toEqual([
      { value: 0.75, numerator: 3, denominator: 4, excluded: 0 },
      { value: 1, numerator: 3, denominator: 3, excluded: 1 },
    ]);
    expect(women.values[1]!.segments['branchId']).toEqual([{ group: 'BR1', value: 1, numerator: 3, denominator: 3, excluded: 1 }]);
  });

  it('follows clients from one snapshot to the next, by national id where the id changed', () => {
    expect(report.transitions).toEqual([
      {
        from: '2006-06-30',
        to: '2006-12-31',
        field: 'povertyLevel',
        population: 'activeAtTo',
        matched: 2,
        matchedByNationalId: 1,
        excluded: 0,
        onlyInOld: 2,
        onlyInOldListed: 1,
        onlyInNew: 2,
        counts: { poor: { 'near-poor': 1 }, 'very-poor': { poor: 1 } },
      },
    ]);
  });

  it('judges each objective at the latest snapshot, and says how it read it', () => {
    expect(report.objectives[0]).toMatchObject({
      objectiveId: 'o1',
      indicator: 'test/indicators#women-share',
      linkedBy: 'id',
      target: 0.8,
      current: 1,
      status: 'met',
    });
    expect(report.objectives[1]).toMatchObject({ objectiveId: 'o2', indicator: null, status: 'no-data' });
    expect(report.objectives[2]).toMatchObject({
      objectiveId: 'o3',
      indicator: 'test/indicators#women-share',
      linkedBy: 'text',
      confidence: 'high',
      baseline: 0.75,
      baselineDate: '2006-06-30',
      target: 0.9,
      status: 'met',
    });
    expect(report.objectives[3]).toMatchObject({ objectiveId: 'o4', indicator: null, status: 'no-data' });
    const messages = report.problems.map((problem) => `${problem.code}: ${problem.message}`);
    expect(messages).toContain('unit-understood: objective o1: target "80%" understood as 0.8 (a share is a fraction from 0 to 1)');
    expect(messages).toContain('unknown-indicator: objective o2: unknown indicator "womens-share"; did you mean "women-share"?');
    expect(messages).toContain('unit-understood: objective o3: target 90 for a share understood as 90% = 0.9; write 0.9 or "90%" to say which you mean');
    expect(messages.some((message) => message.startsWith('objective-linked-by-text: objective o3'))).toBe(true);
    expect(messages.some((message) => message.startsWith('objective-unlinked: objective o4'))).toBe(true);
  });

  it('gives no rate where nothing is active at the start, and says why', () => {
    const kept = report.indicators.find((indicator) => indicator.id === 'test/indicators#kept')!;
    expect(kept.values[0]).toMatchObject({ value: 1, numerator: 4, denominator: 4 });
    const run = createProgressRun({ ruleSets: [ruleSet] });
    const feed = run.startSnapshot({ file: 'new.csv', asOf: '2006-12-31' }, { last: true });
    feed.add(client('C9', 'F', 'poor', { disbursementDate: '2006-03-01' }));
    feed.finish();
    const lonely = run.finish();
    expect(lonely.indicators[1]!.values[0]).toMatchObject({ value: null, denominator: 0, reason: '"Active at the start" is 0: nothing to divide by' });
    expect(lonely.problems).toEqual([
      {
        code: 'empty-denominator',
        snapshot: '2006-12-31',
        message: 'test/indicators#kept at 2006-12-31: no value, "Active at the start" is 0: nothing to divide by',
      },
    ]);
  });
});

describe('dating a snapshot and what its columns are for', () => {
  it('dates a snapshot by the latest date of its indicators, ignoring dates after today', () => {
    const scan = createLatestDateScan(snapshotDateFields([ruleSet]), '2026-01-01');
    for (const record of [...DECEMBER, client('C7', 'F', 'poor', { exitDate: '2035-01-01' })]) scan.add(record);
    expect([scan.latest, scan.ignoredLater]).toEqual(['2006-10-01', 1]);
  });

  it('lists columns no rule and no indicator reads, and fields an indicator needs that an export lacks', () => {
    const coverage = coverageOf(
      [
        {
          file: 'jun.csv',
          columns: [
            { column: 'gender', field: 'gender' },
            { column: 'phone' },
            { column: 'area', field: 'area' },
            { column: 'disbursementDate', field: 'disbursementDate' },
          ],
        },
        {
          file: 'dec.csv',
          columns: [
            { column: 'gender', field: 'gender' },
            { column: 'disbursementDate', field: 'disbursementDate' },
            { column: 'exitDate', field: 'exitDate' },
          ],
        },
      ],
      [ruleSet],
    );
    expect(coverage).toEqual({
      unusedColumns: ['phone', 'area'],
      missingFields: [
        { indicator: 'test/indicators#women-share', fields: ['exitDate'] },
        { indicator: 'test/indicators#kept', fields: ['exitDate'] },
      ],
      missingSegments: ['branchId'],
      notes: [],
    });
  });
});
