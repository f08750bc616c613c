import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATE_FIELDS, NUMBER_FIELDS, parseCsvText } from '@social-lens/rules/records-input';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients-2026-12-31.csv', import.meta.url));
const PPI_EXAMPLE = fileURLToPath(new URL('../examples/clients.ppi.csv', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lens-progress-profile-'));
const POVERTY_CODES: Record<string, string> = { 'very-poor': '1', poor: '2', 'near-poor': '3', 'non-poor': '4' };
const GENDER_CODES: Record<string, string> = { F: 'ж', M: 'м' };
const HEADERS: Record<string, string> = {
  householdSize: 'Членов семьи',
  householdIncomeMonthly: 'Доход семьи',
  povertyLevel: 'Уровень бедности',
  gender: 'Пол',
};
const PROFILE = {
  columns: Object.fromEntries(Object.entries(HEADERS).map(([field, column]) => [column, field])),
  values: {
    povertyLevel: Object.fromEntries(Object.entries(POVERTY_CODES).map(([value, code]) => [code, value])),
    gender: Object.fromEntries(Object.entries(GENDER_CODES).map(([value, code]) => [code, value])),
  },
};

/** A cell as a Russian-locale Excel writes it: `1 234,5`, `31.12.2026`, the MIS's codes. */
function russianCell(text: string, field: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (DATE_FIELDS.includes(field) && iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  if (field === 'povertyLevel') return POVERTY_CODES[text] ?? text;
  if (field === 'gender') return GENDER_CODES[text] ?? text;
  if (!NUMBER_FIELDS.includes(field)) return text;
  const [whole = '', decimals] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}

/** An example with its unreadable number cells blanked (they read one way only in one convention), canonical and as a Russian-locale export. */
function writeExports(example = EXAMPLE, name = 'export'): { canonical: string; russian: string; profile: string } {
  const rows: string[][] = [];
  parseCsvText(readFileSync(example, 'utf8'), ',', 1, (cells) => rows.push(cells));
  const [header, ...data] = rows;
  const clean = data.map((cells) =>
    cells.map((text, column) => (NUMBER_FIELDS.includes(header![column]!) && text !== '' && !/^-?\d+(\.\d+)?$/.test(text) ? '' : text)),
  );
  const quote = (cell: string, delimiter: string) => (cell.includes(delimiter) || cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell);
  const canonical = join(folder, `${name}-canonical.csv`);
  writeFileSync(canonical, `${[header!, ...clean].map((cells) => cells.map((cell) => quote(cell, ',')).join(',')).join('\n')}\n`);
  const russian = join(folder, `${name}-russian.csv`);
  const russianRows = [
    header!.map((field) => HEADERS[field] ?? field),
    ...clean.map((cells) => cells.map((text, column) => russianCell(text, header![column]!))),
  ];
  writeFileSync(russian, `\ufeff${russianRows.map((cells) => cells.map((cell) => quote(cell, ';')).join(';')).join('\r\n')}\r\n`);
  const profile = join(folder, `${name}-profile.json`);
  writeFileSync(profile, JSON.stringify(PROFILE));
  return { canonical, russian, profile };
}

/** The report without what names the file, its columns and how its cells were read. */
function indicatorsOf(json: string): unknown {
  const { snapshots, ...rest } = JSON.parse(json) as { snapshots: Array<Record<string, unknown>> };
  return { ...rest, snapshots: snapshots.map(({ file: _file, columns: _columns, conventions: _conventions, ...snapshot }) => snapshot) };
}

function conventionsOf(json: string): Array<{ field: string; kind: string; reading: string; how: string }> {
  const { snapshots } = JSON.parse(json) as { snapshots: Array<{ conventions?: Array<{ field: string; kind: string; reading: string; how: string }> }> };
  return snapshots.flatMap((snapshot) => snapshot.conventions ?? []);
}

describe('lens progress and lens scorecard read an export through the whole import profile', () => {
  let files: ReturnType<typeof writeExports>;
  beforeAll(() => {
    files = writeExports();
  });

  it('gives a Russian-locale export with Cyrillic headers and coded poverty levels the indicators of the canonical export, and reports the detection', async () => {
    const canonical = await runLens(['progress', `${files.canonical}@2026-12-31`, '--format', 'json']);
    const russian = await runLens(['progress', `${files.russian}@2026-12-31`, '--map', files.profile, '--format', 'json']);
    expect(canonical.status).toBe(0);
    expect(russian.status).toBe(0);
    expect(russian.stdout).toContain('"povertyLevel"');
    expect(indicatorsOf(russian.stdout)).toEqual(indicatorsOf(canonical.stdout));
    expect(russian.stderr).toMatch(/export-russian\.csv: .*householdIncomeMonthly: decimal comma.*applicationDate: DD\.MM\.YYYY/);
    expect(conventionsOf(russian.stdout)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'householdIncomeMonthly', kind: 'number', reading: 'decimal comma, groups', how: 'default' }),
        expect.objectContaining({ field: 'applicationDate', kind: 'date', reading: 'DD.MM.YYYY', how: 'detected' }),
      ]),
    );
  });

  it('scores a Russian-locale PPI export through a profile that states its numbers and dates: the rates, groups and findings of the canonical export', async () => {
    const ppi = writeExports(PPI_EXAMPLE, 'ppi');
    const stated = join(folder, 'ppi-profile-stated.json');
    writeFileSync(stated, JSON.stringify({ ...PROFILE, numbers: { decimal: ',', group: ' ' }, dates: 'DD.MM.YYYY' }));
    const args = ['--scorecard', 'ppi/kgz-2015@^1', '--by', 'gender', '--by', 'povertyLevel', '--format', 'json'];
    const canonical = await runLens(['scorecard', ppi.canonical, ...args]);
    const russian = await runLens(['scorecard', ppi.russian, '--map', stated, ...args]);
    expect(canonical.status).toBe(0);
    expect(russian.status).toBe(0);
    const report = JSON.parse(russian.stdout) as { groups: Array<{ group: Record<string, string>; n: number }>; findings: unknown[] };
    expect(report.groups.map((group) => group.group)).toEqual(expect.arrayContaining([{ gender: 'F' }, { povertyLevel: 'very-poor' }]));
    expect(report.groups[0]!.n).toBeGreaterThan(300);
    expect(report.findings.length).toBeGreaterThan(0);
    // Codes the profile does not list (the example's faulty `O`, `middle`) are read as written, and said.
    const isUnlistedCode = (finding: { ruleId: string }) => finding.ruleId === 'lens/input#value-code';
    const unlisted = (report.findings as Array<{ ruleId: string; message: string }>).filter(isUnlistedCode);
    expect(unlisted.map((finding) => finding.message)).toContain('gender "O" is not a code the import profile lists (ж, м); it is read as written');
    const withoutUnlisted = (json: string) => {
      const parsed = JSON.parse(json) as { findings: Array<{ ruleId: string }> };
      return { ...parsed, findings: parsed.findings.filter((finding) => !isUnlistedCode(finding)) };
    };
    expect(withoutUnlisted(russian.stdout)).toEqual(JSON.parse(canonical.stdout));
  });
});
