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

function time(fn) {
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

const text = newsText(bytes);
const mb = Buffer.byteLength(text) / 1e6;
console.log(`text: ${mb.toFixed(2)} MB`);

const nlp = require('compromise');
const c = time(() => {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length;
});
console.log(
  `compromise: ${c.ms.toFixed(0)} ms (${(mb / (c.ms / 1000)).toFixed(2)} MB/s), ${c.result} entities+numbers`,
);

const gloss = require(join(root, 'pkg-node', 'gloss.js'));
gloss.annotate('warm up', undefined);
const w = time(() => gloss.annotate(text, undefined).annotations.length);
console.log(
  `gloss (WASM in Node): ${w.ms.toFixed(0)} ms (${(mb / (w.ms / 1000)).toFixed(2)} MB/s), ${w.result} annotations`,
);

const bin = join(root, 'target', 'release', 'gloss');
const n = time(
  () => JSON.parse(execFileSync(bin, ['annotate'], { input: text, maxBuffer: 1 << 30 })).annotations.length,
);
console.log(
  `gloss (native CLI, incl. process start and JSON): ${n.ms.toFixed(0)} ms (${(mb / (n.ms / 1000)).toFixed(2)} MB/s), ${n.result} annotations`,
);
console.log(`ratio compromise / gloss: WASM ${(c.ms / w.ms).toFixed(1)}x, native ${(c.ms / n.ms).toFixed(1)}x`);
