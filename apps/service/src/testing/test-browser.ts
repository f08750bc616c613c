import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { addPublisher, createRegistryCatalogLoader, type Database, openDatabase, publishRuleSetFolder } from '@social-lens/registry';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../app/create-app.ts';
import { SHIPPED_RULES_DIRECTORY } from '../seed/shipped-rules-directory.ts';

/** Debian's Chromium (installed by `.ci/run`); Playwright cannot download its own browser here. */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Screenshots of each state the browser tests reach: test-artifacts/ of the package running them (gitignored). */
export const ARTIFACTS_DIRECTORY = join(process.cwd(), 'test-artifacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface RunningTestService {
  origin: string;
  db: Database;
  /** A new publisher and its token. */
  publisher(name: string, publicKey?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real service on 127.0.0.1 and an ephemeral port, its embedded database in a new temporary
 * DATA_DIR, the shipped rule sets published, as `pnpm start` runs it (without rate limits).
 */
export async function startTestService(): Promise<RunningTestService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lens-widget-data-'));
  const database = await openDatabase({ dataDir });
  await publishRuleSetFolder(database.db, createRegistryCatalogLoader(database.db), SHIPPED_RULES_DIRECTORY);
  const app = createApp({ database, rateLimit: false, log: () => {} });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    db: database.db,
    publisher: async (name, publicKey) => (await addPublisher(database.db, name, publicKey ? { publicKey } : {})).token,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestBrowser {
  context: BrowserContext;
  /** A new page; page errors and console errors are collected in `errors`. */
  page(): Promise<Page & { errors: string[] }>;
  close(): Promise<void>;
}

/** Chromium with a fresh profile in a temporary folder. */
export async function launchTestBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 1100 },
  });
  return {
    context,
    async page() {
      const page = Object.assign(await context.newPage(), { errors: [] as string[] });
      page.on('pageerror', (error) => page.errors.push(String(error)));
      page.on('console', (message) => {
        // The demo pages have no favicon; every other failed request is an error of the page.
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) page.errors.push(message.text());
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as `test-artifacts/NAME.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIRECTORY, `${name}.png`), fullPage: true });
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations of impact serious or critical on the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', nodes: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
}

/**
 * Median milliseconds from a key press to the next `lens-findings` event, measured in the page
 * (the keydown listener and the event both stamp `performance.now()`): debounce included, as a
 * user sees it. Printed by the tests, never asserted.
 */
export async function medianKeystrokeToFindings(page: Page, selector: string, keys: string): Promise<number> {
  await page.evaluate((target) => {
    const state = window as unknown as { lensTimes: number[]; lensPressed: number };
    state.lensTimes = [];
    document.querySelector(target)!.addEventListener('keydown', () => {
      state.lensPressed = performance.now();
    });
    document.addEventListener('lens-findings', () => {
      if (state.lensPressed) state.lensTimes.push(performance.now() - state.lensPressed);
      state.lensPressed = 0;
    });
  }, selector);
  for (const key of keys) {
    const before = await page.evaluate(() => (window as unknown as { lensTimes: number[] }).lensTimes.length);
    await page.press(selector, key === ' ' ? 'Space' : key);
    await page.waitForFunction((count) => (window as unknown as { lensTimes: number[] }).lensTimes.length > count, before);
  }
  const times = await page.evaluate(() => (window as unknown as { lensTimes: number[] }).lensTimes);
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
