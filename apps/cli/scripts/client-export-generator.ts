import { createSeededRandom } from '@social-lens/rules/aggregate';

/**
 * Generates synthetic client exports with known injected faults, for the example file, the
 * accuracy test and the benchmark. Deterministic for a given seed.
 */

export const CSV_COLUMNS = [
  'clientId',
  'branchId',
  'loanOfficerId',
  'gender',
  'birthDate',
  'area',
  'householdSize',
  'dependents',
  'incomeBusiness',
  'incomeWages',
  'incomeAgriculture',
  'incomeRemittances',
  'incomeOther',
  'householdIncomeMonthly',
  'povertyLevel',
  'applicationDate',
  'disbursementDate',
  'loanCycle',
  'loanAmount',
  'loanTermMonths',
  'installmentAmount',
  'status',
  'exitDate',
  'exitReason',
  'nationalId',
  'clientSince',
] as const;

export type RawRecord = Record<(typeof CSV_COLUMNS)[number], string>;

/** A fault written into one record, and the field a finding must point at. */
export interface InjectedFault {
  kind: string;
  field: string;
}

export interface GeneratedExport {
  records: RawRecord[];
  /** clientId → the fault injected into it; records not listed are clean. */
  faults: Map<string, InjectedFault>;
  /** Pairs of clientIds given the same national id in another format (`duplicateNationalIds`). */
  duplicates?: Array<[string, string]>;
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Share of records that get one fault, 0 to 1. */
  faultShare: number;
  /** Every date in a clean record is before this date. */
  today: string;
  povertyLinePerMember?: number;
  /**
   * One loan officer whose incomes are `incomeFactor` times the others' (sources scaled, total
   * their sum, poverty level following the new income per member): every record consistent on
   * its own, the officer visible only against the others.
   */
  biasedLoanOfficer?: { loanOfficerId: string; incomeFactor: number };
  /** Gives this many clients the national id of another client, written with spaces, dashes or dots. */
  duplicateNationalIds?: number;
}

