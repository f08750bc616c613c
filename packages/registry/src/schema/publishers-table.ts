import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Organisations that publish rule sets under their own name (`assoc` in `assoc/national`). */
export const publishersTable = pgTable('publishers', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
