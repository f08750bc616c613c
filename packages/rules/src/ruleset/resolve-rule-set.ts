import { SUBJECT_FACTS } from '../engine/subject-facts.ts';
import { RuleSetError } from '../errors.ts';
import type { RuleSetCatalog } from './catalog.ts';
import { inheritLayer } from './inherit-layer.ts';
import { cloneJson, deepFreeze } from './json-values.ts';
import { ProblemList } from './problem-list.ts';
import { createResolutionLayer, type ResolutionLayer, refOf } from './resolution-layer.ts';
import { addOwnDerivedFacts, finishDerivedFacts } from './resolve-derived-facts.ts';
import { addOwnIndicators, applyIndicatorOverrides, finishIndicators, inheritIndicators } from './resolve-indicators.ts';
import { applyOverrides } from './resolve-overrides.ts';
import { addOwnParameters, applyParameterValues, parameterValuesOf } from './resolve-parameters.ts';
import { addOwnRules, finishPortfolioRules, finishRules } from './resolve-rules.ts';
import { addOwnScorecard, finishScorecard, inheritScorecard } from './resolve-scorecard.ts';
import type { ResolvedRuleSet } from './resolved-rule-set.ts';
import { parseRuleSetReference } from './rule-set-reference.ts';
import type { RuleSetDocument } from './rule-set-types.ts';

export interface ResolveOptions {
  /** Parameter values given at run time (`--param`), checked like a document's `params`. */
  params?: Readonly<Record<string, unknown>>;
}

/**
 * Resolves a rule set from a catalog into one flat, immutable rule set: `extends` by semver
 * range, then each document's parameters, parameter values, derived facts, rules and overrides,
 * then parameters substituted into conditions and derived facts. Every problem of every
 * document involved is reported together, each with its document and JSON Pointer.
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
  memo: Map<string, ResolutionLayer | undefined>,
  problems: ProblemList,
): ResolutionLayer | undefined {
  const ref = refOf(document);
  if (memo.has(ref)) return memo.get(ref);
  const layer = createResolutionLayer(document);
  let complete = true;

  for (const [index, parentReference] of (document.extends ?? []).entries()) {
    const path = `/extends/${index}`;
    const parent = findParent(catalog, document, parentReference, path, stack, problems);
    const parentLayer = parent && resolveLayer(catalog, parent, [...stack, document.id], memo, problems);
    if (!parentLayer) {
      complete = false;
      continue;
    }
    inheritLayer(layer, parentLayer, path, problems);
    inheritScorecard(layer, parentLayer, path, problems);
    inheritIndicators(layer, parentLayer, path, problems);
  }

  addOwnScorecard(layer, problems);
  addOwnParameters(layer, problems);
  if (document.params) applyParameterValues(layer, document.params, ref, '/params', problems);
  addOwnDerivedFacts(layer, problems);
  addOwnRules(layer, problems);
  addOwnIndicators(layer, problems);
  if (document.subject === 'indicators') applyIndicatorOverrides(layer, problems);
  else applyOverrides(layer, problems);
  if (document.vocabulary) Object.assign(layer.vocabulary, cloneJson(document.vocabulary));
  layer.layers.push(ref);

  const result = complete ? layer : undefined;
  memo.set(ref, result);
  return result;
}

/** The document one `extends` entry names, or undefined with the problem reported. */
function findParent(
  catalog: RuleSetCatalog,
  document: RuleSetDocument,
  parentReference: string,
  path: string,
  stack: readonly string[],
  problems: ProblemList,
): RuleSetDocument | undefined {
  const ref = refOf(document);
  const { id, range } = parseRuleSetReference(parentReference);
  if (stack.includes(id) || id === document.id) {
    problems.add('extends-cycle', ref, path, `"${id}" extends itself through ${[...stack, document.id, id].join(' → ')}`);
    return undefined;
  }
  const parent = catalog.find(id, range);
  if (!parent) {
    const versions = catalog.versions(id);
    problems.add(
      versions.length === 0 ? 'unknown-rule-set' : 'no-version-in-range',
      ref,
      path,
      versions.length === 0 ? `extends an unknown rule set "${id}"` : `no version of "${id}" satisfies "${range}" (have ${versions.join(', ')})`,
    );
    return undefined;
  }
  if (parent.subject !== document.subject) {
    problems.add('subject-mismatch', ref, path, `extends "${id}", a rule set for ${parent.subject}, but this one is for ${document.subject}`);
    return undefined;
  }
  return parent;
}

/** Substitutes parameters, checks facts and operators, orders derived facts. */
function finish(layer: ResolutionLayer, problems: ProblemList): ResolvedRuleSet {
  const { document } = layer;
  const parameterValues = parameterValuesOf(layer);
  const knownFacts = new Set([...SUBJECT_FACTS[document.subject], ...layer.derived.keys()]);
  return {
    id: document.id,
    version: document.version,
    ref: layer.ref,
    title: typeof document.title === 'string' ? document.title : document.title.en,
    ...(document.description === undefined ? {} : { description: document.description }),
    subject: document.subject,
    layers: [...layer.layers],
    parameters: Object.fromEntries(layer.parameters),
    derived: finishDerivedFacts(layer, parameterValues, knownFacts, problems),
    rules: finishRules(layer, parameterValues, knownFacts, problems),
    portfolioRules: finishPortfolioRules(layer, parameterValues, knownFacts, problems),
    disabledRules: [...layer.disabledRules],
    vocabulary: layer.vocabulary,
    ...finishScorecard(layer, parameterValues, problems),
    ...(document.subject === 'indicators' ? { indicators: finishIndicators(layer, parameterValues, knownFacts, problems) } : {}),
  };
}
