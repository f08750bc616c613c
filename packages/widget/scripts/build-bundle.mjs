// Builds the ES modules the service serves: `dist/lens-widget.js` (/widget.js) — Lit, the rules
// engine, the SMART analyzer and the bundled core rule sets in one file, so an MIS page needs one
// script tag and checks offline — and `dist/lens-objective-remote.js`, `<lens-objective-check>`
// alone, which asks the service named by `server` for each check. Each has a gzipped budget:
// the build fails when a bundle outgrows it.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUNDLES = [
  // 170 KiB before <lens-scorecard> (about 5 KiB), the scorecard part of the rule-set schema (about 1 KiB) and
  // the indicators subject of the rule-set schema and resolver (about 4 KiB); 182 KiB before the legacy-screen
  // work of <lens-record-check> (value-map, profile, option labels in messages, the blocked-save alert: about 3 KiB)
  // and the second round of the SMART analyzer (document names, funding inputs, named countries, change sizes,
  // their vocabulary lists: about 3 KiB); 188 KiB before the analyzer's real-text lists (about 2 KiB), rule
  // titles in ru and bs (about 1 KiB) and numbers read as the element's language writes them (about 0.6 KiB);
  // 190.7 KiB before the third round of real-text classes (unlisted infinitives, changes without whom, vague
  // phrases, non-person endings, document topics: about 1.2 KiB).
  { entry: '../src/index.ts', outfile: '../dist/lens-widget.js', budgetKiB: 192 },
  { entry: '../src/objective-remote-entry.ts', outfile: '../dist/lens-objective-remote.js', budgetKiB: 16 },
];

for (const bundle of BUNDLES) {
  const outfile = new URL(bundle.outfile, import.meta.url).pathname;
  await build({
    entryPoints: [new URL(bundle.entry, import.meta.url).pathname],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // Browsers an MFI's loan officers still run: anything with custom elements, shadow DOM and Ed25519 in WebCrypto.
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const bytes = readFileSync(outfile);
  const gzipped = gzipSync(bytes, { level: 9 }).length / 1024;
  const name = bundle.outfile.replace('../', '');
  process.stdout.write(`${name}: ${(bytes.length / 1024).toFixed(1)} KiB, ${gzipped.toFixed(1)} KiB gzipped (budget ${bundle.budgetKiB} KiB)\n`);
  if (gzipped > bundle.budgetKiB) {
    process.stderr.write(`${name} is over its budget of ${bundle.budgetKiB} KiB gzipped\n`);
    process.exitCode = 1;
  }
}
