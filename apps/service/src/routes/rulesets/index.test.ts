import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKeyPair, sha256Hex, signDocument } from '@social-lens/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_RULES_DIRECTORY } from '../../seed/shipped-rules-directory.ts';
import { associationRuleSet, cleanRecord, createTestService, jsonRequest, type TestService } from '../../testing/index.ts';

let service: TestService;
let token: string;

beforeAll(async () => {
  service = await createTestService();
  token = await service.publisher('assoc');
});
afterAll(() => service.close());

const put = (path: string, body: unknown, withToken: string | undefined = token) => service.app.request(path, jsonRequest('PUT', body, withToken));

describe('publish → list → fetch by range → check against it', () => {
  it('publishes a rule set that extends a shipped one, and members pin it by range', async () => {
    const published = await put('/v1/rulesets/assoc/national/2.0.0', associationRuleSet('assoc', 'national', '2.0.0'));
    expect(published.status).toBe(201);
    const body = (await published.json()) as { outcome: string; sha256: string };
    expect(body.outcome).toBe('created');
    expect(published.headers.get('location')).toBe('/v1/rulesets/assoc/national/2.0.0');

    const list = (await (await service.app.request('/v1/rulesets?publisher=assoc')).json()) as { rulesets: Array<{ id: string; latest: string }> };
    expect(list.rulesets).toEqual([
      { id: 'assoc/national', publisher: 'assoc', subject: 'client-record', title: expect.any(String), latest: '2.0.0', versions: 1 },
    ]);

    const fetched = await service.app.request('/v1/rulesets/assoc/national/%5E2');
    expect(fetched.status).toBe(200);
    const text = await fetched.text();
    expect(fetched.headers.get('etag')).toBe(`"${await sha256Hex(text)}"`);
    expect(fetched.headers.get('etag')).toBe(`"${body.sha256}"`);
    expect(fetched.headers.get('cache-control')).toBe('public, max-age=60');
    expect(fetched.headers.get('x-rule-set-version')).toBe('2.0.0');

    const exact = await service.app.request('/v1/rulesets/assoc/national/2.0.0');
    expect(exact.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const notModified = await service.app.request('/v1/rulesets/assoc/national/2.0.0', { headers: { 'if-none-match': `"${body.sha256}"` } });
    expect(notModified.status).toBe(304);

    const record = { ...cleanRecord(), householdIncomeMonthly: '300', householdSize: '3', povertyLevel: 'non-poor' };
    const check = await service.app.request(
      '/v1/records/check',
      jsonRequest('POST', { records: [record], rulesets: ['assoc/national@^2'], today: '2026-11-29' }),
    );
    expect(check.status).toBe(200);
    const findings = (await check.json()) as { findings: Array<{ ruleId: string; ruleSet: string }>; summary: { ruleSets: string[] } };
    expect(findings.summary.ruleSets).toEqual(['assoc/national@2.0.0']);
    expect(findings.findings.map((finding) => finding.ruleId)).toContain('core/client-data#poverty-level-matches-income');
  });

  it('lists versions highest first and answers 404 for what is not there', async () => {
    await put('/v1/rulesets/assoc/versions/1.0.0', associationRuleSet('assoc', 'versions', '1.0.0'));
    await put('/v1/rulesets/assoc/versions/1.10.0', associationRuleSet('assoc', 'versions', '1.10.0'));
    await put('/v1/rulesets/assoc/versions/1.2.0', associationRuleSet('assoc', 'versions', '1.2.0'));
    const versions = (await (await service.app.request('/v1/rulesets/assoc/versions')).json()) as { versions: Array<{ version: string }> };
    expect(versions.versions.map((v) => v.version)).toEqual(['1.10.0', '1.2.0', '1.0.0']);
    expect((await service.app.request('/v1/rulesets/assoc/versions/~1.2')).headers.get('x-rule-set-version')).toBe('1.2.0');
    const none = await service.app.request('/v1/rulesets/assoc/versions/%5E3');
    expect(none.status).toBe(404);
    expect(((await none.json()) as { detail: string }).detail).toBe('no version of "assoc/versions" satisfies "^3" (have 1.10.0, 1.2.0, 1.0.0)');
    expect((await service.app.request('/v1/rulesets/assoc/missing')).status).toBe(404);
    expect((await service.app.request('/v1/rulesets/assoc/versions/not%20a%20range!')).status).toBe(422);
  });
});

describe('immutability', () => {
  it('answers 200 without change for the same content, in any key order, and 409 for other content', async () => {
    const first = associationRuleSet('assoc', 'immutable', '1.0.0');
    expect((await put('/v1/rulesets/assoc/immutable/1.0.0', first)).status).toBe(201);
    const reordered = { tests: first.tests, ruleset: Object.fromEntries(Object.entries(first.ruleset).reverse()) };
    const again = await put('/v1/rulesets/assoc/immutable/1.0.0', reordered);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { outcome: string }).outcome).toBe('unchanged');
    const changed = await put('/v1/rulesets/assoc/immutable/1.0.0', associationRuleSet('assoc', 'immutable', '1.0.0', { title: 'Another title' }));
    expect(changed.status).toBe(409);
    expect(changed.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(((await changed.json()) as { errors: unknown[] }).errors).toEqual([
      { path: '/ruleset/version', message: 'this version exists with different content', code: 'immutable' },
    ]);
  });

  it('deprecates a version with its own token; it stays resolvable', async () => {
    await put('/v1/rulesets/assoc/old/1.0.0', associationRuleSet('assoc', 'old', '1.0.0'));
    const deprecated = await service.app.request('/v1/rulesets/assoc/old/1.0.0/deprecate', jsonRequest('POST', { message: 'use assoc/national' }, token));
    expect(deprecated.status).toBe(200);
    expect(((await deprecated.json()) as { deprecationMessage: string }).deprecationMessage).toBe('use assoc/national');
    const fetched = await service.app.request('/v1/rulesets/assoc/old/%5E1');
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('deprecation')).toMatch(/^@\d+$/);
    expect((await service.app.request('/v1/rulesets/assoc/old/9.9.9/deprecate', jsonRequest('POST', {}, token))).status).toBe(404);
  });
});

