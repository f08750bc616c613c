import { describe, expect, it } from 'vitest';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import { createScorecardScorer } from './create-scorecard-scorer.ts';
import { SAMPLE_HOUSEHOLD, sampleScorecard } from './test-scorecards.ts';

const ruleSet = resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample');
const scorer = createScorecardScorer(ruleSet);
const score = (changes: Record<string, string | undefined>, line?: number) =>
  scorer.score({ ...SAMPLE_HOUSEHOLD, ...changes }, line === undefined ? {} : { line });

describe('createScorecardScorer', () => {
  it('sums the points, finds the band and its likelihoods', () => {
    expect(score({}, 2)).toEqual({ recordId: 'C1', line: 2, score: 30, band: [30, 60], likelihoods: { national: 0.05, ppp: 0 }, findings: [] });
    expect(score({ scWater: 'no', scFridge: 'none', scScore: '10' })).toMatchObject({ score: 10, band: [10, 19], likelihoods: { national: 0.6, ppp: 0.3 } });
  });

  it('matches answers trimmed and case-insensitive, then a whole number as the 1-based position', () => {
    expect(score({ scWater: '  YES ', scFridge: 'One' }).score).toBe(30);
    expect(score({ scWater: '2', scFridge: '3', scScore: '35' }).score).toBe(35);
    expect(score({ scWater: '1', scFridge: '01', scScore: '10' }).score).toBe(10);
  });

  it('reports an answer not in the list, naming the answers it knows, and leaves the record unscored', () => {
    const result = score({ scWater: 'sometimes', scFridge: '4' }, 7);
    expect(result.score).toBeNull();
    expect(result.findings).toEqual([
      {
        ruleId: 'xx/sample#answer-not-in-list',
        ruleSet: 'xx/sample@1.0.0',
        severity: 'error',
        recordId: 'C1',
        line: 7,
        fields: ['scWater'],
        message: 'The answer "sometimes" to question 2 (running-water) is not one of its answers: "no", "yes", or a position 1–2.',
      },
      expect.objectContaining({ fields: ['scFridge'], message: expect.stringContaining('"4" to question 3 (refrigerators)') }),
    ]);
  });

  it('reports missing answers in one finding; a record with no answer at all is not interviewed', () => {
    expect(score({ scWater: ' ', scFridge: undefined })).toMatchObject({
      score: null,
      findings: [
        {
          ruleId: 'xx/sample#answers-missing',
          severity: 'error',
          fields: ['scWater', 'scFridge'],
          message: 'No answer to question 2 (running-water), 3 (refrigerators): the record is left out of the poverty rates.',
        },
      ],
    });
    const notAsked = scorer.score({ clientId: 'C2', householdSize: '3' });
    expect(notAsked.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['xx/sample#not-interviewed', 'info']]);
  });

  it('scores a shortcut answer as its total, whatever the other answers, and needs none of them', () => {
    expect(score({ scHouseholdSize: 'one', householdSize: '1', scWater: '', scFridge: '', scScore: '' })).toMatchObject({
      score: 60,
      band: [30, 60],
      findings: [],
    });
    const withOthers = score({ scHouseholdSize: 'ONE', householdSize: '1', scWater: 'maybe', scScore: '60' });
    expect(withOthers.score).toBe(60);
    expect(withOthers.findings.map((finding) => finding.ruleId)).toEqual(['xx/sample#answer-not-in-list']);
  });

  it('reports an agreesWith disagreement on both fields, and nothing when the other field is blank or unreadable', () => {
    expect(score({ householdSize: '6' }).findings).toEqual([
      expect.objectContaining({
        ruleId: 'xx/sample#answer-disagrees',
        severity: 'warning',
        fields: ['scHouseholdSize', 'householdSize'],
        message: 'The answer "2-3" to question 1 (household-size) means householdSize 2–3, but householdSize is 6.',
      }),
    ]);
    expect(score({ householdSize: '' }).findings).toEqual([]);
    expect(score({ householdSize: 'six' }).findings).toEqual([]);
    expect(score({ scHouseholdSize: '4+', householdSize: '12', scScore: '20' }).findings).toEqual([]);
  });

  it('reports a stored total score that differs from the computed one, or cannot be read', () => {
    expect(score({ scScore: '35' }).findings).toEqual([
      expect.objectContaining({
        ruleId: 'xx/sample#total-score-differs',
        severity: 'error',
        fields: ['scScore'],
        message: 'The stored score 35 (scScore) differs from the score of the answers, 30.',
      }),
    ]);
    expect(score({ scScore: 'n/a' }).findings[0]?.message).toBe('The stored score "n/a" (scScore) differs from the score of the answers, 30.');
    expect(score({ scScore: ' 30 ' }).findings).toEqual([]);
    expect(score({ scScore: '' }).findings).toEqual([]);
  });

  it('reports a declared poverty level the likelihoods contradict beyond the thresholds', () => {
    expect(score({ povertyLevel: 'poor' }).findings).toEqual([
      expect.objectContaining({
        ruleId: 'xx/sample#poverty-level-contradicts',
        severity: 'warning',
        fields: ['povertyLevel'],
        message: 'The poverty level is "poor", but the scorecard (score 30) gives a likelihood of 5% of being below the line "national", under 10%.',
      }),
    ]);
    // 0.4 is above the 0.1 threshold: consistent enough.
    expect(score({ povertyLevel: 'very-poor', scWater: 'no', scFridge: 'two-or-more', scScore: '20' }).findings).toEqual([]);
    const nonPoor = score({ povertyLevel: 'non-poor', scHouseholdSize: '4+', householdSize: '5', scWater: 'no', scFridge: 'none', scScore: '0' });
    expect(nonPoor.findings).toEqual([]);
    const strict = createScorecardScorer(resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample', { params: { maxLikelihoodIfNonPoor: 0.7 } }), {
      lang: 'ru',
    });
    expect(
      strict.score({ ...SAMPLE_HOUSEHOLD, povertyLevel: 'non-poor', scHouseholdSize: '4+', householdSize: '5', scWater: 'no', scFridge: 'none', scScore: '0' })
        .findings,
    ).toEqual([
      expect.objectContaining({
        message: 'Уровень бедности «non-poor», но по анкете (балл 0) вероятность быть ниже линии «national» — 80%, больше порога 70%.',
      }),
    ]);
  });

  it('compares the line the povertyLevelLine parameter names', () => {
    const onPpp = createScorecardScorer(resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample', { params: { povertyLevelLine: 'ppp' } }));
    // Score 20: 0.4 below the national line, 0.1 below $2.50: only the second contradicts "poor" at 0.2.
    const record = { ...SAMPLE_HOUSEHOLD, povertyLevel: 'poor', scWater: 'no', scFridge: 'two-or-more', scScore: '20' };
    expect(onPpp.score(record).findings).toEqual([]);
    const stricter = createScorecardScorer(
      resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample', { params: { povertyLevelLine: 'ppp', minLikelihoodIfPoor: 0.2 } }),
    );
    expect(stricter.score(record).findings.map((finding) => finding.message)).toEqual([
      'The poverty level is "poor", but the scorecard (score 20) gives a likelihood of 10% of being below the line "ppp", under 20%.',
    ]);
  });

  it('names a record without clientId by its line, and refuses a rule set that is no scorecard', () => {
    expect(scorer.score({ scWater: 'maybe' }, { line: 12 }).findings[0]).toMatchObject({ recordId: 'line 12', line: 12 });
    const clientData = {
      ...sampleScorecard(),
      subject: 'client-record' as const,
      questions: undefined,
      lines: undefined,
      lookup: undefined,
      scoreField: undefined,
      rules: [],
    };
    expect(() => createScorecardScorer(resolveRuleSet(createRuleSetCatalog([clientData]), 'xx/sample'))).toThrow('not a scorecard');
  });
});
