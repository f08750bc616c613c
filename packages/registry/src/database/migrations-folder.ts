import { fileURLToPath } from 'node:url';

/**
 * The committed drizzle-kit migrations, in this package's own `drizzle/` folder (shipped with
 * it: `files` in package.json), wherever the package is installed.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
