import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { ProblemError, type ProblemItem } from '../problems/problem-error.ts';

/** Most problems one answer lists: enough to fix a body, bounded for a hostile one. */
const MAX_PROBLEMS = 50;

/**
 * The service's one ajv instance. Formats are checked in ajv-formats' `full` mode: a `date` is a
 * day of the calendar (`2025-02-30` and `2007-13-40` are refused), not just the shape `NNNN-NN-NN`.
 */
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
// ajv-formats is CommonJS: its function is the default export's `default` under NodeNext.
(formatsPlugin as unknown as { default: (instance: Ajv2020, options: { mode: 'full'; formats: string[] }) => void }).default(ajv, {
  mode: 'full',
  formats: ['date', 'uri'],
});

const compiled = new WeakMap<object, ValidateFunction>();

/** The service's one way of telling an ajv error: a JSON Pointer, a message, the keyword as its code. */
function describeAjvError(error: ErrorObject): ProblemItem {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return { path: `${error.instancePath}/${String(params['missingProperty'])}`, message: 'is required', code: 'required' };
  if (error.keyword === 'additionalProperties') {
    return { path: `${error.instancePath}/${String(params['additionalProperty'])}`, message: 'is not a known property', code: 'additional-property' };
  }
  return { path: error.instancePath || '/', message: error.message ?? error.keyword, code: error.keyword };
}

/** Checks a request body and returns it typed, or throws a 422 problem. */
export type BodyValidator<T> = (body: unknown) => T;

/**
 * A validator of request bodies against a JSON Schema: returns the body with the type derived
 * from the schema (json-schema-to-ts), or throws a 422 problem listing every error with its
 * JSON path.
 *
 * @example
 * const validatePublish = createBodyValidator(PUBLISH_REQUEST_SCHEMA)
 * const body = validatePublish(await readJsonBody(c)) // { ruleset: {…}; tests?: {…}; signature?: string }
 */
export function createBodyValidator<const S extends JSONSchema>(schema: S): BodyValidator<FromSchema<S>>;
/**
 * @deprecated Only for the records routes until their options are typed from their schema
 * (`RecordsCheckRequest`): call it without a type argument.
 */
export function createBodyValidator<T>(schema: object): BodyValidator<T>;
export function createBodyValidator(schema: object): BodyValidator<unknown> {
  const validate = compiled.get(schema) ?? ajv.compile(schema);
  compiled.set(schema, validate);
  return (body) => {
    if (validate(body)) return body;
    const all = validate.errors ?? [];
    // A failed `oneOf` says only "must match exactly one schema"; its branches' errors say what.
    const errors = all
      .filter((error) => error.keyword !== 'oneOf' || all.length === 1)
      .slice(0, MAX_PROBLEMS)
      .map(describeAjvError);
    throw new ProblemError(422, {
      kind: 'invalid-body',
      detail: `the request body does not match its schema: ${errors[0]?.path} ${errors[0]?.message}`,
      errors,
    });
  };
}
