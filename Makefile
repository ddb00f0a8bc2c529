# Gloss: the two commands are `make serve` and `make test`; see README.md.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

PORT ?= 8000
HOST ?= 127.0.0.1
WASM := target/wasm/wasm32-unknown-unknown/wasm/gloss.wasm

.PHONY: setup setup-build build serve test test-wasm test-e2e eval screenshots clean

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
