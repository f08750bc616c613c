import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { publishersTable } from './publishers-table.ts';

/** A rule set by id (`publisher/name`), whatever its versions. */
export const ruleSetsTable = pgTable('rule_sets', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  publisherId: integer('publisher_id')
    .notNull()
    .references(() => publishersTable.id),
  ruleSetId: text('rule_set_id').notNull().unique(),
  subject: text('subject').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
