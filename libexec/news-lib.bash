# news-lib.bash - what news2csv and news-ingest share: where the filters
# are, which files in a folder are pages, and cutting a list of files into
# batches that news-batch runs in parallel.  Sourced, never run.
#
#   nf_locate HERE        set bin (prefix of the filters), libexec, fixtures
#   nf_page_tests         set nf_prune and nf_no_page, find(1) tests for
#                         what a folder holds that is no page
#   nf_batches LIST WORK JOBS
#                         cut the NUL-separated LIST into WORK/b/NNNNNNNN.files;
#                         prints how many files LIST holds
#   nf_run_batches WORK JOBS NEWS-BATCH-OPTION...
#                         run news-batch over every batch, JOBS at a time;
#                         returns 0 when every batch was processed
#   nf_tsv TEXT           TEXT as one TSV field (\t \n \r \\ escaped)

# nf_locate HERE: HERE is the folder of the calling script, pipelines/ in
# the source tree or $PREFIX/bin when installed.  Paths are made absolute
# with the shell's own cd, not a subshell per path: this runs before any
# batch can start.
nf_locate() {
	local here=$1 back=$PWD
	cd -- "$here" || return 1
	here=$PWD
	if [ -n "${NF_BIN:-}" ]; then
		bin=$NF_BIN/
	elif [ -x "$here/../bin/nf-normalize" ] && cd -- "$here/../bin"; then
		bin=$PWD/
	else
		bin=    # installed: the filters are on PATH
	fi
	# news-batch finds the filters the same way
	if [ -n "$bin" ]; then export NF_BIN=${bin%/}; else unset NF_BIN; fi
	if [ -x "$here/../libexec/news-batch" ] && cd -- "$here/../libexec"; then
		libexec=$PWD
	else
		libexec=$here/../libexec/newsfacts
	fi
	if [ -d "$here/../fixtures/articles" ] && cd -- "$here/.."; then
		fixtures=$PWD/fixtures/articles
	else
		fixtures=$here/../share/newsfacts/fixtures/articles
	fi
	cd -- "$back"
}

# nf_page_tests: what a folder holds beside its pages, as find(1) tests.
# nf_prune is true for a folder or file not to descend into or read: a
# hidden one, and the "NAME_files" folder a browser's "Save page as" writes
# beside NAME.html (its scripts, styles and images).  nf_no_page is true
# for a file that is a script, a style sheet, data, an image, a font,
# audio, video, an archive or an office document by its name.  Files named
# on the command line are read whatever their names.
nf_page_tests() {
	local e re=
	nf_prune=(\( -name '.*' -o -type d -name '*_files' -exec sh -c '
	    for e in html htm shtml xhtml mht mhtml HTML HTM; do
	        [ -f "${1%_files}.$e" ] && exit 0
	    done
	    exit 1' sh {} \; \))
	# one regular expression, not a test per name: find runs it on every file
	for e in js mjs cjs css scss less map json jsonl ndjson geojson webmanifest wasm \
	    csv tsv png jpg jpeg gif svg svgz webp avif ico bmp tif tiff heic \
	    woff woff2 ttf otf eot mp3 mp4 m4a m4v webm ogg ogv oga wav flac aac avi mov mkv \
	    pdf zip 7z rar tar 'tar\.gz' tgz bz2 xz zst swf webarchive \
	    doc docx xls xlsx ppt pptx odt ods odp; do
		re+=${re:+\\|}$e
	done
	nf_no_page=(-iregex ".*\\.\\($re\\)")
}

# nf_batches LIST WORK JOBS: cut the NUL-separated LIST into batches,
# WORK/b/00000001.files and on, keeping its order whatever JOBS is.  A
# batch costs a chain of processes and its files' JSON passing through
# them, so there are few: one per job, or more when that makes batches of
# over 2,000 files (news-batch finds a bad page by halving its batch, some
# 2 log2(N) chains) or 64 KiB of names; their number a multiple of JOBS and
# their sizes equal, so that the jobs finish together; at least 8 files in
# one.  A file gets a batch of its own when it
# is a WARC or WET file (its docs are named by URL, not by the file) or when
# JSON would escape its name or it holds '#' (news-batch --attribute matches
# doc names against file names, and FILE#2 names FILE's second doc).  One
# awk, reading LIST twice (to count, then to cut), and no process per batch:
# this is serial work before any batch can start.  Prints the number of
# files.
nf_batches() {
	local list=$1 work=$2 jobs=$3
	mkdir -p "$work/b" || return 1
	LC_ALL=C awk -v RS='\0' -v dir="$work/b" -v jobs="$jobs" '
	function flush() {
		if (out != "") close(out)
		out = ""; count = 0; len = 0
	}
	function add(f) {
		if (out == "") out = sprintf("%s/%08d.files", dir, ++b)
		printf "%s%c", f, 0 > out
		count++; len += length(f) + 1
	}
	pass == 1 { n++; next }
	FNR == 1 {
		per = int((n + 2000 * jobs - 1) / (2000 * jobs))
		if (per < 1) per = 1
		size = int((n + per * jobs - 1) / (per * jobs))
		if (size < 8) size = 8
	}
	{
		if ($0 ~ /[\001-\037\177"\\#]/ || $0 ~ /\.(warc|wet|arc)(\.gz)?$/) {
			flush(); add($0); flush()
			next
		}
		add($0)
		if (count >= size || len >= 65536) flush()
	}
	END { flush(); print n + 0 }' pass=1 "$list" pass=2 "$list"
}

# nf_run_batches WORK JOBS OPTION...: news-batch OPTION... on each batch,
# JOBS at a time (xargs -P); 0 when every batch was processed, else 1 (each
# failed batch has said why on stderr).  Batch WORK/b/N writes into the
# folder WORK/b/N/.  The lock of news-ingest (fd 9) is not passed on.
nf_run_batches() {
	local work=$1 jobs=$2 f
	shift 2
	[ -e "$work/b/00000001.files" ] || return 0
	printf '%s\0' "$work"/b/*.files |
		xargs -0 -n 1 -P "$jobs" "$libexec/news-batch" "$@" 9>&- || return 1
	for f in "$work"/b/*.files; do
		[ -e "${f%.files}/done" ] || return 1
	done
}

nf_tsv() {
	local s=${1//\\/\\\\}
	s=${s//$'\t'/\\t}
	s=${s//$'\n'/\\n}
	printf '%s' "${s//$'\r'/\\r}"
}
