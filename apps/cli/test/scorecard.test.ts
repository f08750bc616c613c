import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES_DIRECTORY } from '@social-lens/rule-sets';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const ANSWERS = [
  'ppiOblast',
  'ppiHouseholdSize',
  'ppiMembersWorking',
  'ppiMembersWage',
  'ppiWaterSource',
  'ppiWashingMachine',
  'ppiElectricHeater',
  'ppiCellPhones',
  'ppiVehicle',
  'ppiPlotAnimals',
];
const HEADER = ['clientId', 'branchId', 'householdSize', 'povertyLevel', ...ANSWERS, 'ppiScore'].join(',');
// Scores and likelihoods by hand from the published Kyrgyz table (ppiKGZ2015):
// C1: Batken 11 + four 19 + two working 2 + one wage 3 + running water 8 + automatic 7 + heater 4 + 3+ phones 9 + motor vehicle 7 + plot and animals 9 = 79 → 75–79, national-100 1.2 %.
// C2: Naryn 1 + six 7 + 0-1 working 0 + none 0 + communal 0 + no washer 0 + no heater 0 + 0-1 phones 0 + no vehicle 0 + plot, no animals 2 = 10 → 10–14, national-100 96.6 %.
// C3: one member, the shortcut: 100 → 95–100, national-100 1.2 %.  C4: not interviewed.
const ROWS = [
  'C1,B1,4,non-poor,batken,4,2,1,running-water,automatic,yes,3+,motorized,plot-and-animals,79',
  'C2,B1,6,poor,naryn,6,0-1,0,communal,no,no,0-1,no,plot-no-animals,10',
  'C3,B2,1,non-poor,,1,,,,,,,,,100',
  'C4,B2,3,poor,,,,,,,,,,,',
];
const NATIONAL = { C1: 0.012, C2: 0.966, C3: 0.012 };

let folder: string;
const file = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

/** The rate of households with these likelihoods, by the definition: mean, se = √(Σ p(1 − p)) ÷ n, ± 1.96 se clipped. */
function expectedRate(likelihoods: number[]): { estimate: number; ci95: [number, number] } {
  const n = likelihoods.length;
  const estimate = likelihoods.reduce((sum, p) => sum + p, 0) / n;
  const se = Math.sqrt(likelihoods.reduce((sum, p) => sum + p * (1 - p), 0)) / n;
  return { estimate, ci95: [Math.max(0, estimate - 1.96 * se), Math.min(1, estimate + 1.96 * se)] };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lens-scorecard-'));
});

