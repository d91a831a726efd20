// Reading untrusted zips: unsafe names refused, entry count capped, and what is actually inflated
// (never a header's claim) capped per entry and counted per archive, with a time budget.
// The forged archives are the demonstrated attacks of issue 8, made small by small limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync, strToU8 } from 'fflate';
import { isSafeEntryName, readZip, type ZipLimits } from '../../src/action/zip.js';
import { buildZip, deflated, stored } from './support/zip-builder.js';

const MiB = 1024 * 1024;
const limits: ZipLimits = { entries: 100, entryBytes: 64 * MiB, totalBytes: 64 * MiB, millis: 60_000 };
const report = strToU8('{"format":"memleak-report"}');
const names = (entries: { name: string }[]) => entries.map((entry) => entry.name);

test('names that could leave the directory are unsafe', () => {
  for (const name of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\..\\x', 'a\0b', '']) assert.equal(isSafeEntryName(name), false, name);
  for (const name of ['report.json', 'snapshots/a..b.json', 'snapshots/x/y.json']) assert.equal(isSafeEntryName(name), true, name);
});

test('an ordinary archive reads back byte for byte, directories skipped', () => {
  const big = new Uint8Array(3 * MiB).map((_, index) => (index * 7) % 251);
  const zip = zipSync({ 'report.json': report, snapshots: { 'a.json': strToU8('{"a":1}'), 'empty.json': new Uint8Array(0), 'big.bin': big }, 'raw.txt': [strToU8('kept as is'), { level: 0 }] });
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(problems, []);
  assert.deepEqual(names(entries), ['report.json', 'snapshots/a.json', 'snapshots/empty.json', 'snapshots/big.bin', 'raw.txt']);
  assert.ok(Buffer.from(big).equals(entries[3]!.data), 'the inflated bytes are the original ones');
  assert.equal(new TextDecoder().decode(entries[4]!.data), 'kept as is');
});

test('an entry that declares 100 bytes but inflates to 16 MiB is refused by name; the rest is read', () => {
  const zip = buildZip([deflated('snapshots/bomb.json', new Uint8Array(16 * MiB), 100), deflated('report.json', report)]);
  assert.ok(zip.byteLength < 64 * 1024, `${zip.byteLength} bytes`);
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(names(entries), ['report.json'], 'the rest of the archive is still read');
  assert.deepEqual(problems, [
    { file: 'artifact x', pointer: '/snapshots/bomb.json', message: 'zip entry refused: it inflates to more than the 100 bytes its header declares (inflation stopped there)' },
  ]);
});

test('the same compressed stream listed 16 times in the central directory is refused before anything is inflated', () => {
  const zip = buildZip([deflated('a.json', new Uint8Array(MiB))], Array.from({ length: 16 }, (_, index) => ({ name: `s${index}.json`, record: 0 })));
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(entries, []);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /^not a readable zip archive: entries "s\d+\.json" and "s\d+\.json" overlap/);
});

test('stored entries that all point at the same data, each declaring 0 bytes, are refused', () => {
  const zip = buildZip([stored('data.json', new Uint8Array(64 * 1024), 0)], Array.from({ length: 8 }, (_, index) => ({ name: `s${index}.json`, record: 0 })));
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(entries, []);
  assert.match(problems[0]?.message ?? '', /overlap \(they share compressed data\)/);
});

test('a stored entry holding more than it declares is refused; the others are read', () => {
  const zip = buildZip([stored('s.json', new Uint8Array(64 * 1024), 0), stored('report.json', report)]);
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(names(entries), ['report.json']);
  assert.deepEqual(problems, [{ file: 'artifact x', pointer: '/s.json', message: 'zip entry refused: it is stored as 65536 bytes but declares 0' }]);
});

test('an entry that inflates to less than it declares is refused', () => {
  const zip = buildZip([deflated('s.json', strToU8('{"short":true}'), 1000), deflated('report.json', report)]);
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(names(entries), ['report.json']);
  assert.match(problems[0]?.message ?? '', /inflates to 14 bytes but declares 1000/);
});

test('an entry declaring more than the per-file limit is refused without inflating; the others are read', () => {
  const zip = buildZip([deflated('big.json', new Uint8Array(2 * MiB)), deflated('report.json', report)]);
  const { entries, problems } = readZip(zip, 'artifact x', { ...limits, entryBytes: MiB });
  assert.deepEqual(names(entries), ['report.json']);
  assert.equal(problems[0]?.pointer, '/big.json');
  assert.match(problems[0]?.message ?? '', /declares 2097152 bytes uncompressed, over the 1048576-byte limit for one file/);
});

