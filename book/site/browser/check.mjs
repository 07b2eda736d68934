// Headless-Chromium check of the built course, run by book/site/tests/browser.rs against the
// site that test serves (it can also be run by hand against `memsim-book serve`):
//
//   node book/site/browser/check.mjs http://127.0.0.1:PORT [PAGE ...]
//
// PAGE is a path under the site (`escape/index.html`); without any, the pages are the book's
// table of contents (toc.html) plus index.html, print.html and 404.html.
//
// For every page: it loads with no console message of type error, no uncaught exception and
// no failed request (network failure or HTTP status >= 400) to the site; every
// `svg.memsim-diagram` on it (but a memory viewer's static fallback) is laid out (bounding box over 50 × 50) and has boxes (<rect>)
// and text (<text>), and every text in it stands out from what it is drawn on (the box under
// it, or the page's background). Then, on one page: mdBook's search box (opened with the
// `s` key) finds "escape analysis" with at least one hit in escape/, and the first such hit
// opens (highlighted, as mdBook does) with no error; and on one page with diagrams, the
// navy theme chosen in mdBook's theme picker leaves the diagrams readable.
//
// Nothing leaves the machine: requests to other origins are not sent. The only one the book
// makes, mdBook's fetch of the Rust playground's crate list (for runnable Rust blocks), gets
// an empty list, as an unreachable playground would leave the page; any other is an error.
//
// Prints a JSON summary on stdout; exits 1 with one line per problem on stderr when a check
// fails, 2 when it cannot run (bad arguments, Chromium does not start).

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.MEMSIM_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGE_TIMEOUT_MS = 60_000;
const MIN_DIAGRAM_SIZE = 50;
// WCAG's minimum contrast ratio for large text; the diagrams' text is small, so anything
// under this is unreadable, not merely below a guideline.
const MIN_CONTRAST = 3;
const SEARCH_TERM = 'escape analysis';
const DARK_THEME = 'navy';

function usage(msg) {
  process.stderr.write(`check.mjs: ${msg}\nusage: node check.mjs BASE_URL [PAGE ...]\n`);
  process.exit(2);
}

const [baseArg, ...pageArgs] = process.argv.slice(2);
if (!baseArg) usage('no base URL');
let base;
try {
  base = new URL(baseArg.endsWith('/') ? baseArg : `${baseArg}/`);
} catch {
  usage(`not a URL: ${baseArg}`);
}
const origin = base.origin;

const problems = [];
const problem = (page, msg) => problems.push(`${page}: ${msg}`);
const external = new Set();

