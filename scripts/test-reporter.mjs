// A node:test reporter for scripts/test.mjs: one JSON line per finished test (suites left out),
// with what the run's summary needs: the outcome, the name, and a skip's reason.
//   {"outcome": "pass" | "fail" | "skip", "name": "…", "reason": "…"}
// A test that failed only because a subtest failed is left out too (the subtest is counted).
export default async function* summaryLines(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, skip, todo, details } = event.data;
    if (details?.type === 'suite') continue;
    if (event.type === 'test:fail') {
      if (details?.error?.failureType === 'subtestsFailed') continue;
      yield `${JSON.stringify({ outcome: 'fail', name })}\n`;
    } else if (skip !== undefined && skip !== false) {
      yield `${JSON.stringify({ outcome: 'skip', name, reason: typeof skip === 'string' ? skip : 'skipped' })}\n`;
    } else if (todo !== undefined && todo !== false) {
      yield `${JSON.stringify({ outcome: 'skip', name, reason: `todo${typeof todo === 'string' ? `: ${todo}` : ''}` })}\n`;
    } else {
      yield `${JSON.stringify({ outcome: 'pass', name })}\n`;
    }
  }
}
