import { createRequire } from 'node:module';

/**
 * Worked examples of the OpenAPI document, one request per endpoint as an MIS developer would
 * send it. The request examples are validated against their schemas by the document's test.
 */

/** Two client records in the canonical fields; the second one's income does not add up. */
const TWO_RECORDS = [
  {
    clientId: 'C000001',
    branchId: 'BR1',
    loanOfficerId: 'LO10',
    householdSize: 2,
    incomeBusiness: 35,
    incomeWages: 64,
    incomeAgriculture: 18,
    incomeRemittances: 1,
    householdIncomeMonthly: 118,
    povertyLevel: 'very-poor',
    applicationDate: '2025-03-20',
    disbursementDate: '2025-03-22',
  },
  {
    clientId: 'C000002',
    branchId: 'BR5',
    loanOfficerId: 'LO51',
    householdSize: 5,
    incomeBusiness: 372,
    incomeWages: 635,
    householdIncomeMonthly: 1340,
    povertyLevel: 'non-poor',
    applicationDate: '2024-02-07',
    disbursementDate: '2024-02-16',
  },
];

export const RECORDS_CHECK_JSON_EXAMPLE = {
  summary: 'JSON: records with options',
  value: { records: TWO_RECORDS, rulesets: ['core/client-data@^1'], params: { povertyLinePerMember: 150 }, lang: 'en', today: '2026-12-02' },
};

export const RECORDS_CHECK_CSV_EXAMPLE = {
  summary: 'CSV: an export as the MIS writes it (options in the query string)',
  value: 'Client ID;HouseholdSize;householdIncomeMonthly;incomeBusiness;incomeWages\nC000001;2;118;35;83\nC000002;5;1340;372;635\n',
};

export const OBJECTIVES_CHECK_EXAMPLE = {
  summary: 'One objective with its structured fields',
  value: {
    objective: {
      id: 'women',
      text: 'Keep the share of women among active clients at 65% or more by the end of 2027',
      indicator: 'core/spm-indicators#women-share',
      baseline: 0.6,
      target: 0.65,
      deadline: '2027-12-31',
      area: 'outreach',
    },
    lang: 'en',
  },
};

export const PROGRESS_EXAMPLE = {
  summary: 'Two dated snapshots and one objective',
  value: {
    snapshots: [
      { name: 'june.csv', asOf: '2026-06-30', csv: 'clientId,gender,disbursementDate,status\nC1,F,2026-01-10,active\nC2,M,2026-02-11,active\n' },
      {
        name: 'december.csv',
        asOf: '2026-12-31',
        csv: 'clientId,gender,disbursementDate,status\nC1,F,2026-01-10,active\nC2,M,2026-02-11,active\nC3,F,2026-09-01,active\n',
      },
    ],
    objectives: [
      {
        id: 'women',
        text: 'Keep the share of women among active clients at 65% or more by the end of 2027',
        indicator: 'core/spm-indicators#women-share',
        baseline: 0.6,
        baselineDate: '2026-01-01',
        target: 0.65,
        deadline: '2027-12-31',
      },
    ],
    lang: 'en',
  },
};

/** The shipped example association's rule set and its scenario tests, as `lens ruleset publish` sends them. */
const readShipped = createRequire(import.meta.url);
const { $schema: _rulesetDialect, ...NATIONAL_RULE_SET } = readShipped('@social-lens/rule-sets/examples/national/ruleset.json') as Record<string, unknown>;
const { $schema: _testsDialect, ...NATIONAL_TESTS } = readShipped('@social-lens/rule-sets/examples/national/tests.json') as Record<string, unknown>;

export const PUBLISH_EXAMPLE = {
  summary: 'Publish examples/national 2.1.0 with its scenario tests (add `signature` once the publisher has a key)',
  value: { ruleset: NATIONAL_RULE_SET, tests: NATIONAL_TESTS },
};

export const DEPRECATE_EXAMPLE = { summary: 'Deprecate an old version', value: { message: 'Use assoc/national@^2: the 2026 poverty line' } };

export const ADD_KEY_EXAMPLE = { summary: 'Register a signing key', value: { publicKey: 'p8mXQZb0rK2Yc7b6sFqjv0n1wJ4p9Jt0C1m6u3yZx2s' } };
