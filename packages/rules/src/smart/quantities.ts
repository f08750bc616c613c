import { bySpan, overlapsAny } from './spans.ts';
import type { TokenReader } from './token-reader.ts';
import type { Quantity, Span } from './types.ts';

/** A number read from tokens: its value and the token after it. */
export interface ReadNumber {
  value: number;
  end: number;
  /** Whether it is written as four digits 1990–2100 (a year, unless a noun follows). */
  yearLike: boolean;
}

const SPACE_SEPARATORS = new Set([' ', '\u00a0', '\u202f']);
const CURRENCY_SIGN = /^\p{Sc}$/u;

/**
 * Reads one number at token `index` in the vocabulary's locale: a group separator must be
 * followed by exactly three digits, so "4,5" is a decimal in Russian and "2,500" a
 * thousand-grouped number in English. A number glued to a letter before it (`PAR30`) or
 * continuing another number (`4.5.6`) is not read.
 */
export function readNumber(reader: TokenReader, index: number): ReadNumber | undefined {
  const { tokens, compiled } = reader;
  const first = tokens[index];
  if (first?.kind !== 'number') return undefined;
  const previous = tokens[index - 1];
  if (previous !== undefined && !first.spaced) {
    if (previous.kind === 'word' || previous.kind === 'number') return undefined;
    if ((previous.lower === '.' || previous.lower === ',') && tokens[index - 2]?.kind === 'number' && !previous.spaced) return undefined;
  }
  let digits = first.lower;
  let end = index + 1;
  if (first.lower.length <= 3) {
    for (;;) {
      const separator = tokens[end];
      if (separator === undefined) break;
      if (separator.kind === 'number' && separator.lower.length === 3 && separator.spaced) {
        const gap = reader.gap(end);
        if (gap.length === 1 && SPACE_SEPARATORS.has(gap) && (compiled.groupSeparators.has(gap) || (gap !== ' ' && compiled.groupSeparators.has(' ')))) {
          digits += separator.lower;
          end += 1;
          continue;
        }
        break;
      }
      const group = tokens[end + 1];
      if (
        separator.kind === 'sign' &&
        !separator.spaced &&
        compiled.groupSeparators.has(separator.lower) &&
        group?.kind === 'number' &&
        group.lower.length === 3 &&
        !group.spaced &&
        tokens[end + 2]?.kind !== 'number'
      ) {
        digits += group.lower;
        end += 2;
        continue;
      }
      break;
    }
  }
  let decimals = '';
  const point = tokens[end];
  const fraction = tokens[end + 1];
  if (point?.kind === 'sign' && !point.spaced && compiled.decimalSeparators.has(point.lower) && fraction?.kind === 'number' && !fraction.spaced) {
    decimals = `.${fraction.lower}`;
    end += 2;
  }
  const value = Number(`${digits}${decimals}`);
  return { value, end, yearLike: end === index + 1 && digits.length === 4 && value >= 1990 && value <= 2100 };
}

/** A number with an optional scale word after it ("2 million", "5 тыс."). */
function readScaled(reader: TokenReader, index: number): { value: number; end: number; scaled: boolean; yearLike: boolean } | undefined {
  const number = readNumber(reader, index);
  if (number === undefined) return undefined;
  const scale = reader.at('scaleWords', number.end);
  if (scale === undefined) return { ...number, scaled: false };
  return { value: number.value * scale.key, end: scale.end, scaled: true, yearLike: false };
}

interface Found extends Quantity {
  /** Token range, for merging ranges and reading what is around. */
  tokens: { start: number; end: number };
}

