import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@social-lens/rules';
import { cleanRecord, createTestService, launchTestBrowser, type TestBrowser, type TestService } from '@social-lens/service/testing';
// The element types (`findings`) for the page-side code below.
import type {} from '@social-lens/widget';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LENS } from './lens-binary.ts';

/**
 * One table of client exports, each read by `lens check records` (the real binary), by
 * `POST /v1/records/check` and, where the case is about field names, by the widget's record
 * builder on a real form in Chromium. All three must give the same findings, those about the
 * input itself included: they read exports through one module of `@social-lens/rules`.
 */

const WIDGET_BUNDLE = createRequire(import.meta.url).resolve('@social-lens/widget/bundle');
const TODAY = '2026-11-29';

const FIELDS = Object.keys(cleanRecord());

/** The shipped scenario base with its own client and national ids, and changes. */
function row(clientId: string, changes: Record<string, string> = {}): string[] {
  const record: Record<string, unknown> = { ...cleanRecord(), clientId, nationalId: `90000000${clientId.slice(1).padStart(2, '0')}`, ...changes };
  return FIELDS.map((field) => String(record[field] ?? ''));
}

interface CsvLayout {
  delimiter?: string;
  eol?: string;
  bom?: boolean;
}

function csvText(header: readonly string[], rows: ReadonlyArray<readonly string[] | string>, layout: CsvLayout = {}): string {
  const { delimiter = ',', eol = '\n', bom = false } = layout;
  const lines = [header.join(delimiter), ...rows.map((cells) => (typeof cells === 'string' ? cells : cells.join(delimiter)))];
  return `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}

/** windows-1251 as Russian Excel writes it (Cyrillic letters; the rest of our text is ASCII). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const code = character.charCodeAt(0);
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    if (code > 0x7f) throw new Error(`no windows-1251 byte for ${character} in this test`);
    return code;
  });
}

const withColumn = (from: string, to: string) => FIELDS.map((field) => (field === from ? to : field));
const CYRILLIC_HEADER = withColumn('householdSize', 'Членов семьи');
const CYRILLIC_TEXT = csvText(CYRILLIC_HEADER, [row('C1', { householdSize: '0', loanOfficerId: 'Иванов' }), row('C2', { loanOfficerId: 'Петрова' })]);
const SPACED_HEADER = withColumn('householdSize', 'HouseholdSize').map((column) => (column === 'householdIncomeMonthly' ? ' householdIncomeMonthly ' : column));

interface InputCase {
  name: string;
  format: 'csv' | 'ndjson';
  body: string | Uint8Array;
  /** Said by the caller: `--encoding` to the CLI, `charset=` of the content type to the service. */
  charset?: string;
  /** Export column → field: `--map` file, the service's `map`, the widget's `field-map`. */
  map?: Record<string, string>;
  /** For the widget: the case is about field names, so each readable row becomes a form with these names. */
  form?: { names: readonly string[]; rows: ReadonlyArray<readonly string[]> };
  /** Every finding, in order, as `[ruleId, line]`. */
  expected: Array<[string, number]>;
}

const SIZE_IN_RANGE = 'core/client-data#household-size-in-range';
const SOURCES_ADD_UP = 'core/client-data#income-sources-add-up';
const POVERTY_MATCHES_INCOME = 'core/client-data#poverty-level-matches-income';
const READABLE_ROW = 'lens/input#readable-row';
const DISTINCT_COLUMNS = 'lens/input#distinct-columns';

const spacedRows = [row('C1', { householdSize: '0' }), row('C2', { householdIncomeMonthly: '900' })];
const duplicateRows = [[...row('C1'), '0']];
const unclosed = row('C2');
unclosed[0] = '"C2';

const CASES: InputCase[] = [
  {
    name: 'header case and spacing',
    format: 'csv',
    body: csvText(SPACED_HEADER, spacedRows),
    form: { names: SPACED_HEADER, rows: spacedRows },
    expected: [
      [SIZE_IN_RANGE, 2],
      [SOURCES_ADD_UP, 3],
      [POVERTY_MATCHES_INCOME, 3],
    ],
  },
  {
    name: '; delimiter',
    format: 'csv',
    body: csvText(FIELDS, [row('C1', { householdSize: '0' }), row('C2')], { delimiter: ';' }),
    expected: [[SIZE_IN_RANGE, 2]],
  },
  {
    name: 'byte order mark',
    format: 'csv',
    body: csvText(FIELDS, [row('C1', { householdSize: '0' }), row('C2')], { bom: true }),
    expected: [[SIZE_IN_RANGE, 2]],
  },
  {
    name: 'CRLF line ends',
    format: 'csv',
    body: csvText(FIELDS, [row('C1'), row('C2', { householdIncomeMonthly: '900' })], { eol: '\r\n', delimiter: ';' }),
    expected: [
      [SOURCES_ADD_UP, 3],
      [POVERTY_MATCHES_INCOME, 3],
    ],
  },
  {
    name: 'unclosed quote',
    format: 'csv',
    body: csvText(FIELDS, [row('C1'), unclosed, row('C3', { householdSize: '0' })]),
    expected: [
      [READABLE_ROW, 3],
      [SIZE_IN_RANGE, 4],
    ],
  },
  {
    name: 'duplicate headers',
    format: 'csv',
    body: csvText([...FIELDS, 'HouseholdSize'], duplicateRows),
    form: { names: [...FIELDS, 'HouseholdSize'], rows: duplicateRows },
    expected: [[DISTINCT_COLUMNS, 1]],
  },
  {
    name: 'wrong cell count',
    format: 'csv',
    body: csvText(FIELDS, [row('C1'), row('C2').slice(0, -3), row('C3', { householdSize: '0' })]),
    expected: [
      [READABLE_ROW, 3],
      [SIZE_IN_RANGE, 4],
    ],
  },
  {
    name: 'windows-1251, no charset declared',
    format: 'csv',
    body: windows1251(CYRILLIC_TEXT),
    map: { 'Членов семьи': 'householdSize' },
    form: { names: CYRILLIC_HEADER, rows: [row('C1', { householdSize: '0', loanOfficerId: 'Иванов' })] },
    expected: [[SIZE_IN_RANGE, 2]],
  },
  {
    name: 'windows-1251, charset declared',
    format: 'csv',
    body: windows1251(CYRILLIC_TEXT),
    charset: 'windows-1251',
    map: { 'Членов семьи': 'householdSize' },
    expected: [[SIZE_IN_RANGE, 2]],
  },
  {
    name: 'NDJSON with other key case and a broken line',
    format: 'ndjson',
    body: [
      JSON.stringify({ ...Object.fromEntries(FIELDS.map((field, index) => [field, row('C1')[index]])), householdSize: undefined, HouseholdSize: '0' }),
      '{"clientId": "C2", ',
      JSON.stringify(Object.fromEntries(FIELDS.map((field, index) => [field, row('C3')[index]]))),
    ].join('\n'),
    expected: [
      [SIZE_IN_RANGE, 1],
      [READABLE_ROW, 2],
    ],
  },
];

let service: TestService;
let browser: TestBrowser;
let folder: string;
let widgetScript: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lens-input-matrix-'));
  widgetScript = readFileSync(WIDGET_BUNDLE, 'utf8');
  [service, browser] = await Promise.all([createTestService({ limits: { records: 1000, bodyBytes: 1024 * 1024 } }), launchTestBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  rmSync(folder, { recursive: true, force: true });
});

function bytesOf(body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
}

function parseNdjson(text: string): Finding[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Finding);
}

function checkWithCli(input: InputCase, index: number): { findings: Finding[]; status: number | null; stderr: string } {
  const file = join(folder, `case-${index}.${input.format}`);
  writeFileSync(file, bytesOf(input.body));
  const args = ['check', 'records', file, '--format', 'ndjson', '--today', TODAY, '--fail-on', 'never'];
  if (input.charset) args.push('--encoding', input.charset);
  if (input.map) {
    const mapFile = join(folder, `case-${index}.map.json`);
    writeFileSync(mapFile, JSON.stringify(input.map));
    args.push('--map', mapFile);
  }
  const result = spawnSync(process.execPath, [LENS, ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } });
  return { findings: parseNdjson(result.stdout), status: result.status, stderr: result.stderr };
}

async function checkWithService(input: InputCase): Promise<{ findings: Finding[]; status: number; text: string }> {
  const type = input.format === 'csv' ? 'text/csv' : 'application/x-ndjson';
  const query = new URLSearchParams({ today: TODAY });
  if (input.map) query.set('map', JSON.stringify(input.map));
  const response = await service.app.request(`/v1/records/check?${query}`, {
    method: 'POST',
    headers: { 'content-type': input.charset ? `${type}; charset=${input.charset}` : type, accept: 'application/x-ndjson' },
    body: bytesOf(input.body),
  });
  const text = await response.text();
  return { findings: response.status === 200 ? parseNdjson(text) : [], status: response.status, text };
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The findings `<lens-record-check>` gives for a form whose inputs carry these names and values. */
async function checkWithWidget(names: readonly string[], values: readonly string[], map: Record<string, string> | undefined): Promise<Finding[]> {
  const page = await browser.page();
  try {
    const inputs = names.map((name, index) => `<input name="${escapeAttribute(name)}" value="${escapeAttribute(values[index] ?? '')}">`).join('\n');
    const fieldMap = map ? ` field-map="${escapeAttribute(JSON.stringify(map))}"` : '';
    await page.setContent(`<!doctype html><html lang="en"><body><form id="client">${inputs}</form>
      <lens-record-check for="client" today="${TODAY}" lang="en" debounce="0"${fieldMap}></lens-record-check></body></html>`);
    await page.addScriptTag({ content: widgetScript, type: 'module' });
    await page.waitForFunction(() => {
      const check = document.querySelector('lens-record-check');
      return check?.shadowRoot?.querySelector('.summary') && !check.shadowRoot.textContent?.includes('Checking');
    });
    const findings = await page.evaluate(() => document.querySelector('lens-record-check')!.findings);
    expect(page.errors).toEqual([]);
    return [...findings];
  } finally {
    await page.close();
  }
}

describe('one matrix of client exports through the CLI, the service and the widget', () => {
  test.each(CASES.map((input, index) => [input.name, input, index] as const))('%s', async (_name, input, index) => {
    const cli = checkWithCli(input, index);
    expect(cli.status, cli.stderr).toBe(0);
    const fromService = await checkWithService(input);
    expect(fromService.status, fromService.text).toBe(200);

    expect(cli.findings.map((finding) => [finding.ruleId, finding.line])).toEqual(input.expected);
    expect(fromService.findings).toEqual(cli.findings);

    if (!input.form) return;
    for (const [rowIndex, values] of input.form.rows.entries()) {
      const line = rowIndex + 2;
      // A form holds one record and runs the record rules: the CLI's record findings of that line, without the line.
      const expected = cli.findings
        .filter((finding) => finding.line === line && finding.ruleSet.startsWith('core/client-data@'))
        .map(({ line: _line, ...finding }) => finding);
      expect(await checkWithWidget(input.form.names, values, input.map)).toEqual(expected);
    }
  });
});
