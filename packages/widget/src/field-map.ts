import { type ColumnMap, createColumnMap } from '@social-lens/rules/records-input';

/** A parsed `field-map`: the form's own names to canonical client-record fields, and what could not be read. */
export interface FieldMap {
  /** The column map of `@social-lens/rules/records-input`: names matched as an export's columns are. */
  fields: ColumnMap;
  /** One sentence per entry that was ignored. */
  problems: readonly string[];
}

/**
 * Reads a list of `key:value` pairs given as a JSON object (`{"hh_size":"householdSize"}`) or
 * as text (`hh_size:householdSize, inc_tot:householdIncomeMonthly`). Both forms exist because
 * a JSON attribute is awkward to write inside old server-side templates.
 *
 * @example parsePairs('1:very-poor, 2:poor') // → Map { '1' → 'very-poor', '2' → 'poor' }
 */
export function parsePairs(text: string): { pairs: Map<string, string>; problems: string[] } {
  const pairs = new Map<string, string>();
  const problems: string[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return { pairs, problems };
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return { pairs, problems: ['not valid JSON'] };
    }
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof value === 'string') pairs.set(key, value);
      else problems.push(`"${key}": the value is not text`);
    }
    return { pairs, problems };
  }
  for (const entry of trimmed.split(',')) {
    if (entry.trim() === '') continue;
    const colon = entry.indexOf(':');
    if (colon === -1) {
      problems.push(`"${entry.trim()}": expected name:field`);
      continue;
    }
    pairs.set(entry.slice(0, colon).trim(), entry.slice(colon + 1).trim());
  }
  return { pairs, problems };
}

/**
 * Parses a `field-map` attribute: the form's input names on the left, canonical fields on the
 * right, read into the same column map as `lens check records --map` reads (names matched
 * trimmed and case-insensitively). Entries naming no canonical field are reported, not guessed.
 * `declaredFields`: fields a rule set declares beyond the canonical ones (a scorecard's answers);
 * `base`: pairs the text's own entries override (an import profile's columns).
 *
 * @example
 * canonicalFieldOf('HH_SIZE', parseFieldMap('hh_size:householdSize, inc_tot:householdIncomeMonthly').fields) // → 'householdSize'
 */
export function parseFieldMap(
  text: string | null | undefined,
  declaredFields: readonly string[] = [],
  base: ReadonlyMap<string, string> = new Map(),
): FieldMap {
  const { pairs, problems } = parsePairs(text ?? '');
  const map = createColumnMap(new Map([...base, ...pairs]), '', declaredFields);
  return { fields: map.map, problems: [...problems, ...map.problems.map((problem) => `"${problem.column}": ${problem.message}`)] };
}
