import { existsSync } from 'node:fs';
import { SigningError, verifyDocumentSignature } from '@social-lens/rules';
import { readKeyText } from '../registry/read-key-text.ts';
import { readJsonFile } from '../rule-sets/load-rule-set-files.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

export interface RulesetVerifyOptions {
  publicKey: string;
  signature?: string;
}

/**
 * `lens ruleset verify FILE --public-key KEY [--signature SIG]` (offline): exit 0 when SIG (a
 * file or the text; `FILE.sig` by default) is the publisher's signature of FILE's canonical JSON,
 * 1 when it is not.
 */
export async function verifyRuleSet(file: string, options: RulesetVerifyOptions): Promise<number> {
  const document = readJsonFile(file).value;
  const signatureSource = options.signature ?? `${file}.sig`;
  if (!options.signature && !existsSync(signatureSource)) throw new UsageError(`ruleset verify: no --signature given and no ${signatureSource}`);
  const signature = readKeyText(signatureSource, '--signature');
  const publicKey = readKeyText(options.publicKey, '--public-key');
  try {
    const valid = await verifyDocumentSignature(document, signature, publicKey);
    process.stdout.write(valid ? `${file}: signature valid\n` : `${file}: signature NOT valid for this key\n`);
    return valid ? EXIT_CODES.ok : EXIT_CODES.findings;
  } catch (error) {
    if (error instanceof SigningError) throw new UsageError(`${file}: ${error.message}`, { cause: error });
    throw error;
  }
}
