/**
 * True when a parsed JSON value nests arrays or objects deeper than `maxDepth` levels. Walks with
 * an explicit stack, so that a hostile line (`[[[[…]]]]`, ten thousand deep) costs a loop, not
 * the call stack that a later `JSON.stringify` of it would overflow.
 *
 * @example exceedsDepth(JSON.parse('{"a":[[1]]}'), 2) // → true
 */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth > maxDepth) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}
