import type { LayerScorecard } from '../scorecard/layer-scorecard.ts';
import type { ResolvedParameter, ResolvedPortfolioRule, ResolvedRule } from './resolved-rule-set.ts';
import type { Expression, PortfolioCheck, RuleCondition, RuleSetDocument } from './rule-set-types.ts';

/** A record rule as a layer holds it: conditions as written (parameter references unresolved). */
type LayerRule = Omit<ResolvedRule, 'when' | 'reads'> & { when: RuleCondition; definedAt: string };

/** A portfolio rule as a layer holds it: `where` and `check` as written. */
type LayerPortfolioRule = Omit<ResolvedPortfolioRule, 'check' | 'reads'> & { check: PortfolioCheck; definedAt: string };

interface LayerDerivedFact {
  expression: Expression;
  definedBy: string;
}

/**
 * One document in the making: everything it inherits plus its own content. Each concern of
 * the resolver (extends, parameters, derived facts, rules, overrides) adds to it in turn.
 */
export interface ResolutionLayer {
  ref: string;
  document: RuleSetDocument;
  /** Every document merged in so far, the bases first. */
  layers: string[];
  parameters: Map<string, ResolvedParameter>;
  derived: Map<string, LayerDerivedFact>;
  rules: Map<string, LayerRule>;
  portfolioRules: Map<string, LayerPortfolioRule>;
  disabledRules: Array<{ id: string; disabledBy: string }>;
  vocabulary: Record<string, unknown>;
  /** Scorecards: the questions, lines and lookup, from the one document that defines them. */
  scorecard?: LayerScorecard;
}

/** `id@version` of a document. */
export function refOf(document: Pick<RuleSetDocument, 'id' | 'version'>): string {
  return `${document.id}@${document.version}`;
}

export function createResolutionLayer(document: RuleSetDocument): ResolutionLayer {
  return {
    ref: refOf(document),
    document,
    layers: [],
    parameters: new Map(),
    derived: new Map(),
    rules: new Map(),
    portfolioRules: new Map(),
    disabledRules: [],
    vocabulary: {},
  };
}
