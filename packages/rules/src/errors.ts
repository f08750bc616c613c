/** Codes of every problem the rules package reports. A fixed list: tools may switch on them. */
export const PROBLEM_CODES = [
  'schema',
  'unknown-rule-set',
  'no-version-in-range',
  'extends-cycle',
  'duplicate-rule',
  'redefined-rule',
  'unknown-override-target',
  'locked-rule',
  'unknown-parameter',
  'parameter-type',
  'duplicate-parameter',
  'unknown-fact',
  'unknown-operator',
  'derived-cycle',
  'expression-too-large',
  'unknown-record-field',
  'vocabulary-too-large',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

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
