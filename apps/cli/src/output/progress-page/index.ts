export { renderProgressPage, type ProgressPageOptions } from './render-progress-page.ts';
export { progressLabels, PROGRESS_LANGUAGES, type ProgressLabels } from './progress-labels.ts';
export { formatFigure, formatCount, formatPace } from './format-figure.ts';
export { formatProgressTable } from './format-progress-table.ts';
