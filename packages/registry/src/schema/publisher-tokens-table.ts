import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { publishersTable } from './publishers-table.ts';

/**
 * Publishing tokens, by hash only: a token `sl_<tokenId>_<secret>` is shown once; what is kept
 * is its public `tokenId` (to find the row) and SHA-256 of salt + secret.
 */
export const publisherTokensTable = pgTable('publisher_tokens', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  publisherId: integer('publisher_id')
    .notNull()
    .references(() => publishersTable.id),
  tokenId: text('token_id').notNull().unique(),
  salt: text('salt').notNull(),
  secretHash: text('secret_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
