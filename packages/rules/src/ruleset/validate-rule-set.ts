import type { RuleSetProblem } from '../errors.ts';
import { createSchemaValidator } from '../schema-validation/schema-validator.ts';
import { RULE_SET_SCHEMA } from './rule-set-schema.ts';
import type { RuleSetDocument } from './rule-set-types.ts';

/** Bounds on what a rule-set document may cost before any schema work is done on it. */
export const RULE_SET_LIMITS = {
  maxDepth: 40,
  maxNodes: 100_000,
  /** Characters in all keys and strings together: about a megabyte, 25 times the largest shipped rule set. */
  maxTextLength: 1_000_000,
  maxProblems: 50,
} as const;

const ruleSetValidator = createSchemaValidator<RuleSetDocument>(RULE_SET_SCHEMA);

function documentName(document: unknown, fallback: string): string {
  if (document && typeof document === 'object') {
    const { id, version } = document as { id?: unknown; version?: unknown };
    if (typeof id === 'string') return typeof version === 'string' ? `${id}@${version}` : id;
  }
  return fallback;
}

/** Measures nesting depth and node count without recursion, stopping at the bounds. */
function measure(document: unknown): { depth: number; nodes: number; textLength: number; deepestPath: string } {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: document, depth: 1, path: '' }];
  let nodes = 0;
  let depth = 0;
  let textLength = 0;
  let deepestPath = '';
  while (stack.length > 0) {
    const { value, depth: current, path } = stack.pop()!;
    nodes += 1;
    if (current > depth) {
      depth = current;
      deepestPath = path;
    }
    if (typeof value === 'string') textLength += value.length;
    if (depth > RULE_SET_LIMITS.maxDepth || nodes > RULE_SET_LIMITS.maxNodes || textLength > RULE_SET_LIMITS.maxTextLength) break;
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        textLength += key.length;
        stack.push({ value: child, depth: current + 1, path: `${path}/${key}` });
      }
    }
  }
  return { depth, nodes, textLength, deepestPath };
}

/**
 * Checks one document against the rule-set schema and its size bounds. Returns every problem
 * (an empty list when the document is valid); never throws on bad input.
 *
 * @example
 * const problems = validateRuleSetDocument(JSON.parse(text), 'national.json')
 * if (problems.length) console.error(problems.map(formatProblem).join('\n'))
 */
export function validateRuleSetDocument(document: unknown, fallbackName = 'rule set'): RuleSetProblem[] {
  const name = documentName(document, fallbackName);
  const size = measure(document);
  if (size.depth > RULE_SET_LIMITS.maxDepth) {
    return [{ code: 'document-too-large', document: name, path: size.deepestPath, message: `nesting deeper than ${RULE_SET_LIMITS.maxDepth} levels` }];
  }
  if (size.nodes > RULE_SET_LIMITS.maxNodes) {
    return [{ code: 'document-too-large', document: name, path: '', message: `more than ${RULE_SET_LIMITS.maxNodes} values in one rule set` }];
  }
  if (size.textLength > RULE_SET_LIMITS.maxTextLength) {
    return [{ code: 'document-too-large', document: name, path: '', message: `more than ${RULE_SET_LIMITS.maxTextLength} characters of text in one rule set` }];
  }
  return ruleSetValidator
    .problemsOf(document)
    .slice(0, RULE_SET_LIMITS.maxProblems)
    .map(({ path, message }) => ({ code: 'schema', document: name, path, message }));
}

/** Type guard form of `validateRuleSetDocument`. */
export function isRuleSetDocument(document: unknown): document is RuleSetDocument {
  return validateRuleSetDocument(document).length === 0;
}
