import type { FromSchema } from 'json-schema-to-ts';
import { CONVENTION_DECISION_SCHEMA } from '../records-input/convention-decision-schema.ts';
import { INDICATOR_UNITS } from './indicator-schema.ts';
import { PROGRESS_PROBLEM_SCHEMA } from './progress-problems.ts';

const date = { type: 'string', format: 'date' } as const;
const count = { type: 'integer', minimum: 0 } as const;

const figureProperties = {
  value: {
    type: ['number', 'null'],
    description:
      'Shares and rates as fractions 0–1; null when there is nothing to divide by (see reason). Distribution indicators have `distribution` instead.',
  },
  numerator: { type: 'number', description: 'share: records counted; rate: the numerator sum; mean: the sum of values.' },
  denominator: { type: 'number', description: 'share: the population; rate: the denominator sum; mean and median: the records averaged.' },
  excluded: { ...count, description: 'Records left out: a value the indicator needs is missing, unreadable or outside its codes.' },
  distribution: { type: 'object', additionalProperties: { type: 'number' }, description: 'Distribution indicators: the share of each value.' },
  counts: {
    type: 'object',
    additionalProperties: count,
    description: 'Distribution indicators: records per value; rate indicators: records in each population of the formula.',
  },
  approximate: { type: 'boolean', description: 'Medians of very large groups come from a uniform sample of the values.' },
  reason: { type: 'string', description: 'Why value is null.' },
} as const;

const groupFigure = {
  type: 'object',
  required: ['group', 'excluded'],
  additionalProperties: false,
  properties: { group: { type: 'string' }, ...figureProperties },
} as const;

const indicatorValue = {
  type: 'object',
  required: ['asOf', 'from', 'to', 'excluded', 'segments'],
  additionalProperties: false,
  properties: {
    asOf: date,
    from: date,
    to: date,
    ...figureProperties,
    segments: { type: 'object', additionalProperties: { type: 'array', items: groupFigure }, description: 'By segment fact, the value of each group.' },
  },
} as const;

const indicatorSeries = {
  type: 'object',
  required: ['id', 'title', 'unit', 'description', 'values'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', description: 'publisher/name#indicator' },
    ruleSet: { type: 'string', description: 'id@version of the rule set that defines it' },
    title: { type: 'string' },
    unit: { enum: INDICATOR_UNITS },
    description: { type: 'string' },
    source: { type: 'string' },
    values: { type: 'array', items: indicatorValue, description: 'One value per snapshot, oldest first.' },
  },
} as const;

const transition = {
  type: 'object',
  required: ['from', 'to', 'field', 'population', 'matched', 'excluded', 'onlyInOld', 'onlyInOldListed', 'onlyInNew', 'counts'],
  additionalProperties: false,
  properties: {
    from: { ...date, description: 'asOf of the older snapshot' },
    to: { ...date, description: 'asOf of the newer snapshot' },
    field: { type: 'string' },
    population: { type: 'string', description: 'The population whose clients are matched in each snapshot (at its asOf).' },
    matched: { ...count, description: 'Clients in the population of both snapshots: by clientId, or by normalised nationalId where the id changed.' },
    matchedByNationalId: count,
    excluded: { ...count, description: 'Matched clients whose value of the field is unknown in one of the two.' },
    onlyInOld: { ...count, description: 'In the older population only: exits or lost.' },
    onlyInOldListed: { ...count, description: '…of whom the newer export still lists the client id, outside the population (exited, rejected…).' },
    onlyInNew: { ...count, description: 'In the newer population only: new or returning clients.' },
    counts: {
      type: 'object',
      description: 'From the older value to the newer: counts[old][new].',
      additionalProperties: { type: 'object', additionalProperties: count },
    },
  },
} as const;