function readQuantityAt(reader: TokenReader, index: number): Found | undefined {
  const { tokens } = reader;
  const make = (quantity: Omit<Quantity, 'span'>, end: number): Found => ({ ...quantity, span: reader.span(index, end), tokens: { start: index, end } });
  const number = readNumber(reader, index);
  if (number !== undefined) {
    // "1 in 3", "3:1"
    const ratioWord = reader.at('ratioWords', number.end);
    const colon = tokens[number.end]?.lower === ':' && !tokens[number.end]!.spaced ? number.end + 1 : undefined;
    const denominatorAt = ratioWord !== undefined && tokens[number.end]!.spaced && tokens[ratioWord.end]?.spaced === true ? ratioWord.end : colon;
    if (denominatorAt !== undefined && (colon === undefined || !tokens[denominatorAt]?.spaced)) {
      const denominator = readNumber(reader, denominatorAt);
      if (denominator !== undefined && denominator.value !== 0)
        return make({ kind: 'ratio', value: number.value / denominator.value, role: 'measure' }, denominator.end);
    }
  }
  const currencyBefore = reader.at('currencies', index);
  if (currencyBefore !== undefined) {
    const amount = readScaled(reader, currencyBefore.end);
    if (amount !== undefined) return make({ kind: 'money', value: amount.value, currency: currencyBefore.key, role: 'measure' }, amount.end);
  }
  // A currency sign the vocabulary does not list ("₲ 500") is still money, of an unknown currency.
  if (tokens[index]?.kind === 'sign' && CURRENCY_SIGN.test(tokens[index]!.lower)) {
    const amount = readScaled(reader, index + 1);
    if (amount !== undefined) return make({ kind: 'money', value: amount.value, currency: 'XXX', role: 'measure' }, amount.end);
  }
  const amount = readScaled(reader, index);
  if (amount !== undefined) {
    const points = reader.at('percentagePointWords', amount.end);
    if (points !== undefined) return make({ kind: 'percentage', value: amount.value, unit: 'percentagePoint', role: 'measure' }, points.end);
    const percentEnd = tokens[amount.end]?.lower === '%' ? amount.end + 1 : reader.at('percentWords', amount.end)?.end;
    if (percentEnd !== undefined) return make({ kind: 'percentage', value: amount.value, unit: 'percent', role: 'measure' }, percentEnd);
    const currencyAfter = reader.at('currencies', amount.end);
    if (currencyAfter !== undefined) return make({ kind: 'money', value: amount.value, currency: currencyAfter.key, role: 'measure' }, currencyAfter.end);
    const after = tokens[amount.end];
    // "3rd", "2nd": a number glued to letters is not a quantity.
    if (after?.kind === 'word' && !after.spaced && !amount.scaled) return undefined;
    // A bare year is a date, not a quantity, unless a noun follows it.
    if (amount.yearLike && !(after?.kind === 'word' && after.spaced && /^[ \u00a0]+$/u.test(reader.gap(amount.end)))) return undefined;
    return make({ kind: 'number', value: amount.value, role: 'measure' }, amount.end);
  }
  const word = reader.at('numberWords', index);
  if (word !== undefined) {
    return make({ kind: 'numberWord', value: word.key.value, ...(word.key.universal ? { unit: 'fraction' } : {}), role: 'measure' }, word.end);
  }
  return undefined;
}

/**
 * Finds the quantities of a text — numbers, percentages, money, ratios, ranges and number
 * words — skipping those inside `excluded` spans (dates and time frames, whose numbers are not
 * quantities). Returns them in text order, ranges merged, each with its role.
 *
 * @example
 * findQuantities(readTokens('from 45% to 60%', compileVocabulary(ENGLISH_VOCABULARY)), []);
 * // [{ kind: 'range', value: 60, from: 45, unit: 'percent', role: 'measure', span: { start: 0, end: 15 } }]
 */
export function findQuantities(reader: TokenReader, excluded: readonly Span[]): Quantity[] {
  const found: Found[] = [];
  for (let index = 0; index < reader.tokens.length; ) {
    const quantity = readQuantityAt(reader, index);
    if (quantity === undefined) {
      index += 1;
      continue;
    }
    found.push(quantity);
    index = quantity.tokens.end;
  }
  const kept = found.filter((quantity) => !overlapsAny(quantity.span, excluded)).sort(bySpan);
  return assignRoles(reader, mergeRanges(reader, kept)).map(({ tokens: _tokens, ...quantity }) => quantity);
}

const RANGE_KINDS = new Set(['number', 'percentage', 'money']);
const DASHES = new Set(['-', '\u2013', '\u2014']);

function mergeRanges(reader: TokenReader, quantities: Found[]): Found[] {
  const merged: Found[] = [];
  for (let index = 0; index < quantities.length; index += 1) {
    const first = quantities[index]!;
    const second = quantities[index + 1];
    if (second !== undefined && RANGE_KINDS.has(first.kind) && RANGE_KINDS.has(second.kind)) {
      const betweenCount = second.tokens.start - first.tokens.end;
      const dash = betweenCount === 1 && DASHES.has(reader.tokens[first.tokens.end]!.lower);
      const toWord = reader.at('rangeTo', first.tokens.end);
      const opener = reader.before('rangeFrom', first.tokens.start)[0];
      // "aged 18 to 30": an age word opens the range as "from" does.
      const aged = reader.before('ageWords', first.tokens.start).length > 0;
      if ((dash || toWord?.end === second.tokens.start) && (opener !== undefined || dash || aged)) {
        const unit = second.unit ?? first.unit;
        const currency = second.currency ?? first.currency;
        const start = opener === undefined ? first.tokens.start : opener.start;
        merged.push({
          kind: 'range',
          value: second.value,
          from: first.value,
          fromSpan: first.span,
          ...(unit === undefined ? {} : { unit }),
          ...(currency === undefined ? {} : { currency }),
          role: 'measure',
          span: { start: reader.tokens[start]!.start, end: second.span.end },
          tokens: { start, end: second.tokens.end },
        });
        index += 1;
        continue;
      }
    }
    merged.push(first);
  }
  return merged;
}

const LABEL_ENDS = new Set(['.', ')', ':']);

/**
 * "Objective 1.", "Target 1.A:", "Цель 2", or "1." / "2)" opening a line: the number of a list
 * item. A label word counts when it opens a line or is capitalised, so "the target 5,000" stays
 * a target.
 */
