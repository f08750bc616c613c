import { isConditionOperator } from '../engine/operators.ts';
import type { ProblemCode } from '../errors.ts';
import { cloneJson } from './json-values.ts';
import { unknownParameterMessage } from './resolve-parameters.ts';
import type { RuleCondition } from './rule-set-types.ts';
import { unknownFactMessage } from './unknown-fact-message.ts';

/** What resolving a condition needs: the parameters in force, the facts known, where to report. */
export interface ConditionContext {
  parameterValues: ReadonlyMap<string, unknown>;
  knownFacts: ReadonlySet<string>;
  /** Collects every fact the condition reads (facts and `{ "fact" }` values). */
  reads: Set<string>;
  report: (code: ProblemCode, message: string, at: string) => void;
}

/** A member of a condition group: another group or a fact comparison (json-rules-engine's own types). */
type NestedCondition = Extract<RuleCondition, { all: unknown }>['all'][number];
type FactCondition = Exclude<NestedCondition, RuleCondition>;

/**
 * A json-rules-engine condition with its `{ "param" }` values replaced by the parameter values
 * in force; every fact and operator checked, each problem reported at its JSON Pointer.
 */
export function resolveCondition(condition: RuleCondition, path: string, context: ConditionContext): RuleCondition {
  const resolved = resolveNested(condition, path, context);
  return 'fact' in resolved ? { all: [resolved] } : resolved;
}

function resolveNested(condition: NestedCondition, path: string, context: ConditionContext): NestedCondition {
  if ('all' in condition) return { ...condition, all: condition.all.map((child, index) => resolveNested(child, `${path}/all/${index}`, context)) };
  if ('any' in condition) return { ...condition, any: condition.any.map((child, index) => resolveNested(child, `${path}/any/${index}`, context)) };
  if ('not' in condition) return { ...condition, not: resolveNested(condition.not, `${path}/not`, context) };
  if ('condition' in condition) {
    context.report('schema', 'a condition reference ({"condition": …}) is not supported; write the condition out', path);
    return condition;
  }
  return resolveFactCondition(condition, path, context);
}

function resolveFactCondition(condition: FactCondition, path: string, context: ConditionContext): FactCondition {
  const leaf = { ...condition };
  if (!isConditionOperator(leaf.operator)) {
    context.report('unknown-operator', `unknown operator "${leaf.operator}"; expected one of the json-rules-engine operators`, `${path}/operator`);
  }
  context.reads.add(leaf.fact);
  if (!context.knownFacts.has(leaf.fact)) context.report('unknown-fact', unknownFactMessage(leaf.fact, context.knownFacts), `${path}/fact`);
  const value = leaf.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const reference = value as { param?: string; fact?: string; path?: string };
    if (reference.param !== undefined && reference.path !== undefined) {
      context.report('parameter-path', `a parameter value takes no "path" (only a fact does); remove it or name a fact`, `${path}/value/path`);
    }
    if (reference.param !== undefined) {
      if (!context.parameterValues.has(reference.param)) {
        context.report('unknown-parameter', unknownParameterMessage(reference.param, context.parameterValues.keys()), `${path}/value/param`);
      } else leaf.value = cloneJson(context.parameterValues.get(reference.param));
    } else if (reference.fact !== undefined) {
      context.reads.add(reference.fact);
      if (!context.knownFacts.has(reference.fact)) context.report('unknown-fact', unknownFactMessage(reference.fact, context.knownFacts), `${path}/value/fact`);
    }
  }
  const listOperator = leaf.operator === 'in' || leaf.operator === 'notIn';
  const isReference = leaf.value !== null && typeof leaf.value === 'object' && !Array.isArray(leaf.value);
  if (listOperator && !isReference && !Array.isArray(leaf.value)) {
    context.report('operator-value', `operator "${leaf.operator}" needs a list of values, got ${JSON.stringify(leaf.value)}`, `${path}/value`);
  }
  return leaf;
}
