import type { Expression } from '../ruleset/rule-set-types.ts';
import { daysBetween, yearsBetween } from './dates.ts';
import { type FactValue, type Facts, isKnown } from './fact-value.ts';

/** A compiled derived-fact expression: plain closures over the expression data, no code strings. */
export type CompiledExpression = (facts: Facts) => FactValue;

type Operand = CompiledExpression;

const asNumber = (value: FactValue): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function numbers(operands: readonly Operand[], facts: Facts): number[] | undefined {
  const result: number[] = [];
  for (const operand of operands) {
    const value = asNumber(operand(facts));
    if (value === undefined) return undefined;
    result.push(value);
  }
  return result;
}

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

type Builder = (argumentsValue: unknown, compile: (expression: Expression) => Operand) => Operand;

const list = (argumentsValue: unknown, compile: (expression: Expression) => Operand): Operand[] =>
  (Array.isArray(argumentsValue) ? argumentsValue : [argumentsValue]).map((item) => compile(item as Expression));

function binary(apply: (a: number, b: number) => number | undefined): Builder {
  return (argumentsValue, compile) => {
    const [left, right] = list(argumentsValue, compile) as [Operand, Operand];
    return (facts) => {
      const a = asNumber(left(facts));
      const b = asNumber(right(facts));
      return a === undefined || b === undefined ? undefined : apply(a, b);
    };
  };
}

function reduceNumbers(apply: (values: number[]) => number): Builder {
  return (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (facts) => {
      const values = numbers(operands, facts);
      return values === undefined ? undefined : finite(apply(values));
    };
  };
}

const divide = binary((a, b) => (b === 0 ? undefined : finite(a / b)));

/** How each operator of the expression language is built; the keys match `EXPRESSION_OPERATORS`. */
const BUILDERS: Record<string, Builder> = {
  add: reduceNumbers((values) => values.reduce((total, value) => total + value, 0)),
  subtract: binary((a, b) => finite(a - b)),
  multiply: reduceNumbers((values) => values.reduce((total, value) => total * value, 1)),
  divide,
  ratio: divide,
  min: reduceNumbers((values) => Math.min(...values)),
  max: reduceNumbers((values) => Math.max(...values)),
  sum: (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (facts) => {
      let total = 0;
      let known = 0;
      for (const operand of operands) {
        const value = operand(facts);
        if (!isKnown(value)) continue;
        const number = asNumber(value);
        if (number === undefined) return undefined;
        total += number;
        known += 1;
      }
      return known === 0 ? undefined : finite(total);
    };
  },
  abs: (argumentsValue, compile) => {
    const [operand] = list(argumentsValue, compile) as [Operand];
    return (facts) => {
      const value = asNumber(operand(facts));
      return value === undefined ? undefined : Math.abs(value);
    };
  },
  round: (argumentsValue, compile) => {
    const [operand, digitsOperand] = list(argumentsValue, compile) as [Operand, Operand | undefined];
    return (facts) => {
      const value = asNumber(operand(facts));
      const digits = digitsOperand ? asNumber(digitsOperand(facts)) : 0;
      if (value === undefined || digits === undefined || digits < 0 || digits > 10) return undefined;
      const scale = 10 ** Math.trunc(digits);
      return Math.round(value * scale) / scale;
    };
  },
  daysBetween: (argumentsValue, compile) => {
    const [from, to] = list(argumentsValue, compile) as [Operand, Operand];
    return (facts) => daysBetween(from(facts), to(facts));
  },
  yearsBetween: (argumentsValue, compile) => {
    const [from, to] = list(argumentsValue, compile) as [Operand, Operand];
    return (facts) => yearsBetween(from(facts), to(facts));
  },
  ageAt: (argumentsValue, compile) => {
    const [birthDate, date] = list(argumentsValue, compile) as [Operand, Operand];
    return (facts) => yearsBetween(birthDate(facts), date(facts));
  },
  coalesce: (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (facts) => {
      for (const operand of operands) {
        const value = operand(facts);
        if (isKnown(value)) return value;
      }
      return undefined;
    };
  },
  isWholeNumber: (argumentsValue, compile) => {
    const [operand] = list(argumentsValue, compile) as [Operand];
    return (facts) => {
      const value = asNumber(operand(facts));
      return value === undefined ? undefined : Number.isInteger(value);
    };
  },
  count: (argumentsValue, compile) => {
    const [operand] = list(argumentsValue, compile) as [Operand];
    return (facts) => {
      const value = operand(facts);
      return Array.isArray(value) ? value.length : undefined;
    };
  },
  intersect: (argumentsValue, compile) => {
    const [left, right] = list(argumentsValue, compile) as [Operand, Operand];
    return (facts) => {
      const a = left(facts);
      const b = right(facts);
      if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
      return a.filter((item) => b.includes(item));
    };
  },
  band: (argumentsValue, compile) => {
    const definition = argumentsValue as { value: Expression; bands: Array<{ below: Expression; label: string }>; otherwise: string };
    const value = compile(definition.value);
    const bands = definition.bands.map((band) => ({ below: compile(band.below), label: band.label }));
    return (facts) => {
      const number = asNumber(value(facts));
      if (number === undefined) return undefined;
      for (const band of bands) {
        const threshold = asNumber(band.below(facts));
        if (threshold === undefined) return undefined;
        if (number < threshold) return band.label;
      }
      return definition.otherwise;
    };
  },
};

/** Names of the operators of the expression language. */
export const EXPRESSION_OPERATOR_NAMES: readonly string[] = Object.keys(BUILDERS);

/**
 * Compiles a validated expression into a closure. Parameters must already be substituted
 * (the resolver does it); a remaining `{param}` is unknown.
 *
 * @example
 * const incomePerMember = compileExpression({ divide: [{ fact: 'householdIncomeMonthly' }, { fact: 'householdSize' }] });
 * incomePerMember({ householdIncomeMonthly: 300, householdSize: 0 }) // → undefined, not Infinity
 */
export function compileExpression(expression: Expression): CompiledExpression {
  if (expression === null) return () => undefined;
  if (typeof expression !== 'object') return () => expression;
  if (Array.isArray(expression)) {
    const items = Object.freeze([...expression]);
    return () => items;
  }
  if ('fact' in expression) {
    const name = expression.fact;
    return (facts) => {
      const value = facts[name];
      return isKnown(value) ? value : undefined;
    };
  }
  if ('param' in expression) return () => undefined;
  const [name, argumentsValue] = Object.entries(expression)[0] ?? [];
  const builder = name === undefined ? undefined : BUILDERS[name];
  if (!builder) throw new TypeError(`unknown expression operator ${String(name)}`);
  return builder(argumentsValue, compileExpression);
}

/** Facts an expression reads (directly; derived facts among them are expanded by the caller). */
export function expressionFacts(expression: unknown, into: Set<string> = new Set()): Set<string> {
  if (expression === null || typeof expression !== 'object') return into;
  if (Array.isArray(expression)) {
    for (const item of expression) expressionFacts(item, into);
    return into;
  }
  const record = expression as Record<string, unknown>;
  if (typeof record.fact === 'string' && Object.keys(record).length === 1) {
    into.add(record.fact);
    return into;
  }
  for (const value of Object.values(record)) expressionFacts(value, into);
  return into;
}
