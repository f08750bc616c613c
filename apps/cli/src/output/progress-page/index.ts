export { formatProgressTable } from './format-progress-table.ts';
export { PROGRESS_LANGUAGES } from './progress-labels.ts';
export { renderProgressPage } from './render-progress-page.ts';
