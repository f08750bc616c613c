import { UsageError } from '../usage-error.ts';

/** A problem body as the service answers every error. */
interface Problem {
  status?: number;
  detail?: string;
  errors?: Array<{ path: string; message: string }>;
}

/** The registry refused or failed a request: its problem, ready to print. */
export class RegistryError extends Error {
  readonly status: number;
  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RegistryError';
    this.status = status;
  }
}

/** `https://lens.example.org/` + `/v1/x` → one slash between them. */
export function registryUrl(server: string, path: string): string {
  let base: URL;
  try {
    base = new URL(server);
  } catch (error) {
    throw new UsageError(`--server ${server}: not a URL (e.g. http://127.0.0.1:8787)`, { cause: error });
  }
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${path}`;
}

/**
 * Sends a request to the registry; a non-2xx answer becomes a {@link RegistryError} with the
 * problem's detail and each `errors[].path: message` on its own line.
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
    throw new RegistryError(0, `cannot reach ${url}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`, { cause: error });
  }
  if (response.ok || response.status === 304) return response;
  const text = await response.text();
  let problem: Problem = {};
  try {
    problem = JSON.parse(text) as Problem;
  } catch {
    problem = { detail: text.slice(0, 500) };
  }
  const lines = [`${response.status} ${problem.detail ?? response.statusText}`, ...(problem.errors ?? []).map((error) => `  ${error.path || '/'}: ${error.message}`)];
  throw new RegistryError(response.status, lines.join('\n'));
}
