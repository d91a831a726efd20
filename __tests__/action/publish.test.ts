// The publishers: sticky comment, check run with annotations, inline review comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentMarker, upsertComment } from '../../src/action/comment.js';
import { annotationsFor, checkRunName, publishCheckRun, unjudgedAnnotations } from '../../src/action/check-run.js';
import { addedLines, publishReviewComments } from '../../src/action/review.js';
import { leakLocations } from '../../src/action/leak-locations.js';
import { MemoryGitHub } from './support/memory-github.js';
import { renderMarkdown } from '../../src/core/render/index.js';
import { report, source, testResult } from '../helpers/report-builder.js';

const marker = commentMarker('CI', '');

test('the sticky comment is created once and then updated in place', async () => {
  const github = new MemoryGitHub();
  const first = await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `one\n${marker}`, createIfMissing: true });
  const second = await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `two\n${marker}`, createIfMissing: true });
  assert.equal(first?.action, 'created');
  assert.equal(second?.action, 'updated');
  assert.equal(second?.url, first?.url);
  assert.equal(github.comments.length, 1);
  assert.match(github.comments[0]!.body, /^two/);
});

test("a marker pasted by someone else is not taken for ours; another workflow's or key's comment is left alone", async () => {
  const github = new MemoryGitHub();
  github.comments.push({ id: 1, issueNumber: 5, body: `forged ${marker}`, authorLogin: 'mallory', authorType: 'User', htmlUrl: 'u1', nodeId: 'IC_1' });
  github.comments.push({ id: 2, issueNumber: 5, body: commentMarker('CI', 'linux'), authorLogin: 'github-actions[bot]', authorType: 'Bot', htmlUrl: 'u2', nodeId: 'IC_2' });
  await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `ours ${marker}`, createIfMissing: true });
  assert.equal(github.comments.length, 3);
  assert.match(github.comments[0]!.body, /^forged/);
  assert.equal(github.comments[1]!.body, commentMarker('CI', 'linux'));
});

test('with createIfMissing false (comment: on-leak without leaks) nothing is created, but an existing comment is updated', async () => {
  const github = new MemoryGitHub();
  assert.equal(await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: 'x', createIfMissing: false }), undefined);
  assert.equal(github.comments.length, 0);
  await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `leak ${marker}`, createIfMissing: true });
  await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `fixed ${marker}`, createIfMissing: false });
  assert.match(github.comments[0]!.body, /^fixed/);
});

test('two runs racing to create the comment end with one: the later run writes into the oldest', async () => {
  const github = new MemoryGitHub();
  // Another run creates its comment between our look-up and our creation.
  github.beforeCreateComment = () => {
    github.beforeCreateComment = undefined;
    github.comments.push({ id: 1, issueNumber: 5, body: `other run ${marker}`, authorLogin: 'github-actions[bot]', authorType: 'Bot', htmlUrl: 'u1', nodeId: 'IC_1' });
  };
  const result = await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `this run ${marker}`, createIfMissing: true });
  assert.deepEqual(result, { url: 'u1', action: 'updated' });
  assert.deepEqual(github.comments.map((comment) => [comment.id, comment.body]), [[1, `this run ${marker}`]]);
});

test('a sticky comment someone hid (minimized) is left alone; the report goes into a new one', async () => {
  const github = new MemoryGitHub();
  const first = await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `one ${marker}`, createIfMissing: true });
  github.minimized.add(github.comments[0]!.nodeId);
  const second = await upsertComment(github, { issueNumber: 5, marker, author: 'github-actions[bot]', body: `two ${marker}`, createIfMissing: true });
  assert.equal(second?.action, 'created');
  assert.notEqual(second?.url, first?.url);
  assert.deepEqual(github.comments.map((comment) => comment.body), [`one ${marker}`, `two ${marker}`]);
});

test('a marker cannot be closed early by a workflow or key name', () => {
  assert.equal(commentMarker('a --> b', 'k-->'), '<!-- memleak-action:comment workflow=a%20%2D-%3E%20b key=k%2D-%3E -->');
  // `--` may not appear inside an HTML comment at all: the renderer refuses such a marker.
  const marker = commentMarker('CI -- leaks', 'x--y');
  assert.doesNotMatch(marker.slice(4, -3), /--/);
  assert.doesNotThrow(() => renderMarkdown(report([testResult()]), { now: new Date(), marker }));
  assert.equal(commentMarker('memleak-ci', 'py-3'), '<!-- memleak-action:comment workflow=memleak-ci key=py-3 -->', 'single dashes keep the marker unchanged');
});

test('more than 50 annotations are sent 50 per request: the rest by PATCH', async () => {
  const github = new MemoryGitHub();
  const tests = Array.from({ length: 120 }, (_, index) => testResult({ id: `t${index}`, verdict: 'leak', change: 'new-leak', sources: [source({ line: index + 1 })] }));
  const leaking = report(tests);
  const annotations = annotationsFor(leakLocations(leaking, '.'), true);
  await publishCheckRun(github, { name: checkRunName('linux'), headSha: 'abc', report: leaking, summary: 's', annotations });
  const [check] = github.checkRuns;
  assert.equal(check?.name, 'memleak (linux)');
  assert.equal(check?.conclusion, 'failure');
  assert.deepEqual(check?.outputs.map((output) => output.annotations?.length), [50, 50, 20]);
  assert.equal(new Set(check?.outputs.flatMap((output) => output.annotations ?? []).map((annotation) => annotation.start_line)).size, 120);
  assert.equal(check?.outputs[0]?.annotations?.[0]?.annotation_level, 'failure');
});

