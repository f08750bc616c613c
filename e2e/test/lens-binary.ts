import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const cliFolder = dirname(createRequire(import.meta.url).resolve('@social-lens/cli/package.json'));

/** The built `lens` command of `@social-lens/cli`. */
export const LENS = join(cliFolder, 'bin', 'lens.js');

/** The example export shipped with the CLI. */
export const EXAMPLE_EXPORT = join(cliFolder, 'examples', 'clients.csv');
