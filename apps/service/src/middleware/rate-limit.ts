import { lt, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { rateLimitCountersTable } from '../db/schema/index.ts';
import { ProblemError } from '../problems/problem-error.ts';

export interface RateLimiter {
  /** Counts a request for `key`; throws a 429 problem when the window's limit is passed. */
  hit(key: string, limit: number): Promise<void>;
}

/**
 * A fixed-window rate limiter whose counters live in the database, so several instances behind
 * a load balancer share them. One upsert per request.
 *
 * @example
 * const limiter = createRateLimiter(db, 60_000)
 * await limiter.hit(`address:${address}`, 6000)
 */
export function createRateLimiter(db: Database, windowMs: number): RateLimiter {
  let sinceCleanup = 0;
  return {
    async hit(key, limit) {
      const now = Date.now();
      const windowStart = now - (now % windowMs);
      const [row] = await db
        .insert(rateLimitCountersTable)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({ target: [rateLimitCountersTable.key, rateLimitCountersTable.windowStart], set: { count: sql`${rateLimitCountersTable.count} + 1` } })
        .returning({ count: rateLimitCountersTable.count });
      sinceCleanup += 1;
      if (sinceCleanup >= 500) {
        sinceCleanup = 0;
        await db.delete(rateLimitCountersTable).where(lt(rateLimitCountersTable.windowStart, windowStart - windowMs));
      }
      if ((row?.count ?? 0) > limit) {
        const retryAfter = Math.ceil((windowStart + windowMs - now) / 1000);
        throw new ProblemError(429, {
          kind: 'rate-limited',
          detail: `more than ${limit} requests in ${windowMs / 1000} s from this ${key.split(':')[0]}; retry in ${retryAfter} s`,
          headers: { 'retry-after': String(retryAfter), 'ratelimit-limit': String(limit), 'ratelimit-remaining': '0' },
        });
      }
    },
  };
}
