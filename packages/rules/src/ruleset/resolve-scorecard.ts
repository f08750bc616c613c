import type { RuleSetProblem } from '../errors.ts';
import { highestScore } from '../scorecard/highest-score.ts';
import type { ScorecardDefinition } from '../scorecard/layer-scorecard.ts';
import { lintScorecard } from '../scorecard/lint-scorecard.ts';
import type { ResolvedScorecard } from '../scorecard/resolved-scorecard.ts';
import { SCORECARD_PARAMETERS } from '../scorecard/scorecard-parameters.ts';
import { sortLineIds } from '../scorecard/sort-line-ids.ts';
import { jsonPointer } from './json-pointer.ts';
import { cloneJson } from './json-values.ts';
import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';

const RUN_TIME = 'run-time parameters';
/** The line a declared poverty level is compared with when the parameter leaves it open. */
const DEFAULT_POVERTY_LEVEL_LINE = 'national-100';

/** Takes over the scorecard of a parent (one entry of `extends`); two different ones are a problem. */
export function inheritScorecard(layer: ResolutionLayer, parent: ResolutionLayer, path: string, problems: ProblemList): void {
  if (!parent.scorecard) return;
  if (layer.scorecard && layer.scorecard.definedBy !== parent.scorecard.definedBy) {
    problems.add('two-scorecards', layer.ref, path, `extends the scorecards of both ${layer.scorecard.definedBy} and ${parent.scorecard.definedBy}`);
    return;
  }
  layer.scorecard = parent.scorecard;
}

/**
 * A document's own scorecard: linted, and with the scorecard parameters declared on its behalf.
 * Runs before the document's own parameters, so that declaring one of those again is reported.
 */
export function addOwnScorecard(layer: ResolutionLayer, problems: ProblemList): void {
  const { document } = layer;
  if (document.subject !== 'scorecard' || document.questions === undefined || document.lines === undefined || document.lookup === undefined) return;
  if (layer.scorecard) {
    problems.add(
      'scorecard-redefined',
      layer.ref,
      '/questions',
      `this document extends the scorecard of ${layer.scorecard.definedBy}, whose questions, points and lookup are never altered: set its parameters under "params", or publish a new scorecard that extends nothing`,
    );
    return;
  }
  const definition: ScorecardDefinition = {
    questions: document.questions,
    lines: document.lines,
    lookup: document.lookup,
    ...(document.country === undefined ? {} : { country: document.country }),
    ...(document.source === undefined ? {} : { source: document.source }),
    ...(document.scoreField === undefined ? {} : { scoreField: document.scoreField }),
  };
  const lint = lintScorecard(definition);
  for (const problem of lint.errors) problems.add(problem.code, layer.ref, problem.path, problem.message);
  layer.scorecard = {
    definedBy: layer.ref,
    definition,
    warnings: lint.warnings.map((warning) => ({ ...warning, document: layer.ref })),
  };
  for (const [name, definitionOfParameter] of Object.entries(SCORECARD_PARAMETERS)) {
    if (layer.parameters.has(name)) continue;
    layer.parameters.set(name, { definition: definitionOfParameter, value: cloneJson(definitionOfParameter.default), declaredBy: layer.ref, setBy: layer.ref });
  }
}

/** Where the value in force of a scorecard parameter was set: a document's `params`, or the run time. */
function parameterPath(layer: ResolutionLayer, name: string): { document: string; path: string } {
  const setBy = layer.parameters.get(name)?.setBy ?? layer.ref;
  return { document: setBy, path: setBy === RUN_TIME ? jsonPointer(name) : jsonPointer('params', name) };
}

/** The scorecard ready to score, with its parameters in force, and its lint warnings. */
export function finishScorecard(
  layer: ResolutionLayer,
  parameterValues: ReadonlyMap<string, unknown>,
  problems: ProblemList,
): { scorecard?: ResolvedScorecard; warnings?: RuleSetProblem[] } {
  const own = layer.scorecard;
  if (layer.document.subject !== 'scorecard' || !own) return {};
  const { definition } = own;
  const lineIds = sortLineIds(Object.keys(definition.lines));
  const chosenLine = String(parameterValues.get('povertyLevelLine') ?? '');
  if (chosenLine !== '' && !lineIds.includes(chosenLine)) {
    const { document, path } = parameterPath(layer, 'povertyLevelLine');
    problems.add(
      'undeclared-line',
      document,
      path,
      `parameter "povertyLevelLine" names the line "${chosenLine}", which the scorecard does not declare (declared: ${lineIds.join(', ')})`,
    );
  }
  const title = layer.document.title;
  const cutoffs = (parameterValues.get('targetingCutoffs') as number[] | undefined) ?? [];
  const scorecard: ResolvedScorecard = {
    definedBy: own.definedBy,
    title: typeof title === 'string' ? { en: title } : title,
    ...(definition.country === undefined ? {} : { country: definition.country }),
    ...(definition.source === undefined ? {} : { source: definition.source }),
    ...(definition.scoreField === undefined ? {} : { scoreField: definition.scoreField }),
    questions: cloneJson(definition.questions),
    lines: cloneJson(definition.lines),
    lineIds,
    lookup: cloneJson([...definition.lookup]).sort((a, b) => a.min - b.min || a.max - b.max),
    maxScore: highestScore(definition.questions),
    povertyLevelCheck: {
      line: chosenLine !== '' ? chosenLine : lineIds.includes(DEFAULT_POVERTY_LEVEL_LINE) ? DEFAULT_POVERTY_LEVEL_LINE : (lineIds[0] ?? ''),
      minLikelihoodIfPoor: Number(parameterValues.get('minLikelihoodIfPoor')),
      maxLikelihoodIfNonPoor: Number(parameterValues.get('maxLikelihoodIfNonPoor')),
    },
    targetingCutoffs: [...new Set(cutoffs)].sort((a, b) => a - b),
  };
  return { scorecard, ...(own.warnings.length > 0 ? { warnings: [...own.warnings] } : {}) };
}
