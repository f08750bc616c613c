/**
 * Helpers for tests that open registry databases (PGlite and, with `TEST_DATABASE_URL`,
 * PostgreSQL); use with the global setup `@social-lens/registry/testing/global-setup`.
 */
export { createPostgresDatabase, openTestDatabase, pgliteTemplate, STORAGE_KINDS } from './test-database.ts';
