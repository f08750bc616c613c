import type { Context } from 'hono';
import { ProblemError } from '../problems/problem-error.ts';

/** Deeper bodies are refused before any schema work: nothing we accept nests beyond 40 levels. */
const MAX_JSON_DEPTH = 64;

/**
 * The JSON Pointer of the first value nested deeper than `maxDepth`, or undefined. Walks with
 * an explicit stack, so a 10,000-deep body cannot overflow the call stack.
 *
 * @example
 * tooDeepAt(JSON.parse('[[[1]]]'), 2) // → '/0/0'
 */
function tooDeepAt(value: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 1, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth > maxDepth) return item.path;
    for (const [key, child] of Object.entries(item.value)) stack.push({ value: child, depth: item.depth + 1, path: `${item.path}/${key}` });
  }
  return undefined;
}

/** True for `application/json` and `application/*+json`. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Parses a JSON text as a request body: 400 when malformed (with the position), 422 when nested
 * deeper than {@link MAX_JSON_DEPTH} (with the path where it happens).
 *
 * @example
 * const value = parseJsonText('{"a":1}')
 */
export function parseJsonText(text: string, where = ''): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProblemError(400, { kind: 'malformed-json', detail: `${where}not valid JSON: ${(error as Error).message}`, cause: error });
  }
  const deep = tooDeepAt(value);
  if (deep !== undefined) {
    const shown = deep.length > 80 ? `${deep.slice(0, 80)}…` : deep;
    throw new ProblemError(422, {
      kind: 'too-deep',
      detail: `${where}JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
      errors: [{ path: shown, message: `nesting deeper than ${MAX_JSON_DEPTH} levels`, code: 'too-deep' }],
    });
  }
  return value;
}

/**
 * Reads the request body as JSON: 415 unless the content type is JSON, then {@link parseJsonText}.
 *
 * @example
 * const body = await readJsonBody(c)
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const contentType = c.req.header('content-type');
  if (!isJsonMediaType(contentType)) {
    throw new ProblemError(415, { kind: 'unsupported-media-type', detail: `expected application/json, got ${contentType ?? 'no content type'}` });
  }
  return parseJsonText(await c.req.text());
}
