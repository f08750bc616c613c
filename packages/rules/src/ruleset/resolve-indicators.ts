import type { ProblemCode } from '../errors.ts';
import { expressionFacts } from '../facts/evaluate-expression.ts';
import type { CountSum, IndicatorDefinition, PopulationDefinition, TransitionsDefinition } from '../indicators/indicator-types.ts';
import { isCountSum } from '../indicators/indicator-types.ts';
import type { IndicatorMeasure, ResolvedIndicator, ResolvedIndicators, ResolvedPopulation } from '../indicators/resolved-indicators.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import { jsonPointer } from './json-pointer.ts';
import { cloneJson } from './json-values.ts';
import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';
import { resolveCondition } from './resolve-condition.ts';
import type { RuleCondition } from './rule-set-types.ts';
import { unknownFactMessage } from './unknown-fact-message.ts';

interface LayerPopulation {
  definition: PopulationDefinition;
  definedBy: string;
  definedAt: string;
}

interface LayerIndicator {
  definition: IndicatorDefinition;
  ruleSet: string;
  definedAt: string;
}

/** What one layer holds of the indicators part: inherited plus its own. */
interface IndicatorLayer {
  populations: Map<string, LayerPopulation>;
  codes: Map<string, { codes: string[] | { param: string }; setBy: string; at: string }>;
  indicators: Map<string, LayerIndicator>;
  transitions?: { definition: TransitionsDefinition; setBy: string; at: string };
  disabled: Array<{ id: string; disabledBy: string }>;
}

// Kept beside the layer rather than in it: only indicators rule sets have these parts.
const indicatorLayers = new WeakMap<ResolutionLayer, IndicatorLayer>();

function indicatorLayerOf(layer: ResolutionLayer): IndicatorLayer {
  let part = indicatorLayers.get(layer);
  if (!part) {
    part = { populations: new Map(), codes: new Map(), indicators: new Map(), disabled: [] };
    indicatorLayers.set(layer, part);
  }
  return part;
}

/** Merges a parent's populations, codes, indicators and transitions into a layer (one `extends` entry). */
export function inheritIndicators(layer: ResolutionLayer, parent: ResolutionLayer, path: string, problems: ProblemList): void {
  const own = indicatorLayerOf(layer);
  const inherited = indicatorLayerOf(parent);
  for (const [name, population] of inherited.populations) {
    const existing = own.populations.get(name);
    if (existing && existing.definedBy !== population.definedBy) {
      problems.add('duplicate-population', layer.ref, path, `population "${name}" is declared by both ${existing.definedBy} and ${population.definedBy}`);
    } else own.populations.set(name, population);
  }
  for (const [id, indicator] of inherited.indicators) {
    const existing = own.indicators.get(id);
    if (existing && existing.ruleSet !== indicator.ruleSet) {
      problems.add('duplicate-indicator', layer.ref, path, `indicator "${id}" comes from both ${existing.ruleSet} and ${indicator.ruleSet}`);
    } else own.indicators.set(id, indicator);
  }
  for (const [fact, codes] of inherited.codes) own.codes.set(fact, codes);
  if (inherited.transitions) own.transitions = inherited.transitions;
  for (const disabled of inherited.disabled) if (!own.disabled.some((d) => d.id === disabled.id)) own.disabled.push(disabled);
}

/**
 * Adds a document's own populations, codes, indicators and transitions. Codes and transitions
 * of a later layer replace what it inherits; a population or indicator may not be redefined.
 * Indicators parts outside an indicators rule set, and rules inside one, are problems.
 */
