import { createRequestCounter, type Database } from '@social-lens/registry';
import { ProblemError } from '../problems/problem-error.ts';

export interface RateLimiter {
  /** Counts a request for `key`; throws a 429 problem when the window's limit is passed. */
  hit(key: string, limit: number): Promise<void>;
}

/**
 * A fixed-window rate limiter whose counters live in the database (the registry's request
 * counters), so several instances behind a load balancer share them.
 *
 * @example
 * const limiter = createRateLimiter(db, 60_000)
 * await limiter.hit(`address:${address}`, 6000)
 */
export function createRateLimiter(db: Database, windowMs: number): RateLimiter {
  const counter = createRequestCounter(db, windowMs);
  return {
    async hit(key, limit) {
      const { count, windowEndsAt } = await counter.count(key);
      if (count > limit) {
        const retryAfter = Math.max(1, Math.ceil((windowEndsAt - Date.now()) / 1000));
        throw new ProblemError(429, {
          kind: 'rate-limited',
          detail: `more than ${limit} requests in ${windowMs / 1000} s from this ${key.split(':')[0]}; retry in ${retryAfter} s`,
          headers: { 'retry-after': String(retryAfter), 'ratelimit-limit': String(limit), 'ratelimit-remaining': '0' },
        });
      }
    },
  };
}
