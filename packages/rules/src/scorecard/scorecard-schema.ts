import type { FromSchema } from 'json-schema-to-ts';
import { LOCALIZED_TEXT_SCHEMA } from '../ruleset/localized-text-schema.ts';
import type { LocalizedText } from '../ruleset/rule-set-types.ts';

/** A question id: a lower-case kebab word, as rule ids. */
const QUESTION_ID_PATTERN = '^[a-z][a-z0-9-]{0,62}$';
/** A poverty line id: `national-100`, `ppp2005-2.50`, `food`… */
const LINE_ID_PATTERN = '^[a-z][a-z0-9.-]{0,62}$';
/** A record field an answer is read from: a canonical field or an export column mapped to one. */
const ANSWER_FIELD_PATTERN = '^[A-Za-z][A-Za-z0-9_]{0,99}$';

const MAX_POINTS = 1000;

/** One answer option of a scorecard question, in printed order. */
const SCORECARD_ANSWER_SCHEMA = {
  type: 'object',
  required: ['value', 'points'],
  additionalProperties: false,
  properties: {
    value: {
      type: 'string',
      maxLength: 100,
      pattern: '^\\S(.*\\S)?$',
      description: 'What the record field holds for this answer, matched trimmed and case-insensitive, e.g. "7+" or "batken".',
    },
    points: { type: 'integer', minimum: 0, maximum: MAX_POINTS, description: 'Points this answer adds to the score.' },
    label: { ...LOCALIZED_TEXT_SCHEMA, description: 'The answer as the form prints it, per language.' },
    setsTotalScore: {
      type: 'integer',
      minimum: 0,
      maximum: MAX_POINTS,
      description:
        'A shortcut answer: the score is this value whatever the other answers are, and the other questions may stay unanswered (the Kyrgyz one-member household scores 100).',
    },
  },
} as const;

/** A record field whose value an answer must agree with, by answer value. */
const AGREES_WITH_SCHEMA = {
  type: 'object',
  required: ['field', 'bands'],
  additionalProperties: false,
  description: 'Another record field the answer must agree with, e.g. the MIS household size against the household-size answer.',
  properties: {
    field: { type: 'string', pattern: ANSWER_FIELD_PATTERN, description: 'The record field, e.g. householdSize.' },
    bands: {
      type: 'object',
      minProperties: 1,
      maxProperties: 50,
      description: 'For an answer value, the range [min, max] the field must lie in: { "7+": [7, 99], "6": [6, 6] }. Answers not listed are not compared.',
      additionalProperties: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'number' } },
    },
  },
} as const;

/** One question of a scorecard: where its answer is read from, its text and its answers. */
const SCORECARD_QUESTION_SCHEMA = {
  type: 'object',
  required: ['id', 'field', 'text', 'answers'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: QUESTION_ID_PATTERN },
    number: { type: 'integer', minimum: 1, maximum: 100, description: 'The number the form prints.' },
    field: {
      type: 'string',
      pattern: ANSWER_FIELD_PATTERN,
      description: 'The record field holding the answer: an export column of that name, or one mapped to it by the import profile.',
    },
    text: LOCALIZED_TEXT_SCHEMA,
    textAbridged: { type: 'boolean', description: 'The text is shortened: field staff use the full wording of the published form.' },
    answers: { type: 'array', minItems: 2, maxItems: 50, items: SCORECARD_ANSWER_SCHEMA },
    agreesWith: AGREES_WITH_SCHEMA,
  },
} as const;

/** The poverty lines the lookup gives likelihoods for, by line id. */
const SCORECARD_LINES_SCHEMA = {
  type: 'object',
  minProperties: 1,
  maxProperties: 30,
  propertyNames: { pattern: LINE_ID_PATTERN },
  additionalProperties: {
    type: 'object',
    required: ['title'],
    additionalProperties: false,
    properties: {
      title: LOCALIZED_TEXT_SCHEMA,
      description: { type: 'string', maxLength: 1000 },
    },
  },
} as const;

/** One row of the lookup table: a band of scores and, for each line, the likelihood of being below it. */
const SCORECARD_BAND_SCHEMA = {
  type: 'object',
  required: ['min', 'max', 'likelihood'],
  additionalProperties: false,
  properties: {
    min: { type: 'integer', minimum: 0, maximum: MAX_POINTS },
    max: { type: 'integer', minimum: 0, maximum: MAX_POINTS },
    likelihood: {
      type: 'object',
      minProperties: 1,
      maxProperties: 30,
      description: 'Per line id, the share of households in the band below the line, 0 to 1 (46.5 % is 0.465).',
      propertyNames: { pattern: LINE_ID_PATTERN },
      additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
    },
  },
} as const;

/**
 * The scorecard parts of a rule-set document (`"subject": "scorecard"`), each a property of
 * the document. The rule-set schema takes them from here; lint checks what a schema cannot say.
 */
export const SCORECARD_PROPERTIES_SCHEMA = {
  country: {
    type: 'string',
    pattern: '^[A-Z]{2}$',
    description: 'ISO 3166 alpha-2 code of the country the scorecard is valid in, or a user-assigned one (XX).',
  },
  scoreField: {
    type: 'string',
    pattern: ANSWER_FIELD_PATTERN,
    description: 'A record field holding a stored total score; a value that differs from the computed score is a finding.',
  },
  questions: { type: 'array', minItems: 1, maxItems: 50, items: SCORECARD_QUESTION_SCHEMA },
  lines: SCORECARD_LINES_SCHEMA,
  lookup: { type: 'array', minItems: 1, maxItems: 1001, items: SCORECARD_BAND_SCHEMA },
} as const;

type AnswerFromSchema = FromSchema<typeof SCORECARD_ANSWER_SCHEMA>;
type QuestionFromSchema = FromSchema<typeof SCORECARD_QUESTION_SCHEMA>;

/** One answer option, as written. Texts per language are `LocalizedText` (the schema says which). */
export type ScorecardAnswer = Omit<AnswerFromSchema, 'label'> & { label?: LocalizedText };
/** One question, as written. */
export type ScorecardQuestion = Omit<QuestionFromSchema, 'text' | 'answers'> & { text: LocalizedText; answers: ScorecardAnswer[] };
/** The declared poverty lines by id, as written. */
export type ScorecardLines = Record<string, Omit<FromSchema<(typeof SCORECARD_LINES_SCHEMA)['additionalProperties']>, 'title'> & { title: LocalizedText }>;
/** One row of the lookup table, as written. */
export type ScorecardBand = FromSchema<typeof SCORECARD_BAND_SCHEMA>;
