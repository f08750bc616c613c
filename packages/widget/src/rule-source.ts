import {
  createRuleSetCatalog,
  parseRuleSetReference,
  type ResolvedRuleSet,
  type RuleSetCatalog,
  resolveRuleSet,
  verifyDocumentSignature,
} from '@social-lens/rules';
import { BUNDLED_RULE_SETS } from './bundled-rule-sets.ts';
import { RuleSourceError } from './rule-source-error.ts';

/** Where an element takes its rule set from. */
export interface RuleSourceOptions {
  /** `publisher/name@range`, e.g. `assoc/national@^2`. */
  ruleset: string;
  /** Base address of a Social Lens service; without it the bundled core rule sets are used. */
  server?: string | undefined;
  /**
   * Ed25519 public key (base64url or PEM) of the rule set's publisher: every document of that
   * publisher must then carry a valid signature, or loading fails.
   */
  publisherKey?: string | undefined;
  /** Run-time parameter values, as `lens check --param`. */
  params?: Readonly<Record<string, unknown>> | undefined;
}

export { RULE_SOURCE_FAILURES, RuleSourceError, type RuleSourceFailure } from './rule-source-error.ts';

/** At most this many documents are fetched for one rule set, so a cycle of `extends` cannot loop. */
const MAX_DOCUMENTS = 20;

let bundledCatalog: RuleSetCatalog | undefined;
// Several elements on one page share one fetch per server and rule set.
const fetchedCatalogs = new Map<string, Promise<RuleSetCatalog>>();

function bundled(): RuleSetCatalog {
  bundledCatalog ??= createRuleSetCatalog(BUNDLED_RULE_SETS, ['core/client-data (bundled)', 'core/smart-objective (bundled)']);
  return bundledCatalog;
}

function publisherOf(id: string): string {
  return id.split('/')[0] ?? '';
}

async function fetchDocument(server: string, reference: string, signer: { publisher: string; key: string } | undefined): Promise<unknown> {
  const { id, range } = parseRuleSetReference(reference);
  const url = `${server.replace(/\/+$/, '')}/v1/rulesets/${id}/${encodeURIComponent(range)}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new RuleSourceError('unavailable', `cannot reach ${url}`, { cause: error });
  }
  if (!response.ok) throw new RuleSourceError('unavailable', `${url} answered ${response.status}`);
  const document: unknown = await response.json();
  if (signer && publisherOf(id) === signer.publisher) {
    const signature = response.headers.get('x-rule-set-signature');
    const valid = signature !== null && signature !== '' && (await verifyDocumentSignature(document, signature, signer.key).catch(() => false));
    if (!valid)
      throw new RuleSourceError(
        'signature-invalid',
        `${id}@${range}: ${signature ? 'the signature does not match the publisher key' : 'the service gave no signature'}`,
      );
  }
  return document;
}

async function fetchCatalog(server: string, reference: string, publisherKey: string | undefined): Promise<RuleSetCatalog> {
  const signer = publisherKey ? { publisher: publisherOf(parseRuleSetReference(reference).id), key: publisherKey } : undefined;
  const documents: unknown[] = [];
  const names: string[] = [];
  const pending = [reference];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const next = pending.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    if (seen.size > MAX_DOCUMENTS) throw new RuleSourceError('invalid', `${reference} extends more than ${MAX_DOCUMENTS} rule sets`);
    const document = await fetchDocument(server, next, signer);
    documents.push(document);
    names.push(`${next} from ${server}`);
    const extended = (document as { extends?: unknown }).extends;
    if (Array.isArray(extended)) for (const base of extended) if (typeof base === 'string') pending.push(base);
  }
  try {
    return createRuleSetCatalog(documents, names);
  } catch (error) {
    throw new RuleSourceError('invalid', `${reference} from ${server} is not a valid rule set`, { cause: error });
  }
}

/**
 * Loads and resolves a rule set: from the bundled core rule sets, or from a Social Lens service
 * together with every rule set it extends, checking the publisher's signature when a key is
 * given. The same reference resolves to the same rules either way.
 *
 * @example
 * const resolved = await loadRuleSet({ ruleset: 'assoc/national@^2', server: 'https://lens.example.org', publisherKey: 'MCow…' })
 */
export async function loadRuleSet(options: RuleSourceOptions): Promise<ResolvedRuleSet> {
  let catalog: RuleSetCatalog;
  if (options.server) {
    const key = JSON.stringify([options.server, options.ruleset, options.publisherKey ?? '']);
    let loading = fetchedCatalogs.get(key);
    if (!loading) {
      loading = fetchCatalog(options.server, options.ruleset, options.publisherKey);
      fetchedCatalogs.set(key, loading);
      // A failed fetch is not kept: the next element (or a retry) asks again.
      loading.catch(() => fetchedCatalogs.delete(key));
    }
    catalog = await loading;
  } else {
    catalog = bundled();
  }
  try {
    return resolveRuleSet(catalog, options.ruleset, options.params ? { params: options.params } : {});
  } catch (error) {
    throw new RuleSourceError('invalid', `${options.ruleset} cannot be resolved`, { cause: error });
  }
}
