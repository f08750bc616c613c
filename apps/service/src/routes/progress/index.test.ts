import type { ProgressReport } from '@social-lens/rules/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService({ limits: { records: 6, objectives: 2 } });
});
afterAll(() => service.close());

const post = (body: unknown) => service.app.request('/v1/progress', jsonRequest('POST', body));

// The scenario tests' clean record: active since 2025-03-10, a woman, rural, poor.
const client = (clientId: string, change: Record<string, unknown> = {}) => ({ ...cleanRecord(), clientId, nationalId: '', ...change });

const JUNE = [client('C1'), client('C2', { gender: 'M' }), client('C3', { nationalId: '123-45' }), client('C4', { gender: 'X' })];
const DECEMBER_CSV = [
  'clientId,gender,area,povertyLevel,disbursementDate,loanCycle,status,exitDate,nationalId,phone',
  'C1,F,rural,near-poor,2025-03-10,2,active,,,0611',
  'C2,M,rural,poor,2025-03-10,2,exited,2026-10-01,,0612',
  'C30,F,urban,poor,2025-03-10,2,active,,12345,0613',
  'C5,F,rural,very-poor,2026-09-01,1,active,,,0614',
  'C6,F,rural',
].join('\n');

/** DECEMBER_CSV as a Russian-locale MIS exports it: `;`, Cyrillic headers, coded levels and genders, DD.MM.YYYY. */
const DECEMBER_RUSSIAN_CSV = [
  'Клиент;Пол;area;Уровень бедности;Выдача;loanCycle;status;exitDate;nationalId;phone',
  'C1;ж;rural;3;10.03.2025;2;active;;;0611',
  'C2;м;rural;2;10.03.2025;2;exited;01.10.2026;;0612',
  'C30;ж;urban;2;10.03.2025;2;active;;12345;0613',
  'C5;ж;rural;1;01.09.2026;1;active;;;0614',
  'C6;ж;rural',
].join('\n');
const RUSSIAN_PROFILE = {
  columns: { Клиент: 'clientId', Пол: 'gender', 'Уровень бедности': 'povertyLevel', Выдача: 'disbursementDate' },
  values: { povertyLevel: { '1': 'very-poor', '2': 'poor', '3': 'near-poor', '4': 'non-poor' }, gender: { ж: 'F', м: 'M' } },
};

