import { SUBJECT_FACTS } from '../engine/subject-facts.ts';
import { expressionFacts } from '../facts/evaluate-expression.ts';
import { jsonPointer } from './json-pointer.ts';
import { cloneJson } from './json-values.ts';
import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';
import { unknownParameterMessage } from './resolve-parameters.ts';
import type { ResolvedDerivedFact } from './resolved-rule-set.ts';
import type { Expression } from './rule-set-types.ts';
import { unknownFactMessage } from './unknown-fact-message.ts';

/** Bounds on one derived-fact expression, so that a rule set cannot make a record cost much. */
const EXPRESSION_LIMITS = { maxDepth: 16, maxNodes: 256 } as const;

/** Adds a layer's own `derived` facts, each checked for its name and its size. */
export function addOwnDerivedFacts(layer: ResolutionLayer, problems: ProblemList): void {
  const subjectFacts = SUBJECT_FACTS[layer.document.subject];
  for (const [name, expression] of Object.entries(layer.document.derived ?? {})) {
    const path = jsonPointer('derived', name);
    const inherited = layer.derived.get(name);
    if (inherited) {
      problems.add('duplicate-derived-fact', layer.ref, path, `derived fact "${name}" is already defined by ${inherited.definedBy}`);
      continue;
    }
    if (subjectFacts.includes(name)) {
      problems.add('derived-fact-shadows-field', layer.ref, path, `"${name}" is a field of the ${layer.document.subject}; give the derived fact another name`);
      continue;
    }
    const size = measureExpression(expression);
    if (size.depth > EXPRESSION_LIMITS.maxDepth || size.nodes > EXPRESSION_LIMITS.maxNodes) {
      problems.add(
        'expression-too-large',
        layer.ref,
        path,
        `expression has depth ${size.depth} and ${size.nodes} parts; at most depth ${EXPRESSION_LIMITS.maxDepth} and ${EXPRESSION_LIMITS.maxNodes} parts`,
      );
      continue;
    }
    layer.derived.set(name, { expression, definedBy: layer.ref });
  }
}

function measureExpression(expression: unknown, depth = 1): { depth: number; nodes: number } {
  if (expression === null || typeof expression !== 'object') return { depth, nodes: 1 };
  let deepest = depth;
  let nodes = 1;
  for (const child of Object.values(expression)) {
    const size = measureExpression(child, depth + 1);
    deepest = Math.max(deepest, size.depth);
    nodes += size.nodes;
    if (deepest > EXPRESSION_LIMITS.maxDepth * 2 || nodes > EXPRESSION_LIMITS.maxNodes * 2) break;
  }
  return { depth: deepest, nodes };
}

/**
 * The derived facts of the finished layer, parameters substituted, facts checked, in
 * evaluation order (each reads only facts computed before it; a cycle is a problem).
 */
export function finishDerivedFacts(
  layer: ResolutionLayer,
  parameterValues: ReadonlyMap<string, unknown>,
  knownFacts: ReadonlySet<string>,
  problems: ProblemList,
): ResolvedDerivedFact[] {
  const derived: ResolvedDerivedFact[] = [];
  for (const [name, { expression, definedBy }] of layer.derived) {
    const path = jsonPointer('derived', name);
    const substituted = substituteExpression(expression, parameterValues, (message, at) =>
      problems.add('unknown-parameter', definedBy, `${path}${at}`, message),
    );
    const reads = [...expressionFacts(substituted)];
    for (const fact of reads) {
      if (!knownFacts.has(fact)) problems.add('unknown-fact', definedBy, path, unknownFactMessage(fact, knownFacts));
    }
    derived.push({ name, expression: substituted, definedBy, reads });
  }
  return orderDerivedFacts(derived, problems);
}

function substituteExpression(
  expression: Expression,
  parameterValues: ReadonlyMap<string, unknown>,
  report: (message: string, at: string) => void,
  at = '',
): Expression {
  if (expression === null || typeof expression !== 'object' || Array.isArray(expression)) return expression;
  if ('param' in expression) {
    if (!parameterValues.has(expression.param)) {
      report(unknownParameterMessage(expression.param, parameterValues.keys()), `${at}/param`);
      return null;
    }
    return cloneJson(parameterValues.get(expression.param)) as Expression;
  }
  if ('fact' in expression) return { fact: expression.fact };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expression)) result[key] = substituteAny(value, parameterValues, report, `${at}${jsonPointer(key)}`);
  return result as Expression;
}

function substituteAny(value: unknown, parameterValues: ReadonlyMap<string, unknown>, report: (message: string, at: string) => void, at: string): unknown {
  if (Array.isArray(value)) return value.map((item, index) => substituteAny(item, parameterValues, report, `${at}/${index}`));
  if (value && typeof value === 'object') {
    if ('param' in value || 'fact' in value) return substituteExpression(value as Expression, parameterValues, report, at);
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, substituteAny(child, parameterValues, report, `${at}${jsonPointer(key)}`)]));
  }
  return value;
}

function orderDerivedFacts(derived: ResolvedDerivedFact[], problems: ProblemList): ResolvedDerivedFact[] {
  const byName = new Map(derived.map((fact) => [fact.name, fact]));
  const ordered: ResolvedDerivedFact[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (fact: ResolvedDerivedFact, chain: string[]): void => {
    const current = state.get(fact.name);
    if (current === 'done') return;
    if (current === 'visiting') {
      problems.add(
        'derived-cycle',
        fact.definedBy,
        jsonPointer('derived', fact.name),
        `derived facts depend on each other: ${[...chain, fact.name].join(' → ')}`,
      );
      return;
    }
    state.set(fact.name, 'visiting');
    for (const read of fact.reads) {
      const dependency = byName.get(read);
      if (dependency) visit(dependency, [...chain, fact.name]);
    }
    state.set(fact.name, 'done');
    ordered.push(fact);
  };
  for (const fact of derived) visit(fact, []);
  return ordered;
}
