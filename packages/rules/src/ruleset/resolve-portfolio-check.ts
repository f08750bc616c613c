import { normalizeKey } from '../aggregate/normalize-key.ts';
import type { ProblemCode } from '../errors.ts';
import type { ResolvedPortfolioCheck } from './resolved-rule-set.ts';
import type { NumberOrParameter, PortfolioCheck, RuleCondition } from './rule-set-types.ts';

/** The defaults of a portfolio check's numbers, as the rule-set schema documents them. */
const PORTFOLIO_CHECK_DEFAULTS = {
  minGroupSize: 10,
  maxModifiedZ: 3.5,
  minRelativeDifference: 0,
  minGroups: 5,
  maxDistance: 0.15,
  maxPValue: 0.001,
} as const;

/** What resolving a portfolio check needs from the resolver: parameters, facts, where to report. */
export interface PortfolioCheckContext {
  /** JSON Pointer of the rule's `check`, e.g. `/rules/3/check`. */
  path: string;
  parameterValues: ReadonlyMap<string, unknown>;
  knownFacts: ReadonlySet<string>;
  report: (code: ProblemCode, message: string, at: string) => void;
  /** Substitutes parameters in a condition, checks its facts and adds them to `reads`. */
  substituteCondition: (condition: RuleCondition, path: string, reads: Set<string>) => RuleCondition;
  unknownFactMessage: (fact: string) => string;
}

/** A list of texts, or a string-list parameter holding one. */
function resolveTextList(value: readonly string[] | { param: string } | undefined, at: string, context: PortfolioCheckContext): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return [...value];
  const reference = value as { param: string };
  if (!context.parameterValues.has(reference.param)) {
    context.report(
      'unknown-parameter',
      `unknown parameter "${reference.param}" (known: ${[...context.parameterValues.keys()].join(', ') || 'none'})`,
      `${at}/param`,
    );
    return [];
  }
  const list = context.parameterValues.get(reference.param);
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    context.report('parameter-type', `expected a list of texts, got ${JSON.stringify(list)}`, `${at}/param`);
    return [];
  }
  return list as string[];
}

interface Bounds {
  minimum?: number;
  maximum?: number;
}

function resolveNumber(
  value: NumberOrParameter | undefined,
  fallback: number | undefined,
  at: string,
  bounds: Bounds,
  context: PortfolioCheckContext,
): number | undefined {
  if (value === undefined) return fallback;
  let number: unknown = value;
  let where = at;
  if (typeof value === 'object') {
    where = `${at}/param`;
    if (!context.parameterValues.has(value.param)) {
      context.report('unknown-parameter', `unknown parameter "${value.param}" (known: ${[...context.parameterValues.keys()].join(', ') || 'none'})`, where);
      return fallback;
    }
    number = context.parameterValues.get(value.param);
  }
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    context.report('parameter-type', `expected a number, got ${JSON.stringify(number)}`, where);
    return fallback;
  }
  if ((bounds.minimum !== undefined && number < bounds.minimum) || (bounds.maximum !== undefined && number > bounds.maximum)) {
    context.report('parameter-type', `expected a number from ${bounds.minimum ?? '−∞'} to ${bounds.maximum ?? '∞'}, got ${number}`, where);
    return fallback;
  }
  return number;
}

function checkFact(fact: string, at: string, reads: Set<string>, context: PortfolioCheckContext): void {
  reads.add(fact);
  if (!context.knownFacts.has(fact)) context.report('unknown-fact', context.unknownFactMessage(fact), at);
}

/**
 * Resolves the `check` of one portfolio rule: parameters substituted into its numbers and
 * conditions, defaults filled in, every fact it reads checked. Problems go to `context.report`
 * with their JSON path; the result is undefined when the check cannot run.
 *
 * @example
 * resolvePortfolioCheck({ groupOutlier: { groupBy: 'loanOfficerId', value: 'incomePerMember' } }, context)
 * // → { check: { kind: 'groupOutlier', …, maxModifiedZ: 3.5, minGroupSize: 10 }, reads: ['loanOfficerId', 'incomePerMember'] }
 */
