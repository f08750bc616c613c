// The element types (`result`) for the page-side code below.
import type {} from '@social-lens/widget';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchTestBrowser,
  type RunningTestService,
  screenshot,
  seriousAccessibilityViolations,
  startTestService,
  type TestBrowser,
} from '../src/testing/index.ts';

let service: RunningTestService;
let browser: TestBrowser;

beforeAll(async () => {
  [service, browser] = await Promise.all([startTestService(), launchTestBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('<lens-scorecard> in Chromium, with the Kyrgyz PPI from the service', () => {
  test('its own form: radio buttons by label, the score and likelihoods live, and no serious accessibility violation', async () => {
    const page = await browser.page();
    await page.goto(`${service.origin}/demo/scorecard.html`);
    const own = page.locator('#own');
    await own.locator('fieldset').first().waitFor();
    expect(await own.locator('fieldset').count()).toBe(10);
    expect(await own.locator('legend').first().textContent()).toBe('1. В какой области проживает домохозяйство?');
    await screenshot(page, 'scorecard-1-empty');

    // Batken 11 + four members 19 + two working 2 + one wage 3 + running water 8 + automatic washer 7 + heater 4 + 3+ phones 9 + motor vehicle 7 + plot and animals 9 = 79.
    const fieldsets = own.locator('fieldset');
    const answers = ['Баткенская', 'Четыре', 'Двое', 'Один', 'Колодец или водопровод', 'Автоматическая (независимо от обычной)', 'Да', 'Три и более'];
    for (const [index, label] of answers.entries()) await fieldsets.nth(index).getByLabel(label).check();
    expect(await own.locator('[part="live"]').textContent()).toContain('Отвечено вопросов: 8 из 10');
    await fieldsets.nth(8).getByLabel('Моторное транспортное средство').check();
    await fieldsets.nth(9).getByLabel('Есть и участок, и скот').check();
    await page.waitForFunction(() => document.querySelector<HTMLElementTagNameMap['lens-scorecard']>('#own')?.result?.score === 79);
    expect(await own.locator('[part="live"]').textContent()).toBe('Балл: 79 (интервал 75–79)');
    expect(await own.locator('tr[data-line="national-100"] td').textContent()).toBe('1,2\u00a0%');
    await screenshot(page, 'scorecard-2-scored');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('attached to an MIS screen: positions and values read through field-map, an input not in the list marked at the input', async () => {
    const page = await browser.page();
    await page.goto(`${service.origin}/demo/scorecard.html?lang=en`);
    await page.waitForFunction(() => document.querySelector<HTMLElementTagNameMap['lens-scorecard']>('#attached')?.result?.score === 51);
    expect(await page.locator('#attached [part="live"]').textContent()).toBe('Score: 51 (band 50–54)');

    await page.fill('#txtPpiScore', '55');
    await page.waitForSelector('#txtPpiScore[aria-invalid="true"]');
    await page.fill('#txtQ3', '7');
    await page.waitForSelector('#txtQ3[aria-invalid="true"]');
    await page.waitForFunction(() => document.querySelector<HTMLElementTagNameMap['lens-scorecard']>('#attached')?.result?.score === null);
    const ids = (await page.getAttribute('#txtQ3', 'aria-describedby'))!.split(' ');
    expect(await page.locator(`#${ids.at(-1)}`).textContent()).toContain('The answer "7" to question 3 (members-working) is not one of its answers');
    expect(await page.getAttribute('#txtPpiScore', 'aria-invalid')).toBeNull();
    await screenshot(page, 'scorecard-3-attached-answer-not-in-list');

    await page.fill('#txtQ3', '3');
    await page.waitForFunction(() => document.querySelector<HTMLElementTagNameMap['lens-scorecard']>('#attached')?.result?.score === 54);
    expect(await page.getAttribute('#txtQ3', 'aria-invalid')).toBeNull();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
