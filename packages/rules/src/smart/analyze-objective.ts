import { compileVocabulary } from './compile-vocabulary.ts';
import { detectLanguage } from './detect-language.ts';
import { findQuantities } from './quantities.ts';
import { bySpan, contains, overlaps, overlapsAny } from './spans.ts';
import { findTimeExpressions } from './time-expressions.ts';
import { readTokens, type TokenReader } from './token-reader.ts';
import type {
  AnalyzeOptions,
  AreaEvidence,
  Baseline,
  ObjectiveAnalysis,
  Quantity,
  SocialPerformanceArea,
  Span,
  TimeExpressions,
  VagueWord,
  Vocabulary,
} from './types.ts';
import { BCS_VOCABULARY } from './vocabulary/bcs.ts';
import { ENGLISH_VOCABULARY } from './vocabulary/en.ts';
import { RUSSIAN_VOCABULARY } from './vocabulary/ru.ts';

/** Texts longer than this are analyzed only up to it (the widget runs on every keystroke). */
export const DEFAULT_MAX_LENGTH = 2000;

/** The vocabularies shipped with the analyzer. */
export const BUILT_IN_VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.freeze({
  en: ENGLISH_VOCABULARY,
  ru: RUSSIAN_VOCABULARY,
  bs: BCS_VOCABULARY,
});

/** Language tags read with another built-in vocabulary: Croatian, Serbian and Montenegrin with the BCS one. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { hr: 'bs', sr: 'bs', cnr: 'bs', sh: 'bs' };

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const MAX_REPORTED_CONTROL_SPANS = 50;
/** How far after a baseline marker its value may start ("from 45%", "compared with 2024"). */
const BASELINE_VALUE_REACH = 24;

/** Comparators that are a target by themselves: "halve the exit rate", "double the number", "end extreme poverty" (to zero). */
export const RELATIVE_TARGETS: ReadonlySet<string> = new Set(['halve', 'double', 'triple', 'eliminate', 'aboveAverage']);

const AREA_ORDER: readonly SocialPerformanceArea[] = ['outreach', 'services', 'clientChange'];

const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
/** How many words may stand between "through", "посредством" and the indicator they introduce ("through basic financial education"). */
const MEANS_REACH = 3;

/**
 * Sentences as character spans: after `. ! ? ;` followed by white space or the end, and at
 * line breaks; not after the dot of an ordinal ("do kraja 2027. godine", "31. decembra").
 */
function sentenceBounds(reader: TokenReader): Span[] {
  const { tokens, text } = reader;
  const bounds: Span[] = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (next?.lineBreak === true) {
      bounds.push({ start, end: token.end });
      start = next.start;
      continue;
    }
    if (!SENTENCE_ENDS.has(token.lower) || (next !== undefined && !next.spaced)) continue;
    if (next !== undefined && SENTENCE_ENDS.has(next.lower)) continue;
    const nextText = next === undefined ? '' : text.slice(next.start, next.end);
    const ordinal =
      token.lower === '.' && tokens[index - 1]?.kind === 'number' && !token.spaced && next?.kind === 'word' && nextText === nextText.toLowerCase();
    if (ordinal) continue;
    bounds.push({ start, end: token.end });
    start = next?.start ?? token.end;
  }
  if (start < text.length || bounds.length === 0) bounds.push({ start, end: text.length });
  return bounds;
}

/** Words shorter than this are not read by their ending as a non-person ("gost", "kost"). */
const MIN_NON_PERSON_LENGTH = 6;

/** Whether a one-word term (tokens `start` to `end`) never names people by its ending ("zaposlenosti", "tržište"); a longer term is left to its list. */
function namesNoPerson(reader: TokenReader, start: number, end: number): boolean {
  const endings = reader.compiled.vocabulary.nonPersonEndings;
  const last = reader.tokens[end - 1];
  if (endings === undefined || last === undefined || last.kind !== 'word' || last.lower.length < MIN_NON_PERSON_LENGTH || end - start > 1) return false;
  return endings.some((ending) => last.lower.endsWith(ending));
}

/**
 * Nouns naming people, groups or organisations that no target group covers ("adults",
 * "citizens", "жителей", "poljoprivrednika"): from the vocabulary's population nouns and, where
 * it has them, agent suffixes ("-тель", "-nik"). They answer "whom" as well as a listed group.
 */
function populationSpans(reader: TokenReader, groups: readonly Span[], indicators: readonly Span[], quoted: readonly Span[]): Span[] {
  const found: Span[] = [];
  const taken = [...groups, ...indicators, ...quoted];
  for (const hit of reader.terms('populationNouns')) {
    if (namesNoPerson(reader, hit.start, hit.end)) continue;
    const span = reader.span(hit.start, hit.end);
    if (!overlapsAny(span, taken)) found.push(span);
  }
  const exceptions = reader.terms('agentExceptions').map((hit) => reader.span(hit.start, hit.end));
  reader.tokens.forEach((token, index) => {
    if (token.kind !== 'word' || !reader.compiled.isAgentNoun(reader.keys[index]!) || namesNoPerson(reader, index, index + 1)) return;
    const span = { start: token.start, end: token.end };
    if (!overlapsAny(span, taken) && !overlapsAny(span, exceptions) && !overlapsAny(span, found)) found.push(span);
  });
  return found;
}

