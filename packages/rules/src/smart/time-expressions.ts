import { plainAlternation } from './phrase-pattern.ts';
import { bySpan, overlapsAny } from './spans.ts';
import type { DateExpression, DateGranularity, RelativeFrame, Span, TimeExpressions, Vocabulary } from './types.ts';
import { OPTIONAL_GAP, PHRASE_GAP, WORD_END, WORD_START } from './word-boundary.ts';

/** Compiled time patterns of one vocabulary. */
export interface TimeMatchers {
  date: RegExp;
  prefix: RegExp;
  yearWordAfter: RegExp;
  frame: RegExp;
  vagueTime: RegExp;
  frequency: RegExp;
  monthOf: (text: string) => number | undefined;
  ordinalOf: (text: string) => number | undefined;
  unitOf: (text: string) => { months: number; plural: boolean } | undefined;
  isAmbiguousPreposition: (text: string) => boolean;
  isSingleUnitPreposition: (text: string) => boolean;
  isArticle: (text: string) => boolean;
}

/** What a number inside a frame is worth: the quantity patterns are reused. */
export interface FrameNumberReader {
  numberSource: string;
  numberWordsSource: string;
  parseNumber: (text: string) => number;
  numberWordValue: (text: string) => number | undefined;
}

function anchored(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${plainAlternation(phrases)})$`, 'u');
}

const YEAR = '(?<!\\d)(?:19|20)\\d{2}(?!\\d)';
const DAY = '(?<!\\d)(?:3[01]|[12]\\d|0?[1-9])';

/**
 * Builds the time patterns of a vocabulary: one regex for the core of a date (a day, month,
 * quarter, half or year), then its preposition and "end of" are read backwards from the
 * text just before it, so that "by the end of Q2 2028" needs no combined pattern.
 */
export function compileTimeMatchers(vocabulary: Vocabulary, numbers: Pick<FrameNumberReader, 'numberSource' | 'numberWordsSource'>): TimeMatchers {
  const month = plainAlternation(vocabulary.months.flatMap((entry) => entry.phrases));
  const ordinal = plainAlternation(vocabulary.ordinals.flatMap((entry) => entry.phrases));
  const quarter = plainAlternation(vocabulary.quarterWords);
  const half = plainAlternation(vocabulary.halfYearWords);
  const of = vocabulary.ofWords.length === 0 ? '' : `(?:${PHRASE_GAP}(?:${plainAlternation(vocabulary.ofWords)}))?`;
  const suffix = vocabulary.daySuffixes.length === 0 ? '' : `(?:${plainAlternation(vocabulary.daySuffixes).replaceAll('(?<![\\p{L}\\p{N}])', '')})?`;
  const date = [
    `(?<numericDay>${DAY})[./](?<numericMonth>0?[1-9]|1[0-2])[./](?<numericYear>${YEAR})`,
    `(?<isoYear>${YEAR})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>[0-3]\\d)`,
    `(?<dayFirst>${DAY})${suffix}${PHRASE_GAP}(?<dayFirstMonth>${month}),?${PHRASE_GAP}(?<dayFirstYear>${YEAR})`,
    `(?<monthFirst>${month})${PHRASE_GAP}(?<monthFirstDay>${DAY})${suffix},?${PHRASE_GAP}(?<monthFirstYear>${YEAR})`,
    `(?<monthOnly>${month})${of},?${PHRASE_GAP}(?<monthOnlyYear>${YEAR})`,
    `(?:${WORD_START}q(?<quarterCode>[1-4])|(?<quarterOrdinal>${ordinal})${PHRASE_GAP}(?:${quarter}))${of}[\\s\\u00a0,/-]*(?<quarterYear>${YEAR})`,
    `(?<quarterYearFirst>${YEAR})[\\s\\u00a0-]?q(?<quarterCodeAfter>[1-4])${WORD_END}`,
    `(?:${WORD_START}h(?<halfCode>[12])|(?<halfOrdinal>${ordinal})${PHRASE_GAP}(?:${half}))${of}[\\s\\u00a0,/-]*(?<halfYear>${YEAR})`,
    `(?<spanFirstYear>${YEAR})${OPTIONAL_GAP}[-–—/]${OPTIONAL_GAP}(?<spanLastYear>${YEAR})`,
    `(?<bareYear>${YEAR})`,
  ].join('|');

  const preposition = plainAlternation(vocabulary.deadlinePrepositions);
  const reference = plainAlternation(vocabulary.referencePrepositions);
  const endOf = plainAlternation(vocabulary.endOfPhrases);
  const startOf = plainAlternation(vocabulary.startOfPhrases);
  const prefix =
    `(?:(?<reference>${reference})${PHRASE_GAP}|(?<preposition>${preposition})${PHRASE_GAP})?` +
    `(?:(?<endOf>${endOf})|(?<startOf>${startOf}))?[\\s\\u00a0\\u202f-]*$`;

  const frameNumber = `(?<count>${numbers.numberSource}|${numbers.numberWordsSource}|${plainAlternation(vocabulary.articles)})`;
  const frame =
    `(?<framePreposition>${plainAlternation(vocabulary.framePrepositions)})${PHRASE_GAP}` +
    `(?:(?<next>${plainAlternation(vocabulary.nextWords)})${PHRASE_GAP})?` +
    `(?:${frameNumber}(?:${PHRASE_GAP}|-))?` +
    `(?<unit>${plainAlternation(vocabulary.timeUnits.flatMap((unit) => unit.phrases))})`;

  const months = vocabulary.months.map((entry) => ({ value: entry.month, regex: anchored(entry.phrases) }));
  const ordinals = vocabulary.ordinals.map((entry) => ({ value: entry.value, regex: anchored(entry.phrases) }));
  const units = vocabulary.timeUnits.map((entry) => ({ entry, regex: anchored(entry.phrases) }));
  const ambiguous = anchored(vocabulary.ambiguousDatePrepositions.concat(['\u0000never']));
  const singleUnit = anchored(vocabulary.singleUnitFramePrepositions.concat(['\u0000never']));
  const articles = anchored(vocabulary.articles.concat(['\u0000never']));
  const yearWords = vocabulary.yearWords.length === 0 ? '(?!)' : plainAlternation(vocabulary.yearWords);

  return {
    date: new RegExp(date, 'gu'),
    prefix: new RegExp(prefix, 'u'),
    yearWordAfter: new RegExp(`^${OPTIONAL_GAP}(?:${yearWords})`, 'u'),
    frame: new RegExp(frame, 'gu'),
    vagueTime: new RegExp(plainAlternation(vocabulary.vagueTime), 'gu'),
    frequency: new RegExp(plainAlternation(vocabulary.frequencies), 'gu'),
    monthOf: (text) => months.find(({ regex }) => regex.test(text))?.value,
    ordinalOf: (text) => ordinals.find(({ regex }) => regex.test(text))?.value,
    unitOf: (text) => {
      const unit = units.find(({ regex }) => regex.test(text))?.entry;
      return unit === undefined ? undefined : { months: unit.months, plural: unit.plural === true };
    },
    isAmbiguousPreposition: (text) => ambiguous.test(text),
    isSingleUnitPreposition: (text) => singleUnit.test(text),
    isArticle: (text) => articles.test(text),
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface PeriodDate {
  year: number;
  /** First and last month of the period. */
  firstMonth: number;
  lastMonth: number;
  day?: number;
  granularity: DateGranularity;
}

function isoDate(period: PeriodDate, atStart: boolean): string | undefined {
  const month = atStart ? period.firstMonth : period.lastMonth;
  const last = lastDayOfMonth(period.year, month);
  const day = period.day ?? (atStart ? 1 : last);
  if (day > last) return undefined;
  return `${period.year}-${pad(month)}-${pad(day)}`;
}

function periodOf(groups: Record<string, string | undefined>, matchers: TimeMatchers): PeriodDate | undefined {
  const number = (value: string | undefined) => Number(value);
  if (groups.numericYear !== undefined) {
    const month = number(groups.numericMonth);
    return { year: number(groups.numericYear), firstMonth: month, lastMonth: month, day: number(groups.numericDay), granularity: 'day' };
  }
  if (groups.isoYear !== undefined) {
    const month = number(groups.isoMonth);
    return { year: number(groups.isoYear), firstMonth: month, lastMonth: month, day: number(groups.isoDay), granularity: 'day' };
  }
  const dayMonth = groups.dayFirstMonth ?? groups.monthFirst;
  if (dayMonth !== undefined) {
    const month = matchers.monthOf(dayMonth);
    if (month === undefined) return undefined;
    return {
      year: number(groups.dayFirstYear ?? groups.monthFirstYear),
      firstMonth: month,
      lastMonth: month,
      day: number(groups.dayFirst ?? groups.monthFirstDay),
      granularity: 'day',
    };
  }
  if (groups.monthOnly !== undefined) {
    const month = matchers.monthOf(groups.monthOnly);
    if (month === undefined) return undefined;
    return { year: number(groups.monthOnlyYear), firstMonth: month, lastMonth: month, granularity: 'month' };
  }
  if (groups.quarterYear !== undefined || groups.quarterYearFirst !== undefined) {
    const quarter =
      groups.quarterOrdinal !== undefined ? matchers.ordinalOf(groups.quarterOrdinal) : number(groups.quarterCode ?? groups.quarterCodeAfter);
    if (quarter === undefined || quarter < 1 || quarter > 4) return undefined;
    return { year: number(groups.quarterYear ?? groups.quarterYearFirst), firstMonth: quarter * 3 - 2, lastMonth: quarter * 3, granularity: 'quarter' };
  }
  if (groups.halfYear !== undefined) {
    const half = groups.halfOrdinal !== undefined ? matchers.ordinalOf(groups.halfOrdinal) : number(groups.halfCode);
    if (half === undefined || half < 1 || half > 2) return undefined;
    return { year: number(groups.halfYear), firstMonth: half * 6 - 5, lastMonth: half * 6, granularity: 'half' };
  }
  if (groups.spanLastYear !== undefined) {
    return { year: number(groups.spanLastYear), firstMonth: 1, lastMonth: 12, granularity: 'year' };
  }
  if (groups.bareYear !== undefined) {
    return { year: number(groups.bareYear), firstMonth: 1, lastMonth: 12, granularity: 'year' };
  }
  return undefined;
}

interface DateCandidate extends DateExpression {
  kind: 'deadline' | 'reference';
  ambiguous: boolean;
}

function findDates(text: string, matchers: TimeMatchers): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const { date } = matchers;
  date.lastIndex = 0;
  for (let match = date.exec(text); match !== null; match = date.exec(text)) {
    const groups = match.groups ?? {};
    const period = periodOf(groups, matchers);
    if (period === undefined) continue;
    const before = text.slice(Math.max(0, match.index - 48), match.index);
    const prefixMatch = matchers.prefix.exec(before);
    const prefix = prefixMatch?.groups ?? {};
    const introduced = prefix.preposition !== undefined || prefix.reference !== undefined;
    const edge = prefix.endOf !== undefined || prefix.startOf !== undefined;
    if (groups.bareYear !== undefined && !introduced && !edge) continue;
    const iso = isoDate(period, prefix.startOf !== undefined);
    if (iso === undefined) continue;
    let end = match.index + match[0].length;
    const yearWord = matchers.yearWordAfter.exec(text.slice(end, end + 12));
    if (yearWord !== null) end += yearWord[0].length;
    const start = introduced || edge ? match.index - before.length + (prefixMatch?.index ?? before.length) : match.index;
    const kind = prefix.reference === undefined ? 'deadline' : 'reference';
    candidates.push({
      date: iso,
      granularity: period.granularity,
      span: { start, end },
      kind,
      ambiguous: kind === 'deadline' && !edge && (prefix.preposition === undefined || matchers.isAmbiguousPreposition(prefix.preposition)),
    });
  }
  return candidates;
}

function findFrames(text: string, matchers: TimeMatchers, numbers: FrameNumberReader): RelativeFrame[] {
  const frames: RelativeFrame[] = [];
  const { frame } = matchers;
  frame.lastIndex = 0;
  for (let match = frame.exec(text); match !== null; match = frame.exec(text)) {
    const groups = match.groups ?? {};
    const unit = matchers.unitOf(groups.unit ?? '');
    if (unit === undefined) continue;
    const count = groups.count;
    let multiplier: number | undefined;
    if (count === undefined || matchers.isArticle(count)) {
      // "over the coming years" has no count: vague. "within a year", "в течение года", "next year": one unit.
      if (unit.plural) continue;
      if (groups.next === undefined && count === undefined && !matchers.isSingleUnitPreposition(groups.framePreposition ?? '')) continue;
      multiplier = 1;
    } else {
      multiplier = /\d/u.test(count) ? numbers.parseNumber(count) : numbers.numberWordValue(count);
    }
    if (multiplier === undefined || !Number.isFinite(multiplier) || multiplier <= 0) continue;
    frames.push({ months: multiplier * unit.months, span: { start: match.index, end: match.index + match[0].length } });
  }
  return frames;
}

/** The latest ISO date of a list ('' for none); ISO dates sort as strings. */
function latestDate(expressions: readonly DateExpression[]): string {
  return expressions.map((expression) => expression.date).sort().at(-1) ?? '';
}

function findPlain(text: string, regex: RegExp, taken: readonly Span[]): Array<{ span: Span }> {
  const found: Array<{ span: Span }> = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!overlapsAny(span, taken)) found.push({ span });
  }
  return found;
}

/**
 * Finds deadlines, reference dates, relative frames, vague time and frequencies.
 *
 * Why "annually" is not a deadline: a frequency says how often, not by when; an objective
 * "increase savings annually" has no end by which to check it. Frequencies are reported
 * apart so a rule can still mention them.
 *
 * A date after a reference preposition ("since 2015", "than in 2024") is a reference date. A
 * date after an ambiguous preposition ("in 2024") is a deadline only if no later date follows
 * in the text ("from 45% in 2024 to 60% in 2027").
 */
export function findTimeExpressions(text: string, matchers: TimeMatchers, numbers: FrameNumberReader, today?: string): TimeExpressions {
  const candidates = findDates(text, matchers);
  const latestDeadline = latestDate(candidates.filter((candidate) => candidate.kind === 'deadline'));
  const deadlines: DateExpression[] = [];
  const referenceDates: DateExpression[] = [];
  for (const { kind, ambiguous, ...expression } of candidates) {
    if (kind === 'deadline' && !(ambiguous && expression.date < latestDeadline)) deadlines.push(expression);
    else referenceDates.push(expression);
  }
  const dateSpans = candidates.map((candidate) => candidate.span);
  const relativeFrames = findFrames(text, matchers, numbers).filter((frame) => !overlapsAny(frame.span, dateSpans));
  const taken = dateSpans.concat(relativeFrames.map((frame) => frame.span));
  const frequencies = findPlain(text, matchers.frequency, taken);
  const vagueTime = findPlain(text, matchers.vagueTime, taken.concat(frequencies.map((f) => f.span)));
  const latest = latestDate(deadlines);
  return {
    deadlines: deadlines.sort(bySpan),
    referenceDates: referenceDates.sort(bySpan),
    relativeFrames,
    vagueTime,
    frequencies,
    deadlinePassed: today !== undefined && latest !== '' && latest < today,
  };
}
