import { yearsBetween } from '../../facts/dates.ts';
import { type FactValue, isKnown } from '../../facts/fact-value.ts';
import type { Expression } from '../../ruleset/rule-set-types.ts';
import { isoDaysBetween } from './iso-date-days.ts';

/** The facts of one run held by position: slot numbers are fixed when a rule set is compiled. */
export type FactSlots = FactValue[];

/** A derived-fact expression compiled over fact slots. */
export type SlotExpression = (slots: FactSlots) => FactValue;

type Compile = (expression: Expression) => SlotExpression;
type Builder = (argumentsValue: unknown, compile: Compile) => SlotExpression;

const asNumber = (value: FactValue): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const finite = (value: number): number | undefined => (Number.isFinite(value) ? value : undefined);
const list = (argumentsValue: unknown, compile: Compile): SlotExpression[] =>
  (Array.isArray(argumentsValue) ? argumentsValue : [argumentsValue]).map((item) => compile(item as Expression));

function binary(apply: (a: number, b: number) => number | undefined): Builder {
  return (argumentsValue, compile) => {
    const [left, right] = list(argumentsValue, compile) as [SlotExpression, SlotExpression];
    return (slots) => {
      const a = asNumber(left(slots));
      const b = asNumber(right(slots));
      return a === undefined || b === undefined ? undefined : apply(a, b);
    };
  };
}

function fold(start: number, apply: (total: number, value: number) => number): Builder {
  return (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (slots) => {
      let total = start;
      for (const operand of operands) {
        const value = asNumber(operand(slots));
        if (value === undefined) return undefined;
        total = apply(total, value);
      }
      return finite(total);
    };
  };
}

function unary(apply: (value: FactValue) => FactValue): Builder {
  return (argumentsValue, compile) => {
    const [operand] = list(argumentsValue, compile) as [SlotExpression];
    return (slots) => apply(operand(slots));
  };
}

function pair(apply: (a: FactValue, b: FactValue) => FactValue): Builder {
  return (argumentsValue, compile) => {
    const [left, right] = list(argumentsValue, compile) as [SlotExpression, SlotExpression];
    return (slots) => apply(left(slots), right(slots));
  };
}

const divide = binary((a, b) => (b === 0 ? undefined : finite(a / b)));

/**
 * The operators of the expression language over slots, each with `compileExpression`'s meaning
 * (facts/evaluate-expression.ts); the differential tests hold the two to the same results.
 */
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
    return (slots) => {
      let total = 0;
      let known = 0;
      for (const operand of operands) {
        const value = operand(slots);
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
    const [operand, digitsOperand] = list(argumentsValue, compile) as [SlotExpression, SlotExpression | undefined];
    return (slots) => {
      const value = asNumber(operand(slots));
      const digits = digitsOperand ? asNumber(digitsOperand(slots)) : 0;
      if (value === undefined || digits === undefined || digits < 0 || digits > 10) return undefined;
      const scale = 10 ** Math.trunc(digits);
      return Math.round(value * scale) / scale;
    };
  },
  daysBetween: pair(isoDaysBetween),
  yearsBetween: pair(yearsBetween),
  ageAt: pair(yearsBetween),
  coalesce: (argumentsValue, compile) => {
    const operands = list(argumentsValue, compile);
    return (slots) => {
      for (const operand of operands) {
        const value = operand(slots);
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
  intersect: pair((a, b) => {
    if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
    return a.filter((item) => b.includes(item));
  }),
  band: (argumentsValue, compile) => {
    const definition = argumentsValue as { value: Expression; bands: Array<{ below: Expression; label: string }>; otherwise: string };
    const value = compile(definition.value);
    const bands = definition.bands.map((band) => ({ below: compile(band.below), label: band.label }));
    return (slots) => {
      const number = asNumber(value(slots));
      if (number === undefined) return undefined;
      for (const band of bands) {
        const threshold = asNumber(band.below(slots));
        if (threshold === undefined) return undefined;
        if (number < threshold) return band.label;
      }
      return definition.otherwise;
    };
  },
};

/**
 * Compiles a derived-fact expression (parameters substituted) over fact slots: `slotOf` gives the
 * slot of each fact it reads. Plain closures over the expression data, no code strings.
 *
 * @example
 * const perMember = compileSlotExpression({ divide: [{ fact: 'income' }, { fact: 'size' }] }, (name) => (name === 'income' ? 0 : 1))
 * perMember([300, 0]) // → undefined, not Infinity
 */
export function compileSlotExpression(expression: Expression, slotOf: (fact: string) => number): SlotExpression {
  const compile: Compile = (item) => {
    if (item === null) return () => undefined;
    if (typeof item !== 'object') return () => item;
    if (Array.isArray(item)) {
      const items = Object.freeze([...item]);
      return () => items;
    }
    if ('fact' in item) {
      const slot = slotOf(item.fact);
      return (slots) => {
        const value = slots[slot];
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
