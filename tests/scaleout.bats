#!/usr/bin/env bats
# The README's recipes beyond one machine, run as they are written there.

load common
setup() {
	common_setup
	cd "$BATS_TEST_TMPDIR"
}

# block AFTER: the first ```sh block of README.md after the line that
# starts with AFTER
block() {
	awk -v after="$1" 'index($0, after) == 1 { f = 1 } f && /^```sh$/ { on = 1; next }
	    on && /^```$/ { exit } on' "$ROOT/README.md"
}

@test "README: the GNU parallel recipe over two hosts (one reached by ssh) gives the bytes news2csv gives" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	command -v rsync >/dev/null || skip "rsync is not installed (parallel --transferfile needs it)"
	mkdir -p pages/sub pages/.hidden
	cp "$FIX"/articles/*.txt pages/sub/
	cp "$FIX/encodings/in/small.warc.gz" pages/w.warc.gz
	head -c 900 "$FIX/encodings/in/small.warc.gz" >pages/cut.warc.gz
	printf 'ignored 2025-01-01\n' >pages/.hidden/c.txt
	run -3 news2csv -q -o ref pages
	recipe=$(block 'Over several machines')
	[[ $recipe == *--sshloginfile* && $recipe == *--transferfile* && $recipe == *--return* ]] || fail "no recipe: $recipe"
	# batches of 5 rather than 200, to use both hosts
	recipe=${recipe//-n 200/-n 5}
	printf '1/farhost\n1/:\n' >hosts
	mkdir hostfs
	export FAKE_HOSTS=$BATS_TEST_TMPDIR/hostfs PARALLEL_SSH=$ROOT/tests/fake-ssh
	run --separate-stderr bash -o pipefail -c "$recipe"
	[ "$status" = 0 ] || fail "exit $status: $output $stderr"
	[[ $stderr == "news2csv: pages/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream"$'\n'"news2csv: read "* ]] ||
		fail "$stderr"
	run -0 cmp ref/figures.csv figures.csv
	run -0 cmp ref/dates.csv dates.csv
	run -0 cmp ref/failed.tsv failed.tsv
	# the far host did some of the work, its pages came by rsync, its
	# results went back, and it was left clean
	run -0 grep -c 'rsync --server --sender' hostfs/farhost.log
	[ "$output" -ge 1 ]
	run -0 grep -c 'rsync --server -' hostfs/farhost.log
	[ "$output" -ge 2 ]
	run -0 find hostfs/farhost -type f
	assert_output ''
}

@test "README: the Hadoop Streaming mapper, run as written over a WET file, gives the chain's rows" {
	recipe=$(block 'Over a cluster')
	mapper=$(sed -n "s/.*-mapper '\(.*\)'$/\1/p" <<<"$recipe")
	[ -n "$mapper" ] || fail "no -mapper in: $recipe"
	# the archive, as the recipe makes it: from make static when it was run
	tarcmd=$(sed -n 's/^make static && //p' <<<"$recipe")
	[ -n "$tarcmd" ] || fail "no archive in: $recipe"
	if [ -x "$ROOT/build-static/bin/nf-csv" ]; then
		(cd "$ROOT" && eval "${tarcmd/nf.tgz/$BATS_TEST_TMPDIR/nf.tgz}")
		echo "# note: the archive holds the static build" >&3
	else
		eval "${tarcmd/build-static\/bin/$NF_BIN}"
		echo "# note: no build-static/ (make static): the archive holds $NF_BIN" >&3
	fi
	mkdir task && tar -C task -xzf nf.tgz --one-top-level=nf
	if [ -x "$ROOT/build-static/bin/nf-csv" ]; then
		run ldd task/nf/nf-normalize
		assert_output --partial 'not a dynamic executable'
	fi
	# a stand-in hdfs: "hdfs dfs -cat PATH" prints the file
	mkdir fakebin
	printf '#!/bin/sh\n[ "$1 $2" = "dfs -cat" ] || exit 2\nexec cat "$3"\n' >fakebin/hdfs
	chmod +x fakebin/hdfs
	cp "$FIX/wet/small.warc.wet" one.warc.wet
	gzip -c "$FIX/wet/small.warc.wet" >two.warc.wet.gz
	printf '%s\n' "$PWD/one.warc.wet" "$PWD/two.warc.wet.gz" >paths
	eval "set -- ${mapper//\$/\\\$}"    # split as Hadoop does: quotes, no expansion
	run -0 --separate-stderr bash -c 'cd task && PATH=$1:$PATH; shift; "$@" <"$OLDPWD/paths"' _ "$PWD/fakebin" "$@"
	[ -z "$stderr" ] || fail "$stderr"
	mapped=$output
	run -0 bash -c 'for f in one.warc.wet two.warc.wet.gz; do nf-normalize -q "$f" | nf-segment | nf-figures | nf-csv -n -t figure; done'
	[ "$mapped" = "$output" ]
	run -0 bash -c 'cut -d, -f1,10 <<<"$1" | tr -d "\r" | sort -u' _ "$mapped"
	assert_output "$(printf '%s\n' 'https://news.example.cn/port/0602,360万标准箱' 'https://news.example.cn/port/0602,45亿元' 'https://news.example.cn/port/0602,8.2%' \
	    'https://port.example.org/news/cargo,$850 million' 'https://port.example.org/news/cargo,4.2 million containers' \
	    'https://port.example.org/news/cargo,6.5%')"
}
