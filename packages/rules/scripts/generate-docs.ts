import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { referencePages } from './docs/reference-pages.ts';

/** Writes the pages of docs/ generated from the JSON Schemas (`pnpm docs:generate`). */
const root = new URL('../../../', import.meta.url);
for (const [path, text] of referencePages()) {
  const target = new URL(path, root);
  mkdirSync(dirname(target.pathname), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${path}\n`);
}