describe('who may publish', () => {
  it('answers 401 without a token or with a wrong one, 403 in another publisher’s namespace', async () => {
    const document = associationRuleSet('assoc', 'guarded', '1.0.0');
    const missing = await put('/v1/rulesets/assoc/guarded/1.0.0', document, '');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="social-lens"');
    const wrongSecret = `${token.slice(0, -4)}AAAA`;
    expect((await put('/v1/rulesets/assoc/guarded/1.0.0', document, wrongSecret)).status).toBe(401);
    expect((await put('/v1/rulesets/assoc/guarded/1.0.0', document, 'sl_nonsense')).status).toBe(401);
    const other = await service.publisher('other-assoc');
    const forbidden = await put('/v1/rulesets/assoc/guarded/1.0.0', document, other);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { detail: string }).detail).toBe('the token is for publisher "other-assoc" and cannot act for "assoc"');
    expect((await put('/v1/rulesets/core/client-data/9.0.0', document, token)).status).toBe(403);
  });
});

describe('what is accepted', () => {
  it('names the JSON path of a schema problem and of a URL mismatch', async () => {
    const document = associationRuleSet('assoc', 'checked', '1.0.0');
    const invalid = await put('/v1/rulesets/assoc/checked/1.0.0', { ...document, ruleset: { ...document.ruleset, rules: [{ id: 'Bad Id' }] } });
    expect(invalid.status).toBe(422);
    const problem = (await invalid.json()) as { errors: Array<{ path: string }> };
    expect(problem.errors.map((error) => error.path)).toContain('/ruleset/rules/0/id');
    const mismatch = await put('/v1/rulesets/assoc/checked/1.0.1', document);
    expect(mismatch.status).toBe(422);
    expect(((await mismatch.json()) as { errors: unknown[] }).errors).toEqual([
      { path: '/ruleset/version', message: 'is "1.0.0" but the URL publishes "1.0.1"', code: 'url-mismatch' },
    ]);
  });

  it('refuses a rule set without its scenario tests, or whose tests fail', async () => {
    const document = associationRuleSet('assoc', 'tested', '1.0.0');
    const untested = await put('/v1/rulesets/assoc/tested/1.0.0', { ruleset: document.ruleset });
    expect(untested.status).toBe(422);
    expect(((await untested.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('/tests');
    const cases = ((document.tests as Record<string, unknown>)['cases'] as Array<{ expect: unknown[] }>).map((testCase, index) =>
      index === 0 ? { ...testCase, expect: [] } : testCase,
    );
    const failing = await put('/v1/rulesets/assoc/tested/1.0.0', { ...document, tests: { ...document.tests, cases } });
    expect(failing.status).toBe(422);
    const problem = (await failing.json()) as { detail: string; errors: Array<{ code: string }> };
    expect(problem.detail).toMatch(/scenario test\(s\) of the rule set fail/);
    expect(problem.errors[0]!.code).toBe('scenario-failed');
  });

  it('refuses, as a 422 and not a 500, an objective rule set whose vocabulary cannot be compiled', async () => {
    const folder = join(SHIPPED_RULES_DIRECTORY, 'examples', 'smart-objective-bcs');
    const rewrite = (file: string) =>
      JSON.parse(readFileSync(join(folder, file), 'utf8').replaceAll('examples/smart-objective-bcs', 'assoc/bcs')) as Record<string, unknown>;
    const ruleset = rewrite('ruleset.json') as { vocabulary: { bs: Record<string, unknown> } };
    ruleset.vocabulary.bs['lang'] = 5;
    const response = await put(`/v1/rulesets/assoc/bcs/${(ruleset as { version?: string }).version}`, { ruleset, tests: rewrite('tests.json') });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await response.json()) as { type: string; errors: Array<{ path: string }> };
    expect(problem.type).toBe('https://social-lens.org/problems/invalid-rule-set');
    expect(problem.errors[0]!.path.startsWith('/ruleset/vocabulary')).toBe(true);
  });

  it('refuses a rule set that extends what the registry does not hold', async () => {
    const document = associationRuleSet('assoc', 'orphan', '1.0.0', { extends: ['nobody/nothing@^1'] });
    const response = await put('/v1/rulesets/assoc/orphan/1.0.0', document);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Array<{ path: string; code: string }> }).errors[0]).toMatchObject({
      path: '/ruleset/extends/0',
      code: 'unknown-rule-set',
    });
  });
});

