import type { ObjectiveAnalysis, Span } from '../smart/types.ts';

/** Words of the text a finding can point at. */
export interface TextSpan {
  span: Span;
  text: string;
}

type SpanList = (analysis: ObjectiveAnalysis, text: string) => TextSpan[];

const withText = (text: string, spans: readonly Span[]): TextSpan[] => spans.map((span) => ({ span: { ...span }, text: text.slice(span.start, span.end) }));

/**
 * The lists of an analysis that a rule's `spanFrom` may name: each item becomes one finding
 * with its span, and `{matchedText}` in the message.
 */
export const OBJECTIVE_SPAN_LISTS: Readonly<Record<string, SpanList>> = {
  unanchoredVagueWords: (analysis, text) =>
    withText(
      text,
      analysis.actionVerbs.vagueWords.filter((word) => !word.anchored).map((word) => word.span),
    ),
  vagueChanges: (analysis, text) =>
    withText(
      text,
      analysis.actionVerbs.vagueWords
        .filter((word) => !word.anchored && analysis.changes.withoutWhat.some((clause) => clause.start <= word.span.start && word.span.end <= clause.end))
        .map((word) => word.span),
    ),
  changesWithoutTarget: (analysis, text) => withText(text, analysis.changes.withoutTarget),
  changesWithoutWho: (analysis, text) => withText(text, analysis.changes.withoutWho),
  vagueWords: (analysis, text) =>
    withText(
      text,
      analysis.actionVerbs.vagueWords.map((word) => word.span),
    ),
  vagueTime: (analysis, text) =>
    withText(
      text,
      analysis.time.vagueTime.map((item) => item.span),
    ),
  frequencies: (analysis, text) =>
    withText(
      text,
      analysis.time.frequencies.map((item) => item.span),
    ),
  deadlines: (analysis, text) =>
    withText(
      text,
      analysis.time.deadlines.map((deadline) => deadline.span),
    ),
  descriptiveQuantities: (analysis, text) =>
    withText(
      text,
      analysis.quantities.filter((quantity) => quantity.role === 'descriptive').map((quantity) => quantity.span),
    ),
  controlCharacters: (analysis, text) => withText(text, analysis.controlCharacterSpans),
};

export const OBJECTIVE_SPAN_LIST_NAMES: readonly string[] = Object.keys(OBJECTIVE_SPAN_LISTS);
