import { RULES_DIRECTORY } from '@social-lens/rule-sets';

/** The shipped rule sets (`@social-lens/rule-sets`), or `LENS_RULES_DIR` when set. */
export function rulesDirectory(): string {
  return process.env['LENS_RULES_DIR'] || RULES_DIRECTORY;
}
