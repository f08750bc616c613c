import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

describe('a rule set about another subject', () => {
  it('is a 422 naming the rule set and its subject, from the query and from the body', async () => {
    const fromQuery = await service.app.request('/v1/records/check?ruleset=core/smart-objective', jsonRequest('POST', [cleanRecord()]));
    expect(fromQuery.status).toBe(422);
    expect(await fromQuery.json()).toMatchObject({
      type: 'https://social-lens.org/problems/wrong-subject',
      errors: [{ path: 'query.ruleset/0', code: 'subject' }],
    });
    const fromBody = await service.app.request(
      '/v1/records/check',
      jsonRequest('POST', { records: [cleanRecord()], rulesets: ['core/client-data@^1', 'core/smart-objective'] }),
    );
    expect(fromBody.status).toBe(422);
    const problem = (await fromBody.json()) as { detail: string; errors: Array<{ path: string }> };
    expect(problem.detail).toMatch(/core\/smart-objective@[\d.]+ is a rule set for objective, not for client records/);
    expect(problem.errors[0]!.path).toBe('/rulesets/1');
  });
});
