// The central directory of an untrusted zip, read without trusting it: every offset and length
// is checked against the file, and entries whose local data overlap (the same compressed stream
// listed twice, or stored entries sharing bytes) or whose names repeat are refused, so each
// compressed byte is read at most once and the work of unpacking is bounded by the file's size.
// Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central header),
// 4.3.14-16 (zip64 end records), 4.5.3 (zip64 extra field).

/** One file as the central directory lists it; sizes are the header's claims, not facts. */
export interface DirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused by the reader. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The uncompressed size the header declares. */
  declaredSize: number;
  /** Where the entry's local header starts. */
  recordStart: number;
  /** Where the compressed data starts and ends (end exclusive), inside the file. */
  dataStart: number;
  dataEnd: number;
}

/** The archive cannot be read at all; the message says why, for a problem. */
export class ZipFormatError extends Error {}

/** The central directory lists more entries than the caller's limit (checked before any is read). */
export class TooManyEntries extends Error {
  constructor(readonly limit: number) {
    super(`the archive declares more than ${limit} entries`);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;

/**
 * Lists the entries of `zip` in central-directory order.
 * Throws TooManyEntries when it declares more than `maxEntries`, and ZipFormatError when an
 * offset or length points outside the file, a header's signature is wrong, two entries' local
 * records overlap, or two entries have the same name.
 */
export function readDirectory(zip: Uint8Array, maxEntries: number): DirectoryEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32; // exact below 2^53; larger is outside any file
  const within = (start: number, length: number) => start >= 0 && length >= 0 && start + length <= zip.byteLength;

  let eocd = -1;
  for (let at = zip.byteLength - EOCD_SIZE; at >= Math.max(0, zip.byteLength - EOCD_SIZE - MAX_COMMENT); at -= 1) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory record');
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const record = u64(eocd - 20 + 8);
    if (!within(record, 56) || u32(record) !== ZIP64_EOCD) throw new ZipFormatError('the zip64 end record is missing or outside the file');
    count = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
  }
  if (count > maxEntries) throw new TooManyEntries(maxEntries);
  if (!within(offset, size) || count * CENTRAL_SIZE > size) throw new ZipFormatError('the central directory lies outside the file');

  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (!within(at, CENTRAL_SIZE) || at + CENTRAL_SIZE > offset + size || u32(at) !== CENTRAL) throw new ZipFormatError(`central directory entry ${index} is damaged`);
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > offset + size) throw new ZipFormatError(`central directory entry ${index} runs past the directory`);
    const name = decodeName(zip.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), (flags & FLAG_UTF8) !== 0);
    const sizes = zip64Sizes(view, at + CENTRAL_SIZE + nameLength, extraLength, { declared: u32(at + 24), compressed: u32(at + 20), local: u32(at + 42) });
    if (names.has(name)) throw new ZipFormatError(`two entries are named "${clipName(name)}"`);
    names.add(name);
    const local = sizes.local;
    if (!within(local, LOCAL_SIZE) || u32(local) !== LOCAL) throw new ZipFormatError(`the local header of "${clipName(name)}" is missing`);
    const dataStart = local + LOCAL_SIZE + u16(local + 26) + u16(local + 28);
    const dataEnd = dataStart + sizes.compressed;
    // Local data lies before the central directory: it may not reach into it, or past the file.
    if (dataEnd > offset) throw new ZipFormatError(`the data of "${clipName(name)}" runs past the end of the file's entries`);
    entries.push({ name, method: u16(at + 10), encrypted: (flags & FLAG_ENCRYPTED) !== 0, compressedSize: sizes.compressed, declaredSize: sizes.declared, recordStart: local, dataStart, dataEnd });
    at = next;
  }
  refuseOverlaps(entries);
  return entries;
}

/** The 32-bit fields, replaced by the zip64 extra field's 64-bit ones where they are 0xFFFFFFFF (in its order). */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, sizes: { declared: number; compressed: number; local: number }) {
  const result = { ...sizes };
  const wanted = (['declared', 'compressed', 'local'] as const).filter((field) => sizes[field] === 0xffffffff);
  if (wanted.length === 0) return result;
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && length >= wanted.length * 8 && at + 4 + length <= extraStart + extraLength) {
      wanted.forEach((field, index) => {
        const position = at + 4 + index * 8;
        result[field] = view.getUint32(position, true) + view.getUint32(position + 4, true) * 2 ** 32;
      });
      return result;
    }
    at += 4 + length;
  }
  throw new ZipFormatError('a zip64 size is missing from its extra field');
}

/**
 * Each entry's local record (header and data) must be its own bytes: a record that starts inside
 * another's is the same compressed stream listed again (a bomb multiplied for free) or stored
 * data shared between entries.
 */
function refuseOverlaps(entries: DirectoryEntry[]): void {
  const records = [...entries].sort((a, b) => a.recordStart - b.recordStart);
  for (let index = 1; index < records.length; index += 1) {
    const previous = records[index - 1]!;
    const current = records[index]!;
    if (current.recordStart < previous.dataEnd) {
      throw new ZipFormatError(`entries "${clipName(previous.name)}" and "${clipName(current.name)}" overlap (they share compressed data)`);
    }
  }
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Without the UTF-8 flag the name is CP437; its ASCII part, all our artifacts use, reads the same in Latin-1.
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes);
}

/** Names in messages are cut: a zip name can be 65,535 bytes long. */
export function clipName(name: string, max = 200): string {
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
