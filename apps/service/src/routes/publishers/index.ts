import { activePublisherKeys, addPublisherKey, findPublisher } from '@social-lens/registry';
import { Hono } from 'hono';
import { ADD_KEY_REQUEST_SCHEMA } from '../../api/publish-request-schema.ts';
import { readJsonBody } from '../../api/read-json-body.ts';
import { createBodyValidator } from '../../api/validate-body.ts';
import type { AppEnv } from '../../app/app-env.ts';
import type { RateLimiter } from '../../middleware/rate-limit.ts';
import { requirePublisher } from '../../middleware/require-publisher.ts';
import { ProblemError } from '../../problems/problem-error.ts';

const validateAddKey = createBodyValidator(ADD_KEY_REQUEST_SCHEMA);

/**
 * Publishers: who they are and their signing keys (`GET`, public, so members can verify), and
 * registering a key (`POST …/keys`, with the publisher's own token).
 *
 * @example
 * app.route('/', createPublisherRoutes({ limiter, perToken: 600 }))
 */
export function createPublisherRoutes(options: { limiter?: RateLimiter | undefined; perToken: number }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/v1/publishers/:publisher', async (c) => {
    const { db } = c.get('services');
    const publisher = await findPublisher(db, c.req.param('publisher'));
    if (!publisher) throw new ProblemError(404, { kind: 'unknown-publisher', detail: `no publisher "${c.req.param('publisher')}"` });
    return c.json({ name: publisher.name, createdAt: publisher.createdAt.toISOString(), keys: await activePublisherKeys(db, publisher.id) });
  });

  routes.post('/v1/publishers/:publisher/keys', requirePublisher(options), async (c) => {
    const { db } = c.get('services');
    const owner = c.get('owner');
    const body = validateAddKey(await readJsonBody(c));
    const publisher = await findPublisher(db, owner.publisher);
    if (!publisher) throw new ProblemError(404, { kind: 'unknown-publisher', detail: `no publisher "${owner.publisher}"` });
    const { publicKey, added } = await addPublisherKey(db, publisher, body.publicKey, `token:${owner.tokenId}`);
    return c.json({ publisher: publisher.name, publicKey, added }, added ? 201 : 200);
  });

  return routes;
}
