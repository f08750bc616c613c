import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCompiledRecordChecker, createRecordChecker, resolveRuleSet } from '@social-lens/rules';
import { createPortfolioAccumulator } from '@social-lens/rules/aggregate';
import { generateClientExport, toCsv } from '../scripts/client-export-generator.ts';
import { loadCatalog } from '../src/rule-sets/load-catalog.ts';
import { createHandWrittenClientCheck } from './hand-written-client-check.ts';

/**
 * `pnpm bench`: records/s of the reference engine, the compiled engine and a hand-written check
 * on the same generated records; then, on one generated CSV, `lens check records` end to end
 * (wall time, peak RSS) with the default rule sets and with core/client-data, DuckDB running the
 * equivalent SQL (duckdb-check.mjs, its counts compared with lens's findings) and the ratio, the
 * reference engine on a prefix, `lens --help` against `node -e 0`, the duplicate index's heap per
 * million keys, and the service's one-record check against its /health (bench-service.ts).
 * Sizes: BENCH_RECORDS (100 000), BENCH_REFERENCE_RECORDS (10 000), BENCH_ROWS (1 000 000),
 * BENCH_REFERENCE_ROWS (10 000, the prefix), BENCH_LARGE_ROWS (0: set 4000000 to compare peak
 * RSS with a larger file), BENCH_SECONDS (5, per service scenario).
 */
const TODAY = '2026-06-30';
const RECORDS = Number(process.env['BENCH_RECORDS'] ?? 100_000);
const REFERENCE_RECORDS = Number(process.env['BENCH_REFERENCE_RECORDS'] ?? 10_000);
const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const REFERENCE_ROWS = Number(process.env['BENCH_REFERENCE_ROWS'] ?? 10_000);
const serviceRoot = fileURLToPath(new URL('../../service/', import.meta.url));
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
const rulesDirectory = fileURLToPath(new URL('../../../rules', import.meta.url));
const LARGE_ROWS = Number(process.env['BENCH_LARGE_ROWS'] ?? 0);

function writeCsv(path: string, rows: number): void {
  const chunk = 100_000;
  for (let start = 0; start < rows; start += chunk) {
    const part = generateClientExport({ count: Math.min(chunk, rows - start), seed: 20061 + start, faultShare: 0.2, today: TODAY }).records;
    const text = toCsv(part);
    if (start === 0) writeFileSync(path, text);
    else appendFileSync(path, text.slice(text.indexOf('\n') + 1));
  }
}

/** Wall time and peak RSS of a child process, from /usr/bin/time. */
function timed(command: string, args: readonly string[]): { seconds: number; peakMegabytes: number; stdout: string } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  return { seconds, peakMegabytes: kilobytes / 1024, stdout: result.stdout };
}

function endToEnd(path: string, engine: string, ruleSets: readonly string[] = []): { seconds: number; peakMegabytes: number } {
  const ruleSetArguments = ruleSets.flatMap((ruleSet) => ['--ruleset', ruleSet]);
  const out = join(folder, 'findings.ndjson');
  return timed(process.execPath, [
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
    out,
    '--fail-on',
    'never',
    '--engine',
    engine,
  ]);
}

/** Findings per rule id in lens's NDJSON output. */
function findingsByRule(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const ruleId = /^\{"ruleId":"([^"]+)"/.exec(line)?.[1];
    if (ruleId) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  }
  return counts;
}

const best = (runs: number, run: () => number): number => Math.min(...Array.from({ length: runs }, run));

