import type { FromSchema } from 'json-schema-to-ts';

const text = (description: string) => ({ type: 'string', maxLength: 200, description }) as const;
const date = (description: string) => ({ type: 'string', format: 'date', description }) as const;
const amount = (description: string) => ({ type: 'number', description }) as const;

/**
 * JSON Schema of one client record with the canonical field names of DESIGN.md. Codes (gender,
 * area, status, poverty level) are plain strings here: rule sets check them, so an association
 * can extend a code list without a new schema. The schema drives how a CSV cell is read.
 */
export const CLIENT_RECORD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/client-record.json',
  title: 'Client record',
  type: 'object',
  properties: {
    clientId: text('Identifier of the client in the MIS'),
    branchId: text('Branch that serves the client'),
    loanOfficerId: text('Loan officer (staff) responsible for the client'),
    gender: text('F, M or O'),
    birthDate: date('Date of birth, YYYY-MM-DD'),
    area: text('rural or urban'),
    householdSize: { type: 'number', description: 'Number of household members, the client included' },
    dependents: { type: 'number', description: 'Household members who depend on the others' },
    incomeBusiness: amount('Monthly household income from the client’s business'),
    incomeWages: amount('Monthly household income from wages'),
    incomeAgriculture: amount('Monthly household income from agriculture'),
    incomeRemittances: amount('Monthly remittances received'),
    incomeOther: amount('Other monthly household income'),
    householdIncomeMonthly: amount('Total monthly household income, local currency'),
    povertyLevel: text('very-poor, poor, near-poor or non-poor'),
    applicationDate: date('Date the loan application was submitted'),
    disbursementDate: date('Date the loan was disbursed'),
    loanCycle: { type: 'number', description: '1 for a first loan, 2 for the second…' },
    loanAmount: amount('Loan amount, local currency'),
    loanTermMonths: { type: 'number', description: 'Loan term in months' },
    installmentAmount: amount('Monthly installment, local currency'),
    status: text('active, exited or rejected'),
    exitDate: date('Date the client left'),
    exitReason: text('Coded reason for leaving'),
    nationalId: text('National identity number'),
    clientSince: date(
      'Date of the client’s first disbursement (optional): where a client starts, for indicators; a repeat borrower’s disbursementDate is the latest renewal',
    ),
  },
  additionalProperties: true,
} as const;

/** A client record after reading: numbers are numbers, dates ISO strings; absent fields are missing. */
export type ClientRecord = FromSchema<typeof CLIENT_RECORD_SCHEMA>;

/** The canonical field names, in the order of DESIGN.md. */
export const CLIENT_RECORD_FIELDS = Object.keys(CLIENT_RECORD_SCHEMA.properties) as ClientRecordField[];
export type ClientRecordField = keyof typeof CLIENT_RECORD_SCHEMA.properties;
