#!/usr/bin/env bats
# The documentation cannot drift from the programs: the README's two commands,
# its console examples (run here and compared line by line), and every option
# of every --help in the man pages.

load common
setup() { common_setup; }

FILTERS="nf-normalize nf-segment nf-figures nf-dates nf-csv nf-xlsx"

@test "README: the first two commands are make run and make check, and .ci/run runs the second" {
	run -0 awk '/^```sh$/ { inblock = 1; next } /^```$/ { if (inblock) exit } inblock { print $1, $2 }' "$ROOT/README.md"
	assert_output "$(printf 'make run\nmake check')"
	run -0 grep -v '^#' "$ROOT/.ci/run"
	assert_line 'make check'
}

@test "README: make run is what the Makefile's run target does: news2csv into out/" {
	run -0 make -s -C "$ROOT" -n run
	assert_line 'pipelines/news2csv -o out'
}

# Print the README's ```console blocks as "$ command" and output lines; the
# test runs each command that uses page.txt, page.html or the fixtures from
# a folder holding page.txt, page.html and links to bin/ and fixtures/.
readme_examples() {
	awk '/^```console$/ { on = 1; next } /^```$/ { on = 0 } on' "$ROOT/README.md"
}

@test "README: every example on page.txt and the fixtures prints what the README shows" {
	cd "$BATS_TEST_TMPDIR"
	awk '/^The examples below use this page/ { f = 1; next } f && /^```$/ { n++; if (n == 2) exit; next } f && n == 1' \
	    "$ROOT/README.md" >page.txt
	[ "$(wc -l <page.txt)" -eq 5 ]
	awk '/^The examples use this page, saved as `page.html`/ { f = 1; next } f && /^```/ { n++; if (n == 2) exit; next } f && n == 1' \
	    "$ROOT/README.md" >page.html
	grep -q '^</body></html>$' page.html
	mkdir bin
	for f in $FILTERS; do ln -s "$NF_BIN/$f" "bin/$f"; done
	ln -s "$ROOT/fixtures" fixtures
	readme_examples >examples.txt
	local cmd= expected= checked=0
	while IFS= read -r line; do
		if [[ $line == '$ '* ]]; then
			if [ -n "$cmd" ]; then
				run -0 bash -o pipefail -c "$cmd"
				assert_output "$expected"
				checked=$((checked + 1))
			fi
			cmd=${line#'$ '}; expected=
			[[ $cmd == *page.txt* || $cmd == *page.html* || $cmd == *fixtures/* ]] || cmd=
		elif [ -n "$cmd" ]; then
			expected+=${expected:+$'\n'}$line
		fi
	done <examples.txt
	if [ -n "$cmd" ]; then
		run -0 bash -o pipefail -c "$cmd"
		assert_output "$expected"
		checked=$((checked + 1))
	fi
	[ "$checked" -ge 9 ]
}

@test "man pages: one per filter and pipeline, naming every long option of its --help" {
	for f in $FILTERS news2csv news-ingest; do
		local page=$ROOT/man/$f.1 so
		[ -f "$page" ] || fail "man/$f.1 is missing"
		so=$(sed -n 's/^\.so man1\///p' "$page")     # news-ingest.1 is news2csv.1
		[ -z "$so" ] || page=$ROOT/man/$so
		groff -mandoc -Tascii -P-cbou -rLL=250n -rHY=0 "$page" \
		    >"$BATS_TEST_TMPDIR/$f.txt" 2>/dev/null
		run -0 "$f" --help
		for opt in $(grep -o -- '--[a-z][a-z0-9-]*' <<<"$output" | sort -u); do
			grep -q -e "$opt\b" "$BATS_TEST_TMPDIR/$f.txt" ||
				fail "man/$f.1 does not document $opt"
		done
	done
}

@test "README: names every long option of every filter's and pipeline's --help" {
	for f in $FILTERS news2csv news-ingest; do
		run -0 "$f" --help
		for opt in $(grep -o -- '--[a-z][a-z0-9-]*' <<<"$output" | sort -u); do
			grep -q -e "$opt\b" "$ROOT/README.md" || fail "README.md does not mention $f $opt"
		done
	done
}

@test "every filter: --help to stdout with exit 0, --version, unknown option exit 2" {
	for f in $FILTERS; do
		run -0 "$f" --help
		assert_line --partial "usage: $f"
		run -0 "$f" --version
		assert_output --regexp "^$f \(newsfacts\) [0-9]"
		run -2 --separate-stderr "$f" --no-such-option
		assert_output ''
		[[ $stderr == *"Try '$f --help'"* ]] || fail "$f: $stderr"
	done
}
