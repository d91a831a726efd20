// collector/node/src/index.ts
import { test as nodeTest } from "node:test";
import { relative as relative2, sep as sep2 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";

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
function setMeasurementFlags() {
  for (const flag of ["--no-turbofan", "--no-maglev", ...STEADY_HEAP_FLAGS]) {
    try {
      setFlagsFromString(flag);
    } catch {
    }
  }
}

// collector/node/src/sampler.ts
import { Session as Session2 } from "node:inspector/promises";

// collector/node/src/sources.ts
import { findSourceMap } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, relative, sep } from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL as pathToFileURL2 } from "node:url";

// collector/node/src/script-maps.ts
import { Session } from "node:inspector";
import { SourceMap } from "node:module";
import { isAbsolute } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var mapUrls = /* @__PURE__ */ new Map();
var parsed = /* @__PURE__ */ new Map();
function scriptSourceMap(path) {
  if (!mapUrls.has(path)) {
    listScripts();
    if (!mapUrls.has(path)) mapUrls.set(path, "");
  }
  let map = parsed.get(path);
  if (map === void 0) {
    map = inlineMap(mapUrls.get(path), path);
    parsed.set(path, map);
  }
  return map ?? void 0;
}
function listScripts() {
  const session = new Session();
  session.connect();
  try {
    session.on("Debugger.scriptParsed", ({ params }) => {
      if (params.url) mapUrls.set(scriptKey(params.url), params.sourceMapURL ?? "");
    });
    session.post("Debugger.enable");
    session.post("Debugger.disable");
  } finally {
    session.disconnect();
  }
}
function scriptKey(url) {
  if (!url.startsWith("file://")) return url;
  try {
    return fileURLToPath(url);
  } catch {
    return url;
  }
}
function inlineMap(url, path) {
  const data = /^data:application\/json[^,]*?(;base64)?,/.exec(url);
  if (!data) return null;
  try {
    const body = url.slice(data[0].length);
    const payload = JSON.parse(data[1] ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body));
    const base = isAbsolute(path) ? pathToFileURL(path).href : path;
    const root = payload.sourceRoot ? `${payload.sourceRoot.replace(/\/?$/, "/")}` : "";
    const sources = payload.sources.map((source) => new URL(root + source, base).href);
    return new SourceMap({ ...payload, sources, sourceRoot: "" });
  } catch {
    return null;
  }
}

// collector/node/src/sources.ts
var COLLECTOR_DIR = dirname(fileURLToPath2(import.meta.url));
function framePath(url) {
  if (url.startsWith("file://")) {
    try {
      return fileURLToPath2(url);
    } catch {
      return void 0;
    }
  }
  return isAbsolute2(url) ? url : void 0;
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
  const map = findSourceMap(path) ?? findSourceMap(url) ?? (url.startsWith("file://") ? void 0 : findSourceMap(pathToFileURL2(path).href)) ?? scriptSourceMap(path);
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
  const shown = inside && !inside.startsWith("..") && !isAbsolute2(inside) ? inside : path;
  return shown.split(sep).join("/");
}

