import type { ProgressReport } from '@social-lens/rules/indicators';
import { describe, expect, it } from 'vitest';
import { formatProgressTable } from './format-progress-table.ts';
import { renderProgressPage } from './render-progress-page.ts';

const figure = (value: number, numerator: number, denominator: number) => ({ value, numerator, denominator, excluded: 1 });
const REPORT: ProgressReport = {
  snapshots: [
    { file: 'june.csv', asOf: '2026-06-30', from: '2025-07-01', to: '2026-06-30', records: 10 },
    { file: 'dec.csv', asOf: '2026-12-31', from: '2026-01-01', to: '2026-12-31', records: 12 },
  ],
  indicators: [
    {
      id: 'core/spm-indicators#women-share',
      title: 'Women among active clients',
      unit: 'share',
      description: 'F ÷ active',
      values: [
        { asOf: '2026-06-30', from: '2025-07-01', to: '2026-06-30', ...figure(0.5, 4, 8), segments: { branchId: [{ group: '<BR1>', ...figure(0.5, 4, 8) }] } },
        {
          asOf: '2026-12-31',
          from: '2026-01-01',
          to: '2026-12-31',
          ...figure(0.6, 6, 10),
          segments: { branchId: [{ group: '<BR1>', ...figure(0.6, 6, 10) }] },
        },
      ],
    },
  ],
  transitions: [
    {
      from: '2026-06-30',
      to: '2026-12-31',
      field: 'povertyLevel',
      population: 'activeAtTo',
      matched: 7,
      matchedByNationalId: 1,
      excluded: 0,
      onlyInOld: 1,
      onlyInOldListed: 1,
      onlyInNew: 3,
      counts: { 'very-poor': { 'very-poor': 2, poor: 1 }, poor: { poor: 3, 'near-poor': 1 } },
    },
  ],
  objectives: [
    {
      objectiveId: 'o1',
      indicator: 'core/spm-indicators#women-share',
      linkedBy: 'id',
      baseline: 0.5,
      baselineDate: '2026-01-01',
      target: 0.65,
      deadline: '2027-12-31',
      current: 0.6,
      currentAsOf: '2026-12-31',
      expected: 0.575,
      status: 'on-track',
      pacePerYear: { needed: 0.05, observed: 0.2, observedFrom: 'snapshots' },
    },
  ],
  coverage: { unusedColumns: ['phone'], missingFields: [], notes: [] },
  problems: [{ code: 'unit-understood', message: 'objective o1: target 65 for a share understood as 65% = 0.65', objectiveId: 'o1' }],
};

describe('renderProgressPage', () => {
  const page = renderProgressPage(REPORT, { lang: 'en', objectiveTexts: new Map([['o1', 'Women <script>alert(1)</script> to 65%']]) });

  it('is self-contained: no script, no request to anywhere', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(page).toContain("default-src 'none'");
  });

  it('escapes what comes from the data', () => {
    expect(page).toContain('Women &lt;script&gt;alert(1)&lt;/script&gt; to 65%');
    expect(page).toContain('&lt;BR1&gt;');
    expect(page).not.toContain('<BR1>');
  });

  it('shows each objective with its status, figures and series chart', () => {
    expect(page).toContain('<span class="status status-on-track">on track</span>');
    expect(page).toContain('<dt>Expected now</dt><dd>57.5%</dd>');
    expect(page).toContain('class="series-chart"');
    expect(page).toContain('<dt>Pace observed per year</dt><dd>+20 pp</dd>');
  });

  it('draws the transition as a matrix and a flow chart', () => {
    expect(page).toContain('class="flow-chart"');
    expect(page).toMatch(/<th>very-poor<\/th><td class="n">2<\/td><td class="n">1<\/td><td class="n">·<\/td><td class="n">3<\/td>/);
  });

  it('speaks the reader’s language', () => {
    const russian = renderProgressPage(REPORT, { lang: 'ru' });
    expect(russian).toContain('<html lang="ru">');
    expect(russian).toContain('по плану');
    expect(renderProgressPage(REPORT, { lang: 'sr' })).toContain('po planu');
  });
});

describe('formatProgressTable', () => {
  it('lists objectives, indicators per snapshot, movement and problems', () => {
    const text = formatProgressTable(REPORT, 'en');
    expect(text).toContain('o1  [on track]  Women among active clients');
    expect(text).toMatch(/women-share\s+50%\s+60%\s+1\/1/);
    expect(text).toContain('povertyLevel 2026-06-30 → 2026-12-31: 7 clients matched');
    expect(text).toContain('objective o1: target 65 for a share understood as 65% = 0.65 [unit-understood]');
  });
});
