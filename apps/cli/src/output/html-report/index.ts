export { escapeHtml } from './escape-html.ts';
export { renderHtmlReport } from './render-html-report.ts';
export {
  createReportCollector,
  RECORDS_TO_FIX_LIMIT,
  type RecordToFix,
  type ReportCollector,
  type ReportCollectorOptions,
  type ReportData,
} from './report-data.ts';
