#!/bin/sh
# The page's download, as a browser fetches it: every file the page loads (index.html, sw.js,
# the manifest, www/ but its tests and the type declarations, the WASM and its JS glue), each
# gzip -9. Fails above the limit the speed issue sets (1.5 MB), so that no change grows the
# download past it unnoticed. Needs `make build` first.
set -eu
LIMIT=${DOWNLOAD_LIMIT:-1500000}
[ -f www/pkg/gloss_bg.wasm ] || { echo "download-size: www/pkg/gloss_bg.wasm is missing: run make build" >&2; exit 2; }
gz() { gzip -9c "$1" | wc -c; }
wasm=$(gz www/pkg/gloss_bg.wasm)
page=0
for f in index.html sw.js manifest.webmanifest $(find www -type f ! -path 'www/test/*' ! -name '*.d.ts' ! -name '*.wasm' | sort); do
  page=$((page + $(gz "$f")))
done
total=$((wasm + page))
echo "download: WASM $wasm + page files $page = $total bytes gzipped (limit $LIMIT)"
if [ "$total" -gt "$LIMIT" ]; then
  echo "download-size: $total bytes gzipped is over the $LIMIT-byte limit" >&2
  exit 1
fi
