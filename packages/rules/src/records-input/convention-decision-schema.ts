import type { FromSchema } from 'json-schema-to-ts';

/**
 * JSON Schema of one decision about how a column is read: what `lens check records` and
 * `lens progress` print on stderr, the records check's `summary.input.conventions` and each
 * progress snapshot's `conventions`.
 */
export const CONVENTION_DECISION_SCHEMA = {
  type: 'object',
  required: ['field', 'kind', 'reading', 'how', 'ambiguous'],
  additionalProperties: false,
  properties: {
    field: { type: 'string', description: 'The canonical field the column is read as.' },
    kind: { enum: ['number', 'date'] },
    reading: { type: 'string', description: '`decimal comma`, `decimal dot, groups`, `DD.MM.YYYY`, …' },
    how: {
      enum: ['profile', 'detected', 'default'],
      description: 'Where the reading comes from: the import profile, the column’s own cells, or a default (locale, delimiter).',
    },
    ambiguous: { type: 'boolean', description: 'True when the column’s cells could be read two ways and the default chose.' },
    note: { type: 'string', description: 'Why, in a few words (`no day above 12; --locale ru`).' },
  },
} as const;

/** One decision about how a column is read, for stderr and the report. */
export type ConventionDecision = FromSchema<typeof CONVENTION_DECISION_SCHEMA>;
