import { type ValueMap, valueMapOf } from './value-map.ts';

/**
 * An import profile as `lens check records --map FILE` reads it, the parts a form needs:
 * `{ "columns": { header: field }, "values": { field: { code: canonical } } }`, or the older
 * flat `{ header: field }` as columns. `numbers` and `dates` describe an export's text and are
 * ignored here. Kept in this one module so it can move to the shared profile schema of
 * `@social-lens/rules/records-input`.
 */
export interface ImportProfile {
  /** The form's names (an export's headers) to canonical fields: the `field-map`. */
  columns: Map<string, string>;
  /** The `value-map`. */
  values: ValueMap;
  /** One sentence per part that was ignored. */
  problems: string[];
}

const PROFILE_PARTS = new Set(['columns', 'values', 'numbers', 'dates']);

/** Reads a parsed profile document; never throws, says what it ignored in `problems`. */
export function importProfileOf(document: unknown, source: string): ImportProfile {
  const columns = new Map<string, string>();
  const problems: string[] = [];
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { columns, values: valueMapOf({}), problems: [`${source}: an import profile is a JSON object`] };
  }
  const object = document as Record<string, unknown>;
  const structured = Object.keys(object).some((key) => PROFILE_PARTS.has(key));
  const columnSource = structured ? (object['columns'] ?? {}) : object;
  if (columnSource === null || typeof columnSource !== 'object' || Array.isArray(columnSource))
    problems.push(`${source} /columns: expected an object of header: field`);
  else {
    for (const [header, field] of Object.entries(columnSource as Record<string, unknown>)) {
      if (typeof field === 'string') columns.set(header, field);
      else problems.push(`${source} /columns/${header}: the field is not text`);
    }
  }
  const values = valueMapOf(structured ? (object['values'] ?? {}) : {}, `${source} /values`);
  return { columns, values, problems: [...problems, ...values.problems] };
}

/**
 * Fetches and reads the profile at `url` (relative to the page). A failed request or a body that
 * is not JSON is a problem of the result, never an exception: the form works without the profile.
 */
export async function loadImportProfile(url: string, base: string): Promise<ImportProfile> {
  const empty = (problem: string): ImportProfile => ({ columns: new Map(), values: valueMapOf({}), problems: [problem] });
  let response: Response;
  try {
    response = await fetch(new URL(url, base), { headers: { accept: 'application/json' } });
  } catch {
    return empty(`profile ${url}: could not be loaded`);
  }
  if (!response.ok) return empty(`profile ${url}: could not be loaded (HTTP ${response.status})`);
  let document: unknown;
  try {
    document = JSON.parse(await response.text());
  } catch {
    return empty(`profile ${url}: not valid JSON`);
  }
  return importProfileOf(document, `profile ${url}`);
}
