// Unit tests of the viewer's DOM-free half (state reducer and helpers): node --test book/viewer/test/
//
// Every document in fixtures/ is checked, and so is every file named in MEMSIM_VIEWER_DOCS
// (paths separated by the platform's path delimiter, ':' on Unix), so the same checks can
// be run on what `memsim view` writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const V = require('../viewer.js');

const fixtureDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const paths = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(fixtureDir, f))
  .concat((process.env.MEMSIM_VIEWER_DOCS || '').split(delimiter).filter(Boolean));
const docs = paths.map((p) => [p.replace(/^.*\//, ''), JSON.parse(readFileSync(p, 'utf8'))]);

const KINDS = ['alloc', 'escape', 'grow', 'gc', 'switch', 'call', 'return', 'output', 'free'];
const ELEMENTS = ['lane', 'seg', 'band', 'frame', 'var', 'span', 'obj', 'arrow', 'queue'];

/** The state of step k from the changes alone, ignoring the keyframes. */
function replay(doc, k) {
  let state = {};
  for (let i = 0; i <= k; i++) state = V.applyStep(state, doc.steps[i]);
  return state;
}

test('the fixtures cover every element kind, keyframes past the first, GC, growth, switches', () => {
  const seen = new Set();
  const kinds = new Set();
  let keyframesPastFirst = false;
  let oldSegment = false;
  let movedWithArrow = false;
  const colours = new Set();
  for (const [, doc] of docs) {
    keyframesPastFirst ||= doc.steps.length > doc.keyframe_every;
    doc.steps.forEach((step, k) => {
      const state = V.stateAt(doc, k);
      for (const [key, el] of Object.entries(state)) {
        seen.add(el.t);
        if (el.gc) colours.add(el.gc);
        if (el.t === 'seg' && el.old && step.flash.length) oldSegment = true;
        if (el.t === 'var' && el.moved) {
          movedWithArrow ||= Object.values(state).some((a) => a.t === 'arrow' && a.from === key);
        }
      }
      step.kinds.forEach((kind) => kinds.add(kind));
    });
  }
  assert.deepEqual([...seen].sort(), [...ELEMENTS].sort());
  for (const kind of ['alloc', 'escape', 'grow', 'gc', 'switch']) assert.ok(kinds.has(kind), kind);
  assert.deepEqual([...colours].sort(), ['black', 'grey', 'white']);
  assert.ok(keyframesPastFirst, 'a document with more steps than keyframe_every');
  assert.ok(oldSegment, 'an old segment shown with flashed pointers');
  assert.ok(movedWithArrow, 'a moved variable with an arrow');
});

for (const [name, doc] of docs) {
  test(`${name}: the document is well formed`, () => {
    assert.equal(V.checkDoc(doc), '');
    for (const step of doc.steps) {
      assert.ok(typeof step.say === 'string' && step.say.trim() !== '', 'every step has a narration');
      for (const kind of step.kinds) assert.ok(KINDS.includes(kind), `unknown kind ${kind}`);
      assert.ok(step.line >= 0 && step.done >= 0);
    }
    for (const ks of doc.key_steps) assert.ok(ks.step >= 0 && ks.step < doc.steps.length, ks.label);
  });

  test(`${name}: every keyframe equals the changes replayed from step 0`, () => {
    for (const b of Object.keys(doc.keyframes).map(Number)) {
      assert.equal(b % doc.keyframe_every, 0, `keyframe ${b}`);
      assert.deepEqual(replay(doc, b), doc.keyframes[b], `keyframe ${b}`);
    }
  });

  test(`${name}: jumping to a step equals stepping to it`, () => {
    let state = doc.keyframes[0];
    const timeline = new V.Timeline(doc);
    for (let k = 0; k < doc.steps.length; k++) {
      if (k > 0) state = V.applyStep(state, doc.steps[k]);
      assert.deepEqual(V.stateAt(doc, k), state, `step ${k}`);
      assert.deepEqual(timeline.state(k), state, `step ${k} through the cache`);
    }
  });

  test(`${name}: a step forward then back gives the same state`, () => {
    // One cached block only, so that going back across a keyframe replays the block.
    const timeline = new V.Timeline(doc, 1);
    for (let k = 0; k + 1 < doc.steps.length; k++) {
      const before = structuredClone(timeline.state(k));
      timeline.state(k + 1);
      assert.deepEqual(timeline.state(k), before, `step ${k}`);
    }
  });

  test(`${name}: random jumps through the cache agree with stateAt`, () => {
    const timeline = new V.Timeline(doc, 2);
    let seed = 12345;
    for (let i = 0; i < 200; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const k = seed % doc.steps.length;
      assert.deepEqual(timeline.state(k), V.stateAt(doc, k), `step ${k}`);
    }
  });

  test(`${name}: arrows, bands and flashes name elements of their step`, () => {
    doc.steps.forEach((step, k) => {
      const state = V.stateAt(doc, k);
      for (const [key, el] of Object.entries(state)) {
        if (el.t === 'arrow') {
          assert.ok(state[el.from], `step ${k}: ${key} from ${el.from}`);
          assert.ok(state[el.to], `step ${k}: ${key} to ${el.to}`);
        }
        if (el.t === 'band') assert.equal(state[el.frame]?.t, 'frame', `step ${k}: ${key}`);
      }
      for (const key of step.flash) assert.ok(state[key], `step ${k}: flash ${key}`);
    });
  });

  test(`${name}: boxes lie in the canvas and do not move while they exist`, () => {
    let before = {};
    doc.steps.forEach((_, k) => {
      const state = V.stateAt(doc, k);
      for (const [key, el] of Object.entries(state)) {
        assert.ok(ELEMENTS.includes(el.t), `step ${k}: ${key} has kind ${el.t}`);
        if (el.t === 'arrow') continue;
        assert.ok(el.x >= 0 && el.y >= 0 && el.x + el.w <= doc.width && el.y + el.h <= doc.height,
          `step ${k}: ${key} lies in the canvas`);
        const old = before[key];
        if (old) assert.deepEqual([el.x, el.y], [old.x, old.y], `step ${k}: ${key} stays put`);
      }
      before = state;
    });
  });

  test(`${name}: the output grows to the whole stdout`, () => {
    const output = V.outputReader(doc);
    const bytes = Buffer.byteLength(doc.stdout);
    let out = 0;
    doc.steps.forEach((step, k) => {
      assert.ok(step.out >= out && step.out <= bytes, `step ${k}`);
      out = step.out;
      assert.ok(doc.stdout.startsWith(output(k)), `step ${k}`);
    });
    assert.equal(output(doc.steps.length - 1), doc.stdout);
  });
}

// -- helpers --------------------------------------------------------------------------

const [, gcDoc] = docs.find(([n]) => n === 'escape-gc.json');
const [, growDoc] = docs.find(([n]) => n === 'goroutines-grow.json');

test('applyStep leaves its inputs alone', () => {
  const state = Object.freeze({ a: { t: 'lane' }, b: { t: 'seg' } });
  const step = Object.freeze({ set: Object.freeze({ c: { t: 'obj' } }), del: Object.freeze(['a']) });
  assert.deepEqual(V.applyStep(state, step), { b: { t: 'seg' }, c: { t: 'obj' } });
  assert.deepEqual(Object.keys(state), ['a', 'b']);
});

test('the cache keeps at most maxBlocks blocks, dropping the least recently used', () => {
  const timeline = new V.Timeline(growDoc, 2);
  timeline.state(1); // block 0
  timeline.state(4); // block 3
  timeline.state(2); // block 0 again: now the most recent
  timeline.state(7); // block 6 pushes out block 3
  assert.deepEqual([...timeline.blocks.keys()], [0, 6]);
});

test('findStep finds the nearest step of a kind either way', () => {
  const doc = { steps: [['call'], ['alloc'], ['return', 'output'], ['gc'], [], ['switch', 'call'], ['alloc']].map((kinds) => ({ kinds })) };
  assert.equal(V.findStep(doc, 0, 1, 'alloc'), 1);
  assert.equal(V.findStep(doc, 1, 1, 'alloc'), 6);
  assert.equal(V.findStep(doc, 6, 1, 'alloc'), -1);
  assert.equal(V.findStep(doc, 6, -1, 'alloc'), 1);
  assert.equal(V.findStep(doc, 1, -1, 'alloc'), -1);
  assert.equal(V.findStep(doc, 1, 1, ''), 3, 'return and output are not jump kinds');
  assert.equal(V.findStep(doc, 3, 1, ''), 5);
  assert.equal(V.findStep(doc, 0, 1, 'grow'), -1);
});

test('findKeyStep walks the key steps in order', () => {
  const doc = { key_steps: [{ step: 9 }, { step: 2 }] };
  assert.equal(V.findKeyStep(doc, 0, 1), 2);
  assert.equal(V.findKeyStep(doc, 2, 1), 9);
  assert.equal(V.findKeyStep(doc, 9, 1), -1);
  assert.equal(V.findKeyStep(doc, 9, -1), 2);
  assert.equal(V.findKeyStep(doc, 2, -1), -1);
  assert.equal(V.findKeyStep({}, 0, 1), -1);
});

test('deep links: #memsim-ID=STEP, STEP counted from 1', () => {
  assert.deepEqual(V.parseHash('#memsim-escape-1=3'), { id: 'escape-1', step: 2 });
  assert.equal(V.hashFor('escape-1', 2), '#memsim-escape-1=3');
  for (const id of ['a=b', 'é x', 'memsim-gc']) {
    assert.deepEqual(V.parseHash(V.hashFor(id, 41)), { id, step: 41 });
  }
  for (const hash of ['', '#', '#memsim-x', '#memsim-x=', '#memsim-x=a', '#other=3', '#memsim-%E0=1']) {
    assert.equal(V.parseHash(hash), null, hash);
  }
});

test('the output is cut by UTF-8 bytes', () => {
  const doc = { stdout: 'π≈3\n', steps: [{ out: 0 }, { out: 2 }, { out: 5 }, { out: 7 }] };
  const output = V.outputReader(doc);
  assert.deepEqual([0, 1, 2, 3].map(output), ['', 'π', 'π≈', 'π≈3\n']);
});

test('badges tell the kinds of -m lines apart', () => {
  assert.equal(V.badgeFor('moved to heap: p').kind, 'moved');
  assert.equal(V.badgeFor('&node{...} escapes to heap').kind, 'escapes');
  assert.equal(V.badgeFor('p does not escape').kind, 'stays');
  assert.equal(V.badgeFor('can inline f').kind, 'other');
});

test('the text view lists stacks by frame and the heap with who points where', () => {
  const model = V.textModel(V.stateAt(gcDoc, 2));
  assert.equal(model.goroutines.length, 1);
  assert.equal(model.goroutines[0].label, 'goroutine 1 (main) · running');
  assert.deepEqual(model.goroutines[0].stack, ['segment 2 KiB at 0xc000040000, 112 B used']);
  assert.deepEqual(model.goroutines[0].frames, [
    { name: 'main (64 B)', vars: [
      { name: 'a', ty: '*main.point', val: 'nil' },
      { name: 'b', ty: '*main.point', val: 'nil' },
    ] },
    { name: 'newPoint (48 B)', vars: [
      { name: 'x', ty: 'int', val: '1' },
      { name: 'y', ty: 'int', val: '2' },
      { name: 'p', ty: 'main.point', val: '→#1 (moved to heap: the slot holds its address)' },
    ] },
  ]);
  assert.deepEqual(model.heap, [{
    id: 1, ty: 'main.point', size: '16 B', cls: '2 (16 B slots)', colour: '', by: ['p (newPoint, goroutine 1)'],
  }]);
  assert.equal(model.queue, '');

  const gc = V.textModel(V.stateAt(gcDoc, 7));
  assert.deepEqual(gc.heap.map((o) => [o.id, o.colour, o.by]), [[1, 'grey', ['a (main, goroutine 1)']], [2, 'white', []]]);
  assert.equal(gc.queue, 'grey worklist: #1');

  const grow = V.textModel(V.stateAt(growDoc, 7));
  assert.deepEqual(grow.goroutines.map((g) => g.g), ['1', '2']);
  assert.deepEqual(grow.goroutines[1].stack.sort(), [
    'old segment 2 KiB at 0xc000050000, 1072 B used',
    'segment 4 KiB at 0xc000058000, 2112 B used',
  ]);
  assert.deepEqual(grow.heap.find((o) => o.id === 1).by, ['#4', 'done (main, goroutine 1)']);
});

test('arrow labels are gathered by source; the description counts what is drawn', () => {
  const state = V.stateAt(growDoc, 7);
  const labels = V.arrowLabels(state);
  assert.deepEqual(labels.get('o:4'), ['#1']);
  assert.deepEqual(labels.get('v:2:1:1'), ['&x']);
  assert.equal(labels.get('v:2:0:0'), undefined);
  assert.equal(V.describe(state, growDoc.steps[7]), '2 goroutines, 4 frames, 4 heap objects, 5 pointers');
  assert.equal(V.describe(V.stateAt(gcDoc, 9), gcDoc.steps[9]),
    '1 goroutine, 1 frame, 2 heap objects, 1 pointer; collector: mark termination');
});

test('checkDoc names what is wrong', () => {
  assert.match(V.checkDoc({ schema: 'other' }), /not a memsim-viewer/);
  assert.match(V.checkDoc({ schema: 'memsim-viewer', version: 2 }), /version 2/);
  const doc = structuredClone(gcDoc);
  delete doc.keyframes['8'];
  assert.match(V.checkDoc(doc), /keyframe of step 8/);
});

test('small formatters', () => {
  assert.equal(V.formatBytes(2048), '2 KiB');
  assert.equal(V.formatBytes(48), '48 B');
  assert.equal(V.laneState('waiting (chan receive)'), 'waiting');
});
