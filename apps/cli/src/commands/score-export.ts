import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import {
  assertAnswerColumns,
  canonicalFieldOf,
  createColumnMap,
  declaredRecordFields,
  describeDecisions,
  forEachRecordOfText,
} from '@social-lens/rules/records-input';
import { createPovertyRateEstimator, createScorecardScorer } from '@social-lens/rules/scorecard';
import { openExport } from '../input/open-export.ts';
import { readImportProfileFile } from '../input/read-column-map-file.ts';
import { readInputLocale } from '../input/read-input-locale.ts';
import type { SCORECARD_FORMATS } from '../option-choices.ts';
import { createProgress } from '../output/progress.ts';
import { createFindingSpool } from '../output/scorecard/finding-spool.ts';
import { renderScorecardHtml } from '../output/scorecard/render-scorecard-html.ts';
import { renderScorecardTable } from '../output/scorecard/render-scorecard-table.ts';
import { type ScorecardResult, scorecardJsonParts } from '../output/scorecard/scorecard-result.ts';
import { loadCatalog } from '../rule-sets/load-catalog.ts';
import { displayPath } from '../rule-sets/load-rule-set-files.ts';
import { resolveForCli } from '../rule-sets/resolve-for-cli.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

type ScorecardFormat = (typeof SCORECARD_FORMATS)[number];

const CHUNK_BYTES = 1024 * 1024;

export interface ScoreExportOptions {
  /** A scorecard rule set: `ppi/kgz-2015@^1` or a file. */
  scorecard: string;
  /** Fields whose values form groups, each on its own. */
  by: string[];
  param: string[];
  map?: string;
  locale?: string;
  format: ScorecardFormat;
  out?: string;
  lang: string;
  encoding: string;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

/** The keys of the first JSON record of an NDJSON chunk, to tell which answer columns an export has. */
function firstJsonKeys(text: string): string[] | undefined {
  for (const line of text.split('\n', 50)) {
    const content = line.trim();
    if (content === '') continue;
    try {
      const value: unknown = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
      return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * `lens scorecard FILE --scorecard ID|PATH [--by FIELD]…`: scores every record of a client export
 * on a scorecard rule set and estimates poverty rates per line — the mean of the likelihoods,
 * with n, the records left out and a 95% interval — for the whole export, then for each `--by`
 * field's groups. One pass over the file; memory grows with the groups (findings wait on disk). The
 * answer columns (non-canonical fields the scorecard declares) pass through the records input;
 * an export without any of them is refused (exit 2), listing the fields expected.
 */
export async function scoreExport(file: string, options: ScoreExportOptions): Promise<number> {
  const warn = (message: string): void => {
    process.stderr.write(`warning: ${message}\n`);
  };
  const fileName = displayPath(file);
  const { catalog, references } = loadCatalog([options.scorecard]);
  const [ruleSet] = resolveForCli(catalog, references, options.param);
  if (!ruleSet?.scorecard) {
    throw new UsageError(
      `--scorecard ${options.scorecard}: ${ruleSet?.ref ?? 'it'} is a rule set for ${ruleSet?.subject ?? 'something else'}, not a scorecard (e.g. ppi/kgz-2015@^1)`,
    );
  }
  const declared = declaredRecordFields([ruleSet]);
  const profile = options.map
    ? readImportProfileFile(options.map, displayPath(options.map), declared)
    : { map: createColumnMap([], '', declared).map, values: new Map() };
  const { map } = profile;
  const locale = readInputLocale(options.locale);
  const by = options.by.map((field) => {
    const known = canonicalFieldOf(field, map);
    if (known === undefined) {
      // The column map's own words for a name that is no field, with its "did you mean".
      const problem = createColumnMap([[field, field]], '', declared).problems[0];
      throw new UsageError(`--by ${field}: ${problem?.message ?? 'not a field of the records'}`);
    }
    return known;
  });

  const source = openExport(file, { map, profile, ...(locale ? { locale } : {}), encoding: options.encoding, warn, fileName });
  if (source.decisions.length > 0) process.stderr.write(`${fileName}: ${describeDecisions(source.decisions)}\n`);
  if (source.columns) assertAnswerColumns(source.columns, map, [ruleSet], { source: fileName });
  const scorer = createScorecardScorer(ruleSet, { lang: options.lang });
  const estimator = createPovertyRateEstimator(scorer.scorecard, { by });
  const findings = createFindingSpool();
  for (const finding of source.headerFindings) findings.add(finding);
  const output: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  const progress = createProgress(source.size, 'scoring');
  const decoder = new TextDecoder(source.encoding);
  let records = 0;
  let scored = 0;
  let checkedColumns = source.columns !== undefined;
  try {
    for await (const chunk of source.chunks(CHUNK_BYTES)) {
      const text = decoder.decode(chunk.bytes);
      if (!checkedColumns) {
        checkedColumns = true;
        const keys = firstJsonKeys(text);
        if (keys) assertAnswerColumns(keys, map, [ruleSet], { source: fileName, path: `line ${chunk.firstLine}` });
      }
      let lines = '';
      forEachRecordOfText(text, chunk.firstLine, source.layout, (item) => {
        if (item.kind === 'input-finding') {
          findings.add(item.finding);
          return;
        }
        records += 1;
        const result = scorer.score(item.raw, { line: item.line });
        estimator.add(result, item.raw);
        for (const finding of result.findings) findings.add(finding);
        if (result.score === null) return;
        scored += 1;
        if (options.format === 'ndjson') {
          lines += `${JSON.stringify({ recordId: result.recordId, score: result.score, band: result.band, likelihoods: result.likelihoods })}\n`;
        }
      });
      await write(output, lines);
      progress.update(chunk.endOffset, records);
    }
  } finally {
    progress.stop();
  }

  try {
    const result: ScorecardResult = {
      scorecard: ruleSet.ref,
      title: scorer.scorecard.title,
      definition: scorer.scorecard,
      fileName,
      records,
      scored,
      groups: estimator.finish(),
      findings: findings.kept,
      findingCount: findings.count,
      byCheck: findings.byCheck,
    };
    switch (options.format) {
      case 'ndjson':
        for await (const line of findings.lines()) await write(output, `${line}\n`);
        break;
      case 'json': {
        const { open, close } = scorecardJsonParts(result, options.lang);
        await write(output, open);
        let first = true;
        for await (const line of findings.lines()) {
          await write(output, `${first ? '' : ','}\n    ${line}`);
          first = false;
        }
        await write(output, close);
        break;
      }
      case 'html':
        await write(output, renderScorecardHtml(result, options.lang, by));
        break;
      default:
        await write(output, renderScorecardTable(result, options.lang));
    }
  } finally {
    findings.dispose();
  }
  if (options.out) {
    output.end();
    await once(output, 'finish');
  }
  if (options.out || options.format === 'html')
    process.stderr.write(`${fileName}: ${records} records, ${scored} scored, ${records - scored} left out, ${findings.count} findings\n`);
  return EXIT_CODES.ok;
}
