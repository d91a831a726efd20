// The bounds a request body must meet before anything recursive touches it (unit tests of
// src/service/http/report-body.ts; the API tests send the same through HTTP on both databases).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonBoundsProblem } from '../../src/service/http/report-body.js';
import { MAX_JSON_DEPTH, MAX_NUMBER } from '../../src/service/limits.js';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

test('depth: the bound itself passes, one more is refused at the deepest container', () => {
  assert.equal(jsonBoundsProblem(nested(MAX_JSON_DEPTH)), null);
  const problem = jsonBoundsProblem(nested(MAX_JSON_DEPTH + 1));
  assert.equal(problem?.pointer, '/0'.repeat(MAX_JSON_DEPTH));
  assert.match(problem?.message ?? '', /nested deeper than 64 levels/);
});

test('a million levels are walked without recursion', () => {
  assert.equal(jsonBoundsProblem(nested(1_000_000))?.pointer, '/0'.repeat(MAX_JSON_DEPTH));
});

test('numbers: finite and within the safe-integer range, anywhere, pointers escaped', () => {
  for (const ok of [0, -0, 1.5e-300, MAX_NUMBER, -MAX_NUMBER]) assert.equal(jsonBoundsProblem({ a: [ok] }), null, String(ok));
  assert.deepEqual(jsonBoundsProblem(1e20), { pointer: '', message: `number out of range: must be finite and within ±${MAX_NUMBER}` });
  assert.equal(jsonBoundsProblem(JSON.parse('{"a/b": {"c~d": [1, 2, 1e400]}}'))?.pointer, '/a~1b/c~0d/2');
  assert.equal(jsonBoundsProblem({ x: [{ y: MAX_NUMBER + 2 }] })?.pointer, '/x/0/y');
  assert.equal(jsonBoundsProblem({ first: -1e19, second: 1e19 })?.pointer, '/first', 'siblings are checked in document order');
});
