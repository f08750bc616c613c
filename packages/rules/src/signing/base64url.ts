import { SigningError } from './signing-error.ts';

/**
 * Bytes as unpadded base64url (RFC 4648 §5), the encoding of keys and signatures in the registry.
 *
 * @example
 * encodeBase64Url(new Uint8Array([251, 255])) // → '-_8'
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Reads base64url or standard base64 (padded or not); throws a {@link SigningError} otherwise.
 *
 * @example
 * decodeBase64Url('-_8') // → Uint8Array [251, 255]
 */
export function decodeBase64Url(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact)) throw new SigningError('bad-signature-encoding', 'expected base64url text');
  const standard = compact.replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) throw new SigningError('bad-signature-encoding', 'base64 text of an impossible length');
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
