import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const HEADER =
  'clientId,branchId,loanOfficerId,gender,birthDate,area,householdSize,dependents,incomeBusiness,householdIncomeMonthly,povertyLevel,applicationDate,loanCycle,loanAmount,status';
const CLEAN = 'C1,BR1,LO1,F,1980-01-01,rural,4,1,480,480,near-poor,2025-01-10,1,1000,active';
let folder: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lens-bad-input-'));
});

describe('lens check records on bad input', () => {
  it('names a missing file and exits 2', async () => {
    const result = await runLens(['check', 'records', join(folder, 'nope.csv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nope\.csv: no such file/);
  });

  it('names an empty file', async () => {
    const result = await runLens(['check', 'records', file('empty.csv', '')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/empty\.csv: the file is empty/);
  });

  it('names an unknown rule set and lists the known ones', async () => {
    const result = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--ruleset', 'assoc/nowhere@^2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no rule set "assoc\/nowhere" is known \(known: core\/client-data/);
  });

  it('names an unknown or mistyped parameter', async () => {
    const unknown = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--param', 'povertyLine=150']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^lens: --param povertyLine: no rule set of this check takes a parameter "povertyLine" \(they take: .*povertyLinePerMember/);
    const mistyped = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--param', 'povertyLinePerMember=high']);
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toMatch(/povertyLinePerMember.*expected a number, got "high"/);
    for (const name of ['__proto__', 'constructor']) {
      const prototype = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--param', `${name}=1`]);
      expect(prototype.status).toBe(2);
      expect(prototype.stderr).toMatch(new RegExp(`^lens: --param ${name}: no rule set of this check takes a parameter "${name}"`));
    }
    const nameless = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--param', '=150']);
    expect(nameless.status).toBe(2);
    expect(nameless.stderr).toBe('lens: --param =150: expected name=value, e.g. povertyLinePerMember=150, got "=150"\n');
  });

  it('reports a row with the wrong number of cells with its line, and goes on', async () => {
    const path = file('short-row.csv', `${HEADER}\n${CLEAN}\nC2,BR1,LO1,F\n${CLEAN.replace('C1', 'C3').replace('near-poor', 'poor')}\n`);
    const result = await runLens(['check', 'records', path, '--format', 'ndjson', '--today', '2026-11-29']);
    expect(result.status).toBe(1);
    const findings = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([
      ['lens/input#readable-row', 3],
      ['core/client-data#poverty-level-matches-income', 4],
    ]);
    expect(findings[0].message).toBe('the row has 4 cells but the header has 15; the row was not checked');
    const table = await runLens(['check', 'records', path, '--today', '2026-11-29']);
    expect(table.stdout).toContain(`${path}:3`);
  });

  it('reports a quote never closed on its line and checks the rows after it', async () => {
    const path = file('open-quote.csv', `${HEADER}\n"C2,BR1,LO1,F\n${CLEAN.replace('C1', 'C3').replace('near-poor', 'poor')}\n`);
    const result = await runLens(['check', 'records', path, '--format', 'ndjson', '--today', '2026-11-29']);
    expect(result.status).toBe(1);
    const findings = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(findings.map((f: { ruleId: string; line: number; message: string }) => [f.ruleId, f.line, f.message])).toEqual([
      ['lens/input#readable-row', 2, 'a quoted cell is never closed; the row was not checked'],
      ['core/client-data#poverty-level-matches-income', 3, expect.any(String)],
    ]);
  });

  it('warns about two columns that give one field and reads the first with a value', async () => {
    const path = file('twice.csv', `${HEADER},HouseholdSize\n${CLEAN},0\n`);
    const result = await runLens(['check', 'records', path, '--format', 'ndjson', '--today', '2026-11-29', '--fail-on', 'warning']);
    expect(result.status).toBe(1);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        ruleId: 'lens/input#distinct-columns',
        ruleSet: 'lens/input',
        severity: 'warning',
        line: 1,
        fields: ['householdSize'],
        message: 'columns "householdSize" and "HouseholdSize" both give householdSize; the first with a value is read',
      },
    ]);
  });

  it('names a map entry that is no field, and an encoding nobody knows, and exits 2', async () => {
    const map = file('bad-map.json', JSON.stringify({ Members: 'householdSise' }));
    const badMap = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--map', map]);
    expect(badMap.status).toBe(2);
    expect(badMap.stderr).toBe(`lens: ${map}: /Members: "householdSise" is not a client-record field; did you mean householdSize?\n`);
    const encoding = await runLens(['check', 'records', file('one.csv', `${HEADER}\n${CLEAN}\n`), '--encoding', 'klingon']);
    expect(encoding.status).toBe(2);
    expect(encoding.stderr).toBe('lens: --encoding: unknown encoding "klingon"; e.g. utf-8, windows-1251, windows-1250\n');
  });

  it('reports an NDJSON line nested ten thousand deep as unreadable, without a crash', async () => {
    const deep = `{"clientId":"C9","householdSize":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const path = file(
      'deep.ndjson',
      `${deep}\n${JSON.stringify(Object.fromEntries(HEADER.split(',').map((field, index) => [field, CLEAN.split(',')[index]])))}\n`,
    );
    const result = await runLens(['check', 'records', path, '--format', 'ndjson', '--today', '2026-11-29']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).message),
    ).toEqual(['the record is nested deeper than 32 levels; the row was not checked']);
  });

  it('warns about unknown columns and uses a column map', async () => {
    const exported = 'Client,Branch,Officer,Sex,Born,Area,Members,Dependents,Business,Total,Level,Applied,Cycle,Amount,Status,Comment';
    const path = file('other-names.csv', `${exported}\n${CLEAN},ok\n`);
    const unmapped = await runLens(['check', 'records', path, '--today', '2026-11-29']);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toMatch(/ignoring column\(s\) that match no field: "Client", "Branch", .* \(map them with --map FILE\)/);
    expect(unmapped.stdout).toMatch(
      /required-fields-present \[clientId, branchId, loanOfficerId, gender, birthDate, householdSize, povertyLevel, applicationDate, loanCycle, loanAmount\]/,
    );
    const nothingKnown = await runLens(['check', 'records', file('nothing-known.csv', 'a,b\n1,2\n')]);
    expect(nothingKnown.status).toBe(2);
    expect(nothingKnown.stderr).toMatch(/nothing-known\.csv: line 1: no column matches a client field \(header: "a", "b"\); name them with a column map/);
    const map = file(
      'map.json',
      JSON.stringify({
        Client: 'clientId',
        Branch: 'branchId',
        Officer: 'loanOfficerId',
        Sex: 'gender',
        Born: 'birthDate',
        Area: 'area',
        Members: 'householdSize',
        Dependents: 'dependents',
        Business: 'incomeBusiness',
        Total: 'householdIncomeMonthly',
        Level: 'povertyLevel',
        Applied: 'applicationDate',
        Cycle: 'loanCycle',
        Amount: 'loanAmount',
        Status: 'status',
      }),
    );
    const mapped = await runLens(['check', 'records', path, '--map', map, '--today', '2026-11-29']);
    expect(mapped.stderr).toMatch(/ignoring column\(s\) that match no field: "Comment"/);
    expect(mapped.status).toBe(0);
    expect(mapped.stdout).toMatch(/1 records checked .*: 0 with findings/);
  });

  it('reads a windows-1251 file with a semicolon delimiter, as Russian Excel writes it, and says so', async () => {
    const text = `${HEADER.replaceAll(',', ';')}\n${CLEAN.replaceAll(',', ';').replace('LO1', 'Иванов')}\n`;
    const bytes = Buffer.from(new TextEncoder().encode(text));
    const windows1251 = Buffer.from(
      [...text].map((character) => {
        const code = character.charCodeAt(0);
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
      }),
    );
    expect(windows1251.equals(bytes)).toBe(false);
    const result = await runLens(['check', 'records', file('cp1251.csv', windows1251), '--format', 'json', '--today', '2026-11-29']);
    expect(result.stderr).toMatch(/cp1251\.csv: not UTF-8; reading it as windows-1251/);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exits 2 on an unknown option', async () => {
    const result = await runLens(['check', 'records', 'x.csv', '--colour']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--colour'/);
  });
});

describe('lens check records on cells with NUL bytes', () => {
  it('finds each such cell unreadable, naming field and line, in both engines', async () => {
    const withNul = CLEAN.replace('BR1', 'B\u0000R1');
    const path = file('nul.csv', `${HEADER}\n${CLEAN}\n${withNul}\n`);
    for (const engine of ['compiled', 'reference']) {
      const result = await runLens(['check', 'records', path, '--ruleset', 'core/client-data', '--engine', engine, '--format', 'ndjson', '--fail-on', 'never']);
      expect(result.status).toBe(0);
      const findings = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { ruleId: string; line: number; fields: string[]; message: string });
      const unreadable = findings.filter((finding) => finding.ruleId === 'core/client-data#values-readable');
      expect(unreadable).toEqual([expect.objectContaining({ line: 3, fields: ['branchId'], message: expect.stringContaining('branchId "B\\u0000R1"') })]);
      expect(result.stdout).not.toContain('\u0000');
    }
  });
});

describe('lens check records --format json on a binary file', () => {
  it('writes a complete JSON document or nothing, with the reason on stderr', async () => {
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, index) => (index * 7919 + (index >> 3)) % 256));
    for (const [name, content] of [
      ['binary.csv', bytes],
      ['header-then-binary.csv', Buffer.concat([Buffer.from(`${HEADER}\n${CLEAN}\n`), bytes])],
    ] as const) {
      const result = await runLens(['check', 'records', file(name, content), '--format', 'json', '--fail-on', 'never']);
      if (result.stdout === '') expect(result.stderr).toMatch(new RegExp(name.replace('.', '\\.')));
      else expect(() => JSON.parse(result.stdout)).not.toThrow();
      expect([0, 2]).toContain(result.status);
    }
  });
});
