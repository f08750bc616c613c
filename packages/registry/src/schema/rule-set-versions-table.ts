import { integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { ruleSetsTable } from './rule-sets-table.ts';

/**
 * One published version of a rule set. `content` is the canonical JSON text (RFC 8785), kept as
 * text so its bytes, its SHA-256 (the ETag) and its signature never drift; the unique
 * constraint on (rule set, version) is what makes a version immutable under concurrent publishes.
 */
export const ruleSetVersionsTable = pgTable(
  'rule_set_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ruleSetId: integer('rule_set_id')
      .notNull()
      .references(() => ruleSetsTable.id),
    version: text('version').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    sha256: text('sha256').notNull(),
    signature: text('signature'),
    signedWith: text('signed_with'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    deprecatedAt: timestamp('deprecated_at', { withTimezone: true }),
    deprecationMessage: text('deprecation_message'),
  },
  (table) => [unique('rule_set_versions_rule_set_version_unique').on(table.ruleSetId, table.version)],
);
