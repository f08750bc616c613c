/**
 * Codes of every problem the rules package reports, each with one meaning. A fixed list: tools
 * may switch on them.
 */
export const PROBLEM_MEANINGS = {
  schema: 'the document does not match the rule-set JSON Schema',
  'document-too-large': 'the document is nested too deeply or holds too many values to be read',
  'unknown-rule-set': 'no rule set with that id is known',
  'no-version-in-range': 'the rule set is known, but no version satisfies the range',
  'extends-cycle': 'the document extends itself, directly or through others',
  'subject-mismatch':
    'the document mixes subjects: it extends a rule set of another subject, has portfolio rules outside client records, rules in an indicators rule set, or indicators outside one',
  'duplicate-rule': 'a rule id appears twice, in one document or from two extended ones',
  'redefined-rule': 'a rule redefines one an extended rule set already defines',
  'unknown-override-target': 'an override names no inherited rule (or, in an indicators rule set, no inherited indicator)',
  'locked-rule': 'an override disables or lowers a rule its publisher locked',
  'unknown-parameter': 'a parameter is set or referenced but never declared',
  'parameter-type': 'a parameter value does not fit its declared type or bounds',
  'duplicate-parameter': 'a parameter is declared twice',
  'duplicate-derived-fact': 'a derived fact is defined twice',
  'derived-fact-shadows-field': 'a derived fact is named like a field of the subject',
  'unknown-fact': 'a condition, expression or rule names a fact the subject does not have',
  'unknown-operator': 'a condition uses an operator json-rules-engine does not have',
  'operator-value': 'a condition gives its operator the wrong kind of value',
  'parameter-path': 'a parameter reference carries a "path", which only fact references have',
  'derived-cycle': 'derived facts depend on each other in a circle',
  'expression-too-large': 'a derived-fact expression is deeper or larger than the bounds',
  'portfolio-check': 'a portfolio check lacks a part its kind needs',
  'invalid-condition': 'a condition handed to an engine is not a json-rules-engine condition',
  'duplicate-question': 'two questions of a scorecard share an id, or two of its questions (or a question and the stored score) read one record field',
  'duplicate-answer-value': 'two answers of one scorecard question have the same value (values are compared trimmed and case-insensitive)',
  'unknown-answer': 'an agreesWith band names a value that is not an answer of its question',
  'backward-range': 'a range whose minimum is above its maximum: a lookup band or an agreesWith band',
  'lookup-gap': 'a score from 0 to the highest score the answers can give falls in no lookup band',
  'lookup-overlap': 'a score falls in more than one lookup band',
  'likelihood-missing': 'a lookup band gives no likelihood for a poverty line the scorecard declares',
  'undeclared-line': 'a poverty line is used (in a lookup band or a parameter) but not declared under "lines"',
  'scorecard-redefined': 'a document that extends a scorecard gives questions, lines or a lookup of its own: a scorecard is never altered',
  'two-scorecards': 'a document extends two different scorecards',
  'non-monotonic-likelihood': 'a warning, never an error: a likelihood column rises with the score between two bands (published tables are kept as published)',
  'ambiguous-answer-number':
    'a warning: a question whose answer values are whole numbers leaves a position 1…n that is not a value, so that number is read as a position',
  'vocabulary-too-large': 'a vocabulary holds more phrases than the analyzer bounds',
  'duplicate-indicator': 'an indicator id appears twice, in one document or from two extended ones, or redefines an inherited one',
  'duplicate-population': 'a population is declared twice',
  'unknown-population': 'an indicator or the transitions name a population that is not declared',
  'indicator-measure': 'the parts of an indicator do not fit its unit (a share whose numerator is a sum of counts…)',
  'override-property': 'an override sets what its target does not have (a severity for an indicator)',
} as const;

export const PROBLEM_CODES = Object.keys(PROBLEM_MEANINGS) as ReadonlyArray<keyof typeof PROBLEM_MEANINGS>;

export type ProblemCode = keyof typeof PROBLEM_MEANINGS;

