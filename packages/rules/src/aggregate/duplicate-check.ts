import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { normalizeKey } from './normalize-key.ts';
import { type PortfolioCheckAccumulator, type PortfolioCheckOptions, portfolioFinding, type RecordReference } from './portfolio-finding.ts';

type Duplicates = Extract<ResolvedPortfolioCheck, { kind: 'duplicates' }>;

/** Other record ids a duplicate finding lists by name; the rest are counted. */
export const MAX_LISTED_DUPLICATES = 20;

/**
 * `duplicates`: records sharing a normalised key. Memory: one map entry per distinct key (the key
 * text and the index of its first record, whose id and line sit in two arrays), plus the records
 * of the keys that do repeat. Every record of a repeated key gets a finding on the rule's fields,
 * naming at most MAX_LISTED_DUPLICATES of the others and counting the rest, so a key shared by k
 * records costs O(k), not O(k²). A key in `placeholders` (0, n/a…) is no key. Figures: `key`,
 * `otherRecords`, `otherCount`, `recordCount`.
 */
export function createDuplicateCheck(check: Duplicates, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const firstOf = new Map<string, number>();
  const firstIds: Array<string | undefined> = [];
  const firstLines: Array<number | undefined> = [];
  const repeated = new Map<string, RecordReference[]>();
  const groupName = check.key.join('+');
  const placeholders = new Set(check.placeholders);
  return {
    add(facts, record) {
      let key = '';
      for (const [index, fact] of check.key.entries()) {
        const part = normalizeKey(facts[fact], check.normalize);
        if (part === '' || placeholders.has(part)) return;
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
        const idOf = (index: number): string => {
          const record = records[index]!;
          return record.recordId ?? (record.line === undefined ? `#${index + 1}` : `line ${record.line}`);
        };
        // The first MAX_LISTED_DUPLICATES + 1 ids: any record's others are among them.
        const head = records.slice(0, MAX_LISTED_DUPLICATES + 1).map((_, index) => idOf(index));
        const keyText = key.replaceAll('\u001f', ' + ');
        for (const [index, record] of records.entries()) {
          const listed = head.filter((_, other) => other !== index).slice(0, MAX_LISTED_DUPLICATES);
          const otherCount = records.length - 1;
          const figures = {
            key: keyText,
            otherRecords: otherCount > listed.length ? `${listed.join(', ')} … (+${otherCount - listed.length})` : listed.join(', '),
            otherCount,
            recordCount: records.length,
          };
          findings.push(portfolioFinding(options, figures, { group: { [groupName]: keyText }, record }));
        }
      }
      return findings;
    },
  };
}
