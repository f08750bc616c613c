import { readFileSync } from 'node:fs';
import { UsageError } from '../../usage-error.ts';

/** Findings of an earlier report: per rule, and per record id (placed in branches by this export). */
export interface PreviousCounts {
  byRule: Map<string, number>;
  byRecord: Map<string, number>;
}

/**
 * Findings per rule and per record of an earlier `lens check records --format json` report (an
 * array of findings), for `--compare-with`. What is not such a report is refused naming the
 * file and the JSON path.
 *
 * @example
 * readPreviousCounts('june.json', 'june.json').byRule.get('core/client-data#household-size-in-range') // → 4
 */
export function readPreviousCounts(path: string, shownAs: string): PreviousCounts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--compare-with ${shownAs}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--compare-with ${shownAs}: $ is not an array of findings (write it with --format json)`);
  const byRule = new Map<string, number>();
  const byRecord = new Map<string, number>();
  parsed.forEach((finding: unknown, index) => {
    const { ruleId, recordId, group } = (finding ?? {}) as { ruleId?: unknown; recordId?: unknown; group?: unknown };
    if (typeof ruleId !== 'string') throw new UsageError(`--compare-with ${shownAs}: $[${index}].ruleId is not a string`);
    if (recordId !== undefined && typeof recordId !== 'string') throw new UsageError(`--compare-with ${shownAs}: $[${index}].recordId is not a string`);
    byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
    // Record findings, as the segment tables count them; group findings have their own column.
    if (typeof recordId === 'string' && group === undefined) byRecord.set(recordId, (byRecord.get(recordId) ?? 0) + 1);
  });
  return { byRule, byRecord };
}
