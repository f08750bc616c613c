import { afterEach, describe, expect, test } from 'vitest';
import type { LensFindingsDetail } from './lens-findings-event.ts';
import './lens-record-check.ts';
import type { LensRecordCheckElement } from './lens-record-check.ts';

const FORM = `
<form id="loan" action="/save">
  <input name="hh_members" value="4">
  <input name="inc_business" value="500">
  <input name="inc_wages" value="300">
  <input name="inc_total" aria-describedby="total-hint" value="800"><span id="total-hint">monthly</span>
  <input name="pov_level" data-lens-values="1:very-poor,2:poor,3:near-poor,4:non-poor" value="4">
  <input name="loan_amount" value="2000"><input name="term" value="12"><input name="installment" value="190">
  <button>Save</button>
</form>
<lens-record-check for="loan" today="2026-01-15" debounce="0" block-submit
  field-map="hh_members:householdSize, inc_business:incomeBusiness, inc_wages:incomeWages, inc_total:householdIncomeMonthly, pov_level:povertyLevel, loan_amount:loanAmount, term:loanTermMonths, installment:installmentAmount"></lens-record-check>`;

async function mount(html = FORM): Promise<{ element: LensRecordCheckElement; form: HTMLFormElement; input(name: string): HTMLInputElement }> {
  document.body.innerHTML = html;
  const element = document.querySelector('lens-record-check')!;
  await until(
    () =>
      element.shadowRoot?.querySelector('.summary')?.getAttribute('data-errors') !== undefined && element.findings !== undefined && element.form !== undefined,
  );
  await until(() => !/Checking|Provjera/.test(element.shadowRoot!.textContent!));
  const form = document.getElementById('loan') as HTMLFormElement;
  return { element, form, input: (name) => form.elements.namedItem(name) as HTMLInputElement };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not met in time');
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<lens-record-check>', () => {
  test('a number typed as the page\'s users write it (lang="bs": 1.234,5 and 1 234,5) is read as 1234.5, not as a value that cannot be read', async () => {
    const { element, input } = await mount(FORM.replace('<lens-record-check ', '<lens-record-check lang="bs" '));
    type(input('inc_business'), '1.234,5');
    type(input('inc_wages'), '1 000');
    type(input('inc_total'), '2 234,5');
    const findings = element.checkNow();
    expect(findings.map((finding) => finding.ruleId)).not.toContain('core/client-data#values-readable');
    expect(findings.filter((finding) => finding.fields.includes('householdIncomeMonthly')).map((finding) => finding.ruleId)).toEqual([]);
    type(input('inc_total'), '3.000');
    expect(element.checkNow().map((finding) => finding.ruleId)).toContain('core/client-data#income-sources-add-up');
  });

  test('a pre-filled consistent record shows nothing', async () => {
    const { element, input } = await mount();
    expect(element.findings).toEqual([]);
    expect(input('inc_total').hasAttribute('aria-invalid')).toBe(false);
    expect(input('inc_total').getAttribute('aria-describedby')).toBe('total-hint');
  });

  test('income sources that do not add up mark the total, next to the ids the page had; fixing a source clears it', async () => {
    const { element, input } = await mount();
    const events: LensFindingsDetail[] = [];
    element.addEventListener('lens-findings', (event) => events.push(event.detail));
    type(input('inc_wages'), '400');
    await until(() => input('inc_total').getAttribute('aria-invalid') === 'true');
    const ids = input('inc_total').getAttribute('aria-describedby')!.split(' ');
    expect(ids[0]).toBe('total-hint');
    const message = document.getElementById(ids[1]!)!;
    expect(message.textContent).toBe('Household income is 800, but its sources add up to 900 (difference 100, more than 8 allowed).');
    expect(input('inc_total').nextElementSibling).toBe(message);
    expect(input('inc_wages').hasAttribute('aria-invalid')).toBe(false);
    expect(events.at(-1)?.findings.map((finding) => finding.ruleId)).toContain('core/client-data#income-sources-add-up');
    expect(events.at(-1)?.criteria).toBeNull();
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).toContain('1 new problem');

    type(input('inc_wages'), '300');
    await until(() => !input('inc_total').hasAttribute('aria-invalid'));
    expect(input('inc_total').getAttribute('aria-describedby')).toBe('total-hint');
    expect(document.querySelectorAll('[data-lens-message]')).toHaveLength(0);
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).toBe('1 problem fixed.');
  });

  test('a poverty level that disagrees with income per member is flagged, with codes translated by data-lens-values', async () => {
    const { element, form } = await mount();
    const level = form.elements.namedItem('pov_level') as HTMLInputElement;
    level.value = '2';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(element.findings.map((finding) => finding.message)).toEqual([
      "Income per family member is 200 against a poverty line of 120, so the level should be 'Non-poor', but it is 'Poor'.",
    ]);
  });

  test('block-submit stops a submission with errors and lets one with warnings only through', async () => {
    const { input, form } = await mount();
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      if (!event.defaultPrevented) submitted += 1;
      event.preventDefault();
    });
    type(input('inc_total'), '100');
    form.requestSubmit();
    expect(submitted).toBe(0);
    type(input('inc_total'), '800');
    type(input('installment'), '500'); // above half the income: a warning
    await until(() => document.querySelector('[data-lens-message]') !== null);
    expect(input('installment').hasAttribute('aria-invalid')).toBe(false);
    form.requestSubmit();
    expect(submitted).toBe(1);
  });

  test('reads input names as lens check records reads columns: trimmed, any case, the first with a value', async () => {
    const { element } = await mount(`
      <form id="loan">
        <input name="HouseholdSize" value=""><input name=" householdsize " value="0"><input name="HOUSEHOLDSIZE" value="3">
        <input name="householdIncomeMonthly" value="480">
      </form>
      <lens-record-check for="loan" today="2026-01-15" debounce="0"></lens-record-check>`);
    expect(element.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['core/client-data#household-size-in-range', 'Household size 0 is outside 1 to 30.'],
    ]);
  });

  test('speaks Bosnian for Serbian, messages and counts alike', async () => {
    const { element, input } = await mount(FORM.replace('<lens-record-check ', '<lens-record-check lang="sr-Latn" '));
    type(input('inc_wages'), '400');
    await until(() => input('inc_total').getAttribute('aria-invalid') === 'true');
    expect(element.findings[0]!.message).toMatch(/^Prihod domaćinstva je 800/);
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).toBe('1 greška');
  });
});

