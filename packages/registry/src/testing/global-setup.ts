import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPgliteTemplate } from '../database/create-pglite-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    testDatabaseUrl: string;
  }
}

/**
 * Vitest global setup of every package whose tests open databases: once per test run, a migrated
 * PGlite dump every test file starts its database from (a fresh PGlite spends seconds in initdb),
 * and the PostgreSQL URL, which CI must provide.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { globalSetup: ['./test/global-setup.ts'] } })
 * // test/global-setup.ts
 * export { default } from '@social-lens/registry/testing/global-setup'
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env['TEST_DATABASE_URL'] ?? '';
  if (!url && process.env['CI']) throw new Error('TEST_DATABASE_URL is not set: in CI the storage tests must run against PostgreSQL (.ci/run starts one)');
  const path = join(tmpdir(), `social-lens-pglite-template-${process.pid}-${Date.now()}.tar`);
  writeFileSync(path, new Uint8Array(await (await createPgliteTemplate()).arrayBuffer()));
  project.provide('pgliteTemplatePath', path);
  project.provide('testDatabaseUrl', url);
}
