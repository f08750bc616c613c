import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService({ limits: { records: 5, bodyBytes: 64 * 1024 } });
});
afterAll(() => service.close());

const post = (body: BodyInit, contentType: string, query = '', headers: Record<string, string> = {}) =>
  service.app.request(`/v1/records/check${query}`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

interface CheckAnswer {
  findings: Array<{ ruleId: string; recordId: string; line: number; fields: string[] }>;
  summary: { records: number; recordsWithFindings: number; findings: number; bySeverity: Record<string, number>; ruleSets: string[] };
}

describe('POST /v1/records/check', () => {
  it('checks a JSON array of records with the default rule sets', async () => {
    const response = await service.app.request(
      '/v1/records/check',
      jsonRequest('POST', [cleanRecord(), { ...cleanRecord(), clientId: 'C2', nationalId: '2000000002', householdSize: '0' }]),
    );
    expect(response.status).toBe(200);
    const answer = (await response.json()) as CheckAnswer;
    expect(answer.summary.ruleSets).toEqual(['core/client-data@1.1.0', 'core/portfolio@1.2.0']);
    expect(answer.summary.records).toBe(2);
    expect(answer.findings.filter((f) => f.recordId === 'C2').map((f) => f.ruleId)).toContain('core/client-data#household-size-in-range');
    expect(answer.findings.every((f) => f.recordId === 'C2')).toBe(true);
  });

  it('takes rule sets, parameters and a column map in the object form', async () => {
    const record: Record<string, unknown> = { ...cleanRecord(), members: '3' };
    delete record['householdSize'];
    const body = {
      records: [record],
      rulesets: ['examples/national@^2'],
      params: { povertyLinePerMember: 1000 },
      map: { members: 'householdSize' },
      today: '2026-11-29',
    };
    const answer = (await (await service.app.request('/v1/records/check', jsonRequest('POST', body))).json()) as CheckAnswer;
    expect(answer.summary.ruleSets).toEqual(['examples/national@2.1.0']);
    expect(answer.findings.map((f) => f.ruleId)).toContain('core/client-data#poverty-level-matches-income');
    expect(answer.findings.flatMap((f) => f.fields)).not.toContain('members');
  });

  it('streams NDJSON findings for NDJSON input, keeping an unreadable line as a finding', async () => {
    const lines = [
      JSON.stringify({ ...cleanRecord(), householdSize: '0' }),
      '{not json',
      JSON.stringify({ ...cleanRecord(), clientId: 'C3', nationalId: '3000000003' }),
    ].join('\n');
    const response = await post(lines, 'application/x-ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const findings = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as CheckAnswer['findings'][number]);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['core/client-data#household-size-in-range', 1],
      ['lens/input#readable-row', 2],
    ]);
  });

  it('reads text/csv with the delimiter Excel chose, options in the query', async () => {
    const record = { ...cleanRecord(), householdSize: '0' };
    const header = Object.keys(record).join(';');
    const csv = `${header}\n${Object.values(record).join(';')}\n`;
    const response = await post(csv, 'text/csv', '?ruleset=core/client-data@^1&lang=ru', { accept: 'application/json' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as CheckAnswer & { findings: Array<{ message: string }> };
    expect(answer.findings.map((f) => [f.ruleId, f.line])).toEqual([['core/client-data#household-size-in-range', 2]]);
    expect(answer.findings[0]!.message).toMatch(/[а-я]/);
  });

  it('reads query parameters by their declared type and names a wrong one', async () => {
    const ok = await post(JSON.stringify([cleanRecord()]), 'application/json', '?ruleset=examples/national@^2&param=povertyLinePerMember=150');
    expect(ok.status).toBe(200);
    const bad = await post(JSON.stringify([cleanRecord()]), 'application/json', '?param=povertyLinePerMember=lots');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('query.param/povertyLinePerMember');
    const unknown = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [], params: { colour: 'red' } }));
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { errors: Array<{ path: string; code: string }> }).errors[0]).toMatchObject({
      path: '/params/colour',
      code: 'unknown-parameter',
    });
  });

  it('refuses __proto__ and constructor as parameter names, from the body and from the query', async () => {
    const fromBody = await service.app.request('/v1/records/check', jsonRequest('POST', '{"records": [], "params": {"__proto__": 1, "constructor": 2}}'));
    expect(fromBody.status).toBe(422);
    expect(((await fromBody.json()) as { errors: Array<{ path: string; code: string }> }).errors.map(({ path, code }) => `${code} ${path}`)).toEqual([
      'unknown-parameter /params/__proto__',
      'unknown-parameter /params/constructor',
    ]);
    const fromQuery = await post('[]', 'application/json', '?param=__proto__=1&param=noName');
    expect(fromQuery.status).toBe(422);
    expect(((await fromQuery.json()) as { errors: Array<{ path: string; code: string }> }).errors).toMatchObject([
      { path: 'query.param/1', code: 'parameter-syntax' },
    ]);
    const unknownInQuery = await post('[]', 'application/json', '?param=__proto__=1');
    expect(((await unknownInQuery.json()) as { errors: Array<{ path: string; code: string }> }).errors).toMatchObject([
      { path: 'query.param/__proto__', code: 'unknown-parameter' },
    ]);
  });

  it('reads a column map through the records-input module, and names an entry that is no field', async () => {
    const record: Record<string, unknown> = { ...cleanRecord(), 'Members ': '0' };
    delete record['householdSize'];
    const header = Object.keys(record).join(',');
    const csv = `${header}\n${Object.values(record).join(',')}\n`;
    const mapped = await post(csv, 'text/csv', `?ruleset=core/client-data@^1&map=${encodeURIComponent('{"members":"householdSize"}')}`, {
      accept: 'application/json',
    });
    expect(((await mapped.json()) as CheckAnswer).findings.map((f) => f.ruleId)).toEqual(['core/client-data#household-size-in-range']);
    const bad = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [], map: { Members: 'householdSise' } }));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      type: 'https://social-lens.org/problems/invalid-input',
      errors: [{ path: '/map/Members', code: 'column-map', message: '"householdSise" is not a client-record field; did you mean householdSize?' }],
    });
  });

  it('decodes CSV by its declared charset, and answers 415 for one nobody decodes', async () => {
    const csv = 'clientId;householdSize;loanOfficerId\nC1;0;\xcf\xe5\xf2\xf0\xee\xe2\xe0\n';
    const bytes = Uint8Array.from(csv, (character) => character.charCodeAt(0));
    const declared = await post(bytes, 'text/csv; charset="windows-1251"', '?ruleset=core/client-data@^1', { accept: 'application/json' });
    expect(declared.status).toBe(200);
    const unknown = await post(bytes, 'text/csv; charset=klingon');
    expect(unknown.status).toBe(415);
    expect(await unknown.json()).toMatchObject({
      type: 'https://social-lens.org/problems/unsupported-media-type',
      errors: [{ path: 'content-type', code: 'unknown-encoding' }],
    });
  });

  it('counts findings about the input apart from records with findings, as the CLI does', async () => {
    const record = cleanRecord();
    const csv = `${Object.keys(record).join(',')},HouseholdSize\n${Object.values(record).join(',')},0\nC2,BR1\n`;
    const answer = (await (await post(csv, 'text/csv', '?ruleset=core/client-data@^1', { accept: 'application/json' })).json()) as CheckAnswer;
    expect(answer.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['lens/input#distinct-columns', 1],
      ['lens/input#readable-row', 3],
    ]);
    expect(answer.summary).toMatchObject({ records: 1, recordsWithFindings: 0, findings: 2 });
  });

  it('answers 422 for a CSV header that names no field', async () => {
    const response = await post('a,b\n1,2\n', 'text/csv');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      type: 'https://social-lens.org/problems/invalid-input',
      errors: [{ path: 'line 1', code: 'no-known-column' }],
    });
  });

  it('answers 404 for a rule set the registry does not hold', async () => {
    const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord()], rulesets: ['assoc/none@^1'] }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('/rulesets/0');
  });
});

