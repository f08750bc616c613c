import { writeFileSync } from 'node:fs';
import { canonicalJson, parseRuleSetReference, sha256Hex, verifyDocumentSignature } from '@social-lens/rules';
import { readKeyText } from '../registry/read-key-text.ts';
import { notARegistry, RegistryRequestError, readRegistryJson, registryRequest } from '../registry/registry-client.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

export interface RulesetPullOptions {
  server: string;
  out?: string;
  /** Trust only this key: the version must be signed by it. */
  publicKey?: string;
}

/**
 * `lens ruleset pull ID@RANGE --server URL [--out FILE] [--public-key KEY]`: fetches the highest
 * version in range and verifies it before writing it: its SHA-256 against the ETag, its text
 * against its canonical form, and its signature, against KEY when given (then a signature is
 * required), else against the keys the publisher registered. Exit 1 when a check fails or the
 * registry refuses; a server that cannot be reached, or is no registry, is an error for `main`
 * (exit 2).
 */
export async function pullRuleSet(reference: string, options: RulesetPullOptions): Promise<number> {
  let id: string;
  let range: string;
  try {
    ({ id, range } = parseRuleSetReference(reference));
  } catch (error) {
    throw new UsageError(`${reference}: expected publisher/name@range, e.g. assoc/national@^2`, { cause: error });
  }
  const [publisher] = id.split('/');
  const fail = (message: string) => {
    process.stderr.write(`lens: ${reference}: ${message}\n`);
    return EXIT_CODES.findings;
  };
  try {
    const response = await registryRequest(options.server, `/v1/rulesets/${id}/${encodeURIComponent(range || '*')}`);
    const text = await response.text();
    const version = response.headers.get('x-rule-set-version');
    if (version === null) throw notARegistry(response.url, 'no X-Rule-Set-Version in its answer');
    const sha256 = await sha256Hex(text);
    if (response.headers.get('etag') !== `"${sha256}"`) return fail(`the content's sha-256 ${sha256} does not match the ETag ${response.headers.get('etag')}`);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      return fail(`the registry sent ${id}@${version} as text that is not JSON (${(error as Error).message})`);
    }
    if (canonicalJson(document) !== text) return fail('the registry did not send the canonical JSON of the document');
    const signature = response.headers.get('x-rule-set-signature');
    const trusted = options.publicKey
      ? [readKeyText(options.publicKey, '--public-key')]
      : (await readRegistryJson<{ keys: string[] }>(await registryRequest(options.server, `/v1/publishers/${publisher}`))).keys;
    let verifiedWith: string | undefined;
    if (signature) {
      for (const key of trusted) if (await verifyDocumentSignature(document, signature, key)) verifiedWith = key;
      if (!verifiedWith)
        return fail(`the signature of ${id}@${version} does not verify with ${options.publicKey ? 'the given key' : `any key of "${publisher}"`}`);
    } else if (options.publicKey || trusted.length > 0) {
      return fail(`${id}@${version} is not signed, but "${publisher}" ${options.publicKey ? 'must sign it (--public-key)' : 'has registered signing keys'}`);
    }
    const pretty = `${JSON.stringify(document, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, pretty);
    else process.stdout.write(pretty);
    process.stderr.write(`pulled ${id}@${version} (sha-256 ${sha256}; ${verifiedWith ? `signature verified with ${verifiedWith}` : 'unsigned'})\n`);
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof RegistryRequestError && error.code === 'refused') return fail(error.message);
    throw error;
  }
}
