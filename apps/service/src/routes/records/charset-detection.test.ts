import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

/** windows-1251 bytes of a text in Latin and Cyrillic letters. */
function windows1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (character) => {
    const code = character.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no windows-1251 byte for ${character} in this test`);
  });
}

describe('a windows-1251 CSV without a declared charset', () => {
  it('is detected as the CLI detects it: two national ids that differ in Cyrillic letters are no duplicate', async () => {
    const base = cleanRecord();
    const header = Object.keys(base).join(',');
    const row = (clientId: string, nationalId: string) => Object.values({ ...base, clientId, nationalId }).join(',');
    const bytes = windows1251(`${header}\n${row('C1', 'АБ123456')}\n${row('C2', 'ВГ123456')}\n`);
    for (const contentType of ['text/csv', 'text/csv; charset=windows-1251']) {
      const response = await service.app.request('/v1/records/check', {
        method: 'POST',
        headers: { 'content-type': contentType, accept: 'application/json' },
        body: bytes,
      });
      expect(response.status).toBe(200);
      const answer = (await response.json()) as { findings: Array<{ ruleId: string }> };
      expect([contentType, answer.findings.map((finding) => finding.ruleId).filter((id) => id.includes('duplicate'))]).toEqual([contentType, []]);
    }
    const asUtf8 = await service.app.request('/v1/records/check', {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8', accept: 'application/json' },
      body: bytes,
    });
    // Read as declared, the two ids are the same replacement characters: the duplicate the detection avoids.
    const misread = (await asUtf8.json()) as { findings: Array<{ ruleId: string }> };
    expect(misread.findings.map((finding) => finding.ruleId).some((id) => id.includes('duplicate'))).toBe(true);
  });
});
