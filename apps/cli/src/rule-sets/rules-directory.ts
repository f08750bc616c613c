import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The `rules/` folder shipped with the project, or `LENS_RULES_DIR` when set. */
export function rulesDirectory(): string {
  const fromEnvironment = process.env.LENS_RULES_DIR;
  if (fromEnvironment) return fromEnvironment;
  const shipped = fileURLToPath(new URL('../../../../rules', import.meta.url));
  return existsSync(shipped) ? shipped : 'rules';
}
