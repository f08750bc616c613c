export { renderHtmlReport } from './render-html-report.ts';
export { createReportCollector } from './report-data.ts';
