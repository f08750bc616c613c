import { describe, expect, it } from 'vitest';
import { analyzeObjective } from './analyze-objective.ts';
import type { Span, Vocabulary } from './types.ts';
import { ENGLISH_VOCABULARY } from './vocabulary/en.ts';

/** The words a span underlines. */
function words(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

describe('analyzeObjective — English', () => {
  const text = 'Increase the share of women among new clients from 45% to 60% by December 2027';
  const analysis = analyzeObjective(text);

  it('finds a percentage range with its baseline', () => {
    expect(analysis.quantities).toEqual([
      { kind: 'range', value: 60, from: 45, fromSpan: { start: 51, end: 54 }, unit: 'percent', role: 'measure', span: { start: 46, end: 61 } },
    ]);
    expect(words(text, analysis.quantities[0]!.span)).toBe('from 45% to 60%');
    expect(analysis.baselines.map((b) => [b.value, words(text, b.span)])).toEqual([[45, 'from 45%']]);
  });

  it('resolves the deadline to the end of the month', () => {
    expect(analysis.time.deadlines.map((d) => [d.date, d.granularity, words(text, d.span)])).toEqual([['2027-12-31', 'month', 'by December 2027']]);
  });

  it('finds groups, indicators, verbs and areas with spans', () => {
    expect(analysis.targetGroups.map((g) => [g.id, words(text, g.span)])).toEqual([
      ['women', 'women'],
      ['firstCycle', 'new clients'],
    ]);
    expect(analysis.indicators.map((i) => [i.id, words(text, i.span)])).toEqual([['share', 'share']]);
    expect(analysis.actionVerbs.measurableVerbs.map((v) => words(text, v.span))).toEqual(['Increase']);
    expect(analysis.actionVerbs.vagueWords).toEqual([]);
    expect(analysis.areas.map((a) => [a.area, a.evidence.map((s) => words(text, s))])).toEqual([['outreach', ['women', 'new clients']]]);
    expect(analysis.lang).toBe('en');
    expect(analysis.supportedLang).toBe(true);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('flags an unanchored vague verb and anchors one tied to a measure', () => {
    const weak = analyzeObjective('Improve the lives of our clients');
    expect(weak.actionVerbs.vagueWords.map((w) => [words('Improve the lives of our clients', w.span), w.anchored])).toEqual([
      ['Improve', false],
      ['lives', false],
    ]);
    expect(weak.vagueUnanchored).toBe(true);
    const anchored = analyzeObjective('Improve the repayment rate from 92% to 97% by 2027');
    expect(anchored.actionVerbs.vagueWords).toEqual([{ span: { start: 0, end: 7 }, anchored: true }]);
    expect(anchored.vagueUnanchored).toBe(false);
  });

  it.each([
    ['2,500 loans', { kind: 'number', value: 2500 }, '2,500'],
    ['2 500 loans', { kind: 'number', value: 2500 }, '2 500'],
    ['2\u00a0500 loans', { kind: 'number', value: 2500 }, '2\u00a0500'],
    ['a rate of 4.5', { kind: 'number', value: 4.5 }, '4.5'],
    ['60 %', { kind: 'percentage', value: 60, unit: 'percent' }, '60 %'],
    ['60 percent', { kind: 'percentage', value: 60, unit: 'percent' }, '60 percent'],
    ['by 2 percentage points', { kind: 'percentage', value: 2, unit: 'percentagePoint' }, '2 percentage points'],
    ['1 in 3 clients', { kind: 'ratio', value: 1 / 3 }, '1 in 3'],
    ['a 3:1 ratio', { kind: 'ratio', value: 3 }, '3:1'],
    ['loans of EUR 500', { kind: 'money', value: 500, currency: 'EUR' }, 'EUR 500'],
    ['loans of 500 KM', { kind: 'money', value: 500, currency: 'BAM' }, '500 KM'],
    ['loans of 1,000 som', { kind: 'money', value: 1000, currency: 'KGS' }, '1,000 som'],
    ['below $3 a day', { kind: 'money', value: 3, currency: 'USD' }, '$3'],
    ['EUR 2 million', { kind: 'money', value: 2_000_000, currency: 'EUR' }, 'EUR 2 million'],
    ['open two branches', { kind: 'numberWord', value: 2 }, 'two'],
    ['half of new clients', { kind: 'numberWord', value: 0.5 }, 'half'],
    ['between 40 and 50 loans', { kind: 'range', value: 50, from: 40 }, 'between 40 and 50'],
  ])('reads the quantity in %j', (input, expected, underlined) => {
    const [quantity] = analyzeObjective(input, { lang: 'en' }).quantities;
    expect(quantity).toMatchObject(expected);
    expect(words(input, quantity!.span)).toBe(underlined);
  });

  it('does not read "all" as the Albanian lek nor "km" as convertible marks', () => {
    const text = 'Train all 120 officers within 5 km';
    expect(analyzeObjective(text).quantities.map((q) => [q.kind, q.value, words(text, q.span)])).toEqual([
      ['numberWord', 1, 'all'],
      ['number', 120, '120'],
      ['number', 5, '5'],
    ]);
  });

  it('marks descriptive numbers and durations, and skips years', () => {
    const text = 'Through our 12 branches, after 10 years, since 2015, serve clients';
    const analysis = analyzeObjective(text);
    expect(analysis.quantities.map((q) => [q.role, words(text, q.span)])).toEqual([
      ['descriptive', '12'],
      ['duration', '10'],
    ]);
    expect(analysis.time.referenceDates.map((d) => words(text, d.span))).toEqual(['since 2015']);
    expect(analysis.time.deadlines).toEqual([]);
  });

  it.each([
    ['by December 2027', '2027-12-31', 'by December 2027'],
    ['on 31 December 2027', '2027-12-31', 'on 31 December 2027'],
    ['by December 31, 2027', '2027-12-31', 'by December 31, 2027'],
    ['by the end of Q2 2028', '2028-06-30', 'by the end of Q2 2028'],
    ['by the end of the second quarter of 2028', '2028-06-30', 'by the end of the second quarter of 2028'],
    ['in 2027', '2027-12-31', 'in 2027'],
    ['before the end of 2026', '2026-12-31', 'before the end of 2026'],
    ['by 2027', '2027-12-31', 'by 2027'],
    ['end of 2027', '2027-12-31', 'end of 2027'],
    ['by 31.12.2027', '2027-12-31', 'by 31.12.2027'],
    ['by the beginning of 2027', '2027-01-01', 'by the beginning of 2027'],
    ['by H1 2027', '2027-06-30', 'by H1 2027'],
  ])('resolves the deadline %j', (input, date, underlined) => {
    const text = `Reach 60% women ${input}.`;
    const [deadline] = analyzeObjective(text).time.deadlines;
    expect(deadline?.date).toBe(date);
    expect(words(text, deadline!.span)).toBe(underlined);
  });

  it('treats the earlier "in" year of a from–to statement as a reference', () => {
    const text = 'Raise it from 45% in 2024 to 60% in 2027';
    const { time } = analyzeObjective(text);
    expect(time.deadlines.map((d) => words(text, d.span))).toEqual(['in 2027']);
    expect(time.referenceDates.map((d) => words(text, d.span))).toEqual(['in 2024']);
  });

  it('finds relative frames, vague time and frequencies', () => {
    const text = 'Within 18 months, over the next two years, in the next 3 years, within a year, annually, as soon as possible, in the coming period, soon';
    const { time } = analyzeObjective(text);
    expect(time.relativeFrames.map((f) => [f.months, words(text, f.span)])).toEqual([
      [18, 'Within 18 months'],
      [24, 'over the next two years'],
      [36, 'in the next 3 years'],
      [12, 'within a year'],
    ]);
    expect(time.frequencies.map((f) => words(text, f.span))).toEqual(['annually']);
    expect(time.vagueTime.map((v) => words(text, v.span))).toEqual(['as soon as possible', 'in the coming period', 'soon']);
    expect(time.deadlines).toEqual([]);
  });

  it('says when the latest deadline has passed', () => {
    expect(analyzeObjective('Reach 60% by 2025', { today: '2026-01-15' }).time.deadlinePassed).toBe(true);
    expect(analyzeObjective('Reach 60% by 2027', { today: '2026-01-15' }).time.deadlinePassed).toBe(false);
  });

  it('finds comparators with spans', () => {
    const text = 'at least 40%, no more than 5%, below 3%, up to EUR 2,000, halve exits, double savings, increase by 10%, reduce by 2 points';
    expect(analyzeObjective(text).comparators.map((c) => [c.id, words(text, c.span)])).toEqual([
      ['atLeast', 'at least'],
      ['atMost', 'no more than'],
      ['below', 'below'],
      ['upTo', 'up to'],
      ['halve', 'halve'],
      ['double', 'double'],
      ['increaseBy', 'increase by'],
      ['reduceBy', 'reduce by'],
    ]);
  });
});

describe('analyzeObjective — Russian', () => {
  it('analyzes a strong objective with inflected words', () => {
    const text = 'Увеличить долю женщин среди новых клиентов с 45% до 60% к декабрю 2027 года';
    const analysis = analyzeObjective(text);
    expect(analysis.lang).toBe('ru');
    expect(analysis.quantities.map((q) => [q.kind, q.from, q.value, words(text, q.span)])).toEqual([['range', 45, 60, 'с 45% до 60%']]);
    expect(analysis.comparators).toEqual([]);
    expect(analysis.time.deadlines.map((d) => [d.date, words(text, d.span)])).toEqual([['2027-12-31', 'к декабрю 2027 года']]);
    expect(analysis.targetGroups.map((g) => [g.id, words(text, g.span)])).toEqual([
      ['women', 'женщин'],
      ['firstCycle', 'новых клиентов'],
    ]);
    expect(analysis.indicators.map((i) => [i.id, words(text, i.span)])).toEqual([['share', 'долю']]);
    expect(analysis.actionVerbs.measurableVerbs.map((v) => words(text, v.span))).toEqual(['Увеличить']);
    expect(analysis.baselines.map((b) => [b.value, words(text, b.span)])).toEqual([[45, 'с 45%']]);
  });

  it.each([
    ['до конца 2026 года', '2026-12-31'],
    ['к концу второго квартала 2028', '2028-06-30'],
    ['в 2027 году', '2027-12-31'],
    ['31 декабря 2027', '2027-12-31'],
    ['до 31.12.2027', '2027-12-31'],
  ])('resolves the deadline %j', (input, date) => {
    const text = `Довести долю женщин до 60% ${input}.`;
    const { deadlines } = analyzeObjective(text).time;
    expect(deadlines.map((d) => [d.date, words(text, d.span)])).toEqual([[date, input]]);
  });

  it('reads Russian numbers, money, percentages and comparators', () => {
    const text = 'не менее 4,5%, 2 500 сомов, 1000 рублей, 500 манат, 60 процентов, не более 3%, вдвое, увеличить на 10%, две трети';
    const analysis = analyzeObjective(text);
    expect(analysis.quantities.map((q) => [q.kind, q.value, q.currency ?? q.unit, words(text, q.span)])).toEqual([
      ['percentage', 4.5, 'percent', '4,5%'],
      ['money', 2500, 'KGS', '2 500 сомов'],
      ['money', 1000, 'RUB', '1000 рублей'],
      ['money', 500, 'AZN', '500 манат'],
      ['percentage', 60, 'percent', '60 процентов'],
      ['percentage', 3, 'percent', '3%'],
      ['percentage', 10, 'percent', '10%'],
      ['numberWord', 2, undefined, 'две'],
      ['numberWord', 1 / 3, undefined, 'трети'],
    ]);
    expect(analysis.comparators.map((c) => [c.id, words(text, c.span)])).toEqual([
      ['atLeast', 'не менее'],
      ['atMost', 'не более'],
      ['halve', 'вдвое'],
      ['increaseBy', 'увеличить на'],
    ]);
  });

  it('finds Russian frames, vague time and reference years', () => {
    const text = 'в течение 18 месяцев, за ближайшие два года, в ближайшее время, в перспективе, как можно скорее, ежегодно, с 2015 года';
    const { time } = analyzeObjective(text);
    expect(time.relativeFrames.map((f) => [f.months, words(text, f.span)])).toEqual([
      [18, 'в течение 18 месяцев'],
      [24, 'за ближайшие два года'],
    ]);
    expect(time.vagueTime.map((v) => words(text, v.span))).toEqual(['в ближайшее время', 'в перспективе', 'как можно скорее']);
    expect(time.frequencies.map((f) => words(text, f.span))).toEqual(['ежегодно']);
    expect(time.referenceDates.map((d) => words(text, d.span))).toEqual(['с 2015 года']);
    expect(time.deadlines).toEqual([]);
  });

  it('flags Russian vague verbs', () => {
    const text = 'Улучшить жизнь наших клиентов и содействовать их развитию';
    const analysis = analyzeObjective(text);
    expect(analysis.actionVerbs.vagueWords.map((w) => [words(text, w.span), w.anchored])).toEqual([
      ['Улучшить', false],
      ['жизнь', false],
      ['содействовать', false],
      ['развитию', false],
    ]);
    expect(analysis.vagueUnanchored).toBe(true);
  });

  it('matches ё and е alike', () => {
    const text = 'Увеличить число заёмщиков и заемщиков';
    expect(analyzeObjective(text).targetGroups.map((g) => words(text, g.span))).toEqual(['заёмщиков', 'заемщиков']);
  });
});

describe('analyzeObjective — bad input', () => {
  it('reports an empty text', () => {
    const analysis = analyzeObjective('   ');
    expect(analysis).toMatchObject({ empty: true, length: 3, quantities: [], tooLong: false, controlCharacters: false });
  });

  it('truncates 100 kB and says so', () => {
    const text = 'Increase the share of women to 60% by 2027. '.repeat(2500);
    const analysis = analyzeObjective(text);
    expect(analysis).toMatchObject({ tooLong: true, length: text.length, analyzedLength: 2000 });
    expect(analysis.quantities.every((q) => q.span.end <= 2000)).toBe(true);
  });

  // Speed is the benchmark's business; the test timeout catches a hang.
  it('does not hang on adversarial input', () => {
    const text = `${'1 '.repeat(5000)}${'a'.repeat(5000)}${'2,'.repeat(5000)}`;
    expect(analyzeObjective(text, { maxLength: 20000 })).toMatchObject({ tooLong: true, analyzedLength: 20000 });
  });

  it('reports control characters without crashing', () => {
    const text = 'Reach 60%\u0000 women\u0007 by 2027';
    const analysis = analyzeObjective(text);
    expect(analysis.controlCharacters).toBe(true);
    expect(analysis.controlCharacterSpans).toEqual([
      { start: 9, end: 10 },
      { start: 16, end: 17 },
    ]);
    expect(analysis.time.deadlines.map((d) => words(text, d.span))).toEqual(['by 2027']);
  });

  it('says a German text is not in a supported language', () => {
    const analysis = analyzeObjective('Erhöhung des Anteils der Frauen an den Neukunden von 45 % auf 60 % bis Dezember 2027');
    expect(analysis).toMatchObject({ detectedLang: 'und', supportedLang: false, lang: 'en' });
  });

  it('says an unknown requested language is not supported', () => {
    expect(analyzeObjective('Erhöhung des Anteils der Frauen auf 60 % bis 2027', { lang: 'de' })).toMatchObject({ lang: 'de', supportedLang: false });
  });

  it('accepts a vocabulary supplied as data', () => {
    const bosnian: Vocabulary = {
      ...ENGLISH_VOCABULARY,
      lang: 'bs',
      numberFormat: { groupSeparators: ['.'], decimalSeparators: [','] },
      targetGroups: [{ id: 'women', phrases: ['žen*'] }],
      measurableVerbs: ['povećat*'],
      deadlinePrepositions: ['do'],
    };
    const text = 'Povećati udio žena na 2.500 klijentica do 2027.';
    const analysis = analyzeObjective(text, { lang: 'bs', vocabularies: { bs: bosnian } });
    expect(analysis.supportedLang).toBe(true);
    expect(analysis.targetGroups.map((g) => words(text, g.span))).toEqual(['žena']);
    expect(analysis.quantities.map((q) => q.value)).toEqual([2500]);
    expect(analysis.time.deadlines.map((d) => words(text, d.span))).toEqual(['do 2027']);
  });
});
