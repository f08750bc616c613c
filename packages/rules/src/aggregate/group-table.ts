/** Groups one portfolio rule keeps at most; a rule grouping by a near-unique field stops there. */
export const MAX_GROUPS = 10_000;

/** Per-group state in first-seen order, with at most `MAX_GROUPS` groups. */
export interface GroupTable<State> {
  /** The state of a group, created on first sight; undefined once the table is full. */
  get(key: string): State | undefined;
  entries(): IterableIterator<[string, State]>;
  /** Records whose group could not be kept because the table was full. */
  readonly overflow: number;
}

/**
 * A map from group key to state that never holds more than `limit` groups, so a rule's memory
 * is bounded by the number of groups, whatever the number of records.
 *
 * @example
 * const table = createGroupTable(() => ({ count: 0 }))
 * table.get('LO07')!.count += 1
 */
export function createGroupTable<State>(create: () => State, limit = MAX_GROUPS): GroupTable<State> {
  const groups = new Map<string, State>();
  let overflow = 0;
  return {
    get(key) {
      let state = groups.get(key);
      if (state === undefined) {
        if (groups.size >= limit) {
          overflow += 1;
          return undefined;
        }
        state = create();
        groups.set(key, state);
      }
      return state;
    },
    entries: () => groups.entries(),
    get overflow() {
      return overflow;
    },
  };
}