test('annotation messages (plain text) show invisible characters of a test id as U+FFFD', () => {
  const leaking = report([testResult({ id: 'tests/test_a.py::test_\u3164pay\u00ad', verdict: 'leak', change: 'new-leak', sources: [source()] })]);
  const [annotation] = annotationsFor(leakLocations(leaking, '.'), true);
  assert.match(annotation!.message, /^tests\/test_a\.py::test_\ufffdpay\ufffd retains /);
});

test('the check fails, never passes silently, when the step failed for another reason than a leak', async () => {
  const github = new MemoryGitHub();
  const clean = report([testResult()]);
  await publishCheckRun(github, { name: 'memleak', headSha: 'abc', report: clean, summary: 's', annotations: [] });
  await publishCheckRun(github, { name: 'memleak', headSha: 'abc', report: report([]), summary: 's', annotations: [], stepFailures: ['No leak test was measured: no snapshot was written.'] });
  assert.deepEqual(github.checkRuns.map((check) => check.conclusion), ['success', 'failure']);
  assert.equal(github.checkRuns[1]?.outputs[0]?.title, 'Failed: No leak test was measured: no snapshot was written.');
});

test('annotations point at repository paths: the working directory is prefixed, outside files are left out', () => {
  const leaking = report([testResult({ verdict: 'leak', change: 'new-leak', sources: [source({ file: 'app/cache.py', line: 3 }), source({ file: '/usr/lib/python3/x.py' }), source({ file: '../../outside.py' })] })]);
  const locations = leakLocations(leaking, 'service');
  assert.deepEqual(locations.map((location) => `${location.path}:${location.line}`), ['service/app/cache.py:3']);
});

test("a test that could not be judged is annotated on its test file, pytest's or Node's; an id without a source file gets none", () => {
  const unjudged = report([
    testResult({ id: 'tests/test_short.py::test_quick', verdict: 'inconclusive' }),
    testResult({ id: 'test/sessions.test.ts::login keeps no session', verdict: 'inconclusive' }),
    testResult({ id: 'test/cache.test.mjs::remember', verdict: 'error' }),
    testResult({ id: 'soak: npm start', verdict: 'inconclusive' }),
    testResult({ id: 'proxy_load_test::batch', verdict: 'inconclusive' }),
  ]);
  assert.deepEqual(unjudgedAnnotations(unjudged, 'service').map((annotation) => `${annotation.path}:${annotation.start_line} ${annotation.annotation_level}`), [
    'service/tests/test_short.py:1 notice',
    'service/test/sessions.test.ts:1 notice',
    'service/test/cache.test.mjs:1 notice',
  ]);
});

test('addedLines reads the new-file line numbers of added lines from patch hunks', () => {
  const patch = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+C', ' d', '@@ -20,2 +21,3 @@ def f():', ' x', '+y', ' z', '\\ No newline at end of file'].join('\n');
  assert.deepEqual([...addedLines(patch)], [2, 3, 22]);
});

test('a leaking line the pull request changed gets one review comment, not again on the next push', async () => {
  const github = new MemoryGitHub();
  github.files.set(7, [{ filename: 'app/cache.py', status: 'modified', patch: '@@ -10,2 +10,3 @@\n x\n+CACHE.append(item)\n y' }]);
  const leaking = report([testResult({ id: 'tests/t.py::test_@admin', verdict: 'leak', change: 'new-leak', sources: [source({ file: 'app/cache.py', line: 11 }), source({ file: 'app/cache.py', line: 40 })] })]);
  const request = { pullNumber: 7, headSha: 'abc', key: '', author: 'github-actions[bot]', locations: leakLocations(leaking, '.') };
  assert.equal(await publishReviewComments(github, request), 1);
  assert.equal(await publishReviewComments(github, request), 0);
  assert.equal(github.reviews.length, 1, 'one review, and none on the second push');
  assert.equal(github.reviewComments.length, 1);
  const [comment] = github.reviewComments;
  assert.equal(comment?.line, 11);
  assert.equal(comment?.commitId, 'abc');
  assert.match(comment?.body ?? '', /test&#95;@&#8203;admin/);
});

test('leaks the baseline already had get no review comment', async () => {
  const github = new MemoryGitHub();
  github.files.set(7, [{ filename: 'app/cache.py', status: 'modified', patch: '@@ -10,2 +10,3 @@\n x\n+CACHE.append(item)\n y' }]);
  const known = report([testResult({ verdict: 'leak', change: 'still-leaking', sources: [source({ line: 11, change: 'existing' })] })]);
  assert.equal(await publishReviewComments(github, { pullNumber: 7, headSha: 'abc', key: '', author: 'github-actions[bot]', locations: leakLocations(known, '.') }), 0);
});
