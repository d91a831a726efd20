// The action's contract with workflows: every input and output name in one place (action.yml
// declares the same names; a test checks that the two agree).

export const Input = {
  Mode: 'mode',
  Command: 'command',
  WorkingDirectory: 'working-directory',
  SnapshotDir: 'snapshot-dir',
  GithubToken: 'github-token',
  Baseline: 'baseline',
  ServiceUrl: 'service-url',
  ServiceToken: 'service-token',
  Key: 'key',
  FailOn: 'fail-on',
  FailOnInconclusive: 'fail-on-inconclusive',
  Comment: 'comment',
  CommentAuthor: 'comment-author',
  CheckRun: 'check-run',
  ReviewComments: 'review-comments',
  MinBytesPerOp: 'min-bytes-per-op',
  MinTotalBytes: 'min-total-bytes',
  Batches: 'batches',
  BatchSize: 'batch-size',
  Warmup: 'warmup',
  RetentionDays: 'retention-days',
} as const;

export const Output = {
  Status: 'status',
  Leaks: 'leaks',
  NewLeaks: 'new-leaks',
  Report: 'report',
  CommentUrl: 'comment-url',
  ArtifactId: 'artifact-id',
} as const;

export const MODES = ['run', 'publish'] as const;
export const BASELINE_SOURCES = ['artifact', 'service', 'none'] as const;
export const FAIL_ON = ['new-leak', 'any-leak', 'never'] as const;
export const COMMENT_POLICIES = ['always', 'on-leak', 'never'] as const;

/** Every artifact this action uploads starts with this, then the key and the job. */
export const ARTIFACT_PREFIX = 'memleak';
export const REPORT_JSON = 'report.json';
export const REPORT_MD = 'report.md';

/** Limits on what is read back from a downloaded (untrusted) artifact. */
export const DOWNLOAD_LIMITS = {
  /** Compressed size of the zip. */
  zipBytes: 64 * 1024 * 1024,
  /** Uncompressed size of all entries together. */
  totalBytes: 256 * 1024 * 1024,
  entries: 20_000,
} as const;

/** GitHub accepts at most this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
