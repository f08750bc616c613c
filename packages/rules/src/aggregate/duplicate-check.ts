import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import {
  type CompactKeyIndexState,
  compactKeyIndexTransferList,
  createCompactKeyIndexState,
  firstOrAdd,
  type KeyedRecord,
  mergeKeyIndex,
} from './compact-key-index.ts';
import { normalizeKey } from './normalize-key.ts';
import { type PortfolioCheckAccumulator, type PortfolioCheckOptions, portfolioFinding, type RecordReference } from './portfolio-finding.ts';

type Duplicates = Extract<ResolvedPortfolioCheck, { kind: 'duplicates' }>;

/** Other record ids a duplicate finding lists by name; the rest are counted. */
export const MAX_LISTED_DUPLICATES = 20;

/** Each distinct key's first record sits in the compact index; only the keys that repeat get objects, with all their records in file order. */
interface DuplicateState {
  index: CompactKeyIndexState;
  repeated: Map<string, KeyedRecord[]>;
}

const byPosition = (a: KeyedRecord, b: KeyedRecord): number => a.position - b.position;

/**
 * `duplicates`: records sharing a normalised key. Memory: per distinct key, an entry of about
 * 25 bytes in typed arrays (compact-key-index.ts: the key, its first record's id, line and
 * position), plus the records of the keys that do repeat. Every record of a repeated key gets a finding on the rule's fields, naming at most
 * MAX_LISTED_DUPLICATES of the others and counting the rest, so a key shared by k records costs
 * O(k), not O(k²). A key in `placeholders` (0, n/a…) is no key. States of parts of an export merge
 * by record position: findings come in the order in which keys first repeat, records in file
 * order, as in one pass. Figures: `key`, `otherRecords`, `otherCount`, `recordCount`.
 */
export function createDuplicateCheck(check: Duplicates, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  let state: DuplicateState = { index: createCompactKeyIndexState(), repeated: new Map() };
  const groupName = check.key.join('+');
  const placeholders = new Set(check.placeholders);
  return {
    get state() {
      return state;
    },
    transferList: () => compactKeyIndexTransferList(state.index),
    add(facts, record, position) {
      let key = '';
      for (const [index, fact] of check.key.entries()) {
        const part = normalizeKey(facts[fact], check.normalize);
        if (part === '' || placeholders.has(part)) return;
        key = index === 0 ? part : `${key}\u001f${part}`;
      }
      const located: KeyedRecord = { recordId: record.recordId, line: record.line, position };
      const first = firstOrAdd(state.index, key, located);
      if (first === undefined) return;
      const records = state.repeated.get(key);
      if (records) records.push(located);
      else state.repeated.set(key, [first, located]);
    },
    merge(other) {
      const part = other as DuplicateState;
      if (state.index.size === 0) {
        // The first part merged: its state becomes this one (the merged state owns what it is given).
        state = part;
        return;
      }
      // A key already repeated here is read from `repeated` only: its first record in the index may be stale.
      const join = (key: string, myFirst: KeyedRecord, theirs: KeyedRecord[]): void => {
        state.repeated.set(key, [...(state.repeated.get(key) ?? [myFirst]), ...theirs].sort(byPosition));
      };
      // The keys that repeat in the part first, with all their records; then the part's index, whose
      // other keys are one record each (the part's index is emptied as it is merged).
      for (const [key, theirs] of part.repeated) {
        const myFirst = firstOrAdd(state.index, key, theirs[0]!);
        if (myFirst === undefined) state.repeated.set(key, theirs);
        else join(key, myFirst, theirs);
      }
      mergeKeyIndex(state.index, part.index, (key, theirFirst, myFirst) => {
        if (!part.repeated.has(key)) join(key, myFirst, [theirFirst]);
      });
    },
    finish() {
      const findings: Finding[] = [];
      const keys = [...state.repeated.entries()].sort((a, b) => a[1][1]!.position - b[1][1]!.position);
      for (const [key, located] of keys) {
        const records: readonly RecordReference[] = located;
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
