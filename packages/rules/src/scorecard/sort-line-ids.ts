const LINE_ORDER = new Intl.Collator('en', { numeric: true });

/**
 * Poverty line ids in the order of the ids (numbers compared as numbers), never in the order of a
 * document's keys: the registry serves documents as canonical JSON (keys sorted), and a scorecard
 * must mean and show the same from a file and from there.
 *
 * @example sortLineIds(['ppp2005-2.50', 'national-150', 'national-100']) // → ['national-100', 'national-150', 'ppp2005-2.50']
 */
export function sortLineIds(ids: Iterable<string>): string[] {
  return [...ids].sort(LINE_ORDER.compare);
}
