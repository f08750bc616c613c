import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

const DAYS = ['2026-13-45', '2025-02-30', 'abc'];

describe('an impossible today is a 422 on every endpoint that takes it', () => {
  it.each(DAYS)('today=%s', async (today) => {
    const answers = [
      ['/today', await service.app.request('/v1/records/check', jsonRequest('POST', { records: [cleanRecord()], today }))],
      [
        'query.today',
        await service.app.request(`/v1/records/check?today=${today}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'clientId\nC1\n' }),
      ],
      ['/today', await service.app.request('/v1/objectives/check', jsonRequest('POST', { objective: { text: 'Reach 2,000 women by 2027' }, today }))],
      ['/today', await service.app.request('/v1/progress', jsonRequest('POST', { snapshots: [{ asOf: '2026-06-30', records: [cleanRecord()] }], today }))],
    ] as const;
    for (const [path, response] of answers) {
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(((await response.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe(path);
    }
  });
});
