import { type ProblemCode, RuleSetError, type RuleSetProblem } from '../errors.ts';
import { expressionFacts } from '../facts/evaluate-expression.ts';
import { isConditionOperator } from '../engine/operators.ts';
import { SUBJECT_FACTS } from '../engine/subject-facts.ts';
import { OBJECTIVE_SPAN_LIST_NAMES } from '../objectives/span-lists.ts';
import type { RuleSetCatalog } from './catalog.ts';
import type { ResolvedDerivedFact, ResolvedParameter, ResolvedPortfolioRule, ResolvedRule, ResolvedRuleBase, ResolvedRuleSet } from './resolved-rule-set.ts';
import { resolvePortfolioCheck } from './resolve-portfolio-check.ts';
import { parseRuleSetReference } from './rule-set-reference.ts';
import { type Expression, isPortfolioRuleDefinition, type PortfolioCheck, type RuleCondition, type RuleSetDocument, type Severity } from './rule-set-types.ts';
import { closestNames } from './closest-names.ts';
import { parameterValueProblem } from './parameter-value.ts';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const MAX_EXPRESSION_DEPTH = 16;
const MAX_EXPRESSION_NODES = 256;

export interface ResolveOptions {
  /** Parameter values given at run time (`--param`), checked like a document's `params`. */
  params?: Readonly<Record<string, unknown>>;
}

/** One layer in the making: everything inherited plus this document's own content. */
interface Layer {
  ref: string;
  document: RuleSetDocument;
  layers: string[];
  parameters: Map<string, ResolvedParameter>;
  derived: Map<string, { expression: Expression; definedBy: string }>;
  rules: Map<string, Omit<ResolvedRule, 'when' | 'reads'> & { when: RuleCondition }>;
  /** Portfolio rules as written (`where` and `check` still hold parameter references). */
  portfolioRules: Map<string, Omit<ResolvedPortfolioRule, 'check' | 'reads'> & { check: PortfolioCheck }>;
  disabledRules: Array<{ id: string; disabledBy: string }>;
  vocabulary: Record<string, unknown>;
}

class ProblemList {
  readonly items: RuleSetProblem[] = [];
  add(code: ProblemCode, document: string, path: string, message: string): void {
    this.items.push({ code, document, path, message });
  }
}

function refOf(document: RuleSetDocument): string {
  return `${document.id}@${document.version}`;
}

const escapePointer = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Resolves a rule set from a catalog into one flat, immutable rule set: `extends` by semver
 * range, overrides (disable, severity), parameter values, parameters substituted into conditions
 * and derived facts. Every problem of every document involved is reported together, each with
 * its document and JSON path.
 *
 * @example
 * const resolved = resolveRuleSet(catalog, 'assoc/national@^2', { params: { povertyLinePerMember: 150 } })
 * resolved.rules.map((rule) => rule.id) // → ['core/client-data#required-fields-present', …]
 */
export function resolveRuleSet(catalog: RuleSetCatalog, reference: string, options: ResolveOptions = {}): ResolvedRuleSet {
  const problems = new ProblemList();
  const { id, range } = parseRuleSetReference(reference);
  const root = catalog.find(id, range);
  if (!root) {
    const versions = catalog.versions(id);
    problems.add(
      versions.length === 0 ? 'unknown-rule-set' : 'no-version-in-range',
      reference,
      '',
      versions.length === 0
        ? `no rule set "${id}" is known (known: ${catalog.ids().join(', ') || 'none'})`
        : `no version of "${id}" satisfies "${range}" (have ${versions.join(', ')})`,
    );
    throw new RuleSetError(problems.items);
  }
  const layer = resolveLayer(catalog, root, [], new Map(), problems);
  if (layer && options.params) applyParameterValues(layer, options.params, 'run-time parameters', '', problems);
  // Without every extended set, unknown-fact problems would be noise: stop at the missing layers.
  if (!layer) throw new RuleSetError(problems.items);
  const resolved = finish(layer, problems);
  if (problems.items.length > 0) throw new RuleSetError(problems.items);
  return deepFreeze(resolved);
}

