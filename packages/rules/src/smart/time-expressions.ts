import { readNumber } from './quantities.ts';
import { bySpan, overlapsAny } from './spans.ts';
import type { TokenReader } from './token-reader.ts';
import type { DateExpression, DateGranularity, RelativeFrame, Span, TimeExpressions } from './types.ts';

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

/** Token range of a date's core and the period it names. */
interface DateCore {
  start: number;
  end: number;
  period: PeriodDate;
  bare: boolean;
}

function digitsAt(reader: TokenReader, index: number, test: (digits: string) => boolean): number | undefined {
  const token = reader.tokens[index];
  return token?.kind === 'number' && test(token.lower) ? Number(token.lower) : undefined;
}

const isYear = (digits: string) => /^(?:19|20)\d{2}$/u.test(digits);
const isDay = (digits: string) => /^(?:3[01]|[12]\d|0?[1-9])$/u.test(digits);
const isMonth = (digits: string) => /^(?:0?[1-9]|1[0-2])$/u.test(digits);

/** The token at `index` glued to the one before it (no white space): `31.12`, `Q2`. */
function glued(reader: TokenReader, index: number): boolean {
  const token = reader.tokens[index];
  return token !== undefined && !token.spaced;
}

function signAt(reader: TokenReader, index: number, signs: string): boolean {
  const token = reader.tokens[index];
  return token !== undefined && (token.kind === 'sign' || token.kind === 'joiner') && signs.includes(token.lower);
}

/** A year, possibly after an "of" and a comma or dash: "of 2028", ", 2027", "2028". */
function yearAfter(reader: TokenReader, index: number, separators: string): { year: number; end: number } | undefined {
  let at = index;
  const of = reader.at('ofWords', at);
  if (of !== undefined) at = of.end;
  while (signAt(reader, at, separators)) at += 1;
  const year = digitsAt(reader, at, isYear);
  return year === undefined ? undefined : { year, end: at + 1 };
}

/** A day number with an optional suffix: "31", "31st", "31-го". */
function dayAt(reader: TokenReader, index: number): { day: number; end: number } | undefined {
  const day = digitsAt(reader, index, isDay);
  if (day === undefined) return undefined;
  const suffixStart = reader.skipJoiners(index + 1);
  const suffix = glued(reader, index + 1) ? reader.at('daySuffixes', suffixStart) : undefined;
  return { day, end: suffix?.end ?? index + 1 };
}

function ordinalPeriodAt(reader: TokenReader, index: number, list: 'quarterWords' | 'halfYearWords', code: string): { value: number; end: number } | undefined {
  const token = reader.tokens[index];
  if (token?.kind === 'word' && token.lower === code) {
    const value = digitsAt(reader, index + 1, (digits) => /^[1-4]$/u.test(digits));
    const previous = reader.tokens[index - 1];
    const free = previous === undefined || token.spaced || (previous.kind !== 'word' && previous.kind !== 'number');
    if (value !== undefined && glued(reader, index + 1) && free) return { value, end: index + 2 };
  }
  const ordinal = reader.at('ordinals', index);
  if (ordinal === undefined) return undefined;
  const word = reader.at(list, ordinal.end);
  return word === undefined ? undefined : { value: ordinal.key, end: word.end };
}

