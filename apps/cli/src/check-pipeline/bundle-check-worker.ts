import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A worker script ready to start, and how to clean it up. */
export interface WorkerScript {
  url: URL;
  dispose(): void;
}

/**
 * Bundles the check worker and everything it imports into one JavaScript file for this run.
 * A worker started from TypeScript would need tsx's loader, with a loader thread of its own per
 * worker: slower to start and ~40 MB more each. Bundling takes a fraction of a second, once per
 * large run, and cannot go stale. Falls back to the TypeScript entry when esbuild fails.
 */
export async function bundleCheckWorker(): Promise<WorkerScript> {
  const folder = mkdtempSync(join(tmpdir(), 'lens-worker-'));
  const outfile = join(folder, 'check-worker.mjs');
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./check-worker.ts', import.meta.url))],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // CommonJS dependencies (json-rules-engine) call require(): give the ES module one.
      banner: { js: "import { createRequire as __lensCreateRequire } from 'node:module'; const require = __lensCreateRequire(import.meta.url);" },
    });
    return { url: new URL(`file://${outfile}`), dispose: () => rmSync(folder, { recursive: true, force: true }) };
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return { url: new URL('./check-worker-entry.js', import.meta.url), dispose: () => {} };
  }
}
