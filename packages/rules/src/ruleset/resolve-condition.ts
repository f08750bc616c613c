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

type ConditionNode = Record<string, unknown>;

/**
 * A json-rules-engine condition with its `{ "param" }` values replaced by the parameter values
 * in force; every fact and operator checked, each problem reported at its JSON Pointer.
 */
export function resolveCondition(condition: RuleCondition, path: string, context: ConditionContext): RuleCondition {
  const node = condition as unknown as ConditionNode;
  for (const key of ['all', 'any'] as const) {
    const children = node[key];
    if (Array.isArray(children)) {
      const resolved = children.map((child: RuleCondition, index) => resolveCondition(child, `${path}/${key}/${index}`, context));
      return { ...node, [key]: resolved } as unknown as RuleCondition;
    }
  }
  if (node['not'] !== undefined) {
    return { ...node, not: resolveCondition(node['not'] as RuleCondition, `${path}/not`, context) } as unknown as RuleCondition;
  }
  const leaf = { ...node } as { fact: string; operator: string; value: unknown; path?: string };
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
  return leaf as unknown as RuleCondition;
}
