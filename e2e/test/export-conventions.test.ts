import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@social-lens/rules';
import { createTestService, type TestService } from '@social-lens/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConvertedExport, type ExportConvention, utf16le, windows1250, writeExportInConvention } from './export-in-convention.ts';
import { EXAMPLE_EXPORT, LENS } from './lens-binary.ts';

/**
 * The shipped example export written as MIS in Russia and Bosnia really write it (Excel's
 * `;`-separated CSV, decimal comma with grouped thousands, DD.MM.YYYY, headers in Cyrillic or
 * Bosnian, the MIS's own codes; Excel's "Unicode text") gives the findings of the canonical
 * file, through `lens check records` and through `POST /v1/records/check`.
 */

const TODAY = '2026-11-29';
const VALUE_CODE = 'lens/input#value-code';

const RUSSIAN_COLUMNS: Record<string, string> = {
  clientId: 'Код клиента',
  branchId: 'Филиал',
  loanOfficerId: 'Кредитный специалист',
  gender: 'Пол',
  birthDate: 'Дата рождения',
  area: 'Местность',
  householdSize: 'Членов семьи',
  dependents: 'Иждивенцев',
  incomeBusiness: 'Доход от бизнеса',
  incomeWages: 'Зарплата',
  incomeAgriculture: 'Доход от сельского хозяйства',
  incomeRemittances: 'Денежные переводы',
  incomeOther: 'Прочие доходы',
  householdIncomeMonthly: 'Доход семьи',
  povertyLevel: 'Уровень бедности',
  applicationDate: 'Дата заявки',
  disbursementDate: 'Дата выдачи',
  loanCycle: 'Цикл',
  loanAmount: 'Сумма займа',
  loanTermMonths: 'Срок (мес.)',
  installmentAmount: 'Взнос',
  status: 'Статус',
  exitDate: 'Дата выхода',
  exitReason: 'Причина выхода',
  nationalId: 'ИНН',
  clientSince: 'Клиент с',
};
const RUSSIAN_CODES = {
  povertyLevel: { 'very-poor': '1', poor: '2', 'near-poor': '3', 'non-poor': '4' },
  gender: { F: 'Ж', M: 'М', O: 'Д' },
  area: { rural: 'село', urban: 'город' },
  status: { active: '1', exited: '2', rejected: '3' },
};

const BOSNIAN_COLUMNS: Record<string, string> = {
  clientId: 'Šifra klijenta',
  branchId: 'Filijala',
  loanOfficerId: 'Kreditni službenik',
  gender: 'Spol',
  birthDate: 'Datum rođenja',
  area: 'Područje',
  householdSize: 'Članova domaćinstva',
  dependents: 'Izdržavanih',
  incomeBusiness: 'Prihod od posla',
  incomeWages: 'Plata',
  incomeAgriculture: 'Prihod od poljoprivrede',
  incomeRemittances: 'Doznake',
  incomeOther: 'Ostali prihodi',
  householdIncomeMonthly: 'Ukupni prihod domaćinstva',
  povertyLevel: 'Nivo siromaštva',
  applicationDate: 'Datum zahtjeva',
  disbursementDate: 'Datum isplate',
  loanCycle: 'Ciklus',
  loanAmount: 'Iznos kredita',
  loanTermMonths: 'Rok (mjeseci)',
  installmentAmount: 'Rata',
  status: 'Status',
  exitDate: 'Datum izlaska',
  exitReason: 'Razlog izlaska',
  nationalId: 'JMBG',
  clientSince: 'Klijent od',
};
const BOSNIAN_CODES = {
  gender: { F: 'Ž', M: 'M', O: 'O' },
  area: { rural: 'ruralno', urban: 'urbano' },
  povertyLevel: { 'very-poor': 'Veoma siromašan', poor: 'Siromašan', 'near-poor': 'Blizu siromaštva', 'non-poor': 'Nesiromašan' },
  status: { active: 'aktivan', exited: 'izašao', rejected: 'odbijen' },
};

/** The profile that reads a convention back: export column → field, code → canonical value. */
function profileOf(convention: ExportConvention, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    columns: Object.fromEntries(Object.entries(convention.columns).map(([field, column]) => [column, field])),
    values: Object.fromEntries(
      Object.entries(convention.codes).map(([field, codes]) => [
        field,
        Object.fromEntries(Object.entries(codes).map(([canonical, code]) => [code, canonical])),
      ]),
    ),
    ...extra,
  };
}

