import { type ClientRecordField, createRuleSetCatalog, type Finding, pickLanguage, type ResolvedRuleSet, resolveRuleSet } from '@social-lens/rules';
import { declaredRecordFields } from '@social-lens/rules/records-input';
import { createScorecardScorer, type ScorecardScorer, type ScoredRecord } from '@social-lens/rules/scorecard';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { effectiveLanguage } from './effective-language.ts';
import { FieldAnnotations } from './field-annotations.ts';
import { type FieldMap, parseFieldMap } from './field-map.ts';
import { collectFormFields, type FormControl, type FormFields, readFormRecord } from './form-fields.ts';
import { formatNumber } from './format-number.ts';
import { createFindingsEvent } from './lens-findings-event.ts';
import { loadRuleSet, RuleSourceError } from './rule-source.ts';
import { scorecardStrings } from './scorecard-strings.ts';
import { sharedStyles } from './shared-styles.ts';

type Status = 'loading' | 'ready' | 'failed' | 'no-form';

/** The event fired after each scoring, with the household's score, band and likelihoods (null until it can be scored). */
export const LENS_SCORE_EVENT = 'lens-score' as const;
export type LensScoreDetail = Pick<ScoredRecord, 'score' | 'band' | 'likelihoods'>;

/** Answers missing are what a form being filled in has: counted on the element, not shown as problems. */
const PROGRESS_CHECKS = new Set(['answers-missing', 'not-interviewed']);

let nextId = 0;
/** Properties whose change means another scorecard to load. */
const LOAD_PROPERTIES = ['scorecard', 'server', 'publisherKey', 'documents', 'lang'] as const;
/** Properties whose change means another form or field set. */
const FORM_PROPERTIES = ['for', 'fieldMap'] as const;

/**
 * `<lens-scorecard scorecard="ppi/kgz-2015@^1">`: a poverty scorecard (PPI) on an MIS screen. It
 * renders the questions as an accessible form — one fieldset of radio buttons per question — or,
 * with `for`, reads the answers from an existing form's inputs through `field-map`. As answers
 * are given it shows the score, its band and the likelihood of being below each poverty line,
 * and it makes the scorecard's checks (an answer not in the list, an answer that disagrees with
 * the household size, a stored score that differs, a poverty level the likelihoods contradict).
 *
 * @example
 * <lens-scorecard scorecard="ppi/kgz-2015@^1" server="https://lens.example.org" lang="ru"></lens-scorecard>
 * <lens-scorecard for="client" scorecard="ppi/kgz-2015@^1" server="…" field-map="oblast:ppiOblast, members:ppiHouseholdSize, hh_size:householdSize"></lens-scorecard>
 *
 * Attributes / properties:
 * - `scorecard` — the scorecard rule set, `publisher/name@range`
 * - `server` — base URL of a Social Lens service to take it from; `documents` (property) — rule-set documents to resolve it from instead, for pages that work offline
 * - `publisher-key` / `publisherKey` — Ed25519 public key; the scorecard must be signed with it
 * - `for` — id of an existing form to read the answers from (default: the element renders its own form)
 * - `field-map` / `fieldMap` — the form's names to fields: `name:ppiOblast, hh_size:householdSize` or JSON
 * - `record` (property) — other fields of the client for the checks in the element's own form (`householdSize`, `povertyLevel`, `clientId`)
 * - `lang` — `en`, `ru`, `bs`; default: the page's
 * - `result` (read-only) — the last scoring: score, band, likelihoods, findings
 *
 * @fires lens-score - after each scoring; `detail: { score, band, likelihoods }`
 * @fires lens-findings - after each scoring; `detail: { findings, criteria: null }`
 * @csspart form, question, result, likelihoods, findings, status
 */
