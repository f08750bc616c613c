import { parentPort, workerData } from 'node:worker_threads';
import { type ChunkCheckerConfig, createChunkChecker } from './chunk-checker.ts';

/** A worker thread of `lens check records`: checks the chunks it is sent, one at a time. */
const check = createChunkChecker(workerData as ChunkCheckerConfig);
parentPort!.on('message', async (message: { id: number; bytes: Uint8Array; firstLine: number }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: await check(message.bytes, message.firstLine) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
