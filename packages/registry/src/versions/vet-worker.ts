import { parentPort } from 'node:worker_threads';
import { RegistryError } from '../registry-error.ts';
import type { VetReply, VetRequest } from './vet-messages.ts';
import { vetDocument, vetRun } from './vet-rule-set.ts';

/** The worker thread of `createWorkerVetting`: one publish's vetting stages, one message each. */
parentPort?.on('message', async (request: VetRequest) => {
  let reply: VetReply;
  try {
    reply =
      request.stage === 'document'
        ? { ok: true, value: await vetDocument(request.ruleset, request.target) }
        : { ok: true, value: await vetRun(request.document, request.tests, request.bases, request.target) };
  } catch (error) {
    reply =
      error instanceof RegistryError
        ? { ok: false, refused: { code: error.code, message: error.message, problems: [...error.problems] } }
        : { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
