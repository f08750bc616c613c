import type { Finding, SmartCriteria, SmartCriterion } from '@social-lens/rules';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { DEFAULT_RULE_SETS } from './default-rule-sets.ts';
import { effectiveLanguage } from './effective-language.ts';
import { createFindingsEvent } from './lens-findings-event.ts';
import { markedSegments } from './marked-segments.ts';
import { type ElementObjectiveChecker, objectiveCheckerFor } from './objective-checker-source.ts';
import { RuleSourceError } from './rule-source-error.ts';
import { sharedStyles } from './shared-styles.ts';
import { type TextField, TextMirrorController } from './text-mirror-controller.ts';
import { uiStrings } from './ui-strings.ts';

/** The SP area values `area` accepts; `client-change` is read as `clientChange`. */
const AREAS = { outreach: 'outreach', services: 'services', clientChange: 'clientChange', 'client-change': 'clientChange' } as const;

/** Properties whose change means another rule set or checker. */
const CHECKER_PROPERTIES = ['server', 'ruleset', 'publisherKey', 'lang', 'today'] as const;

/** The five criteria in the order they are shown (the rules package's `SMART_CRITERIA`, kept out of the small bundle). */
const SMART_CRITERIA: readonly SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/** Today as YYYY-MM-DD (UTC), as the rules package's `todayIso`, without its engine in the small bundle. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

type Status = 'loading' | 'ready' | 'failed';

/**
 * `<lens-objective-check>`: SMART feedback on a draft social objective while it is typed.
 * Wraps the page's own `<textarea>` or `<input>` (slotted): underlines the words each finding
 * points at in an overlay over the field (the field's value, markup and styles stay the page's),
 * shows the five SMART marks and the findings with their suggestions.
 *
 * @example
 * <lens-objective-check lang="en" area="outreach">
 *   <textarea name="objective_1"></textarea>
 * </lens-objective-check>
 *
 * Attributes / properties:
 * - `ruleset` — objective rule set, `publisher/name@range` (default `core/smart-objective@^1`, bundled)
 * - `server` — base URL of a Social Lens service: the rule set comes from it, and with the small
 *   bundle (`lens-objective-remote.js`, no analyzer in the page) each check is asked of its
 *   `/v1/objectives/check`
 * - `publisher-key` / `publisherKey` — Ed25519 public key; the rule set must be signed with it
 * - `lang` — language of messages and labels (`en`, `ru`, `bs`; `hr`, `sr`, `cnr` read `bs`); default: the page's
 * - `area` — SP area of the objective: `outreach`, `services` or `client-change`
 * - `goal` — the social goal the objective breaks down (makes relevance judgeable)
 * - `target-group` / `targetGroup`, `indicator` — whom it is about and what it measures, as declared
 *   next to the text: evidence for the marks, and quoted in suggestions
 * - `debounce` — milliseconds of quiet typing before a check (default 250)
 * - `today` — the date deadlines are measured against, YYYY-MM-DD (default: today)
 * - `criteria`, `findings` (read-only) — the last check's results
 *
 * @fires lens-findings - after each check; `detail: { findings, criteria }`
 * @csspart field - the box around the slotted field
 * @csspart overlay - the layer with the underlines (text transparent)
 * @csspart mark - one underlined run; also `mark-error`, `mark-warning`, `mark-info`
 * @csspart criteria - the list of SMART marks; `criterion`, `criterion-met`, `criterion-not-met`, `criterion-unknown` for each
 * @csspart findings - the list of findings; `finding` for each, `suggestion` for its advice
 * @cssprop --lens-error-color, --lens-warning-color, --lens-info-color, --lens-met-color, --lens-unknown-color
 * @cssprop --lens-underline-thickness, --lens-font-family, --lens-font-size, --lens-text-color
 */
