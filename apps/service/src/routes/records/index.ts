import { type Finding, todayIso, unreadLanguage } from '@social-lens/rules';
import { createPortfolioRun } from '@social-lens/rules/aggregate';
import {
  DEFAULT_RECORD_RULE_SETS,
  INPUT_RULE_SET,
  type InputLocale,
  localeDefaults,
  NO_IMPORT_PROFILE,
  parseParameterAssignments,
  readImportProfile,
} from '@social-lens/rules/records-input';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { parseJsonText } from '../../api/read-json-body.ts';
import { RECORDS_CHECK_REQUEST_SCHEMA } from '../../api/records-check-request-schema.ts';
import { createBodyValidator } from '../../api/validate-body.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { recordCheckerFor } from '../../checks/checker-cache.ts';
import { createFindingBudget } from '../../checks/finding-budget.ts';
import { readRecordsBody, recordsOfBody } from '../../checks/read-records-input.ts';
import { recordsOfWorkbookBody } from '../../checks/read-workbook-body.ts';
import { resolveForCheck } from '../../checks/resolve-for-check.ts';
import { warningsHeader } from '../../checks/warnings-header.ts';
import { ProblemError } from '../../problems/problem-error.ts';

interface RecordsOptions {
  rulesets?: string[];
  params?: Record<string, unknown>;
  map?: Record<string, unknown>;
  locale?: InputLocale;
  lang?: string;
  today?: string;
}

const validateOptions = createBodyValidator<RecordsOptions & { records: unknown[] }>(RECORDS_CHECK_REQUEST_SCHEMA);
const validateQueryOptions = createBodyValidator<RecordsOptions>({ ...RECORDS_CHECK_REQUEST_SCHEMA, $id: 'query-options', required: [] });

/** Options from the query string; `param=name=value` pairs are kept as text, to be read by their declared types. */
function queryOptions(
  query: (name: string) => string | undefined,
  queries: (name: string) => string[] | undefined,
): { options: RecordsOptions; textParams?: ReadonlyMap<string, string> } {
  const options: RecordsOptions = {};
  const rulesets = queries('ruleset');
  if (rulesets && rulesets.length > 0) options.rulesets = rulesets;
  const params = queries('param');
  const textParams = params && params.length > 0 ? parseParameterAssignments(params, (index) => `query.param/${index}`) : undefined;
  const map = query('map');
  if (map !== undefined) options.map = parseJsonText(map, 'query.map: ') as Record<string, unknown>;
  for (const name of ['lang', 'today'] as const) {
    const value = query(name);
    if (value !== undefined) options[name] = value;
  }
  const locale = query('locale');
  if (locale !== undefined) options.locale = locale as InputLocale;
  try {
    return { options: validateQueryOptions(options), ...(textParams ? { textParams } : {}) };
  } catch (error) {
    if (error instanceof ProblemError) {
      const errors = (error.body.errors ?? []).map((item) => ({ ...item, path: `query.${item.path.replace(/^\//, '').replace('rulesets', 'ruleset')}` }));
      throw new ProblemError(422, { kind: 'invalid-query', detail: `the query does not match its schema: ${errors[0]?.path} ${errors[0]?.message}`, errors });
    }
    throw error;
  }
}

/**
 * `POST /v1/records/check`: client records as a JSON array (or `{ records, rulesets, params,
 * map, locale, lang, today }`), NDJSON or `text/csv` (options in the query: `ruleset`, `param=name=value`,
 * `map` (an import profile), `locale`, `lang`, `today`; a `charset` in the content type is honoured). The export is read by
 * `@social-lens/rules/records-input`, as `lens check records` reads a file, so both give the same
 * findings, those about unreadable rows included. Answers `{ findings, summary }` as JSON, or one
 * finding per line as a streamed `application/x-ndjson` when asked with `Accept` (the default for
 * NDJSON and CSV input).
 *
 * @example
 * await app.request('/v1/records/check?ruleset=core/client-data@^1', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv })
 */
