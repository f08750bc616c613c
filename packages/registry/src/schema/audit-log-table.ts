import { bigint, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only record of registry changes: who did what to which rule set or publisher, and when. */
export const auditLogTable = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  action: text('action', { enum: ['add-publisher', 'add-token', 'add-key', 'publish', 'deprecate'] }).notNull(),
  publisher: text('publisher').notNull(),
  target: text('target'),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
});
