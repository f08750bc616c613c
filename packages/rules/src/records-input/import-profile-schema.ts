import type { FromSchema } from 'json-schema-to-ts';

/** How a number of an export is written: its decimal separator and, optionally, its thousands group separator. */
const NUMBER_WRITING_SCHEMA = {
  type: 'object',
  properties: {
    decimal: { enum: ['.', ','], description: 'Decimal separator' },
    group: {
      enum: [' ', '\u00a0', '\u2009', '\u202f', '.', ',', "'", ''],
      description: 'Thousands group separator: space, no-break space, thin space, narrow no-break space, ".", "," or "\'"; "" for none',
    },
  },
  required: ['decimal'],
  additionalProperties: false,
} as const;

/** The ways of writing a date an import profile can name. `DD.MM.YY` is read only when a profile says so. */
export const DATE_WRITINGS = ['YYYY-MM-DD', 'DD.MM.YYYY', 'D.M.YYYY', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YY'] as const;
export type DateWriting = (typeof DATE_WRITINGS)[number];

/**
 * JSON Schema of an import profile (`--map FILE`, the service's `map`, the widget's `profile`):
 * export columns → canonical fields, per field the MIS's own codes → canonical values, and how
 * numbers and dates are written (detected per column when absent). The flat form
 * `{ "Household members": "householdSize" }` is read as `columns` (see `readImportProfile`).
 */
export const IMPORT_PROFILE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/import-profile.json',
  title: 'Import profile',
  type: 'object',
  properties: {
    columns: {
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 200 },
      description: 'Export column name → canonical field (matched trimmed, case-insensitively)',
    },
    values: {
      type: 'object',
      additionalProperties: { type: 'object', additionalProperties: { type: 'string', maxLength: 200 }, maxProperties: 1000 },
      description: 'Canonical field → { MIS code: canonical value }; codes matched trimmed, case-insensitively',
    },
    numbers: NUMBER_WRITING_SCHEMA,
    dates: { enum: DATE_WRITINGS, description: 'How every date field is written' },
  },
  additionalProperties: false,
} as const;

export type ImportProfileDocument = FromSchema<typeof IMPORT_PROFILE_SCHEMA>;
export type NumberWriting = FromSchema<typeof NUMBER_WRITING_SCHEMA>;
