import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
        rules: [
          {
            id: 'x',
            title: 'x',
            severity: 'error',
            fields: [],
            message: { en: 'x' },
            when: { all: [{ fact: 'incomePerMembr', operator: 'lessThan', value: 1 }] },
          },
        ],
      }),
    );
    const result = await runLens(['ruleset', 'lint', path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${path}: assoc/national@2.0.0 at /params/povertyLinePerMember: parameter "povertyLinePerMember": expected a number, got "high" [parameter-type]`,
    );
    expect(result.stdout).toContain(
      `${path}: assoc/national@2.0.0 at /overrides/core~1client-data#no-such-rule: no inherited rule "core/client-data#no-such-rule"`,
    );
    expect(result.stdout).toContain(
      `${path}: assoc/national@2.0.0 at /rules/0/when/all/0/fact: unknown fact "incomePerMembr"; did you mean "incomePerMember"?`,
    );
    expect(result.stdout).toContain('3 problem(s)');
  });

  it('lint names the JSON path of a bad vocabulary, and check objectives refuses it without a crash', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lens-lint-vocabulary-'));
    const english = JSON.parse(JSON.stringify((await import('@social-lens/rules')).ENGLISH_VOCABULARY)) as Record<string, unknown>;
    const document = (vocabulary: unknown) => ({
      id: 'assoc/objectives',
      version: '1.0.0',
      title: 'Objectives',
      subject: 'objective',
      extends: ['core/smart-objective@^1'],
      rules: [],
      vocabulary: { en: vocabulary },
    });
    const hostile = join(folder, 'hostile.json');
    writeFileSync(hostile, JSON.stringify(document({ ...english, vagueWords: ['a - - - - - - a'] })));
    const lint = await runLens(['ruleset', 'lint', hostile]);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain(`${hostile}: assoc/objectives@1.0.0 at /vocabulary/en/vagueWords/0: expected text matching`);
    const many = Array.from({ length: 400 }, (_, index) => `w${index}`);
    const huge = join(folder, 'huge.json');
    const lists = ['vagueWords', 'measurableVerbs', 'commonWords', 'vagueTime', 'frequencies', 'nextWords', 'articles', 'ofWords', 'yearWords', 'daySuffixes'];
    writeFileSync(huge, JSON.stringify(document({ ...english, ...Object.fromEntries(lists.map((list) => [list, many])) })));
    const lintHuge = await runLens(['ruleset', 'lint', huge]);
    expect(lintHuge.status).toBe(1);
    expect(lintHuge.stdout).toMatch(/at \/vocabulary\/en\/\w+: more than 4000 phrases in the vocabulary \[vocabulary-too-large\]/u);
    const objectives = join(folder, 'objectives.txt');
    writeFileSync(objectives, 'Improve the lives of our clients\n');
    for (const ruleset of [hostile, huge]) {
      const check = await runLens(['check', 'objectives', objectives, '--ruleset', ruleset]);
      expect(check.status).toBe(2);
      expect(check.stderr).toContain('/vocabulary/en/');
      expect(check.stderr).not.toContain('    at ');
    }
  });

  it('lint accepts the shipped example association rule set', async () => {
    const result = await runLens(['ruleset', 'lint', 'rules/examples/national/ruleset.json'], { cwd: join(import.meta.dirname, '../../..') });
    expect(result.stdout).toBe(
      'rules/examples/national/ruleset.json: ok (examples/national@2.1.0, 33 rules from core/client-data@1.1.0 → examples/national@2.1.0)\n',
    );
    expect(result.status).toBe(0);
  });

  it('test runs the scenario tests of the shipped rule sets', async () => {
    const result = await runLens(['ruleset', 'test']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('test fails tests that name another rule set than the one in their folder, as publishing would', async () => {
    const shipped = join(import.meta.dirname, '../../../rules/examples/national');
    const folder = join(mkdtempSync(join(tmpdir(), 'lens-test-')), 'national');
    mkdirSync(folder);
    const ruleSet = JSON.parse(readFileSync(join(shipped, 'ruleset.json'), 'utf8'));
    writeFileSync(join(folder, 'ruleset.json'), JSON.stringify({ ...ruleSet, id: 'assoc/national' }));
    writeFileSync(join(folder, 'tests.json'), readFileSync(join(shipped, 'tests.json')));
    const result = await runLens(['ruleset', 'test', folder]);
    expect(result.stdout).toContain('  FAIL "ruleset" is "examples/national@^2", but the rule set in this folder is "assoc/national": name it');
    expect(result.stdout).toMatch(/^0 passed, 1 failed$/m);
    expect(result.status).toBe(1);
  });
});
