import { normalizeKey } from '../aggregate/normalize-key.ts';
import type { FactValue } from '../facts/fact-value.ts';
import { isKnown } from '../facts/fact-value.ts';
import type { Transition } from './progress-report-schema.ts';

/** Marks a national id held by more than one client of a snapshot: it matches no one. */
const AMBIGUOUS = -1;
const UNKNOWN = -1;

/** A growable array of small whole numbers: 4 bytes a client. */
class IntColumn {
  private values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }
  at(index: number): number {
    return this.values[index]!;
  }
}

/** One field's values as small codes: the value's index in `names`, or UNKNOWN. */
class CodedColumn {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();
  private readonly column = new IntColumn();
  push(value: FactValue): void {
    if (!isKnown(value) || Array.isArray(value)) {
      this.column.push(UNKNOWN);
      return;
    }
    const name = String(value);
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codes.set(name, code);
    }
    this.column.push(code);
  }
  nameAt(index: number): string | undefined {
    const code = this.column.at(index);
    return code === UNKNOWN ? undefined : this.names[code];
  }
}

/** The clients of one snapshot's transition population, kept for matching with the next snapshot. */
export interface SnapshotMembers {
  readonly asOf: string;
  readonly fields: readonly string[];
  readonly size: number;
  /** Adds one client of the population. */
  add(clientId: FactValue, nationalId: FactValue, values: readonly FactValue[]): void;
}

interface MemberStore extends SnapshotMembers {
  byClientId: Map<string, number>;
  byNationalId: Map<string, number>;
  columns: CodedColumn[];
}

/** A client id as a key that holds no reference into the text it was read from. */
function ownKey(value: string): string {
  // A cell is often a slice of a whole chunk of the file, and a kept slice keeps the chunk: the
  // concatenation is flattened into a string of its own before it is sliced.
  return ` ${value}`.slice(1);
}

/**
 * Collects the clients of a snapshot's transition population: by client id, by normalised
 * national id (as the duplicate check normalises it), and their values of the transition fields
 * as small codes — about 4 bytes per field per client plus the two id maps.
 *
 * @example
 * const members = createSnapshotMembers('2006-06-30', ['povertyLevel'])
 * members.add('C1', '123-45', ['poor'])
 */
export function createSnapshotMembers(asOf: string, fields: readonly string[]): SnapshotMembers {
  const byClientId = new Map<string, number>();
  const byNationalId = new Map<string, number>();
  const columns = fields.map(() => new CodedColumn());
  let size = 0;
  const store: MemberStore = {
    asOf,
    fields,
    get size() {
      return size;
    },
    byClientId,
    byNationalId,
    columns,
    add(clientId, nationalId, values) {
      const index = size;
      size += 1;
      if (typeof clientId === 'string' && clientId !== '' && !byClientId.has(clientId)) byClientId.set(ownKey(clientId), index);
      const national = normalizeKey(nationalId, 'identifier');
      if (national !== '') byNationalId.set(national, byNationalId.has(national) ? AMBIGUOUS : index);
      for (const [position, column] of columns.entries()) column.push(values[position]);
    },
  };
  return store;
}

/** Matches the clients of a newer snapshot, as they stream by, against an older one's members. */
export interface TransitionMatcher {
  /** Any record of the newer export: an older member it names is still listed. */
  seen(clientId: FactValue): void;
  /** A client of the newer snapshot's population. */
  add(clientId: FactValue, nationalId: FactValue, values: readonly FactValue[]): void;
  /** One transition per field, after the newer snapshot's last record. */
  finish(): Transition[];
}

const MATCHED = 1;
const LISTED = 2;

/**
 * Matches clients across two consecutive snapshots: by clientId, then — for clients whose id is
 * in only one of them — by national id normalised as the duplicate check does (`123-456 78` is
 * `12345678`; an id two clients share matches no one). Counts, per field, the movement from the
 * older value to the newer among matched clients, and the clients in one population only.
 *
 * @example
 * const matcher = createTransitionMatcher(older, '2006-12-31', 'activeAtTo')
 * matcher.add('C1', '', ['near-poor'])
 * matcher.finish()[0].counts // → { poor: { 'near-poor': 1 } }
 */
export function createTransitionMatcher(
  previous: SnapshotMembers,
  asOf: string,
  population: string,
  /** How each field's values are ordered in `counts` (the order of its codes); alphabetical by default. */
  orders: ReadonlyArray<((a: string, b: string) => number) | undefined> = [],
): TransitionMatcher {
  const older = previous as MemberStore;
  const state = new Uint8Array(older.size);
  const matrices = older.fields.map(() => new Map<string, Map<string, number>>());
  const excluded = older.fields.map(() => 0);
  const pending: Array<{ nationalId: string; values: Array<string | undefined> }> = [];
  let matched = 0;
  let matchedByNationalId = 0;
  let onlyInNew = 0;

  const count = (index: number, values: ReadonlyArray<FactValue>): void => {
    state[index] = MATCHED;
    matched += 1;
    older.columns.forEach((column, position) => {
      const from = column.nameAt(index);
      const value = values[position];
      if (from === undefined || !isKnown(value) || Array.isArray(value)) {
        excluded[position]! += 1;
        return;
      }
      const row = matrices[position]!.get(from) ?? new Map<string, number>();
      matrices[position]!.set(from, row);
      const to = String(value);
      row.set(to, (row.get(to) ?? 0) + 1);
    });
  };

  return {
    seen(clientId) {
      if (typeof clientId !== 'string') return;
      const index = older.byClientId.get(clientId);
      if (index !== undefined && state[index] === 0) state[index] = LISTED;
    },
    add(clientId, nationalId, values) {
      const index = typeof clientId === 'string' ? older.byClientId.get(clientId) : undefined;
      if (index !== undefined && state[index] !== MATCHED) {
        count(index, values);
        return;
      }
      const national = normalizeKey(nationalId, 'identifier');
      if (national === '') {
        onlyInNew += 1;
        return;
      }
      pending.push({ nationalId: national, values: values.map((value) => (isKnown(value) && !Array.isArray(value) ? String(value) : undefined)) });
    },
    finish() {
      for (const client of pending) {
        const index = older.byNationalId.get(client.nationalId);
        if (index === undefined || index === AMBIGUOUS || state[index] === MATCHED) {
          onlyInNew += 1;
          continue;
        }
        count(index, client.values);
        matchedByNationalId += 1;
      }
      let onlyInOld = 0;
      let onlyInOldListed = 0;
      for (const mark of state) {
        if (mark === MATCHED) continue;
        onlyInOld += 1;
        if (mark === LISTED) onlyInOldListed += 1;
      }
      return older.fields.map((field, position) => ({
        from: older.asOf,
        to: asOf,
        field,
        population,
        matched,
        matchedByNationalId,
        excluded: excluded[position]!,
        onlyInOld,
        onlyInOldListed,
        onlyInNew,
        counts: Object.fromEntries(
          [...matrices[position]!.keys()]
            .sort(orders[position] ?? ((a, b) => a.localeCompare(b)))
            .map((from) => [
              from,
              Object.fromEntries([...matrices[position]!.get(from)!].sort(([a], [b]) => (orders[position] ?? ((x, y) => x.localeCompare(y)))(a, b))),
            ]),
        ),
      }));
    },
  };
}