interface ConventionCase {
  name: string;
  convention: ExportConvention;
  /** The import profile beyond columns and values (numbers and dates, when it says). */
  profileExtra?: Record<string, unknown>;
  encode: (text: string) => Uint8Array;
  charset?: string;
  locale?: string;
  /** What stderr must say about the columns. */
  decisions: string[];
}

const RUSSIAN: ExportConvention = {
  delimiter: ';',
  columns: RUSSIAN_COLUMNS,
  codes: RUSSIAN_CODES,
  decimal: ',',
  group: ' ',
  dates: 'DD.MM.YYYY',
  unitSuffix: ' сом',
};

const CASES: ConventionCase[] = [
  {
    name: 'Russian-locale Excel CSV (UTF-8 with BOM, ;, 1 234,50, DD.MM.YYYY, Cyrillic headers, codes 1–4), the profile saying how numbers and dates are written',
    convention: RUSSIAN,
    profileExtra: { numbers: { decimal: ',', group: ' ' }, dates: 'DD.MM.YYYY' },
    encode: (text) => new TextEncoder().encode(`\uFEFF${text}`),
    decisions: ['numbers: decimal comma (from the profile)', 'dates: DD.MM.YYYY (from the profile)'],
  },
  {
    name: 'Bosnian-locale Excel CSV (windows-1250, ;, 1.234,5, DD.MM.YYYY, Bosnian headers, Ž/M), numbers and dates detected, --locale bs for what reads two ways',
    convention: {
      delimiter: ';',
      columns: BOSNIAN_COLUMNS,
      codes: BOSNIAN_CODES,
      decimal: ',',
      group: '.',
      dates: 'DD.MM.YYYY',
      unitSuffix: ' KM',
    },
    encode: windows1250,
    charset: 'windows-1250',
    locale: 'bs',
    decisions: ['householdSize: decimal comma', 'loanAmount: decimal comma (ambiguous: ', 'birthDate: DD.MM.YYYY', 'applicationDate: DD.MM.YYYY'],
  },
  {
    name: 'Excel "Unicode text" (UTF-16 LE with BOM, tab-separated, no-break-space groups), numbers and dates detected, --locale ru',
    convention: { ...RUSSIAN, delimiter: '\t', group: '\u00a0' },
    encode: utf16le,
    locale: 'ru',
    decisions: ['householdSize: decimal comma', 'householdIncomeMonthly: decimal comma, groups', 'applicationDate: DD.MM.YYYY'],
  },
];

let service: TestService;
let folder: string;
let canonicalFromCli: Finding[];
let canonicalFromService: Finding[];

function parseNdjson(text: string): Finding[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Finding);
}

function runLens(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [LENS, 'check', 'records', ...args, '--format', 'ndjson', '--today', TODAY, '--fail-on', 'never'], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: '' },
  });
}

async function postCsv(bytes: Uint8Array, query: Record<string, string>, charset?: string, accept = 'application/x-ndjson'): Promise<Response> {
  const search = new URLSearchParams({ today: TODAY, ...query });
  return service.app.request(`/v1/records/check?${search}`, {
    method: 'POST',
    headers: { 'content-type': `text/csv${charset ? `; charset=${charset}` : ''}`, accept },
    body: new Uint8Array(bytes),
  });
}

/** A finding of the converted file as the canonical file would have it: quoted cells written back as the canonical file writes them. */
function asCanonical(finding: Finding, converted: ConvertedExport): Finding {
  const substitutions = finding.recordId === undefined ? undefined : converted.substitutions.get(finding.recordId);
  if (substitutions === undefined) return finding;
  let message = finding.message;
  for (const [written, original] of substitutions) message = message.replaceAll(`"${written}"`, `"${original}"`).replaceAll(`'${written}'`, `'${original}'`);
  return { ...finding, message };
}

