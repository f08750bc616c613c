import { type ObjectiveCheck, SMART_CRITERIA } from '@social-lens/rules';
import type { objectiveLabels } from './objective-labels.ts';

const MARKS = { true: '✓', false: '✗', null: '?' } as const;

/** One objective as a block of text: its heading and words, the five marks, then what to fix. */
export function formatObjectiveBlock(heading: string, text: string, check: ObjectiveCheck, labels: ReturnType<typeof objectiveLabels>): string {
  const shown = text.length > 160 ? `${text.slice(0, 157)}…` : text;
  const marks = SMART_CRITERIA.map((criterion) => `${MARKS[String(check.criteria[criterion].met) as keyof typeof MARKS]} ${labels.criteria[criterion]}`).join(
    '   ',
  );
  const lines = [`${heading}: ${shown}`, `  ${marks}`];
  for (const finding of check.findings) {
    if (finding.severity === 'info' && !finding.criterion) continue;
    const words = finding.span ? ` [${text.slice(finding.span.start, finding.span.end)}]` : '';
    lines.push(`  - ${labels.severity[finding.severity] ?? finding.severity}${words}: ${finding.message}`);
    if (finding.suggestion) lines.push(`      → ${finding.suggestion}`);
  }
  return `${lines.join('\n')}\n\n`;
}