/** The pages to open: the arguments, or every page the table of contents links to. */
async function pageList() {
  if (pageArgs.length > 0) return pageArgs.map((p) => p.replace(/^\//, ''));
  const res = await fetch(new URL('toc.html', base));
  if (!res.ok) usage(`cannot read ${new URL('toc.html', base)}: HTTP ${res.status}`);
  const html = await res.text();
  const pages = new Set(['index.html']);
  for (const m of html.matchAll(/href="([^"#?]+\.html)(?:[#?][^"]*)?"/g)) {
    if (!m[1].includes('://')) pages.add(m[1]);
  }
  pages.add('print.html');
  pages.add('404.html');
  if (pages.size < 5) usage(`toc.html links to only ${pages.size - 3} pages`);
  return [...pages];
}

/** Routes every request: the site's pass, others are answered here or refused. */
async function route(context) {
  await context.route('**/*', async (r) => {
    const url = new URL(r.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') {
      return r.continue();
    }
    if (url.href === 'https://play.rust-lang.org/meta/crates') {
      external.add(url.href);
      return r.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: '{"crates":[]}',
      });
    }
    problem(r.request().frame()?.url() ?? '?', `request to another origin: ${url.href}`);
    return r.abort('blockedbyclient');
  });
}

/** Collects the errors of one page; `name` is what the messages call it. */
function watch(page, name) {
  const errors = [];
  const pending = new Map();
  page.on('request', (req) => pending.set(req, Date.now()));
  page.on('requestfinished', (req) => pending.delete(req));
  page.on('requestfailed', (req) => pending.delete(req));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc?.url ? ` (${loc.url}:${loc.lineNumber + 1})` : '';
      errors.push(`console error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`uncaught exception: ${err.stack || err.message || err}`));
  page.on('requestfailed', (req) => {
    if (new URL(req.url()).origin === origin) {
      errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`);
    }
  });
  page.on('response', (res) => {
    if (new URL(res.url()).origin === origin && res.status() >= 400) {
      errors.push(`HTTP ${res.status()} for ${res.url()}`);
    }
  });
  const flush = () => {
    for (const e of errors.splice(0)) problem(name, e);
  };
  // What the page still waits for: named when a step times out.
  flush.pending = () =>
    [...pending].map(([req, t]) => `${req.url()} (for ${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return flush;
}

/** The message for a failed step, with the requests the page was still waiting for. */
function failure(e, flush) {
  const first = e.message.split('\n')[0];
  const waiting = flush.pending();
  return waiting.length > 0 ? `${first}; still waiting for: ${waiting.join(', ')}` : first;
}

async function settle(page) {
  await page.waitForLoadState('load', { timeout: PAGE_TIMEOUT_MS });
  await page.waitForLoadState('networkidle', { timeout: PAGE_TIMEOUT_MS }).catch(() => {});
}

/**
 * Every diagram on the page, measured in the page: its bounding box, its boxes and texts, and
 * for each text the colour it is painted in against the colour under it (the last box drawn
 * under its centre, or the nearest opaque background behind the SVG).
 */
async function measureDiagrams(page) {
  return page.evaluate(() => {
    function rgba(css) {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
    }
    function background(el) {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.5) return getComputedStyle(e).backgroundColor;
      }
      return 'rgb(255, 255, 255)';
    }
    const out = [];
    for (const svg of document.querySelectorAll('svg.memsim-diagram')) {
      // A viewer's static picture is hidden once the viewer is built (it is for readers
      // without JavaScript and for print).
      if (svg.closest('.memsim-viewer-static')) continue;
      const box = svg.getBBox();
      const rects = [...svg.querySelectorAll('rect')];
      const texts = [...svg.querySelectorAll('text')];
      const behind = background(svg);
      const rectBoxes = rects.map((r) => ({ b: r.getBBox(), fill: getComputedStyle(r).fill }));
      const pairs = [];
      for (const t of texts) {
        const tb = t.getBBox();
        const cx = tb.x + tb.width / 2;
        const cy = tb.y + tb.height / 2;
        let under = null;
        for (const r of rectBoxes) {
          if (r.fill === 'none' || !rgba(r.fill)) continue;
          const { x, y, width, height } = r.b;
          if (cx >= x && cx <= x + width && cy >= y && cy <= y + height) under = r.fill;
        }
        pairs.push({
          text: t.textContent.slice(0, 40),
          fill: getComputedStyle(t).fill,
          under: under ?? behind,
          inBox: under !== null,
        });
      }
      out.push({
        title: svg.querySelector('title')?.textContent ?? '(untitled)',
        width: box.width,
        height: box.height,
        rects: rects.length,
        texts: texts.length,
        pairs,
      });
    }
    return out;
  });
}

function luminance(css) {
  const m = css.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const [r, g, b] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Checks the diagrams of a page; returns how many there are and the lowest contrast seen. */
async function checkDiagrams(page, name) {
  const diagrams = await measureDiagrams(page);
  let minContrast = Infinity;
  diagrams.forEach((d, i) => {
    const which = `diagram ${i + 1} ("${d.title}")`;
    if (!(d.width > MIN_DIAGRAM_SIZE && d.height > MIN_DIAGRAM_SIZE)) {
      problem(name, `${which} is not laid out: bounding box ${d.width} × ${d.height}`);
    }
    if (d.rects === 0) problem(name, `${which} has no <rect>`);
    if (d.texts === 0) problem(name, `${which} has no <text>`);
    const bad = [];
    for (const p of d.pairs) {
      const c = contrast(p.fill, p.under);
      if (c === null) {
        bad.push(`"${p.text}": unreadable colours ${p.fill} on ${p.under}`);
        continue;
      }
      minContrast = Math.min(minContrast, c);
      if (p.fill === p.under || c < MIN_CONTRAST) {
        bad.push(
          `"${p.text}" (${p.inBox ? 'in a box' : 'on the page'}): ${p.fill} on ${p.under}, contrast ${c.toFixed(2)}`,
        );
      }
    }
    if (bad.length > 0) {
      problem(name, `${which}: ${bad.length} texts do not stand out from what is under them, e.g.\n    ${bad.slice(0, 5).join('\n    ')}`);
    }
  });
  return { count: diagrams.length, minContrast };
}

/** Opens mdBook's search with the `s` key, searches, and follows the first hit in escape/. */
async function checkSearch(context, name) {
  const page = await context.newPage();
  const flush = watch(page, `${name} (search)`);
  const result = { page: name, term: SEARCH_TERM, hits: 0, escapeHits: 0, opened: null };
  try {
    await page.goto(new URL(name, base).href, { timeout: PAGE_TIMEOUT_MS });
    await settle(page);
    await page.locator('#mdbook-content').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
    const bar = page.locator('#mdbook-searchbar');
    await bar.waitFor({ state: 'visible', timeout: 10_000 });
    await bar.pressSequentially(SEARCH_TERM, { delay: 20 });
    // Results come as each key is typed: wait for those of the whole term.
    await page.waitForFunction(
      (term) => document.getElementById('mdbook-searchresults-header')?.textContent.includes(`'${term}'`),
      SEARCH_TERM,
      { timeout: 30_000 },
    );
    const hitLinks = page.locator('#mdbook-searchresults li a');
    await hitLinks.first().waitFor({ state: 'visible', timeout: 10_000 });
    const hrefs = await hitLinks.evaluateAll((as) => as.map((a) => a.href));
    result.hits = hrefs.length;
    const escape = hrefs.filter((h) => new URL(h).pathname.includes('/escape/'));
    result.escapeHits = escape.length;
    result.header = (await page.locator('#mdbook-searchresults-header').innerText()).trim();
    if (escape.length === 0) {
      problem(name, `search for "${SEARCH_TERM}" found ${hrefs.length} pages, none in escape/: ${hrefs.join(', ')}`);
    } else {
      // Follow the hit as a reader would: mdBook highlights the terms in the page it opens.
      const href = await hitLinks.evaluateAll(
        (as) => as.find((a) => new URL(a.href).pathname.includes('/escape/'))?.getAttribute('href'),
      );
      await Promise.all([
        page.waitForURL((u) => u.pathname.includes('/escape/'), { timeout: PAGE_TIMEOUT_MS }),
        page.locator(`#mdbook-searchresults li a[href="${href}"]`).first().click(),
      ]);
      await settle(page);
      const opened = new URL(page.url());
      result.opened = opened.pathname + opened.search;
      result.marks = await page.locator('#mdbook-content mark').count();
      if (result.marks === 0) problem(result.opened, `the search hit opened with no highlighted term`);
      result.diagrams = (await checkDiagrams(page, `${result.opened} (from search)`)).count;
    }
  } catch (e) {
    problem(name, `search for "${SEARCH_TERM}": ${failure(e, flush)}`);
  } finally {
    flush();
    await page.close();
  }
  return result;
}

