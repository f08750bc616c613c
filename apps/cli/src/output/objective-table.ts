import { type ObjectiveCheck, SMART_CRITERIA } from '@social-lens/rules';

const MARKS = { true: '✓', false: '✗', null: '?' } as const;
const LABELS: Record<(typeof SMART_CRITERIA)[number], string> = {
  specific: 'specific',
  measurable: 'measurable',
  achievable: 'achievable',
  relevant: 'relevant',
  timeBound: 'time-bound',
};

/** One objective as a block of text: its words, the five marks, then what to fix. */
export function formatObjectiveBlock(text: string, check: ObjectiveCheck): string {
  const shown = text.length > 160 ? `${text.slice(0, 157)}…` : text;
  const marks = SMART_CRITERIA.map((criterion) => `${MARKS[String(check.criteria[criterion].met) as keyof typeof MARKS]} ${LABELS[criterion]}`).join('   ');
  const lines = [`${check.objectiveId ?? ''}: ${shown}`, `  ${marks}`];
  for (const finding of check.findings) {
    if (finding.severity === 'info' && !finding.criterion) continue;
    const words = finding.span ? ` [${text.slice(finding.span.start, finding.span.end)}]` : '';
    lines.push(`  - ${finding.severity}${words}: ${finding.message}`);
    if (finding.suggestion) lines.push(`      → ${finding.suggestion}`);
  }
  return `${lines.join('\n')}\n\n`;
}
