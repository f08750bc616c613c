import {
  type ClientRecordField,
  type CompiledRecordChecker,
  createCompiledRecordChecker,
  type Finding,
  type ResolvedRuleSet,
  readClientRecord,
  recordFacts,
  todayIso,
} from '@social-lens/rules';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { BlockedSaveAlert } from './blocked-save-alert.ts';
import { DEFAULT_RULE_SETS } from './bundled-rule-sets.ts';
import { displayedValue } from './displayed-values.ts';
import { effectiveLanguage } from './effective-language.ts';
import { FieldAnnotations } from './field-annotations.ts';
import { type FieldMap, parseFieldMap, parsePairs } from './field-map.ts';
import { canonicalValue, collectFormFields, type FormControl, type FormFields, fieldOfControl, readFormRecord } from './form-fields.ts';
import { guardFormSubmit } from './form-submit-guard.ts';
import { type ImportProfile, loadImportProfile } from './import-profile.ts';
import { createFindingsEvent } from './lens-findings-event.ts';
import { joinSentences } from './live-announcement.ts';
import { messagesAsShown } from './messages-as-shown.ts';
import { rulePasses } from './rule-passes.ts';
import { loadRuleSet, RuleSourceError } from './rule-source.ts';
import { sharedStyles } from './shared-styles.ts';
import { plural, uiStrings } from './ui-strings.ts';
import { unknownInputsOf } from './unknown-inputs.ts';
import { EMPTY_VALUE_MAP, mergeValueMaps, parseValueMap, type ValueMap } from './value-map.ts';

type Status = 'loading' | 'ready' | 'failed' | 'no-form';

/** Properties whose change means another form or field set. */
const FORM_PROPERTIES = ['for', 'fieldMap', 'valueMap', 'profile'] as const;
/** Properties whose change means another rule set or checker. */
const CHECKER_PROPERTIES = ['server', 'ruleset', 'publisherKey', 'lang', 'today'] as const;

/** A finding as placed on the form: at which fields it is shown. */
interface PlacedFinding {
  finding: Finding;
  /** Mapped fields it is shown at; empty when the form has none of its fields. */
  anchors: ClientRecordField[];
  key: string;
}

/**
 * `<lens-record-check for="FORM_ID">`: checks a client record while a loan officer types it into
 * an existing MIS form the element does not own. Maps the form's inputs to canonical fields (by
 * `data-lens-field`, the `field-map`, or a `name` that already is canonical), builds the record on
 * every input and change, runs the client-data rules in the browser and marks the offending
 * inputs in the page's own DOM.
 *
 * A finding is shown once one of its fields was touched (or came pre-filled), or after a submit;
 * it is placed at the first of its fields the form has (`income-sources-add-up` at the total
 * income). Fields the form lacks are not required of it.
 *
 * @example
 * <form id="loan" action="/save">…<input name="inc_tot">…</form>
 * <lens-record-check for="loan" field-map="inc_tot:householdIncomeMonthly, hh_size:householdSize" block-submit></lens-record-check>
 *
 * Attributes / properties:
 * - `for` — id of the form to check (default: the form the element sits in)
 * - `field-map` / `fieldMap` — the form's names to canonical fields: `a:b, c:d` or JSON `{"a":"b"}`
 * - `value-map` / `valueMap` — the form's codes to canonical values, JSON `{"cboPov": {"1": "very-poor"}}`;
 *   keys are an input's `name`, its `data-lens-field` or the canonical field; codes matched trimmed, any case
 * - `profile` — URL of an import profile `{ columns, values }` (as `lens check records --map` reads):
 *   its columns are a field map and its values a value map, the attributes' own entries winning
 * - `block-submit` / `blockSubmit` — stop submission while errors remain (warnings never block)
 * - `ruleset` — client-record rule set, `publisher/name@range` (default `core/client-data@^1`, bundled)
 * - `server` — base URL of a Social Lens service to take the rule set from
 * - `publisher-key` / `publisherKey` — Ed25519 public key; the rule set must be signed with it
 * - `lang` — `en`, `ru`, `bs` (`hr`, `sr`, `cnr` read `bs`); default: the page's
 * - `today` — the date "in the future" is measured against, YYYY-MM-DD (default: today)
 * - `debounce` — milliseconds of quiet typing before a check (default 150; `change` checks at once)
 * - `findings` (read-only) — every finding of the last check, shown or not
 *
 * On inputs: `data-lens-field="householdSize"` maps one input; `data-lens-values="1:very-poor,2:poor"` translates its codes.
 *
 * @fires lens-findings - after each check; `detail: { findings, criteria: null }`
 * A blocked save shows a `role="alert"` box (class `lens-blocked-save`) next to the submit control,
 * linking to the first field in error; the form's own `form.submit()` is held back the same way.
 *
 * @csspart summary - the box with the counts; `status` the counts line and each configuration problem
 *   (a map entry naming an input the form lacks, a profile that could not be loaded), `findings` the list of findings not shown at an input
 * @cssprop --lens-error-color, --lens-warning-color, --lens-info-color — also used by the messages next to inputs
 * @cssprop --lens-message-font-size, --lens-font-family
 */
