import { type Finding, labelledFactValue, type ResolvedRuleSet, renderMessage } from '@social-lens/rules';

/** A record check written by hand: the practical ceiling the compiled engine is measured against. */
export type HandWrittenCheck = (raw: Record<string, unknown>, line: number) => Finding[];

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const REQUIRED = [
  'clientId',
  'branchId',
  'loanOfficerId',
  'gender',
  'birthDate',
  'area',
  'householdSize',
  'povertyLevel',
  'applicationDate',
  'loanCycle',
  'loanAmount',
  'status',
];
const NUMBER_FIELDS = new Set([
  'householdSize',
  'dependents',
  'incomeBusiness',
  'incomeWages',
  'incomeAgriculture',
  'incomeRemittances',
  'incomeOther',
  'householdIncomeMonthly',
  'loanCycle',
  'loanAmount',
  'loanTermMonths',
  'installmentAmount',
]);
const DATE_FIELDS = new Set(['birthDate', 'applicationDate', 'disbursementDate', 'exitDate']);
const FIELDS = [
  'clientId',
  'branchId',
  'loanOfficerId',
  'gender',
  'birthDate',
  'area',
  'householdSize',
  'dependents',
  'incomeBusiness',
  'incomeWages',
  'incomeAgriculture',
  'incomeRemittances',
  'incomeOther',
  'householdIncomeMonthly',
  'povertyLevel',
  'applicationDate',
  'disbursementDate',
  'loanCycle',
  'loanAmount',
  'loanTermMonths',
  'installmentAmount',
  'status',
  'exitDate',
  'exitReason',
  'nationalId',
];

function dateDays(text: string): number | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const year0 = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (!Number.isInteger(year0) || !Number.isInteger(month) || !Number.isInteger(day) || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const year = year0 < 100 ? year0 + 1900 : year0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > length) return undefined;
  const before = year - 1;
  return (
    before * 365 +
    Math.floor(before / 4) -
    Math.floor(before / 100) +
    Math.floor(before / 400) -
    719_162 +
    DAYS_BEFORE_MONTH[month - 1]! +
    (month > 2 && leap ? 1 : 0) +
    day -
    1
  );
}

function age(from: string, to: string): number {
  const sign = to >= from ? 1 : -1;
  const [early, late] = sign === 1 ? [from, to] : [to, from];
  let years = Number(late.slice(0, 4)) - Number(early.slice(0, 4));
  if (late.slice(5) < early.slice(5)) years -= 1;
  return sign * years;
}

const finite = (value: number): number | undefined => (Number.isFinite(value) ? value : undefined);

/**
 * The rules of core/client-data (default parameters) written by hand in TypeScript: reading the
 * cells, the derived facts and the 33 conditions, with the same findings as the engines (the
 * benchmark checks that they agree). Rule ids, fields and message templates come from the
 * resolved rule set; nothing else does.
 *
 * @example
 * const check = createHandWrittenClientCheck(resolveRuleSet(catalog, 'core/client-data'), '2026-06-30')
 * check({ clientId: 'C1', householdSize: '0' }, 2)
 */