export function createRecordsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/v1/records/check', async (c) => {
    const services = c.get('services');
    const body = readRecordsBody(c.req.header('content-type'), await c.req.arrayBuffer(), services.limits.records);
    const fromQuery = queryOptions(
      (name) => c.req.query(name),
      (name) => c.req.queries(name),
    );
    const fromBody = body.format === 'json' && body.options ? validateOptions(body.options) : undefined;
    const options: RecordsOptions = { ...fromQuery.options, ...fromBody };
    const profile = options.map ? readImportProfile(options.map, { path: fromBody?.map ? '/map' : 'query.map' }) : NO_IMPORT_PROFILE;
    const locale = options.locale === undefined ? undefined : { name: options.locale, defaults: localeDefaults(options.locale)! };
    const { items, decisions } =
      body.format === 'xlsx'
        ? await recordsOfWorkbookBody(body.bytes, profile, services.limits.records, locale)
        : recordsOfBody(body, profile, services.limits.records, locale);
    const references = options.rulesets ?? DEFAULT_RECORD_RULE_SETS;
    const paramsFromBody = fromBody?.params !== undefined;
    const warnings: string[] = [];
    const ruleSets = await resolveForCheck(
      services,
      references,
      paramsFromBody ? new Map(Object.entries(fromBody.params ?? {})) : (fromQuery.textParams ?? new Map()),
      {
        paramsPath: paramsFromBody ? '/params' : 'query.param',
        referencesPath: fromBody?.rulesets ? '/rulesets' : 'query.ruleset',
        paramsAreText: !paramsFromBody,
        warn: (message) => warnings.push(message),
      },
    );
    const referencesPath = fromBody?.rulesets ? '/rulesets' : options.rulesets ? 'query.ruleset' : 'default rule set';
    const wrong = ruleSets.flatMap((ruleSet, index) =>
      ruleSet.subject === 'client-record'
        ? []
        : [{ path: `${referencesPath}/${index}`, message: `${ruleSet.ref} is a rule set for ${ruleSet.subject}, not for client records`, code: 'subject' }],
    );
    if (wrong.length > 0) throw new ProblemError(422, { kind: 'wrong-subject', detail: wrong[0]!.message, errors: wrong });
    const lang = options.lang ?? 'en';
    const unread = unreadLanguage(ruleSets, lang);
    if (unread) warnings.push(`lang: ${unread}`);
    if (warnings.length > 0) c.header('x-lens-warnings', warningsHeader(warnings));
    const today = options.today ?? todayIso();
    const checkers = ruleSets.map((ruleSet) => recordCheckerFor(ruleSet, lang, today));
    const counts = c.get('logCounts');
    counts['records'] = items.filter((item) => item.kind === 'record').length;

    // Portfolio rules (loan-officer outliers, duplicates, exits by branch) see the whole request,
    // in one pass next to the record checks; their findings follow the records'.
    const portfolio = createPortfolioRun(ruleSets, { lang, today });

    // Every finding is counted; at most `findingsPerRecord` of one record and `findingsPerRequest`
    // in all are sent, so no answer grows with the product of records and rules.
    const budget = createFindingBudget({ perRequest: services.limits.findingsPerRequest, perRecord: services.limits.findingsPerRecord });
    const withFindings = new Set<number>();
    const bySeverity = { error: 0, warning: 0, info: 0 };
    const counted = (found: readonly Finding[]): readonly Finding[] => {
      for (const finding of found) {
        bySeverity[finding.severity] += 1;
        // As the CLI counts: findings about the input (the header, unreadable rows) are no record's.
        if (finding.line !== undefined && finding.ruleSet !== INPUT_RULE_SET) withFindings.add(finding.line);
      }
      return found;
    };

    async function* findings(): AsyncGenerator<Finding> {
      for (const item of items) {
        if (item.kind === 'input-finding') {
          yield* budget.keep(counted([item.finding]));
          continue;
        }
        const ofRecord: Finding[] = [];
        for (const checker of checkers) ofRecord.push(...(await checker.check(item.raw, { line: item.line })));
        yield* budget.keep(counted(ofRecord));
        if (portfolio.active) portfolio.add(portfolio.collect(item.raw, item.line, false));
      }
      if (portfolio.active) yield* budget.keep(counted([...portfolio.finish()]), false);
    }

    const accept = c.req.header('accept') ?? '';
    const ndjson = accept.includes('application/x-ndjson') || (!accept.includes('application/json') && body.format !== 'json');
    if (ndjson) {
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      c.header('x-rule-sets', ruleSets.map((ruleSet) => ruleSet.ref).join(', '));
      // The log line is written when the response starts, before findings are counted.
      // The log line is written when the response starts, before findings are counted.
      counts['streamed'] = 1;
      return stream(c, async (out) => {
        let batch = '';
        for await (const finding of findings()) {
          batch += `${JSON.stringify(finding)}\n`;
          if (batch.length > 64 * 1024) {
            await out.write(batch);
            batch = '';
          }
        }
        // A stream cut short ends with one line that is no finding and says so.
        const bounded = budget.counts();
        if (bounded.truncated) batch += `${JSON.stringify(bounded)}\n`;
        if (batch) await out.write(batch);
      });
    }
    const all: Finding[] = [];
    for await (const finding of findings()) all.push(finding);
    const bounded = budget.counts();
    counts['findings'] = bounded.findings;
    return c.json({
      findings: all,
      summary: {
        records: counts['records'],
        recordsWithFindings: withFindings.size,
        ...bounded,
        bySeverity,
        ruleSets: ruleSets.map((ruleSet) => ruleSet.ref),
        input: { conventions: decisions },
        ...(warnings.length > 0 ? { warnings } : {}),
      },
    });
  });
  return routes;
}