function isLabel(reader: TokenReader, quantity: Found): boolean {
  const { tokens, text } = reader;
  const start = quantity.tokens.start;
  const opensLine = (index: number) => index === 0 || tokens[index]!.lineBreak;
  const labelWord = reader.before('labelWords', start)[0];
  if (labelWord !== undefined) {
    const first = text.charAt(tokens[labelWord.start]!.start);
    if (opensLine(labelWord.start) || first !== first.toLowerCase()) return true;
  }
  if (!opensLine(start)) return false;
  if (LABEL_ENDS.has(tokens[quantity.tokens.end]?.lower ?? '')) return true;
  // "4.1 By 2030, …", "1.2 Повысить …": a dotted number opening a line before a capitalised word.
  const next = tokens[quantity.tokens.end];
  const nextText = next === undefined ? '' : text.slice(next.start, next.end);
  return text.slice(quantity.span.start, quantity.span.end).includes('.') && next?.kind === 'word' && next.spaced && nextText !== nextText.toLowerCase();
}

/** Whether a group word comes right before token `index` ("mladih do 35 godina"): the number is an age. */
function groupBefore(reader: TokenReader, index: number): boolean {
  return (
    reader.before('targetGroups', index).length > 0 ||
    reader.before('populationNouns', index).length > 0 ||
    (index > 0 && reader.tokens[index - 1]!.kind === 'word' && reader.compiled.isAgentNoun(reader.keys[index - 1]!))
  );
}

/** Whether a word naming people follows token `index` ("… 100 employees", "… тремя детьми"). */
function personAt(reader: TokenReader, index: number): boolean {
  const token = reader.tokens[index];
  if (token === undefined || token.kind !== 'word') return false;
  return (
    reader.at('targetGroups', index) !== undefined || reader.at('populationNouns', index) !== undefined || reader.compiled.isAgentNoun(reader.keys[index]!)
  );
}

/**
 * "firms with up to one hundred employees", "семьи с тремя и более детьми", "preduzeća sa do 50
 * zaposlenih": a count of people after "with" defines whom it is about; it is no target.
 */
function definesGroup(reader: TokenReader, start: number, end: number): boolean {
  const comparator = reader.before('comparators', start)[0] ?? reader.before('rangeTo', start)[0];
  const beforeCount = comparator?.start ?? start;
  const qualifier = reader.before('groupQualifiers', beforeCount)[0];
  if (qualifier === undefined) return false;
  const after = reader.at('comparators', end)?.end ?? end;
  return personAt(reader, after) || personAt(reader, end);
}

function assignRoles(reader: TokenReader, quantities: Found[]): Found[] {
  for (const quantity of quantities) {
    const { start, end } = quantity.tokens;
    if (quantity.kind === 'money' && reader.at('thresholdUnits', end) !== undefined) {
      quantity.role = 'threshold';
      continue;
    }
    // "aged 15–24", "the bottom 40 per cent": the number delimits a group.
    if (reader.before('ageWords', start).length > 0) {
      quantity.role = 'descriptive';
      continue;
    }
    if (definesGroup(reader, start, end)) {
      quantity.role = 'descriptive';
      continue;
    }
    // "at an interest rate of 8% per annum", "под 8% годовых": a product's price, not a result to reach.
    if (reader.before('priceWords', start).length > 0) {
      quantity.role = 'descriptive';
      continue;
    }
    if (reader.before('thresholdWords', start).length > 0) {
      quantity.role = 'threshold';
      continue;
    }
    if (quantity.kind === 'range' && reader.at('timeUnits', reader.skipJoiners(end)) !== undefined) {
      // "15–24 years" is an age band, not a target.
      quantity.role = 'descriptive';
      continue;
    }
    if (quantity.kind === 'range' || quantity.kind === 'percentage' || quantity.kind === 'money' || quantity.kind === 'ratio') continue;
    if (quantity.kind === 'numberWord' && quantity.unit === 'fraction' && quantity.value === 1) {
      // "all", "для всех", "za sve" say who, never how many.
      quantity.role = 'universal';
    } else if (quantity.kind === 'number' && isLabel(reader, quantity)) {
      quantity.role = 'label';
    } else if (reader.at('timeUnits', reader.skipJoiners(end)) !== undefined) {
      // "to 78 years" is a target value, "mladih do 35 godina" an age, "for 10 years" a duration.
      const toWord = reader.before('rangeTo', start)[0] ?? reader.before('comparators', start)[0];
      if (toWord === undefined) quantity.role = 'duration';
      else if (groupBefore(reader, toWord.start) && !reader.terms('populationIndicators').some((hit) => hit.end <= start && hit.end >= start - 8))
        quantity.role = 'descriptive';
    } else if (reader.before('descriptiveDeterminers', start).length > 0) {
      quantity.role = 'descriptive';
    }
  }
  return quantities;
}
