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
  'subject-mismatch': 'the document mixes subjects: it extends a rule set of another subject, or has portfolio rules outside client records',
  'duplicate-rule': 'a rule id appears twice, in one document or from two extended ones',
  'redefined-rule': 'a rule redefines one an extended rule set already defines',
  'unknown-override-target': 'an override names no inherited rule',
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
  readonly code: ProblemCode;
  constructor(code: ProblemCode, message: string, options?: { cause?: unknown }) {
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
