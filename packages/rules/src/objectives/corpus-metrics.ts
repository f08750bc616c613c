import type { SmartCriteria } from './criteria.ts';
import type { Objective } from './objective-schema.ts';

/** A label of the corpus: met, not met, or `ambiguous` when the text genuinely does not decide. */
export type CorpusLabel = boolean | 'ambiguous';

/** A labelled objective of a corpus (`rules/core/smart-objective/corpus/**.jsonl`). */
export type LabelledObjective = Objective & {
  lang: string;
  /** Parallel versions of one objective (en/ru) share it. */
  pairId?: string;
  source?: unknown;
  labels: { specific: CorpusLabel; measurable: CorpusLabel; timeBound: CorpusLabel };
};

export const LABELLED_CRITERIA = ['specific', 'measurable', 'timeBound'] as const;
export type LabelledCriterion = (typeof LABELLED_CRITERIA)[number];

/** Rows: the label; columns: the mark given. */
export type Confusion = Record<'met' | 'notMet' | 'ambiguous', Record<'met' | 'notMet' | 'cannotTell', number>>;

export interface CriterionMetrics {
  count: number;
  precision: number;
  recall: number;
  /** Right marks ÷ all: "cannot tell" is right only for an `ambiguous` label. */
  accuracy: number;
  confusion: Confusion;
  /** Ids of the objectives judged wrongly. */
  wrong: string[];
}

function emptyConfusion(): Confusion {
  return {
    met: { met: 0, notMet: 0, cannotTell: 0 },
    notMet: { met: 0, notMet: 0, cannotTell: 0 },
    ambiguous: { met: 0, notMet: 0, cannotTell: 0 },
  };
}

/**
 * Precision and recall of "met", accuracy and the confusion per criterion. "Cannot tell"
 * (`null`) counts as wrong unless the label says `ambiguous`, and an `ambiguous` label is
 * matched only by "cannot tell".
 *
 * @example
 * corpusMetrics([{ item, criteria }]).specific.accuracy; // 1 when the mark matches the label
 */
export function corpusMetrics(judged: ReadonlyArray<{ item: LabelledObjective; criteria: SmartCriteria }>): Record<LabelledCriterion, CriterionMetrics> {
  const result = {} as Record<LabelledCriterion, CriterionMetrics>;
  for (const criterion of LABELLED_CRITERIA) {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    let correct = 0;
    const confusion = emptyConfusion();
    const wrong: string[] = [];
    for (const { item, criteria } of judged) {
      const met = criteria[criterion].met;
      const label = item.labels[criterion];
      const row = label === 'ambiguous' ? 'ambiguous' : label ? 'met' : 'notMet';
      confusion[row][met === true ? 'met' : met === false ? 'notMet' : 'cannotTell'] += 1;
      if (met === true && label === true) truePositive += 1;
      if (met === true && label !== true) falsePositive += 1;
      if (met !== true && label === true) falseNegative += 1;
      const right = label === 'ambiguous' ? met === null : met === label;
      if (right) correct += 1;
      else wrong.push(item.id ?? item.text);
    }
    result[criterion] = {
      count: judged.length,
      precision: truePositive + falsePositive === 0 ? 1 : truePositive / (truePositive + falsePositive),
      recall: truePositive + falseNegative === 0 ? 1 : truePositive / (truePositive + falseNegative),
      accuracy: judged.length === 0 ? 0 : correct / judged.length,
      confusion,
      wrong,
    };
  }
  return result;
}

/**
 * How often the parallel versions of one objective (same `pairId`, different languages) get
 * the same mark, over all criteria given: `agreeing` of `marks`.
 *
 * @example
 * pairAgreement(judged, SMART_CRITERIA); // { pairs: 40, marks: 200, agreeing: 193, disagreements: [...] }
 */
export function pairAgreement(
  judged: ReadonlyArray<{ item: LabelledObjective; criteria: SmartCriteria }>,
  criteria: ReadonlyArray<keyof SmartCriteria>,
): { pairs: number; marks: number; agreeing: number; disagreements: string[] } {
  const byPair = new Map<string, Array<{ item: LabelledObjective; criteria: SmartCriteria }>>();
  for (const entry of judged) {
    if (entry.item.pairId === undefined) continue;
    byPair.set(entry.item.pairId, [...(byPair.get(entry.item.pairId) ?? []), entry]);
  }
  let pairs = 0;
  let marks = 0;
  let agreeing = 0;
  const disagreements: string[] = [];
  for (const [pairId, members] of byPair) {
    if (members.length < 2) continue;
    pairs += 1;
    const [first, ...others] = members;
    for (const other of others) {
      for (const criterion of criteria) {
        marks += 1;
        if (first!.criteria[criterion].met === other.criteria[criterion].met) agreeing += 1;
        else disagreements.push(`${pairId}:${criterion}`);
      }
    }
  }
  return { pairs, marks, agreeing, disagreements };
}
