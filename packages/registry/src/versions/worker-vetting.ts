import { Worker } from 'node:worker_threads';
import type { RuleSetDocument } from '@social-lens/rules';
import { RegistryError } from '../registry-error.ts';
import type { PublishVetting } from './publish-vetting.ts';
import type { VetReply, VetRequest } from './vet-messages.ts';
import { refused, type VetTarget } from './vet-rule-set.ts';

/** The built worker: the same path from `src/versions` (tests) and `dist/versions` (the service). */
const VET_WORKER_SCRIPT = new URL('../../dist/versions/vet-worker.js', import.meta.url);

export interface WorkerVettingOptions {
  /** Milliseconds one publish's vetting may take, all stages together; past it the publish is refused (422). */
  budgetMs: number;
  /** Old-generation heap of the worker; a rule set that needs more is refused. */
  maxMemoryMb: number;
}

function overBudget(options: WorkerVettingOptions): RegistryError {
  return refused('invalid-rule-set', `the rule set could not be validated, resolved and tested within ${options.budgetMs} ms`, [
    { path: '/ruleset', message: `validation, resolution and scenario tests took longer than ${options.budgetMs} ms`, code: 'budget-exceeded' },
  ]);
}

function overMemory(options: WorkerVettingOptions, cause: unknown): RegistryError {
  return refused(
    'invalid-rule-set',
    `the rule set could not be validated, resolved and tested within ${options.maxMemoryMb} MB`,
    [{ path: '/ruleset', message: `validation, resolution and scenario tests needed more than ${options.maxMemoryMb} MB`, code: 'memory-exceeded' }],
    cause,
  );
}

/**
 * Vets each publish in a worker thread of its own, so that a large or hostile rule set never
 * holds the event loop (`/health` and every other request go on being answered): one budget of
 * time for all its stages, one of memory; the worker is ended when the publish is done or over
 * budget.
 *
 * @example
 * const vetting = createWorkerVetting({ budgetMs: 30_000, maxMemoryMb: 1024 })
 * await publishRuleSet(db, loader, body, target, { vetting: vetting() })
 */
export function createWorkerVetting(options: WorkerVettingOptions): () => PublishVetting {
  return () => {
    let worker: Worker | undefined;
    let deadline = 0;
    const ask = (request: VetRequest): Promise<unknown> => {
      if (!worker) {
        // No inherited `--conditions development`: the built worker imports the built packages.
        worker = new Worker(VET_WORKER_SCRIPT, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } });
        deadline = Date.now() + options.budgetMs;
      }
      const running = worker;
      return new Promise((resolve, reject) => {
        const settle = (outcome: () => void) => {
          clearTimeout(timer);
          running.off('message', onMessage).off('error', onError).off('exit', onExit);
          outcome();
        };
        const onMessage = (reply: VetReply) =>
          settle(() => {
            if (reply.ok) resolve(reply.value);
            else if ('refused' in reply) reject(new RegistryError(reply.refused.code, reply.refused.message, { problems: reply.refused.problems }));
            else reject(new Error(`vetting a publish failed: ${reply.failure}`));
          });
        const onError = (error: Error & { code?: string }) =>
          settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overMemory(options, error) : error));
        const onExit = (code: number) => settle(() => reject(new Error(`the vetting worker exited with ${code}`)));
        const timer = setTimeout(
          () =>
            settle(() => {
              void running.terminate();
              reject(overBudget(options));
            }),
          Math.max(0, deadline - Date.now()),
        );
        running.on('message', onMessage).on('error', onError).on('exit', onExit);
        running.postMessage(request);
      });
    };
    return {
      document: async (ruleset: unknown, target: VetTarget) => (await ask({ stage: 'document', ruleset, target })) as { content: string; sha256: string },
      run: async (document: RuleSetDocument, tests: unknown, bases: readonly RuleSetDocument[], target: VetTarget) => {
        await ask({ stage: 'run', document, tests, bases, target });
      },
      close: async () => {
        await worker?.terminate();
      },
    };
  };
}
