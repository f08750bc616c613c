import { publicKeyText } from '@social-lens/rules';
import type { Database } from '../database/database.ts';
import { RegistryError } from '../registry-error.ts';
import { auditLogTable } from '../schema/index.ts';
import { issuePublisherToken } from './publisher-token.ts';
import { addPublisherKey, ensurePublisher, PUBLISHER_NAME_PATTERN } from './publishers.ts';

export interface AddPublisherOptions {
  /** Its Ed25519 public key (base64url or SPKI PEM): from then on it must sign each version. */
  publicKey?: string;
  /** Issue another token when the publisher exists, instead of refusing. */
  allowExisting?: boolean;
}

export interface AddedPublisher {
  publisher: string;
  created: boolean;
  /** Shown once; only its salted hash is stored. */
  token: string;
  publicKey?: string;
}

/**
 * Creates a publisher (or, for an existing one with `allowExisting`, issues another token) and
 * returns its token once; optionally registers its Ed25519 public key in the same go. Throws a
 * `RegistryError` (`invalid-publisher-name`, `publisher-exists`), or the rules package's
 * `SigningError` for a key that cannot be read.
 *
 * @example
 * const { token } = await addPublisher(db, 'assoc', { publicKey: readFileSync('assoc.pub', 'utf8') })
 */
export async function addPublisher(db: Database, name: string, options: AddPublisherOptions = {}): Promise<AddedPublisher> {
  if (!PUBLISHER_NAME_PATTERN.test(name)) {
    throw new RegistryError('invalid-publisher-name', `"${name}" is not a publisher name: lower-case letters, digits and hyphens, starting with a letter`);
  }
  // Read the key before anything is stored: a key that cannot be read leaves no publisher behind.
  const publicKey = options.publicKey === undefined ? undefined : await publicKeyText(options.publicKey);
  const { publisher, created } = await ensurePublisher(db, name, 'admin');
  if (!created && !options.allowExisting)
    throw new RegistryError('publisher-exists', `publisher "${name}" already exists; pass --new-token to issue it another token`);
  const token = await issuePublisherToken(db, publisher.id);
  await db.insert(auditLogTable).values({ action: 'add-token', publisher: name, detail: { actor: 'admin' } });
  const added: AddedPublisher = { publisher: name, created, token };
  if (publicKey) added.publicKey = (await addPublisherKey(db, publisher, publicKey, 'admin')).publicKey;
  return added;
}
