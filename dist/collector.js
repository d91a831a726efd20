// collector/node/src/index.ts
import { test as nodeTest } from "node:test";
import { relative as relative2, sep as sep2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// collector/node/src/measure.ts
import { performance } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";

// collector/node/src/gc.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var cached;
function fullGc() {
  if (cached) return cached;
  const exposed = globalThis.gc;
  if (typeof exposed === "function") {
    cached = exposed;
    return cached;
  }
  setFlagsFromString("--expose-gc");
  const made = runInNewContext("gc");
  if (typeof made !== "function") throw new Error("memleak: V8 gave no gc() function (--expose-gc could not be set)");
  cached = made;
  return cached;
}
var STEADY_HEAP_FLAGS = ["--no-flush-bytecode", "--no-flush-baseline-code"];
function keepFramesForAttribution() {
  for (const flag of ["--no-turbo-inlining", "--no-maglev-inlining", ...STEADY_HEAP_FLAGS]) {
    try {
      setFlagsFromString(flag);
    } catch {
    }
  }
}

// collector/node/src/sampler.ts
import { Session } from "node:inspector/promises";

// collector/node/src/sources.ts
import { findSourceMap } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var COLLECTOR_DIR = dirname(fileURLToPath(import.meta.url));
function framePath(url) {
  if (url.startsWith("file://")) {
    try {
      return fileURLToPath(url);
    } catch {
      return void 0;
    }
  }
  return isAbsolute(url) ? url : void 0;
}
function isUserFile(path) {
  return !path.split(sep).includes("node_modules") && !isCollectorFile(path);
}
function isCollectorFile(path) {
  return path.startsWith(COLLECTOR_DIR + sep);
}
var lines = /* @__PURE__ */ new Map();
function placeOf(url, path, line0, column0, root) {
  const mapped = original(url, path, line0, column0);
  const file = mapped?.file ?? path;
  const line = mapped ? mapped.line0 + 1 : line0 + 1;
  const code = sourceLine(file, line, mapped?.content);
  return { file: display(file, root), line, ...code && { code } };
}
function originalFile(url, path, line0, column0) {
  return original(url, path, line0, column0)?.file ?? path;
}
function original(url, path, line0, column0) {
  const map = findSourceMap(path) ?? findSourceMap(url) ?? (url.startsWith("file://") ? void 0 : findSourceMap(pathToFileURL(path).href));
  if (!map) return void 0;
  const entry = map.findEntry(line0, column0);
  if (!entry || !entry.originalSource || entry.originalLine === void 0) return void 0;
  const index = map.payload.sources.indexOf(entry.originalSource);
  const content = index >= 0 ? map.payload.sourcesContent?.[index] : void 0;
  return { file: framePath(entry.originalSource) ?? entry.originalSource, line0: entry.originalLine, ...content !== void 0 && { content } };
}
function sourceLine(file, line, content) {
  let text = lines.get(file);
  if (text === void 0) {
    try {
      text = (content ?? readFileSync(file, "utf8")).split("\n");
    } catch {
      text = null;
    }
    lines.set(file, text);
  }
  return text?.[line - 1]?.trim().slice(0, 2e3) || void 0;
}
function display(path, root) {
  const inside = relative(root, path);
  const shown = inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
  return shown.split(sep).join("/");
}

// collector/node/src/sampler.ts
var ESBUILD_HELPER = /^__(name|defProp|publicField|async|spreadValues|spreadProps|objRest|decorateClass|require|esm|commonJS|export|toESM|toCommonJS|copyProps|using|callDispose)$/;
var SAMPLING_INTERVAL = 256;
var RetainedSampler = class {
  constructor(root) {
    this.root = root;
  }
  root;
  session = new Session();
  places = /* @__PURE__ */ new Map();
  async start() {
    this.session.connect();
    await this.session.post("HeapProfiler.enable");
    await this.session.post("HeapProfiler.startSampling", {
      samplingInterval: SAMPLING_INTERVAL,
      includeObjectsCollectedByMajorGC: false,
      includeObjectsCollectedByMinorGC: false
    });
  }
  /**
   * Bytes still alive per user site (call after a full collection), and the bytes no frame in
   * the user's code allocated.
   */
  async retained() {
    const { profile } = await this.session.post("HeapProfiler.getSamplingProfile");
    const sites = /* @__PURE__ */ new Map();
    let unattributed = 0;
    const walk = (node, owner, ours) => {
      const here = this.frameOf(node.callFrame);
      const current = here === "collector" ? owner : here ? { key: `${here.place.file}:${here.place.line}`, site: here } : owner;
      const collector = here === "collector" ? true : here ? false : ours;
      if (node.selfSize > 0 && !collector) {
        if (current) {
          const entry = sites.get(current.key) ?? { ...current.site, bytes: 0 };
          entry.bytes += node.selfSize;
          sites.set(current.key, entry);
        } else unattributed += node.selfSize;
      }
      for (const child of node.children) walk(child, current, collector);
    };
    walk(profile.head, void 0, false);
    return { sites, unattributed };
  }
  async stop() {
    try {
      await this.session.post("HeapProfiler.stopSampling");
      await this.session.post("HeapProfiler.disable");
    } finally {
      this.session.disconnect();
    }
  }
  /** The user's place of a frame, 'collector' for this collector's own frames, undefined for any other. */
  frameOf(frame) {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    let site = this.places.get(key);
    if (site === void 0) {
      const path = framePath(frame.url);
      if (path && isCollectorFile(path)) site = "collector";
      else site = path && isUserFile(path) && !ESBUILD_HELPER.test(frame.functionName) ? { place: placeOf(frame.url, path, frame.lineNumber, frame.columnNumber, this.root), function: frame.functionName || "(anonymous)" } : null;
      this.places.set(key, site);
    }
    return site ?? void 0;
  }
};

// collector/node/src/measure.ts
var MAX_SITES = 200;
var BodyError = class extends Error {
  constructor(cause) {
    super("the body threw");
    this.cause = cause;
  }
  cause;
};
async function measure(op, settings, root) {
  const gc = fullGc();
  const phase = { name: "screen", role: "verdict", batches: [], sites: [], unattributed_bytes: [], sampling_interval_bytes: SAMPLING_INTERVAL };
  const result = { phases: [phase] };
  const sampler = new RetainedSampler(root);
  const seen = /* @__PURE__ */ new Map();
  await settle(gc);
  await sampler.start();
  try {
    for (let i = 0; i < settings.warmup + settings.batches; i += 1) {
      const batch = await runBatch(op, settings, i < settings.warmup, gc);
      const { sites, unattributed } = await sampler.retained();
      let retained = unattributed;
      for (const [key, site] of sites) {
        const record = seen.get(key) ?? { file: site.place.file, line: site.place.line, function: site.function, ...site.place.code && { code: site.place.code }, sizes: new Array(i).fill(0) };
        record.sizes[i] = Math.round(site.bytes);
        retained += site.bytes;
        seen.set(key, record);
      }
      for (const record of seen.values()) if (record.sizes.length <= i) record.sizes[i] = 0;
      phase.unattributed_bytes.push(Math.round(unattributed));
      phase.batches.push({ ...batch, traced_bytes: Math.round(retained) });
    }
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    result.error = error.cause;
  } finally {
    await sampler.stop();
  }
  phase.sites = [...seen.values()].filter((site) => site.sizes.length === phase.batches.length).sort((a, b) => b.sizes.at(-1) - a.sizes.at(-1)).slice(0, MAX_SITES);
  return result;
}
async function runBatch(op, settings, warmup, gc) {
  let errors = 0;
  const types = {};
  const started = performance.now();
  for (let i = 0; i < settings.batchSize; i += 1) {
    try {
      const value = op();
      if (value !== null && typeof value === "object" && typeof value.then === "function") await value;
    } catch (error) {
      if (!settings.expectErrors) throw new BodyError(error);
      errors += 1;
      const name = error instanceof Error ? error.constructor.name : typeof error;
      types[name] = (types[name] ?? 0) + 1;
    }
  }
  const duration = (performance.now() - started) / 1e3;
  const memory = await settle(gc);
  return {
    warmup,
    operations: settings.batchSize,
    ...settings.expectErrors && { errors, error_types: types },
    duration_s: duration,
    traced_bytes: 0,
    heap_used_bytes: memory.objects,
    rss_bytes: memory.rss,
    external_bytes: memory.external,
    array_buffers_bytes: memory.arrayBuffers
  };
}
async function settle(gc) {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
  const usage = process.memoryUsage();
  let objects = 0;
  for (const space of getHeapSpaceStatistics()) if (!CODE_SPACES.has(space.space_name)) objects += space.space_used_size;
  return { ...usage, objects };
}
var CODE_SPACES = /* @__PURE__ */ new Set(["code_space", "code_large_object_space", "read_only_space"]);

// collector/node/src/settings.ts
var DEFAULTS = { batches: 10, batchSize: 200, warmup: 2, snapshotDir: "memory_snapshots" };
function resolveSettings(options = {}, env = process.env) {
  return {
    batches: options.batches ?? whole(env, "MEMLEAK_BATCHES", 2) ?? DEFAULTS.batches,
    batchSize: options.batchSize ?? whole(env, "MEMLEAK_BATCH_SIZE", 1) ?? DEFAULTS.batchSize,
    warmup: options.warmup ?? whole(env, "MEMLEAK_WARMUP", 0) ?? DEFAULTS.warmup,
    expectErrors: options.expectErrors ?? false,
    ...options.allowBytesPerOp !== void 0 && { allowBytesPerOp: options.allowBytesPerOp },
    ...options.allowTotalBytes !== void 0 && { allowTotalBytes: options.allowTotalBytes },
    snapshotDir: options.snapshotDir ?? (env.MEMLEAK_SNAPSHOT_DIR || DEFAULTS.snapshotDir)
  };
}
function whole(env, name, minimum) {
  const text = env[name];
  if (text === void 0 || text === "") return void 0;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > 1e8) {
    throw new RangeError(`memleak: ${name}=${JSON.stringify(text)} is not a whole number from ${minimum}`);
  }
  return value;
}