export function addOwnIndicators(layer: ResolutionLayer, problems: ProblemList): void {
  const { document } = layer;
  if (document.subject !== 'indicators') {
    for (const part of ['populations', 'codes', 'indicators', 'transitions'] as const) {
      if (document[part] !== undefined) {
        problems.add('subject-mismatch', layer.ref, `/${part}`, `"${part}" belong to indicators rule sets; this rule set is for ${document.subject}s`);
      }
    }
    return;
  }
  if ((document.rules ?? []).length > 0) {
    problems.add(
      'subject-mismatch',
      layer.ref,
      '/rules/0',
      'an indicators rule set has no rules (give "rules": []); check records with a client-record rule set',
    );
  }
  const own = indicatorLayerOf(layer);
  for (const [name, definition] of Object.entries(document.populations ?? {})) {
    const at = jsonPointer('populations', name);
    const existing = own.populations.get(name);
    if (existing) {
      problems.add('duplicate-population', layer.ref, at, `population "${name}" is already declared by ${existing.definedBy}`);
      continue;
    }
    own.populations.set(name, { definition: cloneJson(definition), definedBy: layer.ref, definedAt: at });
  }
  for (const [fact, codes] of Object.entries(document.codes ?? {}))
    own.codes.set(fact, { codes: cloneJson(codes), setBy: layer.ref, at: jsonPointer('codes', fact) });
  if (document.transitions) own.transitions = { definition: cloneJson(document.transitions), setBy: layer.ref, at: '/transitions' };
  const seen = new Set<string>();
  for (const [index, definition] of (document.indicators ?? []).entries()) {
    const at = `/indicators/${index}`;
    const id = `${document.id}#${definition.id}`;
    if (seen.has(definition.id)) {
      problems.add('duplicate-indicator', layer.ref, `${at}/id`, `indicator id "${definition.id}" appears twice in this rule set`);
      continue;
    }
    seen.add(definition.id);
    const inherited = [...own.indicators.values()].find((existing) => existing.definition.id === definition.id);
    if (inherited) {
      problems.add(
        'duplicate-indicator',
        layer.ref,
        `${at}/id`,
        `indicator "${definition.id}" is already defined by ${inherited.ruleSet}; disable it with overrides["${inherited.ruleSet.split('@')[0]}#${definition.id}"] and define yours under another id`,
      );
      continue;
    }
    own.indicators.set(id, { definition: cloneJson(definition), ruleSet: layer.ref, definedAt: at });
  }
}

/** Applies an indicators document's `overrides`: an inherited indicator may be disabled. */
export function applyIndicatorOverrides(layer: ResolutionLayer, problems: ProblemList): void {
  const own = indicatorLayerOf(layer);
  for (const [target, override] of Object.entries(layer.document.overrides ?? {})) {
    const at = jsonPointer('overrides', target);
    const indicator = own.indicators.get(target);
    if (!indicator) {
      const disabled = own.disabled.find((d) => d.id === target);
      problems.add(
        'unknown-override-target',
        layer.ref,
        at,
        disabled
          ? `indicator "${target}" was disabled by ${disabled.disabledBy}`
          : `no inherited indicator "${target}" (known: ${[...own.indicators.keys()].join(', ') || 'none'})`,
      );
      continue;
    }
    if (indicator.ruleSet === layer.ref) {
      problems.add('unknown-override-target', layer.ref, at, `"${target}" is this rule set's own indicator: edit it instead of overriding it`);
      continue;
    }
    if (override.severity !== undefined)
      problems.add('override-property', layer.ref, `${at}/severity`, 'an indicator has no severity; an override may only disable it ("enabled": false)');
    if (override.enabled === false) {
      own.indicators.delete(target);
      own.disabled.push({ id: target, disabledBy: layer.ref });
    }
  }
}

interface FinishContext {
  parameterValues: ReadonlyMap<string, unknown>;
  knownFacts: ReadonlySet<string>;
  problems: ProblemList;
}

/** The record fields a fact needs, following derived facts down to fields. */
function fieldsOf(fact: string, layer: ResolutionLayer, into: Set<string>, visiting = new Set<string>()): void {
  if ((CLIENT_RECORD_FIELDS as readonly string[]).includes(fact)) {
    into.add(fact);
    return;
  }
  const derived = layer.derived.get(fact);
  if (!derived || visiting.has(fact)) return;
  visiting.add(fact);
  for (const read of expressionFacts(derived.expression)) fieldsOf(read, layer, into, visiting);
}

/** Facts a condition reads, and the fields `missingFields`/`unreadableFields` conditions name. */
function conditionFieldNames(condition: unknown, into: Set<string>): void {
  if (condition === null || typeof condition !== 'object') return;
  const node = condition as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) if (Array.isArray(node[key])) for (const child of node[key]) conditionFieldNames(child, into);
  if (node['not'] !== undefined) conditionFieldNames(node['not'], into);
  if ((node['fact'] === 'missingFields' || node['fact'] === 'unreadableFields') && typeof node['value'] === 'string') into.add(node['value']);
}

