import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

describe('lens check objectives --data', () => {
  it('judges achievable from the measured indicator: the pace needed against the pace between the snapshots', async () => {
    const result = await runLens([
      'check',
      'objectives',
      join(EXAMPLES, 'progress-objectives.jsonl'),
      '--data',
      join(EXAMPLES, 'clients.csv@2026-06-30'),
      '--data',
      join(EXAMPLES, 'clients-2026-12-31.csv@2026-12-31'),
      '--format',
      'ndjson',
      '--today',
      '2027-01-15',
    ]);
    expect(result.status).toBe(0);
    const checks = result.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { objectiveId: string; criteria: { achievable: { met: boolean | null } }; findings: Array<{ ruleId: string; message: string }> },
      );
    const byId = new Map(checks.map((check) => [check.objectiveId, check]));
    expect(byId.get('women')!.criteria.achievable.met).toBe(false);
    expect(byId.get('women')!.findings.find((finding) => finding.ruleId === 'lens/progress#achievable-from-data')!.message).toBe(
      'Women among active clients: Measured 60.5% on 2026-12-31; reaching 65% by 2027-12-31 needs +4.5 percentage points a year, but it moved −2.5 percentage points a year between the snapshots.',
    );
    expect(byId.get('poor-new')!.criteria.achievable.met).toBe(true);
  });
});
