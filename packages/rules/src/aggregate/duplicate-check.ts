import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { normalizeKey } from './normalize-key.ts';
import { type PortfolioCheckAccumulator, type PortfolioCheckOptions, portfolioFinding, type RecordReference } from './portfolio-finding.ts';

type Duplicates = Extract<ResolvedPortfolioCheck, { kind: 'duplicates' }>;

/** Other record ids a duplicate finding lists by name; the rest are counted. */
export const MAX_LISTED_DUPLICATES = 20;

/** A record of a repeated key: its reference and position. */
interface Located extends RecordReference {
  position: number;
}

/**
 * Each distinct key's first record sits in three parallel arrays (no object per key); only the
 * keys that repeat get objects, with all their records in file order.
 */
interface DuplicateState {
  slotOf: Map<string, number>;
  ids: Array<string | undefined>;
  lines: Array<number | undefined>;
  positions: number[];
  repeated: Map<string, Located[]>;
}

const byPosition = (a: Located, b: Located): number => a.position - b.position;

function firstOf(state: DuplicateState, slot: number): Located {
  return { recordId: state.ids[slot], line: state.lines[slot], position: state.positions[slot]! };
}

function addFirst(state: DuplicateState, key: string, first: Located): void {
  state.slotOf.set(key, state.ids.length);
  state.ids.push(first.recordId);
  state.lines.push(first.line);
  state.positions.push(first.position);
}

/**
 * `duplicates`: records sharing a normalised key. Memory: one map entry per distinct key (the key
 * text and a slot of its first record's id, line and position), plus the records of the keys that
 * do repeat. Every record of a repeated key gets a finding on the rule's fields, naming at most
 * MAX_LISTED_DUPLICATES of the others and counting the rest, so a key shared by k records costs
 * O(k), not O(k²). A key in `placeholders` (0, n/a…) is no key. States of parts of an export merge
 * by record position: findings come in the order in which keys first repeat, records in file
 * order, as in one pass. Figures: `key`, `otherRecords`, `otherCount`, `recordCount`.
 */
export function createDuplicateCheck(check: Duplicates, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  let state: DuplicateState = { slotOf: new Map(), ids: [], lines: [], positions: [], repeated: new Map() };
  const groupName = check.key.join('+');
  const placeholders = new Set(check.placeholders);
  return {
    get state() {
      return state;
    },
    add(facts, record, position) {
      let key = '';
      for (const [index, fact] of check.key.entries()) {
        const part = normalizeKey(facts[fact], check.normalize);
        if (part === '' || placeholders.has(part)) return;
        key = index === 0 ? part : `${key}\u001f${part}`;
      }
      const slot = state.slotOf.get(key);
      const located: Located = { recordId: record.recordId, line: record.line, position };
      if (slot === undefined) {
        addFirst(state, key, located);
        return;
      }
      const records = state.repeated.get(key);
      if (records) records.push(located);
      else state.repeated.set(key, [firstOf(state, slot), located]);
    },
    merge(other) {
      const part = other as DuplicateState;
      if (state.slotOf.size === 0) {
        // The first part merged: its state becomes this one (the merged state owns what it is given).
        state = part;
        return;
      }
      for (const [key, theirSlot] of part.slotOf) {
        const mySlot = state.slotOf.get(key);
        if (mySlot === undefined) {
          addFirst(state, key, firstOf(part, theirSlot));
          const theirs = part.repeated.get(key);
          if (theirs) state.repeated.set(key, theirs);
          continue;
        }
        const records = [...(state.repeated.get(key) ?? [firstOf(state, mySlot)]), ...(part.repeated.get(key) ?? [firstOf(part, theirSlot)])].sort(byPosition);
        state.ids[mySlot] = records[0]!.recordId;
        state.lines[mySlot] = records[0]!.line;
        state.positions[mySlot] = records[0]!.position;
        state.repeated.set(key, records);
      }
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
