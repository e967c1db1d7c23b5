# bench/lib.sh - timing helpers sourced by bench/run and bench/*.sh.
#
#   bench_time CMD...        run CMD (stdin/stdout as given) 3 times, print
#                            the best wall time in seconds
#   bench_row LABEL BYTES SECS [BASE_LABEL BASE_SECS]
#                            print one table row: MB/s and the ratio to a
#                            baseline measured in the same run
#   bench_rss CMD...         peak resident memory of one run, in MB
# Timing lives here, never in tests.

bench_now() { date +%s.%N; }

bench_time() {
	local best= t0 t1 dt i
	for i in 1 2 3; do
		t0=$(bench_now)
		"$@" || return 1
		t1=$(bench_now)
		dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
		if [ -z "$best" ] || awk -v a="$dt" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$dt
		fi
	done
	echo "$best"
}

bench_row() {
	local label=$1 bytes=$2 secs=$3 base=${4:-} base_secs=${5:-}
	awk -v l="$label" -v n="$bytes" -v s="$secs" -v b="$base" -v bs="$base_secs" 'BEGIN {
		mbs = (s > 0) ? n / 1048576 / s : 0
		if (b != "" && bs > 0) {
			bmbs = n / 1048576 / bs
			printf "%-44s %9.1f MB/s  %6.3fs  %6.2fx %s\n", l, mbs, s, mbs / bmbs, b
		} else
			printf "%-44s %9.1f MB/s  %6.3fs\n", l, mbs, s
	}'
}

bench_rss() {
	local f kb
	if [ ! -x /usr/bin/time ]; then
		echo "n/a (apt-get install time)"
		return
	fi
	f=$(mktemp)
	/usr/bin/time -f '%M' -o "$f" "$@" >/dev/null 2>&1
	kb=$(tail -1 "$f")
	rm -f "$f"
	awk -v k="$kb" 'BEGIN { printf "%.1f MB", k / 1024 }'
}
