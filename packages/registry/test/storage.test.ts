import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SigningError } from '@social-lens/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../src/database/database.ts';
import { openDatabase } from '../src/database/open-database.ts';
import { addPublisher } from '../src/publishers/add-publisher.ts';
import { authenticateToken } from '../src/publishers/publisher-token.ts';
import { findPublisher } from '../src/publishers/publishers.ts';
import { RegistryError } from '../src/registry-error.ts';
import { createPostgresDatabase, pgliteTemplate, STORAGE_KINDS } from '../src/testing/test-database.ts';
import { type PublishRequest, publishRuleSet } from '../src/versions/publish-rule-set.ts';
import { publishRuleSetFolder } from '../src/versions/publish-rule-set-folder.ts';
import { createRegistryCatalogLoader } from '../src/versions/registry-catalog.ts';
import { deprecateVersion, findVersion, listVersions } from '../src/versions/rule-set-versions.ts';
import { versionsGeneration } from '../src/versions/versions-generation.ts';
import { associationRuleSet, SHIPPED_RULES } from './fixtures.ts';

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

/** What a publish of `request` by `assoc` gives: its outcome, or the code of the RegistryError it throws. */
async function publishAs(database: OpenDatabase, publisherId: number, name: string, version: string, request: PublishRequest): Promise<string> {
  try {
    const result = await publishRuleSet(database.db, createRegistryCatalogLoader(database.db), request, {
      publisherId,
      publisher: 'assoc',
      name,
      version,
      actor: 'test',
    });
    return result.outcome;
  } catch (error) {
    if (error instanceof RegistryError) return error.code;
    throw error;
  }
}

