import { plainAlternation } from './phrase-pattern.ts';
import { bySpan, overlapsAny } from './spans.ts';
import type { Quantity, Span, Vocabulary } from './types.ts';
import { OPTIONAL_GAP, PHRASE_GAP, WORD_END } from './word-boundary.ts';

/** Compiled quantity patterns of one vocabulary. */
export interface QuantityMatchers {
  /** Ratios, money, numbers with units, number words — one regex, named groups. */
  regex: RegExp;
  /** Source of one number in this locale (no capturing groups), reused by time expressions. */
  numberSource: string;
  numberWordsSource: string;
  numberWordValue: (text: string) => number | undefined;
  isUniversalWord: (text: string) => boolean;
  /** ISO code of a currency phrase; `original` is the same words in their original case. */
  currencyOf: (text: string, original: string) => string | undefined;
  scaleOf: (text: string) => number;
  parseNumber: (text: string) => number;
  /** `^…$` of the words opening/closing a range. */
  rangeFrom: RegExp;
  rangeTo: RegExp;
  descriptiveBefore: RegExp;
  durationAfter: RegExp;
}

function characterClass(characters: readonly string[]): string {
  return characters.map((character) => (character === ' ' ? '\\s' : character.replace(/[\\\]^-]/gu, '\\$&'))).join('');
}

/** Whether a currency phrase is an upper-case code or abbreviation that must match exactly ("ALL", "KM"). */
function isCaseSensitiveCode(phrase: string): boolean {
  return /^[A-Z$]{2,4}$/u.test(phrase);
}

