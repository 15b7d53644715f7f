#!/bin/sh
# The engine on the probe sets of tools/pii-probe (make.py: phrasings,
# countries and formats that the dev corpus does not use; make_disguised.py:
# disguised PII in six languages; make_formats.py, make_evasions.py,
# make_pasted.py, make_lookalikes.py, make_languages.py, make_numbers.py,
# make_dialogues.py, make_structured.py, make_tricky.py, make_spoken.py
# and make_world.py, written apart from the engine),
# scored here as the corpus scorer
# scores overlap: a regression guard for generality.
set -eu
src=$1
ctl=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

check() {	# NAME GENERATOR MIN_F1 MAX_LEAK_PERCENT [MAX_FLAGGED]
python3 "$src/tools/pii-probe/$2" "$dir/$1.jsonl" >/dev/null
"$ctl" redact <"$dir/$1.jsonl" >"$dir/$1.preds"
python3 - "$dir/$1.jsonl" "$dir/$1.preds" "$1" "$3" "$4" "${5:-0}" <<'PY'
import json, sys
gold = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
pred = {}
for l in open(sys.argv[2], encoding="utf-8"):
    o = json.loads(l)
    pred[o["id"]] = o["spans"]
name, min_f1, max_leak = sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
max_flagged = int(sys.argv[6])
if len(pred) != len(gold):
    sys.exit("pii_probe %s: %d predictions for %d messages" % (name, len(pred), len(gold)))
tp_g = tp_p = ng = np_ = leak = chars = flagged = clean = 0
for r in gold:
    gs, ps = r["spans"], pred[r["id"]]
    ov = lambda a, b: a["start"] < b["end"] and b["start"] < a["end"]
    ng += len(gs)
    np_ += len(ps)
    tp_g += sum(1 for g in gs if any(ov(g, p) for p in ps))
    tp_p += sum(1 for p in ps if any(ov(p, g) for g in gs))
    for g in gs:
        for i in range(g["start"], g["end"]):
            chars += 1
            leak += not any(p["start"] <= i < p["end"] for p in ps)
    if not gs:
        clean += 1
        flagged += bool(ps)
P, R = (tp_p / np_ if np_ else 0.0), tp_g / ng
F1 = 2 * P * R / (P + R) if P + R else 0.0
print("%s: %d messages, overlap P %.3f R %.3f F1 %.3f, char leak %.2f %%, "
      "%d of %d PII-free messages flagged" % (name, len(gold), P, R, F1,
                                             100.0 * leak / chars, flagged, clean))
bad = []
if F1 < min_f1:
    bad.append("overlap F1 %.3f < %.2f" % (F1, min_f1))
if leak > max_leak / 100.0 * chars:
    bad.append("char leak %.2f %% > %g %%" % (100.0 * leak / chars, max_leak))
if flagged > max_flagged:
    bad.append("%d PII-free messages flagged (at most %d)" % (flagged, max_flagged))
if bad:
    sys.exit("pii_probe %s: " % name + "; ".join(bad))
PY
}

check probe make.py 0.98 2
check disguised make_disguised.py 0.98 3
check formats make_formats.py 0.98 3 0
check evasions make_evasions.py 0.97 4
check pasted make_pasted.py 0.99 2 0
# look-alikes: 325 PII-free messages dense with trade numbers (containers,
# waybills, parcels, GTINs, IMEIs, dates, prices), none may be flagged
check lookalikes make_lookalikes.py 0.99 1 0
# languages: twelve more languages and their scripts (Arabic, Hindi,
# Thai, Vietnamese, Turkish, Indonesian and Malay, Japanese, Korean,
# Italian, Polish, Dutch, French)
check languages make_languages.py 0.98 4 0
# numbers: phones of 57 countries, IBANs of 38, cards of every brand,
# IDs, IPs, wallets
check numbers make_numbers.py 0.98 2 0
# dialogues: messy chat in six languages (typos, emoji, quoted replies)
check dialogues make_dialogues.py 0.97 3.5 1
# structured: tables, CSV, JSON, HTML, logs and PDF copies pasted into chat
check structured make_structured.py 0.98 4 0
# tricky: 300 PII-free messages built to tempt (IMEIs, order numbers in
# phone shapes, versions like IPs, product names with "Phone" …) and 200
# with PII beside such look-alikes, in thirteen languages
check tricky make_tricky.py 0.98 1 0
# spoken: contact details said aloud or spelled out in fifteen languages
# (voice-to-text, people dodging a filter); the weakest set: letters
# spelled one by one and Korean and Japanese digits are not read yet
check spoken make_spoken.py 0.75 40 2
# world: longer messages with the contact details of 48 countries
# (addresses in their own scripts and orders, over several lines), the
# char leak mostly address parts the engine does not read yet
check world make_world.py 0.96 15 2
