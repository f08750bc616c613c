import { ServiceEnvironmentError } from './service-environment-error.ts';
import type { RateLimitOptions, ServiceLimits } from './service-options.ts';
import { DEFAULT_CATALOG_REFRESH_MS, DEFAULT_RATE_LIMIT } from './service-options.ts';

/** The service's settings as read from environment variables (all optional). */
export interface ServiceEnvironment {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  limits: Partial<ServiceLimits>;
  rateLimit: RateLimitOptions | false;
  corsOrigins: string[] | '*';
  trustProxy: boolean;
  seedRuleSets: boolean;
  catalogRefreshMs: number;
}

function number(environment: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = environment[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new ServiceEnvironmentError(name, `${name}=${text}: expected a non-negative number`);
  return value;
}

/**
 * Reads `PORT` (8787), `HOST` (127.0.0.1), `DATABASE_URL`, `DATA_DIR` (./.data), `MAX_BODY_BYTES`,
 * `MAX_RECORDS`, `MAX_OBJECTIVES`, `MAX_OBJECTIVE_LENGTH`, `MAX_FINDINGS`, `MAX_FINDINGS_PER_RECORD`, `MAX_PUBLISH_MS`, `MAX_PUBLISH_MEMORY_MB`, `RATE_LIMIT_WINDOW_MS`,
 * `RATE_LIMIT_PER_ADDRESS`, `RATE_LIMIT_PER_TOKEN` (0 turns limiting off), `CORS_ORIGINS`
 * (comma-separated, `*` by default), `TRUST_PROXY=1`, `SEED_RULE_SETS=0`, `CATALOG_REFRESH_MS` (1,000; 0: no
 * catalog cache). A number it cannot
 * read is a {@link ServiceEnvironmentError}.
 *
 * @example
 * const settings = readServiceEnvironment(process.env)
 */
export function readServiceEnvironment(environment: NodeJS.ProcessEnv): ServiceEnvironment {
  const limits: Partial<ServiceLimits> = {};
  const bodyBytes = number(environment, 'MAX_BODY_BYTES');
  const records = number(environment, 'MAX_RECORDS');
  const objectives = number(environment, 'MAX_OBJECTIVES');
  const objectiveLength = number(environment, 'MAX_OBJECTIVE_LENGTH');
  if (bodyBytes !== undefined) limits.bodyBytes = bodyBytes;
  if (records !== undefined) limits.records = records;
  if (objectives !== undefined) limits.objectives = objectives;
  if (objectiveLength !== undefined) limits.objectiveLength = objectiveLength;
  const findingsPerRequest = number(environment, 'MAX_FINDINGS');
  const findingsPerRecord = number(environment, 'MAX_FINDINGS_PER_RECORD');
  if (findingsPerRequest !== undefined) limits.findingsPerRequest = findingsPerRequest;
  if (findingsPerRecord !== undefined) limits.findingsPerRecord = findingsPerRecord;
  const publishMs = number(environment, 'MAX_PUBLISH_MS');
  const publishMemoryMb = number(environment, 'MAX_PUBLISH_MEMORY_MB');
  if (publishMs !== undefined) limits.publishMs = publishMs;
  if (publishMemoryMb !== undefined) limits.publishMemoryMb = publishMemoryMb;
  const perAddress = number(environment, 'RATE_LIMIT_PER_ADDRESS') ?? DEFAULT_RATE_LIMIT.perAddress;
  const perToken = number(environment, 'RATE_LIMIT_PER_TOKEN') ?? DEFAULT_RATE_LIMIT.perToken;
  const origins = environment['CORS_ORIGINS']
    ?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    port: number(environment, 'PORT') ?? 8787,
    host: environment['HOST'] || '127.0.0.1',
    databaseUrl: environment['DATABASE_URL'] || undefined,
    dataDir: environment['DATA_DIR'] || './.data',
    limits,
    rateLimit:
      perAddress === 0 || perToken === 0
        ? false
        : { windowMs: number(environment, 'RATE_LIMIT_WINDOW_MS') ?? DEFAULT_RATE_LIMIT.windowMs, perAddress, perToken },
    corsOrigins: !origins || origins.length === 0 || origins.includes('*') ? '*' : origins,
    trustProxy: environment['TRUST_PROXY'] === '1' || environment['TRUST_PROXY'] === 'true',
    seedRuleSets: environment['SEED_RULE_SETS'] !== '0',
    catalogRefreshMs: number(environment, 'CATALOG_REFRESH_MS') ?? DEFAULT_CATALOG_REFRESH_MS,
  };
}