export class LensObjectiveCheckElement extends LitElement {
  static override properties = {
    server: { type: String },
    ruleset: { type: String },
    publisherKey: { type: String, attribute: 'publisher-key' },
    lang: { type: String, reflect: true },
    today: { type: String },
    area: { type: String },
    goal: { type: String },
    targetGroup: { type: String, attribute: 'target-group' },
    indicator: { type: String },
    debounce: { type: Number },
    criteria: { attribute: false },
    findings: { attribute: false },
    _text: { state: true },
    _status: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      .field {
        position: relative;
      }
      .overlay {
        position: absolute;
        margin: 0;
        overflow: hidden;
        pointer-events: none;
        color: transparent;
        background: transparent;
        user-select: none;
      }
      mark {
        color: transparent;
        background: var(--lens-mark-background, transparent);
        text-decoration-line: underline;
        text-decoration-style: wavy;
        text-decoration-thickness: var(--lens-underline-thickness, 1.5px);
        text-decoration-skip-ink: none;
        text-underline-offset: 0.15em;
      }
      mark.error {
        text-decoration-color: var(--lens-error-color, #b00020);
      }
      mark.warning {
        text-decoration-color: var(--lens-warning-color, #7a4b00);
      }
      mark.info {
        text-decoration-style: dotted;
        text-decoration-color: var(--lens-info-color, #1a4d80);
      }
      .criteria {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 0.75em;
        margin: 0.4em 0;
      }
      .criterion[data-met='true'] .icon {
        color: var(--lens-met-color, #1b6e20);
      }
      .criterion[data-met='false'] .icon {
        color: var(--lens-error-color, #b00020);
      }
      .criterion[data-met='null'] .icon {
        color: var(--lens-unknown-color, #555);
      }
    `,
  ];

  declare server: string | undefined;
  declare ruleset: string | undefined;
  declare publisherKey: string | undefined;
  declare today: string | undefined;
  declare area: string | undefined;
  declare goal: string | undefined;
  declare targetGroup: string | undefined;
  declare indicator: string | undefined;
  declare debounce: number;
  /** SMART marks of the last check; `undefined` before the first. */
  declare criteria: SmartCriteria | undefined;
  /** Findings of the last check. */
  declare findings: readonly Finding[];
  declare _text: string;
  declare _status: Status;

  #field: TextField | undefined;
  #checker: Promise<ElementObjectiveChecker> | undefined;
  #failure: RuleSourceError | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;
  #announcement = '';
  readonly #mirror = new TextMirrorController(this, () => ({
    overlay: this.renderRoot.querySelector<HTMLElement>('.overlay'),
    container: this.renderRoot.querySelector<HTMLElement>('.field'),
  }));
  readonly #onInput = (): void => {
    // Re-render at once so the overlay never holds marks for text that has changed under them.
    this.requestUpdate();
    this.#schedule();
  };

  constructor() {
    super();
    this.debounce = 250;
    this.findings = [];
    this._text = '';
    this._status = 'loading';
  }

  /** The language messages and labels are in. */
  get language(): string {
    return effectiveLanguage(this, this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#adoptField();
  }

  protected override firstUpdated(): void {
    // A parser-created element is connected before its children exist: look again once rendered.
    this.#adoptField();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#field?.removeEventListener('input', this.#onInput);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#checker || CHECKER_PROPERTIES.some((name) => changed.has(name))) this.#loadChecker();
    if (changed.has('area') || changed.has('goal') || changed.has('targetGroup') || changed.has('indicator')) this.#schedule(0);
  }

  /** Checks the field's text now, without waiting for the debounce. */
  async checkNow(): Promise<void> {
    clearTimeout(this.#timer);
    const sequence = ++this.#sequence;
    const text = this.#field?.value ?? '';
    if (!this.#checker) return;
    let checker: ElementObjectiveChecker;
    try {
      checker = await this.#checker;
    } catch {
      return;
    }
    if (text.trim() === '') {
      // An empty field is a draft not started: nothing to mark, and no "empty objective" error at the user.
      this._text = text;
      this.criteria = undefined;
      this.findings = [];
      return;
    }
    const area = this.area ? AREAS[this.area as keyof typeof AREAS] : undefined;
    let result: { criteria: SmartCriteria; findings: readonly Finding[] };
    try {
      result = await checker.check({
        text,
        ...(area ? { area } : {}),
        ...(this.goal ? { goal: this.goal } : {}),
        ...(this.targetGroup ? { targetGroup: this.targetGroup } : {}),
        ...(this.indicator ? { indicator: this.indicator } : {}),
      });
    } catch (error) {
      if (sequence !== this.#sequence) return;
      // The service went away mid-typing: say so, keep the last marks, try again on the next keystroke.
      this.#failure = error instanceof RuleSourceError ? error : new RuleSourceError('unavailable', String(error), { cause: error });
      this._status = 'failed';
      this.requestUpdate();
      return;
    }
    // A later keystroke started a newer check: its result is the one to show.
    if (sequence !== this.#sequence) return;
    if (this._status === 'failed') {
      this._status = 'ready';
      this.#failure = undefined;
    }
    this.#announcement = this.#describeChanges(this.criteria, result.criteria);
    this._text = text;
    this.criteria = result.criteria;
    this.findings = result.findings;
    await this.updateComplete;
    this.dispatchEvent(createFindingsEvent({ findings: result.findings, criteria: result.criteria }));
  }

  #loadChecker(): void {
    this._status = 'loading';
    this.#failure = undefined;
    const lang = this.language;
    const today = this.today || todayIso();
    const checker = objectiveCheckerFor({
      ruleset: this.ruleset || DEFAULT_RULE_SETS.objective,
      server: this.server,
      publisherKey: this.publisherKey,
      lang,
      today,
    });
    this.#checker = checker;
    checker.then(
      () => {
        if (this.#checker !== checker) return;
        this._status = 'ready';
        this.#schedule(0);
      },
      (error: unknown) => {
        if (this.#checker !== checker) return;
        this.#failure = error instanceof RuleSourceError ? error : new RuleSourceError('invalid', String(error), { cause: error });
        this._status = 'failed';
      },
    );
  }

  #adoptField(): void {
    const field = this.querySelector<TextField>('textarea, input') ?? undefined;
    if (field === this.#field) return;
    this.#field?.removeEventListener('input', this.#onInput);
    this.#field = field;
    field?.addEventListener('input', this.#onInput);
    this.#mirror.observe(field);
    this.#schedule(0);
  }

  #schedule(delay = this.debounce): void {
    clearTimeout(this.#timer);
    if (this._status === 'loading' || (this._status === 'failed' && !this.#checker)) return;
    // Typing shows the text at once in the overlay's place; only the underlines wait.
    this.#timer = setTimeout(() => void this.checkNow(), Math.max(0, delay));
  }

  #describeChanges(before: SmartCriteria | undefined, after: SmartCriteria): string {
    const strings = uiStrings(this.language);
    const changed = SMART_CRITERIA.filter((criterion) => before?.[criterion].met !== after[criterion].met);
    return changed.map((criterion) => `${strings.criteria[criterion]}: ${this.#stateText(after[criterion].met)}`).join(', ');
  }

  #stateText(met: boolean | null): string {
    const strings = uiStrings(this.language);
    return met === true ? strings.met : met === false ? strings.notMet : strings.cannotTell;
  }

  protected override render() {
    const strings = uiStrings(this.language);
    // The overlay holds the text the findings were computed on; while it is stale the marks are hidden.
    const current = this.#field?.value ?? '';
    const segments = this._text === current ? markedSegments(this._text, this.findings) : [{ text: current, start: 0 }];
    return html`<div class="field" part="field">
        <slot @slotchange=${() => this.#adoptField()}></slot>
        <div class="overlay" part="overlay" aria-hidden="true">${segments.map((segment) =>
          'severity' in segment && segment.severity
            ? html`<mark class=${segment.severity} part="mark mark-${segment.severity}" data-start=${segment.start}>${segment.text}</mark>`
            : segment.text,
        )}${'\n'}</div>
      </div>
      ${this._status === 'failed' ? html`<p class="status error" part="status" role="alert">${this.#failureText()}</p>` : nothing}
      ${this.criteria ? this.#renderCriteria(this.criteria) : nothing}
      ${
        this.findings.length > 0
          ? html`<ul class="findings" part="findings" aria-label=${strings.findingsLabel}>
            ${this.findings.map(
              (finding) => html`<li class="finding ${finding.severity}" part="finding finding-${finding.severity}" data-rule=${finding.ruleId}>
                ${finding.message}
                ${finding.suggestion ? html`<span class="suggestion" part="suggestion">${strings.suggestion} ${finding.suggestion}</span>` : nothing}
              </li>`,
            )}
          </ul>`
          : nothing
      }
      <div class="visually-hidden" aria-live="polite" part="live">${this.#announcement}</div>`;
  }

  #renderCriteria(criteria: SmartCriteria) {
    const strings = uiStrings(this.language);
    return html`<ul class="criteria" part="criteria" aria-label=${strings.criteriaLabel}>
      ${SMART_CRITERIA.map((criterion) => {
        const met = criteria[criterion].met;
        const kind = met === true ? 'met' : met === false ? 'not-met' : 'unknown';
        return html`<li class="criterion" part="criterion criterion-${kind}" data-criterion=${criterion} data-met=${String(met)}>
          <span class="icon" aria-hidden="true">${met === true ? '✓' : met === false ? '✗' : '?'}</span>
          ${strings.criteria[criterion]}<span class="visually-hidden">: ${this.#stateText(met)}</span>
        </li>`;
      })}
    </ul>`;
  }

  #failureText(): string {
    const strings = uiStrings(this.language);
    const code = this.#failure?.code;
    return code === 'signature-invalid' ? strings.signatureInvalid : code === 'unavailable' ? strings.ruleSetUnavailable : strings.ruleSetInvalid;
  }
}

if (!customElements.get('lens-objective-check')) customElements.define('lens-objective-check', LensObjectiveCheckElement);

declare global {
  interface HTMLElementTagNameMap {
    'lens-objective-check': LensObjectiveCheckElement;
  }
}
