import { createBoundedCache } from '@social-lens/registry';
import { createObjectiveChecker, type ObjectiveChecker, type ResolvedRuleSet, todayIso, unreadLanguage } from '@social-lens/rules';
import { Hono } from 'hono';
import { OBJECTIVES_CHECK_REQUEST_SCHEMA } from '../../api/objectives-check-request-schema.ts';
import { readJsonBody } from '../../api/read-json-body.ts';
import { createBodyValidator } from '../../api/validate-body.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { resolveForCheck } from '../../checks/resolve-for-check.ts';
import { ProblemError, type ProblemItem } from '../../problems/problem-error.ts';

/** The rule set objectives are judged by when the request names none. */
const DEFAULT_OBJECTIVE_RULE_SETS = ['core/smart-objective'];

const validateRequest = createBodyValidator(OBJECTIVES_CHECK_REQUEST_SCHEMA);
const checkers = createBoundedCache<string, { ruleSet: ResolvedRuleSet; checker: ObjectiveChecker }>(100);

function checkerFor(ruleSet: ResolvedRuleSet, lang: string | undefined, today: string): ObjectiveChecker {
  const key = `${ruleSet.ref}|${ruleSet.layers.join(',')}|${lang ?? ''}|${today}`;
  const cached = checkers.get(key);
  if (cached && cached.ruleSet === ruleSet) return cached.checker;
  const checker = createObjectiveChecker(ruleSet, { today, ...(lang ? { lang } : {}) });
  checkers.set(key, { ruleSet, checker });
  return checker;
}

/**
 * `POST /v1/objectives/check`: one objective (`objective`) or a list (`objectives`), each text
 * plus optional structured fields, judged SMART by objective rule sets from the registry
 * (`core/smart-objective` by default). Too many objectives is a 413, a text over the length
 * limit a 422 naming `/objectives/N/text`. The texts are neither stored nor logged.
 *
 * @example
 * await app.request('/v1/objectives/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ objective: { text: 'Improve lives' } }) })
 */
export function createObjectiveRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/v1/objectives/check', async (c) => {
    const services = c.get('services');
    const { limits } = services;
    const body = validateRequest(await readJsonBody(c));
    const [objectives, base] = body.objectives ? [body.objectives, '/objectives'] : [[body.objective!], '/objective'];
    if (objectives.length > limits.objectives) {
      throw new ProblemError(413, {
        kind: 'too-many-objectives',
        detail: `more than ${limits.objectives} objectives in one request`,
        errors: [{ path: base, message: `at most ${limits.objectives} objectives`, code: 'too-many-objectives' }],
      });
    }
    const tooLong: ProblemItem[] = objectives.flatMap((objective, index) =>
      objective.text.length > limits.objectiveLength
        ? [
            {
              path: body.objectives ? `${base}/${index}/text` : `${base}/text`,
              message: `${objective.text.length} characters; at most ${limits.objectiveLength}`,
              code: 'too-long',
            },
          ]
        : [],
    );
    if (tooLong.length > 0) throw new ProblemError(422, { kind: 'objective-too-long', detail: `${tooLong[0]!.path}: ${tooLong[0]!.message}`, errors: tooLong });
    c.get('logCounts')['objectives'] = objectives.length;

    const references = body.rulesets ?? DEFAULT_OBJECTIVE_RULE_SETS;
    const warnings: string[] = [];
    const ruleSets = await resolveForCheck(services, references, new Map(), {
      paramsPath: '/params',
      referencesPath: body.rulesets ? '/rulesets' : 'default rule set',
      warn: (message) => warnings.push(message),
    });
    const wrong = ruleSets.flatMap((ruleSet, index) =>
      ruleSet.subject === 'objective'
        ? []
        : [{ path: `/rulesets/${index}`, message: `${ruleSet.ref} is a rule set for ${ruleSet.subject}, not for objectives`, code: 'subject' }],
    );
    if (wrong.length > 0) throw new ProblemError(422, { kind: 'wrong-subject', detail: wrong[0]!.message, errors: wrong });
    const unread = body.lang ? unreadLanguage(ruleSets, body.lang) : undefined;
    if (unread) warnings.push(`lang: ${unread}`);
    const today = body.today ?? todayIso();
    const results = [];
    let findings = 0;
    for (const objective of objectives) {
      const checks = await Promise.all(ruleSets.map((ruleSet) => checkerFor(ruleSet, body.lang, today).check(objective)));
      // Several rule sets: findings together; each criterion as the first rule set judges it.
      const { analysis: _analysis, ...first } = checks[0]!;
      const result = { ...first, findings: checks.flatMap((check) => check.findings) };
      findings += result.findings.length;
      results.push(result);
    }
    c.get('logCounts')['findings'] = findings;
    return c.json({ results, ruleSets: ruleSets.map((ruleSet) => ruleSet.ref), ...(warnings.length > 0 ? { warnings } : {}) });
  });
  return routes;
}