describe('POST /v1/progress', () => {
  it('reads a snapshot through the whole import profile (codes, dates) as a records check does: the indicators of the canonical export', async () => {
    const canonical = (await (await post({ snapshots: [{ name: 'december', asOf: '2026-12-31', csv: DECEMBER_CSV }] })).json()) as ProgressReport;
    const response = await post({ snapshots: [{ name: 'december', asOf: '2026-12-31', csv: DECEMBER_RUSSIAN_CSV }], map: RUSSIAN_PROFILE, locale: 'ru' });
    expect(response.status).toBe(200);
    const russian = (await response.json()) as ProgressReport;
    // Coverage names the export's own columns and each snapshot how its columns were read; everything measured is the same.
    const measured = ({ coverage: _coverage, snapshots, ...report }: ProgressReport) => ({
      ...report,
      snapshots: snapshots.map(({ conventions: _conventions, ...snapshot }) => snapshot),
    });
    expect(JSON.stringify(measured(russian))).toContain('"poverty');
    expect(measured(russian)).toEqual(measured(canonical));
    expect(russian.snapshots[0]?.records).toBe(4);
  });

  it('says per snapshot how its number and date columns were read, as lens progress prints it: detected, from the profile, or ambiguous and read by the locale', async () => {
    const laterDay = DECEMBER_RUSSIAN_CSV.replace('01.09.2026', '21.09.2026');
    const response = await post({
      snapshots: [
        { name: 'june', asOf: '2026-06-30', csv: DECEMBER_RUSSIAN_CSV.replace('01.10.2026', '').replace('01.09.2026', '') },
        { name: 'december', asOf: '2026-12-31', csv: laterDay },
      ],
      map: { ...RUSSIAN_PROFILE, numbers: { decimal: ',', group: ' ' } },
      locale: 'ru',
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as ProgressReport;
    const dates = (name: string) =>
      report.snapshots.find((snapshot) => snapshot.file === name)?.conventions?.filter((decision) => decision.field === 'disbursementDate');
    expect(dates('june')).toEqual([
      { field: 'disbursementDate', kind: 'date', reading: 'DD.MM.YYYY', how: 'default', ambiguous: true, note: 'no day above 12, --locale ru' },
    ]);
    expect(dates('december')).toEqual([{ field: 'disbursementDate', kind: 'date', reading: 'DD.MM.YYYY', how: 'detected', ambiguous: false }]);
    const numbers = report.snapshots[1]?.conventions?.filter((decision) => decision.kind === 'number') ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((decision) => decision.how === 'profile' && decision.reading.startsWith('decimal comma'))).toBe(true);
  });

  it('answers 422 naming the JSON path for a profile that names an unknown field', async () => {
    const response = await post({ snapshots: [{ asOf: '2026-12-31', csv: DECEMBER_CSV }], map: { values: { povertyLvl: { '1': 'poor' } } } });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('/map/values/povertyLvl');
  });

  it('answers what lens progress writes: values per snapshot, transitions, objectives and coverage', async () => {
    const response = await post({
      snapshots: [
        { name: 'december.csv', asOf: '2026-12-31', csv: DECEMBER_CSV },
        { name: 'june', asOf: '2026-06-30', records: JUNE },
      ],
      objectives: [
        {
          id: 'o1',
          text: 'Women at 80% of active clients by 2027',
          indicator: 'women-share',
          baseline: '60%',
          baselineDate: '2026-01-01',
          target: 80,
          deadline: '2027-12-31',
        },
      ],
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as ProgressReport;
    expect(report.snapshots.map(({ file, asOf, records }) => [file, asOf, records])).toEqual([
      ['june', '2026-06-30', 4],
      ['december.csv', '2026-12-31', 4],
    ]);
    const women = report.indicators.find((indicator) => indicator.id === 'core/spm-indicators#women-share')!;
    expect(women.values.map(({ value, numerator, denominator, excluded }) => ({ value, numerator, denominator, excluded }))).toEqual([
      { value: 2 / 3, numerator: 2, denominator: 3, excluded: 1 },
      { value: 1, numerator: 3, denominator: 3, excluded: 0 },
    ]);
    expect(report.transitions.find((transition) => transition.field === 'povertyLevel')).toMatchObject({
      from: '2026-06-30',
      to: '2026-12-31',
      matched: 2,
      matchedByNationalId: 1,
      onlyInOld: 2,
      onlyInOldListed: 1,
      onlyInNew: 1,
      counts: { 'near-poor': { 'near-poor': 1, poor: 1 } },
    });
    expect(report.objectives).toMatchObject([
      { objectiveId: 'o1', indicator: 'core/spm-indicators#women-share', baseline: 0.6, target: 0.8, current: 1, status: 'met' },
    ]);
    expect(report.coverage.unusedColumns).toContain('phone');
    expect(report.problems.filter((problem) => problem.code === 'unreadable-rows').map(({ path, message }) => [path, message])).toEqual([
      [
        '/snapshots/0',
        'december.csv: 1 row(s) could not be read and count in no indicator (first: line 6: the row has 3 cells but the header has 10; the row was not checked)',
      ],
    ]);
    expect(report.problems.filter((problem) => problem.objectiveId === 'o1').map(({ code, path }) => [code, path])).toEqual([
      ['unit-understood', '/objectives/0/baseline'],
      ['unit-understood', '/objectives/0/target'],
    ]);
    // The CSV has no loanAmount: every active client is left out of the average, and it says so.
    expect(report.indicators.find((indicator) => indicator.id === 'core/spm-indicators#average-loan-size')!.values[1]).toMatchObject({
      value: null,
      excluded: 3,
    });
    expect(report.coverage.missingFields).toContainEqual({ indicator: 'core/spm-indicators#average-loan-size', fields: ['loanAmount'] });
  });

  it('reports a bad date, a repeated one and a bad period with their paths, and measures the rest', async () => {
    const response = await post({
      snapshots: [
        { asOf: '2026-06-30', records: JUNE },
        { asOf: '2026-06-30', records: JUNE },
        { asOf: '2026-13-01', records: JUNE },
      ],
      period: '2026-12-31..2026-01-01',
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as ProgressReport;
    expect(report.snapshots.map((snapshot) => snapshot.file)).toEqual(['snapshot 1']);
    expect(report.problems.filter((problem) => problem.code !== 'empty-denominator').map(({ code, path }) => [code, path])).toEqual([
      ['invalid-period', '/period'],
      ['duplicate-snapshot-date', '/snapshots/1/asOf'],
      ['invalid-as-of', '/snapshots/2/asOf'],
    ]);
  });

  it('gives retention no value, with the reason, when no client was active at the start', async () => {
    const report = (await (
      await post({
        snapshots: [{ asOf: '2026-12-31', records: [client('N1', { loanCycle: '1', disbursementDate: '2026-05-01', applicationDate: '2026-04-20' })] }],
      })
    ).json()) as ProgressReport;
    const retention = report.indicators.find((indicator) => indicator.id === 'core/spm-indicators#retention-rate')!;
    expect(retention.values[0]).toMatchObject({
      value: null,
      denominator: 0,
      reason: '"Clients active at the start of the period" is 0: nothing to divide by',
    });
    expect(report.problems.some((problem) => problem.code === 'empty-denominator' && problem.message.startsWith('core/spm-indicators#retention-rate'))).toBe(
      true,
    );
  });

  it('answers problems: a body off its schema, too many records or objectives, an unknown or wrong rule set', async () => {
    const off = await post({ snapshots: [{ asOf: '2026-06-30' }] });
    expect(off.status).toBe(422);
    expect(off.headers.get('content-type')).toContain('application/problem+json');
    const tooMany = await post({ snapshots: [{ asOf: '2026-06-30', records: [...JUNE, ...JUNE] }] });
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('/snapshots/0/records');
    const objectives = await post({ snapshots: [{ records: JUNE }], objectives: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] });
    expect(objectives.status).toBe(413);
    const unknown = await post({ snapshots: [{ records: JUNE }], indicators: ['core/spm-indicatorz'] });
    expect(unknown.status).toBe(404);
    const wrong = await post({ snapshots: [{ records: JUNE }], indicators: ['core/client-data'] });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('/indicators/0');
  });

  it('logs counts, never a record or an objective text', async () => {
    service.logs.length = 0;
    await post({
      snapshots: [{ asOf: '2026-06-30', records: [client('SECRET-ID-77', { householdIncomeMonthly: '98765' })] }],
      objectives: [{ text: 'Confidential objective text' }],
    });
    const lines = service.logs.join('\n');
    expect(lines).toContain('"records":1');
    expect(lines).not.toContain('SECRET-ID-77');
    expect(lines).not.toContain('98765');
    expect(lines).not.toContain('Confidential objective text');
  });
});
