import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('MIGRATIONS_FOLDER', () => {
  it("is this package's own drizzle/ folder, shipped with it", () => {
    expect(MIGRATIONS_FOLDER).toBe(join(PACKAGE_ROOT, 'drizzle'));
    expect(existsSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; files: string[] };
    expect(manifest.name).toBe('@social-lens/registry');
    expect(manifest.files).toContain('drizzle');
  });
});
