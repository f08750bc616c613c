import { existsSync, readFileSync } from 'node:fs';
import {
  type CriterionMetrics,
  corpusMetrics,
  createObjectiveChecker,
  createRuleSetCatalog,
  LABELLED_CRITERIA,
  type LabelledObjective,
  pairAgreement,
  resolveRuleSet,
  SMART_CRITERIA,
} from '@social-lens/rules';

/**
 * `pnpm eval:smart`: judges the labelled corpora with the core/smart-objective rule set and
 * prints, per part and language, precision, recall and accuracy per criterion ("cannot tell"
 * is wrong unless the label is `ambiguous`), the confusion of each criterion, and how often the
 * English and Russian versions of one objective (`pairId`) get the same marks.
 *
 * Parts: `old-dev`, `old-test` (the corpus written with the analyzer, `corpus/*.jsonl`) and
 * `real-dev` (`corpus/real/dev.jsonl`, real published objectives). The held-out `real-test`
 * part is scored only with `--test`: it is not for tuning. `--wrong` lists the objectives
 * judged wrongly in the development parts; `--confusion` prints the confusion tables.
 */
const corpus = new URL('../core/smart-objective/corpus/', import.meta.url);
const ruleSet = resolveRuleSet(createRuleSetCatalog([JSON.parse(readFileSync(new URL('../ruleset.json', corpus), 'utf8'))]), 'core/smart-objective');
const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29' });
const showWrong = process.argv.includes('--wrong');
const showConfusion = process.argv.includes('--confusion');
const withTest = process.argv.includes('--test');

/** Bosnian, Croatian, Serbian and Montenegrin are one column: the analyzer reads them with one vocabulary. */
const LANGUAGE_GROUPS: Readonly<Record<string, string>> = { bs: 'bcs', hr: 'bcs', sr: 'bcs', cnr: 'bcs', bcs: 'bcs', sh: 'bcs' };
const languageGroup = (lang: string): string => LANGUAGE_GROUPS[lang.split('-')[0]!.toLowerCase()] ?? lang;

const PARTS: Array<{ name: string; file: URL; tuning: boolean }> = [
  { name: 'old-dev', file: new URL('dev.jsonl', corpus), tuning: true },
  { name: 'old-test', file: new URL('test.jsonl', corpus), tuning: false },
  { name: 'real-dev', file: new URL('real/dev.jsonl', corpus), tuning: true },
  ...(withTest ? [{ name: 'real-test', file: new URL('real/test.jsonl', corpus), tuning: false }] : []),
];

function readCorpus(file: URL): LabelledObjective[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledObjective);
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

function confusionLines(metrics: CriterionMetrics): string[] {
  const rows = (['met', 'notMet', 'ambiguous'] as const).filter((row) => Object.values(metrics.confusion[row]).some((count) => count > 0));
  return rows.map((row) => {
    const cells = metrics.confusion[row];
    return `        label ${row.padEnd(9)} → met ${String(cells.met).padStart(4)}   not met ${String(cells.notMet).padStart(4)}   cannot tell ${String(cells.cannotTell).padStart(4)}`;
  });
}

console.log('part       lang  criterion    count  precision  recall  accuracy');
for (const part of PARTS) {
  if (!existsSync(part.file)) {
    console.log(`${part.name.padEnd(10)} (no file ${part.file.pathname.split('/corpus/')[1]})`);
    continue;
  }
  const items = readCorpus(part.file);
  const judged = [];
  for (const item of items) {
    const { id, text, indicator, baseline, target, deadline, targetGroup, area, goal } = item;
    const check = await checker.check({ id, text, indicator, baseline, target, deadline, targetGroup, area, goal });
    judged.push({ item, criteria: check.criteria });
  }
  const languages = [...new Set(items.map((item) => languageGroup(item.lang)))].sort();
  for (const lang of [...languages, 'all']) {
    const subset = judged.filter((entry) => lang === 'all' || languageGroup(entry.item.lang) === lang);
    const metrics = corpusMetrics(subset);
    for (const criterion of LABELLED_CRITERIA) {
      const m = metrics[criterion];
      console.log(
        `${part.name.padEnd(10)} ${lang.padEnd(5)} ${criterion.padEnd(12)} ${String(m.count).padStart(5)}  ${percent(m.precision)}   ${percent(m.recall)} ${percent(m.accuracy)}`,
      );
      if (showConfusion && lang !== 'all') for (const line of confusionLines(m)) console.log(line);
      if (showWrong && part.tuning && lang !== 'all' && m.wrong.length > 0) console.log(`        wrong: ${m.wrong.join(', ')}`);
    }
  }
  const agreement = pairAgreement(judged, SMART_CRITERIA);
  if (agreement.pairs > 0) {
    console.log(
      `${part.name.padEnd(10)} pairs ${agreement.pairs}: ${agreement.agreeing} of ${agreement.marks} marks agree (${percent(agreement.agreeing / agreement.marks).trim()})`,
    );
    if (showWrong && part.tuning && agreement.disagreements.length > 0) console.log(`        disagree: ${agreement.disagreements.join(', ')}`);
  }
}
