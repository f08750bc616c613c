/**
 * `pnpm soak:service`: starts the built service (`dist/server.js`, PGlite in a temporary folder) on
 * 127.0.0.1 only and sends it mixed traffic for a bounded time and number of requests: record
 * checks (JSON and CSV, clean and faulty), objective checks, hostile requests that must be refused,
 * and publishes of new rule-set versions. Prints, for checks, publishes, other requests and all
 * together, the count, errors (5xx, network errors, and statuses a scenario did not expect) and the
 * median, p95 and p99 latency, so a slow tail can be told apart from a slow publish; then the
 * errors by scenario and the service's RSS at start and end.
 * `SOAK_SECONDS` (60), `SOAK_MAX_REQUESTS` (200,000), `SOAK_CONCURRENCY` (4).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPublisher, openDatabase } from '@social-lens/registry';
import { RULES_DIRECTORY } from '@social-lens/rule-sets';

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
const MAX_REQUESTS = Number(process.env['SOAK_MAX_REQUESTS'] ?? 200_000);
const CONCURRENCY = Number(process.env['SOAK_CONCURRENCY'] ?? 4);
const serviceRoot = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function rssMegabytes(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function waitForHealth(url: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the service did not answer /health within the start-up bound');
}

const base = (JSON.parse(readFileSync(join(RULES_DIRECTORY, 'core/client-data/tests.json'), 'utf8')) as { base: Record<string, unknown> }).base;
const nationalFolder = join(RULES_DIRECTORY, 'examples/national');
const nationalText = readFileSync(join(nationalFolder, 'ruleset.json'), 'utf8').replaceAll('examples/national', 'soak/national');
const nationalTests = readFileSync(join(nationalFolder, 'tests.json'), 'utf8').replaceAll('examples/national', 'soak/national');

const records = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ ...base, clientId: `C${index}`, householdSize: index % 7 === 0 ? '0' : base['householdSize'] }));
const csv = (count: number) => {
  const rows = records(count);
  return [Object.keys(rows[0]!).join(','), ...rows.map((row) => Object.values(row).join(','))].join('\n');
};

/** What the figures are printed by: record and objective checks, publishes, everything else. */
type Group = 'checks' | 'publishes' | 'other';
const GROUPS: readonly Group[] = ['checks', 'publishes', 'other'];

interface Scenario {
  name: string;
  group: Group;
  weight: number;
  /** Statuses this scenario may answer; anything else (and every 5xx) is an error. */
  expected: readonly number[];
  request(sequence: number, token: string): { method: string; path: string; contentType?: string; body?: string; accept?: string };
}

const SCENARIOS: Scenario[] = [
  {
    name: 'check 1 record',
    group: 'checks',
    weight: 30,
    expected: [200],
    request: () => ({ method: 'POST', path: '/v1/records/check', contentType: 'application/json', body: JSON.stringify(records(1)) }),
  },
  {
    name: 'check 200 records (JSON)',
    group: 'checks',
    weight: 15,
    expected: [200],
    request: () => ({ method: 'POST', path: '/v1/records/check', contentType: 'application/json', body: JSON.stringify(records(200)) }),
  },
  {
    name: 'check 200 records (CSV)',
    group: 'checks',
    weight: 10,
    expected: [200],
    request: () => ({ method: 'POST', path: '/v1/records/check', contentType: 'text/csv', body: csv(200) }),
  },
  {
    name: 'check objective',
    group: 'checks',
    weight: 15,
    expected: [200],
    request: () => ({
      method: 'POST',
      path: '/v1/objectives/check',
      contentType: 'application/json',
      body: JSON.stringify({ objective: { text: 'Reach 2,000 rural women clients by December 2027' } }),
    }),
  },
  {
    name: 'wrong subject',
    group: 'other',
    weight: 5,
    expected: [422],
    request: () => ({
      method: 'POST',
      path: '/v1/records/check?ruleset=core/smart-objective',
      contentType: 'application/json',
      body: JSON.stringify(records(1)),
    }),
  },
  {
    name: 'malformed JSON',
    group: 'other',
    weight: 5,
    expected: [400],
    request: () => ({ method: 'POST', path: '/v1/records/check', contentType: 'application/json', body: '[{"clientId": ' }),
  },
  { name: 'GET rule set', group: 'other', weight: 10, expected: [200], request: () => ({ method: 'GET', path: '/v1/rulesets/core/client-data/^1' }) },
  {
    name: 'publish',
    group: 'publishes',
    weight: 5,
    expected: [201],
    request: (sequence) => {
      const version = `1.0.${sequence}`;
      const ruleset = { ...(JSON.parse(nationalText) as Record<string, unknown>), version };
      return {
        method: 'PUT',
        path: `/v1/rulesets/soak/national/${version}`,
        contentType: 'application/json',
        body: JSON.stringify({ ruleset, tests: JSON.parse(nationalTests) }),
      };
    },
  },
  { name: 'health', group: 'other', weight: 5, expected: [200], request: () => ({ method: 'GET', path: '/health' }) },
];
const totalWeight = SCENARIOS.reduce((sum, scenario) => sum + scenario.weight, 0);
function pick(random: number): Scenario {
  let left = random * totalWeight;
  for (const scenario of SCENARIOS) {
    left -= scenario.weight;
    if (left < 0) return scenario;
  }
  return SCENARIOS[0]!;
}

