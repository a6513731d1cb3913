#!/usr/bin/env bash
# Renders slant's HTML pages and opens them in headless Chromium: takes screenshots at
# laptop (1280 px) and phone (390 px) width into docs/screenshots/, and fails when the
# page logs anything to the console or its DOM did not load.
#
# Usage: scripts/browser-check.sh            (from anywhere; run in the repository)
# Exits 0 with "skipped: chromium not installed" when there is no Chromium.
#
# How the checks work (Chromium 120+ headless):
# - `--enable-logging=stderr --v=0` prints every console message as a line containing
#   ":CONSOLE" (logged at INFO level, not ERROR). Our pages have no scripts and a
#   Content-Security-Policy that blocks everything but inline CSS, so ANY console line
#   (a CSP violation, an "Uncaught" error) is a failure.
# - `--dump-dom` prints the DOM after load; it must end with </html> and hold the
#   elements we expect (<mark>, the probability bars, the slant scale).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

CHROME=""
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then CHROME=$c; break; fi
done
if [ -z "$CHROME" ]; then
    echo "skipped: chromium not installed"
    exit 0
fi

echo "building the release binary"
cargo build --release --quiet
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/slant"

OUT="${SCREENSHOTS:-$ROOT/docs/screenshots}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

SEED="$ROOT/../shared/seeds/000_61757e177a7e06d7.txt"
[ -f "$SEED" ] || SEED="$ROOT/../../shared/seeds/000_61757e177a7e06d7.txt"
[ -f "$SEED" ] || SEED="$ROOT/data/examples/seed-style.txt"

# Relative paths, so that the ids on the pages are short.
(cd "$(dirname "$SEED")" && "$BIN" score --format html "$(basename "$SEED")") > "$WORK/seed.html"
"$BIN" score --format html data/examples/harbor-bridge-{left,center,right}.txt > "$WORK/harbor-bridge.html"
"$BIN" compare --format html data/examples/harbor-bridge-{left,center,right}.txt > "$WORK/compare.html"

chrome() {
    timeout 120 "$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$(mktemp -d -p "$WORK")" "$@"
}

fail=0
for page in seed harbor-bridge compare; do
    file="$WORK/$page.html"
    for size in 1280,2000:laptop 390,2000:phone; do
        win=${size%%:*}
        name=${size##*:}
        png="$OUT/$page-$name.png"
        log="$WORK/$page-$name.log"
        if ! chrome --enable-logging=stderr --v=0 --window-size="$win" \
            --screenshot="$png" "file://$file" >"$log" 2>&1; then
            echo "FAIL $page ($name): chromium exited non-zero"; sed -n 1,20p "$log"; fail=1; continue
        fi
        if grep -E ':CONSOLE|Uncaught' "$log"; then
            echo "FAIL $page ($name): console messages above"; fail=1
        fi
        if [ ! -s "$png" ]; then
            echo "FAIL $page ($name): no screenshot"; fail=1
        else
            # Keep committed screenshots small: quantize when pngquant is there.
            if command -v pngquant >/dev/null 2>&1; then
                pngquant --quality=85-100 --speed 1 --force --output "$png" "$png" || true
            fi
            echo "ok   $page ($name): $png ($(wc -c <"$png") bytes)"
        fi
    done
    dom="$WORK/$page.dom"
    chrome --dump-dom "file://$file" >"$dom" 2>/dev/null || true
    wants=('</html>' 'class="fill ' '<svg class="scale"' '<table>')
    [ "$page" = compare ] || wants+=('<mark class=')
    for want in "${wants[@]}"; do
        if ! grep -qF "$want" "$dom"; then
            echo "FAIL $page: the loaded DOM lacks $want"; fail=1
        fi
    done
done

if [ "$fail" -ne 0 ]; then
    echo "browser check failed"
    exit 1
fi
echo "browser check passed"
