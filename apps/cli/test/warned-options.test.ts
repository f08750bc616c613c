import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const HEADER =
  'clientId,branchId,loanOfficerId,gender,birthDate,area,householdSize,dependents,incomeBusiness,householdIncomeMonthly,povertyLevel,applicationDate,loanCycle,loanAmount,status';
/** Household size 0: core/client-data has findings about it. */
const FAULTY = 'C1,BR1,LO1,F,1980-01-01,rural,0,1,480,480,near-poor,2025-01-10,1,1000,active';
let csv: string;

beforeAll(() => {
  csv = join(mkdtempSync(join(tmpdir(), 'lens-warned-')), 'one.csv');
  writeFileSync(csv, `${HEADER}\n${FAULTY}\n`);
});

describe('options lens reads with a warning', () => {
  it('checks a rule set named twice once, and says so on stderr', async () => {
    const once = await runLens(['check', 'records', csv, '--ruleset', 'core/client-data', '--format', 'ndjson', '--fail-on', 'never']);
    const twice = await runLens([
      'check',
      'records',
      csv,
      '--ruleset',
      'core/client-data',
      '--ruleset',
      'core/client-data@^1',
      '--format',
      'ndjson',
      '--fail-on',
      'never',
    ]);
    expect(twice.status).toBe(0);
    expect(once.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(twice.stdout).toBe(once.stdout);
    expect(twice.stderr).toMatch(/warning: --ruleset core\/client-data@[\d.]+ is named more than once; it is checked once/);
  });

  it('writes English for an unknown --lang and says so on stderr', async () => {
    const result = await runLens(['check', 'records', csv, '--lang', 'xx', '--format', 'ndjson', '--fail-on', 'never']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: --lang: no messages in "xx"; answering in English \(have en, bs, ru\)/);
    const russian = await runLens(['check', 'records', csv, '--lang', 'ru', '--format', 'ndjson', '--fail-on', 'never']);
    expect(russian.stderr).not.toMatch(/--lang/);
  });
});