const EXIT_REASONS = ['no-further-need', 'business-closed', 'failure-to-repay', 'illness-or-death', 'rate-too-high', 'loan-too-small', 'too-many-meetings'];

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const rest = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${year}${rest}`;
}

function povertyLevelOf(perMember: number, line: number): string {
  if (perMember < line * 0.5) return 'very-poor';
  if (perMember < line) return 'poor';
  if (perMember < line * 1.5) return 'near-poor';
  return 'non-poor';
}

/** The fault kinds, each a change to a clean record and the field it must be found on. */
const FAULTS: Array<{ kind: string; field: string; apply: (r: RawRecord, random: () => number, today: string) => boolean }> = [
  {
    kind: 'income-sources-do-not-add-up',
    field: 'householdIncomeMonthly',
    apply: (r) => {
      r.householdIncomeMonthly = String(Number(r.householdIncomeMonthly) + 40 + Math.round(Number(r.householdIncomeMonthly) * 0.2));
      return true;
    },
  },
  {
    kind: 'negative-income-source',
    field: 'incomeOther',
    apply: (r) => {
      const before = Number(r.incomeOther || 0);
      r.incomeOther = '-50';
      r.householdIncomeMonthly = String(Number(r.householdIncomeMonthly) - before - 50);
      return true;
    },
  },
  {
    kind: 'total-income-missing',
    field: 'householdIncomeMonthly',
    apply: (r) => {
      r.householdIncomeMonthly = '';
      return true;
    },
  },
  {
    kind: 'household-size-zero',
    field: 'householdSize',
    apply: (r) => {
      r.householdSize = '0';
      r.dependents = '0';
      return true;
    },
  },
  {
    kind: 'household-size-too-large',
    field: 'householdSize',
    apply: (r) => {
      r.householdSize = '45';
      return true;
    },
  },
  {
    kind: 'household-size-fraction',
    field: 'householdSize',
    apply: (r) => {
      r.householdSize = `${r.householdSize}.5`;
      return true;
    },
  },
  {
    kind: 'dependents-exceed-household',
    field: 'dependents',
    apply: (r) => {
      r.dependents = r.householdSize;
      return true;
    },
  },
  {
    kind: 'dependents-negative',
    field: 'dependents',
    apply: (r) => {
      r.dependents = '-1';
      return true;
    },
  },
  {
    kind: 'poverty-level-disagrees',
    field: 'povertyLevel',
    apply: (r) => {
      r.povertyLevel = r.povertyLevel === 'non-poor' ? 'poor' : 'non-poor';
      return true;
    },
  },
  {
    kind: 'poverty-level-unknown-code',
    field: 'povertyLevel',
    apply: (r) => {
      r.povertyLevel = 'middle';
      return true;
    },
  },
  {
    kind: 'client-too-young',
    field: 'birthDate',
    apply: (r) => {
      r.birthDate = addYears(r.applicationDate, -16);
      return true;
    },
  },
  {
    kind: 'client-too-old',
    field: 'birthDate',
    apply: (r) => {
      r.birthDate = addYears(r.applicationDate, -104);
      return true;
    },
  },
  {
    kind: 'disbursed-before-application',
    field: 'disbursementDate',
    apply: (r) => {
      if (!r.disbursementDate) return false;
      r.disbursementDate = addDays(r.applicationDate, -12);
      return true;
    },
  },
  {
    kind: 'exit-before-disbursement',
    field: 'exitDate',
    apply: (r) => {
      if (!r.disbursementDate || r.status !== 'exited') return false;
      r.exitDate = addDays(r.disbursementDate, -30);
      return true;
    },
  },
  {
    kind: 'application-date-in-future',
    field: 'applicationDate',
    apply: (r) => {
      r.applicationDate = '2035-03-15';
      r.disbursementDate = r.disbursementDate ? '2035-03-20' : '';
      if (r.exitDate) r.exitDate = '2035-09-01';
      r.birthDate = addYears('2035-03-15', -40);
      return true;
    },
  },
  {
    kind: 'exited-without-exit-date',
    field: 'exitDate',
    apply: (r) => {
      if (r.status !== 'exited') return false;
      r.exitDate = '';
      return true;
    },
  },
  {
    kind: 'exited-without-reason',
    field: 'exitReason',
    apply: (r) => {
      if (r.status !== 'exited') return false;
      r.exitReason = '';
      return true;
    },
  },
  {
    kind: 'active-with-exit-date',
    field: 'exitDate',
    apply: (r, _random, today) => {
      if (r.status !== 'active' || !r.disbursementDate) return false;
      r.exitDate = addDays(r.disbursementDate, 20) < today ? addDays(r.disbursementDate, 20) : r.disbursementDate;
      return true;
    },
  },
  {
    kind: 'installment-above-capacity',
    field: 'installmentAmount',
    apply: (r) => {
      const income = Number(r.householdIncomeMonthly);
      const installment = Math.ceil(income * 0.8);
      r.installmentAmount = String(installment);
      r.loanAmount = String(Math.round((installment * Number(r.loanTermMonths)) / 1.3));
      return true;
    },
  },
  {
    kind: 'term-does-not-fit-loan',
    field: 'loanTermMonths',
    apply: (r) => {
      r.loanTermMonths = String(Math.max(1, Math.floor(Number(r.loanTermMonths) / 3)));
      return true;
    },
  },
  {
    kind: 'gender-unknown-code',
    field: 'gender',
    apply: (r) => {
      r.gender = 'Ž';
      return true;
    },
  },
  {
    kind: 'loan-cycle-zero',
    field: 'loanCycle',
    apply: (r) => {
      r.loanCycle = '0';
      return true;
    },
  },
  {
    kind: 'area-unknown-code',
    field: 'area',
    apply: (r) => {
      r.area = 'suburb';
      return true;
    },
  },
  {
    kind: 'status-unknown-code',
    field: 'status',
    apply: (r) => {
      if (r.status === 'exited') return false;
      r.status = 'closed';
      return true;
    },
  },
  {
    kind: 'income-written-with-comma',
    field: 'householdIncomeMonthly',
    apply: (r) => {
      r.householdIncomeMonthly = `${r.householdIncomeMonthly},5`;
      return true;
    },
  },
  {
    kind: 'impossible-date',
    field: 'applicationDate',
    apply: (r) => {
      r.applicationDate = `${r.applicationDate.slice(0, 4)}-13-40`;
      return true;
    },
  },
  {
    kind: 'number-as-text',
    field: 'loanAmount',
    apply: (r) => {
      r.loanAmount = 'n/a';
      return true;
    },
  },
  {
    kind: 'required-field-missing',
    field: 'branchId',
    apply: (r) => {
      r.branchId = '';
      return true;
    },
  },
];

export const FAULT_KINDS = FAULTS.map((fault) => fault.kind);

const INCOME_SOURCES = ['incomeBusiness', 'incomeWages', 'incomeAgriculture', 'incomeRemittances', 'incomeOther'] as const;

/** Scales a clean record's incomes, keeping it consistent: the total is the sum, the level follows. */
function inflateIncomes(record: RawRecord, factor: number, line: number): void {
  let total = 0;
  for (const source of INCOME_SOURCES) {
    if (record[source] === '') continue;
    const scaled = Math.round(Number(record[source]) * factor);
    record[source] = String(scaled);
    total += scaled;
  }
  record.householdIncomeMonthly = String(total);
  record.povertyLevel = povertyLevelOf(total / Number(record.householdSize), line);
}

/** The same id as typed by another clerk: with spaces, dashes or dots. */
function reformatId(id: string, style: number): string {
  const groups = id.match(/.{1,3}/g) ?? [id];
  return groups.join([' ', '-', '.'][style % 3]);
}

/** Copies national ids onto other records, from a generator of its own so the export stays as it was. */
function addDuplicateNationalIds(records: RawRecord[], count: number, seed: number): Array<[string, string]> {
  const random = createSeededRandom(seed ^ 0x5eed);
  const used = new Set<number>();
  const pairs: Array<[string, string]> = [];
  const pickUnused = (): number => {
    for (;;) {
      const index = Math.floor(random() * records.length);
      if (!used.has(index) && records[index]!.nationalId !== '') {
        used.add(index);
        return index;
      }
    }
  };
  for (let pair = 0; pair < Math.min(count, Math.floor(records.length / 2)); pair += 1) {
    const original = records[pickUnused()]!;
    const copy = records[pickUnused()]!;
    copy.nationalId = reformatId(original.nationalId, pair);
    pairs.push([original.clientId, copy.clientId]);
  }
  return pairs;
}

function cleanRecord(index: number, random: () => number, today: string, line: number): RawRecord {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const branch = 1 + Math.floor(random() * 6);
  const householdSize = 1 + Math.floor(random() * 7);
  const dependents = Math.floor(random() * householdSize);
  // Some records sit exactly on a poverty band boundary, or within the income tolerance.
  const nearThreshold = random() < 0.2;
  const perMember = nearThreshold ? pick([line * 0.5, line, line * 1.5, line * 0.5 - 1, line - 1, line * 1.5 - 1]) : 20 + Math.floor(random() * 300);
  const total = perMember * householdSize;
  const shares = [random(), random() * 0.6, random() * 0.5, random() < 0.3 ? random() : 0, random() < 0.2 ? random() * 0.3 : 0];
  const shareSum = shares.reduce((a, b) => a + b, 0);
  const sources = shares.map((share) => Math.floor((total * share) / shareSum));
  sources[0]! += total - sources.reduce((a, b) => a + b, 0);
  if (nearThreshold && random() < 0.3) sources[0]! += Math.floor(Math.max(1, total * 0.01));
  const applicationDate = addDays(today, -(40 + Math.floor(random() * 1400)));
  const age = nearThreshold && random() < 0.3 ? 18 : 19 + Math.floor(random() * 60);
  const birthDate = addDays(addYears(applicationDate, -age), -Math.floor(random() * 300));
  const statusRoll = random();
  const status = statusRoll < 0.7 ? 'active' : statusRoll < 0.93 ? 'exited' : 'rejected';
  const disbursementDate = status === 'rejected' ? '' : addDays(applicationDate, Math.floor(random() * 20));
  const term = pick([6, 9, 12, 18, 24, 36]);
  const installment = Math.max(10, Math.floor(total * (0.05 + random() * 0.3)));
  const ratio = nearThreshold && random() < 0.3 ? pick([1, 2]) : 1.05 + random() * 0.5;
  const loanAmount = Math.round((installment * term) / ratio);
  const exitAfter =
    status === 'exited' && disbursementDate
      ? addDays(disbursementDate, 30 + Math.floor(random() * Math.max(1, Math.min(700, daysBetween(disbursementDate, today) - 31))))
      : '';
  // A loan disbursed in the last month cannot have ended 30 days later: the exit is before today.
  const exitDate = exitAfter !== '' && exitAfter >= today ? addDays(today, -1) : exitAfter;
  return {
    clientId: `C${String(index + 1).padStart(6, '0')}`,
    branchId: `BR${branch}`,
    loanOfficerId: `LO${String(branch * 10 + Math.floor(random() * 4)).padStart(2, '0')}`,
    gender: random() < 0.62 ? 'F' : random() < 0.97 ? 'M' : 'O',
    birthDate,
    area: random() < 0.55 ? 'rural' : 'urban',
    householdSize: String(householdSize),
    dependents: String(dependents),
    incomeBusiness: String(sources[0]),
    incomeWages: String(sources[1]),
    incomeAgriculture: String(sources[2]),
    incomeRemittances: sources[3] ? String(sources[3]) : '',
    incomeOther: sources[4] ? String(sources[4]) : '',
    householdIncomeMonthly: String(total),
    povertyLevel: povertyLevelOf(perMember, line),
    applicationDate,
    disbursementDate,
    loanCycle: String(1 + Math.floor(random() * random() * 8)),
    loanAmount: String(loanAmount),
    loanTermMonths: String(term),
    installmentAmount: String(installment),
    status,
    exitDate,
    exitReason: exitDate ? pick(EXIT_REASONS) : '',
    nationalId: String(1_000_000_000 + Math.floor(random() * 8_999_999_999)),
    clientSince: '',
  };
}

/**
 * Gives every disbursed client the date of the first disbursement: the current one for a first
 * loan, about a loan term per earlier cycle before it otherwise. From a generator of its own, so
 * the rest of the export stays as it was.
 */
function addClientSince(records: RawRecord[], seed: number): void {
  const random = createSeededRandom(seed ^ 0xc11e);
  for (const record of records) {
    const cycle = Number(record.loanCycle);
    if (!record.disbursementDate || !Number.isInteger(cycle) || cycle < 1) continue;
    let since = record.disbursementDate;
    for (let earlier = 1; earlier < cycle; earlier += 1) since = addDays(since, -(180 + Math.floor(random() * 360)));
    record.clientSince = since;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Generates an export: clean records (some on thresholds) and a share with exactly one fault each,
 * cycling through every fault kind.
 *
 * @example generateClientExport({ count: 400, seed: 7, faultShare: 0.25, today: '2026-06-30' })
 */
export function generateClientExport(options: GenerateOptions): GeneratedExport {
  const random = createSeededRandom(options.seed);
  const line = options.povertyLinePerMember ?? 120;
  const records: RawRecord[] = [];
  const faults = new Map<string, InjectedFault>();
  let nextFault = 0;
  for (let index = 0; index < options.count; index += 1) {
    const record = cleanRecord(index, random, options.today, line);
    if (options.biasedLoanOfficer && record.loanOfficerId === options.biasedLoanOfficer.loanOfficerId) {
      inflateIncomes(record, options.biasedLoanOfficer.incomeFactor, line);
    }
    if (random() < options.faultShare) {
      for (let attempt = 0; attempt < FAULTS.length; attempt += 1) {
        const fault = FAULTS[(nextFault + attempt) % FAULTS.length]!;
        if (fault.apply(record, random, options.today)) {
          faults.set(record.clientId, { kind: fault.kind, field: fault.field });
          nextFault = (nextFault + attempt + 1) % FAULTS.length;
          break;
        }
      }
    }
    records.push(record);
  }
  addClientSince(records, options.seed);
  if (options.duplicateNationalIds) return { records, faults, duplicates: addDuplicateNationalIds(records, options.duplicateNationalIds, options.seed) };
  return { records, faults };
}

/** CSV text of records, with a header row. */
export function toCsv(records: readonly RawRecord[]): string {
  const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${CSV_COLUMNS.join(',')}\n${records.map((record) => CSV_COLUMNS.map((column) => quote(record[column])).join(',')).join('\n')}\n`;
}

