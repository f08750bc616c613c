import type { Finding } from '@social-lens/rules';
import type { CellMark } from '@social-lens/workbook';

/** A note lists at most this many messages; the rest are counted ("… and 3 more"). */
const MESSAGES_PER_NOTE = 5;

const RANK: Readonly<Record<string, number>> = { error: 3, warning: 2, info: 1 };

interface Gathered {
  fill: Finding['severity'];
  messages: string[];
}

function noteOf(messages: readonly string[]): string {
  const shown = messages.slice(0, MESSAGES_PER_NOTE);
  const more = messages.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\n… and ${more} more` : shown.join('\n');
}

/**
 * The marks of one row of the Records sheet: each cell of a column named by a finding is filled
 * by the most severe of them and notes their messages; a finding naming no column of the export
 * is noted on the first cell (the count of findings). `fields[i]` is the field of sheet column i.
 */
export function recordMarks(findings: readonly Finding[], fields: ReadonlyArray<string | undefined>): Array<CellMark | undefined> {
  const gathered = new Map<number, Gathered>();
  const add = (column: number, finding: Finding): void => {
    const entry = gathered.get(column);
    if (entry === undefined) gathered.set(column, { fill: finding.severity, messages: [finding.message] });
    else {
      if ((RANK[finding.severity] ?? 0) > (RANK[entry.fill] ?? 0)) entry.fill = finding.severity;
      entry.messages.push(finding.message);
    }
  };
  for (const finding of findings) {
    let named = false;
    for (const field of finding.fields) {
      for (let column = 0; column < fields.length; column += 1) {
        if (fields[column] !== field) continue;
        add(column, finding);
        named = true;
      }
    }
    if (!named) add(0, finding);
  }
  const marks: Array<CellMark | undefined> = [];
  for (const [column, { fill, messages }] of gathered) marks[column] = { fill, note: noteOf(messages) };
  return marks;
}
