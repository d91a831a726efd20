// Attribution of retained memory to the user's code with V8's sampling heap profiler: it samples
// allocations (about one per `interval` bytes, sizes scaled to estimate the whole) and drops a
// sample when its object is collected, so a profile taken after a full collection holds only what
// survived. Each sample is charged to the innermost frame in the user's code on its stack. V8
// records functions, not statements: the place is the start of that function (see README).
import { Session } from 'node:inspector/promises';
import { framePath, isCollectorFile, isUserFile, placeOf, type Place } from './sources.js';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { callFrame: CallFrame; selfSize: number; children: ProfileNode[] }

/**
 * esbuild's helpers (what tsx and bundlers put at the top of a compiled file: __name for
 * keepNames wraps every named closure) sit in the user's file but are never the user's code.
 */
const ESBUILD_HELPER = /^__(name|defProp|publicField|async|spreadValues|spreadProps|objRest|decorateClass|require|esm|commonJS|export|toESM|toCommonJS|copyProps|using|callDispose)$/;

/** Bytes per sample: small enough to see objects of tens of bytes retained a few hundred times. */
export const SAMPLING_INTERVAL = 256;

export interface SiteBytes { place: Place; function: string; bytes: number }

export class RetainedSampler {
  private readonly session = new Session();
  private readonly places = new Map<string, { place: Place; function: string } | 'collector' | null>();

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

  /**
   * Bytes still alive per user site (call after a full collection), and the bytes no frame in
   * the user's code allocated.
   */
  async retained(): Promise<{ sites: Map<string, SiteBytes>; unattributed: number }> {
    const { profile } = (await this.session.post('HeapProfiler.getSamplingProfile')) as unknown as { profile: { head: ProfileNode } };
    const sites = new Map<string, SiteBytes>();
    let unattributed = 0;
    // `owner`: the innermost user frame so far. `ours`: whether a frame of this collector is
    // inner to it: the collector calls the body, so a user frame inner to the collector's is the
    // user's allocation, while what the collector allocates itself (its records, reading the
    // profile) has a collector frame innermost and is left out, as tracemalloc's own tables are.
    const walk = (node: ProfileNode, owner: { key: string; site: { place: Place; function: string } } | undefined, ours: boolean) => {
      const here = this.frameOf(node.callFrame);
      const current = here === 'collector' ? owner : here ? { key: `${here.place.file}:${here.place.line}`, site: here } : owner;
      const collector = here === 'collector' ? true : here ? false : ours;
      if (node.selfSize > 0 && !collector) {
        if (current) {
          const entry = sites.get(current.key) ?? { ...current.site, bytes: 0 };
          entry.bytes += node.selfSize;
          sites.set(current.key, entry);
        } else unattributed += node.selfSize;
      }
      for (const child of node.children) walk(child, current, collector);
    };
    walk(profile.head, undefined, false);
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

  /** The user's place of a frame, 'collector' for this collector's own frames, undefined for any other. */
  private frameOf(frame: CallFrame): { place: Place; function: string } | 'collector' | undefined {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    let site = this.places.get(key);
    if (site === undefined) {
      const path = framePath(frame.url);
      if (path && isCollectorFile(path)) site = 'collector';
      else site = path && isUserFile(path) && !ESBUILD_HELPER.test(frame.functionName) ? { place: placeOf(frame.url, path, frame.lineNumber, frame.columnNumber, this.root), function: frame.functionName || '(anonymous)' } : null;
      this.places.set(key, site);
    }
    return site ?? undefined;
  }
}

