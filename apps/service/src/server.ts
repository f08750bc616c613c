import { RegistryError } from '@social-lens/registry';
import { ServiceEnvironmentError } from './app/service-environment-error.ts';
import { type RunningService, startService } from './start-service.ts';

/** What to say when the service cannot start: one line for what an operator can fix, the stack for a bug. */
function startFailure(error: unknown): string {
  if (error instanceof RegistryError || error instanceof ServiceEnvironmentError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return `cannot listen on ${process.env['HOST'] || '127.0.0.1'}:${process.env['PORT'] || '8787'} (${code}): another service there, or set PORT and HOST`;
  }
  return `failed to start; please report this: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

// `pnpm start` runs from the workspace root: DATA_DIR and other paths are relative to where it was typed.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

let service: RunningService;
try {
  service = await startService(process.env);
} catch (error) {
  process.stderr.write(`social-lens service: ${startFailure(error)}\n`);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
