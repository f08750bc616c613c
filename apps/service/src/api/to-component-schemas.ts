type JsonObject = Record<string, unknown>;

/**
 * One JSON Schema as OpenAPI component schemas: its `$defs` become components of their own
 * (`RuleSet` with `$defs.expression` gives `RuleSet` and `RuleSet.expression`) and every
 * `#/$defs/…` reference points at them, since a reference in an OpenAPI document resolves
 * against the document, not against the schema's `$id`. `$schema` and `$id` are left out for the
 * same reason: the document is one resource, in the OpenAPI 3.1 dialect (JSON Schema 2020-12).
 *
 * @example
 * toComponentSchemas('RuleSet', RULE_SET_SCHEMA) // { RuleSet: {…}, 'RuleSet.expression': {…}, … }
 */
export function toComponentSchemas(name: string, schema: object): Record<string, JsonObject> {
  const { $schema: _dialect, $id: _id, $defs: definitions = {}, ...root } = schema as JsonObject & { $defs?: Record<string, JsonObject> };
  const components: Record<string, JsonObject> = { [name]: rewriteReferences(root, name) as JsonObject };
  for (const [definition, subschema] of Object.entries(definitions)) {
    components[`${name}.${definition}`] = rewriteReferences(subschema, name) as JsonObject;
  }
  return components;
}

function rewriteReferences(value: unknown, name: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, name));
  if (value === null || typeof value !== 'object') return value;
  const rewritten: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$defs') throw new Error(`${name}: nested $defs are not supported in the OpenAPI document`);
    if (key === '$ref' && typeof item === 'string') {
      if (!item.startsWith('#/$defs/')) throw new Error(`${name}: reference ${item} does not name one of its $defs`);
      rewritten[key] = `#/components/schemas/${name}.${item.slice('#/$defs/'.length)}`;
    } else {
      rewritten[key] = rewriteReferences(item, name);
    }
  }
  return rewritten;
}
