import {
  canonicalJson,
  createRuleSetCatalog,
  formatProblem,
  parseRuleSetReference,
  type RuleSetDocument,
  RuleSetError,
  RulesError,
  resolveRuleSet,
  sha256Hex,
  VocabularyError,
  validateRuleSetDocument,
} from '@social-lens/rules';
import { runScenarios } from '@social-lens/rules/testing';
import { RegistryError, type RegistryErrorCode, type RegistryProblem } from '../registry-error.ts';

/** What is published, named as its URL names it. */
export interface VetTarget {
  ruleSetId: string;
  version: string;
}

export const refused = (code: RegistryErrorCode, detail: string, problems: RegistryProblem[], cause?: unknown) =>
  new RegistryError(code, detail, { problems, ...(cause === undefined ? {} : { cause }) });

/**
 * The first, document-only stage of a publish: the schema, and the canonical JSON with its hash.
 * Pure work on the request (no database), so it may run in a worker thread.
 *
 * @example
 * const { content, sha256 } = await vetDocument(body.ruleset, { ruleSetId: 'assoc/national', version: '2.0.0' })
 */
export async function vetDocument(ruleset: unknown, target: VetTarget): Promise<{ content: string; sha256: string }> {
  const schemaProblems = validateRuleSetDocument(ruleset, `${target.ruleSetId}@${target.version}`);
  if (schemaProblems.length > 0) {
    throw refused(
      'invalid-rule-set',
      `the rule set does not match the rule-set schema: ${formatProblem(schemaProblems[0]!)}`,
      schemaProblems.map((problem) => ({ path: `/ruleset${problem.path}`, message: problem.message, code: problem.code })),
    );
  }
  const content = canonicalJson(ruleset);
  return { content, sha256: await sha256Hex(content) };
}

function testFailures(report: Awaited<ReturnType<typeof runScenarios>>): RegistryProblem[] {
  return [
    ...report.results
      .filter((result) => !result.passed)
      .map((result) => ({ path: '/tests', message: `${result.name}: ${result.detail ?? 'failed'}`, code: 'scenario-failed' })),
    ...report.uncovered.map((gap) => ({ path: '/tests', message: `${gap.rule} has no ${gap.missing} case`, code: 'scenario-missing' })),
  ];
}

/** The problem a rules-package error raised by the document itself, told apart by its class. */
function documentProblem(error: unknown): RegistryProblem | undefined {
  if (error instanceof VocabularyError) return { path: '/ruleset/vocabulary', message: error.message, code: error.code };
  if (error instanceof RuleSetError) return { path: `/ruleset${error.problems[0]?.path ?? ''}`, message: error.message, code: error.code };
  if (error instanceof RulesError) return { path: '/ruleset', message: error.message, code: error.code };
  return undefined;
}

/**
 * The second stage of a publish: the document resolves against the registry documents it may
 * extend (`bases`), and passes its own scenario tests. Pure work on what it is given, so it may
 * run in a worker thread. Throws a `RegistryError` naming the JSON path in the request.
 *
 * @example
 * await vetRun(document, tests, baseDocuments, { ruleSetId: 'assoc/national', version: '2.0.0' })
 */
export async function vetRun(document: RuleSetDocument, tests: unknown, bases: readonly RuleSetDocument[], target: VetTarget): Promise<void> {
  const ref = `${target.ruleSetId}@${target.version}`;
  const documents = [...bases.filter((base) => !(base.id === document.id && base.version === document.version)), document];
  let catalog: ReturnType<typeof createRuleSetCatalog>;
  try {
    catalog = createRuleSetCatalog(
      documents,
      documents.map((each) => `${each.id}@${each.version}`),
    );
    resolveRuleSet(catalog, ref);
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    throw refused(
      'invalid-rule-set',
      `the rule set does not resolve against the registry: ${formatProblem(error.problems[0]!)}`,
      error.problems.map((problem) => ({
        path: problem.document === ref ? `/ruleset${problem.path}` : problem.path,
        message: `${problem.document}: ${problem.message}`,
        code: problem.code,
      })),
      error,
    );
  }

  if (tests === undefined) {
    throw refused('tests-missing', 'a rule set is published with its scenario tests (tests.json)', [
      { path: '/tests', message: 'expected the scenario tests of the rule set', code: 'tests-missing' },
    ]);
  }
  const named = tests as { ruleset?: unknown };
  if (!named || typeof named !== 'object' || typeof named.ruleset !== 'string' || parseRuleSetReference(named.ruleset).id !== target.ruleSetId) {
    throw refused('tests-missing', 'the scenario tests are for another rule set', [
      { path: '/tests/ruleset', message: `expected "${target.ruleSetId}"`, code: 'tests-mismatch' },
    ]);
  }
  // Pin the tests to the version being published, whatever range they name.
  let report: Awaited<ReturnType<typeof runScenarios>>;
  try {
    report = await runScenarios(catalog, { ...named, ruleset: ref }, { name: `${ref} tests` });
  } catch (error) {
    // What the document carries (a vocabulary, say) can still fail once its tests run it.
    const problem = documentProblem(error);
    if (!problem) throw error;
    throw refused('invalid-rule-set', `the rule set cannot be run: ${problem.message}`, [problem], error);
  }
  const failures = testFailures(report);
  if (failures.length > 0) throw refused('tests-failed', `${failures.length} scenario test(s) of the rule set fail`, failures);
}
