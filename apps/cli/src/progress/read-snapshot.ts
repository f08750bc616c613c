import { type ReadRecord, readClientRecord } from '@social-lens/rules';
import type { SnapshotReading } from '@social-lens/rules/indicators';
import { describeDecisions, forEachRecordOfText, type ImportProfile, type LocaleDefaults } from '@social-lens/rules/records-input';
import { openExport } from '../input/open-export.ts';
import { createProgress } from '../output/progress.ts';

export interface ReadSnapshotOptions {
  /** The import profile (`--map`): columns, codes, and how numbers and dates are written. */
  profile: ImportProfile;
  /** `--locale`: the defaults of columns that read two ways. */
  locale?: { name: string; defaults: LocaleDefaults };
  encoding: string;
  warn: (message: string) => void;
  /** Where the detection report goes (stderr), as `lens check records` prints it. */
  tell: (message: string) => void;
  fileName: string;
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a client export for `lens progress` as `lens check records` reads it — the CLI's byte
 * chunks of whole records, each read by the shared records-input module through the import
 * profile (codes, numbers and dates as the profile says or as detected, the decisions told) — and hands each record
 * to `onRecord` as the client record schema reads it. Rows that cannot be read are counted, not
 * lost silently (`lens check records` names them one by one); header warnings go to `warn`.
 */
export async function readSnapshot(
  path: string,
  options: ReadSnapshotOptions,
  onRecord: (record: ReadRecord, raw: Readonly<Record<string, unknown>>) => void,
): Promise<SnapshotReading> {
  const source = openExport(path, {
    map: options.profile.map,
    profile: options.profile,
    ...(options.locale ? { locale: options.locale } : {}),
    encoding: options.encoding,
    warn: options.warn,
    fileName: options.fileName,
  });
  if (source.decisions.length > 0) options.tell(`${options.fileName}: ${describeDecisions(source.decisions)}`);
  for (const finding of source.headerFindings) options.warn(`${options.fileName}:${finding.line ?? 1}: ${finding.message}`);
  const reading: Required<Pick<SnapshotReading, 'columns' | 'unreadableRows'>> & SnapshotReading = {
    columns: [],
    unreadableRows: 0,
    conventions: source.decisions,
  };
  const fieldsSeen = new Set<string>();
  const json = source.layout.format === 'ndjson';
  const decoder = new TextDecoder(source.encoding);
  const progress = createProgress(source.size, `reading ${options.fileName}`);
  let records = 0;
  try {
    for await (const chunk of source.chunks(CHUNK_BYTES)) {
      forEachRecordOfText(decoder.decode(chunk.bytes), chunk.firstLine, source.layout, (item) => {
        if (item.kind === 'input-finding') {
          if (item.finding.severity !== 'error') return;
          reading.unreadableRows += 1;
          reading.firstUnreadable ??= `line ${item.finding.line}: ${item.finding.message}`;
          return;
        }
        if (json) for (const [field, value] of Object.entries(item.raw)) if (value !== undefined && value !== null && value !== '') fieldsSeen.add(field);
        records += 1;
        onRecord(readClientRecord(item.raw), item.raw);
      });
      progress.update(chunk.endOffset, records);
    }
  } finally {
    progress.stop();
  }
  if (source.layout.format === 'csv') {
    const { fields } = source.layout;
    reading.columns = (source.columns ?? []).map((column, index) => (fields[index] === undefined ? { column } : { column, field: fields[index] }));
  } else reading.columns = [...fieldsSeen].map((field) => ({ column: field, field }));
  return reading;
}