function anchored(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${plainAlternation(phrases)})$`, 'u');
}

/**
 * Builds the quantity patterns of a vocabulary. Numbers use the locale's separators: a group
 * separator must be followed by exactly three digits, so "4,5" is a decimal in Russian and
 * "2,500" a thousand-grouped number in English.
 */
export function compileQuantityMatchers(vocabulary: Vocabulary): QuantityMatchers {
  const { groupSeparators, decimalSeparators } = vocabulary.numberFormat;
  const group = characterClass(groupSeparators.filter((separator) => !decimalSeparators.includes(separator)));
  const decimal = characterClass(decimalSeparators);
  const decimals = decimal === '' ? '' : `(?:[${decimal}]\\d+)?`;
  const grouped = group === '' ? '' : `\\d{1,3}(?:[${group}]\\d{3})+${decimals}(?!\\d)|`;
  const numberSource = `(?<![\\p{L}\\d]|\\d[.,])(?:${grouped}\\d+${decimals}(?!\\d))`;

  const numberWordPhrases = vocabulary.numberWords.flatMap((entry) => entry.phrases);
  const numberWordsSource = plainAlternation(numberWordPhrases);
  const scaleSource = plainAlternation(vocabulary.scaleWords.flatMap((entry) => entry.phrases));
  const currencySource = plainAlternation(vocabulary.currencies.flatMap((entry) => entry.phrases));
  const percentSource = `%|${plainAlternation(vocabulary.percentWords)}`;
  const pointsSource = plainAlternation(vocabulary.percentagePointWords);
  const ratioSource = plainAlternation(vocabulary.ratioWords);
  const scaled = (name: string) => `(?<${name}>${numberSource})(?:${OPTIONAL_GAP}(?<${name}Scale>${scaleSource}))?`;

  const source = [
    `(?<ratio>(?<ratioA>${numberSource})(?:${PHRASE_GAP}(?:${ratioSource})${PHRASE_GAP}|:)(?<ratioB>${numberSource}))`,
    `(?<currencyBefore>${currencySource})${OPTIONAL_GAP}${scaled('moneyAmount')}`,
    `${scaled('amount')}(?:${OPTIONAL_GAP}(?:(?<points>${pointsSource})|(?<percent>${percentSource})|(?<currencyAfter>${currencySource})))?`,
    `(?<word>${numberWordsSource})`,
  ].join('|');

  const wordMatchers = vocabulary.numberWords.map((entry) => ({ entry, regex: anchored(entry.phrases) }));
  const scaleMatchers = vocabulary.scaleWords.map((entry) => ({ entry, regex: anchored(entry.phrases) }));
  const currencyMatchers = vocabulary.currencies.map((entry) => ({
    id: entry.id,
    codes: entry.phrases.filter(isCaseSensitiveCode),
    regex: anchored(entry.phrases.filter((phrase) => !isCaseSensitiveCode(phrase)).concat(['\u0000never'])),
  }));
  const groupRemover = group === '' ? null : new RegExp(`[${group}]`, 'gu');
  const decimalFinder = decimal === '' ? null : new RegExp(`[${decimal}]`, 'u');
  const unitSource = plainAlternation(vocabulary.timeUnits.flatMap((unit) => unit.phrases));

  return {
    regex: new RegExp(source, 'gu'),
    numberSource,
    numberWordsSource,
    numberWordValue: (text) => wordMatchers.find(({ regex }) => regex.test(text))?.entry.value,
    isUniversalWord: (text) => wordMatchers.find(({ regex }) => regex.test(text))?.entry.universal === true,
    currencyOf: (text, original) =>
      currencyMatchers.find(({ codes, regex }) => codes.includes(original) || regex.test(text))?.id,
    scaleOf: (text) => scaleMatchers.find(({ regex }) => regex.test(text))?.entry.factor ?? 1,
    parseNumber: (text) => {
      let normalized = groupRemover === null ? text : text.replace(groupRemover, '');
      if (decimalFinder !== null) normalized = normalized.replace(decimalFinder, '.');
      return Number(normalized);
    },
    rangeFrom: new RegExp(`(?:${plainAlternation(vocabulary.range.from)})${PHRASE_GAP}$`, 'u'),
    rangeTo: new RegExp(`^${OPTIONAL_GAP}(?:${plainAlternation(vocabulary.range.to)}|[-–—])${OPTIONAL_GAP}$`, 'u'),
    descriptiveBefore: new RegExp(`(?:${plainAlternation(vocabulary.descriptiveDeterminers)})${PHRASE_GAP}$`, 'u'),
    durationAfter: new RegExp(`^(?:${OPTIONAL_GAP}|-)(?:${unitSource})${WORD_END}`, 'u'),
  };
}

/** A year-like bare number (1990–2100): a date, not a quantity, unless a noun follows it. */
function isBareYear(quantity: Quantity, raw: string): boolean {
  return quantity.kind === 'number' && /^\d{4}$/u.test(raw) && quantity.value >= 1990 && quantity.value <= 2100;
}

/**
 * Finds the quantities of a lower-cased text (`original`: the same text in its case, for
 * currency codes such as `ALL` that must match exactly), skipping those inside `excluded` spans (dates and time
 * frames, whose numbers are not quantities). Returns them in text order, ranges merged.
 *
 * @example
 * findQuantities('from 45% to 60%', 'from 45% to 60%', compileQuantityMatchers(ENGLISH_VOCABULARY), []);
 * // [{ kind: 'range', value: 60, from: 45, unit: 'percent', role: 'measure', span: { start: 0, end: 15 } }]
 */
export function findQuantities(text: string, original: string, matchers: QuantityMatchers, excluded: readonly Span[]): Quantity[] {
  const found: Quantity[] = [];
  const { regex } = matchers;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const groups = match.groups ?? {};
    const span = { start: match.index, end: match.index + match[0].length };
    if (groups.ratio !== undefined) {
      const denominator = matchers.parseNumber(groups.ratioB ?? '');
      if (denominator === 0) continue;
      found.push({ kind: 'ratio', value: matchers.parseNumber(groups.ratioA ?? '') / denominator, role: 'measure', span });
    } else if (groups.currencyBefore !== undefined) {
      const currency = matchers.currencyOf(groups.currencyBefore, original.slice(span.start, span.start + groups.currencyBefore.length));
      if (currency === undefined) {
        // A code spelt in the wrong case ("all 120 officers" is not Albanian lek): read on after it.
        const word = new RegExp(`^(?:${matchers.numberWordsSource})`, 'u').exec(groups.currencyBefore);
        if (word !== null) {
          const value = matchers.numberWordValue(word[0]) ?? 0;
          const wordSpan = { start: span.start, end: span.start + word[0].length };
          found.push({ kind: 'numberWord', value, ...(matchers.isUniversalWord(word[0]) ? { unit: 'fraction' } : {}), role: 'measure', span: wordSpan });
        }
        regex.lastIndex = span.start + groups.currencyBefore.length;
        continue;
      }
      const value = matchers.parseNumber(groups.moneyAmount ?? '') * matchers.scaleOf(groups.moneyAmountScale ?? '');
      found.push({ kind: 'money', value, currency, role: 'measure', span });
    } else if (groups.amount !== undefined) {
      const value = matchers.parseNumber(groups.amount) * matchers.scaleOf(groups.amountScale ?? '');
      if (groups.currencyAfter !== undefined) {
        const currency = matchers.currencyOf(groups.currencyAfter, original.slice(span.end - groups.currencyAfter.length, span.end));
        if (currency === undefined) {
          regex.lastIndex = span.start + groups.amount.length;
          found.push({ kind: 'number', value, role: 'measure', span: { start: span.start, end: regex.lastIndex } });
        } else {
          found.push({ kind: 'money', value, currency, role: 'measure', span });
        }
      } else if (groups.percent !== undefined) {
        found.push({ kind: 'percentage', value, unit: 'percent', role: 'measure', span });
      } else if (groups.points !== undefined) {
        found.push({ kind: 'percentage', value, unit: 'percentagePoint', role: 'measure', span });
      } else {
        const after = text.charAt(span.end);
        if (/\p{L}/u.test(after) && groups.amountScale === undefined) continue; // "3rd", "2nd"
        const quantity: Quantity = { kind: 'number', value, role: 'measure', span };
        if (isBareYear(quantity, match[0]) && !/^[\s\u00a0]+\p{L}/u.test(text.slice(span.end, span.end + 3))) continue;
        found.push(quantity);
      }
    } else if (groups.word !== undefined) {
      const value = matchers.numberWordValue(groups.word) ?? 0;
      found.push({ kind: 'numberWord', value, ...(matchers.isUniversalWord(groups.word) ? { unit: 'fraction' } : {}), role: 'measure', span });
    }
  }
  const kept = found.filter((quantity) => !overlapsAny(quantity.span, excluded)).sort(bySpan);
  return assignRoles(text, mergeRanges(text, kept, matchers), matchers);
}

const RANGE_KINDS = new Set(['number', 'percentage', 'money']);

function mergeRanges(text: string, quantities: Quantity[], matchers: QuantityMatchers): Quantity[] {
  const merged: Quantity[] = [];
  for (let index = 0; index < quantities.length; index += 1) {
    const first = quantities[index]!;
    const second = quantities[index + 1];
    if (second !== undefined && RANGE_KINDS.has(first.kind) && RANGE_KINDS.has(second.kind)) {
      const between = text.slice(first.span.end, second.span.start);
      const opener = matchers.rangeFrom.exec(text.slice(Math.max(0, first.span.start - 20), first.span.start));
      const dash = /^\s*[-–—]\s*$/u.test(between);
      if (matchers.rangeTo.test(between) && (opener !== null || dash)) {
        const unit = second.unit ?? first.unit;
        const currency = second.currency ?? first.currency;
        merged.push({
          kind: 'range',
          value: second.value,
          from: first.value,
          fromSpan: first.span,
          ...(unit === undefined ? {} : { unit }),
          ...(currency === undefined ? {} : { currency }),
          role: 'measure',
          span: { start: opener === null ? first.span.start : first.span.start - opener[0].length, end: second.span.end },
        });
        index += 1;
        continue;
      }
    }
    merged.push(first);
  }
  return merged;
}

function assignRoles(text: string, quantities: Quantity[], matchers: QuantityMatchers): Quantity[] {
  for (const quantity of quantities) {
    if (quantity.kind === 'range' || quantity.kind === 'percentage' || quantity.kind === 'money' || quantity.kind === 'ratio') continue;
    const before = text.slice(Math.max(0, quantity.span.start - 24), quantity.span.start);
    if (matchers.durationAfter.test(text.slice(quantity.span.end, quantity.span.end + 16))) {
      quantity.role = 'duration';
    } else if (matchers.descriptiveBefore.test(before)) {
      quantity.role = 'descriptive';
    }
  }
  return quantities;
}