/** Indicators of an economy or an institution (jobs, volumes, growth, ranks, portfolio, budget): they are computed over no population. */
const WITHOUT_POPULATION: ReadonlySet<string> = new Set([
  'employment',
  'volume',
  'growth',
  'rank',
  'loanPortfolio',
  'portfolioAtRisk',
  'disbursements',
  'budget',
]);

/** Pronouns by which a further change refers back to the people of an earlier one: "… and raise their incomes", "и их доходы", "i njihove prihode". */
const REFERRING_PRONOUNS: ReadonlySet<string> = new Set([
  'their',
  'them',
  'they',
  'whose',
  'их',
  'им',
  'ими',
  'они',
  'ih',
  'im',
  'njih',
  'njima',
  'oni',
  'one',
]);
const REFERRING_STEMS: readonly string[] = ['njihov', 'своих', 'своим', 'svoj'];

function referringPronounIn(reader: TokenReader, clause: Span): boolean {
  return reader.tokens.some((token, index) => {
    if (token.kind !== 'word' || token.start < clause.start || token.end > clause.end) return false;
    const key = reader.keys[index]!;
    return REFERRING_PRONOUNS.has(key) || REFERRING_STEMS.some((stem) => key.startsWith(stem));
  });
}

function firstSpanIn(clause: Span, spans: readonly Span[]): Span | undefined {
  return spans.filter((span) => contains(clause, span)).sort((a, b) => a.start - b.start)[0];
}

/** Shorter words with an infinitive's ending are mostly nouns ("сеть", "путь", "niti"). */
const MIN_INFINITIVE_LENGTH = 6;

/** Whether token `index` is an infinitive by its ending ("удовлетворять", "rješavati"), listed as a verb or not. */
function isInfinitive(reader: TokenReader, index: number): boolean {
  const endings = reader.compiled.vocabulary.infinitiveEndings;
  const key = reader.keys[index];
  if (endings === undefined || key === undefined || reader.tokens[index]!.kind !== 'word' || key.length < MIN_INFINITIVE_LENGTH) return false;
  return endings.some((ending) => key.endsWith(ending));
}

/**
 * Splits sentences further at a clause joiner ("and", "и") or a comma that a verb follows:
 * "Increase women clients to 60% by 2027 and improve the lives of our clients" is two
 * promises, one vague.
 */
function clauseBounds(reader: TokenReader, sentences: readonly Span[]): { clauses: Span[]; unlistedVerbs: Span[] } {
  const verbEndings = reader.compiled.vocabulary.verbEndings;
  const looksLikeVerb = (index: number) => verbEndings === undefined || verbEndings.some((ending) => (reader.keys[index] ?? '').endsWith(ending));
  const anyVerbAt = (index: number) =>
    reader.at('measurableVerbs', index) !== undefined || reader.at('clauseVerbs', index) !== undefined || reader.at('helpingVerbs', index) !== undefined;
  const verbAt = (index: number) => (anyVerbAt(index) && looksLikeVerb(index)) || isInfinitive(reader, index);
  // "достичь и поддерживать рост …": two verbs sharing one object are one change.
  const objectBefore = (index: number) => index > 0 && reader.tokens[index - 1]!.kind === 'word' && !anyVerbAt(index - 1);
  const gerunds = reader.compiled.vocabulary.gerundEndings ?? [];
  // ", increasing the number …", ", увеличив …": a gerund says how the change is made, not another change.
  const isGerund = (index: number) => gerunds.some((ending) => (reader.keys[index] ?? '').endsWith(ending));
  const joiners = reader
    .terms('clauseJoiners')
    .filter(
      (hit) => verbAt(hit.end) && (objectBefore(hit.start) || reader.tokens[hit.start - 1]?.kind === 'number' || reader.tokens[hit.start - 1]?.kind === 'sign'),
    )
    .map((hit) => ({ cut: reader.tokens[hit.start]!.start, verb: hit.end }));
  const commas = reader.tokens.flatMap((token, index) => {
    if (token.lower !== ',') return [];
    const joiner = reader.at('clauseJoiners', index + 1);
    const verb = joiner?.end ?? index + 1;
    return verbAt(verb) && !isGerund(verb) ? [{ cut: token.start, verb }] : [];
  });
  const opened = [...joiners, ...commas];
  const cuts = opened.map((opening) => opening.cut).sort((a, b) => a - b);
  // "и удовлетворять потребности …": an infinitive that no verb list names still opens a change.
  const unlistedVerbs = opened
    .filter((opening) => !anyVerbAt(opening.verb))
    .map((opening) => ({ start: reader.tokens[opening.verb]!.start, end: reader.tokens[opening.verb]!.end }));
  if (cuts.length === 0) return { clauses: [...sentences], unlistedVerbs };
  const clauses: Span[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    for (const cut of cuts) {
      if (cut <= start || cut >= sentence.end) continue;
      clauses.push({ start, end: cut });
      start = cut;
    }
    clauses.push({ start, end: sentence.end });
  }
  return { clauses, unlistedVerbs };
}

const QUOTE_PAIRS: ReadonlyArray<[open: string, close: string]> = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['"', '"'],
  ['„', '”'],
];
/** Names are quoted: at most this long, so a stray quotation mark does not hide a sentence. */
const MAX_QUOTED_LENGTH = 80;

function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = text.indexOf(open);
    while (from >= 0) {
      const to = text.indexOf(close, from + 1);
      if (to < 0) break;
      if (to - from <= MAX_QUOTED_LENGTH) spans.push({ start: from + 1, end: to });
      from = text.indexOf(open, to + 1);
    }
  }
  return spans;
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // Do not cut a surrogate pair in half.
  const code = text.charCodeAt(maxLength - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength);
}