/** Same findings, in the same order; the warnings about codes the profile does not list are compared on their own. */
function expectSameFindings(findings: Finding[], canonical: Finding[], converted: ConvertedExport): void {
  expect(findings.filter((finding) => finding.ruleId !== VALUE_CODE).map((finding) => asCanonical(finding, converted))).toEqual(canonical);
  expect(
    findings.filter((finding) => finding.ruleId === VALUE_CODE).map((finding) => [finding.recordId, finding.fields[0], finding.message.split('"')[1]]),
  ).toEqual(converted.unlistedCodes);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lens-conventions-'));
  service = await createTestService({ limits: { records: 10_000, bodyBytes: 4 * 1024 * 1024 } });
  const cli = runLens([EXAMPLE_EXPORT]);
  expect(cli.status).toBe(0);
  canonicalFromCli = parseNdjson(cli.stdout);
  canonicalFromService = parseNdjson(await (await postCsv(readFileSync(EXAMPLE_EXPORT), {})).text());
});
afterAll(async () => {
  await service?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe.each(CASES)('$name', (testCase) => {
  const converted = writeExportInConvention(readFileSync(EXAMPLE_EXPORT, 'utf8'), testCase.convention);
  const bytes = testCase.encode(converted.text);
  const profile = profileOf(testCase.convention, testCase.profileExtra);

  it('gives the findings of the canonical export through lens check records, and says how columns were read', () => {
    const file = join(folder, `export-${CASES.indexOf(testCase)}${testCase.convention.delimiter === '\t' ? '.txt' : '.csv'}`);
    const profileFile = join(folder, `profile-${CASES.indexOf(testCase)}.json`);
    writeFileSync(file, bytes);
    writeFileSync(profileFile, JSON.stringify(profile));
    const cli = runLens([
      file,
      '--map',
      profileFile,
      ...(testCase.charset ? ['--encoding', testCase.charset] : []),
      ...(testCase.locale ? ['--locale', testCase.locale] : []),
    ]);
    expect(cli.stderr).not.toMatch(/error/i);
    expect(cli.status).toBe(0);
    for (const decision of testCase.decisions) expect(cli.stderr).toContain(decision);
    expectSameFindings(parseNdjson(cli.stdout), canonicalFromCli, converted);
  });

  it('gives the findings of the canonical export through POST /v1/records/check', async () => {
    const response = await postCsv(bytes, { map: JSON.stringify(profile), ...(testCase.locale ? { locale: testCase.locale } : {}) }, testCase.charset);
    expect(response.status).toBe(200);
    expectSameFindings(parseNdjson(await response.text()), canonicalFromService, converted);
  });
});

describe('columns that read two ways', () => {
  const text = 'clientId;householdIncomeMonthly;applicationDate;disbursementDate\nC1;1.250;03.04.2025;05/06/2025\nC2;900;11.12.2025;12/01/2026\n';

  it('are reported as ambiguous and read by --locale: decimal comma and day first for ru, month first for en', () => {
    const file = join(folder, 'ambiguous.csv');
    writeFileSync(file, text);
    const russian = runLens([file, '--locale', 'ru']);
    expect(russian.stderr).toContain('householdIncomeMonthly: decimal comma (ambiguous: 1 cell(s) like 1.234 that read two ways, --locale ru)');
    expect(russian.stderr).toContain('applicationDate: DD.MM.YYYY (ambiguous: no day above 12, --locale ru)');
    expect(russian.stderr).toContain('disbursementDate: DD/MM/YYYY (ambiguous: no day above 12, --locale ru)');
    // Read day first, 12/01/2026 is 12 January 2026: after the application of 11 December 2025.
    expect(parseNdjson(russian.stdout).filter((finding) => finding.ruleId === 'core/client-data#disbursement-after-application')).toEqual([]);

    const english = runLens([file, '--locale', 'en']);
    expect(english.stderr).toContain('disbursementDate: MM/DD/YYYY (ambiguous: no day above 12, --locale en)');
    // Read month first, 12/01/2026 is 1 December 2026: after today.
    expect(parseNdjson(english.stdout).map((finding) => [finding.ruleId, finding.recordId])).toContainEqual([
      'core/client-data#disbursement-date-not-in-future',
      'C2',
    ]);
  });

  it('are reported in the service answer as ambiguous', async () => {
    const response = await postCsv(new TextEncoder().encode(text), { locale: 'ru', ruleset: 'core/client-data@^1' }, undefined, 'application/json');
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { summary: { input: { conventions: Array<{ field: string; reading: string; ambiguous: boolean }> } } };
    expect(answer.summary.input.conventions.map(({ field, reading, ambiguous }) => [field, reading, ambiguous])).toEqual([
      ['householdIncomeMonthly', 'decimal comma', true],
      ['applicationDate', 'DD.MM.YYYY', true],
      ['disbursementDate', 'DD/MM/YYYY', true],
    ]);
  });
});
