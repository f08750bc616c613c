import kyrgyz from '@social-lens/rule-sets/ppi/kgz-2015/ruleset.json' with { type: 'json' };
import { afterEach, describe, expect, test } from 'vitest';
import './lens-scorecard.ts';
import type { LensScorecardElement, LensScoreDetail } from './lens-scorecard.ts';

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not met in time');
}

async function mount(html: string): Promise<LensScorecardElement> {
  document.body.innerHTML = html;
  const element = document.querySelector('lens-scorecard')!;
  element.documents = [kyrgyz];
  await until(() => element.result !== undefined);
  await element.updateComplete;
  return element;
}

function choose(element: LensScorecardElement, field: string, value: string): void {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${field}"][value="${CSS.escape(value)}"]`)!;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const HOUSEHOLD: ReadonlyArray<[string, string]> = [
  ['ppiOblast', 'batken'],
  ['ppiHouseholdSize', '4'],
  ['ppiMembersWorking', '2'],
  ['ppiMembersWage', '1'],
  ['ppiWaterSource', 'running-water'],
  ['ppiWashingMachine', 'automatic'],
  ['ppiElectricHeater', 'yes'],
  ['ppiCellPhones', '3+'],
  ['ppiVehicle', 'motorized'],
  ['ppiPlotAnimals', 'plot-and-animals'],
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<lens-scorecard>', () => {
  test('renders each question as a fieldset of radio buttons with its legend, in the language asked for', async () => {
    const element = await mount('<lens-scorecard scorecard="ppi/kgz-2015@^1" lang="ru"></lens-scorecard>');
    const fieldsets = element.shadowRoot!.querySelectorAll('fieldset');
    expect(fieldsets).toHaveLength(10);
    expect(fieldsets[0]!.querySelector('legend')!.textContent).toBe('1. В какой области проживает домохозяйство?');
    expect(fieldsets[0]!.querySelectorAll('input[type="radio"][name="ppiOblast"]')).toHaveLength(8);
    expect(fieldsets[0]!.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Джалал-Абадская (+0)');
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).toContain('Отвечено вопросов: 0 из 10');
  });

  test('shows the score, band and likelihoods as answers are given, and fires lens-score', async () => {
    const element = await mount('<lens-scorecard scorecard="ppi/kgz-2015@^1"></lens-scorecard>');
    const scores: LensScoreDetail[] = [];
    element.addEventListener('lens-score', (event) => scores.push(event.detail));
    for (const [field, value] of HOUSEHOLD) choose(element, field, value);
    await element.updateComplete;
    expect(element.result).toMatchObject({ score: 79, band: [75, 79] });
    expect(scores.at(-1)).toMatchObject({ score: 79, likelihoods: { 'national-100': 0.012, 'ppp2005-5.00': 0.121 } });
    expect(scores.slice(0, -1).every((detail) => detail.score === null)).toBe(true);
    const live = element.shadowRoot!.querySelector('[aria-live]')!.textContent;
    expect(live).toBe('Score: 79 (band 75–79)');
    const row = element.shadowRoot!.querySelector('tr[data-line="national-100"]')!;
    expect(row.querySelector('th')!.textContent).toBe('100% of the national poverty line');
    expect(row.querySelector('td')!.textContent).toBe('1.2%');
  });

  test('the one-member shortcut scores 100 at once; the record property feeds the household-size check', async () => {
    const element = await mount('<lens-scorecard scorecard="ppi/kgz-2015@^1"></lens-scorecard>');
    element.record = { householdSize: '3', povertyLevel: 'poor' };
    choose(element, 'ppiHouseholdSize', '1');
    await element.updateComplete;
    expect(element.result?.score).toBe(100);
    const fieldset = element.shadowRoot!.querySelectorAll('fieldset')[1]!;
    const message = fieldset.querySelector('.finding')!;
    expect(message.textContent).toBe('The answer "1" to question 2 (household-size) means householdSize 1, but householdSize is 3.');
    expect(fieldset.getAttribute('aria-describedby')).toBe(message.id);
    expect([...element.shadowRoot!.querySelectorAll('[part="findings"] li')].map((item) => item.getAttribute('data-rule'))).toEqual([
      'ppi/kgz-2015#poverty-level-contradicts',
    ]);
  });

  test('reads the answers from an existing form through field-map, by value or by position, and marks its inputs', async () => {
    const element = await mount(`
      <form id="client">
        <input name="members" value="4"><select name="oblast"><option value="3" selected>Osh</option></select>
        <input name="q2" value="4"><input name="q3" value="2"><input name="q4" value="1"><input name="q5" value="4">
        <input name="q6" value="1"><input name="q7" value="2"><input name="q8" value="2"><input name="q9" value="1"><input name="q10" value="3">
        <input name="score" value="50">
      </form>
      <lens-scorecard for="client" scorecard="ppi/kgz-2015@^1" field-map="members:householdSize, oblast:ppiOblast, q2:ppiHouseholdSize, q3:ppiMembersWorking,
        q4:ppiMembersWage, q5:ppiWaterSource, q6:ppiWashingMachine, q7:ppiElectricHeater, q8:ppiCellPhones, q9:ppiVehicle, q10:ppiPlotAnimals, score:ppiScore"></lens-scorecard>`);
    // Osh 2 + four 19 + two working 2 + one wage 3 + running water 8 + no washer 0 + heater 4 + two phones 4 + no vehicle 0 + plot and animals 9.
    expect(element.result).toMatchObject({ score: 51, band: [50, 54] });
    const score = document.querySelector<HTMLInputElement>('input[name="score"]')!;
    expect(score.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(score.getAttribute('aria-describedby')!)!.textContent).toBe(
      'The stored score 50 (ppiScore) differs from the score of the answers, 51.',
    );

    const q3 = document.querySelector<HTMLInputElement>('input[name="q3"]')!;
    q3.value = '9';
    q3.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    expect(element.result?.score).toBeNull();
    expect(q3.getAttribute('aria-invalid')).toBe('true');
    expect(score.hasAttribute('aria-invalid')).toBe(false);
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).toContain('10 of 10 questions answered');
  });

  test('says so when the rule set is no scorecard, or the form is missing', async () => {
    document.body.innerHTML = '<lens-scorecard scorecard="xx/none"></lens-scorecard>';
    const element = document.querySelector('lens-scorecard')!;
    element.documents = [{ id: 'xx/none', version: '1.0.0', title: 'Not a scorecard', subject: 'client-record', rules: [] }];
    await until(() => element.shadowRoot?.querySelector('[role="alert"]') !== null && element.shadowRoot?.querySelector('[role="alert"]') !== undefined);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).toBe('This rule set is not a scorecard.');
    document.body.innerHTML = '<lens-scorecard for="nowhere" scorecard="ppi/kgz-2015@^1"></lens-scorecard>';
    const detached = document.querySelector('lens-scorecard')!;
    detached.documents = [kyrgyz];
    await until(() => detached.shadowRoot?.textContent?.includes('No form') === true);
  });
});
