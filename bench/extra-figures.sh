# bench/extra-figures.sh - nf-figures beside Microsoft Recognizers-Text
# (npm @microsoft/recognizers-text-number-with-unit: currency, dimension
# and percentage models) on the same sentence records, sourced by bench/run
# (which builds $T/en.sent.jsonl and $T/zh.sent.jsonl and defines bench_time
# and bench_row).  Throughput is MB of sentence text per second.
#
# Recognizers-Text reads about 0.06 MB/s, so it gets the records of the first MB of
# sentence records (some 300 KB of text) of each language; nf-figures runs on that same sample (the
# ratio row) and on the whole input (its headline row, target >= 40 MB/s).
# The package is installed into bench/node_modules on first use (npm); when
# it cannot be, chrono-node is not a fair stand-in (it finds dates, not
# figures), so the row says the peer is missing instead.

figures_peer_ready() {
	command -v node >/dev/null || return 1
	[ -d bench/node_modules/@microsoft/recognizers-text-number-with-unit ] && return 0
	command -v npm >/dev/null || return 1
	(cd bench && npm install --no-audit --no-fund --silent >/dev/null 2>&1)
	[ -d bench/node_modules/@microsoft/recognizers-text-number-with-unit ]
}

# the first records of FILE holding about BYTES of text
figures_sample() {
	awk -v max="$2" '{ print; n += length($0) } n >= max { exit }' "$1" >"$3"
}

echo
echo "nf-figures vs Recognizers-Text (same sentence records, one core each)"
for lang in en zh; do
	sent=$T/$lang.sent.jsonl
	sbytes=$(jq -j .text "$sent" | wc -c)
	t_nf=$(bench_time sh -c '"$1"/nf-figures "$2" >/dev/null' _ "$BIN" "$sent")
	bench_row "nf-figures ($lang sentence text, all)" "$sbytes" "$t_nf"
	echo "  figures found: $("$BIN"/nf-figures "$sent" | wc -l)"
	if figures_peer_ready; then
		figures_sample "$sent" 1048576 "$T/$lang.sample.jsonl"
		sample=$T/$lang.sample.jsonl
		pbytes=$(jq -j .text "$sample" | wc -c)
		t_rt=$(bench_time sh -c 'node bench/recognizers-figures.js "$1" "$2" 2>/dev/null' _ "$lang" "$sample")
		t_ns=$(bench_time sh -c '"$1"/nf-figures "$2" >/dev/null' _ "$BIN" "$sample")
		n_rt=$(node bench/recognizers-figures.js "$lang" "$sample" 2>&1 | awk '{ print $(NF - 1) }')
		bench_row "Recognizers-Text ($lang, $((pbytes / 1024)) KB sample)" "$pbytes" "$t_rt"
		awk -v n="$pbytes" -v s="$t_rt" 'BEGIN { printf "  Recognizers-Text reads %.1f KB/s\n", n / 1024 / s }'
		bench_row "nf-figures ($lang, same sample)" "$pbytes" "$t_ns" Recognizers-Text "$t_rt"
		echo "  on the sample: nf-figures $("$BIN"/nf-figures "$sample" | wc -l) figures, Recognizers-Text $n_rt (currency, dimension, percentage)"
	else
		echo "  (Recognizers-Text not available: cd bench && npm install)"
	fi
done
