// Seeded generation and mutation of snapshot files in both input formats (snapshot.v1 and the
// LiteLLM-style array), for the property test of the report contract and for the fuzz benchmark.
// Every mutation says what the analyser must do with its file (accept it, refuse it with a
// pointer, leave one entry out with a pointer, or anything as long as the report stays valid),
// so a mutated input that is accepted when it should be refused is caught. One seed reproduces
// one case exactly.
import type { InputFile, Problem, Report } from '../../src/core/index.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** mulberry32: small, fast and good enough to spread cases; the same seed gives the same sequence. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const float = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(float() * below);
  return {
    float,
    int,
    /** An integer in [min, max], both included. */
    between: (min: number, max: number) => min + Math.floor(float() * (max - min + 1)),
    chance: (p: number) => float() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
  };
}
export type Random = ReturnType<typeof seeded>;

/** What the analyser must do with a file. */
export type Expectation =
  | { kind: 'accept' }
  /** No test from the file, and a problem naming it, with this pointer when one is given. */
  | { kind: 'refuse-file'; pointer?: string }
  /** The file's test is judged, and a problem names the file with one of these pointers. */
  | { kind: 'refuse-entry'; pointers: string[] }
  | { kind: 'any' };

export interface Case {
  seed: number;
  files: InputFile[];
  expectations: Map<string, { mutation: string; expect: Expectation }>;
  root?: string;
}

const ROOT = '/home/ci/project';
const MAX_BYTES = 1e15;
const MAX_LINE = 2 ** 31 - 1;
/** Replaced in the JSON text by a number JSON.stringify cannot write: JSON.parse reads it as Infinity. */
const HUGE_NUMBER = '__HUGE_NUMBER__';
const HUGE_DIGITS = '9'.repeat(400);

const PIECES = ['a', 'test', '_', '/', '.', '-', ' ', '::', '[', ']', 'é', 'ü', '💥', '\u200b', '\u00ad', '\u202e', '"', '\\', '\u0000', '\n', '\ud800', 'File "', '", line ', '`', '<!--', '@'];

/** Text of 1 to `max` characters, usually short, sometimes as long as allowed, with odd characters. */
function text(random: Random, max: number, min = 1): string {
  const length = random.chance(0.1) ? max : random.chance(0.2) ? random.between(min, max) : random.between(min, Math.min(max, 24));
  let out = '';
  while (out.length < length) out += random.chance(0.7) ? String.fromCharCode(random.between(0x61, 0x7a)) : random.pick(PIECES);
  out = out.slice(0, length);
  return out.length >= min ? out : out.padEnd(min, 'x');
}

function bytes(random: Random): number {
  return random.pick([0, 1, 512, 1e6, MAX_BYTES, random.int(1e9), random.float() * MAX_BYTES]);
}

function series(random: Random, length: number): number[] {
  const base = random.pick([0, 1e6, MAX_BYTES / 2, MAX_BYTES]);
  const step = random.pick([0, 1, 100, 40_000, -5_000, random.float() * 1e12]);
  return Array.from({ length }, (_, i) => Math.min(MAX_BYTES, Math.max(0, base + step * i + (random.chance(0.3) ? random.int(1000) : 0))));
}

