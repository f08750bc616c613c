import { css } from 'lit';

/**
 * Styles both elements share. Every colour and size is a `--lens-*` custom property with a
 * default, and every visible block has a `part`, so a host page themes them without reaching in.
 * `all: initial`-style resets are avoided on purpose: the elements inherit the page's font.
 */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: var(--lens-font-family, inherit);
    font-size: var(--lens-font-size, inherit);
    color: var(--lens-text-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .finding {
    margin: 0.25em 0;
    padding: 0.25em 0.5em;
    border-left: 3px solid var(--lens-info-color, #1a4d80);
    background: var(--lens-finding-background, transparent);
  }
  .finding.error {
    border-left-color: var(--lens-error-color, #b00020);
  }
  .finding.warning {
    border-left-color: var(--lens-warning-color, #7a4b00);
  }
  .suggestion {
    display: block;
    color: var(--lens-suggestion-color, #333);
    font-size: 0.95em;
  }
  .status {
    margin: 0.25em 0;
  }
  .status.error {
    color: var(--lens-error-color, #b00020);
  }
`;
