import { describe, expect, it } from 'vitest';
import { assertStrongPublicKey } from './assert-strong-public-key.ts';
import { encodeBase64Url } from './base64url.ts';
import { verifyDocumentSignature } from './sign-document.ts';
import { generateSigningKeyPair, readPublicKey } from './signing-keys.ts';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((byte) => Number.parseInt(byte, 16)));

/** The canonical encodings of the eight points of small order. */
const SMALL_ORDER = [
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0000000000000000000000000000000000000000000000000000000000000080',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
];

describe('assertStrongPublicKey', () => {
  it('refuses the identity key, under which one fixed signature verifies any document', async () => {
    const identity = encodeBase64Url(hex(SMALL_ORDER[0]!));
    const forged = encodeBase64Url(hex(`${SMALL_ORDER[0]!}${'00'.repeat(32)}`));
    await expect(verifyDocumentSignature({ id: 'any/document' }, forged, identity)).rejects.toMatchObject({ code: 'weak-key' });
    await expect(readPublicKey(identity)).rejects.toMatchObject({ code: 'weak-key' });
  });

  it.each(SMALL_ORDER)('refuses the point of small order %s', (encoding) => {
    expect(() => assertStrongPublicKey(hex(encoding))).toThrow(/small order/);
  });

  it('refuses non-canonical encodings and bytes that are no point of the curve', () => {
    // y = p + 1 ≡ 1: the identity again, written with y above the prime.
    expect(() => assertStrongPublicKey(hex(`ee${'ff'.repeat(30)}7f`))).toThrow(/not canonically encoded/);
    // y = 1 with the sign bit of x = 0 set.
    expect(() => assertStrongPublicKey(hex(`01${'00'.repeat(30)}80`))).toThrow(/not canonically encoded/);
    // y = 2: (y² − 1) / (d·y² + 1) is not a square mod p.
    expect(() => assertStrongPublicKey(hex(`02${'00'.repeat(31)}`))).toThrow(/not a point/);
  });

  it('accepts real keys', async () => {
    for (let index = 0; index < 20; index += 1) {
      const { publicKey } = await generateSigningKeyPair();
      await expect(readPublicKey(publicKey)).resolves.toBeDefined();
    }
  });
});
