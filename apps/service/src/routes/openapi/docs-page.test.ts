import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser, type RunningTestService, screenshot, startTestService, type TestBrowser } from '../../testing/index.ts';

type OpenApiDocument = { paths: Record<string, Record<string, { summary: string }>> };

let service: RunningTestService;
let browser: TestBrowser;

beforeAll(async () => {
  [service, browser] = await Promise.all([startTestService(), launchTestBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('GET /docs', () => {
  it('serves the page and the renderer from the service itself', async () => {
    const page = await fetch(`${service.origin}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/docs/api-reference.js"');
    expect(html).not.toMatch(/src="https?:/);
    const script = await fetch(`${service.origin}/docs/api-reference.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  it('shows every operation of /openapi.json in Chromium, asking nothing of another host', async () => {
    const openApi = (await (await fetch(`${service.origin}/openapi.json`)).json()) as OpenApiDocument;
    const summaries = Object.values(openApi.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.summary));
    const page = await browser.page();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(service.origin)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${service.origin}/docs`);
    await page.waitForFunction((expected) => expected.every((summary) => document.body.innerText.includes(summary)), summaries, { timeout: 30_000 });
    const text = await page.evaluate(() => document.body.innerText);
    for (const summary of summaries) expect(text, summary).toContain(summary);
    // Operations render as they scroll into view: scroll to the bottom, then read the page.
    for (let step = 0; step < 60; step += 1) {
      const atBottom = await page.evaluate(() => {
        window.scrollBy(0, 1500);
        return window.scrollY + window.innerHeight >= document.body.scrollHeight - 2;
      });
      if (atBottom) break;
      await page.waitForTimeout(100);
    }
    const seen = await page.evaluate(() => document.body.textContent ?? '');
    // An example of each worked case: JSON check, CSV check, objective check, progress, publish.
    for (const example of ['C000001', '--data-binary @clients.csv', 'Keep the share of women', 'december.csv', 'examples/national']) {
      expect(seen, example).toContain(example);
    }
    await screenshot(page, 'api-docs');
    expect(elsewhere).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 120_000);
});
