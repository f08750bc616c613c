/**
 * Measures the median time of `analyzeObjective` on ~300-character objectives.
 * Run: `npx tsx src/smart/bench-analyzer.ts` (from packages/rules). Not part of the library.
 */
import { analyzeObjective } from './analyze-objective.ts';

const SAMPLES = [
  'Increase the share of women among new first-cycle clients in rural branches from 45% to 60% by December 2027, while keeping PAR30 below 5% and raising the average loan size for micro-entrepreneurs to at least EUR 1,500; measure it through the annual client survey and the MIS.',
  'До конца 2026 года увеличить долю женщин среди новых клиентов в сельских филиалах с 45% до 60%, сохранить портфель под риском (PAR30) не выше 5% и довести средний размер кредита для микропредпринимателей не менее чем до 150 000 сомов, по данным ежегодного опроса.',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

for (const sample of SAMPLES) {
  for (let warm = 0; warm < 200; warm += 1) analyzeObjective(sample, { today: '2026-01-01' });
  const times: number[] = [];
  for (let run = 0; run < 2000; run += 1) {
    const started = performance.now();
    analyzeObjective(sample, { today: '2026-01-01' });
    times.push(performance.now() - started);
  }
  process.stdout.write(
    `${sample.length} chars: median ${median(times).toFixed(3)} ms, p95 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]?.toFixed(3)} ms\n`,
  );
}
const huge = 'Increase the share of women to 60% by 2027. '.repeat(2500);
const started = performance.now();
analyzeObjective(huge);
process.stdout.write(`${huge.length} chars (truncated): ${(performance.now() - started).toFixed(2)} ms\n`);