// collector/node/src/sampler.ts
var ESBUILD_HELPER = /^__(name|defProp|publicField|async|spreadValues|spreadProps|objRest|decorateClass|require|esm|commonJS|export|toESM|toCommonJS|copyProps|using|callDispose)$/;
var SAMPLING_INTERVAL = 256;
function scaled(size) {
  return size / (1 - Math.exp(-size / SAMPLING_INTERVAL));
}
var RetainedSampler = class {
  constructor(root) {
    this.root = root;
  }
  root;
  session = new Session2();
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
  /** The profile now (call after a full collection), each node with its owner. */
  async profile() {
    const { profile } = await this.session.post("HeapProfiler.getSamplingProfile");
    const nodes = /* @__PURE__ */ new Map();
    const stack = [{ node: profile.head, owner: void 0, collector: false }];
    while (stack.length) {
      const { node, owner, collector } = stack.pop();
      const here = this.frameOf(node.callFrame);
      const current = here === "collector" || !here ? owner : here;
      const ours = here === "collector" ? true : here ? false : collector;
      nodes.set(node.id, { ...current && { owner: current }, collector: ours, frame: node.callFrame, selfSize: node.selfSize });
      for (const child of node.children) stack.push({ node: child, owner: current, collector: ours });
    }
    return { nodes, samples: profile.samples };
  }
  /**
   * Bytes still alive per user function, keyed by its place (call after a full collection), and
   * the bytes no frame in the user's code allocated.
   */
  async retained() {
    const { nodes } = await this.profile();
    const sites = /* @__PURE__ */ new Map();
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
  async stop() {
    try {
      await this.session.post("HeapProfiler.stopSampling");
      await this.session.post("HeapProfiler.disable");
    } finally {
      this.session.disconnect();
    }
  }
  /** The user's function of a frame, 'collector' for this collector's own frames, undefined for any other. */
  frameOf(frame) {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    let site = this.places.get(key);
    if (site === void 0) {
      const path = framePath(frame.url);
      if (path && isCollectorFile(path)) site = "collector";
      else if (path && isUserFile(path) && !ESBUILD_HELPER.test(frame.functionName)) {
        const place = placeOf(frame.url, path, frame.lineNumber, frame.columnNumber, this.root);
        site = { key: `${place.file}:${place.line}`, place, function: frame.functionName || "(anonymous)", frame };
      } else site = null;
      this.places.set(key, site);
    }
    return site ?? void 0;
  }
};

// collector/node/src/statements.ts
import { runInThisContext } from "node:vm";
import { join } from "node:path";
var MARK_SLOTS = 600;
var MAX_MARKS_PER_FUNCTION = 200;
var MARKS = /* @__PURE__ */ Symbol.for("memleak.statement-marks");
var MARK_NAME = /^__memleak_mark_(\d+)$/;
var StatementMarks = class _StatementMarks {
  constructor(session) {
    this.session = session;
  }
  session;
  marks = [];
  /** Per function key: the ordinals of its marks as they ran, and which mark each was (ascending). */
  log = /* @__PURE__ */ new Map();
  kept = [];
  lastOrdinal = -1;
  /** Sets marks on every line of each function; call `release()` when done. */
  static async set(session, targets, root) {
    const marks = new _StatementMarks(session);
    try {
      await marks.place(targets, root);
    } catch (error) {
      await marks.release().catch(() => void 0);
      throw error;
    }
    return marks;
  }
  async place(targets, root) {
    const registry = Object.assign([], { kept: this.kept });
    globalThis[MARKS] = registry;
    await this.session.post("Debugger.enable", { maxScriptsCacheSize: 0 });
    for (const target of targets) {
      for (const { location, place } of await this.locationsOf(target.frame, root)) {
        const id = this.marks.length;
        this.marks.push({ target, ...place && { place } });
        registry[id] = markFunction(id);
        try {
          await this.session.post("Debugger.setBreakpoint", { location, condition: `(globalThis[Symbol.for('memleak.statement-marks')][${id}](globalThis[Symbol.for('memleak.statement-marks')].kept), false)` });
        } catch {
        }
      }
      this.log.set(target.key, { ordinals: [], marks: [] });
    }
  }
  /** Marks run since the last `record()`: their arrays are still held. */
  get pending() {
    return this.kept.length;
  }
  /**
   * What a profile read after a full collection holds, per statement of the marked functions
   * (per function elsewhere): records the marks among its samples, then frees their arrays
   * (later profiles will not hold them; the log does).
   */
  retained({ nodes, samples }) {
    this.record(samples, nodes);
    const sites = /* @__PURE__ */ new Map();
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
  record(samples, nodes) {
    const ran = [];
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
      const entry = this.log.get(mark.target.key);
      entry.ordinals.push(ordinal);
      entry.marks.push(id);
      this.lastOrdinal = ordinal;
    }
    this.kept.length = 0;
  }
  /** The statement an allocation of `target` with this ordinal was made by; the function's own place before any statement, or when it has no marks. */
  statementOf(target, ordinal) {
    const entry = this.log.get(target.key);
    if (!entry) return target.place;
    let low = 0;
    let high = entry.ordinals.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = low + high >> 1;
      if (entry.ordinals[middle] < ordinal) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found < 0 ? target.place : this.marks[entry.marks[found]].place ?? target.place;
  }
  async release() {
    this.kept.length = 0;
    delete globalThis[MARKS];
    await this.session.post("Debugger.disable");
  }
  /**
   * Where to mark a function: the first breakable place of each run of places on one line of the
   * user's source (a statement, an expression or a call: where V8 can stop; a loop's header
   * gets one again after its body) and every return (place undefined), in
   * the function itself, not in the functions nested in it. Lines are the source's, through its
   * source map: a compiler may put the whole function on one generated line (tsx does). Empty
   * when V8 cannot say (the function's script is gone).
   */
  async locationsOf(frame, root) {
    const path = framePath(frame.url);
    let locations;
    try {
      ({ locations } = await this.session.post("Debugger.getPossibleBreakpoints", {
        start: { scriptId: frame.scriptId, lineNumber: frame.lineNumber, columnNumber: frame.columnNumber },
        restrictToFunction: true
      }));
    } catch {
      return [];
    }
    if (!path) return [];
    const chosen = [];
    let previous = "";
    for (const location of locations) {
      if (location.type === "return") chosen.push({ location });
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
};
function markFunction(id) {
  return runInThisContext(`(function __memleak_mark_${id}(keep) { keep.push(new Array(${MARK_SLOTS})); })`, { filename: join(COLLECTOR_DIR, "statement-marks.js") });
}

// collector/node/src/measure.ts
var MAX_SITES = 200;
var SUSPECT_FLOOR_BYTES = 4 * SAMPLING_INTERVAL;
var MAX_SUSPECT_FUNCTIONS = 3;
var STATEMENT_BATCHES = 6;
var STATEMENT_BATCH_SECONDS = 0.25;
var MAX_MARKS_PER_BATCH = 5e3;
var STATEMENT_PHASE_SECONDS = 10;
var BodyError = class extends Error {
  constructor(cause) {
    super("the body threw");
    this.cause = cause;
  }
  cause;
};
async function measure(op, settings, root) {
  const gc = fullGc();
  const result = { phases: [] };
  const sampler = new RetainedSampler(root);
  await settle(gc);
  await sampler.start();
  try {
    const screen = new PhaseTable("screen", "verdict");
    result.phases.push(screen.phase);
    for (let i = 0; i < settings.warmup + settings.batches; i += 1) {
      screen.add(await runBatch(op, settings, settings.batchSize, i < settings.warmup, gc), await sampler.retained());
    }
    screen.finish();
    const suspects = screen.growing(settings.warmup, SUSPECT_FLOOR_BYTES).slice(0, MAX_SUSPECT_FUNCTIONS);
    if (suspects.length) result.phases.push(await statementsPhase(op, settings, suspects, sampler, root, gc));
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    result.error = error.cause;
  } finally {
    await sampler.stop();
  }
  return result;
}
async function statementsPhase(op, settings, suspects, sampler, root, gc) {
  const table = new PhaseTable("statements", "attribution");
  let marks;
  try {
    marks = await StatementMarks.set(sampler.session, suspects, root);
    const statements = marks;
    const read = async () => statements.retained(await sampler.profile());
    const started = performance.now();
    const probe = await runBatch(op, settings, 1, true, gc);
    const marksPerOp = Math.max(1, statements.pending);
    table.add(probe, await read());
    const sizeFor = (perOp2) => Math.max(1, Math.min(settings.batchSize, Math.floor(STATEMENT_BATCH_SECONDS / Math.max(perOp2, 1e-6)), Math.floor(MAX_MARKS_PER_BATCH / marksPerOp)));
    let perOp = probe.duration_s;
    for (let i = 0; i <= STATEMENT_BATCHES; i += 1) {
      const size = sizeFor(perOp);
      const elapsed = (performance.now() - started) / 1e3;
      if (elapsed + size * perOp > STATEMENT_PHASE_SECONDS) {
        table.phase.stopped = `the statements phase stopped after ${elapsed.toFixed(1)} s (its limit is ${STATEMENT_PHASE_SECONDS} s): ${marksPerOp} marked lines run per operation, ${(perOp * 1e3).toFixed(1)} ms per marked operation`;
        break;
      }
      const batch = await runBatch(op, settings, size, i === 0, gc);
      table.add(batch, await read());
      if (i === 0) perOp = batch.duration_s / size;
    }
  } catch (error) {
    if (error instanceof BodyError) throw error;
    table.phase.stopped = `the statements phase stopped: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await marks?.release().catch(() => void 0);
  }
  table.finish();
  return table.phase;
}
var PhaseTable = class {
  phase;
  seen = /* @__PURE__ */ new Map();
  constructor(name, role) {
    this.phase = { name, role, batches: [], sites: [], unattributed_bytes: [], sampling_interval_bytes: SAMPLING_INTERVAL };
  }
  add(batch, retained) {
    const i = this.phase.batches.length;
    let total = retained.unattributed;
    for (const [key, site] of retained.sites) {
      const entry = this.seen.get(key) ?? { fn: site.fn, record: { file: site.place.file, line: site.place.line, function: site.fn.function, ...site.place.code && { code: site.place.code }, sizes: new Array(i).fill(0) } };
      entry.record.sizes[i] = Math.round(site.bytes);
      total += site.bytes;
      this.seen.set(key, entry);
    }
    for (const { record } of this.seen.values()) if (record.sizes.length <= i) record.sizes[i] = 0;
    this.phase.unattributed_bytes.push(Math.round(retained.unattributed));
    this.phase.batches.push({ ...batch, traced_bytes: Math.round(total) });
  }
  /** Keeps the MAX_SITES largest sites at the end. */
  finish() {
    this.phase.sites = [...this.seen.values()].map(({ record }) => record).sort((a, b) => b.sizes.at(-1) - a.sizes.at(-1)).slice(0, MAX_SITES);
  }
  /** The user functions that grew by at least `floor` bytes from the first judged batch to the last, the most first. */
  growing(warmup, floor) {
    const last = this.phase.batches.length - 1;
    if (last - warmup < 1) return [];
    return [...this.seen.values()].map(({ record, fn }) => ({ fn, growth: record.sizes[last] - record.sizes[warmup] })).filter(({ growth }) => growth >= floor).sort((a, b) => b.growth - a.growth).map(({ fn }) => fn);
  }
};
async function runBatch(op, settings, operations, warmup, gc) {
  let errors = 0;
  const types = {};
  const started = performance.now();
  for (let i = 0; i < operations; i += 1) {
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
    operations,
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
import { join as join2 } from "node:path";
import { arch, platform } from "node:os";
var COLLECTOR_NAME = "memleak-node";
var COLLECTOR_VERSION = "0.1.0";
function fileName(testId) {
  const stem = testId.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+|[._]+$/g, "").slice(0, 100) || "test";
  return `${stem}-${createHash("sha256").update(testId).digest("hex").slice(0, 12)}.json`;
}
function writeSnapshot(directory, document) {
  mkdirSync(directory, { recursive: true });
  const path = join2(directory, fileName(document.test.id));
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
  return { name: COLLECTOR_NAME, version: COLLECTOR_VERSION, runtime: `Node.js ${process.versions.node} (V8 ${process.versions.v8})`, platform: `${platform()}-${arch()}`, heap: "js" };
}

// collector/node/src/index.ts
setMeasurementFlags();
function leakTest(name, body, options = {}) {
  const file = callerFile();
  if (options.test === void 0 && "__vitest_worker__" in globalThis) {
    throw new Error(`memleak: leakTest(${JSON.stringify(name)}) runs under Vitest: import { leakTest } from 'memleak-action/collector/vitest'`);
  }
  const register = options.test ?? nodeTest;
  register(name, async (...context) => {
    await measureLeak(fullName(context[0]) ?? name, body, { ...options, ...file !== void 0 && { testFile: file } });
  });
}
function fullName(context) {
  const given = context;
  const name = given?.fullName ?? given?.task?.fullTestName;
  return typeof name === "string" && name !== "" ? name : void 0;
}
var measuredIds = /* @__PURE__ */ new Map();
function uniqueId(id) {
  const seen = (measuredIds.get(id) ?? 0) + 1;
  measuredIds.set(id, seen);
  if (seen === 1) return id;
  const unique = `${id} [${seen}]`;
  process.stderr.write(`memleak: ${seen} leak tests are named ${JSON.stringify(id)}: this one is reported as ${JSON.stringify(unique)}; give each a name of its own
`);
  return unique;
}
async function measureLeak(name, body, options = {}) {
  const settings = resolveSettings(options);
  const root = process.cwd();
  const file = options.testFile ?? callerFile();
  const testFile = file !== void 0 ? posix(relative2(root, file)) : void 0;
  const id = uniqueId(testFile ? `${testFile}::${name}` : name);
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
  if (result.error !== void 0) {
    process.stderr.write(`memleak: an operation of ${JSON.stringify(id)} threw, so it was not measured to the end; if the operation is meant to fail, pass expectErrors: true to count its errors and measure the error path
`);
    throw result.error;
  }
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
      const path = name.startsWith("file://") ? fileURLToPath3(name) : name;
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
