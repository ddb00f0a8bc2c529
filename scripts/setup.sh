#!/usr/bin/env bash
# Installs whatever `make build`, `make serve` and `make test` need and is missing; fast when
# everything is there. Works as root or as a user with sudo, on Debian 12 (see
# ../shared/TOOLCHAIN.md for the recipe this follows).
#
#   - Rust: rustup's wasm32-unknown-unknown target when rustup can fetch it; otherwise the Debian
#     route (rustc-web + rust-web-src, std rebuilt with -Zbuild-std). The route chosen is written
#     to target/wasm-route and read by scripts/wasm-cargo.sh.
#   - wasm-bindgen-cli at exactly the version Cargo.lock pins.
#   - chromium + chromium-driver (browser tests), node/npm, python3 (static server).
#   - e2e/node_modules from e2e/package-lock.json (playwright-core, Biome, TypeScript).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
export PATH="$HOME/.cargo/bin:$PATH"

# --build-only: what building and serving need (no browser, no npm packages).
BUILD_ONLY=""
[ "${1:-}" = --build-only ] && BUILD_ONLY=1

ROUTE_FILE=target/wasm-route
say() { printf 'setup: %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

APT_UPDATED=""
# apt_install PKG...: installs the packages that are not installed yet.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$APT_UPDATED" ]; then
    say "apt-get update"
    $SUDO apt-get update -q
    APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# --- Browser, node, python ---------------------------------------------------------------
if [ -z "$BUILD_ONLY" ]; then
  command -v chromium >/dev/null && command -v chromedriver >/dev/null || apt_install chromium chromium-driver
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
fi
command -v python3 >/dev/null || apt_install python3

# --- Rust: rustup first, the Debian route when the wasm32 target cannot be had from rustup -----
wasm_target_ok() {
  local dir
  dir=$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null) && [ -d "$dir" ] &&
    ls "$dir" | grep -q '^libstd-'
}
debian_route() {
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22 gcc libc6-dev
  mkdir -p target && echo debian > "$ROUTE_FILE"
  say "wasm route: Debian rustc-web with -Zbuild-std"
}

route=""
[ -f "$ROUTE_FILE" ] && route=$(cat "$ROUTE_FILE")
if [ "${GLOSS_WASM_ROUTE:-}" = debian ]; then
  debian_route
elif [ "$route" = rustup ] && command -v rustup >/dev/null && wasm_target_ok; then
  : # already set up
elif [ "$route" = debian ] && [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ]; then
  : # already set up
elif command -v rustup >/dev/null && { wasm_target_ok || rustup target add wasm32-unknown-unknown; } && wasm_target_ok; then
  mkdir -p target && echo rustup > "$ROUTE_FILE"
  say "wasm route: rustup target wasm32-unknown-unknown"
else
  say "rustup cannot provide the wasm32 target; using the Debian route"
  debian_route
fi
route=$(cat "$ROUTE_FILE")

# Native builds (clippy, fmt, cargo test, the CLI) use rustup's toolchain when there is one;
# on a machine without rustup the Debian toolchain serves them too, with its clippy and rustfmt.
if ! command -v rustup >/dev/null; then
  apt_install rust-web-clippy rustfmt-web
else
  cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
  cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
fi

# --- wasm-bindgen-cli at the version Cargo.lock pins ----------------------------------------
WB=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ]; then
  say "cargo install wasm-bindgen-cli $WB (a few minutes, once)"
  # No --locked: the CLI's own lock file pins a webpki-roots the registry no longer has.
  if [ "$route" = debian ] && ! command -v rustup >/dev/null; then
    RUSTC=/usr/bin/rustc cargo install wasm-bindgen-cli --version "$WB"
  else
    env -u RUSTC cargo install wasm-bindgen-cli --version "$WB"
  fi
fi

# --- e2e/node_modules: playwright-core (drives the Debian chromium; no browser download), and
# the JS checks of `make lint-js`: @biomejs/biome (lint + format) and typescript (tsc --checkJs)
if [ -z "$BUILD_ONLY" ] && ! cmp -s e2e/package-lock.json e2e/node_modules/.package-lock.json.stamp 2>/dev/null; then
  say "npm ci in e2e/"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
  cp e2e/package-lock.json e2e/node_modules/.package-lock.json.stamp
fi

say "ready (wasm route: $route)"
