// What the service's commands need before the service itself is loaded: the CLI checks
// arguments and prints help with these, and loads the HTTP, SQL and JOSE code only when a
// service command runs (so `memleak analyze` never pays for it).

/** The largest request body the service accepts unless MEMLEAK_BODY_LIMIT_BYTES says otherwise. */
export const DEFAULT_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** A repository's owner and name in a URL (GitHub's rules), as a JSON schema for route parameters. */
export const repoParams = {
  type: 'object',
  required: ['owner', 'repo'],
  properties: {
    owner: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$' },
    repo: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
  },
} as const;