/** Switches to the dark theme with mdBook's theme picker and checks the diagrams again. */
async function checkDarkTheme(context, name) {
  const page = await context.newPage();
  const flush = watch(page, `${name} (${DARK_THEME})`);
  const result = { page: name, theme: DARK_THEME, diagrams: 0 };
  try {
    await page.goto(new URL(name, base).href, { timeout: PAGE_TIMEOUT_MS });
    await settle(page);
    await page.locator('#mdbook-theme-toggle').click();
    await page.locator(`#mdbook-theme-${DARK_THEME}`).click();
    await page.waitForFunction((t) => document.documentElement.classList.contains(t), DARK_THEME, {
      timeout: 10_000,
    });
    result.stored = await page.evaluate(() => localStorage.getItem('mdbook-theme'));
    result.background = await page.evaluate(() => {
      const body = getComputedStyle(document.body).backgroundColor;
      return body === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body;
    });
    const d = await checkDiagrams(page, `${name} (${DARK_THEME} theme)`);
    result.diagrams = d.count;
    result.minContrast = Number(d.minContrast.toFixed(2));
    if (d.count === 0) problem(name, `no diagrams in the ${DARK_THEME} theme`);
    // The choice is remembered: reloading keeps it.
    await page.reload({ timeout: PAGE_TIMEOUT_MS });
    await settle(page);
    if (!(await page.evaluate((t) => document.documentElement.classList.contains(t), DARK_THEME))) {
      problem(name, `the ${DARK_THEME} theme is not kept across a reload`);
    }
  } catch (e) {
    problem(name, `${DARK_THEME} theme: ${failure(e, flush)}`);
  } finally {
    flush();
    await page.close();
  }
  return result;
}

