import { readClientRecord, todayIso } from '@social-lens/rules';
import { progressOverSnapshots, type SnapshotSource } from '@social-lens/rules/indicators';
import {
  type ConventionDecision,
  canonicalFieldOf,
  DEFAULT_RECORD_RULE_SETS,
  detectConventions,
  type ImportProfile,
  type LocaleDefaults,
  localeDefaults,
  NO_IMPORT_PROFILE,
  type RawRecord,
  readImportProfile,
  readRecordsText,
  recordOfJson,
} from '@social-lens/rules/records-input';
import { Hono } from 'hono';
import { PROGRESS_REQUEST_SCHEMA } from '../../api/progress-request-schema.ts';
import { readJsonBody } from '../../api/read-json-body.ts';
import { createBodyValidator } from '../../api/validate-body.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { resolveForCheck } from '../../checks/resolve-for-check.ts';
import { ProblemError } from '../../problems/problem-error.ts';

/** The indicators a progress request is measured by when it names none: as `lens progress`. */
const DEFAULT_INDICATOR_RULE_SETS = ['core/spm-indicators'];

const validateRequest = createBodyValidator(PROGRESS_REQUEST_SCHEMA);

type ProgressRequest = ReturnType<typeof validateRequest>;

function tooMany(limit: number, path: string, what: string): ProblemError {
  return new ProblemError(413, {
    kind: what === 'objectives' ? 'too-many-objectives' : 'too-many-records',
    detail: `more than ${limit} ${what} at ${path}; send fewer`,
    errors: [{ path, message: `at most ${limit} ${what}`, code: what === 'objectives' ? 'too-many-objectives' : 'too-many-records' }],
  });
}

type Locale = { name: string; defaults: LocaleDefaults };

/** A request snapshot as a source of records, read through the import profile as a records check reads its body: read once into items, then handed over on demand. */
function sourceOf(
  snapshot: ProgressRequest['snapshots'][number],
  index: number,
  profile: ImportProfile,
  limit: number,
  locale: Locale | undefined,
): { source: SnapshotSource; records: number } {
  const { map } = profile;
  const localeOption = locale === undefined ? {} : { locale };
  const path = `/snapshots/${index}`;
  const name = snapshot.name ?? `snapshot ${index + 1}`;
  let columns: Array<{ column: string; field?: string }>;
  let raws: RawRecord[];
  let unreadableRows = 0;
  let firstUnreadable: string | undefined;
  let conventions: ConventionDecision[];
  if (snapshot.csv !== undefined) {
    const { header, items, decisions } = readRecordsText(snapshot.csv, { format: 'csv', map, profile, ...localeOption, source: `${path}/csv` });
    conventions = decisions;
    raws = items.flatMap((item) => (item.kind === 'record' ? [item.raw] : []));
    for (const item of items) {
      if (item.kind !== 'input-finding' || item.finding.severity !== 'error') continue;
      unreadableRows += 1;
      firstUnreadable ??= `line ${item.finding.line}: ${item.finding.message}`;
    }
    const fields = header?.layout.fields ?? [];
    columns = (header?.columns ?? []).map((column, position) => (fields[position] === undefined ? { column } : { column, field: fields[position] }));
    if (raws.length > limit) throw tooMany(limit, `${path}/csv`, 'records');
  } else {
    const records = snapshot.records ?? [];
    if (records.length > limit) throw tooMany(limit, `${path}/records`, 'records');
    const detected = detectConventions([], profile, [], localeOption);
    conventions = detected.decisions;
    const items = records.flatMap((record, position) => recordOfJson(record, map, position + 1, detected.conventions));
    raws = items.flatMap((item) => (item.kind === 'record' ? [item.raw] : []));
    unreadableRows = items.filter((item) => item.kind === 'input-finding' && item.finding.severity === 'error').length;
    const keys = new Set<string>();
    for (const record of records) for (const key of Object.keys(record as object)) keys.add(key);
    columns = [...keys].slice(0, 500).map((column) => {
      const field = canonicalFieldOf(column, map);
      return field === undefined ? { column } : { column, field };
    });
  }
  const read = raws.map((raw) => readClientRecord(raw));
  return {
    records: read.length,
    source: {
      name,
      path: snapshot.asOf === undefined ? path : `${path}/asOf`,
      ...(snapshot.asOf === undefined ? {} : { asOf: snapshot.asOf }),
      read: async (onRecord) => {
        for (const record of read) onRecord(record);
        return { columns, unreadableRows, conventions, ...(firstUnreadable === undefined ? {} : { firstUnreadable }) };
      },
    },
  };
}

/**
 * `POST /v1/progress`: dated snapshots of a client export (`records` or `csv` each), indicators
 * rule sets from the registry (`core/spm-indicators` by default), objectives and a period.
 * Answers what `lens progress --format json` writes: indicators per snapshot and segment,
 * transitions between consecutive snapshots, objectives' status, coverage and the problems of
 * the input (a bad date or period is one of them, not a 4xx). Records are read through the
 * records-input module, as the CLI reads files; more records in one snapshot than the records
 * limit, or more objectives than the objectives limit, is a 413. Client records and objective
 * texts are neither stored nor logged: the log line holds counts.
 *
 * @example
 * await app.request('/v1/progress', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ snapshots: [{ asOf: '2026-06-30', csv }] }) })
 */
export function createProgressRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/v1/progress', async (c) => {
    const services = c.get('services');
    const { limits } = services;
    const body = validateRequest(await readJsonBody(c));
    if ((body.objectives?.length ?? 0) > limits.objectives) throw tooMany(limits.objectives, '/objectives', 'objectives');
    const profile = body.map ? readImportProfile(body.map, { path: '/map' }) : NO_IMPORT_PROFILE;
    const locale = body.locale === undefined ? undefined : { name: body.locale, defaults: localeDefaults(body.locale)! };
    const read = body.snapshots.map((snapshot, index) => sourceOf(snapshot, index, profile, limits.records, locale));
    const references = body.indicators ?? DEFAULT_INDICATOR_RULE_SETS;
    const ruleSets = await resolveForCheck(services, references, new Map(), {
      paramsPath: '/params',
      referencesPath: body.indicators ? '/indicators' : 'default rule set',
    });
    const wrong = ruleSets.flatMap((ruleSet, index) =>
      ruleSet.subject === 'indicators'
        ? []
        : [{ path: `/indicators/${index}`, message: `${ruleSet.ref} is a rule set for ${ruleSet.subject}, not indicators`, code: 'subject' }],
    );
    if (wrong.length > 0) throw new ProblemError(422, { kind: 'wrong-subject', detail: wrong[0]!.message, errors: wrong });
    const coverageRuleSets = await resolveForCheck(services, DEFAULT_RECORD_RULE_SETS, new Map(), {
      paramsPath: '/params',
      referencesPath: 'default rule set',
    });
    const counts = c.get('logCounts');
    counts['snapshots'] = read.length;
    counts['records'] = read.reduce((total, item) => total + item.records, 0);
    counts['objectives'] = body.objectives?.length ?? 0;
    const report = await progressOverSnapshots(
      read.map((item) => item.source),
      {
        ruleSets,
        coverageRuleSets,
        ...(body.objectives ? { objectives: body.objectives } : {}),
        ...(body.period === undefined ? {} : { period: body.period, periodPath: '/period' }),
        ...(body.lang ? { lang: body.lang } : {}),
        today: body.today ?? todayIso(),
      },
    );
    counts['problems'] = report.problems.length;
    return c.json(report);
  });
  return routes;
}
