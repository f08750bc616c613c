import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryError } from '../registry-error.ts';
import { lockDataFolder } from './lock-data-folder.ts';

const folders: string[] = [];
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'lens-lock-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const codeOf = (reason: unknown) => (reason instanceof RegistryError ? reason.code : String(reason));

describe('lockDataFolder', () => {
  it('lets exactly one of several takers have a folder whose lock was left behind', async () => {
    const folder = join(scratch(), 'data');
    mkdirSync(folder);
    writeFileSync(join(folder, 'lock'), '4242');
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => lockDataFolder(folder)));
    const held = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(held).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => codeOf(outcome.reason))).toEqual(Array(5).fill('data-folder-locked'));
    await held[0]!.value.release();
    await (await lockDataFolder(folder)).release();
  });

  it('keeps the lock of a folder whose path is too long for a socket in the temporary folder', async () => {
    const folder = join(scratch(), 'a-folder-name-long-enough-'.repeat(5));
    const lock = await lockDataFolder(folder);
    try {
      expect(lock.address.startsWith(tmpdir())).toBe(true);
      await expect(lockDataFolder(folder)).rejects.toMatchObject({ code: 'data-folder-locked' });
    } finally {
      await lock.release();
    }
  });

  it('says when the folder cannot be created', async () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    await expect(lockDataFolder(join(file, 'data'))).rejects.toMatchObject({
      code: 'database-unavailable',
      message: `${join(file, 'data')}: cannot create the data folder (ENOTDIR)`,
    });
  });
});
