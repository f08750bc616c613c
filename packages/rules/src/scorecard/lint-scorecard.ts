import type { ProblemCode } from '../errors.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import { closestNames } from '../ruleset/closest-names.ts';
import { jsonPointer } from '../ruleset/json-pointer.ts';
import { answerKey, wholeNumberOf } from './answer-key.ts';
import { highestScore } from './highest-score.ts';
import type { ScorecardDefinition } from './layer-scorecard.ts';
import type { ScorecardBand } from './scorecard-schema.ts';
import { sortLineIds } from './sort-line-ids.ts';

/** One thing lint found in a scorecard: its code, a JSON Pointer into the document, what is wrong. */
interface ScorecardLintProblem {
  code: ProblemCode;
  path: string;
  message: string;
}

export interface ScorecardLint {
  /** The scorecard cannot be used as written. */
  errors: ScorecardLintProblem[];
  /** Worth a look, never a reason to reject: published tables are kept as published. */
  warnings: ScorecardLintProblem[];
}

/** `82.8%`: a likelihood as the published tables print it. */
export function formatLikelihood(likelihood: number): string {
  return `${Number((likelihood * 100).toFixed(2))}%`;
}

function bandText(band: Pick<ScorecardBand, 'min' | 'max'>): string {
  return `${band.min}–${band.max}`;
}

function lintQuestions(definition: ScorecardDefinition, lint: ScorecardLint): void {
  const ids = new Map<string, number>();
  const fields = new Map<string, string>();
  const answerFields = new Set(definition.questions.map((question) => question['field']));
  const knownFields = new Set<string>([...CLIENT_RECORD_FIELDS, ...answerFields]);
  for (const [index, question] of definition.questions.entries()) {
    const path = jsonPointer('questions', index);
    const sameId = ids.get(question['id']);
    if (sameId === undefined) ids.set(question['id'], index);
    else
      lint.errors.push({ code: 'duplicate-question', path: `${path}/id`, message: `question id "${question['id']}" is also the id of /questions/${sameId}` });
    const sameField = fields.get(question['field']);
    if (sameField === undefined) fields.set(question['field'], `${path}/field`);
    else lint.errors.push({ code: 'duplicate-question', path: `${path}/field`, message: `field "${question['field']}" is also read by ${sameField}` });

    const values = new Map<string, number>();
    for (const [answerIndex, answer] of question.answers.entries()) {
      const key = answerKey(answer['value']);
      const same = values.get(key);
      if (same === undefined) values.set(key, answerIndex);
      else {
        lint.errors.push({
          code: 'duplicate-answer-value',
          path: `${path}/answers/${answerIndex}/value`,
          message: `answer value "${answer['value']}" of question "${question['id']}" is also the value of ${path}/answers/${same} (values are matched trimmed and case-insensitive)`,
        });
      }
    }
    lintPositions(question['id'], path, [...values.keys()], question.answers, lint);
    if (question['agreesWith']) lintAgreesWith(question['agreesWith'], `${path}/agreesWith`, question['id'], values, knownFields, lint);
  }
  if (definition.scoreField !== undefined && answerFields.has(definition.scoreField)) {
    lint.errors.push({
      code: 'duplicate-question',
      path: '/scoreField',
      message: `the stored score field "${definition.scoreField}" is also the answer field of a question`,
    });
  }
}

/** The counts a value such as `3`, `3+` or `1-2` stands for, when it is one of those. */
function countsOf(value: string): [number, number] | undefined {
  const match = /^(\d{1,6})(?:(\+)|-(\d{1,6}))?$/.exec(value.trim());
  if (!match) return undefined;
  const low = Number(match[1]);
  return [low, match[2] ? Number.POSITIVE_INFINITY : match[3] ? Number(match[3]) : low];
}

/**
 * A whole number that is no value is read as a position: a hazard when the values are counts
 * too, unless the answer at that position counts that number anyway (`3` → the third answer, `3+`).
 */
function lintPositions(
  questionId: string,
  path: string,
  keys: readonly string[],
  answers: ScorecardDefinition['questions'][number]['answers'],
  lint: ScorecardLint,
): void {
  if (!keys.some((key) => wholeNumberOf(key) !== undefined)) return;
  const valueNumbers = new Set(keys.map(wholeNumberOf));
  const misread = answers
    .map((answer, index) => ({ position: index + 1, answer }))
    .filter(({ position, answer }) => {
      if (valueNumbers.has(position)) return false;
      const counts = countsOf(answer['value']);
      return !counts || position < counts[0] || position > counts[1];
    });
  if (misread.length === 0) return;
  const examples = misread
    .slice(0, 3)
    .map(({ position, answer }) => `${position} reads as answer ${position}, "${answer['value']}"`)
    .join('; ');
  lint.warnings.push({
    code: 'ambiguous-answer-number',
    path: `${path}/answers`,
    message: `the answers of question "${questionId}" are counts, yet a number that is no value is read as a position: ${examples}. Give answers by value (the widget's data-lens-values translates MIS codes)`,
  });
}

