import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

/** The 422 of a records check with these parameters, and the size of its body. */
async function refusedParams(
  params: Record<string, unknown>,
): Promise<{ bytes: number; problem: { detail: string; errors: Array<{ path: string; message: string; code: string }> } }> {
  const response = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord()], params }));
  expect(response.status).toBe(422);
  const text = await response.text();
  return { bytes: text.length, problem: JSON.parse(text) };
}

describe('error bodies quote at most a bounded prefix of what was sent', () => {
  it('refuses a list parameter over 1,000 items for its length, without echoing it', async () => {
    const { bytes, problem } = await refusedParams({ requiredFields: Array.from({ length: 1_001 }, () => 'clientId') });
    expect(problem.errors).toEqual([
      { path: '/params/requiredFields', message: 'requiredFields: expected at most 1000 items, got 1001', code: 'parameter-type' },
    ]);
    expect(bytes).toBeLessThan(2_000);
  });

  it('answers an 8 MB list, text or parameter name with an error under 4 KB', async () => {
    const eightMegabytes = 'x'.repeat(8 * 1024 * 1024);
    const list = await refusedParams({ requiredFields: Array.from({ length: 800_000 }, () => 'clientId12') });
    expect(list.problem.errors[0]!.message).toBe('requiredFields: expected at most 1000 items, got 800000');
    const wrongItem = await refusedParams({ requiredFields: ['clientId', { nested: eightMegabytes }] });
    expect(wrongItem.problem.errors[0]!.message).toMatch(/^requiredFields: expected a list of texts, got \{"nested":"x+… \(\d+ characters\) at item 1$/);
    const name = await refusedParams({ [eightMegabytes]: 1 });
    expect(name.problem.errors[0]!.path).toBe(`/params/${'x'.repeat(100)}…`);
    for (const { bytes } of [list, wrongItem, name]) expect(bytes).toBeLessThan(4_096);
  });

  it('tells at most 20 problems of one kind', async () => {
    const many = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`unknown${index}`, 1]));
    const { bytes, problem } = await refusedParams(many);
    expect(problem.errors).toHaveLength(20);
    expect(bytes).toBeLessThan(40_000);
  });
});
