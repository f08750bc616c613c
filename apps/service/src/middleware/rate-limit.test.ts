import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { associationRuleSet, createTestService, jsonRequest, type TestService } from '../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService({ rateLimit: { windowMs: 3_600_000, perAddress: 6, perToken: 2 } });
});
afterAll(() => service.close());

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-token limit, and past the per-address limit', async () => {
    const token = await service.publisher('busy');
    const statuses: number[] = [];
    for (const version of ['1.0.0', '1.0.1', '1.0.2']) {
      statuses.push(
        (await service.app.request(`/v1/rulesets/busy/national/${version}`, jsonRequest('PUT', associationRuleSet('busy', 'national', version), token))).status,
      );
    }
    expect(statuses).toEqual([201, 201, 429]);
    const addressStatuses: number[] = [];
    for (let index = 0; index < 4; index += 1) addressStatuses.push((await service.app.request('/v1/rulesets')).status);
    expect(addressStatuses).toEqual([200, 200, 200, 429]);
    const limited = await service.app.request('/v1/rulesets');
    expect(limited.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await service.app.request('/health')).status).toBe(200);
  });
});
