import { integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { publishersTable } from './publishers-table.ts';

/** Ed25519 public keys of a publisher (raw 32 bytes, base64url). Once one is active, every new version must be signed. */
export const publisherKeysTable = pgTable(
  'publisher_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    publisherId: integer('publisher_id')
      .notNull()
      .references(() => publishersTable.id),
    publicKey: text('public_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [unique('publisher_keys_publisher_key_unique').on(table.publisherId, table.publicKey)],
);