export function createHandWrittenClientCheck(ruleSet: ResolvedRuleSet, today: string): HandWrittenCheck {
  const rules = new Map(ruleSet.rules.map((rule) => [rule.localId, rule]));
  const parameter = (name: string): unknown => ruleSet.parameters[name]?.value;
  const todayDays = dateDays(today)!;
  return (raw, line) => {
    const values: Record<string, string | number> = {};
    const missingFields: string[] = [];
    const unreadableFields: string[] = [];
    let unreadableDetails = '';
    for (const field of FIELDS) {
      const cell = raw[field];
      const text = typeof cell === 'string' ? cell.trim() : cell;
      if (text === undefined || text === null || text === '') {
        missingFields.push(field);
        continue;
      }
      let value: string | number | undefined;
      if (NUMBER_FIELDS.has(field)) value = typeof text === 'number' ? finite(text) : typeof text === 'string' && DECIMAL.test(text) ? Number(text) : undefined;
      else if (DATE_FIELDS.has(field)) value = typeof text === 'string' && dateDays(text) !== undefined ? text : undefined;
      else value = typeof text === 'string' ? text : typeof text === 'number' && Number.isFinite(text) ? String(text) : undefined;
      if (value === undefined) {
        unreadableDetails += `${unreadableFields.length === 0 ? '' : '; '}${field} "${typeof cell === 'string' ? cell : JSON.stringify(cell)}"`;
        unreadableFields.push(field);
      } else values[field] = value;
    }
    const num = (field: string): number | undefined => values[field] as number | undefined;
    const date = (field: string): string | undefined => values[field] as string | undefined;
    const size = num('householdSize');
    const dependents = num('dependents');
    const income = num('householdIncomeMonthly');
    const sources = ['incomeBusiness', 'incomeWages', 'incomeAgriculture', 'incomeRemittances', 'incomeOther'].map(num);
    const known = sources.filter((value) => value !== undefined) as number[];
    const incomeSourcesSum = known.length === 0 ? undefined : finite(known.reduce((a, b) => a + b, 0));
    const incomeDifference = income === undefined || incomeSourcesSum === undefined ? undefined : Math.abs(income - incomeSourcesSum);
    const incomeTolerance = income === undefined ? undefined : Math.max(1, Math.abs(income) * 0.01);
    const incomePerMember = income === undefined || size === undefined || size === 0 ? undefined : finite(income / size);
    const line120 = 120;
    const expectedPovertyLevel =
      incomePerMember === undefined
        ? undefined
        : incomePerMember < 60
          ? 'very-poor'
          : incomePerMember < line120
            ? 'poor'
            : incomePerMember < 180
              ? 'near-poor'
              : 'non-poor';
    const missingRequiredFields = missingFields.filter((field) => REQUIRED.includes(field));
    const days = (field: string): number | undefined => {
      const text = date(field);
      return text === undefined ? undefined : dateDays(text);
    };
    const application = days('applicationDate');
    const disbursement = days('disbursementDate');
    const exit = days('exitDate');
    const birth = days('birthDate');
    const between = (from: number | undefined, to: number | undefined): number | undefined => (from === undefined || to === undefined ? undefined : to - from);
    const birthDate = date('birthDate');
    const applicationDate = date('applicationDate');
    const ageAtApplication = birthDate && applicationDate ? age(birthDate, applicationDate) : undefined;
    const installment = num('installmentAmount');
    const term = num('loanTermMonths');
    const loan = num('loanAmount');
    const installmentShareOfIncome = installment === undefined || income === undefined || income === 0 ? undefined : finite(installment / income);
    const totalRepayment = installment === undefined || term === undefined ? undefined : finite(installment * term);
    const repaymentToLoanRatio = totalRepayment === undefined || loan === undefined || loan === 0 ? undefined : finite(totalRepayment / loan);
    const status = values['status'];
    const missing = (field: string): boolean => missingFields.includes(field);

    const fired: string[] = [];
    if (missingRequiredFields.length > 0) fired.push('required-fields-present');
    if (unreadableFields.length > 0) fired.push('values-readable');
    if (missing('householdIncomeMonthly')) fired.push('household-income-present');
    const negative = (field: string, rule: string): void => {
      const value = num(field);
      if (value !== undefined && value < 0) fired.push(rule);
    };
    negative('incomeBusiness', 'income-business-not-negative');
    negative('incomeWages', 'income-wages-not-negative');
    negative('incomeAgriculture', 'income-agriculture-not-negative');
    negative('incomeRemittances', 'income-remittances-not-negative');
    negative('incomeOther', 'income-other-not-negative');
    negative('householdIncomeMonthly', 'household-income-not-negative');
    if (incomeDifference !== undefined && incomeTolerance !== undefined && incomeDifference > incomeTolerance) fired.push('income-sources-add-up');
    if (size !== undefined && !Number.isInteger(size)) fired.push('household-size-whole-number');
    if (size !== undefined && (size < 1 || size > 30)) fired.push('household-size-in-range');
    if (dependents !== undefined && (!Number.isInteger(dependents) || dependents < 0)) fired.push('dependents-valid');
    if (size !== undefined && dependents !== undefined && size >= 1 && dependents > size - 1) fired.push('dependents-fit-household');
    const level = values['povertyLevel'];
    const levels = ['very-poor', 'poor', 'near-poor', 'non-poor'];
    if (level !== undefined && !levels.includes(level as string)) fired.push('poverty-level-code');
    if (level !== undefined && expectedPovertyLevel !== undefined && levels.includes(level as string) && level !== expectedPovertyLevel)
      fired.push('poverty-level-matches-income');
    if (ageAtApplication !== undefined && (ageAtApplication < 18 || ageAtApplication > 100)) fired.push('age-at-application-in-range');
    const lessThanZero = (value: number | undefined, rule: string): void => {
      if (value !== undefined && value < 0) fired.push(rule);
    };
    lessThanZero(between(application, disbursement), 'disbursement-after-application');
    lessThanZero(between(disbursement, exit), 'exit-after-disbursement');
    if (missing('disbursementDate')) lessThanZero(between(application, exit), 'exit-after-application');
    const ahead = (value: number | undefined, rule: string): void => {
      if (value !== undefined && value - todayDays > 0) fired.push(rule);
    };
    ahead(application, 'application-date-not-in-future');
    ahead(disbursement, 'disbursement-date-not-in-future');
    ahead(exit, 'exit-date-not-in-future');
    ahead(birth, 'birth-date-not-in-future');
    if (status !== undefined && !['active', 'exited', 'rejected'].includes(status as string)) fired.push('status-code');
    if (status === 'exited' && missing('exitDate')) fired.push('exited-has-exit-date');
    if (status === 'exited' && missing('exitReason')) fired.push('exited-has-exit-reason');
    if (status === 'active' && !missing('exitDate')) fired.push('active-has-no-exit-date');
    if (installmentShareOfIncome !== undefined && installmentShareOfIncome > 0.5) fired.push('installment-within-repayment-capacity');
    if (repaymentToLoanRatio !== undefined && (repaymentToLoanRatio < 1 || repaymentToLoanRatio > 2)) fired.push('total-repayment-consistent-with-loan');
    const gender = values['gender'];
    if (gender !== undefined && !['F', 'M', 'O'].includes(gender as string)) fired.push('gender-code');
    const cycle = num('loanCycle');
    if (cycle !== undefined && (!Number.isInteger(cycle) || cycle < 1)) fired.push('loan-cycle-valid');
    const area = values['area'];
    if (area !== undefined && !['rural', 'urban'].includes(area as string)) fired.push('area-code');
    if (fired.length === 0) return [];

    const facts: Record<string, unknown> = {
      ...values,
      missingFields,
      unreadableFields,
      unreadableDetails,
      today,
      missingRequiredFields,
      incomeSourcesSum,
      incomeDifference,
      incomeTolerance,
      incomePerMember,
      expectedPovertyLevel,
      maxDependents: size === undefined ? undefined : size - 1,
      ageAtApplication,
      installmentShareOfIncome,
      totalRepayment,
      veryPoorLine: 60,
      nearPoorLine: 180,
    };
    const clientId = values['clientId'];
    return fired.map((localId) => {
      const rule = rules.get(localId)!;
      const fieldsValue = rule.fieldsFrom ? facts[rule.fieldsFrom] : undefined;
      const lookup = (name: string): unknown => (name in facts ? labelledFactValue(facts[name], name, rule.fields, 'en') : parameter(name));
      const finding: Finding = {
        ruleId: rule.id,
        ruleSet: rule.ruleSet,
        severity: rule.severity,
        recordId: typeof clientId === 'string' ? clientId : `line ${line}`,
        line,
        fields: Array.isArray(fieldsValue) && fieldsValue.length > 0 ? fieldsValue.map(String) : [...rule.fields],
        message: renderMessage(rule.message, 'en', lookup),
      };
      if (rule.suggestion) finding.suggestion = renderMessage(rule.suggestion, 'en', lookup);
      return finding;
    });
  };
}
