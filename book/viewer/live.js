/*
 * memsim's memory viewer, live: edit the example and see memory change.
 *
 * A classic script loaded after viewer.js (book.toml's `additional-js`). Each viewer gets an
 * "Edit" button; it opens an editor holding the example's Go source. As the reader types
 * (after a short pause, or at once with Ctrl+Enter or the Run button) the source goes to
 * memsim compiled to WebAssembly (`memsim.wasm` at the book's root, crate memsim-wasm,
 * simulator/wasm), which analyses it, runs it on the simulated memory and returns a new
 * viewer document; the viewer shows it from its first step — new -m lines, explanations,
 * memory, narration, output. A program Go would not build gets Go's first error line and
 * the viewer keeps the last good run, framed dashed. Nothing leaves the page: no server.
 *
 * The module's interface (C ABI over its memory, see simulator/wasm/src/lib.rs):
 * memsim_alloc(n) → address; memsim_view(src, n, name, n, keys, n, steps) → answer length;
 * memsim_result() → answer address. The answer is JSON: {ok, doc} or {ok: false, error,
 * line, col}. The module is fetched and compiled on the first edit, once per page.
 *
 * memsim runs in a Web Worker, one per editor (started from `workerMain`'s text, handed
 * the compiled module), never on the page's thread: the page stays responsive while a
 * program runs, even an endless one up to its step limit, and a new edit stops the run in
 * progress at once (its worker is ended; the next run starts a fresh one). If the module
 * traps (a program nested deeper than the browser's stack allows), the worker drops its
 * instance and the next run makes a fresh one. Where no worker can start, memsim runs on
 * the page's thread as a fallback.
 *
 * For tests: window.memsimLive = { run(viewer, source) → Promise<answer>, timings } where
 * timings lists {doc, ms} per run (ms: analysis and run inside WebAssembly, plus reading
 * the answer, timed in the worker); an answer a newer run replaced has `superseded: true`.
 * window.memsimWasmUrl overrides where the module is fetched from.
 */
