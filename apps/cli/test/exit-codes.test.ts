import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataFolder } from '@social-lens/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesDirectory } from '../src/rule-sets/rules-directory.ts';
import { runLens } from './run-lens.ts';

let folder: string;
const file = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
/** A foreseeable problem is told in a line or a few, never with a stack trace. */
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

let notARegistry: Server;
let notARegistryUrl: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lens-exit-'));
  notARegistry = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>a web page</html>'));
  await new Promise<void>((resolve) => notARegistry.listen(0, '127.0.0.1', resolve));
  const address = notARegistry.address();
  notARegistryUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => notARegistry.close(() => resolve())));

describe('exit 2 and a clear message for every foreseeable problem', () => {
  it('a rule-set file that does not match the schema', async () => {
    const csv = file('one.csv', 'clientId,householdSize\nC1,3\n');
    const result = await runLens(['check', 'records', csv, '--ruleset', file('bad.json', JSON.stringify({ id: 'x/y' }))]);
    expect([result.status, result.stderr]).toEqual([2, expect.stringContaining('x/y at /: expected property "version" [schema]')]);
    noStack(result.stderr);
  });

  it('an objective rule set whose vocabulary cannot be compiled', async () => {
    const ruleset = JSON.parse(readFileSync(join(rulesDirectory(), 'core', 'smart-objective', 'ruleset.json'), 'utf8')) as Record<string, unknown>;
    const bosnian = JSON.parse(readFileSync(join(rulesDirectory(), 'examples', 'smart-objective-bcs', 'ruleset.json'), 'utf8')) as {
      vocabulary: { bs: Record<string, unknown> };
    };
    const vocabulary = { bs: { ...bosnian.vocabulary.bs, lang: 5 } };
    const path = file('bad-vocabulary.json', JSON.stringify({ ...ruleset, id: 'x/bad-vocabulary', vocabulary }));
    const result = await runLens(['check', 'objectives', file('objectives.txt', 'Improve the lives of clients\n'), '--ruleset', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^lens: x\/bad-vocabulary@[\d.]+ at \/vocabulary\/bs\/lang: /);
    noStack(result.stderr);
  });

  it('lens admin on a data folder a running service holds', async () => {
    const dataDir = join(folder, 'held');
    const held = await lockDataFolder(dataDir);
    try {
      const result = await runLens(['admin', 'add-publisher', 'assoc', '--data-dir', dataDir]);
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        '',
        `lens: ${dataDir} is in use by process ${process.pid}: stop it first, or use PostgreSQL (DATABASE_URL)\n`,
      ]);
    } finally {
      await held.release();
    }
  });

  it('lens admin with a public key it cannot read, or a PostgreSQL it cannot reach', async () => {
    const key = await runLens(['admin', 'add-publisher', 'assoc', '--data-dir', join(folder, 'keyless'), '--public-key', file('not-a-key.txt', 'hello')]);
    expect(key.status).toBe(2);
    expect(key.stderr).toMatch(/^lens: --public-key .*not-a-key\.txt: .*base64/);
    noStack(key.stderr);
    const unreachable = await runLens(['admin', 'add-publisher', 'assoc', '--database-url', 'postgres://lens:secret@127.0.0.1:1/lens']);
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/^lens: cannot connect to PostgreSQL at lens@127\.0\.0\.1:1\/lens: /);
    expect(unreachable.stderr).not.toContain('secret');
    noStack(unreachable.stderr);
  });

  it('publish and pull with a server that cannot be reached, or that is no registry', async () => {
    const ruleset = file('ruleset.json', JSON.stringify({ id: 'assoc/national', version: '1.0.0' }));
    const publish = await runLens(['ruleset', 'publish', ruleset, '--server', 'http://127.0.0.1:1', '--token', 'sl_x']);
    expect([publish.status, publish.stderr]).toEqual([
      2,
      expect.stringMatching(/^lens: cannot reach http:\/\/127\.0\.0\.1:1\/v1\/rulesets\/assoc\/national\/1\.0\.0: /),
    ]);
    const pull = await runLens(['ruleset', 'pull', 'core/client-data@^1', '--server', 'http://127.0.0.1:1']);
    expect(pull.status).toBe(2);
    const web = await runLens(['ruleset', 'pull', 'core/client-data@^1', '--server', notARegistryUrl]);
    expect([web.status, web.stderr]).toEqual([2, expect.stringMatching(/^lens: .*is not a Social Lens registry/)]);
    noStack(web.stderr);
    const webPublish = await runLens(['ruleset', 'publish', ruleset, '--server', notARegistryUrl, '--token', 'sl_x']);
    expect([webPublish.status, webPublish.stderr]).toEqual([2, expect.stringMatching(/^lens: .*is not a Social Lens registry/)]);
  });
});
