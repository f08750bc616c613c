import { UsageError } from '../usage-error.ts';

/** A problem body as the service answers every error. */
interface Problem {
  status?: number;
  detail?: string;
  errors?: Array<{ path: string; message: string }>;
}

/**
 * Why a request to a registry failed: the server cannot be reached, it refused the request
 * (a problem body, with its status), or what answered is not a Social Lens registry.
 */
const REGISTRY_REQUEST_FAILURES = ['unreachable', 'refused', 'not-a-registry'] as const;
export type RegistryRequestFailure = (typeof REGISTRY_REQUEST_FAILURES)[number];

/** A request to a registry that failed; `refused` carries the problem, ready to print. */
export class RegistryRequestError extends Error {
  readonly code: RegistryRequestFailure;
  /** The HTTP status of a refusal; 0 when nothing answered. */
  readonly status: number;
  constructor(code: RegistryRequestFailure, status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RegistryRequestError';
    this.code = code;
    this.status = status;
  }
}

/** `https://lens.example.org/` + `/v1/x` → one slash between them. */
function registryUrl(server: string, path: string): string {
  let base: URL;
  try {
    base = new URL(server);
  } catch (error) {
    throw new UsageError(`--server ${server}: not a URL (e.g. http://127.0.0.1:8787)`, { cause: error });
  }
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${path}`;
}

function isProblem(value: unknown): value is Problem {
  return value !== null && typeof value === 'object' && typeof (value as Problem).detail === 'string';
}

/**
 * Sends a request to the registry. A problem answer (4xx/5xx with a problem body) becomes a
 * `refused` {@link RegistryRequestError} with the detail and each `errors[].path: message` on its
 * own line; no answer is `unreachable`; an answer that is no problem body is `not-a-registry`.
 *
 * @example
 * const response = await registryRequest('http://127.0.0.1:8787', '/v1/rulesets')
 */
export async function registryRequest(server: string, path: string, init: RequestInit = {}): Promise<Response> {
  const url = registryUrl(server, path);
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new RegistryRequestError('unreachable', 0, `cannot reach ${url}: ${reason}`, { cause: error });
  }
  if (response.ok || response.status === 304) return response;
  const text = await response.text();
  let problem: unknown;
  try {
    problem = JSON.parse(text);
  } catch {
    problem = undefined;
  }
  if (!isProblem(problem)) throw notARegistry(url, `${response.status} ${response.statusText}`);
  const lines = [`${response.status} ${problem.detail}`, ...(problem.errors ?? []).map((error) => `  ${error.path || '/'}: ${error.message}`)];
  throw new RegistryRequestError('refused', response.status, lines.join('\n'));
}

/**
 * The answer's body as JSON, or a `not-a-registry` {@link RegistryRequestError} when it is not
 * JSON (a web page, a proxy's error).
 *
 * @example
 * const result = await readRegistryJson<{ sha256: string }>(response)
 */
export async function readRegistryJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw notARegistry(response.url, `answered ${response.headers.get('content-type') ?? 'something'} that is not JSON`, error);
  }
}

/**
 * The error for an answer that no Social Lens registry gives.
 *
 * @example
 * throw notARegistry(response.url, 'no X-Rule-Set-Version header')
 */
export function notARegistry(url: string, what: string, cause?: unknown): RegistryRequestError {
  return new RegistryRequestError(
    'not-a-registry',
    0,
    `${url} is not a Social Lens registry (${what}); check --server`,
    cause === undefined ? undefined : { cause },
  );
}
