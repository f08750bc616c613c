import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '../schema/index.ts';

/** The drizzle database the registry works on, whichever driver (PGlite or node-postgres) is under it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database with what to call to let it go. */
export interface OpenDatabase {
  db: Database;
  /** `pglite` (embedded, the default) or `postgres` (DATABASE_URL). */
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}
