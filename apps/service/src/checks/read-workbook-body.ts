import {
  type ConventionDecision,
  decideCellsConventions,
  type ImportProfile,
  type LocaleDefaults,
  type RecordsInputItem,
  readCellsHeader,
  recordOfCells,
} from '@social-lens/rules/records-input';
import { checkedValueOf, openWorkbookExport, WorkbookError, workbookContainerProblem } from '@social-lens/workbook';
import { ProblemError } from '../problems/problem-error.ts';

const SOURCE = 'the request body';

function badWorkbook(error: WorkbookError): ProblemError {
  // A body that is no .xlsx at all was sent with the wrong type: 415; a workbook that cannot be read as an export: 422.
  const status = error.problem === 'not-a-workbook' || error.problem === 'old-excel-format' ? 415 : 422;
  return new ProblemError(status, {
    kind: status === 415 ? 'unsupported-media-type' : 'invalid-body',
    detail: error.message,
    errors: [{ path: '/', message: error.message, code: error.problem }],
  });
}

/**
 * The records of an `.xlsx` body (its first sheet, or `sheet`), read by the workbook reader and
 * records-input as `lens check records FILE.xlsx` reads a file: header findings first, then one
 * record a row, `line` being the sheet's row; text cells read through the profile and the
 * conventions decided as the CLI decides them. More records than the limit is a 413.
 */
export async function recordsOfWorkbookBody(
  bytes: Uint8Array,
  profile: ImportProfile,
  limit: number,
  locale?: { name: string; defaults: LocaleDefaults },
  sheet?: string,
): Promise<{ items: RecordsInputItem[]; decisions: ConventionDecision[] }> {
  const problem = workbookContainerProblem(bytes, () => bytes, SOURCE);
  if (problem) throw badWorkbook(problem);
  try {
    const opened = await openWorkbookExport(bytes, { source: SOURCE, ...(sheet === undefined ? {} : { sheet }) });
    const header = readCellsHeader(opened.header.columns, profile.map, { line: opened.header.row, source: SOURCE });
    const items: RecordsInputItem[] = header.findings.map((finding) => ({ kind: 'input-finding', finding }));
    const rows: Array<{ row: number; cells: unknown[] }> = [];
    for await (const { row, cells } of opened.rows) {
      if (rows.length >= limit) {
        throw new ProblemError(413, {
          kind: 'too-many-records',
          detail: `more than ${limit} records in one request; send them in batches`,
          errors: [{ path: `row ${row}`, message: `at most ${limit} records`, code: 'too-many-records' }],
        });
      }
      rows.push({ row, cells: cells.map(checkedValueOf) });
    }
    const { layout, decisions } = decideCellsConventions(
      rows.map(({ cells }) => cells),
      header.layout,
      profile,
      locale === undefined ? {} : { locale },
    );
    for (const { row, cells } of rows) items.push(...recordOfCells(cells, row, layout));
    return { items, decisions };
  } catch (error) {
    if (error instanceof WorkbookError) throw badWorkbook(error);
    throw error;
  }
}
