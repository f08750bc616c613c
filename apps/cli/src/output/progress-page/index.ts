export { formatCount, formatFigure, formatPace } from './format-figure.ts';
export { formatProgressTable } from './format-progress-table.ts';
export { PROGRESS_LANGUAGES, type ProgressLabels, progressLabels } from './progress-labels.ts';
export { type ProgressPageOptions, renderProgressPage } from './render-progress-page.ts';
