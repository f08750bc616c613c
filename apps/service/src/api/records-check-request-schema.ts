import { CLIENT_RECORD_SCHEMA, RULE_SET_REFERENCE_PATTERN } from '@social-lens/rules';
import { INPUT_LOCALES } from '@social-lens/rules/records-input';

/** `rulesets` of a check request: registry references, resolved with `extends` followed. */
export const RULE_SET_REFERENCES_SCHEMA = {
  type: 'array',
  minItems: 1,
  maxItems: 10,
  items: { type: 'string', pattern: RULE_SET_REFERENCE_PATTERN },
  description: 'Rule sets by id and semver range, e.g. `assoc/national@^2`',
} as const;

/**
 * Body of `POST /v1/records/check` as JSON: either an array of client records, or this object.
 * NDJSON and CSV bodies carry the records only; options then come from the query string.
 */
export const RECORDS_CHECK_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/records-check-request.json',
  title: 'Records check request',
  type: 'object',
  required: ['records'],
  additionalProperties: false,
  properties: {
    records: { type: 'array', items: { type: 'object' }, description: `Client records (${CLIENT_RECORD_SCHEMA.$id}); CSV-style text values are read too` },
    rulesets: RULE_SET_REFERENCES_SCHEMA,
    params: { type: 'object', description: 'Rule-set parameter values, e.g. `{ "povertyLinePerMember": 150 }`' },
    map: {
      type: 'object',
      description:
        'Import profile `{ columns, values, numbers, dates }` (https://social-lens.org/schemas/import-profile.json), or its flat form: export column → canonical field name',
    },
    locale: { enum: INPUT_LOCALES, description: 'How number and date columns that read two ways are read: ru, bs, hr, sr (decimal comma, DD.MM.YYYY) or en' },
    lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    today: { type: 'string', format: 'date', description: 'The date "in the future" is measured against' },
  },
} as const;
