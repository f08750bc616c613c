import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRecordChecker, type Finding, resolveRuleSet } from '@social-lens/rules';
import { createPortfolioRun } from '@social-lens/rules/aggregate';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClientExport, toCsv } from '../scripts/client-export-generator.ts';
import { readRecords } from '../src/input/read-records.ts';
import { renderHtmlReport } from '../src/output/html-report/render-html-report.ts';
import { createReportCollector, type ReportData } from '../src/output/html-report/report-data.ts';
import { loadCatalog } from '../src/rule-sets/load-catalog.ts';
import { runLens } from './run-lens.ts';

const TODAY = '2026-06-30';
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const { catalog } = loadCatalog([]);
const ruleSets = [resolveRuleSet(catalog, 'core/client-data'), resolveRuleSet(catalog, 'core/portfolio')];

/** What `lens check records FILE --format html` does: record checks, portfolio rules and the report in one pass. */
async function reportOf(csv: string, lang: string, recordsToFixLimit?: number): Promise<ReportData> {
  const folder = mkdtempSync(join(tmpdir(), 'lens-report-'));
  const file = join(folder, 'clients.csv');
  writeFileSync(file, csv);
  const checkers = ruleSets.map((ruleSet) => createRecordChecker(ruleSet, { lang, today: TODAY }));
  const portfolio = createPortfolioRun(ruleSets, { lang, today: TODAY });
  const titles = new Map(ruleSets.flatMap((ruleSet) => [...ruleSet.rules, ...(ruleSet.portfolioRules ?? [])].map((rule) => [rule.id, rule.title] as const)));
  const collector = createReportCollector({
    lang,
    fileName: 'clients.csv',
    checkedOn: TODAY,
    ruleSets: ruleSets.map((ruleSet) => ruleSet.ref),
    titles,
    ...(recordsToFixLimit ? { recordsToFixLimit } : {}),
  });
  for await (const item of readRecords(file, { map: new Map(), encoding: 'utf-8', warn: () => {} })) {
    if (item.kind === 'input-finding') {
      collector.addInputProblem(item.finding);
      continue;
    }
    const findings: Finding[] = [];
    for (const checker of checkers) findings.push(...(await checker.check(item.raw, { line: item.line })));
    const record = portfolio.collect(item.raw, item.line);
    portfolio.add(record);
    collector.addRecord(record.values ?? {}, findings, { ...(record.recordId === undefined ? {} : { recordId: record.recordId }), line: item.line });
  }
  return collector.finish(portfolio.finish());
}

