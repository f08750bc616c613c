import { describe, expect, it } from 'vitest';
import type { ScorecardDefinition } from './layer-scorecard.ts';
import { lintScorecard } from './lint-scorecard.ts';
import { sampleScorecard } from './test-scorecards.ts';

function definitionOf(changes: Parameters<typeof sampleScorecard>[0] = {}): ScorecardDefinition {
  const { questions, lines, lookup, scoreField } = sampleScorecard(changes);
  return { questions: questions!, lines: lines!, lookup: lookup!, ...(scoreField === undefined ? {} : { scoreField }) };
}

const lines = (problems: ReadonlyArray<{ code: string; path: string; message: string }>) => problems.map((p) => `${p.code} ${p.path}: ${p.message}`);

describe('lintScorecard', () => {
  it('finds nothing wrong with a sound scorecard', () => {
    expect(lintScorecard(definitionOf())).toEqual({ errors: [], warnings: [] });
  });

  it('needs distinct question ids, fields and answer values (trimmed, case-insensitive)', () => {
    const { questions } = definitionOf();
    const [size, water, fridge] = questions;
    const lint = lintScorecard(
      definitionOf({
        scoreField: 'scWater',
        questions: [size!, { ...water!, answers: [...water!.answers, { value: 'YES', points: 3 }] }, { ...fridge!, id: 'running-water', field: 'scWater' }],
      }),
    );
    expect(lines(lint.errors)).toMatchInlineSnapshot(`
      [
        "duplicate-answer-value /questions/1/answers/2/value: answer value "YES" of question "running-water" is also the value of /questions/1/answers/1 (values are matched trimmed and case-insensitive)",
        "duplicate-question /questions/2/id: question id "running-water" is also the id of /questions/1",
        "duplicate-question /questions/2/field: field "scWater" is also read by /questions/1/field",
        "duplicate-question /scoreField: the stored score field "scWater" is also the answer field of a question",
      ]
    `);
  });

  it('needs bands that cover 0 to the highest score without gap or overlap, and run forwards', () => {
    const lookup = definitionOf().lookup;
    const gaps = lintScorecard(definitionOf({ lookup: [{ ...lookup[0]!, min: 1 }, lookup[1]!, { ...lookup[2]!, min: 21 }, { ...lookup[3]!, max: 50 }] }));
    expect(lines(gaps.errors)).toMatchInlineSnapshot(`
      [
        "lookup-gap /lookup/0: no band holds the score 0 (scores run from 0 to 60)",
        "lookup-gap /lookup/2: no band holds the score 20 (scores run from 0 to 60)",
        "lookup-gap /lookup: no band holds the scores 51–60 (scores run from 0 to 60)",
      ]
    `);
    const overlaps = lintScorecard(
      definitionOf({ lookup: [lookup[0]!, { ...lookup[1]!, min: 5 }, { ...lookup[2]!, min: 29, max: 20 }, { ...lookup[3]!, min: 15 }] }),
    );
    expect(lines(overlaps.errors)).toMatchInlineSnapshot(`
      [
        "backward-range /lookup/2: band 29–20 runs backwards",
        "lookup-overlap /lookup/1: band 5–19 overlaps band 0–9 on the scores 5–9",
        "lookup-overlap /lookup/3: band 15–60 overlaps band 5–19 on the scores 15–19",
      ]
    `);
  });

  it('counts a shortcut answer in the highest score', () => {
    const lookup = definitionOf().lookup;
    expect(lines(lintScorecard(definitionOf({ lookup: [...lookup.slice(0, 3), { ...lookup[3]!, max: 35 }] })).errors)).toEqual([
      'lookup-gap /lookup: no band holds the scores 36–60 (scores run from 0 to 60)',
    ]);
  });

  it('needs a likelihood for every declared line and none for an undeclared one', () => {
    const lookup = definitionOf().lookup;
    const lint = lintScorecard(
      definitionOf({
        lookup: [
          { ...lookup[0]!, likelihood: { national: 0.8 } },
          { ...lookup[1]!, likelihood: { ...lookup[1]!.likelihood, nationl: 0.3 } },
          ...lookup.slice(2),
        ],
      }),
    );
    expect(lines(lint.errors)).toMatchInlineSnapshot(`
      [
        "likelihood-missing /lookup/0/likelihood: band 0–9 gives no likelihood for the declared line "ppp"",
        "undeclared-line /lookup/1/likelihood/nationl: line "nationl" is not declared under /lines (declared: national, ppp); did you mean national?",
      ]
    `);
  });

  it('checks that agreesWith names a known field, answers of its question and forward ranges', () => {
    const [size, ...others] = definitionOf().questions;
    const lint = lintScorecard(
      definitionOf({ questions: [{ ...size!, agreesWith: { field: 'householdSise', bands: { '4+': [99, 4], five: [5, 5] } } }, ...others] }),
    );
    expect(lines(lint.errors)).toMatchInlineSnapshot(`
      [
        "unknown-fact /questions/0/agreesWith/field: "householdSise" is neither a client-record field nor a question's field (did you mean householdSize, scHouseholdSize?)",
        "backward-range /questions/0/agreesWith/bands/4+: the range [99, 4] runs backwards",
        "unknown-answer /questions/0/agreesWith/bands/five: "five" is not an answer value of question "household-size"",
      ]
    `);
  });

  it('warns, never errs, about a likelihood column that rises with the score', () => {
    const lookup = definitionOf().lookup;
    const lint = lintScorecard(
      definitionOf({
        lookup: [
          lookup[0]!,
          { ...lookup[1]!, likelihood: { national: 0.828, ppp: 0.3 } },
          { ...lookup[2]!, likelihood: { national: 0.853, ppp: 0.1 } },
          lookup[3]!,
        ],
      }),
    );
    expect(lint.errors).toEqual([]);
    expect(lines(lint.warnings)).toEqual([
      'non-monotonic-likelihood /lookup/1/likelihood/national: the likelihood below "national" rises with the score, from 80% (0–9) to 82.8% (10–19): kept as published',
      'non-monotonic-likelihood /lookup/2/likelihood/national: the likelihood below "national" rises with the score, from 82.8% (10–19) to 85.3% (20–29): kept as published',
    ]);
  });

  it('warns when counts as values leave a number to be read as a position that means something else', () => {
    const size = {
      id: 'household-size',
      field: 'members',
      text: { en: 'Members?' },
      answers: ['7+', '6', '5', '4', '3', '2', '1'].map((value, index) => ({ value, points: index })),
    };
    const rooms = { id: 'rooms', field: 'rooms', text: { en: 'Rooms?' }, answers: ['1', '2', '3+'].map((value, index) => ({ value, points: index })) };
    const lookup = [{ min: 0, max: 8, likelihood: { national: 0.5, ppp: 0.2 } }];
    const lint = lintScorecard(definitionOf({ questions: [size, rooms], lookup }));
    expect(lint.errors).toEqual([]);
    expect(lines(lint.warnings)).toEqual([
      `ambiguous-answer-number /questions/0/answers: the answers of question "household-size" are counts, yet a number that is no value is read as a position: 7 reads as answer 7, "1". Give answers by value (the widget's data-lens-values translates MIS codes)`,
    ]);
  });
});
