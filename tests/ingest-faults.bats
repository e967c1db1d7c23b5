#!/usr/bin/env bats
# news-ingest killed anywhere, or out of disk at any write, then run again:
# exactly the rows of one clean run, and a facts.xlsx (every run has
# --xlsx) that shows them.  Two scenarios: the first run into an
# empty OUTDIR, and a later run that adds a page, changes one, renames one
# and touches one.  The counts go to the TAP output as comments.

load common
setup() {
	common_setup
	# the ASan pass runs the same shell with slower filters: fewer timed
	# points and coarser disk sizes there (the steps are all run in both)
	case $NF_BIN in
	*asan*) TIMED=4 ROOM_STEP=48 MIN_KILLS=36 ;;
	*) TIMED=20 ROOM_STEP=16 MIN_KILLS=50 ;;
	esac
	IN=$BATS_TEST_TMPDIR/in
	mkdir -p "$IN/sub" "$IN/.hidden"
	printf 'Markets\n\nThe index rose 4%% on 2025-03-04.\n' >"$IN/a.txt"
	printf 'Later\n\nIt fell by $3 million on 2025-03-05.\n' >"$IN/sub/b.txt"
	printf '<html><title>Page</title><p>Sales of 1,200 cars on 2025-03-06.</p></html>\n' >"$IN/c.html"
	printf 'Line\n\nIt rose on 2025-03-07, "up" 2%%.\n' >"$IN/$(printf 'new\nline.txt')"
	cp "$FIX/encodings/in/small.warc" "$IN/w.warc"
	head -c 900 "$FIX/encodings/in/small.warc.gz" >"$IN/cut.warc.gz"
	printf 'ignored 2025-01-01\n' >"$IN/.hidden/c.txt"
}

teardown() {
	# a tmpfs a failed test left mounted
	! mountpoint -q "$BATS_TEST_TMPDIR/disk" 2>/dev/null || umount "$BATS_TEST_TMPDIR/disk"
}

# the steps news-ingest names for NEWS_INGEST_DIE_AT, in order
STEPS="locked cleaned scanned planned hashed decided batched read commit-sent
commit-written committed exported-figures exported-dates renamed-figures
renamed-dates exported renamed-xlsx exported-xlsx failed-listed"

# rows OUTDIR: every line of both CSV files, sorted (a row with a newline
# is two lines; a lost or doubled row still shows)
rows() {
	{ cat "$1/figures.csv"; echo; cat "$1/dates.csv"; } | LC_ALL=C sort
}

# the later scenario's changes to the pages
change_pages() {
	printf 'News\n\nSales grew 7%% on 2025-03-08.\n' >"$IN/e.txt"
	printf 'Markets\n\nThe index rose 5%% on 2025-04-01.\n' >"$IN/a.txt"
	mv "$IN/sub/b.txt" "$IN/sub/b2.txt"
	touch "$IN/c.html"
}

# check_after OUTDIR REF WHAT: the rerun's rows are REF's, and nothing of
# a killed run is left
check_after() {
	local out=$1 ref=$2 what=$3
	run news-ingest -q --xlsx -o "$out" "$IN"
	[ "$status" = 0 ] || [ "$status" = 3 ] || fail "$what: rerun exit $status: $output"
	[ "$(rows "$out")" = "$ref" ] || fail "$what: rows differ: $(diff <(rows "$out") <(printf '%s\n' "$ref"))"
	[ "$(ls -A "$out/.news-ingest")" = state.db ] || fail "$what: left $(ls -A "$out/.news-ingest")"
	[ -z "$(cd "$out" && ls -A | grep '^\.[a-z]*\.csv\.\|^\.facts\.xlsx\.')" ] || fail "$what: left temporary files"
	# the workbook shows the state's last commit
	[ -s "$out/facts.xlsx" ] && [ "$(sqlite3 "$out/.news-ingest/state.db" 'SELECT xlsx_gen = gen FROM meta')" = 1 ] ||
		fail "$what: facts.xlsx is missing or behind"
}

# scenario first|later: base (the OUTDIR a run starts from: empty, or the
# first scenario's result with the pages changed), and the rows want of a
# clean run from it, which took t1 - t0 ms
scenario() {
	base=$BATS_TEST_TMPDIR/base-$1
	mkdir -p "$base"
	if [ "$1" = later ]; then
		cp -a "$BATS_TEST_TMPDIR/ref-first/." "$base/"
		change_pages
	fi
	ref=$BATS_TEST_TMPDIR/ref-$1
	cp -a "$base" "$ref"
	t0=$(now_ms)
	run news-ingest -q --xlsx -o "$ref" "$IN"
	t1=$(now_ms)
	[ "$status" = 0 ] || [ "$status" = 3 ] || fail "clean $1 run: exit $status: $output"
	want=$(rows "$ref")
}

# now_ms: the time in milliseconds
now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

