// Reading and validating the inputs, and the contract between action.yml and the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readInputs, InputError } from '../../src/action/inputs.js';
import { Input, Output } from '../../src/action/constants.js';

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
/** Inputs as the runner passes them: action.yml's defaults, then the workflow's `with:`. */
const withDefaults = (given: Record<string, string>) => (name: string) =>
  (given[name] ?? (actionYml.inputs[name]?.default ?? '').replace('${{ github.token }}', 'ghs_token')).trim();

test('action.yml declares exactly the inputs and outputs the code reads and writes, and runs on node24', () => {
  assert.deepEqual(Object.keys(actionYml.inputs).sort(), Object.values(Input).sort());
  assert.deepEqual(Object.keys(actionYml.outputs).sort(), Object.values(Output).sort());
  assert.deepEqual(actionYml.runs, { using: 'node24', main: 'dist/index.js' });
});

test("action.yml's defaults give a working configuration", () => {
  const inputs = readInputs(withDefaults({ command: 'pytest tests' }));
  assert.equal(inputs.mode, 'run');
  assert.equal(inputs.workingDirectory, '.');
  assert.equal(inputs.snapshotDir, 'memory_snapshots');
  assert.equal(inputs.baseline, 'artifact');
  assert.equal(inputs.failOn, 'new-leak');
  assert.equal(inputs.failOnInconclusive, false);
  assert.equal(inputs.comment, 'always');
  assert.equal(inputs.commentAuthor, 'github-actions[bot]');
  assert.equal(inputs.checkRun, true);
  assert.equal(inputs.token, 'ghs_token');
  assert.deepEqual(inputs.thresholds, {});
  assert.deepEqual(inputs.collector, {});
});

test('every mistake is reported at once, naming the valid options', () => {
  assert.throws(
    () => readInputs(withDefaults({ 'fail-on': 'sometimes', comment: 'loud', baseline: 'service', batches: '2', 'min-bytes-per-op': '-1', 'check-run': 'yes' })),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      const text = error.message;
      assert.match(text, /command: required in mode "run"/);
      assert.match(text, /fail-on: "sometimes" is not one of "new-leak", "any-leak", "never"/);
      assert.match(text, /comment: "loud" is not one of "always", "on-leak", "never"/);
      assert.match(text, /service-url: required with baseline "service"/);
      assert.match(text, /batches: "2" is not a whole number from 3 to 100000/);
      assert.match(text, /min-bytes-per-op: "-1" is not a number ≥ 0/);
      assert.match(text, /check-run: "yes" is not "true" or "false"/);
      assert.equal(error.problems.length, 7);
      return true;
    },
  );
});

test('fail-on-inconclusive is a true/false input of its own; fail-on refuses a list and points to it', () => {
  assert.equal(readInputs(withDefaults({ command: 'pytest', 'fail-on': 'any-leak', 'fail-on-inconclusive': 'true' })).failOnInconclusive, true);
  assert.throws(
    () => readInputs(withDefaults({ command: 'pytest', 'fail-on': 'new-leak,inconclusive', 'fail-on-inconclusive': 'always' })),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.deepEqual(error.problems, [
        'fail-on: "new-leak,inconclusive" is not one of "new-leak", "any-leak", "never"; tests that could not be judged have their own input, fail-on-inconclusive: true',
        'fail-on-inconclusive: "always" is not "true" or "false"',
      ]);
      return true;
    },
  );
});

test('the service URL must be https, or http to this machine only: the token travels with it', () => {
  const base = { command: 'pytest', baseline: 'service' };
  assert.throws(() => readInputs(withDefaults({ ...base, 'service-url': 'http://memleak.example.com' })), /service-url: must use https/);
  assert.equal(readInputs(withDefaults({ ...base, 'service-url': 'https://memleak.example.com/' })).service?.url, 'https://memleak.example.com');
  assert.equal(readInputs(withDefaults({ ...base, 'service-url': 'http://127.0.0.1:8080' })).service?.url, 'http://127.0.0.1:8080');
});

test('thresholds and collector settings are passed on; publish mode needs no command', () => {
  const inputs = readInputs(withDefaults({ mode: 'publish', 'min-bytes-per-op': '64', 'min-total-bytes': '1000', batches: '8', 'batch-size': '50', warmup: '1', key: 'linux' }));
  assert.equal(inputs.mode, 'publish');
  assert.deepEqual(inputs.thresholds, { min_bytes_per_op: 64, min_total_bytes: 1000 });
  assert.deepEqual(inputs.collector, { batches: 8, batchSize: 50, warmup: 1 });
  assert.equal(inputs.key, 'linux');
});
