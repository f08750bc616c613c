import type { FromSchema } from 'json-schema-to-ts';

/**
 * Codes of what can be wrong with a progress run's input, each with one meaning. None of them
 * stops the run: the snapshot, period or objective concerned is left out or marked, the rest
 * goes on.
 */
export const PROGRESS_PROBLEM_MEANINGS = {
  'invalid-as-of': 'the date a snapshot is given (`@AS_OF`) is not a real date written YYYY-MM-DD',
  'no-as-of': 'a snapshot has no date of its own and holds no date to take its date from',
  'duplicate-snapshot-date': 'two snapshots have the same date; the later one is left out',
  'invalid-period': 'the period is not FROM..TO of two real dates, or FROM is after TO',
  'unreadable-rows': 'rows of a snapshot could not be read (a wrong number of cells, a broken line); they count in no indicator',
  'empty-denominator': 'an indicator has no value in a snapshot or group: nothing to divide by (no client active at the start…)',
  'unknown-indicator': 'an objective names an indicator that no indicators rule set in use defines',
  'unit-understood': 'an objective figure was read in another unit than written (a share target of 45 read as 45%)',
  'unit-mismatch': 'an objective figure does not fit the unit of its indicator (a percentage for a count)',
  'unreadable-figure': 'an objective baseline or target is not a number',
  'invalid-objective-date': 'an objective baselineDate or deadline is not a real date, or the deadline is not after the baselineDate',
  'objective-linked-by-text': 'an objective names no indicator; one was chosen from its text',
  'objective-unlinked': 'an objective names no indicator and its text matches none',
} as const;

export type ProgressProblemCode = keyof typeof PROGRESS_PROBLEM_MEANINGS;

const PROGRESS_PROBLEM_CODES = Object.keys(PROGRESS_PROBLEM_MEANINGS) as [ProgressProblemCode, ...ProgressProblemCode[]];

/** JSON Schema of one problem of a progress run: a code, a message for people, and where. */
export const PROGRESS_PROBLEM_SCHEMA = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: {
    code: { enum: PROGRESS_PROBLEM_CODES },
    message: { type: 'string' },
    path: { type: 'string', description: 'A JSON Pointer into the request, or what the CLI names (--period, an objectives file line).' },
    objectiveId: { type: 'string' },
    snapshot: { type: 'string', description: 'The snapshot concerned: its file, or its position in the request.' },
  },
} as const;

export type ProgressProblem = FromSchema<typeof PROGRESS_PROBLEM_SCHEMA>;
