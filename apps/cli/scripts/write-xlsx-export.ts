/**
 * Writes a canonical client export (CSV, `,`) as an `.xlsx` workbook, numbers as numbers, for
 * timing `lens check records FILE.xlsx` on large workbooks (written as a stream, so any size):
 *   tsx scripts/write-xlsx-export.ts IN.csv OUT.xlsx
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCsvText } from '@social-lens/rules/records-input';
import { createTableWorkbook } from '@social-lens/workbook';

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error('usage: tsx scripts/write-xlsx-export.ts IN.csv OUT.xlsx');
const book = createTableWorkbook(output, { maxNotes: 0 });
let header = true;
let rows = 0;
// The generated export has no line breaks inside cells: each line is a record.
for await (const line of createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY })) {
  if (line === '') continue;
  let cells: string[] = [];
  parseCsvText(line, ',', 1, (row) => {
    cells = row;
  });
  if (header) {
    await book.addSheet(
      'Clients',
      cells.map((name) => ({ header: name })),
    );
    header = false;
    continue;
  }
  await book.addRow(cells.map((cell) => (cell !== '' && String(Number(cell)) === cell ? Number(cell) : cell)));
  rows += 1;
}
await book.close();
process.stderr.write(`wrote ${rows} rows to ${output}\n`);
