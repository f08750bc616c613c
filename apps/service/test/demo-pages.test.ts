import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RULES_DIRECTORY } from '@social-lens/rule-sets';
import { generateSigningKeyPair, signDocument } from '@social-lens/rules';
// The element types (`findings`, `criteria`) for the page-side code below.
import type {} from '@social-lens/widget';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchTestBrowser,
  medianKeystrokeToFindings,
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

/** The loan-application screen with the widget ready (it has checked the pre-filled record). */
async function openClientForm(query = ''): Promise<Page & { errors: string[] }> {
  const page = await browser.page();
  await page.goto(`${service.origin}/demo/client-form.html${query}`);
  await page.waitForFunction(() => {
    const check = document.querySelector('lens-record-check');
    return check?.shadowRoot?.querySelector('.summary') && !check.shadowRoot.textContent?.includes('Checking');
  });
  return page;
}

async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
}

async function invalid(page: Page, selector: string): Promise<string | null> {
  return page.getAttribute(selector, 'aria-invalid');
}

async function messageOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((target) => {
    const input = document.querySelector(target)!;
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const own = ids.map((id) => document.getElementById(id)).find((element) => element?.hasAttribute('data-lens-message'));
    return own?.textContent ?? null;
  }, selector);
}

describe('the loan-application screen', () => {
  test('income sources that do not add up mark the total income; correcting a source clears it', async () => {
    const page = await openClientForm();
    expect(await invalid(page, '#txtIncTotal')).toBeNull();
    await screenshot(page, 'client-form-1-consistent');

    await fill(page, '#txtIncWages', '450');
    await page.waitForSelector('#txtIncTotal[aria-invalid="true"]');
    expect(await messageOf(page, '#txtIncTotal')).toBe('Household income is 800, but its sources add up to 950 (difference 150, more than 8 allowed).');
    expect((await page.getAttribute('#txtIncTotal', 'aria-describedby'))?.split(' ')[0]).toBe('hintTotal');
    expect(await invalid(page, '#txtIncWages')).toBeNull();
    await screenshot(page, 'client-form-2-income-does-not-add-up');

    await fill(page, '#txtIncWages', '300');
    await page.waitForSelector('#txtIncTotal:not([aria-invalid])');
    expect(await page.getAttribute('#txtIncTotal', 'aria-describedby')).toBe('hintTotal');
    expect(await page.locator('[data-lens-message]').count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('a declared poverty level that disagrees with income per member is flagged, naming the levels as the select shows them', async () => {
    const page = await openClientForm();
    await page.selectOption('#cboPovLevel', '2');
    await page.waitForSelector('#cboPovLevel[aria-invalid="true"]');
    expect(await messageOf(page, '#cboPovLevel')).toBe(
      "Income per family member is 200 against a poverty line of 120, so the level should be '4 - not poor', but it is '2 - poor'.",
    );
    await screenshot(page, 'client-form-3-poverty-level-disagrees');
    await page.close();
  });

  test('block-submit stops saving with errors and lets it through with warnings only', async () => {
    const page = await openClientForm();
    await fill(page, '#txtIncTotal', '900');
    // As a loan officer would: the message is there before the click on Save.
    await page.waitForSelector('#txtIncTotal[aria-invalid="true"]');
    await page.click('input[type=submit]');
    await page.waitForFunction(() => document.activeElement?.id === 'txtIncTotal');
    expect(await page.textContent('#saveStatus')).toBe('');
    expect(await page.locator('#frmLoanApp [role=alert]').textContent()).toBe('Not saved: 1 error must be corrected first. Go to “Total income”');
    await screenshot(page, 'client-form-4-submit-blocked');

    await fill(page, '#txtIncTotal', '800');
    await fill(page, '#txtInstal', '450'); // more than half the income: a warning, never blocking
    await page.waitForSelector('#txtInstal + [data-lens-message]');
    expect(await invalid(page, '#txtInstal')).toBeNull();
    await page.click('input[type=submit]');
    await page.waitForFunction(() => document.getElementById('saveStatus')?.textContent === 'Application saved.');
    await screenshot(page, 'client-form-5-saved-with-warning');
    await page.close();
  });

  test('works the same with rule sets from the running service', async () => {
    const local = await openClientForm();
    const remote = await openClientForm('?server=self&ruleset=core/client-data@^1');
    for (const page of [local, remote]) {
      await fill(page, '#txtIncWages', '450');
      await page.selectOption('#cboPovLevel', '3');
      await page.waitForSelector('#cboPovLevel[aria-invalid="true"]');
    }
    const findingsOf = (page: Page) => page.evaluate(() => document.querySelector('lens-record-check')!.findings.map((finding) => finding.message));
    expect(await findingsOf(remote)).toEqual(await findingsOf(local));
    expect((await findingsOf(remote)).length).toBe(2);

    // The association's rule set makes the repayment-capacity warning an error.
    const national = await openClientForm('?server=self&ruleset=examples/national@^2');
    await fill(national, '#txtInstal', '450');
    await national.waitForSelector('#txtInstal[aria-invalid="true"]');
    await screenshot(national, 'client-form-6-national-rule-set-from-service');
    for (const page of [local, remote, national]) await page.close();
  });

  test('verifies the publisher signature when a publisher key is given', async () => {
    const { privateKeyPem, publicKey } = await generateSigningKeyPair();
    const token = await service.publisher('assoc', publicKey);
    const rename = (text: string) => text.replaceAll('examples/national', 'assoc/national');
    const ruleset = JSON.parse(rename(readFileSync(join(RULES_DIRECTORY, 'examples/national/ruleset.json'), 'utf8')));
    const tests = JSON.parse(rename(readFileSync(join(RULES_DIRECTORY, 'examples/national/tests.json'), 'utf8')));
    const published = await fetch(`${service.origin}/v1/rulesets/assoc/national/${ruleset.version}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ruleset, tests, signature: await signDocument(ruleset, privateKeyPem) }),
    });
    expect(published.status).toBe(201);

    const signed = await openClientForm(`?server=self&ruleset=assoc/national@^2&publisher-key=${publicKey}`);
    await fill(signed, '#txtInstal', '450');
    await signed.waitForSelector('#txtInstal[aria-invalid="true"]');
    await signed.close();

    const { publicKey: otherKey } = await generateSigningKeyPair();
    const forged = await browser.page();
    await forged.goto(`${service.origin}/demo/client-form.html?server=self&ruleset=assoc/national@^2&publisher-key=${otherKey}`);
    await forged.waitForSelector('lens-record-check [role=alert]');
    expect(await forged.locator('lens-record-check [role=alert]').textContent()).toBe('The rule set is not signed by its publisher: checks are off.');
    await screenshot(forged, 'client-form-7-signature-rejected');
    await forged.close();
  });

  test('has no serious or critical accessibility violations, also while showing findings', async () => {
    const page = await openClientForm();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await fill(page, '#txtIncWages', '450');
    await page.waitForSelector('#txtIncTotal[aria-invalid="true"]');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  test('keystroke to updated findings (measured, not asserted)', async () => {
    const page = await openClientForm();
    await page.click('#txtIncTotal', { clickCount: 3 });
    await page.keyboard.press('Backspace');
    const median = await medianKeystrokeToFindings(page, '#txtIncTotal', '8001234567');
    process.stdout.write(`lens-record-check: median keystroke → findings ${median.toFixed(1)} ms (debounce 150 ms included)\n`);
    await page.close();
  });
});

describe('the SPM workbook page', () => {
  async function openObjectives(query = ''): Promise<Page & { errors: string[] }> {
    const page = await browser.page();
    await page.goto(`${service.origin}/demo/objectives.html${query}`);
    // The pre-filled objectives are checked on load.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('lens-objective-check').length === 3 &&
        [...document.querySelectorAll('lens-objective-check')].slice(1).every((check) => check.criteria),
    );
    return page;
  }

  const criterion = (page: Page, name: string) => page.getAttribute(`lens-objective-check:has(#objOutreach) [data-criterion=${name}]`, 'data-met');

  test('a vague objective misses measurable and time-bound with the vague word underlined; a SMART rewrite meets them', async () => {
    const page = await openObjectives();
    await page.fill('#objOutreach', 'Improve the lives of our clients.');
    await page.waitForSelector('lens-objective-check:has(#objOutreach) [data-criterion=measurable]');
    expect(await criterion(page, 'measurable')).toBe('false');
    expect(await criterion(page, 'timeBound')).toBe('false');
    const marks = await page.locator('lens-objective-check:has(#objOutreach) mark').allTextContents();
    expect(marks).toContain('Improve');
    // The underline sits under the word in the page's own textarea.
    const [markBox, fieldBox] = await Promise.all([
      page.locator('lens-objective-check:has(#objOutreach) mark', { hasText: 'Improve' }).boundingBox(),
      page.locator('#objOutreach').boundingBox(),
    ]);
    expect(markBox!.x).toBeGreaterThanOrEqual(fieldBox!.x);
    expect(markBox!.y).toBeGreaterThanOrEqual(fieldBox!.y);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(fieldBox!.y + fieldBox!.height);
    expect(await page.inputValue('#objOutreach')).toBe('Improve the lives of our clients.');
    await screenshot(page, 'objectives-1-vague');

    await page.fill('#objOutreach', 'Increase the share of rural women among new clients from 45% to 60% by December 2027.');
    await page.waitForFunction(() => document.querySelector('#objOutreach')!.closest('lens-objective-check')!.criteria?.['timeBound'].met === true);
    expect(await criterion(page, 'measurable')).toBe('true');
    expect(await criterion(page, 'timeBound')).toBe('true');
    await screenshot(page, 'objectives-2-smart');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('works the same with the rule set from the running service, and in Bosnian for Serbian', async () => {
    const page = await openObjectives('?server=self&lang=sr-Latn');
    await page.fill('#objOutreach', 'Improve the lives of our clients.');
    await page.waitForFunction(() => document.querySelector('#objOutreach')!.closest('lens-objective-check')!.criteria?.['measurable'].met === false);
    expect(await page.locator('lens-objective-check:has(#objOutreach) [data-criterion=timeBound]').textContent()).toContain('Vremenski određeno');
    await screenshot(page, 'objectives-3-from-service-bosnian');
    await page.close();
  });

  test('has no serious or critical accessibility violations', async () => {
    const page = await openObjectives();
    await page.fill('#objOutreach', 'Improve the lives of our clients.');
    await page.waitForSelector('lens-objective-check:has(#objOutreach) [data-criterion=measurable]');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  test('the small bundle, without the analyzer, asks the service for each check', async () => {
    const page = await browser.page();
    const remote = join(dirname(createRequire(import.meta.url).resolve('@social-lens/widget/package.json')), 'dist', 'lens-objective-remote.js');
    await page.route('**/widget.js', (route) => route.fulfill({ path: remote, contentType: 'text/javascript' }));
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/v1/objectives/check')) asked.push(request.method());
    });
    await page.goto(`${service.origin}/demo/objectives.html?server=self&lang=bs`);
    await page.fill('#objOutreach', 'Poboljšati živote naših klijenata.');
    await page.waitForFunction(() => document.querySelector('#objOutreach')!.closest('lens-objective-check')!.criteria?.['measurable'].met === false);
    expect(await page.locator('lens-objective-check:has(#objOutreach) mark').allTextContents()).toContain('Poboljšati');
    await page.fill('#objOutreach', 'Povećati udio žena među novim klijentima sa 45% na 60% do decembra 2027. godine.');
    await page.waitForFunction(() => document.querySelector('#objOutreach')!.closest('lens-objective-check')!.criteria?.['timeBound'].met === true);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((method) => method === 'POST')).toBe(true);
    const median = await medianKeystrokeToFindings(page, '#objOutreach', ' Za sve.');
    process.stdout.write(
      `lens-objective-check (small bundle, checks on the service): median keystroke → findings ${median.toFixed(1)} ms (debounce 250 ms included)\n`,
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('keystroke to updated findings (measured, not asserted)', async () => {
    const page = await openObjectives();
    await page.fill('#objOutreach', 'Increase the share of rural women among new clients from 45% to 60% by December 202');
    await page.waitForSelector('lens-objective-check:has(#objOutreach) [data-criterion=measurable]');
    const median = await medianKeystrokeToFindings(page, '#objOutreach', '7 for all branches');
    process.stdout.write(
      `lens-objective-check (full bundle, analyzer in the page): median keystroke → findings ${median.toFixed(1)} ms (debounce 250 ms included)\n`,
    );
    await page.close();
  });
});
