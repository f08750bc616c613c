import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GroupFigure, ProgressReport } from '@social-lens/rules/indicators';
import { describe, expect, it } from 'vitest';
import { generateClientExport, generateLaterSnapshot, type RawRecord, toCsv } from '../scripts/client-export-generator.ts';
import { runLens } from './run-lens.ts';

/*
 * The definitions of issue 15 written out by hand, apart from the rule set and its engine, over
 * the raw cells of two generated snapshots (faults included), and compared with what `lens
 * progress` computes from core/spm-indicators: every value, count, exclusion, segment group and
 * transition.
 */

type Truth = boolean | undefined;
const all = (...parts: Truth[]): Truth => (parts.includes(false) ? false : parts.includes(undefined) ? undefined : true);
const any = (...parts: Truth[]): Truth => (parts.includes(true) ? true : parts.includes(undefined) ? undefined : false);

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const CODES: Record<string, string[]> = {
  gender: ['F', 'M', 'O'],
  area: ['rural', 'urban'],
  povertyLevel: ['very-poor', 'poor', 'near-poor', 'non-poor'],
  status: ['active', 'exited', 'rejected'],
};

function date(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const parsed = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text ? undefined : text;
}
const number = (text: string): number | undefined => (DECIMAL.test(text) ? Number(text) : undefined);
const coded = (record: RawRecord, field: string): string | undefined => {
  const value = record[field as keyof RawRecord];
  return value !== '' && CODES[field]!.includes(value) ? value : undefined;
};
const text = (value: string): string | undefined => (value === '' ? undefined : value);

interface Period {
  from: string;
  to: string;
}

function start(record: RawRecord): string | undefined {
  return date(record.clientSince) ?? date(record.disbursementDate);
}

function activeAt(record: RawRecord, day: string): Truth {
  const begun = start(record);
  const status = coded(record, 'status');
  const exit = date(record.exitDate);
  return all(
    begun === undefined ? undefined : begun <= day,
    status === undefined ? undefined : status !== 'rejected',
    any(record.exitDate === '', exit === undefined ? undefined : exit > day),
  );
}

function newIn(record: RawRecord, period: Period): Truth {
  const cycle = number(record.loanCycle);
  const disbursed = date(record.disbursementDate);
  return all(cycle === undefined ? undefined : cycle === 1, disbursed === undefined ? undefined : disbursed >= period.from && disbursed <= period.to);
}

function exitIn(record: RawRecord, period: Period): Truth {
  const status = coded(record, 'status');
  const exit = date(record.exitDate);
  return all(status === undefined ? undefined : status === 'exited', exit === undefined ? undefined : exit >= period.from && exit <= period.to);
}

function cycleBand(record: RawRecord): string | undefined {
  const cycle = number(record.loanCycle);
  if (cycle === undefined || cycle < 1) return undefined;
  return cycle < 2 ? '1' : cycle < 3 ? '2' : cycle < 4 ? '3' : cycle < 5 ? '4' : '5+';
}

const SEGMENTS: Record<string, (record: RawRecord) => string | undefined> = {
  branchId: (record) => text(record.branchId),
  loanOfficerId: (record) => text(record.loanOfficerId),
  gender: (record) => coded(record, 'gender'),
  area: (record) => coded(record, 'area'),
  povertyLevel: (record) => coded(record, 'povertyLevel'),
  loanCycleBand: cycleBand,
};

/** What one record gives an indicator: left out, outside it, or an observation. */
type Observation = 'excluded' | 'outside' | { counted?: boolean; value?: number; category?: string; terms?: Record<string, boolean> };

const below = (record: RawRecord): boolean | undefined => {
  const level = coded(record, 'povertyLevel');
  return level === undefined ? undefined : level === 'very-poor' || level === 'poor';
};

function share(population: Truth, numerator: () => boolean | undefined): Observation {
  if (population === undefined) return 'excluded';
  if (!population) return 'outside';
  const counted = numerator();
  return counted === undefined ? 'excluded' : { counted };
}

function value(population: Truth, read: () => number | undefined): Observation {
  if (population === undefined) return 'excluded';
  if (!population) return 'outside';
  const found = read();
  return found === undefined ? 'excluded' : { value: found };
}

function terms(truths: Record<string, Truth>): Observation {
  if (Object.values(truths).includes(undefined)) return 'excluded';
  if (!Object.values(truths).some(Boolean)) return 'outside';
  return { terms: truths as Record<string, boolean> };
}

const DEFINITIONS: Record<
  string,
  {
    kind: 'share' | 'rate' | 'mean' | 'median' | 'distribution';
    observe: (record: RawRecord, period: Period) => Observation;
    terms?: string[];
    rate?: (t: Record<string, number>) => [number, number];
  }
