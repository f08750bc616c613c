import { readFileSync } from 'node:fs';
import { analyzeObjective, createObjectiveChecker, createRuleSetCatalog, resolveRuleSet } from '@social-lens/rules';

/**
 * `pnpm bench:objectives`: the first check of a process per language (vocabularies compiled on
 * first use), then median and 95th-percentile time to analyze and judge one objective (the work
 * the widget does on each keystroke): over the corpus objectives cut to 500 characters, and for
 * one 500-character objective per language.
 */
const corpus = new URL('../core/smart-objective/', import.meta.url);
const ruleSet = resolveRuleSet(createRuleSetCatalog([JSON.parse(readFileSync(new URL('ruleset.json', corpus), 'utf8'))]), 'core/smart-objective');
const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29' });

const LONG: Record<string, string> = {
  ru: 'До конца 2027 года увеличить долю женщин среди новых клиентов в сельских филиалах с 45% до 60%, сохранить портфель под риском (PAR30) не выше 5%, довести средний размер кредита для микропредпринимателей не менее чем до 150 000 сомов и ежегодно обучать не менее 300 клиентов финансовой грамотности, по данным ежегодного опроса клиентов и MIS; в течение 18 месяцев снизить отток клиентов первого цикла на 10 процентных пунктов и улучшить жизнь наших клиентов.',
  en: 'By December 2027, increase the share of women among new first-cycle clients in rural branches from 45% to 60%, keep PAR30 below 5%, raise the average loan size for micro-entrepreneurs to at least EUR 1,500, and train at least 300 clients a year in financial literacy, as measured by the annual client survey and the MIS; within 18 months, reduce the exit rate of first-cycle clients by 10 percentage points, and help 5,000 farmers in the two governorates increase their yields by 20%.',
  bs: 'Do kraja 2027. godine povećati udio žena među novim klijentima u ruralnim poslovnicama sa 45% na 60%, zadržati PAR30 ispod 5%, povećati prosječni iznos kredita za mikropoduzetnike na najmanje 3.000 KM i godišnje obučiti najmanje 300 klijenata iz finansijske pismenosti, prema godišnjoj anketi klijenata i podacima MIS-a; u roku od 18 mjeseci smanjiti odliv klijenata u prvom ciklusu za 10 procentnih poena i pomoći 5.000 poljoprivrednika.',
};

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

// First checks, before anything is warm: each language compiles its vocabulary on first use.
for (const lang of ['ru', 'en', 'bs']) {
  const started = performance.now();
  await checker.check({ text: LONG[lang]! });
  console.log(`first ${lang} check of the process            ${(performance.now() - started).toFixed(1)} ms`);
}

const texts = ['dev', 'test'].flatMap((part) =>
  readFileSync(new URL(`corpus/${part}.jsonl`, corpus), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text.slice(0, 500)),
);

async function measure(label: string, inputs: readonly string[], run: (text: string) => unknown, rounds: number): Promise<void> {
  for (const text of inputs) await run(text);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const text of inputs) {
      const started = performance.now();
      await run(text);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${quantile(times, 0.5).toFixed(3)} ms   p95 ${quantile(times, 0.95).toFixed(3)} ms   (${times.length} runs)`);
}

console.log(`${texts.length} corpus objectives (cut to 500 characters)`);
await measure('corpus: analyze only', texts, (text) => analyzeObjective(text, { today: '2026-11-29' }), 20);
await measure('corpus: analyze + judge (reference engine)', texts, (text) => checker.check({ text }), 20);
for (const [lang, text] of Object.entries(LONG)) {
  const objective = `${text} ${text}`.slice(0, 500);
  await measure(`${objective.length} characters (${lang}): analyze + judge`, [objective], (input) => checker.check({ text: input }), 400);
}
