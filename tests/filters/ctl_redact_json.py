#!/usr/bin/env python3
"""parleyctl redact's JSON-lines reader against Python's json module.

Each text goes in twice: as the bare line {"id": ..., "text": ...} and
inside a line that also carries what real input files carry (labels,
nested arrays and objects whose strings hold brackets, quotes, backslashes
and \\u escapes, runs longer than the reader's 64-byte steps, other key
orders and white space). Both must give the same output line. Lines cut
short, with a bracket too many or a quote too few, and lines that break
one of the rules the reader checks (the top level's grammar, strings,
control bytes, UTF-8, brackets) must give the error line, never a
redaction. (Commas, colons and numbers inside the arrays and objects
the reader steps over are not checked: see skip_nested. An id that is
one is read by jansson.)

    ctl_redact_json.py PARLEYCTL
"""
import json
import random
import subprocess
import sys

TEXTS = [
    "call me +86 138 0013 8000 or mail lee.wang@example.com",
    "MOQ 500 pcs, USD 3.20 each",
    'a "quoted" word, a back\\slash and a tab\there',
    "brackets [ { } ] in the text and a line\nbreak",
    "Preço mínimo 71 sets, e-mail: joão@exemplo.com.br",
    "微信 wxid_abc123，电话 13800138000",
    "emoji 📦 and a surrogate pair \U0001F600 and \u2028 separator",
    "",
    "IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111",
]

# strings the extra fields hold: brackets, quotes and backslashes inside
# strings must not count as structure
NASTY = [
    "}", "]", "{[", '"', "\\", "\\\"}", "\\\\", "a\\\\\"]}b", "x" * 70,
    "{" * 40 + "]" * 40, "\u00e9\u4e2d\U0001F600", "\n\t\r",
]


def nested(rng, depth):
    """A random JSON value with strings from NASTY."""
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice(NASTY + [1, 2.5, -3, True, False, None])
    if r < 0.65:
        return [nested(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(NASTY): nested(rng, depth + 1)
            for _ in range(rng.randint(0, 4))}


def decorated(rng, ident, text):
    fields = [("id", ident), ("text", text)]
    for k in range(rng.randint(1, 5)):
        fields.append((rng.choice(["spans", "negatives", "lang", "meta",
                                   "x%d" % k]), nested(rng, 0)))
    rng.shuffle(fields)
    seen, out = set(), []
    for k, v in fields:
        if k not in seen:
            seen.add(k)
            out.append((k, v))
    sep = rng.choice([(",", ":"), (", ", ": "), (" ,  ", " : ")])
    body = sep[0].join(json.dumps(k) + sep[1] +
                       json.dumps(v, ensure_ascii=rng.random() < 0.5)
                       for k, v in out)
    return rng.choice(["{", "{ ", " {\t"]) + body + rng.choice(["}", " }"])


def run(ctl, lines):
    p = subprocess.run([ctl, "redact"], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, check=True)
    out = p.stdout.split("\n")[:-1]
    assert len(out) == len(lines), (len(out), len(lines))
    return out


def main():
    ctl = sys.argv[1]
    rng = random.Random(20261130)
    bare, deco = [], []
    for i in range(600):
        text = TEXTS[i % len(TEXTS)]
        ident = rng.choice(["m%d" % i, i, None, [i, {"k": "v"}]])
        bare.append(json.dumps({"id": ident, "text": text}))
        deco.append(decorated(rng, ident, text))
    a, b = run(ctl, bare), run(ctl, deco)
    bad = [i for i in range(len(a)) if a[i] != b[i]]
    if bad:
        i = bad[0]
        sys.exit("ctl_redact_json: %d lines differ; first:\n  in:  %s\n"
                 "  got: %s\n  want: %s" % (len(bad), deco[i], b[i], a[i]))
    # broken lines: cut short, a stray byte, an unclosed string
    broken = []
    for line in deco[:300]:
        cut = rng.randrange(1, len(line))
        for cand in (line[:cut], line[:cut] + "]" + line[cut:],
                     line.replace('"', "", 1)):
            try:
                v = json.loads(cand)
                if isinstance(v, dict) and isinstance(v.get("text"), str):
                    continue
            except ValueError:
                pass
            broken.append(cand)
    # what the reader checks besides, each on its own
    t = '"text": "call +86 138 0013 8000"'
    pad = "x" * 70
    broken += [
        '{"id": 1 ' + t + '}',                        # no comma
        '{"id": 1, ' + t + ',}',                      # comma, no key
        '{' + t + '} x',                              # after the object
        '{' + t + ', "n": 12x}',                      # not a number
        '{' + t + ', "b": tru}',                      # not a literal
        '{' + t + ', "a": ["' + pad + '\tok"]}',     # a raw tab
        '{' + t + ', "a": ["' + pad + '\\q"]}',      # bad escape
        '{' + t + ', "a": ["\\ud800 alone"]}',        # lone surrogate
        '{' + t + ', "a": [1, \\ 2]}',                # backslash outside
        '{' + t + ', "a": [[1, 2]}',                  # not closed
    ]
    out = run(ctl, broken)
    wrong = [(broken[i], o) for i, o in enumerate(out)
             if '"error":"bad JSON line"' not in o]
    if wrong:
        sys.exit("ctl_redact_json: %d broken lines were not refused; "
                 "first:\n  in:  %s\n  got: %s" % (len(wrong), *wrong[0]))
    # bytes that are no UTF-8 in a label
    line = ('{' + t + ', "a": [{"v": "' + pad).encode() + b'\xff\xfe"}]}\n'
    p = subprocess.run([ctl, "redact"], input=line, capture_output=True,
                       check=True)
    if b'"error":"bad JSON line"' not in p.stdout:
        sys.exit("ctl_redact_json: a label of bad UTF-8 was not refused: "
                 + p.stdout.decode(errors="replace"))
    print("ctl_redact_json: %d lines alike, %d broken lines refused"
          % (len(a), len(broken)))


if __name__ == "__main__":
    main()
