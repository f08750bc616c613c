import { FACT_PATH_PATTERN } from '../../ruleset/rule-set-schema.ts';

/** Reads the value a condition's `path` points at inside a fact value. */
export type FactPathResolver = (value: unknown) => unknown;

const FACT_PATH = new RegExp(FACT_PATH_PATTERN);
const STEP = /\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]/gy;

/**
 * Compiles a condition `path` (`$.a.b[0]`, the only form the schema accepts) into a resolver with
 * the reference's meaning: json-rules-engine applies a path only to a value that is a non-null
 * object and returns any other value whole; jsonpath-plus (`wrap: false`) then follows each step
 * only while the current value is truthy and has the step as an own property (strings included:
 * `$.name.length` is the length), and gives `undefined` when a step is missing.
 *
 * @example
 * const first = compileFactPath('$.codes[0]')
 * first({ codes: ['F', 'M'] }) // → 'F'
 * first(42) // → 42: not an object, the fact value itself
 */
export function compileFactPath(path: string): FactPathResolver {
  if (!FACT_PATH.test(path)) throw new TypeError(`fact path ${JSON.stringify(path)} is not of the form $.name[0]`);
  const steps: string[] = [];
  STEP.lastIndex = 1;
  for (let match = STEP.exec(path); match; match = STEP.exec(path)) steps.push(match[1] ?? match[2]!);
  return (value) => {
    if (value === null || typeof value !== 'object') return value;
    let current: unknown = value;
    for (const step of steps) {
      if (!current || !Object.hasOwn(current as object, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
    return current;
  };
}
