import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app/app-env.ts';

/**
 * Sets `clientAddress`: the socket's remote address, or the first `X-Forwarded-For` hop when
 * the service is told it runs behind a proxy. In-process requests (tests) are `local`.
 *
 * @example
 * app.use(clientAddress({ trustProxy: false }))
 */
export function clientAddress(options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async function setClientAddress(c, next) {
    let address: string | undefined;
    if (options.trustProxy) address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (!address) {
      try {
        address = getConnInfo(c).remote.address;
      } catch {
        address = undefined;
      }
    }
    c.set('clientAddress', address ?? 'local');
    await next();
  };
}
