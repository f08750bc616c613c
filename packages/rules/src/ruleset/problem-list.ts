import type { ProblemCode, RuleSetProblem } from '../errors.ts';

/** Collects every problem of a resolution, so that they are reported together. */
export class ProblemList {
  readonly items: RuleSetProblem[] = [];

  /** `document` is the `id@version` the problem is in; `path` a JSON Pointer into it. */
  add(code: ProblemCode, document: string, path: string, message: string): void {
    this.items.push({ code, document, path, message });
  }
}
