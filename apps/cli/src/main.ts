import { isIsoDate } from '@social-lens/rules/dates';
import { RECORD_ENGINES } from '@social-lens/rules/record-engines';
import { Command, Option } from 'commander';
import { FAIL_ON_LEVELS, OBJECTIVE_FORMATS, OUTPUT_FORMATS, PROGRESS_FORMATS, SCORECARD_FORMATS } from './option-choices.ts';
import { registerRegistryCommands } from './registry/register-registry-commands.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';
import { CLI_VERSION } from './version.ts';

/** Every language the shipped messages and report labels have. */
const MESSAGE_LANGUAGES = 'en (English), ru (Russian), bs (Bosnian; hr and sr read bs)';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

// Each command's code is imported when it runs, so that `lens --help` loads none of it.

/** `--today`: a real day of the calendar, or a usage error (an impossible one would switch off the date rules). */
function parseToday(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--today ${value}: expected a day of the calendar written YYYY-MM-DD`);
  return value;
}

function parseWorkerCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 16) throw new UsageError(`--workers ${value}: expected a whole number from 0 to 16`);
  return count;
}

function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('lens')
    .description('Social Lens: checks the social objectives and the client data of microfinance institutions.')
    .version(CLI_VERSION, '-V, --version', 'print the version of lens')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nLanguages of messages and pages (--lang): ${MESSAGE_LANGUAGES}.`)
    .exitOverride();

  const check = program.command('check').description('check client records or objectives');
  check
    .command('records')
    .description('check a client export (.csv, .ndjson, .json or .xlsx) against client-data rule sets')
    .argument('<file>', 'the export: .csv (delimiter detected), .ndjson/.jsonl (one record a line), .json (an array) or .xlsx (a worksheet)')
    .option('--sheet <name>', '.xlsx: the worksheet to read (the first by default)')
    .option('--ruleset <id|path>', 'rule set id (core/client-data@^1) or file; repeatable', collect, [])
    .option('--param <name=value>', 'set a rule-set parameter, e.g. povertyLinePerMember=150; repeatable', collect, [])
    .option('--map <file>', 'import profile (JSON): { columns, values, numbers, dates }, or a map from export columns to field names')
    .option('--locale <locale>', 'how columns that read two ways are read: ru, bs, hr, sr (decimal comma, DD.MM.YYYY) or en')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('--out <file>', 'write findings to a file instead of standard output')
    .option('--compare-with <report.json>', 'a previous --format json report: the html report shows the change per rule since then')
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when findings reach this severity').choices(FAIL_ON_LEVELS).default('error'))
    .option('--lang <lang>', `language of messages and the html report: ${MESSAGE_LANGUAGES}`, 'en')
    .option('--encoding <encoding>', 'file encoding: auto (BOM, UTF-8, else windows-1251), utf-8, utf-16le, windows-1251, windows-1250…', 'auto')
    .option('--today <date>', 'the date "in the future" is measured against (YYYY-MM-DD); today by default', parseToday)
    .addOption(
      new Option('--engine <engine>', 'rule engine: compiled closures, or json-rules-engine itself (reference)').choices(RECORD_ENGINES).default('compiled'),
    )
    .addOption(new Option('--workers <count>', 'worker threads (default: one per core for files from 8 MB, none below)').argParser(parseWorkerCount))
    .action(async (file: string, options) => setExitCode(await (await import('./commands/check-records.ts')).checkRecords(file, options)));

  check
    .command('objectives')
    .description('judge draft social objectives: specific, measurable, achievable, relevant, time-bound')
    .argument('<file>', '.txt (one objective a line) or .jsonl ({"id","text",…structured fields} a line)')
    .option('--ruleset <id|path>', 'objective rule set id or file (default core/smart-objective)')
    .option('--param <name=value>', 'set a rule-set parameter; repeatable', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(OBJECTIVE_FORMATS).default('table'))
    .option('--out <file>', 'write the results to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when findings reach this severity').choices(FAIL_ON_LEVELS).default('never'))
    .option('--lang <lang>', 'language of messages: en, ru, bs (default: the language of each objective)')
    .option('--today <date>', 'the date deadlines are measured against (YYYY-MM-DD); today by default', parseToday)
    .option(
      '--data <export[@as_of]>',
      'client exports to judge achievable from the measured indicators (several: the pace between them); repeatable',
      collect,
      [],
    )
    .action(async (file: string, options) => setExitCode(await (await import('./commands/check-objectives.ts')).checkObjectives(file, options)));

  program
    .command('scorecard')
    .description('score a client export on a poverty scorecard (PPI) and estimate poverty rates by group')
    .argument('<file>', 'the export with the answer columns: .csv, .ndjson/.jsonl or .json')
    .requiredOption('--scorecard <id|path>', 'scorecard rule set id (ppi/kgz-2015@^1) or file')
    .option('--by <field>', 'also estimate by the values of this field (branchId, loanOfficerId, loanCycle…); repeatable', collect, [])
    .option('--param <name=value>', 'set a scorecard parameter, e.g. targetingCutoffs=29 or povertyLevelLine=national-150; repeatable', collect, [])
    .option('--map <file>', 'import profile (JSON) or a map from export columns to field names (answer fields included)')
    .option('--locale <locale>', 'how columns that read two ways are read: ru, bs, hr, sr (decimal comma, DD.MM.YYYY) or en')
    .addOption(new Option('--format <format>', 'output format').choices(SCORECARD_FORMATS).default('table'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--lang <lang>', 'language of messages and labels: en, ru', 'en')
    .option('--encoding <encoding>', 'file encoding: auto (BOM, UTF-8, else windows-1251), utf-8, utf-16le, windows-1251, windows-1250…', 'auto')
    .action(async (file: string, options) => setExitCode(await (await import('./commands/score-export.ts')).scoreExport(file, options)));

  program
    .command('progress')
    .description('indicators per snapshot and segment, movement between snapshots, and how far each objective has come')
    .argument('<exports...>', 'dated client exports, EXPORT[@AS_OF] (YYYY-MM-DD; default: the latest date in the file), oldest to newest in any order')
    .option('--indicators <id|path>', 'indicators rule set id or file (default core/spm-indicators); repeatable', collect, [])
    .option('--scorecard <id|path>', "also measure a scorecard's poverty rate per line (ppi/kgz-2015@^1) from the answer columns; repeatable", collect, [])
    .option('--objectives <file>', '.jsonl of objectives with indicator, baseline, baselineDate, target, deadline (as lens check objectives reads)')
    .option('--period <from..to>', 'the period every snapshot is measured over (default: the 12 months ending at its date)')
    .option('--map <file>', 'import profile (JSON): { columns, values, numbers, dates }, or a map from export columns to field names')
    .option('--locale <locale>', 'how columns that read two ways are read: ru, bs, hr, sr (decimal comma, DD.MM.YYYY) or en')
    .addOption(new Option('--format <format>', 'output format').choices(PROGRESS_FORMATS).default('table'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--lang <lang>', 'language of the table and the page: en, ru, bs (hr, sr read bs)', 'en')
    .option('--encoding <encoding>', 'file encoding: auto (BOM, UTF-8, else windows-1251), utf-8, utf-16le, windows-1251, windows-1250…', 'auto')
    .option('--today <date>', 'dates after this do not date a snapshot (YYYY-MM-DD); today by default', parseToday)
    .action(async (exports: string[], options) => setExitCode(await (await import('./commands/progress.ts')).progress(exports, options)));

  const ruleset = program.command('ruleset').description('work with rule-set documents');
  ruleset
    .command('lint')
    .description('validate rule-set files and resolve them against the shipped rule sets')
    .argument('<files...>', 'rule-set JSON files')
    .action(async (files: string[]) => setExitCode(await (await import('./commands/ruleset-lint.ts')).lintRuleSets(files)));
  ruleset
    .command('test')
    .description('run the scenario tests of rule sets (every tests.json below PATH, default the shipped rules/)')
    .argument('[path]', 'a tests.json file or a folder')
    .action(async (path: string | undefined) => setExitCode(await (await import('./commands/ruleset-test.ts')).testRuleSets(path)));
  registerRegistryCommands(program, ruleset, setExitCode);
  return program;
}

async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT_CODES.ok;
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    const { describeFailure } = await import('./describe-failure.ts');
    const failure = describeFailure(error, process.env['DEBUG'] === '1');
    if (failure.message) process.stderr.write(`lens: ${failure.message}\n`);
    // A closed pipe (`lens … | head`) ends the command as it was going.
    return failure.exitCode === EXIT_CODES.ok ? exitCode : failure.exitCode;
  }
}

// `pnpm lens …` runs from the workspace root; file arguments are relative to where it was typed.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
});
process.exitCode = await main(process.argv);
