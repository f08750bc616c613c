import { Worker } from 'node:worker_threads';
import type { PortfolioAccumulatorState } from '@social-lens/rules/aggregate';
import type { CellsLayout, RecordsLayout } from '@social-lens/rules/records-input';
import type { OpenedExport } from '../input/open-export.ts';
import type { WorkerRequest } from './check-worker.ts';
import { type ChunkChecker, type ChunkCheckerConfig, type ChunkResult, createChunkChecker } from './chunk-checker.ts';

export interface PipelineOptions {
  /** Worker threads; 0 checks in the main thread. */
  workers: number;
  chunkBytes: number;
  /** Receives each chunk's result in file order; the pipeline waits for it (backpressure). */
  onResult: (result: ChunkResult, endOffset: number) => Promise<void>;
  /** Receives the portfolio state of each checker after the last result, one checker at a time (it may take the state over). */
  onPortfolioState: (states: PortfolioAccumulatorState[]) => void;
}

type RemoteChecker = { check: ChunkChecker['check']; portfolioState: () => Promise<PortfolioAccumulatorState[] | undefined>; close: () => Promise<void> };

/**
 * The worker's script as `pnpm build` wrote it beside this file: plain JavaScript importing the
 * built packages, so a worker starts without a loader or a bundling step of its own.
 */
const CHECK_WORKER_SCRIPT = new URL('./check-worker.js', import.meta.url);

/**
 * A worker holds two chunks at most: a small young generation keeps its memory (and RSS) flat.
 * Its old generation holds its part of the portfolio state (one entry per distinct duplicate key).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 2048 };

function createWorkerPool(config: ChunkCheckerConfig, size: number): { checkers: RemoteChecker[]; close: () => Promise<void> } {
  const workers = Array.from({ length: size }, () => new Worker(CHECK_WORKER_SCRIPT, { workerData: config, resourceLimits: WORKER_LIMITS }));
  let nextId = 0;
  // biome-ignore lint/suspicious/noExplicitAny: each request's promise knows its own result type
  const waiting = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();
  for (const worker of workers) {
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const task = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) task?.reject(new Error(message.error));
      else task?.resolve(message.result);
    });
    worker.on('error', (error) => {
      for (const task of waiting.values()) task.reject(error);
      waiting.clear();
    });
  }
  const ask = <Result>(worker: Worker, request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<Result> =>
    new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  const checkers = workers.map(
    (worker): RemoteChecker => ({
      check: (bytes, firstLine) => {
        // A copy of its own, so transferring it cannot detach memory the reader still uses.
        const copy = new Uint8Array(bytes);
        return ask<ChunkResult>(worker, { id: nextId++, bytes: copy, firstLine }, [copy.buffer as ArrayBuffer]);
      },
      portfolioState: () => ask<PortfolioAccumulatorState[] | undefined>(worker, { id: nextId++, portfolioState: true }),
      close: async () => {
        await worker.terminate();
      },
    }),
  );
  return {
    checkers,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Reads an export chunk by chunk, checks the chunks (in worker threads when asked, so parsing
 * and checking use every core) and hands the results over strictly in file order. At most two
 * chunks per checker are in flight, so memory stays flat whatever the length of the file. Each
 * checker accumulates the portfolio rules of its own chunks (`collect: 'portfolio'`); at the end
 * their states go to `onPortfolioState` one checker at a time, each moved (not copied) out of its
 * worker and the worker ended before the next, so at most one worker's state is in flight.
 */
export async function runCheckPipeline(source: OpenedExport<RecordsLayout | CellsLayout>, config: ChunkCheckerConfig, options: PipelineOptions): Promise<void> {
  const pool = options.workers > 0 ? createWorkerPool(config, options.workers) : undefined;
  const local = pool ? undefined : createChunkChecker(config);
  const checkers: RemoteChecker[] = pool?.checkers ?? [
    { check: local!.check, portfolioState: async () => local!.portfolioState()?.states, close: async () => undefined },
  ];
  const checks = checkers.map((checker) => checker.check);
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
    // One worker at a time, each ended as soon as its state is here: its heap is freed before the state is merged.
    for (const checker of checkers) {
      const states = await checker.portfolioState();
      await checker.close();
      if (states !== undefined) options.onPortfolioState(states);
    }
  } finally {
    await pool?.close();
  }
}
