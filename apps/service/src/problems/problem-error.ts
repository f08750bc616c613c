import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One thing wrong with a request, where in it (JSON Pointer into the body, or `query.x`, `line 12`). */
export interface ProblemItem {
  path: string;
  message: string;
  code?: string;
}

/** An RFC 9457 problem body, as every error of the service is answered. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemItem[];
}

/**
 * Every kind of problem the service answers with: the code of a {@link ProblemError}, and the
 * last part of its `type` URI (`https://social-lens.org/problems/{kind}`). A fixed list.
 */
const PROBLEM_KINDS = [
  'body-too-large',
  'forbidden',
  'http',
  'internal',
  'invalid-body',
  'invalid-input',
  'invalid-parameters',
  'invalid-publisher',
  'invalid-query',
  'invalid-range',
  'invalid-rule-set',
  'invalid-version',
  'malformed-csv',
  'malformed-json',
  'method-not-allowed',
  'no-version-in-range',
  'not-found',
  'objective-too-long',
  'publisher-exists',
  'rate-limited',
  'signing',
  'too-deep',
  'too-large',
  'too-many-objectives',
  'too-many-records',
  'unauthorized',
  'unavailable',
  'unknown-publisher',
  'unknown-rule-set',
  'unknown-version',
  'unsupported-media-type',
  'version-exists',
  'widget-not-built',
  'wrong-subject',
] as const;

export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ProblemErrorOptions {
  /** Short, stable kind of problem; becomes the `type` URI (`…/problems/{kind}`). */
  kind: ProblemKind;
  detail: string;
  errors?: ProblemItem[];
  headers?: Record<string, string>;
  cause?: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/**
 * The service's one error type: an HTTP status, a {@link ProblemKind} and the problem body. The
 * routes throw it; `app.onError` (see `createErrorHandler`) turns it, and every error of the
 * registry and the rules package (by code), into `application/problem+json`.
 *
 * @example
 * throw new ProblemError(422, { kind: 'invalid-body', detail: 'the body does not match the schema', errors: [{ path: '/records/0', message: 'expected object' }] })
 */
export class ProblemError extends HTTPException {
  readonly kind: ProblemKind;
  readonly body: ProblemBody;
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, options: ProblemErrorOptions) {
    super(status, { message: options.detail, cause: options.cause });
    this.name = 'ProblemError';
    this.kind = options.kind;
    this.headers = options.headers ?? {};
    this.body = {
      type: `https://social-lens.org/problems/${options.kind}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail: options.detail,
      ...(options.errors && options.errors.length > 0 ? { errors: options.errors } : {}),
    };
  }
}

/**
 * The `application/problem+json` response for a problem body.
 *
 * @example
 * return problemResponse(new ProblemError(404, { kind: 'not-found', detail: 'no route GET /x' }))
 */
export function problemResponse(problem: ProblemError): Response {
  return new Response(JSON.stringify(problem.body), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...problem.headers },
  });
}
