import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgressReport } from '@social-lens/rules/indicators';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lens-progress-bad-'));

describe('lens progress on bad input: each a clear message, the rest of the run goes on', () => {
  it('warns about a repeated date, a date that is not one, a reversed period, an unknown indicator and a share target of 45', async () => {
    const objectives = join(folder, 'objectives.jsonl');
    writeFileSync(
      objectives,
      [
        JSON.stringify({ id: 'typo', text: 'Women at 70% by 2027', indicator: 'womens-share', target: 0.7, deadline: '2027-12-31' }),
        JSON.stringify({
          id: 'percent',
          text: 'Rural clients at 45% by 2027',
          indicator: 'rural-share',
          baseline: 0.5,
          baselineDate: '2026-01-01',
          target: 45,
          deadline: '2027-12-31',
        }),
        'not an objective',
      ].join('\n'),
    );
    const out = join(folder, 'progress.json');
    const result = await runLens([
      'progress',
      join(EXAMPLES, 'clients.csv@2026-06-30'),
      join(EXAMPLES, 'clients-2026-12-31.csv@2026-06-30'),
      join(EXAMPLES, 'clients.csv@2026-06-31'),
      '--period',
      '2026-12-31..2026-01-01',
      '--objectives',
      objectives,
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/objectives\.jsonl:3: not valid JSON/),
        'warning: period "2026-12-31..2026-01-01": FROM (2026-12-31) is after TO (2026-01-01); each snapshot is measured over its own 12 months instead',
        expect.stringMatching(/clients-2026-12-31\.csv has the same date \(2026-06-30\) as .*clients\.csv; it is left out$/),
        expect.stringMatching(/clients\.csv: its date "2026-06-31" is not a real date written YYYY-MM-DD/),
        'warning: objective typo: unknown indicator "womens-share"; did you mean "women-share"?',
        'warning: objective percent: target 45 for a share understood as 45% = 0.45; write 0.45 or "45%" to say which you mean',
      ]),
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as ProgressReport;
    expect(report.snapshots).toHaveLength(1);
    expect(report.objectives.map(({ objectiveId, status }) => [objectiveId, status])).toEqual([
      ['typo', 'no-data'],
      ['percent', 'behind'],
    ]);
  });

  it('exits 2 for an indicators rule set that is not one', async () => {
    const result = await runLens(['progress', join(EXAMPLES, 'clients.csv@2026-06-30'), '--indicators', 'core/client-data']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--indicators core/client-data@1.1.0: a client-record rule set, not an indicators one');
  });
});
