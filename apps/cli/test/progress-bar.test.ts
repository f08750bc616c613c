import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseCsvText } from '@social-lens/rules/records-input';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const LENS = fileURLToPath(new URL('../bin/lens.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lens-progress-bar-'));
const quote = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;

/** Runs `lens` on a real pseudo-terminal (util-linux `script`): what the terminal shows, stdout and stderr together. */
async function onTerminal(args: readonly string[]): Promise<string> {
  const command = [process.execPath, LENS, ...args].map(quote).join(' ');
  const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], {
    cwd: folder,
    env: { ...process.env, INIT_CWD: '', COLUMNS: '160' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The bar's last frame: the file read to the end, every record counted, a rate and the time left. */
const finished = (label: string, records: number) =>
  new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[[█░]+\\] 100% \\| ${records} records \\| \\d+ records/s \\| \\d+s left`);

const rows: string[][] = [];
parseCsvText(readFileSync(EXAMPLE, 'utf8'), ',', 1, (cells) => rows.push(cells));
const [header, ...data] = rows;

beforeAll(async () => {
  writeFileSync(join(folder, 'clients.csv'), readFileSync(EXAMPLE));
  writeFileSync(
    join(folder, 'clients.ndjson'),
    data.map((cells) => JSON.stringify(Object.fromEntries(header!.map((field, index) => [field, cells[index]])))).join('\n'),
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clients');
  sheet.addRow(header!);
  for (const cells of data) sheet.addRow(cells);
  await workbook.xlsx.writeFile(join(folder, 'clients.xlsx'));
});

describe('the progress bar', () => {
  it.each(['clients.csv', 'clients.ndjson', 'clients.xlsx'])('lens check records %s shows records, rate and time left on a terminal', async (file) => {
    const shown = await onTerminal(['check', 'records', file, '--format', 'json', '--out', 'findings.json', '--today', '2026-06-30', '--fail-on', 'never']);
    expect(shown).toMatch(finished('checking', 400));
  });

  it('lens progress shows one bar per snapshot on a terminal', async () => {
    const shown = await onTerminal(['progress', 'clients.csv@2026-06-30', 'clients.ndjson@2026-12-31', '--format', 'json', '--out', 'progress.json']);
    expect(shown).toMatch(finished('reading clients.csv', 400));
    expect(shown).toMatch(finished('reading clients.ndjson', 400));
  });

  it('shows nothing of it when stderr is not a terminal', async () => {
    const checked = await runLens(
      ['check', 'records', 'clients.csv', '--format', 'json', '--out', 'findings.json', '--today', '2026-06-30', '--fail-on', 'never'],
      { cwd: folder },
    );
    const progress = await runLens(['progress', 'clients.csv@2026-06-30', '--format', 'json', '--out', 'progress.json'], { cwd: folder });
    for (const result of [checked, progress]) {
      expect(result.status).toBe(0);
      expect(result.stderr).not.toMatch(/records\/s|\[[█░]+\]/);
    }
  });
});
