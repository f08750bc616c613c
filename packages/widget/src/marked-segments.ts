import type { Finding, Severity } from '@social-lens/rules';

/** A run of text and the most severe finding that points at it, if any. */
export interface MarkedSegment {
  text: string;
  start: number;
  severity?: Severity;
}

const RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };

/**
 * Cuts the text at every span boundary of the findings, so overlapping spans become runs that
 * each carry the most severe finding over them. Offsets are UTF-16 code units, as the analyzer
 * reports them and as `String#slice` counts.
 *
 * @example
 * markedSegments('Improve lives', [{ severity: 'error', span: { start: 0, end: 7 } }])
 * // → [{ text: 'Improve', start: 0, severity: 'error' }, { text: ' lives', start: 7 }]
 */
export function markedSegments(text: string, findings: ReadonlyArray<Pick<Finding, 'severity' | 'span'>>): MarkedSegment[] {
  const spans = findings.flatMap((finding) => {
    const span = finding.span;
    if (!span) return [];
    const start = Math.max(0, Math.min(text.length, span.start));
    const end = Math.max(start, Math.min(text.length, span.end));
    return end > start ? [{ start, end, severity: finding.severity }] : [];
  });
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    let severity: Severity | undefined;
    for (const span of spans) {
      if (span.start <= start && span.end >= end && (!severity || RANK[span.severity] > RANK[severity])) severity = span.severity;
    }
    const previous = segments.at(-1);
    // Neighbouring runs of the same kind merge, so the overlay holds as few nodes as it can.
    if (previous && previous.severity === severity) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, ...(severity ? { severity } : {}) });
  }
  return segments;
}
