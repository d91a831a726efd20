// report.html in real headless Chromium, opened from disk with the network cut: no request leaves
// the page, no console error, every test's chart is drawn when scrolled to (pixels counted in a
// screenshot of its canvas), hostile names are shown as text, and a report of 1,000 tests opens
// with only the charts in view drawn. One page comes from `memleak analyze` (dist/cli.js, a real
// analysis); the others from the renderer, with the fields other collectors add (retainers,
// object growth, cycles).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml } from '../../src/core/render/index.js';
import { readChartJs } from '../../src/shared/chart-js.js';
import type { TestResult } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { report, source, testResult } from '../helpers/report-builder.js';
import { fileOf, linear } from '../helpers/snapshots.js';

const CHROMIUM = process.env.MEMLEAK_CHROMIUM ?? '/usr/bin/chromium';
const chromiumSkip = existsSync(CHROMIUM) ? false : process.env.CI === 'true' ? false : `Chromium is not installed at ${CHROMIUM}`;
const HOSTILE_TEST = 'tests/test_x.py::test_<img src=x onerror=alert(1)>[</script><script>alert(2)</script>]';
const HOSTILE_FILE = 'app/<svg onload=alert(3)>.py';
const now = new Date('2026-11-21T12:00:00Z');

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

describe('report.html in headless Chromium', { skip: chromiumSkip }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'memleak-html-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Opens a file with every request that is not the file itself recorded and refused. */
  async function open(path: string): Promise<Opened> {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    const self = pathToFileURL(path).href;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === self) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(self);
    return { page, problems, requests };
  }

  /** Scrolls each chart into view, waits until it is drawn, and counts the line colours in a screenshot of its canvas. */
  async function chartPixels(page: Page): Promise<{ id: string; red: number; blue: number; ink: number; total: number }[]> {
    const ids = await page.locator('canvas[data-series]').evaluateAll((canvases) => canvases.map((canvas) => canvas.id));
    const probe = await browser.newPage();
    const counts = [];
    for (const id of ids) {
      const canvas = page.locator(`#${id}`);
      await canvas.scrollIntoViewIfNeeded();
      await page.waitForSelector(`#${id}[data-drawn]`, { timeout: 10_000 });
      const png = await canvas.screenshot();
      counts.push({
        id,
        ...(await probe.evaluate(async (data) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
          let red = 0;
          let blue = 0;
          let ink = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
            if (r < 245 || g < 245 || b < 245) ink += 1; // anything but the white background
            if (r > 180 && g < 90 && b < 90) red += 1; // #d1242f: traced memory
            if (r < 60 && g > 80 && g < 140 && b > 190) blue += 1; // #0969da: RSS
          }
          return { red, blue, ink, total: pixels.length / 4 };
        }, png.toString('base64'))),
      });
    }
    await probe.close();
    return counts;
  }

  test('the report `memleak analyze` writes: every test has a drawn chart, offline, without errors', async () => {
    const project = join(dir, 'analyzed');
    await mkdir(join(project, 'snaps'), { recursive: true });
    const specs = [
      { id: 'tests/test_a.py::test_leak', traced: linear(10, 1e6, 40_000), rss: linear(10, 50e6, 45_000), sites: [{ file: 'app/cache.py', line: 7, function: 'put', code: 'CACHE[k] = v', sizes: linear(10, 0, 40_000) }] },
      { id: 'tests/test_a.py::test_clean', traced: linear(10, 1e6, 0) },
      { id: HOSTILE_TEST, traced: linear(10, 2e6, 30_000), sites: [{ file: HOSTILE_FILE, line: 3, function: 'f', code: 'X.append(1)', sizes: linear(10, 0, 30_000) }] },
    ];
    for (const [index, spec] of specs.entries()) await writeFile(join(project, 'snaps', `s${index}.json`), fileOf(spec).text);
    const result = await runCli(['analyze', 'snaps', '--out', 'out'], { cwd: project });
    assert.equal(result.status, 1, result.stderr);
    const written = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { tests: TestResult[] };

    const { page, problems, requests } = await open(join(project, 'out', 'report.html'));
    assert.equal(await page.locator('canvas[data-series]').count(), written.tests.length, 'a chart per test');
    const charts = await chartPixels(page);
    for (const chart of charts) {
      assert.ok(chart.red > 100, `${chart.id}: the traced line is drawn (${JSON.stringify(chart)})`);
      assert.ok(chart.ink < chart.total * 0.5, `${chart.id}: a chart, not a filled block`);
    }
    const leakChart = charts[await page.locator('canvas[data-series]').evaluateAll((canvases) => canvases.findIndex((canvas) => canvas.getAttribute('aria-label')?.includes('test_leak')))]!;
    assert.ok(leakChart.blue > 100, `the RSS line is drawn where RSS was recorded (${JSON.stringify(leakChart)})`);

    const titles = await page.locator('section.test h2').allInnerTexts();
    assert.ok(titles.includes(HOSTILE_TEST), `the hostile id is shown as text: ${titles.join(' | ')}`);
    assert.ok((await page.locator('table.sources').allInnerTexts()).some((table) => table.includes(`${HOSTILE_FILE}:3`)), 'the hostile path is shown as text');
    assert.equal(await page.locator('img, svg, iframe').count(), 0, 'no element was injected');
    assert.equal(await page.locator('script').count(), 3, 'only our own scripts');
    assert.deepEqual(requests, [], 'nothing is fetched');
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(dir, 'analyzed.png'), fullPage: true });
    await page.close();
  });

  test('retainers, object growth and cycles are shown beside the chart', async () => {
    const leak = {
      ...testResult({
        id: 'tests/test_tasks.py::test_submit',
        verdict: 'leak',
        change: 'new-leak',
        series: { operations_per_batch: 100, traced_bytes: linear(8, 1e6, 90_000), rss_bytes: linear(8, 40e6, 100_000) },
        sources: [{ ...source({ file: 'app/tasks.py', line: 9, code: 'task = loop.create_task(work())' }), retainer: { path: 'app.tasks._inflight', type: 'set', root: 'module app.tasks' } } as never],
      }),
      object_growth: [{ type: 'Task', count_per_op: 1, bytes_per_op: 960 }],
      cycles: { collected_per_op: 0.5, uncollectable: 2 },
    } as TestResult;
    const path = join(dir, 'retained.html');
    await writeFile(path, renderHtml(report([leak, testResult({ id: 'tests/test_ok.py::test_flat' })]), { now, chartJs: readChartJs() }));
    const { page, problems, requests } = await open(path);
    const section = await page.locator('#test-0').innerText();
    assert.match(section, /app\.tasks\._inflight \(set\) ← module app\.tasks/);
    assert.match(section, /Task kept\./);
    assert.match(section, /Object types that grew/);
    assert.match(section, /2 uncollectable/);
    const charts = await chartPixels(page);
    assert.equal(charts.length, 2);
    assert.ok(charts.every((chart) => chart.red > 100), JSON.stringify(charts));
    assert.ok(charts[0]!.blue > 100, JSON.stringify(charts[0]));
    assert.deepEqual(requests, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('1,000 tests: the page opens with only the charts near the view drawn; the last one draws when scrolled to', async () => {
    const tests = Array.from({ length: 1000 }, (_, index) =>
      testResult({ id: `tests/test_many.py::test_${index}`, verdict: index % 10 === 0 ? 'leak' : 'ok', series: { operations_per_batch: 100, traced_bytes: linear(20, 1e6, index % 10 === 0 ? 20_000 : 0, 500), rss_bytes: linear(20, 40e6, 4096) } }),
    );
    const path = join(dir, 'thousand.html');
    await writeFile(path, renderHtml(report(tests), { now, chartJs: readChartJs() }));
    const { size } = await stat(path);
    console.log(`report.html with 1,000 tests of 20 batches: ${(size / 1024 / 1024).toFixed(2)} MiB`);
    const { page, problems } = await open(path);
    await page.waitForSelector('html[data-charts="1000"]');
    const drawnAtFirst = await page.locator('canvas[data-drawn]').count();
    assert.ok(drawnAtFirst < 20, `only the charts near the view are drawn at first (${drawnAtFirst})`);
    const last = page.locator('canvas[data-series]').last();
    await last.scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${await last.getAttribute('id')}[data-drawn]`, { timeout: 10_000 });
    assert.ok((await page.locator('canvas[data-drawn]').count()) < 100, 'scrolling to the end draws the charts passed on the way at most, not all');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