let browser: BrowserContext;
beforeAll(async () => {
  // Debian's Chromium with a fresh profile (playwright-core passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lens-chromium-')), {
    executablePath: CHROMIUM,
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

describe('renderHtmlReport in Chromium', () => {
  it('shows the summary, the flagged officer, the duplicates, segments and records to fix, without a request; writes a screenshot', async () => {
    const generated = generateClientExport({
      count: 2_000,
      seed: 11,
      faultShare: 0.15,
      today: TODAY,
      biasedLoanOfficer: { loanOfficerId: 'LO32', incomeFactor: 3 },
      duplicateNationalIds: 5,
    });
    const data = await reportOf(toCsv(generated.records), 'en', 200);
    const html = renderHtmlReport(data);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    const folder = mkdtempSync(join(tmpdir(), 'lens-html-'));
    writeFileSync(join(folder, 'report.html'), html);
    await page.goto(pathToFileURL(join(folder, 'report.html')).href);

    const cards = await page.locator('#summary .card').allInnerTexts();
    expect(cards.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Records 2,000',
      `Records with findings ${data.summary.recordsWithFindings.toLocaleString('en')}`,
      `Errors ${(data.summary.bySeverity['error'] ?? 0).toLocaleString('en')}`,
      `Warnings ${(data.summary.bySeverity['warning'] ?? 0).toLocaleString('en')}`,
      `Notes ${(data.summary.bySeverity['info'] ?? 0).toLocaleString('en')}`,
      'Unreadable rows 0',
      `Portfolio findings ${data.portfolioFindings.length}`,
    ]);
    const portfolioText = (await page.locator('#portfolio').textContent()) ?? '';
    expect(portfolioText).toMatch(/Median income per member of loan officer LO32 is \d+(\.\d)? vs\. portfolio/);
    // One entry per duplicate group, naming all its records, not one per record.
    const duplicateEntries = await page.locator('#portfolio tr', { hasText: 'duplicate-national-id' }).locator('li').allTextContents();
    expect(duplicateEntries).toHaveLength(generated.duplicates!.length);
    for (const [original, copy] of generated.duplicates!) {
      expect(
        duplicateEntries.filter(
          (entry) => entry.startsWith('nationalId: ') && (entry.includes(`${original}, ${copy}`) || entry.includes(`${copy}, ${original}`)),
        ),
      ).toHaveLength(1);
    }
    expect(await page.locator('#portfolio tr', { hasText: 'duplicate-national-id' }).locator('td.n').textContent()).toBe(String(generated.duplicates!.length));
    expect(await page.locator('#by-loan-officer tr.flag td:first-child').allInnerTexts()).toEqual(['LO32']);
    expect(await page.locator('#by-branch tbody tr').count()).toBe(7);
    expect(await page.locator('#segments svg.chart').count()).toBe(5);
    expect(await page.locator('#segments h3').allInnerTexts()).toEqual([
      'New (first-cycle) clients by poverty level',
      'Loan cycle',
      'Poverty level',
      'Area',
      'Gender',
    ]);
    expect(await page.locator('#records-to-fix .more').textContent()).toBe(
      `and ${data.recordsToFix.notListed} more records with findings, not listed here — the full list is in the Excel output (--format xlsx)`,
    );
    expect(data.recordsToFix.records).toHaveLength(200);
    expect(requests).toEqual([]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-phone.png') });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('escapes client data: a hostile id and code stay text', async () => {
    const hostile = '<img src=x onerror="document.title=`pwned`">';
    const generated = generateClientExport({ count: 60, seed: 3, faultShare: 0, today: TODAY });
    generated.records[0]!.clientId = hostile;
    generated.records[0]!.gender = '<script>document.title="pwned"</script>';
    generated.records[0]!.branchId = '"><svg onload=alert(1)>';
    const html = renderHtmlReport(await reportOf(toCsv(generated.records), 'en'));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    const page = await browser.newPage();
    await page.setContent(html);
    expect(await page.title()).toBe('Client data check — clients.csv');
    expect(await page.locator('img, script').count()).toBe(0);
    expect(await page.locator('#records-to-fix').textContent()).toContain(hostile);
    await page.close();
  });

  it('has Russian labels', async () => {
    const generated = generateClientExport({ count: 200, seed: 5, faultShare: 0.2, today: TODAY });
    const page = await browser.newPage();
    await page.setContent(renderHtmlReport(await reportOf(toCsv(generated.records), 'ru')));
    expect(await page.locator('h2').allInnerTexts()).toEqual([
      'Итоги',
      'Замечания по портфелю',
      'Замечания по правилам',
      'По отделениям',
      'По кредитным специалистам',
      'Сегменты',
      'Записи для исправления',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.close();
  });
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));

/** Chart text elements whose box leaves their svg's box, or svgs that leave their container, with the text. */
async function clippedChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const svg of document.querySelectorAll('svg')) {
      const frame = svg.getBoundingClientRect();
      const container = svg.parentElement!.getBoundingClientRect();
      if (frame.left < container.left - 0.5 || frame.right > container.right + 0.5) clipped.push(`svg ${svg.getAttribute('aria-label')} leaves its container`);
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) {
          clipped.push(`${svg.getAttribute('aria-label')}: ${text.textContent}`);
        }
      }
    }
    return clipped;
  });
}

