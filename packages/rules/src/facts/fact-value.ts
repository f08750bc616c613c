/** A value a fact can hold. `undefined` means unknown: missing, unreadable or not computable. */
export type FactValue = number | string | boolean | ReadonlyArray<number | string | boolean> | undefined;

/** Facts of one record or objective, by name. */
export type Facts = Readonly<Record<string, FactValue>>;

/** True when a fact has a usable value (`null`, `undefined` and NaN are unknown). */
export function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'number' && Number.isNaN(value));
}
