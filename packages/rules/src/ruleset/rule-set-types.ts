import type { TopLevelCondition } from 'json-rules-engine';
import type { FromSchema } from 'json-schema-to-ts';
import type { EXPRESSION_OPERATORS } from '../facts/expression-schema.ts';
import type { IndicatorDocumentParts } from '../indicators/indicator-types.ts';
import type { ScorecardBand, ScorecardLines, ScorecardQuestion } from '../scorecard/scorecard-schema.ts';
import type { RULE_SET_SCHEMA, SEVERITY_SCHEMA } from './rule-set-schema.ts';

type Properties = (typeof RULE_SET_SCHEMA)['properties'];
type RuleSchema = (typeof RULE_SET_SCHEMA)['$defs']['rule'];
type PortfolioRuleSchema = (typeof RULE_SET_SCHEMA)['$defs']['portfolioRule'];

export type Severity = FromSchema<typeof SEVERITY_SCHEMA>;
export type SubjectKind = FromSchema<Properties['subject']>;
export type ParameterDefinition = FromSchema<Properties['parameters']['additionalProperties']>;
export type ParameterType = ParameterDefinition['type'];
export type LocalizedText = { en: string } & Record<string, string>;
export type SmartCriterion = FromSchema<RuleSchema['properties']['criterion']>;

/**
 * A derived-fact expression. The recursive shape is checked by the schema (`$defs/expression`);
 * this type names its operators from the same schema.
 */
export type Expression =
  | number
  | string
  | boolean
  | null
  | Array<number | string | boolean>
  | { fact: string }
  | { param: string }
  | { [K in keyof typeof EXPRESSION_OPERATORS]: { [P in K]: unknown } }[keyof typeof EXPRESSION_OPERATORS];

/** The condition tree of a rule: json-rules-engine's own format (the reference semantics). */
export type RuleCondition = TopLevelCondition;

type RuleFromSchema = FromSchema<{
  type: 'object';
  required: ['id', 'severity', 'fields'];
  additionalProperties: false;
  properties: Omit<RuleSchema['properties'], 'title' | 'when' | 'message' | 'suggestion'>;
}>;

/** One rule of a rule-set document, as written. */
export type RuleDefinition = RuleFromSchema & {
  /** A title, or a title per language. */
  title: string | LocalizedText;
  message: LocalizedText;
  suggestion?: LocalizedText;
  when: RuleCondition;
};

type CheckSchema = PortfolioRuleSchema['properties']['check'];

/** A number, or a parameter reference substituted when the rule set is resolved. */
export type NumberOrParameter = number | { param: string };

/**
 * The check of a portfolio rule: exactly one kind. Conditions (`matching`) keep
 * json-rules-engine's format; numbers may be parameter references.
 */
export type PortfolioCheck = {
  groupStatistic?: Omit<FromSchema<CheckSchema['properties']['groupStatistic']>, 'matching'> & { matching?: RuleCondition };
  groupOutlier?: FromSchema<CheckSchema['properties']['groupOutlier']>;
  distributionDrift?: FromSchema<CheckSchema['properties']['distributionDrift']>;
  duplicates?: FromSchema<CheckSchema['properties']['duplicates']>;
};

/** One portfolio rule of a rule-set document (`"scope": "portfolio"`), as written. */
export type PortfolioRuleDefinition = FromSchema<{
  type: 'object';
  required: ['id', 'scope', 'severity', 'fields'];
  additionalProperties: false;
  properties: Omit<PortfolioRuleSchema['properties'], 'title' | 'where' | 'check' | 'message' | 'suggestion'>;
}> & {
  /** A title, or a title per language. */
  title: string | LocalizedText;
  message: LocalizedText;
  suggestion?: LocalizedText;
  where?: RuleCondition;
  check: PortfolioCheck;
};

type DocumentFromSchema = FromSchema<{
  type: 'object';
  required: ['id', 'version', 'subject'];
  additionalProperties: false;
  properties: Omit<Properties, 'rules' | 'derived' | 'parameters' | 'params' | 'title' | 'questions' | 'lines' | 'lookup' | keyof IndicatorDocumentParts>;
}>;

/** A rule-set document as published: validated by `RULE_SET_SCHEMA`. */
export type RuleSetDocument = DocumentFromSchema &
  IndicatorDocumentParts & {
    /** A title, or a title per language. */
    title: string | LocalizedText;
    /** Scorecards: the questions, the poverty lines and the lookup table from score to likelihoods. */
    questions?: ScorecardQuestion[];
    lines?: ScorecardLines;
    lookup?: ScorecardBand[];
    parameters?: Record<string, ParameterDefinition>;
    params?: Record<string, unknown>;
    derived?: Record<string, Expression>;
    /** Record rules, and portfolio rules (`"scope": "portfolio"`); every subject but scorecards has them. */
    rules?: Array<RuleDefinition | PortfolioRuleDefinition>;
  };

/** True for a rule judged on the whole portfolio rather than on each record. */
export function isPortfolioRuleDefinition(rule: RuleDefinition | PortfolioRuleDefinition): rule is PortfolioRuleDefinition {
  return rule.scope === 'portfolio';
}
