import type { Finding, Objective, SmartCriteria } from '@social-lens/rules';
import { RuleSourceError } from './rule-source-error.ts';

/** What the element needs of a checker: marks and findings for one objective. */
export interface ElementObjectiveChecker {
  /** `local` runs the analyzer in the page; `server` asks the service's `/v1/objectives/check`. */
  readonly where: 'local' | 'server';
  check(objective: Objective): Promise<{ criteria: SmartCriteria; findings: Finding[] }>;
}

/** Everything that decides which checker an element gets. */
export interface ObjectiveCheckerOptions {
  ruleset: string;
  server?: string | undefined;
  publisherKey?: string | undefined;
  lang: string;
  today: string;
}

type LocalFactory = (options: ObjectiveCheckerOptions) => Promise<ElementObjectiveChecker>;

let localFactory: LocalFactory | undefined;

/**
 * Makes the in-page analyzer available to every `<lens-objective-check>`: the full bundle
 * (`lens-widget.js`) registers it; the small one (`lens-objective-remote.js`) does not, and its
 * elements ask the service named by `server`.
 *
 * @example
 * registerLocalObjectiveChecker(async (options) => createLocalChecker(options));
 */
export function registerLocalObjectiveChecker(factory: LocalFactory): void {
  localFactory = factory;
}

interface CheckAnswer {
  results: Array<{ criteria: SmartCriteria; findings: Finding[] }>;
}

/**
 * A checker that posts each objective to `${server}/v1/objectives/check` with the element's
 * rule set, language and date. The text leaves the page only for the service the page names.
 */
function createServerChecker(options: ObjectiveCheckerOptions & { server: string }): ElementObjectiveChecker {
  const url = `${options.server.replace(/\/+$/u, '')}/v1/objectives/check`;
  const lang = options.lang.split('-')[0]!.toLowerCase();
  return {
    where: 'server',
    async check(objective) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ objective, rulesets: [options.ruleset], today: options.today, ...(/^[a-z]{2,3}$/u.test(lang) ? { lang } : {}) }),
        });
      } catch (error) {
        throw new RuleSourceError('unavailable', `cannot reach ${url}`, { cause: error });
      }
      if (!response.ok) throw new RuleSourceError(response.status === 422 ? 'invalid' : 'unavailable', `${url} answered ${response.status}`);
      const [result] = ((await response.json()) as CheckAnswer).results;
      if (result === undefined) throw new RuleSourceError('invalid', `${url} gave no result`);
      return { criteria: result.criteria, findings: result.findings };
    },
  };
}

/**
 * The checker for an element: the in-page analyzer when this bundle has it (offline, and the
 * only way a `publisher-key` can be verified), else the service named by `server`.
 *
 * @example
 * const checker = await objectiveCheckerFor({ ruleset: 'core/smart-objective@^1', server: 'https://lens.example.org', lang: 'bs', today: '2026-11-29' });
 */
export function objectiveCheckerFor(options: ObjectiveCheckerOptions): Promise<ElementObjectiveChecker> {
  if (localFactory !== undefined) return localFactory(options);
  if (options.server) {
    if (options.publisherKey) {
      return Promise.reject(new RuleSourceError('signature-invalid', 'a publisher key can only be checked with the in-page analyzer (lens-widget.js)'));
    }
    return Promise.resolve(createServerChecker({ ...options, server: options.server }));
  }
  return Promise.reject(new RuleSourceError('unavailable', 'this bundle has no analyzer and no server is set'));
}
