import { describe, expect, it } from 'vitest';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import { scorecardPovertyRate } from './scorecard-poverty-rate.ts';
import { SAMPLE_HOUSEHOLD, sampleScorecard } from './test-scorecards.ts';

describe('scorecardPovertyRate', () => {
  it('gives one snapshot its rate per line, overall and by segment, with the findings', () => {
    const ruleSet = resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample');
    const records = [
      { raw: { ...SAMPLE_HOUSEHOLD, gender: 'F' }, line: 2 },
      { raw: { ...SAMPLE_HOUSEHOLD, clientId: 'C2', gender: 'M', scWater: 'no', scScore: '15' }, line: 3 },
      { raw: { clientId: 'C3', gender: 'F' }, line: 4 },
    ];
    const rate = scorecardPovertyRate(ruleSet, records, { by: ['gender'] });
    expect(rate.scorecard).toBe('xx/sample@1.0.0');
    expect(rate.lines).toEqual(['national', 'ppp']);
    expect(rate.groups.map((group) => [group.group, group.n, group.excluded, group.rates['national']?.estimate])).toEqual([
      [{}, 2, 1, (0.05 + 0.6) / 2],
      [{ gender: 'F' }, 1, 1, 0.05],
      [{ gender: 'M' }, 1, 0, 0.6],
    ]);
    expect(rate.findings.map((finding) => [finding.recordId, finding.ruleId, finding.line])).toEqual([['C3', 'xx/sample#not-interviewed', 4]]);
  });
});
