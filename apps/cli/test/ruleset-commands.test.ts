import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

describe('lens ruleset', () => {
  it('lint names the file, the JSON path and what was expected, for every problem', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lens-lint-'));
    const path = join(folder, 'national.json');
    writeFileSync(
      path,
      JSON.stringify({
        id: 'assoc/national',
        version: '2.0.0',
        title: 'National',
        subject: 'client-record',
        extends: ['core/client-data@^1'],
        params: { povertyLinePerMember: 'high' },
        overrides: { 'core/client-data#no-such-rule': { enabled: false } },
        rules: [{ id: 'x', title: 'x', severity: 'error', fields: [], message: { en: 'x' }, when: { all: [{ fact: 'incomePerMembr', operator: 'lessThan', value: 1 }] } }],
      }),
    );
    const result = await runLens(['ruleset', 'lint', path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${path}: assoc/national@2.0.0 at /params/povertyLinePerMember: parameter "povertyLinePerMember": expected a number, got "high" [parameter-type]`);
    expect(result.stdout).toContain(`${path}: assoc/national@2.0.0 at /overrides/core~1client-data#no-such-rule: no inherited rule "core/client-data#no-such-rule"`);
    expect(result.stdout).toContain(`${path}: assoc/national@2.0.0 at /rules/0/when/all/0/fact: unknown fact "incomePerMembr"; did you mean "incomePerMember"?`);
    expect(result.stdout).toContain('3 problem(s)');
  });

  it('lint accepts the shipped example association rule set', async () => {
    const result = await runLens(['ruleset', 'lint', 'rules/examples/national/ruleset.json'], { cwd: join(import.meta.dirname, '../../..') });
    expect(result.stdout).toBe('rules/examples/national/ruleset.json: ok (examples/national@2.1.0, 33 rules from core/client-data@1.0.0 → examples/national@2.1.0)\n');
    expect(result.status).toBe(0);
  });

  it('test runs the scenario tests of the shipped rule sets', async () => {
    const result = await runLens(['ruleset', 'test']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });
});
