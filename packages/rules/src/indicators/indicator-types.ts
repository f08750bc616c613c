import type { FromSchema } from 'json-schema-to-ts';
import type { LocalizedText, RuleCondition } from '../ruleset/rule-set-types.ts';
import type { INDICATOR_DOCUMENT_PROPERTIES, INDICATOR_SCHEMA_DEFS, INDICATOR_UNITS } from './indicator-schema.ts';

type IndicatorSchema = (typeof INDICATOR_SCHEMA_DEFS)['indicator'];
type PopulationSchema = (typeof INDICATOR_SCHEMA_DEFS)['population'];

export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** A sum of population counts (rate indicators): `plus` added, `minus` taken away. */
export type CountSum = FromSchema<(typeof INDICATOR_SCHEMA_DEFS)['countSum']>;

/** A named set of records an indicators rule set declares, as written. */
export type PopulationDefinition = FromSchema<{
  type: 'object';
  additionalProperties: false;
  properties: Omit<PopulationSchema['properties'], 'title' | 'when'>;
}> & {
  title: LocalizedText;
  when: RuleCondition;
};

/** One indicator of an indicators rule set, as written (validated by the rule-set schema). */
export type IndicatorDefinition = FromSchema<{
  type: 'object';
  required: ['id', 'description', 'unit'];
  additionalProperties: false;
  properties: Omit<IndicatorSchema['properties'], 'title' | 'numerator'>;
}> & {
  title: LocalizedText;
  /** share: a condition; rate: a sum of population counts. */
  numerator?: RuleCondition | CountSum;
};

/** The value codes of facts: a list, or a parameter holding one. */
export type FactCodes = Record<string, string[] | { param: string }>;

export type TransitionsDefinition = FromSchema<(typeof INDICATOR_DOCUMENT_PROPERTIES)['transitions']>;

/** The parts of a rule-set document that only indicators rule sets have. */
export interface IndicatorDocumentParts {
  populations?: Record<string, PopulationDefinition>;
  codes?: FactCodes;
  indicators?: IndicatorDefinition[];
  transitions?: TransitionsDefinition;
}

/** True for a rate's sum of counts, as opposed to a share's condition. */
export function isCountSum(value: RuleCondition | CountSum | undefined): value is CountSum {
  return value !== undefined && Object.hasOwn(value, 'plus');
}
