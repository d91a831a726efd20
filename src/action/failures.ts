// How failures are told apart and worded: our own (shown as they are) versus everything else.
import { httpStatusOf } from './github-api.js';

/** Raised for conditions the user must fix; the message is shown as is, without a stack trace. */
export class ActionFailure extends Error {}

/** For a refusal (403, or 404 as GitHub answers some refusals): which permission the job needs. */
export function permissionHint(error: unknown, scope: string): string {
  const status = httpStatusOf(error);
  return status === 403 || status === 404 ? ` The token cannot do this: grant \`${scope}\` in the job's permissions` : '';
}

export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 500) ?? '';
}
