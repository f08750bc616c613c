import { publicKeyText } from '@social-lens/rules';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../database/database.ts';
import { auditLogTable, publisherKeysTable, publishersTable } from '../schema/index.ts';

/** A publisher name: the first part of a rule-set id, lower-case kebab words. */
export const PUBLISHER_NAME_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;

export interface Publisher {
  id: number;
  name: string;
  createdAt: Date;
}

/**
 * The publisher of that name, creating it (and an audit entry) when it does not exist yet.
 * Safe under concurrency: the unique name decides.
 *
 * @example
 * const { publisher, created } = await ensurePublisher(db, 'assoc', 'admin')
 */
export async function ensurePublisher(db: Database, name: string, actor: string): Promise<{ publisher: Publisher; created: boolean }> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(publishersTable).values({ name }).onConflictDoNothing().returning();
    if (inserted[0]) {
      await tx.insert(auditLogTable).values({ action: 'add-publisher', publisher: name, detail: { actor } });
      return { publisher: inserted[0], created: true };
    }
    const [existing] = await tx.select().from(publishersTable).where(eq(publishersTable.name, name));
    if (!existing) throw new Error(`publisher "${name}" vanished while being created`);
    return { publisher: existing, created: false };
  });
}

/**
 * The publisher of that name, or undefined.
 *
 * @example
 * await findPublisher(db, 'core') // → { id: 1, name: 'core', createdAt }
 */
export async function findPublisher(db: Database, name: string): Promise<Publisher | undefined> {
  const [row] = await db.select().from(publishersTable).where(eq(publishersTable.name, name));
  return row;
}

/**
 * The active Ed25519 public keys of a publisher (base64url), oldest first.
 *
 * @example
 * await activePublisherKeys(db, publisher.id) // → ['11qYAYKx…']
 */
export async function activePublisherKeys(db: Database, publisherId: number): Promise<string[]> {
  const rows = await db
    .select({ publicKey: publisherKeysTable.publicKey })
    .from(publisherKeysTable)
    .where(and(eq(publisherKeysTable.publisherId, publisherId), isNull(publisherKeysTable.revokedAt)))
    .orderBy(publisherKeysTable.id);
  return rows.map((row) => row.publicKey);
}

/**
 * Registers a public key for a publisher (base64url or SPKI PEM). From then on every new version
 * it publishes must be signed. Registering the same key again changes nothing.
 *
 * @example
 * await addPublisherKey(db, publisher, readFileSync('assoc.pub.pem', 'utf8'), 'token:abc')
 */
export async function addPublisherKey(db: Database, publisher: Publisher, key: string, actor: string): Promise<{ publicKey: string; added: boolean }> {
  const publicKey = await publicKeyText(key);
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(publisherKeysTable).values({ publisherId: publisher.id, publicKey }).onConflictDoNothing().returning();
    if (inserted.length > 0) await tx.insert(auditLogTable).values({ action: 'add-key', publisher: publisher.name, detail: { actor, publicKey } });
    return { publicKey, added: inserted.length > 0 };
  });
}