/** A schema-valid snapshot.v1, with values drawn from the edges of every bound. */
export function generateSnapshotV1(random: Random, id: string): JsonObject {
  const count = random.chance(0.3) ? 2 : 1;
  // Phases with roles (a verdict phase, an attribution phase), or none as older collectors wrote.
  const roles = random.chance(0.5) ? [] : random.pick([['verdict', 'attribution'], ['attribution', 'verdict'], ['verdict']]);
  const phases = Array.from({ length: count }, (_, p) => {
    const count = random.chance(0.05) ? 0 : random.between(1, 24);
    const operations = random.pick([0, 1, 100, 1e8, random.int(1000)]);
    const traced = series(random, count);
    const rss = random.chance(0.2) ? null : series(random, count);
    const heap = random.chance(0.5) ? null : series(random, count);
    return {
      name: p === 0 ? 'screen' : 'confirm',
      ...(roles[p] && { role: roles[p] }),
      ...(random.chance(0.2) && { stopped: text(random, 4096) }),
      traceback_depth: random.pick([1, 32, 1000]),
      batches: traced.map((value, i) => ({
        warmup: i < random.int(3),
        operations,
        errors: random.chance(0.2) ? random.int(operations + 1) : 0,
        duration_s: random.float(),
        traced_bytes: value,
        rss_bytes: rss ? rss[i]! : null,
        native_heap_bytes: heap ? heap[i]! : null,
      })),
      sites: Array.from({ length: random.int(5) }, () => ({
        file: text(random, 4096),
        line: random.pick([1, 2, random.between(1, 5000), 1e8]),
        ...(random.chance(0.7) && { function: text(random, 1000) }),
        ...(random.chance(0.7) && { code: text(random, 2000, 0) }),
        sizes: random.chance(0.1) ? series(random, count).map((size, i) => (i % 2 ? null : size)) : series(random, count),
      })),
    };
  });
  return {
    format: 'memleak-snapshot',
    version: 1,
    test: { id, ...(random.chance(0.5) && { file: text(random, 4096) }) },
    collector: { name: 'fuzz', version: '0' },
    ...(random.chance(0.3) && { config: { allow_bytes_per_op: bytes(random), allow_total_bytes: bytes(random) } }),
    phases,
    ...(random.chance(0.8) && { outcome: random.chance(0.8) ? { status: 'passed' } : { status: random.pick(['failed', 'error', 'skipped']), message: text(random, 65536, 0) } }),
  };
}

function tracebackLine(random: Random, root: string | undefined): string {
  // A traceback line is one line: its path has no line break.
  const path = (random.chance(0.5) && root ? `${root}/${text(random, 200)}` : text(random, 300)).replace(/[\n\r]/g, '_');
  const suffix = random.chance(0.3) ? `, in ${text(random, 40)}` : '';
  return `  File "${path}", line ${random.pick([1, 88, random.between(1, 1e6), MAX_LINE])}${suffix}`;
}

/** A schema-valid LiteLLM-style array: entries per batch, top_consumers on each batch's last entry. */
export function generateLitellm(random: Random, root: string | undefined): Json[] {
  const batches = new Set<number>();
  const wanted = random.chance(0.05) ? 0 : random.between(1, 10);
  while (batches.size < wanted) batches.add(random.chance(0.8) ? batches.size : random.int(100_001));
  const entries: JsonObject[] = [];
  for (const batch of [...batches].sort((a, b) => a - b)) {
    const requests = random.between(1, 4);
    const base = random.pick([0.01, 40, 1e6, 1e9 - 100]);
    for (let request = 0; request < requests; request++) {
      entries.push({ batch, request, current_mb: Math.min(1e9, base + batch * random.pick([0, 0.01, 0.5])), peak_mb: 1e9, had_error: random.chance(0.2) });
    }
    entries.at(-1)!.top_consumers = Array.from({ length: random.int(5) }, () => ({
      file: tracebackLine(random, root),
      size_mb: random.pick([0, 0.2 + batch * 0.4, 1e9, random.float() * 100]),
      count: random.int(1000),
    }));
  }
  return entries;
}

interface Mutated {
  value?: Json;
  /** Replaces the JSON text, when the change cannot be made on the value. */
  text?: string;
  name?: string;
  expect: Expectation;
}
type Mutation = (random: Random, value: Json, name: string, root: string | undefined) => Mutated | undefined;

/** Fields the mutations aim at: JSON pointer patterns ('*' is any index), with what they hold. */
interface Field {
  pattern: string;
  kind: 'bytes' | 'count' | 'line' | 'string' | 'batch' | 'mb';
  required: boolean;
}
const V1_FIELDS: Field[] = [
  { pattern: '/format', kind: 'string', required: true },
  { pattern: '/test/id', kind: 'string', required: true },
  { pattern: '/collector/name', kind: 'string', required: true },
  { pattern: '/phases/*/name', kind: 'string', required: true },
  { pattern: '/phases/*/batches/*/operations', kind: 'count', required: true },
  { pattern: '/phases/*/batches/*/errors', kind: 'count', required: false },
  { pattern: '/phases/*/batches/*/traced_bytes', kind: 'bytes', required: true },
  { pattern: '/phases/*/batches/*/rss_bytes', kind: 'bytes', required: false },
  { pattern: '/phases/*/sites/*/file', kind: 'string', required: true },
  { pattern: '/phases/*/sites/*/line', kind: 'line', required: true },
  { pattern: '/phases/*/sites/*/sizes/*', kind: 'bytes', required: false },
];
const LITELLM_FIELDS: Field[] = [
  { pattern: '/*/batch', kind: 'batch', required: true },
  { pattern: '/*/current_mb', kind: 'mb', required: true },
  { pattern: '/*/top_consumers/*/file', kind: 'string', required: true },
  { pattern: '/*/top_consumers/*/size_mb', kind: 'mb', required: true },
];

