import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { canonicalJson } from './canonical-json.ts';
import { readPrivateKey, readPublicKey } from './signing-keys.ts';

const encoder = new TextEncoder();

/**
 * A detached Ed25519 signature (base64url, 64 bytes) over the canonical JSON of a document, so
 * the signature does not depend on key order or formatting of the file.
 *
 * @example
 * const signature = await signDocument(ruleSet, readFileSync('publisher.key.pem', 'utf8'))
 */
export async function signDocument(document: unknown, privateKey: string | CryptoKey): Promise<string> {
  const key = typeof privateKey === 'string' ? await readPrivateKey(privateKey) : privateKey;
  const signature = await crypto.subtle.sign('Ed25519', key, encoder.encode(canonicalJson(document)));
  return encodeBase64Url(new Uint8Array(signature));
}

/**
 * True when `signature` is the Ed25519 signature of the document's canonical JSON by the key.
 * A malformed signature is simply not valid (false); a malformed key or a value JSON cannot
 * carry throws a {@link SigningError}.
 *
 * @example
 * await verifyDocumentSignature(ruleSet, signature, publisherPublicKey) // → true
 */
export async function verifyDocumentSignature(document: unknown, signature: string, publicKey: string | CryptoKey): Promise<boolean> {
  const key = typeof publicKey === 'string' ? await readPublicKey(publicKey) : publicKey;
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(signature);
  } catch {
    return false;
  }
  if (bytes.length !== 64) return false;
  return crypto.subtle.verify('Ed25519', key, bytes as Uint8Array<ArrayBuffer>, encoder.encode(canonicalJson(document)));
}
