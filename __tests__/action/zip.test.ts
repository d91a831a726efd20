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
  assert.match(problems[0]?.message ?? '', /more than 100 files or 1048576 bytes/);
});

test('too many entries: only those within the limit are read', () => {
  const files = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`f${index}.json`, strToU8('{}')]));
  const { entries, problems } = readZip(zipSync(files), 'artifact x', { totalBytes: 1e6, entries: 3 });
  assert.equal(entries.length, 3);
  assert.equal(problems.length, 1);
});

test('bytes that are not a zip become one problem naming the artifact', () => {
  const { entries, problems } = readZip(strToU8('<html>not a zip</html>'), 'artifact x', { totalBytes: 1e6, entries: 3 });
  assert.equal(entries.length, 0);
  assert.equal(problems[0]?.file, 'artifact x');
  assert.match(problems[0]?.message ?? '', /not a readable zip/);
});
