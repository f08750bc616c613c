import { RegistryError, type RegistryErrorCode } from '@social-lens/registry';
import { type ProblemCode, RecordsInputError, RuleSetError, RulesError, SigningError, VocabularyError } from '@social-lens/rules';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app/app-env.ts';
import { isClientGone } from './client-gone.ts';
import { ProblemError, type ProblemItem, type ProblemKind, problemResponse } from './problem-error.ts';

/** nginx's status for a request the client closed before the answer: no client sees it, the log does. */
const CLIENT_CLOSED_REQUEST = 499;

/** How each registry error is answered: every code has its status and problem kind. */
const REGISTRY_PROBLEMS = {
  'invalid-rule-set': [422, 'invalid-rule-set'],
  'url-mismatch': [422, 'invalid-rule-set'],
  'subject-mismatch': [422, 'invalid-rule-set'],
  'tests-missing': [422, 'invalid-rule-set'],
  'tests-failed': [422, 'invalid-rule-set'],
  'signature-missing': [422, 'invalid-rule-set'],
  'signature-invalid': [422, 'invalid-rule-set'],
  'version-exists': [409, 'version-exists'],
  'invalid-publisher-name': [422, 'invalid-publisher'],
  'publisher-exists': [409, 'publisher-exists'],
  'data-folder-locked': [503, 'unavailable'],
  'database-unavailable': [503, 'unavailable'],
} as const satisfies Record<RegistryErrorCode, readonly [ContentfulStatusCode, ProblemKind]>;

/** Rule-set problems that mean "not in the registry" (404); every other code is a 422. */
const NOT_FOUND_CODES: ReadonlySet<string> = new Set<ProblemCode>(['unknown-rule-set', 'no-version-in-range']);

function fromRegistryError(error: RegistryError): ProblemError {
  const [status, kind] = REGISTRY_PROBLEMS[error.code];
  // Which server or folder is down is for the log, not for the client.
  const detail = status === 503 ? 'the database is not available; try again later' : error.message;
  return new ProblemError(status, { kind, detail, errors: status === 503 ? [] : [...error.problems], cause: error });
}

function fromRulesError(error: RulesError): ProblemError {
  if (error instanceof RuleSetError) {
    const notFound = error.problems.length > 0 && error.problems.every((problem) => NOT_FOUND_CODES.has(problem.code));
    return new ProblemError(notFound ? 404 : 422, {
      kind: notFound ? 'unknown-rule-set' : 'invalid-rule-set',
      detail: error.message,
      errors: error.problems.map((problem) => ({ path: problem.path, message: `${problem.document}: ${problem.message}`, code: problem.code })),
      cause: error,
    });
  }
  // Errors of the rules package about what a request sent (records input, parameters) carry their code, and a path when they know it.
  const path = 'path' in error && typeof error.path === 'string' ? error.path : '/';
  return new ProblemError(NOT_FOUND_CODES.has(error.code) ? 404 : 422, {
    kind: 'invalid-input',
    detail: error.message,
    errors: [{ path, message: error.message, code: error.code }],
    cause: error,
  });
}

/** The problem an error stands for, or undefined for an error nothing foresaw (a bug: 500). */
function problemOf(error: unknown): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error instanceof RegistryError) return fromRegistryError(error);
  // Before RulesError: a vocabulary is part of a rule set, whichever class it extends.
  if (error instanceof VocabularyError) {
    const item: ProblemItem = { path: error.path, message: error.message, code: error.code };
    return new ProblemError(422, { kind: 'invalid-rule-set', detail: error.message, errors: [item], cause: error });
  }
  if (error instanceof RecordsInputError) {
    // A charset nobody decodes is about the media type (415); everything else in an export or its options, 422.
    const errors = error.problems.map((problem) => ({ path: problem.path || '/', message: problem.message, code: problem.code }));
    const unsupported = error.code === 'unknown-encoding';
    return new ProblemError(unsupported ? 415 : 422, {
      kind: unsupported ? 'unsupported-media-type' : 'invalid-input',
      detail: error.message,
      errors,
      cause: error,
    });
  }
  if (error instanceof RulesError) return fromRulesError(error);
  if (error instanceof SigningError)
    return new ProblemError(422, {
      kind: 'signing',
      detail: error.message,
      errors: [{ path: error.path, message: error.message, code: error.code }],
      cause: error,
    });
  if (error instanceof HTTPException) {
    const status = (error.status >= 400 ? error.status : 500) as ContentfulStatusCode;
    return new ProblemError(status, { kind: status === 413 ? 'too-large' : 'http', detail: error.message || 'the request cannot be served', cause: error });
  }
  return undefined;
}

/**
 * The one place where errors become `application/problem+json`: the service's own
 * {@link ProblemError}; registry errors by their code (a refused publish 422 with every problem's
 * JSON path, an existing version 409, an unavailable database 503); rules-package errors by class
 * and code (an unknown rule set 404, an invalid one 422); signing errors 422; Hono's
 * `HTTPException`; anything else a 500 that says nothing of the inside. 503s and 500s are
 * reported with their cause. A client that went away mid-request is no error: 499 in the log
 * line (`aborted: 1`), nothing reported.
 *
 * @example
 * app.onError(createErrorHandler((error) => console.error(error)))
 */
export function createErrorHandler(reportUnexpected: (error: unknown) => void): ErrorHandler<AppEnv> {
  return function onError(error, c) {
    if (isClientGone(error, c.req.raw)) {
      // Set by the request log, which is not on every app (unit tests of this handler).
      const counts = c.get('logCounts') as Record<string, number> | undefined;
      if (counts) counts['aborted'] = 1;
      return new Response(null, { status: CLIENT_CLOSED_REQUEST });
    }
    const problem = problemOf(error);
    if (problem && problem.status < 500) return problemResponse(problem);
    reportUnexpected(error);
    return problemResponse(problem ?? new ProblemError(500, { kind: 'internal', detail: 'the service failed to answer this request; it has been logged' }));
  };
}
