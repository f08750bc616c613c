import { and, eq, inArray, isNull } from 'drizzle-orm';
import semver from 'semver';
import type { Database } from '../database/database.ts';
import { auditLogTable, publishersTable, ruleSetsTable, ruleSetVersionsTable } from '../schema/index.ts';

/** What the registry tells about a version without its content. */
export interface VersionSummary {
  ruleSetId: string;
  version: string;
  title: string;
  sha256: string;
  signed: boolean;
  signedWith: string | null;
  publishedAt: Date;
  deprecatedAt: Date | null;
  deprecationMessage: string | null;
}

/** A version with its canonical JSON text. */
export interface StoredVersion extends VersionSummary {
  content: string;
  signature: string | null;
}

/** One rule set as listed by the registry. */
export interface RuleSetSummary {
  id: string;
  publisher: string;
  subject: string;
  title: string;
  latest: string;
  versions: number;
}

const summaryColumns = {
  ruleSetId: ruleSetsTable.ruleSetId,
  version: ruleSetVersionsTable.version,
  title: ruleSetVersionsTable.title,
  sha256: ruleSetVersionsTable.sha256,
  signedWith: ruleSetVersionsTable.signedWith,
  publishedAt: ruleSetVersionsTable.publishedAt,
  deprecatedAt: ruleSetVersionsTable.deprecatedAt,
  deprecationMessage: ruleSetVersionsTable.deprecationMessage,
};

const bySemverDescending = (a: { version: string }, b: { version: string }) => semver.rcompare(a.version, b.version);

/**
 * Every version of the given rule sets, highest first, without content.
 *
 * @example
 * await listVersions(db, ['core/client-data']) // → [{ ruleSetId: 'core/client-data', version: '1.0.0', … }]
 */
export async function listVersions(db: Database, ruleSetIds: readonly string[]): Promise<VersionSummary[]> {
  if (ruleSetIds.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(ruleSetVersionsTable)
    .innerJoin(ruleSetsTable, eq(ruleSetsTable.id, ruleSetVersionsTable.ruleSetId))
    .where(inArray(ruleSetsTable.ruleSetId, [...ruleSetIds]));
  return rows.map((row) => ({ ...row, signed: row.signedWith !== null })).sort(bySemverDescending);
}

/**
 * One version with its content, or undefined.
 *
 * @example
 * const stored = await findVersion(db, 'core/client-data', '1.0.0')
 */
export async function findVersion(db: Database, ruleSetId: string, version: string): Promise<StoredVersion | undefined> {
  const [row] = await db
    .select({ ...summaryColumns, content: ruleSetVersionsTable.content, signature: ruleSetVersionsTable.signature })
    .from(ruleSetVersionsTable)
    .innerJoin(ruleSetsTable, eq(ruleSetsTable.id, ruleSetVersionsTable.ruleSetId))
    .where(and(eq(ruleSetsTable.ruleSetId, ruleSetId), eq(ruleSetVersionsTable.version, version)));
  return row ? { ...row, signed: row.signedWith !== null } : undefined;
}

/**
 * Canonical JSON texts by SHA-256, for the given hashes.
 *
 * @example
 * await contentsBySha256(db, ['9f86…']) // → Map { '9f86…' => '{"id":…}' }
 */
export async function contentsBySha256(db: Database, hashes: readonly string[]): Promise<Map<string, string>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .select({ sha256: ruleSetVersionsTable.sha256, content: ruleSetVersionsTable.content })
    .from(ruleSetVersionsTable)
    .where(inArray(ruleSetVersionsTable.sha256, [...hashes]));
  return new Map(rows.map((row) => [row.sha256, row.content]));
}

/**
 * The rule sets of the registry, optionally of one publisher or one subject, by id.
 *
 * @example
 * await listRuleSets(db, { subject: 'client-record' })
 */
