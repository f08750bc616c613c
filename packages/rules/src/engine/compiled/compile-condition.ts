import { RulesError } from '../../errors.ts';
import type { FactValue } from '../../facts/fact-value.ts';
import { isKnown } from '../../facts/fact-value.ts';
import { isConditionOperator } from '../operators.ts';
import { isPresenceTest, presenceOutcome, type UnknownAs } from '../unknown-facts.ts';
import { compileFactPath } from './compile-fact-path.ts';
import { OPERATOR_FUNCTIONS, OPERATORS_THAT_SEARCH_THE_VALUE } from './condition-operators.ts';

/** Facts of one run, by name. */
export type ConditionFacts = Readonly<Record<string, FactValue>>;

/** A condition tree compiled into closures over the facts of a run (`Source`: by name, or by slot). */
export interface CompiledCondition<Source = ConditionFacts> {
  /** True when the condition passes for these facts; throws where json-rules-engine's run fails. */
  test: (facts: Source) => boolean;
  /**
   * True when evaluating it can throw (an `in`/`notIn` whose value is not a literal list or
   * string). json-rules-engine evaluates every condition of every rule, with no short-circuit, so
   * such a condition fails the run even when a sibling already decided the result: a group that
   * holds one is evaluated in full.
   */
  mayThrow: boolean;
}

/** Reads one fact's value from the facts of a run. */
export type FactRead<Source> = (facts: Source) => unknown;

/**
 * Reads a fact by name the way json-rules-engine's almanac does: only the run's own facts count
 * (a fact named `toString` is not Object.prototype's), an unknown fact is `undefined`.
 */
export function readFactByName(name: string): FactRead<ConditionFacts> {
  return name in Object.prototype ? (facts) => (Object.hasOwn(facts, name) ? facts[name] : undefined) : (facts) => facts[name];
}

function compileFactRead<Source>(readFact: (name: string) => FactRead<Source>, name: string, path: string | undefined): FactRead<Source> {
  const read = readFact(name);
  if (path === undefined) return read;
  const resolve = compileFactPath(path);
  return (facts) => resolve(read(facts));
}

function isFactReference(value: unknown): value is { fact: string; path?: string } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

function compileLeaf<Source>(
  condition: Record<string, unknown>,
  readFact: (name: string) => FactRead<Source>,
  where: string,
  unknownAs: UnknownAs,
): CompiledCondition<Source> {
  const operator = String(condition['operator']);
  if (!isConditionOperator(operator)) throw new RulesError('unknown-operator', `${where}: unknown operator "${operator}"`);
  const compare = OPERATOR_FUNCTIONS[operator];
  const left = compileFactRead(readFact, String(condition['fact']), condition['path'] as string | undefined);
  const value = condition['value'];
  const unknown = unknownAs === 'true';
  if (isFactReference(value)) {
    const right = compileFactRead(readFact, String(value.fact), value.path);
    return {
      test: (facts) => {
        const a = left(facts);
        const b = right(facts);
        return isKnown(a) && isKnown(b) ? compare(a, b) : unknown;
      },
      mayThrow: OPERATORS_THAT_SEARCH_THE_VALUE.has(operator),
    };
  }
  if (isPresenceTest(operator, value)) return { test: (facts) => presenceOutcome(operator, left(facts)), mayThrow: false };
  if (!isKnown(value)) return { test: () => unknown, mayThrow: false };
  const searchable = typeof value === 'string' || Array.isArray(value);
  return {
    test: (facts) => {
      const a = left(facts);
      return isKnown(a) ? compare(a, value) : unknown;
    },
    mayThrow: OPERATORS_THAT_SEARCH_THE_VALUE.has(operator) && !searchable,
  };
}

function compileGroup<Source>(children: readonly CompiledCondition<Source>[], every: boolean): CompiledCondition<Source> {
  const mayThrow = children.some((child) => child.mayThrow);
  // json-rules-engine: a group with no conditions passes, `all` and `any` alike.
  if (children.length === 0) return { test: () => true, mayThrow: false };
  if (children.length === 1) return children[0]!;
  const tests = children.map((child) => child.test);
  if (mayThrow) {
    return {
      mayThrow,
      test: (facts) => {
        let result = every;
        for (const test of tests) {
          const passes = test(facts);
          result = every ? result && passes : result || passes;
        }
        return result;
      },
    };
  }
  if (every) {
    return {
      mayThrow,
      test: (facts) => {
        for (const test of tests) if (!test(facts)) return false;
        return true;
      },
    };
  }
  return {
    mayThrow,
    test: (facts) => {
      for (const test of tests) if (test(facts)) return true;
      return false;
    },
  };
}

/**
 * Compiles a json-rules-engine condition tree (`all`/`any`/`not` groups over fact conditions)
 * into closures with json-rules-engine's meaning, decided by its own source — a group with no
 * conditions passes (an empty `any` too), `not` negates, the operators are its own (see
 * `OPERATOR_FUNCTIONS`) — and three-valued logic over unknown facts (see `unknown-facts.ts`):
 * `test` is true when the condition is surely true. No code is generated from the rule's text.
 * `readFact` says how a fact is read from the facts of a run: by name by default.
 *
 * @example
 * const condition = compileCondition({ any: [{ fact: 'householdSize', operator: 'lessThan', value: 1 }] })
 * condition.test({ householdSize: 0 }) // → true
 */
export function compileCondition(condition: unknown): CompiledCondition;
export function compileCondition<Source>(
  condition: unknown,
  readFact: (name: string) => FactRead<Source>,
  where?: string,
  unknownAs?: UnknownAs,
): CompiledCondition<Source>;
export function compileCondition<Source>(
  condition: unknown,
  readFact: (name: string) => FactRead<Source> = readFactByName as unknown as (name: string) => FactRead<Source>,
  where = 'condition',
  unknownAs: UnknownAs = 'false',
): CompiledCondition<Source> {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new RulesError('invalid-condition', `${where}: expected a condition object`);
  }
  const node = condition as Record<string, unknown>;
  // The order json-rules-engine checks them in.
  if (Object.hasOwn(node, 'any') || Object.hasOwn(node, 'all')) {
    const every = !Object.hasOwn(node, 'any');
    const key = every ? 'all' : 'any';
    const items = node[key];
    if (!Array.isArray(items)) throw new RulesError('invalid-condition', `${where}: "${key}" must be an array`);
    return compileGroup(
      items.map((item, index) => compileCondition(item, readFact, `${where}/${key}/${index}`, unknownAs)),
      every,
    );
  }
  if (Object.hasOwn(node, 'not')) {
    const inner = compileCondition(node['not'], readFact, `${where}/not`, unknownAs === 'false' ? 'true' : 'false');
    return { test: (facts) => !inner.test(facts), mayThrow: inner.mayThrow };
  }
  if (!Object.hasOwn(node, 'fact') || !Object.hasOwn(node, 'operator') || !Object.hasOwn(node, 'value')) {
    throw new RulesError('invalid-condition', `${where}: a condition needs "fact", "operator" and "value", or "all", "any" or "not"`);
  }
  return compileLeaf(node, readFact, where, unknownAs);
}
