import { readFileSync } from 'node:fs';
import { createObjectiveChecker, createRuleSetCatalog, resolveRuleSet } from '../src/index.ts';
import { corpusMetrics, LABELLED_CRITERIA, type LabelledObjective } from '../src/objectives/corpus-metrics.ts';

/**
 * `pnpm eval:smart`: judges the labelled corpus with the core/smart-objective rule set and
 * prints precision, recall and accuracy per criterion, for the development and the test part,
 * per language. `--wrong` lists the objectives judged wrongly (development part only: the test
 * part is not for tuning).
 */
const corpus = new URL('../../../rules/core/smart-objective/corpus/', import.meta.url);
const ruleSet = resolveRuleSet(
  createRuleSetCatalog([JSON.parse(readFileSync(new URL('../ruleset.json', corpus), 'utf8'))]),
  'core/smart-objective',
);
const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29' });
const showWrong = process.argv.includes('--wrong');

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
console.log('part  lang  criterion    count  precision  recall  accuracy');
for (const part of ['dev', 'test'] as const) {
  const items = readFileSync(new URL(`${part}.jsonl`, corpus), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledObjective);
  const judged = [];
  for (const item of items) {
    const { id, text, indicator, baseline, target, deadline, targetGroup, area, goal } = item;
    const check = await checker.check({ id, text, indicator, baseline, target, deadline, targetGroup, area, goal });
    judged.push({ item, criteria: check.criteria });
  }
  for (const lang of ['en', 'ru', 'all']) {
    const subset = judged.filter((entry) => lang === 'all' || entry.item.lang === lang);
    const metrics = corpusMetrics(subset);
    for (const criterion of LABELLED_CRITERIA) {
      const m = metrics[criterion];
      console.log(`${part.padEnd(5)} ${lang.padEnd(5)} ${criterion.padEnd(12)} ${String(m.count).padStart(5)}  ${percent(m.precision)}   ${percent(m.recall)} ${percent(m.accuracy)}`);
      if (showWrong && part === 'dev' && lang !== 'all' && m.wrong.length > 0) console.log(`      wrong: ${m.wrong.join(', ')}`);
    }
  }
}
