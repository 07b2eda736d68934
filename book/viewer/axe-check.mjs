// axe-core accessibility scans of the memory viewer, for browser-check.mjs (not a test of its
// own: `node --test` never sees it, as it is not under test/).
//
// axe-core's own axe.min.js (book/site/browser/node_modules, pinned in package.json) is
// injected into the page, and `axe.run` is scoped to one viewer's root (`div.memsim-viewer`)
// with the rules tagged wcag2a, wcag2aa, wcag21a, wcag21aa and best-practice. A violation
// whose impact is serious or critical is a failure; a moderate or minor one is a warning;
// "needs review" results (axe could not decide, typically the contrast of text over a
// picture) are counted and named, never failures. The SVG picture's text, which axe leaves
// for review, is measured here (pictureContrast): under 4.5:1 is a failure too.

import { createRequire } from 'node:module';

const require = createRequire(new URL('../site/browser/package.json', import.meta.url));

export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const AXE_VERSION = require('axe-core/package.json').version;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The themes scanned: every one of mdBook's (the viewer takes its colours from them). */
export const AXE_THEMES = ['light', 'rust', 'coal', 'navy', 'ayu'];
/** A phone's width: the viewer stacks its panes, and the picture scrolls sideways. */
export const NARROW = 380;
const FAILING = new Set(['serious', 'critical']);
/** Room left above a scanned viewer, for mdBook's menu bar. */
const TOP = 120;

/** Switches the page to mdBook's theme `theme` (its variables hang on <html>'s class). */
export async function setTheme(page, theme) {
  await page.evaluate(([t, all]) => {
    const html = document.documentElement;
    html.classList.remove(...all);
    html.classList.add(t);
  }, [theme, AXE_THEMES]);
}

/** Waits for the next two animation frames (the viewer scrolls its code pane at one). */
const settle = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Puts all of viewer `index` on the screen, below mdBook's menu bar (axe judges the colour
 * contrast only of text it sees, and text under the bar as overlapped): the window is
 * made taller when the viewer does not fit.
 */
async function show(page, index) {
  const height = await page.evaluate((i) => window.memsimViewer.instances[i].root.getBoundingClientRect().height, index);
  const size = page.viewportSize();
  const want = Math.ceil(height) + 2 * TOP;
  if (size && size.height < want) await page.setViewportSize({ width: size.width, height: want });
  await page.evaluate(([i, top]) => {
    const r = window.memsimViewer.instances[i].root.getBoundingClientRect();
    window.scrollBy(0, r.top - top);
  }, [index, TOP]);
  await settle(page);
}

/**
 * One axe scan of viewer `index` (in memsimViewer.instances) as the page shows it now.
 * Returns {rules, passes, violations: [{id, impact, help, nodes: [{target, impact, summary}]}],
 * incomplete: [...]}.
 */
export async function scanViewer(page, index) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  await show(page, index);
  return page.evaluate(async ([i, tags]) => {
    const root = window.memsimViewer.instances[i].root;
    const res = await window.axe.run(root, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const rules = new Set();
    for (const list of [res.passes, res.violations, res.incomplete, res.inapplicable]) {
      for (const r of list) rules.add(r.id);
    }
    const brief = (list) => list.map((r) => ({
      id: r.id,
      impact: r.impact,
      help: r.help,
      nodes: r.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        impact: n.impact || r.impact,
        summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
      })),
    }));
    return {
      rules: rules.size,
      passes: res.passes.length,
      violations: brief(res.violations),
      incomplete: brief(res.incomplete),
    };
  }, [index, AXE_TAGS]);
}

/**
 * The text of viewer `index`'s picture against what it is drawn on, which axe leaves for
 * review ("overlapped by another element"): for each <text>, its fill against the fill of
 * the last shape drawn under its centre (both hatch colours for a hatched one), or the
 * viewer's background; opacity is blended in. Returns [{text, fg, bg, ratio}], lowest
 * ratio first; [] when the picture is hidden (text view).
 */