export interface LaterSnapshotOptions {
  /** The same seed as the earlier snapshot's. */
  seed: number;
  /** The date of the earlier snapshot and of this one: every change falls between them. */
  from: string;
  asOf: string;
  /** New first-cycle clients, as a share of the earlier export (default 0.15). */
  newShare?: number;
  povertyLinePerMember?: number;
}

/** What changed between the two snapshots, by client: for tests and the README. */
export interface SnapshotChanges {
  exited: string[];
  renewed: string[];
  /** clientId → [old level, new level] where the level moved. */
  moved: Map<string, [string, string]>;
  /** Clients the MIS gave a new id (same national id): old id → new id. */
  renumbered: Map<string, string>;
  /** Clients no longer in the export at all. */
  dropped: string[];
  added: string[];
}

/**
 * The same portfolio some months later, from the same seed: some active clients exit (with a
 * reason, now and then without), some renew (next loan cycle, a new disbursement), some clients'
 * incomes change so that they move between poverty levels (each record consistent on its own),
 * a few get a new client id in a migrated MIS (same national id), a few drop out of the export,
 * and new first-cycle clients join. Records with an injected fault are left as they were.
 *
 * @example
 * const later = generateLaterSnapshot(generateClientExport({ count: 400, seed: 20061, faultShare: 0.2, today: '2026-06-30' }), { seed: 20061, from: '2026-06-30', asOf: '2026-12-31' })
 */
