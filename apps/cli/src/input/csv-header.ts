import { UsageError } from '../usage-error.ts';
import { type ColumnMap, canonicalFieldOf } from './column-map.ts';

/**
 * The canonical field of each column of a CSV header (undefined for a column no field matches).
 * Warns about ignored and doubled columns; a header where nothing matches is a usage error.
 */
export function resolveCsvHeader(columns: readonly string[], map: ColumnMap, fileName: string, warn: (message: string) => void): Array<string | undefined> {
  const unknown: string[] = [];
  const seen = new Map<string, string>();
  const header = columns.map((column) => {
    const field = canonicalFieldOf(column, map);
    if (field === undefined) {
      if (column.trim() !== '') unknown.push(column);
      return undefined;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) warn(`${fileName}:1: columns "${earlier}" and "${column}" both give ${field}; the later one is used`);
    seen.set(field, column);
    return field;
  });
  if (unknown.length > 0) {
    warn(`${fileName}:1: ignoring column(s) that match no field: ${unknown.map((c) => `"${c}"`).join(', ')} (map them with --map FILE)`);
  }
  if (seen.size === 0) {
    throw new UsageError(`${fileName}:1: no column matches a client field; pass --map FILE to name them (header: ${columns.slice(0, 8).join(', ')})`);
  }
  return header;
}