const objectiveProgress = {
  type: 'object',
  required: ['objectiveId', 'indicator', 'status'],
  additionalProperties: false,
  properties: {
    objectiveId: { type: 'string' },
    indicator: { type: ['string', 'null'], description: 'The indicator tracked, qualified; null when unlinked.' },
    linkedBy: { enum: ['id', 'text'], description: 'Named by the objective, or found in its text.' },
    confidence: { enum: ['high', 'low'], description: 'Linked by text: high when exactly one indicator matches every term it names.' },
    baseline: { type: ['number', 'null'] },
    baselineDate: { type: ['string', 'null'], format: 'date' },
    target: { type: ['number', 'null'] },
    deadline: { type: ['string', 'null'], format: 'date' },
    current: { type: ['number', 'null'], description: 'The indicator at the latest snapshot.' },
    currentAsOf: { type: ['string', 'null'], format: 'date' },
    expected: {
      type: ['number', 'null'],
      description: 'baseline + (target − baseline) × (asOf − baselineDate) ÷ (deadline − baselineDate), at the latest snapshot.',
    },
    status: { enum: ['met', 'on-track', 'behind', 'overdue', 'no-data'] },
    reason: { type: 'string', description: 'Why the status is no-data, or how a figure was understood.' },
    pacePerYear: {
      type: 'object',
      additionalProperties: false,
      description:
        'Change per year: needed from the latest snapshot to reach the target by the deadline, and observed (between snapshots, else from the baseline).',
      properties: { needed: { type: ['number', 'null'] }, observed: { type: ['number', 'null'] }, observedFrom: { enum: ['snapshots', 'baseline'] } },
    },
  },
} as const;

/**
 * JSON Schema of what `lens progress --format json` writes and `POST /v1/progress` returns:
 * indicators per snapshot and segment, transitions between consecutive snapshots, objectives'
 * status, coverage, and the problems of the input (none of which stops the run).
 */
export const PROGRESS_REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/progress-report.json',
  title: 'Progress report',
  type: 'object',
  required: ['snapshots', 'indicators', 'transitions', 'objectives', 'coverage', 'problems'],
  additionalProperties: false,
  properties: {
    snapshots: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'asOf', 'from', 'to', 'records'],
        additionalProperties: false,
        properties: {
          file: { type: 'string' },
          asOf: date,
          from: date,
          to: date,
          records: count,
          conventions: {
            type: 'array',
            items: CONVENTION_DECISION_SCHEMA,
            description:
              'How its number and date columns were read: from the import profile, detected from the cells, or by default (and whether the cells read two ways).',
          },
        },
      },
    },
    indicators: { type: 'array', items: indicatorSeries },
    transitions: { type: 'array', items: transition },
    objectives: { type: 'array', items: objectiveProgress },
    coverage: {
      type: 'object',
      required: ['unusedColumns', 'missingFields', 'notes'],
      additionalProperties: false,
      properties: {
        unusedColumns: { type: 'array', items: { type: 'string' }, description: 'Export columns that no rule and no indicator reads: collected for nothing.' },
        missingFields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['indicator', 'fields'],
            additionalProperties: false,
            properties: { indicator: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } } },
          },
          description: 'Fields an indicator needs that an export lacks.',
        },
        missingSegments: { type: 'array', items: { type: 'string' }, description: 'Segment facts no export has: those breakdowns are empty.' },
        notes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'message'],
            additionalProperties: false,
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
    problems: { type: 'array', items: PROGRESS_PROBLEM_SCHEMA },
  },
} as const;

export type ProgressReport = FromSchema<typeof PROGRESS_REPORT_SCHEMA>;
export type IndicatorSeries = ProgressReport['indicators'][number];
export type IndicatorValue = IndicatorSeries['values'][number];
export type GroupFigure = IndicatorValue['segments'][string][number];
export type IndicatorFigure = Omit<GroupFigure, 'group'>;
export type Transition = ProgressReport['transitions'][number];
export type ObjectiveProgress = ProgressReport['objectives'][number];
export type ProgressCoverage = ProgressReport['coverage'];
export type SnapshotSummary = ProgressReport['snapshots'][number];
