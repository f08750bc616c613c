import type { Finding } from '@social-lens/rules';

const SEVERITY_ORDER = ['error', 'warning', 'info'];

/** One line of a "By branch" / "By loan officer" sheet. */
export interface GroupCountRow {
  group: string;
  ruleId: string;
  severity: string;
  findings: number;
  /** Records with the rule's findings; undefined for a finding about the group as a whole. */
  records: number | undefined;
}

/**
 * Counts findings and records per group (a branch, a loan officer), rule and severity: one entry
 * per distinct triple, so memory grows with groups × rules, never with records.
 */
export function createGroupCounts(): {
  addRecord(group: string, findings: readonly Finding[]): void;
  addGroupFinding(group: string, finding: Finding): void;
  rows(): GroupCountRow[];
} {
  const counts = new Map<string, GroupCountRow>();
  const entryOf = (group: string, finding: Finding): GroupCountRow => {
    const key = JSON.stringify([group, finding.ruleId, finding.severity]);
    let entry = counts.get(key);
    if (entry === undefined) {
      entry = { group, ruleId: finding.ruleId, severity: finding.severity, findings: 0, records: undefined };
      counts.set(key, entry);
    }
    return entry;
  };
  return {
    addRecord(group, findings) {
      const counted = new Set<GroupCountRow>();
      for (const finding of findings) {
        const entry = entryOf(group, finding);
        entry.findings += 1;
        if (counted.has(entry)) continue;
        counted.add(entry);
        entry.records = (entry.records ?? 0) + 1;
      }
    },
    addGroupFinding(group, finding) {
      entryOf(group, finding).findings += 1;
    },
    rows() {
      return [...counts.values()].sort(
        (a, b) =>
          a.group.localeCompare(b.group, 'en', { numeric: true }) ||
          SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
          b.findings - a.findings ||
          a.ruleId.localeCompare(b.ruleId),
      );
    },
  };
}
