import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import type { ProgressCoverage } from './progress-report-schema.ts';

/** The columns of one export: as written, and the canonical field each was mapped to (if any). */
export interface ExportColumns {
  file: string;
  columns: ReadonlyArray<{ column: string; field?: string }>;
}

const FIELDS: ReadonlySet<string> = new Set(CLIENT_RECORD_FIELDS);

/** Facts named in `missingFields`/`unreadableFields` conditions: `{ "fact": "missingFields", "value": "exitReason" }` reads exitReason. */
function namedInConditions(condition: unknown, into: Set<string>): void {
  if (condition === null || typeof condition !== 'object') return;
  const node = condition as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) if (Array.isArray(node[key])) for (const child of node[key]) namedInConditions(child, into);
  if (node['not'] !== undefined) namedInConditions(node['not'], into);
  if ((node['fact'] === 'missingFields' || node['fact'] === 'unreadableFields') && typeof node['value'] === 'string') into.add(node['value']);
}

/** The record fields a rule set reads or points its findings at, through its derived facts. */
function fieldsUsedBy(ruleSet: ResolvedRuleSet): Set<string> {
  const facts = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const fact of [...rule.reads, ...rule.fields]) facts.add(fact);
    namedInConditions(rule.when, facts);
  }
  for (const rule of ruleSet.portfolioRules ?? []) {
    for (const fact of [...rule.reads, ...rule.fields]) facts.add(fact);
    if (rule.where) namedInConditions(rule.where, facts);
    if (rule.check.kind === 'groupStatistic' && rule.check.matching) namedInConditions(rule.check.matching, facts);
  }
  const part = ruleSet.indicators;
  if (part) {
    for (const indicator of part.indicators) for (const fact of [...indicator.fields, ...indicator.segments, ...indicator.dates]) facts.add(fact);
    // Transitions match clients by their id, then their national id.
    if (part.transitions) for (const fact of [...part.transitions.fields, 'clientId', 'nationalId']) facts.add(fact);
  }
  const derived = new Map(ruleSet.derived.map((fact) => [fact.name, fact.reads]));
  const fields = new Set<string>();
  const visit = (fact: string, seen: Set<string>): void => {
    if (FIELDS.has(fact)) fields.add(fact);
    const reads = derived.get(fact);
    if (!reads || seen.has(fact)) return;
    seen.add(fact);
    for (const read of reads) visit(read, seen);
  };
  for (const fact of facts) visit(fact, new Set());
  // A scorecard reads its answer fields (declared by the scorecard, not canonical) and its stored score.
  const { scorecard } = ruleSet;
  if (scorecard) {
    for (const question of scorecard.questions) fields.add(question['field']);
    if (scorecard.scoreField) fields.add(scorecard.scoreField);
  }
  return fields;
}

/**
 * What the exports hold for nothing and lack for the indicators (the working group's "what
 * for"): columns no rule and no indicator reads (columns mapped to no field among them); per
 * indicator, the fields it needs that an export lacks; segment facts none of the exports has; and
 * a note when indicators fall back for want of `clientSince`.
 *
 * @example
 * coverageOf([{ file: 'a.csv', columns: [{ column: 'phone' }, { column: 'gender', field: 'gender' }] }], [indicators, clientData])
 * // → { unusedColumns: ['phone'], missingFields: [{ indicator: 'core/spm-indicators#exit-rate', fields: ['exitDate', …] }, …], … }
 */
export function coverageOf(exports: readonly ExportColumns[], ruleSets: readonly ResolvedRuleSet[]): ProgressCoverage {
  const used = new Set<string>();
  for (const ruleSet of ruleSets) for (const field of fieldsUsedBy(ruleSet)) used.add(field);
  const unusedColumns: string[] = [];
  const everywhere = (field: string): boolean => exports.every((item) => item.columns.some((column) => column.field === field));
  const anywhere = (field: string): boolean => exports.some((item) => item.columns.some((column) => column.field === field));
  for (const item of exports) {
    for (const { column, field } of item.columns) {
      if ((field === undefined || !used.has(field)) && !unusedColumns.includes(column)) unusedColumns.push(column);
    }
  }
  const missingFields: ProgressCoverage['missingFields'] = [];
  const missingSegments = new Set<string>();
  const notes: ProgressCoverage['notes'] = [];
  let readsClientSince = false;
  for (const ruleSet of ruleSets) {
    const part = ruleSet.indicators;
    if (!part) continue;
    const derived = new Map(ruleSet.derived.map((fact) => [fact.name, fact.reads]));
    const fieldsOf = (fact: string, seen = new Set<string>()): string[] => {
      if (FIELDS.has(fact)) return [fact];
      if (seen.has(fact)) return [];
      seen.add(fact);
      return (derived.get(fact) ?? []).flatMap((read) => fieldsOf(read, seen));
    };
    for (const indicator of part.indicators) {
      // clientSince is optional by definition: its absence is a note, not a missing field.
      const lacking = indicator.fields.filter((field) => field !== 'clientSince' && !everywhere(field));
      if (lacking.length > 0) missingFields.push({ indicator: indicator.id, fields: lacking });
      if (indicator.fields.includes('clientSince')) readsClientSince = true;
      for (const segment of indicator.segments) if (!fieldsOf(segment).some(anywhere)) missingSegments.add(segment);
    }
  }
  if (readsClientSince && !everywhere('clientSince')) {
    const without = exports.filter((item) => !item.columns.some((column) => column.field === 'clientSince')).map((item) => item.file);
    notes.push({
      code: 'client-since-missing',
      message: `${without.join(', ')}: no clientSince (date of the first disbursement); a client starts at disbursementDate, so a repeat borrower who renewed during the period counts as starting then: not active at the start of the period, which raises retention-rate and lowers exit-rate`,
    });
  }
  return { unusedColumns, missingFields, missingSegments: [...missingSegments], notes };
}