function resolveLayer(
  catalog: RuleSetCatalog,
  document: RuleSetDocument,
  stack: readonly string[],
  memo: Map<string, Layer | undefined>,
  problems: ProblemList,
): Layer | undefined {
  const ref = refOf(document);
  if (memo.has(ref)) return memo.get(ref);
  const layer: Layer = {
    ref,
    document,
    layers: [],
    parameters: new Map(),
    derived: new Map(),
    rules: new Map(),
    portfolioRules: new Map(),
    disabledRules: [],
    vocabulary: {},
  };
  let complete = true;

  for (const [index, parentReference] of (document.extends ?? []).entries()) {
    const path = `/extends/${index}`;
    const { id, range } = parseRuleSetReference(parentReference);
    if (stack.includes(id) || id === document.id) {
      problems.add('extends-cycle', ref, path, `"${id}" extends itself through ${[...stack, document.id, id].join(' → ')}`);
      complete = false;
      continue;
    }
    const parentDocument = catalog.find(id, range);
    if (!parentDocument) {
      const versions = catalog.versions(id);
      problems.add(
        versions.length === 0 ? 'unknown-rule-set' : 'no-version-in-range',
        ref,
        path,
        versions.length === 0
          ? `extends an unknown rule set "${id}"`
          : `no version of "${id}" satisfies "${range}" (have ${versions.join(', ')})`,
      );
      complete = false;
      continue;
    }
    if (parentDocument.subject !== document.subject) {
      problems.add('schema', ref, path, `extends "${id}", a rule set for ${parentDocument.subject}, but this one is for ${document.subject}`);
      complete = false;
      continue;
    }
    const parent = resolveLayer(catalog, parentDocument, [...stack, document.id], memo, problems);
    if (!parent) {
      complete = false;
      continue;
    }
    inherit(layer, parent, path, problems);
  }

  addOwnParameters(layer, problems);
  if (document.params) applyParameterValues(layer, document.params, ref, '/params', problems);
  addOwnDerived(layer, problems);
  addOwnRules(layer, problems);
  applyOverrides(layer, problems);
  if (document.vocabulary) Object.assign(layer.vocabulary, cloneJson(document.vocabulary));
  layer.layers.push(ref);

  const result = complete ? layer : undefined;
  memo.set(ref, result);
  return result;
}

function inherit(layer: Layer, parent: Layer, path: string, problems: ProblemList): void {
  for (const parentRef of parent.layers) if (!layer.layers.includes(parentRef)) layer.layers.push(parentRef);
  for (const [name, parameter] of parent.parameters) {
    const existing = layer.parameters.get(name);
    if (existing && existing.declaredBy !== parameter.declaredBy) {
      problems.add('duplicate-parameter', layer.ref, path, `parameter "${name}" is declared by both ${existing.declaredBy} and ${parameter.declaredBy}`);
    } else layer.parameters.set(name, { ...parameter });
  }
  for (const [name, derived] of parent.derived) {
    const existing = layer.derived.get(name);
    if (existing && existing.definedBy !== derived.definedBy) {
      problems.add('duplicate-parameter', layer.ref, path, `derived fact "${name}" is defined by both ${existing.definedBy} and ${derived.definedBy}`);
    } else layer.derived.set(name, derived);
  }
  for (const [id, rule] of parent.rules) {
    const existing = layer.rules.get(id);
    if (existing && existing.ruleSet !== rule.ruleSet) {
      problems.add('duplicate-rule', layer.ref, path, `rule "${id}" comes from both ${existing.ruleSet} and ${rule.ruleSet}`);
    } else layer.rules.set(id, { ...rule });
  }
  for (const [id, rule] of parent.portfolioRules) {
    const existing = layer.portfolioRules.get(id);
    if (existing && existing.ruleSet !== rule.ruleSet) {
      problems.add('duplicate-rule', layer.ref, path, `rule "${id}" comes from both ${existing.ruleSet} and ${rule.ruleSet}`);
    } else layer.portfolioRules.set(id, { ...rule });
  }
  for (const disabled of parent.disabledRules) if (!layer.disabledRules.some((d) => d.id === disabled.id)) layer.disabledRules.push(disabled);
  Object.assign(layer.vocabulary, parent.vocabulary);
}

