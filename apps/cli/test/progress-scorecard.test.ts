import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgressReport } from '@social-lens/rules/indicators';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const PPI_EXPORT = fileURLToPath(new URL('../examples/clients.ppi.csv', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lens-progress-scorecard-'));

interface ScorecardJson {
  groups: Array<{ group: Record<string, string | null>; n: number; excluded: number; rates: Record<string, { estimate: number | null }> }>;
}

describe('lens progress --scorecard: the scorecard poverty rate as an indicator', () => {
  it('reports each line per snapshot and branch as lens scorecard estimates it, and tracks an objective on it', async () => {
    const objectives = join(folder, 'objectives.jsonl');
    writeFileSync(
      objectives,
      `${JSON.stringify({
        id: 'ppi-poor',
        text: '30% of our clients below the national poverty line by 2027',
        indicator: 'ppi/kgz-2015#scorecard-poverty-rate-national-100',
        baseline: 0.2,
        baselineDate: '2026-01-01',
        target: 0.3,
        deadline: '2027-12-31',
      })}\n`,
    );
    const progressOut = join(folder, 'progress.json');
    const progress = await runLens([
      'progress',
      `${PPI_EXPORT}@2026-06-30`,
      '--scorecard',
      'ppi/kgz-2015@^1',
      '--objectives',
      objectives,
      '--format',
      'json',
      '--out',
      progressOut,
    ]);
    expect(progress.status, progress.stderr).toBe(0);
    const report = JSON.parse(readFileSync(progressOut, 'utf8')) as ProgressReport;

    const scorecardOut = join(folder, 'scorecard.json');
    const scored = await runLens(['scorecard', PPI_EXPORT, '--scorecard', 'ppi/kgz-2015@^1', '--by', 'branchId', '--format', 'json', '--out', scorecardOut]);
    expect(scored.status, scored.stderr).toBe(0);
    const estimates = JSON.parse(readFileSync(scorecardOut, 'utf8')) as ScorecardJson;
    const overall = estimates.groups.find((group) => Object.keys(group.group).length === 0)!;

    const lineIds = Object.keys(overall.rates);
    const series = report.indicators.filter((indicator) => indicator.id.startsWith('ppi/kgz-2015#scorecard-poverty-rate-'));
    expect(series.map((indicator) => indicator.id.slice('ppi/kgz-2015#scorecard-poverty-rate-'.length)).sort()).toEqual([...lineIds].sort());
    const national = series.find((indicator) => indicator.id.endsWith('-national-100'))!;
    const [value] = national.values;
    expect(value?.value).toBeCloseTo(overall.rates['national-100']!.estimate!, 12);
    expect(value?.denominator).toBe(overall.n);
    expect(value?.excluded).toBe(overall.excluded);
    // Records without a branch form no segment group in progress (as every indicator's segments).
    const branches = estimates.groups.filter((group) => typeof group.group['branchId'] === 'string');
    expect(value?.segments['branchId']?.length).toBe(branches.length);
    for (const branch of branches) {
      const figure = value?.segments['branchId']?.find((group) => group.group === branch.group['branchId']);
      expect(figure?.value).toBeCloseTo(branch.rates['national-100']!.estimate!, 12);
      expect(figure?.denominator).toBe(branch.n);
    }

    const [objective] = report.objectives;
    expect(objective?.indicator).toBe('ppi/kgz-2015#scorecard-poverty-rate-national-100');
    expect(objective?.current).toBeCloseTo(overall.rates['national-100']!.estimate!, 12);
    expect(objective?.status).not.toBe('no-data');
    // The answer columns are read by the scorecard: not "collected for nothing".
    expect(report.coverage.unusedColumns.filter((column) => column.startsWith('ppi'))).toEqual([]);
  });

  it('refuses a rule set that is not a scorecard (exit 2)', async () => {
    const result = await runLens(['progress', `${PPI_EXPORT}@2026-06-30`, '--scorecard', 'core/client-data']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/core\/client-data.*not a scorecard/);
  });
});