try {
  out('');
  const big = join(folder, 'clients.csv');
  writeCsv(big, ROWS);
  out(
    `lens check records end to end (--format ndjson --out FILE), ${format(ROWS)}-row CSV of ${(statSync(big).size / 1e6).toFixed(0)} MB, ${availableParallelism()} cores:`,
  );
  const defaults = endToEnd(big, 'compiled');
  out(
    `  default rule sets (core/client-data + core/portfolio)   ${defaults.seconds.toFixed(1).padStart(6)} s   peak RSS ${defaults.peakMegabytes.toFixed(0)} MB`,
  );
  const lensCounts = findingsByRule(join(folder, 'findings.ndjson'));
  const clientData = endToEnd(big, 'compiled', ['core/client-data']);
  out(
    `  --ruleset core/client-data                              ${clientData.seconds.toFixed(1).padStart(6)} s   peak RSS ${clientData.peakMegabytes.toFixed(0)} MB`,
  );

  const duckdb = timed(process.execPath, [fileURLToPath(new URL('./duckdb-check.mjs', import.meta.url)), big, rulesDirectory]);
  const answer = JSON.parse(duckdb.stdout) as { counts: Record<string, string>; duplicateRecords: number; officers: number };
  const disagreeing = Object.entries(answer.counts).filter(([rule, count]) => Number(count) !== (lensCounts.get(`core/client-data#${rule}`) ?? 0));
  if (answer.duplicateRecords !== (lensCounts.get('core/portfolio#duplicate-national-id') ?? 0))
    disagreeing.push(['duplicate-national-id', String(answer.duplicateRecords)]);
  out(
    `  DuckDB (2 threads: ${Object.keys(answer.counts).length} record rules as SQL, duplicate ids, ${answer.officers} officers' medians)   ${duckdb.seconds.toFixed(1)} s   peak RSS ${duckdb.peakMegabytes.toFixed(0)} MB`,
  );
  out(`    counts that differ from lens's findings: ${disagreeing.length === 0 ? 'none' : disagreeing.map(([rule]) => rule).join(', ')}`);
  out(`  lens (default rule sets) / DuckDB: ${(defaults.seconds / duckdb.seconds).toFixed(2)}×   (target ≤ 2.5×, peak RSS ≤ 300 MB)`);

  const prefix = join(folder, 'clients-prefix.csv');
  writeFileSync(prefix, spawnSync('head', ['-n', String(REFERENCE_ROWS + 1), big], { maxBuffer: 256 * 1024 * 1024 }).stdout);
  const referenceRun = endToEnd(prefix, 'reference');
  const compiledPrefix = endToEnd(prefix, 'compiled');
  out(
    `  --engine reference, default rule sets, ${format(REFERENCE_ROWS)}-row prefix   ${format(REFERENCE_ROWS / referenceRun.seconds)} records/s (compiled on the same prefix: ${format(REFERENCE_ROWS / compiledPrefix.seconds)})`,
  );

  if (LARGE_ROWS > 0) {
    const large = join(folder, 'clients-large.csv');
    writeCsv(large, LARGE_ROWS);
    const largeRun = endToEnd(large, 'compiled');
    out(
      `  default rule sets, ${format(LARGE_ROWS)} rows   ${largeRun.seconds.toFixed(1)} s   peak RSS ${largeRun.peakMegabytes.toFixed(0)} MB (${((largeRun.peakMegabytes / defaults.peakMegabytes - 1) * 100).toFixed(0)} % more than ${format(ROWS)} rows)`,
    );
    rmSync(large);
  }

  out('');
  const help = best(3, () => timed(process.execPath, [lens, '--help']).seconds);
  const bare = best(3, () => timed(process.execPath, ['-e', '0']).seconds);
  out(`start-up, best of 3: lens --help ${help.toFixed(2)} s, node -e 0 ${bare.toFixed(2)} s`);

  out('');
  out(
    `duplicate index: ${duplicateIndexMegabytesPerMillion().toFixed(0)} MB (heap and typed arrays) per million distinct national ids (core/portfolio duplicates, measured after GC)`,
  );

  const service = spawnSync(process.execPath, [join(serviceRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench-service.ts'], {
    cwd: serviceRoot,
    encoding: 'utf8',
    env: { ...process.env, BENCH_SECONDS: process.env['BENCH_SECONDS'] ?? '5' },
    timeout: 300_000,
  });
  const rate = (name: string): number => Number(new RegExp(`${name.replace(/[()/]/g, '\\$&')}\\s+([\\d.]+) req/s`).exec(service.stdout)?.[1] ?? Number.NaN);
  const health = rate('GET /health');
  const single = rate('POST /v1/records/check (1 record)');
  out('');
  out(
    `service on 127.0.0.1 (bounded, ${process.env['BENCH_SECONDS'] ?? '5'} s a scenario): GET /health ${format(health)} req/s, POST /v1/records/check (1 record) ${format(single)} req/s = ${((single / health) * 100).toFixed(0)} % of /health (target ≥ 50 %)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** Memory held by the duplicate check per million distinct keys, with their record ids and lines: heap and typed arrays. */
function duplicateIndexMegabytesPerMillion(): number {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  const portfolio = resolveRuleSet(loadCatalog([]).catalog, 'core/portfolio');
  const count = 1_000_000;
  const held = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  gc();
  const before = held();
  const accumulator = createPortfolioAccumulator(portfolio);
  for (let index = 0; index < count; index += 1)
    accumulator.add({ nationalId: String(7_000_000_000 + index * 37) }, { recordId: `C${index}`, line: index + 2 });
  gc();
  const after = held();
  if (accumulator.records !== count) throw new Error('the duplicate index lost records');
  return (after - before) / 1024 / 1024 / (count / 1_000_000);
}