/** One thing wrong with a rule-set document: where (document + JSON path) and what was expected. */
export interface RuleSetProblem {
  code: ProblemCode;
  /** `id@version` of the document, or a file name when the id itself cannot be read. */
  document: string;
  /** JSON Pointer into the document, e.g. `/rules/3/when/all/0/operator`. */
  path: string;
  message: string;
}

/** Base error of the rules package. */
export class RulesError extends Error {
  readonly code: ProblemCode | RecordsInputCode;
  constructor(code: ProblemCode | RecordsInputCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RulesError';
    this.code = code;
  }
}

/**
 * All problems found in one or more rule-set documents, reported together.
 *
 * @example
 * try { resolveRuleSet(catalog, 'assoc/national@^2') }
 * catch (error) { if (error instanceof RuleSetError) for (const p of error.problems) console.error(formatProblem(p)) }
 */
export class RuleSetError extends RulesError {
  declare readonly code: ProblemCode;
  readonly problems: readonly RuleSetProblem[];
  constructor(problems: readonly RuleSetProblem[]) {
    const first = problems[0];
    super(
      first?.code ?? 'schema',
      problems.length === 1 && first
        ? formatProblem(first)
        : `${problems.length} problems in rule sets:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'RuleSetError';
    this.problems = problems;
  }
}

/** `document at /path: message [code]`, the one-line form used by the CLI and the service. */
export function formatProblem(problem: RuleSetProblem): string {
  return `${problem.document} at ${problem.path || '/'}: ${problem.message} [${problem.code}]`;
}

/**
 * Codes of what can be wrong with a client export or with the options it is read with, each
 * with one meaning. A fixed list: the CLI and the service switch on them, never on messages.
 */
export const RECORDS_INPUT_MEANINGS = {
  'unknown-encoding': 'the declared text encoding is not one a TextDecoder knows',
  'no-header': 'a CSV export has no header row',
  'unreadable-header': 'the header row of a CSV export cannot be read (a quoted cell is never closed)',
  'no-known-column': 'no column of the header names a client-record field, even through the column map',
  'no-answer-column': 'an export has no column of the answers a scorecard asks for, even through the column map',
  'column-map': 'a column map is not an object from export names to canonical field names',
  'not-records': 'a JSON export is not an array of client records',
  'parameter-syntax': 'a parameter is not written name=value',
  'unknown-parameter': 'a parameter is set that no rule set of the check declares',
  'parameter-type': 'a parameter value does not fit its declared type or bounds',
} as const;

export type RecordsInputCode = keyof typeof RECORDS_INPUT_MEANINGS;
export const RECORDS_INPUT_CODES = Object.keys(RECORDS_INPUT_MEANINGS) as readonly RecordsInputCode[];

/** One thing wrong with a client export or its options: where (JSON Pointer, `line N`, `--param x`) and what. */
export interface RecordsInputProblem {
  code: RecordsInputCode;
  path: string;
  message: string;
}

/**
 * Problems with a client export or with how it is to be read, reported together: the CLI makes
 * them exit code 2, the service a 4xx problem. Rows that cannot be read are never errors: they
 * are `lens/input#readable-row` findings.
 *
 * @example
 * try { readColumnMap(JSON.parse(text), { source: 'map.json' }) }
 * catch (error) { if (error instanceof RecordsInputError) for (const p of error.problems) console.error(p.code, p.path, p.message) }
 */
export class RecordsInputError extends RulesError {
  declare readonly code: RecordsInputCode;
  readonly problems: readonly RecordsInputProblem[];
  /** The file or document the problems are in, when it has a name (`map.json`, `clients.csv`). */
  readonly source: string | undefined;
  constructor(problems: readonly [RecordsInputProblem, ...RecordsInputProblem[]], options: { source?: string; cause?: unknown } = {}) {
    const lines = problems.map(
      (problem) => `${options.source === undefined ? '' : `${options.source}: `}${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`,
    );
    super(
      problems[0].code,
      lines.length === 1 ? lines[0]! : `${lines.length} problems:\n${lines.map((line) => `  ${line}`).join('\n')}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'RecordsInputError';
    this.problems = problems;
    this.source = options.source;
  }
}
