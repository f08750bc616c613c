import { chmodSync, writeFileSync } from 'node:fs';
import { generateSigningKeyPair, publicKeyOfPrivateKey, SigningError, signDocument } from '@social-lens/rules';
import { readKeyText } from '../registry/read-key-text.ts';
import { readJsonFile } from '../rule-sets/load-rule-set-files.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

export interface RulesetSignOptions {
  key?: string;
  out?: string;
  newKey?: string;
}

/**
 * `lens ruleset sign FILE --key PRIVATE_KEY [--out SIG]`: the detached Ed25519 signature of the
 * rule set's canonical JSON (offline). `lens ruleset sign --new-key PATH` makes a key pair:
 * PATH (private, PKCS #8 PEM, mode 600) and PATH.pub (the public key to register).
 */
export async function signRuleSet(file: string | undefined, options: RulesetSignOptions): Promise<number> {
  if (options.newKey) {
    const pair = await generateSigningKeyPair();
    writeFileSync(options.newKey, pair.privateKeyPem, { mode: 0o600 });
    chmodSync(options.newKey, 0o600);
    writeFileSync(`${options.newKey}.pub`, `${pair.publicKey}\n`);
    process.stderr.write(`wrote the private key to ${options.newKey} (keep it secret) and the public key to ${options.newKey}.pub\n`);
    process.stdout.write(`${pair.publicKey}\n`);
    if (!file) return EXIT_CODES.ok;
  }
  if (!file) throw new UsageError('ruleset sign: give the rule-set FILE to sign (or --new-key PATH to make a key pair)');
  if (!options.key) throw new UsageError('ruleset sign: --key PRIVATE_KEY_FILE is required');
  const document = readJsonFile(file).value;
  const privateKey = readKeyText(options.key, '--key');
  try {
    const signature = await signDocument(document, privateKey);
    if (options.out) writeFileSync(options.out, `${signature}\n`);
    else process.stdout.write(`${signature}\n`);
    process.stderr.write(`signed ${file} with the key ${await publicKeyOfPrivateKey(privateKey)}\n`);
  } catch (error) {
    if (error instanceof SigningError) throw new UsageError(`${file}: ${error.message}`, { cause: error });
    throw error;
  }
  return EXIT_CODES.ok;
}
