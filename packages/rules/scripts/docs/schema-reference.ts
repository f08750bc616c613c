/** A JSON Schema as the renderer reads it: only the keywords it names. */
interface SchemaNode {
  type?: string | string[];
  description?: string;
  title?: string;
  properties?: Record<string, SchemaNode | boolean>;
  required?: readonly string[];
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  items?: SchemaNode | boolean;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: readonly SchemaNode[];
  oneOf?: readonly SchemaNode[];
  allOf?: readonly SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode | boolean;
  else?: SchemaNode | boolean;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
}

/** One table of the reference: the properties of an object found at `path`. */
interface ObjectSection {
  path: string;
  node: SchemaNode;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

function literal(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

function definitionName(ref: string): string {
  return ref.replace(/^#\/\$defs\//, '');
}

/** The link to a heading, as GitHub makes it: `questions[].text` → `#questionstext`. */
function anchor(heading: string): string {
  return `#${heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-')}`;
}

/** JSON with sorted keys and without descriptions: two copies of one definition compare equal. */
function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([key]) => key !== 'description')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${fingerprint(item)}`).join(',')}}`;
}

/** Definitions by fingerprint: a schema written out in place of a `$ref` still links to its definition. */
let definitions = new Map<string, string>();
/** Nested objects already given a section, by fingerprint: a later copy links to the first. */
let sections = new Map<string, string>();

function isNode(value: SchemaNode | boolean | undefined): value is SchemaNode {
  return typeof value === 'object' && value !== null;
}

/** Objects with their own properties get their own table; every other shape is said in words. */
function hasTable(node: SchemaNode): boolean {
  return node.properties !== undefined && Object.keys(node.properties).length > 0 && node.$ref === undefined;
}

/** What a value of this schema is, in a few words: `string`, `array of [rule](#rule)`, `one of "error", "warning"`. */
function shape(node: SchemaNode | boolean, path: string): string {
  if (node === true) return 'any value';
  if (node === false) return 'not allowed';
  const name = node.$ref === undefined ? definitions.get(fingerprint(node)) : definitionName(node.$ref);
  if (name !== undefined && name !== path) return `[${name}](${anchor(name)})`;
  if (node.const !== undefined) return literal(node.const);
  if (node.enum !== undefined) return `one of ${node.enum.map(literal).join(', ')}`;
  if (hasTable(node)) {
    const section = sections.get(fingerprint(node)) ?? path;
    const types = Array.isArray(node.type) ? node.type.filter((type) => type !== 'object') : [];
    return `${types.length > 0 ? `${types.join(' or ')} or ` : ''}object (see [${section}](${anchor(section)}))`;
  }
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives !== undefined) return alternatives.map((alternative) => shape(alternative, path)).join(' or ');
  if (node.if !== undefined && node.then !== undefined && node.else !== undefined) {
    return `${shape(node.then, path)} when it matches ${conditionText(node.if)}, else ${shape(node.else, path)}`;
  }
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  if (type === 'array') return isNode(node.items) || node.items === true ? `array of ${shape(node.items, `${path}[]`)}` : 'array';
  if (type === 'object' && node.additionalProperties !== undefined && node.additionalProperties !== false) {
    return `map of name → ${shape(node.additionalProperties, `${path}.*`)}`;
  }
  return type ?? node.description ?? 'any value';
}

function conditionText(condition: SchemaNode): string {
  const entries = Object.entries(condition.properties ?? {}).map(([key, value]) => `${key}: ${isNode(value) ? shape(value, key) : String(value)}`);
  if (entries.length > 0) return `{ ${entries.join(', ')} }`;
  return condition.required === undefined ? 'its condition' : `an object with ${condition.required.map((key) => `\`${key}\``).join(' and ')}`;
}

function limits(node: SchemaNode): string {
  const parts: string[] = [];
  if (node.format !== undefined) parts.push(`format ${node.format}`);
  if (node.pattern !== undefined) parts.push(`pattern \`${node.pattern}\``);
  if (node.minimum !== undefined) parts.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined) parts.push(`≤ ${node.maximum}`);
  if (node.minLength !== undefined) parts.push(`at least ${node.minLength} characters`);
  if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
  if (node.minItems !== undefined) parts.push(`at least ${node.minItems} items`);
  if (node.maxItems !== undefined) parts.push(`at most ${node.maxItems} items`);
  if (node.maxProperties !== undefined) parts.push(`at most ${node.maxProperties} entries`);
  if (node.propertyNames?.pattern !== undefined) parts.push(`names match \`${node.propertyNames.pattern}\``);
  return parts.join('; ');
}

