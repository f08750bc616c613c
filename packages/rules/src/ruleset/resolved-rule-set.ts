import type {
  Expression,
  LocalizedText,
  ParameterDefinition,
  RuleCondition,
  Severity,
  SmartCriterion,
  SubjectKind,
} from './rule-set-types.ts';

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

/** A rule ready to run: qualified id, parameters substituted, origin recorded. */
export interface ResolvedRule {
  /** `publisher/name#rule-id` */
  id: string;
  localId: string;
  /** `id@version` of the document that defined the rule. */
  ruleSet: string;
  title: string;
  description?: string;
  severity: Severity;
  /** `id@version` of the layer whose severity is in force. */
  severitySetBy: string;
  locked: boolean;
  fields: string[];
  fieldsFrom?: string;
  criterion?: SmartCriterion;
  verdict?: 'not-met' | 'cannot-tell' | 'note';
  spanFrom?: string;
  message: LocalizedText;
  suggestion?: LocalizedText;
  source?: string;
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
  disabledRules: ReadonlyArray<{ id: string; disabledBy: string }>;
  /** Analyzer vocabularies declared by the layers (objective rule sets), later layers winning. */
  vocabulary: Readonly<Record<string, unknown>>;
}