function dateCoreAt(reader: TokenReader, index: number): DateCore | undefined {
  const day = digitsAt(reader, index, isDay);
  // 31.12.2027, 31/12/2027
  if (
    day !== undefined &&
    signAt(reader, index + 1, './') &&
    glued(reader, index + 1) &&
    glued(reader, index + 2) &&
    glued(reader, index + 3) &&
    glued(reader, index + 4)
  ) {
    const month = digitsAt(reader, index + 2, isMonth);
    const year = digitsAt(reader, index + 4, isYear);
    if (month !== undefined && year !== undefined && reader.tokens[index + 3]!.lower === reader.tokens[index + 1]!.lower) {
      return { start: index, end: index + 5, bare: false, period: { year, firstMonth: month, lastMonth: month, day, granularity: 'day' } };
    }
  }
  const year = digitsAt(reader, index, isYear);
  // 2027-12-31
  if (year !== undefined && signAt(reader, index + 1, '-') && [2, 3, 4].every((offset) => glued(reader, index + offset)) && signAt(reader, index + 3, '-')) {
    const month = digitsAt(reader, index + 2, (digits) => /^(?:0[1-9]|1[0-2])$/u.test(digits));
    const isoDay = digitsAt(reader, index + 4, (digits) => /^[0-3]\d$/u.test(digits));
    if (month !== undefined && isoDay !== undefined) {
      return { start: index, end: index + 5, bare: false, period: { year, firstMonth: month, lastMonth: month, day: isoDay, granularity: 'day' } };
    }
  }
  // 31 December 2027, 31st December 2027, 31-го декабря 2027
  const dayFirst = dayAt(reader, index);
  if (dayFirst !== undefined) {
    const month = reader.at('months', dayFirst.end);
    const then = month && yearAfter(reader, month.end, ',');
    if (month !== undefined && then)
      return {
        start: index,
        end: then.end,
        bare: false,
        period: { year: then.year, firstMonth: month.key, lastMonth: month.key, day: dayFirst.day, granularity: 'day' },
      };
  }
  const month = reader.at('months', index);
  if (month !== undefined) {
    // December 31, 2027
    const dayAfter = dayAt(reader, month.end);
    if (dayAfter !== undefined) {
      const then = yearAfter(reader, dayAfter.end, ',');
      if (then)
        return {
          start: index,
          end: then.end,
          bare: false,
          period: { year: then.year, firstMonth: month.key, lastMonth: month.key, day: dayAfter.day, granularity: 'day' },
        };
    }
    // December 2027, December of 2027
    const then = yearAfter(reader, month.end, ',');
    if (then)
      return { start: index, end: then.end, bare: false, period: { year: then.year, firstMonth: month.key, lastMonth: month.key, granularity: 'month' } };
  }
  // Q2 2028, the second quarter of 2028
  const quarter = ordinalPeriodAt(reader, index, 'quarterWords', 'q');
  if (quarter !== undefined && quarter.value >= 1 && quarter.value <= 4) {
    const then = yearAfter(reader, quarter.end, ',/-');
    if (then)
      return {
        start: index,
        end: then.end,
        bare: false,
        period: { year: then.year, firstMonth: quarter.value * 3 - 2, lastMonth: quarter.value * 3, granularity: 'quarter' },
      };
  }
  if (year !== undefined) {
    // 2028Q2, 2028-Q2
    const q = signAt(reader, index + 1, '-') ? index + 2 : index + 1;
    const code = reader.tokens[q];
    const value = digitsAt(reader, q + 1, (digits) => /^[1-4]$/u.test(digits));
    if (code?.kind === 'word' && code.lower === 'q' && value !== undefined && glued(reader, q + 1) && (q === index + 1 || glued(reader, q))) {
      return { start: index, end: q + 2, bare: false, period: { year, firstMonth: value * 3 - 2, lastMonth: value * 3, granularity: 'quarter' } };
    }
  }
  // H1 2027, the first half of 2027
  const half = ordinalPeriodAt(reader, index, 'halfYearWords', 'h');
  if (half !== undefined && half.value >= 1 && half.value <= 2) {
    const then = yearAfter(reader, half.end, ',/-');
    if (then)
      return {
        start: index,
        end: then.end,
        bare: false,
        period: { year: then.year, firstMonth: half.value * 6 - 5, lastMonth: half.value * 6, granularity: 'half' },
      };
  }
  if (year !== undefined) {
    // 2015–2030, 2015/2030
    const dash = index + 1;
    if (signAt(reader, dash, '-\u2013\u2014/')) {
      const last = digitsAt(reader, dash + 1, isYear);
      if (last !== undefined) return { start: index, end: dash + 2, bare: false, period: { year: last, firstMonth: 1, lastMonth: 12, granularity: 'year' } };
    }
    return { start: index, end: index + 1, bare: true, period: { year, firstMonth: 1, lastMonth: 12, granularity: 'year' } };
  }
  return undefined;
}

interface DateCandidate extends DateExpression {
  kind: 'deadline' | 'reference';
  ambiguous: boolean;
}

interface Prefix {
  start: number;
  kind: 'reference' | 'preposition' | undefined;
  edge: 'end' | 'start' | undefined;
  /** Token range of the preposition, to tell ambiguous ones ("in", "в"). */
  preposition?: { start: number; end: number };
}

/**
 * Reads backwards from a date what introduces it: "since", "by", "by the end of", "до конца".
 * Of several readings the one starting earliest wins, a reference before a deadline at a tie.
 */
