import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ProblemError, type ProblemItem } from '../problems/problem-error.ts';

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);

function describe(error: ErrorObject): ProblemItem {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return { path: `${error.instancePath}/${String(params.missingProperty)}`, message: 'is required', code: 'required' };
  if (error.keyword === 'additionalProperties') {
    return { path: `${error.instancePath}/${String(params.additionalProperty)}`, message: 'is not a known property', code: 'additional-property' };
  }
  return { path: error.instancePath || '/', message: error.message ?? error.keyword, code: error.keyword };
}

/**
 * A validator of request bodies against a JSON Schema: returns the body typed, or throws a 422
 * problem listing every error with its JSON path.
 *
 * @example
 * const validatePublish = createBodyValidator<PublishRequest>(PUBLISH_REQUEST_SCHEMA)
 * const body = validatePublish(await readJsonBody(c))
 */
export function createBodyValidator<T>(schema: object): (body: unknown) => T {
  const validate = ajv.compile(schema);
  return (body) => {
    if (validate(body)) return body as T;
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'oneOf' || validate.errors?.length === 1).slice(0, 50).map(describe);
    throw new ProblemError(422, { kind: 'invalid-body', detail: `the request body does not match its schema: ${errors[0]?.path} ${errors[0]?.message}`, errors });
  };
}