(function () {
  'use strict';

  const DEBOUNCE_MS = 350;
  const timings = [];
  let modulePromise = null; // Promise<WebAssembly.Module>
  let instance = null; // the page thread's instance (no worker), dropped after a trap
  let workersFail = false; // a worker could not start here: run on the page's thread

  function wasmUrl() {
    if (window.memsimWasmUrl) return window.memsimWasmUrl;
    // mdBook defines path_to_root on every page (a global lexical binding).
    const root = typeof path_to_root === 'string' ? path_to_root : ''; // eslint-disable-line no-undef
    return root + 'memsim.wasm';
  }

  function loadModule() {
    if (!modulePromise) {
      const url = wasmUrl();
      modulePromise = fetch(url).then((response) => {
        if (!response.ok) {
          throw new Error('this build of the book has no live editing (' + url + ': HTTP ' +
            response.status + '; it needs the Rust target wasm32-unknown-unknown when the book is built)');
        }
        return response.arrayBuffer();
      }).then((bytes) => WebAssembly.compile(bytes));
      modulePromise.catch(() => { modulePromise = null; }); // try again next time
    }
    return modulePromise;
  }

  /**
   * The worker a Live runs memsim in. It is started from this function's own text (a
   * blob: URL, so the book ships no extra file) and handed the compiled module; it keeps
   * one instance and answers each {id, name, source} with {id, answer}. memsim never runs
   * on the page's thread, so typing, scrolling and the viewer stay responsive while a
   * program runs up to its step limit, and a run that an edit has made useless is stopped
   * by ending its worker.
   */
  function workerMain() {
    let module = null;
    let instance = null; // dropped after a trap: its memory is not to be trusted
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    function put(x, text) {
      const bytes = encoder.encode(text);
      const at = x.memsim_alloc(bytes.length);
      new Uint8Array(x.memory.buffer, at, bytes.length).set(bytes);
      return [at, bytes.length];
    }
    self.onmessage = (e) => {
      const m = e.data;
      if (m.module) {
        module = m.module;
        return;
      }
      const t0 = performance.now();
      let answer;
      try {
        if (!instance) instance = new WebAssembly.Instance(module, {});
        const x = instance.exports;
        const [s, sl] = put(x, m.source);
        const [n, nl] = put(x, m.name);
        const [k, kl] = put(x, '');
        const len = x.memsim_view(s, sl, n, nl, k, kl, 0);
        answer = JSON.parse(decoder.decode(new Uint8Array(x.memory.buffer, x.memsim_result(), len)));
      } catch (err) {
        instance = null;
        answer = { ok: false, error: trapMessage(err), line: 0, col: 0 };
      }
      answer.ms = performance.now() - t0;
      self.postMessage({ id: m.id, answer });
    };
    // (trapMessage is appended to the worker's text; see startWorker)
  }

  /** What a reader is told when the module traps or throws. */
  function trapMessage(e) {
    return e instanceof RangeError
      ? 'the program is nested too deeply for memsim in the browser (' + e.message +
        '); the memsim command runs it'
      : 'memsim stopped unexpectedly (' + e.message + '); please report it with the program';
  }

  let workerUrl = null; // the blob: URL of workerMain's text, made once per page

  /** A worker running memsim (see workerMain), or null where workers cannot start. */
  function startWorker(module) {
    if (workersFail) return null;
    try {
      if (!workerUrl) {
        const text = trapMessage.toString() + '\n(' + workerMain.toString() + ')();\n';
        workerUrl = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
      }
      const worker = new Worker(workerUrl);
      worker.postMessage({ module });
      return worker;
    } catch (e) {
      return null;
    }
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function put(x, text) {
    const bytes = encoder.encode(text);
    const at = x.memsim_alloc(bytes.length);
    new Uint8Array(x.memory.buffer, at, bytes.length).set(bytes);
    return [at, bytes.length];
  }

  /**
   * memsim's answer for `source` (named `name`) on the page's own thread, where no worker
   * can start: {ok, doc} or {ok:false, error, line, col}.
   */
  async function analyseHere(name, source) {
    if (!instance) instance = await WebAssembly.instantiate(await loadModule(), {});
    const x = instance.exports;
    const t0 = performance.now();
    let text;
    try {
      const [s, sl] = put(x, source);
      const [n, nl] = put(x, name);
      const [k, kl] = put(x, '');
      const len = x.memsim_view(s, sl, n, nl, k, kl, 0);
      text = decoder.decode(new Uint8Array(x.memory.buffer, x.memsim_result(), len));
    } catch (e) {
      instance = null; // a trapped instance's memory is not to be trusted
      return { ok: false, error: trapMessage(e), line: 0, col: 0, ms: performance.now() - t0 };
    }
    const answer = JSON.parse(text);
    answer.ms = performance.now() - t0;
    return answer;
  }

  /**
   * Runs memsim for one Live, in a worker of its own: one run at a time; a new run stops
   * the one in progress, whose answer is then {ok: false, superseded: true}.
   */
  class Runner {
    constructor() {
      this.worker = null;
      this.pending = null; // {id, resolve, name, source} of the run in progress
      this.ids = 0;
    }

    /** Ends the run in progress, if any. */
    stop() {
      if (!this.pending) return;
      this.worker.terminate();
      this.worker = null;
      const { resolve } = this.pending;
      this.pending = null;
      resolve({ ok: false, superseded: true, error: 'stopped: a newer edit replaced it', line: 0, col: 0, ms: 0 });
    }

    /** memsim's answer for `source` (named `name`): {ok, doc} or {ok:false, error, line, col}. */
    async analyse(name, source) {
      const module = await loadModule();
      this.stop();
      if (!this.worker) {
        const worker = startWorker(module);
        if (!worker) return analyseHere(name, source);
        let answered = false;
        worker.onmessage = (e) => {
          answered = true;
          if (this.pending && e.data.id === this.pending.id) {
            const { resolve } = this.pending;
            this.pending = null;
            resolve(e.data.answer);
          }
        };
        worker.onerror = (e) => {
          // The worker itself failed (memsim's own failures are answers). Before any
          // answer, workers cannot run here (a policy refusing blob: scripts, say): this
          // run and the next ones go to the page's thread. After, the next run starts a
          // new worker.
          e.preventDefault();
          if (this.worker === worker) this.worker = null;
          if (!answered) workersFail = true;
          if (this.pending) {
            const { resolve, name, source } = this.pending;
            this.pending = null;
            resolve(answered
              ? { ok: false, error: 'memsim stopped unexpectedly (' + (e.message || 'its worker failed') + ')', line: 0, col: 0, ms: 0 }
              : analyseHere(name, source));
          }
        };
        this.worker = worker;
      }
      const id = ++this.ids;
      return new Promise((resolve) => {
        this.pending = { id, resolve, name, source };
        this.worker.postMessage({ id, name, source });
      });
    }
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The editing state of one viewer. */
  class Live {
    constructor(viewer) {
      this.viewer = viewer;
      this.original = viewer.doc;
      const title = this.original.title || '';
      this.name = './' + (/\.go$/.test(title) ? title : 'main.go');
      this.timer = 0;
      this.runs = 0; // answers older than the newest request are dropped
      this.runner = new Runner();
      const id = viewer.id + '-edit';
      this.panel = el('div', { class: 'msv-edit', id, role: 'region', 'aria-label': 'Edit the program', hidden: '' });
      const label = el('label', { for: id + '-src', class: 'msv-edit-label' },
        'Edit the program: memsim analyses and runs it again in your browser as you type (Ctrl+Enter: at once).');
      this.area = el('textarea', {
        id: id + '-src', class: 'msv-edit-src', spellcheck: 'false', autocomplete: 'off',
        autocapitalize: 'off', wrap: 'off',
      });
      this.area.value = this.original.source || '';
      this.area.rows = Math.min(24, Math.max(6, this.area.value.split('\n').length));
      const bar = el('div', { class: 'msv-edit-bar' });
      this.runButton = el('button', { type: 'button', class: 'msv-btn msv-edit-run' }, 'Run');
      this.resetButton = el('button', { type: 'button', class: 'msv-btn msv-edit-reset' }, 'Restore the book\u2019s program');
      this.status = el('span', { class: 'msv-edit-status', role: 'status' });
      bar.append(this.runButton, this.resetButton, this.status);
      this.error = el('pre', { class: 'msv-edit-error', hidden: '' });
      this.panel.append(label, this.area, bar, this.error);

      this.area.addEventListener('input', () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
      });
      this.area.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          this.run();
        }
      });
      this.runButton.addEventListener('click', () => this.run());
      this.resetButton.addEventListener('click', () => {
        this.area.value = this.original.source || '';
        this.run();
      });
    }

    /** Puts the Edit button into a freshly built viewer, and the panel above it. */
    attach() {
      const head = this.viewer.root.querySelector('.msv-head');
      if (!head) return;
      const open = !this.panel.hidden;
      this.button = el('button', {
        type: 'button', class: 'msv-btn msv-edit-toggle', 'aria-expanded': String(open),
        'aria-controls': this.panel.id,
      }, open ? 'Close the editor' : 'Edit');
      this.button.addEventListener('click', () => this.toggle());
      head.append(this.button);
      // Above the widget, inserted once: a rebuilt widget goes below it, and the panel
      // never moves (moving it would take the focus from the text being typed).
      if (!this.panel.isConnected) head.before(this.panel);
    }

    toggle() {
      const open = this.panel.hidden;
      this.panel.hidden = !open;
      this.button.setAttribute('aria-expanded', String(open));
      this.button.textContent = open ? 'Close the editor' : 'Edit';
      if (open) {
        this.area.focus();
        loadModule().then(() => {
          if (!this.status.textContent) this.status.textContent = 'memsim is ready: edit the program.';
        }, (e) => { this.status.textContent = 'No live editing: ' + e.message + '.'; });
      }
    }

    /** Analyses and runs the editor's text; shows the answer. Resolves to the answer. */
    async run(source) {
      clearTimeout(this.timer);
      if (source !== undefined) this.area.value = source;
      const text = this.area.value;
      const mine = ++this.runs;
      let answer;
      try {
        answer = await this.runner.analyse(this.name, text);
      } catch (e) {
        answer = { ok: false, error: 'No live editing: ' + e.message, line: 0, col: 0, ms: 0 };
      }
      if (mine !== this.runs) return answer; // a newer edit is on its way
      timings.push({ doc: this.viewer.id, ms: answer.ms });
      const root = this.viewer.root;
      if (answer.ok) {
        this.viewer.load(answer.doc);
        root.classList.remove('msv-stale');
        this.error.hidden = true;
        this.error.textContent = '';
        const d = answer.doc;
        const lines = (d.diagnostics || []).length;
        this.status.textContent = 'Analysed and ran in ' + Math.max(1, Math.round(answer.ms)) + ' ms: ' +
          lines + (lines === 1 ? ' line' : ' lines') + ' from -m, ' + d.steps.length + ' steps' +
          (d.truncated ? ' (cut: the program went on)' : '') + '.';
      } else {
        root.classList.add('msv-stale');
        this.error.hidden = false;
        this.error.textContent = answer.error;
        this.status.textContent = answer.line
          ? 'Go would not build this (line ' + answer.line + ', column ' + answer.col + '); the picture is the last run that worked.'
          : 'Not run; the picture is the last run that worked.';
      }
      return answer;
    }
  }

  const lives = new Map(); // viewer → Live

  function liveOf(viewer) {
    let live = lives.get(viewer);
    if (!live) {
      live = new Live(viewer);
      lives.set(viewer, live);
    }
    return live;
  }

  document.addEventListener('memsim-viewer-built', (e) => liveOf(e.detail).attach());
  // Viewers built before this script ran (viewer.js builds lazily, so normally none).
  for (const v of (window.memsimViewer && window.memsimViewer.instances) || []) {
    if (!lives.has(v)) liveOf(v).attach();
  }

  window.memsimLive = {
    run: (viewer, source) => liveOf(viewer).run(source),
    open: (viewer) => { const live = liveOf(viewer); if (live.panel.hidden) live.toggle(); return live; },
    timings,
  };
})();
