import { Engine, type RuleProperties } from 'json-rules-engine';
import type { FactValue } from '../facts/fact-value.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { type FindingContext, findingOf } from './rule-findings.ts';
import { addUnknownFactDecorators, withUnknownFactDecorators } from './unknown-facts.ts';

/** The event type of every rule: not "error", which json-rules-engine's EventEmitter would throw. */
export const FINDING_EVENT = 'finding';

/**
 * The json-rules-engine rule of a resolved rule: the same conditions with the decorators of
 * three-valued logic over unknown facts, an event carrying the rule's position. Exported so a
 * test can build an `Engine` by hand (with `addUnknownFactDecorators`) and compare.
 */
export function toEngineRule(ruleSet: ResolvedRuleSet, index: number): RuleProperties {
  const rule = ruleSet.rules[index]!;
  return {
    name: rule.id,
    conditions: withUnknownFactDecorators(structuredClone(rule.when)) as RuleProperties['conditions'],
    event: { type: FINDING_EVENT, params: { index } },
  };
}

function createEngine(ruleSet: ResolvedRuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, allowUndefinedConditions: false });
  addUnknownFactDecorators(engine);
  for (let index = 0; index < ruleSet.rules.length; index += 1) engine.addRule(toEngineRule(ruleSet, index));
  return engine;
}

export interface ReferenceEngine {
  /** Runs every rule on the facts of one item, through json-rules-engine itself. */
  run(facts: Readonly<Record<string, FactValue>>, context?: FindingContext): Promise<Finding[]>;
}

export interface ReferenceEngineOptions {
  lang?: string;
}

/**
 * The reference engine: json-rules-engine runs the rule set, so its semantics define what a rule
 * set means. json-rules-engine keeps run status on the `Engine`, and two overlapping runs on one
 * engine can drop rules; so each run borrows an engine no other run is using.
 *
 * @example
 * const engine = createReferenceEngine(resolved, { lang: 'ru' })
 * const findings = await engine.run(recordFacts(resolved, readClientRecord(row), todayIso()), { recordId: 'C001' })
 */
export function createReferenceEngine(ruleSet: ResolvedRuleSet, options: ReferenceEngineOptions = {}): ReferenceEngine {
  const lang = options.lang ?? 'en';
  const idle: Engine[] = [];
  return {
    async run(facts, context = {}) {
      const engine = idle.pop() ?? createEngine(ruleSet);
      const { events } = await engine.run({ ...facts });
      // Returned only after a clean run: an engine whose run threw is dropped, not reused.
      idle.push(engine);
      const fired = events.map((event) => event.params?.['index'] as number).sort((a, b) => a - b);
      const findings: Finding[] = [];
      for (const index of fired) findings.push(findingOf(ruleSet.rules[index]!, ruleSet, facts, lang, context));
      return findings;
    },
  };
}
