// Lists the shipped rule sets in dist/index.json, so that the CLI, the service and the widget
// find them through this package instead of walking another package's folders. A file that is
// not JSON, or lacks an id or version, stops the build with its name.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function findRuleSetFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return findRuleSetFiles(path);
    return entry.name === 'ruleset.json' ? [path] : [];
  });
}

const entries = findRuleSetFiles(root)
  .sort()
  .map((path) => {
    let document;
    try {
      document = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${relative(root, path)}: not valid JSON (${error.message})`);
    }
    const { id, version, subject } = document ?? {};
    if (typeof id !== 'string' || typeof version !== 'string') throw new Error(`${relative(root, path)}: expected "id" and "version"`);
    const tests = join(path, '..', 'tests.json');
    return { file: relative(root, path), ...(existsSync(tests) ? { tests: relative(root, tests) } : {}), id, version, subject };
  });
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'index.json'), `${JSON.stringify(entries, null, 2)}\n`);
process.stdout.write(`dist/index.json: ${entries.length} rule sets\n`);
