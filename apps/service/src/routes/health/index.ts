import { pingDatabase } from '@social-lens/registry';
import { Hono } from 'hono';
import type { AppEnv } from '../../app/app-env.ts';

/**
 * `GET /health`: 200 with the database kind when the database answers.
 *
 * @example
 * await (await app.request('/health')).json() // → { status: 'ok', database: 'pglite' }
 */
export function createHealthRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/health', async (c) => {
    const { db, databaseKind } = c.get('services');
    await pingDatabase(db);
    return c.json({ status: 'ok', database: databaseKind });
  });
  return routes;
}
