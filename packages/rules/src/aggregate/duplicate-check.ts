import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { normalizeKey } from './normalize-key.ts';
import { type PortfolioCheckAccumulator, type PortfolioCheckOptions, portfolioFinding, type RecordReference } from './portfolio-finding.ts';

type Duplicates = Extract<ResolvedPortfolioCheck, { kind: 'duplicates' }>;

/** Other record ids a duplicate finding lists by name; the rest are counted. */
export const MAX_LISTED_DUPLICATES = 10;

/**
 * `duplicates`: records sharing a normalised key. Memory: one map entry per distinct key (the key
 * text and the index of its first record, whose id and line sit in two arrays), plus the records
 * of the keys that do repeat. Every record of a repeated key gets a finding on the rule's fields,
 * naming the others. Figures: `key`, `otherRecords`, `otherCount`, `recordCount`.
 */
export function createDuplicateCheck(check: Duplicates, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const firstOf = new Map<string, number>();
  const firstIds: Array<string | undefined> = [];
  const firstLines: Array<number | undefined> = [];
  const repeated = new Map<string, RecordReference[]>();
  const groupName = check.key.join('+');
  return {
    add(facts, record) {
      let key = '';
      for (const [index, fact] of check.key.entries()) {
        const part = normalizeKey(facts[fact], check.normalize);
        if (part === '') return;
        key = index === 0 ? part : `${key}\u001f${part}`;
      }
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, firstIds.length);
        firstIds.push(record.recordId);
        firstLines.push(record.line);
        return;
      }
      let records = repeated.get(key);
      if (!records) {
        records = [{ recordId: firstIds[first], line: firstLines[first] } as RecordReference];
        repeated.set(key, records);
      }
      records.push(record);
    },
    finish() {
      const findings: Finding[] = [];
      for (const [key, records] of repeated) {
        const ids = records.map((record, index) => record.recordId ?? (record.line === undefined ? `#${index + 1}` : `line ${record.line}`));
        for (const [index, record] of records.entries()) {
          const others = ids.filter((_, other) => other !== index);
          const listed = others.slice(0, MAX_LISTED_DUPLICATES);
          const figures = {
            key: key.replaceAll('\u001f', ' + '),
            otherRecords: others.length > listed.length ? `${listed.join(', ')} … (+${others.length - listed.length})` : listed.join(', '),
            otherCount: others.length,
            recordCount: records.length,
          };
          findings.push(portfolioFinding(options, figures, { group: { [groupName]: figures.key }, record }));
        }
      }
      return findings;
    },
  };
}
