import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pgliteTemplate } from '@social-lens/registry/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../src/start-service.ts';

const SERVICE_ROOT = fileURLToPath(new URL('..', import.meta.url));
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lens-start-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const environment = (dataDir: string) => ({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_RULE_SETS: '0', RATE_LIMIT_PER_ADDRESS: '0' });

/** Runs `src/server.ts` as `pnpm start` does, until it exits or has listened. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: SERVICE_ROOT, env: { ...process.env, INIT_CWD: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('"event":"listening"')) child.kill('SIGTERM');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('starting the service', () => {
  it.each([
    ['its own pid', String(process.pid)],
    ['pid 1, as in a container that restarted', '1'],
  ])('starts although the data folder holds a lock file left behind naming a live process: %s', async (_, pid) => {
    const dataDir = join(folder, `stale-${pid}`);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'lock'), pid);
    const service = await startService(environment(dataDir), { log: () => undefined, pgliteTemplate: pgliteTemplate() });
    expect((await fetch(`http://127.0.0.1:${service.port}/health`)).status).toBe(200);
    await service.close();
  });

  it('refuses a second service on one data folder with one line, no stack', async () => {
    const dataDir = join(folder, 'shared');
    const first = await startService(environment(dataDir), { log: () => undefined, pgliteTemplate: pgliteTemplate() });
    try {
      const second = await runServer(environment(dataDir));
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(`social-lens service: ${dataDir} is in use by process ${process.pid}: stop it first, or use PostgreSQL (DATABASE_URL)\n`);
    } finally {
      await first.close();
    }
  });

  it('says which setting it cannot read', async () => {
    const result = await runServer({ ...environment(join(folder, 'unused')), MAX_RECORDS: 'many' });
    expect([result.code, result.stderr]).toEqual([1, 'social-lens service: MAX_RECORDS=many: expected a non-negative number\n']);
    const refresh = await runServer({ ...environment(join(folder, 'unused')), CATALOG_REFRESH_MS: '-1' });
    expect([refresh.code, refresh.stderr]).toEqual([1, 'social-lens service: CATALOG_REFRESH_MS=-1: expected a non-negative number\n']);
  });
});