const dataDir = mkdtempSync(join(tmpdir(), 'lens-soak-'));
const setup = await openDatabase({ dataDir });
const { token } = await addPublisher(setup.db, 'soak');
await setup.close();

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['dist/server.js'], {
  cwd: serviceRoot,
  env: { ...process.env, INIT_CWD: serviceRoot, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT_PER_ADDRESS: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const hardStop = setTimeout(
  () => {
    process.stderr.write('soak: over its time bound, stopping\n');
    child.kill('SIGKILL');
    process.exit(2);
  },
  (180 + SECONDS * 2) * 1000,
);

try {
  await waitForHealth(url, child, Date.now() + 120_000);
  const rssStart = rssMegabytes(child);
  const latencies = new Map<Group, number[]>(GROUPS.map((group) => [group, []]));
  const errorsByGroup = new Map<Group, number>(GROUPS.map((group) => [group, 0]));
  const errors = new Map<string, number>();
  let sent = 0;
  let publishes = 0;
  const until = Date.now() + SECONDS * 1000;
  // A fixed seed: the same mix on every run.
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  function countError(scenario: Scenario, what: string): void {
    const key = `${scenario.name}: ${what}`;
    errors.set(key, (errors.get(key) ?? 0) + 1);
    errorsByGroup.set(scenario.group, errorsByGroup.get(scenario.group)! + 1);
  }
  async function worker(): Promise<void> {
    while (Date.now() < until && sent < MAX_REQUESTS) {
      sent += 1;
      const scenario = pick(random());
      const { method, path, contentType, body } = scenario.request(scenario.name === 'publish' ? ++publishes : sent, token);
      const started = performance.now();
      try {
        const response = await fetch(`${url}${path}`, {
          method,
          headers: { ...(contentType ? { 'content-type': contentType } : {}), accept: 'application/json', authorization: `Bearer ${token}` },
          ...(body === undefined ? {} : { body }),
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        if (response.status >= 500 || !scenario.expected.includes(response.status)) countError(scenario, String(response.status));
      } catch (error) {
        countError(scenario, error instanceof Error ? error.name : 'error');
      }
      latencies.get(scenario.group)!.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
  const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
  const rows = [
    ...GROUPS.map((group) => [group, latencies.get(group)!, errorsByGroup.get(group)!] as const),
    ['all', [...latencies.values()].flat(), errorCount] as const,
  ];
  const table = rows.map(([name, taken, failed]) => {
    const sorted = [...taken].sort((a, b) => a - b);
    const at = (share: number) => (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0).toFixed(1).padStart(9);
    return `${name.padEnd(10)} ${String(sorted.length).padStart(8)} ${String(failed).padStart(7)} ${at(0.5)} ${at(0.95)} ${at(0.99)}`;
  });
  process.stdout.write(
    `\nSocial Lens soak on ${url} (PGlite, Node ${process.version}, ${SECONDS} s, ${CONCURRENCY} concurrent)\n` +
      `${'requests'.padEnd(10)} ${'count'.padStart(8)} ${'errors'.padStart(7)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'p99 ms'.padStart(9)}\n` +
      `${table.join('\n')}\n` +
      `errors     ${errorCount ? [...errors].map(([key, count]) => `${key} ×${count}`).join(', ') : 'none'}\n` +
      `RSS        ${rssStart} MB at start, ${rssMegabytes(child)} MB at end\n`,
  );
  process.exitCode = errorCount > 0 ? 1 : 0;
} finally {
  clearTimeout(hardStop);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
