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
