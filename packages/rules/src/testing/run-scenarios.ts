import { createRecordChecker } from '../engine/check-record.ts';
import { formatProblem, RuleSetError } from '../errors.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { createObjectiveChecker } from '../objectives/check-objective.ts';
import type { Objective } from '../objectives/objective-schema.ts';
import type { RuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import type { SmartCriterion } from '../ruleset/rule-set-types.ts';
import { createSchemaValidator } from '../schema-validation/schema-validator.ts';
import { runIndicatorCase } from './run-indicator-case.ts';
import { runPortfolioCase } from './run-portfolio-case.ts';
import { runScorecardCase, scorecardChecksToCover } from './run-scorecard-case.ts';
import { SCENARIO_SCHEMA, type ScenarioCase, type ScenarioDocument } from './scenario-schema.ts';

const scenarioValidator = createSchemaValidator<ScenarioDocument>(SCENARIO_SCHEMA);

export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** Why it failed: expected and actual findings. */
  detail?: string;
}

export interface ScenarioReport {
  ruleSet: string;
  results: ScenarioResult[];
  /** Rules with no case that triggers them, or no near miss; indicators with no case, or none with an excluded record. */
  uncovered: Array<{ rule: string; missing: 'trigger' | 'near miss' | 'indicator' | 'excluded record' }>;
}

/** Runs one record through a rule set; the engines under test plug in here. */
export type RecordRunner = (ruleSet: ResolvedRuleSet, raw: Record<string, unknown>, options: { today: string; lang: string }) => Promise<Finding[]>;

const referenceRunner: RecordRunner = (ruleSet, raw, options) => createRecordChecker(ruleSet, options).check(raw);

function applyPatch(base: Record<string, unknown>, patch: Record<string, unknown> | undefined): Record<string, unknown> {
  const record = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete record[key];
    else record[key] = value;
  }
  return record;
}

function matches(expected: NonNullable<ScenarioCase['expect']>[number], finding: Finding, ruleSetId: string, text?: string): boolean {
  const ruleId = expected.rule.includes('#') ? expected.rule : `${ruleSetId}#${expected.rule}`;
  if (finding.ruleId !== ruleId && !(finding.ruleId.endsWith(`#${expected.rule}`) && !expected.rule.includes('#'))) return false;
  if (expected.fields && JSON.stringify(expected.fields) !== JSON.stringify(finding.fields)) return false;
  if (expected.severity && expected.severity !== finding.severity) return false;
  if (expected.message && !finding.message.includes(expected.message)) return false;
  if (expected.recordId !== undefined && expected.recordId !== finding.recordId) return false;
  if (expected.group !== undefined && JSON.stringify(expected.group) !== JSON.stringify(finding.group)) return false;
  if (expected.suggestion && !finding.suggestion?.includes(expected.suggestion)) return false;
  if (expected.words !== undefined && (!finding.span || text?.slice(finding.span.start, finding.span.end) !== expected.words)) return false;
  return true;
}

function describe(findings: readonly Finding[]): string {
  return findings.length === 0 ? 'no findings' : findings.map((f) => `${f.ruleId} [${f.fields.join(', ')}] ${f.severity}: ${f.message}`).join('\n      ');
}

/**
 * Runs a rule set's scenario tests: each case's record (base + changes) must give exactly the
 * expected findings of its rule, the base record none at all, and every rule needs a case that
 * triggers it and a near miss.
 *
 * @example
 * const report = await runScenarios(catalog, JSON.parse(readFileSync('rules/core/client-data/tests.json', 'utf8')))
 * report.results.filter((r) => !r.passed)
 */
