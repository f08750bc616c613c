import { addPublisher, createRegistryCatalogLoader, type OpenDatabase, openDatabase, publishRuleSetFolder } from '@social-lens/registry';
import { createPostgresDatabase, openTestDatabase, STORAGE_KINDS } from '@social-lens/registry/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app/create-app.ts';
import { SHIPPED_RULES_DIRECTORY } from '../src/seed/shipped-rules-directory.ts';
import { associationRuleSet, cleanRecord, jsonRequest } from '../src/testing/index.ts';

/** What a one-record check against one reference answered. */
interface Checked {
  ruleSets: string[];
  warnings: string[];
  header: string | null;
}

/** Long enough that no test sees the interval pass: what it sees, it sees because of invalidation. */
const NEVER_REFRESHED_MS = 3_600_000;
const REFRESH_MS = 200;
/** The bound of a poll for what another instance did: far past REFRESH_MS, so a loaded machine passes. */
const POLL_BOUND_MS = 20_000;

/**
 * Two databases as two instances see one storage: two connections to one PostgreSQL, or the
 * same PGlite twice (it serves one process), each app keeping its own catalog cache.
 */
async function sharedStorage(kind: 'pglite' | 'postgres'): Promise<{ databases: [OpenDatabase, OpenDatabase]; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openTestDatabase('pglite');
    return { databases: [database, database], close: () => database.close() };
  }
  const created = await createPostgresDatabase();
  const databases = await Promise.all([openDatabase({ databaseUrl: created.url }), openDatabase({ databaseUrl: created.url })]);
  return {
    databases: [databases[0]!, databases[1]!],
    close: async () => {
      for (const database of databases) await database.close();
      await created.drop();
    },
  };
}

/** Asks `probe` again every 50 ms until `done` holds or POLL_BOUND_MS have passed; its last answer. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + POLL_BOUND_MS;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await probe();
  }
  return value;
}

describe.each(STORAGE_KINDS)('the catalog cache of two instances on one %s', (kind) => {
  let storage: Awaited<ReturnType<typeof sharedStorage>>;
  let token: string;

  beforeAll(async () => {
    storage = await sharedStorage(kind);
    const { db } = storage.databases[0];
    await publishRuleSetFolder(db, createRegistryCatalogLoader(db), SHIPPED_RULES_DIRECTORY);
    token = (await addPublisher(db, 'assoc')).token;
  });
  afterAll(() => storage.close());

  const instance = (index: 0 | 1, catalogRefreshMs: number) =>
    createApp({ database: storage.databases[index], rateLimit: false, log: () => undefined, catalogRefreshMs });

  async function publish(app: ReturnType<typeof instance>, name: string, version: string): Promise<void> {
    const response = await app.request(`/v1/rulesets/assoc/${name}/${version}`, jsonRequest('PUT', associationRuleSet('assoc', name, version), token));
    expect(response.status).toBe(201);
  }

  async function deprecate(app: ReturnType<typeof instance>, name: string, version: string, message: string): Promise<void> {
    const response = await app.request(`/v1/rulesets/assoc/${name}/${version}/deprecate`, jsonRequest('POST', { message }, token));
    expect(response.status).toBe(200);
  }

  async function check(app: ReturnType<typeof instance>, reference: string): Promise<Checked> {
    const response = await app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord()], rulesets: [reference] }));
    expect(response.status).toBe(200);
    const { summary } = (await response.json()) as { summary: { ruleSets: string[]; warnings?: string[] } };
    return { ruleSets: summary.ruleSets, warnings: summary.warnings ?? [], header: response.headers.get('x-lens-warnings') };
  }

  it('sees what the other instance publishes and deprecates within its refresh interval', async () => {
    const [first, second] = [instance(0, NEVER_REFRESHED_MS), instance(1, REFRESH_MS)];
    await publish(first, 'moving', '1.0.0');
    expect((await check(second, 'assoc/moving@^1')).ruleSets).toEqual(['assoc/moving@1.0.0']);

    await publish(first, 'moving', '1.1.0');
    const published = await eventually(
      () => check(second, 'assoc/moving@^1'),
      (checked) => checked.ruleSets[0] === 'assoc/moving@1.1.0',
    );
    expect(published).toEqual({ ruleSets: ['assoc/moving@1.1.0'], warnings: [], header: null });

    await deprecate(first, 'moving', '1.1.0', 'Koristite 2.0 — nova linija');
    const deprecated = await eventually(
      () => check(second, 'assoc/moving@^1'),
      (checked) => checked.warnings.length > 0,
    );
    expect(deprecated).toEqual({
      ruleSets: ['assoc/moving@1.1.0'],
      warnings: ['assoc/moving@1.1.0 is deprecated: Koristite 2.0 — nova linija'],
      header: 'assoc/moving@1.1.0 is deprecated: Koristite 2.0 \\u2014 nova linija',
    });
  });

  it('sees at once what it publishes and deprecates itself, whatever its interval', async () => {
    const only = instance(0, NEVER_REFRESHED_MS);
    await publish(only, 'local', '1.0.0');
    expect((await check(only, 'assoc/local@^1')).ruleSets).toEqual(['assoc/local@1.0.0']);
    await publish(only, 'local', '1.1.0');
    expect((await check(only, 'assoc/local@^1')).ruleSets).toEqual(['assoc/local@1.1.0']);
    await deprecate(only, 'local', '1.1.0', 'use 1.2');
    expect(await check(only, 'assoc/local@^1')).toMatchObject({
      warnings: ['assoc/local@1.1.0 is deprecated: use 1.2'],
      header: 'assoc/local@1.1.0 is deprecated: use 1.2',
    });
  });

  it('warns of a deprecated version a rule set extends, not only of its own', async () => {
    const only = instance(0, NEVER_REFRESHED_MS);
    await deprecate(only, 'local', '1.0.0', 'use 1.1');
    // A member's rule set that adds nothing to assoc/local@1.0.0: its tests are those of the rules it inherits.
    const { ruleset, tests } = associationRuleSet('assoc', 'member', '1.0.0');
    const { params: _params, overrides: _overrides, ...own } = ruleset;
    const inherited = ((tests as Record<string, unknown>)['cases'] as Array<{ rule: string }>).filter((testCase) => testCase.rule.startsWith('core/'));
    const member = { ruleset: { ...own, extends: ['assoc/local@1.0.0'], rules: [] }, tests: { ...tests, cases: inherited } };
    const published = await only.request('/v1/rulesets/assoc/member/1.0.0', jsonRequest('PUT', member, token));
    expect(published.status).toBe(201);
    expect((await check(only, 'assoc/member@^1')).warnings).toEqual(['assoc/local@1.0.0 is deprecated: use 1.1']);
  });

  it('answers from its cache until the interval has passed, and reads the registry at every check with an interval of 0', async () => {
    const [first, cached, uncached] = [instance(0, NEVER_REFRESHED_MS), instance(1, NEVER_REFRESHED_MS), instance(1, 0)];
    await publish(first, 'pinned', '1.0.0');
    expect((await check(cached, 'assoc/pinned@^1')).ruleSets).toEqual(['assoc/pinned@1.0.0']);
    await publish(first, 'pinned', '1.1.0');
    expect((await check(cached, 'assoc/pinned@^1')).ruleSets).toEqual(['assoc/pinned@1.0.0']);
    expect((await check(uncached, 'assoc/pinned@^1')).ruleSets).toEqual(['assoc/pinned@1.1.0']);
  });
});
