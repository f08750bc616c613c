import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/**
 * Resolves when the database answers a trivial query; rejects as the driver does otherwise.
 *
 * @example
 * await pingDatabase(db) // GET /health
 */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
