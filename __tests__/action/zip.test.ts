// Reading untrusted zips: unsafe names refused, entry count and uncompressed size capped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync, strToU8 } from 'fflate';
import { isSafeEntryName, readZip } from '../../src/action/zip.js';

test('names that could leave the directory are unsafe', () => {
  for (const name of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\..\\x', 'a\0b', '']) assert.equal(isSafeEntryName(name), false, name);
  for (const name of ['report.json', 'snapshots/a..b.json', 'snapshots/x/y.json']) assert.equal(isSafeEntryName(name), true, name);
});

test('a highly compressible entry beyond the size cap is not inflated', () => {
  const zip = zipSync({ 'report.json': strToU8('{}'), 'bomb.json': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
  assert.ok(zip.byteLength < 200_000, 'a small archive');
  const { entries, problems } = readZip(zip, 'artifact x', { totalBytes: 1024 * 1024, entries: 100 });
  assert.deepEqual(entries.map((entry) => entry.name), ['report.json']);
  assert.match(problems[0]?.message ?? "", /more than 1048576 bytes uncompressed/);
});

test('an archive with more entries than the limit is refused whole, with one problem', () => {
  const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`s${i}.json`, strToU8('{}')]));
  const { entries, problems } = readZip(zipSync(files), 'artifact x', { totalBytes: 1e6, entries: 3 });
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
  const { entries, problems } = readZip(zip, 'recorded artifact', { totalBytes: 256 * 1024 * 1024, entries: 20_000 });
  assert.equal(entries.length, 0);
  assert.ok(problems.length <= 20_001, `${problems.length} problems`);
});

test('bytes that are not a zip become one problem naming the artifact', () => {
  const { entries, problems } = readZip(strToU8('<html>not a zip</html>'), 'artifact x', { totalBytes: 1e6, entries: 3 });
  assert.equal(entries.length, 0);
  assert.equal(problems[0]?.file, 'artifact x');
  assert.match(problems[0]?.message ?? '', /not a readable zip/);
});
