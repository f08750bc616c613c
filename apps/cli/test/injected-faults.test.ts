import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@social-lens/rules';
import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, generateClientExport, toCsv } from '../scripts/client-export-generator.ts';
import { runLens } from './run-lens.ts';

describe('lens check records on an export with known injected faults', () => {
  it('finds every injected fault on its field and flags no clean record', async () => {
    const generated = generateClientExport({ count: 2000, seed: 4242, faultShare: 0.3, today: '2026-06-30' });
    const folder = mkdtempSync(join(tmpdir(), 'lens-faults-'));
    const file = join(folder, 'export.csv');
    writeFileSync(file, toCsv(generated.records));

    const result = await runLens(['check', 'records', file, '--format', 'ndjson', '--fail-on', 'never', '--today', '2026-11-29']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const findings = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Finding);

    const byRecord = new Map<string, Finding[]>();
    for (const finding of findings) byRecord.set(finding.recordId!, [...(byRecord.get(finding.recordId!) ?? []), finding]);

    const missed = [...generated.faults].filter(([clientId, fault]) => !(byRecord.get(clientId) ?? []).some((finding) => finding.fields.includes(fault.field)));
    const flaggedClean = [...byRecord.keys()].filter((clientId) => !generated.faults.has(clientId));
    expect(missed).toEqual([]);
    expect(flaggedClean).toEqual([]);
    expect(new Set([...generated.faults.values()].map((fault) => fault.kind))).toEqual(new Set(FAULT_KINDS));
    expect(generated.faults.size).toBeGreaterThan(500);
  });
});
