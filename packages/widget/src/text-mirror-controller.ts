import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The text controls an objective check can lie over. */
export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Computed styles that decide where each character of the field's text falls. */
const TEXT_METRICS = [
  'box-sizing',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'text-rendering',
  'tab-size',
  'direction',
  'white-space',
  'overflow-wrap',
  'word-break',
  'hyphens',
] as const;

/**
 * Keeps an overlay exactly over a text field it does not own: same box, same font metrics, same
 * wrapping and scroll, so underlines drawn in the overlay sit under the field's own words. This
 * is how grammar checkers mark text without changing the field's value or markup.
 *
 * The overlay must be absolutely positioned inside `container`, transparent to the pointer.
 */
export class TextMirrorController implements ReactiveController {
  readonly #parts: () => { overlay: HTMLElement | null; container: HTMLElement | null };
  #field: TextField | undefined;
  #resizeObserver: ResizeObserver | undefined;
  readonly #sync = (): void => this.sync();

  constructor(host: ReactiveControllerHost & HTMLElement, parts: () => { overlay: HTMLElement | null; container: HTMLElement | null }) {
    this.#parts = parts;
    host.addController(this);
  }

  /** Follows a new field (or none). */
  observe(field: TextField | undefined): void {
    if (field === this.#field) return;
    this.#unobserve();
    this.#field = field;
    if (!field) return;
    field.addEventListener('scroll', this.#sync, { passive: true });
    if (typeof ResizeObserver === 'function') {
      this.#resizeObserver = new ResizeObserver(this.#sync);
      this.#resizeObserver.observe(field);
    }
    window.addEventListener('resize', this.#sync, { passive: true });
  }

  hostConnected(): void {
    if (this.#field) {
      const field = this.#field;
      this.#field = undefined;
      this.observe(field);
    }
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    const field = this.#field;
    this.#unobserve();
    this.#field = field;
  }

  /** Copies box, metrics and scroll from the field to the overlay. */
  sync(): void {
    const field = this.#field;
    const { overlay, container } = this.#parts();
    if (!field || !overlay || !container || !field.isConnected) return;
    const view = field.ownerDocument.defaultView;
    if (!view) return;
    const style = view.getComputedStyle(field);
    for (const name of TEXT_METRICS) overlay.style.setProperty(name, style.getPropertyValue(name));
    overlay.style.borderStyle = 'solid';
    overlay.style.borderColor = 'transparent';
    const fieldBox = field.getBoundingClientRect();
    const containerBox = container.getBoundingClientRect();
    overlay.style.left = `${fieldBox.left - containerBox.left - container.clientLeft}px`;
    overlay.style.top = `${fieldBox.top - containerBox.top - container.clientTop}px`;
    overlay.style.width = `${fieldBox.width}px`;
    overlay.style.height = `${fieldBox.height}px`;
    overlay.style.boxSizing = 'border-box';
    const borders = {
      top: Number.parseFloat(style.borderTopWidth) || 0,
      right: Number.parseFloat(style.borderRightWidth) || 0,
      bottom: Number.parseFloat(style.borderBottomWidth) || 0,
      left: Number.parseFloat(style.borderLeftWidth) || 0,
    };
    const padding = {
      top: Number.parseFloat(style.paddingTop) || 0,
      right: Number.parseFloat(style.paddingRight) || 0,
      bottom: Number.parseFloat(style.paddingBottom) || 0,
    };
    if (field.localName === 'input') {
      // A single-line input centres its line in the box and never wraps.
      overlay.style.whiteSpace = 'pre';
      overlay.style.lineHeight = `${field.clientHeight - padding.top - padding.bottom}px`;
    } else {
      // A visible scroll bar narrows the text; the overlay has none, so it pads by the same width.
      const scrollBar = Math.max(0, field.offsetWidth - field.clientWidth - borders.left - borders.right);
      overlay.style.paddingRight = `${padding.right + scrollBar}px`;
      if (style.whiteSpace === 'normal') overlay.style.whiteSpace = 'pre-wrap';
    }
    overlay.scrollTop = field.scrollTop;
    overlay.scrollLeft = field.scrollLeft;
  }

  #unobserve(): void {
    this.#field?.removeEventListener('scroll', this.#sync);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    window.removeEventListener('resize', this.#sync);
    this.#field = undefined;
  }
}
