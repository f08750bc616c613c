import type { FromSchema } from 'json-schema-to-ts';

/**
 * One phrase: up to 8 words separated by single spaces, each word letters, digits and a few
 * signs; `*` at the end of a word makes it a stem. The pattern is deterministic (a word
 * cannot contain a space, so each word's run ends where the next begins): it checks any
 * string in one pass, however long. A word made only of hyphens joins nothing and is refused.
 */
const WORD = "(?![-\u2010\u2011\u2013]+(?: |$))[\\p{L}\\p{M}\\p{N}\\p{Sc}.,'’%&/:>\u2010\u2011\u2013-]+(?:(?<=[\\p{L}\\p{M}])\\*)?";
const PHRASE_PATTERN = `^${WORD}(?: ${WORD}){0,7}$`;

const phrase = {
  type: 'string',
  minLength: 1,
  maxLength: 80,
  pattern: PHRASE_PATTERN,
  description: "Words separated by single spaces; `*` ends a stem (`women*`); a hyphen joins words (`first-cycle` also matches 'first cycle').",
} as const;

const phrases = (description: string, maxItems = 400) => ({ type: 'array', maxItems, items: phrase, description }) as const;

const area = { enum: ['outreach', 'services', 'clientChange'], description: 'The social performance area this term is evidence for.' } as const;
const termId = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9-]{0,40}$' } as const;
const number = { type: 'number', minimum: -1e12, maximum: 1e12 } as const;

const entries = <const Properties extends Record<string, unknown>, const Required extends string>(
  properties: Properties,
  required: readonly Required[],
  description: string,
) =>
  ({
    type: 'array',
    maxItems: 200,
    description,
    items: {
      type: 'object',
      additionalProperties: false,
      required: [...required, 'phrases'] as ReadonlyArray<Required | 'phrases'>,
      properties: { ...properties, phrases: phrases('The phrases that say it.', 200) },
    },
  }) as const;

const separators = {
  type: 'array',
  maxItems: 6,
  uniqueItems: true,
  items: { enum: [',', '.', ' ', '\u00a0', '\u202f', "'", '’'] },
} as const;

/**
 * JSON Schema of one analyzer vocabulary: all the language-specific knowledge of the SMART
 * analyzer as data, so that a rule set can add or replace a language without code
 * (`vocabulary.<lang>` in an objective rule set). The single source of the `Vocabulary` type.
 */
