import { languageAmong } from '@social-lens/rules';
import type { CheckSummary } from './finding-writer.ts';

/** The terminal summary's words in one language; findings and rule titles bring their own. */
interface SummaryLabels {
  byRule: string;
  noFindings: string;
  severity: Readonly<Record<string, string>>;
  /** `400 records checked in 0.4 s: 120 with findings; 3 errors, 95 warnings, 0 notes.` */
  checked(summary: CheckSummary, format: (value: number) => string): string;
  /** The counts of the one-line summary: `400 records, 3 errors, 95 warnings, 0 notes`. */
  counts(summary: CheckSummary, format: (value: number) => string): string;
  /** ` in 0.4 s` */
  took(seconds: string): string;
}

const severityCount = (summary: CheckSummary, severity: string): number => summary.bySeverity[severity] ?? 0;

function english(count: number, one: string, many: string, format: (value: number) => string): string {
  return `${format(count)} ${count === 1 ? one : many}`;
}

const ENGLISH: SummaryLabels = {
  byRule: 'Summary by rule:',
  noFindings: 'no findings',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  checked: (summary, format) =>
    `${format(summary.records)} records checked in ${summary.seconds.toFixed(1)} s: ${format(summary.recordsWithFindings)} with findings; ` +
    `${english(severityCount(summary, 'error'), 'error', 'errors', format)}, ${english(severityCount(summary, 'warning'), 'warning', 'warnings', format)}, ` +
    `${english(severityCount(summary, 'info'), 'info', 'infos', format)}${summary.inputProblems ? `; ${format(summary.inputProblems)} input line(s) could not be read` : ''}.`,
  counts: (summary, format) =>
    [
      english(summary.records, 'record', 'records', format),
      english(severityCount(summary, 'error'), 'error', 'errors', format),
      english(severityCount(summary, 'warning'), 'warning', 'warnings', format),
      english(severityCount(summary, 'info'), 'note', 'notes', format),
      ...(summary.inputProblems > 0 ? [english(summary.inputProblems, 'unreadable line', 'unreadable lines', format)] : []),
    ].join(', '),
  took: (seconds) => ` in ${seconds} s`,
};

/** Russian and Bosnian say "noun: count", which needs no plural forms. */
const LABELS: Readonly<Record<string, SummaryLabels>> = {
  en: ENGLISH,
  ru: {
    byRule: 'Итоги по правилам:',
    noFindings: 'замечаний нет',
    severity: { error: 'ошибка', warning: 'предупр.', info: 'примеч.' },
    checked: (summary, format) =>
      `Проверено записей: ${format(summary.records)} за ${summary.seconds.toFixed(1).replace('.', ',')} с; с замечаниями: ${format(summary.recordsWithFindings)}; ` +
      `ошибок: ${format(severityCount(summary, 'error'))}, предупреждений: ${format(severityCount(summary, 'warning'))}, примечаний: ${format(severityCount(summary, 'info'))}` +
      `${summary.inputProblems ? `; нечитаемых строк: ${format(summary.inputProblems)}` : ''}.`,
    counts: (summary, format) =>
      `записей: ${format(summary.records)}, ошибок: ${format(severityCount(summary, 'error'))}, предупреждений: ${format(severityCount(summary, 'warning'))}, ` +
      `примечаний: ${format(severityCount(summary, 'info'))}${summary.inputProblems > 0 ? `, нечитаемых строк: ${format(summary.inputProblems)}` : ''}`,
    took: (seconds) => ` за ${seconds.replace('.', ',')} с`,
  },
  bs: {
    byRule: 'Pregled po pravilima:',
    noFindings: 'nema nalaza',
    severity: { error: 'greška', warning: 'upozor.', info: 'napom.' },
    checked: (summary, format) =>
      `Provjereno zapisa: ${format(summary.records)} za ${summary.seconds.toFixed(1).replace('.', ',')} s; s nalazima: ${format(summary.recordsWithFindings)}; ` +
      `grešaka: ${format(severityCount(summary, 'error'))}, upozorenja: ${format(severityCount(summary, 'warning'))}, napomena: ${format(severityCount(summary, 'info'))}` +
      `${summary.inputProblems ? `; nečitljivih redova: ${format(summary.inputProblems)}` : ''}.`,
    counts: (summary, format) =>
      `zapisa: ${format(summary.records)}, grešaka: ${format(severityCount(summary, 'error'))}, upozorenja: ${format(severityCount(summary, 'warning'))}, ` +
      `napomena: ${format(severityCount(summary, 'info'))}${summary.inputProblems > 0 ? `, nečitljivih redova: ${format(summary.inputProblems)}` : ''}`,
    took: (seconds) => ` za ${seconds.replace('.', ',')} s`,
  },
};

/**
 * The terminal summary's labels for `lang` (`ru-RU` → `ru`, `hr`/`sr` → `bs`, else English).
 *
 * @example
 * summaryLabels('ru').byRule // → 'Итоги по правилам:'
 */
export function summaryLabels(lang: string): SummaryLabels {
  return LABELS[languageAmong(LABELS, lang)] ?? ENGLISH;
}

/** Counts as the language writes them: `1,234` in English, `1 234` in Russian, `1.234` in Bosnian. */
export function countFormat(lang: string): (value: number) => string {
  const format = new Intl.NumberFormat(lang);
  return (value) => format.format(value);
}
