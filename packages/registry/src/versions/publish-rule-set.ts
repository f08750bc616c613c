import { parseRuleSetReference, type RuleSetDocument, verifyDocumentSignature } from '@social-lens/rules';
import type { Database } from '../database/database.ts';
import { activePublisherKeys } from '../publishers/publishers.ts';
import type { RegistryError, RegistryProblem } from '../registry-error.ts';
import { inProcessVetting, type PublishVetting } from './publish-vetting.ts';
import type { RegistryCatalogLoader } from './registry-catalog.ts';
import { findVersion, insertVersion } from './rule-set-versions.ts';
import { refused } from './vet-rule-set.ts';

/** What a publish carries: `PUT /v1/rulesets/{publisher}/{name}/{version}`'s body, already checked against its schema. */
export interface PublishRequest {
  ruleset: unknown;
  tests?: unknown;
  signature?: string;
}

export interface PublishTarget {
  publisherId: number;
  publisher: string;
  name: string;
  version: string;
  /** Who asks, for the audit log: `token:<id>` or `seed`. */
  actor: string;
  /** The shipped rule sets are published by the service itself, without signature. */
  trusted?: boolean;
}

export interface PublishResult {
  outcome: 'created' | 'unchanged';
  ruleSetId: string;
  version: string;
  sha256: string;
  signedWith: string | null;
}

/**
 * Publishes one version: the document must match its URL, pass the schema, resolve against the
 * registry (its `extends`), pass its own scenario tests, and carry a valid signature when the
 * publisher has registered keys. Same content again is a no-op; other content under an existing
 * version is refused (`version-exists`). Throws a `RegistryError` whose problems name the JSON
 * path in the request (`/ruleset/rules/3/id`, `/tests`, `/signature`).
 *
 * @example
 * const result = await publishRuleSet(db, loader, { ruleset, tests }, { publisherId, publisher: 'assoc', name: 'national', version: '2.0.0', actor: 'token:abc' })
 * result.outcome // 'created'
 */
export async function publishRuleSet(
  db: Database,
  loader: RegistryCatalogLoader,
  request: PublishRequest,
  target: PublishTarget,
  options: { vetting?: PublishVetting } = {},
): Promise<PublishResult> {
  const vetting = options.vetting ?? inProcessVetting();
  try {
    return await publishVetted(db, loader, request, target, vetting);
  } finally {
    await vetting.close();
  }
}

async function publishVetted(
  db: Database,
  loader: RegistryCatalogLoader,
  request: PublishRequest,
  target: PublishTarget,
  vetting: PublishVetting,
): Promise<PublishResult> {
  const ruleSetId = `${target.publisher}/${target.name}`;
  const vetTarget = { ruleSetId, version: target.version };
  const { content, sha256 } = await vetting.document(request.ruleset, vetTarget);
  const document = request.ruleset as RuleSetDocument;
  const mismatches: RegistryProblem[] = [
    ...(document.id === ruleSetId ? [] : [{ path: '/ruleset/id', message: `is "${document.id}" but the URL publishes "${ruleSetId}"`, code: 'url-mismatch' }]),
    ...(document.version === target.version
      ? []
      : [{ path: '/ruleset/version', message: `is "${document.version}" but the URL publishes "${target.version}"`, code: 'url-mismatch' }]),
  ];
  if (mismatches.length > 0) throw refused('url-mismatch', 'the document does not match the URL it is published under', mismatches);

  const existing = await findVersion(db, ruleSetId, target.version);
  if (existing) {
    if (existing.sha256 === sha256) return { outcome: 'unchanged', ruleSetId, version: target.version, sha256, signedWith: existing.signedWith };
    throw conflict(ruleSetId, target.version, existing.sha256, sha256);
  }

  const signedWith = target.trusted ? null : await checkSignature(db, target, document, request.signature);

  // The registry documents it may extend, every version of each: read here, used by the vetting.
  const { catalog } = await loader.catalogFor((document.extends ?? []).map((reference) => parseRuleSetReference(reference).id));
  const bases = catalog.ids().flatMap((id) => catalog.versions(id).map((version) => catalog.find(id, version)!));
  await vetting.run(document, request.tests, bases, vetTarget);

  const stored = await insertVersion(db, {
    publisherId: target.publisherId,
    publisher: target.publisher,
    ruleSetId,
    subject: document.subject,
    version: target.version,
    title: typeof document.title === 'string' ? document.title : document.title.en,
    content,
    sha256,
    signature: signedWith === null ? null : (request.signature ?? null),
    signedWith,
    actor: target.actor,
  });
  switch (stored.outcome) {
    case 'created':
    case 'unchanged':
      return { outcome: stored.outcome, ruleSetId, version: target.version, sha256, signedWith };
    case 'conflict':
      throw conflict(ruleSetId, target.version, stored.existingSha256, sha256);
    case 'subject-mismatch':
      throw refused('subject-mismatch', `${ruleSetId} is a rule set for ${stored.subject}`, [
        { path: '/ruleset/subject', message: `expected "${stored.subject}", as its earlier versions`, code: 'subject-mismatch' },
      ]);
  }
}

function conflict(ruleSetId: string, version: string, existing: string, given: string): RegistryError {
  return refused(
    'version-exists',
    `${ruleSetId}@${version} is already published with other content (sha-256 ${existing}, this one ${given}); published versions never change: publish a new version`,
    [{ path: '/ruleset/version', message: 'this version exists with different content', code: 'immutable' }],
  );
}

async function checkSignature(db: Database, target: PublishTarget, document: RuleSetDocument, signature: string | undefined): Promise<string | null> {
  const keys = await activePublisherKeys(db, target.publisherId);
  if (keys.length === 0) {
    if (signature === undefined) return null;
    throw refused('signature-invalid', `a signature was given but "${target.publisher}" has registered no public key to check it with`, [
      { path: '/signature', message: 'register a key first (POST /v1/publishers/{publisher}/keys)', code: 'no-key' },
    ]);
  }
  if (signature === undefined) {
    throw refused('signature-missing', `"${target.publisher}" signs its rule sets: this version must carry a signature`, [
      {
        path: '/signature',
        message: 'expected a detached Ed25519 signature over the canonical JSON of the rule set (lens ruleset sign)',
        code: 'signature-missing',
      },
    ]);
  }
  for (const key of keys) if (await verifyDocumentSignature(document, signature, key)) return key;
  throw refused('signature-invalid', `the signature does not match the rule set under any key of "${target.publisher}"`, [
    { path: '/signature', message: 'not a valid Ed25519 signature of the canonical JSON of /ruleset by a registered key', code: 'bad-signature' },
  ]);
}
