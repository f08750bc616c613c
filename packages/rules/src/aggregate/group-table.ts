/** Groups one portfolio rule keeps at most; a rule grouping by a near-unique field stops there. */
export const MAX_GROUPS = 10_000;

/**
 * Per-group state as plain, mergeable data: each group with the position (line) of its first
 * record, so tables of different parts of an export merge into the table of the whole.
 */
export interface GroupTable<State> {
  groups: Map<string, { first: number; state: State }>;
  /** Records whose group could not be kept because the table was full. */
  overflow: number;
}

export function createGroupTable<State>(): GroupTable<State> {
  return { groups: new Map(), overflow: 0 };
}

/**
 * The state of a group, created on first sight at `position`; undefined once the table holds
 * `limit` groups, so a rule's memory is bounded by groups, whatever the number of records.
 *
 * @example
 * const table = createGroupTable<{ count: number }>()
 * groupState(table, 'LO07', 12, () => ({ count: 0 }))!.count += 1
 */
export function groupState<State>(table: GroupTable<State>, key: string, position: number, create: () => State, limit = MAX_GROUPS): State | undefined {
  const entry = table.groups.get(key);
  if (entry !== undefined) {
    if (position < entry.first) entry.first = position;
    return entry.state;
  }
  if (table.groups.size >= limit) {
    table.overflow += 1;
    return undefined;
  }
  const state = create();
  table.groups.set(key, { first: position, state });
  return state;
}

/**
 * Merges `other` into `into`, then keeps the `limit` groups seen first: the same table as one pass
 * over both parts whenever neither part overflowed on its own.
 */
export function mergeGroupTables<State>(
  into: GroupTable<State>,
  other: GroupTable<State>,
  mergeState: (into: State, other: State) => void,
  limit = MAX_GROUPS,
): void {
  into.overflow += other.overflow;
  for (const [key, entry] of other.groups) {
    const mine = into.groups.get(key);
    if (mine === undefined) into.groups.set(key, entry);
    else {
      mine.first = Math.min(mine.first, entry.first);
      mergeState(mine.state, entry.state);
    }
  }
  if (into.groups.size <= limit) return;
  const dropped = [...into.groups.entries()].sort((a, b) => a[1].first - b[1].first).slice(limit);
  for (const [key] of dropped) into.groups.delete(key);
  into.overflow += dropped.length;
}

/** The groups in the order of their first records. */
export function groupsInOrder<State>(table: GroupTable<State>): Array<[string, State]> {
  return [...table.groups.entries()].sort((a, b) => a[1].first - b[1].first).map(([key, entry]) => [key, entry.state]);
}
