import type { RuleSetProblem } from '../errors.ts';
import type { ResolvedIndicators } from '../indicators/resolved-indicators.ts';
import type { ResolvedScorecard } from '../scorecard/resolved-scorecard.ts';
import type { Expression, LocalizedText, ParameterDefinition, RuleCondition, Severity, SmartCriterion, SubjectKind } from './rule-set-types.ts';

/** A parameter after resolution: its definition, the value in force and which layer set it. */
export interface ResolvedParameter {
  definition: ParameterDefinition;
  value: unknown;
  /** `id@version` of the document that declared it. */
  declaredBy: string;
  /** `id@version` of the document whose value is in force (the declaring one for a default). */
  setBy: string;
}

export interface ResolvedDerivedFact {
  name: string;
  /** Parameters substituted. */
  expression: Expression;
  definedBy: string;
  /** Facts the expression reads directly. */
  reads: string[];
}

/** What every resolved rule, record or portfolio, carries: qualified id, origin, severity layer. */
export interface ResolvedRuleBase {
  /** `publisher/name#rule-id` */
  id: string;
  localId: string;
  /** `id@version` of the document that defined the rule. */
  ruleSet: string;
  /** The English title. */
  title: string;
  /** The title per language, when the rule set gives more than English. */
  localizedTitle?: LocalizedText;
  description?: string;
  severity: Severity;
  /** `id@version` of the layer whose severity is in force. */
  severitySetBy: string;
  locked: boolean;
  fields: string[];
  message: LocalizedText;
  suggestion?: LocalizedText;
  source?: string;
}

/** A rule ready to run: qualified id, parameters substituted, origin recorded. */
export interface ResolvedRule extends ResolvedRuleBase {
  fieldsFrom?: string;
  criterion?: SmartCriterion;
  verdict?: 'not-met' | 'cannot-tell' | 'note';
  spanFrom?: string;
  when: RuleCondition;
  /** Facts the conditions read (fact and value references): the rule is skipped when one is unknown. */
  reads: string[];
}

/** One flat, immutable rule set: what an engine runs. */
export interface ResolvedRuleSet {
  id: string;
  version: string;
  /** `id@version` */
  ref: string;
  title: string;
  description?: string;
  subject: SubjectKind;
  /** Every document that went into it, the bases first. */
  layers: string[];
  parameters: Readonly<Record<string, ResolvedParameter>>;
  /** In evaluation order: each reads only facts before it. */
  derived: readonly ResolvedDerivedFact[];
  rules: readonly ResolvedRule[];
  /** Rules judged on the whole portfolio (`"scope": "portfolio"`); the record engines ignore them. */
  portfolioRules?: readonly ResolvedPortfolioRule[];
  disabledRules: ReadonlyArray<{ id: string; disabledBy: string }>;
  /** Analyzer vocabularies declared by the layers (objective rule sets), later layers winning. */
  vocabulary: Readonly<Record<string, unknown>>;
  /** Scorecard rule sets: questions, lines, lookup and the parameters of their checks. */
  scorecard?: ResolvedScorecard;
  /** Problems that do not stop the rule set from running (a likelihood column that is not monotonic). */
  warnings?: readonly RuleSetProblem[];
  /** Indicators rule sets: populations, codes, indicators and transitions. */
  indicators?: ResolvedIndicators;
}

/** The check of a resolved portfolio rule: its kind, parameters substituted, defaults filled in. */
export type ResolvedPortfolioCheck =
  | {
      kind: 'groupStatistic';
      groupBy: string;
      statistic: 'count' | 'share' | 'mean' | 'median' | 'quantile';
      value?: string;
      quantile?: number;
      matching?: RuleCondition;
      above?: number;
      below?: number;
      minGroupSize: number;
    }
  | {
      kind: 'groupOutlier';
      groupBy: string;
      value: string;
      maxModifiedZ: number;
      minRelativeDifference: number;
      direction: 'above' | 'below' | 'both';
      minGroupSize: number;
      minGroups: number;
    }
  | { kind: 'distributionDrift'; groupBy: string; value: string; maxDistance: number; maxPValue: number; minGroupSize: number }
  | {
      kind: 'duplicates';
      key: string[];
      normalize: 'identifier' | 'text' | 'exact';
      /** Key values that mean "not known", normalised as the key is: such a record is skipped. */
      placeholders: string[];
    };

/** A portfolio rule ready to accumulate: qualified id, origin, parameters substituted. */
export interface ResolvedPortfolioRule extends ResolvedRuleBase {
  /** Only records that pass count; parameters substituted. */
  where?: RuleCondition;
  check: ResolvedPortfolioCheck;
  /** Facts the rule reads from each record (where, groupBy, value, key, matching). */
  reads: string[];
}