export async function pictureContrast(page, index) {
  const pairs = await page.evaluate((i) => {
    const root = window.memsimViewer.instances[i].root;
    const svg = root.querySelector('svg.msv-svg');
    if (!svg || !svg.getBoundingClientRect().width) return [];
    /** A computed colour as [r, g, b, a] (0–255, alpha 0–1), or null. */
    function parse(css) {
      let m = /^rgba?\(([^)]+)\)$/.exec(css);
      if (m) {
        const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      }
      m = /^color\(srgb ([^)]+)\)$/.exec(css);
      if (m) {
        const p = m[1].split(/[\s/]+/).filter(Boolean).map(Number);
        return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
      }
      return null;
    }
    const over = (fg, bg, a) => fg.map((c, k) => (k < 3 ? c * a + bg[k] * (1 - a) : 1));
    function opacity(el) {
      let a = 1;
      for (let e = el; e && e !== svg; e = e.parentNode) a *= Number(getComputedStyle(e).opacity);
      return a;
    }
    let page = [255, 255, 255, 1];
    for (let e = root; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0.5) {
        page = c;
        break;
      }
    }
    const hatch = [...svg.querySelectorAll('defs .msv-hatch-bg, defs .msv-hatch-line')]
      .map((e) => parse(getComputedStyle(e)[e.tagName === 'path' ? 'stroke' : 'fill']))
      .filter(Boolean);
    const shapes = [...svg.querySelectorAll('rect')].filter((r) => !r.closest('defs')).map((r) => {
      const fill = getComputedStyle(r).fill;
      const a = opacity(r) * Number(getComputedStyle(r).fillOpacity);
      let colours = /^url\(/.test(fill) ? hatch : [parse(fill)].filter((c) => c && c[3] > 0);
      colours = colours.map((c) => over(c, page, a * c[3]));
      return { r, b: r.getBBox(), colours };
    }).filter((s) => s.colours.length);
    const out = [];
    for (const t of svg.querySelectorAll('text')) {
      const tb = t.getBBox();
      const cx = tb.x + tb.width / 2;
      const cy = tb.y + tb.height / 2;
      let under = [page];
      for (const s of shapes) {
        if (!(s.r.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const { x, y, width, height } = s.b;
        if (cx >= x && cx <= x + width && cy >= y && cy <= y + height) under = s.colours;
      }
      const fg = parse(getComputedStyle(t).fill);
      if (!fg) continue;
      for (const bg of under) {
        out.push({ text: t.textContent.slice(0, 30), fg: over(fg, bg, opacity(t) * fg[3]), bg });
      }
    }
    return out;
  }, index);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  return pairs.map((p) => {
    const [hi, lo] = [lum(p.fg), lum(p.bg)].sort((a, b) => b - a);
    return { text: p.text, fg: hex(p.fg), bg: hex(p.bg), ratio: (hi + 0.05) / (lo + 0.05) };
  }).sort((a, b) => a.ratio - b.ratio);
}

/** WCAG AA's minimum contrast for the picture's text (10–11 px: small text). */
export const MIN_CONTRAST = 4.5;

/**
 * Scans viewer `index` in each of `states` ({name, setup(), teardown()}) and each theme;
 * `where` names the page. Returns {scans: [{where, state, theme, rules, passes, serious,
 * moderate, review}], failures: [line], warnings: [line]}.
 */
