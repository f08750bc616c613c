import type { LocalizedText, RuleCondition } from '../ruleset/rule-set-types.ts';
import type { IndicatorDefinition, IndicatorUnit, TransitionsDefinition } from './indicator-types.ts';

/** A population after resolution: its condition with parameters substituted. */
export interface ResolvedPopulation {
  name: string;
  title: LocalizedText;
  description?: string;
  when: RuleCondition;
  /** Facts the condition reads directly. */
  reads: string[];
  /** `id@version` of the document that declared it. */
  definedBy: string;
}

/** A sum of population counts with both lists present. */
interface ResolvedCountSum {
  plus: string[];
  minus: string[];
}

/** How an indicator's value is computed, by kind. */
export type IndicatorMeasure =
  | { kind: 'share'; population: string; numerator: RuleCondition }
  | { kind: 'distribution'; population: string; fact: string }
  | { kind: 'count'; population: string }
  | { kind: 'mean' | 'median'; population: string; value: string }
  | { kind: 'rate'; numerator: ResolvedCountSum; denominator: ResolvedCountSum }
  /** Measured by the rules package from a scorecard's answers (`createScorecardMeasure`), not by a formula. */
  | { kind: 'scorecard-rate'; scorecard: string; line: string };

/** An indicator ready to compute: qualified id, parameters substituted, origin recorded. */
export interface ResolvedIndicator {
  /** `publisher/name#indicator-id` */
  id: string;
  localId: string;
  /** `id@version` of the document that defined it. */
  ruleSet: string;
  title: LocalizedText;
  description: string;
  source?: string;
  unit: IndicatorUnit;
  measure: IndicatorMeasure;
  dates: string[];
  segments: string[];
  textMatch?: NonNullable<IndicatorDefinition['textMatch']>;
  /** Every population the value reads, in the order they are named. */
  populations: string[];
  /** Client-record fields the value needs, through populations and derived facts (not segments). */
  fields: string[];
}

/** The indicators part of a resolved rule set (`"subject": "indicators"`). */
export interface ResolvedIndicators {
  populations: Readonly<Record<string, ResolvedPopulation>>;
  /** Values each coded fact may take, parameters substituted. */
  codes: Readonly<Record<string, readonly string[]>>;
  indicators: readonly ResolvedIndicator[];
  transitions?: TransitionsDefinition;
  disabledIndicators: ReadonlyArray<{ id: string; disabledBy: string }>;
}
