import { deprecateVersion, findVersion, listRuleSets, listVersions, publishRuleSet, type VersionSummary } from '@social-lens/registry';
import { RULE_SET_ID_PATTERN, SEMVER_PATTERN } from '@social-lens/rules';
import { Hono } from 'hono';
import semver from 'semver';
import { DEPRECATE_REQUEST_SCHEMA, PUBLISH_REQUEST_SCHEMA } from '../../api/publish-request-schema.ts';
import { readJsonBody } from '../../api/read-json-body.ts';
import { createBodyValidator } from '../../api/validate-body.ts';
import type { AppEnv } from '../../app/app-env.ts';
import type { RateLimiter } from '../../middleware/rate-limit.ts';
import { requirePublisher } from '../../middleware/require-publisher.ts';
import { ProblemError } from '../../problems/problem-error.ts';

/** Exact versions never change: caches may keep them for a year. */
const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** A range may resolve to a newer version once one is published. */
const RANGE_CACHE_CONTROL = 'public, max-age=60';

const ID = new RegExp(RULE_SET_ID_PATTERN);
const EXACT_VERSION = new RegExp(SEMVER_PATTERN);
const validatePublish = createBodyValidator(PUBLISH_REQUEST_SCHEMA);
const validateDeprecate = createBodyValidator(DEPRECATE_REQUEST_SCHEMA);

function ruleSetIdOf(publisher: string, name: string): string {
  const id = `${publisher}/${name}`;
  if (!ID.test(id)) throw new ProblemError(404, { kind: 'not-found', detail: `"${id}" is not a rule-set id (publisher/name, lower-case kebab words)` });
  return id;
}

function versionJson(version: VersionSummary) {
  return {
    version: version.version,
    title: version.title,
    sha256: version.sha256,
    signedWith: version.signedWith,
    publishedAt: version.publishedAt.toISOString(),
    deprecatedAt: version.deprecatedAt?.toISOString() ?? null,
    ...(version.deprecationMessage ? { deprecationMessage: version.deprecationMessage } : {}),
  };
}

/**
 * The rule-set registry: list, versions, fetch by version or semver range (ETag = SHA-256 of the
 * canonical JSON), publish (`PUT`, publisher token) and deprecate. A refused publish is the
 * registry's error, answered by `app.onError` (422 with each problem's JSON path, 409 for a
 * version that exists with other content).
 *
 * @example
 * app.route('/', createRuleSetRoutes({ limiter, perToken: 600 }))
 */
export function createRuleSetRoutes(options: { limiter?: RateLimiter | undefined; perToken: number }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const auth = requirePublisher(options);

  routes.get('/v1/rulesets', async (c) => {
    const publisher = c.req.query('publisher');
    const subject = c.req.query('subject');
    const ruleSets = await listRuleSets(c.get('services').db, { ...(publisher ? { publisher } : {}), ...(subject ? { subject } : {}) });
    return c.json({ rulesets: ruleSets });
  });

  routes.get('/v1/rulesets/:publisher/:name', async (c) => {
    const id = ruleSetIdOf(c.req.param('publisher'), c.req.param('name'));
    const versions = await listVersions(c.get('services').db, [id]);
    if (versions.length === 0) throw new ProblemError(404, { kind: 'unknown-rule-set', detail: `no rule set "${id}" is published` });
    return c.json({ id, versions: versions.map(versionJson) });
  });

  routes.get('/v1/rulesets/:publisher/:name/:versionOrRange', async (c) => {
    const { db } = c.get('services');
    const id = ruleSetIdOf(c.req.param('publisher'), c.req.param('name'));
    const wanted = c.req.param('versionOrRange');
    const exact = EXACT_VERSION.test(wanted);
    let version = wanted;
    if (!exact) {
      if (semver.validRange(wanted) === null) {
        throw new ProblemError(422, {
          kind: 'invalid-range',
          detail: `"${wanted}" is neither a version nor a semver range`,
          errors: [{ path: 'versionOrRange', message: 'expected e.g. 1.2.0, ^1 or >=1.1 <2' }],
        });
      }
      const versions = await listVersions(db, [id]);
      const best = semver.maxSatisfying(
        versions.map((v) => v.version),
        wanted,
      );
      if (best === null) {
        throw new ProblemError(404, {
          kind: 'no-version-in-range',
          detail:
            versions.length === 0
              ? `no rule set "${id}" is published`
              : `no version of "${id}" satisfies "${wanted}" (have ${versions.map((v) => v.version).join(', ')})`,
        });
      }
      version = best;
    }
    const stored = await findVersion(db, id, version);
    if (!stored) throw new ProblemError(404, { kind: 'unknown-version', detail: `${id}@${version} is not published` });
    const etag = `"${stored.sha256}"`;
    c.header('etag', etag);
    c.header('cache-control', exact ? IMMUTABLE_CACHE_CONTROL : RANGE_CACHE_CONTROL);
    c.header('x-rule-set-version', stored.version);
    if (stored.signature) {
      c.header('x-rule-set-signature', stored.signature);
      c.header('x-rule-set-signed-with', stored.signedWith ?? '');
    }
    if (stored.deprecatedAt) c.header('deprecation', `@${Math.floor(stored.deprecatedAt.getTime() / 1000)}`);
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
    return c.body(stored.content, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  routes.put('/v1/rulesets/:publisher/:name/:version', auth, async (c) => {
    const services = c.get('services');
    const owner = c.get('owner');
    const version = c.req.param('version');
    const id = ruleSetIdOf(c.req.param('publisher'), c.req.param('name'));
    if (!EXACT_VERSION.test(version)) {
      throw new ProblemError(422, {
        kind: 'invalid-version',
        detail: `"${version}" is not a semantic version`,
        errors: [{ path: 'version', message: 'expected e.g. 1.2.0' }],
      });
    }
    const body = validatePublish(await readJsonBody(c));
    const result = await publishRuleSet(
      services.db,
      services.loader,
      body,
      {
        publisherId: owner.publisherId,
        publisher: owner.publisher,
        name: id.split('/')[1]!,
        version,
        actor: `token:${owner.tokenId}`,
      },
      { vetting: services.publishVetting() },
    );
    if (result.outcome === 'created') services.catalogs.invalidate();
    const location = `/v1/rulesets/${id}/${version}`;
    c.get('logCounts')['created'] = result.outcome === 'created' ? 1 : 0;
    return c.json({ id, ...result }, result.outcome === 'created' ? 201 : 200, { location, etag: `"${result.sha256}"` });
  });

  routes.post('/v1/rulesets/:publisher/:name/:version/deprecate', auth, async (c) => {
    const { db, catalogs } = c.get('services');
    const owner = c.get('owner');
    const id = ruleSetIdOf(c.req.param('publisher'), c.req.param('name'));
    const version = c.req.param('version');
    const body = c.req.header('content-length') === '0' ? {} : validateDeprecate(await readJsonBody(c));
    const found = await deprecateVersion(db, {
      publisher: owner.publisher,
      ruleSetId: id,
      version,
      message: body.message ?? null,
      actor: `token:${owner.tokenId}`,
    });
    if (!found) throw new ProblemError(404, { kind: 'unknown-version', detail: `${id}@${version} is not published` });
    catalogs.invalidate();
    const stored = await findVersion(db, id, version);
    return c.json({ id, ...versionJson(stored!) });
  });

  return routes;
}
