import { describe, expect, it } from 'vitest';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import type { RuleSetDocument } from '../ruleset/rule-set-types.ts';
import { createScorecardScorer } from './create-scorecard-scorer.ts';
import { createPovertyRateEstimator, MAX_GROUPS_PER_FIELD } from './poverty-rate-estimator.ts';
import { SAMPLE_HOUSEHOLD, sampleScorecard } from './test-scorecards.ts';

/**
 * IPA's worked example ("Why averaging PPI scores won't work", povertyindex.org): thirty
 * households whose average score is 35.3, whose average score's likelihood is 6.90%, and whose
 * average likelihood — the poverty rate — is 20.77%. IPA's table and households are not
 * reproduced here; these are built to give the same three figures: a two-question scorecard
 * (tens and units, so any score 0–99 can be answered) with a falling national-line column that
 * has 6.9% at 35–39, and thirty scores that add up to 1059 (mean 35.3) and whose likelihoods add
 * up to 6.231 (mean 0.2077).
 */
const IPA_EXAMPLE_LIKELIHOODS = [0.848, 0.72, 0.611, 0.505, 0.391, 0.282, 0.181, 0.069, 0.052, 0.037, 0.021, 0.012, 0.006, 0.003, 0.001, 0, 0, 0, 0, 0];
const IPA_EXAMPLE_SCORES = [0, 1, 10, 15, 15, 16, 17, 20, 25, 30, 31, 32, 35, 36, 37, 40, 41, 42, 43, 45, 46, 47, 48, 49, 50, 51, 53, 55, 58, 71];

const digits = Array.from({ length: 10 }, (_, digit) => digit);
const ipaExample: RuleSetDocument = {
  id: 'xx/ipa-example',
  version: '1.0.0',
  title: 'Worked example of IPA',
  subject: 'scorecard',
  country: 'XX',
  questions: [
    { id: 'tens', field: 'tens', text: { en: 'Tens of the score' }, answers: digits.map((digit) => ({ value: `t${digit}`, points: digit * 10 })) },
    { id: 'units', field: 'units', text: { en: 'Units of the score' }, answers: digits.map((digit) => ({ value: `u${digit}`, points: digit })) },
  ],
  lines: { national: { title: { en: 'National poverty line' } } },
  lookup: IPA_EXAMPLE_LIKELIHOODS.map((likelihood, band) => ({ min: band * 5, max: band * 5 + 4, likelihood: { national: likelihood } })),
};

