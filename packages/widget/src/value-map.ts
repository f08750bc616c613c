/**
 * A parsed `value-map`: per input (its `name`, its `data-lens-field` or the canonical field), the
 * page's own codes to canonical values. Keys and codes are matched trimmed and case-insensitively,
 * as `lens check records --map` matches an import profile's `values`.
 */
export interface ValueMap {
  /** Lower-cased key → lower-cased code → canonical value. */
  readonly entries: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The keys as written, for reports naming them. */
  readonly keys: readonly string[];
  /** One sentence per entry that was ignored. */
  readonly problems: readonly string[];
}

export const EMPTY_VALUE_MAP: ValueMap = { entries: new Map(), keys: [], problems: [] };

function normalized(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Reads the `{ key: { code: canonical } }` object of a `value-map` attribute or of an import
 * profile's `values`; `source` names where it came from in the problems.
 *
 * @example valueMapOf({ cboPov: { 1: 'very-poor', 2: 'poor' } }).entries.get('cbopov')?.get('1') // → 'very-poor'
 */
export function valueMapOf(value: unknown, source = 'value-map'): ValueMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { entries: new Map(), keys: [], problems: [`${source}: expected an object of inputs, each an object of codes`] };
  const entries = new Map<string, Map<string, string>>();
  const keys: string[] = [];
  const problems: string[] = [];
  for (const [key, codes] of Object.entries(value as Record<string, unknown>)) {
    if (codes === null || typeof codes !== 'object' || Array.isArray(codes)) {
      problems.push(`${source} "${key}": expected an object of codes`);
      continue;
    }
    const translations = entries.get(normalized(key)) ?? new Map<string, string>();
    for (const [code, canonical] of Object.entries(codes as Record<string, unknown>)) {
      if (typeof canonical === 'string') translations.set(normalized(code), canonical);
      else problems.push(`${source} "${key}" → "${code}": the value is not text`);
    }
    if (!entries.has(normalized(key))) keys.push(key);
    entries.set(normalized(key), translations);
  }
  return { entries, keys, problems };
}

/** Parses a `value-map` attribute (JSON); an empty or absent attribute maps nothing. */
export function parseValueMap(text: string | null | undefined): ValueMap {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return EMPTY_VALUE_MAP;
  try {
    return valueMapOf(JSON.parse(trimmed));
  } catch {
    return { entries: new Map(), keys: [], problems: ['value-map: not valid JSON'] };
  }
}

/** Both maps in one, `preferred`'s entries winning code by code. */
export function mergeValueMaps(base: ValueMap, preferred: ValueMap): ValueMap {
  const entries = new Map<string, ReadonlyMap<string, string>>(base.entries);
  for (const [key, codes] of preferred.entries) entries.set(key, new Map([...(base.entries.get(key) ?? []), ...codes]));
  const keys = [...base.keys, ...preferred.keys.filter((key) => !base.entries.has(normalized(key)))];
  return { entries, keys, problems: [...base.problems, ...preferred.problems] };
}

/**
 * The canonical value of a code typed or chosen in a control: the first of `keys` (the control's
 * `name`, its `data-lens-field`, its canonical field) the map has, its code matched trimmed and
 * case-insensitively; the value unchanged when no entry translates it.
 */
export function translateCode(map: ValueMap, keys: readonly (string | undefined)[], value: string): string {
  for (const key of keys) {
    if (key === undefined || key.trim() === '') continue;
    const codes = map.entries.get(normalized(key));
    if (codes) return codes.get(normalized(value)) ?? value;
  }
  return value;
}