/** Every pointer in value that matches a field's pattern. */
function pointersOf(value: Json, fields: Field[]): { pointer: string; field: Field }[] {
  const found: { pointer: string; field: Field }[] = [];
  const walk = (node: Json, pointer: string) => {
    const field = fields.find((candidate) => matches(candidate.pattern, pointer));
    if (field) found.push({ pointer, field });
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, `${pointer}/${index}`));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`);
  };
  walk(value, '');
  return found;
}

function matches(pattern: string, pointer: string): boolean {
  const want = pattern.split('/');
  const have = pointer.split('/');
  return want.length === have.length && want.every((part, i) => part === have[i] || (part === '*' && /^\d+$/.test(have[i]!)));
}

/** The value at a JSON pointer (RFC 6901), or undefined when there is none. */
export function resolvePointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let node: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setAt(value: Json, pointer: string, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  const parts = pointer.slice(1).split('/').map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  const last = parts.pop()!;
  const parent = parts.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, copy) as Record<string, Json> | Json[];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else (parent as Record<string, Json>)[last] = replacement;
  return copy;
}

const fieldsOf = (value: Json) => (Array.isArray(value) ? LITELLM_FIELDS : V1_FIELDS);

const OUT_OF_RANGE: Record<Field['kind'], Json[]> = {
  bytes: [-1, 1.5e15, HUGE_NUMBER],
  count: [-1, 1e9, 1.5, HUGE_NUMBER],
  line: [-1, 100_000_001, 2.5, HUGE_NUMBER],
  batch: [-1, 100_001, 0.5, HUGE_NUMBER],
  mb: [-0.5, 1e10, HUGE_NUMBER],
  string: [],
};
const AT_THE_EDGE: Record<Field['kind'], Json[]> = {
  bytes: [0, MAX_BYTES],
  count: [0, 100_000_000],
  line: [1, 100_000_000],
  batch: [0, 100_000],
  mb: [0, 1e9],
  string: [],
};

/** The top_consumers the analyser reads: each batch's last list, the first (warm-up) batch excepted. */
function inspectedConsumers(entries: Json[]): string[] {
  const last = new Map<number, number>();
  entries.forEach((entry, index) => {
    const { batch, top_consumers: consumers } = entry as { batch: number; top_consumers?: unknown[] };
    if (consumers) last.set(batch, index);
  });
  const first = entries.reduce<number>((lowest, entry) => Math.min(lowest, (entry as { batch: number }).batch), Infinity);
  return [...last].filter(([batch]) => batch !== first).flatMap(([, index]) => ((entries[index] as { top_consumers: unknown[] }).top_consumers).map((_, at) => `/${index}/top_consumers/${at}/file`));
}

const BAD_TRACEBACK_LINES = (root: string | undefined) => [
  'not a traceback line',
  `  File "app.py", line ${HUGE_DIGITS}`,
  '  File "app.py", line 0',
  `  File "app.py", line ${MAX_LINE + 1}`,
  '  File "", line 3',
  `  File "${'p/'.repeat(2100)}x.py", line 3`,
  ...(root ? [`  File "${root}/", line 3`] : []),
  '  File "app.py", line x',
  'File "'.repeat(1360),
  `File "${'", line '.repeat(1000)}`,
];

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (random, value) => {
    const full = JSON.stringify(value);
    return { text: full.slice(0, random.int(full.length - 1)), expect: { kind: 'refuse-file', pointer: '' } };
  },
  'trailing-garbage': (random, value) => ({ text: JSON.stringify(value) + random.pick(['x', '}', ',', '[']), expect: { kind: 'refuse-file', pointer: '' } }),
  'drop-required': (random, value) => {
    const targets = pointersOf(value, fieldsOf(value)).filter(({ field }) => field.required);
    if (targets.length === 0) return undefined;
    const { pointer } = random.pick(targets);
    return { value: setAt(value, pointer, undefined), expect: { kind: 'refuse-file', pointer } };
  },
  'wrong-type': (random, value) => {
    const targets = pointersOf(value, fieldsOf(value));
    if (targets.length === 0) return undefined;
    const { pointer, field } = random.pick(targets);
    const wrong = field.kind === 'string' ? random.pick([12, null, [], {}]) : random.pick(['12', true, [], {}]);
    return { value: setAt(value, pointer, wrong), expect: { kind: 'refuse-file', pointer } };
  },
  'out-of-range': (random, value) => {
    const targets = pointersOf(value, fieldsOf(value)).filter(({ field }) => OUT_OF_RANGE[field.kind].length > 0);
    if (targets.length === 0) return undefined;
    const { pointer, field } = random.pick(targets);
    const mutated = setAt(value, pointer, random.pick(OUT_OF_RANGE[field.kind]));
    return { text: JSON.stringify(mutated).replace(`"${HUGE_NUMBER}"`, HUGE_DIGITS), expect: { kind: 'refuse-file', pointer } };
  },
  'at-the-edge': (random, value) => {
    const targets = pointersOf(value, fieldsOf(value)).filter(({ field }) => AT_THE_EDGE[field.kind].length > 0 && field.kind !== 'batch');
    if (targets.length === 0) return undefined;
    const { pointer, field } = random.pick(targets);
    return { value: setAt(value, pointer, random.pick(AT_THE_EDGE[field.kind])), expect: { kind: 'accept' } };
  },
  'bad-traceback-line': (random, value, _name, root) => {
    if (!Array.isArray(value)) return undefined;
    const targets = inspectedConsumers(value);
    if (targets.length === 0) return undefined;
    const pointer = random.pick(targets);
    const line = random.pick(BAD_TRACEBACK_LINES(root));
    return { text: JSON.stringify(setAt(value, pointer, line)), expect: { kind: 'refuse-entry', pointers: [pointer] } };
  },
  'site-line-zero': (random, value) => {
    if (Array.isArray(value)) return undefined;
    const phases = (value as { phases: { sites?: unknown[] }[] }).phases;
    const shortest = Math.min(...phases.map((phase) => phase.sites?.length ?? 0));
    if (!(shortest > 0)) return undefined;
    const index = random.int(shortest);
    const pointers = phases.map((_, p) => `/phases/${p}/sites/${index}/line`);
    return { value: pointers.reduce<Json>((node, pointer) => setAt(node, pointer, 0), value), expect: { kind: 'refuse-entry', pointers } };
  },
  'empty-name': (_random, value, name) => (Array.isArray(value) ? { value, name: name.replace(/[^/]*$/, '.json'), expect: { kind: 'refuse-file' } } : undefined),
  'long-name': (_random, value, name) => ({ value, name: `${'d/'.repeat(2100)}${name}`, expect: { kind: 'refuse-file' } }),
  noise: (random, value) => {
    let mutated = value;
    for (let round = random.between(1, 4); round > 0; round--) {
      const nodes = allPointers(mutated);
      if (nodes.length === 0) break;
      const pointer = random.pick(nodes);
      mutated = setAt(mutated, pointer, random.chance(0.3) ? undefined : random.pick(ODD_VALUES));
    }
    return { value: mutated, expect: { kind: 'any' } };
  },
};

