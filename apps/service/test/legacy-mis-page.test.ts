// The widget on a legacy MIS screen (packages/widget/demo/legacy-mis.html): numeric codes as option
// and radio values translated by a value-map, Bosnian labels, radios before their labels, and a
// save button whose page script calls form.submit(). In Debian's Chromium against the real service.
import type {} from '@social-lens/widget';
import type { Page } from 'playwright-core';
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

type TestPage = Page & { errors: string[]; warnings: string[] };

/** The screen with the widget ready; console warnings kept apart from errors. */
async function openLegacyScreen(query = ''): Promise<TestPage> {
  const page = Object.assign(await browser.page(), { warnings: [] as string[] });
  page.on('console', (message) => {
    if (message.type() === 'warning') page.warnings.push(message.text());
  });
  await page.goto(`${service.origin}/demo/legacy-mis.html${query}`);
  await page.waitForFunction(() => {
    const check = document.querySelector('lens-record-check');
    return check?.shadowRoot?.querySelector('.summary') && !check.shadowRoot.textContent?.includes('Provjera');
  });
  return page;
}

async function messageOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((target) => {
    const input = document.querySelector(target)!;
    const own = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id))
      .find((element) => element?.hasAttribute('data-lens-message'));
    return own?.textContent ?? null;
  }, selector);
}

const findingsOf = (page: Page) => page.evaluate(() => document.querySelector('lens-record-check')!.findings.map((finding) => finding.message));
const statusOf = (page: Page) => page.locator('lens-record-check [part~=status]').allTextContents();