async function main() {
  const started = Date.now();
  const pages = await pageList();
  const userDataDir = mkdtempSync(join(tmpdir(), 'memsim-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
      timeout: 60_000,
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    process.stderr.write(`check.mjs: cannot start ${CHROMIUM}: ${e.message}\n`);
    process.exit(2);
  }
  const summary = {
    base: base.href,
    browser: `${CHROMIUM} ${context.browser()?.version() ?? ''}`.trim(),
    pagesChecked: 0,
    diagramsSeen: 0,
    diagramPages: {},
    minContrastLight: null,
    search: null,
    darkTheme: null,
    externalRequestsAnswered: [],
    seconds: 0,
    problems,
  };
  let minLight = Infinity;
  try {
    await route(context);
    for (const name of pages) {
      const page = await context.newPage();
      const flush = watch(page, name);
      try {
        const res = await page.goto(new URL(name, base).href, { timeout: PAGE_TIMEOUT_MS });
        if (!res) problem(name, 'no response');
        else if (!res.ok() && name !== '404.html') problem(name, `HTTP ${res.status()}`);
        await settle(page);
        const d = await checkDiagrams(page, name);
        if (d.count > 0) {
          summary.diagramPages[name] = d.count;
          minLight = Math.min(minLight, d.minContrast);
        }
        summary.diagramsSeen += d.count;
        summary.pagesChecked += 1;
      } catch (e) {
        problem(name, failure(e, flush));
      } finally {
        flush();
        await page.close();
      }
      process.stderr.write(`check.mjs: ${name} checked\n`);
    }
    const searchPage = pages.includes('index.html') ? 'index.html' : pages[0];
    summary.search = await checkSearch(context, searchPage);
    const withDiagrams = Object.keys(summary.diagramPages).filter((p) => p !== 'print.html');
    const darkPage = withDiagrams.includes('escape/index.html') ? 'escape/index.html' : withDiagrams[0];
    if (darkPage) {
      summary.darkTheme = await checkDarkTheme(context, darkPage);
    } else {
      problem('(site)', 'no page has a diagram, so the dark theme cannot be checked');
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  if (pageArgs.length === 0 && summary.diagramsSeen === 0) problem('(site)', 'no diagram on any page');
  summary.minContrastLight = Number.isFinite(minLight) ? Number(minLight.toFixed(2)) : null;
  summary.externalRequestsAnswered = [...external];
  summary.seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (problems.length > 0) {
    process.stderr.write(`check.mjs: ${problems.length} problems:\n`);
    for (const p of problems) process.stderr.write(`  ${p}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `check.mjs: ok: ${summary.pagesChecked} pages, ${summary.diagramsSeen} diagrams, ` +
      `${summary.search?.hits ?? 0} search hits (${summary.search?.escapeHits ?? 0} in escape/)\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`check.mjs: ${e.stack || e}\n`);
  process.exit(2);
});
