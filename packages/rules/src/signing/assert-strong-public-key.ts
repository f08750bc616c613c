import { SigningError } from './signing-error.ts';

/** The field prime of Curve25519, 2²⁵⁵ − 19. */
const P = (1n << 255n) - 19n;
/** Edwards curve constant d = −121665 / 121666 (mod p). */
const D = (-121665n * modularPower(121666n, P - 2n)) % P;
/**
 * The y coordinates of the eight points of small order (the torsion subgroup): the identity
 * (y = 1), order 2 (y = −1), order 4 (y = 0) and order 8 (y = ±y₈). Under such a key one
 * fixed signature can verify many documents, so none may be registered or trusted.
 */
const SMALL_ORDER_Y = new Set([
  1n,
  P - 1n,
  0n,
  55188659117513257062467267217118295137698188065244968500265048394206261417927n,
  P - 55188659117513257062467267217118295137698188065244968500265048394206261417927n,
]);

function modularPower(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let factor = ((base % P) + P) % P;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * factor) % P;
    factor = (factor * factor) % P;
  }
  return result;
}

/**
 * Throws unless 32 bytes are a canonical encoding (RFC 8032 §5.1.3) of a point on Ed25519 whose
 * order is not small: y below p, no sign bit on x = 0, x² a square, not one of the eight
 * points of small order. WebCrypto imports any 32 bytes; this is what it leaves out.
 *
 * @example
 * assertStrongPublicKey(new Uint8Array(32)) // throws: y = 0 is a point of order 4
 */
export function assertStrongPublicKey(raw: Uint8Array): void {
  if (raw.length !== 32) throw new SigningError('bad-key', `an Ed25519 public key has 32 bytes, this one ${raw.length}`);
  let encoded = 0n;
  for (let index = 31; index >= 0; index -= 1) encoded = (encoded << 8n) | BigInt(raw[index]!);
  const sign = encoded >> 255n;
  const y = encoded & ((1n << 255n) - 1n);
  if (y >= P) throw new SigningError('weak-key', 'the public key is not canonically encoded (its y coordinate is not below 2^255 − 19)');
  const xSquared = ((y * y - 1n) * modularPower(D * y * y + 1n, P - 2n)) % P;
  const normalized = (xSquared + P) % P;
  if (normalized === 0n && sign === 1n) throw new SigningError('weak-key', 'the public key is not canonically encoded (x = 0 with its sign bit set)');
  if (normalized !== 0n && modularPower(normalized, (P - 1n) / 2n) !== 1n) throw new SigningError('weak-key', 'the public key is not a point of Ed25519');
  if (SMALL_ORDER_Y.has(y))
    throw new SigningError('weak-key', 'the public key is a point of small order, under which forged signatures verify; generate a new key');
}
