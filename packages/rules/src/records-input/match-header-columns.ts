import { RecordsInputError } from '../errors.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ClientRecordField } from '../records/client-record-schema.ts';
import { type ColumnMap, canonicalFieldOf } from './column-map.ts';
import { distinctColumnsFinding } from './input-findings.ts';

export interface MatchedHeader {
  fields: Array<ClientRecordField | undefined>;
  ignoredColumns: string[];
  /** `lens/input#distinct-columns` warnings: several columns that give one field. */
  findings: Finding[];
}

/**
 * Matches a header row's columns to canonical fields (trimmed, case-insensitive, through the
 * column map), for a CSV header and a worksheet's alike. A header where no column names a field
 * is a {@link RecordsInputError} at `path`.
 */
export function matchHeaderColumns(
  columns: readonly string[],
  map: ColumnMap,
  where: { path: string; line: number; errorOptions: { source?: string } },
): MatchedHeader {
  const ignoredColumns: string[] = [];
  const columnsOfField = new Map<ClientRecordField, string[]>();
  const fields = columns.map((column) => {
    const field = canonicalFieldOf(column, map);
    if (field === undefined) {
      if (column.trim() !== '') ignoredColumns.push(column);
      return undefined;
    }
    columnsOfField.set(field, [...(columnsOfField.get(field) ?? []), column]);
    return field;
  });
  if (columnsOfField.size === 0) {
    const shown = columns
      .slice(0, 8)
      .map((column) => `"${column}"`)
      .join(', ');
    throw new RecordsInputError(
      [
        {
          code: 'no-known-column',
          path: where.path,
          message: `no column matches a client field (header: ${shown}${columns.length > 8 ? ', …' : ''}); name them with a column map`,
        },
      ],
      where.errorOptions,
    );
  }
  const findings = [...columnsOfField]
    .filter(([, named]) => named.length > 1)
    .map(([field, named]) => distinctColumnsFinding(field, named, { line: where.line }));
  return { fields, ignoredColumns, findings };
}
