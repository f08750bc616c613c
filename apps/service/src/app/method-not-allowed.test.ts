import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

describe('a method a route does not answer', () => {
  it('is a 405 with Allow, as problem+json', async () => {
    const response = await service.app.request('/v1/records/check', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const ruleSet = await service.app.request('/v1/rulesets/core/client-data/1.1.0', { method: 'PATCH' });
    expect(ruleSet.status).toBe(405);
    expect(ruleSet.headers.get('allow')?.split(', ')).toEqual(expect.arrayContaining(['GET', 'PUT']));
  });

  it('leaves a path no route has a 404', async () => {
    expect((await service.app.request('/v1/nothing', { method: 'DELETE' })).status).toBe(404);
  });
});
