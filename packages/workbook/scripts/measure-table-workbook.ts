/**
 * Writes a synthetic findings-like workbook of N rows (default 300,000) and prints the time, rows/s,
 * the file size and the RSS every 50,000 rows, so that a memory that grows with rows shows:
 *   pnpm measure:writer [ROWS] [OUT.xlsx]
 */
import { statSync } from 'node:fs';
import { createTableWorkbook } from '../src/write-table-workbook.ts';

const rows = Number(process.argv[2] ?? 300_000);
const out = process.argv[3] ?? '/tmp/measure-table-workbook.xlsx';
const columns = [
  'Findings',
  'Line',
  'clientId',
  'branchId',
  'loanOfficerId',
  'gender',
  'birthDate',
  'householdSize',
  'householdIncomeMonthly',
  'povertyLevel',
  'status',
];
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const started = performance.now();
let peak = 0;
const book = createTableWorkbook(out, { maxNotes: 10_000, keepAsText: (text) => /^[=+\-@]/.test(text) });
await book.addSheet(
  'Records',
  columns.map((header) => ({ header })),
);
for (let row = 0; row < rows; row += 1) {
  const marked = row % 7 === 0;
  await book.addRow(
    [
      marked ? 1 : 0,
      row + 2,
      `C${String(row).padStart(7, '0')}`,
      `BR${row % 12}`,
      `LO${row % 90}`,
      row % 2 ? 'F' : 'M',
      '1980-04-12',
      1 + (row % 8),
      1234.5 + (row % 1000),
      'poor',
      'active',
    ],
    marked
      ? [undefined, undefined, undefined, undefined, undefined, undefined, undefined, { fill: 'error', note: `Household size ${1 + (row % 8)} does not fit` }]
      : undefined,
  );
  if ((row + 1) % 50_000 === 0) {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    process.stdout.write(`${row + 1} rows: rss ${megabytes(rss)}\n`);
  }
}
const summary = await book.close();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s), ${summary.notes} notes (${summary.notesLeftOut} left out), file ${megabytes(statSync(out).size)}, peak sampled rss ${megabytes(peak)}\n`,
);
