import type { Span } from './types.ts';

/** Whether two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether a span overlaps any of the given spans. */
export function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => overlaps(span, other));
}

/** Sorts items with a `span` by start, then by longer first. */
export function bySpan<Item extends { span: Span }>(a: Item, b: Item): number {
  return a.span.start - b.span.start || b.span.end - a.span.end;
}
