import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import kyrgyzScorecard from '@social-lens/rule-sets/ppi/kgz-2015/ruleset.json' with { type: 'json' };
import { isRuleSetDocument, type RuleSetDocument, resolveRuleSet } from '@social-lens/rules';
import { createPovertyRateEstimator, createScorecardScorer } from '@social-lens/rules/scorecard';
import { CSV_COLUMNS, generateClientExport } from '../scripts/client-export-generator.ts';
import { addScorecardAnswers } from '../scripts/scorecard-answers.ts';
import { loadCatalog } from '../src/rule-sets/load-catalog.ts';

/**
 * `pnpm --filter @social-lens/cli bench:scorecard`: records/s of scoring and estimating in one
 * thread, then `lens scorecard` end to end (wall time, peak RSS) on a generated CSV of the
 * example's kind: client records with the answers of the Kyrgyz PPI. BENCH_SCORECARD_RECORDS
 * (200 000) and BENCH_SCORECARD_ROWS (1 000 000) change the sizes.
 */
const RECORDS = Number(process.env['BENCH_SCORECARD_RECORDS'] ?? 200_000);
const ROWS = Number(process.env['BENCH_SCORECARD_ROWS'] ?? 1_000_000);
const TODAY = '2026-06-30';
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const format = (value: number): string => Math.round(value).toLocaleString('en');
function scorecardOf(document: unknown): RuleSetDocument {
  if (!isRuleSetDocument(document)) throw new Error('ppi/kgz-2015 is not a valid rule set');
  return document;
}
const scorecardDocument = scorecardOf(kyrgyzScorecard);

function answeredRecords(count: number, seed: number): { rows: Array<Record<string, string>>; columns: string[] } {
  const { records } = generateClientExport({ count, seed, faultShare: 0.2, today: TODAY });
  const answered = addScorecardAnswers(records, scorecardDocument, { seed, notInterviewedShare: 0.05, faultShare: 0.04 });
  return { rows: answered.records, columns: [...CSV_COLUMNS, ...answered.columns] };
}

const ruleSet = resolveRuleSet(loadCatalog([]).catalog, 'ppi/kgz-2015@^1');
const sample = answeredRecords(RECORDS, 20061).rows;
let best = 0;
for (let round = 0; round < 3; round += 1) {
  const scorer = createScorecardScorer(ruleSet);
  const estimator = createPovertyRateEstimator(scorer.scorecard, { by: ['branchId', 'loanOfficerId'] });
  const started = performance.now();
  for (const [index, record] of sample.entries()) estimator.add(scorer.score(record, { line: index + 2 }), record);
  estimator.finish();
  best = Math.max(best, sample.length / ((performance.now() - started) / 1000));
}
out(`ppi/kgz-2015: ${ruleSet.scorecard?.questions.length} questions, ${ruleSet.scorecard?.lineIds.length} lines; node ${process.version}`);
out(`score + estimate by branchId and loanOfficerId, one thread, best of 3 over ${format(RECORDS)} records: ${format(best)} records/s`);

const folder = mkdtempSync(join(tmpdir(), 'lens-scorecard-bench-'));
const lens = fileURLToPath(new URL('../bin/lens.js', import.meta.url));
try {
  const csv = join(folder, 'clients.ppi.csv');
  const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  for (let start = 0; start < ROWS; start += 100_000) {
    const { rows, columns } = answeredRecords(Math.min(100_000, ROWS - start), 20061 + start);
    const body = rows.map((row) => columns.map((column) => quote(row[column] ?? '')).join(',')).join('\n');
    if (start === 0) writeFileSync(csv, `${columns.join(',')}\n${body}\n`);
    else appendFileSync(csv, `${body}\n`);
  }
  const args = [
    'scorecard',
    csv,
    '--scorecard',
    'ppi/kgz-2015@^1',
    '--by',
    'branchId',
    '--by',
    'loanOfficerId',
    '--format',
    'json',
    '--out',
    join(folder, 'rates.json'),
  ];
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, lens, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`lens failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  out('');
  out(
    `lens scorecard FILE --scorecard ppi/kgz-2015@^1 --by branchId --by loanOfficerId --format json --out FILE, ${format(ROWS)}-row CSV of ${(statSync(csv).size / 1e6).toFixed(0)} MB:`,
  );
  out(`  ${seconds.toFixed(1)} s   peak RSS ${(kilobytes / 1024).toFixed(0)} MB   (${format(ROWS / seconds)} rows/s)`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
