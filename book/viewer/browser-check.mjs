// Headless-Chromium check of the memory viewer on a page that has one or more viewers:
//
//   node book/viewer/browser-check.mjs URL [SCAN_URL ...]
//
// URL is a page, for instance http://127.0.0.1:8000/book/viewer/test/demo.html (the repository
// root served by any static server) or a built book chapter with viewers. playwright-core and
// axe-core are taken from book/site/browser/node_modules (npm ci there); Chromium is
// /usr/bin/chromium or $MEMSIM_CHROMIUM.
//
// On the first viewer of the page it checks that: arrow keys pressed on the viewer, on its
// slider and on its buttons change the step and leave the page's URL alone (mdBook turns
// unhandled ←/→ into the previous/next chapter; demo.html imitates that); every control
// (buttons, slider, jump menu, key-step chips, keys) goes to the step it should; the text
// view and the labels toggle switch; the help opens with ? and closes with Esc; autoplay
// advances and stops on a key; a deep link #memsim-ID=STEP opens that step; jumping to a
// step and stepping to it give the same SVG; autoplay stops when the viewer scrolls out of
// view; every viewer is built once scrolled near, and element ids are unique on the page;
// flashed elements pulse, but nothing animates with prefers-reduced-motion; the page logs
// no error; and render timings are recorded.
//
// Then axe-core (axe-check.mjs) scans that viewer at its first step (also 380 px wide),
// mid-trace, during a collection's marking and in the text view, in each of mdBook's themes
// (light, rust, coal, navy, ayu), and the first viewer of each SCAN_URL at its first step
// (also 380 px wide): a serious or critical violation, or text of the picture under 4.5:1
// contrast, is a failure; moderate and minor ones are warnings.
//
// Prints a JSON summary (with `axe.scans`: per scan, the rules run and passed and what was
// found); exits 1 with one line per failed check on stderr (warnings there too), 2 when it
// cannot run.

import { launch } from './chromium.mjs';
import { AXE_TAGS, AXE_THEMES, AXE_VERSION, narrowState, scanStates, viewerStates } from './axe-check.mjs';

const [url, ...scanUrls] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: node browser-check.mjs PAGE_URL [SCAN_URL ...]\n');
  process.exit(2);
}

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

const { browser, page, errors, close } = await launch('browser-check.mjs');

/** Step (from 0) of the first viewer, and the helpers of the page. */
const step = () => page.evaluate(() => memsimViewer.instances[0].step());
const V = (fn, arg) => page.evaluate(fn, arg);

async function load(target) {
  await page.goto('about:blank'); // a page load even when only the hash differs
  await page.goto(target);
  // Viewers start when they scroll into view.
  await page.evaluate(() => document.querySelector('.memsim-viewer')?.scrollIntoView());
  await page.waitForFunction(() => window.memsimViewer && memsimViewer.instances.length > 0, null, { timeout: 20_000 });
}

