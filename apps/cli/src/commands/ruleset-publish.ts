import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { signDocument } from '@social-lens/rules';
import { readKeyText } from '../registry/read-key-text.ts';
import { RegistryRequestError, readRegistryJson, registryRequest } from '../registry/registry-client.ts';
import { readJsonFile } from '../rule-sets/load-rule-set-files.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

export interface RulesetPublishOptions {
  server: string;
  token?: string;
  tests?: string;
  key?: string;
  signature?: string;
}

/**
 * `lens ruleset publish FILE --server URL --token T [--tests FILE] [--key PRIVATE_KEY | --signature SIG]`:
 * publishes a rule set with its scenario tests (`tests.json` beside FILE by default), signed
 * with the key when given. Exit 0 when published or already published with the same content,
 * 1 when the registry refuses it (the problem is printed with its JSON paths); a server that
 * cannot be reached, or is no registry, is an error for `main` (exit 2).
 */
export async function publishRuleSetFile(file: string, options: RulesetPublishOptions): Promise<number> {
  const token = options.token ?? process.env['LENS_TOKEN'];
  if (!token) throw new UsageError('ruleset publish: --token T (or LENS_TOKEN) is required; `lens admin add-publisher NAME` prints one');
  const ruleset = readJsonFile(file).value as { id?: unknown; version?: unknown };
  if (typeof ruleset.id !== 'string' || !ruleset.id.includes('/') || typeof ruleset.version !== 'string') {
    throw new UsageError(`${file}: expected a rule set with "id" (publisher/name) and "version"`);
  }
  const testsFile = options.tests ?? join(dirname(file), 'tests.json');
  const tests = existsSync(testsFile) ? readJsonFile(testsFile).value : undefined;
  if (options.tests && tests === undefined) throw new UsageError(`--tests ${options.tests}: no such file`);
  if (options.key && options.signature) throw new UsageError('ruleset publish: give --key or --signature, not both');
  const signature = options.key
    ? await signDocument(ruleset, readKeyText(options.key, '--key'))
    : options.signature
      ? readKeyText(options.signature, '--signature')
      : undefined;
  const body = { ruleset, ...(tests === undefined ? {} : { tests }), ...(signature === undefined ? {} : { signature }) };
  try {
    const response = await registryRequest(options.server, `/v1/rulesets/${ruleset.id}/${encodeURIComponent(ruleset.version)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const result = await readRegistryJson<{ outcome: string; sha256: string; signedWith: string | null }>(response);
    const what = result.outcome === 'created' ? 'published' : 'already published with the same content';
    process.stdout.write(
      `${ruleset.id}@${ruleset.version} ${what} (sha-256 ${result.sha256}${result.signedWith ? `, signed with ${result.signedWith}` : ''})\n`,
    );
    return EXIT_CODES.ok;
  } catch (error) {
    if (!(error instanceof RegistryRequestError && error.code === 'refused')) throw error;
    process.stderr.write(`lens: ${ruleset.id}@${ruleset.version} was not published: ${error.message}\n`);
    return EXIT_CODES.findings;
  }
}
