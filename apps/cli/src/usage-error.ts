/** A mistake in how the command was called or in what it was given: exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/**
 * The exit codes of `lens`: 0 done, 1 findings (at `--fail-on`) or a refusal by the registry,
 * 2 a usage or input error, 3 a bug in lens itself (please report it).
 */
export const EXIT_CODES = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
