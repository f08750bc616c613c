import { escapeHtml } from './escape-html.ts';

export interface ColumnHeader {
  text: string;
  numeric?: boolean;
}

/**
 * A table inside a region that scrolls sideways when the table is wider than the page (a phone):
 * the region is focusable (`tabindex=0`) and named, so keyboard users can scroll it too (axe-core's
 * `scrollable-region-focusable`). Rows are HTML the caller has already escaped.
 *
 * @example
 * scrollTable('Findings by rule', [{ text: 'Rule' }, { text: 'Findings', numeric: true }], ['<tr><td>…</td><td class="n">3</td></tr>'])
 */
export function scrollTable(label: string, headers: readonly ColumnHeader[], rows: readonly string[]): string {
  const head = headers.map((header) => `<th scope="col"${header.numeric ? ' class="n"' : ''}>${escapeHtml(header.text)}</th>`).join('');
  return (
    `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}">` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}
