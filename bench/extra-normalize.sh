# bench/extra-normalize.sh - nf-normalize beside iconv and uchardet on the
# same bytes (sourced by bench/run: $T/en.txt, $T/zh.txt, $BIN exist).
# Rows: UTF-8 pass-through vs iconv -f utf-8 -t utf-8; GB18030 conversion vs
# iconv -f gb18030; uchardet on the same bytes; peak RSS for 10 MB and 1 GB.
echo "-- nf-normalize (targets: UTF-8 >= 0.5x iconv, conversion >= 0.33x iconv)"
iconv -c -f UTF-8 -t GB18030 "$T/zh.txt" >"$T/zh.gb18030" 2>/dev/null || true
for lang in en zh; do
	in=$T/$lang.txt; bytes=$(stat -c %s "$in")
	ti=$(bench_time sh -c 'iconv -c -f utf-8 -t utf-8 "$1" >/dev/null 2>&1; true' _ "$in")
	bench_row "iconv -c -f utf-8 -t utf-8 ($lang)" "$bytes" "$ti"
	t=$(bench_time sh -c '"$1"/nf-normalize "$2" >/dev/null 2>&1' _ "$BIN" "$in")
	bench_row "nf-normalize UTF-8 ($lang)" "$bytes" "$t" iconv "$ti"
done
in=$T/zh.gb18030; bytes=$(stat -c %s "$in")
ti=$(bench_time sh -c 'iconv -f gb18030 -t utf-8 "$1" >/dev/null' _ "$in")
bench_row "iconv -f gb18030 -t utf-8" "$bytes" "$ti"
t=$(bench_time sh -c '"$1"/nf-normalize "$2" >/dev/null' _ "$BIN" "$in")
bench_row "nf-normalize GB18030 (detect+convert)" "$bytes" "$t" iconv "$ti"
if command -v uchardet >/dev/null; then
	tu=$(bench_time sh -c 'uchardet "$1" >/dev/null' _ "$in")
	bench_row "uchardet (detection only, same bytes)" "$bytes" "$tu"
else
	echo "uchardet: no command (apt-get install uchardet), row skipped"
fi
head -c 10485760 "$T/en.txt" >"$T/en10.txt"
echo "nf-normalize peak RSS, 10 MB input: $(bench_rss "$BIN"/nf-normalize "$T/en10.txt")"
big=$(mktemp "${TMPDIR:-/tmp}/nf-1g.XXXXXX")
while [ "$(stat -c %s "$big")" -lt 1073741824 ]; do cat "$T/en.txt" "$T/zh.txt" >>"$big"; done
echo "nf-normalize peak RSS, $(($(stat -c %s "$big") / 1048576)) MB input: $(bench_rss "$BIN"/nf-normalize "$big")"
rm -f "$big" "$T/en10.txt"