export async function scanStates(page, index, where, states) {
  const out = { scans: [], failures: [], warnings: [] };
  const size = page.viewportSize();
  for (const theme of AXE_THEMES) {
    await setTheme(page, theme);
    for (const state of states) {
      const label = `${where}, ${state.name}, ${theme} theme`;
      await state.setup();
      const r = await scanViewer(page, index);
      const low = (await pictureContrast(page, index)).filter((p) => p.ratio < MIN_CONTRAST);
      if (state.teardown) await state.teardown();
      if (low.length) {
        out.failures.push(`axe: ${label}: picture text contrast under ${MIN_CONTRAST}:1 (serious); ${low.length} text(s): ` +
          low.slice(0, 6).map((p) => `"${p.text}" ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)}`).join('; '));
      }
      let serious = 0;
      let moderate = 0;
      for (const v of r.violations) {
        const bad = v.nodes.filter((n) => FAILING.has(n.impact));
        const mild = v.nodes.filter((n) => !FAILING.has(n.impact));
        for (const [nodes, list] of [[bad, out.failures], [mild, out.warnings]]) {
          if (!nodes.length) continue;
          const impacts = [...new Set(nodes.map((n) => n.impact))].join('/');
          list.push(`axe: ${label}: ${v.id} (${impacts}): ${v.help}; ${nodes.length} element(s): ` +
            nodes.slice(0, 6).map((n) => `${n.target} [${n.summary}]`).join('; ') +
            (nodes.length > 6 ? `; and ${nodes.length - 6} more` : ''));
        }
        serious += bad.length;
        moderate += mild.length;
      }
      out.scans.push({
        where,
        state: state.name,
        theme,
        rules: r.rules,
        passes: r.passes,
        serious,
        moderate,
        picture: low.length,
        review: r.incomplete.map((v) => `${v.id}×${v.nodes.length}`),
      });
    }
  }
  await setTheme(page, AXE_THEMES[0]);
  if (size) await page.setViewportSize(size);
  return out;
}

/** The first step on a phone's width (`go` shows it), the window's width restored after. */
export function narrowState(page, go) {
  let width = 0;
  return {
    name: `initial state (step 1), ${NARROW} px wide`,
    setup: async () => {
      const size = page.viewportSize();
      width = size.width;
      await page.setViewportSize({ width: NARROW, height: size.height });
      await go();
    },
    teardown: async () => {
      await page.setViewportSize({ width, height: page.viewportSize().height });
    },
  };
}

/**
 * The states of viewer `index` the issue names: the first step (also on a phone's width),
 * the middle of the run, a step of a collection's marking with a grey object (when the run
 * collects), and the text view (at that marking step, else mid-run). Returns
 * {states: [{name, setup, teardown}], missing: why a marking step is missing, or ''}.
 */
export async function viewerStates(page, index) {
  const info = await page.evaluate((i) => {
    const v = window.memsimViewer.instances[i];
    const doc = v.doc;
    // The marking step with a grey object and the most collector colours at once.
    const colours = (k) => new Set(Object.values(window.memsimViewer.stateAt(doc, k))
      .filter((e) => e.t === 'obj' && e.gc).map((e) => e.gc));
    let marking = -1;
    let most = 0;
    doc.steps.forEach((s, k) => {
      if (!/^mark/.test(s.phase || '')) return;
      const c = colours(k);
      if (c.has('grey') && c.size > most) {
        marking = k;
        most = c.size;
      }
    });
    const collects = doc.steps.some((s) => (s.kinds || []).includes('gc'));
    return { n: v.n, marking, collects };
  }, index);
  const go = (k) => page.evaluate(([i, s]) => window.memsimViewer.instances[i].go(s), [index, k]);
  const mid = Math.floor((info.n - 1) / 2);
  const toggleText = () => page.evaluate((i) => window.memsimViewer.instances[i].root.querySelector('.msv-toggle-text').click(), index);
  const states = [
    { name: 'initial state (step 1)', setup: () => go(0) },
    narrowState(page, () => go(0)),
    { name: `mid-trace (step ${mid + 1})`, setup: () => go(mid) },
  ];
  if (info.marking >= 0) {
    states.push({ name: `GC marking (step ${info.marking + 1})`, setup: () => go(info.marking) });
  }
  const textAt = info.marking >= 0 ? info.marking : mid;
  states.push({
    name: `text view (step ${textAt + 1})`,
    setup: async () => {
      await go(textAt);
      await toggleText();
    },
    teardown: toggleText,
  });
  return { states, missing: info.collects && info.marking < 0 ? 'the run collects but no marking step has a grey object' : '' };
}
