import { createRuleSetCatalog, parseRuleSetReference, type RuleSetCatalog, type RuleSetDocument } from '@social-lens/rules';
import { createBoundedCache } from '../bounded-cache.ts';
import type { Database } from '../database/database.ts';
import { contentsBySha256, listVersions } from './rule-set-versions.ts';

/** A catalog of registry documents and a fingerprint of exactly which versions it holds. */
export interface RegistryCatalog {
  catalog: RuleSetCatalog;
  /** The hashes of the documents held, sorted and joined: equal fingerprints, equal catalogs. */
  fingerprint: string;
  /** The deprecated versions among those held, by `id@version`, with the publisher's message if any. */
  deprecated: ReadonlyMap<string, string | null>;
}

export interface RegistryCatalogLoader {
  /**
   * A catalog holding every version of the given rule sets and of all they extend, read from
   * the database now (so versions published by another instance are seen). `extra` documents,
   * e.g. one being published, are added on top and make the result uncached.
   */
  catalogFor(ruleSetIds: readonly string[], extra?: readonly RuleSetDocument[]): Promise<RegistryCatalog>;
}

function extendedIds(document: RuleSetDocument): string[] {
  return (document.extends ?? []).map((reference) => parseRuleSetReference(reference).id);
}

/**
 * Loads catalogs from the registry, caching parsed documents by hash and built catalogs by
 * fingerprint; each call still asks the database which versions exist.
 *
 * @example
 * const { catalog } = await createRegistryCatalogLoader(db).catalogFor(['assoc/national'])
 * resolveRuleSet(catalog, 'assoc/national@^2')
 */
export function createRegistryCatalogLoader(db: Database): RegistryCatalogLoader {
  const documents = createBoundedCache<string, RuleSetDocument>(2_000);
  const catalogs = createBoundedCache<string, RuleSetCatalog>(200);
  return {
    async catalogFor(ruleSetIds, extra = []) {
      const seen = new Set<string>();
      const held = new Map<string, RuleSetDocument>();
      const deprecated = new Map<string, string | null>();
      let pending = [...new Set([...ruleSetIds, ...extra.flatMap(extendedIds)])];
      while (pending.length > 0) {
        for (const id of pending) seen.add(id);
        const versions = await listVersions(db, pending);
        const missing = versions.map((version) => version.sha256).filter((hash) => !documents.has(hash));
        for (const [hash, content] of await contentsBySha256(db, missing)) documents.set(hash, JSON.parse(content) as RuleSetDocument);
        const next = new Set<string>();
        for (const version of versions) {
          const document = documents.get(version.sha256);
          if (!document) continue;
          held.set(version.sha256, document);
          if (version.deprecatedAt) deprecated.set(`${version.ruleSetId}@${version.version}`, version.deprecationMessage);
          for (const id of extendedIds(document)) if (!seen.has(id)) next.add(id);
        }
        pending = [...next];
      }
      const fingerprint = [...held.keys()].sort().join(',');
      if (extra.length === 0) {
        const cached = catalogs.get(fingerprint);
        if (cached) return { catalog: cached, fingerprint, deprecated };
      }
      const own = [...held.values()].filter((document) => !extra.some((e) => e.id === document.id && e.version === document.version));
      const all = [...own, ...extra];
      const catalog = createRuleSetCatalog(
        all,
        all.map((document) => `${document.id}@${document.version}`),
      );
      if (extra.length === 0) catalogs.set(fingerprint, catalog);
      return { catalog, fingerprint: extra.length === 0 ? fingerprint : `${fingerprint}+extra`, deprecated };
    },
  };
}
