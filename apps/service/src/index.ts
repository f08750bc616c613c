/** The Social Lens service: build the app, open its database, start it. */
export { createApp } from './app/create-app.ts';
export type { AppEnv, AppServices } from './app/app-env.ts';
export { DEFAULT_LIMITS, DEFAULT_RATE_LIMIT, type RateLimitOptions, type ServiceLimits, type ServiceOptions } from './app/service-options.ts';
export { readServiceEnvironment, type ServiceEnvironment } from './app/read-service-environment.ts';
export type { Database, OpenDatabase } from './db/database.ts';
export { createPgliteTemplate, MIGRATIONS_FOLDER, openDatabase, type OpenDatabaseOptions } from './db/open-database.ts';
export { createOpenApiDocument } from './api/openapi-document.ts';
export { publishShippedRuleSets, SHIPPED_RULES_DIRECTORY, type SeedReport } from './seed/publish-shipped-rule-sets.ts';
export { startService, type RunningService, type StartServiceOptions } from './start-service.ts';