function lintAgreesWith(
  agreesWith: NonNullable<ScorecardDefinition['questions'][number]['agreesWith']>,
  path: string,
  questionId: string,
  values: ReadonlyMap<string, number>,
  knownFields: ReadonlySet<string>,
  lint: ScorecardLint,
): void {
  if (!knownFields.has(agreesWith.field)) {
    const hints = closestNames(agreesWith.field, knownFields);
    lint.errors.push({
      code: 'unknown-fact',
      path: `${path}/field`,
      message: `"${agreesWith.field}" is neither a client-record field nor a question's field${hints.length > 0 ? ` (did you mean ${hints.join(', ')}?)` : ''}`,
    });
  }
  for (const [value, range] of Object.entries(agreesWith.bands)) {
    const bandPath = `${path}/bands${jsonPointer(value)}`;
    if (!values.has(answerKey(value))) {
      lint.errors.push({ code: 'unknown-answer', path: bandPath, message: `"${value}" is not an answer value of question "${questionId}"` });
    }
    const [min, max] = range as [number, number];
    if (min > max) lint.errors.push({ code: 'backward-range', path: bandPath, message: `the range [${min}, ${max}] runs backwards` });
  }
}

function lintLookup(definition: ScorecardDefinition, lint: ScorecardLint): void {
  const lineIds = sortLineIds(Object.keys(definition.lines));
  const declared = new Set(lineIds);
  const bands: Array<{ band: ScorecardBand; index: number }> = [];
  for (const [index, band] of definition.lookup.entries()) {
    const path = jsonPointer('lookup', index);
    if (band.min > band.max) lint.errors.push({ code: 'backward-range', path, message: `band ${bandText(band)} runs backwards` });
    else bands.push({ band, index });
    const missing = lineIds.filter((line) => !Object.hasOwn(band.likelihood, line));
    if (missing.length > 0) {
      lint.errors.push({
        code: 'likelihood-missing',
        path: `${path}/likelihood`,
        message: `band ${bandText(band)} gives no likelihood for the declared line${missing.length > 1 ? 's' : ''} ${missing.map((line) => `"${line}"`).join(', ')}`,
      });
    }
    for (const line of Object.keys(band.likelihood)) {
      if (declared.has(line)) continue;
      const hints = closestNames(line, lineIds);
      lint.errors.push({
        code: 'undeclared-line',
        path: `${path}/likelihood${jsonPointer(line)}`,
        message: `line "${line}" is not declared under /lines (declared: ${lineIds.join(', ')})${hints.length > 0 ? `; did you mean ${hints.join(', ')}?` : ''}`,
      });
    }
  }
  bands.sort((a, b) => a.band.min - b.band.min || a.band.max - b.band.max);
  lintCoverage(bands, highestScore(definition.questions), lint);
  lintMonotonic(bands, lineIds, lint);
}

/** Every score from 0 to the highest possible one falls in exactly one band. */
function lintCoverage(bands: ReadonlyArray<{ band: ScorecardBand; index: number }>, maxScore: number, lint: ScorecardLint): void {
  let next = 0;
  let previous: ScorecardBand | undefined;
  for (const { band, index } of bands) {
    const path = jsonPointer('lookup', index);
    if (band.min > next && next <= maxScore) {
      const last = Math.min(band.min - 1, maxScore);
      lint.errors.push({
        code: 'lookup-gap',
        path,
        message: `no band holds the score${last > next ? `s ${next}–${last}` : ` ${next}`} (scores run from 0 to ${maxScore})`,
      });
    } else if (band.min < next && previous) {
      const last = Math.min(band.max, next - 1);
      lint.errors.push({
        code: 'lookup-overlap',
        path,
        message: `band ${bandText(band)} overlaps band ${bandText(previous)} on the score${last > band.min ? `s ${band.min}–${last}` : ` ${band.min}`}`,
      });
    }
    if (band.max + 1 > next) {
      next = band.max + 1;
      previous = band;
    }
  }
  if (next <= maxScore) {
    lint.errors.push({
      code: 'lookup-gap',
      path: '/lookup',
      message: `no band holds the score${maxScore > next ? `s ${next}–${maxScore}` : ` ${next}`} (scores run from 0 to ${maxScore})`,
    });
  }
}

/** A likelihood of being below a line should fall as the score rises; a rise is worth a warning. */
function lintMonotonic(bands: ReadonlyArray<{ band: ScorecardBand; index: number }>, lineIds: readonly string[], lint: ScorecardLint): void {
  for (const line of lineIds) {
    for (let position = 1; position < bands.length; position += 1) {
      const before = bands[position - 1]!.band;
      const { band, index } = bands[position]!;
      const low = before.likelihood[line];
      const high = band.likelihood[line];
      if (low === undefined || high === undefined || high <= low) continue;
      lint.warnings.push({
        code: 'non-monotonic-likelihood',
        path: `${jsonPointer('lookup', index)}/likelihood${jsonPointer(line)}`,
        message: `the likelihood below "${line}" rises with the score, from ${formatLikelihood(low)} (${bandText(before)}) to ${formatLikelihood(high)} (${bandText(band)}): kept as published`,
      });
    }
  }
}

/**
 * What the rule-set schema cannot say about a scorecard: distinct question ids, fields and
 * answer values, agreesWith bands that name answers, bands that cover every score from 0 to the
 * highest possible one without gap or overlap, a likelihood for every declared line and none for
 * an undeclared one. Likelihood columns that rise with the score, and whole-number values that
 * leave positions readable, are warnings. Every problem carries a JSON Pointer into the document.
 *
 * @example
 * lintScorecard({ questions, lines: { 'national-100': { title: { en: 'National line' } } }, lookup: [{ min: 0, max: 50, likelihood: {} }] }).errors
 * // → [{ code: 'likelihood-missing', path: '/lookup/0/likelihood', … }, { code: 'lookup-gap', path: '/lookup', … }]
 */
export function lintScorecard(definition: ScorecardDefinition): ScorecardLint {
  const lint: ScorecardLint = { errors: [], warnings: [] };
  lintQuestions(definition, lint);
  lintLookup(definition, lint);
  return lint;
}
