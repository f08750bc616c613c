import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService({ limits: { findingsPerRequest: 7, findingsPerRecord: 1 } });
});
afterAll(() => service.close());

interface Summary {
  findings: number;
  findingsReturned: number;
  truncated: boolean;
  records: number;
}

/** Records that each break many rules: every field missing but the id. */
const bareRecords = (count: number) => Array.from({ length: count }, (_, index) => ({ clientId: `C${index}` }));

describe('findings are bounded per record and per request', () => {
  it('keeps at most findingsPerRecord findings of one record and says so in the summary', async () => {
    const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: bareRecords(1), rulesets: ['core/client-data@^1'] }));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { findings: unknown[]; summary: Summary };
    expect(answer.findings).toHaveLength(1);
    expect(answer.summary.truncated).toBe(true);
    expect(answer.summary.findingsReturned).toBe(1);
    expect(answer.summary.findings).toBeGreaterThan(1);
  });

  it('keeps at most findingsPerRequest findings in all, counting the rest', async () => {
    const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: bareRecords(10), rulesets: ['core/client-data@^1'] }));
    const answer = (await response.json()) as { findings: Array<{ recordId: string }>; summary: Summary };
    expect(answer.findings).toHaveLength(7);
    expect(answer.summary).toMatchObject({ records: 10, truncated: true, findingsReturned: 7 });
    expect(answer.summary.findings).toBeGreaterThanOrEqual(20);
  });

  it('ends a truncated NDJSON stream with one line that says so', async () => {
    const response = await service.app.request('/v1/records/check?ruleset=core/client-data@^1', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: bareRecords(10)
        .map((record) => JSON.stringify(record))
        .join('\n'),
    });
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)).toMatchObject({ truncated: true, findingsReturned: 7 });
  });

  it('does not flag an answer within the bounds', async () => {
    const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [], rulesets: ['core/client-data@^1'] }));
    expect(((await response.json()) as { summary: Summary }).summary).toMatchObject({ truncated: false, findings: 0, findingsReturned: 0 });
  });
});