function addOwnParameters(layer: Layer, problems: ProblemList): void {
  for (const [name, definition] of Object.entries(layer.document.parameters ?? {})) {
    const path = `/parameters/${escapePointer(name)}`;
    const inherited = layer.parameters.get(name);
    if (inherited) {
      problems.add(
        'duplicate-parameter',
        layer.ref,
        path,
        `parameter "${name}" is already declared by ${inherited.declaredBy}; set its value under "params" instead`,
      );
      continue;
    }
    const problem = parameterValueProblem(definition, definition.default);
    if (problem) problems.add('parameter-type', layer.ref, `${path}/default`, problem);
    layer.parameters.set(name, { definition, value: cloneJson(definition.default), declaredBy: layer.ref, setBy: layer.ref });
  }
}

function applyParameterValues(
  layer: Layer,
  values: Readonly<Record<string, unknown>>,
  setBy: string,
  basePath: string,
  problems: ProblemList,
): void {
  for (const [name, value] of Object.entries(values)) {
    const path = `${basePath}/${escapePointer(name)}`;
    const parameter = layer.parameters.get(name);
    if (!parameter) {
      const known = [...layer.parameters.keys()].sort();
      problems.add('unknown-parameter', setBy === layer.ref ? layer.ref : setBy, path, `unknown parameter "${name}" (known: ${known.join(', ') || 'none'})`);
      continue;
    }
    const problem = parameterValueProblem(parameter.definition, value);
    if (problem) {
      problems.add('parameter-type', setBy, path, `parameter "${name}": ${problem}`);
      continue;
    }
    layer.parameters.set(name, { ...parameter, value: cloneJson(value), setBy });
  }
}

