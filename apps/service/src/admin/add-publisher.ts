import type { Database } from '../db/database.ts';
import { auditLogTable } from '../db/schema/index.ts';
import { issuePublisherToken } from '../registry/publisher-token.ts';
import { addPublisherKey, ensurePublisher, PUBLISHER_NAME_PATTERN } from '../registry/publishers.ts';

export interface AddedPublisher {
  publisher: string;
  created: boolean;
  /** Shown once; only its salted hash is stored. */
  token: string;
  publicKey?: string;
}

/**
 * Creates a publisher (or, for an existing one, issues another token) and returns its token
 * once; optionally registers its Ed25519 public key in the same go.
 *
 * @example
 * const { token } = await addPublisher(db, 'assoc', { publicKey: readFileSync('assoc.pub', 'utf8') })
 */
export async function addPublisher(db: Database, name: string, options: { publicKey?: string; allowExisting?: boolean } = {}): Promise<AddedPublisher> {
  if (!PUBLISHER_NAME_PATTERN.test(name)) throw new Error(`"${name}" is not a publisher name: lower-case letters, digits and hyphens, starting with a letter`);
  const { publisher, created } = await ensurePublisher(db, name, 'admin');
  if (!created && !options.allowExisting) throw new Error(`publisher "${name}" already exists; pass --new-token to issue it another token`);
  const token = await issuePublisherToken(db, publisher.id);
  await db.insert(auditLogTable).values({ action: 'add-token', publisher: name, detail: { actor: 'admin' } });
  const added: AddedPublisher = { publisher: name, created, token };
  if (options.publicKey) added.publicKey = (await addPublisherKey(db, publisher, options.publicKey, 'admin')).publicKey;
  return added;
}