// collector/node/src/snapshot.ts
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { arch, platform } from "node:os";
var COLLECTOR_NAME = "memleak-node";
var COLLECTOR_VERSION = "0.1.0";
function fileName(testId) {
  const stem = testId.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+|[._]+$/g, "").slice(0, 100) || "test";
  return `${stem}-${createHash("sha256").update(testId).digest("hex").slice(0, 12)}.json`;
}
function writeSnapshot(directory, document) {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, fileName(document.test.id));
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(document, null, 1) + "\n");
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
  return path;
}
function collectorInfo() {
  return { name: COLLECTOR_NAME, version: COLLECTOR_VERSION, runtime: `Node.js ${process.versions.node} (V8 ${process.versions.v8})`, platform: `${platform()}-${arch()}` };
}

// collector/node/src/index.ts
keepFramesForAttribution();
function leakTest(name, body, options = {}) {
  const file = callerFile();
  const register = options.test ?? nodeTest;
  register(name, async () => {
    await measureLeak(name, body, { ...options, ...file !== void 0 && { testFile: file } });
  });
}
async function measureLeak(name, body, options = {}) {
  const settings = resolveSettings(options);
  const root = process.cwd();
  const testFile = options.testFile !== void 0 ? posix(relative2(root, options.testFile)) : void 0;
  const id = testFile ? `${testFile}::${name}` : name;
  const result = await measure(body, settings, root);
  const failure = result.error === void 0 ? void 0 : result.error instanceof Error ? `${result.error.name}: ${result.error.message}` : String(result.error);
  const document = {
    format: "memleak-snapshot",
    version: 1,
    test: { id, name, ...testFile !== void 0 && { file: testFile } },
    collector: collectorInfo(),
    created_at: (/* @__PURE__ */ new Date()).toISOString(),
    config: {
      batches: settings.batches,
      batch_size: settings.batchSize,
      warmup: settings.warmup,
      expect_errors: settings.expectErrors,
      ...settings.allowBytesPerOp !== void 0 && { allow_bytes_per_op: settings.allowBytesPerOp },
      ...settings.allowTotalBytes !== void 0 && { allow_total_bytes: settings.allowTotalBytes }
    },
    root,
    phases: result.phases,
    outcome: failure === void 0 ? { status: "passed" } : { status: "failed", message: failure.slice(0, 65536) }
  };
  const path = writeSnapshot(settings.snapshotDir, document);
  if (result.error !== void 0) throw result.error;
  return path;
}
function callerFile() {
  const original2 = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_, frames2) => frames2;
    const frames = new Error().stack;
    for (const frame of frames) {
      const name = frame.getFileName();
      if (!name) continue;
      const path = name.startsWith("file://") ? fileURLToPath2(name) : name;
      if (isUserFile(path)) return originalFile(name, path, (frame.getLineNumber() ?? 1) - 1, (frame.getColumnNumber() ?? 1) - 1);
    }
    return void 0;
  } finally {
    Error.prepareStackTrace = original2;
  }
}
function posix(path) {
  return path.split(sep2).join("/");
}
export {
  leakTest,
  measureLeak
};
