import { readFileSync } from 'node:fs';
import { publicKeyText, SigningError } from '@social-lens/rules';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

export interface AdminAddPublisherOptions {
  dataDir?: string;
  databaseUrl?: string;
  publicKey?: string;
  newToken?: boolean;
}

/**
 * `lens admin add-publisher NAME [--data-dir DIR | --database-url URL] [--public-key FILE] [--new-token]`:
 * creates a publisher in the registry's database (DATABASE_URL, else DATA_DIR, else ./.data, as
 * `pnpm start` does) and prints its token once; only a salted hash is stored. With PGlite, stop
 * the service first: the embedded database is opened by one process at a time. What can go
 * wrong (a held data folder, a bad name or key, an unreachable database) is thrown for `main`
 * to tell, with exit 2.
 */
/** The key in a `--public-key` file, read before the database is opened; a key that cannot be read names the file. */
async function readPublicKeyFile(file: string): Promise<string> {
  try {
    return await publicKeyText(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof SigningError) throw new UsageError(`--public-key ${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

export async function adminAddPublisher(name: string, options: AdminAddPublisherOptions): Promise<number> {
  const databaseUrl = options.databaseUrl ?? (options.dataDir ? undefined : process.env['DATABASE_URL'] || undefined);
  const dataDir = options.dataDir ?? process.env['DATA_DIR'] ?? './.data';
  const publicKey = options.publicKey ? await readPublicKeyFile(options.publicKey) : undefined;
  // Loaded here, not at the top: the database drivers would slow every other lens command.
  const { addPublisher, openDatabase } = await import('@social-lens/registry');
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    const added = await addPublisher(database.db, name, { ...(publicKey ? { publicKey } : {}), allowExisting: options.newToken === true });
    process.stderr.write(
      `${added.created ? 'created publisher' : 'issued another token for'} "${name}" in ${databaseUrl ? 'the PostgreSQL database' : dataDir}` +
        `${added.publicKey ? `, signing key ${added.publicKey}` : ''}. The token is shown only now:\n`,
    );
    process.stdout.write(`${added.token}\n`);
    return EXIT_CODES.ok;
  } finally {
    await database.close();
  }
}
