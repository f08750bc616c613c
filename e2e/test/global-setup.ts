// The registry's global setup: a migrated PGlite template and the PostgreSQL URL for every test file.
export { default } from '@social-lens/registry/testing/global-setup';
