import { addPublisher, createRegistryCatalogLoader, type OpenDatabase, publishRuleSetFolder } from '@social-lens/registry';
import { openTestDatabase } from '@social-lens/registry/testing';
import { createApp } from '../app/create-app.ts';
import type { ServiceOptions } from '../app/service-options.ts';
import { SHIPPED_RULES_DIRECTORY } from '../seed/shipped-rules-directory.ts';

export interface TestService {
  app: ReturnType<typeof createApp>;
  database: OpenDatabase;
  /** The request log lines written so far. */
  logs: string[];
  /** A new publisher and its token. */
  publisher(name: string, publicKey?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A service on a new database with the shipped rule sets published, its log kept in memory.
 *
 * @example
 * const service = await createTestService()
 * const token = await service.publisher('assoc')
 */
export async function createTestService(options: Partial<ServiceOptions> & { kind?: 'pglite' | 'postgres' } = {}): Promise<TestService> {
  const database = await openTestDatabase(options.kind ?? 'pglite');
  // Rule sets other tests rely on (core/client-data, examples/national) are checked by the tests that use them.
  await publishRuleSetFolder(database.db, createRegistryCatalogLoader(database.db), SHIPPED_RULES_DIRECTORY);
  const logs: string[] = [];
  const app = createApp({ rateLimit: false, ...options, database, log: (line) => logs.push(line) });
  return {
    app,
    database,
    logs,
    publisher: async (name, publicKey) => (await addPublisher(database.db, name, publicKey ? { publicKey } : {})).token,
    close: () => database.close(),
  };
}

/** JSON request init, with a bearer token when given. */
export function jsonRequest(method: string, body: unknown, token?: string): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
