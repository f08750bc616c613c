import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateClientExport, toCsv } from './client-export-generator.ts';

/**
 * Writes the shipped example export, `examples/clients.csv`, and the list of the faults injected
 * into it, `examples/clients.faults.json`. Usage: tsx scripts/generate-clients.ts [COUNT] [OUT.csv]
 */
const count = Number(process.argv[2] ?? 400);
const out = process.argv[3] ?? fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const generated = generateClientExport({ count, seed: 20061, faultShare: 0.2, today: '2026-06-30' });
writeFileSync(out, toCsv(generated.records));
writeFileSync(out.replace(/\.csv$/, '.faults.json'), `${JSON.stringify(Object.fromEntries(generated.faults), null, 2)}\n`);
process.stderr.write(`wrote ${generated.records.length} records (${generated.faults.size} with an injected fault) to ${out}\n`);
