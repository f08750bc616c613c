import type { FindingFormat } from './finding-writer.ts';

/** A JSON array of findings, written as it goes so nothing is held in memory. */
export function createJsonFormat(): FindingFormat {
  return {
    open: () => '[\n',
    format: (finding) => `  ${JSON.stringify(finding)}`,
    separator: ',\n',
    close: (summary) => (summary.bySeverity && Object.values(summary.bySeverity).some((count) => count > 0) ? '\n]\n' : ']\n'),
  };
}
