# bench/extra-dates.sh - nf-dates beside chrono-node (npm) on the same
# sentence records, sourced by bench/run (which builds $T/en.sent.jsonl and
# $T/zh.sent.jsonl and defines bench_time and bench_row).  Throughput is MB
# of sentence text per second; the ratio is nf-dates over chrono-node.
# chrono-node is installed into bench/node_modules on first use (npm).

dates_peer_ready() {
	command -v node >/dev/null || return 1
	[ -d bench/node_modules/chrono-node ] && return 0
	command -v npm >/dev/null || return 1
	(cd bench && npm install --no-audit --no-fund --silent >/dev/null 2>&1)
	[ -d bench/node_modules/chrono-node ]
}

echo
echo "nf-dates vs chrono-node (same sentence records, one core each)"
for lang in en zh; do
	sent=$T/$lang.sent.jsonl
	sbytes=$(jq -j .text "$sent" | wc -c)
	t_nf=$(bench_time sh -c '"$1"/nf-dates "$2" >/dev/null' _ "$BIN" "$sent")
	n_nf=$("$BIN"/nf-dates "$sent" | wc -l)
	if dates_peer_ready; then
		t_ch=$(bench_time sh -c 'node bench/chrono-dates.js "$1" "$2" 2>/dev/null' _ "$lang" "$sent")
		n_ch=$(node bench/chrono-dates.js "$lang" "$sent" 2>&1 | awk '{ print $(NF - 1) }')
		bench_row "chrono-node ($lang sentence text)" "$sbytes" "$t_ch"
		bench_row "nf-dates ($lang sentence text)" "$sbytes" "$t_nf" chrono-node "$t_ch"
		echo "  dates found: nf-dates $n_nf, chrono-node $n_ch"
	else
		bench_row "nf-dates ($lang sentence text)" "$sbytes" "$t_nf"
		echo "  (chrono-node not available: cd bench && npm install)"
	fi
	echo "  nf-dates peak memory ($lang): $(bench_rss "$BIN"/nf-dates "$sent")"
done
