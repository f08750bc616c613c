import { MAX_GROUPS } from './group-table.ts';
import { groupKeyOf } from './portfolio-finding.ts';

/** The segments SPM reports are cut by (IDEA-style), plus where the data was entered. */
export const SEGMENT_DIMENSIONS = ['loanCycle', 'povertyLevel', 'area', 'gender', 'branchId', 'loanOfficerId'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

/** The label of records without a value in a dimension. */
export const MISSING_SEGMENT = '(missing)';
/** Loan cycles from this one on share a row ("5+"). */
const LAST_LOAN_CYCLE_ROW = 5;

/** One row of a segment table. */
export interface SegmentRow {
  segment: string;
  clients: number;
  /** Clients with at least one finding. */
  clientsWithFindings: number;
  findings: number;
  errors: number;
  /** clients ÷ all clients. */
  share: number;
}

/** The segment tables of a whole export. */
export interface SegmentTablesResult {
  clients: number;
  dimensions: Record<SegmentDimension, SegmentRow[]>;
  /** First-cycle clients and the share of each poverty level among them. */
  newClients: { clients: number; byPovertyLevel: Array<{ povertyLevel: string; clients: number; share: number }> };
}

/** Accumulates segment tables record by record: memory grows with segments, not records. */
export interface SegmentTables {
  /** Counts one record: its facts (fields at least) and its record findings. */
  add(facts: Readonly<Record<string, unknown>>, findings?: { findings: number; errors: number }): void;
  result(): SegmentTablesResult;
}

const POVERTY_ORDER = ['very-poor', 'poor', 'near-poor', 'non-poor'];

function segmentOf(dimension: SegmentDimension, value: unknown): string {
  if (dimension === 'loanCycle' && typeof value === 'number' && Number.isFinite(value)) {
    return value >= LAST_LOAN_CYCLE_ROW ? `${LAST_LOAN_CYCLE_ROW}+` : String(value);
  }
  return groupKeyOf(value) ?? MISSING_SEGMENT;
}

function compareSegments(dimension: SegmentDimension): (a: string, b: string) => number {
  const rank = (segment: string): number => {
    if (segment === MISSING_SEGMENT) return 1e9;
    if (dimension === 'povertyLevel') {
      const index = POVERTY_ORDER.indexOf(segment);
      return index === -1 ? 1e8 : index;
    }
    return 0;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}

/**
 * IDEA-style segmentation for SPM reporting: clients, clients with findings and findings by loan
 * cycle, poverty level, area, gender, branch and loan officer, and the poverty levels of new
 * (first-cycle) clients — what "60 % of new clients below the poverty line" is measured against.
 *
 * @example
 * const segments = createSegmentTables()
 * segments.add({ loanCycle: 1, povertyLevel: 'poor', area: 'rural', gender: 'F' }, { findings: 1, errors: 1 })
 * segments.result().newClients.byPovertyLevel // → [{ povertyLevel: 'poor', clients: 1, share: 1 }]
 */
export function createSegmentTables(): SegmentTables {
  const tables = new Map<SegmentDimension, Map<string, Omit<SegmentRow, 'segment' | 'share'>>>(SEGMENT_DIMENSIONS.map((dimension) => [dimension, new Map()]));
  const newByPoverty = new Map<string, number>();
  let clients = 0;
  let newClients = 0;
  return {
    add(facts, found = { findings: 0, errors: 0 }) {
      clients += 1;
      for (const dimension of SEGMENT_DIMENSIONS) {
        const table = tables.get(dimension)!;
        const segment = segmentOf(dimension, facts[dimension]);
        let row = table.get(segment);
        if (!row) {
          if (table.size >= MAX_GROUPS) continue;
          row = { clients: 0, clientsWithFindings: 0, findings: 0, errors: 0 };
          table.set(segment, row);
        }
        row.clients += 1;
        if (found.findings > 0) row.clientsWithFindings += 1;
        row.findings += found.findings;
        row.errors += found.errors;
      }
      if (facts['loanCycle'] === 1) {
        newClients += 1;
        const level = segmentOf('povertyLevel', facts['povertyLevel']);
        newByPoverty.set(level, (newByPoverty.get(level) ?? 0) + 1);
      }
    },
    result() {
      const dimensions = Object.fromEntries(
        SEGMENT_DIMENSIONS.map((dimension) => {
          const table = tables.get(dimension)!;
          const rows = [...table.keys()]
            .sort(compareSegments(dimension))
            .map((segment) => ({ segment, ...table.get(segment)!, share: clients === 0 ? 0 : table.get(segment)!.clients / clients }));
          return [dimension, rows];
        }),
      ) as Record<SegmentDimension, SegmentRow[]>;
      const byPovertyLevel = [...newByPoverty.keys()]
        .sort(compareSegments('povertyLevel'))
        .map((povertyLevel) => ({ povertyLevel, clients: newByPoverty.get(povertyLevel)!, share: newByPoverty.get(povertyLevel)! / newClients }));
      return { clients, dimensions, newClients: { clients: newClients, byPovertyLevel } };
    },
  };
}
