/** One snapshot as named on the command line: the export, and the date it was given, if any. */
export interface SnapshotArgument {
  file: string;
  /** The text after `@`, as written (checked later, so that a bad date is one problem among others). */
  asOf?: string;
}

/**
 * Splits `EXPORT[@AS_OF]`: the last `@` starts the date when what follows it is not a path (a
 * file may have `@` in its folder names).
 *
 * @example
 * parseSnapshotArgument('exports/june.csv@2026-06-30') // → { file: 'exports/june.csv', asOf: '2026-06-30' }
 * parseSnapshotArgument('june.csv') // → { file: 'june.csv' }
 */
export function parseSnapshotArgument(text: string): SnapshotArgument {
  const at = text.lastIndexOf('@');
  if (at <= 0) return { file: text };
  const asOf = text.slice(at + 1);
  if (asOf.includes('/') || asOf.includes('\\')) return { file: text };
  return { file: text.slice(0, at), asOf };
}
