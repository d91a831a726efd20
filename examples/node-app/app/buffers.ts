// Buffers for outgoing frames.
const free: Buffer[] = [];
const lent = new Set<Buffer>();

/** Leak: a frame's buffer is lent out and, on the short path, never given back, so the pool allocates anew. */
export function encodeFrame(payload: number): number {
  const buffer = free.pop() ?? Buffer.allocUnsafeSlow(1024); // memleak: leak
  lent.add(buffer);
  buffer.writeUInt32LE(payload, 0);
  if (payload % 2 === 0) return buffer.readUInt32LE(0);
  lent.delete(buffer);
  free.push(buffer);
  return buffer.readUInt32LE(0);
}

/** Clean: a bounded pool: at most 16 buffers are kept, the rest left to the collector. */
const bounded: Buffer[] = [];
export function encodeFrameBounded(payload: number): number {
  const buffer = bounded.pop() ?? Buffer.allocUnsafeSlow(1024);
  buffer.writeUInt32LE(payload, 0);
  const value = buffer.readUInt32LE(0);
  if (bounded.length < 16) bounded.push(buffer);
  return value;
}
