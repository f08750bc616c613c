import { readFileSync } from 'node:fs';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

export interface AdminAddPublisherOptions {
  dataDir?: string;
  databaseUrl?: string;
  publicKey?: string;
  newToken?: boolean;
}

/**
 * `lens admin add-publisher NAME [--data-dir DIR | --database-url URL] [--public-key FILE] [--new-token]`:
 * creates a publisher in the service's database (DATABASE_URL, else DATA_DIR, else ./.data, as
 * `pnpm start` does) and prints its token once; only a salted hash is stored. With PGlite, stop
 * the service first: the embedded database is opened by one process at a time.
 */
export async function adminAddPublisher(name: string, options: AdminAddPublisherOptions): Promise<number> {
  const databaseUrl = options.databaseUrl ?? (options.dataDir ? undefined : process.env.DATABASE_URL || undefined);
  const dataDir = options.dataDir ?? process.env.DATA_DIR ?? './.data';
  const publicKey = options.publicKey ? readFileSync(options.publicKey, 'utf8') : undefined;
  // Loaded here, not at the top: the database drivers would slow every other lens command.
  const { addPublisher, openDatabase } = await import('@social-lens/service/admin');
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    const added = await addPublisher(database.db, name, { ...(publicKey ? { publicKey } : {}), allowExisting: options.newToken === true });
    process.stderr.write(
      `${added.created ? 'created publisher' : 'issued another token for'} "${name}" in ${databaseUrl ? 'the PostgreSQL database' : dataDir}` +
        `${added.publicKey ? `, signing key ${added.publicKey}` : ''}. The token is shown only now:\n`,
    );
    process.stdout.write(`${added.token}\n`);
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof Error && /already exists|is not a publisher name|Ed25519|public key/.test(error.message)) throw new UsageError(error.message, { cause: error });
    throw error;
  } finally {
    await database.close();
  }
}
