// What keeps each leak of the bundled example project (examples/python-app): the retainer of its
// top source is the container the app keeps the leaked objects in, and object growth and cycles
// appear for the patterns that have them. Real pytest, real tracemalloc and gc, the bundled CLI.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE, testName } from '../helpers/example-truth.js';
import type { Report, TestResult } from '../../src/core/index.js';

/** The container each leak lives in, as `path (type) ← root`; from the example's source. */
const KEPT_BY: Record<string, string> = {
  test_leak_unbounded_session_cache: 'SessionStore._sessions (dict) ← object app.sessions.SessionStore',
  test_leak_listener_never_removed: "OrderService._bus._listeners['payment.settled'] (list) ← object app.orders.OrderService",
  test_leak_closure_in_global_list: 'app.client._shutdown_hooks (list) ← module app.client',
  test_leak_class_registry_in_init: 'app.jobs.Job.registry (list) ← class app.jobs.Job',
  test_leak_logger_per_request: 'logging.Logger.manager.loggerDict (dict) ← class logging.Logger',
  test_leak_error_path_dead_letters: 'IngestHandler.dead_letters (list) ← object app.handlers.IngestHandler',
  test_leak_slow_deprecation_notes: 'DeprecationTracker._notes (list) ← object app.deprecations.DeprecationTracker',
  test_leak_module_metrics_buffer: 'app.metrics._latency_samples (list) ← module app.metrics',
  test_leak_lru_cache_keyed_by_self: 'app.pricing.Quoter.quote (lru_cache) ← class app.pricing.Quoter',
  test_leak_thread_local_stack: 'app.context._local.breadcrumbs (list) ← module app.context',
  test_leak_growing_string_buffer: 'AuditLog._buffer (str) ← object app.audit.AuditLog',
  test_leak_flask_audit_trail: 'app.web.AUDIT_TRAIL (list) ← module app.web',
  test_leak_api_quote_log: 'app.api.QUOTE_LOG (list) ← module app.api',
  test_leak_orm_identity_map: 'app.catalogue._loaded (dict) ← module app.catalogue',
  test_leak_template_etags: 'app.invoices._etags (dict) ← module app.invoices',
  test_leak_journal_batch_size_one: 'app.journal._keep (list) ← module app.journal',
  test_leak_cached_exception_reraised: 'app.rates._outage (app.rates.RatesUnavailable) ← module app.rates',
};

let tests: Map<string, TestResult>;
let terminal: string;

before(async () => {
  const out = await mkdtemp(join(tmpdir(), 'memleak-retainers-'));
  const selected = [...Object.keys(KEPT_BY), 'test_clean_cycles_with_finalizer', 'test_clean_pure_computation'].join(' or ');
  const result = await runCli(['run', '--cwd', EXAMPLE, '--out', out, '--snapshot-dir', join(out, 'snapshots'), '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests', '-k', selected]);
  assert.ok(result.status === 1, `memleak run should find leaks and exit 1, got ${result.status}:\n${result.stderr.slice(-3000)}`);
  const report: Report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
  tests = new Map(report.tests.map((t) => [testName(t.id), t]));
  terminal = result.stdout;
});

test("each leak's top source names the container that keeps it", () => {
  const wrong: string[] = [];
  for (const [name, expected] of Object.entries(KEPT_BY)) {
    const found = tests.get(name);
    if (!found) {
      wrong.push(`${name}: not measured (a test-only extra missing from the interpreter?)`);
      continue;
    }
    const retainer = found.sources[0]?.retainer;
    const shown = retainer ? `${retainer.path} (${retainer.type}) ← ${retainer.root}` : 'none';
    if (shown !== expected) wrong.push(`${name}: ${shown}, expected ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

test('the terminal shows what keeps the leak under its reason', () => {
  assert.match(terminal, /app\/jobs\.py:14 kept by app\.jobs\.Job\.registry \(list\) ← class app\.jobs\.Job/);
  assert.match(terminal, /app\/pricing\.py:33 kept by app\.pricing\.Quoter\.quote \(lru_cache\)/);
});

test('object growth lists the types each leak keeps per operation', () => {
  const kept = (name: string) => new Map((tests.get(name)?.object_growth ?? []).map((entry) => [entry.type, entry]));
  // One Session per call, one Job per call, one Logger per call: each exactly once per operation.
  for (const [name, type] of [['test_leak_unbounded_session_cache', 'app.sessions.Session'], ['test_leak_class_registry_in_init', 'app.jobs.Job'], ['test_leak_logger_per_request', 'logging.Logger']]) {
    const entry = kept(name!).get(type!);
    assert.ok(entry, `${name} keeps ${type}: ${JSON.stringify(tests.get(name!)?.object_growth)}`);
    assert.equal(entry.count_per_op, 1, `${name}: ${type} per operation`);
    assert.ok((entry.bytes_per_op ?? 0) >= 40, `${name}: ${type} bytes per operation`);
  }
  assert.ok(kept('test_leak_listener_never_removed').has('functools.partial'));
  assert.ok(kept('test_leak_closure_in_global_list').has('function'));
  // Nothing was suspect, so no confirm phase and no object types.
  assert.equal(tests.get('test_clean_pure_computation')?.object_growth, undefined);
});

test('cycles freed by the collector are counted for the pattern that makes them, and only there', () => {
  const cycles = tests.get('test_clean_cycles_with_finalizer')?.cycles;
  assert.ok(cycles && cycles.collected_per_op >= 2, `document and page cycles: ${JSON.stringify(cycles)}`);
  assert.equal(cycles.uncollectable, 0);
  assert.equal(tests.get('test_clean_pure_computation')?.cycles, undefined);
  assert.equal(tests.get('test_leak_journal_batch_size_one')?.cycles, undefined);
});