function findControlCharacters(text: string): Span[] {
  const spans: Span[] = [];
  CONTROL_CHARACTER.lastIndex = 0;
  for (let match = CONTROL_CHARACTER.exec(text); match !== null && spans.length < MAX_REPORTED_CONTROL_SPANS; match = CONTROL_CHARACTER.exec(text)) {
    spans.push({ start: match.index, end: match.index + 1 });
  }
  return spans;
}

function timeSpans(time: TimeExpressions): Span[] {
  return [
    ...time.deadlines.map((d) => d.span),
    ...time.referenceDates.map((d) => d.span),
    ...time.relativeFrames.map((f) => f.span),
    ...time.frequencies.map((f) => f.span),
    ...time.vagueTime.map((v) => v.span),
  ];
}

/** Whether a number, a currency or a number word follows token `index`. */
function numberAhead(reader: TokenReader, index: number): boolean {
  const next = reader.tokens[index];
  if (next === undefined) return false;
  if (next.kind === 'number' || /^\p{Sc}$/u.test(next.lower)) return true;
  return reader.at('currencies', index) !== undefined || reader.at('numberWords', index) !== undefined;
}

/** Pronouns after "all" that stand for people: "all those who need it", "всех тех, кто", "svih onih koji". */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['those', 'who', 'whom', 'тех', 'те', 'кто', 'onih', 'oni', 'onima', 'koji', 'kojima']);

/**
 * Whether a universal word quantifies a following word that names no person: "all forms",
 * "всех уровнях", "svim nivoima" (as against "for all", "для всех,", "all those who", "all women").
 */
function quantifiesThing(reader: TokenReader, span: Span, persons: readonly Span[]): boolean {
  const index = reader.tokens.findIndex((token) => token.start >= span.end);
  const next = reader.tokens[index];
  if (next === undefined || next.kind !== 'word') return false;
  if (PERSON_PRONOUNS.has(reader.keys[index]!) || PERSON_PRONOUNS.has(next.lower)) return false;
  // "access for everyone to housing", "обеспечить всем доступ к жилью", "svima pristup": a pronoun, followed by a function word or by what it is given.
  const functionWord =
    reader.at('commonWords', index) !== undefined &&
    reader.at('ofWords', index) === undefined &&
    reader.at('articles', index) === undefined &&
    next.lower !== 'the';
  if (functionWord || reader.at('indicators', index)?.key.id === 'access') return false;
  return !overlapsAny({ start: next.start, end: next.end }, persons);
}

/** Whether a counted time frame after a change verb is the size of the change ("increase life expectancy by 2 years"). */
function sizesTheChange(reader: TokenReader, frame: Span, clauses: readonly Span[], quantities: readonly Quantity[]): boolean {
  const first = reader.tokens.findIndex((token) => token.start >= frame.start);
  if (reader.at('amountPrepositions', first) === undefined || reader.tokens[first + 1]?.kind !== 'number') return false;
  const clause = clauses.find((c) => c.start <= frame.start && frame.start < c.end);
  if (clause === undefined) return false;
  const clauseStart = reader.tokens.findIndex((token) => token.start >= clause.start);
  const verbBefore = reader.terms('measurableVerbs').some((hit) => hit.start >= clauseStart && hit.start < first);
  const otherTarget = quantities.some((q) => q.role === 'measure' && contains(clause, q.span));
  return verbBefore && !otherTarget;
}

/** Words before a name that make it the possessor: "the exports of Kazakhstan". */
const POSSESSIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['of']);
const INSTITUTION_ENDING = /(?:bank|банк|банка|банку|banka|banke)$/u;

/**
 * Names that own a quantity: "Kazakhstan's exports", "the exports of Kazakhstan", "экспорт
 * Казахстана", "izvoz Hrvatske". An economy-wide quantity is about the country, region or city
 * it is measured on; "in Tajikistan" (a place as such) is not one, nor an acronym ("EBRD") or a
 * bank's name.
 */
function possessorNames(reader: TokenReader, clauses: readonly Span[]): Span[] {
  const { tokens, text } = reader;
  const found: Span[] = [];
  const clauseStarts = new Set(clauses.map((clause) => clause.start));
  const afterNouns = reader.compiled.vocabulary.namesAfterNouns === true;
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.end - token.start < 3 || clauseStarts.has(token.start)) return;
    const word = text.slice(token.start, token.end);
    const first = word.charAt(0);
    if (first === first.toLowerCase() || word === word.toUpperCase() || INSTITUTION_ENDING.test(token.lower)) return;
    // "cilj Strategije …", "the goals of the Programme": a document's name owns nothing measured on people.
    if (reader.at('documentNouns', index) !== undefined || reader.at('fundingNouns', index) !== undefined || reader.at('commonWords', index) !== undefined)
      return;
    const previous = tokens[index - 1];
    if (previous === undefined || SENTENCE_ENDS.has(previous.lower) || previous.lineBreak) return;
    const apostrophe = tokens[index + 1];
    const possessive = apostrophe?.lower === "'" && !apostrophe.spaced && tokens[index + 2]?.lower === 's' && !tokens[index + 2]!.spaced;
    const ofName = previous.kind === 'word' && POSSESSIVE_PREPOSITIONS.has(previous.lower);
    const previousText = text.slice(previous.start, previous.end);
    const afterNoun =
      afterNouns &&
      previous.kind === 'word' &&
      previous.end - previous.start >= 4 &&
      previousText === previousText.toLowerCase() &&
      !anyVerbAt(reader, index - 1);
    if (possessive || ofName || afterNoun) found.push({ start: token.start, end: token.end });
  });
  return found;
}