describe.each(STORAGE_KINDS)('storage on %s', (kind) => {
  let store: Awaited<ReturnType<typeof reopenableDatabase>>;
  let database: OpenDatabase;
  let token: string;
  let publisherId: number;
  let firstSeed: Awaited<ReturnType<typeof publishRuleSetFolder>>;

  beforeAll(async () => {
    store = await reopenableDatabase(kind);
    database = await store.open();
    firstSeed = await publishRuleSetFolder(database.db, createRegistryCatalogLoader(database.db), SHIPPED_RULES);
    token = (await addPublisher(database.db, 'assoc')).token;
    publisherId = (await findPublisher(database.db, 'assoc'))!.id;
  });
  afterAll(async () => {
    await database.close();
    await store.remove();
  });

  it('publishes the shipped rule sets once: a second start changes nothing', async () => {
    const again = await publishRuleSetFolder(database.db, createRegistryCatalogLoader(database.db), SHIPPED_RULES);
    expect(firstSeed.created).toEqual(expect.arrayContaining(['core/client-data@1.1.0', 'examples/national@2.1.0']));
    expect(firstSeed.failed).toEqual([]);
    expect(again.created).toEqual([]);
    expect(again.unchanged.sort()).toEqual(firstSeed.created.sort());
  });

  it('lands all of 50 concurrent publishes of distinct versions', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, index) => publishAs(database, publisherId, 'many', `1.0.${index}`, associationRuleSet('assoc', 'many', `1.0.${index}`))),
    );
    expect(outcomes).toEqual(Array.from({ length: 50 }, () => 'created'));
    const versions = await listVersions(database.db, ['assoc/many']);
    expect(new Set(versions.map((version) => version.version)).size).toBe(50);
  });

  it('lets exactly one of 50 concurrent publishes of one version with different contents land; the others are version-exists', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        publishAs(database, publisherId, 'contested', '1.0.0', associationRuleSet('assoc', 'contested', '1.0.0', { title: `Contested ${index}` })),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'version-exists')).toHaveLength(49);
    expect(await listVersions(database.db, ['assoc/contested'])).toHaveLength(1);
  });

  it('refuses a publish with a code and the JSON path of each problem', async () => {
    const document = associationRuleSet('assoc', 'checked', '1.0.0');
    const error = await publishRuleSet(database.db, createRegistryCatalogLoader(database.db), document, {
      publisherId,
      publisher: 'assoc',
      name: 'checked',
      version: '1.0.1',
      actor: 'test',
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({
      code: 'url-mismatch',
      problems: [{ path: '/ruleset/version', message: 'is "1.0.0" but the URL publishes "1.0.1"', code: 'url-mismatch' }],
    });
    expect(await publishAs(database, publisherId, 'checked', '1.0.0', { ruleset: document.ruleset })).toBe('tests-missing');
  });

  it('keeps publishers, tokens and versions across a restart', async () => {
    expect(await publishAs(database, publisherId, 'durable', '1.0.0', associationRuleSet('assoc', 'durable', '1.0.0'))).toBe('created');
    const stored = await findVersion(database.db, 'assoc/durable', '1.0.0');
    await database.close();
    database = await store.open();
    expect((await findVersion(database.db, 'assoc/durable', '1.0.0'))?.sha256).toBe(stored?.sha256);
    expect(await authenticateToken(database.db, token)).toMatchObject({ publisher: 'assoc', publisherId });
    expect(await publishAs(database, publisherId, 'durable', '1.1.0', associationRuleSet('assoc', 'durable', '1.1.0'))).toBe('created');
  });

  it('changes the versions generation with each publish and each deprecation, and with nothing else', async () => {
    const deprecate = (version: string) =>
      deprecateVersion(database.db, { publisher: 'assoc', ruleSetId: 'assoc/generations', version, message: 'use 1.1.0', actor: 'test' });
    const before = await versionsGeneration(database.db);
    expect(await versionsGeneration(database.db)).toBe(before);
    expect(await publishAs(database, publisherId, 'generations', '1.0.0', associationRuleSet('assoc', 'generations', '1.0.0'))).toBe('created');
    const published = await versionsGeneration(database.db);
    expect(published).not.toBe(before);
    expect(await publishAs(database, publisherId, 'generations', '1.0.0', associationRuleSet('assoc', 'generations', '1.0.0'))).toBe('unchanged');
    expect(await versionsGeneration(database.db)).toBe(published);
    expect(await deprecate('1.0.0')).toBe(true);
    const deprecated = await versionsGeneration(database.db);
    expect(deprecated).not.toBe(published);
    // Deprecating twice keeps the first date: nothing changed, nor does the generation.
    expect(await deprecate('1.0.0')).toBe(true);
    expect(await versionsGeneration(database.db)).toBe(deprecated);
    const { deprecated: held } = await createRegistryCatalogLoader(database.db).catalogFor(['assoc/generations']);
    expect([...held]).toEqual([['assoc/generations@1.0.0', 'use 1.1.0']]);
  });

  it('tells a publisher name that cannot be, and one that exists, by code', async () => {
    await expect(addPublisher(database.db, 'Assoc')).rejects.toMatchObject({ code: 'invalid-publisher-name' });
    await expect(addPublisher(database.db, 'assoc')).rejects.toMatchObject({ code: 'publisher-exists' });
    expect((await addPublisher(database.db, 'assoc', { allowExisting: true })).created).toBe(false);
  });

  it('reads a publisher key before storing anything: one that cannot be read leaves no publisher behind', async () => {
    await expect(addPublisher(database.db, 'keyless', { publicKey: 'hello' })).rejects.toBeInstanceOf(SigningError);
    expect(await findPublisher(database.db, 'keyless')).toBeUndefined();
  });

  it.runIf(kind === 'pglite')('refuses to open an embedded database this process holds already', async () => {
    await expect(store.open()).rejects.toMatchObject({ code: 'data-folder-locked' });
  });

  it.runIf(kind === 'postgres')('serves several instances from one PostgreSQL: what one publishes, the other reads', async () => {
    const second = await store.open();
    try {
      expect(await publishAs(database, publisherId, 'shared', '2.0.0', associationRuleSet('assoc', 'shared', '2.0.0'))).toBe('created');
      const { catalog } = await createRegistryCatalogLoader(second.db).catalogFor(['assoc/shared']);
      expect(catalog.versions('assoc/shared')).toEqual(['2.0.0']);
    } finally {
      await second.close();
    }
  });
});

describe('opening PostgreSQL', () => {
  it('says which server cannot be reached, without the password', async () => {
    const error = await openDatabase({ databaseUrl: 'postgres://lens:secret-password@127.0.0.1:1/lens' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).code).toBe('database-unavailable');
    expect((error as RegistryError).message).toMatch(/^cannot connect to PostgreSQL at lens@127\.0\.0\.1:1\/lens: /);
    expect((error as RegistryError).message).not.toContain('secret-password');
  });
});