const ODD_VALUES: Json[] = [null, true, 0, -1, 1e308, 2 ** 53, 0.1, '', 'x'.repeat(5000), '\ud800', [], {}, [1, [2, [3]]], { deep: nest(300) }];

/** Every pointer below the root, keys escaped as RFC 6901 says. */
function allPointers(value: Json): string[] {
  const found: string[] = [];
  const walk = (node: Json, pointer: string) => {
    if (pointer !== '') found.push(pointer);
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, `${pointer}/${index}`));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };
  walk(value, '');
  return found;
}

function nest(depth: number): Json {
  let node: Json = [];
  for (let i = 0; i < depth; i++) node = [node];
  return node;
}

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** A string of 4 MiB: 'File "' repeated, the worst case of the old traceback pattern. */
const FOUR_MB = 'File "'.repeat(Math.ceil((4 * 1024 * 1024) / 6));

/**
 * Files grown by 'many-batches' stay under this size: 50 to 500 times a real snapshot, yet small
 * enough that JSON.parse alone stays far from the 1 s a case may take (bench/fuzz.ts measures
 * files at the 64 MiB cap separately, against that floor).
 */
export const MAX_GROWN_BYTES = 8 * 1024 * 1024;

/**
 * Mutations that make a file large or deep: too slow for a test of hundreds of cases, meant for
 * the fuzz benchmark's hunt for hangs and memory blow-ups.
 */