describe('lens scorecard', () => {
  it('writes unrounded rates per line for the whole export, then each --by group, with n, excluded and the findings', async () => {
    const result = await runLens([
      'scorecard',
      file('four.csv', `${HEADER}\n${ROWS.join('\n')}\n`),
      '--scorecard',
      'ppi/kgz-2015@^1',
      '--by',
      'branchId',
      '--format',
      'json',
    ]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      scorecard: string;
      groups: Array<{ group: Record<string, string>; n: number; excluded: number; rates: Record<string, { estimate: number; ci95: [number, number] }> }>;
      findings: Array<{ ruleId: string; recordId: string }>;
      notes: Record<string, string>;
    };
    expect(output.scorecard).toBe('ppi/kgz-2015@1.0.0');
    expect(output.groups.map(({ group, n, excluded }) => [group, n, excluded])).toEqual([
      [{}, 3, 1],
      [{ branchId: 'B1' }, 2, 0],
      [{ branchId: 'B2' }, 1, 1],
    ]);
    const check = (actual: { estimate: number; ci95: [number, number] } | undefined, likelihoods: number[]) => {
      const expected = expectedRate(likelihoods);
      expect(actual?.estimate).toBeCloseTo(expected.estimate, 12);
      expect(actual?.ci95[0]).toBeCloseTo(expected.ci95[0], 12);
      expect(actual?.ci95[1]).toBeCloseTo(expected.ci95[1], 12);
    };
    check(output.groups[0]!.rates['national-100'], [NATIONAL.C1, NATIONAL.C2, NATIONAL.C3]);
    check(output.groups[1]!.rates['national-100'], [NATIONAL.C1, NATIONAL.C2]);
    check(output.groups[2]!.rates['national-100'], [NATIONAL.C3]);
    check(output.groups[0]!.rates['ppp2005-2.00'], [0.002, 0.513, 0.002]);
    expect(Object.keys(output.groups[0]!.rates)).toEqual([
      'median',
      'national-100',
      'national-150',
      'national-200',
      'ppp2005-1.25',
      'ppp2005-2.00',
      'ppp2005-2.50',
      'ppp2005-5.00',
    ]);
    expect(output.findings.map((finding) => `${finding.recordId} ${finding.ruleId}`)).toEqual(['C4 ppi/kgz-2015#not-interviewed']);
    expect(output.notes['ci95']).toContain('ignores the scorecard’s own calibration error');
  });

  it('writes one line per scored record, then the findings, with --format ndjson', async () => {
    const rows = [...ROWS, 'C5,B2,5,poor,osh,5,?,,,,,,,,'];
    const result = await runLens(['scorecard', file('five.csv', `${HEADER}\n${rows.join('\n')}\n`), '--scorecard', 'ppi/kgz-2015', '--format', 'ndjson']);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.slice(0, 3)).toEqual([
      { recordId: 'C1', score: 79, band: [75, 79], likelihoods: expect.objectContaining({ 'national-100': 0.012, 'ppp2005-5.00': 0.121 }) },
      { recordId: 'C2', score: 10, band: [10, 14], likelihoods: expect.objectContaining({ 'national-100': 0.966 }) },
      { recordId: 'C3', score: 100, band: [95, 100], likelihoods: expect.objectContaining({ 'national-100': 0.012 }) },
    ]);
    expect(lines.slice(3).map((finding) => [finding['recordId'], finding['ruleId'], finding['line']])).toEqual([
      ['C4', 'ppi/kgz-2015#not-interviewed', 5],
      ['C5', 'ppi/kgz-2015#answer-not-in-list', 6],
      ['C5', 'ppi/kgz-2015#answers-missing', 6],
    ]);
  });

  it('reads answer columns through a column map, and prints the table and a self-contained page', async () => {
    const mapped = HEADER.replace('ppiOblast', 'Oblast (PPI Q1)').replace('ppiHouseholdSize', 'Q2 members');
    const map = file('map.json', JSON.stringify({ 'Oblast (PPI Q1)': 'ppiOblast', 'q2 members': 'ppiHouseholdSize' }));
    const hostile = ROWS.map((row) => row.replace(',B1,', ',<script>x</script>,'));
    const export_ = file('mapped.csv', `${mapped}\n${hostile.join('\n')}\n`);
    const table = await runLens(['scorecard', export_, '--scorecard', 'ppi/kgz-2015@^1', '--map', map, '--by', 'BRANCHID', '--lang', 'ru']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('ppi/kgz-2015@1.0.0 — Индекс вероятности бедности (PPI), Кыргызская Республика, 2015');
    expect(table.stdout).toMatch(/все клиенты\s+3\s+1\s+/);
    expect(table.stdout).toContain(`${(((NATIONAL.C1 + NATIONAL.C2 + NATIONAL.C3) / 3) * 100).toFixed(1)}% (`);
    const html = join(folder, 'scorecard.html');
    const page = await runLens(['scorecard', export_, '--scorecard', 'ppi/kgz-2015@^1', '--map', map, '--by', 'branchId', '--format', 'html', '--out', html]);
    expect(page.status).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(text).not.toContain('<script>x');
    expect(text).not.toMatch(/<script|https?:\/\//);
    expect(page.stderr).toContain('4 records, 3 scored, 1 left out, 1 findings');
  });

  it('refuses an export without any answer column, listing the fields expected and the nearest columns', async () => {
    const result = await runLens([
      'scorecard',
      file('no-answers.csv', 'clientId,branchId,PPI_Oblast,ppi-members,householdSize\nC1,B1,osh,4,4\n'),
      '--scorecard',
      'ppi/kgz-2015@^1',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'no-answers.csv: line 1: no column holds an answer of ppi/kgz-2015@1.0.0: expected one or more of ppiOblast, ppiHouseholdSize,',
    );
    expect(result.stderr).toContain('ppiOblast (nearest: "PPI_Oblast")');
    expect(result.stderr).toContain('columns found: "clientId", "branchId", "PPI_Oblast", "ppi-members", "householdSize"');
    const ndjson = await runLens(['scorecard', file('no-answers.ndjson', '{"clientId":"C1","oblast":"osh"}\n'), '--scorecard', 'ppi/kgz-2015@^1']);
    expect(ndjson.status).toBe(2);
    expect(ndjson.stderr).toContain('no column holds an answer of ppi/kgz-2015@1.0.0');
  });

  it('refuses a rule set that is no scorecard, and a --by field that is no field', async () => {
    const data = file('ok.csv', `${HEADER}\n${ROWS[0]}\n`);
    const notScorecard = await runLens(['scorecard', data, '--scorecard', 'core/client-data@^1']);
    expect(notScorecard.status).toBe(2);
    expect(notScorecard.stderr).toContain('core/client-data@1.1.0 is a rule set for client-record, not a scorecard');
    const by = await runLens(['scorecard', data, '--scorecard', 'ppi/kgz-2015@^1', '--by', 'brachId']);
    expect(by.status).toBe(2);
    expect(by.stderr).toContain('--by brachId: "brachId" is not a client-record field; did you mean branchId?');
  });

  it('lint says a published table that is not monotonic is kept as published: a warning, exit 0', async () => {
    const result = await runLens(['ruleset', 'lint', join(RULES_DIRECTORY, 'ppi', 'rou-2009', 'ruleset.json')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ok (ppi/rou-2009@1.0.0, a scorecard of 10 questions from ppi/rou-2009@1.0.0)');
    expect(result.stdout).toContain(
      'warning: ppi/rou-2009@1.0.0 at /lookup/3/likelihood/national-150: the likelihood below "national-150" rises with the score, from 82.8% (10–14) to 85.3% (15–19): kept as published [non-monotonic-likelihood]',
    );
    const broken = JSON.parse(readFileSync(join(RULES_DIRECTORY, 'ppi', 'rou-2009', 'ruleset.json'), 'utf8')) as {
      id: string;
      lookup: Array<{ min: number; likelihood: Record<string, number> }>;
    };
    broken.id = 'mfi/broken';
    broken.lookup[2]!.min = 12;
    broken.lookup[5]!.likelihood['laeken'] = 1.5;
    const problems = await runLens(['ruleset', 'lint', file('broken.json', JSON.stringify(broken))]);
    expect(problems.status).toBe(1);
    expect(problems.stdout).toContain('/lookup/5/likelihood/laeken: expected at most 1');
    const gap = JSON.parse(JSON.stringify(broken)) as typeof broken;
    gap.lookup[5]!.likelihood['laeken'] = 0.5;
    const gapped = await runLens(['ruleset', 'lint', file('gap.json', JSON.stringify(gap))]);
    expect(gapped.stdout).toContain('mfi/broken@1.0.0 at /lookup/2: no band holds the scores 10–11 (scores run from 0 to 100) [lookup-gap]');
  });
});
