import { appendFileSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Finding } from '@social-lens/rules';

/** Findings kept in memory for the table and the page; the rest wait on disk for the JSON and NDJSON outputs. */
export const KEPT_FINDINGS = 500;
const FLUSH_BYTES = 1024 * 1024;

/** Findings of a whole export, counted by check, the first ones kept, all of them on disk. */
export interface FindingSpool {
  add(finding: Finding): void;
  readonly count: number;
  /** The first {@link KEPT_FINDINGS}, in file order. */
  readonly kept: readonly Finding[];
  /** Per rule id: severity and count, in order of first appearance. */
  readonly byCheck: ReadonlyMap<string, { severity: string; count: number }>;
  /** Every finding as a JSON line, in file order. */
  lines(): AsyncGenerator<string>;
  dispose(): void;
}

/**
 * A spool for the findings of `lens scorecard`: memory then grows with the groups of the
 * estimate, not with the records, however many findings a million records give. Only JSON and
 * NDJSON outputs write the findings out whole, so only they read the file back.
 *
 * @example
 * const spool = createFindingSpool(); spool.add(finding); for await (const line of spool.lines()) …; spool.dispose()
 */
export function createFindingSpool(): FindingSpool {
  const kept: Finding[] = [];
  const byCheck = new Map<string, { severity: string; count: number }>();
  let folder: string | undefined;
  let pending = '';
  let count = 0;
  const path = (): string => {
    folder ??= mkdtempSync(join(tmpdir(), 'lens-findings-'));
    return join(folder, 'findings.ndjson');
  };
  const flush = (): void => {
    if (pending === '') return;
    appendFileSync(path(), pending);
    pending = '';
  };
  return {
    add(finding) {
      count += 1;
      if (kept.length < KEPT_FINDINGS) kept.push(finding);
      const entry = byCheck.get(finding.ruleId);
      if (entry) entry.count += 1;
      else byCheck.set(finding.ruleId, { severity: finding.severity, count: 1 });
      pending += `${JSON.stringify(finding)}\n`;
      if (pending.length >= FLUSH_BYTES) flush();
    },
    get count() {
      return count;
    },
    kept,
    byCheck,
    async *lines() {
      if (folder === undefined) {
        yield* pending.split('\n').filter((line) => line !== '');
        return;
      }
      flush();
      for await (const line of createInterface({ input: createReadStream(path(), 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })) if (line !== '') yield line;
    },
    dispose() {
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    },
  };
}
