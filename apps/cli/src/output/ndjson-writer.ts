import type { FindingWriter } from './finding-writer.ts';

/** One finding a line, in DESIGN.md's shape. */
export function createNdjsonWriter(): FindingWriter {
  return { open: () => '', write: (finding) => `${JSON.stringify(finding)}\n`, close: () => '' };
}
