import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { NO_COLUMN_MAP, readColumnMap } from './column-map.ts';
import { readCsvHeader } from './read-csv-header.ts';

function errorOf(run: () => unknown): RecordsInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RecordsInputError) return error;
    throw error;
  }
  throw new Error('expected a RecordsInputError');
}

describe('readCsvHeader', () => {
  it('detects the delimiter and matches columns trimmed, case-insensitive and through the map', () => {
    const header = readCsvHeader(
      'clientId;HouseholdSize; householdIncomeMonthly ;Членов семьи;Comment\r\nC1;4;480;4;x\r\n',
      readColumnMap({ 'Членов семьи': 'dependents' }),
    );
    expect(header.layout).toEqual({
      format: 'csv',
      delimiter: ';',
      fields: ['clientId', 'householdSize', 'householdIncomeMonthly', 'dependents', undefined],
      repeatsFields: false,
    });
    expect(header.ignoredColumns).toEqual(['Comment']);
    expect(header.findings).toEqual([]);
    expect([header.dataStart, header.dataLine]).toEqual([70, 2]);
  });

  it('warns once per field given by several columns; rows then read the first with a value', () => {
    const header = readCsvHeader('householdSize,clientId,HouseholdSize, householdsize\n', NO_COLUMN_MAP);
    expect(header.layout.repeatsFields).toBe(true);
    expect(header.findings).toEqual([
      {
        ruleId: 'lens/input#distinct-columns',
        ruleSet: 'lens/input',
        severity: 'warning',
        line: 1,
        fields: ['householdSize'],
        message: 'columns "householdSize", "HouseholdSize" and " householdsize" all give householdSize; the first with a value is read',
      },
    ]);
  });

  it('refuses a header that names no field, an empty one and one with a quote never closed, each with its code', () => {
    expect(errorOf(() => readCsvHeader('a,b\n1,2\n', NO_COLUMN_MAP, { source: 'x.csv' })).message).toBe(
      'x.csv: line 1: no column matches a client field (header: "a", "b"); name them with a column map',
    );
    expect(errorOf(() => readCsvHeader('\n\n,,\n', NO_COLUMN_MAP)).problems).toEqual([
      { code: 'no-header', path: 'line 3', message: 'the export has no header row' },
    ]);
    expect(errorOf(() => readCsvHeader('', NO_COLUMN_MAP)).code).toBe('no-header');
    expect(errorOf(() => readCsvHeader('clientId,"householdSize\nC1,4\n', NO_COLUMN_MAP)).code).toBe('unreadable-header');
  });
});
