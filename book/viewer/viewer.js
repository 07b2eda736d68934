/*
 * memsim's step-through memory viewer.
 *
 * A classic script (mdBook includes it with `additional-js` as a plain <script src>), no
 * dependencies. For every <div class="memsim-viewer" data-doc="ID"> on the page it reads
 * the viewer document in <script type="application/json" id="ID"> (simulator/VIEWER.md,
 * schema `memsim-viewer` version 1) and builds, when the div first comes near the
 * viewport, a widget: the Go source with "next line" / "just ran" markers and the `-m`
 * diagnostics, the memory picture in SVG, the narration, the program's output and the
 * controls. See book/viewer/README.md for the keyboard map.
 *
 * The first half of the file knows nothing of the DOM (the state reducer and small pure
 * helpers); Node's unit tests load it through `module.exports` at the end.
 *
 * How this file reads VIEWER.md where it leaves room:
 * - The keyframe of step b (b % keyframe_every == 0) already includes step b's own
 *   `set`/`del`, so stateAt(k) applies steps b+1 … k to it. Within a step, `del` is
 *   applied before `set` (the producer never names a key in both).
 * - Keys are opaque except for grouping in the text view: a frame `f:G:F…` belongs to
 *   goroutine G (lane `g:G`), and a variable `v:G:F:…` to the frame `f:G:F`.
 * - A lane's `state` may carry a reason ("waiting (chan receive)"); its first word
 *   (running, runnable, waiting) picks the style.
 * - A frame's `label` (not in the table, but written by the producer) is shown when
 *   present, else its `func` and `size`. A frame with an empty `func` is the
 *   "… N more frames …" placeholder and is drawn dashed.
 * - An arrow has no box; its `d` is drawn as given. In "text labels" mode arrows are not
 *   drawn: a variable shows "→LABEL" in place of its value, an object lists its labels on
 *   its second line.
 * - `out` counts bytes of the UTF-8 `stdout`, not UTF-16 code units.
 * - "Any event" (Shift+←/→, the jump menu's first entry) means a step whose `kinds` has
 *   one of alloc, escape, grow, gc, switch; call, return, output and free alone do not
 *   count (nearly every step has one of them).
 * - Steps are numbered from 1 on screen and in the deep link `#memsim-ID=STEP`; the
 *   API (`go(k)`, `step()`) and `key_steps[].step` count from 0.
 * - Elements are drawn by kind (lane, seg, band, span, frame, var, obj, queue, arrow) and,
 *   within a kind, in key order, so a step's SVG does not depend on how it was reached.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------
  // The document, without the DOM
  // ---------------------------------------------------------------------------------

  /** Event kinds with a "jump to" control, and how the controls name them. */
  const JUMP_KINDS = [
    ['alloc', 'allocation'],
    ['escape', 'escape'],
    ['grow', 'stack growth'],
    ['gc', 'collector step'],
    ['switch', 'goroutine switch'],
  ];

  /** Drawing order of the element kinds: later kinds are drawn on top. */
  const DRAW_ORDER = ['lane', 'seg', 'band', 'span', 'frame', 'var', 'obj', 'queue', 'arrow'];

  /** Why `doc` cannot be shown, or '' when it can. */
  function checkDoc(doc) {
    if (!doc || doc.schema !== 'memsim-viewer') return 'not a memsim-viewer document';
    if (doc.version !== 1) return 'unsupported memsim-viewer version ' + doc.version;
    if (!Array.isArray(doc.steps) || doc.steps.length === 0) return 'the document has no steps';
    if (!(Number.isInteger(doc.keyframe_every) && doc.keyframe_every > 0)) {
      return 'keyframe_every is not a positive integer';
    }
    for (let k = 0; k < doc.steps.length; k += doc.keyframe_every) {
      if (!doc.keyframes || !doc.keyframes[k]) return 'the keyframe of step ' + k + ' is missing';
    }
    return '';
  }

  /** The state after `step`, given the state before it. States are never modified. */
  function applyStep(state, step) {
    const next = Object.assign({}, state);
    for (const key of step.del || []) delete next[key];
    return Object.assign(next, step.set);
  }

  /** The step whose keyframe step `k` starts from. */
  function keyframeOf(doc, k) {
    return k - (k % doc.keyframe_every);
  }

  /** The state of step `k`: its keyframe with the following steps' changes applied. */
  function stateAt(doc, k) {
    const base = keyframeOf(doc, k);
    let state = doc.keyframes[base];
    for (let i = base + 1; i <= k; i++) state = applyStep(state, doc.steps[i]);
    return state;
  }

  /**
   * The states of a document, cached by keyframe block: the first visit to a block
   * replays its steps from the keyframe (fewer than keyframe_every), later visits are
   * look-ups. Stepping either way is O(1) amortised; a jump costs at most one replay.
   * The least recently used block is dropped past `maxBlocks`.
   */
  class Timeline {
    constructor(doc, maxBlocks) {
      this.doc = doc;
      this.maxBlocks = maxBlocks || 8;
      this.blocks = new Map(); // keyframe step → [state of that step, of the next, …]
    }

    state(k) {
      const base = keyframeOf(this.doc, k);
      let block = this.blocks.get(base);
      if (block) {
        this.blocks.delete(base); // re-inserted below: the Map's order is the LRU order
      } else {
        block = [this.doc.keyframes[base]];
      }
      this.blocks.set(base, block);
      if (this.blocks.size > this.maxBlocks) this.blocks.delete(this.blocks.keys().next().value);
      while (block.length <= k - base) {
        block.push(applyStep(block[block.length - 1], this.doc.steps[base + block.length]));
      }
      return block[k - base];
    }
  }

  /**
   * The nearest step before (`dir` -1) or after (`dir` 1) step `from` whose `kinds`
   * include `kind` (or, with `kind` '', any of JUMP_KINDS); -1 when there is none.
   */
  function findStep(doc, from, dir, kind) {
    const wanted = kind ? [kind] : JUMP_KINDS.map((j) => j[0]);
    for (let k = from + dir; k >= 0 && k < doc.steps.length; k += dir) {
      const kinds = doc.steps[k].kinds || [];
      if (wanted.some((w) => kinds.includes(w))) return k;
    }
    return -1;
  }

  /** The nearest key step before (`dir` -1) or after (`dir` 1) step `from`, or -1. */
  function findKeyStep(doc, from, dir) {
    const steps = (doc.key_steps || []).map((s) => s.step).sort((a, b) => a - b);
    if (dir > 0) {
      const next = steps.find((s) => s > from);
      return next === undefined ? -1 : next;
    }
    const before = steps.filter((s) => s < from);
    return before.length ? before[before.length - 1] : -1;
  }

  const HASH = /^#memsim-(.+)=(\d+)$/;

  /** The deep link `#memsim-ID=STEP` (STEP from 1) as {id, step} (step from 0), or null. */
  function parseHash(hash) {
    const m = HASH.exec(hash || '');
    if (!m) return null;
    try {
      return { id: decodeURIComponent(m[1]), step: Number(m[2]) - 1 };
    } catch (e) {
      return null; // a malformed %-escape: not one of ours
    }
  }

  /** The deep link to step `k` (from 0) of viewer `id`. */
  function hashFor(id, k) {
    return '#memsim-' + encodeURIComponent(id) + '=' + (k + 1);
  }

  /** A function giving the stdout printed by step k (`out` counts UTF-8 bytes). */
  function outputReader(doc, stream = 'stdout', count = 'out') {
    const bytes = new TextEncoder().encode(doc[stream] || '');
    const decoder = new TextDecoder();
    return (k) => decoder.decode(bytes.subarray(0, doc.steps[k][count] || 0));
  }

  /** The state's elements by kind, each kind's [key, element] pairs in key order. */
  function byKind(state) {
    const groups = {};
    for (const t of DRAW_ORDER) groups[t] = [];
    for (const key of Object.keys(state).sort()) {
      const el = state[key];
      if (groups[el.t]) groups[el.t].push([key, el]);
    }
    return groups;
  }

  /** The labels of the arrows leaving each element: source key → [label, …]. */
  function arrowLabels(state) {
    const labels = new Map();
    for (const [, a] of byKind(state).arrow) {
      if (!labels.has(a.from)) labels.set(a.from, []);
      labels.get(a.from).push(a.label);
    }
    return labels;
  }

  /** `main.(*T).M` → `(*T).M`. */
  function shortFunc(name) {
    return String(name || '').replace(/^main\./, '');
  }

  /** 2048 → "2 KiB", 48 → "48 B". */
  function formatBytes(n) {
    return n >= 1024 && n % 1024 === 0 ? n / 1024 + ' KiB' : n + ' B';
  }

  /** A lane's style: the first word of its state. */
  function laneState(state) {
    return String(state || '').split(' ')[0];
  }

  /** What a diagnostic is, for its badge in the code: {kind, text}. */
  function badgeFor(message) {
    if (/^moved to heap:/.test(message)) return { kind: 'moved', text: '⇡heap' };
    if (/escapes to heap$/.test(message)) return { kind: 'escapes', text: '↯heap' };
    if (/does not escape$/.test(message)) return { kind: 'stays', text: '✓stack' };
    return { kind: 'other', text: '-m' };
  }

  /** The state described in one sentence (the picture's accessible name). */
  function describe(state, step) {
    const g = byKind(state);
    const count = (n, one, many) => n + ' ' + (n === 1 ? one : many);
    const frames = g.frame.filter(([, f]) => f.func).length;
    let text = [
      count(g.lane.length, 'goroutine', 'goroutines'),
      count(frames, 'frame', 'frames'),
      count(g.obj.length, 'heap object', 'heap objects'),
      count(g.arrow.length, 'pointer', 'pointers'),
    ].join(', ');
    if (step.phase) text += '; collector: ' + step.phase.replace(/_/g, ' ');
    return text;
  }

  /** An arrow's source as a reader would name it: "p (newPoint, goroutine 1)" or "#3". */
  function sourceName(state, key) {
    const el = state[key];
    if (!el) return key;
    if (el.t === 'obj') return '#' + el.id;
    if (el.t === 'var') {
      const parts = key.split(':');
      const frame = state['f:' + parts[1] + ':' + parts[2]];
      const where = frame ? shortFunc(frame.func) + ', ' : '';
      return el.name + ' (' + where + 'goroutine ' + parts[1] + ')';
    }
    return key;
  }

  /**
   * The state as the text view's tables: per goroutine its stack segments and frames
   * (each with its variables: name, type, value), and the heap (object, type, size,
   * class, colour, pointed to by).
   */
  function textModel(state) {
    const g = byKind(state);
    const byY = (a, b) => a[1].y - b[1].y || (a[0] < b[0] ? -1 : 1);
    const goroutines = new Map(); // G → {g, label, stack, frames}
    const goroutine = (id) => {
      if (!goroutines.has(id)) {
        goroutines.set(id, { g: id, label: 'goroutine ' + id, stack: [], frames: [] });
      }
      return goroutines.get(id);
    };
    for (const [, lane] of g.lane) goroutine(String(lane.g)).label = lane.label;
    for (const [key, seg] of g.seg) {
      goroutine(key.split(':')[1]).stack.push(
        (seg.old ? 'old segment ' : 'segment ') + formatBytes(seg.size) + ' at ' + seg.lo +
          ', ' + seg.used + ' B used');
    }
    const varsOf = new Map(); // frame key → [[key, var], …]
    for (const [key, v] of g.var) {
      const parts = key.split(':');
      const frame = 'f:' + parts[1] + ':' + parts[2];
      if (!varsOf.has(frame)) varsOf.set(frame, []);
      varsOf.get(frame).push([key, v]);
    }
    for (const [key, f] of g.frame.slice().sort(byY)) {
      goroutine(key.split(':')[1]).frames.push({
        name: f.func ? shortFunc(f.func) + ' (' + f.size + ' B)' : f.label,
        vars: (varsOf.get(key) || []).sort(byY).map(([, v]) => ({
          name: v.name,
          ty: v.ty,
          val: v.val + (v.moved ? ' (moved to heap: the slot holds its address)' : ''),
        })),
      });
    }
    const pointedBy = new Map(); // target key → [source name, …]
    for (const [, a] of g.arrow) {
      if (!pointedBy.has(a.to)) pointedBy.set(a.to, []);
      pointedBy.get(a.to).push(sourceName(state, a.from));
    }
    const heap = g.obj
      .map(([key, o]) => ({
        id: o.id,
        ty: o.ty,
        size: o.size + ' B',
        cls: o.tiny ? 'tiny' : o.class ? o.class + ' (' + o.slot + ' B slots)' : 'large',
        colour: o.gc || '',
        by: pointedBy.get(key) || [],
      }))
      .sort((a, b) => a.id - b.id);
    const queue = g.queue.length ? g.queue[0][1].label : '';
    const order = [...goroutines.keys()].sort((a, b) => a - b);
    return { goroutines: order.map((id) => goroutines.get(id)), heap, queue };
  }

  const pure = {
    JUMP_KINDS, checkDoc, applyStep, keyframeOf, stateAt, Timeline, findStep, findKeyStep,
    parseHash, hashFor, outputReader, byKind, arrowLabels, badgeFor, describe, textModel,
    formatBytes, laneState,
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = pure;
    return;
  }

  // ---------------------------------------------------------------------------------
  // The widget
  // ---------------------------------------------------------------------------------

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const SPEEDS = [0.5, 1, 2, 4];
  /** Time between steps while playing at 1×. */
  const STEP_MS = 1000;
  /** Width of one character of the picture's 11px monospace text, to cut text to fit. */
  const CHAR_W = 6.6;
  const MAX_TIMINGS = 1000;
  const ICONS = {
    first: 'M3 3h2v10H3zM13 3v10L6 8z',
    back: 'M11 3v10L4 8z',
    forward: 'M5 3v10l7-5z',
    last: 'M11 3h2v10h-2zM3 3v10l7-5z',
    play: 'M4 2v12l10-6z',
    pause: 'M4 2h3v12H4zM9 2h3v12H9z',
  };
  const KEYS_HELP = [
    ['← / →', 'previous / next step'],
    ['Shift + ← / →', 'previous / next allocation, escape, stack growth, GC step or switch'],
    ['Home / End', 'first / last step'],
    ['Space', 'play / pause'],
    ['p / n', 'previous / next key step'],
    ['t', 'text view on / off'],
    ['?', 'this help'],
    ['Esc', 'close this help'],
  ];

  const timings = (window.memsimViewerTimings = window.memsimViewerTimings || []);

  /** An HTML element with attributes (`class` included) and, optionally, text. */
  function h(tag, attrs, text) {
    const el = document.createElement(tag);
    for (const name in attrs) el.setAttribute(name, attrs[name]);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** An SVG element appended to `parent`. */
  function s(parent, tag, attrs, text) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const name in attrs) el.setAttribute(name, attrs[name]);
    if (text !== undefined) el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  /** `text` cut to `n` characters, with an ellipsis when cut. */
  function fit(text, n) {
    text = String(text);
    return text.length <= n ? text : n <= 1 ? '…' : text.slice(0, n - 1) + '…';
  }

  /** Characters of the picture's text that fit in `px` pixels. */
  function chars(px) {
    return Math.max(0, Math.floor(px / CHAR_W));
  }

  function iconButton(cls, icon, label) {
    const b = h('button', { type: 'button', class: 'msv-btn ' + cls, 'aria-label': label, title: label });
    setIcon(b, icon);
    return b;
  }

  /**
   * A button showing a symbol (hidden from assistive technology) and named by `label` (the
   * jump buttons get theirs from updateJumps).
   */
  function glyphButton(cls, glyph, label) {
    const b = h('button', { type: 'button', class: 'msv-btn ' + cls });
    if (label) b.setAttribute('aria-label', label);
    b.append(h('span', { 'aria-hidden': 'true' }, glyph));
    return b;
  }

  function setIcon(button, icon) {
    button.innerHTML =
      '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">' +
      '<path d="' + ICONS[icon] + '" fill="currentColor"/></svg>';
  }

  class Viewer {
    constructor(root, doc) {
      this.root = root;
      this.doc = doc;
      this.id = root.getAttribute('data-doc');
      this.n = doc.steps.length;
      this.timeline = new Timeline(doc);
      this.output = outputReader(doc);
      this.errors = outputReader(doc, 'stderr', 'err');
      this.k = -1;
      this.playing = false;
      this.timer = 0;
      this.labelsMode = false;
      this.textMode = false;
      this.marked = []; // the code lines carrying the ▶ and ▷ markers
      this.nodes = new Map(); // element key → {markup, node} of the picture shown
      this.scrollFrame = 0;
      this.scrollersFrame = 0;
      this.build();
      this.bind();
      this.root.addEventListener('keydown', (e) => this.onKey(e));
      if ('IntersectionObserver' in window) {
        // Autoplay stops when the viewer leaves the screen.
        new IntersectionObserver((entries) => {
          if (!entries[entries.length - 1].isIntersecting) this.pause();
        }).observe(this.root);
      }
    }

    /**
     * Shows another document in this viewer (live editing's re-run, `live.js`): the
     * widget is built again from it, at its first step. The root keeps its keys, and
     * whatever else lives in it (the editor) stays where it is.
     */
    load(doc) {
      const problem = checkDoc(doc);
      if (problem) throw new Error('memsim viewer: ' + problem);
      this.pause();
      for (const node of this.built) node.remove();
      this.doc = doc;
      this.n = doc.steps.length;
      this.timeline = new Timeline(doc);
      this.output = outputReader(doc);
      this.errors = outputReader(doc, 'stderr', 'err');
      this.k = -1;
      this.marked = [];
      this.nodes = new Map();
      this.kind = null;
      this.stdout = null;
      this.stderr = null;
      this.diagItems = null;
      this.build();
      this.bind();
      if (this.labelsMode || this.textMode) {
        this.buttons.labels.setAttribute('aria-pressed', String(this.labelsMode));
        this.buttons.text.setAttribute('aria-pressed', String(this.textMode));
        this.picture.style.display = this.textMode ? 'none' : '';
        this.textView.hidden = !this.textMode;
      }
      this.go(0);
    }

    // -- building -------------------------------------------------------------------

    build() {
      const doc = this.doc;
      const root = this.root;
      const id = this.id;
      const before = new Set(root.children);
      root.classList.add('msv-ready');
      root.setAttribute('tabindex', '0');
      root.setAttribute('role', 'group');
      root.setAttribute('aria-label', 'Memory viewer: ' + (doc.title || id));
      root.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End Space n p t ?');
      for (const fallback of root.querySelectorAll('.memsim-viewer-static')) fallback.hidden = true;

      const head = h('div', { class: 'msv-head' });
      head.append(h('span', { class: 'msv-title' }, doc.title || ''));
      this.status = h('span', { class: 'msv-status' });
      head.append(this.status);

      this.picture = this.buildPicture();
      this.textView = h('div', { class: 'msv-textview', hidden: '' });
      // The picture and the text view: a named group, as it takes focus when it scrolls.
      const pic = h('div', { class: 'msv-pic', role: 'group', 'aria-label': 'Memory' });
      pic.append(this.picture, this.textView);
      const body = h('div', { class: 'msv-body' });
      body.append(this.buildCode(), pic);

      this.say = h('p', { class: 'msv-say' });
      this.live = h('div', { class: 'msv-sr', 'aria-live': 'polite' });

      root.append(head, this.buildControls(), this.buildScrubber());
      if (doc.truncated) {
        root.append(h('p', { class: 'msv-banner' },
          'The run was cut after ' + this.n + ' steps: the program went on beyond the last one.'));
      }
      root.append(body, this.say, this.live);
      if (doc.stdout) {
        // A named group: a <pre> cannot carry a name of its own.
        const out = h('div', { class: 'msv-out', role: 'group', 'aria-labelledby': id + '-out' });
        out.append(h('span', { class: 'msv-out-title', id: id + '-out' }, 'Output'));
        this.stdout = h('pre', {});
        out.append(this.stdout);
        root.append(out);
      }
      if (doc.stderr) {
        // What the runtime printed when the program died (a panic, a fatal error), and
        // the exit status, once the step has come that printed it.
        const err = h('div', { class: 'msv-out msv-err', role: 'group', 'aria-labelledby': id + '-err' });
        err.append(h('span', { class: 'msv-out-title', id: id + '-err' },
          'Standard error' + (doc.exit ? ' (exit status ' + doc.exit + ')' : '')));
        this.stderr = h('pre', {});
        err.append(this.stderr);
        root.append(err);
      }
      if ((doc.diagnostics || []).length) root.append(this.buildDiagnostics());
      root.append(this.buildHelp());
      // The panes that scroll (the code, the picture on a narrow screen, a long output) take
      // focus while they do, so that the keyboard reaches what they hide.
      this.scrollers = [this.lines, pic].concat(this.stdout ? [this.stdout] : [], this.stderr ? [this.stderr] : []);
      this.built = [...root.children].filter((node) => !before.has(node));
      // Extensions (live.js) add their controls to each build.
      root.dispatchEvent(new CustomEvent('memsim-viewer-built', { bubbles: true, detail: this }));
    }

    /** Makes each scrolling pane focusable (tabindex 0) while its content overflows it. */
    updateScrollers() {
      for (const el of this.scrollers) {
        const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
        if (scrolls === el.hasAttribute('tabindex')) continue;
        if (scrolls) el.setAttribute('tabindex', '0');
        else if (document.activeElement !== el) el.removeAttribute('tabindex');
      }
    }

    buildPicture() {
      const doc = this.doc;
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'msv-svg');
      svg.setAttribute('viewBox', '0 0 ' + doc.width + ' ' + doc.height);
      svg.setAttribute('width', doc.width);
      svg.setAttribute('height', doc.height);
      svg.setAttribute('role', 'img');
      // Narrow screens scroll the picture sideways rather than shrink its text past reading.
      svg.style.minWidth = Math.round(doc.width * 0.7) + 'px';
      // Ids of the arrowhead and the hatch, prefixed with the document's id (several
      // viewers on a page), as the elements' url(#…) references need them.
      this.ids = { head: CSS.escape(this.id + '-head'), hatch: CSS.escape(this.id + '-hatch') };
      const defs = s(svg, 'defs', {});
      const marker = s(defs, 'marker', {
        id: this.id + '-head', viewBox: '0 0 10 10', refX: '9', refY: '5',
        markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
      });
      s(marker, 'path', { d: 'M0 0L10 5L0 10z', class: 'msv-arrowhead' });
      // Grey objects are hatched as well as grey, so that print and colour-blind readers
      // see the difference (together with the letters W, G, B).
      const hatch = s(defs, 'pattern', {
        id: this.id + '-hatch', width: '6', height: '6', patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      });
      s(hatch, 'rect', { width: '6', height: '6', class: 'msv-hatch-bg' });
      s(hatch, 'path', { d: 'M0 0V6', class: 'msv-hatch-line' });
      this.layer = s(svg, 'g', {});
      return svg;
    }

    buildCode() {
      const code = h('div', { class: 'msv-code' });
      const perLine = new Map(); // line → {kind → [diagnostic, …]}
      for (const d of this.doc.diagnostics || []) {
        const kind = badgeFor(d.message).kind;
        if (!perLine.has(d.line)) perLine.set(d.line, new Map());
        const kinds = perLine.get(d.line);
        if (!kinds.has(kind)) kinds.set(kind, []);
        kinds.get(kind).push(d);
      }
      this.lines = h('ol', { class: 'msv-lines', 'aria-label': 'Source of ' + (this.doc.title || 'the program') });
      this.lineItems = [];
      (this.doc.source || '').replace(/\n$/, '').split('\n').forEach((text, i) => {
        const n = i + 1;
        const li = h('li', { class: 'msv-line' });
        li.append(
          h('span', { class: 'msv-gutter msv-gutter-done', 'aria-hidden': 'true' }),
          h('span', { class: 'msv-gutter msv-gutter-next', 'aria-hidden': 'true' }),
          h('span', { class: 'msv-ln', 'aria-hidden': 'true' }, String(n)),
          h('code', { class: 'msv-src' }, text));
        for (const [kind, ds] of perLine.get(n) || []) {
          const text = badgeFor(ds[0].message).text + (ds.length > 1 ? '×' + ds.length : '');
          const tip = ds.map((d) => 'line ' + d.line + ': ' + d.message + (d.explain ? ' — ' + d.explain : '')).join('\n');
          li.append(h('span', { class: 'msv-badge msv-badge-' + kind, title: tip }, text));
        }
        this.lines.append(li);
        this.lineItems.push(li);
      });
      code.append(this.lines,
        h('p', { class: 'msv-legend' }, '▶ next line to run · ▷ line that just ran'));
      return code;
    }

    buildDiagnostics() {
      const box = h('details', { class: 'msv-diags' });
      const n = this.doc.diagnostics.length;
      box.append(h('summary', {}, 'What the compiler says (go build -gcflags=-m): ' + n +
        (n === 1 ? ' line' : ' lines')));
      const list = h('ul', {});
      this.diagItems = this.doc.diagnostics.map((d) => {
        const li = h('li', {});
        li.append(h('span', { class: 'msv-diag-at' }, 'line ' + d.line + ':' + d.col + ' '),
          h('code', {}, d.message));
        if (d.explain) li.append(h('span', { class: 'msv-explain' }, ' — ' + d.explain));
        list.append(li);
        return [d.line, li];
      });
      box.append(list);
      return box;
    }

    buildControls() {
      const bar = h('div', { class: 'msv-bar' });
      this.buttons = {
        first: iconButton('msv-first', 'first', 'First step'),
        back: iconButton('msv-back', 'back', 'Previous step'),
        play: iconButton('msv-play', 'play', 'Play'),
        forward: iconButton('msv-forward', 'forward', 'Next step'),
        last: iconButton('msv-last', 'last', 'Last step'),
      };
      const nav = h('span', { class: 'msv-group' });
      nav.append(this.buttons.first, this.buttons.back, this.buttons.play, this.buttons.forward, this.buttons.last);

      this.speed = h('select', { class: 'msv-speed', 'aria-label': 'Playing speed' });
      for (const x of SPEEDS) {
        const o = h('option', { value: String(x) }, x + '×');
        if (x === 1) o.selected = true;
        this.speed.append(o);
      }
      nav.append(this.speed);
      bar.append(nav);

      const present = JUMP_KINDS.filter(([kind]) => findStep(this.doc, -1, 1, kind) >= 0);
      if (present.length) {
        const jump = h('span', { class: 'msv-group' });
        this.kind = h('select', { class: 'msv-kind', 'aria-label': 'Event to jump to' });
        this.kind.append(h('option', { value: '' }, 'any event'));
        for (const [kind, name] of present) this.kind.append(h('option', { value: kind }, name));
        this.buttons.prevEvent = glyphButton('msv-prev-event', '⇤');
        this.buttons.nextEvent = glyphButton('msv-next-event', '⇥');
        jump.append(h('span', { class: 'msv-label', 'aria-hidden': 'true' }, 'jump to'),
          this.buttons.prevEvent, this.kind, this.buttons.nextEvent);
        bar.append(jump);
      }

      const views = h('span', { class: 'msv-group' });
      this.buttons.text = h('button', { type: 'button', class: 'msv-btn msv-toggle-text', 'aria-pressed': 'false' }, 'Text view');
      this.buttons.labels = h('button', { type: 'button', class: 'msv-btn msv-toggle-labels', 'aria-pressed': 'false' }, 'Labels, not arrows');
      this.link = h('a', { class: 'msv-btn msv-link' }, 'Link');
      this.buttons.help = glyphButton('msv-help-btn', '?', 'Keyboard shortcuts');
      this.buttons.help.title = 'Keyboard shortcuts (?)';
      views.append(this.buttons.text, this.buttons.labels, this.link, this.buttons.help);
      bar.append(views);
      return bar;
    }

    buildScrubber() {
      const box = h('div', { class: 'msv-scrub' });
      this.slider = h('input', {
        type: 'range', class: 'msv-slider', min: '1', max: String(this.n), step: '1', value: '1',
        'aria-label': 'Step',
      });
      const track = h('div', { class: 'msv-track' });
      track.append(this.slider);
      const keys = this.doc.key_steps || [];
      this.chips = [];
      if (keys.length) {
        // Ticks above the slider at the key steps, placed where the thumb's centre is.
        const ticks = h('div', { class: 'msv-ticks', 'aria-hidden': 'true' });
        const chips = h('div', { class: 'msv-chips' });
        chips.append(h('span', { class: 'msv-label' }, 'Key steps:'));
        for (const ks of keys) {
          const frac = this.n > 1 ? ks.step / (this.n - 1) : 0;
          const tick = h('span', { class: 'msv-tick' }, ks.label);
          tick.style.setProperty('--at', String(frac));
          ticks.append(tick);
          const chip = h('button', {
            type: 'button', class: 'msv-btn msv-chip', title: ks.title,
            'aria-label': 'Key step ' + ks.label + ': ' + ks.title + ' (step ' + (ks.step + 1) + ')',
          }, ks.label);
          chip.addEventListener('click', () => this.user(ks.step));
          chips.append(chip);
          this.chips.push([ks.step, chip]);
        }
        track.prepend(ticks);
        box.append(track, chips);
      } else {
        box.append(track);
      }
      return box;
    }

    buildHelp() {
      this.help = h('div', { class: 'msv-help', role: 'dialog', 'aria-labelledby': this.id + '-help', hidden: '' });
      this.help.append(h('p', { class: 'msv-help-title', id: this.id + '-help' },
        'Keys (when the viewer has focus)'));
      const dl = h('dl', {});
      for (const [key, what] of KEYS_HELP) dl.append(h('dt', {}, key), h('dd', {}, what));
      this.closeHelp = h('button', { type: 'button', class: 'msv-btn' }, 'Close');
      this.help.append(dl, this.closeHelp);
      return this.help;
    }

    // -- events ---------------------------------------------------------------------

    bind() {
      const b = this.buttons;
      b.first.addEventListener('click', () => this.user(0));
      b.back.addEventListener('click', () => this.user(this.k - 1));
      b.forward.addEventListener('click', () => this.user(this.k + 1));
      b.last.addEventListener('click', () => this.user(this.n - 1));
      b.play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
      this.speed.addEventListener('change', () => {
        if (this.playing) this.schedule(); // the new speed applies from the next step
      });
      if (this.kind) {
        b.prevEvent.addEventListener('click', () => this.jump(-1, this.kind.value));
        b.nextEvent.addEventListener('click', () => this.jump(1, this.kind.value));
        this.kind.addEventListener('change', () => {
          this.pause();
          this.updateJumps();
        });
      }
      b.text.addEventListener('click', () => this.toggleText());
      b.labels.addEventListener('click', () => {
        this.pause();
        this.labelsMode = !this.labelsMode;
        b.labels.setAttribute('aria-pressed', String(this.labelsMode));
        this.render();
      });
      b.help.addEventListener('click', () => this.toggleHelp());
      this.closeHelp.addEventListener('click', () => this.toggleHelp());
      this.link.addEventListener('click', () => this.pause());
      this.slider.addEventListener('input', () => this.user(Number(this.slider.value) - 1));
      if ('ResizeObserver' in window) {
        if (this.resizes) this.resizes.disconnect(); // the panes of a previous build
        this.resizes = new ResizeObserver(() => this.updateScrollers());
        for (const el of this.scrollers) this.resizes.observe(el);
      }
    }

    /**
     * Keys, when focus is inside the viewer. Every key handled here is stopped: mdBook's
     * book.js turns ←/→ on the document into the previous/next chapter (without looking
     * at defaultPrevented) and `?` into its own help.
     */
    onKey(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target;
      if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' && target !== this.slider) {
        // Typing (the live editor): every key is the text's, and none may turn the page.
        e.stopPropagation();
        return;
      }
      if (target.tagName === 'SELECT') {
        // The select's own keys choose its value; they must still not turn the page.
        if (e.key !== 'Tab') e.stopPropagation();
        return;
      }
      // Space and Enter activate the focused button, link or summary as usual (a focused
      // scrolling pane is not a control: Space plays there as on the viewer).
      const onControl = target !== this.root && target !== this.slider && !this.scrollers.includes(target);
      if (onControl && (e.key === ' ' || e.key === 'Enter')) return;
      const action = this.keyAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action();
    }

    keyAction(e) {
      switch (e.key) {
        case 'ArrowRight':
          return e.shiftKey ? () => this.jump(1, '') : () => this.user(this.k + 1);
        case 'ArrowLeft':
          return e.shiftKey ? () => this.jump(-1, '') : () => this.user(this.k - 1);
        case 'Home':
          return () => this.user(0);
        case 'End':
          return () => this.user(this.n - 1);
        case ' ':
          return () => (this.playing ? this.pause() : this.play());
        case 'n':
        case 'N':
          return () => this.jumpKey(1);
        case 'p':
        case 'P':
          return () => this.jumpKey(-1);
        case 't':
        case 'T':
          return () => this.toggleText();
        case '?':
          return () => this.toggleHelp();
        case 'Escape':
          return this.help.hidden ? null : () => this.toggleHelp();
        default:
          return null;
      }
    }

    /** The step shown (from 0), for tests. */
    step() {
      return this.k;
    }

    /** The state shown, for tests. */
    state() {
      return this.timeline.state(this.k);
    }

    /** A step chosen by the reader: autoplay stops. */
    user(k) {
      this.pause();
      this.go(k);
    }

    jump(dir, kind) {
      const k = findStep(this.doc, this.k, dir, kind);
      if (k >= 0) this.user(k);
      else this.pause();
    }

    jumpKey(dir) {
      const k = findKeyStep(this.doc, this.k, dir);
      if (k >= 0) this.user(k);
      else this.pause();
    }

    play() {
      if (this.k >= this.n - 1) this.go(0);
      this.playing = true;
      setIcon(this.buttons.play, 'pause');
      this.buttons.play.setAttribute('aria-label', 'Pause');
      this.buttons.play.title = 'Pause';
      this.schedule();
    }

    schedule() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.go(this.k + 1);
        if (this.k >= this.n - 1) this.pause();
        else this.schedule();
      }, STEP_MS / Number(this.speed.value));
    }

    pause() {
      if (!this.playing) return;
      clearTimeout(this.timer);
      this.playing = false;
      setIcon(this.buttons.play, 'play');
      this.buttons.play.setAttribute('aria-label', 'Play');
      this.buttons.play.title = 'Play';
      this.announce(); // the live region was muted while playing
    }

    toggleText() {
      this.pause();
      this.textMode = !this.textMode;
      this.buttons.text.setAttribute('aria-pressed', String(this.textMode));
      this.picture.style.display = this.textMode ? 'none' : '';
      this.textView.hidden = !this.textMode;
      this.render();
    }

    toggleHelp() {
      this.pause();
      this.help.hidden = !this.help.hidden;
      if (this.help.hidden) this.root.focus();
      else this.closeHelp.focus();
    }

    // -- drawing --------------------------------------------------------------------

    /** Shows step `k` (clamped to the document). */
    go(k) {
      k = Math.max(0, Math.min(this.n - 1, Math.floor(Number(k)) || 0));
      if (k === this.k) return;
      this.k = k;
      this.render();
    }

    render() {
      const t0 = performance.now();
      const k = this.k;
      const step = this.doc.steps[k];
      const state = this.timeline.state(k);
      if (this.textMode) this.drawText(state, step);
      else this.drawPicture(state, step);
      this.markCode(step);

      const where = step.line ? 'line ' + step.line : 'the program has ended';
      const phase = step.phase ? ' · collector: ' + step.phase.replace(/_/g, ' ') : '';
      this.status.textContent = 'Step ' + (k + 1) + ' / ' + this.n + ' · ' + where + phase;
      this.slider.value = String(k + 1);
      this.slider.setAttribute('aria-valuetext', 'Step ' + (k + 1) + ' of ' + this.n + ', ' + where);
      this.say.textContent = step.say;
      if (!this.playing) this.announce();
      if (this.stdout) this.stdout.textContent = this.output(k);
      if (this.stderr) this.stderr.textContent = this.errors(k);
      this.link.href = hashFor(this.id, k);
      this.link.setAttribute('aria-label', 'Link to step ' + (k + 1));

      const b = this.buttons;
      for (const [button, off] of [[b.first, k === 0], [b.back, k === 0],
        [b.forward, k === this.n - 1], [b.last, k === this.n - 1]]) {
        // aria-disabled, not disabled: a disabled button loses focus, and keys pressed
        // next would reach mdBook's chapter navigation.
        button.setAttribute('aria-disabled', String(off));
      }
      for (const [at, chip] of this.chips) chip.setAttribute('aria-current', String(at === k));
      this.updateJumps();
      // The step may have made a pane scroll (a longer output, the text view): measured at
      // the next frame, not in the middle of the step.
      cancelAnimationFrame(this.scrollersFrame);
      this.scrollersFrame = requestAnimationFrame(() => this.updateScrollers());

      timings.push({ doc: this.id, step: k, ms: performance.now() - t0 });
      if (timings.length > MAX_TIMINGS) timings.shift();
    }

    /** Puts the step's narration in the live region (unchanged text is not re-announced). */
    announce() {
      const text = 'Step ' + (this.k + 1) + ' of ' + this.n + '. ' + this.doc.steps[this.k].say;
      if (this.live.textContent !== text) this.live.textContent = text;
    }

    updateJumps() {
      if (!this.kind) return;
      const kind = this.kind.value;
      const name = kind ? this.kind.selectedOptions[0].textContent : 'event';
      for (const [button, dir, word] of [[this.buttons.prevEvent, -1, 'Previous '], [this.buttons.nextEvent, 1, 'Next ']]) {
        button.setAttribute('aria-label', word + name);
        button.title = word + name;
        button.setAttribute('aria-disabled', String(findStep(this.doc, this.k, dir, kind) < 0));
      }
    }

    markCode(step) {
      for (const li of this.marked) {
        li.classList.remove('msv-is-next', 'msv-is-done');
        li.removeAttribute('aria-current');
      }
      const next = this.lineItems[step.line - 1];
      const done = this.lineItems[step.done - 1];
      this.marked = [];
      if (done) {
        done.classList.add('msv-is-done');
        this.marked.push(done);
      }
      if (next) {
        next.classList.add('msv-is-next');
        next.setAttribute('aria-current', 'step');
        this.marked.push(next);
        // Scroll the code pane (never the page) to keep the next line in view, at the
        // next frame: measuring now would force a layout in the middle of the step.
        cancelAnimationFrame(this.scrollFrame);
        this.scrollFrame = requestAnimationFrame(() => {
          const pane = this.lines;
          const top = next.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
          if (top < pane.scrollTop || top + next.offsetHeight > pane.scrollTop + pane.clientHeight) {
            pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
          }
        });
      }
      for (const [line, li] of this.diagItems || []) {
        li.classList.toggle('msv-now', line === step.done);
      }
    }

    /**
     * Draws the state. Each element's group is built as markup; a group whose markup is
     * the same as in the picture shown keeps its node, and the changed ones are parsed
     * together, so a step costs what it changes (a jump across the run, the whole picture).
     */
    drawPicture(state, step) {
      const flash = new Set(step.flash || []);
      const labels = this.labelsMode ? arrowLabels(state) : null;
      const groups = byKind(state);
      const order = []; // [key, markup] in drawing order
      let changed = '';
      for (const t of DRAW_ORDER) {
        if (t === 'arrow' && labels) continue;
        for (const [key, el] of groups[t]) {
          const markup = '<g' + attrList(groupAttrs(key, el, state, flash.has(key))) + '>' +
            DRAW[t](el, this.ids, labels && labels.get(key)) + '</g>';
          order.push([key, markup]);
          const shown = this.nodes.get(key);
          if (!shown || shown.markup !== markup) changed += markup;
        }
      }
      const parsed = document.createElementNS(SVG_NS, 'g');
      parsed.innerHTML = changed;
      let next = parsed.firstChild;
      const layer = document.createElementNS(SVG_NS, 'g');
      const nodes = new Map();
      for (const [key, markup] of order) {
        const shown = this.nodes.get(key);
        let node;
        if (shown && shown.markup === markup) {
          node = shown.node;
        } else {
          node = next;
          next = next.nextSibling;
        }
        layer.appendChild(node);
        nodes.set(key, { markup, node });
      }
      this.picture.replaceChild(layer, this.layer);
      this.layer = layer;
      this.nodes = nodes;
      this.picture.setAttribute('aria-label', 'Memory at step ' + (this.k + 1) + ': ' + describe(state, step));
    }

    drawText(state, step) {
      const model = textModel(state);
      const view = h('div', {});
      if (step.phase) view.append(h('p', {}, 'Collector phase: ' + step.phase.replace(/_/g, ' ') + '.'));
      for (const g of model.goroutines) {
        const table = h('table', {});
        table.append(h('caption', {}, g.label + (g.stack.length ? ' — stack ' + g.stack.join('; ') : '')));
        table.append(head(['frame', 'variable', 'type', 'value']));
        // One row group per frame, the frame's name heading its rows.
        for (const f of g.frames) {
          const body = h('tbody', {});
          const vars = f.vars.length ? f.vars : [{ name: '', ty: '', val: '' }];
          vars.forEach((v, i) => {
            const tr = h('tr', {});
            if (i === 0) tr.append(h('th', { scope: 'rowgroup', rowspan: String(vars.length) }, f.name));
            for (const text of [v.name, v.ty, v.val]) tr.append(h('td', {}, text));
            body.append(tr);
          });
          table.append(body);
        }
        view.append(table);
      }
      const heap = h('table', {});
      heap.append(h('caption', {}, model.heap.length ? 'heap' : 'heap (no objects)'));
      heap.append(head(['object', 'type', 'size', 'size class', 'colour', 'pointed to by']));
      const body = h('tbody', {});
      for (const o of model.heap) {
        const tr = h('tr', {});
        tr.append(h('th', { scope: 'row' }, '#' + o.id));
        for (const text of [o.ty, o.size, o.cls, o.colour || '—', o.by.join(', ') || '—']) tr.append(h('td', {}, text));
        body.append(tr);
      }
      heap.append(body);
      view.append(heap);
      if (model.queue) view.append(h('p', {}, model.queue));
      this.textView.replaceChildren(view);

      function head(names) {
        const thead = h('thead', {});
        const tr = h('tr', {});
        for (const name of names) tr.append(h('th', { scope: 'col' }, name));
        thead.append(tr);
        return thead;
      }
    }
  }

  /** Text escaped for HTML/SVG markup (content and quoted attribute values). */
  function esc(text) {
    text = String(text);
    return /[&<>"]/.test(text)
      ? text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
      : text;
  }

  /** Attributes as markup: ` name="value"` each. */
  function attrList(attrs) {
    let out = '';
    for (const a in attrs) {
      const v = attrs[a];
      out += ' ' + a + '="' + (typeof v === 'number' ? v : esc(v)) + '"';
    }
    return out;
  }

  /** The markup of an SVG element with attributes and, optionally, text. */
  function tag(name, attrs, text) {
    return '<' + name + attrList(attrs) + (text === undefined ? '/>' : '>' + esc(text) + '</' + name + '>');
  }

  /**
   * The markup of one element of each kind, inside its group. `ids` holds the ids of the
   * picture's arrowhead and hatch pattern, `labels` the arrow labels leaving the element
   * in "text labels" mode.
   */
  const DRAW = {
    lane(e) {
      return tag('rect', { x: e.x, y: e.y, width: e.w, height: e.h, rx: 6, class: 'msv-box' }) +
        tag('text', { x: e.x + 8, y: e.y + 18, class: 'msv-strong' }, fit(e.label, chars(e.w - 16)));
    },

    seg(e) {
      // Go's stack grows down from the top of its segment: the used part is at the top.
      const used = e.size ? Math.min(e.h, Math.round((e.h * e.used) / e.size)) : 0;
      // The size at the segment's foot, inside it when it is tall enough.
      const size = (e.size % 1024 === 0 ? e.size / 1024 + 'K' : e.size + '') + (e.old ? '↶' : '');
      const foot = e.h >= 16 ? e.y + e.h - 4 : e.y + e.h + 11;
      return tag('title', {}, (e.old ? 'old stack segment (being copied from): ' : 'stack segment: ') +
          e.size + ' B at ' + e.lo + ', ' + e.used + ' B used') +
        tag('rect', { x: e.x, y: e.y, width: e.w, height: e.h, class: 'msv-box' }) +
        tag('rect', { x: e.x, y: e.y, width: e.w, height: used, class: 'msv-used' }) +
        tag('text', { x: e.x + e.w / 2, y: foot, class: 'msv-small', 'text-anchor': 'middle' }, size);
    },

    band(e) {
      return tag('rect', { x: e.x, y: e.y, width: e.w, height: e.h, class: 'msv-box' });
    },

    span(e) {
      return tag('rect', { x: e.x, y: e.y, width: e.w, height: e.h, rx: 4, class: 'msv-box' }) +
        tag('text', { x: e.x + 6, y: e.y + 13, class: 'msv-small' }, fit(e.label, chars(e.w - 12)));
    },

    frame(e) {
      const label = e.label || shortFunc(e.func) + ' · ' + e.size + ' B';
      return tag('rect', { x: e.x, y: e.y, width: e.w, height: e.h, rx: 4, class: 'msv-box' }) +
        tag('rect', { x: e.x, y: e.y, width: e.w, height: Math.min(e.h, 20), rx: 4, class: 'msv-frame-head' }) +
        tag('text', { x: e.x + 6, y: e.y + 14, class: 'msv-strong' }, fit(label, chars(e.w - 12)));
    },

    var(e, ids, labels) {
      let tip = e.name + ' ' + e.ty + ' = ' + e.val;
      if (e.moved) tip += ' — moved to heap: the slot holds its address';
      if (e.diag) tip += '\n' + e.diag;
      // Name on the left, type after it, value on the right; the value keeps priority.
      const total = chars(e.w - 12);
      const val = fit(labels ? '→' + labels.join(' →') : e.val, Math.min(12, total));
      const name = fit(e.name, Math.max(3, Math.min(12, total - val.length - 1)));
      const room = total - name.length - val.length - 2;
      const y = e.y + e.h - 4;
      const valAttrs = { x: e.x + e.w - 6, y, 'text-anchor': 'end' };
      if (labels) valAttrs.class = 'msv-ref';
      return tag('title', {}, tip) +
        tag('rect', { x: e.x + 1, y: e.y, width: e.w - 2, height: e.h, class: 'msv-box' }) +
        tag('text', { x: e.x + 6, y }, name) +
        (e.ty && room >= 3
          ? tag('text', { x: e.x + 6 + (name.length + 1) * CHAR_W, y, class: 'msv-muted' }, fit(e.ty, room))
          : '') +
        tag('text', valAttrs, val);
    },

    obj(e, ids, labels) {
      const kind = e.tiny ? 'tiny' : e.class ? 'class ' + e.class : 'large';
      const info = e.size + ' B · ' + kind;
      const box = { x: e.x, y: e.y, width: e.w, height: e.h, rx: 3, class: 'msv-box' };
      if (e.gc === 'grey') box.style = 'fill:url(#' + ids.hatch + ')';
      let out = tag('title', {}, e.label + ': ' + e.size + ' B in a ' + e.slot + ' B slot (' + kind + ')' +
          (e.gc ? '; collector colour ' + e.gc : '')) +
        tag('rect', box) +
        tag('text', { x: e.x + 6, y: e.y + 14, class: 'msv-strong' }, fit(e.label, chars(e.w - 12 - (e.gc ? 18 : 0)))) +
        tag('text', { x: e.x + 6, y: e.y + e.h - 8, class: 'msv-small' }, info);
      if (labels) {
        out += tag('text', { x: e.x + e.w - 6, y: e.y + e.h - 8, 'text-anchor': 'end', class: 'msv-small msv-ref' },
          fit('→' + labels.join(' →'), chars(e.w - 12) - info.length - 1));
      }
      if (e.gc) {
        // The colour as a letter too: never colour alone.
        out += tag('rect', { x: e.x + e.w - 18, y: e.y + 4, width: 14, height: 14, rx: 2, class: 'msv-gc-badge' }) +
          tag('text', { x: e.x + e.w - 11, y: e.y + 15, 'text-anchor': 'middle', class: 'msv-strong' }, e.gc[0].toUpperCase());
      }
      return out;
    },

    queue(e) {
      return tag('rect', { x: e.x, y: e.y, width: e.w, height: e.h, rx: 4, class: 'msv-box' }) +
        tag('text', { x: e.x + 6, y: e.y + e.h / 2 + 4 }, fit(e.label, chars(e.w - 12)));
    },

    arrow(e, ids) {
      return tag('path', { d: e.d, class: 'msv-path', 'marker-end': 'url(#' + ids.head + ')' });
    },
  };

  /** The classes and data attributes of an element's group, beyond its kind. */
  function groupAttrs(key, e, state, flashed) {
    const attrs = { class: 'msv-el msv-' + e.t, 'data-key': key };
    if (e.t === 'lane') {
      attrs.class += ' msv-' + laneState(e.state);
      attrs['data-g'] = e.g;
    } else if (e.t === 'seg' && e.old) {
      attrs.class += ' msv-old';
    } else if ((e.t === 'frame' && e.cur) || (e.t === 'band' && state[e.frame] && state[e.frame].cur)) {
      attrs.class += ' msv-cur';
    } else if (e.t === 'frame' && !e.func) {
      attrs.class += ' msv-more';
    } else if (e.t === 'var' && e.moved) {
      attrs.class += ' msv-moved';
    } else if (e.t === 'obj') {
      attrs['data-obj'] = e.id;
      if (e.gc) {
        attrs.class += ' msv-gc-' + e.gc;
        attrs['data-gc'] = e.gc;
      }
    }
    if (flashed) attrs.class += ' msv-flash';
    return attrs;
  }

  // ---------------------------------------------------------------------------------
  // Start-up
  // ---------------------------------------------------------------------------------

  const instances = [];

  /** Builds the viewer of `root` (once) and returns it, or null when it cannot. */
  function init(root) {
    for (const v of instances) if (v.root === root) return v;
    if (root.querySelector('.msv-error')) return null; // already said why not
    const id = root.getAttribute('data-doc');
    const script = id && document.getElementById(id);
    let doc = null;
    let problem = script ? '' : 'no document #' + id + ' on the page';
    if (script) {
      try {
        doc = JSON.parse(script.textContent);
        problem = checkDoc(doc);
      } catch (e) {
        problem = 'the document is not JSON (' + e.message + ')';
      }
    }
    if (problem) {
      root.append(h('p', { class: 'msv-error' }, 'The memory viewer cannot start: ' + problem + '.'));
      return null;
    }
    const viewer = new Viewer(root, doc);
    instances.push(viewer);
    const wanted = parseHash(location.hash);
    viewer.go(wanted && wanted.id === id ? wanted.step : 0);
    return viewer;
  }

  /**
   * Follows a deep link `#memsim-ID=STEP` to its viewer, building it if need be, and
   * scrolls to the viewer (`block` as scrollIntoView's: 'start' on load, 'nearest' when
   * the hash changes, which leaves a viewer in view where it is).
   */
  function followHash(block) {
    const wanted = parseHash(location.hash);
    if (!wanted) return;
    const root = [...document.querySelectorAll('div.memsim-viewer')].find((r) => r.getAttribute('data-doc') === wanted.id);
    const viewer = root && init(root);
    if (!viewer) return;
    viewer.user(wanted.step);
    root.scrollIntoView({ block });
  }

  function start() {
    const roots = document.querySelectorAll('div.memsim-viewer[data-doc]');
    if ('IntersectionObserver' in window) {
      // Build each viewer when it comes near the screen.
      const io = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          io.unobserve(entry.target);
          init(entry.target);
        }
      }, { rootMargin: '300px 0px' });
      roots.forEach((r) => io.observe(r));
    } else {
      roots.forEach(init);
    }
    followHash('start');
    window.addEventListener('hashchange', () => followHash('nearest'));
  }

  window.memsimViewer = Object.assign({ init, instances }, pure);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
