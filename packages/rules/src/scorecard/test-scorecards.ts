import type { RuleSetDocument } from '../ruleset/rule-set-types.ts';

/**
 * A small scorecard for tests: three questions (one with a shortcut answer and a household-size
 * cross-check), two lines, four bands covering 0–60.
 */
export function sampleScorecard(changes: Partial<RuleSetDocument> = {}): RuleSetDocument {
  return {
    id: 'xx/sample',
    version: '1.0.0',
    title: { en: 'Sample scorecard', ru: 'Пример анкеты' },
    subject: 'scorecard',
    country: 'XX',
    source: 'made up for tests',
    scoreField: 'scScore',
    questions: [
      {
        id: 'household-size',
        number: 1,
        field: 'scHouseholdSize',
        text: { en: 'How many members does the household have?', ru: 'Сколько человек в домохозяйстве?' },
        answers: [
          { value: '4+', points: 0, label: { en: 'Four or more', ru: 'Четыре и более' } },
          { value: '2-3', points: 10, label: { en: 'Two or three', ru: 'Два или три' } },
          { value: 'one', points: 20, label: { en: 'One', ru: 'Один' }, setsTotalScore: 60 },
        ],
        agreesWith: { field: 'householdSize', bands: { '4+': [4, 99], '2-3': [2, 3], one: [1, 1] } },
      },
      {
        id: 'running-water',
        number: 2,
        field: 'scWater',
        text: { en: 'Does the residence have running water?' },
        answers: [
          { value: 'no', points: 0 },
          { value: 'yes', points: 15 },
        ],
      },
      {
        id: 'refrigerators',
        number: 3,
        field: 'scFridge',
        text: { en: 'How many refrigerators does the household own?' },
        answers: [
          { value: 'none', points: 0 },
          { value: 'one', points: 5 },
          { value: 'two-or-more', points: 10 },
        ],
      },
    ],
    lines: {
      national: { title: { en: 'National poverty line', ru: 'Национальная черта бедности' } },
      ppp: { title: { en: '$2.50/day (2005 PPP)' } },
    },
    lookup: [
      { min: 0, max: 9, likelihood: { national: 0.8, ppp: 0.5 } },
      { min: 10, max: 19, likelihood: { national: 0.6, ppp: 0.3 } },
      { min: 20, max: 29, likelihood: { national: 0.4, ppp: 0.1 } },
      { min: 30, max: 60, likelihood: { national: 0.05, ppp: 0 } },
    ],
    ...changes,
  };
}

/** A clean household of the sample scorecard: score 10 + 15 + 5 = 30. */
export const SAMPLE_HOUSEHOLD: Readonly<Record<string, string>> = {
  clientId: 'C1',
  branchId: 'B1',
  householdSize: '3',
  povertyLevel: 'near-poor',
  scHouseholdSize: '2-3',
  scWater: 'yes',
  scFridge: 'one',
  scScore: '30',
};
