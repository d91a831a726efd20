// decideStatus: the one place that says pass or fail. A run whose tests could not all be judged,
// or whose test command failed, must never read as a plain pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideStatus, failureCauses, statusDetail, statusHeadline } from '../../src/core/status.js';
import { analyze, compare, parseReport } from '../../src/core/index.js';
import { report, testResult } from '../helpers/report-builder.js';
import { fileOf, linear } from '../helpers/snapshots.js';

const ok = testResult({ id: 'tests/test_a.py::test_ok' });
const leak = testResult({ id: 'tests/test_a.py::test_leak', verdict: 'leak' });
const inconclusive = testResult({ id: 'tests/test_a.py::test_short', verdict: 'inconclusive', reason: 'too short to decide: 3 judged batches, at least 4 are needed (raise batches)' });
const error = testResult({ id: 'tests/test_b.py::test_broken', verdict: 'error', reason: 'the test did not run to the end: boom' });

test('inconclusive and error tests pass by default, but the reason names them and says they were not counted', () => {
  const status = decideStatus([ok, inconclusive, error], { failOn: 'new-leak' });
  assert.equal(status.status, 'pass');
  assert.equal(
    status.status_reason,
    'no test leaks; 2 test(s) could not be judged (1 inconclusive, 1 error: tests/test_a.py::test_short, tests/test_b.py::test_broken); fail-on-inconclusive is off, so they do not fail the run',
  );
});

test('fail-on-inconclusive fails on inconclusive and on error tests, whatever the leak policy', () => {
  for (const failOn of ['new-leak', 'any-leak', 'never'] as const) {
    for (const unjudged of [inconclusive, error]) {
      const status = decideStatus([ok, unjudged], { failOn, failOnInconclusive: true });
      assert.equal(status.status, 'fail', `${failOn}, ${unjudged.verdict}`);
      assert.match(status.status_reason, /^1 test\(s\) could not be judged \(1 (inconclusive|error): tests\/test_.\.py::test_\w+\) \(fail-on-inconclusive\)/);
    }
  }
  assert.equal(decideStatus([ok], { failOn: 'new-leak', failOnInconclusive: true }).status, 'pass', 'nothing to count: a pass');
});

test('a failed test command fails the run, even with fail-on never, and leads the reason', () => {
  const status = decideStatus([ok], { failOn: 'never' }, { exit_code: 1 });
  assert.equal(status.status, 'fail');
  assert.match(status.status_reason, /^tests failed: the test command exited with status 1, so some tests failed or could not run/);
  assert.equal(decideStatus([ok], { failOn: 'new-leak' }, { exit_code: 0 }).status, 'pass', 'a command that exited 0 changes nothing');
});

test('the causes come most urgent first: a counted leak, then the command, then unjudged tests', () => {
  const tests = [leak, inconclusive];
  const settings = { fail_on: 'any-leak' as const, fail_on_inconclusive: true, thresholds: report([]).settings.thresholds };
  assert.deepEqual(failureCauses({ tests, settings, command: { exit_code: 2 } }), ['leak', 'command', 'unjudged']);
  const reason = decideStatus(tests, { failOn: 'any-leak', failOnInconclusive: true }, { exit_code: 2 }).status_reason;
  assert.match(reason, /^1 test\(s\) leak \(fail-on: any-leak\); tests failed: .*; 1 test\(s\) could not be judged/);
  assert.deepEqual(failureCauses({ tests, settings: { ...settings, fail_on: 'never', fail_on_inconclusive: false } }), []);
  // A report written before fail_on_inconclusive existed: the setting counts as off.
  assert.deepEqual(failureCauses({ tests: [inconclusive], settings: { fail_on: 'new-leak', thresholds: settings.thresholds } }), []);
});

test('the reason stays within the schema limit with many unjudged tests, naming three and counting the rest', () => {
  const many = Array.from({ length: 40 }, (_, index) => ({ ...inconclusive, id: `tests/test_${'x'.repeat(300)}.py::test_${index}` }));
  const { status_reason } = decideStatus(many, { failOn: 'new-leak' });
  assert.ok(status_reason.length <= 2000, `${status_reason.length}`);
  assert.match(status_reason, /, and 37 more\)/);
});

test('headline and detail: never a plain pass when tests were not judged or the command failed', () => {
  const words = { pass: 'PASS', fail: 'FAIL' };
  assert.equal(statusHeadline(report([ok]), words), 'PASS');
  assert.equal(statusHeadline(report([ok, inconclusive, inconclusive, error]), words), 'PASS, 2 inconclusive, 1 error');
  assert.equal(statusHeadline({ ...report([error]), status: 'fail' }, words), 'FAIL, 1 error');
  assert.equal(statusDetail(report([ok, inconclusive])), 'no leaks in 2 tests');
  assert.equal(statusDetail({ ...report([ok]), command: { exit_code: 4 } }), 'the test command failed (exit status 4)');
});

test('analyze and compare record the policy and the command, and the report stays valid', () => {
  const now = new Date('2026-11-21T09:00:00Z');
  // Three judged batches: fewer than min_batches (4), so inconclusive.
  const files = [fileOf({ id: 'tests/test_a.py::test_short', traced: linear(3, 1e6, 0) }), fileOf({ id: 'tests/test_a.py::test_ok', traced: linear(8, 1e6, 0) })];
  const head = analyze(files, { now, failOnInconclusive: true, command: { exit_code: 0 } });
  assert.equal(head.summary.inconclusive, 1);
  assert.equal(head.status, 'fail');
  assert.deepEqual({ fail_on: head.settings.fail_on, fail_on_inconclusive: head.settings.fail_on_inconclusive }, { fail_on: 'new-leak', fail_on_inconclusive: true });
  assert.deepEqual(head.command, { exit_code: 0 });
  const problemsOf = (value: unknown) => parseReport({ file: 'report.json', text: JSON.stringify(value) }).problems;
  assert.deepEqual(problemsOf(head), []);
  assert.match(problemsOf({ ...head, settings: { ...head.settings, fail_on_inconclusive: 'yes' } })[0]?.message ?? '', /fail_on_inconclusive must be boolean/);
  // compare keeps the head's setting unless told otherwise, and carries its command along.
  assert.equal(compare(null, head, { now }).status, 'fail');
  assert.equal(compare(null, head, { now, failOnInconclusive: false }).status, 'pass');
  const failedCommand = analyze(files, { now, command: { exit_code: 1 } });
  assert.equal(compare(head, failedCommand, { now }).status, 'fail', 'a comparison does not turn failed tests into a pass');
  // An old report, without fail_on_inconclusive or command, is still valid.
  const { fail_on_inconclusive: _dropped, ...oldSettings } = head.settings;
  const { command: _command, ...old } = { ...head, settings: oldSettings };
  assert.deepEqual(problemsOf(old), []);
  assert.equal(compare(null, old, { now }).status, 'pass');
});
