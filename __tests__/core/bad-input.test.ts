import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index.js';
import { fileOf, linear, snapshotOf } from '../helpers/snapshots.js';

const now = new Date('2026-11-21T00:00:00Z');

test('bad files are reported by file and pointer while every good file is still analysed', () => {
  const good = fileOf({ id: 'tests/test_a.py::test_ok', traced: linear(10, 1e6, 0) });
  const wrongType = snapshotOf({ id: 'x', traced: linear(10, 0, 0) }) as { phases: { batches: { traced_bytes: unknown }[] }[] };
  wrongType.phases[0]!.batches[3]!.traced_bytes = 'lots';
  const absurd = snapshotOf({ id: 'y', traced: linear(10, 0, 0) }) as { phases: { batches: { operations: number }[] }[] };
  absurd.phases[0]!.batches[0]!.operations = -5;
  const missing = snapshotOf({ id: 'z', traced: linear(10, 0, 0) }) as { test?: unknown };
  delete missing.test;
  const report = analyze(
    [
      { file: 'snaps/not-json.json', text: 'hello' },
      { file: 'snaps/truncated.json', text: good.text.slice(0, good.text.length / 2) },
      { file: 'snaps/wrong-type.json', text: JSON.stringify(wrongType) },
      { file: 'snaps/absurd.json', text: JSON.stringify(absurd) },
      { file: 'snaps/missing.json', text: JSON.stringify(missing) },
      { file: 'snaps/other.json', text: JSON.stringify({ hello: 'world' }) },
      good,
      { ...good, file: 'snaps/duplicate.json' },
    ],
    { now },
  );
  assert.deepEqual(report.tests.map((t) => t.id), ['tests/test_a.py::test_ok']);
  const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p]));
  assert.match(byFile['snaps/not-json.json']!.message, /not valid JSON/);
  assert.match(byFile['snaps/truncated.json']!.message, /truncated/);
  assert.equal(byFile['snaps/wrong-type.json']!.pointer, '/phases/0/batches/3/traced_bytes');
  assert.equal(byFile['snaps/absurd.json']!.pointer, '/phases/0/batches/0/operations');
  assert.equal(byFile['snaps/missing.json']!.pointer, '/test');
  assert.equal(byFile['snaps/other.json']!.pointer, '/format');
  assert.match(byFile['snaps/duplicate.json']!.message, /already read from/);
  for (const problem of report.problems) assert.doesNotMatch(problem.message, /\n\s+at /, 'no stack traces');
});

test('a site whose sizes do not match the batches is left out with a pointer, the test still judged', () => {
  const snapshot = snapshotOf({ id: 'a', traced: linear(10, 0, 0), sites: [{ file: 'app.py', line: 1, sizes: [1, 2, 3] }] });
  const report = analyze([{ file: 's.json', text: JSON.stringify(snapshot) }], { now });
  assert.equal(report.tests[0]!.verdict, 'ok');
  assert.equal(report.problems[0]!.pointer, '/phases/0/sites/0/sizes');
});

test('LiteLLM-style snapshot files are read unchanged, with absolute paths made relative', () => {
  const root = '/home/ci/project';
  const entries: { batch: number; request: number; current_mb: number; peak_mb: number; had_error: boolean; top_consumers?: unknown[] }[] = [];
  for (let batch = 0; batch < 8; batch++) {
    for (let request = 0; request < 50; request++) {
      entries.push({ batch, request, current_mb: 10 + batch * 0.5 + request * 0.01, peak_mb: 12, had_error: false });
    }
    entries.at(-1)!.top_consumers = [
      { file: `  File "${root}/litellm/router.py", line 88`, size_mb: 0.2 + batch * 0.4, count: 10 * batch },
      { file: `  File "/usr/lib/python3.11/json/decoder.py", line 353`, size_mb: 0.3, count: 5 },
    ];
  }
  const report = analyze([{ file: 'memory_snapshots/Router acompletion.json', text: JSON.stringify(entries) }], { now, root });
  const result = report.tests[0]!;
  assert.equal(result.id, 'Router acompletion');
  assert.equal(result.verdict, 'leak');
  assert.equal(result.batches, 7, 'the first batch is warm-up');
  assert.deepEqual(result.sources.map((s) => `${s.file}:${s.line}`), ['litellm/router.py:88']);
});
