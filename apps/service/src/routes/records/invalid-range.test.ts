import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

describe('an invalid semver range', () => {
  it('is a 422 on the check endpoint as on GET', async () => {
    const check = await service.app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord()], rulesets: ['core/client-data@>>x'] }));
    const get = await service.app.request(`/v1/rulesets/core/client-data/${encodeURIComponent('>>x')}`);
    expect([check.status, get.status]).toEqual([422, 422]);
  });
});
