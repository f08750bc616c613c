import type { RuleSetDocument } from '@social-lens/rules';
import type { RegistryErrorCode, RegistryProblem } from '../registry-error.ts';
import type { VetTarget } from './vet-rule-set.ts';

/** What the publishing thread asks the vetting worker, one stage at a time. */
export type VetRequest =
  | { stage: 'document'; ruleset: unknown; target: VetTarget }
  | { stage: 'run'; document: RuleSetDocument; tests: unknown; bases: readonly RuleSetDocument[]; target: VetTarget };

/** The worker's answer: the stage's value, the publish refused (a `RegistryError`'s parts), or a failure of the code itself. */
export type VetReply =
  | { ok: true; value: unknown }
  | { ok: false; refused: { code: RegistryErrorCode; message: string; problems: RegistryProblem[] } }
  | { ok: false; failure: string };
