/**
 * Storage of the Social Lens rule-set registry, for the service and `lens admin`: opening the
 * database (PGlite in a data folder, or PostgreSQL), publishers and their tokens and keys,
 * rule-set versions and publishing, request counters, the audit log. Every error is a
 * {@link RegistryError} with a code.
 */
export { createBoundedCache } from './bounded-cache.ts';
export { createPgliteTemplate } from './database/create-pglite-template.ts';
export type { Database, OpenDatabase } from './database/database.ts';
export { type DataFolderLock, lockDataFolder } from './database/lock-data-folder.ts';
export { MIGRATIONS_FOLDER } from './database/migrations-folder.ts';
export { type OpenDatabaseOptions, openDatabase } from './database/open-database.ts';
export { pingDatabase } from './database/ping-database.ts';
export { type AddedPublisher, type AddPublisherOptions, addPublisher } from './publishers/add-publisher.ts';
export { authenticateToken, type TokenOwner } from './publishers/publisher-token.ts';
export { activePublisherKeys, addPublisherKey, ensurePublisher, findPublisher, type Publisher } from './publishers/publishers.ts';
export { createRequestCounter, type RequestCounter } from './rate-limits/request-counter.ts';
export { REGISTRY_ERROR_CODES, RegistryError, type RegistryErrorCode, type RegistryErrorOptions, type RegistryProblem } from './registry-error.ts';
export { type PublishRequest, type PublishResult, type PublishTarget, publishRuleSet } from './versions/publish-rule-set.ts';
export { publishRuleSetFolder, type SeedReport } from './versions/publish-rule-set-folder.ts';
export { inProcessVetting, type PublishVetting } from './versions/publish-vetting.ts';
export { createRegistryCatalogLoader, type RegistryCatalog, type RegistryCatalogLoader } from './versions/registry-catalog.ts';
export {
  deprecateVersion,
  findVersion,
  listRuleSets,
  listVersions,
  type RuleSetSummary,
  type StoredVersion,
  type VersionSummary,
} from './versions/rule-set-versions.ts';
export { versionsGeneration } from './versions/versions-generation.ts';
export { createWorkerVetting, type WorkerVettingOptions } from './versions/worker-vetting.ts';
