// Writes zip archives byte by byte, including the forged ones a real zip tool never writes:
// headers whose sizes lie, and central-directory entries that point at another entry's data.
import { deflateSync } from 'fflate';

export interface LocalRecord {
  name: string;
  /** The bytes as they are stored (already compressed when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare. */
  declaredSize: number;
}

export interface CentralRecord {
  name: string;
  /** Index of the local record this entry points at. */
  record: number;
  /** Overrides the declared uncompressed size of the local record. */
  declaredSize?: number;
}

/** A deflated record whose headers declare the true size unless told otherwise. */
export function deflated(name: string, data: Uint8Array, declaredSize = data.byteLength): LocalRecord {
  return { name, stored: deflateSync(data, { level: 9 }), method: 8, declaredSize };
}

export function stored(name: string, data: Uint8Array, declaredSize = data.byteLength): LocalRecord {
  return { name, stored: data, method: 0, declaredSize };
}

/** Local records in order, then a central directory (by default one entry per record, as a zip tool writes). */
export function buildZip(records: LocalRecord[], central: CentralRecord[] = records.map((record, index) => ({ name: record.name, record: index }))): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: Uint8Array) => {
    parts.push(part);
    length += part.byteLength;
  };
  for (const record of records) {
    offsets.push(length);
    const name = encoder.encode(record.name);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(8, record.method, true);
    header.setUint32(18, record.stored.byteLength, true);
    header.setUint32(22, record.declaredSize, true);
    header.setUint16(26, name.byteLength, true);
    push(new Uint8Array(header.buffer));
    push(name);
    push(record.stored);
  }
  const directoryStart = length;
  for (const entry of central) {
    const record = records[entry.record]!;
    const name = encoder.encode(entry.name);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(8, 0x800, true);
    header.setUint16(10, record.method, true);
    header.setUint32(20, record.stored.byteLength, true);
    header.setUint32(24, entry.declaredSize ?? record.declaredSize, true);
    header.setUint16(28, name.byteLength, true);
    header.setUint32(42, offsets[entry.record]!, true);
    push(new Uint8Array(header.buffer));
    push(name);
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, length - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  push(new Uint8Array(end.buffer));
  const zip = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.byteLength;
  }
  return zip;
}
