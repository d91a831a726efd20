// Statement lines for a suspect function. V8's sampling heap profiler charges an allocation to a
// function, never to a statement (its nodes are keyed by the function's start), so the line it
// gives is the function's first. To name the statement, every line of the suspect function gets
// a breakpoint whose condition runs a mark and answers false: V8 evaluates it on the spot and
// never pauses (DevTools' logpoints work the same way), so an in-process session can do it. The
// mark allocates an array large enough that the profiler always samples it; each sample carries
// an ordinal (its order among all samples), so an allocation of the function that survived
// belongs to the statement whose mark came last before it. Allocations before the first mark of
// a call (the function's context, made on entry) or after a return belong to the function's line.
import { runInThisContext } from 'node:vm';
import { join } from 'node:path';
import type { Session } from 'node:inspector/promises';
import { COLLECTOR_DIR, framePath, placeOf, type Place } from './sources.js';
import { scaled, type CallFrame, type Retained, type RetainedProfile, type UserFunction } from './sampler.js';

/** Slots of a mark's array: 8 bytes each, so a mark of ~4.8 KB goes unsampled with odds of e^-18 at 256 bytes per sample. */
const MARK_SLOTS = 600;
/** Marks per function at most: one per line of a long function, then its remaining lines share the last. */
const MAX_MARKS_PER_FUNCTION = 200;
const MARKS = Symbol.for('memleak.statement-marks');
const MARK_NAME = /^__memleak_mark_(\d+)$/;

interface Location { scriptId: string; lineNumber: number; columnNumber: number; type?: 'call' | 'return' | 'debuggerStatement' }

/** One mark: the statement it starts (or undefined for a return), in the function it belongs to. */
interface Mark { target: UserFunction; place?: Place }

/**
 * The marks set in the suspect functions, and the log of when each ran (by sample ordinal).
 * Errors: none thrown for a function the debugger cannot place breakpoints in; it keeps its line.
 */
export class StatementMarks {
  private readonly marks: Mark[] = [];
  /** Per function key: the ordinals of its marks as they ran, and which mark each was (ascending). */
  private readonly log = new Map<string, { ordinals: number[]; marks: number[] }>();
  private readonly kept: unknown[] = [];
  private lastOrdinal = -1;

  private constructor(private readonly session: Session) {}

  /** Sets marks on every line of each function; call `release()` when done. */
  static async set(session: Session, targets: readonly UserFunction[], root: string): Promise<StatementMarks> {
    const marks = new StatementMarks(session);
    try {
      await marks.place(targets, root);
    } catch (error) {
      await marks.release().catch(() => undefined);
      throw error;
    }
    return marks;
  }

  private async place(targets: readonly UserFunction[], root: string): Promise<void> {
    const registry = Object.assign([] as ((keep: unknown[]) => void)[], { kept: this.kept });
    (globalThis as Record<symbol, unknown>)[MARKS] = registry;
    // Scripts the debugger has lost track of cost nothing kept (maxScriptsCacheSize), and the
    // breakpoints go when the domain is disabled.
    await this.session.post('Debugger.enable', { maxScriptsCacheSize: 0 } as never);
    for (const target of targets) {
      for (const { location, place } of await this.locationsOf(target.frame, root)) {
        const id = this.marks.length;
        this.marks.push({ target, ...(place && { place }) });
        registry[id] = markFunction(id);
        try {
          await this.session.post('Debugger.setBreakpoint', { location, condition: `(globalThis[Symbol.for('memleak.statement-marks')][${id}](globalThis[Symbol.for('memleak.statement-marks')].kept), false)` } as never);
        } catch {
          // V8 refused this location (code gone or moved): the statements around it share it.
        }
      }
      this.log.set(target.key, { ordinals: [], marks: [] });
    }
  }

  /** Marks run since the last `record()`: their arrays are still held. */
  get pending(): number {
    return this.kept.length;
  }

