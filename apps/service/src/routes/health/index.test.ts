import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService({ corsOrigins: ['https://mis.example.org'] });
});
afterAll(() => service.close());

describe('GET /health', () => {
  it('answers with the database kind', async () => {
    const response = await service.app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
  });
});

describe('what is not a route', () => {
  it('answers 404 as a problem, and the log names no URL', async () => {
    service.logs.length = 0;
    const response = await service.app.request('/v1/nothing-here?clientId=C1');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toEqual({
      type: 'https://social-lens.org/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'no route GET /v1/nothing-here',
    });
    expect(JSON.parse(service.logs[0]!)).toMatchObject({ route: '(unmatched)', status: 404 });
    expect(service.logs[0]).not.toContain('C1');
  });
});

describe('CORS', () => {
  it('lets an allowed MIS origin call the service and read the registry headers', async () => {
    const preflight = await service.app.request('/v1/records/check', {
      method: 'OPTIONS',
      headers: { origin: 'https://mis.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://mis.example.org');
    const fetched = await service.app.request('/v1/rulesets/core/client-data/1.1.0', { headers: { origin: 'https://mis.example.org' } });
    expect(fetched.headers.get('access-control-expose-headers')).toContain('ETag');
    const other = await service.app.request('/health', { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
