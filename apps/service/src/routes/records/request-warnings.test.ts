import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

/** A record whose household size is 0: core/client-data has a finding about it. */
const faulty = () => ({ ...cleanRecord(), householdSize: '0' });

interface Answer {
  findings: Array<{ ruleId: string }>;
  summary: { ruleSets: string[]; warnings?: string[] };
}

describe('a request the service answers with a warning', () => {
  it('checks a rule set named twice once, and says so', async () => {
    const once = (await (
      await service.app.request('/v1/records/check', jsonRequest('POST', { records: [faulty()], rulesets: ['core/client-data'] }))
    ).json()) as Answer;
    const response = await service.app.request(
      '/v1/records/check',
      jsonRequest('POST', { records: [faulty()], rulesets: ['core/client-data', 'core/client-data@^1'] }),
    );
    expect(response.status).toBe(200);
    const twice = (await response.json()) as Answer;
    expect(once.findings.length).toBeGreaterThan(0);
    expect(twice.findings).toEqual(once.findings);
    expect(twice.summary.ruleSets).toEqual(once.summary.ruleSets);
    expect(twice.summary.warnings).toEqual([expect.stringMatching(/^core\/client-data@[\d.]+ is named more than once; it is checked once$/)]);
  });

  it('answers an unknown lang in English and says so, in the summary and in a header', async () => {
    const response = await service.app.request('/v1/records/check?lang=xx', jsonRequest('POST', [faulty()]));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-lens-warnings')).toMatch(/no messages in "xx"; answering in English \(have en, bs, ru\)/);
    const answer = (await response.json()) as Answer;
    expect(answer.summary.warnings).toEqual([expect.stringMatching(/^lang: no messages in "xx"; answering in English/)]);
    const fromPage = await service.app.request('/v1/records/check?lang=xx', {
      ...jsonRequest('POST', [faulty()]),
      headers: { 'content-type': 'application/json', origin: 'https://mis.example.org' },
    });
    expect(fromPage.headers.get('access-control-expose-headers')?.split(/,\s*/)).toContain('X-Lens-Warnings');
    const russian = (await (await service.app.request('/v1/records/check?lang=ru', jsonRequest('POST', [faulty()]))).json()) as Answer;
    expect(russian.summary.warnings).toBeUndefined();
  });

  it('says so for objectives too', async () => {
    const response = await service.app.request('/v1/objectives/check', jsonRequest('POST', { objective: { text: 'Improve lives' }, lang: 'xx' }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { warnings?: string[] }).warnings).toEqual([expect.stringMatching(/^lang: no messages in "xx"/)]);
  });
});
