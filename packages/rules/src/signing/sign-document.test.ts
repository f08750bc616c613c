import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { sha256Hex } from './sha256-hex.ts';
import { signDocument, verifyDocumentSignature } from './sign-document.ts';
import { generateSigningKeyPair, publicKeyOfPrivateKey, publicKeyText, readPublicKey } from './signing-keys.ts';

const document = { id: 'assoc/national', version: '2.0.0', title: 'National standard', rules: [{ id: 'a', severity: 'error' }] };

describe('signDocument and verifyDocumentSignature', () => {
  it('verifies a signature over the same content in any key order', async () => {
    const keys = await generateSigningKeyPair();
    const signature = await signDocument(document, keys.privateKeyPem);
    expect(decodeBase64Url(signature)).toHaveLength(64);
    const reordered = { rules: [{ severity: 'error', id: 'a' }], title: 'National standard', version: '2.0.0', id: 'assoc/national' };
    expect(await verifyDocumentSignature(reordered, signature, keys.publicKey)).toBe(true);
  });

  it('rejects changed content, another key and malformed signatures', async () => {
    const keys = await generateSigningKeyPair();
    const other = await generateSigningKeyPair();
    const signature = await signDocument(document, keys.privateKeyPem);
    expect(await verifyDocumentSignature({ ...document, version: '2.0.1' }, signature, keys.publicKey)).toBe(false);
    expect(await verifyDocumentSignature(document, signature, other.publicKey)).toBe(false);
    expect(await verifyDocumentSignature(document, 'not base64 !', keys.publicKey)).toBe(false);
    expect(await verifyDocumentSignature(document, encodeBase64Url(new Uint8Array(10)), keys.publicKey)).toBe(false);
  });

  it('reads the public key from the private key and from SubjectPublicKeyInfo PEM', async () => {
    const keys = await generateSigningKeyPair();
    expect(await publicKeyOfPrivateKey(keys.privateKeyPem)).toBe(keys.publicKey);
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', await readPublicKey(keys.publicKey)));
    const pem = `-----BEGIN PUBLIC KEY-----\n${btoa(String.fromCharCode(...spki))}\n-----END PUBLIC KEY-----\n`;
    expect(await publicKeyText(pem)).toBe(keys.publicKey);
    await expect(publicKeyText('AAAA')).rejects.toThrow(/32 bytes/);
  });
});

describe('sha256Hex', () => {
  it('hashes UTF-8 text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
