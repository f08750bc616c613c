import { startService } from './start-service.ts';

// `pnpm start` runs from the workspace root: DATA_DIR and other paths are relative to where it was typed.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const service = await startService(process.env);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
