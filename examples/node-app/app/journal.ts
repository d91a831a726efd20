// An append-only journal of outgoing messages, kept in one Buffer.

let journal = Buffer.alloc(0);

/**
 * Native-like leak: the journal is never truncated. Its bytes live outside the JS heap (one
 * Buffer, replaced each time), so only `external` grows: reported without a file:line.
 */
export function record(message: number): number {
  journal = Buffer.concat([journal, Buffer.alloc(512, message & 0xff)]);
  return journal.length;
}
