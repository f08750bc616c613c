import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES_DIRECTORY } from '@social-lens/rule-sets';
import { type RunningService, startService } from '@social-lens/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LENS } from './lens-binary.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `lens` command; the service answers from this process meanwhile, so no spawnSync. */
function lens(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [LENS, ...args], { cwd: folder, env: { ...process.env, INIT_CWD: folder } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let folder: string;
let service: RunningService;
let server: string;
let token: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lens-registry-cli-'));
  expect((await lens('ruleset', 'sign', '--new-key', 'assoc.key')).code).toBe(0);
  const added = await lens('admin', 'add-publisher', 'assoc', '--data-dir', 'data', '--public-key', 'assoc.key.pub');
  expect(added.stderr).toContain('created publisher "assoc"');
  expect(added.code).toBe(0);
  token = added.stdout.trim();
  service = await startService({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(folder, 'data'), RATE_LIMIT_PER_ADDRESS: '0' }, { log: () => undefined });
  server = `http://127.0.0.1:${service.port}`;
  const national = join(RULES_DIRECTORY, 'examples', 'national');
  const rewrite = (text: string) => text.replaceAll('examples/national', 'assoc/national');
  writeFileSync(join(folder, 'ruleset.json'), rewrite(readFileSync(join(national, 'ruleset.json'), 'utf8')));
  writeFileSync(join(folder, 'tests.json'), rewrite(readFileSync(join(national, 'tests.json'), 'utf8')));
}, 180_000);

afterAll(async () => {
  await service?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('lens admin add-publisher, ruleset publish | pull | sign | verify', () => {
  it('publishes a signed rule set once, then answers that it is already there', async () => {
    expect(token).toMatch(/^sl_/);
    const unsigned = await lens('ruleset', 'publish', 'ruleset.json', '--server', server, '--token', token);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stderr).toContain('/signature: expected a detached Ed25519 signature');
    const published = await lens('ruleset', 'publish', 'ruleset.json', '--server', server, '--token', token, '--key', 'assoc.key');
    expect(published.stderr).toBe('');
    expect(published.stdout).toMatch(/^assoc\/national@2\.1\.0 published \(sha-256 [0-9a-f]{64}, signed with /);
    const again = await lens('ruleset', 'publish', 'ruleset.json', '--server', server, '--token', token, '--key', 'assoc.key');
    expect(again.stdout).toContain('already published with the same content');
    const wrongToken = await lens('ruleset', 'publish', 'ruleset.json', '--server', server, '--token', 'sl_wrong', '--key', 'assoc.key');
    expect(wrongToken.code).toBe(1);
    expect(wrongToken.stderr).toContain('401 the token is not valid');
  }, 120_000);

  it('pulls by range, verifying hash and signature, and refuses a key that did not sign it', async () => {
    const pulled = await lens('ruleset', 'pull', 'assoc/national@^2', '--server', server, '--out', 'pulled.json');
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain('pulled assoc/national@2.1.0');
    expect(pulled.stderr).toContain('signature verified with');
    expect(JSON.parse(readFileSync(join(folder, 'pulled.json'), 'utf8'))).toMatchObject({ id: 'assoc/national', version: '2.1.0' });
    const pinned = await lens('ruleset', 'pull', 'assoc/national@^2', '--server', server, '--public-key', 'assoc.key.pub');
    expect(pinned.code).toBe(0);
    expect((await lens('ruleset', 'sign', '--new-key', 'other.key')).code).toBe(0);
    const other = await lens('ruleset', 'pull', 'assoc/national@^2', '--server', server, '--public-key', 'other.key.pub');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('does not verify with the given key');
    const missing = await lens('ruleset', 'pull', 'assoc/national@^9', '--server', server);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no version of "assoc/national" satisfies "^9"');
  }, 120_000);

  it('signs and verifies offline, whatever the formatting of the file', async () => {
    expect((await lens('ruleset', 'sign', 'ruleset.json', '--key', 'assoc.key', '--out', 'ruleset.json.sig')).code).toBe(0);
    const document = JSON.parse(readFileSync(join(folder, 'ruleset.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(folder, 'reformatted.json'), JSON.stringify(Object.fromEntries(Object.entries(document).reverse())));
    const valid = await lens('ruleset', 'verify', 'reformatted.json', '--public-key', 'assoc.key.pub', '--signature', 'ruleset.json.sig');
    expect([valid.code, valid.stdout]).toEqual([0, 'reformatted.json: signature valid\n']);
    writeFileSync(join(folder, 'tampered.json'), JSON.stringify({ ...document, title: 'Changed' }));
    const invalid = await lens('ruleset', 'verify', 'tampered.json', '--public-key', 'assoc.key.pub', '--signature', 'ruleset.json.sig');
    expect([invalid.code, invalid.stdout]).toEqual([1, 'tampered.json: signature NOT valid for this key\n']);
  }, 120_000);
});
