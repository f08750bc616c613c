export { renderHtmlReport } from './render-html-report.ts';
export { createReportCollector, RECORDS_TO_FIX_LIMIT, type ReportCollector, type ReportCollectorOptions, type ReportData, type RecordToFix } from './report-data.ts';
export { escapeHtml } from './escape-html.ts';
