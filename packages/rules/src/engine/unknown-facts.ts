import type { Engine } from 'json-rules-engine';
import { isKnown } from '../facts/fact-value.ts';

/**
 * Three-valued (Kleene) logic over unknown facts, the one deliberate difference from
 * json-rules-engine. A condition whose fact, or whose value, is missing, null, NaN or unreadable
 * is *unknown*; `all` is false if a branch is false, `any` true if a branch is true, otherwise
 * unknown; `not` of unknown is unknown; a rule fires only when its condition is *true*.
 * `equal` / `notEqual` against a literal `null` ask whether the value is there, so they are
 * never unknown.
 *
 * Both engines evaluate the same two-valued reduction of it: a leaf under an even number of
 * `not` counts unknown as false (the condition must be *surely* true), a leaf under an odd number
 * counts unknown as true (its negation must then be surely false). At the root that is true
 * exactly when the three-valued result is true.
 */
export type UnknownAs = 'false' | 'true';

/** json-rules-engine operator decorators: leaves by what unknown counts as, and presence tests. */
const DECORATORS = { false: 'surely', true: 'possibly', absent: 'absent', present: 'present' } as const;

/** True when a leaf is a presence test: `equal` / `notEqual` against a literal `null`. */
export function isPresenceTest(operator: string, value: unknown): boolean {
  return value === null && (operator === 'equal' || operator === 'notEqual');
}

/** What a presence test gives: `equal null` when the value is not there, `notEqual null` when it is. */
export function presenceOutcome(operator: string, factValue: unknown): boolean {
  return operator === 'equal' ? !isKnown(factValue) : isKnown(factValue);
}

/** A leaf's value: `compare` when both sides are known, else what unknown counts as here. */
function leafOutcome(factValue: unknown, value: unknown, unknownAs: UnknownAs, compare: (factValue: unknown, value: unknown) => boolean): boolean {
  if (!isKnown(factValue) || !isKnown(value)) return unknownAs === 'true';
  return compare(factValue, value);
}

/**
 * The condition json-rules-engine runs: each leaf's operator prefixed with the decorator of its
 * depth of `not` (`surely:lessThan`, `possibly:equal`) or of its presence test
 * (`absent:equal`, `present:notEqual`), so that json-rules-engine's own evaluation gives the
 * three-valued result.
 */
export function withUnknownFactDecorators(condition: unknown, unknownAs: UnknownAs = 'false'): unknown {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return condition;
  const node = condition as Record<string, unknown>;
  for (const key of ['any', 'all'] as const) {
    if (Object.hasOwn(node, key) && Array.isArray(node[key])) {
      return { ...node, [key]: (node[key] as unknown[]).map((child) => withUnknownFactDecorators(child, unknownAs)) };
    }
  }
  if (Object.hasOwn(node, 'not')) return { ...node, not: withUnknownFactDecorators(node['not'], unknownAs === 'false' ? 'true' : 'false') };
  const operator = String(node['operator']);
  if (isPresenceTest(operator, node['value'])) return { ...node, operator: `${operator === 'equal' ? DECORATORS.absent : DECORATORS.present}:${operator}` };
  return { ...node, operator: `${DECORATORS[unknownAs]}:${operator}` };
}

type Next = (factValue: unknown, value: unknown) => boolean;

/** Adds the decorators `withUnknownFactDecorators` uses to a json-rules-engine Engine. */
export function addUnknownFactDecorators(engine: Engine): void {
  engine.addOperatorDecorator(DECORATORS.false, (factValue: unknown, value: unknown, next: Next) => leafOutcome(factValue, value, 'false', next));
  engine.addOperatorDecorator(DECORATORS.true, (factValue: unknown, value: unknown, next: Next) => leafOutcome(factValue, value, 'true', next));
  engine.addOperatorDecorator(DECORATORS.absent, (factValue: unknown) => presenceOutcome('equal', factValue));
  engine.addOperatorDecorator(DECORATORS.present, (factValue: unknown) => presenceOutcome('notEqual', factValue));
}
