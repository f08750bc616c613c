import type { OpenDatabase } from '@social-lens/registry';

/** Sizes the service accepts; each one is answered 413 or 422 with a problem body when passed. */
export interface ServiceLimits {
  /** Bytes of a request body (413). */
  bodyBytes: number;
  /** Records in one `POST /v1/records/check` (413). */
  records: number;
  /** Objectives in one `POST /v1/objectives/check` (413). */
  objectives: number;
  /** Characters of one objective's text (422). */
  objectiveLength: number;
  /** Findings in one records-check answer; the rest are counted and the summary says `truncated`. */
  findingsPerRequest: number;
  /** Findings of one record in an answer; the rest are counted and the summary says `truncated`. */
  findingsPerRecord: number;
  /** Milliseconds a publish's validation, resolution and scenario tests may take, in their worker thread (422 past it). */
  publishMs: number;
  /** Megabytes of heap that worker may use (422 past it). */
  publishMemoryMb: number;
}

export interface RateLimitOptions {
  windowMs: number;
  /** Requests to `/v1/…` per client address and window. */
  perAddress: number;
  /** Authenticated requests per publisher token and window. */
  perToken: number;
}

export interface ServiceOptions {
  database: OpenDatabase;
  limits?: Partial<ServiceLimits>;
  /** `false` turns rate limiting off (benchmarks, a service behind a gateway that limits). */
  rateLimit?: RateLimitOptions | false;
  /** Origins allowed to call the service from a browser; `*` by default. */
  corsOrigins?: readonly string[] | '*';
  /** Take the client address from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** Where the one-JSON-line-per-request log goes; standard output by default. */
  log?: (line: string) => void;
  /**
   * At most this many milliseconds before a check sees a version another instance published or
   * deprecated (the catalog cache's re-validation interval); 0 reads the registry at every check.
   */
  catalogRefreshMs?: number;
}

export const DEFAULT_CATALOG_REFRESH_MS = 1_000;

export const DEFAULT_LIMITS: ServiceLimits = {
  bodyBytes: 10 * 1024 * 1024,
  records: 50_000,
  objectives: 100,
  objectiveLength: 2_000,
  findingsPerRequest: 10_000,
  findingsPerRecord: 100,
  publishMs: 30_000,
  publishMemoryMb: 1_024,
};

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { windowMs: 60_000, perAddress: 6_000, perToken: 600 };
