import { Worker } from 'node:worker_threads';
import type { CellsLayout, RecordsLayout } from '@social-lens/rules/records-input';
import type { OpenedExport } from '../input/open-export.ts';
import { type ChunkCheckerConfig, type ChunkResult, createChunkChecker } from './chunk-checker.ts';

export interface PipelineOptions {
  /** Worker threads; 0 checks in the main thread. */
  workers: number;
  chunkBytes: number;
  /** Receives each chunk's result in file order; the pipeline waits for it (backpressure). */
  onResult: (result: ChunkResult, endOffset: number) => Promise<void>;
}

type Check = (bytes: Uint8Array, firstLine: number) => Promise<ChunkResult>;

/**
 * The worker's script as `pnpm build` wrote it beside this file: plain JavaScript importing the
 * built packages, so a worker starts without a loader or a bundling step of its own.
 */
const CHECK_WORKER_SCRIPT = new URL('./check-worker.js', import.meta.url);

/** A worker holds two chunks at most: a small young generation keeps its memory (and RSS) flat. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

function createWorkerPool(config: ChunkCheckerConfig, size: number): { checks: Check[]; close: () => Promise<void> } {
  const workers = Array.from({ length: size }, () => new Worker(CHECK_WORKER_SCRIPT, { workerData: config, resourceLimits: WORKER_LIMITS }));
  let nextId = 0;
  const waiting = new Map<number, { resolve: (result: ChunkResult) => void; reject: (error: Error) => void }>();
  for (const worker of workers) {
    worker.on('message', (message: { id: number; result?: ChunkResult; error?: string }) => {
      const task = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) task?.reject(new Error(message.error));
      else task?.resolve(message.result!);
    });
    worker.on('error', (error) => {
      for (const task of waiting.values()) task.reject(error);
      waiting.clear();
    });
  }
  const checks = workers.map(
    (worker): Check =>
      (bytes, firstLine) =>
        new Promise((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          // A copy of its own, so transferring it cannot detach memory the reader still uses.
          const copy = new Uint8Array(bytes);
          worker.postMessage({ id, bytes: copy, firstLine }, [copy.buffer]);
        }),
  );
  return {
    checks,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Reads an export chunk by chunk, checks the chunks (in worker threads when asked, so parsing
 * and checking use every core) and hands the results over strictly in file order. At most two
 * chunks per checker are in flight, so memory stays flat whatever the length of the file.
 */
export async function runCheckPipeline(source: OpenedExport<RecordsLayout | CellsLayout>, config: ChunkCheckerConfig, options: PipelineOptions): Promise<void> {
  const pool = options.workers > 0 ? createWorkerPool(config, options.workers) : undefined;
  const checks: Check[] = pool?.checks ?? [createChunkChecker(config)];
  const inFlight: Array<{ result: Promise<ChunkResult>; endOffset: number }> = [];
  const maxInFlight = checks.length * 2;
  let next = 0;
  try {
    for await (const chunk of source.chunks(options.chunkBytes)) {
      const check = checks[next++ % checks.length]!;
      const result = check(chunk.bytes, chunk.firstLine);
      result.catch(() => undefined);
      inFlight.push({ result, endOffset: chunk.endOffset });
      while (inFlight.length >= maxInFlight) {
        const head = inFlight.shift()!;
        await options.onResult(await head.result, head.endOffset);
      }
    }
    while (inFlight.length > 0) {
      const head = inFlight.shift()!;
      await options.onResult(await head.result, head.endOffset);
    }
  } finally {
    await pool?.close();
  }
}
