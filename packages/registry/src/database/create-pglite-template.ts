import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../schema/index.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';

/**
 * A dump of a new, migrated, empty PGlite database, for `openDatabase({ pgliteTemplate })`:
 * a fresh PGlite runs initdb, which takes seconds; loading a dump takes a fraction of that.
 *
 * @example
 * const template = await createPgliteTemplate()
 * const first = await openDatabase({ pgliteTemplate: template })
 */
export async function createPgliteTemplate(): Promise<Blob> {
  const client = new PGlite();
  await migrate(drizzle({ client, schema, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}
