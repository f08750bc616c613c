import type { ParameterDefinition } from './rule-set-types.ts';

/** Why `value` does not fit `definition`, or undefined when it does. */
export function parameterValueProblem(definition: ParameterDefinition, value: unknown): string | undefined {
  const expected = describeParameterType(definition);
  switch (definition.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected ${expected}, got ${JSON.stringify(value)}`;
      if (definition.type === 'integer' && !Number.isInteger(value)) return `expected ${expected}, got ${value}`;
      if (definition.minimum !== undefined && value < definition.minimum) return `expected at least ${definition.minimum}, got ${value}`;
      if (definition.maximum !== undefined && value > definition.maximum) return `expected at most ${definition.maximum}, got ${value}`;
      return undefined;
    }
    case 'string':
      return typeof value === 'string' && value.length <= 1000 ? undefined : `expected ${expected}, got ${JSON.stringify(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected ${expected}, got ${JSON.stringify(value)}`;
    case 'string-list':
      return Array.isArray(value) && value.length <= 1000 && value.every((item) => typeof item === 'string')
        ? undefined
        : `expected ${expected}, got ${JSON.stringify(value)}`;
    case 'number-list':
      return Array.isArray(value) && value.length <= 1000 && value.every((item) => typeof item === 'number' && Number.isFinite(item))
        ? undefined
        : `expected ${expected}, got ${JSON.stringify(value)}`;
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
