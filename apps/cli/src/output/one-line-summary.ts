import type { CheckSummary } from './finding-writer.ts';
import { countFormat, summaryLabels } from './summary-labels.ts';

/**
 * What a run with `--out` says on stderr when it is done: records, findings by severity, time
 * and where the output went, in one line, in the language of the messages.
 *
 * @example
 * oneLineSummary(summary, 'findings.json', 'en') // → 'lens: 400 records, 3 errors, 95 warnings, 0 notes in 0.4 s → findings.json'
 * oneLineSummary(summary, 'findings.json', 'ru') // → 'lens: записей: 400, ошибок: 3, предупреждений: 95, примечаний: 0 за 0,4 с → findings.json'
 */
export function oneLineSummary(summary: CheckSummary, out: string, lang: string): string {
  const labels = summaryLabels(lang);
  return `lens: ${labels.counts(summary, countFormat(lang))}${labels.took(summary.seconds.toFixed(1))} → ${out}\n`;
}
