import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { createOpenApiDocument } from '../../api/openapi-document.ts';
import type { AppEnv } from '../../app/app-env.ts';

/** Scalar's standalone bundle, from the npm package: the page needs no CDN and works offline. */
const API_REFERENCE_SCRIPT = join(dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')), 'browser', 'standalone.js');

/**
 * The bundle's own @font-face rules load Inter and a mono font from Scalar's host whatever the
 * options say; the service may run without internet, so each such source becomes the font as
 * installed on the machine (`local()`), and without it the system fonts the page's CSS sets.
 */
const FONT_SOURCE = /url\(https:\/\/fonts\.scalar\.com\/[^)]*\) format\("woff2"\)/g;

async function readApiReferenceScript(): Promise<Buffer> {
  const text = await readFile(API_REFERENCE_SCRIPT, 'utf8');
  return Buffer.from(text.replace(FONT_SOURCE, 'local("Inter")'), 'utf8');
}

/**
 * The reference page: Scalar renders `/openapi.json` (operations, request and response schemas,
 * the document's examples). Fonts are the system's (`withDefaultFonts: false`, and the font
 * variables set to system fonts), so the page asks for nothing outside this service.
 */
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social Lens API</title>
</head>
<body>
<noscript>The API reference needs JavaScript. The document itself: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</noscript>
<div id="api-reference"></div>
<script src="/docs/api-reference.js"></script>
<script>
Scalar.createApiReference('#api-reference', {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  customCss: ':root, :host { --scalar-font: system-ui, sans-serif !important; --scalar-font-code: ui-monospace, monospace !important; }',
});
</script>
</body>
</html>
`;

/**
 * `GET /openapi.json` (generated from the JSON Schemas), `GET /docs`, the API reference rendered
 * from it, and `GET /docs/api-reference.js`, the renderer served from the package.
 *
 * @example
 * const document = await (await app.request('/openapi.json')).json()
 */
export function createOpenApiRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const text = JSON.stringify(createOpenApiDocument());
  let script: Promise<Buffer> | undefined;
  routes.get('/openapi.json', (c) => c.body(text, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }));
  routes.get('/docs', (c) => c.html(DOCS_PAGE, 200, { 'cache-control': 'no-cache' }));
  routes.use('/docs/api-reference.js', etag());
  routes.get('/docs/api-reference.js', async (c) => {
    script ??= readApiReferenceScript();
    return c.body(new Uint8Array(await script), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300, must-revalidate',
    });
  });
  return routes;
}
