// The DuckDB side of `pnpm bench`: reads the same CSV with 2 threads and evaluates, as SQL, twelve
// record rules of core/client-data (with their default parameters), the duplicate national ids of
// core/portfolio (normalised the same way, placeholders left out) and every loan officer's median
// income per member. Prints one JSON line: counts per rule, duplicate records, officers, seconds.
// Plain JavaScript, run by node itself, so its wall time and peak RSS compare with lens's.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [csvPath, rulesDirectory] = process.argv.slice(2);
const clientData = JSON.parse(readFileSync(`${rulesDirectory}/core/client-data/ruleset.json`, 'utf8'));
const portfolio = JSON.parse(readFileSync(`${rulesDirectory}/core/portfolio/ruleset.json`, 'utf8'));
const parameter = (ruleSet, name) => ruleSet.parameters[name].default;
const list = (values) => values.map((value) => `'${String(value).replaceAll("'", "''")}'`).join(', ');
const blank = (column) => `(${column} IS NULL OR trim(${column}) = '')`;
const number = (column) => `TRY_CAST(trim(${column}) AS DOUBLE)`;
const date = (column) => `TRY_CAST(trim(${column}) AS DATE)`;

const started = performance.now();
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await instance.connect();
await connection.run(`CREATE TABLE clients AS SELECT * FROM read_csv('${csvPath.replaceAll("'", "''")}', header = true, all_varchar = true)`);
const rules = {
  'household-income-present': blank('householdIncomeMonthly'),
  'income-business-not-negative': `${number('incomeBusiness')} < 0`,
  'income-wages-not-negative': `${number('incomeWages')} < 0`,
  'income-agriculture-not-negative': `${number('incomeAgriculture')} < 0`,
  'income-remittances-not-negative': `${number('incomeRemittances')} < 0`,
  'income-other-not-negative': `${number('incomeOther')} < 0`,
  'household-income-not-negative': `${number('householdIncomeMonthly')} < 0`,
  'household-size-in-range': `${number('householdSize')} < 1 OR ${number('householdSize')} > ${parameter(clientData, 'maxHouseholdSize')}`,
  'disbursement-after-application': `${date('disbursementDate')} < ${date('applicationDate')}`,
  'exited-has-exit-reason': `trim(status) = 'exited' AND ${blank('exitReason')}`,
  'gender-code': `NOT ${blank('gender')} AND trim(gender) NOT IN (${list(parameter(clientData, 'genderCodes'))})`,
  'status-code': `NOT ${blank('status')} AND trim(status) NOT IN (${list(parameter(clientData, 'statusCodes'))})`,
};
const counts = (
  await connection.runAndReadAll(
    `SELECT ${Object.entries(rules)
      .map(([id, condition]) => `count(*) FILTER (WHERE ${condition}) AS "${id}"`)
      .join(', ')} FROM clients`,
  )
).getRowObjectsJson()[0];
const normalised = `upper(regexp_replace(trim(nationalId), '[\\s\\-._/\\\\]+', '', 'g'))`;
const duplicates = (
  await connection.runAndReadAll(
    `SELECT coalesce(sum(n), 0) AS records FROM (SELECT ${normalised} AS id, count(*) AS n FROM clients WHERE NOT ${blank('nationalId')} GROUP BY id HAVING count(*) > 1 AND id <> '' AND id NOT IN (${list(parameter(portfolio, 'nationalIdPlaceholders'))}))`,
  )
).getRowObjectsJson()[0].records;
const officers = (
  await connection.runAndReadAll(
    `SELECT loanOfficerId, median(${number('householdIncomeMonthly')} / ${number('householdSize')}) AS median FROM clients WHERE NOT ${blank('loanOfficerId')} AND ${number('householdSize')} > 0 GROUP BY loanOfficerId`,
  )
).getRowObjectsJson();
connection.closeSync();
process.stdout.write(
  `${JSON.stringify({ counts, duplicateRecords: Number(duplicates), officers: officers.length, seconds: (performance.now() - started) / 1000 })}\n`,
);
