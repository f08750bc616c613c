import type { SmartCriteria } from './criteria.ts';
import type { Objective } from './objective-schema.ts';

/** A labelled objective of the corpus (`rules/core/smart-objective/corpus/*.jsonl`). */
export type LabelledObjective = Objective & {
  lang: string;
  labels: { specific: boolean; measurable: boolean; timeBound: boolean };
};

export const LABELLED_CRITERIA = ['specific', 'measurable', 'timeBound'] as const;

export interface CriterionMetrics {
  count: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Ids of the objectives judged wrongly. */
  wrong: string[];
}

/**
 * Precision, recall and accuracy of "met" against the labels, per criterion. A criterion the
 * checker cannot tell (`null`) counts as not met.
 */
export function corpusMetrics(
  judged: ReadonlyArray<{ item: LabelledObjective; criteria: SmartCriteria }>,
): Record<(typeof LABELLED_CRITERIA)[number], CriterionMetrics> {
  const result = {} as Record<(typeof LABELLED_CRITERIA)[number], CriterionMetrics>;
  for (const criterion of LABELLED_CRITERIA) {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    let correct = 0;
    const wrong: string[] = [];
    for (const { item, criteria } of judged) {
      const predicted = criteria[criterion].met === true;
      const actual = item.labels[criterion];
      if (predicted && actual) truePositive += 1;
      if (predicted && !actual) falsePositive += 1;
      if (!predicted && actual) falseNegative += 1;
      if (predicted === actual) correct += 1;
      else wrong.push(item.id ?? item.text);
    }
    result[criterion] = {
      count: judged.length,
      precision: truePositive + falsePositive === 0 ? 1 : truePositive / (truePositive + falsePositive),
      recall: truePositive + falseNegative === 0 ? 1 : truePositive / (truePositive + falseNegative),
      accuracy: judged.length === 0 ? 0 : correct / judged.length,
      wrong,
    };
  }
  return result;
}
