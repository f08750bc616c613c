import { count, max } from 'drizzle-orm';
import type { Database } from '../database/database.ts';
import { ruleSetVersionsTable } from '../schema/index.ts';

/**
 * A stamp of every version in the registry and of their deprecations, in one cheap query, for
 * caches to re-validate against: versions are never deleted and a deprecation is never undone,
 * so every publish and every deprecation, by any instance on the same database, changes it.
 *
 * @example
 * const before = await versionsGeneration(db) // '12/12/0'
 * await deprecateVersion(db, request)
 * (await versionsGeneration(db)) !== before // → true
 */
export async function versionsGeneration(db: Database): Promise<string> {
  const [row] = await db
    .select({ versions: count(), deprecated: count(ruleSetVersionsTable.deprecatedAt), lastId: max(ruleSetVersionsTable.id) })
    .from(ruleSetVersionsTable);
  return `${row?.versions ?? 0}/${row?.lastId ?? 0}/${row?.deprecated ?? 0}`;
}