describe('<lens-record-check> on a screen with coded choices', () => {
  const CODED = `
<form id="loan">
  <input name="hh" value="4"><input name="inc" value="800">
  <select name="cboPov"><option value="4" selected>Nesiromašan</option><option value="2">Siromašan</option></select>
  <fieldset><legend>Spol</legend><label><input type="radio" name="optSpol" value="1" checked> Žensko</label><label><input type="radio" name="optSpol" value="2"> Muško</label></fieldset>
  <button>Spremi</button>
</form>
<lens-record-check for="loan" lang="bs" today="2026-01-15" debounce="0" block-submit field-map="hh:householdSize, inc:householdIncomeMonthly, cboPov:povertyLevel, optSpol:gender"
  value-map='{"cboPov": {"2": "poor", "4": "non-poor"}, "gender": {"1": "F", "2": "M"}}'></lens-record-check>`;

  test('codes translated by the value-map check clean, and messages name the option labels', async () => {
    const { element, form } = await mount(CODED);
    expect(element.findings).toEqual([]);
    const level = form.elements.namedItem('cboPov') as HTMLSelectElement;
    level.value = '2';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    expect(element.findings.map((finding) => finding.message)).toEqual([
      "Prihod po članu porodice je 200 uz liniju siromaštva od 120, pa bi nivo trebao biti 'Nesiromašan', a upisano je 'Siromašan'.",
    ]);
  });

  test("a radio group's message goes after its fieldset, and every radio is described by it", async () => {
    const { element, form } = await mount(CODED);
    const male = form.querySelector<HTMLInputElement>('input[value="2"]')!;
    male.value = '9';
    male.checked = true;
    male.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => document.querySelector('[data-lens-message]') !== null);
    const message = document.querySelector('[data-lens-message]')!;
    expect(message.previousElementSibling?.localName).toBe('fieldset');
    expect(element.findings[0]?.message).toBe("Spol 'Muško' nije jedan od F, M, O.");
    for (const radio of form.querySelectorAll('input[type=radio]')) expect(radio.getAttribute('aria-describedby')).toBe(message.id);
    // A blocked save names the group by its legend, not by the first radio's label.
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
    expect(document.querySelector('[role=alert] a')?.textContent).toBe('Idi na polje „Spol”');
  });

  test('form.submit() is held back while errors remain, and the form gets its own submit back when the element goes', async () => {
    const { element, form, input } = await mount(CODED);
    // The page's own submit (a browser's would navigate): counts the posts. The element wraps it when it attaches.
    let posted = 0;
    const pageSubmit = () => {
      posted += 1;
    };
    element.remove();
    form.submit = pageSubmit;
    form.after(element);
    element.refresh();
    expect(form.submit).not.toBe(pageSubmit);
    type(input('hh'), '0');
    form.submit();
    expect(posted).toBe(0);
    expect(document.querySelector('[role=alert]')?.textContent).toBe('Nije sačuvano: prvo ispravite 1 grešku. Idi na polje „hh”');
    type(input('hh'), '4');
    await until(() => document.querySelector('[role=alert]') === null);
    form.submit();
    expect(posted).toBe(1);
    element.remove();
    expect(form.submit).toBe(pageSubmit);
  });
});
