import { ENGLISH_VOCABULARY } from '@social-lens/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService({ limits: { objectives: 3, objectiveLength: 100 } });
});
afterAll(() => service.close());

const post = (body: unknown) => service.app.request('/v1/objectives/check', jsonRequest('POST', body));

describe('POST /v1/objectives/check', () => {
  it('names the JSON path of what does not match the schema', async () => {
    const response = await post({ objectives: [{ text: 'Reach 2,000 women' }, { txt: 'typo' }] });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: Array<{ path: string; message: string }> };
    expect(problem.errors).toContainEqual({ path: '/objectives/1/text', message: 'is required', code: 'required' });
    expect(problem.errors).toContainEqual({ path: '/objectives/1/txt', message: 'is not a known property', code: 'additional-property' });
  });

  it('refuses a "today" that is no day of the calendar', async () => {
    for (const today of ['2007-13-40', '2025-02-30']) {
      const response = await post({ objective: { text: 'Reach 2,000 women by 2027' }, today });
      expect([today, response.status]).toEqual([today, 422]);
      expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([{ path: '/today', message: 'must match format "date"', code: 'format' }]);
    }
  });

  it('answers 422 for a text over the length limit and 413 for too many objectives', async () => {
    const long = await post({ objectives: [{ text: 'ok' }, { text: 'x'.repeat(101) }] });
    expect(long.status).toBe(422);
    expect(((await long.json()) as { errors: unknown[] }).errors).toEqual([
      { path: '/objectives/1/text', message: '101 characters; at most 100', code: 'too-long' },
    ]);
    const many = await post({ objectives: Array.from({ length: 4 }, () => ({ text: 'Reach women' })) });
    expect(many.status).toBe(413);
  });

  it('judges objectives with core/smart-objective from the registry, findings with spans', async () => {
    const response = await post({
      objectives: [
        { id: 'O1', text: 'Improve the lives of our clients' },
        { id: 'O2', text: 'Increase the share of women among new clients from 45% to 60% by 31 December 2027', area: 'outreach' },
      ],
      today: '2026-01-15',
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      ruleSets: string[];
      results: Array<{ objectiveId: string; criteria: Record<string, { met: boolean | null }>; findings: Array<{ span?: unknown; objectiveId: string }> }>;
    };
    expect(answer.ruleSets).toEqual(['core/smart-objective@1.2.0']);
    const [vague, smart] = answer.results;
    expect(vague!.objectiveId).toBe('O1');
    expect(vague!.criteria['timeBound']!.met).toBe(false);
    expect(vague!.findings.length).toBeGreaterThan(0);
    expect(smart!.criteria['timeBound']!.met).toBe(true);
    expect(smart!.criteria['measurable']!.met).toBe(true);
  });

  it('refuses a client-record rule set for objectives', async () => {
    const response = await post({ objective: { text: 'Reach 2,000 women' }, rulesets: ['core/client-data@^1'] });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('/rulesets/0');
  });

  it('logs how many objectives, never their text', async () => {
    service.logs.length = 0;
    await post({ objective: { text: 'Confidential plan for Branch Seven' } });
    expect(service.logs[0]).not.toContain('Confidential');
    expect(JSON.parse(service.logs[0]!)).toMatchObject({ route: '/v1/objectives/check', status: 200, objectives: 1 });
  });
});

describe('an objective rule set with a bad vocabulary', () => {
  const many = Array.from({ length: 400 }, (_, index) => `w${index}`);
  const lists = ['vagueWords', 'measurableVerbs', 'commonWords', 'vagueTime', 'frequencies', 'nextWords', 'articles', 'ofWords', 'yearWords', 'daySuffixes'];
  let token: string;
  beforeAll(async () => {
    token = await service.publisher('vocabtest');
  });

  it.each([
    ['a phrase the matcher refuses', 'hostile', { vagueWords: ['a - - - - - - a'] }, '/vocabulary/en/vagueWords/0'],
    ['more phrases than are compiled', 'huge', Object.fromEntries(lists.map((list) => [list, many])), '/vocabulary/en/'],
  ])('%s: publishing is a 422 naming the JSON path, never a 500', async (_name, name, change, path) => {
    const id = `vocabtest/${name}`;
    const ruleset = {
      id,
      version: '1.0.0',
      title: 'Objectives',
      subject: 'objective',
      extends: ['core/smart-objective@^1'],
      rules: [],
      vocabulary: { en: { ...ENGLISH_VOCABULARY, ...change } },
    };
    const tests = {
      ruleset: id,
      today: '2026-11-29',
      cases: [
        {
          name: 'vague',
          rule: 'core/smart-objective#vague-wording',
          objective: { text: 'Improve lives' },
          expect: [{ rule: 'core/smart-objective#vague-wording' }],
        },
      ],
    };
    const response = await service.app.request(`/v1/rulesets/${id}/1.0.0`, jsonRequest('PUT', { ruleset, tests }, token));
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: Array<{ path: string }> };
    expect(problem.errors.map((error) => error.path).join(' ')).toContain(path);
  });
});
