import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestService, type TestService } from '../src/testing/index.ts';

let service: TestService;
beforeAll(async () => {
  service = await createTestService();
});
afterAll(async () => {
  await service?.close();
});

test('serves the widget bundle as one ES module', async () => {
  const response = await service.app.request('/widget.js');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(response.headers.get('etag')).toBeTruthy();
  const text = await response.text();
  expect(text).toContain('lens-record-check');
  expect(text).not.toMatch(/^import\s/m);
});

test('gzips the bundle for a slow link', async () => {
  const response = await service.app.request('/widget.js', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers.get('content-encoding')).toBe('gzip');
  const compressed = new Uint8Array(await response.arrayBuffer());
  const plain = await (await service.app.request('/widget.js')).text();
  expect(compressed.length).toBeLessThan(plain.length / 2);
});

test('serves the demo pages and nothing else from their folder', async () => {
  expect((await service.app.request('/demo/')).headers.get('location')).toBe('/demo/index.html');
  expect((await service.app.request('/demo/index.html')).status).toBe(200);
  for (const page of ['client-form.html', 'objectives.html']) {
    const response = await service.app.request(`/demo/${page}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script type="module" src="/widget.js"></script>');
  }
  for (const path of ['/demo/..%2Fpackage.json', '/demo/missing.html', '/demo/client-form.htm']) {
    expect((await service.app.request(path)).status).toBe(404);
  }
});
