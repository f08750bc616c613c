import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { type SchemaProblem, schemaProblemsOf } from './schema-problems.ts';

// One ajv instance for the package. `full` formats: a `date` is a real calendar date
// (2025-02-30 and 2007-13-40 are not), not just four digits, two and two.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
// ajv-formats is CommonJS: its function is the default export's `default` under NodeNext.
(formatsPlugin as unknown as { default: (instance: Ajv2020, options: { mode: 'full' }) => void }).default(ajv, { mode: 'full' });

/** A compiled schema: the problems of a value (none when it matches), and a type guard. */
export interface SchemaValidator<T> {
  problemsOf(value: unknown): SchemaProblem[];
  matches(value: unknown): value is T;
}

/**
 * A validator of a JSON Schema of the package, on the package's one ajv instance. The schema is
 * compiled on first use, so that importing the package costs no code generation (`lens --help`).
 *
 * @example
 * const objectives = createSchemaValidator<Objective>(OBJECTIVE_SCHEMA)
 * objectives.problemsOf({ text: 1 }) // → [{ path: '/text', message: 'expected string', keyword: 'type' }]
 */
export function createSchemaValidator<T>(schema: object): SchemaValidator<T> {
  let compiled: ValidateFunction | undefined;
  const validate = (value: unknown): ValidateFunction => {
    compiled ??= ajv.compile(schema);
    compiled(value);
    return compiled;
  };
  return {
    problemsOf: (value) => schemaProblemsOf(validate(value).errors ?? []),
    matches: (value): value is T => (validate(value).errors ?? null) === null,
  };
}
