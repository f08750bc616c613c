import { existsSync, writeFileSync } from 'node:fs';
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
 * Usage: tsx scripts/generate-clients.ts [COUNT] [OUT.csv] [--force] (an existing OUT is kept without --force)
 */
const args = process.argv.slice(2).filter((arg) => arg !== '--force');
const force = process.argv.includes('--force');
const count = Number(args[0] ?? 400);
const out = args[1] ?? fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
// The committed examples are what the README, the tests and the demo expect: rewriting them takes a word.
if (existsSync(out) && !force) {
  process.stderr.write(
    `generate-clients: ${out} exists; pass --force to overwrite it, or give another path: tsx scripts/generate-clients.ts [COUNT] [OUT.csv]\n`,
  );
  process.exit(2);
}
const SEED = 20061;
const FIRST = '2026-06-30';
const LATER = '2026-12-31';
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