describe('a legacy MIS screen with coded selects and a value-map', () => {
  test('a correct record has no finding, and saving it through the page script posts the form', async () => {
    const page = await openLegacyScreen();
    expect(await findingsOf(page)).toEqual([]);
    expect(await statusOf(page)).toEqual(['Nema problema.']);
    expect(await page.locator('[data-lens-message]').count()).toBe(0);
    await screenshot(page, 'legacy-mis-1-correct-record');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await Promise.all([page.waitForURL(/legacy-mis\.html\?txtKlijent=K-2291/), page.click('#btnSpremi')]);
    expect(page.errors).toEqual([]);
    expect(page.warnings).toEqual([]);
    await page.close();
  });

  test('without the value-map the same record is wrong: the codes are what the map translates', async () => {
    const page = await openLegacyScreen('?value-map=off');
    expect((await findingsOf(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  test('messages name values by the option labels the page shows, numbers as Bosnian writes them', async () => {
    const page = await openLegacyScreen();
    await page.selectOption('#cboPov', '2');
    await page.waitForSelector('#cboPov[aria-invalid="true"]');
    expect(await messageOf(page, '#cboPov')).toBe(
      "Prihod po članu porodice je 200 uz liniju siromaštva od 120, pa bi nivo trebao biti 'Nesiromašan', a upisano je 'Siromašan'.",
    );
    await page.selectOption('#cboPov', '4');
    await page.fill('#txtPrihUk', '1234.5');
    await page.waitForSelector('#txtPrihUk[aria-invalid="true"]');
    expect(await messageOf(page, '#txtPrihUk')).toBe(
      'Prihod domaćinstva je 1.234,5, ali izvori prihoda zajedno iznose 600 (razlika 634,5, dozvoljeno najviše 12,35).',
    );
    await screenshot(page, 'legacy-mis-2-labels-and-numbers');
    await page.close();
  });

  test('a number typed as Bosnian users write it (1.234,5 or 1 234,5) is read as 1234.5, not as a value that cannot be read', async () => {
    const page = await openLegacyScreen();
    for (const typed of ['1.234,5', '1 234,5']) {
      await page.fill('#txtPrihUk', '');
      await page.fill('#txtPrihUk', typed);
      await page.waitForSelector('#txtPrihUk[aria-invalid="true"]');
      expect(await messageOf(page, '#txtPrihUk')).toBe(
        'Prihod domaćinstva je 1.234,5, ali izvori prihoda zajedno iznose 600 (razlika 634,5, dozvoljeno najviše 12,35).',
      );
    }
    await page.close();
  });

  test('a blocked form.submit() of the page script shows an alert by the save button that links to the first field in error', async () => {
    const page = await openLegacyScreen();
    await page.fill('#txtClanova', '0');
    await page.waitForSelector('#txtClanova[aria-invalid="true"]');
    await page.click('#btnSpremi');
    const alert = page.locator('#frmZahtjev [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Nije sačuvano: prvo ispravite 1 grešku. Idi na polje „Broj članova domaćinstva”');
    expect(await alert.isVisible()).toBe(true);
    // Next to the save button, in its table cell.
    expect(await page.evaluate(() => document.querySelector('[role=alert]')!.parentElement === document.getElementById('btnSpremi')!.parentElement)).toBe(true);
    expect(page.url()).not.toContain('?');
    expect(await page.evaluate(() => (window as unknown as { pokusaja: number }).pokusaja)).toBe(1);
    await screenshot(page, 'legacy-mis-3-save-blocked');

    await page.focus('#txtRata');
    await alert.locator('a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('txtClanova');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.fill('#txtClanova', '3');
    await page.waitForSelector('#txtClanova:not([aria-invalid])');
    expect(await alert.count()).toBe(0);
    await Promise.all([page.waitForURL(/\?txtKlijent=/), page.click('#btnSpremi')]);
    await page.close();
  });

  test('a radio group keeps its labels together: the message goes after the group', async () => {
    const page = await openLegacyScreen();
    // A code the value-map does not know: the MIS added a third option the map was not told about.
    await page.evaluate(() => {
      const radio = document.getElementById('optSpol2') as HTMLInputElement;
      radio.value = '3';
      radio.click();
    });
    await page.waitForSelector('#optSpol1[aria-invalid="true"]');
    const placement = await page.evaluate(() => {
      const message = document.querySelector('[data-lens-message]')!;
      return {
        previous: message.previousElementSibling?.getAttribute('for'),
        next: message.nextElementSibling?.id ?? null,
        describes: ['optSpol1', 'optSpol2'].map((id) => document.getElementById(id)!.getAttribute('aria-describedby') === message.id),
        text: message.textContent,
      };
    });
    expect(placement).toEqual({ previous: 'optSpol2', next: null, describes: [true, true], text: "Spol 'Muško' nije jedan od F, M, O." });
    await screenshot(page, 'legacy-mis-4-radio-message-after-group');
    await page.close();
  });

  test('the live region says each change once, with single punctuation, and "fixed" only for what was fixed', async () => {
    const page = await openLegacyScreen();
    const live = page.locator('lens-record-check [aria-live]');
    await page.fill('#txtClanova', '0');
    await page.waitForSelector('#txtClanova[aria-invalid="true"]');
    expect(await live.textContent()).toBe('1 novi problem: Veličina domaćinstva 0 je izvan raspona od 1 do 30.');
    // Emptying the field stops that check (and starts another): nothing was fixed.
    await page.fill('#txtClanova', '');
    await page.waitForFunction(
      () => !document.querySelector('lens-record-check')!.findings.some((finding) => finding.ruleId.endsWith('household-size-in-range')),
    );
    expect(await live.textContent()).not.toMatch(/ispravljen/);
    expect(await live.textContent()).not.toMatch(/\.\./);
    await page.fill('#txtClanova', '3');
    await page.waitForSelector('#txtClanova:not([aria-invalid])');
    expect(await live.textContent()).toBe('Ispravljen 1 problem.');
    await page.close();
  });

  test('a field-map or value-map entry naming no input is reported once, on the console and in the status part', async () => {
    const page = await openLegacyScreen();
    await page.evaluate(() => {
      const check = document.querySelector('lens-record-check')!;
      check.setAttribute('field-map', `${check.getAttribute('field-map')}, txtDjeca:dependents`);
      check.setAttribute('value-map', '{"cboPov": {"1": "very-poor", "2": "poor", "3": "near-poor", "4": "non-poor"}, "cboObraz": {"1": "primary"}}');
      check.refresh();
    });
    await page.waitForFunction(() => document.querySelector('lens-record-check')!.shadowRoot!.querySelectorAll('[data-problem]').length === 2);
    expect(await page.locator('lens-record-check [data-problem]').allTextContents()).toEqual([
      'field-map "txtDjeca": the form has no input of that name',
      'value-map "cboObraz": the form has no input of that name, data-lens-field or field',
    ]);
    expect(page.warnings).toEqual([
      '<lens-record-check>: field-map "txtDjeca": the form has no input of that name',
      '<lens-record-check>: value-map "cboObraz": the form has no input of that name, data-lens-field or field',
    ]);
    expect(page.errors).toEqual([]);
    await screenshot(page, 'legacy-mis-5-unknown-map-entries');
    // Detached, the element gives the form its own submit back.
    expect(await page.evaluate(() => Object.hasOwn(document.forms.namedItem('frmZahtjev')!, 'submit'))).toBe(true);
    await page.evaluate(() => document.querySelector('lens-record-check')!.remove());
    expect(await page.evaluate(() => Object.hasOwn(document.forms.namedItem('frmZahtjev')!, 'submit'))).toBe(false);
    await page.close();
  });

  test('profile="URL" loads columns and values from an import profile; a profile that cannot be loaded says so in the status part', async () => {
    const page = await browser.page();
    // Any URL may serve the profile (an MIS's own server, here a route of the browser).
    await page.route(
      (url) => url.pathname === '/profiles/mikrokredit.json',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            columns: {
              txtKlijent: 'clientId',
              cboPoslovnica: 'branchId',
              cboKS: 'loanOfficerId',
              optSpol: 'gender',
              txtDatRod: 'birthDate',
              optPodr: 'area',
              txtClanova: 'householdSize',
              txtPrihBiz: 'incomeBusiness',
              txtPrihPlata: 'incomeWages',
              txtPrihUk: 'householdIncomeMonthly',
              cboPov: 'povertyLevel',
              txtDatZah: 'applicationDate',
              txtCiklus: 'loanCycle',
              txtIznos: 'loanAmount',
              txtRok: 'loanTermMonths',
              txtRata: 'installmentAmount',
              cboStatus: 'status',
            },
            values: {
              povertyLevel: { 1: 'very-poor', 2: 'poor', 3: 'near-poor', 4: 'non-poor' },
              gender: { 1: 'F', 2: 'M' },
              area: { ' 1 ': 'rural', 2: 'urban' },
              status: { 1: 'active', 2: 'exited' },
            },
            numbers: { decimal: ',', group: '.' },
          }),
        }),
    );
    await page.goto(`${service.origin}/demo/legacy-mis.html?profile=/profiles/mikrokredit.json`);
    await page.waitForFunction(() => document.querySelector('lens-record-check')?.shadowRoot?.textContent?.includes('Nema problema.'));
    expect(await findingsOf(page)).toEqual([]);
    await page.selectOption('#cboPov', '1');
    await page.waitForSelector('#cboPov[aria-invalid="true"]');
    expect(await messageOf(page, '#cboPov')).toMatch(/trebao biti 'Nesiromašan', a upisano je 'Vrlo siromašan'/);

    await page.goto(`${service.origin}/demo/legacy-mis.html?profile=/profiles/missing.json`);
    await page.waitForFunction(() => document.querySelector('lens-record-check')!.shadowRoot!.querySelector('[data-problem]'));
    expect(await page.locator('lens-record-check [data-problem]').allTextContents()).toEqual([
      'profile /profiles/missing.json: could not be loaded (HTTP 404)',
    ]);
    await page.close();
  });
});
