/** A mistake in how the command was called or in what it was given: exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

export const EXIT_CODES = { ok: 0, findings: 1, usage: 2 } as const;
