import { jsonPointer } from './json-pointer.ts';
import { cloneJson } from './json-values.ts';
import { parameterValueProblem } from './parameter-value.ts';
import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';

/** Declares a layer's own `parameters`, each with its default checked against its type. */
export function addOwnParameters(layer: ResolutionLayer, problems: ProblemList): void {
  for (const [name, definition] of Object.entries(layer.document.parameters ?? {})) {
    const path = jsonPointer('parameters', name);
    const inherited = layer.parameters.get(name);
    if (inherited) {
      problems.add(
        'duplicate-parameter',
        layer.ref,
        path,
        `parameter "${name}" is already declared by ${inherited.declaredBy}; set its value under "params" instead`,
      );
      continue;
    }
    const problem = parameterValueProblem(definition, definition.default);
    if (problem) problems.add('parameter-type', layer.ref, `${path}/default`, problem);
    layer.parameters.set(name, { definition, value: cloneJson(definition.default), declaredBy: layer.ref, setBy: layer.ref });
  }
}

/**
 * Sets parameter values: a document's `params` (`setBy` is the document, paths under
 * `/params`) or the values given at run time (`--param`, a request's `params`).
 */
export function applyParameterValues(
  layer: ResolutionLayer,
  values: Readonly<Record<string, unknown>>,
  setBy: string,
  basePath: string,
  problems: ProblemList,
): void {
  for (const [name, value] of Object.entries(values)) {
    const path = `${basePath}${jsonPointer(name)}`;
    const parameter = layer.parameters.get(name);
    if (!parameter) {
      problems.add('unknown-parameter', setBy, path, unknownParameterMessage(name, layer.parameters.keys()));
      continue;
    }
    const problem = parameterValueProblem(parameter.definition, value);
    if (problem) {
      problems.add('parameter-type', setBy, path, `parameter "${name}": ${problem}`);
      continue;
    }
    layer.parameters.set(name, { ...parameter, value: cloneJson(value), setBy });
  }
}

/** `unknown parameter "x" (known: a, b)`, the one wording of that problem. */
export function unknownParameterMessage(name: string, known: Iterable<string>): string {
  return `unknown parameter "${name}" (known: ${[...known].sort().join(', ') || 'none'})`;
}

/** The values in force, by name: what `{ "param": … }` references are replaced with. */
export function parameterValuesOf(layer: ResolutionLayer): Map<string, unknown> {
  return new Map([...layer.parameters].map(([name, parameter]) => [name, parameter.value]));
}
