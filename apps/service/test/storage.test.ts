import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPublisher } from '../src/admin/add-publisher.ts';
import { createApp } from '../src/app/create-app.ts';
import type { OpenDatabase } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { createRegistryCatalogLoader } from '../src/registry/registry-catalog.ts';
import { listVersions } from '../src/registry/rule-set-versions.ts';
import { publishShippedRuleSets } from '../src/seed/publish-shipped-rule-sets.ts';
import { associationRuleSet } from './fixtures.ts';
import { createPostgresDatabase, pgliteTemplate, STORAGE_KINDS } from './test-database.ts';
import { jsonRequest } from './test-service.ts';

/** Opens the same database again and again (a restart), and removes it at the end. */
async function reopenableDatabase(kind: 'pglite' | 'postgres'): Promise<{ open(): Promise<OpenDatabase>; remove(): Promise<void> }> {
  if (kind === 'pglite') {
    const folder = mkdtempSync(join(tmpdir(), 'lens-pglite-'));
    const dataDir = join(folder, 'data');
    let first = true;
    return {
      open: () => {
        const template = first ? pgliteTemplate() : undefined;
        first = false;
        return openDatabase({ dataDir, pgliteTemplate: template });
      },
      remove: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const created = await createPostgresDatabase();
  return { open: () => openDatabase({ databaseUrl: created.url }), remove: () => created.drop() };
}

const appOn = (database: OpenDatabase) => createApp({ database, rateLimit: false, log: () => undefined });

describe.each(STORAGE_KINDS)('storage on %s', (kind) => {
  let store: Awaited<ReturnType<typeof reopenableDatabase>>;
  let database: OpenDatabase;
  let token: string;
  let firstSeed: Awaited<ReturnType<typeof publishShippedRuleSets>>;

  beforeAll(async () => {
    store = await reopenableDatabase(kind);
    database = await store.open();
    firstSeed = await publishShippedRuleSets(database.db, createRegistryCatalogLoader(database.db));
    token = (await addPublisher(database.db, 'assoc')).token;
  });
  afterAll(async () => {
    await database.close();
    await store.remove();
  });

  it('publishes the shipped rule sets once: a second start changes nothing', async () => {
    const again = await publishShippedRuleSets(database.db, createRegistryCatalogLoader(database.db));
    expect(firstSeed.created).toEqual(expect.arrayContaining(['core/client-data@1.0.0', 'examples/national@2.1.0']));
    expect(again.created).toEqual([]);
    expect(again.unchanged.sort()).toEqual(firstSeed.created.sort());
    expect(again.failed.map((failure) => failure.ruleSet)).toEqual(firstSeed.failed.map((failure) => failure.ruleSet));
  });

  it('lands all of 50 concurrent publishes of distinct versions', async () => {
    const app = appOn(database);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => app.request(`/v1/rulesets/assoc/many/1.0.${index}`, jsonRequest('PUT', associationRuleSet('assoc', 'many', `1.0.${index}`), token))),
    );
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 50 }, () => 201));
    const versions = await listVersions(database.db, ['assoc/many']);
    expect(versions).toHaveLength(50);
    expect(new Set(versions.map((version) => version.version)).size).toBe(50);
  });

  it('gives exactly one success and 49 conflicts for 50 concurrent publishes of one version with different contents', async () => {
    const app = appOn(database);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        app.request('/v1/rulesets/assoc/contested/1.0.0', jsonRequest('PUT', associationRuleSet('assoc', 'contested', '1.0.0', { title: `Contested ${index}` }), token)),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect(await listVersions(database.db, ['assoc/contested'])).toHaveLength(1);
  });

  it('keeps publishers, tokens and versions across a restart', async () => {
    const app = appOn(database);
    const published = await app.request('/v1/rulesets/assoc/durable/1.0.0', jsonRequest('PUT', associationRuleSet('assoc', 'durable', '1.0.0'), token));
    expect(published.status).toBe(201);
    const etag = published.headers.get('etag');
    await database.close();
    database = await store.open();
    const restarted = appOn(database);
    const fetched = await restarted.request('/v1/rulesets/assoc/durable/%5E1');
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('etag')).toBe(etag);
    const next = await restarted.request('/v1/rulesets/assoc/durable/1.1.0', jsonRequest('PUT', associationRuleSet('assoc', 'durable', '1.1.0'), token));
    expect(next.status).toBe(201);
  });

  it.runIf(kind === 'pglite')('refuses to open an embedded database another process (or this one) holds', async () => {
    await expect(store.open()).rejects.toThrow(/is in use by process \d+ \(a running service\?\)/);
  });

  it.runIf(kind === 'postgres')('serves several instances from one PostgreSQL: what one publishes, the other resolves', async () => {
    const second = await store.open();
    try {
      const [first, other] = [appOn(database), appOn(second)];
      expect((await first.request('/v1/rulesets/assoc/shared/2.0.0', jsonRequest('PUT', associationRuleSet('assoc', 'shared', '2.0.0'), token))).status).toBe(201);
      const check = await other.request('/v1/records/check', jsonRequest('POST', { records: [{ clientId: 'C1' }], rulesets: ['assoc/shared@^2'] }));
      expect(check.status).toBe(200);
      expect(((await check.json()) as { summary: { ruleSets: string[] } }).summary.ruleSets).toEqual(['assoc/shared@2.0.0']);
    } finally {
      await second.close();
    }
  });
});