function addOwnDerived(layer: Layer, problems: ProblemList): void {
  const subjectFacts = SUBJECT_FACTS[layer.document.subject];
  for (const [name, expression] of Object.entries(layer.document.derived ?? {})) {
    const path = `/derived/${escapePointer(name)}`;
    const inherited = layer.derived.get(name);
    if (inherited) {
      problems.add('duplicate-parameter', layer.ref, path, `derived fact "${name}" is already defined by ${inherited.definedBy}`);
      continue;
    }
    if (subjectFacts.includes(name)) {
      problems.add('duplicate-parameter', layer.ref, path, `"${name}" is a field of the ${layer.document.subject}; give the derived fact another name`);
      continue;
    }
    const size = measureExpression(expression);
    if (size.depth > MAX_EXPRESSION_DEPTH || size.nodes > MAX_EXPRESSION_NODES) {
      problems.add(
        'expression-too-large',
        layer.ref,
        path,
        `expression has depth ${size.depth} and ${size.nodes} parts; at most depth ${MAX_EXPRESSION_DEPTH} and ${MAX_EXPRESSION_NODES} parts`,
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
    if (deepest > MAX_EXPRESSION_DEPTH * 2 || nodes > MAX_EXPRESSION_NODES * 2) break;
  }
  return { depth: deepest, nodes };
}

function addOwnRules(layer: Layer, problems: ProblemList): void {
  const seen = new Set<string>();
  for (const [index, rule] of layer.document.rules.entries()) {
    const path = `/rules/${index}`;
    const id = `${layer.document.id}#${rule.id}`;
    if (seen.has(rule.id)) {
      problems.add('duplicate-rule', layer.ref, `${path}/id`, `rule id "${rule.id}" appears twice in this rule set`);
      continue;
    }
    seen.add(rule.id);
    const inherited = [...layer.rules.values(), ...layer.portfolioRules.values()].find((existing) => existing.localId === rule.id);
    if (inherited) {
      problems.add(
        'redefined-rule',
        layer.ref,
        `${path}/id`,
        `rule "${rule.id}" is already defined by ${inherited.ruleSet}; change it with overrides["${inherited.id}"], or fork it under another id`,
      );
      continue;
    }
    const base: ResolvedRuleBase = {
      id,
      localId: rule.id,
      ruleSet: layer.ref,
      title: rule.title,
      ...(rule.description === undefined ? {} : { description: rule.description }),
      severity: rule.severity,
      severitySetBy: layer.ref,
      locked: rule.locked ?? false,
      fields: [...rule.fields],
      message: { ...rule.message },
      ...(rule.suggestion === undefined ? {} : { suggestion: { ...rule.suggestion } }),
      ...(rule.source === undefined ? {} : { source: rule.source }),
    };
    if (isPortfolioRuleDefinition(rule)) {
      layer.portfolioRules.set(id, {
        ...base,
        ...(rule.where === undefined ? {} : { where: cloneJson(rule.where) }),
        check: cloneJson(rule.check),
      });
      continue;
    }
    layer.rules.set(id, {
      ...base,
      ...(rule.fieldsFrom === undefined ? {} : { fieldsFrom: rule.fieldsFrom }),
      ...(rule.criterion === undefined ? {} : { criterion: rule.criterion }),
      ...(rule.verdict === undefined ? {} : { verdict: rule.verdict }),
      ...(rule.spanFrom === undefined ? {} : { spanFrom: rule.spanFrom }),
      when: cloneJson(rule.when),
    });
  }
}

function applyOverrides(layer: Layer, problems: ProblemList): void {
  for (const [target, override] of Object.entries(layer.document.overrides ?? {})) {
    const path = `/overrides/${escapePointer(target)}`;
    // Record and portfolio rules are overridden alike: enabled, severity, locks.
    const rules = (layer.portfolioRules.has(target) ? layer.portfolioRules : layer.rules) as Map<
      string,
      { ruleSet: string; locked: boolean; severity: Severity; severitySetBy: string }
    >;
    const rule = rules.get(target);
    if (!rule) {
      const disabled = layer.disabledRules.find((d) => d.id === target);
      problems.add(
        'unknown-override-target',
        layer.ref,
        path,
        disabled
          ? `rule "${target}" was disabled by ${disabled.disabledBy}`
          : `no inherited rule "${target}" (rules come from ${layer.layers.join(', ') || 'no extended rule set'})`,
      );
      continue;
    }
    if (rule.ruleSet === layer.ref) {
      problems.add('unknown-override-target', layer.ref, path, `"${target}" is this rule set's own rule: edit it instead of overriding it`);
      continue;
    }
    if (rule.locked && override.enabled === false) {
      problems.add('locked-rule', layer.ref, `${path}/enabled`, `rule "${target}" is locked by ${rule.ruleSet} and cannot be disabled`);
      continue;
    }
    if (rule.locked && override.severity && SEVERITY_RANK[override.severity] < SEVERITY_RANK[rule.severity]) {
      problems.add(
        'locked-rule',
        layer.ref,
        `${path}/severity`,
        `rule "${target}" is locked by ${rule.ruleSet} at severity "${rule.severity}"; it may be raised, not lowered to "${override.severity}"`,
      );
      continue;
    }
    if (override.enabled === false) {
      rules.delete(target);
      layer.disabledRules.push({ id: target, disabledBy: layer.ref });
      continue;
    }
    if (override.severity) rules.set(target, { ...rule, severity: override.severity, severitySetBy: layer.ref });
  }
}

/** Substitutes parameters, checks facts and operators, orders derived facts. */
function finish(layer: Layer, problems: ProblemList): ResolvedRuleSet {
  const { document } = layer;
  const parameterValues = new Map([...layer.parameters].map(([name, parameter]) => [name, parameter.value]));
  const knownFacts = new Set([...SUBJECT_FACTS[document.subject], ...layer.derived.keys()]);

  const derived: ResolvedDerivedFact[] = [];
  for (const [name, { expression, definedBy }] of layer.derived) {
    const path = `/derived/${escapePointer(name)}`;
    const substituted = substituteExpression(expression, parameterValues, (message, at) =>
      problems.add('unknown-parameter', definedBy, `${path}${at}`, message),
    );
    const reads = [...expressionFacts(substituted)];
    for (const fact of reads) {
      if (!knownFacts.has(fact)) problems.add('unknown-fact', definedBy, path, unknownFactMessage(fact, knownFacts));
    }
    derived.push({ name, expression: substituted, definedBy, reads });
  }

  const rules: ResolvedRule[] = [];
  for (const rule of layer.rules.values()) {
    const index = rule.ruleSet === layer.ref ? document.rules.findIndex((r) => r.id === rule.localId) : -1;
    const origin = rule.ruleSet;
    const base = index >= 0 ? `/rules/${index}` : `/rules[id=${rule.localId}]`;
    const reads = new Set<string>();
    const when = substituteCondition(rule.when, `${base}/when`, {
      parameterValues,
      reads,
      report: (code, message, at) => problems.add(code, origin, at, message),
      knownFacts,
    });
    if (rule.spanFrom !== undefined && !OBJECTIVE_SPAN_LIST_NAMES.includes(rule.spanFrom)) {
      problems.add('unknown-fact', origin, `${base}/spanFrom`, `unknown span list "${rule.spanFrom}"; expected one of ${OBJECTIVE_SPAN_LIST_NAMES.join(', ')}`);
    }
    for (const field of rule.fieldsFrom ? [rule.fieldsFrom] : []) {
      if (!knownFacts.has(field)) problems.add('unknown-fact', origin, `${base}/fieldsFrom`, unknownFactMessage(field, knownFacts));
    }
    rules.push({ ...rule, when, reads: [...reads] });
  }
  const portfolioRules = finishPortfolioRules(layer, parameterValues, knownFacts, problems);

  return {
    id: document.id,
    version: document.version,
    ref: layer.ref,
    title: document.title,
    ...(document.description === undefined ? {} : { description: document.description }),
    subject: document.subject,
    layers: [...layer.layers],
    parameters: Object.fromEntries(layer.parameters),
    derived: orderDerived(derived, layer.ref, problems),
    rules,
    portfolioRules,
    disabledRules: [...layer.disabledRules],
    vocabulary: layer.vocabulary,
  };
}

function finishPortfolioRules(
  layer: Layer,
  parameterValues: ReadonlyMap<string, unknown>,
  knownFacts: ReadonlySet<string>,
  problems: ProblemList,
): ResolvedPortfolioRule[] {
  const portfolioRules: ResolvedPortfolioRule[] = [];
  for (const { check, where, ...rule } of layer.portfolioRules.values()) {
    const index = rule.ruleSet === layer.ref ? layer.document.rules.findIndex((r) => r.id === rule.localId) : -1;
    const base = index >= 0 ? `/rules/${index}` : `/rules[id=${rule.localId}]`;
    const report = (code: ProblemCode, message: string, at: string): void => problems.add(code, rule.ruleSet, at, message);
    if (layer.document.subject !== 'client-record') {
      report('schema', `portfolio rules judge client records; this rule set is for ${layer.document.subject}s`, `${base}/scope`);
      continue;
    }
    const substitute = (condition: RuleCondition, at: string, reads: Set<string>): RuleCondition =>
      substituteCondition(condition, at, { parameterValues, reads, report, knownFacts });
    const resolved = resolvePortfolioCheck(check, {
      path: `${base}/check`,
      parameterValues,
      knownFacts,
      report,
      substituteCondition: substitute,
      unknownFactMessage: (fact) => unknownFactMessage(fact, knownFacts),
    });
    if (!resolved) continue;
    const resolvedWhere = where === undefined ? undefined : substitute(where, `${base}/where`, resolved.reads);
    portfolioRules.push({
      ...rule,
      ...(resolvedWhere === undefined ? {} : { where: resolvedWhere }),
      check: resolved.check,
      reads: [...resolved.reads],
    });
  }
  return portfolioRules;
}

function unknownFactMessage(fact: string, knownFacts: ReadonlySet<string>): string {
  const near = closestNames(fact, knownFacts);
  return `unknown fact "${fact}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`;
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
      report(`unknown parameter "${expression.param}" (known: ${[...parameterValues.keys()].join(', ') || 'none'})`, `${at}/param`);
      return null;
    }
    return cloneJson(parameterValues.get(expression.param)) as Expression;
  }
  if ('fact' in expression) return { fact: expression.fact };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expression)) {
    result[key] = substituteAny(value, parameterValues, report, `${at}/${key}`);
  }
  return result as Expression;
}

