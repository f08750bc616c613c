import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../../app/app-env.ts';
import { ProblemError } from '../../problems/problem-error.ts';

/** The widget package's folder: its built bundle and demo pages are served from there. */
const WIDGET_DIRECTORY = dirname(createRequire(import.meta.url).resolve('@social-lens/widget/package.json'));
/** Demo pages are plain file names: nothing else in the folder, and no path, can be asked for. */
const DEMO_PAGE = /^[a-z][a-z0-9-]*\.html$/;
/** The bundle may change with each deploy: browsers revalidate, and the ETag keeps that cheap. */
const WIDGET_CACHE_CONTROL = 'public, max-age=300, must-revalidate';

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * `GET /widget.js`: the self-contained widget bundle (`@social-lens/widget`, built by
 * `pnpm build`), and `/demo/…`: the demo MIS screens that embed it.
 *
 * @example
 * await app.request('/widget.js') // 200, text/javascript
 * await app.request('/demo/client-form.html') // 200, the loan-application screen
 */
export function createPageRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/widget.js', etag());
  routes.get('/widget.js', async (c) => {
    const bundle = await readOrNull(join(WIDGET_DIRECTORY, 'dist', 'lens-widget.js'));
    if (!bundle) throw new ProblemError(503, { kind: 'widget-not-built', detail: 'the widget bundle is not built: run `pnpm build`' });
    return c.body(new Uint8Array(bundle), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': WIDGET_CACHE_CONTROL });
  });
  routes.get('/widget.js.map', async (c) => {
    const map = await readOrNull(join(WIDGET_DIRECTORY, 'dist', 'lens-widget.js.map'));
    if (!map) throw new ProblemError(404, { kind: 'not-found', detail: 'no source map' });
    return c.body(new Uint8Array(map), 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': WIDGET_CACHE_CONTROL });
  });
  routes.get('/demo', (c) => c.redirect('/demo/', 301));
  routes.get('/demo/', (c) => c.redirect('/demo/index.html', 302));
  routes.get('/demo/:page', async (c) => {
    const page = c.req.param('page');
    const html = DEMO_PAGE.test(page) ? await readOrNull(join(WIDGET_DIRECTORY, 'demo', page)) : null;
    if (!html) throw new ProblemError(404, { kind: 'not-found', detail: `no demo page "${page}"` });
    return c.body(new Uint8Array(html), 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  });
  return routes;
}
