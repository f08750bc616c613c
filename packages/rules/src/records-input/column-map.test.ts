import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { canonicalFieldOf, createColumnMap, NO_COLUMN_MAP, readColumnMap } from './column-map.ts';

function problemsOf(value: unknown): unknown {
  try {
    readColumnMap(value, { source: 'map.json' });
  } catch (error) {
    if (error instanceof RecordsInputError) return { message: error.message, problems: error.problems };
    throw error;
  }
  return undefined;
}

describe('canonicalFieldOf', () => {
  it('matches canonical names trimmed and whatever their case', () => {
    expect(['clientId', 'HouseholdSize', ' householdIncomeMonthly ', 'POVERTYLEVEL'].map((column) => canonicalFieldOf(column, NO_COLUMN_MAP))).toEqual([
      'clientId',
      'householdSize',
      'householdIncomeMonthly',
      'povertyLevel',
    ]);
    expect(canonicalFieldOf('Household members', NO_COLUMN_MAP)).toBeUndefined();
  });

  it('reads the map first, with its names matched as the columns are', () => {
    const map = readColumnMap({ 'Членов семьи': 'householdSize', status: 'exitReason' });
    expect(canonicalFieldOf(' членов СЕМЬИ', map)).toBe('householdSize');
    expect(canonicalFieldOf('Status', map)).toBe('exitReason');
  });

  it('takes __proto__ and constructor as column names like any other', () => {
    const map = readColumnMap(JSON.parse('{"__proto__": "householdSize", "constructor": "clientId"}'));
    expect(canonicalFieldOf('__proto__', map)).toBe('householdSize');
    expect(canonicalFieldOf('constructor', map)).toBe('clientId');
    expect(canonicalFieldOf('toString', map)).toBeUndefined();
    expect(canonicalFieldOf('__proto__', NO_COLUMN_MAP)).toBeUndefined();
  });
});

describe('readColumnMap', () => {
  it('names every entry that gives no canonical field, with the closest names', () => {
    expect(problemsOf({ Members: 'householdSise', Total: 'income', 'a/b': 3, Client: 'clientId' })).toMatchInlineSnapshot(`
      {
        "message": "3 problems:
        map.json: /Members: "householdSise" is not a client-record field; did you mean householdSize?
        map.json: /Total: "income" is not a client-record field; expected one of clientId, branchId, loanOfficerId, gender, birthDate, area, householdSize, dependents, incomeBusiness, incomeWages, incomeAgriculture, incomeRemittances, incomeOther, householdIncomeMonthly, povertyLevel, applicationDate, disbursementDate, loanCycle, loanAmount, loanTermMonths, installmentAmount, status, exitDate, exitReason, nationalId, clientSince
        map.json: /a~1b: 3 is not a client-record field; expected one of clientId, branchId, loanOfficerId, gender, birthDate, area, householdSize, dependents, incomeBusiness, incomeWages, incomeAgriculture, incomeRemittances, incomeOther, householdIncomeMonthly, povertyLevel, applicationDate, disbursementDate, loanCycle, loanAmount, loanTermMonths, installmentAmount, status, exitDate, exitReason, nationalId, clientSince",
        "problems": [
          {
            "code": "column-map",
            "message": ""householdSise" is not a client-record field; did you mean householdSize?",
            "path": "/Members",
          },
          {
            "code": "column-map",
            "message": ""income" is not a client-record field; expected one of clientId, branchId, loanOfficerId, gender, birthDate, area, householdSize, dependents, incomeBusiness, incomeWages, incomeAgriculture, incomeRemittances, incomeOther, householdIncomeMonthly, povertyLevel, applicationDate, disbursementDate, loanCycle, loanAmount, loanTermMonths, installmentAmount, status, exitDate, exitReason, nationalId, clientSince",
            "path": "/Total",
          },
          {
            "code": "column-map",
            "message": "3 is not a client-record field; expected one of clientId, branchId, loanOfficerId, gender, birthDate, area, householdSize, dependents, incomeBusiness, incomeWages, incomeAgriculture, incomeRemittances, incomeOther, householdIncomeMonthly, povertyLevel, applicationDate, disbursementDate, loanCycle, loanAmount, loanTermMonths, installmentAmount, status, exitDate, exitReason, nationalId, clientSince",
            "path": "/a~1b",
          },
        ],
      }
    `);
  });

  it('refuses what is not an object, and two spellings of one column that give different fields', () => {
    expect(problemsOf(['householdSize'])).toMatchObject({ problems: [{ code: 'column-map', path: '/' }] });
    expect(problemsOf({ Members: 'householdSize', ' members': 'dependents' })).toMatchObject({
      problems: [
        {
          code: 'column-map',
          path: '/ members',
          message: '" members" and "Members" are one column name (case and spaces aside) but give dependents and householdSize',
        },
      ],
    });
  });

  it('reports without throwing for the widget', () => {
    const { map, problems } = createColumnMap([
      ['hh_size', 'householdSize'],
      ['x', 'nothing'],
    ]);
    expect([...map]).toEqual([['hh_size', 'householdSize']]);
    expect(problems.map((problem) => problem.path)).toEqual(['/x']);
  });
});
