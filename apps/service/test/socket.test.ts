import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPublisher, openDatabase } from '@social-lens/registry';
import { pgliteTemplate } from '@social-lens/registry/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../src/start-service.ts';
import { associationRuleSet, cleanRecord } from '../src/testing/index.ts';

let folder: string;
let service: RunningService;
let base: string;
let token: string;
const logs: string[] = [];

const environment = (dataDir: string) => ({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  MAX_BODY_BYTES: String(4 * 1024 * 1024),
  RATE_LIMIT_PER_ADDRESS: '0',
});

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lens-socket-'));
  const dataDir = join(folder, 'data');
  // The admin command works on the database while no service holds it (PGlite is single-process).
  const admin = await openDatabase({ dataDir, pgliteTemplate: pgliteTemplate() });
  token = (await addPublisher(admin.db, 'assoc')).token;
  await admin.close();
  service = await startService(environment(dataDir), { log: (line) => logs.push(line) });
  base = `http://127.0.0.1:${service.port}`;
});
afterAll(async () => {
  await service.close();
  rmSync(folder, { recursive: true, force: true });
});

const send = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('over a real socket on 127.0.0.1', () => {
  it('publishes on first start, then publish → list → fetch by range → check', async () => {
    expect(logs.some((line) => line.includes('"event":"seed"') && line.includes('core/client-data@1.1.0'))).toBe(true);
    const published = await send(
      '/v1/rulesets/assoc/national/3.0.0',
      json('PUT', associationRuleSet('assoc', 'national', '3.0.0'), { authorization: `Bearer ${token}` }),
    );
    expect(published.status).toBe(201);
    const list = (await (await send('/v1/rulesets?subject=client-record')).json()) as { rulesets: Array<{ id: string }> };
    expect(list.rulesets.map((ruleSet) => ruleSet.id)).toEqual(expect.arrayContaining(['assoc/national', 'core/client-data', 'examples/national']));
    const fetched = await send('/v1/rulesets/assoc/national/%5E3');
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('etag')).toBe(published.headers.get('etag'));
    const records = Array.from({ length: 2_000 }, (_, index) =>
      JSON.stringify({ ...cleanRecord(), clientId: `C${index}`, householdSize: index % 100 === 0 ? '0' : '3' }),
    ).join('\n');
    const check = await send('/v1/records/check?ruleset=assoc/national@^3', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: records,
    });
    expect(check.status).toBe(200);
    const lines = (await check.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ruleId: string });
    expect(lines.filter((finding) => finding.ruleId === 'core/client-data#household-size-in-range')).toHaveLength(20);
  });

  it('answers each bad request with the right 4xx and a problem body, and keeps answering', async () => {
    const cases: Array<[string, RequestInit, number]> = [
      ['/v1/rulesets/assoc/national/3.0.1', json('PUT', associationRuleSet('assoc', 'national', '3.0.1'), { authorization: 'Bearer sl_wrong' }), 401],
      ['/v1/rulesets/core/client-data/9.0.0', json('PUT', associationRuleSet('assoc', 'national', '9.0.0'), { authorization: `Bearer ${token}` }), 403],
      ['/v1/records/check', json('POST', '{"records": [}'), 400],
      ['/v1/records/check', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<records/>' }, 415],
      ['/v1/records/check', json('POST', `[${'{"clientId":"C1"},'.repeat(300_000)}{}]`), 413],
      ['/v1/records/check', json('POST', `${'['.repeat(10_000)}${']'.repeat(10_000)}`), 422],
      ['/v1/nowhere', {}, 404],
    ];
    for (const [path, init, status] of cases) {
      const response = await send(path, init);
      expect([path, response.status]).toEqual([path, status]);
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      const problem = (await response.json()) as { status: number; detail: string };
      expect(problem.status).toBe(status);
    }
    expect((await send('/health')).status).toBe(200);
  });

  it('writes one JSON log line per request, without bodies', async () => {
    const before = logs.length;
    await send('/v1/records/check', json('POST', [{ clientId: 'PRIVATE-42' }]));
    const line = logs.slice(before).find((entry) => entry.includes('/v1/records/check'));
    expect(line).toBeDefined();
    expect(line).not.toContain('PRIVATE-42');
    expect(JSON.parse(line!)).toMatchObject({ method: 'POST', status: 200, records: 1 });
  });
});
