import { verifyDocumentSignature } from '@social-lens/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;
let token: string;

beforeAll(async () => {
  service = await createTestService();
  token = await service.publisher('assoc');
});
afterAll(() => service.close());

const base64Url = (hex: string) => Buffer.from(hex, 'hex').toString('base64url');
/** The identity point (order 1), the all-zero encoding (order 4) and a y ≥ p (not canonical). */
const WEAK_KEYS = {
  identity: base64Url(`01${'00'.repeat(31)}`),
  'all-zero': base64Url('00'.repeat(32)),
  'non-canonical': base64Url(`ee${'ff'.repeat(30)}7f`),
};

describe('degenerate Ed25519 keys', () => {
  it.each(Object.entries(WEAK_KEYS))('refuses the %s key at registration with a 422 naming /publicKey', async (_name, publicKey) => {
    const response = await service.app.request('/v1/publishers/assoc/keys', jsonRequest('POST', { publicKey }, token));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Array<{ code: string }> }).errors[0]!.code).toBe('weak-key');
    expect(((await (await service.app.request('/v1/publishers/assoc')).json()) as { keys: string[] }).keys).toEqual([]);
  });

  it('does not verify under the identity key the fixed signature that would match any document', async () => {
    const anySignature = base64Url(`01${'00'.repeat(63)}`);
    await expect(verifyDocumentSignature({ id: 'a/b' }, anySignature, WEAK_KEYS.identity)).rejects.toMatchObject({ code: 'weak-key' });
  });
});
