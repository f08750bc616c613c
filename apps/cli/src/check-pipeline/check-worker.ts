import { parentPort, workerData } from 'node:worker_threads';
import { type ChunkCheckerConfig, createChunkChecker } from './chunk-checker.ts';

/** What the main thread sends: a chunk to check, or the request for the portfolio state at the end. */
export type WorkerRequest = { id: number; bytes: Uint8Array; firstLine: number } | { id: number; portfolioState: true };

/** A worker thread of `lens check records`: checks the chunks it is sent, one at a time, accumulating their portfolio rules. */
const checker = createChunkChecker(workerData as ChunkCheckerConfig);
parentPort!.on('message', async (message: WorkerRequest) => {
  try {
    if ('portfolioState' in message) {
      // The duplicate index moves to the main thread without a copy; this worker is ended after.
      const portfolio = checker.portfolioState();
      parentPort!.postMessage({ id: message.id, result: portfolio?.states }, portfolio?.transferList ?? []);
    } else {
      const result = await checker.check(message.bytes, message.firstLine);
      // The encoded findings move to the main thread without a copy.
      parentPort!.postMessage({ id: message.id, result }, result.output.byteLength > 0 ? [result.output.buffer as ArrayBuffer] : []);
    }
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