export function generateLaterSnapshot(earlier: GeneratedExport, options: LaterSnapshotOptions): { records: RawRecord[]; changes: SnapshotChanges } {
  const random = createSeededRandom(options.seed ^ 0x1a7e5);
  const line = options.povertyLinePerMember ?? 120;
  const span = Math.max(2, daysBetween(options.from, options.asOf));
  const dayInBetween = (): string => addDays(options.from, 1 + Math.floor(random() * (span - 1)));
  const changes: SnapshotChanges = { exited: [], renewed: [], moved: new Map(), renumbered: new Map(), dropped: [], added: [] };
  const records: RawRecord[] = [];
  let nextId = earlier.records.length;
  for (const original of earlier.records) {
    const record = { ...original };
    const clean = !earlier.faults.has(record.clientId);
    if (clean && random() < 0.01) {
      changes.dropped.push(record.clientId);
      continue;
    }
    if (clean && record.status === 'active') {
      const roll = random();
      if (roll < 0.12) {
        record.status = 'exited';
        record.exitDate = dayInBetween();
        record.exitReason = random() < 0.06 ? '' : EXIT_REASONS[Math.floor(random() * EXIT_REASONS.length)]!;
        changes.exited.push(record.clientId);
      } else if (roll < 0.45) {
        const applicationDate = addDays(options.from, 1 + Math.floor(random() * Math.max(1, span - 25)));
        record.applicationDate = applicationDate;
        record.disbursementDate = addDays(applicationDate, Math.floor(random() * 20));
        record.loanCycle = String(Number(record.loanCycle) + 1);
        changes.renewed.push(record.clientId);
      }
      if (record.status === 'active' && random() < 0.35) {
        const before = record.povertyLevel;
        inflateIncomes(record, 0.6 + random() * 1.1, line);
        const income = Number(record.householdIncomeMonthly);
        // The installment must still fit the new income (repayment capacity).
        if (Number(record.installmentAmount) > income * 0.5) {
          const factor = (income * 0.4) / Number(record.installmentAmount);
          record.installmentAmount = String(Math.max(1, Math.floor(Number(record.installmentAmount) * factor)));
          record.loanAmount = String(Math.max(1, Math.round(Number(record.loanAmount) * factor)));
        }
        if (record.povertyLevel !== before) changes.moved.set(original.clientId, [before, record.povertyLevel]);
      }
      if (random() < 0.005 && record.nationalId !== '') {
        nextId += 1;
        const renumbered = `C${String(nextId).padStart(6, '0')}`;
        changes.renumbered.set(record.clientId, renumbered);
        if (changes.moved.has(record.clientId)) changes.moved.set(renumbered, changes.moved.get(record.clientId)!);
        record.clientId = renumbered;
      }
    }
    records.push(record);
  }
  const newClients = Math.round(earlier.records.length * (options.newShare ?? 0.15));
  for (let count = 0; count < newClients; count += 1) {
    nextId += 1;
    const record = cleanRecord(nextId - 1, random, options.asOf, line);
    const applicationDate = addDays(options.from, 1 + Math.floor(random() * Math.max(1, span - 25)));
    const shift = daysBetween(record.applicationDate, applicationDate);
    record.applicationDate = applicationDate;
    record.birthDate = addDays(record.birthDate, shift);
    record.disbursementDate = addDays(applicationDate, Math.floor(random() * 20));
    record.clientSince = record.disbursementDate;
    record.loanCycle = '1';
    record.status = 'active';
    record.exitDate = '';
    record.exitReason = '';
    changes.added.push(record.clientId);
    records.push(record);
  }
  return { records, changes };
}
