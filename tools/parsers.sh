#!/usr/bin/env bash
# tools/parsers.sh - build tools/html-parsers and measure gumbo, libxml2 and
# myhtml on the benchmark pages (../shared/bench/aeb/html) and on
# pathological pages made here: 100,000 nested divs, a 50 MB page,
# unclosed tags, NUL bytes.  Prints speed (MB/s), peak memory (KB) and
# what each parser made of the page.  The record of how nf-normalize's
# parser was chosen; not part of make check.
set -euo pipefail
cd "$(dirname "$0")/.."
T=$(mktemp -d "${TMPDIR:-/tmp}/parsers.XXXXXX")
trap 'rm -rf "$T"' EXIT
cc -O2 -std=c11 -D_GNU_SOURCE -o "$T/html-parsers" tools/html-parsers.c \
	$(pkg-config --cflags --libs gumbo libxml-2.0) -I/usr/include/myhtml -lmodest
aeb=../shared/bench/aeb/html
mkdir -p "$T/aeb"
if [ -d "$aeb" ]; then
	for f in "$aeb"/*.html.gz; do gzip -dc "$f" >"$T/aeb/$(basename "${f%.gz}")"; done
fi
# the pathological pages
python3 - "$T" <<'PY'
import sys, os
t = sys.argv[1]
open(f"{t}/nested.html", "w").write("<html><body>" + "<div>" * 100000 + "deep text" + "</div>" * 100000 + "</body></html>")
para = "<p>The centre cost more than <b>10 billion yuan</b> ($1.47 billion), <a href='/x'>Dr. Wang</a> said.</p>\n"
open(f"{t}/big.html", "w").write("<html><body><article>" + para * (50_000_000 // len(para)) + "</article></body></html>")
open(f"{t}/unclosed.html", "w").write("<html><body>" + "<div><p><span><b><i><table><tr><td>cell " * 5000 + "</body>" + "</div></td></span>" * 3000)
open(f"{t}/nul.html", "wb").write(b"<html><body><p>before\0after</p>" + b"<p>\0\0\0<b>x\0y</b></p>" * 10000 + b"</body></html>")
PY
for p in gumbo libxml2 myhtml; do
	echo "== $p"
	if [ -d "$aeb" ]; then
		printf 'aeb (181 pages, 5 rounds): '
		/usr/bin/time -f 'peak %M KB' "$T/html-parsers" "$p" -r 5 "$T"/aeb/*.html 2>&1 | tr '\n' ' '; echo
	fi
	for f in nested big unclosed nul; do
		printf '%-9s: ' "$f"
		timeout 120 /usr/bin/time -f 'peak %M KB' "$T/html-parsers" "$p" "$T/$f.html" 2>&1 | tr '\n' ' ' || printf 'FAILED (exit %s)' "$?"
		echo
	done
done
