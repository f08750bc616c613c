import { assertStrongPublicKey } from './assert-strong-public-key.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { SigningError } from './signing-error.ts';

const ED25519 = { name: 'Ed25519' } as const;
const PEM = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/;

/** A new key pair: the private key as PKCS #8 PEM (what `openssl genpkey -algorithm ed25519` writes), the public key as registry text. */
export interface SigningKeyPair {
  privateKeyPem: string;
  /** The 32 raw bytes of the public key, base64url: the form a publisher registers. */
  publicKey: string;
}

function pemOf(label: string, bytes: Uint8Array): string {
  const body = btoa(String.fromCharCode(...bytes)).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

function readPem(text: string): { label: string; bytes: Uint8Array } | undefined {
  const match = PEM.exec(text);
  if (!match) return undefined;
  return { label: match[1]!, bytes: decodeBase64Url(match[2]!.replace(/\s+/g, '')) };
}

function asBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}

/**
 * Creates an Ed25519 key pair with the platform's WebCrypto.
 *
 * @example
 * const { privateKeyPem, publicKey } = await generateSigningKeyPair()
 * // keep privateKeyPem secret; register publicKey with the registry
 */
export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKeyPem: pemOf('PRIVATE KEY', pkcs8), publicKey: encodeBase64Url(raw) };
}

/**
 * Reads an Ed25519 private key from PKCS #8 PEM.
 *
 * @example
 * const key = await readPrivateKey(readFileSync('publisher.key.pem', 'utf8'))
 */
export async function readPrivateKey(pem: string): Promise<CryptoKey> {
  const read = readPem(pem);
  if (read?.label !== 'PRIVATE KEY') throw new SigningError('bad-key', 'expected an Ed25519 private key in PKCS #8 PEM ("-----BEGIN PRIVATE KEY-----")');
  try {
    return await crypto.subtle.importKey('pkcs8', asBuffer(read.bytes), ED25519, false, ['sign']);
  } catch (error) {
    throw new SigningError('bad-key', 'the private key is not an Ed25519 key', { cause: error });
  }
}

/**
 * Reads an Ed25519 public key given as 32 raw bytes in base64url (the registry's form) or as
 * SubjectPublicKeyInfo PEM (what `openssl pkey -pubout` writes). A non-canonical or
 * small-order key is refused (`weak-key`), so it can neither be registered nor verify.
 *
 * @example
 * const key = await readPublicKey('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo')
 */
export async function readPublicKey(text: string): Promise<CryptoKey> {
  const pem = readPem(text);
  try {
    if (pem) {
      if (pem.label !== 'PUBLIC KEY') throw new SigningError('bad-key', `expected "PUBLIC KEY" PEM, got "${pem.label}"`);
      const key = await crypto.subtle.importKey('spki', asBuffer(pem.bytes), ED25519, true, ['verify']);
      assertStrongPublicKey(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
      return key;
    }
    const raw = decodeBase64Url(text.trim());
    assertStrongPublicKey(raw);
    return await crypto.subtle.importKey('raw', asBuffer(raw), ED25519, true, ['verify']);
  } catch (error) {
    if (error instanceof SigningError) throw error;
    throw new SigningError('bad-key', 'not an Ed25519 public key', { cause: error });
  }
}

/**
 * The registry's text of a public key (32 raw bytes, base64url), from either accepted form.
 *
 * @example
 * await publicKeyText(readFileSync('publisher.pub.pem', 'utf8')) // → '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo'
 */
export async function publicKeyText(text: string): Promise<string> {
  const key = await readPublicKey(text);
  return encodeBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/**
 * The public key of a private key, in the registry's text, so a signer can say which key it used.
 *
 * @example
 * await publicKeyOfPrivateKey(privateKeyPem) // → '11qYAYKx…'
 */
export async function publicKeyOfPrivateKey(pem: string): Promise<string> {
  const read = readPem(pem);
  if (read?.label !== 'PRIVATE KEY') throw new SigningError('bad-key', 'expected an Ed25519 private key in PKCS #8 PEM');
  try {
    const key = await crypto.subtle.importKey('pkcs8', asBuffer(read.bytes), ED25519, true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', key);
    if (typeof jwk.x === 'string') return jwk.x;
  } catch (error) {
    throw new SigningError('bad-key', 'the private key is not an Ed25519 key', { cause: error });
  }
  throw new SigningError('bad-key', 'the platform did not give the public part of the key');
}