function anyVerbAt(reader: TokenReader, index: number): boolean {
  return VERB_LISTS.some((list) => reader.at(list, index) !== undefined);
}

/** Whether token `index` is a noun made from a verb ("обеспечению", "development"). */
function isNominal(reader: TokenReader, index: number): boolean {
  const key = reader.keys[index] ?? '';
  return (reader.compiled.vocabulary.nominalEndings ?? []).some((ending) => key.endsWith(ending));
}

/** How many words may stand between a document noun and the indicator it is about ("programme for the employment of"). */
const DOCUMENT_TOPIC_REACH = 4;

/** Whether an indicator follows a document noun of its clause closely, with no verb or comma between: "программу по обеспечению занятости". */
function topicOfDocument(reader: TokenReader, indicator: Span, clause: Span): boolean {
  const first = reader.tokens.findIndex((token) => token.start >= indicator.start);
  const clauseStart = reader.tokens.findIndex((token) => token.start >= clause.start);
  return reader
    .terms('documentNouns')
    .some(
      (noun) =>
        noun.end <= first &&
        first - noun.end <= DOCUMENT_TOPIC_REACH &&
        noun.start >= clauseStart &&
        !anyVerbAt(reader, noun.start) &&
        !reader.tokens
          .slice(noun.end, first)
          .some((token, offset) => token.lower === ',' || (anyVerbAt(reader, noun.end + offset) && !isNominal(reader, noun.end + offset))),
    );
}

/** How far before a date a document's name may start ("Strategy for the development of small businesses for 2015–2020"). */
const DOCUMENT_NAME_REACH = 8;
const VERB_LISTS = ['measurableVerbs', 'helpingVerbs', 'clauseVerbs', 'commitmentVerbs', 'vagueWords'] as const;

/**
 * Whether a date follows a document noun of its clause closely, with no verb before that noun
 * or between it and the date: "Under the Sendai Framework 2015–2030, reduce …" (a name), as
 * against "Implement the strategy by 2030" and "The plan aims to reach 50% by 2030".
 */
function datesDocumentName(reader: TokenReader, date: Span, clauses: readonly Span[]): boolean {
  const first = reader.tokens.findIndex((token) => token.start >= date.start);
  if (first < 0) return false;
  const clause = clauses.find((c) => c.start <= date.start && date.start < c.end);
  const clauseStart = clause === undefined ? 0 : reader.tokens.findIndex((token) => token.start >= clause.start);
  const noun = reader
    .terms('documentNouns')
    .filter((hit) => hit.end <= first && hit.start >= Math.max(clauseStart, first - DOCUMENT_NAME_REACH))
    .at(-1);
  if (noun === undefined) return false;
  const verbEndings = reader.compiled.vocabulary.verbEndings;
  const isVerb = (index: number) =>
    !isNominal(reader, index) && (verbEndings === undefined || verbEndings.some((ending) => (reader.keys[index] ?? '').endsWith(ending)));
  const verbIn = (from: number, to: number) =>
    VERB_LISTS.some((list) => reader.terms(list).some((hit) => hit.start >= from && hit.start < to && isVerb(hit.start)));
  const commaBetween = reader.tokens.slice(noun.end, first).some((token) => token.lower === ',' || token.lower === ';');
  return !commaBetween && !verbIn(clauseStart, first);
}

/**
 * The noun of what an amount pays for, when the amount names the objective's input rather than
 * its target: followed by it ("a $2 million loan") or right after it ("kredit od 2 miliona KM"), no
 * verb before it in its clause commits to spending, lending or investing it ("Disburse a $2
 * million loan to …" is a target).
 */
function fundingInput(reader: TokenReader, amount: Span, clauses: readonly Span[]): Span | undefined {
  const after = reader.tokens.findIndex((token) => token.start >= amount.end);
  let first = reader.tokens.findIndex((token) => token.start >= amount.start);
  // "Kredit od 2 miliona KM …", "a loan of $2 million …": the noun may come first, one word before the amount.
  const nounBefore = [first - 1, first - 2].map((index) => reader.terms('fundingNouns').find((hit) => hit.end === index)).find((hit) => hit !== undefined);
  const nounAfter = after < 0 ? undefined : reader.at('fundingNouns', after);
  const noun = nounBefore ?? nounAfter;
  if (noun === undefined) return undefined;
  if (nounBefore !== undefined) first = nounBefore.start;
  const clause = clauses.find((c) => c.start <= amount.start && amount.start < c.end);
  const clauseStart = clause === undefined ? 0 : reader.tokens.findIndex((token) => token.start >= clause.start);
  const committed = VERB_LISTS.some((list) => reader.terms(list).some((hit) => hit.start >= clauseStart && hit.start < first));
  return committed ? undefined : reader.span(noun.start, noun.end);
}

/** Whether a loan or grant noun stands right before an amount ("loans of $500 to $5,000", "займы от 50 до 500 тысяч рублей"). */
function loanSizes(reader: TokenReader, amount: Span): boolean {
  const first = reader.tokens.findIndex((token) => token.start >= amount.start);
  return [first, first - 1].some((end) => reader.terms('fundingNouns').some((hit) => hit.end === end));
}

