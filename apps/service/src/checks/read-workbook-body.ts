import { type ColumnMap, type RecordsInputItem, readCellsHeader, recordOfCells } from '@social-lens/rules/records-input';
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
 * record a row, `line` being the sheet's row. More records than the limit is a 413.
 */
export async function recordsOfWorkbookBody(bytes: Uint8Array, map: ColumnMap, limit: number, sheet?: string): Promise<RecordsInputItem[]> {
  const problem = workbookContainerProblem(bytes, () => bytes, SOURCE);
  if (problem) throw badWorkbook(problem);
  try {
    const opened = await openWorkbookExport(bytes, { source: SOURCE, ...(sheet === undefined ? {} : { sheet }) });
    const header = readCellsHeader(opened.header.columns, map, { line: opened.header.row, source: SOURCE });
    const items: RecordsInputItem[] = header.findings.map((finding) => ({ kind: 'input-finding', finding }));
    let records = 0;
    for await (const { row, cells } of opened.rows) {
      records += 1;
      if (records > limit) {
        throw new ProblemError(413, {
          kind: 'too-many-records',
          detail: `more than ${limit} records in one request; send them in batches`,
          errors: [{ path: `row ${row}`, message: `at most ${limit} records`, code: 'too-many-records' }],
        });
      }
      items.push(...recordOfCells(cells.map(checkedValueOf), row, header.layout));
    }
    return items;
  } catch (error) {
    if (error instanceof WorkbookError) throw badWorkbook(error);
    throw error;
  }
}
