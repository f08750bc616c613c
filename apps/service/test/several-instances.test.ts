import { addPublisher, createRegistryCatalogLoader, type OpenDatabase, openDatabase, publishRuleSetFolder } from '@social-lens/registry';
import { createPostgresDatabase, STORAGE_KINDS } from '@social-lens/registry/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app/create-app.ts';
import { SHIPPED_RULES_DIRECTORY } from '../src/seed/shipped-rules-directory.ts';
import { associationRuleSet, jsonRequest } from '../src/testing/index.ts';

describe.runIf(STORAGE_KINDS.includes('postgres'))('several instances behind a load balancer, on one PostgreSQL', () => {
  let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let databases: OpenDatabase[];
  let token: string;

  beforeAll(async () => {
    created = await createPostgresDatabase();
    // Instances starting together migrate one at a time.
    databases = await Promise.all([openDatabase({ databaseUrl: created.url }), openDatabase({ databaseUrl: created.url })]);
    await publishRuleSetFolder(databases[0]!.db, createRegistryCatalogLoader(databases[0]!.db), SHIPPED_RULES_DIRECTORY);
    token = (await addPublisher(databases[0]!.db, 'assoc')).token;
  });
  afterAll(async () => {
    for (const database of databases) await database.close();
    await created.drop();
  });

  it('checks against what another instance published, and refuses there what conflicts with it', async () => {
    const [first, second] = databases.map((database) => createApp({ database, rateLimit: false, log: () => undefined }));
    expect((await first!.request('/v1/rulesets/assoc/shared/2.0.0', jsonRequest('PUT', associationRuleSet('assoc', 'shared', '2.0.0'), token))).status).toBe(
      201,
    );
    const check = await second!.request('/v1/records/check', jsonRequest('POST', { records: [{ clientId: 'C1' }], rulesets: ['assoc/shared@^2'] }));
    expect(check.status).toBe(200);
    expect(((await check.json()) as { summary: { ruleSets: string[] } }).summary.ruleSets).toEqual(['assoc/shared@2.0.0']);
    const conflicting = await second!.request(
      '/v1/rulesets/assoc/shared/2.0.0',
      jsonRequest('PUT', associationRuleSet('assoc', 'shared', '2.0.0', { title: 'Other' }), token),
    );
    expect(conflicting.status).toBe(409);
  });
});