function findBaselines(reader: TokenReader, quantities: Quantity[], time: TimeExpressions): Baseline[] {
  const baselines: Baseline[] = [];
  for (const hit of reader.terms('baselines')) {
    if (hit.key.needsNumber && !numberAhead(reader, hit.end)) continue;
    const span = reader.span(hit.start, hit.end);
    const range = quantities.find((q) => q.kind === 'range' && q.from !== undefined && q.span.start === span.start);
    if (range !== undefined) {
      const unit = range.unit;
      baselines.push({ value: range.from ?? null, ...(unit === undefined ? {} : { unit }), span: { start: span.start, end: range.fromSpan?.end ?? span.end } });
      continue;
    }
    const reach = span.end + BASELINE_VALUE_REACH;
    const quantity = quantities.find((q) => q.span.start >= span.end && q.span.start <= reach);
    const date = time.referenceDates.find((d) => overlaps(d.span, span) || (d.span.start >= span.end && d.span.start <= reach));
    if (quantity !== undefined && (date === undefined || quantity.span.start < date.span.start)) {
      baselines.push({
        value: quantity.kind === 'range' ? (quantity.from ?? quantity.value) : quantity.value,
        ...(quantity.unit === undefined ? {} : { unit: quantity.unit }),
        span: { start: span.start, end: quantity.span.end },
      });
    } else if (date !== undefined) {
      baselines.push({
        value: Number(date.date.slice(0, 4)),
        unit: 'year',
        span: { start: Math.min(span.start, date.span.start), end: Math.max(span.end, date.span.end) },
      });
    } else {
      baselines.push({ value: null, span });
    }
  }
  return baselines;
}

/**
 * Analyzes the text of a social objective into facts with character spans: quantities,
 * comparators, deadlines and time frames, target groups, indicators, baselines, measurable
 * and vague verbs, and the social performance areas it serves. Pure and isomorphic; the result
 * is plain JSON-serialisable data. Spans index the original string (UTF-16 offsets).
 *
 * @example
 * const analysis = analyzeObjective('Increase the share of women among new clients from 45% to 60% by December 2027');
 * analysis.time.deadlines[0]?.date; // '2027-12-31'
 * analysis.quantities[0]; // { kind: 'range', value: 60, from: 45, fromSpan: { start: 51, end: 54 }, unit: 'percent', role: 'measure', span: { start: 46, end: 61 } }
 */
