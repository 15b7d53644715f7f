#!/usr/bin/env python3
"""List false positives (predicted span overlapping no gold span) and gold spans not
fully covered by predictions, with the message text.

    python3 tools/pii-probe/errors.py GOLD.jsonl PREDS.jsonl > errors.txt

PREDS as score.py --save-preds writes them."""
import json, sys
gold = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
preds = {}
for l in open(sys.argv[2], encoding="utf-8"):
    if l.strip():
        o = json.loads(l)
        preds.setdefault(o["id"], []).extend(o.get("spans") or [])
fps, misses = [], []
for r in gold:
    t, ps, gs = r["text"], preds.get(r["id"], []), r["spans"]
    for p in ps:
        if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in gs):
            neg = [n["kind"] for n in r.get("negatives", []) if p["start"] < n["end"] and n["start"] < p["end"]]
            fps.append((r["id"], p["type"], t[p["start"]:p["end"]], neg[0] if neg else "(unlisted)", t))
    for g in gs:
        cov = set()
        for p in ps:
            cov.update(range(max(p["start"], g["start"]), min(p["end"], g["end"])))
        n = g["end"] - g["start"]
        if len(cov) < n:
            got = [t[p["start"]:p["end"]] + "/" + p["type"] for p in ps if p["start"] < g["end"] and g["start"] < p["end"]]
            misses.append((r["id"], g["type"], g.get("sub", ""), g["value"], "MISSED" if not cov else "PARTIAL %d/%d" % (len(cov), n), got, t))
f = sys.stdout
f.write("FALSE POSITIVES (%d): predicted span overlapping no gold span\n\n" % len(fps))
for i, ty, v, nk, t in fps:
    f.write("%s  pred %s %r  [hits negative: %s]\n    text: %r\n" % (i, ty, v, nk, t))
f.write("\nGOLD SPANS NOT FULLY COVERED (%d)\n\n" % len(misses))
for i, ty, sub, v, how, got, t in sorted(misses, key=lambda m: (m[1], m[2], m[0])):
    f.write("%s  %s [%s] %r  %s  preds=%s\n    text: %r\n" % (i, ty, sub, v, how, got, t))
print("fp=%d  not-fully-covered=%d" % (len(fps), len(misses)), file=sys.stderr)

