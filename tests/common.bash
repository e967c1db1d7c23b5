# tests/common.bash - loaded by every bats file: `load common`, then
# `setup() { common_setup; }`.
#
# NF_BIN names the folder of executables under test (tests/run-suite sets it
# to bin/ and to the ASan build in turn); ROOT is the project, FIX its
# fixtures, SHARED the optional ../shared folder with the seeds.

bats_require_minimum_version 1.5.0

common_setup() {
	bats_load_library bats-support
	bats_load_library bats-assert
	export LC_ALL=C.UTF-8
	ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	NF_BIN=${NF_BIN:-$ROOT/bin}
	export NF_BIN
	PATH="$NF_BIN:$ROOT/pipelines:$PATH"
	FIX=$ROOT/fixtures
	SHARED=$(cd "$ROOT/.." && pwd)/shared
}

# Skip the test when ../shared (seeds, gold, corpus) is not beside the project.
need_shared() {
	[ -d "$SHARED/seeds" ] || skip "../shared is absent"
}

# A small folder of pages for the pipeline scripts' tests: IN with two
# pages (one in a subfolder) and two hidden ones, and OUT, not yet made.
pages_setup() {
	IN=$BATS_TEST_TMPDIR/in
	OUT=$BATS_TEST_TMPDIR/out
	mkdir -p "$IN/sub" "$IN/.hidden"
	printf 'Markets\n\nThe index rose on 2025-03-04.\n' >"$IN/a.txt"
	printf 'Later\n\nIt fell on 2025-03-05.\n' >"$IN/sub/b.txt"
	printf 'ignored 2025-01-01\n' >"$IN/.hidden/c.txt"
	printf 'ignored 2025-01-02\n' >"$IN/.d.txt"
}

# fake_bin: FAKE, a folder of links to the real filters, for a test to
# replace one of them
fake_bin() {
	FAKE=$BATS_TEST_TMPDIR/fakebin
	mkdir -p "$FAKE"
	for f in nf-normalize nf-segment nf-figures nf-dates nf-csv nf-xlsx; do
		ln -sf "$NF_BIN/$f" "$FAKE/$f"
	done
}
