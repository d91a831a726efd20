// The figures every renderer shows about one test, computed once so the terminal, report.md, the
// comment and report.html print the same value for the same figure: memory at the first and the
// last judged batch, the severity of a leak, and the kind of leak its sources look like with what
// usually fixes it.
import type { TestResult } from '../types.js';
import { formatBytes } from '../format.js';

/** Memory at the first and the last judged batch (bytes; warm-up batches are not in the series). */
export interface MemorySpan {
  measure: 'traced' | 'RSS';
  first: number;
  last: number;
}

/** Traced memory at the first and the last judged batch, and RSS where the platform recorded it (first and last recorded batch). */
export function memorySpans(test: TestResult): { traced?: MemorySpan; rss?: MemorySpan } {
  const traced = test.series.traced_bytes;
  const rss = test.series.rss_bytes.filter((bytes): bytes is number => bytes !== null);
  return {
    ...(traced.length > 0 ? { traced: { measure: 'traced', first: traced[0]!, last: traced[traced.length - 1]! } } : {}),
    ...(rss.length > 0 ? { rss: { measure: 'RSS', first: rss[0]!, last: rss[rss.length - 1]! } } : {}),
  };
}

/**
 * The span shown where there is room for one: RSS for a native leak (tracing cannot see it) and
 * for a soak (judged on RSS wherever it was read; a command sampled from outside has no traced
 * memory at all), traced memory otherwise.
 */
export function headlineSpan(test: TestResult): MemorySpan | undefined {
  const spans = memorySpans(test);
  return (test.kind === 'native' || test.soak) && spans.rss ? spans.rss : spans.traced;
}

/** E.g. "traced 1.20 MiB → 3.40 MiB". */
export function spanText(span: MemorySpan | undefined): string {
  return span ? `${span.measure} ${formatBytes(span.first)} → ${formatBytes(span.last)}` : '';
}

export type Severity = 'high' | 'medium' | 'low';

/**
 * How much a leak costs a long-running process, from its growth per operation: high from 1 KiB
 * per operation (a GiB per million operations), medium from 100 bytes (about 100 MiB per
 * million), low below. Undefined for a test that does not leak.
 */
export function severityOf(test: TestResult): Severity | undefined {
  if (test.verdict !== 'leak') return undefined;
  if (test.growth_per_op_bytes >= 1024) return 'high';
  return test.growth_per_op_bytes >= 100 ? 'medium' : 'low';
}

export type LeakPattern = 'native' | 'logger' | 'task' | 'listener' | 'cache' | 'error-path' | 'container';

const PATTERNS: [LeakPattern, RegExp][] = [
  ['logger', /getLogger|LoggerAdapter|loggerDict|\bLogger\b/],
  ['task', /create_task|ensure_future|run_coroutine_threadsafe|task|inflight|future/i],
  ['listener', /\b(?:subscribe|add_listener|add_handler|addEventListener|add_done_callback|on_shutdown|on_event|connect|register)\s*\(|listener|callback|subscriber|observer|handlers\b|hooks\b/i],
  ['error-path', /\braise\b|traceback|exc_info/],
  ['cache', /cache|memo|etag|\[[^\]]+\]\s*=(?!=)/i],
];

/**
 * The usual shape of a leak, read from its kind and from the code, function and retainer of its
 * leaking sources (a heuristic: it chooses the advice shown, never the verdict). Undefined for a
 * test that does not leak.
 */
export function leakPattern(test: TestResult): LeakPattern | undefined {
  if (test.verdict !== 'leak') return undefined;
  if (test.kind === 'native') return 'native';
  const evidence = test.sources
    .map((source) => [source.code, source.function, source.retainer?.path, source.retainer?.type, source.retainer?.root].filter(Boolean).join(' '))
    .join('\n');
  const found = PATTERNS.find(([, pattern]) => pattern.test(evidence));
  if (found) return found[0];
  return test.kind === 'error-path' ? 'error-path' : 'container';
}

/**
 * A short name and what usually fixes each pattern, with Python's and JavaScript's idioms where
 * they differ: the report does not carry the runtime, and a kind (python, js-heap) is not known for
 * every leak (native, error-path).
 */
export const ADVICE: Record<LeakPattern, { title: string; text: string }> = {
  cache: {
    title: 'Unbounded cache',
    text: 'Entries are added for every operation and never evicted. Bound it (an LRU or TTL cache: functools.lru_cache(maxsize=…) in Python, a Map that deletes its oldest key past a size in JavaScript), key it by something with few distinct values, or drop entries when their owner is done. functools.cache on a Python method also keeps every instance alive; a WeakMap keyed by the owner lets JavaScript drop an entry with it.',
  },
  listener: {
    title: 'Listener never removed',
    text: 'Each operation registers a callback (a subscription, a hook, a handler) that is never unregistered, and the callback keeps its owner alive. Unregister it when the owner is done (close(), a finally block, a context manager; emitter.off() or removeEventListener() in JavaScript), or hold it through a weak reference (weakref.WeakMethod in Python, WeakRef in JavaScript).',
  },
  task: {
    title: 'Task kept',
    text: 'Finished tasks (futures, threads, promises) stay in a collection. Remove each one when it completes (task.add_done_callback(tasks.discard) in Python, promise.finally(() => pending.delete(promise)) in JavaScript), and await or cancel the rest at shutdown.',
  },
  logger: {
    title: 'Logger per name',
    text: 'logging.getLogger(name) keeps every logger it creates for the life of the process, so a name per request or per object grows without end. Use one logger per module and pass per-request values in extra= or a LoggerAdapter.',
  },
  native: {
    title: 'Native memory',
    text: 'Memory grows outside the language\'s heap: a C extension or native addon, a native library, or a buffer that is not released (in Node, Buffers and ArrayBuffers still referenced). Close or free native handles (close(), context managers), drop references to buffers you are done with, check the library for a known leak or a cache setting, and reproduce with the library alone.',
  },
  'error-path': {
    title: 'Kept on the error path',
    text: 'Something is kept each time an operation raises or throws: often the exception, its traceback (stack) and every frame it references. Keep the message or a summary instead of the exception, and release what the operation held in a finally block.',
  },
  container: {
    title: 'Growing container',
    text: 'An object is added to a long-lived container (a module global, a class attribute or static field, an instance that outlives the operation) for every operation and never removed. Remove it when the operation ends, or bound the container (collections.deque(maxlen=…) in Python; in JavaScript, drop the oldest entries past a size).',
  },
};
