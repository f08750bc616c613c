import { readFileSync } from 'node:fs';

/** The version `lens --version` prints: the CLI package's own (package.json sits one folder above src/ and dist/). */
export const CLI_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
