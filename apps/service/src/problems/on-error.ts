import { RecordsInputError, RuleSetError, SigningError } from '@social-lens/rules';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ProblemError, problemResponse } from './problem-error.ts';

/**
 * Maps every error to `application/problem+json`: our own {@link ProblemError}, Hono's
 * `HTTPException` (body limit, malformed input), rule-set and signing errors (422), problems with
 * a client export or its options (415 for a charset nobody decodes, else 422), and anything else
 * to a 500 that says nothing of the inside.
 *
 * @example
 * app.onError(createErrorHandler((error) => console.error(error)))
 */
export function createErrorHandler(reportUnexpected: (error: unknown) => void): ErrorHandler {
  return function onError(error) {
    if (error instanceof ProblemError) return problemResponse(error);
    if (error instanceof RuleSetError) {
      return problemResponse(
        new ProblemError(422, {
          kind: 'invalid-rule-set',
          detail: error.message,
          errors: error.problems.map((problem) => ({ path: problem.path, message: `${problem.document}: ${problem.message}`, code: problem.code })),
        }),
      );
    }
    if (error instanceof RecordsInputError) {
      return problemResponse(
        new ProblemError(error.code === 'unknown-encoding' ? 415 : 422, {
          kind: error.code,
          detail: error.message,
          errors: error.problems.map((problem) => ({ path: problem.path, message: problem.message, code: problem.code })),
        }),
      );
    }
    if (error instanceof SigningError) {
      return problemResponse(new ProblemError(422, { kind: 'signing', detail: error.message, errors: [{ path: error.path, message: error.message, code: error.code }] }));
    }
    if (error instanceof HTTPException) {
      const status = (error.status >= 400 ? error.status : 500) as ContentfulStatusCode;
      return problemResponse(new ProblemError(status, { kind: status === 413 ? 'too-large' : 'http', detail: error.message || 'the request cannot be served' }));
    }
    reportUnexpected(error);
    return problemResponse(new ProblemError(500, { kind: 'internal', detail: 'the service failed to answer this request; it has been logged' }));
  };
}
