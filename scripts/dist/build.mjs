// `make dist`: the page as a static site that works on any static host, and as one file.
//
//   node scripts/dist/build.mjs [OUT]        (OUT defaults to dist/; needs `make build` first)
//
// What ships is found, not listed: starting from index.html, the script follows every reference
// — <script src>, <link href>, ES `import`/`export … from`/`import()`, `new URL('…',
// import.meta.url)` (the worker, the WASM, the service worker), CSS `url()`/`@import`, the
// manifest's icons — so renaming or splitting files in www/ needs no change here.
//
// OUT/ (the site):
//   index.html, sw.js       at the root (a service worker controls only its own folder and below)
//   app/<build id>/…        every other file, at its path in the tree; <build id> is a hash of
//                           their contents, so a deploy never mixes old and new files, and they
//                           can be cached for ever (`immutable`)
//   _headers, vercel.json, nginx.conf   the security headers (CSP with frame-ancestors 'none',
//                           nosniff, no referrer) and caching, for Netlify / Cloudflare Pages,
//                           Vercel and nginx
// sw.js is the tree's worker with its precache list and cache version set to this build: a new
// deploy changes it, the browser installs it, and its activate step deletes the old cache.
//
// OUT/gloss.html: the same page in one file that works from disk (file://) or as an attachment.
// The modules are bundled (esbuild) into one inline module script, the worker into a string run
// from a blob: URL, the WASM inlined as base64, the CSS inline; its CSP allows exactly these
// inline script and style by their SHA-256 hashes (no 'unsafe-inline', no data: scripts), the
// worker from blob:, and WebAssembly ('wasm-unsafe-eval'), and nothing may be fetched.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = resolve(ROOT, process.argv[2] ?? 'dist');
const ENTRY = 'index.html';

/** @param {string} path relative to ROOT, '/'-separated */
const read = (path) => readFileSync(join(ROOT, path));
const readText = (path) => read(path).toString('utf8');
const sha256 = (/** @type {string | Buffer} */ data) => createHash('sha256').update(data);

const MIME = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.js': 'text/javascript',
};

// ---------------------------------------------------------------------------------------------
// The reference graph

/**
 * One reference from a file to another: the specifier as written and where it sits.
 * @typedef {{spec: string, target: string, index: number, kind: string}} Ref
 */

