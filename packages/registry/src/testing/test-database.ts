import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { OpenDatabase } from '../database/database.ts';
import { openDatabase } from '../database/open-database.ts';

/** The storages the same tests run on: PGlite always, PostgreSQL when `TEST_DATABASE_URL` is set (always in CI). */
export const STORAGE_KINDS: ReadonlyArray<'pglite' | 'postgres'> = inject('testDatabaseUrl') ? ['pglite', 'postgres'] : ['pglite'];

/**
 * The migrated empty PGlite dump made by the global setup.
 *
 * @example
 * const database = await openDatabase({ dataDir, pgliteTemplate: pgliteTemplate() })
 */
export function pgliteTemplate(): Blob {
  return new Blob([readFileSync(inject('pgliteTemplatePath'))]);
}

/**
 * A PostgreSQL database of its own for one test file, dropped by `drop()`.
 *
 * @example
 * const created = await createPostgresDatabase()
 * const database = await openDatabase({ databaseUrl: created.url })
 */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('testDatabaseUrl');
  const name = `lens_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * A new, empty, migrated database of the given kind; `close()` also drops a PostgreSQL one.
 *
 * @example
 * const database = await openTestDatabase('pglite')
 */
export async function openTestDatabase(kind: 'pglite' | 'postgres' = 'pglite'): Promise<OpenDatabase> {
  if (kind === 'pglite') return openDatabase({ pgliteTemplate: pgliteTemplate() });
  const created = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: created.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await created.drop();
    },
  };
}
