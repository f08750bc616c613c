import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { RuleSetProblem } from '../errors.ts';
import { RULE_SET_SCHEMA } from './rule-set-schema.ts';
import type { RuleSetDocument } from './rule-set-types.ts';

/** Bounds on what a rule-set document may cost before any schema work is done on it. */
export const RULE_SET_LIMITS = {
  maxDepth: 40,
  maxNodes: 100_000,
  maxProblems: 50,
} as const;

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
// ajv-formats is CommonJS: its function is the default export's `default` under NodeNext.
(formatsPlugin as unknown as { default: (instance: Ajv2020) => void }).default(ajv);
const validateSchema = ajv.compile(RULE_SET_SCHEMA);

function documentName(document: unknown, fallback: string): string {
  if (document && typeof document === 'object') {
    const { id, version } = document as { id?: unknown; version?: unknown };
    if (typeof id === 'string') return typeof version === 'string' ? `${id}@${version}` : id;
  }
  return fallback;
}

/** Measures nesting depth and node count without recursion, stopping at the bounds. */
function measure(document: unknown): { depth: number; nodes: number; deepestPath: string } {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: document, depth: 1, path: '' }];
  let nodes = 0;
  let depth = 0;
  let deepestPath = '';
  while (stack.length > 0) {
    const { value, depth: current, path } = stack.pop()!;
    nodes += 1;
    if (current > depth) {
      depth = current;
      deepestPath = path;
    }
    if (depth > RULE_SET_LIMITS.maxDepth || nodes > RULE_SET_LIMITS.maxNodes) break;
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, depth: current + 1, path: `${path}/${key}` });
    }
  }
  return { depth, nodes, deepestPath };
}

function describeAjvError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `expected property "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties':
      return `unexpected property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      if (error.propertyName !== undefined)
        return `unexpected key "${error.propertyName}": expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      return `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `expected text matching ${(error.params as { pattern: string }).pattern}`;
    case 'type':
      return `expected ${(error.params as { type: string | string[] }).type}`;
    case 'oneOf':
    case 'anyOf':
      return `expected one of the allowed forms${error.parentSchema?.description ? ` (${error.parentSchema.description})` : ''}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Keeps the most telling ajv errors: the deepest ones, without the anyOf summaries they explain. */
function selectErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const summaries = new Set(['anyOf', 'if', 'propertyNames', 'not']);
  const concrete = errors.filter((error) => !summaries.has(error.keyword) && !(error.keyword === 'oneOf' && errors.some((other) => other.keyword === 'required' && other.instancePath === error.instancePath)));
  const chosen = concrete.length > 0 ? concrete : [...errors];
  const deepest = chosen.filter(
    (error) =>
      !chosen.some(
        (other) => other !== error && other.instancePath.startsWith(`${error.instancePath}/`) && error.keyword !== 'required',
      ),
  );
  const seen = new Set<string>();
  return deepest.filter((error) => {
    const key = `${error.instancePath}|${describeAjvError(error)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  if (validateSchema(document)) return [];
  return selectErrors(validateSchema.errors ?? [])
    .slice(0, RULE_SET_LIMITS.maxProblems)
    .map((error) => ({ code: 'schema', document: name, path: error.instancePath, message: describeAjvError(error) }));
}

/** Type guard form of `validateRuleSetDocument`. */
export function isRuleSetDocument(document: unknown): document is RuleSetDocument {
  return validateRuleSetDocument(document).length === 0;
}
