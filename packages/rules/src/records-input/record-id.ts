/**
 * The id a record's findings carry: its `clientId` as read (text trimmed, a finite number as
 * written), else `line N` where it has a line, else none. The one rule for both engines, the
 * portfolio checks and every reader of an export.
 *
 * @example
 * recordIdOf({ clientId: ' C000123 ' }, 7) // → 'C000123'
 * recordIdOf({ clientId: '' }, 7)          // → 'line 7'
 * recordIdOf({})                           // → undefined (a form: one record, no line)
 */
export function recordIdOf(raw: Readonly<Record<string, unknown>>, line?: number): string | undefined {
  return recordIdOfClientId(raw['clientId'], line);
}

/** {@link recordIdOf} of a record whose `clientId` cell is `clientId`. */
export function recordIdOfClientId(clientId: unknown, line?: number): string | undefined {
  const text = typeof clientId === 'string' ? clientId.trim() : typeof clientId === 'number' && Number.isFinite(clientId) ? String(clientId) : '';
  if (text !== '') return text;
  return line === undefined ? undefined : `line ${line}`;
}
