// Fault injection: the next N requests to a route fail the way GitHub fails, then the route recovers.

/**
 * - `500`, `502`, `503`: server errors (retried by @octokit/plugin-retry).
 * - `429` and `primary-rate-limit` (the same as a 403): GitHub answers an exhausted primary rate limit
 *   with either status, x-ratelimit-remaining 0 and x-ratelimit-reset `retryAfter` seconds ahead.
 * - `secondary-rate-limit`: 403 whose message names the secondary rate limit, with retry-after
 *   (what @octokit/plugin-throttling recognises).
 */
export type FaultKind = 500 | 502 | 503 | 429 | 'primary-rate-limit' | 'secondary-rate-limit';

export interface Fault {
  kind: FaultKind;
  retryAfter: number;
}

interface Pending extends Fault {
  remaining: number;
}

/** Routes are named as in the request log: `GET /repos/{owner}/{repo}/actions/runs`, or `*` for every route of a service. */
export class Faults {
  private readonly pending = new Map<string, Pending[]>();

  inject(route: string, kind: FaultKind, options: { times?: number; retryAfter?: number } = {}): void {
    const queue = this.pending.get(route) ?? [];
    queue.push({ kind, remaining: options.times ?? 1, retryAfter: options.retryAfter ?? 1 });
    this.pending.set(route, queue);
  }

  clear(): void {
    this.pending.clear();
  }

  /** Consumes one injected failure for this route, if any is left. */
  take(route: string): Fault | undefined {
    for (const key of [route, '*']) {
      const queue = this.pending.get(key);
      const head = queue?.[0];
      if (!queue || !head) continue;
      head.remaining -= 1;
      if (head.remaining <= 0) queue.shift();
      return { kind: head.kind, retryAfter: head.retryAfter };
    }
    return undefined;
  }
}