export function analyzeObjective(text: string, options: AnalyzeOptions = {}): ObjectiveAnalysis {
  const original = typeof text === 'string' ? text : '';
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head = truncate(original, maxLength);
  const vocabularies: Record<string, Vocabulary> = { ...BUILT_IN_VOCABULARIES, ...options.vocabularies };
  const counter = options.stepCounter;
  const detection = detectLanguage(head, vocabularies, counter);
  const asked = options.lang ?? (detection.detectedLang === 'und' ? undefined : detection.detectedLang);
  const requested = asked !== undefined && vocabularies[asked] === undefined ? (LANGUAGE_ALIASES[asked.split('-')[0]!] ?? asked.split('-')[0]) : asked;
  const fallback = detection.script === 'cyrillic' ? 'ru' : 'en';
  const chosen = requested === undefined ? undefined : vocabularies[requested];
  const vocabulary = chosen ?? vocabularies[fallback] ?? ENGLISH_VOCABULARY;
  const compiled = compileVocabulary(vocabulary);
  const reader = readTokens(head, compiled, counter);
  const controlCharacterSpans = findControlCharacters(original.slice(0, maxLength));

  const time = findTimeExpressions(reader, options.today);
  // «Национальная стратегия … до 2030 года»: a date inside a quoted name dates the name.
  const quotedNames = quotedSpans(head);
  const inName = (span: Span) => quotedNames.some((name) => contains(name, span) || (overlaps(name, span) && span.start >= name.start));
  time.referenceDates = [...time.referenceDates, ...time.deadlines.filter((deadline) => inName(deadline.span))].sort(bySpan);
  time.deadlines = time.deadlines.filter((deadline) => !inName(deadline.span));
  // "Strategy for 2015–2020 foresees …", "Стратегия развития до 2030 года предусматривает …", "Sendai Framework 2015–2030": the date names the document.
  const { clauses: sentences, unlistedVerbs } = clauseBounds(reader, sentenceBounds(reader));
  const namingDates = time.deadlines.filter((deadline) => datesDocumentName(reader, deadline.span, sentences));
  time.referenceDates = [...time.referenceDates, ...namingDates].sort(bySpan);
  time.deadlines = time.deadlines.filter((deadline) => !namingDates.includes(deadline));
  const taken = timeSpans(time);
  const quantities = findQuantities(reader, taken);
  // "A $2 million loan will increase the viability of …": the amount pays for the change, it does not measure it.
  // "increase life expectancy by 2 years", "produljiti za 6,5 godina": the years are how much the change is, when the clause has no other target.
  const changeSizes = time.relativeFrames.filter((frame) => sizesTheChange(reader, frame.span, sentences, quantities));
  time.relativeFrames = time.relativeFrames.filter((frame) => !changeSizes.includes(frame));
  for (const frame of changeSizes) quantities.push({ kind: 'number', value: frame.months / 12, unit: 'year', role: 'measure', span: frame.span });
  quantities.sort(bySpan);
  const fundingInputs: Span[] = [];
  for (const quantity of quantities) {
    // "займы от 50 до 500 тысяч рублей", "kredite od 5.000 do 20.000 KM": a range of amounts next to a loan is its size, whatever verb offers it.
    if (quantity.role === 'measure' && quantity.kind === 'range' && quantity.currency !== undefined && loanSizes(reader, quantity.span)) {
      quantity.role = 'descriptive';
      continue;
    }
    const input = quantity.role === 'measure' && quantity.kind === 'money' ? fundingInput(reader, quantity.span, sentences) : undefined;
    if (input === undefined) continue;
    quantity.role = 'descriptive';
    fundingInputs.push(input);
  }
  const spanOf = (hit: { start: number; end: number }): Span => reader.span(hit.start, hit.end);
  const comparators = reader
    .terms('comparators')
    .filter((hit) => !hit.key.needsNumber || numberAhead(reader, hit.end))
    .map((hit) => ({ id: hit.key.id, span: spanOf(hit) }))
    .filter((term) => !overlapsAny(term.span, taken))
    .filter((term) => !quantities.some((q) => q.kind === 'range' && contains(q.span, term.span)));
  // «Малое и среднее предпринимательство», "Road Employment Map – 2020": what is quoted is a name.
  // Quoted names, and phrases such as "per capita" / "po stanovniku", name nobody the change is for.
  const quoted = [...quotedSpans(head), ...reader.terms('notPopulations').map(spanOf)];
  const unquoted = <Hit extends { start: number; end: number }>(hits: readonly Hit[]): Hit[] => hits.filter((hit) => !overlapsAny(spanOf(hit), quoted));
  const groupTerms = unquoted(reader.terms('targetGroups')).filter((hit) => !namesNoPerson(reader, hit.start, hit.end));
  // "уровень жизни", "standard of living": a measure noun whose complement is vague is part of the vague phrase.
  const vaguePhrases = reader
    .terms('vagueWords')
    .map(spanOf)
    .filter((span) => reader.tokens.filter((token) => contains(span, token) && token.kind === 'word').length > 1);
  const inVaguePhrase = (span: Span) => vaguePhrases.some((phrase) => contains(phrase, span) && phrase.end - phrase.start > span.end - span.start);
  const indicatorTerms = unquoted(reader.terms('indicators'))
    .map((hit) => ({ key: hit.key, span: spanOf(hit) }))
    .filter((term) => !inVaguePhrase(term.span))
    // "кредитных специалистов" is a group, not the indicator "кредит*" inside it.
    .filter((term) => !groupTerms.some((g) => !g.key.generic && contains(spanOf(g), term.span)))
    // "Kredit od 2 miliona KM će …": the loan that pays for the change is not what changes.
    .filter((term) => !overlapsAny(term.span, fundingInputs));
  // "poverty rate", "life expectancy": the indicator carries whom it is computed over.
  const personIndicators = unquoted(reader.terms('populationIndicators')).map(spanOf);
  const clauseOf = (span: Span): Span => sentences.find((s) => s.start <= span.start && span.start < s.end) ?? { start: 0, end: head.length };
  // "The Bank has committed to …", "EBRD aims …": the actor who commits is not whom the change is for.
  const commitments = reader.terms('commitmentVerbs').map(spanOf);
  const isActor = (span: Span) =>
    commitments.some((verb) => verb.start >= span.end && contains(clauseOf(span), verb) && clauseOf(span).start === clauseOf(verb).start);
  const possessors = possessorNames(reader, sentences).filter(
    (span) => !overlapsAny(span, [...groupTerms.map(spanOf), ...indicatorTerms.map((term) => term.span), ...quoted, ...timeSpans(time)]) && !isActor(span),
  );
  const namedGroups = [
    ...groupTerms.map((hit) => ({ id: hit.key.id, generic: hit.key.generic, place: hit.key.place, span: spanOf(hit) })),
    ...populationSpans(
      reader,
      groupTerms.map(spanOf),
      indicatorTerms.map((term) => term.span),
      quoted,
    )
      .filter((span) => !isActor(span))
      .map((span) => ({ id: 'population', generic: false, place: false, span })),
    ...personIndicators.filter((span) => !overlapsAny(span, groupTerms.map(spanOf))).map((span) => ({ id: 'population', generic: false, place: false, span })),
    ...possessors.map((span) => ({ id: 'namedPlace', generic: false, place: false, span })),
    // "the bottom 40 per cent", "беднейших 40%": a share cut off by a threshold is a group of people.
    ...reader
      .terms('thresholdWords')
      .filter((hit) => numberAhead(reader, hit.end))
      .map(spanOf)
      .filter((span) => !overlapsAny(span, groupTerms.map(spanOf)))
      .map((span) => ({ id: 'population', generic: false, place: false, span })),
    // "for all", "для всех", "za sve": they say who (everyone), never how many.
  ];
  // "for all", "для всех": everyone. "на всех уровнях", "all forms of", "svim nivoima": "all" quantifies the noun after it, which names nobody.
  const everyone = quantities
    .filter(
      (q) =>
        q.role === 'universal' &&
        !quantifiesThing(
          reader,
          q.span,
          namedGroups.map((group) => group.span),
        ),
    )
    .map((q) => ({ id: 'everyone', generic: false, place: false, span: q.span }));
  const targetGroups = [...namedGroups, ...everyone].sort(bySpan);
  // As what, a person-level indicator counts when its clause measures it ("reduce poverty to 15%"); "foster financial inclusion" measures nothing.
  const fixedSpans = reader.terms('fixedExpressions').map(spanOf);
  const vagueHits = reader
    .terms('vagueWords')
    .map(spanOf)
    .filter((span) => !overlapsAny(span, fixedSpans));
  const vagueInClause = (span: Span) => vagueHits.some((vague) => contains(clauseOf(span), vague) && !contains(span, vague));
  const measuredIn = (span: Span) =>
    quantities.some((q) => q.role === 'measure' && contains(clauseOf(span), q.span)) ||
    comparators.some((c) => RELATIVE_TARGETS.has(c.id) && contains(clauseOf(span), c.span));
  // "Empower rural women through access to credit": what follows "through" says how, the change itself is vague.
  const meansAt = reader.terms('meansMarkers');
  const enablers = reader.terms('enablingWords');
  const tokenAt = (offset: number) => reader.tokens.findIndex((token) => token.start >= offset);
  // Right after the word: "support employment" supports an activity, "support the growth of …" names an outcome.
  const enabled = (span: Span) => enablers.some((word) => word.end === tokenAt(span.start));
  const isMeans = (span: Span) => {
    const first = tokenAt(span.start);
    return (
      vagueInClause(span) &&
      meansAt.some(
        (marker) =>
          marker.end <= first &&
          first - marker.end <= MEANS_REACH &&
          !reader.tokens.slice(marker.end, first).some((token) => SENTENCE_ENDS.has(token.lower) || token.lower === ','),
      )
    );
  };
  const indicators = [
    ...indicatorTerms
      .filter((term) => !isMeans(term.span))
      // "support and encourage the participation of all": access and participation count as what when measured or asked for plainly.
      .filter((term) => term.key.id !== 'access' || measuredIn(term.span) || !vagueInClause(term.span))
      // "provide microloans to rural women", "improve access to financing": an activity or input is a what only when its clause sets a target.
      .filter((term) => !term.key.needsMeasure || measuredIn(term.span))
      // "support employment of young people", "podrška zapošljavanju": support promises no result unless its clause sets one.
      .filter((term) => !enabled(term.span) || measuredIn(term.span))
      // "a programme for the employment of young people": what a document is about is no result unless its clause sets a target.
      .filter((term) => !topicOfDocument(reader, term.span, clauseOf(term.span)) || measuredIn(term.span))
      .map((term) => ({ id: term.key.id, span: term.span })),
    ...personIndicators
      .filter(
        (span) =>
          !overlapsAny(
            span,
            indicatorTerms.map((term) => term.span),
          ) &&
          (measuredIn(span) || !vagueInClause(span)),
      )
      .map((span) => ({ id: 'personLevel', span })),
  ].sort(bySpan);
  const baselines = findBaselines(reader, quantities, time);
  const isMeasure = (q: Quantity) => q.role === 'measure';
  const fixed = fixedSpans;
  // "help 5,000 farmers", "помочь 300 семьям": a helping verb with a target after it is a counted change.
  const helping = reader
    .terms('helpingVerbs')
    .map(spanOf)
    .filter((span) => quantities.some((q) => isMeasure(q) && q.span.start >= span.end && contains(clauseOf(span), q.span)));
  const vagueTerms = unquoted(reader.terms('vagueWords'))
    .map((hit) => ({ span: spanOf(hit) }))
    .filter((term) => !overlapsAny(term.span, taken) && !overlapsAny(term.span, fixed) && !overlapsAny(term.span, helping))
    // "housing improvement loan": a word inside an indicator's name is not a vague promise.
    .filter(
      (term) =>
        ![...indicatorTerms.map((indicator) => indicator.span), ...personIndicators].some(
          (span) => contains(span, term.span) && span.end - span.start > term.span.end - term.span.start,
        ),
    );
  const measurableVerbs = [
    ...reader
      .terms('measurableVerbs')
      .map((hit) => ({ span: spanOf(hit) }))
      .filter((verb) => !vagueTerms.some((vague) => contains(vague.span, verb.span))),
    ...helping.map((span) => ({ span })),
  ].sort(bySpan);
  const vagueSpans = vagueTerms
    .filter((vague) => !measurableVerbs.some((verb) => contains(verb.span, vague.span) && verb.span.end - verb.span.start > vague.span.end - vague.span.start))
    .map((vague) => vague.span);

  // A deliverable is promised when a verb puts it in the clause ("develop and implement a … framework"); "the programme comprises …" promises nothing.
  const verbSpans = [...reader.terms('measurableVerbs'), ...reader.terms('vagueWords'), ...reader.terms('helpingVerbs'), ...reader.terms('clauseVerbs')].map(
    spanOf,
  );
  const deliverables = reader
    .terms('deliverables')
    .filter((hit) => {
      const span = spanOf(hit);
      // "… kroz sprovođenje migracionih politika": a deliverable after a means marker says how a vague change is made.
      if (inVaguePhrase(span) || isMeans(span)) return false;
      const windowStart = reader.tokens[Math.max(0, hit.start - 6)]!.start;
      return (
        verbSpans.some((verb) => verb.end <= span.start && verb.start >= windowStart && contains(clauseOf(span), verb)) ||
        reader.tokens[hit.start]!.kind !== 'word' ||
        verbSpans.some((verb) => contains(verb, span))
      );
    })
    .map((hit) => ({ span: spanOf(hit) }));

  // A vague word is anchored when its clause holds a target quantity and something it measures.
  const vagueWords: VagueWord[] = vagueSpans.map((span) => {
    const clause = clauseOf(span);
    const inClause = (other: Span) => contains(clause, other);
    const anchored =
      (quantities.some((q) => isMeasure(q) && inClause(q.span)) || comparators.some((c) => RELATIVE_TARGETS.has(c.id) && inClause(c.span))) &&
      (indicators.some((i) => inClause(i.span)) || measurableVerbs.some((v) => inClause(v.span)) || comparators.some((c) => inClause(c.span)));
    return { span, anchored };
  });
  // A compound objective is specific only if every change names what: a vague clause next to others names none.
  // "end hunger", "halve poverty": a relative target is a change of its own.
  const clauseVerbSpans = [
    ...reader.terms('clauseVerbs').map(spanOf),
    ...unlistedVerbs,
    ...comparators.filter((c) => RELATIVE_TARGETS.has(c.id)).map((c) => c.span),
  ];
  const changeClauses = sentences.filter((clause) =>
    [...vagueSpans, ...measurableVerbs.map((verb) => verb.span), ...clauseVerbSpans].some((span) => contains(clause, span)),
  );
  const hasTarget = (clause: Span) =>
    quantities.some((q) => isMeasure(q) && contains(clause, q.span)) ||
    comparators.some((c) => RELATIVE_TARGETS.has(c.id) && contains(clause, c.span)) ||
    deliverables.some((d) => contains(clause, d.span));
  // … and measurable only if every change has its target: "end hunger and ensure access by all people" has one.
  const changesWithoutTarget =
    changeClauses.length < 2
      ? []
      : changeClauses
          .filter((clause) => !hasTarget(clause))
          .map(
            (clause) =>
              [...measurableVerbs.map((verb) => verb.span), ...clauseVerbSpans, ...vagueSpans]
                .filter((span) => contains(clause, span))
                .sort((a, b) => a.start - b.start)[0]!,
          )
          .filter((span) => span !== undefined);
  const changesWithoutWhat =
    changeClauses.length < 2
      ? []
      : changeClauses.filter((clause) => {
          const inClause = (other: Span) => contains(clause, other);
          const vagueHere = vagueWords.some((word) => !word.anchored && inClause(word.span));
          const what =
            indicators.some((i) => inClause(i.span)) ||
            deliverables.some((deliverable) => inClause(deliverable.span)) ||
            quantities.some((q) => isMeasure(q) && inClause(q.span));
          return vagueHere && !what;
        });
  // … and every change names whom it is for: "create 100,000 jobs and finance 1,300 firms" says it of the firms only.
  // A change measured on people shares the group of the others ("eliminate gender disparities … and ensure access … for the vulnerable").
  const changesWithoutWho =
    changeClauses.length < 2
      ? []
      : changeClauses
          .filter((clause) => {
            const inClause = (other: Span) => contains(clause, other);
            const measures = indicators.filter((indicator) => inClause(indicator.span));
            return (
              measures.length > 0 &&
              measures.every((indicator) => WITHOUT_POPULATION.has(indicator.id)) &&
              !targetGroups.some((group) => !group.place && inClause(group.span)) &&
              !referringPronounIn(reader, clause)
            );
          })
          .map((clause) => firstSpanIn(clause, [...measurableVerbs.map((verb) => verb.span), ...clauseVerbSpans, ...vagueSpans]))
          .filter((span) => span !== undefined);
  time.recurringTargets = time.frequencies.filter((frequency) => {
    const clause = clauseOf(frequency.span);
    return quantities.some((q) => isMeasure(q) && contains(clause, q.span)) || comparators.some((c) => RELATIVE_TARGETS.has(c.id) && contains(clause, c.span));
  });

  const evidence = new Map<SocialPerformanceArea, Span[]>();
  const addEvidence = (area: SocialPerformanceArea | undefined, span: Span) => {
    if (area === undefined) return;
    const list = evidence.get(area) ?? [];
    if (!list.some((existing) => existing.start === span.start && existing.end === span.end)) list.push(span);
    evidence.set(area, list);
  };
  for (const hit of groupTerms) if (!hit.key.generic) addEvidence(hit.key.area, spanOf(hit));
  for (const term of indicatorTerms) addEvidence(term.key.area, term.span);
  for (const hit of reader.terms('areas')) addEvidence(hit.key, spanOf(hit));
  const areas: AreaEvidence[] = AREA_ORDER.filter((area) => evidence.has(area)).map((area) => ({
    area,
    evidence: (evidence.get(area) ?? []).sort((a, b) => a.start - b.start || a.end - b.end),
  }));

  return {
    lang: options.lang ?? vocabulary.lang,
    detectedLang: detection.detectedLang,
    supportedLang: chosen !== undefined && (options.lang !== undefined || detection.detectedLang !== 'und'),
    length: original.length,
    analyzedLength: head.length,
    empty: original.trim() === '',
    tooLong: original.length > maxLength,
    controlCharacters: controlCharacterSpans.length > 0,
    controlCharacterSpans,
    quantities,
    comparators: comparators.sort(bySpan),
    time,
    targetGroups,
    indicators,
    baselines,
    actionVerbs: { measurableVerbs, vagueWords },
    vagueUnanchored: vagueWords.some((word) => !word.anchored),
    deliverables,
    changes: { count: changeClauses.length, withoutWhat: changesWithoutWhat, withoutTarget: changesWithoutTarget, withoutWho: changesWithoutWho },
    areas,
  };
}