export async function runScenarios(
  catalog: RuleSetCatalog,
  document: unknown,
  options: { runner?: RecordRunner; name?: string } = {},
): Promise<ScenarioReport> {
  const runner = options.runner ?? referenceRunner;
  const schemaProblems = scenarioValidator.problemsOf(document);
  if (schemaProblems.length > 0) {
    const problems = schemaProblems.map((problem) => `${options.name ?? 'tests'} at ${problem.path || '/'}: ${problem.message}`);
    return { ruleSet: options.name ?? 'tests', results: [{ name: 'scenario file is valid', passed: false, detail: problems.join('\n') }], uncovered: [] };
  }
  const tests = document as ScenarioDocument;
  const today = tests.today ?? '2026-01-01';
  const lang = tests.lang ?? 'en';
  let base: ResolvedRuleSet;
  try {
    base = resolveRuleSet(catalog, tests.ruleset);
  } catch (error) {
    const detail = error instanceof RuleSetError ? error.problems.map(formatProblem).join('\n') : String(error);
    return { ruleSet: tests.ruleset, results: [{ name: `rule set ${tests.ruleset} resolves`, passed: false, detail }], uncovered: [] };
  }
  const results: ScenarioResult[] = [];
  const baseRecord = (tests.base ?? {}) as Record<string, unknown>;
  if (tests.base && base.subject !== 'indicators') {
    const findings = base.subject === 'scorecard' ? runScorecardCase(base, baseRecord, {}, lang).findings : await runner(base, baseRecord, { today, lang });
    results.push({
      name: 'the base record gives no finding',
      passed: findings.length === 0,
      ...(findings.length ? { detail: `got ${describe(findings)}` } : {}),
    });
  }
  const triggered = new Set<string>();
  const nearMissed = new Set<string>();
  const measured = new Set<string>();
  const excludedIn = new Set<string>();
  for (const testCase of tests.cases) {
    let ruleSet = base;
    if (testCase.params) {
      try {
        ruleSet = resolveRuleSet(catalog, tests.ruleset, { params: testCase.params as Record<string, unknown> });
      } catch (error) {
        results.push({
          name: testCase.name,
          passed: false,
          detail: error instanceof RuleSetError ? error.problems.map(formatProblem).join('\n') : String(error),
        });
        continue;
      }
    }
    if (testCase.indicator !== undefined) {
      const differences = runIndicatorCase(ruleSet, baseRecord, testCase);
      const indicator = base.indicators?.indicators.find((candidate) => candidate.localId === testCase.indicator || candidate.id === testCase.indicator);
      if (indicator) measured.add(indicator.id);
      if (indicator && (testCase.values?.excluded ?? 0) > 0) excludedIn.add(indicator.id);
      results.push({ name: testCase.name, passed: differences.length === 0, ...(differences.length ? { detail: differences.join('\n      ') } : {}) });
      continue;
    }
    if (testCase.expect === undefined) {
      results.push({
        name: testCase.name,
        passed: false,
        detail: 'a case needs "expect" (the findings, [] for a near miss), or "indicator" with "snapshot" and "values"',
      });
      continue;
    }
    const expect = testCase.expect;
    const focus = testCase.rule;
    const objective = testCase.objective as Objective | undefined;
    let all: Finding[];
    let criteriaProblem: string | undefined;
    if (base.subject === 'objective') {
      if (!objective) {
        results.push({ name: testCase.name, passed: false, detail: 'an objective rule set needs "objective" in each case' });
        continue;
      }
      const check = await createObjectiveChecker(ruleSet, { today, lang }).check(objective);
      all = check.findings;
      for (const [criterion, expected] of Object.entries(testCase.criteria ?? {})) {
        const actual = check.criteria[criterion as SmartCriterion].met;
        if (actual !== expected) criteriaProblem = `${criteriaProblem ? `${criteriaProblem}; ` : ''}${criterion}: expected ${expected}, got ${actual}`;
      }
    } else if (base.subject === 'scorecard') {
      const scored = runScorecardCase(ruleSet, applyPatch(baseRecord, testCase.record as Record<string, unknown> | undefined), testCase, lang);
      all = scored.findings;
      criteriaProblem = scored.problem;
    } else if (testCase.portfolio) all = runPortfolioCase(ruleSet, baseRecord, testCase.portfolio, { today, lang });
    else all = await runner(ruleSet, applyPatch(baseRecord, testCase.record as Record<string, unknown> | undefined), { today, lang });
    const findings = focus ? all.filter((finding) => matches({ rule: focus }, finding, base.id)) : all;
    const findingsPass = findings.length === expect.length && expect.every((expected, index) => matches(expected, findings[index]!, base.id, objective?.text));
    const passed = findingsPass && criteriaProblem === undefined;
    if (focus) {
      const qualified = focus.includes('#') ? focus : `${base.id}#${focus}`;
      if (expect.length > 0) triggered.add(qualified);
      else nearMissed.add(qualified);
    }
    results.push({
      name: testCase.name,
      passed,
      ...(passed
        ? {}
        : criteriaProblem && findingsPass
          ? { detail: criteriaProblem }
          : {
              detail: `${criteriaProblem ? `${criteriaProblem}\n      ` : ''}expected ${expect.length === 0 ? 'no findings' : expect.map((e) => `${e.rule}${e.fields ? ` [${e.fields.join(', ')}]` : ''}`).join(', ')}\n      got ${describe(findings)}`,
            }),
    });
  }
  const uncovered: ScenarioReport['uncovered'] = [];
  const ownRules = [...base.rules, ...(base.portfolioRules ?? [])].filter((rule) => rule.ruleSet === base.ref).map((rule) => rule.id);
  for (const rule of [...ownRules, ...scorecardChecksToCover(base)]) {
    if (!triggered.has(rule)) uncovered.push({ rule, missing: 'trigger' });
    if (!nearMissed.has(rule)) uncovered.push({ rule, missing: 'near miss' });
  }
  for (const indicator of base.indicators?.indicators ?? []) {
    if (indicator.ruleSet !== base.ref) continue;
    if (!measured.has(indicator.id)) uncovered.push({ rule: indicator.id, missing: 'indicator' });
    if (!excludedIn.has(indicator.id)) uncovered.push({ rule: indicator.id, missing: 'excluded record' });
  }
  return { ruleSet: base.ref, results, uncovered };
}
