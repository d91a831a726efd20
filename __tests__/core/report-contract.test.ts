// Everything the analyser writes validates against its own schema, whatever it reads: generated
// snapshots of both formats, at the edges of every bound and mutated (out of range, wrong type,
// missing fields, broken JSON, odd names, bad traceback lines), from a seeded generator so a
// failure names the seed that reproduces it. Each report is written as JSON, read back the way
// `memleak compare` reads it, and compared; every mutated file is refused or accepted as its
// mutation says, with the exact JSON pointer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, compare, parseReport, type Report } from '../../src/core/index.js';
import { validateReport } from '../../src/core/validate.js';
import { brokenExpectations, generateCase, inexactPointers, MUTATION_NAMES } from '../helpers/fuzz.js';

const CASES = 400;
const FIRST_SEED = 20261129;
const now = new Date('2026-11-29T12:00:00Z');

function schemaErrors(report: Report): string | undefined {
  // Through JSON, as the report is written: NaN and Infinity would become null here and fail.
  const written = JSON.parse(JSON.stringify(report)) as unknown;
  return validateReport(written) ? undefined : JSON.stringify(validateReport.errors?.slice(0, 3)).slice(0, 600);
}

test(`${CASES} generated and mutated snapshot sets: every report validates, reads back and compares`, () => {
  const seen = new Map<string, number>();
  for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
    const sample = generateCase(seed);
    for (const { mutation } of sample.expectations.values()) seen.set(mutation, (seen.get(mutation) ?? 0) + 1);
    const report = analyze(sample.files, { now, ...(sample.root && { root: sample.root }) });
    assert.equal(schemaErrors(report), undefined, `seed ${seed}: the analysed report breaks report.v1`);

    const written = JSON.stringify(report, null, 2);
    const back = parseReport({ file: 'report.json', text: written });
    assert.deepEqual(back.problems, [], `seed ${seed}: compare cannot read the report back`);
    assert.equal(schemaErrors(compare(null, back.report!, { now })), undefined, `seed ${seed}: compared without a baseline`);
    assert.equal(schemaErrors(compare(back.report!, back.report!, { now, baseline: { source: 'x'.repeat(500), reason: 'y'.repeat(5000) } })), undefined, `seed ${seed}: compared with itself`);

    assert.deepEqual(brokenExpectations(report, sample.files, sample.expectations), [], `seed ${seed}`);
    assert.deepEqual(inexactPointers(report.problems, sample.files), [], `seed ${seed}`);
  }
  // The generator must actually reach every mutation, or the test proves less than it says.
  for (const name of [...MUTATION_NAMES, 'none', 'duplicate']) assert.ok((seen.get(name) ?? 0) >= 5, `mutation ${name} ran ${seen.get(name) ?? 0} times`);
});
