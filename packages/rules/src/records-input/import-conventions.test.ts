import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { UnfitCell } from '../records/field-readers.ts';
import { isoDateOf } from './date-writing.ts';
import { detectConventions } from './detect-conventions.ts';
import { localeDefaults } from './input-locale.ts';
import { canonicalNumberText, defaultGroups, SPACE_GROUPS } from './number-writing.ts';
import { readImportProfile } from './read-import-profile.ts';
import { readRecordsText } from './read-records-text.ts';

function problemsOf(value: unknown): Array<{ path: string; message: string }> {
  try {
    readImportProfile(value, { source: 'profile.json' });
  } catch (error) {
    if (error instanceof RecordsInputError) return error.problems.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  return [];
}

describe('numbers written in a convention', () => {
  it('reads decimal commas and every unambiguous group separator, and nothing that does not fit', () => {
    const comma = { decimal: ',' as const, groups: defaultGroups(',') };
    expect(canonicalNumberText('1 234,50', comma)).toBe('1234.50');
    expect(canonicalNumberText('1\u00a0234\u00a0567,5', comma)).toBe('1234567.5');
    expect(canonicalNumberText('1.234,5', comma)).toBe('1234.5');
    expect(canonicalNumberText("1'234", comma)).toBe('1234');
    expect(canonicalNumberText('-5,5', comma)).toBe('-5.5');
    for (const cell of ['567.5', '1 23,5', '1 234.567,5', '1,2,3', 'n/a', ',', '']) expect(canonicalNumberText(cell, comma)).toBeUndefined();
    const dot = { decimal: '.' as const, groups: `${SPACE_GROUPS},` };
    expect(canonicalNumberText('1,234.5', dot)).toBe('1234.5');
    expect(canonicalNumberText('5,5', dot)).toBeUndefined();
  });
});

describe('dates written in a convention', () => {
  it('reads day-first and month-first dates into ISO, two-digit years only when named, and refuses dates that do not exist', () => {
    expect(isoDateOf('03.04.2006', 'DD.MM.YYYY')).toBe('2006-04-03');
    expect(isoDateOf('3.4.2006', 'D.M.YYYY')).toBe('2006-04-03');
    expect(isoDateOf('03/04/2006', 'DD/MM/YYYY')).toBe('2006-04-03');
    expect(isoDateOf('03/04/2006', 'MM/DD/YYYY')).toBe('2006-03-04');
    expect(isoDateOf('03.04.47', 'DD.MM.YY', 2026)).toBe('1947-04-03');
    expect(isoDateOf('03.04.25', 'DD.MM.YY', 2026)).toBe('2025-04-03');
    for (const [cell, writing] of [
      ['40.13.2023', 'DD.MM.YYYY'],
      ['30.02.2024', 'DD.MM.YYYY'],
      ['2024-03-01', 'DD.MM.YYYY'],
      ['03/04/2006', 'DD.MM.YYYY'],
      ['03.04.06', 'DD.MM.YYYY'],
    ] as const)
      expect(isoDateOf(cell, writing)).toBeUndefined();
  });
});

describe('detectConventions', () => {
  const rows = (cells: Array<Record<string, string>>) => cells;

  it('decides per column from its cells, and reports a column that reads two ways as ambiguous, read by the locale', () => {
    const { conventions, decisions } = detectConventions(
      rows([
        { householdSize: '5,5', householdIncomeMonthly: '1.250', applicationDate: '13.04.2025', birthDate: '03.04.1980' },
        { householdSize: '4', householdIncomeMonthly: '900', applicationDate: '01.02.2025', birthDate: '05.06.1990' },
      ]),
      { values: new Map() },
      ['householdSize', 'householdIncomeMonthly', 'applicationDate', 'birthDate'],
      { locale: { name: 'ru', defaults: localeDefaults('ru')! }, delimiter: '\t' },
    );
    expect(decisions.map(({ field, reading, ambiguous }) => [field, reading, ambiguous])).toEqual([
      ['householdSize', 'decimal comma', false],
      ['householdIncomeMonthly', 'decimal comma', true],
      ['birthDate', 'DD.MM.YYYY', true],
      ['applicationDate', 'DD.MM.YYYY', false],
    ]);
    expect(conventions.numbers.get('householdIncomeMonthly')?.decimal).toBe(',');
  });

  it('reads a comma-separated file with decimal dots: a stray 567,5 stays unreadable, as in the canonical export', () => {
    const { conventions, decisions } = detectConventions(
      rows([{ householdIncomeMonthly: '567,5' }, { householdIncomeMonthly: '118' }]),
      { values: new Map() },
      ['householdIncomeMonthly'],
      { delimiter: ',' },
    );
    expect(decisions).toEqual([]);
    expect(conventions.numbers.size).toBe(0);
  });
});

describe('an export read through an import profile', () => {
  const profile = readImportProfile({
    columns: { 'Доход семьи': 'householdIncomeMonthly', 'Уровень бедности': 'povertyLevel', Дата: 'applicationDate' },
    values: { povertyLevel: { '1': 'very-poor', ' 4 ': 'non-poor' } },
    numbers: { decimal: ',', group: ' ' },
    dates: 'DD.MM.YYYY',
  });

  it('turns numbers, dates and codes canonical, keeps what does not fit as written, and names codes it does not list', () => {
    const text = 'clientId;Доход семьи;Уровень бедности;Дата\nC1;1 234,50;4;31.03.2024\nC2;567.5; 5 ;2024-03-31\n';
    const { items, decisions } = readRecordsText(text, { format: 'csv', map: profile.map, profile });
    expect(decisions.map(({ field, how }) => [field, how])).toEqual([
      ['numbers', 'profile'],
      ['dates', 'profile'],
    ]);
    const records = items.filter((item) => item.kind === 'record').map((item) => item.raw);
    expect({ ...records[0] }).toEqual({ clientId: 'C1', householdIncomeMonthly: '1234.50', povertyLevel: 'non-poor', applicationDate: '2024-03-31' });
    expect(records[1]?.['householdIncomeMonthly']).toEqual(new UnfitCell('567.5'));
    expect(records[1]?.['applicationDate']).toEqual(new UnfitCell('2024-03-31'));
    const warnings = items.filter((item) => item.kind === 'input-finding').map((item) => item.finding);
    expect(warnings.map(({ ruleId, recordId, fields, message }) => ({ ruleId, recordId, fields, message }))).toEqual([
      {
        ruleId: 'lens/input#value-code',
        recordId: 'C2',
        fields: ['povertyLevel'],
        message: 'povertyLevel "5" is not a code the import profile lists (1, 4); it is read as written',
      },
    ]);
  });
});

describe('readImportProfile', () => {
  it('reads the flat form as columns', () => {
    expect([...readImportProfile({ 'Household members': 'householdSize' }).map]).toEqual([['household members', 'householdSize']]);
  });

  it('names the JSON path of each bad part, with a did-you-mean', () => {
    expect(
      problemsOf({
        colums: { a: 'householdSize' },
        columns: { Members: 'householdSise' },
        values: { povertyLevl: { '1': 'very-poor' } },
        numbers: { decimal: ';' },
        dates: 'MM.DD.YYYY',
      }),
    ).toEqual([
      { path: '/colums', message: 'unknown key "colums" of an import profile; did you mean columns?' },
      { path: '/numbers/decimal', message: 'expected one of ".", ","' },
      { path: '/dates', message: expect.stringContaining('expected one of "YYYY-MM-DD"') },
    ]);
    expect(problemsOf({ columns: { Members: 'householdSise' }, values: { povertyLevl: { '1': 'very-poor' } } })).toEqual([
      { path: '/values/povertyLevl', message: '"povertyLevl" is not a client-record field; did you mean povertyLevel?' },
      { path: '/columns/Members', message: '"householdSise" is not a client-record field; did you mean householdSize?' },
    ]);
  });
});
