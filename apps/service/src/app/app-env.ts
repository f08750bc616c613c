import type { Database, PublishVetting, RegistryCatalogLoader, TokenOwner } from '@social-lens/registry';
import type { CatalogCache } from '../registry/catalog-cache.ts';
import type { ServiceLimits } from './service-options.ts';

/** What every route can reach: the database, the per-instance caches of immutable things and the re-validated catalogs. */
export interface AppServices {
  db: Database;
  databaseKind: 'pglite' | 'postgres';
  /** Reads catalogs from the database at each call: for publishing, which must see every base. */
  loader: RegistryCatalogLoader;
  /** The catalogs the checks resolve against, re-validated every `catalogRefreshMs`. */
  catalogs: CatalogCache;
  limits: ServiceLimits;
  /** A new vetting for each publish: a worker thread within `limits.publishMs` and `limits.publishMemoryMb`. */
  publishVetting: () => PublishVetting;
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
