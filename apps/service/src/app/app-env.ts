import type { Database, RegistryCatalogLoader, TokenOwner } from '@social-lens/registry';
import type { ServiceLimits } from './service-options.ts';

/** What every route can reach: the database and the per-instance caches of immutable things. */
export interface AppServices {
  db: Database;
  databaseKind: 'pglite' | 'postgres';
  loader: RegistryCatalogLoader;
  limits: ServiceLimits;
}

/** Hono environment of the service's app. */
export interface AppEnv {
  Variables: {
    services: AppServices;
    /** Counts for the request's log line (records, findings, objectives); never contents. */
    logCounts: Record<string, number>;
    owner: TokenOwner;
    clientAddress: string;
  };
}