export const HEAVY_MUTATIONS: Record<string, Mutation> = {
  'many-batches': (random, value) => {
    const copies = Math.max(1, Math.min(random.between(10, 2000), Math.floor(MAX_GROWN_BYTES / JSON.stringify(value).length) - 1));
    if (Array.isArray(value)) {
      const last = value.reduce<number>((highest, entry) => Math.max(highest, (entry as { batch: number }).batch), 0);
      const span = last + 1;
      const times = Math.max(1, Math.min(copies, Math.floor(100_000 / span) - 1));
      const extra = Array.from({ length: times }, (_, k) => value.map((entry) => ({ ...(entry as JsonObject), batch: (entry as { batch: number }).batch + span * (k + 1) }))).flat();
      return { value: [...value, ...extra], expect: { kind: 'any' } };
    }
    const copy = structuredClone(value) as { phases: { batches: Json[]; sites?: { sizes: Json[] }[] }[] };
    const phase = copy.phases.at(-1)!;
    const times = Math.max(1, Math.min(copies, Math.floor(100_000 / Math.max(1, phase.batches.length)) - 1));
    const grow = <T>(items: T[]) => Array.from({ length: times + 1 }, () => items).flat();
    phase.batches = grow(phase.batches);
    for (const site of phase.sites ?? []) site.sizes = grow(site.sizes);
    return { value: copy as unknown as Json, expect: { kind: 'any' } };
  },
  'four-megabyte-string': (random, value) => {
    const targets = pointersOf(value, fieldsOf(value)).filter(({ field }) => field.kind === 'string');
    if (targets.length === 0) return undefined;
    const { pointer } = random.pick(targets);
    return { value: setAt(value, pointer, FOUR_MB), expect: { kind: 'refuse-file', pointer } };
  },
  'deep-nesting': (random, value) => {
    const depth = random.between(1000, 5000);
    const nested = '['.repeat(depth) + ']'.repeat(depth);
    const text = JSON.stringify(value);
    // An extra property (both formats allow them) holding a deeply nested array.
    const spliced = Array.isArray(value) ? text.replace(/^\[\{/, `[{"extra":${nested},`) : text.replace(/^\{/, `{"extra":${nested},`);
    return spliced === text ? undefined : { text: spliced, expect: { kind: 'any' } };
  },
};

/** Applies the named mutation (or a random applicable one) to a file's value. */
export function mutate(random: Random, value: Json, name: string, root: string | undefined, pool: Record<string, Mutation> = MUTATIONS): { file: InputFile; mutation: string; expect: Expectation } {
  const names = Object.keys(pool);
  for (let attempt = 0; attempt < 20; attempt++) {
    const mutation = random.pick(names);
    const result = pool[mutation]!(random, value, name, root);
    if (!result) continue;
    return { file: { file: result.name ?? name, text: result.text ?? JSON.stringify(result.value) }, mutation, expect: result.expect };
  }
  return { file: { file: name, text: JSON.stringify(value) }, mutation: 'none', expect: { kind: 'accept' } };
}

/**
 * One case: one to three generated files of either format, each mutated or not; sometimes a
 * second copy of a file under another name (a duplicate test, refused).
 */
export function generateCase(seed: number): Case {
  const random = seeded(seed);
  const root = random.chance(0.5) ? ROOT : undefined;
  const files: InputFile[] = [];
  const expectations: Case['expectations'] = new Map();
  const count = random.between(1, 3);
  for (let k = 0; k < count; k++) {
    const litellm = random.chance(0.5);
    const stem = `${text(random, 60).replace(/[/\\]/g, '_')}-${k}`;
    const name = `memory_snapshots/${stem}.json`;
    const value = litellm ? generateLitellm(random, root) : generateSnapshotV1(random, `${text(random, 4000)}#${k}`);
    const mutated = random.chance(0.75) ? mutate(random, value, name, root) : { file: { file: name, text: JSON.stringify(value) }, mutation: 'none', expect: { kind: 'accept' } as Expectation };
    files.push(mutated.file);
    expectations.set(mutated.file.file, { mutation: mutated.mutation, expect: mutated.expect });
    if (mutated.expect.kind === 'accept' && random.chance(0.1)) {
      // The same test again under another name: for a LiteLLM file the name is the id, so the copy keeps the base name.
      const copy = { file: litellm ? `elsewhere/${stem}.json` : `memory_snapshots/copy-${stem}.json`, text: mutated.file.text };
      files.push(copy);
      expectations.set(copy.file, { mutation: 'duplicate', expect: { kind: 'refuse-file', ...(litellm ? {} : { pointer: '/test/id' }) } });
    }
  }
  return { seed, files, expectations, ...(root && { root }) };
}

/** The expectations a report breaks, in words (empty when it keeps them all). */
export function brokenExpectations(report: Report, files: readonly InputFile[], expectations: Case['expectations']): string[] {
  const broken: string[] = [];
  for (const input of files) {
    const expected = expectations.get(input.file);
    if (!expected) continue;
    const { mutation, expect } = expected;
    const problems = report.problems.filter((problem) => names(problem.file, input.file));
    const tested = report.tests.some((test) => test.snapshot === input.file);
    const label = `${mutation} of ${input.file.slice(0, 80)}`;
    if (expect.kind === 'accept' && (!tested || problems.length > 0)) broken.push(`${label}: should be accepted, got ${tested ? 'a test' : 'no test'} and ${JSON.stringify(problems).slice(0, 300)}`);
    if (expect.kind === 'refuse-file') {
      if (tested || problems.length === 0) broken.push(`${label}: silently accepted (${tested ? 'a test was judged' : 'no problem names it'})`);
      else if (expect.pointer !== undefined && !problems.some((problem) => problem.pointer === expect.pointer)) broken.push(`${label}: refused with pointer ${JSON.stringify(problems.map((p) => p.pointer))}, expected ${expect.pointer}`);
    }
    if (expect.kind === 'refuse-entry') {
      if (!tested) broken.push(`${label}: the whole file was refused, only an entry should be: ${JSON.stringify(problems).slice(0, 300)}`);
      if (!problems.some((problem) => problem.pointer !== undefined && expect.pointers.includes(problem.pointer))) broken.push(`${label}: silently accepted (no problem with pointer ${expect.pointers.join(' or ')}; got ${JSON.stringify(problems.map((p) => p.pointer))})`);
    }
  }
  return broken;
}

/** Whether a problem's file is this file's name, or its start cut with an ellipsis (a name longer than a report holds). */
function names(problemFile: string, file: string): boolean {
  return problemFile === file || (problemFile.endsWith('…') && file.startsWith(problemFile.slice(0, -1)));
}

/** Problems whose pointer does not lead into their file's JSON (a missing property's parent counts). */
export function inexactPointers(problems: readonly Problem[], files: readonly InputFile[]): string[] {
  const byName = new Map(files.map((file) => [file.file, file.text]));
  const wrong: string[] = [];
  for (const problem of problems) {
    const text = byName.get(problem.file);
    if (text === undefined || problem.pointer === undefined || problem.pointer === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      wrong.push(`${problem.file}: pointer ${problem.pointer} on a file that is not JSON`);
      continue;
    }
    const parent = problem.pointer.slice(0, problem.pointer.lastIndexOf('/'));
    if (resolvePointer(value, problem.pointer) === undefined && resolvePointer(value, parent) === undefined) wrong.push(`${problem.file}: pointer ${problem.pointer} leads nowhere (${problem.message.slice(0, 200)})`);
  }
  return wrong;
}