const summary = {};
try {
  await load(url);
  const root = page.locator('.memsim-viewer.msv-ready').first();
  const info = await V(() => {
    const v = memsimViewer.instances[0];
    return { id: v.id, n: v.n, keySteps: (v.doc.key_steps || []).map((k) => k.step) };
  });
  summary.viewer = info.id;
  summary.steps = info.n;
  check(info.n >= 3, 'the first viewer has at least 3 steps to check with');
  check(await V(() => [...document.querySelectorAll('.memsim-viewer.msv-ready .memsim-viewer-static')].every((s) => s.hidden)),
    'the static fallback is hidden once the viewer is built');

  // Arrow keys: on the viewer, on its slider, on a button. The URL must not change.
  const before = page.url();
  await root.focus();
  await page.keyboard.press('ArrowRight');
  check(await step() === 1, '→ on the viewer goes to step 2');
  check(/Step 2 \//.test(await root.locator('.msv-status').textContent()), 'the status reads Step 2 / N');
  check(/^Step 2 of /.test(await root.locator('[aria-live]').textContent()), 'the live region announces step 2');
  await page.keyboard.press('ArrowLeft');
  check(await step() === 0, '← on the viewer goes back to step 1');
  await root.locator('.msv-slider').focus();
  await page.keyboard.press('ArrowRight');
  check(await step() === 1, '→ on the slider goes to step 2');
  await page.keyboard.press('ArrowLeft');
  check(await step() === 0, '← on the slider goes back to step 1');
  await root.locator('.msv-forward').focus();
  await page.keyboard.press('ArrowRight');
  check(await step() === 1, '→ on a button goes to step 2');
  await page.keyboard.press('ArrowLeft');
  check(page.url() === before, `arrow keys left the page's URL alone (now ${page.url()})`);

  // Home, End, Shift+arrows, n and p.
  await root.focus();
  await page.keyboard.press('End');
  check(await step() === info.n - 1, 'End goes to the last step');
  await page.keyboard.press('Home');
  check(await step() === 0, 'Home goes to the first step');
  const findStep = (from, dir, kind) =>
    V(([f, d, k]) => memsimViewer.findStep(memsimViewer.instances[0].doc, f, d, k), [from, dir, kind]);
  const nextEvent = await findStep(0, 1, '');
  await page.keyboard.press('Shift+ArrowRight');
  const at = await step();
  check(at === Math.max(nextEvent, 0), 'Shift+→ goes to the next step with an event');
  const prevEvent = await findStep(at, -1, '');
  await page.keyboard.press('Shift+ArrowLeft');
  check(await step() === (prevEvent < 0 ? at : prevEvent), 'Shift+← goes to the previous step with an event');
  if (info.keySteps.length) {
    const after = info.keySteps.filter((k) => k > 0);
    const before = info.keySteps.filter((k) => k < info.n - 1);
    await page.keyboard.press('Home');
    await page.keyboard.press('n');
    check(await step() === (after.length ? Math.min(...after) : 0), 'n goes to the next key step');
    await page.keyboard.press('End');
    await page.keyboard.press('p');
    check(await step() === (before.length ? Math.max(...before) : info.n - 1), 'p goes to the previous key step');
  }

  // Buttons, slider, jump menu, chips. (Playwright does not click an aria-disabled
  // button, so resets to the first or last step go through the API.)
  const click = (sel) => root.locator(sel).first().click();
  const goTo = (k) => V((s) => memsimViewer.instances[0].go(s), k);
  await goTo(1);
  await click('.msv-first');
  check(await step() === 0, 'First');
  await click('.msv-forward');
  check(await step() === 1, 'Next step');
  await click('.msv-back');
  check(await step() === 0, 'Previous step');
  await click('.msv-last');
  check(await step() === info.n - 1, 'Last step');
  await root.locator('.msv-slider').fill('2');
  check(await step() === 1, 'the slider goes to the step it is set to');
  if (await root.locator('.msv-kind').count()) {
    const kinds = await root.locator('.msv-kind option').evaluateAll((os) => os.map((o) => o.value));
    for (const kind of kinds) {
      await root.locator('.msv-kind').selectOption(kind);
      await goTo(0);
      const want = await findStep(0, 1, kind);
      await click('.msv-next-event');
      check(await step() === Math.max(want, 0), `jump to the next ${kind || 'event'}`);
      await goTo(info.n - 1);
      const back = await findStep(info.n - 1, -1, kind);
      await click('.msv-prev-event');
      check(await step() === (back < 0 ? info.n - 1 : back), `jump to the previous ${kind || 'event'}`);
    }
  }
  const chips = root.locator('.msv-chip');
  for (let i = 0; i < (await chips.count()); i++) {
    await chips.nth(i).click();
    check(await step() === info.keySteps[i], `key step chip ${i + 1}`);
    check(await chips.nth(i).getAttribute('aria-current') === 'true', `key step chip ${i + 1} is marked current`);
  }

  // Text view and labels.
  await click('.msv-toggle-text');
  check(await root.locator('.msv-textview table').count() >= 2, 'the text view shows a stack table and the heap table');
  check(!(await root.locator('.msv-svg').isVisible()), 'the picture is hidden in text view');
  await root.focus();
  await page.keyboard.press('t');
  check(await root.locator('.msv-svg').isVisible(), 't goes back to the picture');
  const withArrows = await V(() => memsimViewer.instances[0].state());
  const arrows = Object.values(withArrows).filter((e) => e.t === 'arrow').length;
  check(await root.locator('path.msv-path').count() === arrows, 'one path per arrow');
  await click('.msv-toggle-labels');
  check(await root.locator('path.msv-path').count() === 0, 'labels mode draws no arrows');
  check(arrows === 0 || await root.locator('.msv-svg .msv-ref').count() > 0, 'labels mode writes the arrows as labels');
  await click('.msv-toggle-labels');

  // Help.
  await root.focus();
  await page.keyboard.press('?');
  check(await root.locator('.msv-help').isVisible(), '? opens the help');
  await page.keyboard.press('Escape');
  check(!(await root.locator('.msv-help').isVisible()), 'Esc closes the help');
  check(await V(() => document.activeElement === memsimViewer.instances[0].root), 'focus returns to the viewer');

  // Autoplay: advances, and stops on a key.
  await goTo(0);
  await root.locator('.msv-speed').selectOption('4');
  await click('.msv-play');
  await page.waitForTimeout(900);
  check(await step() >= 2, 'autoplay advances');
  await root.focus();
  await page.keyboard.press('ArrowLeft');
  const stopped = await step();
  await page.waitForTimeout(600);
  check(await step() === stopped, 'a key stops autoplay');

  // Jumping to a step and stepping to it draw the same picture.
  const svgs = await V(() => {
    const v = memsimViewer.instances[0];
    const stepped = [];
    v.go(0);
    for (let k = 0; k < v.n; k++) {
      v.go(k);
      stepped.push(v.layer.outerHTML);
    }
    const jumped = [];
    for (let k = v.n - 1; k >= 0; k--) {
      v.go(k);
      jumped[k] = v.layer.outerHTML;
    }
    return stepped.map((s, k) => s === jumped[k]);
  });
  check(svgs.every(Boolean), `jumping and stepping draw the same SVG (differs at steps ${svgs.flatMap((ok, k) => (ok ? [] : [k + 1]))})`);

  // Autoplay stops when the viewer leaves the screen.
  await goTo(0);
  await click('.msv-play');
  await page.evaluate(() => {
    // Room below the page, so that scrolling to its end takes the viewer off screen.
    document.body.append(Object.assign(document.createElement('div'), { style: 'height: 300vh' }));
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForTimeout(300);
  check(!(await V(() => memsimViewer.instances[0].playing)), 'autoplay stops when the viewer scrolls out of view');

  // Every viewer is built once scrolled near, and ids are unique on the page.
  const roots = await page.locator('div.memsim-viewer[data-doc]').count();
  summary.viewers = roots;
  for (let i = 0; i < roots; i++) await page.locator('div.memsim-viewer[data-doc]').nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => memsimViewer.instances.length === n, roots, { timeout: 5000 })
    .catch(() => failures.push('every viewer is built when scrolled into view'));
  const dupes = await V(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  check(dupes.length === 0, `duplicate ids: ${dupes}`);

  // Timings.
  const timings = await V(() => window.memsimViewerTimings.map((t) => t.ms));
  check(timings.length > 0, 'render timings are recorded in window.memsimViewerTimings');
  const sorted = timings.slice().sort((a, b) => a - b);
  summary.render_ms = {
    count: sorted.length,
    median: +sorted[Math.floor(sorted.length / 2)].toFixed(2),
    max: +sorted[sorted.length - 1].toFixed(2),
  };

  // A deep link opens its step.
  const target = Math.min(2, info.n - 1);
  const link = await root.locator('.msv-link').getAttribute('href');
  check(new RegExp(`^#memsim-.+=\\d+$`).test(link), `the link is a #memsim-ID=STEP anchor (${link})`);
  await load(url.replace(/#.*$/, '') + `#memsim-${encodeURIComponent(info.id)}=${target + 1}`);
  check(await step() === target, `a deep link to step ${target + 1} opens it`);

  // Reduced motion: a step with flashed elements runs no animation.
  const flashStep = await V(() => memsimViewer.instances[0].doc.steps.findIndex((s) => (s.flash || []).length));
  if (flashStep >= 0) {
    await V((k) => memsimViewer.instances[0].go(k), flashStep);
    check(await V(() => document.getAnimations().length) > 0, 'flashed elements pulse');
    await V(() => memsimViewer.instances[0].go(0));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await V((k) => memsimViewer.instances[0].go(k), flashStep);
    check(await V(() => document.getAnimations().length) === 0, 'nothing animates with prefers-reduced-motion');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
} catch (e) {
  failures.push(`the check stopped: ${e.stack || e}`);
}

// Accessibility: axe-core scans of the first viewer (initial, also on a phone's width,
// mid-trace, GC marking, text view) in each of mdBook's themes, then of the first viewer of
// each SCAN_URL at its first step (also on a phone's width).
const axe = { version: AXE_VERSION, tags: AXE_TAGS, themes: AXE_THEMES, scans: [] };
const warnings = [];
summary.axe = axe;
try {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const pages = [url.replace(/#.*$/, ''), ...scanUrls];
  for (const [n, target] of pages.entries()) {
    await load(target);
    const where = `${new URL(target).pathname.split('/').pop() || target} ${await V(() => memsimViewer.instances[0].id)}`;
    let states;
    if (n === 0) {
      const found = await viewerStates(page, 0);
      if (found.missing) failures.push(`axe: ${where}: ${found.missing}`);
      states = found.states;
    } else {
      const first = () => V(() => memsimViewer.instances[0].go(0));
      states = [{ name: 'initial state (step 1)', setup: first }, narrowState(page, first)];
    }
    const r = await scanStates(page, 0, where, states);
    axe.scans.push(...r.scans);
    failures.push(...r.failures);
    warnings.push(...r.warnings);
  }
  axe.rules = Math.max(0, ...axe.scans.map((s) => s.rules));
  axe.serious = axe.scans.reduce((n, s) => n + s.serious, 0);
  axe.moderate = axe.scans.reduce((n, s) => n + s.moderate, 0);
  check(axe.scans.length > 0, 'axe scanned nothing');
} catch (e) {
  failures.push(`the axe scans stopped: ${e.stack || e}`);
} finally {
  await close();
}

for (const e of errors) failures.push(`page error: ${e}`);
summary.failures = failures.length;
process.stdout.write(JSON.stringify(summary) + '\n');
if (warnings.length) {
  process.stderr.write(warnings.map((w) => `browser-check: warning: ${w}`).join('\n') + '\n');
}
if (failures.length) {
  process.stderr.write(failures.map((f) => `browser-check: ${f}`).join('\n') + '\n');
  process.exit(1);
}
