import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { RegistryError } from '../registry-error.ts';
import { pgliteTemplate } from '../testing/test-database.ts';
import { openDatabase } from './open-database.ts';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const folders: string[] = [];
const children: ChildProcess[] = [];

function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'lens-lock-'));
  folders.push(folder);
  return join(folder, 'data');
}

/** Another process that opens the embedded database in `dataDir` and holds it until killed. */
async function holdInAnotherProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/hold-data-folder.ts', dataDir, inject('pgliteTemplatePath')], {
    cwd: PACKAGE,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}

async function lockError(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RegistryError);
  return error as RegistryError;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the embedded database folder is held by one process at a time', () => {
  it.each([
    ['this process', process.pid],
    ['pid 1, as in a container that restarted', 1],
  ])('opens although a lock file left behind names a live process: %s', async (_, pid) => {
    const dataDir = dataFolder();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'lock'), String(pid));
    const database = await openDatabase({ dataDir, pgliteTemplate: pgliteTemplate() });
    await database.close();
  });

  it('refuses a second open in the same process, and opens again once the first is closed', async () => {
    const dataDir = dataFolder();
    const first = await openDatabase({ dataDir, pgliteTemplate: pgliteTemplate() });
    const error = await lockError(openDatabase({ dataDir }));
    expect(error.code).toBe('data-folder-locked');
    expect(error.message).toContain(`process ${process.pid}`);
    await first.close();
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  it('refuses while another process holds it, and opens at once when that process is killed (SIGKILL)', async () => {
    const dataDir = dataFolder();
    const holder = await holdInAnotherProcess(dataDir);
    const error = await lockError(openDatabase({ dataDir }));
    expect(error.code).toBe('data-folder-locked');
    expect(error.message).toBe(`${dataDir} is in use by process ${holder.pid}: stop it first, or use PostgreSQL (DATABASE_URL)`);
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const database = await openDatabase({ dataDir });
    await database.close();
  });
});
