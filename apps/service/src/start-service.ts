import { type ServerType, serve } from '@hono/node-server';
import { createRegistryCatalogLoader, openDatabase, publishRuleSetFolder } from '@social-lens/registry';
import { createApp } from './app/create-app.ts';
import { readServiceEnvironment } from './app/read-service-environment.ts';
import { SHIPPED_RULES_DIRECTORY } from './seed/shipped-rules-directory.ts';

export interface StartServiceOptions {
  /** Where log lines go; standard output by default. */
  log?: (line: string) => void;
  /** A migrated PGlite dump for a new embedded database (tests; see `createPgliteTemplate`). */
  pgliteTemplate?: Blob;
}

export interface RunningService {
  server: ServerType;
  port: number;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), publishes the shipped rule sets, and serves the app.
 * Throws the registry's `RegistryError` when the database cannot be had (`data-folder-locked`:
 * another service holds `DATA_DIR`; `database-unavailable`), and a `ServiceEnvironmentError`
 * for a setting it cannot read.
 *
 * @example
 * const service = await startService({ ...process.env, PORT: '0', HOST: '127.0.0.1' })
 * await fetch(`http://127.0.0.1:${service.port}/health`)
 * await service.close()
 */
export async function startService(environment: NodeJS.ProcessEnv, options: StartServiceOptions = {}): Promise<RunningService> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const settings = readServiceEnvironment(environment);
  const database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, pgliteTemplate: options.pgliteTemplate });
  let server: ServerType;
  try {
    if (settings.seedRuleSets) {
      const report = await publishRuleSetFolder(database.db, createRegistryCatalogLoader(database.db), SHIPPED_RULES_DIRECTORY);
      log(
        JSON.stringify({ time: new Date().toISOString(), event: 'seed', created: report.created, unchanged: report.unchanged.length, failed: report.failed }),
      );
    }
    const app = createApp({
      database,
      limits: settings.limits,
      rateLimit: settings.rateLimit,
      corsOrigins: settings.corsOrigins,
      trustProxy: settings.trustProxy,
      catalogRefreshMs: settings.catalogRefreshMs,
      log,
    });
    server = await new Promise<ServerType>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () => resolve(started));
      // A port in use (EADDRINUSE) is told here, not as an uncaught exception.
      started.once('error', reject);
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  log(JSON.stringify({ time: new Date().toISOString(), event: 'listening', port, host: settings.host, database: database.kind }));
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }).finally(() => database.close()),
  };
}
