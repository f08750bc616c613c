import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('lens as users of command-line tools expect it', () => {
  it('prints its version', async () => {
    const result = await runLens(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('lists the languages of its messages in --help', async () => {
    const result = await runLens(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Messages: en, ru and bs/);
  });

  it('says in one line on stderr what --out wrote, for the table and for json', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lens-out-'));
    for (const format of ['table', 'json']) {
      const out = join(folder, `findings.${format}`);
      const result = await runLens(['check', 'records', EXAMPLE, '--format', format, '--out', out, '--fail-on', 'never']);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(new RegExp(`^400 records, \\d+ errors, \\d+ warnings in \\d+\\.\\d s: written to ${out.replaceAll('.', '\\.')}$`));
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0);
    }
  });
});
