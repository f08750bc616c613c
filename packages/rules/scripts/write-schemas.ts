import { writeFileSync } from 'node:fs';
import { SCHEMAS } from '../src/schemas.ts';

/** Writes the JSON Schemas as files, for editors (`"$schema"` in rule sets) and other tools. */
for (const [name, schema] of Object.entries(SCHEMAS)) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
}
