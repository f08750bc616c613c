import { readFileSync } from 'node:fs';
import { UsageError } from '../../usage-error.ts';

/**
 * Findings per rule of an earlier `lens check records --format json` report (an array of
 * findings), for `--compare-with`. What is not such a report is refused naming the file and
 * the JSON path.
 *
 * @example
 * readPreviousCounts('june.json', 'june.json').get('core/client-data@1.0.0#household-size-in-range') // → 4
 */
export function readPreviousCounts(path: string, shownAs: string): Map<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--compare-with ${shownAs}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--compare-with ${shownAs}: $ is not an array of findings (write it with --format json)`);
  const counts = new Map<string, number>();
  parsed.forEach((finding: unknown, index) => {
    const ruleId = (finding as { ruleId?: unknown } | null)?.ruleId;
    if (typeof ruleId !== 'string') throw new UsageError(`--compare-with ${shownAs}: $[${index}].ruleId is not a string`);
    counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  });
  return counts;
}
