import type { Expression } from '../ruleset/rule-set-types.ts';
import { daysBetween, yearsBetween } from './dates.ts';
import { type Facts, type FactValue, isKnown } from './fact-value.ts';

/** A compiled expression over the facts of a run, however they are held (`Env`). */
export type ExpressionOver<Env> = (env: Env) => FactValue;

/** A compiled derived-fact expression over facts by name: plain closures, no code strings. */
export type CompiledExpression = ExpressionOver<Facts>;

type Compile<Env> = (expression: Expression) => ExpressionOver<Env>;
type Builder = <Env>(argumentsValue: unknown, compile: Compile<Env>) => ExpressionOver<Env>;

const asNumber = (value: FactValue): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const finite = (value: number): number | undefined => (Number.isFinite(value) ? value : undefined);

function list<Env>(argumentsValue: unknown, compile: Compile<Env>): ExpressionOver<Env>[] {
  return (Array.isArray(argumentsValue) ? argumentsValue : [argumentsValue]).map((item) => compile(item as Expression));
}

function binary(apply: (a: number, b: number) => number | undefined): Builder {
  return (argumentsValue, compile) => {
    const [left, right] = list(argumentsValue, compile);
    return (env) => {
      const a = asNumber(left!(env));
      const b = asNumber(right!(env));
      return a === undefined || b === undefined ? undefined : apply(a, b);
    };
  };
}

/** Folds every operand, all of which must be known numbers; no array per evaluation. */
function fold(start: number, apply: (total: number, value: number) => number): Builder {
  return (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (env) => {
      let total = start;
      for (const operand of operands) {
        const value = asNumber(operand(env));
        if (value === undefined) return undefined;
        total = apply(total, value);
      }
      return finite(total);
    };
  };
}

function unary(apply: (value: FactValue) => FactValue): Builder {
  return (argumentsValue, compile) => {
    const [operand] = list(argumentsValue, compile);
    return (env) => apply(operand!(env));
  };
}

function pair(apply: (a: FactValue, b: FactValue) => FactValue): Builder {
  return (argumentsValue, compile) => {
    const [left, right] = list(argumentsValue, compile);
    return (env) => apply(left!(env), right!(env));
  };
}

const divide = binary((a, b) => (b === 0 ? undefined : finite(a / b)));

/** How each operator of the expression language is built; the keys match `EXPRESSION_OPERATORS`. */
const BUILDERS: Record<string, Builder> = {
  add: fold(0, (total, value) => total + value),
  subtract: binary((a, b) => finite(a - b)),
  multiply: fold(1, (total, value) => total * value),
  divide,
  ratio: divide,
  min: fold(Number.POSITIVE_INFINITY, Math.min),
  max: fold(Number.NEGATIVE_INFINITY, Math.max),
  sum: (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (env) => {
      let total = 0;
      let known = 0;
      for (const operand of operands) {
        const value = operand(env);
        if (!isKnown(value)) continue;
        const number = asNumber(value);
        if (number === undefined) return undefined;
        total += number;
        known += 1;
      }
      return known === 0 ? undefined : finite(total);
    };
  },
  abs: unary((value) => {
    const number = asNumber(value);
    return number === undefined ? undefined : Math.abs(number);
  }),
  round: (argumentsValue, compile) => {
    const [operand, digitsOperand] = list(argumentsValue, compile);
    return (env) => {
      const value = asNumber(operand!(env));
      const digits = digitsOperand ? asNumber(digitsOperand(env)) : 0;
      if (value === undefined || digits === undefined || digits < 0 || digits > 10) return undefined;
      const scale = 10 ** Math.trunc(digits);
      return Math.round(value * scale) / scale;
    };
  },
  daysBetween: pair(daysBetween),
  yearsBetween: pair(yearsBetween),
  ageAt: pair(yearsBetween),
  coalesce: (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (env) => {
      for (const operand of operands) {
        const value = operand(env);
        if (isKnown(value)) return value;
      }
      return undefined;
    };
  },
  isWholeNumber: unary((value) => {
    const number = asNumber(value);
    return number === undefined ? undefined : Number.isInteger(number);
  }),
  count: unary((value) => (Array.isArray(value) ? value.length : undefined)),
  intersect: pair((a, b) => (Array.isArray(a) && Array.isArray(b) ? a.filter((item) => b.includes(item)) : undefined)),
  band: (argumentsValue, compile) => {
    const definition = argumentsValue as { value: Expression; bands: Array<{ below: Expression; label: string }>; otherwise: string };
    const value = compile(definition.value);
    const bands = definition.bands.map((band) => ({ below: compile(band.below), label: band.label }));
    return (env) => {
      const number = asNumber(value(env));
      if (number === undefined) return undefined;
      for (const band of bands) {
        const threshold = asNumber(band.below(env));
        if (threshold === undefined) return undefined;
        if (number < threshold) return band.label;
      }
      return definition.otherwise;
    };
  },
};

/**
 * Compiles a validated expression over facts held any way: `readFact(name)` gives how to read
 * one fact from the run's `Env` (an object by name for the reference engine, an array of slots
 * for the compiled one). Parameters must already be substituted; a remaining `{param}` is unknown.
 *
 * @example
 * const perMember = compileExpressionOver({ divide: [{ fact: 'income' }, { fact: 'size' }] }, (name) => (slots: number[]) => slots[name === 'income' ? 0 : 1])
 * perMember([300, 0]) // → undefined, not Infinity
 */
export function compileExpressionOver<Env>(expression: Expression, readFact: (name: string) => (env: Env) => FactValue): ExpressionOver<Env> {
  const compile: Compile<Env> = (item) => {
    if (item === null) return () => undefined;
    if (typeof item !== 'object') return () => item;
    if (Array.isArray(item)) {
      const items = Object.freeze([...item]);
      return () => items;
    }
    if ('fact' in item) {
      const read = readFact(item.fact);
      return (env) => {
        const value = read(env);
        return isKnown(value) ? value : undefined;
      };
    }
    if ('param' in item) return () => undefined;
    const [name, argumentsValue] = Object.entries(item)[0] ?? [];
    const builder = name === undefined ? undefined : BUILDERS[name];
    if (!builder) throw new TypeError(`unknown expression operator ${String(name)}`);
    return builder(argumentsValue, compile);
  };
  return compile(expression);
}

/**
 * Compiles a validated expression over facts by name.
 *
 * @example
 * const incomePerMember = compileExpression({ divide: [{ fact: 'householdIncomeMonthly' }, { fact: 'householdSize' }] });
 * incomePerMember({ householdIncomeMonthly: 300, householdSize: 0 }) // → undefined, not Infinity
 */
export function compileExpression(expression: Expression): CompiledExpression {
  return compileExpressionOver<Facts>(expression, (name) => (facts) => facts[name]);
}

/** Facts an expression reads (directly; derived facts among them are expanded by the caller). */
export function expressionFacts(expression: unknown, into: Set<string> = new Set()): Set<string> {
  if (expression === null || typeof expression !== 'object') return into;
  if (Array.isArray(expression)) {
    for (const item of expression) expressionFacts(item, into);
    return into;
  }
  const record = expression as Record<string, unknown>;
  if (typeof record['fact'] === 'string' && Object.keys(record).length === 1) {
    into.add(record['fact']);
    return into;
  }
  for (const value of Object.values(record)) expressionFacts(value, into);
  return into;
}
