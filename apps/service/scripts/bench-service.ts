/**
 * `pnpm bench:service`: starts the built service (`dist/server.js`, PGlite in a temporary folder) as a
 * separate process on 127.0.0.1, loads it with autocannon for a bounded time per scenario, and
 * prints requests/s and p99 latency for GET /health, a one-record check and a 1,000-record check.
 * Rate limiting is off: it would measure the limiter, not the checks.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES_DIRECTORY } from '@social-lens/rule-sets';
import autocannon from 'autocannon';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const serviceRoot = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
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

function cleanRecord(index: number): Record<string, unknown> {
  const tests = JSON.parse(readFileSync(join(RULES_DIRECTORY, 'core/client-data/tests.json'), 'utf8')) as { base: Record<string, unknown> };
  return { ...tests.base, clientId: `C${index}`, householdSize: index % 10 === 0 ? '0' : tests.base['householdSize'] };
}

interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  connections: number;
}

const dataDir = mkdtempSync(join(tmpdir(), 'lens-bench-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['dist/server.js'], {
  cwd: serviceRoot,
  env: { ...process.env, INIT_CWD: serviceRoot, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT_PER_ADDRESS: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const hardStop = setTimeout(
  () => {
    process.stderr.write('bench: over its time bound, stopping\n');
    child.kill('SIGKILL');
    process.exit(2);
  },
  (120 + SECONDS * 3 * 2) * 1000,
);

try {
  await waitForHealth(url, child, Date.now() + 120_000);
  const scenarios: Scenario[] = [
    { name: 'GET /health', path: '/health', connections: CONNECTIONS },
    { name: 'POST /v1/records/check (1 record)', path: '/v1/records/check', method: 'POST', body: JSON.stringify([cleanRecord(1)]), connections: CONNECTIONS },
    {
      name: 'POST /v1/records/check (1,000 records)',
      path: '/v1/records/check',
      method: 'POST',
      body: JSON.stringify(Array.from({ length: 1_000 }, (_, index) => cleanRecord(index))),
      connections: Math.max(1, Math.floor(CONNECTIONS / 4)),
    },
  ];
  const rows: string[] = [];
  for (const scenario of scenarios) {
    // A short warm-up fills the caches (resolved rule sets, checkers) and lets V8 optimise.
    await autocannon({
      url: `${url}${scenario.path}`,
      method: scenario.method ?? 'GET',
      body: scenario.body,
      headers: { 'content-type': 'application/json' },
      connections: 2,
      duration: 2,
    });
    const result = await autocannon({
      url: `${url}${scenario.path}`,
      method: scenario.method ?? 'GET',
      body: scenario.body,
      headers: { 'content-type': 'application/json' },
      connections: scenario.connections,
      duration: SECONDS,
    });
    const failures = result.errors + result.timeouts + result.non2xx;
    rows.push(
      `${scenario.name.padEnd(42)} ${result.requests.average.toFixed(1).padStart(9)} req/s   p99 ${String(result.latency.p99).padStart(6)} ms   ` +
        `(${scenario.connections} connections, ${SECONDS} s, ${result.requests.total} requests${failures ? `, ${failures} failed` : ''})`,
    );
  }
  process.stdout.write(`\nSocial Lens service on ${url} (PGlite, Node ${process.version})\n${rows.join('\n')}\n`);
} finally {
  clearTimeout(hardStop);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