describe('signatures', () => {
  it('requires a valid signature once the publisher has registered a key', async () => {
    const keys = await generateSigningKeyPair();
    const signer = await service.publisher('signer');
    const registered = await service.app.request('/v1/publishers/signer/keys', jsonRequest('POST', { publicKey: keys.publicKey }, signer));
    expect(registered.status).toBe(201);
    expect(((await (await service.app.request('/v1/publishers/signer')).json()) as { keys: string[] }).keys).toEqual([keys.publicKey]);

    const document = associationRuleSet('signer', 'national', '1.0.0');
    const unsigned = await put('/v1/rulesets/signer/national/1.0.0', document, signer);
    expect(unsigned.status).toBe(422);
    expect(((await unsigned.json()) as { errors: Array<{ code: string }> }).errors[0]!.code).toBe('signature-missing');

    const other = await generateSigningKeyPair();
    const forged = await put(
      '/v1/rulesets/signer/national/1.0.0',
      { ...document, signature: await signDocument(document.ruleset, other.privateKeyPem) },
      signer,
    );
    expect(forged.status).toBe(422);
    expect(((await forged.json()) as { errors: Array<{ path: string; code: string }> }).errors[0]).toMatchObject({ path: '/signature', code: 'bad-signature' });

    const signature = await signDocument(document.ruleset, keys.privateKeyPem);
    const signed = await put('/v1/rulesets/signer/national/1.0.0', { ...document, signature }, signer);
    expect(signed.status).toBe(201);
    const fetched = await service.app.request('/v1/rulesets/signer/national/1.0.0');
    expect(fetched.headers.get('x-rule-set-signature')).toBe(signature);
    expect(fetched.headers.get('x-rule-set-signed-with')).toBe(keys.publicKey);
  });

  it('refuses a signature when the publisher has no key to check it with', async () => {
    const keys = await generateSigningKeyPair();
    const document = associationRuleSet('assoc', 'keyless', '1.0.0');
    const response = await put('/v1/rulesets/assoc/keyless/1.0.0', { ...document, signature: await signDocument(document.ruleset, keys.privateKeyPem) });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Array<{ code: string }> }).errors[0]!.code).toBe('no-key');
  });
});
