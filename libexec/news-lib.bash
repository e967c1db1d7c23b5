# news-lib.bash - what news2csv and news-ingest share: where the filters
# are, and cutting a list of files into batches that news-batch runs in
# parallel.  Sourced, never run.
#
#   nf_locate HERE        set bin (prefix of the filters), libexec, fixtures
#   nf_batches LIST WORK JOBS
#                         cut the NUL-separated LIST into WORK/b/NNNNNNNN/files
#   nf_run_batches WORK JOBS NEWS-BATCH-OPTION...
#                         run news-batch over every batch, JOBS at a time;
#                         returns 0 when every batch was processed
#   nf_tsv TEXT           TEXT as one TSV field (\t \n \r \\ escaped)

# nf_locate HERE: HERE is the folder of the calling script, pipelines/ in
# the source tree or $PREFIX/bin when installed.
nf_locate() {
	local here=$1
	if [ -n "${NF_BIN:-}" ]; then
		bin=$NF_BIN/
	elif [ -x "$here/../bin/nf-normalize" ]; then
		bin=$(cd "$here/../bin" && pwd)/
	else
		bin=    # installed: the filters are on PATH
	fi
	# news-batch finds the filters the same way
	if [ -n "$bin" ]; then export NF_BIN=${bin%/}; else unset NF_BIN; fi
	if [ -x "$here/../libexec/news-batch" ]; then
		libexec=$(cd "$here/../libexec" && pwd)
	else
		libexec=$here/../libexec/newsfacts
	fi
	if [ -d "$here/../fixtures/articles" ]; then
		fixtures=$(cd "$here/.." && pwd)/fixtures/articles
	else
		fixtures=$here/../share/newsfacts/fixtures/articles
	fi
}

# nf_batches LIST WORK JOBS: cut the NUL-separated LIST into batches,
# WORK/b/00000001/files and on, keeping its order whatever JOBS is: about
# four batches per job, so that the jobs finish together, but at least 8
# files (a batch costs a chain of processes) and at most 500 files or 64 KiB
# of names in one.  A file gets a batch of its own when it
# is a WARC or WET file (its docs are named by URL, not by the file) or when
# JSON would escape its name or it holds '#' (news-batch --attribute matches
# doc names against file names, and FILE#2 names FILE's second doc).
nf_batches() {
	local list=$1 work=$2 jobs=$3 n f
	n=$(tr -cd '\0' <"$list" | wc -c)
	mkdir -p "$work/b" || return 1
	LC_ALL=C awk -v RS='\0' -v dir="$work/b" -v size=$(((n + 4 * jobs - 1) / (4 * jobs))) '
	function flush() {
		if (out != "") close(out)
		out = ""; count = 0; len = 0
	}
	function add(f) {
		if (out == "") out = sprintf("%s/%08d.files", dir, ++b)
		printf "%s%c", f, 0 > out
		count++; len += length(f) + 1
	}
	BEGIN { if (size > 500) size = 500; if (size < 8) size = 8 }
	{
		if ($0 ~ /[\001-\037\177"\\#]/ || $0 ~ /\.(warc|wet|arc)(\.gz)?$/) {
			flush(); add($0); flush()
			next
		}
		add($0)
		if (count >= size || len >= 65536) flush()
	}' "$list" || return 1
	for f in "$work"/b/*.files; do
		[ -e "$f" ] || continue
		mkdir "${f%.files}" && mv "$f" "${f%.files}/files" || return 1
	done
}

# nf_run_batches WORK JOBS OPTION...: news-batch OPTION... on each batch,
# JOBS at a time (xargs -P); 0 when every batch was processed, else 1 (each
# failed batch has said why on stderr).  The lock of news-ingest (fd 9) is
# not passed on.
nf_run_batches() {
	local work=$1 jobs=$2 d
	shift 2
	[ -d "$work/b" ] || return 0
	printf '%s\0' "$work"/b/* |
		xargs -0 -n 1 -P "$jobs" "$libexec/news-batch" "$@" 9>&- || return 1
	for d in "$work"/b/*; do
		[ -e "$d/done" ] || return 1
	done
}

nf_tsv() {
	local s=${1//\\/\\\\}
	s=${s//$'\t'/\\t}
	s=${s//$'\n'/\\n}
	printf '%s' "${s//$'\r'/\\r}"
}
