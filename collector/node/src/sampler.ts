// Attribution of retained memory to the user's code with V8's sampling heap profiler: it samples
// allocations (about one per `interval` bytes, sizes scaled to estimate the whole) and drops a
// sample when its object is collected, so a profile taken after a full collection holds only what
// survived. Each sample is charged to the innermost frame in the user's code on its stack. V8
// records functions, not statements: the place is the start of that function; the statements
// phase (statements.ts) splits a suspect function's samples by statement.
import { Session } from 'node:inspector/promises';
import { framePath, isCollectorFile, isUserFile, placeOf, type Place } from './sources.js';

/** A profiler frame: where a function starts, in the generated code (0-based line and column). */
export interface CallFrame { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; selfSize: number; children: ProfileNode[] }
/** One sampled allocation still alive: its unscaled size in bytes and its order among all samples taken. */
export interface Sample { size: number; nodeId: number; ordinal: number }

/**
 * esbuild's helpers (what tsx and bundlers put at the top of a compiled file: __name for
 * keepNames wraps every named closure) sit in the user's file but are never the user's code.
 */
const ESBUILD_HELPER = /^__(name|defProp|publicField|async|spreadValues|spreadProps|objRest|decorateClass|require|esm|commonJS|export|toESM|toCommonJS|copyProps|using|callDispose)$/;

/** Bytes per sample: small enough to see objects of tens of bytes retained a few hundred times. */
export const SAMPLING_INTERVAL = 256;

/** A function in the user's code: its place in the source and its start in the generated code. */
export interface UserFunction { key: string; place: Place; function: string; frame: CallFrame }

/** What the profile says of one node of its call tree. */
export interface NodeOwner {
  /** The innermost user function on the node's stack; undefined when there is none. */
  owner?: UserFunction;
  /** The allocation is this collector's own (its records, its marks): never the user's. */
  collector: boolean;
  /** The function allocating at this node (its innermost frame). */
  frame: CallFrame;
}

/** A profile read after a full collection: the owner of every node, its bytes, and the samples alive. */
export interface RetainedProfile {
  nodes: Map<number, NodeOwner & { selfSize: number }>;
  samples: Sample[];
}

/** Bytes alive after a batch per place in the user's code (with the function it is in), and those no user frame allocated. */
export interface Retained {
  sites: Map<string, { fn: UserFunction; place: Place; bytes: number }>;
  unattributed: number;
}

/** The bytes a sample of `size` bytes stands for, as V8 scales it (sampling-heap-profiler.cc, ScaleSample). */
export function scaled(size: number): number {
  return size / (1 - Math.exp(-size / SAMPLING_INTERVAL));
}

export class RetainedSampler {
  readonly session = new Session();
  private readonly places = new Map<string, UserFunction | 'collector' | null>();

  constructor(private readonly root: string) {}

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('HeapProfiler.enable');
    await this.session.post('HeapProfiler.startSampling', {
      samplingInterval: SAMPLING_INTERVAL,
      includeObjectsCollectedByMajorGC: false,
      includeObjectsCollectedByMinorGC: false,
    } as never);
  }

  /** The profile now (call after a full collection), each node with its owner. */
  async profile(): Promise<RetainedProfile> {
    const { profile } = (await this.session.post('HeapProfiler.getSamplingProfile')) as unknown as { profile: { head: ProfileNode; samples: Sample[] } };
    const nodes = new Map<number, NodeOwner & { selfSize: number }>();
    // `owner`: the innermost user frame so far. `collector`: whether a frame of this collector is
    // inner to it: the collector calls the body, so a user frame inner to the collector's is the
    // user's allocation, while what the collector allocates itself (its records, reading the
    // profile) has a collector frame innermost and is left out, as tracemalloc's own tables are.
    const stack: { node: ProfileNode; owner: UserFunction | undefined; collector: boolean }[] = [{ node: profile.head, owner: undefined, collector: false }];
    while (stack.length) {
      const { node, owner, collector } = stack.pop()!;
      const here = this.frameOf(node.callFrame);
      const current = here === 'collector' || !here ? owner : here;
      const ours = here === 'collector' ? true : here ? false : collector;
      nodes.set(node.id, { ...(current && { owner: current }), collector: ours, frame: node.callFrame, selfSize: node.selfSize });
      for (const child of node.children) stack.push({ node: child, owner: current, collector: ours });
    }
    return { nodes, samples: profile.samples };
  }

  /**
   * Bytes still alive per user function, keyed by its place (call after a full collection), and
   * the bytes no frame in the user's code allocated.
   */
  async retained(): Promise<Retained> {
    const { nodes } = await this.profile();
    const sites: Retained['sites'] = new Map();
    let unattributed = 0;
    for (const node of nodes.values()) {
      if (node.selfSize <= 0 || node.collector) continue;
      if (!node.owner) {
        unattributed += node.selfSize;
        continue;
      }
      const entry = sites.get(node.owner.key) ?? { fn: node.owner, place: node.owner.place, bytes: 0 };
      entry.bytes += node.selfSize;
      sites.set(node.owner.key, entry);
    }
    return { sites, unattributed };
  }

  async stop(): Promise<void> {
    try {
      await this.session.post('HeapProfiler.stopSampling');
      await this.session.post('HeapProfiler.disable');
    } finally {
      this.session.disconnect();
    }
  }

  /** The user's function of a frame, 'collector' for this collector's own frames, undefined for any other. */
  private frameOf(frame: CallFrame): UserFunction | 'collector' | undefined {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    let site = this.places.get(key);
    if (site === undefined) {
      const path = framePath(frame.url);
      if (path && isCollectorFile(path)) site = 'collector';
      else if (path && isUserFile(path) && !ESBUILD_HELPER.test(frame.functionName)) {
        const place = placeOf(frame.url, path, frame.lineNumber, frame.columnNumber, this.root);
        site = { key: `${place.file}:${place.line}`, place, function: frame.functionName || '(anonymous)', frame };
      } else site = null;
      this.places.set(key, site);
    }
    return site ?? undefined;
  }
}