export const VOCABULARY_SCHEMA = {
  title: 'SMART analyzer vocabulary',
  type: 'object',
  additionalProperties: false,
  required: [
    'lang',
    'script',
    'commonWords',
    'numberFormat',
    'numberWords',
    'scaleWords',
    'percentWords',
    'percentagePointWords',
    'ratioWords',
    'currencies',
    'range',
    'comparators',
    'months',
    'ordinals',
    'quarterWords',
    'halfYearWords',
    'ofWords',
    'daySuffixes',
    'yearWords',
    'deadlinePrepositions',
    'referencePrepositions',
    'endOfPhrases',
    'startOfPhrases',
    'ambiguousDatePrepositions',
    'framePrepositions',
    'singleUnitFramePrepositions',
    'articles',
    'nextWords',
    'timeUnits',
    'vagueTime',
    'frequencies',
    'descriptiveDeterminers',
    'targetGroups',
    'indicators',
    'baselines',
    'measurableVerbs',
    'vagueWords',
    'areas',
  ],
  properties: {
    lang: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'BCP 47 language code, e.g. `en`, `ru`, `bs`.' },
    script: { enum: ['latin', 'cyrillic', 'greek', 'other'], description: 'The script the language is written in; used to detect the language of a text.' },
    alphabet: {
      type: 'string',
      pattern: '^\\p{Ll}{10,60}$',
      description: 'All lower-case letters of the language: a text in only these, with one known term, is read in it.',
    },
    fold: {
      type: 'array',
      uniqueItems: true,
      items: { enum: ['cyrillic-to-latin', 'strip-diacritics'] },
      description: 'How words are compared beyond lower case: BCS reads Serbian Cyrillic as Latin and ignores diacritics (жене = žene = zene).',
    },
    commonWords: phrases('Frequent function words ("the", "of", "и", "в"), used to tell languages of one script apart.'),
    numberFormat: {
      type: 'object',
      additionalProperties: false,
      required: ['groupSeparators', 'decimalSeparators'],
      properties: {
        groupSeparators: { ...separators, description: 'Characters that separate thousands, e.g. `[",", " "]`.' },
        decimalSeparators: { ...separators, description: 'Characters that start decimals, e.g. `["."]` or `[","]`.' },
      },
    },
    numberWords: entries(
      { value: number, universal: { type: 'boolean', description: 'all / every / none' } },
      ['value'],
      'Words for numbers ("two", "half", "все").',
    ),
    scaleWords: entries({ factor: { type: 'number', minimum: 1, maximum: 1e12 } }, ['factor'], '"million", "тыс.": multiply the number before them.'),
    percentWords: phrases('"percent", "процентов" (the `%` sign is always understood).'),
    percentagePointWords: phrases('"percentage points", "п.п.".'),
    ratioWords: phrases('"in", "out of", "из" as in "1 in 3".'),
    currencies: entries({ id: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' } }, ['id'], 'Currencies: codes, symbols and names.'),
    range: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'to'],
      properties: { from: phrases('"from", "between", "с"'), to: phrases('"to", "and", "до" (a dash is always understood)') },
    },
    comparators: entries(
      {
        id: { enum: ['atLeast', 'atMost', 'below', 'above', 'upTo', 'halve', 'double', 'triple', 'eliminate', 'aboveAverage', 'increaseBy', 'reduceBy'] },
        needsNumber: { type: 'boolean', description: 'Accept the phrase only when a number follows.' },
      },
      ['id'],
      'Comparators: "at least", "halve", "не менее".',
    ),
    months: entries({ month: { type: 'integer', minimum: 1, maximum: 12 } }, ['month'], 'Months 1–12 with all their forms.'),
    ordinals: entries({ value: { type: 'integer', minimum: 1, maximum: 4 } }, ['value'], 'Ordinals used with quarters and halves ("second", "второго").'),
    quarterWords: phrases('"quarter", "квартал*"'),
    halfYearWords: phrases('"half", "полугоди*"'),
    ofWords: phrases('"of" as in "December of 2027" (may be empty).'),
    daySuffixes: phrases('Suffixes of a day number: "st", "th"; "-го".'),
    yearWords: phrases('Words that may follow a year: "года", "г.".'),
    deadlinePrepositions: phrases('Prepositions that make the following date a deadline: "by", "before", "к", "до".'),
    referencePrepositions: phrases('Prepositions that make the following date a reference, not a deadline: "since", "с".'),
    endOfPhrases: phrases('"end of", "конца".'),
    startOfPhrases: phrases('"beginning of", "начала" (the deadline is the first day of the period).'),
    ambiguousDatePrepositions: phrases('After these a date is a deadline only when it is the latest date of the text ("in 2024 … in 2027").'),
    framePrepositions: phrases('Relative frames: "within", "over", "в течение", "за".'),
    singleUnitFramePrepositions: phrases('Frame prepositions that bound a frame without a count: "within a year".'),
    articles: phrases('Articles that may stand for "one" in a frame: "a", "an".'),
    nextWords: phrases('"the next", "ближайшие".'),
    timeUnits: entries(
      {
        months: { type: 'number', exclusiveMinimum: 0, maximum: 1200, description: 'Length of the unit in months.' },
        plural: { type: 'boolean', description: 'Plural forms need an explicit number ("years").' },
      },
      ['months'],
      'Time units of a relative frame.',
    ),
    vagueTime: phrases('"as soon as possible", "в ближайшее время": not a deadline.'),
    frequencies: phrases('"annually", "ежегодно": recurring, not a deadline.'),
    descriptiveDeterminers: phrases('Words before a number that make it descriptive, not a target ("our 12 branches").'),
    targetGroups: entries(
      {
        id: termId,
        generic: { type: 'boolean', description: 'The whole clientele ("clients"), not a segment.' },
        place: { type: 'boolean', description: 'A place ("branches"): says where, not for whom.' },
        area,
      },
      ['id'],
      'Groups of people an objective can be about.',
    ),
    indicators: entries(
      {
        id: termId,
        area,
        needsMeasure: {
          type: 'boolean',
          description: 'An activity or input ("loans"): a what only where its clause has a target.',
        },
      },
      ['id'],
      'What can be counted or measured.',
    ),
    baselines: entries({ id: termId, needsNumber: { type: 'boolean' } }, ['id'], 'Baseline markers: "from", "compared with", "текущий уровень".'),
    measurableVerbs: phrases('Verbs of an observable change: "increase", "reach", "снизить".'),
    vagueWords: phrases('Words that promise no observable change on their own: "improve", "support", "содействовать".'),
    areas: entries({ id: { enum: ['outreach', 'services', 'clientChange'] } }, ['id'], 'Extra evidence words for the three social performance areas.'),
    populationNouns: phrases(
      'Nouns that name people, groups of people or organisations ("adults", "citizens", "households", "население"): whom an objective is about, beyond the target groups.',
      3000,
    ),
    agentNouns: {
      type: 'object',
      additionalProperties: false,
      required: ['suffixes', 'endings'],
      description: 'Nouns that name a person by their suffix ("предприниматель", "poljoprivrednik"): word-formation, not a word list.',
      properties: {
        suffixes: {
          type: 'array',
          maxItems: 40,
          items: { type: 'string', pattern: '^\\p{L}{1,8}$' },
          description: 'Agent suffixes before the case ending ("тел", "ник").',
        },
        endings: {
          type: 'array',
          maxItems: 40,
          items: { type: 'string', pattern: '^\\p{L}{0,4}$' },
          description: 'Case endings that may follow ("", "ям", "ima").',
        },
        minStemLength: { type: 'integer', minimum: 3, maximum: 12, description: 'Shortest word, without its ending, read this way (default 6).' },
        exceptions: phrases('Stems that look like agent nouns but are not people ("показател*", "процент*").'),
      },
    },
    lemmas: {
      type: 'object',
      additionalProperties: false,
      description: 'How an inflected word is also looked up under its base form ("adults" as "adult").',
      properties: {
        suffixes: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['suffix', 'replacement'],
            properties: { suffix: { type: 'string', pattern: '^\\p{L}{1,6}$' }, replacement: { type: 'string', pattern: '^\\p{L}{0,6}$' } },
          },
        },
        irregular: {
          type: 'array',
          maxItems: 200,
          items: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', pattern: '^\\p{L}{1,30}$' } },
          description: 'Pairs of [form, base form]: ["children", "child"].',
        },
      },
    },
    labelWords: phrases('Words before the number of a list item ("Objective 1.", "Target 1.A", "Цель 2"): that number is a label, not a target.'),
    fixedExpressions: phrases('Names in which a vague word is not vague ("development finance institutions", "Sustainable Development Goals").'),
    helpingVerbs: phrases('"help", "enable", "помочь": vague alone, a counted change when a target number follows ("help 5,000 farmers").'),
    deliverables: phrases('Things an objective may promise to deliver ("framework", "policy", "система"): what, without an indicator.'),
    clauseJoiners: phrases('"and", "и", "i" between two clauses: a vague clause after a measured one is still vague.'),
    yearNouns: phrases('Nouns between a preposition and a year: "the year" in "by the year 2025", "FY".'),
    populationIndicators: phrases(
      'Person-level indicators that carry their population ("poverty rate", "life expectancy", "безработица"): who and what at once.',
    ),
    commitmentVerbs: phrases('"aims", "pledged", "планирует": the actor before them commits; it is not whom the change is for.'),
    documentNouns: phrases(
      'Nouns that head a document\'s name ("strategy", "программа", "okvir"): a date right after the name, with no verb before it, dates the document, not the change.',
    ),
    groupQualifiers: phrases(
      'Words after a group that bring the count defining it ("firms with up to 100 employees", "семьи с тремя детьми"): that count is no target.',
    ),
    fundingNouns: phrases(
      'What an amount pays for ("loan", "грант", "kredit"): "A $2 million loan will increase …" names an input, no target, unless a verb commits to it.',
    ),
    amountPrepositions: phrases(
      'Prepositions of the size of a change ("by", "на", "za"): "increase life expectancy by 2 years" is a target of 2 years, not a time frame, when nothing else in the clause is one.',
    ),
    relativeDeadlines: phrases('Deadlines without a year: "by the end of the year", "в текущем году", "do kraja decenije".'),
    notPopulations: phrases('Phrases whose people-nouns name nobody the change is for ("per capita", "на душу населения", "po stanovniku").'),
    clauseVerbs: phrases(
      'Verbs that open a further change after "and" or a comma ("improve", "ensure", "улучшить"), besides the measurable and helping verbs.',
    ),
    verbEndings: {
      type: 'array',
      maxItems: 40,
      items: { type: 'string', pattern: '^\\p{L}{1,5}$' },
      description: 'Endings a verb has in this language ("-ть", "-ti"): a stem after "and" opens a new change only as a verb, not as a noun ("и обучению").',
    },
    nonPersonEndings: {
      type: 'array',
      maxItems: 40,
      items: { type: 'string', pattern: '^\\p{L}{1,6}$' },
      description:
        'Endings of words that never name people, compared with the lower-case word as written: abstract nouns ("-ost") and nouns of place ("-ište"). A target group, population noun or agent suffix matching such a word ("zaposlenosti", "tržište") names nobody.',
    },
    infinitiveEndings: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', pattern: '^\\p{L}{1,5}$' },
      description:
        'Endings of an infinitive ("-ять", "-ati"): after "and" or a comma, a word of six letters or more with one opens a further change even when no verb list names it ("и удовлетворять потребности").',
    },
    namesAfterNouns: {
      type: 'boolean',
      description: 'Whether a capitalised name right after a noun is its possessor in this language ("экспорт Казахстана", "izvoz Hrvatske").',
    },
    nominalEndings: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', pattern: '^\\p{L}{1,5}$' },
      description: 'Endings of nouns made from verbs ("-ment", "-tion", "-ние"): "the development of" inside a document\'s name is no verb.',
    },
    gerundEndings: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', pattern: '^\\p{L}{1,5}$' },
      description: 'Endings of a gerund ("-ing", "-в"): a verb after a comma with one says how, it opens no new change.',
    },
    ageWords: phrases('Words that make the number after them an age delimiting a group ("aged 15–24", "в возрасте", "uzrasta"): not a target.'),
    thresholdWords: phrases('Words that make the number after them define a group ("the bottom 40 per cent"): not a target.'),
    priceWords: phrases('Make the number after them a price ("at an interest rate of 8%"): not a target.'),
    enablingWords: phrases('Support, not a result ("support"): an indicator right after them is a what only with a target.'),
    meansMarkers: phrases('Open how a change is made ("through"): an indicator after them is no result of a vague change.'),
    thresholdUnits: phrases('"a day", "per day", "в день": an amount with them defines an indicator ("$1.25 a day"), it is not a target.'),
  },
} as const;

/** A vocabulary of the SMART analyzer, as {@link VOCABULARY_SCHEMA} describes it. */
export type Vocabulary = FromSchema<typeof VOCABULARY_SCHEMA>;

/** Vocabularies of an objective rule set, by language (`vocabulary` in the rule-set schema). */
export const VOCABULARIES_SCHEMA = {
  type: 'object',
  description: 'Objective rule sets: analyzer vocabularies per language, as data (each replaces the built-in one of its language).',
  maxProperties: 20,
  propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  additionalProperties: VOCABULARY_SCHEMA,
} as const;
