import type { FindingFormat } from './finding-writer.ts';

/** One finding a line, in DESIGN.md's shape. */
export function createNdjsonFormat(): FindingFormat {
  return { open: () => '', format: (finding) => `${JSON.stringify(finding)}\n`, separator: '', close: () => '' };
}
