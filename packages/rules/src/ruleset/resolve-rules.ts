import type { ProblemCode } from '../errors.ts';
import { OBJECTIVE_SPAN_LIST_NAMES } from '../objectives/span-lists.ts';
import { cloneJson } from './json-values.ts';
import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';
import { resolveCondition } from './resolve-condition.ts';
import { resolvePortfolioCheck } from './resolve-portfolio-check.ts';
import type { ResolvedPortfolioRule, ResolvedRule, ResolvedRuleBase } from './resolved-rule-set.ts';
import { isPortfolioRuleDefinition, type RuleCondition } from './rule-set-types.ts';
import { unknownFactMessage } from './unknown-fact-message.ts';

/** Adds a layer's own rules; an id used twice, or one an extended rule set already defines, is a problem. */
export function addOwnRules(layer: ResolutionLayer, problems: ProblemList): void {
  const seen = new Set<string>();
  for (const [index, rule] of (layer.document.rules ?? []).entries()) {
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
      title: typeof rule.title === 'string' ? rule.title : rule.title.en,
      ...(typeof rule.title === 'string' ? {} : { localizedTitle: { ...rule.title } }),
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
        definedAt: path,
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
      definedAt: path,
    });
  }
}

/** The record rules of the finished layer, parameters substituted; problems reported in the document that wrote each rule. */
export function finishRules(
  layer: ResolutionLayer,
  parameterValues: ReadonlyMap<string, unknown>,
  knownFacts: ReadonlySet<string>,
  problems: ProblemList,
): ResolvedRule[] {
  const rules: ResolvedRule[] = [];
  for (const { definedAt, ...rule } of layer.rules.values()) {
    const report = (code: ProblemCode, message: string, at: string): void => problems.add(code, rule.ruleSet, at, message);
    const reads = new Set<string>();
    const when = resolveCondition(rule.when, `${definedAt}/when`, { parameterValues, knownFacts, reads, report });
    if (rule.spanFrom !== undefined && !OBJECTIVE_SPAN_LIST_NAMES.includes(rule.spanFrom)) {
      report('unknown-fact', `unknown span list "${rule.spanFrom}"; expected one of ${OBJECTIVE_SPAN_LIST_NAMES.join(', ')}`, `${definedAt}/spanFrom`);
    }
    if (rule.fieldsFrom !== undefined && !knownFacts.has(rule.fieldsFrom)) {
      report('unknown-fact', unknownFactMessage(rule.fieldsFrom, knownFacts), `${definedAt}/fieldsFrom`);
    }
    rules.push({ ...rule, when, reads: [...reads] });
  }
  return rules;
}

/** The portfolio rules of the finished layer: checks resolved, `where` substituted. */
export function finishPortfolioRules(
  layer: ResolutionLayer,
  parameterValues: ReadonlyMap<string, unknown>,
  knownFacts: ReadonlySet<string>,
  problems: ProblemList,
): ResolvedPortfolioRule[] {
  const portfolioRules: ResolvedPortfolioRule[] = [];
  for (const { check, where, definedAt, ...rule } of layer.portfolioRules.values()) {
    const report = (code: ProblemCode, message: string, at: string): void => problems.add(code, rule.ruleSet, at, message);
    if (layer.document.subject !== 'client-record') {
      report('subject-mismatch', `portfolio rules judge client records; this rule set is for ${layer.document.subject}s`, `${definedAt}/scope`);
      continue;
    }
    const resolve = (condition: RuleCondition, at: string, reads: Set<string>): RuleCondition =>
      resolveCondition(condition, at, { parameterValues, knownFacts, reads, report });
    const resolved = resolvePortfolioCheck(check, {
      path: `${definedAt}/check`,
      parameterValues,
      knownFacts,
      report,
      substituteCondition: resolve,
      unknownFactMessage: (fact) => unknownFactMessage(fact, knownFacts),
    });
    if (!resolved) continue;
    const resolvedWhere = where === undefined ? undefined : resolve(where, `${definedAt}/where`, resolved.reads);
    portfolioRules.push({
      ...rule,
      ...(resolvedWhere === undefined ? {} : { where: resolvedWhere }),
      check: resolved.check,
      reads: [...resolved.reads],
    });
  }
  return portfolioRules;
}
