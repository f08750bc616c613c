import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createTestService, type TestService } from '@social-lens/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_EXPORT as EXAMPLE, LENS } from './lens-binary.ts';

let service: TestService;
beforeAll(async () => {
  service = await createTestService({ limits: { records: 10_000, bodyBytes: 4 * 1024 * 1024 } });
});
afterAll(() => service.close());

describe('POST /v1/records/check and lens check records', () => {
  it('give the same findings on the example export, portfolio findings included', async () => {
    const response = await service.app.request('/v1/records/check?today=2026-11-29', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' },
      body: readFileSync(EXAMPLE),
    });
    expect(response.status).toBe(200);
    const fromService = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));

    const cli = spawnSync(process.execPath, [LENS, 'check', 'records', EXAMPLE, '--format', 'ndjson', '--today', '2026-11-29', '--fail-on', 'never'], {
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: '' },
    });
    expect(cli.status).toBe(0);
    const fromCli = cli.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));

    // The CLI names the file in messages about unreadable rows; the service has no file name.
    const comparable = (findings: Array<{ ruleId: string }>) => findings.filter((finding) => !finding.ruleId.startsWith('lens/input'));
    expect(comparable(fromService)).toEqual(comparable(fromCli));
    expect(fromService.some((finding: { ruleId: string }) => finding.ruleId === 'core/portfolio#loan-officer-income-outlier')).toBe(true);
    expect(fromService.filter((finding: { ruleId: string }) => finding.ruleId === 'core/portfolio#duplicate-national-id')).toHaveLength(4);
  });
});
