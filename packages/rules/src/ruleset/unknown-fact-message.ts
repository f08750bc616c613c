import { closestNames } from './closest-names.ts';

/** `unknown fact "x"; did you mean "y"?`, the one wording of that problem. */
export function unknownFactMessage(fact: string, knownFacts: Iterable<string>): string {
  const near = closestNames(fact, knownFacts);
  return `unknown fact "${fact}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`;
}
