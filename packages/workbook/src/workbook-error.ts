/** Why a workbook cannot be read as a client export. */
export type WorkbookProblem = 'not-a-workbook' | 'encrypted' | 'old-excel-format' | 'no-such-sheet' | 'no-header' | 'no-sheet' | 'too-large';

/** A workbook that cannot be read as a client export; the message names the file (or "the body"). */
export class WorkbookError extends Error {
  readonly problem: WorkbookProblem;
  /** The sheets the workbook has (for `no-such-sheet`). */
  readonly sheets: readonly string[];
  constructor(problem: WorkbookProblem, message: string, sheets: readonly string[] = []) {
    super(message);
    this.name = 'WorkbookError';
    this.problem = problem;
    this.sheets = sheets;
  }
}
