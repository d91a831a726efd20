/** The CLI's exit statuses: a contract for scripts and CI, documented in the README. */
export const EXIT = {
  /** No leak (or none that fail-on counts). */
  pass: 0,
  /** A leak that fail-on counts. */
  leak: 1,
  /** Bad usage, or no valid input at all. */
  usage: 2,
  /** No leak, but the test command itself failed: its tests need attention first. */
  commandFailed: 3,
} as const;

/** An error whose message is for the user as it stands: printed without a stack trace. */
export class UsageError extends Error {}
