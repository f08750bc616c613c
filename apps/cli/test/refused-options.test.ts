import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const clients = join(EXAMPLES, 'clients.csv');
const objectives = join(EXAMPLES, 'progress-objectives.jsonl');
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('options lens refuses with exit 2 and one line', () => {
  it.each(['2026-13-45', '2025-02-30', 'abc'])('--today %s is no day of the calendar, for every command that takes it', async (today) => {
    for (const args of [
      ['check', 'records', clients],
      ['check', 'objectives', objectives],
      ['progress', `${clients}@2026-06-30`],
    ]) {
      const result = await runLens([...args, '--today', today]);
      expect([args[1], result.status, result.stdout]).toEqual([args[1], 2, '']);
      expect(result.stderr).toContain(`--today ${today}: expected a day of the calendar written YYYY-MM-DD`);
      noStack(result.stderr);
    }
  });

  it('a rule set about objectives on client records', async () => {
    const result = await runLens(['check', 'records', clients, '--ruleset', 'core/smart-objective']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/core\/smart-objective@[\d.]+ is a rule set for objectives, not client records; use lens check objectives/);
    noStack(result.stderr);
  });

  it('a parameter named __proto__', async () => {
    const result = await runLens(['check', 'records', clients, '--param', '__proto__=1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no rule set of this check takes a parameter "__proto__"');
  });
});
