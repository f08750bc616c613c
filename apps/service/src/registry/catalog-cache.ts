import { createBoundedCache, type Database, type RegistryCatalog, type RegistryCatalogLoader, versionsGeneration } from '@social-lens/registry';

/** The registry catalogs the checks resolve against, kept in memory between requests. */
export interface CatalogCache {
  /** What `loader.catalogFor(ruleSetIds)` gives, from memory while the registry's versions are unchanged. */
  catalogFor(ruleSetIds: readonly string[]): Promise<RegistryCatalog>;
  /** Forgets every catalog at once: this instance has just published or deprecated a version. */
  invalidate(): void;
}

export interface CatalogCacheOptions {
  /** At most this long between two looks at the registry's {@link versionsGeneration}; 0 reads the catalog at every call. */
  refreshMs: number;
}

/**
 * Caches catalogs by the rule sets asked for. At most every `refreshMs` one call asks the
 * database for the versions generation (a count, not the versions); only when it changed, that
 * is when another instance on the same database has published or deprecated, are the catalogs
 * read again. Calls arriving during that look wait for it, so none answers from a catalog older
 * than the last look. Concurrent calls for the same rule sets share one read.
 *
 * @example
 * const catalogs = createCatalogCache(db, createRegistryCatalogLoader(db), { refreshMs: 1_000 })
 * const { catalog, deprecated } = await catalogs.catalogFor(['core/client-data'])
 */
export function createCatalogCache(db: Database, loader: RegistryCatalogLoader, options: CatalogCacheOptions): CatalogCache {
  if (options.refreshMs <= 0) return { catalogFor: (ruleSetIds) => loader.catalogFor(ruleSetIds), invalidate: () => undefined };
  // A request may name any rule sets, known or not: past a few hundred sets of names, the oldest go.
  const newCatalogs = () => createBoundedCache<string, Promise<RegistryCatalog>>(200);
  let catalogs = newCatalogs();
  let generation: string | undefined;
  let lookedAt = Number.NEGATIVE_INFINITY;
  let looking: Promise<void> | undefined;

  async function lookAtGeneration(): Promise<void> {
    try {
      const current = await versionsGeneration(db);
      if (current !== generation) {
        catalogs = newCatalogs();
        generation = current;
      }
    } catch (error) {
      // The next call looks again instead of trusting the cache for another interval.
      lookedAt = Number.NEGATIVE_INFINITY;
      throw error;
    } finally {
      looking = undefined;
    }
  }

  function revalidated(): Promise<void> | undefined {
    if (looking || performance.now() - lookedAt < options.refreshMs) return looking;
    lookedAt = performance.now();
    looking = lookAtGeneration();
    return looking;
  }

  return {
    async catalogFor(ruleSetIds) {
      await revalidated();
      const key = [...new Set(ruleSetIds)].sort().join(' ');
      const held = catalogs;
      const cached = held.get(key);
      if (cached) return cached;
      const loading = loader.catalogFor(ruleSetIds);
      held.set(key, loading);
      loading.catch(() => {
        if (held.get(key) === loading) held.delete(key);
      });
      return loading;
    },
    invalidate() {
      catalogs = newCatalogs();
      lookedAt = Number.NEGATIVE_INFINITY;
    },
  };
}
