import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.ts';

/**
 * A key or signature given on the command line either as a file or as the text itself.
 *
 * @example
 * readKeyText('assoc.pub')      // the file's content
 * readKeyText('11qYAYKxCrfV…')  // the text as given
 */
export function readKeyText(value: string, what: string): string {
  if (existsSync(value)) {
    try {
      return readFileSync(value, 'utf8').trim();
    } catch (error) {
      throw new UsageError(`${what} ${value}: cannot read the file`, { cause: error });
    }
  }
  if (/^[A-Za-z0-9_\-+/=]{40,}$/.test(value.trim())) return value.trim();
  throw new UsageError(`${what} ${value}: no such file, and not a base64url key or signature`);
}
