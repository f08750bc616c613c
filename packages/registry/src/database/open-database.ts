import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { RegistryError } from '../registry-error.ts';
import * as schema from '../schema/index.ts';
import type { Database, OpenDatabase } from './database.ts';
import { type DataFolderLock, lockDataFolder } from './lock-data-folder.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';

/** Any number: instances starting together take this advisory lock so that one migrates at a time. */
const MIGRATION_LOCK = 4_242_001;

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; when set, `dataDir` is ignored. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database (PGlite's files in `pglite/`, its `lock`); absent (and no URL) means in memory, for tests. */
  dataDir?: string | undefined;
  /** Connections per instance to PostgreSQL. */
  poolSize?: number;
  /**
   * A PGlite data-directory dump to start a new embedded database from (`createPgliteTemplate`):
   * a fresh PGlite runs initdb, which takes seconds; loading a dump takes a fraction of that.
   */
  pgliteTemplate?: Blob | undefined;
}

/** `user@host:port/database` of a PostgreSQL URL: enough to say which server, never the password. */
function describeServer(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

const reason = (error: unknown) => (error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error));

async function openPostgres(databaseUrl: string, poolSize: number): Promise<OpenDatabase> {
  const server = describeServer(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new RegistryError('database-unavailable', `cannot connect to PostgreSQL at ${server}: ${reason(error)}`, { cause: error });
  }
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePostgres(drizzleNodePostgres({ client, schema, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    client.release();
    await pool.end().catch(() => undefined);
    throw new RegistryError('database-unavailable', `cannot apply the migrations to PostgreSQL at ${server}: ${reason(error)}`, { cause: error });
  }
  await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
  client.release();
  const db = drizzleNodePostgres({ client: pool, schema, casing: 'snake_case' });
  return { db: db as unknown as Database, kind: 'postgres', close: () => pool.end() };
}

async function openPglite(dataDir: string | undefined, template: Blob | undefined): Promise<OpenDatabase> {
  const lock: DataFolderLock | undefined = dataDir ? await lockDataFolder(dataDir) : undefined;
  const release = async () => lock?.release();
  let client: PGlite | undefined;
  try {
    client = new PGlite({ ...(dataDir ? { dataDir: join(dataDir, 'pglite') } : {}), ...(template ? { loadDataDir: template } : {}) });
    await client.waitReady;
  } catch (error) {
    await client?.close().catch(() => undefined);
    await release();
    throw new RegistryError('database-unavailable', `cannot open the embedded database${dataDir ? ` in ${dataDir}` : ''}: ${reason(error)}`, { cause: error });
  }
  try {
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const opened = client;
    return { db: db as unknown as Database, kind: 'pglite', close: () => opened.close().finally(release) };
  } catch (error) {
    await client.close().catch(() => undefined);
    await release();
    throw error;
  }
}

/**
 * Opens the registry's database and applies the committed migrations: a real PostgreSQL when
 * `databaseUrl` is given, else PGlite (Postgres compiled to WebAssembly, in-process) in `dataDir`
 * (held by this process alone: see `lockDataFolder`) or in memory. Throws a `RegistryError`:
 * `data-folder-locked` when another process holds `dataDir`, `database-unavailable` when the
 * database cannot be reached, opened or migrated.
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: './.data' })
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.pgliteTemplate);
}
