import type { ParameterDefinition } from '../ruleset/rule-set-types.ts';

/**
 * Parameters every scorecard has, declared by the document that defines it: set them with
 * `params` in a document that extends it, or at run time (`--param`).
 */
export const SCORECARD_PARAMETERS: Readonly<Record<string, ParameterDefinition>> = {
  povertyLevelLine: {
    type: 'string',
    default: '',
    description:
      'The poverty line a declared povertyLevel is compared with, by line id; empty: national-100 when the scorecard declares it, else the first line id in alphabetical order.',
  },
  minLikelihoodIfPoor: {
    type: 'number',
    default: 0.1,
    minimum: 0,
    maximum: 1,
    description: 'A record declared very-poor or poor whose likelihood of being below that line is under this contradicts its scorecard.',
  },
  maxLikelihoodIfNonPoor: {
    type: 'number',
    default: 0.9,
    minimum: 0,
    maximum: 1,
    description: 'A record declared non-poor whose likelihood of being below that line is above this contradicts its scorecard.',
  },
  targetingCutoffs: {
    type: 'number-list',
    default: [],
    description: 'Scores at or below each cut-off count for a targeting share, reported apart from (and never as) a poverty rate.',
  },
};
