#!/usr/bin/env python3
"""aeb-f1: the article-extraction benchmark's F1 of any extractor's texts.

usage: aeb-f1 AEB_DIR TEXTS.jsonl

TEXTS.jsonl holds one {"page": ".../<key>.html", "text": "..."} per page (as
bench/readability-html.js writes it). The measure is ../shared/bin/aeb-score's
own (word 4-gram shingles, precision and recall averaged over pages), taken
from that script so that both figures of bench/extra-html.sh come from one
definition. Prints "f1 P R pages".
"""
import json, os, sys

aeb = sys.argv[1]
src = open(os.path.join(aeb, "..", "..", "bin", "aeb-score"), encoding="utf-8").read()
ns = {"__name__": "aeb_score"}
exec(compile(src, "aeb-score", "exec"), ns)
truth = json.load(open(os.path.join(aeb, "ground-truth.json"), encoding="utf-8"))
rows = []
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    key = os.path.basename(r["page"]).split(".")[0]
    if key in truth:
        rows.append(ns["page_counts"](truth[key].get("articleBody", ""), r.get("text", "")))
ps = [ns["prec"](*c) for c in rows if c[0] + c[1] > 0]
rs = [ns["rec"](*c) for c in rows if c[0] + c[2] > 0]
p = sum(ps) / len(ps) if ps else 0.0
r = sum(rs) / len(rs) if rs else 0.0
f = 2 * p * r / (p + r) if p + r else 0.0
print(f"f1 {f:.3f} P {p:.3f} R {r:.3f} pages {len(rows)}")