> = {
  'women-share': { kind: 'share', observe: (r, p) => share(activeAt(r, p.to), () => (coded(r, 'gender') === undefined ? undefined : r.gender === 'F')) },
  'rural-share': { kind: 'share', observe: (r, p) => share(activeAt(r, p.to), () => (coded(r, 'area') === undefined ? undefined : r.area === 'rural')) },
  'poverty-outreach': { kind: 'share', observe: (r, p) => share(activeAt(r, p.to), () => below(r)) },
  'new-clients-below-poverty-line-share': { kind: 'share', observe: (r, p) => share(newIn(r, p), () => below(r)) },
  'exit-rate': {
    kind: 'rate',
    observe: (r, p) => terms({ exitsInPeriod: exitIn(r, p), activeAtFrom: activeAt(r, p.from), newInPeriod: newIn(r, p) }),
    terms: ['exitsInPeriod', 'activeAtFrom', 'newInPeriod'],
    rate: (t) => [t['exitsInPeriod']!, t['activeAtFrom']! + t['newInPeriod']!],
  },
  'retention-rate': {
    kind: 'rate',
    observe: (r, p) => terms({ activeAtTo: activeAt(r, p.to), newInPeriod: newIn(r, p), activeAtFrom: activeAt(r, p.from) }),
    terms: ['activeAtTo', 'newInPeriod', 'activeAtFrom'],
    rate: (t) => [t['activeAtTo']! - t['newInPeriod']!, t['activeAtFrom']!],
  },
  'exits-without-reason-share': { kind: 'share', observe: (r, p) => share(exitIn(r, p), () => r.exitReason === '') },
  'exit-reasons': {
    kind: 'distribution',
    observe: (r, p) => {
      const exit = exitIn(r, p);
      if (exit === undefined) return 'excluded';
      if (!exit) return 'outside';
      return r.exitReason === '' ? 'excluded' : { category: r.exitReason };
    },
  },
  'average-loan-size': { kind: 'mean', observe: (r, p) => value(activeAt(r, p.to), () => number(r.loanAmount)) },
  'median-income-per-member': {
    kind: 'median',
    observe: (r, p) =>
      value(activeAt(r, p.to), () => {
        const income = number(r.householdIncomeMonthly);
        const size = number(r.householdSize);
        return income === undefined || size === undefined || size === 0 ? undefined : income / size;
      }),
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) / 2;
  return sorted[Math.floor(position)]! + (sorted[Math.ceil(position)]! - sorted[Math.floor(position)]!) * (position - Math.floor(position));
}

/** The figure of a set of observations, in the shape `lens progress` writes. */
function figureOf(name: string, observations: Observation[]): Omit<GroupFigure, 'group'> {
  const definition = DEFINITIONS[name]!;
  const excluded = observations.filter((observation) => observation === 'excluded').length;
  const inside = observations.filter((observation): observation is Exclude<Observation, string> => typeof observation === 'object');
  if (definition.kind === 'share') {
    const counted = inside.filter((observation) => observation.counted).length;
    return { value: inside.length === 0 ? null : counted / inside.length, numerator: counted, denominator: inside.length, excluded };
  }
  if (definition.kind === 'rate') {
    const totals: Record<string, number> = {};
    for (const observation of inside) for (const [term, truth] of Object.entries(observation.terms!)) totals[term] = (totals[term] ?? 0) + (truth ? 1 : 0);
    for (const term of definition.terms!) totals[term] ??= 0;
    const [top, bottom] = definition.rate!(totals);
    return { value: bottom === 0 ? null : top / bottom, numerator: top, denominator: bottom, excluded, counts: totals };
  }
  if (definition.kind === 'distribution') {
    const counts: Record<string, number> = {};
    for (const observation of inside) counts[observation.category!] = (counts[observation.category!] ?? 0) + 1;
    return {
      denominator: inside.length,
      excluded,
      counts,
      distribution: Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, count / inside.length])),
    };
  }
  const values = inside.map((observation) => observation.value!);
  if (definition.kind === 'mean') {
    const sum = values.reduce((total, item) => total + item, 0);
    return { value: values.length === 0 ? null : sum / values.length, numerator: sum, denominator: values.length, excluded };
  }
  return { value: values.length === 0 ? null : median(values), denominator: values.length, excluded };
}

function comparable(figure: Omit<GroupFigure, 'group'>): Record<string, unknown> {
  const { reason: _reason, approximate: _approximate, ...rest } = figure;
  const round = (item: unknown): unknown =>
    typeof item === 'number'
      ? Math.round(item * 1e9) / 1e9
      : item && typeof item === 'object'
        ? Object.fromEntries(
            Object.entries(item)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([key, child]) => [key, round(child)]),
          )
        : item;
  return round(rest) as Record<string, unknown>;
}

function normalisedId(value: string): string {
  return value
    .trim()
    .replace(/[\s\-._/\\]+/g, '')
    .toUpperCase();
}

