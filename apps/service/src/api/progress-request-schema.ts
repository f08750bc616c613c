import { OBJECTIVE_SCHEMA } from '@social-lens/rules';
import { INPUT_LOCALES } from '@social-lens/rules/records-input';
import { RULE_SET_REFERENCES_SCHEMA } from './records-check-request-schema.ts';

const { $schema: _dialect, $id: _id, ...objective } = OBJECTIVE_SCHEMA;

/**
 * Body of `POST /v1/progress`: dated snapshots of a client export (records as JSON, or the CSV
 * text of the export), the indicators rule sets, the objectives to judge and the period. A
 * snapshot's date and the period are read by the run, so a bad one is a problem in the answer
 * and the rest goes on, as in `lens progress`.
 */
export const PROGRESS_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/progress-request.json',
  title: 'Progress request',
  type: 'object',
  required: ['snapshots'],
  additionalProperties: false,
  properties: {
    snapshots: {
      type: 'array',
      minItems: 1,
      maxItems: 12,
      description: 'Snapshots of the export, in any order; they are measured oldest first.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200, description: 'What the answer calls it (a file name); `snapshot N` by default' },
          asOf: { type: 'string', maxLength: 40, description: 'YYYY-MM-DD; by default the latest date its records hold (not after today)' },
          records: { type: 'array', items: { type: 'object' }, description: 'Client records, canonical or mapped names; CSV-style text values are read too' },
          csv: { type: 'string', description: 'The export as CSV text: header row, `,` `;` tab or `|` as delimiter' },
        },
        oneOf: [{ required: ['records'] }, { required: ['csv'] }],
      },
    },
    indicators: { ...RULE_SET_REFERENCES_SCHEMA, description: 'Indicators rule sets by id and semver range; `core/spm-indicators` by default' },
    objectives: { type: 'array', items: objective, description: 'Objectives with `indicator`, `baseline`, `baselineDate`, `target`, `deadline`' },
    period: {
      type: 'string',
      maxLength: 50,
      description: '`FROM..TO`: one period for every snapshot; by default each snapshot’s 12 months ending at its date',
    },
    map: {
      type: 'object',
      description:
        'Import profile `{ columns, values, numbers, dates }` for every snapshot, read as `POST /v1/records/check` reads it, or its flat form: export column → canonical field name',
    },
    locale: { enum: INPUT_LOCALES, description: 'How number and date columns that read two ways are read: ru, bs, hr, sr (decimal comma, DD.MM.YYYY) or en' },
    lang: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'Language of titles and reasons' },
    today: { type: 'string', format: 'date', description: 'Dates after this do not date a snapshot; today by default' },
  },
} as const;
