import type { Command } from 'commander';

/**
 * Adds the registry commands: `lens admin add-publisher`, `lens ruleset publish | pull | sign | verify`.
 *
 * @example
 * registerRegistryCommands(program, program.command('ruleset'), (code) => (exitCode = code))
 */
export function registerRegistryCommands(program: Command, ruleset: Command, setExitCode: (code: number) => void): void {
  const admin = program.command('admin').description("administer the service's database (publishers and their tokens)");
  admin
    .command('add-publisher')
    .description('create a publisher and print its token once (stored hashed)')
    .argument('<name>', 'publisher name: the first part of its rule-set ids, e.g. assoc')
    .option('--data-dir <dir>', 'embedded database folder (default: DATA_DIR or ./.data); stop the service first')
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL)')
    .option('--public-key <file>', "register the publisher's Ed25519 public key: from then on it must sign each version")
    .option('--new-token', 'issue another token for an existing publisher')
    .action(async (name: string, options) => setExitCode(await (await import('../commands/admin-add-publisher.ts')).adminAddPublisher(name, options)));

  ruleset
    .command('publish')
    .description('publish a rule set with its scenario tests to a registry')
    .argument('<file>', 'the ruleset.json')
    .requiredOption('--server <url>', 'the service, e.g. http://127.0.0.1:8787')
    .option('--token <token>', 'publisher token (default: LENS_TOKEN)')
    .option('--tests <file>', 'scenario tests (default: tests.json beside the file)')
    .option('--key <file>', 'sign with this Ed25519 private key (PKCS #8 PEM)')
    .option('--signature <sig>', 'a detached signature made with `lens ruleset sign` (file or text)')
    .action(async (file: string, options) => setExitCode(await (await import('../commands/ruleset-publish.ts')).publishRuleSetFile(file, options)));
  ruleset
    .command('pull')
    .description('fetch a rule set by id and semver range, verifying its hash and signature')
    .argument('<reference>', 'publisher/name@range, e.g. assoc/national@^2')
    .requiredOption('--server <url>', 'the service, e.g. http://127.0.0.1:8787')
    .option('--out <file>', 'write the document here instead of standard output')
    .option('--public-key <key>', 'require a signature by this key (file or base64url text)')
    .action(async (reference: string, options) => setExitCode(await (await import('../commands/ruleset-pull.ts')).pullRuleSet(reference, options)));
  ruleset
    .command('sign')
    .description('sign a rule set offline (detached Ed25519 signature over its canonical JSON), or make a key pair')
    .argument('[file]', 'the ruleset.json')
    .option('--key <file>', 'Ed25519 private key (PKCS #8 PEM, e.g. from --new-key or `openssl genpkey -algorithm ed25519`)')
    .option('--out <file>', 'write the signature here instead of standard output')
    .option('--new-key <path>', 'make a key pair: PATH (private) and PATH.pub (public, to register)')
    .action(async (file: string | undefined, options) => setExitCode(await (await import('../commands/ruleset-sign.ts')).signRuleSet(file, options)));
  ruleset
    .command('verify')
    .description("verify a rule set's signature offline")
    .argument('<file>', 'the ruleset.json')
    .requiredOption('--public-key <key>', "the publisher's public key (file or base64url text)")
    .option('--signature <sig>', 'the signature (file or text; default FILE.sig)')
    .action(async (file: string, options) => setExitCode(await (await import('../commands/ruleset-verify.ts')).verifyRuleSet(file, options)));
}
