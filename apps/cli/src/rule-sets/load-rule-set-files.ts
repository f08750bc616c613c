import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError } from '../usage-error.ts';

/** A rule-set or scenario file read from disk, parsed, with the name to show in messages. */
export interface LoadedJsonFile {
  path: string;
  name: string;
  value: unknown;
}

/** Reads and parses one JSON file; the error names the file, line and column. */
export function readJsonFile(path: string, name = path): LoadedJsonFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${name}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  try {
    return { path, name, value: JSON.parse(text) };
  } catch (error) {
    const match = /position (\d+)/.exec(String(error));
    const position = match ? Number(match[1]) : undefined;
    const where = position === undefined ? '' : `:${lineAndColumn(text, position)}`;
    throw new UsageError(`${name}${where}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** Every `ruleset.json` below a folder (the layout of `rules/`). */
export function findRuleSetFiles(directory: string, fileName = 'ruleset.json'): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === fileName) found.push(path);
    }
  };
  if (statSync(directory, { throwIfNoEntry: false })?.isDirectory()) walk(directory);
  return found.sort();
}

export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}