@test "news-ingest: SIGKILL at every step and at timed points, then a rerun: 0 rows lost, 0 doubled" {
	killed=0 steps=0 timed=0
	for scenario in first later; do
		scenario "$scenario"
		# every step, between each pair of them
		for s in $STEPS; do
			out=$BATS_TEST_TMPDIR/k-$scenario-$s
			cp -a "$base" "$out"
			run env NEWS_INGEST_DIE_AT=$s news-ingest -q --xlsx -o "$out" "$IN"
			[ "$status" = 137 ] || fail "$scenario: the run did not die at $s (exit $status)"
			killed=$((killed + 1)) steps=$((steps + 1))
			check_after "$out" "$want" "$scenario, killed at $s"
			rm -rf "$out"
		done
		# and at times spread over a run, inside the steps too
		for k in $(seq 1 $TIMED); do
			out=$BATS_TEST_TMPDIR/t-$scenario-$k
			cp -a "$base" "$out"
			news-ingest -q --xlsx -o "$out" "$IN" 2>/dev/null 3>&- &
			pid=$!
			sleep "$(awk -v d=$((t1 - t0)) -v k=$k -v n=$TIMED 'BEGIN { printf "%.3f", d * k / (n + 1) / 1000 }')"
			kill -KILL $pid 2>/dev/null || true
			st=0
			wait $pid || st=$?
			if [ $st = 137 ]; then
				killed=$((killed + 1)) timed=$((timed + 1))
			fi
			# no waiting: the killed run's batches may still be at work,
			# and the rerun must end them before it clears their folder
			check_after "$out" "$want" "$scenario, killed after $k/$((TIMED + 1)) of a run"
			rm -rf "$out"
		done
	done
	echo "# note: SIGKILL points: $killed ($steps at steps, $timed at timed points)" >&3
	[ $killed -ge $MIN_KILLS ] || fail "only $killed runs were killed"
}

# mount_small SIZE DIR: a tmpfs of SIZE at DIR (root only)
mount_small() {
	mount -t tmpfs -o "size=$1" tmpfs "$2" 2>/dev/null
}

@test "news-ingest: a full disk at every point of a run, then a rerun: 0 rows lost, 0 doubled" {
	disk=$BATS_TEST_TMPDIR/disk
	mkdir -p "$disk"
	if mount_small 64k "$disk"; then
		umount "$disk"
		how=tmpfs
	else
		how=ulimit
	fi
	points=0 tried=0
	for scenario in first later; do
		scenario "$scenario"
		used=$(du -sk "$base" | cut -f1)
		# grow the room a run has, ROOM_STEP KiB at a time, until it fits
		for ((room = 0; room < 4096; room += ROOM_STEP)); do
			out=$BATS_TEST_TMPDIR/d-$scenario-$room
			if [ $how = tmpfs ]; then
				mount_small "$((used + room + 4))k" "$disk" || fail "mount failed"
				cp -a "$base/." "$disk/"
				run news-ingest -q --xlsx -o "$disk" "$IN"
				cp -a "$disk" "$out"
				umount "$disk"
			else
				cp -a "$base" "$out"
				run bash -c 'trap "" XFSZ; ulimit -f "$1"; shift; exec "$@"' _ \
				    $((room + 1)) news-ingest -q --xlsx -o "$out" "$IN"
			fi
			tried=$((tried + 1))
			if [ "$status" = 1 ]; then
				points=$((points + 1))
				check_after "$out" "$want" "$scenario, disk full with ${room}k to spare"
			else
				[ "$status" = 0 ] || [ "$status" = 3 ] || fail "$scenario, ${room}k: exit $status: $output"
				[ "$(rows "$out")" = "$want" ] || fail "$scenario, ${room}k: rows differ"
				rm -rf "$out"
				break
			fi
			rm -rf "$out"
		done
	done
	echo "# note: disk full ($how): $points failed runs out of $tried, each rerun whole" >&3
	[ $points -ge 6 ] || fail "only $points runs met a full disk"
}

@test "news-ingest: two runs at once: one waits its turn (exit 4), and the rows are those of one run" {
	ref=$BATS_TEST_TMPDIR/ref
	run news-ingest -q --xlsx -o "$ref" "$IN"
	out=$BATS_TEST_TMPDIR/out
	for _ in 1 2 3; do
		news-ingest -q --xlsx -o "$out" "$IN" 2>/dev/null 3>&- &
		p1=$!
		news-ingest -q --xlsx -o "$out" "$IN" 2>/dev/null 3>&- &
		p2=$!
		s1=0 s2=0
		wait $p1 || s1=$?
		wait $p2 || s2=$?
		for s in $s1 $s2; do
			[ $s = 0 ] || [ $s = 3 ] || [ $s = 4 ] || fail "exit $s"
		done
	done
	run news-ingest -q --xlsx -o "$out" "$IN"
	[ "$(rows "$out")" = "$(rows "$ref")" ]
}
