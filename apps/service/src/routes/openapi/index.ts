import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { createOpenApiDocument } from '../../api/openapi-document.ts';
import type { AppEnv } from '../../app/app-env.ts';

/**
 * `GET /openapi.json` (generated from the JSON Schemas) and `GET /docs`, a page listing every
 * operation with its request and response schemas, rendered here without any script or CDN.
 *
 * @example
 * const document = await (await app.request('/openapi.json')).json()
 */
export function createOpenApiRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const document = createOpenApiDocument();
  const text = JSON.stringify(document);
  routes.get('/openapi.json', (c) => c.body(text, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }));
  routes.get('/docs', (c) => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const { summary, responses, requestBody } = operation as { summary: string; responses: Record<string, { description: string }>; requestBody?: unknown };
        return html`<section>
  <h2><code>${method.toUpperCase()} ${path}</code></h2>
  <p>${summary}</p>
  ${requestBody ? html`<details><summary>Request body</summary><pre>${JSON.stringify(requestBody, null, 2)}</pre></details>` : ''}
  <ul>${raw(
    Object.entries(responses)
      .map(([status, response]) => `<li><b>${status}</b> ${escapeHtml(response.description)}</li>`)
      .join(''),
  )}</ul>
</section>`;
      }),
    );
    return c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Social Lens API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:.5rem;overflow:auto;font-size:13px}h2{font-size:1.1rem;margin-top:2rem}</style></head>
<body><h1>Social Lens API</h1><p>${(document.info as { description: string }).description}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1, schemas from the rule-set, record and finding JSON Schemas).</p>
${operations}
</body></html>`);
  });
  return routes;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
