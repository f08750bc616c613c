/** The Social Lens service: build the app, start it. Its storage is `@social-lens/registry`. */

export { createOpenApiDocument } from './api/openapi-document.ts';
export type { AppEnv, AppServices } from './app/app-env.ts';
export { createApp } from './app/create-app.ts';
export { readServiceEnvironment, type ServiceEnvironment } from './app/read-service-environment.ts';
export { DEFAULT_LIMITS, DEFAULT_RATE_LIMIT, type RateLimitOptions, type ServiceLimits, type ServiceOptions } from './app/service-options.ts';
export { SHIPPED_RULES_DIRECTORY } from './seed/shipped-rules-directory.ts';
export { type RunningService, type StartServiceOptions, startService } from './start-service.ts';