test('what lying entries inflate before they are refused is spent from the archive budget', () => {
  const liars = Array.from({ length: 8 }, (_, index) => deflated(`s${index}.json`, new Uint8Array(4 * MiB), MiB));
  const zip = buildZip([...liars, deflated('report.json', report)]);
  const { entries, problems } = readZip(zip, 'artifact x', { ...limits, totalBytes: 3 * MiB });
  assert.deepEqual(entries, []);
  assert.deepEqual(problems.map((problem) => problem.pointer ?? problem.message), [
    '/s0.json',
    '/s1.json',
    '/s2.json',
    'it holds more than 3145728 bytes uncompressed; only the files before "s3.json" were read (6 entries left unread)',
  ]);
});

test('honest entries beyond the total are left unread, with one problem', () => {
  const zip = zipSync({ 'report.json': report, 'bomb.json': new Uint8Array(50 * MiB) }, { level: 9 });
  assert.ok(zip.byteLength < 200_000, 'a small archive');
  const { entries, problems } = readZip(zip, 'artifact x', { ...limits, totalBytes: MiB });
  assert.deepEqual(names(entries), ['report.json']);
  assert.match(problems[0]?.message ?? '', /more than 1048576 bytes uncompressed; only the files before "bomb\.json" were read \(1 entries left unread\)/);
});

test('reading stops when the archive has used its time budget', () => {
  const files = Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`s${index}.json`, strToU8(`{"n":${index}}`)]));
  let now = 0;
  const clock = () => (now += 10); // every look at the clock costs 10 ms: a slow archive
  const { entries, problems } = readZip(zipSync(files), 'artifact x', { ...limits, millis: 45 }, clock);
  assert.ok(entries.length > 0 && entries.length < 6, `${entries.length} entries read`);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /^reading it took more than 45 ms; only the files before "s\d\.json" were read/);
});

test('damaged compressed data refuses that entry only', () => {
  const broken = { name: 's.json', stored: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8 as const, declaredSize: 10 };
  const { entries, problems } = readZip(buildZip([broken, deflated('report.json', report)]), 'artifact x', limits);
  assert.deepEqual(names(entries), ['report.json']);
  assert.equal(problems[0]?.pointer, '/s.json');
  assert.match(problems[0]?.message ?? '', /compressed data is damaged/);
});

test('two entries with the same name (which one is the report?) refuse the archive', () => {
  const zip = buildZip([stored('report.json', report), stored('report.json', strToU8('{"other":1}'))]);
  const { entries, problems } = readZip(zip, 'artifact x', limits);
  assert.deepEqual(entries, []);
  assert.match(problems[0]?.message ?? '', /two entries are named "report\.json"/);
});

test('an archive with more entries than the limit is refused whole, with one problem', () => {
  const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`s${i}.json`, strToU8('{}')]));
  const { entries, problems } = readZip(zipSync(files), 'artifact x', { ...limits, entries: 3 });
  assert.equal(entries.length, 0);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /more than 3 entries/);
});

test('a forged directory claiming billions of entries stops at the limit instead of exhausting memory', () => {
  // 98 bytes: a zip64 end record claiming 0xFFFFFFFF entries in a central directory past the
  // end of the file, where every entry reads as an empty (refused) name.
  const zip = new Uint8Array(56 + 20 + 22);
  const view = new DataView(zip.buffer);
  view.setUint32(0, 0x06064b50, true);
  view.setUint32(32, 0xffffffff, true);
  view.setUint32(48, 0x7fffffff, true);
  view.setUint32(56, 0x07064b50, true);
  view.setUint32(76, 0x06054b50, true);
  view.setUint16(76 + 8, 0xffff, true);
  const { entries, problems } = readZip(zip, 'recorded artifact', { ...limits, totalBytes: 256 * MiB, entries: 20_000 });
  assert.equal(entries.length, 0);
  assert.ok(problems.length <= 20_001, `${problems.length} problems`);
});

test('bytes that are not a zip become one problem naming the artifact', () => {
  const { entries, problems } = readZip(strToU8('<html>not a zip</html>'), 'artifact x', limits);
  assert.equal(entries.length, 0);
  assert.equal(problems[0]?.file, 'artifact x');
  assert.match(problems[0]?.message ?? '', /not a readable zip/);
});
