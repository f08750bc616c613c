import { createRegistryCatalogLoader, createWorkerVetting } from '@social-lens/registry';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { clientAddress } from '../middleware/client-address.ts';
import { createRateLimiter } from '../middleware/rate-limit.ts';
import { requestLog } from '../middleware/request-log.ts';
import { createErrorHandler } from '../problems/on-error.ts';
import { ProblemError, problemResponse } from '../problems/problem-error.ts';
import { createCatalogCache } from '../registry/catalog-cache.ts';
import { createHealthRoutes } from '../routes/health/index.ts';
import { createObjectiveRoutes } from '../routes/objectives/index.ts';
import { createOpenApiRoutes } from '../routes/openapi/index.ts';
import { createPageRoutes } from '../routes/pages/index.ts';
import { createProgressRoutes } from '../routes/progress/index.ts';
import { createPublisherRoutes } from '../routes/publishers/index.ts';
import { createRecordsRoutes } from '../routes/records/index.ts';
import { createRuleSetRoutes } from '../routes/rulesets/index.ts';
import { allowedMethodsOf } from './allowed-methods.ts';
import type { AppEnv, AppServices } from './app-env.ts';
import { DEFAULT_CATALOG_REFRESH_MS, DEFAULT_LIMITS, DEFAULT_RATE_LIMIT, type ServiceOptions } from './service-options.ts';

/**
 * Reads and drops what is left of a refused body, up to `maxBytes`, so that an HTTP client that
 * is still sending gets to read the 413 instead of a reset connection.
 */
async function discardBody(request: Request, maxBytes: number): Promise<void> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (!request.body || request.bodyUsed || declared > maxBytes) return;
  const reader = request.body.getReader();
  let read = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done && read <= maxBytes; chunk = await reader.read()) read += chunk.value.byteLength;
  } catch {
    // The client went away: nothing left to answer.
  } finally {
    reader.releaseLock();
  }
}

/**
 * Builds the service's Hono app on an open database, without listening: tests call
 * `app.request()` in-process, `server.ts` serves it on a port.
 *
 * @example
 * const app = createApp({ database: await openDatabase({ dataDir: './.data' }) })
 * const response = await app.request('/health')
 */
export function createApp(options: ServiceOptions): Hono<AppEnv> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { db, kind } = options.database;
  const publishVetting = createWorkerVetting({ budgetMs: limits.publishMs, maxMemoryMb: limits.publishMemoryMb });
  const loader = createRegistryCatalogLoader(db);
  const catalogs = createCatalogCache(db, loader, { refreshMs: options.catalogRefreshMs ?? DEFAULT_CATALOG_REFRESH_MS });
  const services: AppServices = { db, databaseKind: kind, loader, catalogs, limits, publishVetting };
  const rateLimit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  const limiter = rateLimit ? createRateLimiter(db, rateLimit.windowMs) : undefined;
  const write = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const app = new Hono<AppEnv>();

  app.use(requestLog({ write }));
  app.use(clientAddress({ trustProxy: options.trustProxy ?? false }));
  app.use(
    cors({
      origin: options.corsOrigins === undefined || options.corsOrigins === '*' ? '*' : [...options.corsOrigins],
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match', 'Accept'],
      exposeHeaders: [
        'ETag',
        'Location',
        'Retry-After',
        'X-Rule-Set-Version',
        'X-Rule-Set-Signature',
        'X-Rule-Set-Signed-With',
        'X-Rule-Sets',
        'Deprecation',
        'X-Lens-Warnings',
      ],
      maxAge: 600,
    }),
  );
  app.use(async function provideServices(c, next) {
    c.set('services', services);
    await next();
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: limits.bodyBytes,
      onError: async (c) => {
        await discardBody(c.req.raw, limits.bodyBytes * 4);
        throw new ProblemError(413, {
          kind: 'body-too-large',
          detail: `the request body is larger than ${limits.bodyBytes} bytes`,
          errors: [{ path: '/', message: `at most ${limits.bodyBytes} bytes`, code: 'body-too-large' }],
        });
      },
    }),
  );
  if (limiter && rateLimit) {
    app.use('/v1/*', async function limitByAddress(c, next) {
      if (c.req.method !== 'OPTIONS') await limiter.hit(`address:${c.get('clientAddress')}`, rateLimit.perAddress);
      await next();
    });
  }

  const perToken = rateLimit ? rateLimit.perToken : Number.POSITIVE_INFINITY;
  app.route('/', createHealthRoutes());
  app.route('/', createRecordsRoutes());
  app.route('/', createObjectiveRoutes());
  app.route('/', createProgressRoutes());
  app.route('/', createRuleSetRoutes({ limiter, perToken }));
  app.route('/', createPublisherRoutes({ limiter, perToken }));
  app.route('/', createOpenApiRoutes());
  // A loan officer on a slow link loads the widget: gzip it and the demo pages (137 KiB, not 488).
  app.use('/widget.js', compress());
  app.use('/demo/*', compress());
  app.route('/', createPageRoutes());
  app.get('/', (c) => c.redirect('/docs'));

  const allowedMethods = allowedMethodsOf(app);
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = allowedMethods(path);
    if (allowed.length > 0) {
      const allow = allowed.includes('GET') && !allowed.includes('HEAD') ? [...allowed, 'HEAD'] : allowed;
      return problemResponse(
        new ProblemError(405, {
          kind: 'method-not-allowed',
          detail: `${path} answers ${allow.join(', ')}, not ${c.req.method}`,
          headers: { allow: allow.join(', ') },
        }),
      );
    }
    return problemResponse(new ProblemError(404, { kind: 'not-found', detail: `no route ${c.req.method} ${path}` }));
  });
  app.onError(
    createErrorHandler((error) => {
      write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: 'error',
          error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
        }),
      );
    }),
  );
  return app;
}
