# bench/extra-jobs.sh - news2csv over the BBC corpus (2,225 files) with
# -j 1 and with -j N (N = the processors, at least 2), runs interleaved so
# that both see the same machine, the median of each and their ratio; the
# CSV files of both must be the same bytes.  Sourced by bench/run
# (bench_row; $T, $BIN, $CORPUS).  Throughput is MB of page text a second.

echo
case $BIN in /*) jobs_bin=$BIN ;; *) jobs_bin=$PWD/$BIN ;; esac
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -ge 2 ] || jobs=2
echo "news2csv over $CORPUS/bbc: -j 1 against -j $jobs (interleaved, median of 7 runs each)"
pbytes=$(find "$CORPUS/bbc" -mindepth 2 -type f -exec cat {} + | wc -c)
for i in 1 2 3 4 5 6 7; do
	for j in 1 "$jobs"; do
		rm -rf "$T/jobs$j"
		t0=$(bench_now)
		NF_BIN=$jobs_bin pipelines/news2csv -q -j "$j" -o "$T/jobs$j" "$CORPUS/bbc" || true
		t1=$(bench_now)
		echo "$j $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')"
	done
done >"$T/jobs.times"
median() { awk -v j="$1" '$1 == j { print $2 }' "$T/jobs.times" | sort -n | sed -n 4p; }
t1=$(median 1)
tn=$(median "$jobs")
bench_row "news2csv -j 1 (BBC pages)" "$pbytes" "$t1"
bench_row "news2csv -j $jobs (BBC pages)" "$pbytes" "$tn" "-j 1" "$t1"
if cmp -s "$T/jobs1/figures.csv" "$T/jobs$jobs/figures.csv" &&
    cmp -s "$T/jobs1/dates.csv" "$T/jobs$jobs/dates.csv"; then
	echo "  figures.csv and dates.csv: the same bytes"
else
	echo "  figures.csv and dates.csv DIFFER between -j 1 and -j $jobs"
fi
rm -rf "$T/jobs1" "$T/jobs$jobs" "$T/jobs.times"
