import { RegistryError } from '@social-lens/registry/errors';
import { RuleSetError } from '@social-lens/rules';
import { describe, expect, it } from 'vitest';
import { describeFailure } from './describe-failure.ts';
import { RegistryRequestError } from './registry/registry-client.ts';
import { UsageError } from './usage-error.ts';

describe('describeFailure', () => {
  it('tells usage and input problems by class and code: exit 2', () => {
    expect(describeFailure(new UsageError('--workers 99: expected a whole number from 0 to 16'))).toEqual({
      exitCode: 2,
      message: '--workers 99: expected a whole number from 0 to 16',
    });
    const problems = new RuleSetError([
      { code: 'schema', document: 'x/y', path: '', message: 'expected property "version"' },
      { code: 'schema', document: 'x/y', path: '', message: 'expected property "rules"' },
    ]);
    expect(describeFailure(problems)).toEqual({
      exitCode: 2,
      message: 'x/y at /: expected property "version" [schema]\nx/y at /: expected property "rules" [schema]',
    });
    expect(describeFailure(new RegistryError('data-folder-locked', '.data is in use by process 7: stop it first'))).toEqual({
      exitCode: 2,
      message: '.data is in use by process 7: stop it first',
    });
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'k.pub'"), { code: 'ENOENT', path: 'k.pub' });
    expect(describeFailure(missing)).toEqual({ exitCode: 2, message: 'k.pub: no such file or folder' });
  });

  it('exits 1 for a registry that refused, 2 for one that cannot be reached', () => {
    expect(describeFailure(new RegistryRequestError('refused', 422, '422 the rule set does not match')).exitCode).toBe(1);
    expect(describeFailure(new RegistryRequestError('unreachable', 0, 'cannot reach http://127.0.0.1:1/v1/rulesets')).exitCode).toBe(2);
  });

  it('asks to report a bug, with the stack only under DEBUG=1: exit 3', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'rules')");
    const quiet = describeFailure(bug);
    expect(quiet).toEqual({
      exitCode: 3,
      message:
        "unexpected error, please report it with the command you ran: TypeError: Cannot read properties of undefined (reading 'rules')\n(run again with DEBUG=1 to see where it happened)",
    });
    expect(describeFailure(bug, true).message).toContain(bug.stack!);
  });
});
