// The repository lines a report blames: each leaking source of a leaking test, mapped from the
// test directory to a repository path. Annotations and review comments are both built from these.
import type { Report, Source, TestResult } from '../core/types.js';
import { isNewLeak } from '../core/status.js';
import { repositoryPath } from '../core/render/index.js';

export interface LeakLocation {
  path: string;
  line: number;
  test: TestResult;
  source: Source;
  /** A leak this change brings (new, regressed, or without a baseline), as opposed to one the baseline had. */
  isNew: boolean;
}

export function leakLocations(report: Report, directory: string): LeakLocation[] {
  const locations: LeakLocation[] = [];
  for (const test of report.tests) {
    if (test.verdict !== 'leak') continue;
    const newTest = isNewLeak(test);
    for (const source of test.sources) {
      const path = repositoryPath(directory, source.file);
      if (!path || source.line < 1) continue;
      locations.push({ path, line: source.line, test, source, isNew: newTest && source.change !== 'existing' });
    }
  }
  return locations;
}
