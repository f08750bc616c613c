import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCompiledRecordChecker, createRecordChecker, resolveRuleSet } from '@social-lens/rules';
import { generateClientExport, toCsv } from '../scripts/client-export-generator.ts';
import { loadCatalog } from '../src/rule-sets/load-catalog.ts';
import { createHandWrittenClientCheck } from './hand-written-client-check.ts';

/**
 * `pnpm bench`: records/s of the reference engine, the compiled engine and a hand-written check
 * on the same generated records, then `lens check records` end to end on a generated CSV (wall
 * time, peak RSS), compiled and reference. BENCH_RECORDS (100 000), BENCH_REFERENCE_RECORDS
 * (10 000: json-rules-engine needs minutes for more), BENCH_ROWS (1 000 000) and
 * BENCH_REFERENCE_ROWS (100 000, extrapolated) change the sizes.
 */
const TODAY = '2026-06-30';
const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const REFERENCE_RECORDS = Number(process.env.BENCH_REFERENCE_RECORDS ?? 10_000);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REFERENCE_ROWS = Number(process.env.BENCH_REFERENCE_ROWS ?? 100_000);
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const format = (value: number): string => Math.round(value).toLocaleString('en');

const ruleSet = resolveRuleSet(loadCatalog([]).catalog, 'core/client-data');
const { records } = generateClientExport({ count: RECORDS, seed: 20061, faultShare: 0.2, today: TODAY });

async function perSecond(count: number, run: (index: number) => unknown): Promise<number> {
  let best = 0;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    for (let index = 0; index < count; index += 1) {
      const result = run(index);
      if (result instanceof Promise) await result;
    }
    best = Math.max(best, count / ((performance.now() - started) / 1000));
  }
  return best;
}

const reference = createRecordChecker(ruleSet, { today: TODAY });
const compiled = createCompiledRecordChecker(ruleSet, { today: TODAY });
const handWritten = createHandWrittenClientCheck(ruleSet, TODAY);

let disagreements = 0;
for (let index = 0; index < records.length; index += 1) {
  const line = index + 2;
  const expected = JSON.stringify(compiled.checkSync(records[index]!, { line }));
  if (JSON.stringify(handWritten(records[index]!, line)) !== expected) disagreements += 1;
  if (index < REFERENCE_RECORDS && JSON.stringify(await reference.check(records[index]!, { line })) !== expected) disagreements += 1;
}

out(
  `core/client-data: ${ruleSet.rules.length} rules, ${ruleSet.derived.length} derived facts; ${format(RECORDS)} generated records (20% with a fault); node ${process.version}`,
);
out(`findings that differ between the engines and the hand-written check: ${disagreements}`);
out('');
out('records/s, raw record in, findings out (reading, derived facts, rules, messages), best of 3:');
const referenceRate = await perSecond(REFERENCE_RECORDS, (index) => reference.check(records[index]!, { line: index + 2 }));
const compiledRate = await perSecond(RECORDS, (index) => compiled.checkSync(records[index]!, { line: index + 2 }));
const handRate = await perSecond(RECORDS, (index) => handWritten(records[index]!, index + 2));
out(`  reference (json-rules-engine)  ${format(referenceRate).padStart(10)}  (first ${format(REFERENCE_RECORDS)} records)`);
out(`  compiled                       ${format(compiledRate).padStart(10)}  ${(compiledRate / referenceRate).toFixed(0)}× reference`);
out(`  hand-written TypeScript        ${format(handRate).padStart(10)}  compiled is ${((compiledRate / handRate) * 100).toFixed(0)}% of it`);

const folder = mkdtempSync(join(tmpdir(), 'lens-bench-'));
const lens = fileURLToPath(new URL('../bin/lens.js', import.meta.url));

function writeCsv(path: string, rows: number): void {
  const chunk = 100_000;
  for (let start = 0; start < rows; start += chunk) {
    const part = generateClientExport({ count: Math.min(chunk, rows - start), seed: 20061 + start, faultShare: 0.2, today: TODAY }).records;
    const text = toCsv(part);
    if (start === 0) writeFileSync(path, text);
    else appendFileSync(path, text.slice(text.indexOf('\n') + 1));
  }
}

function endToEnd(path: string, engine: string, ruleSets: readonly string[] = ['core/client-data']): { seconds: number; peakMegabytes: number } {
  const ruleSetArguments = ruleSets.flatMap((ruleSet) => ['--ruleset', ruleSet]);
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M',
      process.execPath,
      lens,
      'check',
      'records',
      path,
      ...ruleSetArguments,
      '--today',
      TODAY,
      '--format',
      'ndjson',
      '--out',
      join(folder, 'findings.ndjson'),
      '--fail-on',
      'never',
      '--engine',
      engine,
    ],
    { encoding: 'utf8' },
  );
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  if (result.status !== 0) throw new Error(`lens failed: ${result.stderr}`);
  return { seconds, peakMegabytes: kilobytes / 1024 };
}

try {
  out('');
  const big = join(folder, 'clients.csv');
  writeCsv(big, ROWS);
  out(
    `lens check records --ruleset core/client-data, end to end (--format ndjson --out FILE), ${format(ROWS)}-row CSV of ${(statSync(big).size / 1e6).toFixed(0)} MB:`,
  );
  const compiledRun = endToEnd(big, 'compiled');
  out(
    `  compiled   ${compiledRun.seconds.toFixed(1).padStart(7)} s   peak RSS ${compiledRun.peakMegabytes.toFixed(0)} MB   (${format(ROWS / compiledRun.seconds)} rows/s)`,
  );
  const withPortfolio = endToEnd(big, 'compiled', ['core/client-data', 'core/portfolio']);
  out(
    `  compiled, with core/portfolio (the default rule sets)   ${withPortfolio.seconds.toFixed(1)} s   peak RSS ${withPortfolio.peakMegabytes.toFixed(0)} MB`,
  );
  const small = join(folder, 'clients-small.csv');
  writeCsv(small, REFERENCE_ROWS);
  const referenceRun = endToEnd(small, 'reference');
  const scale = ROWS / REFERENCE_ROWS;
  out(
    `  reference  ${(referenceRun.seconds * scale).toFixed(1).padStart(7)} s   peak RSS ${referenceRun.peakMegabytes.toFixed(0)} MB   (extrapolated ×${scale} from ${format(REFERENCE_ROWS)} rows: ${referenceRun.seconds.toFixed(1)} s)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