  /**
   * What a profile read after a full collection holds, per statement of the marked functions
   * (per function elsewhere): records the marks among its samples, then frees their arrays
   * (later profiles will not hold them; the log does).
   */
  retained({ nodes, samples }: RetainedProfile): Retained {
    this.record(samples, nodes);
    const sites: Retained['sites'] = new Map();
    let unattributed = 0;
    for (const sample of samples) {
      const node = nodes.get(sample.nodeId);
      if (!node || node.collector) continue;
      const bytes = scaled(sample.size);
      if (!node.owner) {
        unattributed += bytes;
        continue;
      }
      const place = this.statementOf(node.owner, sample.ordinal);
      const key = `${place.file}:${place.line}`;
      const entry = sites.get(key) ?? { fn: node.owner, place, bytes: 0 };
      entry.bytes += bytes;
      sites.set(key, entry);
    }
    return { sites, unattributed };
  }

  private record(samples: readonly { nodeId: number; ordinal: number }[], nodes: RetainedProfile['nodes']): void {
    const ran: { ordinal: number; id: number }[] = [];
    for (const sample of samples) {
      if (sample.ordinal <= this.lastOrdinal) continue;
      const name = nodes.get(sample.nodeId)?.frame.functionName;
      const match = name ? MARK_NAME.exec(name) : null;
      if (match) ran.push({ ordinal: sample.ordinal, id: Number(match[1]) });
    }
    ran.sort((a, b) => a.ordinal - b.ordinal);
    for (const { ordinal, id } of ran) {
      const mark = this.marks[id];
      if (!mark) continue;
      const entry = this.log.get(mark.target.key)!;
      entry.ordinals.push(ordinal);
      entry.marks.push(id);
      this.lastOrdinal = ordinal;
    }
    this.kept.length = 0;
  }

  /** The statement an allocation of `target` with this ordinal was made by; the function's own place before any statement, or when it has no marks. */
  private statementOf(target: UserFunction, ordinal: number): Place {
    const entry = this.log.get(target.key);
    if (!entry) return target.place;
    // The last mark of this function that ran before the allocation.
    let low = 0;
    let high = entry.ordinals.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (entry.ordinals[middle]! < ordinal) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found < 0 ? target.place : (this.marks[entry.marks[found]!]!.place ?? target.place);
  }

  async release(): Promise<void> {
    this.kept.length = 0;
    delete (globalThis as Record<symbol, unknown>)[MARKS];
    await this.session.post('Debugger.disable');
  }

  /**
   * Where to mark a function: the first breakable place of each run of places on one line of the
   * user's source (a statement, an expression or a call: where V8 can stop; a loop's header
   * gets one again after its body) and every return (place undefined), in
   * the function itself, not in the functions nested in it. Lines are the source's, through its
   * source map: a compiler may put the whole function on one generated line (tsx does). Empty
   * when V8 cannot say (the function's script is gone).
   */
  private async locationsOf(frame: CallFrame, root: string): Promise<{ location: Location; place?: Place }[]> {
    const path = framePath(frame.url);
    let locations: Location[];
    try {
      ({ locations } = (await this.session.post('Debugger.getPossibleBreakpoints', {
        start: { scriptId: frame.scriptId, lineNumber: frame.lineNumber, columnNumber: frame.columnNumber },
        restrictToFunction: true,
      } as never)) as unknown as { locations: Location[] });
    } catch {
      return [];
    }
    if (!path) return [];
    const chosen: { location: Location; place?: Place }[] = [];
    let previous = '';
    for (const location of locations) {
      if (location.type === 'return') chosen.push({ location });
      else {
        const place = placeOf(frame.url, path, location.lineNumber, location.columnNumber, root);
        const line = `${place.file}:${place.line}`;
        if (line === previous) continue;
        previous = line;
        chosen.push({ location, place });
      }
      if (chosen.length >= MAX_MARKS_PER_FUNCTION) break;
    }
    return chosen;
  }
}

/**
 * A mark: a function named after its id, compiled as this collector's code (its file is in the
 * collector's folder), so the profile shows which mark an array came from and the sampler never
 * charges the array to the user.
 */
function markFunction(id: number): (keep: unknown[]) => void {
  return runInThisContext(`(function __memleak_mark_${id}(keep) { keep.push(new Array(${MARK_SLOTS})); })`, { filename: join(COLLECTOR_DIR, 'statement-marks.js') }) as (keep: unknown[]) => void;
}
