import type { FindingWriter } from './finding-writer.ts';

/** A JSON array of findings, written as it goes so nothing is held in memory. */
export function createJsonWriter(): FindingWriter {
  let first = true;
  return {
    open: () => '[',
    write(finding) {
      const separator = first ? '\n' : ',\n';
      first = false;
      return `${separator}  ${JSON.stringify(finding)}`;
    },
    close: () => (first ? ']\n' : '\n]\n'),
  };
}