/** axe-core's violations, as "impact rule-id (count)". */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  // Through the DevTools protocol: the report's CSP (no script) stays as it ships.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
    ).axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
  });
  const summary = violations.map((violation) => `${violation.impact} ${violation.id} (${violation.nodes})`);
  writeFileSync(join(ARTIFACTS, `axe-${name}.txt`), `${summary.length === 0 ? 'no violations' : summary.join('\n')}\n`);
  return summary.filter((line) => line.startsWith('serious') || line.startsWith('critical'));
}

/** Opens the report at 1280 px, 390 px and print (A4 width, print media): no clipped chart text, no serious axe violation; screenshots. */
async function checkLayouts(html: string, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const folder = mkdtempSync(join(tmpdir(), 'lens-layout-'));
  writeFileSync(join(folder, 'report.html'), html);
  const layouts = [
    { label: 'desktop', width: 1280, height: 900, media: 'screen' as const },
    { label: 'phone', width: 390, height: 844, media: 'screen' as const },
    { label: 'print', width: 794, height: 1123, media: 'print' as const },
  ];
  for (const layout of layouts) {
    const page = await browser.newPage();
    await page.setViewportSize({ width: layout.width, height: layout.height });
    await page.emulateMedia({ media: layout.media });
    await page.goto(pathToFileURL(join(folder, 'report.html')).href);
    expect(await clippedChartText(page), `${name} ${layout.label}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} ${layout.label} page overflow`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${layout.label}.png`), fullPage: layout.label !== 'phone' });
    if (layout.media === 'print') writeFileSync(join(ARTIFACTS, `${name}.pdf`), await page.pdf({ format: 'A4' }));
    expect(await seriousViolations(page, `${name}-${layout.label}`), `${name} ${layout.label} axe`).toEqual([]);
    await page.close();
  }
}

describe('the report layout at 1280 px, 390 px and print', () => {
  it('fits every chart label and value and passes axe on the example export', async () => {
    await checkLayouts(renderHtmlReport(await reportOf(readFileSync(EXAMPLE, 'utf8'), 'en')), 'example');
  }, 120_000);

  it('fits every chart label and value and passes axe on a generated 300,000-row export', async () => {
    const generated = generateClientExport({
      count: 300_000,
      seed: 17,
      faultShare: 0.2,
      today: TODAY,
      biasedLoanOfficer: { loanOfficerId: 'LO32', incomeFactor: 3 },
      duplicateNationalIds: 1_500,
    });
    const folder = mkdtempSync(join(tmpdir(), 'lens-300k-'));
    writeFileSync(join(folder, 'clients.csv'), toCsv(generated.records));
    // The built command with its worker threads: what a user runs on a file this size.
    const result = await runLens(['check', 'records', 'clients.csv', '--format', 'html', '--out', 'report.html', '--today', TODAY, '--fail-on', 'never'], {
      cwd: folder,
    });
    expect(result.status).toBe(0);
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toContain('LO32');
    // Readable at scale: what a manager acts on comes first, every list is capped, duplicates are one entry per group.
    const order = ['summary', 'portfolio', 'by-rule', 'by-branch', 'by-loan-officer', 'segments', 'records-to-fix', 'input'].map((id) =>
      html.indexOf(`<section id="${id}">`),
    );
    expect(order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1]!))).toBe(true);
    const portfolio = html.slice(order[1], order[2]);
    const duplicateRow = portfolio.split('<tr>').find((row) => row.includes('<code>core/portfolio#duplicate-national-id</code>'))!;
    expect(duplicateRow.match(/<li>/g)).toHaveLength(10);
    expect(duplicateRow).toMatch(/and 1,\d{3} more — the full list is in the Excel output \(--format xlsx\)/);
    expect(duplicateRow).toMatch(/1,5\d\d groups, 3,\d{3} records/);
    expect(html.match(/<tr/g)!.length).toBeLessThan(2_000);
    expect(html.length).toBeLessThan(2_000_000);
    await checkLayouts(html, 'generated-300k');
  }, 900_000);
});
