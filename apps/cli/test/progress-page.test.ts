import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

let browser: BrowserContext;
beforeAll(async () => {
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lens-chromium-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

async function progressPage(lang: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'lens-progress-page-')), 'progress.html');
  const result = await runLens([
    'progress',
    join(EXAMPLES, 'clients.csv@2026-06-30'),
    join(EXAMPLES, 'clients-2026-12-31.csv@2026-12-31'),
    '--objectives',
    join(EXAMPLES, 'progress-objectives.jsonl'),
    '--format',
    'html',
    '--lang',
    lang,
    '--out',
    out,
  ]);
  expect(result.status).toBe(0);
  return out;
}

describe('lens progress --format html in Chromium', () => {
  it('shows a panel per objective, the indicators, the movement and coverage, without a request; leaves screenshots', { timeout: 120_000 }, async () => {
    const file = await progressPage('en');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('#objectives .panel h3').allInnerTexts()).toEqual([
      'women behind',
      'poor-new on track',
      'retention behind',
      'reasons behind',
      'rural behind',
    ]);
    expect(await page.locator('#objectives svg.series-chart').count()).toBe(5);
    expect(await page.locator('#indicators > details').count()).toBe(10);
    expect(await page.locator('#transitions svg.flow-chart').count()).toBe(2);
    expect(await page.locator('#transitions h3').allInnerTexts()).toEqual(['Poverty level: 2026-06-30 → 2026-12-31', 'Loan cycle: 2026-06-30 → 2026-12-31']);
    expect(await page.locator('#problems li').count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'progress.png'), fullPage: true });
    // No chart text runs out of its chart, the segment charts inside the indicators included.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const own = text.getBoundingClientRect();
            return own.left < box.left - 1 || own.right > box.right + 1 || own.top < box.top - 1 || own.bottom > box.bottom + 1;
          })
          .map((text) => text.textContent);
      }),
    );
    expect(clipped).toEqual([]);
    expect(await page.locator('#indicators svg.chart').count()).toBeGreaterThan(40);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'progress-phone.png') });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('is written in Russian and Bosnian too', { timeout: 120_000 }, async () => {
    for (const [lang, heading] of [
      ['ru', 'Достижение социальных целей'],
      ['bs', 'Napredak prema društvenim ciljevima'],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(await progressPage(lang)).href);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await page.close();
    }
  });
});
