import type { RuleSetDocument } from '@social-lens/rules';
import { type VetTarget, vetDocument, vetRun } from './vet-rule-set.ts';

/**
 * Where a publish does its CPU work on the request (schema, canonical JSON, resolution, scenario
 * tests): in this thread, or in a worker thread with a time and memory budget
 * (`createWorkerVetting`). One vetting serves one publish and is closed after it.
 */
export interface PublishVetting {
  document(ruleset: unknown, target: VetTarget): Promise<{ content: string; sha256: string }>;
  run(document: RuleSetDocument, tests: unknown, bases: readonly RuleSetDocument[], target: VetTarget): Promise<void>;
  close(): Promise<void>;
}

/** The vetting of trusted, small documents (the shipped rule sets at start-up): in this thread. */
export function inProcessVetting(): PublishVetting {
  return { document: vetDocument, run: vetRun, close: async () => {} };
}
