import { readFileSync } from 'node:fs';
import { corpusMetrics, createObjectiveChecker, createRuleSetCatalog, type LabelledObjective, resolveRuleSet } from '@social-lens/rules';
import { describe, expect, it } from 'vitest';

const corpus = new URL('../core/smart-objective/corpus/', import.meta.url);
const ruleSet = resolveRuleSet(createRuleSetCatalog([JSON.parse(readFileSync(new URL('../ruleset.json', corpus), 'utf8'))]), 'core/smart-objective');
const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29' });

async function judge(part: 'dev' | 'test', lang: string) {
  const items = readFileSync(new URL(`${part}.jsonl`, corpus), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledObjective)
    .filter((item) => item.lang === lang);
  const judged = [];
  for (const item of items) {
    const { lang: _lang, labels: _labels, ...objective } = item;
    judged.push({ item, criteria: (await checker.check(objective)).criteria });
  }
  return { count: items.length, metrics: corpusMetrics(judged) };
}

describe('core/smart-objective on the held-apart test part of the labelled corpus', () => {
  it.each(['en', 'ru'])('%s: accuracy ≥ 0.95 for measurable and time-bound, ≥ 0.85 for specific', async (lang) => {
    const { count, metrics } = await judge('test', lang);
    expect(count).toBeGreaterThanOrEqual(lang === 'en' ? 60 : 15);
    expect(metrics.measurable.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(metrics.timeBound.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(metrics.specific.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