export class LensScorecardElement extends LitElement {
  static override properties = {
    scorecard: { type: String },
    server: { type: String },
    publisherKey: { type: String, attribute: 'publisher-key' },
    for: { type: String },
    fieldMap: { type: String, attribute: 'field-map' },
    lang: { type: String, reflect: true },
    documents: { attribute: false },
    record: { attribute: false },
    result: { attribute: false },
    _status: { state: true },
    _answers: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      fieldset {
        margin: 0 0 0.75em;
        border: 1px solid var(--lens-border-color, #c9ced6);
        border-radius: 4px;
      }
      legend {
        font-weight: 600;
      }
      label {
        display: block;
        padding: 0.15em 0;
      }
      .points {
        color: var(--lens-muted-color, #5b6478);
        font-size: 0.9em;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 0.15em 0.75em 0.15em 0;
      }
      td {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  declare scorecard: string | undefined;
  declare server: string | undefined;
  declare publisherKey: string | undefined;
  declare for: string | undefined;
  declare fieldMap: string | undefined;
  declare documents: readonly unknown[] | undefined;
  declare record: Readonly<Record<string, unknown>> | undefined;
  /** The last scoring, or undefined before the scorecard is loaded. */
  declare result: ScoredRecord | undefined;
  declare _status: Status;
  /** The element's own form: answer value by answer field. */
  declare _answers: Readonly<Record<string, string>>;

  readonly #id = `lens-scorecard-${++nextId}`;
  #resolved: ResolvedRuleSet | undefined;
  #scorer: ScorecardScorer | undefined;
  #failure: 'failed' | 'notScorecard' = 'failed';
  #loading: object | undefined;
  #form: HTMLFormElement | undefined;
  #map: FieldMap = { fields: new Map(), problems: [] };
  #fields: FormFields = new Map();
  readonly #annotations = new FieldAnnotations();
  readonly #onFormInput = (): void => {
    this.scoreNow();
  };

  constructor() {
    super();
    this._status = 'loading';
    this._answers = {};
  }

  /** The language of the questions, labels and messages. */
  get language(): string {
    return effectiveLanguage(this, this.lang);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (LOAD_PROPERTIES.some((name) => changed.has(name))) void this.#load();
    else if (FORM_PROPERTIES.some((name) => changed.has(name)) && this.#scorer) this.#attach();
    else if (changed.has('record') && this.#scorer) this.scoreNow();
  }

  /** Scores the answers given so far, now; returns the scoring. */
  scoreNow(): ScoredRecord | undefined {
    const scorer = this.#scorer;
    if (!scorer) return undefined;
    const raw = this.#form ? { ...(this.record ?? {}), ...readFormRecord(this.#fields) } : { ...(this.record ?? {}), ...this._answers };
    const result = scorer.score(raw);
    this.result = result;
    if (this.#form) this.#annotate(result.findings);
    this.dispatchEvent(
      new CustomEvent(LENS_SCORE_EVENT, { detail: { score: result.score, band: result.band, likelihoods: result.likelihoods }, bubbles: true, composed: true }),
    );
    this.dispatchEvent(createFindingsEvent({ findings: result.findings, criteria: null }));
    return result;
  }

  async #load(): Promise<void> {
    const token = {};
    this.#loading = token;
    this._status = 'loading';
    const reference = this.scorecard ?? '';
    try {
      const resolved = this.documents
        ? resolveRuleSet(createRuleSetCatalog(this.documents), reference)
        : await loadRuleSet({ ruleset: reference, server: this.server, publisherKey: this.publisherKey });
      if (this.#loading !== token) return;
      if (!resolved.scorecard) {
        this.#failure = 'notScorecard';
        this._status = 'failed';
        return;
      }
      this.#resolved = resolved;
      this.#scorer = createScorecardScorer(resolved, { lang: this.language });
      this._status = 'ready';
      if (this.for) this.#attach();
      else this.scoreNow();
    } catch (error) {
      if (this.#loading !== token) return;
      if (!(error instanceof RuleSourceError)) console.warn('lens-scorecard:', error);
      this.#scorer = undefined;
      this.#failure = 'failed';
      this._status = 'failed';
    }
  }

  #attach(): void {
    this.#detach();
    if (!this.for) {
      this.scoreNow();
      return;
    }
    const form = this.ownerDocument.getElementById(this.for);
    if (form?.localName !== 'form') {
      this._status = 'no-form';
      return;
    }
    this.#form = form as HTMLFormElement;
    this.#map = parseFieldMap(this.fieldMap, this.#resolved ? declaredRecordFields([this.#resolved]) : []);
    this.#fields = collectFormFields(this.#form, this.#map);
    this.#form.addEventListener('input', this.#onFormInput);
    this.#form.addEventListener('change', this.#onFormInput);
    this._status = 'ready';
    this.scoreNow();
  }

  #detach(): void {
    this.#annotations.clearAll();
    this.#form?.removeEventListener('input', this.#onFormInput);
    this.#form?.removeEventListener('change', this.#onFormInput);
    this.#form = undefined;
  }

  /** On an existing form, a finding is shown at the first of its fields the form has. */
  #annotate(findings: readonly Finding[]): void {
    const byControl = new Map<FormControl, Finding[]>();
    for (const finding of findings) {
      if (PROGRESS_CHECKS.has(finding.ruleId.split('#')[1] ?? '')) continue;
      const field = finding.fields.find((name) => this.#fields.has(name as ClientRecordField));
      const control = field === undefined ? undefined : this.#fields.get(field as ClientRecordField)?.[0];
      if (control) byControl.set(control, [...(byControl.get(control) ?? []), finding]);
    }
    for (const controls of this.#fields.values()) for (const control of controls) this.#annotations.set(control, byControl.get(control) ?? []);
  }

  readonly #onOwnChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio' || !input.checked) return;
    this._answers = { ...this._answers, [input.name]: input.value };
    this.scoreNow();
  };

  protected override render() {
    const strings = scorecardStrings(this.language);
    if (this._status === 'failed') return html`<p class="status error" part="status" role="alert">${strings[this.#failure]}</p>`;
    if (this._status === 'no-form') return html`<p class="status error" part="status" role="alert">${strings.formMissing}</p>`;
    const scorecard = this.#scorer?.scorecard;
    if (this._status === 'loading' || !scorecard) return html`<p class="status" part="status">${strings.loading}</p>`;
    const lang = this.language;
    const result = this.result;
    const findings = (result?.findings ?? []).filter((finding) => !PROGRESS_CHECKS.has(finding.ruleId.split('#')[1] ?? ''));
    const given: Readonly<Record<string, unknown>> = this.#form ? readFormRecord(this.#fields) : this._answers;
    const answered = scorecard.questions.filter((question) => given[question['field']] !== undefined).length;
    const ownForm = this.#form
      ? nothing
      : html`<form part="form" @change=${this.#onOwnChange} aria-describedby=${`${this.#id}-result`}>
          ${scorecard.questions.map((question, index) => {
            const problems = findings.filter((finding) => finding.fields[0] === question['field']);
            const messageId = `${this.#id}-q${index}`;
            return html`<fieldset part="question" aria-describedby=${problems.length > 0 ? messageId : nothing}>
              <legend>${question['number'] === undefined ? nothing : `${question['number']}. `}${pickLanguage(question.text, lang).text}</legend>
              ${question.answers.map(
                (answer) =>
                  html`<label
                    ><input type="radio" name=${question['field']} .value=${answer['value']} .checked=${this._answers[question['field']] === answer['value']} />
                    ${answer.label ? pickLanguage(answer.label, lang).text : answer['value']}
                    <span class="points" title=${strings.points}>(+${answer['points']})</span></label
                  >`,
              )}
              ${problems.length > 0 ? html`<p id=${messageId} class="finding warning">${problems.map((problem) => problem.message).join(' ')}</p>` : nothing}
            </fieldset>`;
          })}
        </form>`;
    const scored = result?.score !== null && result?.score !== undefined;
    const status = scored
      ? `${strings.score}: ${result.score} (${strings.band} ${result.band?.[0]}–${result.band?.[1]})`
      : `${strings.answered.replace('{answered}', String(answered)).replace('{total}', String(scorecard.questions.length))}. ${strings.noScoreYet}`;
    const score = !scored
      ? html`<p part="status">${status}</p>`
      : html`<p part="status" class="score"><strong>${status}</strong></p>
            <table part="likelihoods">
              <caption class="visually-hidden">${strings.likelihoods}</caption>
              <thead>
                <tr><th scope="col">${strings.line}</th><th scope="col">${strings.likelihood}</th></tr>
              </thead>
              <tbody>
                ${scorecard.lineIds.map(
                  (line) =>
                    html`<tr data-line=${line}>
                      <th scope="row">${pickLanguage(scorecard.lines[line]!.title, lang).text}</th>
                      <td>${formatNumber(result?.likelihoods?.[line] ?? 0, lang, { style: 'percent', maximumFractionDigits: 1 })}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`;
    const others = this.#form ? [] : findings.filter((finding) => !scorecard.questions.some((question) => question['field'] === finding.fields[0]));
    return html`${ownForm}
      <section part="result" id=${`${this.#id}-result`}>
        ${score}
        ${
          others.length > 0
            ? html`<ul part="findings" aria-label=${strings.findingsLabel}>
              ${others.map((finding) => html`<li class="finding ${finding.severity}" data-rule=${finding.ruleId}>${finding.message}</li>`)}
            </ul>`
            : nothing
        }
      </section>
      <div class="visually-hidden" aria-live="polite" part="live">${status}</div>`;
  }
}

if (!customElements.get('lens-scorecard')) customElements.define('lens-scorecard', LensScorecardElement);

declare global {
  interface HTMLElementTagNameMap {
    'lens-scorecard': LensScorecardElement;
  }
  interface HTMLElementEventMap {
    [LENS_SCORE_EVENT]: CustomEvent<LensScoreDetail>;
  }
}
