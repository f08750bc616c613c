import { todayIso } from '../engine/record-facts.ts';
import { createReferenceEngine, type ReferenceEngine } from '../engine/reference-engine.ts';
import { findingOf } from '../engine/rule-findings.ts';
import { RuleSetError, type RuleSetProblem } from '../errors.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { analyzeObjective } from '../smart/analyze-objective.ts';
import { vocabularyProblems } from '../smart/assert-valid-vocabulary.ts';
import type { ObjectiveAnalysis, Vocabulary } from '../smart/types.ts';
import { judgeCriteria, type SmartCriteria } from './criteria.ts';
import { objectiveFacts } from './objective-facts.ts';
import type { Objective } from './objective-schema.ts';
import { OBJECTIVE_SPAN_LISTS } from './span-lists.ts';
import { suggestionFacts } from './suggestion-facts.ts';

/** The result for one objective, as `lens check objectives --format ndjson` writes it. */
export interface ObjectiveCheck {
  objectiveId?: string;
  criteria: SmartCriteria;
  findings: Finding[];
  /** Language the text was analysed in. */
  lang: string;
}

export interface ObjectiveCheckerOptions {
  /** Language of messages; by default the language the text is written in. */
  lang?: string;
  today?: string;
}

export interface ObjectiveChecker {
  check(objective: Objective): Promise<ObjectiveCheck & { analysis: ObjectiveAnalysis }>;
}

/**
 * Checks draft objectives against an objective rule set (`core/smart-objective`): the analyzer
 * turns the text into facts with spans, json-rules-engine runs the rules, and each criterion is
 * marked from the findings. Findings about words carry the span of those words.
 *
 * @example
 * const checker = createObjectiveChecker(resolveRuleSet(catalog, 'core/smart-objective'))
 * const { criteria } = await checker.check({ text: 'Improve the lives of our clients' })
 * criteria.timeBound.met // → false
 */
export function createObjectiveChecker(ruleSet: ResolvedRuleSet, options: ObjectiveCheckerOptions = {}): ObjectiveChecker {
  const today = options.today ?? todayIso();
  const engines = new Map<string, ReferenceEngine>();
  const engineFor = (lang: string): ReferenceEngine => {
    let engine = engines.get(lang);
    if (!engine) {
      engine = createReferenceEngine(ruleSet, { lang });
      engines.set(lang, engine);
    }
    return engine;
  };
  const vocabularies = checkedVocabularies(ruleSet);
  const rules = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
  return {
    async check(objective) {
      const analysis = analyzeObjective(objective.text, { today, ...(Object.keys(vocabularies).length > 0 ? { vocabularies } : {}) });
      const lang = options.lang ?? analysis.lang;
      const facts = {
        ...objectiveFacts(analysis, objective, today),
        ...suggestionFacts(
          objective,
          analysis.areas.map((area) => area.area),
          lang,
        ),
      };
      const context = objective.id === undefined ? {} : { recordId: objective.id };
      const fired = await engineFor(lang).run(facts, context);
      const findings: Finding[] = [];
      for (const finding of fired) {
        const rule = rules.get(finding.ruleId);
        const list = rule?.spanFrom ? OBJECTIVE_SPAN_LISTS[rule.spanFrom] : undefined;
        if (!rule || !list) {
          findings.push(withObjectiveId(finding, objective.id));
          continue;
        }
        for (const item of list(analysis, objective.text)) {
          const spanned = findingOf(rule, ruleSet, { ...facts, matchedText: item.text }, lang, context);
          findings.push(withObjectiveId({ ...spanned, span: item.span }, objective.id));
        }
      }
      return {
        ...(objective.id === undefined ? {} : { objectiveId: objective.id }),
        criteria: judgeCriteria(findings, ruleSet, facts['judgeable'] === true),
        findings,
        lang: analysis.lang,
        analysis,
      };
    },
  };
}

/**
 * The rule set's vocabularies, refused with their JSON path when they pass the schema but not
 * what it cannot say (a budget of phrases): a rule-set problem, never a crash at the first check.
 */
function checkedVocabularies(ruleSet: ResolvedRuleSet): Record<string, Vocabulary> {
  const vocabularies = ruleSet.vocabulary as Record<string, Vocabulary>;
  const problems: RuleSetProblem[] = Object.entries(vocabularies).flatMap(([lang, vocabulary]) =>
    vocabularyProblems(vocabulary).map((problem) => ({
      code: 'vocabulary-too-large' as const,
      document: ruleSet.ref,
      path: `/vocabulary/${lang}${problem.path}`,
      message: problem.message,
    })),
  );
  if (problems.length > 0) throw new RuleSetError(problems);
  return vocabularies;
}

function withObjectiveId(finding: Finding, objectiveId: string | undefined): Finding {
  const { recordId: _recordId, ...rest } = finding;
  return objectiveId === undefined ? rest : { ...rest, objectiveId };
}
