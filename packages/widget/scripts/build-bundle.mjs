// Builds the one self-contained ES module the service serves at /widget.js: Lit, the rules
// engine and the bundled core rule sets in a single file, so an MIS page needs one script tag.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = new URL('../dist/lens-widget.js', import.meta.url).pathname;
await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
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
process.stdout.write(`dist/lens-widget.js: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB gzipped\n`);
