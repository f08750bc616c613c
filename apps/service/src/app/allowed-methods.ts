import { PatternRouter } from 'hono/router/pattern-router';

/**
 * The methods the routes of an app answer for a path (middleware aside), so that a request with
 * another method is a 405 with `Allow` rather than a 404. The router is built on first use, when
 * every route is registered.
 *
 * @example
 * const allowed = allowedMethodsOf(app)
 * allowed('/v1/records/check') // → ['POST']
 */
export function allowedMethodsOf(app: { readonly routes: ReadonlyArray<{ method: string; path: string }> }): (path: string) => string[] {
  let router: PatternRouter<string> | undefined;
  let methods: string[] = [];
  return (path) => {
    if (!router) {
      router = new PatternRouter<string>();
      const routes = app.routes.filter((route) => route.method !== 'ALL');
      methods = [...new Set(routes.map((route) => route.method))];
      for (const route of routes) router.add(route.method, route.path, route.method);
    }
    const found = router;
    return methods.filter((method) => found.match(method, path)[0].length > 0);
  };
}
