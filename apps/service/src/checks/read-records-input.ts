import {
  type ConventionDecision,
  decodeRecordsText,
  detectConventions,
  type ImportProfile,
  type LocaleDefaults,
  type RecordsInputItem,
  readRecordsText,
  recordOfJson,
} from '@social-lens/rules/records-input';
import { isJsonMediaType, parseJsonText } from '../api/read-json-body.ts';
import { ProblemError } from '../problems/problem-error.ts';

/** The body of a records check before its records are read: JSON records, or the text of an export. */
export type RecordsBody =
  | { format: 'json'; records: Array<Record<string, unknown>>; options?: Record<string, unknown> }
  | { format: 'json'; records?: undefined; options: Record<string, unknown> }
  | { format: 'csv' | 'ndjson'; text: string }
  | { format: 'xlsx'; bytes: Uint8Array };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'];

function mediaTypeOf(contentType: string | undefined): { type: string; charset?: string } {
  const [type = '', ...parameters] = (contentType ?? '').split(';');
  const charset = parameters
    .map((parameter) => parameter.trim().split('='))
    .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, '$1');
  return { type: type.trim().toLowerCase(), ...(charset === undefined ? {} : { charset }) };
}

function tooMany(limit: number, path: string): ProblemError {
  return new ProblemError(413, {
    kind: 'too-many-records',
    detail: `more than ${limit} records in one request; send them in batches`,
    errors: [{ path, message: `at most ${limit} records`, code: 'too-many-records' }],
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readJson(text: string, limit: number): RecordsBody {
  const value = parseJsonText(text);
  if (Array.isArray(value) || (isObject(value) && Array.isArray(value['records']))) {
    const [records, base, options] = Array.isArray(value) ? [value, '', undefined] : [value['records'] as unknown[], '/records', value];
    if (records.length > limit) throw tooMany(limit, base || '/');
    const errors = records.flatMap((record, index) =>
      isObject(record) ? [] : [{ path: `${base}/${index}`, message: 'expected a JSON object (one client record)', code: 'type' }],
    );
    if (errors.length > 0)
      throw new ProblemError(422, { kind: 'invalid-body', detail: `${errors[0]!.path}: ${errors[0]!.message}`, errors: errors.slice(0, 50) });
    return { format: 'json', records: records as Array<Record<string, unknown>>, ...(options ? { options } : {}) };
  }
  if (isObject(value)) return { format: 'json', options: value };
  throw new ProblemError(422, {
    kind: 'invalid-body',
    detail: 'expected an array of client records or an object with "records"',
    errors: [{ path: '/', message: 'expected array or object' }],
  });
}

/**
 * Reads the body of `POST /v1/records/check`: a JSON array (or `{ records, … }`), NDJSON or
 * `text/csv`. NDJSON and CSV are decoded by the records-input module, as the CLI decodes a file:
 * the declared `charset` when there is one, else UTF-8 or windows-1251 from the first bytes.
 * A JSON body is a request to an API, so a record that is not an object is a 422 naming it.
 *
 * @example
 * const body = readRecordsBody('text/csv; charset=windows-1251', await c.req.arrayBuffer(), 50_000)
 */
export function readRecordsBody(contentType: string | undefined, bytes: ArrayBuffer, limit: number): RecordsBody {
  const { type, charset } = mediaTypeOf(contentType);
  if (isJsonMediaType(type)) return readJson(new TextDecoder().decode(bytes), limit);
  if (type === XLSX_TYPE) return { format: 'xlsx', bytes: new Uint8Array(bytes) };
  const format = NDJSON_TYPES.includes(type) ? 'ndjson' : type === 'text/csv' ? 'csv' : undefined;
  if (format === undefined) {
    throw new ProblemError(415, {
      kind: 'unsupported-media-type',
      detail: `expected application/json, application/x-ndjson, text/csv or ${XLSX_TYPE}, got ${contentType ?? 'no content type'}`,
    });
  }
  return { format, text: decodeRecordsText(new Uint8Array(bytes), charset, 'content-type').text };
}

/**
 * The records of a body and the findings about its input, in order, read through the import
 * profile: JSON records by their keys, CSV through its header, NDJSON line by line (an unreadable
 * row is a finding; the others are still checked), numbers, dates and codes as the profile says
 * or, for CSV, as detected from the first rows (`decisions`). More records than the limit is a
 * 413 naming where the limit was passed.
 *
 * @example
 * const { items, decisions } = recordsOfBody(body, NO_IMPORT_PROFILE, 50_000)
 */
export function recordsOfBody(
  body: Exclude<RecordsBody, { format: 'xlsx' }>,
  profile: ImportProfile,
  limit: number,
  locale?: { name: string; defaults: LocaleDefaults },
): { items: RecordsInputItem[]; decisions: ConventionDecision[] } {
  const localeOption = locale === undefined ? {} : { locale };
  if (body.format === 'json') {
    const { conventions, decisions } = detectConventions([], profile, [], localeOption);
    return { items: (body.records ?? []).flatMap((record, index) => recordOfJson(record, profile.map, index + 1, conventions)), decisions };
  }
  const { items, decisions } = readRecordsText(body.text, { format: body.format, map: profile.map, profile, ...localeOption });
  let records = 0;
  for (const item of items) {
    if (item.kind !== 'record') continue;
    records += 1;
    if (records > limit) throw tooMany(limit, `line ${item.line}`);
  }
  return { items, decisions };
}
