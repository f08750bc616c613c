import { RecordsInputError } from '../errors.ts';

/**
 * Reads a JSON export: an array of client records. Text that is not JSON, or JSON that is not
 * an array, is a `not-records` error; the items are read one by one later (an item that is not
 * a record is a finding, not an error).
 *
 * @example
 * for (const [index, item] of parseJsonRecordsText(text, { source: 'clients.json' }).entries()) recordOfJson(item, map, index + 1)
 */
export function parseJsonRecordsText(text: string, options: { source?: string } = {}): unknown[] {
  const errorOptions = options.source === undefined ? {} : { source: options.source };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new RecordsInputError([{ code: 'not-records', path: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }], {
      ...errorOptions,
      cause: error,
    });
  }
  if (!Array.isArray(value)) throw new RecordsInputError([{ code: 'not-records', path: '', message: 'expected a JSON array of client records' }], errorOptions);
  return value;
}
