// The service's tables as Kysely sees them. Both dialects store the same shapes: timestamps as
// ISO-8601 UTC text (sorts chronologically as text), booleans as 0/1 integers, so one query
// layer serves SQLite and PostgreSQL without per-dialect branches.
import type { Generated } from 'kysely';

export interface RepositoriesTable {
  id: Generated<number>;
  /** "owner/name" lower-cased: GitHub treats repository names case-insensitively. */
  slug: string;
  /** "owner/name" as GitHub spells it, for display. */
  name: string;
  /** Only pushes to this branch become baselines (set by `memleak repo set --default-branch`). */
  default_branch: string;
  /** GitHub's numeric repository id, bound on the first OIDC write so a re-created name cannot inherit baselines. */
  github_id: string | null;
  created_at: string;
}

export interface ReportsTable {
  id: Generated<number>;
  repository_id: number;
  branch: string;
  key: string;
  commit_sha: string;
  /** When the commit was made (from the client), else the ingestion time: orders baselines. */
  commit_time: string;
  run_id: string;
  run_attempt: number;
  run_url: string | null;
  is_baseline: number;
  event_name: string | null;
  status: string;
  tests_count: number;
  leaks_count: number;
  report_json: string;
  report_sha256: string;
  created_at: string;
}

export interface TestResultsTable {
  report_id: number;
  /** sha256 of the test id: test ids may be longer than a B-tree index entry allows. */
  test_key: string;
  test_id: string;
  verdict: string;
  growth_per_op_bytes: number;
  top_source_file: string | null;
  top_source_line: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  repository_id: number;
  /** sha256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  name: string;
  can_write_baselines: number;
  created_at: string;
  revoked_at: string | null;
}

export interface Tables {
  repositories: RepositoriesTable;
  reports: ReportsTable;
  test_results: TestResultsTable;
  api_tokens: ApiTokensTable;
}
