import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import kyrgyzScorecard from '@social-lens/rule-sets/ppi/kgz-2015/ruleset.json' with { type: 'json' };
import { isRuleSetDocument } from '@social-lens/rules';
import { CSV_COLUMNS, generateClientExport, generateLaterSnapshot, toCsv } from './client-export-generator.ts';
import { addScorecardAnswers } from './scorecard-answers.ts';

/**
 * Writes the shipped example exports: `examples/clients.csv` (the snapshot of 2026-06-30), the
 * list of the faults injected into it, `examples/clients.faults.json`; the same clients with the
 * answers of the Kyrgyz PPI scorecard and a stored score, `examples/clients.ppi.csv` (for
 * `lens scorecard`); and the same portfolio six months later from the same seed,
 * `examples/clients-2026-12-31.csv` (for `lens progress`).
 * Usage: tsx scripts/generate-clients.ts [COUNT] [OUT.csv] [--force]: files that exist (the
 * committed examples by default) are overwritten only with --force.
 */
const force = process.argv.includes('--force');
const [countArgument, outArgument] = process.argv.slice(2).filter((argument) => argument !== '--force');
const count = Number(countArgument ?? 400);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`COUNT ${countArgument}: expected a whole number of records\n`);
  process.exit(2);
}
const out = outArgument ?? fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const LATER = '2026-12-31';
const outputs = [out, out.replace(/\.csv$/, '.faults.json'), out.replace(/\.csv$/, '.ppi.csv'), out.replace(/\.csv$/, `-${LATER}.csv`)];
const existing = outputs.filter((path) => existsSync(path));
if (existing.length > 0 && !force) {
  process.stderr.write(
    `${existing.join(', ')} exist${existing.length === 1 ? 's' : ''}${outArgument === undefined ? ' (the committed examples)' : ''}; give another OUT.csv, or --force to overwrite\n`,
  );
  process.exit(2);
}
mkdirSync(dirname(out), { recursive: true });
const SEED = 20061;
const FIRST = '2026-06-30';
// One loan officer records incomes about three times higher (each record consistent on its own),
// and a few clients were entered twice: what the portfolio rules are for.
const generated = generateClientExport({
  count,
  seed: SEED,
  faultShare: 0.2,
  today: FIRST,
  biasedLoanOfficer: { loanOfficerId: 'LO32', incomeFactor: 3 },
  duplicateNationalIds: Math.max(1, Math.round(count / 200)),
});
writeFileSync(out, toCsv(generated.records));
writeFileSync(out.replace(/\.csv$/, '.faults.json'), `${JSON.stringify(Object.fromEntries(generated.faults), null, 2)}\n`);
process.stderr.write(
  `wrote ${generated.records.length} records (${generated.faults.size} with an injected fault, loan officer LO32 biased, ${generated.duplicates?.length ?? 0} duplicated national ids) to ${out}\n`,
);
// The same clients answer the Kyrgyz PPI, in a file of their own: clients.csv stays as it was.
if (!isRuleSetDocument(kyrgyzScorecard)) throw new Error('ppi/kgz-2015 is not a valid rule set');
const answered = addScorecardAnswers(generated.records, kyrgyzScorecard, { seed: SEED, notInterviewedShare: 0.05, faultShare: 0.04 });
const ppiColumns = [...CSV_COLUMNS, ...answered.columns];
const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const ppiOut = out.replace(/\.csv$/, '.ppi.csv');
writeFileSync(
  ppiOut,
  `${ppiColumns.join(',')}\n${answered.records.map((record) => ppiColumns.map((column) => quote(record[column] ?? '')).join(',')).join('\n')}\n`,
);
process.stderr.write(`wrote the same records with the answers of ppi/kgz-2015 to ${ppiOut}\n`);

const later = generateLaterSnapshot(generated, { seed: SEED, from: FIRST, asOf: LATER });
const laterOut = out.replace(/\.csv$/, `-${LATER}.csv`);
writeFileSync(laterOut, toCsv(later.records));
const { changes } = later;
process.stderr.write(
  `wrote ${later.records.length} records as of ${LATER} (${changes.exited.length} exited, ${changes.renewed.length} renewed, ${changes.moved.size} moved between poverty levels, ${changes.renumbered.size} renumbered, ${changes.dropped.length} dropped, ${changes.added.length} new) to ${laterOut}\n`,
);