function resolvePopulation(name: string, population: LayerPopulation, context: FinishContext): ResolvedPopulation {
  const reads = new Set<string>();
  const report = (code: ProblemCode, message: string, at: string): void => context.problems.add(code, population.definedBy, at, message);
  const when = resolveCondition(population.definition.when, `${population.definedAt}/when`, { ...context, reads, report });
  return {
    name,
    title: population.definition.title,
    ...(population.definition.description === undefined ? {} : { description: population.definition.description }),
    when,
    reads: [...reads],
    definedBy: population.definedBy,
  };
}

function countSumOf(sum: CountSum): { plus: string[]; minus: string[] } {
  return { plus: [...sum.plus], minus: [...(sum.minus ?? [])] };
}

/** The measure of one indicator from its unit and parts; undefined (with problems) when they do not fit. */
function measureOf(indicator: LayerIndicator, context: FinishContext, reads: Set<string>): IndicatorMeasure | undefined {
  const { definition, definedAt } = indicator;
  const report = (message: string, at: string): void => context.problems.add('indicator-measure', indicator.ruleSet, `${definedAt}${at}`, message);
  const extra = (names: ReadonlyArray<keyof IndicatorDefinition>): boolean => {
    const present = names.filter((name) => definition[name] !== undefined);
    for (const name of present) report(`a ${definition.unit} indicator has no "${name}"`, `/${name}`);
    return present.length === 0;
  };
  const population = definition.population;
  switch (definition.unit) {
    case 'share': {
      if (!extra(['value', 'denominator']) || population === undefined) return undefined;
      if (definition.distribution !== undefined) {
        if (definition.numerator !== undefined) report('a share has either a "numerator" or a "distribution", not both', '/numerator');
        reads.add(definition.distribution);
        return { kind: 'distribution', population, fact: definition.distribution };
      }
      if (definition.numerator === undefined || isCountSum(definition.numerator)) {
        report('a share counts the records of its population that meet a condition: "numerator" must be a condition, not a sum of counts', '/numerator');
        return undefined;
      }
      const numerator = resolveCondition(definition.numerator as RuleCondition, `${definedAt}/numerator`, {
        ...context,
        reads,
        report: (code, message, at) => context.problems.add(code, indicator.ruleSet, at, message),
      });
      return { kind: 'share', population, numerator };
    }
    case 'count':
      if (!extra(['numerator', 'denominator', 'value', 'distribution']) || population === undefined) return undefined;
      return { kind: 'count', population };
    case 'mean':
    case 'median':
      if (!extra(['numerator', 'denominator', 'distribution']) || population === undefined || definition.value === undefined) return undefined;
      reads.add(definition.value);
      return { kind: definition.unit, population, value: definition.value };
    default: {
      if (!extra(['population', 'value', 'distribution']) || definition.denominator === undefined) return undefined;
      if (!isCountSum(definition.numerator)) {
        report('a rate divides sums of population counts: "numerator" must be {"plus": […], "minus": […]}', '/numerator');
        return undefined;
      }
      return { kind: 'rate', numerator: countSumOf(definition.numerator), denominator: countSumOf(definition.denominator) };
    }
  }
}

function populationsOf(measure: IndicatorMeasure): string[] {
  if (measure.kind === 'rate')
    return [...new Set([...measure.numerator.plus, ...measure.numerator.minus, ...measure.denominator.plus, ...measure.denominator.minus])];
  if (measure.kind === 'scorecard-rate') return [];
  return [measure.population];
}

function populationPaths(measure: IndicatorMeasure): Array<[string, string]> {
  if (measure.kind === 'scorecard-rate') return [];
  if (measure.kind !== 'rate') return [[measure.population, '/population']];
  const paths: Array<[string, string]> = [];
  for (const side of ['numerator', 'denominator'] as const) {
    for (const list of ['plus', 'minus'] as const) for (const [index, name] of measure[side][list].entries()) paths.push([name, `/${side}/${list}/${index}`]);
  }
  return paths;
}

