import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { pickLanguage } from './render-message.ts';

/**
 * The warning for a `lang` that no message of the rule sets is written in (so every message is in
 * English), or undefined when at least one message reads in `lang` or the language it falls back to.
 *
 * @example
 * unreadLanguage([clientData], 'xx') // → 'no messages in "xx"; answering in English (have en, bs, ru)'
 */
export function unreadLanguage(ruleSets: readonly Pick<ResolvedRuleSet, 'rules' | 'portfolioRules'>[], lang: string): string | undefined {
  const written = new Set<string>();
  for (const ruleSet of ruleSets) {
    for (const rule of [...ruleSet.rules, ...(ruleSet.portfolioRules ?? [])]) {
      if (pickLanguage(rule.message, lang).lang !== 'en') return undefined;
      for (const language of Object.keys(rule.message)) written.add(language);
    }
  }
  if (lang.split('-')[0] === 'en') return undefined;
  return `no messages in "${lang.slice(0, 40)}"; answering in English (have ${['en', ...[...written].filter((language) => language !== 'en').sort()].join(', ')})`;
}
