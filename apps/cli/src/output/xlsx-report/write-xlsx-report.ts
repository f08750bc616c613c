import type { Finding } from '@social-lens/rules';
import type { CellsLayout, RecordsLayout } from '@social-lens/rules/records-input';
import { type CellFill, createTableWorkbook, type TableWorkbook, type TableWorkbookSummary } from '@social-lens/workbook';
import type { OpenedExport } from '../../input/open-export.ts';
import { startsLikeFormula } from '../starts-like-formula.ts';
import { readExportRows } from './export-rows.ts';
import { createGroupCounts, type GroupCountRow } from './group-counts.ts';
import { recordMarks } from './record-marks.ts';
import { groupTextOf, sheetValueOf } from './sheet-values.ts';
import { readSpooledFindings } from './spooled-findings.ts';

/** Notes kept in a workbook: each is held in memory until the sheets are written, and Excel slows down with many more. */
const MAX_NOTES = 20_000;
const NO_GROUP = '(none)';
const SEVERITY_ORDER = ['error', 'warning', 'info'];

interface XlsxReportOptions {
  out: string;
  /** Every finding of the check as NDJSON, in the order the other formats write them. */
  spool: string;
  /** The portfolio findings of the check (they are in the spool too, last). */
  portfolioFindings: readonly Finding[];
  /** The export opened again, for a second read of its rows. */
  source: OpenedExport<RecordsLayout | CellsLayout>;
  warn: (message: string) => void;
  maxNotes?: number;
}

const FINDING_COLUMNS = [
  { header: 'Row', width: 8 },
  { header: 'Client id', width: 12 },
  { header: 'Severity', width: 10 },
  { header: 'Rule', width: 44 },
  { header: 'Fields', width: 28 },
  { header: 'Message', width: 80 },
  { header: 'Suggestion', width: 60 },
];

function severityMark(finding: Finding): { fill: CellFill } {
  return { fill: finding.severity };
}

async function writeRecordsSheet(book: TableWorkbook, options: XlsxReportOptions): Promise<{ branches: GroupCountRow[]; officers: GroupCountRow[] }> {
  const { columns, fields, rows } = await readExportRows(options.source);
  const conventions = options.source.layout.format === 'cells' ? undefined : options.source.layout.conventions;
  await book.addSheet('Records', [{ header: 'Findings', width: 10 }, { header: 'Line', width: 8 }, ...columns.map((header) => ({ header }))]);
  const sheetFields = [undefined, undefined, ...fields];
  const branchColumn = fields.indexOf('branchId');
  const officerColumn = fields.indexOf('loanOfficerId');
  const branches = createGroupCounts();
  const officers = createGroupCounts();
  const portfolioByLine = new Map<number, Finding[]>();
  for (const finding of options.portfolioFindings) {
    if (finding.line === undefined) continue;
    portfolioByLine.set(finding.line, [...(portfolioByLine.get(finding.line) ?? []), finding]);
  }
  const spooled = readSpooledFindings(options.spool);
  let next = await spooled.next();
  for await (const row of rows) {
    const found: Finding[] = [];
    // The spool is in file order; portfolio findings (last in it) are taken from portfolioByLine instead.
    while (!next.done && (next.value.group !== undefined || next.value.line === undefined || next.value.line <= row.line)) {
      if (next.value.line === row.line && next.value.group === undefined) found.push(next.value);
      next = await spooled.next();
    }
    found.push(...(portfolioByLine.get(row.line) ?? []));
    const values = [found.length, row.line, ...row.cells.map((cell, index) => sheetValueOf(cell, fields[index], conventions))];
    await book.addRow(values, found.length > 0 ? recordMarks(found, sheetFields) : undefined);
    if (found.length === 0) continue;
    branches.addRecord(groupTextOf(row.cells[branchColumn]) || NO_GROUP, found);
    officers.addRecord(groupTextOf(row.cells[officerColumn]) || NO_GROUP, found);
  }
  await spooled.return(undefined);
  for (const finding of options.portfolioFindings) {
    if (finding.line !== undefined) continue;
    if (finding.group?.['branchId'] !== undefined) branches.addGroupFinding(finding.group['branchId'], finding);
    if (finding.group?.['loanOfficerId'] !== undefined) officers.addGroupFinding(finding.group['loanOfficerId'], finding);
  }
  return { branches: branches.rows(), officers: officers.rows() };
}

async function writeCountsSheet(book: TableWorkbook, name: string, groupHeader: string, rows: readonly GroupCountRow[]): Promise<void> {
  await book.addSheet(name, [
    { header: groupHeader, width: 14 },
    { header: 'Rule', width: 44 },
    { header: 'Severity', width: 10 },
    { header: 'Findings', width: 10 },
    { header: 'Records', width: 10 },
  ]);
  for (const row of rows) {
    await book.addRow([row.group, row.ruleId, row.severity, row.findings, row.records ?? null], [undefined, undefined, { fill: row.severity as CellFill }]);
  }
}

/**
 * Writes the workbook of `--format xlsx` from a finished check: "Records" (the export as it
 * came, cells named by findings filled and noted, the count of findings first), "Findings" (one
 * row per finding, in the order of the other formats), "By branch" and "By loan officer" (counts
 * per rule and severity) and "Portfolio" (the portfolio findings, most severe first). Reads the
 * export and the spool as streams: memory holds the group counts, the notes and the portfolio findings.
 */
export async function writeXlsxReport(options: XlsxReportOptions): Promise<TableWorkbookSummary> {
  const maxNotes = options.maxNotes ?? MAX_NOTES;
  const book = createTableWorkbook(options.out, { maxNotes, keepAsText: startsLikeFormula });
  const { branches, officers } = await writeRecordsSheet(book, options);

  await book.addSheet('Findings', FINDING_COLUMNS);
  for await (const finding of readSpooledFindings(options.spool)) {
    await book.addRow(
      [
        finding.line ?? null,
        finding.recordId ?? null,
        finding.severity,
        finding.ruleId,
        finding.fields.join(', '),
        finding.message,
        finding.suggestion ?? null,
      ],
      [undefined, undefined, severityMark(finding)],
    );
  }

  await writeCountsSheet(book, 'By branch', 'Branch', branches);
  await writeCountsSheet(book, 'By loan officer', 'Loan officer', officers);

  await book.addSheet('Portfolio', [
    FINDING_COLUMNS[2]!,
    FINDING_COLUMNS[3]!,
    { header: 'Group', width: 24 },
    ...[0, 1, 4, 5, 6].map((index) => FINDING_COLUMNS[index]!),
  ]);
  const portfolio = [...options.portfolioFindings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  for (const finding of portfolio) {
    const group = Object.entries(finding.group ?? {})
      .map(([field, value]) => `${field}=${value}`)
      .join(' ');
    await book.addRow(
      [
        finding.severity,
        finding.ruleId,
        group,
        finding.line ?? null,
        finding.recordId ?? null,
        finding.fields.join(', '),
        finding.message,
        finding.suggestion ?? null,
      ],
      [severityMark(finding)],
    );
  }

  const summary = await book.close();
  if (summary.notesLeftOut > 0) {
    options.warn(`${options.out}: ${summary.notesLeftOut} cell notes left out (a workbook keeps at most ${maxNotes}); the Findings sheet lists every finding`);
  }
  return summary;
}
