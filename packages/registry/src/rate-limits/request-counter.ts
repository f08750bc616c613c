import { lt, sql } from 'drizzle-orm';
import type { Database } from '../database/database.ts';
import { rateLimitCountersTable } from '../schema/index.ts';

/** Counts requests per key and fixed window, in the database. */
export interface RequestCounter {
  /** Counts one request for `key`: how many in the current window so far, and when it ends (ms since the epoch). */
  count(key: string): Promise<{ count: number; windowEndsAt: number }>;
}

/** Every this many counts, windows that ended are deleted. */
const CLEANUP_EVERY = 500;

/**
 * A fixed-window request counter whose counters live in the database, so several service
 * instances behind a load balancer share them. One upsert per request.
 *
 * @example
 * const counter = createRequestCounter(db, 60_000)
 * const { count } = await counter.count(`address:${address}`)
 */
export function createRequestCounter(db: Database, windowMs: number): RequestCounter {
  let sinceCleanup = 0;
  return {
    async count(key) {
      const now = Date.now();
      const windowStart = now - (now % windowMs);
      const [row] = await db
        .insert(rateLimitCountersTable)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: [rateLimitCountersTable.key, rateLimitCountersTable.windowStart],
          set: { count: sql`${rateLimitCountersTable.count} + 1` },
        })
        .returning({ count: rateLimitCountersTable.count });
      sinceCleanup += 1;
      if (sinceCleanup >= CLEANUP_EVERY) {
        sinceCleanup = 0;
        await db.delete(rateLimitCountersTable).where(lt(rateLimitCountersTable.windowStart, windowStart - windowMs));
      }
      return { count: row?.count ?? 0, windowEndsAt: windowStart + windowMs };
    },
  };
}