/** The objects nested in a value: its own properties, array items, map values, alternatives. */
function nestedObjects(node: SchemaNode | boolean | undefined, path: string, into: ObjectSection[]): void {
  if (!isNode(node) || node.$ref !== undefined || definitions.has(fingerprint(node))) return;
  if (hasTable(node)) {
    const key = fingerprint(node);
    if (sections.has(key)) return;
    sections.set(key, path);
    into.push({ path, node });
    return;
  }
  nestedObjects(node.items, `${path}[]`, into);
  nestedObjects(node.additionalProperties, `${path}.*`, into);
  for (const alternative of node.anyOf ?? node.oneOf ?? []) nestedObjects(alternative, path, into);
  if (node.if !== undefined) {
    nestedObjects(node.then, path, into);
    nestedObjects(node.else, path, into);
  }
}

function propertyTable(section: ObjectSection, more: ObjectSection[]): string {
  const required = new Set(section.node.required ?? []);
  const rows = Object.entries(section.node.properties ?? {}).map(([key, value]) => {
    const path = section.path === '' ? key : `${section.path}.${key}`;
    nestedObjects(value, path, more);
    const description = isNode(value) ? (value.description ?? '') : '';
    const limitText = isNode(value) ? limits(value) : '';
    return `| \`${key}\` | ${cell(shape(value, path))} | ${required.has(key) ? 'yes' : ''} | ${cell([description, limitText].filter(Boolean).join(' — '))} |`;
  });
  const extra =
    section.node.additionalProperties === false
      ? 'No other keys are allowed.'
      : isNode(section.node.additionalProperties)
        ? `Other keys: ${shape(section.node.additionalProperties, `${section.path}.*`)}.`
        : '';
  return ['| key | value | required | meaning |', '| --- | --- | --- | --- |', ...rows, '', extra].join('\n').trimEnd();
}

/** The sections for one object and every object nested in it, outermost first. */
function objectSections(root: ObjectSection, level: string): string[] {
  const out: string[] = [];
  const queue: ObjectSection[] = [root];
  for (let section = queue.shift(); section !== undefined; section = queue.shift()) {
    const more: ObjectSection[] = [];
    const table = propertyTable(section, more);
    const heading = section === root ? '' : `${level} ${section.path}\n\n`;
    out.push(`${heading}${section.node.description ? `${section.node.description}\n\n` : ''}${table}\n`);
    queue.push(...more);
  }
  return out;
}

/**
 * A JSON Schema as Markdown: a table of the top-level keys (value, required, meaning and limits
 * from the schema itself), a table for every nested object, and a section per `$defs` entry.
 *
 * @example
 * renderSchemaReference(CLIENT_RECORD_SCHEMA, { title: 'Canonical fields', source: 'packages/rules/schemas/client-record.schema.json', intro: '…' })
 */
export function renderSchemaReference(document: object, page: { title: string; source: string; intro: string }): string {
  // A JSON Schema document read through the keywords above; anything else in it is ignored.
  const schema = document as SchemaNode;
  definitions = new Map(Object.entries(schema.$defs ?? {}).map(([name, definition]) => [fingerprint(definition), name]));
  sections = new Map();
  const parts = [
    `# ${page.title}`,
    '',
    `<!-- Generated from ${page.source} by \`pnpm docs:generate\`: edit the schema, not this page. -->`,
    '',
    page.intro.trim(),
    '',
    ...objectSections({ path: '', node: schema }, '###'),
  ];
  for (const [name, definition] of Object.entries(schema.$defs ?? {})) {
    parts.push(`## ${name}`, '');
    if (hasTable(definition)) parts.push(...objectSections({ path: name, node: definition }, '###'));
    else
      parts.push(
        `${definition.description ? `${definition.description}\n\n` : ''}A value of this kind is ${shape({ ...definition, description: '' }, name)}.${limits(definition) ? ` ${limits(definition)}.` : ''}\n`,
      );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