describe('limits and malformed input, each a problem body; the service keeps answering', () => {
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    return (await response.json()) as { status: number; detail: string; errors?: Array<{ path: string }> };
  };

  it('413 for too many records, naming where', async () => {
    const six = JSON.stringify(Array.from({ length: 6 }, () => cleanRecord()));
    const response = await post(six, 'application/json');
    expect(response.status).toBe(413);
    expect((await problemOf(response)).errors).toEqual([{ path: '/', message: 'at most 5 records', code: 'too-many-records' }]);
    const ndjson = Array.from({ length: 6 }, () => '{"clientId":"C"}').join('\n');
    const lines = await post(ndjson, 'application/x-ndjson');
    expect(lines.status).toBe(413);
    expect((await problemOf(lines)).errors?.[0]?.path).toBe('line 6');
  });

  it('413 for an oversized body', async () => {
    const response = await post(`[${'{"clientId":"C1"},'.repeat(5000)}{}]`, 'application/json');
    expect(response.status).toBe(413);
    expect((await problemOf(response)).detail).toBe('the request body is larger than 65536 bytes');
  });

  it('400 for malformed JSON, 415 for a content type it does not read', async () => {
    const malformed = await post('[{"clientId": ', 'application/json');
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).detail).toMatch(/^not valid JSON/);
    const unsupported = await post('clientId\nC1', 'text/plain');
    expect(unsupported.status).toBe(415);
    await problemOf(unsupported);
  });

  it('422 for 10,000-deep nesting, without a crash', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const response = await post(deep, 'application/json');
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.detail).toBe('JSON nested deeper than 64 levels');
    expect(problem.errors?.[0]?.path).toMatch(/^\/0\/0\/0/);
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect((await post(deepObject, 'application/json')).status).toBe(422);
    expect((await service.app.request('/health')).status).toBe(200);
  });

  it('422 for records that are not objects, naming each', async () => {
    const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord(), 'C2', 3] }));
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.path)).toEqual(['/records/1', '/records/2']);
  });

  it('logs counts of the request, never its records', async () => {
    service.logs.length = 0;
    await service.app.request('/v1/records/check', jsonRequest('POST', [{ ...cleanRecord(), clientId: 'SECRET-CLIENT' }]));
    expect(service.logs).toHaveLength(1);
    expect(service.logs[0]).not.toContain('SECRET-CLIENT');
    expect(JSON.parse(service.logs[0]!)).toMatchObject({ method: 'POST', route: '/v1/records/check', status: 200, records: 1, findings: 0 });
  });
});
