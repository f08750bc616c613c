import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const folder = mkdtempSync(join(tmpdir(), 'lens-objectives-'));
const file = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe('lens check objectives', () => {
  it('writes one ndjson line per objective with the five criteria and spanned findings', async () => {
    const path = file(
      'objectives.txt',
      'Improve the lives of our clients.\n\nIncrease the share of women among new clients from 45% to 60% by December 2027\n',
    );
    const result = await runLens(['check', 'objectives', path, '--format', 'ndjson', '--today', '2026-11-29']);
    expect(result.status).toBe(0);
    const [weak, strong] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(weak.objectiveId).toBe('line 1');
    expect(Object.fromEntries(Object.entries(weak.criteria).map(([name, value]) => [name, (value as { met: unknown }).met]))).toEqual({
      specific: false,
      measurable: false,
      achievable: null,
      relevant: null,
      timeBound: false,
    });
    const vague = weak.findings.find((finding: { ruleId: string }) => finding.ruleId === 'core/smart-objective#vague-wording');
    expect(vague.span).toEqual({ start: 0, end: 7 });
    expect(weak.criteria.timeBound.suggestions).toEqual(["Add a deadline, such as 'by December 2027', or a time frame, such as 'within 18 months'."]);
    expect(strong.objectiveId).toBe('line 3');
    expect(strong.criteria.measurable.met).toBe(true);
    expect(strong.criteria.timeBound.met).toBe(true);
  });

  it('reads structured fields from .jsonl, reports a bad line with its number and goes on; the table shows marks and the workbook', async () => {
    const path = file(
      'workbook.jsonl',
      [
        JSON.stringify({
          id: 'O1',
          text: 'Increase the share of rural clients to 55%',
          deadline: '2028-06-30',
          area: 'outreach',
          goal: 'Reach rural households',
        }),
        '{"id": "O2", "txt": "typo"}',
        JSON.stringify({ id: 'O3', text: 'Улучшить жизнь клиентов в ближайшее время' }),
        JSON.stringify({ id: 'O4', text: 'Улучшить жизнь клиентов в ближайшее время' }),
      ].join('\n'),
    );
    const result = await runLens(['check', 'objectives', path, '--today', '2026-11-29']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${path}:2: not an objective:`);
    expect(result.stdout).toContain('O1: Increase the share of rural clients to 55%\n  ✓ specific   ✓ measurable   ? achievable   ✓ relevant   ✓ time-bound');
    expect(result.stdout).toContain('  - warning [в ближайшее время]: «в ближайшее время» — это не срок.');
    expect(result.stdout).toContain('Objective O3 repeats O4.');
    expect(result.stdout).toContain('No objective serves the services area');
    expect(result.stdout).toContain('3 objectives checked: 1 specific, 1 measurable, 0 achievable, 1 relevant, 1 time-bound; 1 line could not be read.');
  });

  it('prints the marks, severities, headings and summary in the language of --lang', async () => {
    const path = file('ru.txt', 'Увеличить долю женщин среди клиентов с 40% до 55% к декабрю 2027 года\nУлучшить жизнь клиентов\n');
    const result = await runLens(['check', 'objectives', path, '--lang', 'ru', '--today', '2026-11-29']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('строка 1: Увеличить долю женщин');
    expect(result.stdout).toContain('  ✓ конкретна   ✓ измерима   ✓ достижима   ? значима   ✓ ограничена сроком');
    expect(result.stdout).toMatch(/^ {2}- ошибка( \[[^\]]+\])?: /m);
    expect(result.stdout).toContain('Набор целей:\n  - Ни одна цель не относится к области «услуги» (услуги, отвечающие потребностям клиентов).');
    expect(result.stdout).toContain('  - Цель «строка 2» не называет показатель');
    expect(result.stdout).toContain('Проверено целей: 2; конкретна: 1, измерима: 1, достижима: 1, значима: 0, ограничена сроком: 1.');
    expect(result.stdout).not.toMatch(/\b(specific|line \d|error|objectives? checked)\b/);
  });

  it('answers empty text, 100 kB of text and control characters with findings, not a crash', async () => {
    const path = file(
      'odd.jsonl',
      [
        JSON.stringify({ id: 'E', text: '' }),
        JSON.stringify({ id: 'L', text: 'Improve the lives of our clients. '.repeat(2900) }),
        JSON.stringify({ id: 'C', text: 'Reach 500 rural women\u0000 by 2027' }),
      ].join('\n'),
    );
    const result = await runLens(['check', 'objectives', path, '--format', 'ndjson', '--today', '2026-11-29']);
    expect(result.status).toBe(0);
    const rules = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).findings.map((finding: { ruleId: string }) => finding.ruleId.split('#')[1]));
    expect(rules[0]).toEqual(['empty-objective']);
    expect(rules[1]).toContain('text-too-long');
    expect(rules[2]).toContain('control-characters');
  });
});
