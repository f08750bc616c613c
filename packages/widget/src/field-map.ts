import { CLIENT_RECORD_FIELDS, type ClientRecordField } from '@social-lens/rules';

/** A parsed `field-map`: the form's own names to canonical client-record fields, and what could not be read. */
export interface FieldMap {
  fields: ReadonlyMap<string, ClientRecordField>;
  /** One sentence per entry that was ignored. */
  problems: readonly string[];
}

const CANONICAL = new Set<string>(CLIENT_RECORD_FIELDS);

/** True for the canonical names of DESIGN.md (`householdIncomeMonthly`, …). */
export function isClientRecordField(name: string): name is ClientRecordField {
  return CANONICAL.has(name);
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
 * right. Entries naming no canonical field are reported, not guessed.
 *
 * @example
 * parseFieldMap('hh_size:householdSize, inc_tot:householdIncomeMonthly').fields.get('hh_size') // → 'householdSize'
 */
export function parseFieldMap(text: string | null | undefined): FieldMap {
  const { pairs, problems } = parsePairs(text ?? '');
  const fields = new Map<string, ClientRecordField>();
  for (const [name, field] of pairs) {
    if (isClientRecordField(field)) fields.set(name, field);
    else problems.push(`"${name}": "${field}" is not a client-record field`);
  }
  return { fields, problems };
}
