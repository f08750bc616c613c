import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('lens as its users expect a command to behave', () => {
  it('prints its version', async () => {
    const result = await runLens(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(VERSION);
  });

  it.each(['table', 'json'])('with --out and --format %s, says in one stderr line what it checked, found and where it wrote', async (format) => {
    const out = join(mkdtempSync(join(tmpdir(), 'lens-out-')), `findings.${format}`);
    const result = await runLens(['check', 'records', EXAMPLE, '--format', format, '--out', out, '--today', '2026-06-30', '--fail-on', 'never']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^lens: 400 records, \\d+ errors?, \\d+ warnings?, \\d+ notes? in \\d+\\.\\d s → ${out.replaceAll('.', '\\.')}$`));
    if (format === 'json') {
      const findings = JSON.parse(readFileSync(out, 'utf8')) as Array<{ severity: string }>;
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      expect(lines[0]).toContain(`, ${errors} error`);
    }
  });
});