export class LensRecordCheckElement extends LitElement {
  static override properties = {
    for: { type: String },
    fieldMap: { type: String, attribute: 'field-map' },
    valueMap: { type: String, attribute: 'value-map' },
    profile: { type: String },
    blockSubmit: { type: Boolean, attribute: 'block-submit', reflect: true },
    server: { type: String },
    ruleset: { type: String },
    publisherKey: { type: String, attribute: 'publisher-key' },
    lang: { type: String, reflect: true },
    today: { type: String },
    debounce: { type: Number },
    findings: { attribute: false },
    _status: { state: true },
    _placed: { state: true },
    _problems: { state: true },
  };

  static override styles = [sharedStyles];

  declare for: string | undefined;
  declare fieldMap: string | undefined;
  declare valueMap: string | undefined;
  declare profile: string | undefined;
  declare blockSubmit: boolean;
  declare server: string | undefined;
  declare ruleset: string | undefined;
  declare publisherKey: string | undefined;
  declare today: string | undefined;
  declare debounce: number;
  /** Every finding of the last check, shown or not. */
  declare findings: readonly Finding[];
  declare _status: Status;
  declare _placed: readonly PlacedFinding[];
  /** Configuration problems shown in the `status` part. */
  declare _problems: readonly string[];

  #form: HTMLFormElement | undefined;
  #map: FieldMap = { fields: new Map(), problems: [] };
  #values: ValueMap = EMPTY_VALUE_MAP;
  /** The profile of the `profile` URL once loaded. */
  #profile: { url: string; profile: ImportProfile } | undefined;
  #restoreSubmit: (() => void) | undefined;
  readonly #blockedAlert = new BlockedSaveAlert();
  /** Problems already written to the console: each is reported once. */
  readonly #reported = new Set<string>();
  #fields: FormFields = new Map();
  #resolved: ResolvedRuleSet | undefined;
  #checker: CompiledRecordChecker | undefined;
  #loading: object | undefined;
  #failure: RuleSourceError | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #touched = new Set<ClientRecordField>();
  #submitted = false;
  #shown = new Map<string, PlacedFinding>();
  #announcement = '';
  readonly #annotations = new FieldAnnotations();

