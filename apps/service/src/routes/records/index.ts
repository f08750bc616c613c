import { type Finding, todayIso } from '@social-lens/rules';
import { createPortfolioRun } from '@social-lens/rules/aggregate';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { parseJsonText } from '../../api/read-json-body.ts';
import { RECORDS_CHECK_REQUEST_SCHEMA } from '../../api/records-check-request-schema.ts';
import { createBodyValidator } from '../../api/validate-body.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { recordCheckerFor } from '../../checks/checker-cache.ts';
import { readRecordsInput } from '../../checks/read-records-input.ts';
import { resolveForCheck } from '../../checks/resolve-for-check.ts';
import { ProblemError } from '../../problems/problem-error.ts';

/** The rule sets a check uses when the request names none: the same as `lens check records`. */
export const DEFAULT_RECORD_RULE_SETS = ['core/client-data', 'core/portfolio'];
/** Same rule id as `lens check records` gives a line it cannot read. */
export const INPUT_RULE_ID = 'lens/input#readable-row';

interface RecordsOptions {
  rulesets?: string[];
  params?: Record<string, unknown>;
  map?: Record<string, string>;
  lang?: string;
  today?: string;
}

const validateOptions = createBodyValidator<RecordsOptions & { records: unknown[] }>(RECORDS_CHECK_REQUEST_SCHEMA);
const validateQueryOptions = createBodyValidator<RecordsOptions>({ ...RECORDS_CHECK_REQUEST_SCHEMA, $id: 'query-options', required: [] });

function queryOptions(query: (name: string) => string | undefined, queries: (name: string) => string[] | undefined): { options: RecordsOptions; textParams: boolean } {
  const options: RecordsOptions = {};
  const rulesets = queries('ruleset');
  if (rulesets && rulesets.length > 0) options.rulesets = rulesets;
  const params = queries('param');
  if (params && params.length > 0) {
    options.params = {};
    for (const [index, pair] of params.entries()) {
      const equals = pair.indexOf('=');
      if (equals <= 0) throw new ProblemError(422, { kind: 'invalid-query', detail: `param "${pair}": expected name=value`, errors: [{ path: `query.param/${index}`, message: 'expected name=value' }] });
      options.params[pair.slice(0, equals)] = pair.slice(equals + 1);
    }
  }
  const map = query('map');
  if (map !== undefined) options.map = parseJsonText(map, 'query.map: ') as Record<string, string>;
  for (const name of ['lang', 'today'] as const) {
    const value = query(name);
    if (value !== undefined) options[name] = value;
  }
  try {
    return { options: validateQueryOptions(options), textParams: params !== undefined };
  } catch (error) {
    if (error instanceof ProblemError) {
      const errors = (error.body.errors ?? []).map((item) => ({ ...item, path: `query.${item.path.replace(/^\//, '').replace('rulesets', 'ruleset')}` }));
      throw new ProblemError(422, { kind: 'invalid-query', detail: `the query does not match its schema: ${errors[0]?.path} ${errors[0]?.message}`, errors });
    }
    throw error;
  }
}

function applyMap(raw: Record<string, unknown>, map: Readonly<Record<string, string>> | undefined): Record<string, unknown> {
  if (!map) return raw;
  const mapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) mapped[map[key] ?? key] = value;
  return mapped;
}

/**
 * `POST /v1/records/check`: client records as a JSON array (or `{ records, rulesets, params,
 * map, lang, today }`), NDJSON or `text/csv` (options in the query: `ruleset`, `param=name=value`,
 * `map`, `lang`, `today`). Answers `{ findings, summary }` as JSON, or one finding per line as a
 * streamed `application/x-ndjson` when asked with `Accept` (the default for NDJSON and CSV input).
 *
 * @example
 * await app.request('/v1/records/check?ruleset=core/client-data@^1', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv })
 */
export function createRecordsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/v1/records/check', async (c) => {
    const services = c.get('services');
    const input = readRecordsInput(c.req.header('content-type'), await c.req.text(), services.limits.records);
    const fromQuery = queryOptions((name) => c.req.query(name), (name) => c.req.queries(name));
    const fromBody = input.options ? validateOptions(input.options) : undefined;
    const options: RecordsOptions = { ...fromQuery.options, ...fromBody };
    const references = options.rulesets ?? DEFAULT_RECORD_RULE_SETS;
    const paramsFromBody = fromBody?.params !== undefined;
    const ruleSets = await resolveForCheck(
      services,
      references,
      options.params ?? {},
      paramsFromBody ? '/params' : 'query.param',
      fromBody?.rulesets ? '/rulesets' : 'query.ruleset',
      !paramsFromBody && fromQuery.textParams,
    );
    const lang = options.lang ?? 'en';
    const today = options.today ?? todayIso();
    const checkers = ruleSets.map((ruleSet) => recordCheckerFor(ruleSet, lang, today));
    const counts = c.get('logCounts');
    counts.records = input.items.filter((item) => item.kind === 'record').length;

    // Portfolio rules (loan-officer outliers, duplicates, exits by branch) see the whole request,
    // in one pass next to the record checks; their findings follow the records'.
    const portfolio = createPortfolioRun(ruleSets, { lang, today });

    async function* findings(): AsyncGenerator<Finding> {
      for (const item of input.items) {
        if (item.kind === 'problem') {
          yield { ruleId: INPUT_RULE_ID, ruleSet: 'lens/input', severity: 'error', recordId: `line ${item.line}`, line: item.line, fields: [], message: item.message };
          continue;
        }
        const raw = applyMap(item.raw, options.map);
        for (const checker of checkers) yield* await checker.check(raw, { line: item.line });
        if (portfolio.active) portfolio.add(portfolio.collect(raw, item.line, false));
      }
      if (portfolio.active) yield* portfolio.finish();
    }

    const accept = c.req.header('accept') ?? '';
    const ndjson = accept.includes('application/x-ndjson') || (!accept.includes('application/json') && input.format !== 'json');
    if (ndjson) {
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      c.header('x-rule-sets', ruleSets.map((ruleSet) => ruleSet.ref).join(', '));
      // The log line is written when the response starts, before findings are counted.
      counts.streamed = 1;
      return stream(c, async (out) => {
        let batch = '';
        for await (const finding of findings()) {
          batch += `${JSON.stringify(finding)}\n`;
          if (batch.length > 64 * 1024) {
            await out.write(batch);
            batch = '';
          }
        }
        if (batch) await out.write(batch);
      });
    }
    const all: Finding[] = [];
    const withFindings = new Set<number>();
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for await (const finding of findings()) {
      all.push(finding);
      bySeverity[finding.severity] += 1;
      if (finding.line !== undefined) withFindings.add(finding.line);
    }
    counts.findings = all.length;
    return c.json({
      findings: all,
      summary: { records: counts.records, recordsWithFindings: withFindings.size, findings: all.length, bySeverity, ruleSets: ruleSets.map((ruleSet) => ruleSet.ref) },
    });
  });
  return routes;
}
