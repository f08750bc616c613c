import { describe, expect, it } from 'vitest';
import { formatProblem, RuleSetError } from '../errors.ts';
import { sampleScorecard } from '../scorecard/test-scorecards.ts';
import { createRuleSetCatalog } from './catalog.ts';
import { type ResolveOptions, resolveRuleSet } from './resolve-rule-set.ts';
import type { RuleSetDocument } from './rule-set-types.ts';
import { validateRuleSetDocument } from './validate-rule-set.ts';

function problemsOf(documents: unknown[], reference: string, options: ResolveOptions = {}): string[] {
  try {
    resolveRuleSet(createRuleSetCatalog(documents), reference, options);
    return [];
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    return error.problems.map(formatProblem);
  }
}

const member: RuleSetDocument = {
  id: 'mfi/sample-pinned',
  version: '2.0.0',
  title: 'Our pinned sample scorecard',
  subject: 'scorecard',
  extends: ['xx/sample@^1'],
  params: { povertyLevelLine: 'ppp', targetingCutoffs: [29, 9, 29] },
};

describe('scorecard rule sets: schema and resolution', () => {
  it('resolves a scorecard into questions, sorted bands, its highest score and the parameters of its checks', () => {
    const shuffled = sampleScorecard();
    shuffled.lookup = [...shuffled.lookup!].reverse();
    const resolved = resolveRuleSet(createRuleSetCatalog([shuffled]), 'xx/sample@^1');
    expect(resolved.title).toBe('Sample scorecard');
    expect(resolved.rules).toEqual([]);
    expect(resolved.scorecard).toMatchObject({
      definedBy: 'xx/sample@1.0.0',
      title: { en: 'Sample scorecard', ru: 'Пример анкеты' },
      country: 'XX',
      scoreField: 'scScore',
      lineIds: ['national', 'ppp'],
      maxScore: 60,
      povertyLevelCheck: { line: 'national', minLikelihoodIfPoor: 0.1, maxLikelihoodIfNonPoor: 0.9 },
      targetingCutoffs: [],
    });
    expect(resolved.scorecard?.lookup.map((band) => band.min)).toEqual([0, 10, 20, 30]);
    expect(Object.keys(resolved.parameters)).toEqual(['povertyLevelLine', 'minLikelihoodIfPoor', 'maxLikelihoodIfNonPoor', 'targetingCutoffs']);
    expect(resolved.warnings).toBeUndefined();
  });

  it('orders lines by their ids, so that a document means the same with its keys sorted (as the registry serves it)', () => {
    const lines = { 'ppp2005-2.50': { title: { en: '$2.50' } }, 'national-150': { title: { en: '150%' } }, 'national-100': { title: { en: '100%' } } };
    const likelihood = { 'ppp2005-2.50': 0.5, 'national-150': 0.6, 'national-100': 0.4 };
    const document = sampleScorecard({ lines, lookup: [{ min: 0, max: 60, likelihood }] });
    const sorted = JSON.parse(JSON.stringify({ ...document, lines: Object.fromEntries(Object.entries(lines).sort()) }));
    for (const variant of [document, sorted]) {
      const resolved = resolveRuleSet(createRuleSetCatalog([variant]), 'xx/sample').scorecard!;
      expect(resolved.lineIds).toEqual(['national-100', 'national-150', 'ppp2005-2.50']);
      expect(resolved.povertyLevelCheck.line).toBe('national-100');
    }
  });

  it('pins a scorecard by semver range and sets its parameters, as other rule sets do', () => {
    const resolved = resolveRuleSet(createRuleSetCatalog([sampleScorecard(), member]), 'mfi/sample-pinned');
    expect(resolved.layers).toEqual(['xx/sample@1.0.0', 'mfi/sample-pinned@2.0.0']);
    expect(resolved.scorecard).toMatchObject({ definedBy: 'xx/sample@1.0.0', title: { en: 'Our pinned sample scorecard' }, targetingCutoffs: [9, 29] });
    expect(resolved.scorecard?.povertyLevelCheck.line).toBe('ppp');
    expect(resolved.parameters['povertyLevelLine']).toMatchObject({ declaredBy: 'xx/sample@1.0.0', setBy: 'mfi/sample-pinned@2.0.0' });
    expect(problemsOf([sampleScorecard(), { ...member, extends: ['xx/sample@^2'] }], 'mfi/sample-pinned')).toEqual([
      'mfi/sample-pinned@2.0.0 at /extends/0: no version of "xx/sample" satisfies "^2" (have 1.0.0) [no-version-in-range]',
      'mfi/sample-pinned@2.0.0 at /params/povertyLevelLine: unknown parameter "povertyLevelLine" (known: none) [unknown-parameter]',
      'mfi/sample-pinned@2.0.0 at /params/targetingCutoffs: unknown parameter "targetingCutoffs" (known: none) [unknown-parameter]',
    ]);
  });

  it('never lets an extending document alter the scorecard, nor merge two of them', () => {
    const other = sampleScorecard({ id: 'xx/other' });
    expect(problemsOf([sampleScorecard(), { ...sampleScorecard({ ...member }), params: {} }], 'mfi/sample-pinned')).toEqual([
      'mfi/sample-pinned@2.0.0 at /questions: this document extends the scorecard of xx/sample@1.0.0, whose questions, points and lookup are never altered: set its parameters under "params", or publish a new scorecard that extends nothing [scorecard-redefined]',
    ]);
    expect(problemsOf([sampleScorecard(), other, { ...member, extends: ['xx/sample@^1', 'xx/other'] }], 'mfi/sample-pinned')).toEqual([
      'mfi/sample-pinned@2.0.0 at /extends/1: parameter "povertyLevelLine" is declared by both xx/sample@1.0.0 and xx/other@1.0.0 [duplicate-parameter]',
      'mfi/sample-pinned@2.0.0 at /extends/1: parameter "minLikelihoodIfPoor" is declared by both xx/sample@1.0.0 and xx/other@1.0.0 [duplicate-parameter]',
      'mfi/sample-pinned@2.0.0 at /extends/1: parameter "maxLikelihoodIfNonPoor" is declared by both xx/sample@1.0.0 and xx/other@1.0.0 [duplicate-parameter]',
      'mfi/sample-pinned@2.0.0 at /extends/1: parameter "targetingCutoffs" is declared by both xx/sample@1.0.0 and xx/other@1.0.0 [duplicate-parameter]',
      'mfi/sample-pinned@2.0.0 at /extends/1: extends the scorecards of both xx/sample@1.0.0 and xx/other@1.0.0 [two-scorecards]',
    ]);
    expect(problemsOf([sampleScorecard(), { ...member, subject: 'client-record', rules: [] }], 'mfi/sample-pinned')).toEqual([
      'mfi/sample-pinned@2.0.0 at /extends/0: extends "xx/sample", a rule set for scorecard, but this one is for client-record [subject-mismatch]',
      'mfi/sample-pinned@2.0.0 at /params/povertyLevelLine: unknown parameter "povertyLevelLine" (known: none) [unknown-parameter]',
      'mfi/sample-pinned@2.0.0 at /params/targetingCutoffs: unknown parameter "targetingCutoffs" (known: none) [unknown-parameter]',
    ]);
  });

  it('reports a povertyLevelLine the scorecard does not declare where it was set, and parameter types as usual', () => {
    expect(problemsOf([sampleScorecard(), { ...member, params: { povertyLevelLine: 'national-100' } }], 'mfi/sample-pinned')).toEqual([
      'mfi/sample-pinned@2.0.0 at /params/povertyLevelLine: parameter "povertyLevelLine" names the line "national-100", which the scorecard does not declare (declared: national, ppp) [undeclared-line]',
    ]);
    expect(problemsOf([sampleScorecard()], 'xx/sample', { params: { povertyLevelLine: 'food', maxLikelihoodIfNonPoor: 2 } })).toEqual([
      'run-time parameters at /maxLikelihoodIfNonPoor: parameter "maxLikelihoodIfNonPoor": expected at most 1, got 2 [parameter-type]',
      'run-time parameters at /povertyLevelLine: parameter "povertyLevelLine" names the line "food", which the scorecard does not declare (declared: national, ppp) [undeclared-line]',
    ]);
    expect(problemsOf([sampleScorecard({ parameters: { minLikelihoodIfPoor: { type: 'number', default: 0.2, description: 'x' } } })], 'xx/sample')).toEqual([
      'xx/sample@1.0.0 at /parameters/minLikelihoodIfPoor: parameter "minLikelihoodIfPoor" is already declared by xx/sample@1.0.0; set its value under "params" instead [duplicate-parameter]',
    ]);
  });

  it('reports lint problems with the document and JSON Pointer, and keeps warnings apart', () => {
    const lookup = sampleScorecard().lookup!;
    const rising = sampleScorecard({ lookup: [lookup[0]!, { ...lookup[1]!, likelihood: { national: 0.9, ppp: 0.3 } }, ...lookup.slice(2)] });
    const resolved = resolveRuleSet(createRuleSetCatalog([rising]), 'xx/sample');
    expect(resolved.warnings?.map(formatProblem)).toEqual([
      'xx/sample@1.0.0 at /lookup/1/likelihood/national: the likelihood below "national" rises with the score, from 80% (0–9) to 90% (10–19): kept as published [non-monotonic-likelihood]',
    ]);
    const broken = sampleScorecard({ lookup: lookup.slice(1) });
    expect(problemsOf([broken], 'xx/sample')).toEqual(['xx/sample@1.0.0 at /lookup/0: no band holds the scores 0–9 (scores run from 0 to 60) [lookup-gap]']);
  });

  it('has a schema that says what a scorecard is: likelihoods 0–1, no rules, scorecard parts only in scorecards', () => {
    const problems = (document: unknown) => validateRuleSetDocument(document).map((problem) => `${problem.path}: ${problem.message}`);
    const lookup = sampleScorecard().lookup!;
    expect(problems(sampleScorecard({ lookup: [{ ...lookup[0]!, likelihood: { national: 80, ppp: -0.1 } }, ...lookup.slice(1)] }))).toEqual([
      '/lookup/0/likelihood/national: expected at most 1',
      '/lookup/0/likelihood/ppp: expected at least 0',
    ]);
    expect(problems({ ...sampleScorecard(), rules: [] })).toEqual(['/rules: unexpected property "rules" in a document of this subject']);
    expect(problems({ ...sampleScorecard(), lookup: undefined, country: 'kg' })).toEqual([
      ': expected property "lookup"',
      '/country: expected text matching ^[A-Z]{2}$',
    ]);
    expect(problems({ id: 'a/b', version: '1.0.0', title: 'T', subject: 'client-record', rules: [], lines: sampleScorecard().lines })).toEqual([
      '/lines: unexpected property "lines" in a document of this subject',
    ]);
    const [size] = sampleScorecard().questions!;
    expect(
      problems(
        sampleScorecard({
          questions: [
            {
              ...size!,
              answers: [
                { value: ' 4+', points: -1 },
                { value: '', points: 1.5 },
              ],
            },
          ],
        }),
      ),
    ).toEqual([
      '/questions/0/answers/0/value: expected text matching ^\\S(.*\\S)?$',
      '/questions/0/answers/0/points: expected at least 0',
      '/questions/0/answers/1/value: expected text matching ^\\S(.*\\S)?$',
      '/questions/0/answers/1/points: expected integer',
    ]);
    expect(problems({ ...member, questions: undefined })).toEqual([]);
  });
});
