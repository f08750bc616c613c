import type { ErrorObject } from 'ajv/dist/2020.js';

/** One way a value does not match its schema: where (JSON Pointer) and what was expected. */
export interface SchemaProblem {
  path: string;
  message: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `format`, …). */
  keyword: string;
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `expected property "${String(params['missingProperty'])}"`;
    case 'additionalProperties':
      return `unexpected property "${String(params['additionalProperty'])}"`;
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return error.propertyName !== undefined ? `unexpected key "${error.propertyName}": expected one of ${allowed}` : `expected one of ${allowed}`;
    }
    case 'pattern':
      return `expected text matching ${String(params['pattern'])}`;
    case 'format':
      return `expected ${params['format'] === 'date' ? 'a calendar date YYYY-MM-DD' : `the format "${String(params['format'])}"`}`;
    case 'type':
      return `expected ${String(params['type'])}`;
    case 'maximum':
      return `expected at most ${String(params['limit'])}`;
    case 'minimum':
      return `expected at least ${String(params['limit'])}`;
    case 'false schema':
      return `unexpected property "${error.instancePath.split('/').pop() ?? ''}" in a document of this subject`;
    case 'oneOf':
    case 'anyOf':
      return `expected one of the allowed forms${error.parentSchema?.['description'] ? ` (${error.parentSchema['description']})` : ''}`;
    default:
      return error.message ?? error.keyword;
  }
}

const SUMMARY_KEYWORDS = new Set(['anyOf', 'if', 'propertyNames', 'not']);

/**
 * The most telling of ajv's errors, described for people: the deepest ones, without the
 * `anyOf` summaries they explain, each once. The one formatter of schema errors in the package.
 */
export function schemaProblemsOf(errors: readonly ErrorObject[], limit = 50): SchemaProblem[] {
  const concrete = errors.filter(
    (error) =>
      !SUMMARY_KEYWORDS.has(error.keyword) &&
      !(error.keyword === 'oneOf' && errors.some((other) => other.keyword === 'required' && other.instancePath === error.instancePath)),
  );
  const chosen = concrete.length > 0 ? concrete : [...errors];
  const deepest = chosen.filter(
    (error) => !chosen.some((other) => other !== error && other.instancePath.startsWith(`${error.instancePath}/`) && error.keyword !== 'required'),
  );
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of deepest) {
    const message = describeError(error);
    const key = `${error.instancePath}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path: error.instancePath, message, keyword: error.keyword });
    if (problems.length >= limit) break;
  }
  return problems;
}
