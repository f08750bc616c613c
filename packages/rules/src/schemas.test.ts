import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from './schemas.ts';

describe('schemas/*.schema.json', () => {
  it.each(Object.entries(SCHEMAS))('%s is up to date with the TypeScript schema (run pnpm write-schemas)', (name, schema) => {
    expect(JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
