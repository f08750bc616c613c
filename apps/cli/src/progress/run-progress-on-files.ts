import type { ResolvedRuleSet } from '@social-lens/rules';
import { type ObjectiveInput, type ProgressReport, progressOverSnapshots, type RawRecordMeasure, type SnapshotSource } from '@social-lens/rules/indicators';
import type { ImportProfile, LocaleDefaults } from '@social-lens/rules/records-input';
import { displayPath } from '../rule-sets/load-rule-set-files.ts';
import { readSnapshot } from './read-snapshot.ts';
import { parseSnapshotArgument } from './snapshot-argument.ts';

export interface ProgressOnFilesOptions {
  /** `EXPORT[@AS_OF]` as given on the command line. */
  exports: readonly string[];
  indicatorRuleSets: readonly ResolvedRuleSet[];
  /** The record rule sets whose fields count as used in coverage (core/client-data, core/portfolio). */
  recordRuleSets: readonly ResolvedRuleSet[];
  objectives?: readonly ObjectiveInput[];
  /** `FROM..TO`, as given. */
  period?: string;
  /** The import profile (`--map`), read as `lens check records` reads it. */
  profile: ImportProfile;
  locale?: { name: string; defaults: LocaleDefaults };
  encoding: string;
  lang: string;
  /** Dates after this are not taken as a snapshot's date (a mistyped 2035). */
  today: string;
  warn: (message: string) => void;
  /** Indicators measured from the raw records (`--scorecard`). */
  rawMeasures?: readonly RawRecordMeasure[];
}

/**
 * Runs `lens progress` over export files: each a snapshot read in chunks through the shared
 * records input (twice when it has no `@AS_OF`: once to date it), measured, judged and covered
 * as the service does with a request (`progressOverSnapshots`). Rows that cannot be read are a
 * problem of the report with their count (`lens check records` lists them).
 */
export async function runProgressOnFiles(options: ProgressOnFilesOptions): Promise<ProgressReport> {
  const sources = options.exports.map((argument): SnapshotSource => {
    const { file, asOf } = parseSnapshotArgument(argument);
    const name = displayPath(file);
    let warned = false;
    return {
      name,
      ...(asOf === undefined ? {} : { asOf }),
      read: async (onRecord) => {
        // Read twice when it has no date: its header is warned about once.
        const reading = await readSnapshot(
          file,
          {
            profile: options.profile,
            ...(options.locale ? { locale: options.locale } : {}),
            encoding: options.encoding,
            warn: warned ? () => {} : options.warn,
            tell: warned ? () => {} : (message) => process.stderr.write(`${message}\n`),
            fileName: name,
          },
          onRecord,
        );
        warned = true;
        return reading;
      },
    };
  });
  return progressOverSnapshots(sources, {
    ruleSets: options.indicatorRuleSets,
    coverageRuleSets: options.recordRuleSets,
    ...(options.objectives ? { objectives: options.objectives } : {}),
    ...(options.period === undefined ? {} : { period: options.period, periodPath: '--period' }),
    lang: options.lang,
    ...(options.rawMeasures ? { rawMeasures: options.rawMeasures } : {}),
    today: options.today,
    notice: options.warn,
  });
}
