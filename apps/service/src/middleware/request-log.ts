import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../app/app-env.ts';

export interface RequestLogOptions {
  write: (line: string) => void;
}

/**
 * Writes one JSON line per request: method, route pattern (not the URL: no query values), status,
 * duration and the counts a route records. Never bodies, records or objective texts.
 *
 * @example
 * app.use(requestLog({ write: (line) => process.stdout.write(`${line}\n`) }))
 */
export function requestLog(options: RequestLogOptions): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const started = performance.now();
    const counts: Record<string, number> = {};
    c.set('logCounts', counts);
    await next();
    const route = routePath(c, -1);
    options.write(
      JSON.stringify({
        time: new Date().toISOString(),
        method: c.req.method,
        route: c.res.status === 404 && route.endsWith('*') ? '(unmatched)' : route,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        ...counts,
      }),
    );
  };
}