function substituteAny(
  value: unknown,
  parameterValues: ReadonlyMap<string, unknown>,
  report: (message: string, at: string) => void,
  at: string,
): unknown {
  if (Array.isArray(value)) return value.map((item, index) => substituteAny(item, parameterValues, report, `${at}/${index}`));
  if (value && typeof value === 'object') {
    if ('param' in value || 'fact' in value) return substituteExpression(value as Expression, parameterValues, report, at);
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, substituteAny(child, parameterValues, report, `${at}/${key}`)]));
  }
  return value;
}

interface ConditionContext {
  parameterValues: ReadonlyMap<string, unknown>;
  reads: Set<string>;
  knownFacts: ReadonlySet<string>;
  report: (code: ProblemCode, message: string, at: string) => void;
}

function substituteCondition(condition: RuleCondition, path: string, context: ConditionContext): RuleCondition {
  const node = condition as unknown as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    if (Array.isArray(node[key])) {
      return {
        ...node,
        [key]: (node[key] as RuleCondition[]).map((child, index) => substituteCondition(child, `${path}/${key}/${index}`, context)),
      } as unknown as RuleCondition;
    }
  }
  if (node.not !== undefined) {
    return { ...node, not: substituteCondition(node.not as RuleCondition, `${path}/not`, context) } as unknown as RuleCondition;
  }
  const leaf = { ...node } as { fact: string; operator: string; value: unknown; path?: string };
  if (!isConditionOperator(leaf.operator)) {
    context.report('unknown-operator', `unknown operator "${leaf.operator}"; expected one of the json-rules-engine operators`, `${path}/operator`);
  }
  context.reads.add(leaf.fact);
  if (!context.knownFacts.has(leaf.fact)) context.report('unknown-fact', unknownFactMessage(leaf.fact, context.knownFacts), `${path}/fact`);
  const value = leaf.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const reference = value as { param?: string; fact?: string };
    if (reference.param !== undefined) {
      if (!context.parameterValues.has(reference.param)) {
        context.report(
          'unknown-parameter',
          `unknown parameter "${reference.param}" (known: ${[...context.parameterValues.keys()].join(', ') || 'none'})`,
          `${path}/value/param`,
        );
      } else leaf.value = cloneJson(context.parameterValues.get(reference.param));
    } else if (reference.fact !== undefined) {
      context.reads.add(reference.fact);
      if (!context.knownFacts.has(reference.fact)) {
        context.report('unknown-fact', unknownFactMessage(reference.fact, context.knownFacts), `${path}/value/fact`);
      }
    }
  }
  const listOperator = leaf.operator === 'in' || leaf.operator === 'notIn';
  const isReference = leaf.value !== null && typeof leaf.value === 'object' && !Array.isArray(leaf.value);
  if (listOperator && !isReference && !Array.isArray(leaf.value)) {
    context.report('schema', `operator "${leaf.operator}" needs a list of values, got ${JSON.stringify(leaf.value)}`, `${path}/value`);
  }
  return leaf as unknown as RuleCondition;
}

function orderDerived(derived: ResolvedDerivedFact[], ref: string, problems: ProblemList): ResolvedDerivedFact[] {
  const byName = new Map(derived.map((fact) => [fact.name, fact]));
  const ordered: ResolvedDerivedFact[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (fact: ResolvedDerivedFact, chain: string[]): void => {
    const current = state.get(fact.name);
    if (current === 'done') return;
    if (current === 'visiting') {
      problems.add('derived-cycle', fact.definedBy, `/derived/${escapePointer(fact.name)}`, `derived facts depend on each other: ${[...chain, fact.name].join(' → ')}`);
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
  void ref;
  return ordered;
}