  readonly #onInput = (event: Event): void => {
    if (this.#touch(event)) this.#schedule(this.debounce);
  };
  readonly #onChange = (event: Event): void => {
    if (this.#touch(event)) this.checkNow();
  };
  readonly #onSubmit = (event: Event): void => this.#handleSubmit(event);
  readonly #onReset = (): void => {
    this.#touched.clear();
    this.#submitted = false;
    // The form's values change only after the reset event.
    setTimeout(() => this.checkNow(), 0);
  };
  readonly #onReady = (): void => this.#attach();

  constructor() {
    super();
    this.blockSubmit = false;
    this.debounce = 150;
    this.findings = [];
    this._status = 'loading';
    this._placed = [];
    this._problems = [];
  }

  /** The language messages and labels are in. */
  get language(): string {
    return effectiveLanguage(this, this.lang);
  }

  /** The form being checked, once found. */
  get form(): HTMLFormElement | undefined {
    return this.#form;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The element may come before its form in an old page's markup.
    if (this.ownerDocument.readyState === 'loading') this.ownerDocument.addEventListener('DOMContentLoaded', this.#onReady, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('DOMContentLoaded', this.#onReady);
    this.#detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.ownerDocument.readyState === 'loading') return;
    if (!this.#form || FORM_PROPERTIES.some((name) => changed.has(name))) this.#attach();
    else if (CHECKER_PROPERTIES.some((name) => changed.has(name))) void this.#loadChecker();
  }

  /** Reads the form again (for pages that add inputs later) and checks it. */
  refresh(): void {
    this.#attach();
  }

  /** Checks the form now, without waiting for the debounce; returns the findings. */
  checkNow(): readonly Finding[] {
    clearTimeout(this.#timer);
    if (!this.#checker || !this.#resolved) return this.findings;
    const raw = readFormRecord(this.#fields, this.#values, this.language);
    let findings = this.#checker.checkSync(raw);
    // The facts again (as the checker had them) only when a message is to be rendered or a finding went away.
    const resolved = this.#resolved;
    let facts: ReturnType<typeof recordFacts> | undefined;
    const factsNow = () => (facts ??= recordFacts(resolved, readClientRecord(raw), this.today || todayIso()));
    if (findings.length > 0) {
      try {
        findings = messagesAsShown(findings, resolved, factsNow(), this.language, (field, value) => this.#displayed(field, value));
      } catch {
        // The engine's own messages (canonical codes) rather than no check at all.
      }
    }
    this.findings = findings;
    const rules = new Map(resolved.rules.map((rule) => [rule.id, rule]));
    this.#show(findings, (ruleId) => {
      const rule = rules.get(ruleId);
      return rule !== undefined && rulePasses(rule, factsNow());
    });
    this.dispatchEvent(createFindingsEvent({ findings, criteria: null }));
    return findings;
  }

  #attach(): void {
    this.#detach();
    const found = this.for ? this.ownerDocument.getElementById(this.for) : this.closest('form');
    if (found?.localName !== 'form') {
      this._status = 'no-form';
      return;
    }
    const form = found as HTMLFormElement;
    if (this.profile && this.#profile?.url !== this.profile) {
      this.#loadProfile(this.profile);
      return;
    }
    const profile = this.profile ? this.#profile?.profile : undefined;
    this.#form = form;
    this.#map = parseFieldMap(this.fieldMap, [], profile?.columns);
    const ownValues = parseValueMap(this.valueMap);
    this.#values = profile ? mergeValueMaps(profile.values, ownValues) : ownValues;
    this.#fields = collectFormFields(form, this.#map);
    this.#restoreSubmit = guardFormSubmit(form, () => !this.#blocksSave(null));
    this.#report([
      ...(profile?.problems ?? []),
      ...this.#map.problems.map((problem) => `field-map ${problem}`),
      ...ownValues.problems,
      ...unknownInputsOf(form, this.#fields, [...parsePairs(this.fieldMap ?? '').pairs.keys()], ownValues.keys),
      ...(this.#restoreSubmit ? [] : ['the form has an input named "submit", so a page script\'s form.submit() cannot be held back']),
    ]);
    this.#touched.clear();
    this.#submitted = false;
    // A pre-filled record (an existing client opened for editing) is judged from the start.
    for (const [field, value] of Object.entries(readFormRecord(this.#fields))) if (value !== '') this.#touched.add(field as ClientRecordField);
    form.addEventListener('input', this.#onInput);
    form.addEventListener('change', this.#onChange);
    form.addEventListener('reset', this.#onReset);
    // Capture on the document runs before the page's own submit handlers on the form.
    this.ownerDocument.addEventListener('submit', this.#onSubmit, true);
    void this.#loadChecker();
  }

  #detach(): void {
    clearTimeout(this.#timer);
    this.#annotations.clearAll();
    this.#blockedAlert.hide();
    this.#shown = new Map();
    this.#restoreSubmit?.();
    this.#restoreSubmit = undefined;
    const form = this.#form;
    if (!form) return;
    form.removeEventListener('input', this.#onInput);
    form.removeEventListener('change', this.#onChange);
    form.removeEventListener('reset', this.#onReset);
    this.ownerDocument.removeEventListener('submit', this.#onSubmit, true);
    this.#form = undefined;
  }

  #loadProfile(url: string): void {
    this._status = 'loading';
    void loadImportProfile(url, this.ownerDocument.baseURI).then((profile) => {
      if (this.profile !== url || !this.isConnected) return;
      this.#profile = { url, profile };
      this.#attach();
    });
  }

  /** Shows configuration problems in the status part and writes each new one to the console once. */
  #report(problems: readonly string[]): void {
    this._problems = problems;
    for (const problem of problems) {
      if (this.#reported.has(problem)) continue;
      this.#reported.add(problem);
      console.warn(`<lens-record-check>: ${problem}`);
    }
  }

  /** How the page shows a field's canonical value (an option's label), when its controls offer it as a choice. */
  #displayed(field: string, value: string): string | undefined {
    const controls = this.#fields.get(field as ClientRecordField);
    if (!controls) return undefined;
    return displayedValue(controls, value, (control, code) => canonicalValue(control, field, code, this.#values));
  }

  async #loadChecker(): Promise<void> {
    const token = {};
    this.#loading = token;
    this._status = 'loading';
    this.#failure = undefined;
    const source = { ruleset: this.ruleset || DEFAULT_RULE_SETS.clientRecord, server: this.server, publisherKey: this.publisherKey };
    try {
      let resolved = await loadRuleSet(source);
      // A screen can only be asked for the fields it has: required fields it lacks come from elsewhere in the MIS.
      const required = resolved.parameters['requiredFields']?.value;
      if (Array.isArray(required)) {
        const onForm = required.filter((field) => this.#fields.has(field as ClientRecordField));
        if (onForm.length !== required.length) resolved = await loadRuleSet({ ...source, params: { requiredFields: onForm } });
      }
      if (this.#loading !== token) return;
      this.#resolved = resolved;
      this.#checker = createCompiledRecordChecker(resolved, { lang: this.language, today: this.today || todayIso() });
      this._status = 'ready';
      this.checkNow();
    } catch (error) {
      if (this.#loading !== token) return;
      this.#checker = undefined;
      this.#resolved = undefined;
      this.#failure = error instanceof RuleSourceError ? error : new RuleSourceError('invalid', String(error), { cause: error });
      this._status = 'failed';
    }
  }

  /** Notes the field an event came from; false for events of controls the check does not read. */
  #touch(event: Event): boolean {
    const target = event.target as Element | null;
    if (!target || !['input', 'select', 'textarea'].includes(target.localName)) return false;
    const field = fieldOfControl(target as FormControl, this.#map);
    if (!field) return false;
    if (!this.#fields.get(field)?.includes(target as FormControl)) {
      // An input the page added after the element attached: read the form again.
      this.#fields = collectFormFields(this.#form!, this.#map);
    }
    this.#touched.add(field);
    return true;
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.checkNow(), Math.max(0, delay));
  }

  #handleSubmit(event: Event): void {
    if (event.target !== this.#form || !this.#blocksSave((event as SubmitEvent).submitter)) return;
    event.preventDefault();
    // The page's own submit handlers (often an AJAX save) must not run either.
    event.stopImmediatePropagation();
  }

  /** Checks at a save; true (and the alert shown, focus on the first field in error) when errors must stop it. */
  #blocksSave(submitter: Element | null | undefined): boolean {
    if (!this.#form || !this.blockSubmit || !this.#checker) return false;
    this.#submitted = true;
    const findings = this.checkNow();
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    if (errors === 0) {
      this.#blockedAlert.hide();
      return false;
    }
    const strings = uiStrings(this.language);
    const first = this.#annotations.invalidControls()[0];
    // The alert is announced (role="alert"); the live region would say it twice.
    this.#blockedAlert.show(
      this.#form,
      plural(strings.submitBlocked, errors, this.language),
      (field) => strings.goToField.replace('{field}', field),
      first,
      submitter,
    );
    first?.focus();
    return true;
  }

  #place(findings: readonly Finding[]): PlacedFinding[] {
    const rules = new Map(this.#resolved?.rules.map((rule) => [rule.id, rule]));
    return findings.map((finding) => {
      const mapped = finding.fields.filter((field): field is ClientRecordField => this.#fields.has(field as ClientRecordField));
      // A finding about a list of fields (missing, unreadable) belongs at each; any other at its first field.
      const anchors = rules.get(finding.ruleId)?.fieldsFrom ? mapped : mapped.slice(0, 1);
      // A list finding is one problem however its list changes (one of two missing fields filled is not a new problem).
      return { finding, anchors, key: rules.get(finding.ruleId)?.fieldsFrom ? finding.ruleId : `${finding.ruleId}|${finding.fields.join(',')}` };
    });
  }

  #isShown(placed: PlacedFinding): boolean {
    if (this.#submitted) return true;
    if (placed.anchors.length === 0)
      return placed.finding.fields.length === 0 || placed.finding.fields.some((field) => this.#touched.has(field as ClientRecordField));
    return placed.finding.fields.some((field) => this.#touched.has(field as ClientRecordField));
  }

  #show(findings: readonly Finding[], passes: (ruleId: string) => boolean): void {
    const placed = this.#place(findings).filter((item) => this.#isShown(item));
    const byControl = new Map<FormControl, Finding[]>();
    for (const item of placed) {
      for (const anchor of item.anchors) {
        const control = this.#fields.get(anchor)?.[0];
        if (!control) continue;
        byControl.set(control, [...(byControl.get(control) ?? []), item.finding]);
      }
    }
    for (const controls of this.#fields.values()) {
      for (const control of controls) this.#annotations.set(control, byControl.get(control) ?? []);
    }
    // The live region says what changed, not everything again: screen-reader users hear each problem once.
    const previous = this.#shown;
    const allKeys = new Set(this.#place(findings).map((item) => item.key));
    const added = placed.filter((item) => !previous.has(item.key));
    // Fixed: gone from the findings because its rule now surely passes. A finding that went because
    // the rule can no longer be judged (a field emptied or unreadable: the check stopped running),
    // or that is only hidden again (after a reset), was not fixed.
    const fixed = [...previous.values()].filter((item) => !allKeys.has(item.key) && passes(item.finding.ruleId)).length;
    this.#shown = new Map(placed.map((item) => [item.key, item]));
    if (added.length > 0 || fixed > 0) {
      const strings = uiStrings(this.language);
      this.#announcement = joinSentences([
        added.length > 0 ? `${plural(strings.newProblems, added.length, this.language)}${added.length === 1 ? `: ${added[0]!.finding.message}` : ''}` : '',
        fixed > 0 ? plural(strings.fixedProblems, fixed, this.language) : '',
      ]);
    }
    if (this.#blockedAlert.shown && !findings.some((finding) => finding.severity === 'error')) this.#blockedAlert.hide();
    this._placed = placed;
  }

  protected override render() {
    const strings = uiStrings(this.language);
    const lang = this.language;
    if (this._status === 'no-form') return html`<p class="status error" part="status">${strings.formMissing}</p>`;
    if (this._status === 'failed') {
      const code = this.#failure?.code;
      const text = code === 'signature-invalid' ? strings.signatureInvalid : code === 'unavailable' ? strings.ruleSetUnavailable : strings.ruleSetInvalid;
      return html`<p class="status error" part="status" role="alert">${text}</p>`;
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const item of this._placed) counts[item.finding.severity] += 1;
    const summary =
      this._status === 'loading'
        ? strings.checking
        : counts.error + counts.warning + counts.info === 0
          ? strings.noProblems
          : [
              counts.error > 0 ? plural(strings.errors, counts.error, lang) : '',
              counts.warning > 0 ? plural(strings.warnings, counts.warning, lang) : '',
              counts.info > 0 ? plural(strings.notes, counts.info, lang) : '',
            ]
              .filter(Boolean)
              .join(', ');
    const unplaced = this._placed.filter((item) => item.anchors.length === 0);
    return html`<div part="summary" class="summary" data-errors=${counts.error} data-warnings=${counts.warning}>
        <p class="status" part="status">${summary}</p>
        ${this._problems.map((problem) => html`<p class="status warning" part="status" data-problem>${problem}</p>`)}
        ${
          unplaced.length > 0
            ? html`<ul part="findings" aria-label=${strings.findingsLabel}>
              ${unplaced.map(
                (item) => html`<li class="finding ${item.finding.severity}" part="finding" data-rule=${item.finding.ruleId}>
                  ${item.finding.message}
                  ${item.finding.suggestion ? html`<span class="suggestion" part="suggestion">${strings.suggestion} ${item.finding.suggestion}</span>` : nothing}
                </li>`,
              )}
            </ul>`
            : nothing
        }
      </div>
      <div class="visually-hidden" aria-live="polite" part="live">${this.#announcement}</div>`;
  }
}

if (!customElements.get('lens-record-check')) customElements.define('lens-record-check', LensRecordCheckElement);

declare global {
  interface HTMLElementTagNameMap {
    'lens-record-check': LensRecordCheckElement;
  }
}