const DYNAMIC_IMPORT = /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const PATTERNS = {
  html: [/<(?:script|link)\b[^>]*?\s(?:src|href)\s*=\s*"([^"]+)"/g],
  js: [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?(['"])([^'"\n]+)\1/g,
    /\bexport\s*[\w$*{}\s,]+?\s*from\s*(['"])([^'"\n]+)\1/g,
    DYNAMIC_IMPORT,
    /\bnew\s+URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g,
  ],
  css: [/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g, /@import\s+(['"])([^'"]+)\1/g],
};

/** @param {string} path */
function kindOf(path) {
  const ext = posix.extname(path);
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.webmanifest' || ext === '.json') return 'manifest';
  return 'asset';
}

/** A local relative reference (not data:, http:, #…, or a bare module name). */
function isLocal(/** @type {string} */ spec) {
  return !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(spec) && (spec.startsWith('.') || !spec.includes(':'));
}

/**
 * @param {string} path
 * @returns {Ref[]}
 */
function references(path) {
  const kind = kindOf(path);
  const refs = [];
  const from = posix.dirname(path);
  const add = (/** @type {string} */ spec, /** @type {number} */ index, strict = true) => {
    if (!isLocal(spec)) return;
    const target = posix.normalize(posix.join(from, spec.split(/[?#]/)[0]));
    if (target.startsWith('..') || !existsSync(join(ROOT, target))) {
      // `import('…')` may be a JSDoc type in a comment (`@typedef {import('./types').X}`);
      // any other reference to a missing file is an error.
      if (strict) throw new Error(`${path}: '${spec}' does not exist (run make build first?)`);
      return;
    }
    refs.push({ spec, target, index, kind });
  };
  if (kind === 'manifest') {
    const text = readText(path);
    const manifest = JSON.parse(text);
    for (const icon of manifest.icons ?? []) add(icon.src, text.indexOf(`"${icon.src}"`) + 1);
    return refs;
  }
  const text = readText(path);
  for (const pattern of PATTERNS[kind] ?? []) {
    for (const m of text.matchAll(pattern)) {
      const spec = m[m.length - 1];
      add(spec, /** @type {number} */ (m.index) + m[0].lastIndexOf(spec), pattern !== DYNAMIC_IMPORT);
    }
  }
  return refs;
}

/** Every file the page needs, from ENTRY, with its references. */
function walk() {
  /** @type {Map<string, Ref[]>} */
  const graph = new Map();
  const queue = [ENTRY];
  while (queue.length) {
    const path = /** @type {string} */ (queue.shift());
    if (graph.has(path)) continue;
    const refs = references(path);
    graph.set(path, refs);
    for (const ref of refs) queue.push(ref.target);
  }
  return graph;
}

// ---------------------------------------------------------------------------------------------
// The site

/** Scripts beside index.html stay there: a service worker's scope is its own folder. */
const atRoot = (/** @type {string} */ path) => path === ENTRY || (!path.includes('/') && kindOf(path) === 'js');

/**
 * @param {string} fromPath the file's path in the output
 * @param {string} toPath the target's path in the output
 */
function relativeSpec(fromPath, toPath) {
  const spec = posix.relative(posix.dirname(fromPath), toPath);
  return spec.startsWith('../') ? spec : `./${spec}`;
}

/** Replaces `refs` (by position) in `text` with `spec(ref)`, for the refs where it is not null. */
function rewrite(/** @type {string} */ text, /** @type {Ref[]} */ refs, /** @type {(r: Ref) => string | null} */ spec) {
  let out = text;
  for (const ref of [...refs].sort((a, b) => b.index - a.index)) {
    const next = spec(ref);
    if (next === null || next === ref.spec) continue;
    if (out.slice(ref.index, ref.index + ref.spec.length) !== ref.spec) {
      throw new Error(`cannot rewrite '${ref.spec}'`);
    }
    out = out.slice(0, ref.index) + next + out.slice(ref.index + ref.spec.length);
  }
  return out;
}

/** The page's Content-Security-Policy (from its meta tag). */
function metaCsp(/** @type {string} */ html) {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*>/i.exec(html);
  if (!m) throw new Error(`${ENTRY} has no Content-Security-Policy meta tag`);
  return { tag: m[0], policy: m[1] };
}

/**
 * The tree's service worker with its precache list and cache version set to this build.
 * @param {string} source
 * @param {string[]} shell
 * @param {string} id
 */
function serviceWorker(source, shell, id) {
  const list = /const SHELL = \[[\s\S]*?\];/;
  const version = /const CACHE_VERSION = (['"])[^'"]*\1;/;
  if (!list.test(source) || !version.test(source)) {
    throw new Error('the service worker has no `const SHELL = [...]` / `const CACHE_VERSION = ...` to set');
  }
  const lines = shell.map((p) => `  '${p}',\n`).join('');
  return source
    .replace(list, () => `const SHELL = [\n${lines}];`)
    .replace(version, () => `const CACHE_VERSION = '${id}';`);
}

/** Security and caching headers in the formats static hosts read. */
function headerFiles(/** @type {string} */ policy, /** @type {string} */ assets) {
  const csp = `${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  const security = [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'no-referrer'],
  ];
  const immutable = 'public, max-age=31536000, immutable';
  const revalidate = 'no-cache';
  const netlify = [
    '# Netlify and Cloudflare Pages read this file (generated by make dist).',
    '/*',
    ...security.map(([k, v]) => `  ${k}: ${v}`),
    `/${assets}/*`,
    `  Cache-Control: ${immutable}`,
    '/',
    `  Cache-Control: ${revalidate}`,
    '/index.html',
    `  Cache-Control: ${revalidate}`,
    '/sw.js',
    `  Cache-Control: ${revalidate}`,
    '',
  ].join('\n');
  const header = (/** @type {string[][]} */ list) => list.map(([key, value]) => ({ key, value }));
  const vercel = {
    headers: [
      { source: '/(.*)', headers: header(security) },
      { source: `/${assets}/(.*)`, headers: header([['Cache-Control', immutable]]) },
      { source: '/(|index.html|sw.js)', headers: header([['Cache-Control', revalidate]]) },
    ],
  };
  const add = (/** @type {string} */ indent) =>
    security.map(([k, v]) => `${indent}add_header ${k} "${v}" always;`).join('\n');
  const nginx = [
    '# nginx: include inside the server { } block whose root is this folder (generated by make dist).',
    '# .wasm must be served as application/wasm (in mime.types since nginx 1.21.0).',
    '# add_header in a location replaces the inherited ones, hence the repetition.',
    add(''),
    `location /${assets}/ {`,
    add('    '),
    `    add_header Cache-Control "${immutable}" always;`,
    '}',
    'location = /sw.js {',
    add('    '),
    `    add_header Cache-Control "${revalidate}" always;`,
    '}',
    'location = /index.html {',
    add('    '),
    `    add_header Cache-Control "${revalidate}" always;`,
    '}',
    '',
  ].join('\n');
  return { netlify, vercel: `${JSON.stringify(vercel, null, 2)}\n`, nginx };
}

/** @param {Map<string, Ref[]>} graph */
function site(graph) {
  const versioned = [...graph.keys()].filter((p) => !atRoot(p)).sort();
  const hash = sha256('');
  for (const path of versioned) hash.update(`${path}\0`).update(read(path)).update('\0');
  const id = hash.digest('hex').slice(0, 12);
  const assets = `app/${id}`;
  const outPath = (/** @type {string} */ p) => (atRoot(p) ? p : `${assets}/${p}`);
  /** @type {Map<string, string | Buffer>} output path → contents */
  const files = new Map();
  for (const [path, refs] of graph) {
    const kind = kindOf(path);
    // Only references between the root and the versioned folder change.
    const spec = (/** @type {Ref} */ r) =>
      atRoot(path) === atRoot(r.target) ? null : relativeSpec(outPath(path), outPath(r.target));
    if (kind === 'manifest') {
      const manifest = JSON.parse(readText(path));
      for (const key of ['start_url', 'scope']) {
        if (typeof manifest[key] !== 'string' || !isLocal(manifest[key])) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), manifest[key]));
        const rel = posix.relative(posix.dirname(outPath(path)), target === '.' ? '' : target);
        manifest[key] = rel === '' ? '.' : rel.endsWith('/') || target === '.' ? `${rel}/` : rel;
      }
      files.set(outPath(path), `${JSON.stringify(manifest, null, 2)}\n`);
    } else if (kind === 'html' || kind === 'js' || kind === 'css') {
      files.set(outPath(path), rewrite(readText(path), refs, spec));
    } else {
      files.set(outPath(path), read(path));
    }
  }
  const workers = [...graph.keys()].filter((p) => atRoot(p) && p !== ENTRY);
  for (const worker of workers) {
    const shell = [ENTRY, ...versioned.map(outPath)];
    files.set(worker, serviceWorker(/** @type {string} */ (files.get(worker)), shell, id));
  }
  const { policy } = metaCsp(readText(ENTRY));
  const headers = headerFiles(policy, 'app');
  files.set('_headers', headers.netlify);
  files.set('vercel.json', headers.vercel);
  files.set('nginx.conf', headers.nginx);
  return { files, id };
}

// ---------------------------------------------------------------------------------------------
// The single file

const WORKER =
  /\bnew\s+Worker\(\s*new\s+URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^{}]*\}\s*)?\)/g;
const ASSET_URL = /\bnew\s+URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * `text` with every match of `pattern` replaced by `await replace(its specifier)`.
 * @param {string} text
 * @param {RegExp} pattern
 * @param {(spec: string) => Promise<string>} replace
 */
async function replaceAsync(text, pattern, replace) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = /** @type {number} */ (m.index);
    out += text.slice(last, at) + (await replace(m[2]));
    last = at + m[0].length;
  }
  return out + text.slice(last);
}

/**
 * An esbuild plugin that replaces `new URL('…', import.meta.url)` by what works inside one file:
 * `new Worker(new URL(…))` becomes a classic worker from a blob: URL of the worker's bundle, the WASM its bytes, a
 * script beside index.html (the service worker, which a file cannot have) `about:blank`, any
 * other file a data: URL.
 * @param {(entry: string, format: 'esm' | 'iife') => Promise<string>} bundle
 */
function inlineUrls(bundle) {
  return {
    name: 'inline-urls',
    setup(build) {
      build.onLoad({ filter: /\.m?js$/ }, async (args) => {
        let contents = readFileSync(args.path, 'utf8');
        /** The repository path of a specifier in this module. */
        const targetOf = (/** @type {string} */ spec) => {
          const target = resolve(dirname(args.path), spec);
          return {
            target,
            rel: posix.normalize(
              target
                .slice(ROOT.length + 1)
                .split('\\')
                .join('/'),
            ),
          };
        };
        // A worker runs as a classic script from a blob: URL: a module worker cannot start from
        // blob: in a file:// page (its opaque origin fails the module fetch's same-origin check).
        contents = await replaceAsync(contents, WORKER, async (spec) => {
          const code = await bundle(targetOf(spec).target, 'iife');
          return `new Worker(URL.createObjectURL(new Blob([${JSON.stringify(code)}], { type: "text/javascript" })))`;
        });
        contents = await replaceAsync(contents, ASSET_URL, async (spec) => {
          const { target, rel } = targetOf(spec);
          const ext = posix.extname(rel);
          if (atRoot(rel)) return 'new URL("about:blank")';
          if (ext === '.js' || ext === '.mjs') {
            const code = await bundle(target, 'esm');
            return `new URL(URL.createObjectURL(new Blob([${JSON.stringify(code)}], { type: "text/javascript" })))`;
          }
          const base64 = readFileSync(target).toString('base64');
          if (ext === '.wasm') {
            return `((s) => { const b = atob(s), a = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) a[i] = b.charCodeAt(i); return a; })("${base64}")`;
          }
          return `new URL("data:${MIME[ext] ?? 'application/octet-stream'};base64,${base64}")`;
        });
        return { contents, loader: 'js' };
      });
    },
  };
}

/** @param {Map<string, Ref[]>} graph */
async function singleFile(graph) {
  const esbuild = await import('esbuild');
  const bundle = async (/** @type {string} */ entry, /** @type {'esm' | 'iife'} */ format) => {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format,
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'warning',
      plugins: [inlineUrls(bundle)],
    });
    return result.outputFiles[0].text;
  };
  let html = readText(ENTRY);
  const refs = /** @type {Ref[]} */ (graph.get(ENTRY));
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>(?:\s*<\/script>)?/g)];
  /** @type {string[]} */
  const scripts = [];
  /** @type {string[]} */
  const styles = [];
  for (const m of tags.reverse()) {
    const tag = m[0];
    const src = /\s(?:src|href)\s*=\s*"([^"]+)"/.exec(tag)?.[1];
    const ref = refs.find((r) => r.spec === src);
    if (!ref) continue; // data: icons and the like stay as they are
    let replacement;
    if (m[1] === 'script') {
      const code = (await bundle(join(ROOT, ref.target), 'esm')).replace(/<\/(script)/gi, '<\\/$1');
      scripts.push(code);
      replacement = `<script type="module">${code}</script>`;
    } else if (/\brel\s*=\s*"stylesheet"/.test(tag)) {
      const css = inlineCss(ref.target).replace(/<\/(style)/gi, '<\\/$1');
      styles.push(css);
      replacement = `<style>${css}</style>`;
    } else {
      replacement = ''; // the manifest: a file on disk cannot be installed
    }
    const at = /** @type {number} */ (m.index);
    html = html.slice(0, at) + replacement + html.slice(at + tag.length);
  }
  const hashes = (/** @type {string[]} */ list) => list.map((s) => `'sha256-${sha256(s).digest('base64')}'`).join(' ');
  const { tag, policy } = metaCsp(html);
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      if (!sources.includes("'self'")) return d;
      const others = sources.filter((s) => s !== "'self'");
      if (name === 'script-src') return [name, hashes(scripts), ...others].join(' ');
      if (name === 'style-src') return [name, hashes(styles), ...others].join(' ');
      if (name === 'worker-src') return [name, 'blob:', ...others].join(' ');
      return others.length ? [name, ...others].join(' ') : null; // nothing to load: 'none'
    })
    .filter(Boolean);
  html = html.replace(tag, () => `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}">`);
  return html;
}

/** A stylesheet with its url() and @import references inlined. */
function inlineCss(/** @type {string} */ path) {
  const refs = references(path);
  return rewrite(readText(path), refs, (r) => {
    if (kindOf(r.target) === 'css') throw new Error(`${path}: @import of ${r.target} is not inlined`);
    const type = MIME[posix.extname(r.target)] ?? 'application/octet-stream';
    return `data:${type};base64,${read(r.target).toString('base64')}`;
  });
}

// ---------------------------------------------------------------------------------------------

const graph = walk();
const { files, id } = site(graph);
files.set('gloss.html', await singleFile(graph));
rmSync(OUT, { recursive: true, force: true });
for (const [path, contents] of files) {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), contents);
}
const single = Buffer.from(/** @type {string} */ (files.get('gloss.html')));
console.log(`dist: ${files.size} files in ${posix.relative(ROOT, OUT) || '.'}/ (build ${id})`);
for (const path of [...files.keys()].sort()) {
  const size = Buffer.byteLength(/** @type {string | Buffer} */ (files.get(path)));
  console.log(`  ${path}  ${size} bytes`);
}
console.log(`dist: gloss.html ${single.length} bytes, ${gzipSync(single, { level: 9 }).length} gzipped`);