function resolveCodes(layer: IndicatorLayer, context: FinishContext): Record<string, string[]> {
  const codes: Record<string, string[]> = {};
  for (const [fact, { codes: value, setBy, at }] of layer.codes) {
    if (!context.knownFacts.has(fact)) context.problems.add('unknown-fact', setBy, at, unknownFactMessage(fact, context.knownFacts));
    if (Array.isArray(value)) {
      codes[fact] = [...value];
      continue;
    }
    const parameter = context.parameterValues.get(value.param);
    if (!context.parameterValues.has(value.param)) {
      context.problems.add(
        'unknown-parameter',
        setBy,
        `${at}/param`,
        `unknown parameter "${value.param}" (known: ${[...context.parameterValues.keys()].sort().join(', ') || 'none'})`,
      );
    } else if (!Array.isArray(parameter) || !parameter.every((item) => typeof item === 'string')) {
      context.problems.add(
        'parameter-type',
        setBy,
        `${at}/param`,
        `codes of "${fact}" need a string-list parameter; "${value.param}" holds ${JSON.stringify(parameter)}`,
      );
    } else codes[fact] = [...parameter];
  }
  return codes;
}

/**
 * The indicators part of a finished indicators rule set: population conditions and share
 * numerators with parameters substituted, every fact and population name checked, the fields
 * each indicator needs worked out through its populations and derived facts.
 */
export function finishIndicators(
  layer: ResolutionLayer,
  parameterValues: ReadonlyMap<string, unknown>,
  knownFacts: ReadonlySet<string>,
  problems: ProblemList,
): ResolvedIndicators {
  const own = indicatorLayerOf(layer);
  const context: FinishContext = { parameterValues, knownFacts, problems };
  const populations: Record<string, ResolvedPopulation> = {};
  for (const [name, population] of own.populations) populations[name] = resolvePopulation(name, population, context);
  const checkFact = (fact: string, document: string, at: string): void => {
    if (!knownFacts.has(fact)) problems.add('unknown-fact', document, at, unknownFactMessage(fact, knownFacts));
  };
  const checkPopulation = (name: string, document: string, at: string): boolean => {
    if (populations[name]) return true;
    problems.add('unknown-population', document, at, `unknown population "${name}" (declared: ${Object.keys(populations).join(', ') || 'none'})`);
    return false;
  };
  const indicators: ResolvedIndicator[] = [];
  for (const [id, indicator] of own.indicators) {
    const { definition, definedAt, ruleSet } = indicator;
    const reads = new Set<string>();
    const measure = measureOf(indicator, context, reads);
    for (const [index, fact] of (definition.segments ?? []).entries()) checkFact(fact, ruleSet, `${definedAt}/segments/${index}`);
    for (const [index, fact] of (definition.dates ?? []).entries()) checkFact(fact, ruleSet, `${definedAt}/dates/${index}`);
    if (definition.value !== undefined) checkFact(definition.value, ruleSet, `${definedAt}/value`);
    if (definition.distribution !== undefined) checkFact(definition.distribution, ruleSet, `${definedAt}/distribution`);
    if (!measure) continue;
    const named = populationPaths(measure).map(([name, at]) => checkPopulation(name, ruleSet, `${definedAt}${at}`));
    if (named.includes(false)) continue;
    const fields = new Set<string>();
    const populationNames = populationsOf(measure);
    for (const name of populationNames) {
      for (const fact of populations[name]!.reads) fieldsOf(fact, layer, fields);
      conditionFieldNames(populations[name]!.when, fields);
    }
    for (const fact of reads) fieldsOf(fact, layer, fields);
    if (measure.kind === 'share') conditionFieldNames(measure.numerator, fields);
    indicators.push({
      id,
      localId: definition.id,
      ruleSet,
      title: definition.title,
      description: definition.description,
      ...(definition.source === undefined ? {} : { source: definition.source }),
      unit: definition.unit,
      measure,
      dates: [...(definition.dates ?? [])],
      segments: [...(definition.segments ?? [])],
      ...(definition.textMatch === undefined ? {} : { textMatch: definition.textMatch }),
      populations: populationNames,
      fields: CLIENT_RECORD_FIELDS.filter((field) => fields.has(field)),
    });
  }
  let transitions: TransitionsDefinition | undefined;
  if (own.transitions) {
    const { definition, setBy, at } = own.transitions;
    const known = checkPopulation(definition.population, setBy, `${at}/population`);
    for (const [index, fact] of definition.fields.entries()) checkFact(fact, setBy, `${at}/fields/${index}`);
    if (known) transitions = { population: definition.population, fields: [...definition.fields] };
  }
  return {
    populations,
    codes: resolveCodes(own, context),
    indicators,
    ...(transitions === undefined ? {} : { transitions }),
    disabledIndicators: [...own.disabled],
  };
}
