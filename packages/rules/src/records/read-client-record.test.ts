import { describe, expect, it } from 'vitest';
import { readClientRecord } from './read-client-record.ts';

describe('readClientRecord', () => {
  it('reads CSV text into numbers and ISO dates, trimming spaces', () => {
    const read = readClientRecord({ householdSize: ' 4 ', householdIncomeMonthly: '1250.50', birthDate: '1980-02-29', gender: 'F' });
    expect(read.values).toEqual({ householdSize: 4, householdIncomeMonthly: 1250.5, birthDate: '1980-02-29', gender: 'F' });
    expect(read.unreadableFields).toEqual([]);
  });

  it('keeps unreadable cells aside as findings-to-be, never throws', () => {
    const read = readClientRecord({
      householdIncomeMonthly: '12,5',
      loanAmount: 'n/a',
      applicationDate: '2007-13-40',
      disbursementDate: '2023-02-29',
      householdSize: '1e3',
    });
    expect(read.unreadableFields).toEqual(['householdSize', 'householdIncomeMonthly', 'applicationDate', 'disbursementDate', 'loanAmount']);
    expect(read.unreadable[0]).toMatchObject({ field: 'householdSize', raw: '1e3' });
    expect(read.values).toEqual({});
  });

  it('keeps a text cell with a NUL or another control character aside, shown escaped; tab and line breaks are text', () => {
    const read = readClientRecord({ branchId: 'B\u0000R1', area: 'ru\u0007ral', exitReason: 'moved\nabroad\tfor work' });
    expect(read.unreadableFields).toEqual(['branchId', 'area']);
    expect(read.unreadable.map((item) => item.raw)).toEqual(['B\\u0000R1', 'ru\\u0007ral']);
    expect(read.values).toEqual({ exitReason: 'moved\nabroad\tfor work' });
  });

  it('counts blank cells and absent fields as missing', () => {
    const read = readClientRecord({ clientId: 'C1', branchId: '  ', gender: null });
    expect(read.missingFields).toContain('branchId');
    expect(read.missingFields).toContain('gender');
    expect(read.missingFields).not.toContain('clientId');
  });

  it('accepts JSON numbers and refuses non-finite ones', () => {
    const read = readClientRecord({ householdSize: 3, loanAmount: Number.POSITIVE_INFINITY, clientId: 42 });
    expect(read.values).toMatchObject({ householdSize: 3, clientId: '42' });
    expect(read.unreadableFields).toEqual(['loanAmount']);
  });
});
