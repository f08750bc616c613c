import { quoteValue } from '../quote-value.ts';
import type { ParameterDefinition } from './rule-set-types.ts';

/** Items of a list parameter, characters of a text one. */
const MAX_PARAMETER_LENGTH = 1000;

/** Why `value` does not fit `definition`, or undefined when it does. */
export function parameterValueProblem(definition: ParameterDefinition, value: unknown): string | undefined {
  const expected = describeParameterType(definition);
  switch (definition.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected ${expected}, got ${quoteValue(value)}`;
      if (definition.type === 'integer' && !Number.isInteger(value)) return `expected ${expected}, got ${value}`;
      if (definition.minimum !== undefined && value < definition.minimum) return `expected at least ${definition.minimum}, got ${value}`;
      if (definition.maximum !== undefined && value > definition.maximum) return `expected at most ${definition.maximum}, got ${value}`;
      return undefined;
    }
    case 'string':
      if (typeof value !== 'string') return `expected ${expected}, got ${quoteValue(value)}`;
      return value.length <= MAX_PARAMETER_LENGTH ? undefined : `expected at most ${MAX_PARAMETER_LENGTH} characters, got ${value.length}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected ${expected}, got ${quoteValue(value)}`;
    case 'string-list':
    case 'number-list': {
      if (!Array.isArray(value)) return `expected ${expected}, got ${quoteValue(value)}`;
      if (value.length > MAX_PARAMETER_LENGTH) return `expected at most ${MAX_PARAMETER_LENGTH} items, got ${value.length}`;
      const wrong =
        definition.type === 'string-list'
          ? value.findIndex((item) => typeof item !== 'string')
          : value.findIndex((item) => typeof item !== 'number' || !Number.isFinite(item));
      return wrong === -1 ? undefined : `expected ${expected}, got ${quoteValue(value[wrong])} at item ${wrong}`;
    }
  }
}

export function describeParameterType(definition: ParameterDefinition): string {
  switch (definition.type) {
    case 'integer':
      return 'a whole number';
    case 'string-list':
      return 'a list of texts';
    case 'number-list':
      return 'a list of numbers';
    default:
      return `a ${definition.type}`;
  }
}

/**
 * Reads a parameter value given as text (`--param k=v`, a query string) by its declared type.
 *
 * @example parseParameterText({ type: 'number', default: 120, description: '' }, '150') // → 150
 */
export function parseParameterText(definition: ParameterDefinition, text: string): unknown {
  switch (definition.type) {
    case 'number':
    case 'integer':
      return /^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(text.trim()) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'string-list':
      return text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'number-list':
      return text.split(',').map((item) => (/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(item.trim()) ? Number(item) : item));
    default:
      return text;
  }
}
