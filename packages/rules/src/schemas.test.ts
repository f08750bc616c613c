import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from './schema-validation/schema-validator.ts';
import { SCHEMAS } from './schemas.ts';

type Definitions = Record<string, { examples?: unknown[] }>;

const definitionExamples = Object.entries(SCHEMAS).flatMap(([name, schema]) => {
  const definitions = ((schema as { $defs?: Definitions }).$defs ?? {}) as Definitions;
  return Object.entries(definitions).flatMap(([definition, subschema]) =>
    (subschema.examples ?? []).map((example) => ({ name: `${name}#/$defs/${definition}`, definitions, definition, example })),
  );
});

describe('schemas/*.schema.json', () => {
  it.each(Object.entries(SCHEMAS))('%s is up to date with the TypeScript schema (run pnpm write-schemas)', (name, schema) => {
    expect(JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('has examples on the recursive definitions, where renderers would otherwise expand every branch', () => {
    expect(definitionExamples.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'rule-set.schema.json#/$defs/expression',
        'rule-set.schema.json#/$defs/nestedCondition',
        'rule-set.schema.json#/$defs/topLevelCondition',
      ]),
    );
  });

  it.each(definitionExamples)('the example of $name is valid against its definition', ({ definitions, definition, example }) => {
    const validator = createSchemaValidator({ $defs: definitions, $ref: `#/$defs/${definition}` });
    expect(validator.problemsOf(example)).toEqual([]);
  });
});
