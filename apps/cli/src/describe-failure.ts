import { RegistryError, type RegistryErrorCode } from '@social-lens/registry/errors';
import { formatProblem, RuleSetError, RulesError, SigningError, VocabularyError } from '@social-lens/rules';
import { CommanderError } from 'commander';
import { RegistryRequestError, type RegistryRequestFailure } from './registry/registry-client.ts';
import { EXIT_CODES, type ExitCode, UsageError } from './usage-error.ts';

/** What `lens` says about an error that ended a command, and the exit code. */
export interface Failure {
  exitCode: ExitCode;
  /** Lines for standard error, without the `lens: ` prefix; empty when there is nothing to add. */
  message: string;
}

/** Every error of the registry is about what `lens admin` was given or where it runs: exit 2. */
const REGISTRY_EXIT_CODES = {
  'invalid-rule-set': EXIT_CODES.usage,
  'url-mismatch': EXIT_CODES.usage,
  'subject-mismatch': EXIT_CODES.usage,
  'tests-missing': EXIT_CODES.usage,
  'tests-failed': EXIT_CODES.usage,
  'signature-missing': EXIT_CODES.usage,
  'signature-invalid': EXIT_CODES.usage,
  'version-exists': EXIT_CODES.usage,
  'invalid-publisher-name': EXIT_CODES.usage,
  'publisher-exists': EXIT_CODES.usage,
  'data-folder-locked': EXIT_CODES.usage,
  'database-unavailable': EXIT_CODES.usage,
} as const satisfies Record<RegistryErrorCode, ExitCode>;

/** A registry that refused is the command's answer (exit 1); one that cannot be reached, or is none, is a wrong `--server` (exit 2). */
const REGISTRY_REQUEST_EXIT_CODES = {
  refused: EXIT_CODES.findings,
  unreachable: EXIT_CODES.usage,
  'not-a-registry': EXIT_CODES.usage,
} as const satisfies Record<RegistryRequestFailure, ExitCode>;

/** What the operating system says about a file lens was pointed at, by error code. */
const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'on a read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

const usage = (message: string): Failure => ({ exitCode: EXIT_CODES.usage, message });

/**
 * The one place where an error that ended a `lens` command becomes a message and an exit code,
 * told apart by class and code, never by message text: 2 for a usage or input problem (a wrong
 * option, a file that cannot be read, a rule set that does not validate or resolve, a data folder
 * held by a running service, a registry that cannot be reached), 1 for a registry that refused,
 * 0 after `--help`. Anything else is a bug: exit 3, a request to report it, and the stack only
 * with `DEBUG=1`.
 *
 * @example
 * const { exitCode, message } = describeFailure(error, process.env.DEBUG === '1')
 */
export function describeFailure(error: unknown, debug = false): Failure {
  if (error instanceof CommanderError) {
    // Commander has printed its message already.
    const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0;
    return { exitCode: ok ? EXIT_CODES.ok : EXIT_CODES.usage, message: '' };
  }
  if (error instanceof UsageError) return usage(error.message);
  if (error instanceof RuleSetError) return usage(error.problems.map(formatProblem).join('\n'));
  if (error instanceof VocabularyError) return usage(`the rule set's vocabulary at ${error.message}`);
  if (error instanceof RulesError || error instanceof SigningError) return usage(error.message);
  if (error instanceof RegistryError) return { exitCode: REGISTRY_EXIT_CODES[error.code], message: error.message };
  if (error instanceof RegistryRequestError) return { exitCode: REGISTRY_REQUEST_EXIT_CODES[error.code], message: error.message };
  const system = error as NodeJS.ErrnoException | undefined;
  if (system?.code === 'EPIPE') return { exitCode: EXIT_CODES.ok, message: '' };
  const fileProblem = system?.code === undefined ? undefined : FILE_PROBLEMS[system.code];
  if (fileProblem && typeof system?.path === 'string') return usage(`${system.path}: ${fileProblem}`);
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const where = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '\n(run again with DEBUG=1 to see where it happened)';
  return { exitCode: EXIT_CODES.internal, message: `unexpected error, please report it with the command you ran: ${what}${where}` };
}
