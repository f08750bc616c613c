import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

/**
 * A large publish: `count` rules (500 is the schema's bound) with long messages in three
 * languages, and a trigger and a near miss for each in its tests.
 */
function largeRuleSet(id: string, version: string, count: number) {
  const message = Object.fromEntries(['en', 'ru', 'bs'].map((lang) => [lang, `${lang} ${'message '.repeat(40)}`]));
  const rules = Array.from({ length: count }, (_, index) => ({
    id: `size-${index}`,
    title: `Household size is not ${index + 100}`,
    severity: 'warning',
    fields: ['householdSize'],
    message,
    when: { all: [{ fact: 'householdSize', operator: 'equal', value: index + 100 }] },
  }));
  const cases = rules.flatMap((rule, index) => [
    { name: `${rule.id} fires`, rule: rule.id, record: { householdSize: String(index + 100) }, expect: [{ rule: rule.id, fields: ['householdSize'] }] },
    { name: `${rule.id} near miss`, rule: rule.id, record: { householdSize: String(index + 1100) }, expect: [] },
  ]);
  return {
    ruleset: { id, version, title: 'Largest', subject: 'client-record', rules },
    tests: { ruleset: id, today: '2026-11-29', base: cleanRecord(), cases },
  };
}

let service: TestService;
let slow: TestService;
let token: string;
let slowToken: string;

beforeAll(async () => {
  [service, slow] = await Promise.all([createTestService(), createTestService({ limits: { publishMs: 100 } })]);
  [token, slowToken] = await Promise.all([service.publisher('assoc'), slow.publisher('assoc')]);
});
afterAll(() => Promise.all([service.close(), slow.close()]));

describe('a publish runs its validation, resolution and scenario tests off the request thread', () => {
  it('keeps /health answering within 1 s while a large rule set is vetted, and publishes it', async () => {
    let settled = false;
    const publish = Promise.resolve(
      service.app.request('/v1/rulesets/assoc/largest/1.0.0', jsonRequest('PUT', largeRuleSet('assoc/largest', '1.0.0', 100), token)),
    ).finally(() => {
      settled = true;
    });
    // Once the worker has the document, the event loop is free again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const health = await service.app.request('/health');
    const waited = performance.now() - started;
    expect(health.status).toBe(200);
    expect(settled).toBe(false);
    expect(waited).toBeLessThan(1_000);
    const published = await publish;
    expect(await published.json()).toMatchObject({ outcome: 'created' });
    expect(published.status).toBe(201);
  });

  it('refuses a publish over its time budget with a 422 naming it, and the service goes on', async () => {
    const response = await slow.app.request('/v1/rulesets/assoc/largest/1.0.0', jsonRequest('PUT', largeRuleSet('assoc/largest', '1.0.0', 500), slowToken));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await response.json()).toMatchObject({
      detail: 'the rule set could not be validated, resolved and tested within 100 ms',
      errors: [{ path: '/ruleset', code: 'budget-exceeded' }],
    });
    expect((await slow.app.request('/v1/rulesets/assoc/largest')).status).toBe(404);
    expect((await slow.app.request('/health')).status).toBe(200);
  });
});
