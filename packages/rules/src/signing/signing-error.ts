/** Codes of what can go wrong while canonicalising, hashing, signing or verifying. A fixed list. */
export const SIGNING_ERROR_CODES = ['not-json', 'too-deep', 'lone-surrogate', 'bad-key', 'weak-key', 'bad-signature-encoding'] as const;

export type SigningErrorCode = (typeof SIGNING_ERROR_CODES)[number];

/**
 * A value that cannot be canonicalised, or a key or signature that cannot be read. A signature
 * that is well-formed but does not match is not an error: verification answers `false`.
 *
 * @example
 * try { canonicalJson({ amount: Number.NaN }) } catch (error) { if (error instanceof SigningError) error.path // → '/amount' }
 */
export class SigningError extends Error {
  readonly code: SigningErrorCode;
  /** JSON Pointer of the offending value, when the error is about a value. */
  readonly path: string;
  constructor(code: SigningErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SigningError';
    this.code = code;
    this.path = options.path ?? '';
  }
}
