// Headless-Chromium check of the memory viewer's live editing (live.js + memsim.wasm):
//
//   node book/viewer/live-check.mjs PAGE_URL WASM_FILE
//
// PAGE_URL is the built book's escape/pointers.html (its first viewer is newpoint.go, the
// escaping return) served by a static server; WASM_FILE is the memsim.wasm the book ships
// (the site's copy), whose compressed size is checked. Every request the page makes to
// another origin is refused and counted: the editing must work with nothing but the static
// files.
//
// It checks that: the Edit button opens the editor with the example's source; an edit that
// keeps the value on the stack is analysed and run again in the page, and the viewer then
// shows the new program (its -m lines, code, steps and output); arrow keys typed in the
// editor move its cursor, not the viewer's step nor the page; a program Go would not build
// gets Go's error line, and the viewer keeps the last run, framed dashed; an endless loop
// ends at the step limit, and while it runs the page's own timers keep firing (memsim runs
// in a worker); a new edit stops the run in progress; restoring gives back the book's
// program and its diagnostics; a trapped module (nesting deeper than the browser's stack)
// is reported and the next run works; no request leaves the page's origin; the page logs
// no error. It reports the re-analysis times (median and max of 20 runs of the book's
// program, inside WebAssembly) and the module's size, raw, gzip and brotli. Prints a JSON
// summary; exits 1 with one line per failed check on stderr, 2 when it cannot run.

import { readFileSync } from 'node:fs';
import { launch } from './chromium.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { scanStates } from './axe-check.mjs';


/** The bar of the issue: the module's download, compressed. */
const MAX_COMPRESSED = 1024 * 1024;

const [url, wasmFile] = process.argv.slice(2);
if (!url || !wasmFile) {
  process.stderr.write('usage: node live-check.mjs PAGE_URL WASM_FILE\n');
  process.exit(2);
}

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

