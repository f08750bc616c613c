import { authenticateToken } from '@social-lens/registry';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app/app-env.ts';
import { ProblemError } from '../problems/problem-error.ts';
import type { RateLimiter } from './rate-limit.ts';

/**
 * Lets a request through only with a valid `Authorization: Bearer <token>` of the publisher
 * named in the URL (`:publisher`): 401 without or with a wrong token, 403 for another
 * publisher's namespace, 429 past the per-token limit.
 *
 * @example
 * routes.put('/v1/rulesets/:publisher/:name/:version', requirePublisher({ limiter, perToken: 600 }), handler)
 */
export function requirePublisher(options: { limiter?: RateLimiter | undefined; perToken: number }): MiddlewareHandler<AppEnv> {
  return async function checkPublisherToken(c, next) {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const challenge = { 'www-authenticate': 'Bearer realm="social-lens"' };
    if (!token)
      throw new ProblemError(401, {
        kind: 'unauthorized',
        detail: 'publishing needs "Authorization: Bearer <token>" (lens admin add-publisher prints one)',
        headers: challenge,
      });
    const owner = await authenticateToken(c.get('services').db, token);
    if (!owner) throw new ProblemError(401, { kind: 'unauthorized', detail: 'the token is not valid', headers: challenge });
    if (options.limiter) await options.limiter.hit(`token:${owner.tokenId}`, options.perToken);
    const publisher = c.req.param('publisher');
    if (publisher !== owner.publisher) {
      throw new ProblemError(403, { kind: 'forbidden', detail: `the token is for publisher "${owner.publisher}" and cannot act for "${publisher}"` });
    }
    c.set('owner', owner);
    await next();
  };
}