describe('createPovertyRateEstimator', () => {
  it('estimates the mean of the likelihoods, not the likelihood of the mean score (IPA: 20.77%, not 6.90%)', () => {
    const scorer = createScorecardScorer(resolveRuleSet(createRuleSetCatalog([ipaExample]), 'xx/ipa-example'));
    const estimator = createPovertyRateEstimator(scorer.scorecard);
    const households = IPA_EXAMPLE_SCORES.map((score, index) => ({ clientId: `H${index + 1}`, tens: `t${Math.floor(score / 10)}`, units: `u${score % 10}` }));
    const scored = households.map((household) => scorer.score(household));
    for (const [index, household] of households.entries()) estimator.add(scored[index]!, household);

    expect(scored.map((result) => result.score)).toEqual(IPA_EXAMPLE_SCORES);
    const meanScore = IPA_EXAMPLE_SCORES.reduce((sum, score) => sum + score, 0) / IPA_EXAMPLE_SCORES.length;
    expect(meanScore).toBeCloseTo(35.3, 12);
    const likelihoodOfMeanScore = scorer.scorecard.lookup.find((band) => band.min <= meanScore && meanScore < band.max + 1)?.likelihood['national'];
    expect(likelihoodOfMeanScore).toBe(0.069);

    const [whole] = estimator.finish();
    expect(whole).toMatchObject({ group: {}, n: 30, excluded: 0 });
    const rate = whole!.rates['national']!;
    expect(rate.estimate).toBeCloseTo(0.2077, 12);
    expect(Number((rate.estimate! * 100).toFixed(2))).toBe(20.77);
    const variance = scored.reduce((sum, result) => sum + result.likelihoods!['national']! * (1 - result.likelihoods!['national']!), 0);
    expect(rate.se).toBeCloseTo(Math.sqrt(variance) / 30, 12);
    expect(rate.ci95![0]).toBeCloseTo(0.2077 - 1.96 * rate.se!, 12);
    expect(rate.ci95![1]).toBeCloseTo(0.2077 + 1.96 * rate.se!, 12);
  });

  const ruleSet = resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample', { params: { targetingCutoffs: [29] } });
  const scorer = createScorecardScorer(ruleSet);

  it('counts records left out apart from n, gives each --by field its groups, and targeting as its own figure', () => {
    const estimator = createPovertyRateEstimator(scorer.scorecard, { by: ['branchId', 'loanOfficerId'] });
    const records = [
      { ...SAMPLE_HOUSEHOLD, branchId: 'B10', loanOfficerId: 'LO1' }, // 30: national 0.05
      { ...SAMPLE_HOUSEHOLD, branchId: 'B2', loanOfficerId: 'LO1', scFridge: 'none', scScore: '' }, // 25: 0.4
      { ...SAMPLE_HOUSEHOLD, branchId: 'B2', loanOfficerId: 'LO2', scWater: 'no', scFridge: 'none', scScore: '' }, // 10: 0.6
      { ...SAMPLE_HOUSEHOLD, branchId: ' ', loanOfficerId: 'LO2', scWater: 'maybe' }, // not scored
    ];
    for (const record of records) estimator.add(scorer.score(record), record);
    const estimates = estimator.finish();
    expect(estimates.map((estimate) => [estimate.group, estimate.n, estimate.excluded])).toEqual([
      [{}, 3, 1],
      [{ branchId: 'B2' }, 2, 0],
      [{ branchId: 'B10' }, 1, 0],
      [{ branchId: null }, 0, 1],
      [{ loanOfficerId: 'LO1' }, 2, 0],
      [{ loanOfficerId: 'LO2' }, 1, 1],
    ]);
    const whole = estimates[0]!;
    expect(whole.rates['national']!.estimate).toBeCloseTo((0.05 + 0.4 + 0.6) / 3, 12);
    expect(whole.rates['ppp']!.estimate).toBeCloseTo((0 + 0.1 + 0.3) / 3, 12);
    expect(whole.targeting).toEqual([{ cutoff: 29, count: 2, share: 2 / 3 }]);
    expect(estimates[3]!.rates['national']).toEqual({ estimate: null, se: null, ci95: null });
    expect(estimates[3]!.targeting).toEqual([{ cutoff: 29, count: 0, share: null }]);
  });

  it('clips the interval to [0, 1]', () => {
    const estimator = createPovertyRateEstimator(scorer.scorecard);
    const record = { ...SAMPLE_HOUSEHOLD, scHouseholdSize: '4+', householdSize: '5', scWater: 'no', scFridge: 'none', scScore: '0' };
    estimator.add(scorer.score(record), record);
    // One household at 0.8: se = √(0.8 · 0.2) = 0.4, 0.8 ± 0.784 → [0.016, 1].
    const rate = estimator.finish()[0]!.rates['national']!;
    expect(rate.estimate).toBe(0.8);
    expect(rate.se).toBeCloseTo(0.4, 12);
    expect(rate.ci95![0]).toBeCloseTo(0.016, 12);
    expect(rate.ci95![1]).toBe(1);
  });

  it('keeps memory to the groups: values beyond the limit of a field are gathered in one group', () => {
    const estimator = createPovertyRateEstimator(scorer.scorecard, { by: ['clientId'] });
    const scored = scorer.score(SAMPLE_HOUSEHOLD);
    for (let index = 0; index < MAX_GROUPS_PER_FIELD + 5; index += 1) estimator.add(scored, { clientId: `C${index}` });
    const estimates = estimator.finish();
    expect(estimates).toHaveLength(1 + MAX_GROUPS_PER_FIELD + 1);
    expect(estimates.at(-1)).toMatchObject({ group: { clientId: '(other groups)' }, n: 5, otherGroups: true });
  });
});