const summary = {};
const wasm = readFileSync(wasmFile);
summary.wasm_bytes = wasm.length;
summary.wasm_gzip_bytes = gzipSync(wasm, { level: 9 }).length;
summary.wasm_brotli_bytes = brotliCompressSync(wasm, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
check(summary.wasm_gzip_bytes < MAX_COMPRESSED,
  `memsim.wasm is ${summary.wasm_gzip_bytes} bytes gzipped, over ${MAX_COMPRESSED}`);

const { browser, page, errors, close } = await launch('live-check.mjs');
const origin = new URL(url).origin;
const refused = [];
let wasmRequests = 0;
await browser.route('**/*', (route) => {
  const u = route.request().url();
  if (u.startsWith('data:') || u.startsWith(origin + '/')) {
    if (/\/memsim\.wasm$/.test(new URL(u).pathname)) wasmRequests += 1;
    return route.continue();
  }
  refused.push(u);
  return route.abort();
});

const V = (fn, arg) => page.evaluate(fn, arg);
const viewerState = () => V(() => {
  const v = memsimViewer.instances[0];
  return {
    step: v.step(),
    n: v.n,
    source: v.doc.source,
    messages: (v.doc.diagnostics || []).map((d) => d.line + ': ' + d.message),
    stdout: v.doc.stdout,
    truncated: v.doc.truncated,
    codeLines: v.root.querySelectorAll('.msv-lines > li').length,
    stale: v.root.classList.contains('msv-stale'),
  };
});
/** Types into the editor, then waits for the answer to the text typed. */
async function edit(area, text) {
  await area.fill(text);
  await V((t) => memsimLive.run(memsimViewer.instances[0], t), text);
}

try {
  await page.goto(url);
  await page.evaluate(() => document.querySelector('.memsim-viewer')?.scrollIntoView());
  await page.waitForFunction(() => window.memsimViewer && memsimViewer.instances.length > 0 && window.memsimLive,
    null, { timeout: 20_000 });
  const root = page.locator('.memsim-viewer.msv-ready').first();
  const toggle = root.locator('.msv-edit-toggle');
  check(await toggle.count() === 1, 'the viewer has an Edit button');
  check(await toggle.getAttribute('aria-expanded') === 'false', 'the Edit button says the editor is closed');
  const original = await viewerState();
  summary.viewer = await V(() => memsimViewer.instances[0].id);
  check(original.messages.includes('8: moved to heap: p'), `the page's first viewer is newpoint.go (-m: ${original.messages})`);

  await toggle.click();
  const area = root.locator('.msv-edit-src');
  check(await area.isVisible(), 'Edit opens the editor');
  check(await toggle.getAttribute('aria-expanded') === 'true', 'the Edit button says the editor is open');
  check(await area.inputValue() === original.source, "the editor holds the example's source");
  await page.waitForFunction(() => /ready/.test(document.querySelector('.msv-edit-status').textContent), null, { timeout: 20_000 });

  // An edit: return a pointer to a copy made after the fact -- still escapes, but now q.
  const before = page.url();
  const moved = original.source.replace('\treturn &p', '\tq := p\n\treturn &q');
  await edit(area, moved);
  let now = await viewerState();
  check(now.source === moved, 'the viewer shows the edited program');
  check(now.codeLines === moved.replace(/\n$/, '').split('\n').length, 'the code pane has the edited lines');
  check(now.messages.includes('9: moved to heap: q') && !now.messages.includes('8: moved to heap: p'),
    `the new -m lines: q moves to the heap, p no longer (${now.messages})`);
  check(now.step === 0 && now.n > 1, 'the new run starts at its first step');
  check(/^Analysed and ran in \d+ ms: 3 lines from -m, \d+ steps\.$/.test(await root.locator('.msv-edit-status').textContent()),
    `the status says what was done (${await root.locator('.msv-edit-status').textContent()})`);
  await V(() => memsimViewer.instances[0].go(memsimViewer.instances[0].n - 1));
  check((await root.locator('.msv-out pre').textContent()) === '3\n', 'the new run prints 3');

  // Typing keys stay in the editor.
  await area.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('End');
  check((await viewerState()).step === now.n - 1, 'arrow keys in the editor leave the viewer at its step');
  check(page.url() === before, `arrow keys in the editor leave the page alone (now ${page.url()})`);
  check(await V(() => document.activeElement.classList.contains('msv-edit-src')), 'the editor keeps the focus across runs');

  // A program Go would not build.
  const broken = moved.replace('\treturn &q', '\tvar unused int\n\treturn &q');
  await edit(area, broken);
  now = await viewerState();
  const error = await root.locator('.msv-edit-error').textContent();
  check(error === './newpoint.go:10:6: declared and not used: unused', `Go's error line is shown (${error})`);
  check(now.source === moved && now.stale, 'the viewer keeps the last good run, framed dashed');

  // axe-core on the viewer with its editor open, showing the error, in every theme.
  const scan = await scanStates(page, 0, 'escape/pointers.html', [
    { name: 'editor open with an error line', setup: async () => {} },
  ]);
  failures.push(...scan.failures);
  summary.axe_scans = scan.scans.length;
  summary.axe_warnings = scan.warnings.length;

  // An endless loop ends at the step limit.
  const endless = original.source.replace('\ta := newPoint(1, 2)', '\tn := 0\n\tfor {\n\t\tn++\n\t}\n\ta := newPoint(1, 2)');
  const t0 = Date.now();
  await edit(area, endless);
  now = await viewerState();
  check(now.truncated && !now.stale, 'an endless loop is cut at the step limit and shown');
  summary.endless_loop_ms = Date.now() - t0;

  // memsim runs in a worker: while the endless loop runs to its step limit, the page's
  // own timers keep firing (on the page's thread they would all wait for the run).
  const responsive = await V(async (src) => {
    let ticks = 0;
    let running = true;
    const tick = () => { if (running) { ticks += 1; setTimeout(tick, 10); } };
    setTimeout(tick, 10);
    const t = performance.now();
    const answer = await memsimLive.run(memsimViewer.instances[0], src);
    running = false;
    return { ticks, ms: answer.ms, ok: answer.ok, truncated: answer.ok && answer.doc.truncated };
  }, endless);
  summary.endless_loop_run_ms = Math.round(responsive.ms);
  summary.endless_loop_page_ticks = responsive.ticks;
  check(responsive.ok && responsive.truncated, 'the endless loop run in the worker is cut at the step limit');
  // A 10 ms timer fires about ms/10 times while the worker runs; on the page's thread,
  // not once. A quarter of that is asked for, and at least once.
  check(responsive.ticks >= Math.max(1, Math.floor(responsive.ms / 40)),
    `the page stays responsive while memsim runs (${responsive.ticks} timer ticks in ${Math.round(responsive.ms)} ms of running)`);

  // A new edit stops the run in progress: the endless loop's answer is dropped at once
  // and the newer program is shown.
  const replaced = await V(async ([slow, fast]) => {
    const v = memsimViewer.instances[0];
    const t = performance.now();
    const first = memsimLive.run(v, slow);
    await new Promise((r) => setTimeout(r, 5));
    const second = memsimLive.run(v, fast);
    const [a, b] = await Promise.all([first, second]);
    return { firstSuperseded: !!a.superseded, secondOk: b.ok, source: v.doc.source, ms: performance.now() - t };
  }, [endless, moved]);
  summary.replaced_run_ms = Math.round(replaced.ms);
  check(replaced.firstSuperseded, 'a newer edit stops the run in progress (its answer is marked superseded)');
  check(replaced.secondOk && replaced.source === moved, 'after it, the newer program is analysed, run and shown');

  // Nesting deeper than the browser's stack: reported; the next run works.
  const deep = 'package main\n\nfunc main() {\n\tx := 0\n' + '\tif x == 0 {\n'.repeat(900) + '\t\tx++\n' + '\t}\n'.repeat(900) + '}\n';
  const answer = await V((t) => memsimLive.run(memsimViewer.instances[0], t), deep);
  summary.deep_nesting = answer.ok ? 'ran' : answer.error;

  // Restore.
  await root.locator('.msv-edit-reset').click();
  await page.waitForFunction((src) => memsimViewer.instances[0].doc.source === src && !document.querySelector('.memsim-viewer').classList.contains('msv-stale'),
    original.source, { timeout: 20_000 });
  now = await viewerState();
  check(JSON.stringify(now.messages) === JSON.stringify(original.messages), "restoring gives back the book's program and its -m lines");
  check(await area.inputValue() === original.source, "restoring puts the book's source back in the editor");

  // Re-analysis time of the book's program, inside WebAssembly.
  const times = [];
  for (let i = 0; i < 20; i++) {
    times.push(await V((t) => memsimLive.run(memsimViewer.instances[0], t).then((a) => a.ms), original.source));
  }
  times.sort((a, b) => a - b);
  summary.rerun_ms_median = Number(times[times.length >> 1].toFixed(1));
  summary.rerun_ms_max = Number(times[times.length - 1].toFixed(1));
} catch (e) {
  failures.push(`the check stopped: ${e.stack || e}`);
} finally {
  await close();
}

check(wasmRequests === 1, `memsim.wasm is fetched once (${wasmRequests} times)`);
check(refused.length === 0, `requests left the page's origin: ${refused.join(', ')}`);
for (const e of errors) failures.push(`page error: ${e}`);
summary.failures = failures.length;
process.stdout.write(JSON.stringify(summary) + '\n');
if (failures.length) {
  process.stderr.write(failures.map((f) => `live-check: ${f}`).join('\n') + '\n');
  process.exit(1);
}
