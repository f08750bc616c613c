import { readFileSync } from 'node:fs';
import { createObjectiveChecker, createRuleSetCatalog, resolveRuleSet } from '@social-lens/rules';
import { describe, expect, it } from 'vitest';

const ruleSet = resolveRuleSet(
  createRuleSetCatalog([JSON.parse(readFileSync(new URL('../core/smart-objective/ruleset.json', import.meta.url), 'utf8'))]),
  'core/smart-objective',
);

describe('messages and suggestions of core/smart-objective', () => {
  it.each([
    ['en', 'Improve the lives of our clients.'],
    ['ru', 'Улучшить жизнь наших клиентов.'],
    ['bs', 'Poboljšati živote naših klijenata.'],
  ])('%s: never show an internal name or an unfilled placeholder', async (lang, text) => {
    const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29', lang });
    for (const area of ['clientChange', 'services', 'outreach'] as const) {
      const { findings } = await checker.check({
        text: `${text} Increase the share of women among new clients to 60% by 2027.`,
        area,
        goal: 'Reach more women',
      });
      const texts = findings.flatMap((finding) => [finding.message, finding.suggestion ?? '']);
      for (const shown of texts) {
        expect(shown).not.toMatch(/clientChange|\{[A-Za-z]+\}/u);
      }
    }
  });

  it('says the declared area by its name and suggests the declared target group and indicator', async () => {
    const checker = createObjectiveChecker(ruleSet, { today: '2026-11-29', lang: 'en' });
    const mismatch = await checker.check({ text: 'Increase the share of women among new clients to 60% by 2027', area: 'clientChange' });
    expect(mismatch.findings.find((finding) => finding.ruleId.endsWith('#area-mismatch'))?.message).toBe(
      'The objective is filed under client change (what changes in clients’ lives), but its words speak of outreach (whom we reach).',
    );
    const vague = await checker.check({
      text: 'Improve the lives of our clients',
      targetGroup: 'Roma women in Shuto Orizari',
      indicator: 'the share of Roma women with a savings account',
    });
    const suggestions = vague.findings.flatMap((finding) => (finding.suggestion === undefined ? [] : [finding.suggestion]));
    expect(suggestions).toContain(
      "Instead of 'Improve', say how you will measure it and the value to reach, e.g. 'the share of Roma women with a savings account: from 45% to 60%'.",
    );
    const noGroup = await checker.check({ text: 'Increase the retention rate to 85% by 2027', area: 'services' });
    expect(noGroup.findings.find((finding) => finding.ruleId.endsWith('#no-target-group'))?.suggestion).toBe(
      "Name whom it is about, e.g. 'first-cycle clients'.",
    );
  });
});
