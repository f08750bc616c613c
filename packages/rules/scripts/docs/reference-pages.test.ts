import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_RECORD_SCHEMA, RULE_SET_SCHEMA } from '../../src/schemas.ts';
import { referencePages } from './reference-pages.ts';

const ROOT = new URL('../../../../', import.meta.url);
const pages = referencePages();

/** GitHub's anchor of a heading. */
function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

describe('docs/ generated from the JSON Schemas', () => {
  it.each([...pages.keys()])('%s is what `pnpm docs:generate` writes (run it and commit the page when this fails)', (path) => {
    expect(readFileSync(new URL(path, ROOT), 'utf8')).toBe(pages.get(path));
  });

  it('names every canonical field with its description', () => {
    const page = pages.get('docs/canonical-fields.md')!;
    for (const [field, schema] of Object.entries(CLIENT_RECORD_SCHEMA.properties)) {
      expect(page).toContain(`| \`${field}\` |`);
      expect(page).toContain(schema.description);
    }
  });

  it('gives every rule-set key and definition a row or a section', () => {
    const page = pages.get('docs/rule-set-format.md')!;
    for (const key of Object.keys(RULE_SET_SCHEMA.properties)) expect(page).toContain(`| \`${key}\` |`);
    for (const name of Object.keys(RULE_SET_SCHEMA.$defs)) expect(page).toContain(`\n## ${name}\n`);
    expect(page).toContain('| `severity` | one of `"error"`, `"warning"`, `"info"` | yes |');
  });

  it.each([...pages.keys()])('%s: every link inside the page leads to one of its headings, every link out to a page of docs/', (path) => {
    const page = pages.get(path)!;
    const anchors = new Set([...page.matchAll(/^#+ (.+)$/gm)].map((match) => headingAnchor(match[1]!)));
    for (const [, target] of page.matchAll(/\]\(([^)]+)\)/g)) {
      if (target!.startsWith('#')) expect(anchors, `${path} links to ${target}`).toContain(target!.slice(1));
      else expect(pages.has(`docs/${target}`), `${path} links to ${target}`).toBe(true);
    }
  });
});