export async function listRuleSets(db: Database, filter: { publisher?: string; subject?: string } = {}): Promise<RuleSetSummary[]> {
  const conditions = [
    ...(filter.publisher ? [eq(publishersTable.name, filter.publisher)] : []),
    ...(filter.subject ? [eq(ruleSetsTable.subject, filter.subject)] : []),
  ];
  const rows = await db
    .select({
      id: ruleSetsTable.ruleSetId,
      publisher: publishersTable.name,
      subject: ruleSetsTable.subject,
      version: ruleSetVersionsTable.version,
      title: ruleSetVersionsTable.title,
    })
    .from(ruleSetsTable)
    .innerJoin(publishersTable, eq(publishersTable.id, ruleSetsTable.publisherId))
    .innerJoin(ruleSetVersionsTable, eq(ruleSetVersionsTable.ruleSetId, ruleSetsTable.id))
    .where(conditions.length > 0 ? and(...conditions) : undefined);
  const byId = new Map<string, RuleSetSummary>();
  for (const row of rows.sort(bySemverDescending)) {
    const existing = byId.get(row.id);
    if (existing) existing.versions += 1;
    else byId.set(row.id, { id: row.id, publisher: row.publisher, subject: row.subject, title: row.title, latest: row.version, versions: 1 });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export interface NewVersion {
  publisherId: number;
  publisher: string;
  ruleSetId: string;
  subject: string;
  version: string;
  title: string;
  content: string;
  sha256: string;
  signature: string | null;
  signedWith: string | null;
  actor: string;
}

export type InsertOutcome =
  | { outcome: 'created' | 'unchanged' }
  | { outcome: 'conflict'; existingSha256: string }
  | { outcome: 'subject-mismatch'; subject: string };

/**
 * Stores a new version in one transaction. The unique constraint on (rule set, version) decides
 * between concurrent publishers, on PGlite as on a PostgreSQL shared by several instances:
 * exactly one insert lands, the others find its row and compare hashes.
 *
 * @example
 * const { outcome } = await insertVersion(db, newVersion) // 'created' | 'unchanged' | 'conflict'
 */
export async function insertVersion(db: Database, version: NewVersion): Promise<InsertOutcome> {
  return db.transaction(async (tx) => {
    await tx.insert(ruleSetsTable).values({ publisherId: version.publisherId, ruleSetId: version.ruleSetId, subject: version.subject }).onConflictDoNothing();
    const [ruleSet] = await tx.select().from(ruleSetsTable).where(eq(ruleSetsTable.ruleSetId, version.ruleSetId));
    if (!ruleSet) throw new Error(`rule set ${version.ruleSetId} vanished while publishing`);
    if (ruleSet.subject !== version.subject) return { outcome: 'subject-mismatch', subject: ruleSet.subject } as const;
    const inserted = await tx
      .insert(ruleSetVersionsTable)
      .values({
        ruleSetId: ruleSet.id,
        version: version.version,
        title: version.title,
        content: version.content,
        sha256: version.sha256,
        signature: version.signature,
        signedWith: version.signedWith,
      })
      .onConflictDoNothing()
      .returning({ id: ruleSetVersionsTable.id });
    if (inserted.length > 0) {
      await tx.insert(auditLogTable).values({
        action: 'publish',
        publisher: version.publisher,
        target: `${version.ruleSetId}@${version.version}`,
        detail: { actor: version.actor, sha256: version.sha256, signedWith: version.signedWith },
      });
      return { outcome: 'created' } as const;
    }
    const [existing] = await tx
      .select({ sha256: ruleSetVersionsTable.sha256 })
      .from(ruleSetVersionsTable)
      .where(and(eq(ruleSetVersionsTable.ruleSetId, ruleSet.id), eq(ruleSetVersionsTable.version, version.version)));
    if (!existing) throw new Error(`version ${version.ruleSetId}@${version.version} vanished while publishing`);
    return existing.sha256 === version.sha256 ? ({ outcome: 'unchanged' } as const) : ({ outcome: 'conflict', existingSha256: existing.sha256 } as const);
  });
}

/**
 * Marks a version deprecated (it stays resolvable: pinned members keep working). Returns false
 * when there is no such version; deprecating twice keeps the first date.
 *
 * @example
 * await deprecateVersion(db, { publisher: 'assoc', ruleSetId: 'assoc/national', version: '1.0.0', message: 'use ^2', actor: 'token:…' })
 */
export async function deprecateVersion(
  db: Database,
  request: { publisher: string; ruleSetId: string; version: string; message: string | null; actor: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: ruleSetVersionsTable.id })
      .from(ruleSetVersionsTable)
      .innerJoin(ruleSetsTable, eq(ruleSetsTable.id, ruleSetVersionsTable.ruleSetId))
      .where(and(eq(ruleSetsTable.ruleSetId, request.ruleSetId), eq(ruleSetVersionsTable.version, request.version)));
    if (!row) return false;
    const updated = await tx
      .update(ruleSetVersionsTable)
      .set({ deprecatedAt: new Date(), deprecationMessage: request.message })
      .where(and(eq(ruleSetVersionsTable.id, row.id), isNull(ruleSetVersionsTable.deprecatedAt)))
      .returning({ id: ruleSetVersionsTable.id });
    if (updated.length > 0) {
      await tx.insert(auditLogTable).values({
        action: 'deprecate',
        publisher: request.publisher,
        target: `${request.ruleSetId}@${request.version}`,
        detail: { actor: request.actor, message: request.message },
      });
    }
    return true;
  });
}