describe('lens progress computes the definitions of the indicators', () => {
  const first = generateClientExport({ count: 1_500, seed: 515, faultShare: 0.2, today: '2026-06-30', duplicateNationalIds: 6 });
  const later = generateLaterSnapshot(first, { seed: 515, from: '2026-06-30', asOf: '2026-12-31' });
  const snapshots = [
    { asOf: '2026-06-30', period: { from: '2025-07-01', to: '2026-06-30' }, records: first.records },
    { asOf: '2026-12-31', period: { from: '2026-01-01', to: '2026-12-31' }, records: later.records },
  ];

  it('gives every value, count, exclusion and segment group the definitions give', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lens-progress-'));
    writeFileSync(join(folder, 'june.csv'), toCsv(first.records));
    writeFileSync(join(folder, 'december.csv'), toCsv(later.records));
    const out = join(folder, 'progress.json');
    const result = await runLens(['progress', 'december.csv@2026-12-31', 'june.csv@2026-06-30', '--format', 'json', '--out', out], { cwd: folder });
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as ProgressReport;
    expect(report.snapshots.map(({ file, asOf, from, to, records }) => ({ file, asOf, from, to, records }))).toEqual([
      { file: 'june.csv', asOf: '2026-06-30', from: '2025-07-01', to: '2026-06-30', records: first.records.length },
      { file: 'december.csv', asOf: '2026-12-31', from: '2026-01-01', to: '2026-12-31', records: later.records.length },
    ]);
    let compared = 0;
    for (const name of Object.keys(DEFINITIONS)) {
      const series = report.indicators.find((indicator) => indicator.id === `core/spm-indicators#${name}`)!;
      for (const [index, snapshot] of snapshots.entries()) {
        const observations = snapshot.records.map((record) => DEFINITIONS[name]!.observe(record, snapshot.period));
        const { segments, asOf: _asOf, from: _from, to: _to, ...overall } = series.values[index]!;
        expect(comparable(overall), `${name} at ${snapshot.asOf}`).toEqual(comparable(figureOf(name, observations)));
        for (const [fact, groupOf] of Object.entries(SEGMENTS)) {
          const groups = new Map<string, Observation[]>();
          snapshot.records.forEach((record, position) => {
            const group = groupOf(record);
            const observation = observations[position]!;
            if (group === undefined || observation === 'outside') return;
            groups.set(group, [...(groups.get(group) ?? []), observation]);
          });
          const actual = Object.fromEntries((segments[fact] ?? []).map(({ group, ...figure }) => [group, comparable(figure)]));
          const expected = Object.fromEntries([...groups].map(([group, items]) => [group, comparable(figureOf(name, items))]));
          expect(actual, `${name} by ${fact} at ${snapshot.asOf}`).toEqual(expected);
          compared += groups.size;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);

    // Transitions: the clients active at each snapshot's date, matched by id, then by national id.
    const members = (records: readonly RawRecord[], day: string) => records.filter((record) => activeAt(record, day) === true);
    const older = members(first.records, '2026-06-30');
    const newer = members(later.records, '2026-12-31');
    const olderIds = new Map(older.map((record, index) => [record.clientId, index]));
    const nationalCount = new Map<string, number>();
    for (const record of older)
      if (normalisedId(record.nationalId)) nationalCount.set(normalisedId(record.nationalId), (nationalCount.get(normalisedId(record.nationalId)) ?? 0) + 1);
    const matched = new Set<number>();
    const pairs: Array<[RawRecord, RawRecord]> = [];
    const waiting: RawRecord[] = [];
    for (const record of newer) {
      const index = olderIds.get(record.clientId);
      if (index !== undefined && !matched.has(index)) {
        matched.add(index);
        pairs.push([older[index]!, record]);
      } else waiting.push(record);
    }
    let byNationalId = 0;
    for (const record of waiting) {
      const key = normalisedId(record.nationalId);
      const index = key && nationalCount.get(key) === 1 ? older.findIndex((candidate) => normalisedId(candidate.nationalId) === key) : -1;
      if (index >= 0 && !matched.has(index)) {
        matched.add(index);
        pairs.push([older[index]!, record]);
        byNationalId += 1;
      }
    }
    const listed = new Set(later.records.map((record) => record.clientId));
    for (const [field, read] of [
      ['povertyLevel', (record: RawRecord) => coded(record, 'povertyLevel')],
      ['loanCycleBand', cycleBand],
    ] as const) {
      const counts: Record<string, Record<string, number>> = {};
      let excluded = 0;
      for (const [from, to] of pairs) {
        const a = read(from);
        const b = read(to);
        if (a === undefined || b === undefined) excluded += 1;
        else {
          counts[a] ??= {};
          counts[a][b] = (counts[a][b] ?? 0) + 1;
        }
      }
      const onlyInOld = older.filter((_record, index) => !matched.has(index));
      const transition = report.transitions.find((item) => item.field === field)!;
      expect(comparable(transition as never)).toEqual(
        comparable({
          from: '2026-06-30',
          to: '2026-12-31',
          field,
          population: 'activeAtTo',
          matched: pairs.length,
          matchedByNationalId: byNationalId,
          excluded,
          onlyInOld: onlyInOld.length,
          onlyInOldListed: onlyInOld.filter((record) => listed.has(record.clientId)).length,
          onlyInNew: newer.length - pairs.length,
          counts,
        } as never),
      );
    }
    expect(later.changes.renumbered.size + later.changes.moved.size).toBeGreaterThan(0);
  });
});
