#!/usr/bin/env bash
# wasm-cargo.sh <build|test|...> [ARGS]: runs cargo for wasm32-unknown-unknown by the route
# scripts/setup.sh chose (target/wasm-route). WASM artifacts go to target/wasm so the native
# ones in target/ are never rebuilt because of them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
sub=$1
shift
route=$(cat target/wasm-route 2>/dev/null || echo rustup)
export CARGO_TARGET_DIR=target/wasm
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
if [ "$route" = debian ]; then
  # Debian's rustc-web ships no prebuilt std for wasm32: rebuild it (needs RUSTC_BOOTSTRAP for -Z).
  RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
    exec /usr/bin/cargo "$sub" --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort "$@"
else
  exec cargo "$sub" --target wasm32-unknown-unknown "$@"
fi
