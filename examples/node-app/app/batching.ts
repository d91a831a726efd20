// Work collected into batches and flushed.
const queue: { id: number; body: string }[] = [];

/** Clean: a sawtooth: the queue grows to 500 entries, then is flushed. */
export function enqueue(id: number): number {
  queue.push({ id, body: `item ${id}` });
  if (queue.length >= 500) queue.length = 0;
  return queue.length;
}

/** Clean: large transients: a 256 KiB buffer and a 10,000-element array per call, all let go. */
export function checksum(id: number): number {
  const scratch = Buffer.alloc(256 * 1024, id & 0xff);
  const numbers = Array.from({ length: 10_000 }, (_, i) => i ^ id);
  return scratch[id % scratch.length]! + numbers[id % numbers.length]!;
}
