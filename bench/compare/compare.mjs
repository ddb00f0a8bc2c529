// Runs the same ~1 MB of news-like text through compromise (entities + numbers) and through
// Gloss (the WASM build under Node, and the native CLI) in one run, and prints the ratio.
// Usage: node bench/compare/compare.mjs [BYTES]   (after `make compare-setup`; see Makefile)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const bytes = Number(process.argv[2] ?? 1_000_000);

/** Made-up news paragraphs, repeated to about `n` bytes (the same style as the Rust benches). */
function newsText(n) {
  const paragraphs = [
    'Sign up for our free Morning Briefing email\nPlease enter a valid email address',
    'Health Secretary Maria Delgado said on Wednesday that waiting lists had fallen by 8 per cent since January, the first fall in three years.',
    'The Office for National Statistics said 1,245 firms closed in the quarter to June, up from 1,100 a year earlier, with costs of £2.7bn.',
    'Delgado told the BBC that the National Health Service would hire 3,000 more nurses by 2026, more than double the number promised in 2022.',
    'Flood defences in Leeds and York cost about $75 million, and the river rose 2.5 metres on Thursday, the third highest level on record.',
    "Campaigners from Friends of the Earth met officials in Brussels and Paris to discuss the European Union's new rules.",
    'Maria Delgado visits a hospital in Manchester (PA)',
    'Unemployment rose 0.3 percentage points to 4.4% in the three months to August, while wages grew at an annual rate of 5.2 per cent.',
  ];
  let text = '';
  for (let i = 0; text.length < n; i++) text += `${paragraphs[i % paragraphs.length]}\n\n`;
  return text;
}

/**
 * Runs `fn` `runs` times; the median and the spread of the wall times, and the last result.
 * @template T
 * @param {number} runs
 * @param {() => T} fn
 * @returns {{ result: T, ms: number, min: number, max: number }}
 */
function timed(runs, fn) {
  /** @type {number[]} */
  const times = [];
  let result = fn();
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { result, ms: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

const text = newsText(bytes);
const mb = Buffer.byteLength(text) / 1e6;
console.log(`text: ${mb.toFixed(2)} MB; each line: median of the runs after one warm-up [fastest – slowest]`);

/**
 * One line of the table.
 * @param {string} name
 * @param {{ ms: number, min: number, max: number }} t
 * @param {string} what
 */
function report(name, t, what) {
  console.log(
    `${name}: ${t.ms.toFixed(0)} ms [${t.min.toFixed(0)}–${t.max.toFixed(0)}] (${(mb / (t.ms / 1000)).toFixed(2)} MB/s), ${what}`,
  );
}

const nlp = require('compromise');
const c = timed(3, () => {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length;
});
report('compromise', c, `${c.result} entities+numbers`);

const gloss = require(join(root, 'pkg-node', 'gloss.js'));
const w = timed(5, () => gloss.annotate(text, undefined).annotations.length);
report('gloss (WASM in Node)', w, `${w.result} annotations`);

// The CLI's time is the whole process: start-up, all layers and writing the JSON to a pipe.
// Reading the JSON back is the consumer's cost and is left out of the timing.
const bin = join(root, 'target', 'release', 'gloss');
/** @param {string[]} args */
const native = (args) => timed(5, () => execFileSync(bin, ['annotate', ...args], { input: text, maxBuffer: 1 << 30 }));
/** @param {Buffer} json */
const count = (json) => JSON.parse(json.toString()).annotations.length;
const one = native(['--threads', '1']);
report('gloss (native CLI, one core)', one, `${count(one.result)} annotations`);
const two = native([]);
report('gloss (native CLI, default: entity pass on a second core)', two, `${count(two.result)} annotations`);
console.log(
  `ratio compromise / gloss (medians): WASM ${(c.ms / w.ms).toFixed(1)}x, native one core ${(c.ms / one.ms).toFixed(1)}x, native default ${(c.ms / two.ms).toFixed(1)}x`,
);
