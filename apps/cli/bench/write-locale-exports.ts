import { writeFileSync } from 'node:fs';
import { CSV_COLUMNS, generateClientExport, toCsv } from '../scripts/client-export-generator.ts';

/**
 * Writes one synthetic export twice, for timing the records input on local conventions: as the
 * canonical CSV, and as Russian-locale Excel writes it (`;`, decimal comma, space-grouped
 * thousands, DD.MM.YYYY). Usage: tsx bench/write-locale-exports.ts COUNT OUT_FOLDER
 * → OUT_FOLDER/canonical.csv, OUT_FOLDER/decimal-comma.csv
 */
const count = Number(process.argv[2] ?? 1_000_000);
const folder = process.argv[3] ?? '.';
const generated = generateClientExport({ count, seed: 20061, faultShare: 0.2, today: '2026-06-30' });
writeFileSync(`${folder}/canonical.csv`, toCsv(generated.records));

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dates = new Set(['birthDate', 'applicationDate', 'disbursementDate', 'exitDate', 'clientSince']);
const texts = new Set(['clientId', 'branchId', 'loanOfficerId', 'gender', 'area', 'povertyLevel', 'status', 'exitReason', 'nationalId']);
function local(column: string, value: string): string {
  if (texts.has(column)) return value;
  if (dates.has(column)) return value.replace(DATE, '$3.$2.$1');
  const match = NUMBER.exec(value);
  if (match === null) return value;
  const [, sign = '', whole = '', decimals] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ' ')}${decimals === undefined ? '' : `,${decimals}`}`;
}
const lines = [CSV_COLUMNS.join(';')];
for (const record of generated.records) {
  lines.push(CSV_COLUMNS.map((column) => local(column, String(record[column] ?? '')).replaceAll(';', ',')).join(';'));
}
writeFileSync(`${folder}/decimal-comma.csv`, `${lines.join('\n')}\n`);
process.stderr.write(`wrote ${count} records to ${folder}/canonical.csv and ${folder}/decimal-comma.csv\n`);
