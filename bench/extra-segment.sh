# bench/extra-segment.sh - nf-segment's throughput on English doc records
# (BBC articles, one doc each, from $T/en.doc.jsonl that bench/run builds)
# beside jq reading and writing the same records in the same run, and its
# peak memory: 10 MB and 100 MB of docs must take the same memory (it is
# bounded by the largest doc, not the input), while one 10 MB doc takes
# memory in proportion to itself.  Sourced by bench/run (bench_time,
# bench_row, bench_rss; $T, $BIN).  Throughput is MB of doc text per second.

echo
echo "nf-segment (English doc records, one core)"
docs=$T/en.doc.jsonl
dbytes=$(jq -j .text "$docs" | wc -c)
t_jq=$(bench_time sh -c 'jq -c "{doc, n: (.text | length)}" "$1" >/dev/null' _ "$docs")
t_seg=$(bench_time sh -c '"$1"/nf-segment "$2" >/dev/null' _ "$BIN" "$docs")
t_par=$(bench_time sh -c '"$1"/nf-segment --paragraphs "$2" >/dev/null' _ "$BIN" "$docs")
bench_row "jq -c '{doc, n: (.text|length)}' (en docs)" "$dbytes" "$t_jq"
bench_row "nf-segment (en doc text)" "$dbytes" "$t_seg" jq "$t_jq"
bench_row "nf-segment --paragraphs (en doc text)" "$dbytes" "$t_par" jq "$t_jq"
echo "  $(jq -s 'length' "$docs") docs, $("$BIN"/nf-segment "$docs" | wc -l) sentences," \
	"largest doc $(jq '.text | utf8bytelength' "$docs" | sort -n | tail -1) bytes"

# 10 MB of docs (whole lines), the same ten times over, and one 10 MB doc
head -c 10485760 "$docs" | sed '$d' >"$T/seg10.jsonl"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$T/seg10.jsonl"; done >"$T/seg100.jsonl"
jq -s -c '{doc: "one-big-doc", text: (map(.text) | join("\n\n"))}' "$T/seg10.jsonl" >"$T/seg-big.jsonl"
echo "  nf-segment peak memory: $(bench_rss "$BIN"/nf-segment "$T/seg10.jsonl") on 10 MB of docs," \
	"$(bench_rss "$BIN"/nf-segment "$T/seg100.jsonl") on 100 MB of docs," \
	"$(bench_rss "$BIN"/nf-segment "$T/seg-big.jsonl") on one 10 MB doc"
rm -f "$T/seg10.jsonl" "$T/seg100.jsonl" "$T/seg-big.jsonl"
