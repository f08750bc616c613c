import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { OBJECTIVE_SCHEMA, type Objective } from '@social-lens/rules';
import { createSchemaValidator } from '@social-lens/rules/schemas';
import { UsageError } from '../usage-error.ts';

const objectiveValidator = createSchemaValidator<Objective>(OBJECTIVE_SCHEMA);

export type ObjectiveItem = { kind: 'objective'; objective: Objective; line: number } | { kind: 'problem'; line: number; message: string };

/**
 * Reads objectives: `.txt` (one objective a line; blank lines skipped) or `.jsonl`/`.ndjson`
 * (`{"id","text",…structured fields}` a line). A line that is not a valid objective is a
 * problem item with its line number; the others are read.
 */
export function readObjectives(path: string, fileName = path): ObjectiveItem[] {
  const extension = extname(path).toLowerCase();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new UsageError(`${fileName}: no such file`);
  if (!['.txt', '.jsonl', '.ndjson'].includes(extension)) {
    throw new UsageError(`${fileName}: unknown file type "${extension || '(none)'}"; expected .txt (one objective a line) or .jsonl`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    throw new UsageError(`${fileName}: not UTF-8; save it as UTF-8 text`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const items: ObjectiveItem[] = [];
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    if (extension === '.txt') {
      items.push({ kind: 'objective', objective: { id: lineObjectiveId(line), text: content.trim() }, line });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      items.push({ kind: 'problem', line, message: `${fileName}:${line}: not valid JSON (${(error as Error).message})` });
      return;
    }
    const problems = objectiveValidator.problemsOf(value);
    if (problems.length > 0) {
      const detail = problems.map((problem) => `${problem.path || '/'} ${problem.message}`).join('; ');
      items.push({ kind: 'problem', line, message: `${fileName}:${line}: not an objective: ${detail}` });
      return;
    }
    const objective = value as Objective;
    items.push({ kind: 'objective', objective: { ...objective, id: objective.id ?? lineObjectiveId(line) }, line });
  });
  if (items.length === 0) throw new UsageError(`${fileName}: no objectives in the file`);
  return items;
}

/** The id of an objective that has none of its own: the line it was read from. */
export function lineObjectiveId(line: number): string {
  return `line ${line}`;
}
