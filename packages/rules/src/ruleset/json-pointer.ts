/** One reference token of a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
function escapePointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * A JSON Pointer from its tokens, escaped.
 *
 * @example jsonPointer('overrides', 'core/client-data#gender-code') // → '/overrides/core~1client-data#gender-code'
 */
export function jsonPointer(...tokens: ReadonlyArray<string | number>): string {
  return tokens.map((token) => `/${escapePointerToken(token)}`).join('');
}
