import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

interface Problem {
  status: number;
  errors: Array<{ path: string; code?: string }>;
}

describe('__proto__, constructor and toString are names like any other', () => {
  it('as a column in the map: that column is read as the field it maps to, in JSON and in CSV', async () => {
    const record = { ...cleanRecord() } as Record<string, unknown>;
    delete record['householdSize'];
    const json = JSON.stringify({ records: [record], rulesets: ['core/client-data@^1'], map: { __proto__: 'householdSize' } }).replace(
      '"map":{}',
      '"map":{"__proto__":"householdSize"}',
    );
    const withColumn = json.replace('"records":[{', '"records":[{"__proto__":"0",');
    const answer = (await (await service.app.request('/v1/records/check', jsonRequest('POST', withColumn))).json()) as { findings: Array<{ ruleId: string }> };
    expect(answer.findings.map((finding) => finding.ruleId)).toEqual(['core/client-data#household-size-in-range']);
    const csv = `${Object.keys(record).join(',')},__proto__\n${Object.values(record).join(',')},0\n`;
    const fromCsv = await service.app.request(`/v1/records/check?ruleset=core/client-data@^1&map=${encodeURIComponent('{"__proto__":"householdSize"}')}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', accept: 'application/json' },
      body: csv,
    });
    expect(((await fromCsv.json()) as { findings: Array<{ ruleId: string }> }).findings.map((finding) => finding.ruleId)).toEqual([
      'core/client-data#household-size-in-range',
    ]);
  });

  it('as a field the map points to: a 422', async () => {
    const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord()], map: { members: '__proto__' } }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as Problem).errors[0]).toMatchObject({ path: '/map/members', code: 'column-map' });
  });

  it('as a record key: checked as an unknown column, never a 500', async () => {
    const response = await service.app.request(
      '/v1/records/check',
      jsonRequest('POST', `[{"clientId": "C1", "__proto__": {"householdSize": 0}, "constructor": 1}]`),
    );
    expect(response.status).toBe(200);
  });

  it('as a query parameter name: unknown, a 422', async () => {
    const response = await service.app.request('/v1/records/check?param=constructor=1', jsonRequest('POST', [cleanRecord()]));
    expect(response.status).toBe(422);
    expect(((await response.json()) as Problem).errors[0]).toMatchObject({ path: 'query.param/constructor', code: 'unknown-parameter' });
  });
});
