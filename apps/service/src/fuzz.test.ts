import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from './testing/index.ts';

let service: TestService;
let cases = 0;

beforeAll(async () => {
  service = await createTestService({ limits: { records: 200, bodyBytes: 256 * 1024 } });
});
afterAll(async () => {
  process.stdout.write(`fuzz: ${cases} generated requests sent to app.request()\n`);
  await service.close();
});

/** No single answer may take longer than this, whatever was sent. */
const ANSWER_BOUND_MS = 5_000;

const fieldNames = fc.constantFrom('clientId', 'householdSize', 'nationalId', 'birthDate', 'gender', '__proto__', 'constructor', 'loanAmount', '');
const cell = fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String), fc.constantFrom('0', 'n/a', '2025-02-30', '\u0000', '-1e309'));
const record = fc.dictionary(fieldNames, fc.oneof(cell, fc.integer(), fc.constant(null), fc.boolean()), { maxKeys: 6 });
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom('ruleset', 'param', 'map', 'lang', 'today', 'x'),
      fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('core/smart-objective', 'core/client-data@^1', '__proto__=1', 'core/x@>>1', '2026-13-45')),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ''));
const jsonBody = fc.oneof(
  fc.array(record, { maxLength: 30 }).map((records) => JSON.stringify(records)),
  fc
    .record({
      records: fc.array(record, { maxLength: 5 }),
      rulesets: fc.array(fc.string({ maxLength: 25 }), { maxLength: 3 }),
      params: fc.dictionary(fc.string({ maxLength: 10 }), cell),
    })
    .map((body) => JSON.stringify(body)),
  fc.json({ maxDepth: 5 }),
  fc.string({ maxLength: 200 }),
);
const csvBody = fc
  .tuple(fc.array(fieldNames, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), fc.constantFrom(',', ';', '\t'))
  .map(([header, rows, delimiter]) => [header.join(delimiter), ...rows.map((row) => row.join(delimiter))].join('\n'));
const objectiveBody = fc.oneof(
  fc
    .record({
      objective: fc.record({ text: fc.string({ maxLength: 300 }) }),
      lang: fc.constantFrom('en', 'ru', 'xx'),
      today: fc.constantFrom('2026-01-01', 'abc'),
    })
    .map((body) => JSON.stringify(body)),
  fc.json({ maxDepth: 4 }),
);
const ruleSetBody = fc.oneof(
  fc
    .record({
      ruleset: fc.record({
        id: fc.constantFrom('fuzz/one', 'other/two', ''),
        version: fc.constantFrom('1.0.0', 'x', '1.0.0-beta'),
        title: fc.string({ maxLength: 20 }),
        subject: fc.constantFrom('client-record', 'objective', 'nothing'),
        rules: fc.array(
          fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
          { maxLength: 3 },
        ),
      }),
      tests: fc.json({ maxDepth: 2 }).map((text) => JSON.parse(text) as unknown),
    })
    .map((body) => JSON.stringify(body)),
  fc.json({ maxDepth: 4 }),
);

const request = fc.oneof(
  fc.tuple(
    fc.constant('POST'),
    fc.constant('/v1/records/check'),
    query,
    fc.constantFrom('application/json', 'text/csv; charset=windows-1251', 'text/plain'),
    jsonBody,
  ),
  fc.tuple(fc.constant('POST'), fc.constant('/v1/records/check'), query, fc.constantFrom('text/csv', 'application/x-ndjson'), csvBody),
  fc.tuple(fc.constant('POST'), fc.constant('/v1/objectives/check'), query, fc.constant('application/json'), objectiveBody),
  fc.tuple(
    fc.constant('PUT'),
    fc.constantFrom('/v1/rulesets/fuzz/one/1.0.0', '/v1/rulesets/fuzz/one/x', '/v1/rulesets/__proto__/a/1.0.0'),
    query,
    fc.constant('application/json'),
    ruleSetBody,
  ),
  fc.tuple(
    fc.constantFrom('GET', 'DELETE', 'PATCH'),
    fc.constantFrom('/v1/rulesets/core/client-data/^1', '/v1/rulesets/core/client-data/>>x', '/v1/rulesets', '/health'),
    query,
    fc.constant('application/json'),
    fc.constant(''),
  ),
);

describe('generated requests', () => {
  it('never get a 500, always problem+json on error, each within a bound', async () => {
    const token = await service.publisher('fuzz');
    await fc.assert(
      fc.asyncProperty(request, async ([method, path, search, contentType, body]) => {
        cases += 1;
        const started = performance.now();
        const response = await service.app.request(`${path}${search}`, {
          method,
          headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
          ...(method === 'GET' || method === 'DELETE' || body === '' ? {} : { body }),
        });
        await response.arrayBuffer();
        const took = performance.now() - started;
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(took).toBeLessThan(ANSWER_BOUND_MS);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), interruptAfterTimeLimit: 120_000 },
    );
  }, 180_000);
});
