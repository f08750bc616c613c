import { labelledFactValue } from '../findings/coded-value-labels.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { renderMessage } from '../findings/render-message.ts';
import type { ResolvedPortfolioRule, ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

/** Where a record sits in its export: its id (clientId or `line N`) and line. */
export interface RecordReference {
  recordId?: string;
  line?: number;
}

/** What every portfolio check is built from: its rule, the rule set (for parameters) and the language. */
export interface PortfolioCheckOptions {
  rule: ResolvedPortfolioRule;
  ruleSet: ResolvedRuleSet;
  lang: string;
}

/**
 * The check of one portfolio rule while the records stream by. Its `state` is plain data (Maps,
 * arrays, numbers: it clones through `postMessage`); `merge` adds the state of another part of the
 * export, so worker threads accumulate their own chunks and the main thread merges them.
 */
export interface PortfolioCheckAccumulator {
  /** `position` orders records across parts: the record's line, or its ordinal. */
  add(facts: Readonly<Record<string, unknown>>, record: RecordReference, position: number): void;
  readonly state: unknown;
  /** The ArrayBuffers in `state`, for `postMessage` to move rather than copy (the check is unusable after); none when it has none. */
  transferList?(): ArrayBuffer[];
  /** Adds the state of another part; the state given is taken over (and may be emptied). */
  merge(state: unknown): void;
  finish(): Finding[];
}

/**
 * Builds the finding of a portfolio rule: its message rendered with the figures the check
 * computed (then the rule set's parameters), `group` for group findings (a coded group such as an
 * area named by its label), the record for record findings (duplicates).
 */
export function portfolioFinding(
  options: PortfolioCheckOptions,
  figures: Readonly<Record<string, unknown>>,
  where: { group?: Record<string, string>; record?: RecordReference },
): Finding {
  const { rule, ruleSet, lang } = options;
  const groupField = where.group ? Object.keys(where.group)[0] : undefined;
  const lookup = (name: string): unknown => {
    if (!(name in figures)) return ruleSet.parameters[name]?.value;
    const value = figures[name];
    return name === 'group' && groupField !== undefined ? labelledFactValue(value, groupField, [], lang) : value;
  };
  const finding: Finding = {
    ruleId: rule.id,
    ruleSet: rule.ruleSet,
    severity: rule.severity,
    ...(where.record?.recordId === undefined ? {} : { recordId: where.record.recordId }),
    ...(where.record?.line === undefined ? {} : { line: where.record.line }),
    fields: [...rule.fields],
    message: renderMessage(rule.message, lang, lookup),
  };
  if (rule.suggestion) finding.suggestion = renderMessage(rule.suggestion, lang, lookup);
  if (where.group) finding.group = where.group;
  return finding;
}

/** A group's key as text: `3` for loan cycle 3, the code itself for a branch. Undefined when unknown. */
export function groupKeyOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Rounds a figure for a message: 1 decimal from 10 up, 2 below. */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) >= 10 ? 1 : 2;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A share as a percentage for a message: 0.0734 → 7.3. */
export function percentOf(share: number): number {
  return Math.round(share * 1000) / 10;
}
