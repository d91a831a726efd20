/** The CLI's exit statuses: a contract for scripts and CI, documented in the README. */
export const EXIT = {
  /** No leak (or none that fail-on counts). */
  pass: 0,
  /** A leak that fail-on counts. */
  leak: 1,
  /** Bad usage, or no valid input at all. */
  usage: 2,
  /** No leak fail-on counts, but the test command itself failed: its tests need attention first. */
  commandFailed: 3,
  /** Neither of the above, but tests could not be judged (inconclusive or error) and --fail-on-inconclusive counts them. */
  unjudged: 4,
} as const;

/** What each exit status of a judged run means, in the words the terminal prints after the summary. */
export const EXIT_MEANING: Record<number, string> = {
  [EXIT.pass]: 'nothing that --fail-on counts',
  [EXIT.leak]: 'a leak that --fail-on counts',
  [EXIT.commandFailed]: 'the test command failed; fix its failing tests first',
  [EXIT.unjudged]: 'tests could not be judged, and --fail-on-inconclusive counts them',
};

/** An error whose message is for the user as it stands: printed without a stack trace. */
export class UsageError extends Error {}
