import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateClientExport, toCsv } from './client-export-generator.ts';

/**
 * Writes the shipped example export, `examples/clients.csv`, and the list of the faults injected
 * into it, `examples/clients.faults.json`. Usage: tsx scripts/generate-clients.ts [COUNT] [OUT.csv]
 */
const count = Number(process.argv[2] ?? 400);
const out = process.argv[3] ?? fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
// One loan officer records incomes about three times higher (each record consistent on its own),
// and a few clients were entered twice: what the portfolio rules are for.
const generated = generateClientExport({
  count,
  seed: 20061,
  faultShare: 0.2,
  today: '2026-06-30',
  biasedLoanOfficer: { loanOfficerId: 'LO32', incomeFactor: 3 },
  duplicateNationalIds: Math.max(1, Math.round(count / 200)),
});
writeFileSync(out, toCsv(generated.records));
writeFileSync(out.replace(/\.csv$/, '.faults.json'), `${JSON.stringify(Object.fromEntries(generated.faults), null, 2)}\n`);
process.stderr.write(`wrote ${generated.records.length} records (${generated.faults.size} with an injected fault, loan officer LO32 biased, ${generated.duplicates?.length ?? 0} duplicated national ids) to ${out}\n`);
