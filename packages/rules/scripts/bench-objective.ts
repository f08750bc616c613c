import { readFileSync } from 'node:fs';
import { analyzeObjective, createObjectiveChecker, createRuleSetCatalog, resolveRuleSet } from '../src/index.ts';

/**
 * `pnpm bench:objectives`: median and 95th-percentile time to analyze and judge one objective
 * (the work the widget does on each keystroke), over the corpus objectives cut to 500 characters.
 */
const corpus = new URL('../../../rules/core/smart-objective/', import.meta.url);
const ruleSet = resolveRuleSet(createRuleSetCatalog([JSON.parse(readFileSync(new URL('ruleset.json', corpus), 'utf8'))]), 'core/smart-objective');
const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29' });
const texts = ['dev', 'test'].flatMap((part) =>
  readFileSync(new URL(`corpus/${part}.jsonl`, corpus), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text.slice(0, 500)),
);
const long = texts.slice(0, 12).join(" ").slice(0, 500);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(label: string, run: (text: string) => unknown, rounds: number): Promise<void> {
  for (const text of texts) await run(text);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const text of [...texts, long]) {
      const started = performance.now();
      await run(text);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} median ${quantile(times, 0.5).toFixed(3)} ms   p95 ${quantile(times, 0.95).toFixed(3)} ms   (${times.length} runs)`);
}

console.log(`${texts.length} corpus objectives, plus one of ${long.length} characters`);
await measure('analyze only', (text) => analyzeObjective(text, { today: '2026-11-29' }), 20);
await measure('analyze + judge (reference engine)', (text) => checker.check({ text }), 20);
