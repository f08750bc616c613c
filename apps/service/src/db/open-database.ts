import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Database, OpenDatabase } from './database.ts';
import * as schema from './schema/index.ts';

/** The committed drizzle-kit migrations. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Any number: instances starting together take this advisory lock so that one migrates at a time. */
const MIGRATION_LOCK = 4_242_001;

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; when set, `dataDir` is ignored. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database (PGlite's files in `pglite/`, a `lock`); absent (and no URL) means in memory, for tests. */
  dataDir?: string | undefined;
  /** Connections per instance to PostgreSQL. */
  poolSize?: number;
  /**
   * A PGlite data-directory dump to start a new embedded database from (`createPgliteTemplate`):
   * a fresh PGlite runs initdb, which takes seconds; loading a dump takes a fraction of that.
   */
  pgliteTemplate?: Blob | undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A lock file with the owner's pid keeps `lens admin` off a running service's data (and the
 * other way round); a lock left by a process that is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = join(dataDir, 'lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(`${dataDir} is in use by process ${owner} (a running service?): stop it first, or use PostgreSQL (DATABASE_URL)`);
      }
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

/**
 * Opens the service's database and applies the committed migrations: a real PostgreSQL when
 * `databaseUrl` is given, else PGlite (Postgres compiled to WebAssembly, in-process) in `dataDir`
 * or in memory.
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: './.data' })
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on the next query.
    });
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migrateNodePostgres(drizzleNodePostgres({ client, schema, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
    const db = drizzleNodePostgres({ client: pool, schema, casing: 'snake_case' });
    return { db: db as unknown as Database, kind: 'postgres', close: () => pool.end() };
  }
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  try {
    const client = new PGlite({
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'pglite') } : {}),
      ...(options.pgliteTemplate ? { loadDataDir: options.pgliteTemplate } : {}),
    });
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Database, kind: 'pglite', close: () => client.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * A dump of a new, migrated, empty PGlite database, for {@link OpenDatabaseOptions.pgliteTemplate}.
 *
 * @example
 * const template = await createPgliteTemplate()
 * const first = await openDatabase({ pgliteTemplate: template })
 */
export async function createPgliteTemplate(): Promise<Blob> {
  const client = new PGlite();
  await migratePglite(drizzlePglite({ client, schema, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}