function prefixBefore(reader: TokenReader, coreStart: number): Prefix | undefined {
  // "by the year 2025", "by FY 2026": the year noun stands between the preposition and the year.
  const yearNoun = reader.before('yearNouns', coreStart)[0];
  const index = yearNoun?.start ?? coreStart;
  const options: Prefix[] = [];
  const edges = [
    ...reader.before('endOfPhrases', index).map((hit) => ({ hit, edge: 'end' as const })),
    ...reader.before('startOfPhrases', index).map((hit) => ({ hit, edge: 'start' as const })),
  ];
  const introductions = (at: number, edge: Prefix['edge']) => {
    for (const hit of reader.before('referencePrepositions', at)) options.push({ start: hit.start, kind: 'reference', edge, preposition: hit });
    for (const hit of reader.before('deadlinePrepositions', at)) options.push({ start: hit.start, kind: 'preposition', edge, preposition: hit });
  };
  for (const { hit, edge } of edges) {
    options.push({ start: hit.start, kind: undefined, edge });
    introductions(hit.start, edge);
  }
  introductions(index, undefined);
  const order = { reference: 0, preposition: 1, none: 2 };
  options.sort((a, b) => a.start - b.start || order[a.kind ?? 'none'] - order[b.kind ?? 'none']);
  return options[0];
}

function findDates(reader: TokenReader): Array<DateCandidate & { tokens: { start: number; end: number } }> {
  const candidates: Array<DateCandidate & { tokens: { start: number; end: number } }> = [];
  for (let index = 0; index < reader.tokens.length; ) {
    const core = dateCoreAt(reader, index);
    if (core === undefined) {
      index += 1;
      continue;
    }
    index = core.end;
    const between = yearRangeAfter(reader, core);
    if (between !== undefined) {
      candidates.push(between);
      index = between.tokens.end;
      continue;
    }
    const prefix = prefixBefore(reader, core.start);
    const introduced = prefix?.kind !== undefined;
    const edge = prefix?.edge !== undefined;
    // "2025. godine", "2016 year": a year named as a year is a date even without a preposition.
    const namedYear = core.bare && reader.at('yearWords', core.end) !== undefined;
    if (core.bare && !introduced && !edge && !namedYear) continue;
    const iso = isoDate(core.period, prefix?.edge === 'start');
    if (iso === undefined) continue;
    const yearWord = reader.at('yearWords', core.end);
    const end = yearWord?.end ?? core.end;
    const start = prefix !== undefined && (introduced || edge) ? prefix.start : core.start;
    // "Sendai Framework 2015–2030": years inside a name refer to it; they bound nothing.
    const kind = prefix?.kind === 'reference' || (!introduced && !edge && partOfName(reader, core.start)) ? 'reference' : 'deadline';
    const preposition = prefix?.kind === 'preposition' ? prefix.preposition : undefined;
    const ambiguousPreposition =
      preposition !== undefined && reader.before('ambiguousDatePrepositions', preposition.end).some((hit) => hit.start === preposition.start);
    candidates.push({
      date: iso,
      granularity: core.period.granularity,
      span: reader.span(start, end),
      tokens: { start, end },
      kind,
      ambiguous: kind === 'deadline' && !edge && (preposition === undefined || ambiguousPreposition),
    });
    index = end;
  }
  return candidates;
}

/** "between 1990 and 2015", "from 2021 to 2025", "с 2021 по 2025 год": a period, bounded by its last year. */
function yearRangeAfter(reader: TokenReader, core: DateCore): (DateCandidate & { tokens: { start: number; end: number } }) | undefined {
  if (!core.bare) return undefined;
  const opener = reader.before('rangeFrom', core.start)[0];
  const to = reader.at('rangeTo', core.end);
  if (opener === undefined || to === undefined) return undefined;
  const last = digitsAt(reader, to.end, isYear);
  if (last === undefined || last < core.period.year) return undefined;
  const yearWord = reader.at('yearWords', to.end + 1);
  const end = yearWord?.end ?? to.end + 1;
  return {
    date: `${last}-12-31`,
    granularity: 'year',
    span: reader.span(opener.start, end),
    tokens: { start: opener.start, end },
    kind: 'deadline',
    ambiguous: false,
  };
}

/**
 * Whether a year without a preposition belongs to a name before it: a capitalised word inside a
 * sentence or a document noun, possibly with a comma or dash between ("Sendai Framework
 * 2015–2030", "Strategic Framework, 2018-2021", "Road Employment Map – 2020").
 */
function partOfName(reader: TokenReader, index: number): boolean {
  let at = index;
  while (at > 0 && [',', '-', '\u2013', '\u2014'].includes(reader.tokens[at - 1]!.lower)) at -= 1;
  const previous = reader.tokens[at - 1];
  if (previous?.kind !== 'word') return false;
  if (reader.before('deliverables', at).length > 0) return true;
  const beforePrevious = reader.tokens[at - 2];
  if (beforePrevious === undefined || beforePrevious.lower === '.' || previous.lineBreak) return false;
  const first = reader.text.charAt(previous.start);
  return first !== first.toLowerCase();
}

