import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const check = (...options: string[]) => runLens(['check', 'records', EXAMPLE, '--format', 'ndjson', '--today', '2026-11-29', '--fail-on', 'never', ...options]);

describe('lens check records on worker threads and on either engine', () => {
  it('writes the same findings, in the same order, in this thread, in two workers, and through json-rules-engine', async () => {
    const inThread = await check('--workers', '0');
    const inWorkers = await check('--workers', '2');
    const reference = await check('--engine', 'reference', '--workers', '0');
    for (const result of [inThread, inWorkers, reference]) {
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    }
    expect(inWorkers.stdout).toBe(inThread.stdout);
    expect(reference.stdout).toBe(inThread.stdout);
    const findings = inThread.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ruleId: string; line?: number });
    expect(findings.length).toBeGreaterThan(90);
    // Record findings come in file order; the portfolio findings follow them.
    const lines = findings.filter((finding) => !finding.ruleId.startsWith('core/portfolio#')).map((finding) => finding.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(findings.map((finding) => finding.ruleId)).toContain('core/portfolio#loan-officer-income-outlier');
  });
});