export function resolvePortfolioCheck(
  check: PortfolioCheck,
  context: PortfolioCheckContext,
): { check: ResolvedPortfolioCheck; reads: Set<string> } | undefined {
  const reads = new Set<string>();
  const d = PORTFOLIO_CHECK_DEFAULTS;
  const positive = { minimum: 0 };
  if (check.groupStatistic) {
    const at = `${context.path}/groupStatistic`;
    const spec = check.groupStatistic;
    checkFact(spec['groupBy'], `${at}/groupBy`, reads, context);
    const needsValue = spec['statistic'] === 'mean' || spec['statistic'] === 'median' || spec['statistic'] === 'quantile';
    if (needsValue && spec['value'] === undefined)
      context.report('portfolio-check', `statistic "${spec['statistic']}" needs "value": the fact it is computed of`, at);
    if (spec['value'] !== undefined) checkFact(spec['value'], `${at}/value`, reads, context);
    if (spec['statistic'] === 'share' && spec.matching === undefined)
      context.report('portfolio-check', 'statistic "share" needs "matching": the records it counts', at);
    if (spec['statistic'] === 'quantile' && spec['quantile'] === undefined)
      context.report('portfolio-check', 'statistic "quantile" needs "quantile", from 0 to 1', at);
    if (spec['above'] === undefined && spec['below'] === undefined)
      context.report('portfolio-check', 'expected "above", "below" or both: the bounds a group is judged against', at);
    const quantile = resolveNumber(spec['quantile'], undefined, `${at}/quantile`, { minimum: 0, maximum: 1 }, context);
    const above = resolveNumber(spec['above'], undefined, `${at}/above`, {}, context);
    const below = resolveNumber(spec['below'], undefined, `${at}/below`, {}, context);
    const matching = spec.matching === undefined ? undefined : context.substituteCondition(spec.matching, `${at}/matching`, reads);
    return {
      reads,
      check: {
        kind: 'groupStatistic',
        groupBy: spec['groupBy'],
        statistic: spec['statistic'],
        ...(spec['value'] === undefined ? {} : { value: spec['value'] }),
        ...(quantile === undefined ? {} : { quantile }),
        ...(matching === undefined ? {} : { matching }),
        ...(above === undefined ? {} : { above }),
        ...(below === undefined ? {} : { below }),
        minGroupSize: resolveNumber(spec['minGroupSize'], d.minGroupSize, `${at}/minGroupSize`, positive, context)!,
      },
    };
  }
  if (check.groupOutlier) {
    const at = `${context.path}/groupOutlier`;
    const spec = check.groupOutlier;
    checkFact(spec.groupBy, `${at}/groupBy`, reads, context);
    checkFact(spec.value, `${at}/value`, reads, context);
    return {
      reads,
      check: {
        kind: 'groupOutlier',
        groupBy: spec.groupBy,
        value: spec.value,
        maxModifiedZ: resolveNumber(spec.maxModifiedZ, d.maxModifiedZ, `${at}/maxModifiedZ`, positive, context)!,
        minRelativeDifference: resolveNumber(spec.minRelativeDifference, d.minRelativeDifference, `${at}/minRelativeDifference`, positive, context)!,
        direction: spec.direction ?? 'both',
        minGroupSize: resolveNumber(spec.minGroupSize, d.minGroupSize, `${at}/minGroupSize`, positive, context)!,
        minGroups: resolveNumber(spec.minGroups, d.minGroups, `${at}/minGroups`, { minimum: 3 }, context)!,
      },
    };
  }
  if (check.distributionDrift) {
    const at = `${context.path}/distributionDrift`;
    const spec = check.distributionDrift;
    checkFact(spec.groupBy, `${at}/groupBy`, reads, context);
    checkFact(spec.value, `${at}/value`, reads, context);
    return {
      reads,
      check: {
        kind: 'distributionDrift',
        groupBy: spec.groupBy,
        value: spec.value,
        maxDistance: resolveNumber(spec.maxDistance, d.maxDistance, `${at}/maxDistance`, { minimum: 0, maximum: 1 }, context)!,
        maxPValue: resolveNumber(spec.maxPValue, d.maxPValue, `${at}/maxPValue`, { minimum: 0, maximum: 1 }, context)!,
        minGroupSize: resolveNumber(spec.minGroupSize, d.minGroupSize, `${at}/minGroupSize`, positive, context)!,
      },
    };
  }
  if (check.duplicates) {
    const at = `${context.path}/duplicates`;
    const spec = check.duplicates;
    for (const [index, fact] of spec.key.entries()) checkFact(fact, `${at}/key/${index}`, reads, context);
    const normalize = spec.normalize ?? 'identifier';
    const placeholders = resolveTextList(spec.placeholders, `${at}/placeholders`, context).map((value) => normalizeKey(value, normalize));
    return { reads, check: { kind: 'duplicates', key: [...spec.key], normalize, placeholders: placeholders.filter((value) => value !== '') } };
  }
  context.report('portfolio-check', 'expected one of "groupStatistic", "groupOutlier", "distributionDrift", "duplicates"', context.path);
  return undefined;
}
