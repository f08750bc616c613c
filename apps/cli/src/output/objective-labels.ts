import { languageAmong, type SMART_CRITERIA } from '@social-lens/rules';

type Criterion = (typeof SMART_CRITERIA)[number];

/** The words `lens check objectives` prints around the messages, which bring their own language. */
interface ObjectiveLabels {
  criteria: Readonly<Record<Criterion, string>>;
  severity: Readonly<Record<string, string>>;
  /** The heading of an objective read from a line of a `.txt` file: `line 3`. */
  line(line: number): string;
  workbook: string;
  /** `12 objectives checked: 5 specific, …; 1 line could not be read.` */
  checked(objectives: number, met: Readonly<Record<Criterion, number>>, unreadable: number): string;
}

const ENGLISH: ObjectiveLabels = {
  criteria: { specific: 'specific', measurable: 'measurable', achievable: 'achievable', relevant: 'relevant', timeBound: 'time-bound' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  line: (line) => `line ${line}`,
  workbook: 'Workbook:',
  checked: (objectives, met, unreadable) =>
    `${objectives} ${objectives === 1 ? 'objective' : 'objectives'} checked: ${listMet(ENGLISH, met)}` +
    `${unreadable ? `; ${unreadable} ${unreadable === 1 ? 'line' : 'lines'} could not be read` : ''}.`,
};

/** Russian and Bosnian say "noun: count", which needs no plural forms. */
const RUSSIAN: ObjectiveLabels = {
  criteria: { specific: 'конкретна', measurable: 'измерима', achievable: 'достижима', relevant: 'значима', timeBound: 'ограничена сроком' },
  severity: { error: 'ошибка', warning: 'предупреждение', info: 'примечание' },
  line: (line) => `строка ${line}`,
  workbook: 'Набор целей:',
  checked: (objectives, met, unreadable) =>
    `Проверено целей: ${objectives}; ${listMet(RUSSIAN, met, ': ')}${unreadable ? `; нечитаемых строк: ${unreadable}` : ''}.`,
};

const BOSNIAN: ObjectiveLabels = {
  criteria: { specific: 'specifičan', measurable: 'mjerljiv', achievable: 'ostvariv', relevant: 'relevantan', timeBound: 'vremenski određen' },
  severity: { error: 'greška', warning: 'upozorenje', info: 'napomena' },
  line: (line) => `red ${line}`,
  workbook: 'Skup ciljeva:',
  checked: (objectives, met, unreadable) =>
    `Provjereno ciljeva: ${objectives}; ${listMet(BOSNIAN, met, ': ')}${unreadable ? `; nečitljivih redova: ${unreadable}` : ''}.`,
};

function listMet(labels: ObjectiveLabels, met: Readonly<Record<Criterion, number>>, countAfter?: string): string {
  return (Object.keys(labels.criteria) as Criterion[])
    .map((criterion) => (countAfter ? `${labels.criteria[criterion]}${countAfter}${met[criterion]}` : `${met[criterion]} ${labels.criteria[criterion]}`))
    .join(', ');
}

const LABELS: Readonly<Record<string, ObjectiveLabels>> = { en: ENGLISH, ru: RUSSIAN, bs: BOSNIAN };

/**
 * The objective table's labels for `lang` (`ru-RU` → `ru`, `hr`/`sr` → `bs`, else English).
 *
 * @example
 * objectiveLabels('ru').criteria.timeBound // → 'ограничена сроком'
 */
export function objectiveLabels(lang: string | undefined): ObjectiveLabels {
  return LABELS[languageAmong(LABELS, lang ?? 'en')] ?? ENGLISH;
}
