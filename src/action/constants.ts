// The action's contract with workflows: every input and output name in one place (action.yml
// declares the same names; a test checks that the two agree).
import { MAX_SNAPSHOT_BYTES, MAX_SNAPSHOT_FILES } from '../shared/files.js';

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
export const REPORT_HTML = 'report.html';

/** Limits on what is read back from a downloaded (untrusted) artifact (README: "Limits on artifacts"). */
export const DOWNLOAD_LIMITS = {
  /** Compressed size of the zip. */
  zipBytes: 64 * 1024 * 1024,
  /** Uncompressed size of one entry: the same cap as a snapshot file read from disk. */
  entryBytes: MAX_SNAPSHOT_BYTES,
  /** Bytes inflated from the whole archive, counted as they come out (refused entries too). */
  totalBytes: 256 * 1024 * 1024,
  /** Entries in the central directory; as many as snapshot files read from a directory. */
  entries: MAX_SNAPSHOT_FILES,
  /** Time to unpack one archive, in milliseconds: far above the ~1 s that 256 MiB takes. */
  millis: 30_000,
} as const;

/** GitHub accepts at most this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