function findFrames(reader: TokenReader): RelativeFrame[] {
  const frames: RelativeFrame[] = [];
  for (let index = 0; index < reader.tokens.length; index += 1) {
    const preposition = reader.at('framePrepositions', index);
    if (preposition === undefined) continue;
    let at = preposition.end;
    const next = reader.at('nextWords', at);
    if (next !== undefined) at = next.end;
    let multiplier: number | undefined;
    let counted = false;
    let article = false;
    const number = readNumber(reader, at);
    const numberWord = number === undefined ? reader.at('numberWords', at) : undefined;
    const articleHit = number === undefined && numberWord === undefined ? reader.at('articles', at) : undefined;
    let unitAt = at;
    if (number !== undefined) {
      multiplier = number.value;
      counted = true;
      unitAt = reader.skipJoiners(number.end);
    } else if (numberWord !== undefined) {
      multiplier = numberWord.key.value;
      counted = true;
      unitAt = reader.skipJoiners(numberWord.end);
    } else if (articleHit !== undefined) {
      article = true;
      unitAt = articleHit.end;
    }
    // "в течение пяти будущих лет", "five following years": the adjective may follow the count.
    const adjectiveAfterCount = counted && next === undefined ? reader.at('nextWords', unitAt) : undefined;
    if (adjectiveAfterCount !== undefined && reader.at('timeUnits', adjectiveAfterCount.end) !== undefined) unitAt = adjectiveAfterCount.end;
    let unit = reader.at('timeUnits', unitAt);
    if (unit === undefined && (counted || article)) {
      // The count may belong to something else ("in 3 branches"): try the unit straight after the preposition.
      unit = reader.at('timeUnits', at);
      counted = false;
      article = false;
    }
    if (unit === undefined) continue;
    if (!counted) {
      // "over the coming years" has no count: vague. "within a year", "в течение года", "next year": one unit.
      if (unit.key.plural) continue;
      if (next === undefined && !article && !reader.before('singleUnitFramePrepositions', preposition.end).some((hit) => hit.start === preposition.start))
        continue;
      multiplier = 1;
    }
    if (multiplier === undefined || !Number.isFinite(multiplier) || multiplier <= 0) continue;
    frames.push({ months: multiplier * unit.key.months, span: reader.span(index, unit.end) });
    index = unit.end - 1;
  }
  return frames;
}

/** The latest ISO date of a list ('' for none); ISO dates sort as strings. */
function latestDate(expressions: readonly DateExpression[]): string {
  return (
    expressions
      .map((expression) => expression.date)
      .sort()
      .at(-1) ?? ''
  );
}

function plainTerms(reader: TokenReader, list: 'vagueTime' | 'frequencies', taken: readonly Span[]): Array<{ span: Span }> {
  return reader
    .terms(list)
    .map((hit) => ({ span: reader.span(hit.start, hit.end) }))
    .filter((found) => !overlapsAny(found.span, taken));
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
export function findTimeExpressions(reader: TokenReader, today?: string): TimeExpressions {
  const candidates = findDates(reader);
  const latestDeadline = latestDate(candidates.filter((candidate) => candidate.kind === 'deadline'));
  const deadlines: DateExpression[] = [];
  const referenceDates: DateExpression[] = [];
  for (const { kind, ambiguous, tokens: _tokens, ...expression } of candidates) {
    if (kind === 'deadline' && !(ambiguous && expression.date < latestDeadline)) deadlines.push(expression);
    else referenceDates.push(expression);
  }
  const dateSpans = candidates.map((candidate) => candidate.span);
  const frames = findFrames(reader).filter((frame) => !overlapsAny(frame.span, dateSpans));
  // "by the end of the year", "в текущем году": a deadline without a year; the pace assumes one.
  const relative = reader
    .terms('relativeDeadlines')
    .map((hit) => ({ months: 12, span: reader.span(hit.start, hit.end) }))
    .filter(
      (frame) =>
        !overlapsAny(frame.span, dateSpans) &&
        !overlapsAny(
          frame.span,
          frames.map((other) => other.span),
        ),
    );
  const relativeFrames = [...frames, ...relative].sort(bySpan);
  const taken = dateSpans.concat(relativeFrames.map((frame) => frame.span));
  const frequencies = plainTerms(reader, 'frequencies', taken);
  const vagueTime = plainTerms(reader, 'vagueTime', taken.concat(frequencies.map((f) => f.span)));
  const latest = latestDate(deadlines);
  return {
    deadlines: deadlines.sort(bySpan),
    referenceDates: referenceDates.sort(bySpan),
    relativeFrames,
    vagueTime,
    frequencies,
    recurringTargets: [],
    deadlinePassed: today !== undefined && latest !== '' && latest < today,
  };
}
