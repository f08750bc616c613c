import { RegistryError } from '@social-lens/registry';
import { RuleSetError, RulesError } from '@social-lens/rules';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../app/app-env.ts';
import { createErrorHandler } from './on-error.ts';

/** The answer of an app whose one route throws `error`, and what was reported as unexpected. */
async function answerTo(error: unknown): Promise<{ status: number; type: string | null; body: Record<string, unknown>; reported: unknown[] }> {
  const reported: unknown[] = [];
  const app = new Hono<AppEnv>();
  app.get('/', () => {
    throw error;
  });
  app.onError(createErrorHandler((unexpected) => reported.push(unexpected)));
  const response = await app.request('/');
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown>, reported };
}

describe('createErrorHandler', () => {
  it('answers a refused publish 422 with its problems, an existing version 409', async () => {
    const refused = await answerTo(
      new RegistryError('tests-failed', '1 scenario test(s) of the rule set fail', {
        problems: [{ path: '/tests', message: 'case 1: failed', code: 'scenario-failed' }],
      }),
    );
    expect(refused).toMatchObject({ status: 422, type: 'application/problem+json; charset=utf-8', reported: [] });
    expect(refused.body).toEqual({
      type: 'https://social-lens.org/problems/invalid-rule-set',
      title: 'Unprocessable Content',
      status: 422,
      detail: '1 scenario test(s) of the rule set fail',
      errors: [{ path: '/tests', message: 'case 1: failed', code: 'scenario-failed' }],
    });
    expect((await answerTo(new RegistryError('version-exists', 'exists'))).status).toBe(409);
  });

  it('answers an unavailable database 503 without naming the server, and reports it', async () => {
    const answer = await answerTo(new RegistryError('database-unavailable', 'cannot connect to PostgreSQL at lens@db.internal:5432/lens: ECONNREFUSED'));
    expect(answer.status).toBe(503);
    expect(JSON.stringify(answer.body)).not.toContain('db.internal');
    expect(answer.reported).toHaveLength(1);
  });

  it('answers rule-set errors by their codes: not in the registry 404, invalid 422', async () => {
    const unknown = new RuleSetError([{ code: 'unknown-rule-set', document: 'assoc/x@^1', path: '', message: 'no rule set "assoc/x"' }]);
    expect(await answerTo(unknown)).toMatchObject({ status: 404, body: { type: 'https://social-lens.org/problems/unknown-rule-set' } });
    const invalid = new RuleSetError([{ code: 'unknown-fact', document: 'assoc/x@1.0.0', path: '/rules/0/when/all/0/fact', message: 'unknown fact "x"' }]);
    expect(await answerTo(invalid)).toMatchObject({ status: 422, body: { errors: [{ path: '/rules/0/when/all/0/fact', code: 'unknown-fact' }] } });
    expect((await answerTo(new RulesError('parameter-type', 'expected a number'))).status).toBe(422);
  });

  it('answers anything unforeseen 500, saying nothing of the inside, and reports it', async () => {
    const answer = await answerTo(new TypeError('secret internals'));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain('secret');
    expect(answer.reported).toHaveLength(1);
  });
});
