import { SigningError } from './signing-error.ts';

/** Deeper values are refused: a rule set is at most 40 levels deep, so 256 is generous. */
export const CANONICAL_JSON_MAX_DEPTH = 256;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const escapePointer = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

function serializeString(value: string, path: string): string {
  // RFC 8785 takes I-JSON input: a lone surrogate has no UTF-8 form, so it cannot be signed.
  if (LONE_SURROGATE.test(value)) throw new SigningError('lone-surrogate', `a string at ${path || '/'} holds a lone UTF-16 surrogate`, { path });
  // ECMAScript's JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 asks.
  return JSON.stringify(value);
}

function serialize(value: unknown, path: string, depth: number, out: string[]): void {
  if (depth > CANONICAL_JSON_MAX_DEPTH) {
    throw new SigningError('too-deep', `nesting deeper than ${CANONICAL_JSON_MAX_DEPTH} levels at ${path}`, { path });
  }
  if (value === null || value === true || value === false) {
    out.push(String(value));
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(serializeString(value, path));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new SigningError('not-json', `${value} at ${path || '/'} is not a JSON number`, { path });
      // Number.prototype.toString is the serialisation RFC 8785 §3.2.2.3 prescribes (-0 → "0").
      out.push(JSON.stringify(value));
      return;
    case 'object': {
      if (Array.isArray(value)) {
        out.push('[');
        for (let index = 0; index < value.length; index += 1) {
          if (index > 0) out.push(',');
          serialize(value[index], `${path}/${index}`, depth + 1, out);
        }
        out.push(']');
        return;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw new SigningError('not-json', `the value at ${path || '/'} is a ${prototype?.constructor?.name ?? 'non-plain object'}, not a JSON object`, {
          path,
        });
      }
      // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 asks for.
      const keys = Object.keys(value).sort();
      out.push('{');
      keys.forEach((key, index) => {
        if (index > 0) out.push(',');
        const childPath = `${path}/${escapePointer(key)}`;
        out.push(serializeString(key, childPath), ':');
        serialize((value as Record<string, unknown>)[key], childPath, depth + 1, out);
      });
      out.push('}');
      return;
    }
    default:
      throw new SigningError('not-json', `the ${typeof value} at ${path || '/'} is not a JSON value`, { path });
  }
}

/**
 * The canonical JSON text of a value, after RFC 8785 (JSON Canonicalization Scheme): object
 * keys sorted by UTF-16 code units, no white space, numbers as ECMAScript prints them, strings
 * escaped as `JSON.stringify` does. Two documents with the same content have the same text,
 * whatever their key order or formatting, so a signature or hash over it survives reformatting.
 * Throws a {@link SigningError} for values JSON cannot carry (NaN, undefined, lone surrogates)
 * and for nesting deeper than {@link CANONICAL_JSON_MAX_DEPTH}.
 *
 * @example
 * canonicalJson({ version: '1.0.0', id: 'core/client-data', n: 1e21 })
 * // → '{"id":"core/client-data","n":1e+21,"version":"1.0.0"}'
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  serialize(value, '', 1, out);
  return out.join('');
}
