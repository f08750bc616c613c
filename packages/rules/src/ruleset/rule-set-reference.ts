/** A parsed `publisher/name@range` reference. */
export interface RuleSetReference {
  id: string;
  range: string;
}

/**
 * Splits `core/client-data@^1` into id and semver range (`*` when no range is given).
 *
 * @example parseRuleSetReference('assoc/national@^2') // → { id: 'assoc/national', range: '^2' }
 */
export function parseRuleSetReference(reference: string): RuleSetReference {
  const at = reference.indexOf('@');
  if (at === -1) return { id: reference.trim(), range: '*' };
  return { id: reference.slice(0, at).trim(), range: reference.slice(at + 1).trim() || '*' };
}
