/**
 * Codes of every error the registry throws. A fixed list: the service maps each to an HTTP
 * status and `lens admin` to an exit code, by code, never by message text.
 */
export const REGISTRY_ERROR_CODES = [
  /** A published document fails the rule-set schema, does not resolve, or breaks the rules of publishing. */
  'invalid-rule-set',
  /** The document's `id` or `version` is not the one it is published under. */
  'url-mismatch',
  /** A new version names another subject than the earlier versions of the rule set. */
  'subject-mismatch',
  /** No scenario tests came with the document, or they are for another rule set. */
  'tests-missing',
  /** The scenario tests of the document fail, or leave a rule without a trigger or near miss. */
  'tests-failed',
  /** The publisher has registered keys but the version carries no signature. */
  'signature-missing',
  /** The signature does not verify under any active key of the publisher, or there is no key to check it with. */
  'signature-invalid',
  /** The version is already published with other content: published versions never change. */
  'version-exists',
  /** Not a publisher name: lower-case letters, digits and hyphens, starting with a letter. */
  'invalid-publisher-name',
  /** `addPublisher` for a publisher that exists, without `allowExisting`. */
  'publisher-exists',
  /** The embedded database's folder is held by another process (or another open database of this one). */
  'data-folder-locked',
  /** The database cannot be opened or reached: PostgreSQL refuses or is down, the data folder cannot be created or read. */
  'database-unavailable',
] as const;

export type RegistryErrorCode = (typeof REGISTRY_ERROR_CODES)[number];

/** One thing wrong with what was published: a JSON Pointer into the publish request, what, and its own code. */
export interface RegistryProblem {
  path: string;
  message: string;
  /** The rules package's problem code, or the registry's (`url-mismatch`, `scenario-failed`, `immutable`…). */
  code: string;
}

export interface RegistryErrorOptions {
  problems?: readonly RegistryProblem[];
  cause?: unknown;
}

/**
 * The one error the registry throws: a {@link RegistryErrorCode}, a message for people, and,
 * for a refused publish, every problem with its JSON path.
 *
 * @example
 * try { await addPublisher(db, 'Assoc') }
 * catch (error) { if (error instanceof RegistryError && error.code === 'invalid-publisher-name') … }
 */
export class RegistryError extends Error {
  readonly code: RegistryErrorCode;
  readonly problems: readonly RegistryProblem[];
  constructor(code: RegistryErrorCode, message: string, options: RegistryErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistryError';
    this.code = code;
    this.problems = options.problems ?? [];
  }
}
