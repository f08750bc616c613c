import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../scripts/generate-clients.ts', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('lens as its users expect a command to behave', () => {
  it('prints its version', async () => {
    const result = await runLens(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(VERSION);
  });

  it('lists every language of its messages in --help', async () => {
    const result = await runLens(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('en (English), ru (Russian), bs (Bosnian');
    const records = await runLens(['check', 'records', '--help']);
    expect(records.stdout.replace(/\s+/g, ' ')).toContain('--lang <lang> language of messages and the html report: en (English), ru (Russian), bs (Bosnian');
  });

  it('generate:examples keeps an existing file unless --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lens-examples-')), 'clients.csv');
    writeFileSync(out, 'kept\n');
    const refused = spawnSync(process.execPath, [TSX, GENERATOR, '20', out], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('pass --force');
    expect(readFileSync(out, 'utf8')).toBe('kept\n');
    const forced = spawnSync(process.execPath, [TSX, GENERATOR, '20', out, '--force'], { encoding: 'utf8' });
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^clientId,branchId/);
  }, 60_000);

  it.each(['table', 'json'])('with --out and --format %s, says in one stderr line what it checked, found and where it wrote', async (format) => {
    const out = join(mkdtempSync(join(tmpdir(), 'lens-out-')), `findings.${format}`);
    const result = await runLens(['check', 'records', EXAMPLE, '--format', format, '--out', out, '--today', '2026-06-30', '--fail-on', 'never']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^lens: 400 records, \\d+ errors?, \\d+ warnings?, \\d+ notes? in \\d+\\.\\d s → ${out.replaceAll('.', '\\.')}$`));
    if (format === 'json') {
      const findings = JSON.parse(readFileSync(out, 'utf8')) as Array<{ severity: string }>;
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      expect(lines[0]).toContain(`, ${errors} error`);
    }
  });

  it('says the table summary in the language of --lang: labels, severities, messages and rule titles from the rule sets', async () => {
    const common = ['check', 'records', EXAMPLE, '--today', '2026-06-30', '--fail-on', 'never'];
    const russian = await runLens([...common, '--lang', 'ru']);
    expect(russian.status).toBe(0);
    expect(russian.stdout).toContain('Итоги по правилам:');
    expect(russian.stdout).toMatch(/^ {2}\d+ +ошибка +core\/client-data#poverty-level-matches-income {2}Уровень бедности следует из дохода на члена семьи$/m);
    expect(russian.stdout).toMatch(
      / ошибка +poverty-level-matches-income \[povertyLevel, householdIncomeMonthly, householdSize\]\n {4}Доход на члена семьи — /,
    );
    expect(russian.stdout).toMatch(/^Проверено записей: 400 за \d+,\d с; с замечаниями: \d+; ошибок: \d+, предупреждений: \d+, примечаний: \d+\.$/m);
    expect(russian.stdout).not.toContain('Poverty level follows from income');
    const bosnian = await runLens([...common, '--lang', 'bs', '--out', join(mkdtempSync(join(tmpdir(), 'lens-bs-')), 'findings.json'), '--format', 'json']);
    expect(bosnian.stderr).toMatch(/^lens: zapisa: 400, grešaka: \d+, upozorenja: \d+, napomena: \d+ za \d+,\d s → .*findings\.json\n$/);
    const html = join(mkdtempSync(join(tmpdir(), 'lens-ru-')), 'report.html');
    expect((await runLens([...common, '--lang', 'ru', '--format', 'html', '--out', html])).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(
      '<td>Уровень бедности следует из дохода на члена семьи<br><code>core/client-data#poverty-level-matches-income</code>',
    );
    const english = await runLens(common);
    expect(english.stdout).toMatch(/^ {2}\d+ +error +core\/client-data#poverty-level-matches-income {2}Poverty level follows from income per family member$/m);
  });

  it('--compare-with shows the change per rule since a previous json report, and refuses what is not one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lens-compare-'));
    const common = ['check', 'records', EXAMPLE, '--today', '2026-06-30', '--fail-on', 'never'];
    expect((await runLens([...common, '--format', 'json', '--out', join(folder, 'june.json')])).status).toBe(0);
    const previous = JSON.parse(readFileSync(join(folder, 'june.json'), 'utf8')) as Array<{ ruleId: string; recordId?: string }>;
    // One rule had two more findings then: now it shows −2.
    const rule = previous[0]!.ruleId;
    writeFileSync(join(folder, 'june.json'), JSON.stringify([...previous, previous[0], previous[0]]));
    const compared = await runLens([...common, '--format', 'html', '--out', join(folder, 'report.html'), '--compare-with', join(folder, 'june.json')]);
    expect(compared.status).toBe(0);
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toContain('Since the previous report');
    const row = html.split('<tr>').find((cells) => cells.includes(`<code>${rule}</code>`))!;
    expect(row).toMatch(/<td class="n">−2<\/td><\/tr>$/);
    // Per branch and per officer: the record's findings counted where the record is in this export.
    const [header, ...records] = readFileSync(EXAMPLE, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const record = records.find((cells) => cells[header!.indexOf('clientId')] === previous[0]!.recordId)!;
    for (const [section, field] of [
      ['by-branch', 'branchId'],
      ['by-loan-officer', 'loanOfficerId'],
    ] as const) {
      const group = record[header!.indexOf(field)]!;
      const rows = html
        .slice(html.indexOf(`<section id="${section}">`))
        .split('</section>')[0]!
        .split('<tr')
        .slice(2);
      expect(rows.length).toBeGreaterThan(1);
      for (const cells of rows)
        expect(cells, `${section} ${group}`).toMatch(cells.includes(`<td>${group}</td>`) ? /<td class="n">−2<\/td><\/tr>/ : /<td class="n">0<\/td><\/tr>/);
    }
    writeFileSync(join(folder, 'bad.json'), '[{"ruleId": 3}]');
    const refused = await runLens([...common, '--format', 'html', '--out', join(folder, 'r.html'), '--compare-with', join(folder, 'bad.json')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('$[0].ruleId is not a string');
  });
});
