import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../database/database.ts';
import { publishersTable, publisherTokensTable } from '../schema/index.ts';

const TOKEN_PATTERN = /^sl_([A-Za-z0-9_-]{16})_([A-Za-z0-9_-]{43})$/;

/** Who a valid token belongs to. */
export interface TokenOwner {
  publisherId: number;
  publisher: string;
  tokenId: string;
}

function hashSecret(salt: string, secret: string): Buffer {
  return createHash('sha256').update(salt).update('\0').update(secret).digest();
}

/** A new token's parts: the text shown once, and what is stored. */
function createTokenParts(): { token: string; tokenId: string; salt: string; secretHash: string } {
  const tokenId = randomBytes(12).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('base64url');
  return { token: `sl_${tokenId}_${secret}`, tokenId, salt, secretHash: hashSecret(salt, secret).toString('base64url') };
}

/**
 * Issues a new token for a publisher and stores only its salted hash; the token text is
 * returned once and cannot be read back.
 *
 * @example
 * const token = await issuePublisherToken(db, publisherId) // 'sl_…'
 */
export async function issuePublisherToken(db: Database, publisherId: number): Promise<string> {
  const parts = createTokenParts();
  await db.insert(publisherTokensTable).values({ publisherId, tokenId: parts.tokenId, salt: parts.salt, secretHash: parts.secretHash });
  return parts.token;
}

// Compared against when no row matches, so an unknown token id costs the same as a wrong secret.
const DECOY = { salt: 'decoy-salt', secretHash: hashSecret('decoy-salt', 'decoy').toString('base64url') };

/**
 * The owner of a token, or undefined when the token is unknown, revoked or wrong. The secret is
 * compared in constant time.
 *
 * @example
 * const owner = await authenticateToken(db, request.headers.get('authorization')?.slice(7) ?? '')
 */
export async function authenticateToken(db: Database, token: string): Promise<TokenOwner | undefined> {
  const match = TOKEN_PATTERN.exec(token);
  const tokenId = match?.[1] ?? '';
  const secret = match?.[2] ?? '';
  const rows = match
    ? await db
        .select({
          publisherId: publisherTokensTable.publisherId,
          publisher: publishersTable.name,
          salt: publisherTokensTable.salt,
          secretHash: publisherTokensTable.secretHash,
          revokedAt: publisherTokensTable.revokedAt,
        })
        .from(publisherTokensTable)
        .innerJoin(publishersTable, eq(publishersTable.id, publisherTokensTable.publisherId))
        .where(eq(publisherTokensTable.tokenId, tokenId))
        .limit(1)
    : [];
  const row = rows[0];
  const stored = Buffer.from(row?.secretHash ?? DECOY.secretHash, 'base64url');
  const given = hashSecret(row?.salt ?? DECOY.salt, secret);
  const equal = stored.length === given.length && timingSafeEqual(stored, given);
  if (!row || !equal || row.revokedAt !== null) return undefined;
  return { publisherId: row.publisherId, publisher: row.publisher, tokenId };
}
