// The analysis core: pure functions shared by the CLI, the GitHub Action and the service, so a
// verdict computed on a laptop, in CI and in the service can never differ. It takes everything
// as arguments (file texts, thresholds, the time) and does no I/O.
export * from './types.js';
export { DEFAULT_THRESHOLDS, ThresholdError, resolveThresholds } from './thresholds.js';
export { analyze } from './analyze.js';
export { compare } from './compare.js';
export { parseReport } from './report-io.js';
export { fitReport } from './limits.js';
