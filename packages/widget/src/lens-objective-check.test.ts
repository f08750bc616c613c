import { afterEach, expect, test } from 'vitest';
import type { LensFindingsDetail } from './lens-findings-event.ts';
import './local-objective-checker.ts';
import './lens-objective-check.ts';
import './lens-objective-check.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function nextFindings(element: Element): Promise<LensFindingsDetail> {
  return new Promise((resolve) =>
    element.addEventListener('lens-findings', (event) => resolve((event as CustomEvent<LensFindingsDetail>).detail), { once: true }),
  );
}

test('defining the element twice is harmless', () => {
  expect(customElements.get('lens-objective-check')).toBeDefined();
});

test('marks a vague objective, underlines the vague word, and turns met when rewritten', async () => {
  document.body.innerHTML = `<lens-objective-check lang="en" today="2026-01-15" debounce="0"><textarea name="objective"></textarea></lens-objective-check>`;
  const element = document.querySelector('lens-objective-check')!;
  const textarea = element.querySelector('textarea')!;
  const text = 'Improve the lives of our clients.';

  let found = nextFindings(element);
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  let detail = await found;
  expect(detail.criteria?.['measurable'].met).toBe(false);
  expect(detail.criteria?.['timeBound'].met).toBe(false);
  const marks = [...element.shadowRoot!.querySelectorAll('.overlay mark')].map((mark) => mark.textContent);
  expect(marks).toContain('Improve');
  // The page's field is untouched: same value, no child nodes added.
  expect(textarea.value).toBe(text);
  expect(textarea.childNodes).toHaveLength(0);
  expect(element.shadowRoot!.querySelector('[data-criterion=measurable]')!.getAttribute('data-met')).toBe('false');

  found = nextFindings(element);
  textarea.value = 'Increase the share of women among new clients from 45% to 60% by December 2027.';
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  detail = await found;
  expect(detail.criteria?.['measurable'].met).toBe(true);
  expect(detail.criteria?.['timeBound'].met).toBe(true);
  expect(element.shadowRoot!.querySelector('[data-criterion=timeBound]')!.getAttribute('data-met')).toBe('true');
});

test('speaks Russian labels', async () => {
  document.body.innerHTML = `<lens-objective-check lang="ru" today="2026-01-15" debounce="0"><textarea>Улучшить жизнь клиентов.</textarea></lens-objective-check>`;
  const element = document.querySelector('lens-objective-check')!;
  await nextFindings(element);
  await element.updateComplete;
  expect(element.shadowRoot!.querySelector('[data-criterion=timeBound]')!.textContent).toContain('Срок');
});

test.each([
  ['bs', 'Poboljšati živote naših klijenata.', 'Povećati udio žena među novim klijentima sa 45% na 60% do decembra 2027. godine.'],
  ['sr', 'Побољшати животе наших клијената.', 'Повећати удео жена међу новим клијентима са 45% на 60% до децембра 2027. године.'],
])('lang="%s" analyses its own language, Latin or Cyrillic', async (lang, vague, smart) => {
  document.body.innerHTML = `<lens-objective-check lang="${lang}" today="2026-01-15" debounce="0"><textarea></textarea></lens-objective-check>`;
  const element = document.querySelector('lens-objective-check')!;
  const textarea = element.querySelector('textarea')!;
  let found = nextFindings(element);
  textarea.value = vague;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  let detail = await found;
  expect(detail.findings.map((finding) => finding.ruleId)).not.toContain('core/smart-objective#unsupported-language');
  expect(detail.criteria?.['measurable'].met).toBe(false);
  found = nextFindings(element);
  textarea.value = smart;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  detail = await found;
  expect([detail.criteria?.['specific'].met, detail.criteria?.['measurable'].met, detail.criteria?.['timeBound'].met]).toEqual([true, true, true]);
});
