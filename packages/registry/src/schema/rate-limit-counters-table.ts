import { bigint, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Requests counted per key (`address:…`, `token:…`) and fixed window, shared by every service instance. */
export const rateLimitCountersTable = pgTable(
  'rate_limit_counters',
  {
    key: text('key').notNull(),
    windowStart: bigint('window_start', { mode: 'number' }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);
