const encoder = new TextEncoder();

/**
 * SHA-256 of a text (as UTF-8) or of bytes, in lower-case hex, with the platform's WebCrypto.
 * The registry's ETag of a rule-set version is this hash of its canonical JSON.
 *
 * @example
 * await sha256Hex('abc') // → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
