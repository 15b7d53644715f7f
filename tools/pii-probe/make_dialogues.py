#!/usr/bin/env python3
"""Messy buyer-seller chat messages with PII, labeled by construction.

  python3 make_dialogues.py OUT.jsonl

Writes 500 messages (en ~half; zh, es, pt, ru, de for the rest; ~35 % without
any PII) in the corpus format of the corpus README (../shared/pii-corpus/README.md):

  {"id": "dl-00001", "text": ..., "spans": [{"start", "end", "type", "value"}],
   "lang": ..., "kind": "negative|single|multi",
   "negatives": [{"start", "end", "kind", "value"}]}

Written only from the README's description of the taxonomy and span rules, not
from the engine or the existing test sets.  Every message is built as a list of
segments (free text, a PII value, or a planted look-alike); offsets are code
points counted while the segments are concatenated, never found by searching
afterwards.  Messiness (case, typos, emoji, odd line breaks, dropped
punctuation) is applied to the free-text segments only, so the PII values stay
exactly as generated.  Deterministic: one random.Random with a fixed seed.

Standard library only.
"""
import hashlib
import ipaddress
import json
import re
import random
import sys
import unicodedata

SEED = 20250311
rng = random.Random(SEED)

N_TOTAL = 500
LANG_PLAN = [("en", 250, 88), ("zh", 55, 19), ("es", 50, 18), ("pt", 45, 16), ("ru", 50, 17), ("de", 50, 17)]


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def D(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def DN(n):
    """n digits, first one not zero."""
    return rng.choice("123456789") + D(n - 1)


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- checksums

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# Verhoeff (dihedral group D5)
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP0 = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
_VPERM = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]


def _vp(i, x):
    for _ in range(i % 8):
        x = _VPERM[x]
    return x


def verhoeff_ok(d):
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_vp(i, int(ch))]
    return c == 0


def verhoeff_complete(body):
    for c in "0123456789":
        if verhoeff_ok(body + c):
            return body + c
    raise AssertionError


CNID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_check(body17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, CNID_W)) % 11]


def cnid_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cnid_check(s[:17]) == s[17]


def aba_ok(d):
    return len(d) == 9 and d.isdigit() and (
        3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) + int(d[7]))
        + int(d[2]) + int(d[5]) + int(d[8])) % 10 == 0


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s)) and iban_mod(s) == 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(raw):
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58check_encode(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def b58check_ok(s):
    if not s or any(c not in B58 for c in s):
        return False
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + body
    if len(raw) < 5:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(vals):
    g = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    c = 1
    for v in vals:
        top = c >> 25
        c = ((c & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                c ^= g[i]
    return c


def segwit_address(hrp, ver, prog):
    acc, bits, data = 0, 0, [ver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if ver == 0 else 0x2bc830a3
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech_polymod(exp + data + [0] * 6) ^ const
    chk = [(pm >> (5 * (5 - i))) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in data + chk)


def keccak256(msg):
    """Keccak-256 (the pre-SHA3 padding Ethereum uses)."""
    mask = (1 << 64) - 1

    def rol(v, n):
        n %= 64
        return ((v << n) | (v >> (64 - n))) & mask if n else v

    rate = 136
    data = bytearray(msg) + b"\x01"
    while len(data) % rate:
        data += b"\x00"
    data[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]  # A[x][y]
    for off in range(0, len(data), rate):
        blk = data[off:off + rate]
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        R = 1
        for _ in range(24):
            C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
            for x in range(5):
                d = C[(x - 1) % 5] ^ rol(C[(x + 1) % 5], 1)
                for y in range(5):
                    A[x][y] ^= d
            x, y = 1, 0
            cur = A[x][y]
            for t in range(24):
                x, y = y, (2 * x + 3 * y) % 5
                cur, A[x][y] = A[x][y], rol(cur, (t + 1) * (t + 2) // 2)
            for y in range(5):
                row = [A[x][y] for x in range(5)]
                for x in range(5):
                    A[x][y] = row[x] ^ ((~row[(x + 1) % 5]) & row[(x + 2) % 5] & mask)
            for j in range(7):
                R = ((R << 1) ^ ((R >> 7) * 0x71)) % 256
                if R & 2:
                    A[0][0] ^= 1 << ((1 << j) - 1)
    out = b""
    for i in range(4):
        out += A[i % 5][i // 5].to_bytes(8, "little")
    return out


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def eip55(hex40):
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c.lower()
                          for i, c in enumerate(hex40.lower()))


assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


def iso6346_complete(s10):
    vals, v = {}, 10
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    tot = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s10))
    return s10 + str(tot % 11 % 10)


def s10_check(d8):
    r = sum(int(a) * w for a, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = 11 - r
    return "0" if c == 10 else "5" if c == 11 else str(c)


def ean13_complete(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def clabe_complete(d17):
    s = sum((int(c) * w) % 10 for c, w in zip(d17, [3, 7, 1] * 6))
    return d17 + str((10 - s % 10) % 10)


def to_ascii_digits(s):
    out = []
    for c in s:
        d = unicodedata.digit(c, None)
        out.append(str(d) if d is not None and not c.isascii() and unicodedata.category(c) == "Nd" else c)
    return "".join(out)


def collides(v, kind):
    """True if a look-alike negative would pass the checksum of what it imitates."""
    v = to_ascii_digits(v)
    alnum = lambda t: re.sub(r"[^0-9A-Za-z]", "", t)
    cands = [alnum(v)] + [alnum(t) for t in v.split()]
    cands += [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d(?:[ .\-]?\d)*", v)]
    for d in cands:
        if d.isdigit():
            if 13 <= len(d) <= 19 and luhn_ok(d):
                return True
            if len(d) == 12 and d[0] not in "01" and verhoeff_ok(d):
                return True
            if len(d) == 9 and aba_ok(d):
                return True
        if len(d) == 18 and cnid_ok(d):
            return True
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", d) and iban_ok(d):
            return True
    if kind.startswith("B58") and b58check_ok(v):
        return True
    return False


FW_TABLE = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789+-()"}


def fullwidth(s, also_punct=True):
    if also_punct:
        return s.translate(FW_TABLE)
    return s.translate({k: v for k, v in FW_TABLE.items() if chr(k).isdigit()})


# ---------------------------------------------------------------- phones

CN_MOB = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "155",
          "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186",
          "187", "188", "189", "191", "198", "199"]


def ph_cn_m():
    d = pick(CN_MOB) + D(8)
    a, b, c = d[:3], d[3:7], d[7:]
    return pick([d, d, f"{a} {b} {c}", f"{a}-{b}-{c}", f"+86 {a} {b} {c}", f"+86 {d}", f"+86-{d}",
                 f"0086 {d}", f"0086-{a}-{b}-{c}", f"(+86) {d}", f"+86 {a}-{b}-{c}", f"+86{d}",
                 f"{a} {d[3:6]} {d[6:]}", f"86-{d}"])


def ph_cn_l():
    area = pick(["10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "755", "757", "769", "760",
                 "571", "574", "579", "512", "592", "531", "532", "311"])
    loc = DN(8) if len(area) == 2 else DN(pick([7, 8]))
    h = len(loc) // 2
    return pick([f"0{area}-{loc[:h]} {loc[h:]}", f"0{area}-{loc}", f"+86 {area} {loc[:h]} {loc[h:]}",
                 f"+86-{area}-{loc}", f"(0{area}) {loc[:h]} {loc[h:]}", f"0086 {area} {loc}", f"0{area} {loc}"])


def ph_us():
    a = str(rng.randint(2, 9)) + D(2)
    if a[1:] == "11":
        a = a[0] + "21"
    e = str(rng.randint(2, 9)) + D(2)
    ln = D(4)
    return pick([f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"{a}.{e}.{ln}", f"+1 {a} {e} {ln}", f"+1 ({a}) {e}-{ln}",
                 f"1-{a}-{e}-{ln}", f"+1{a}{e}{ln}", f"001 {a} {e} {ln}", f"+1-{a}-{e}-{ln}", f"({a}){e}-{ln}"])


def ph_uk():
    if chance(0.7):
        d = "7" + pick("45789") + D(8)
        return pick([f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"+44 (0){d[:4]} {d[4:]}",
                     f"0044 {d[:4]} {d[4:7]} {d[7:]}", f"+44{d}", f"0{d[:4]}-{d[4:]}", f"+44 {d[:4]} {d[4:7]} {d[7:]}"])
    x = pick(["20", "161", "121", "113", "117", "141"])
    loc = pick("3789") + D(7 if x == "20" else 6)
    return pick([f"0{x} {loc[:4]} {loc[4:]}", f"+44 {x} {loc[:4]} {loc[4:]}", f"+44 (0){x} {loc}", f"0044 {x} {loc}"])


def ph_de():
    if chance(0.65):
        p = pick(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "159", "163"])
        s = D(pick([7, 8]))
        return pick([f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s}", f"+49 {p} {s}", f"+49 (0){p} {s}", f"0049 {p} {s}",
                     f"+49{p}{s}", f"+49 {p} {s[:3]} {s[3:]}", f"0{p} {s[:3]} {s[3:]}"])
    c = pick(["30", "40", "69", "89", "221", "211", "711", "341", "351", "511", "421", "911", "6221"])
    ln = DN(pick([6, 7, 8]) if len(c) == 2 else pick([5, 6, 7]))
    return pick([f"0{c} {ln}", f"0{c}/{ln}", f"+49 {c} {ln}", f"+49 (0){c} {ln}", f"+49 {c} {ln[:-2]}-{ln[-2:]}",
                 f"0{c} / {ln}", f"0049 {c} {ln}"])


def ph_at():
    if chance(0.7):
        p = pick(["664", "650", "676", "699", "660", "681"])
        s = D(7)
        return pick([f"+43 {p} {s}", f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0043 {p} {s}", f"+43 (0){p} {s}", f"0{p}/{s}"])
    return pick([f"+43 1 {DN(7)}", f"01 {DN(3)} {D(2)} {D(2)}", f"+43 316 {DN(6)}"])


def ph_ch():
    d = "7" + pick("5689") + D(7)
    return pick([f"+41 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"0{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"0041 {d}",
                 f"+41 44 {DN(3)} {D(2)} {D(2)}"])


def ph_fr():
    d = pick("67") + D(8)
    g = " ".join(d[i:i + 2] for i in range(1, 9, 2))
    return pick([f"+33 {d[0]} {g}", f"0{d[0]} {g}", f"0{d[0]}.{g.replace(' ', '.')}", f"+33{d}"])


def ph_it():
    d = "3" + D(9)
    return pick([f"+39 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:]}", f"+39 {d}"])


def ph_nl():
    d = D(8)
    return pick([f"+31 6 {d}", f"06-{d}", f"+31 6 {d[:4]} {d[4:]}"])


def ph_pl():
    d = pick("5678") + D(8)
    return pick([f"+48 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])


def ph_es():
    if chance(0.75):
        d = pick("67") + D(8)
        return pick([f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                     f"0034 {d}", f"+34{d}", f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
    x = pick(["91", "93", "96", "95", "94"]) + DN(7)
    return pick([f"{x[:2]} {x[2:5]} {x[5:7]} {x[7:]}", f"+34 {x[:2]} {x[2:5]} {x[5:7]} {x[7:]}", f"+34 {x[:3]} {x[3:6]} {x[6:]}"])


def ph_mx():
    a = pick(["55", "33", "81", "222", "442", "664"])
    d = D(10 - len(a))
    h = len(d) // 2
    return pick([f"+52 {a} {d[:h]} {d[h:]}", f"+52 1 {a} {d[:h]} {d[h:]}", f"({a}) {d[:h]}-{d[h:]}",
                 f"{a} {d[:h]} {d[h:]}", f"+52{a}{d}", f"{a}-{d[:h]}-{d[h:]}"])


def ph_ar():
    d = pick("2345689") + D(7)
    return pick([f"+54 9 11 {d[:4]}-{d[4:]}", f"11 {d[:4]}-{d[4:]}", f"+54 11 {d[:4]} {d[4:]}",
                 f"+54 9 351 {d[:3]}-{d[3:7]}", f"011 15-{d[:4]}-{d[4:]}"])


def ph_co():
    d = "3" + pick("0125") + D(8)
    return pick([f"+57 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:]}", f"+57 {d}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def ph_cl():
    d = D(8)
    return pick([f"+56 9 {d[:4]} {d[4:]}", f"9 {d[:4]} {d[4:]}", f"+569{d}"])


def ph_pe():
    d = D(8)
    return pick([f"+51 9{d[:2]} {d[2:5]} {d[5:]}", f"9{d[:2]} {d[2:5]} {d[5:]}"])


def ph_pt():
    if chance(0.75):
        d = "9" + pick("1236") + D(7)
        return pick([f"+351 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"00351 {d}", f"+351{d}", d,
                     f"+351 {d}"])
    x = pick(["21", "22", "23", "25"]) + DN(7)
    return pick([f"+351 {x[:2]} {x[2:5]} {x[5:]}", f"{x[:3]} {x[3:6]} {x[6:]}"])


BR_DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "47", "48", "27", "62", "92", "13"]


def ph_br():
    ddd = pick(BR_DDD)
    if chance(0.8):
        m = "9" + pick("6789") + D(7)
        return pick([f"+55 {ddd} {m[:5]}-{m[5:]}", f"({ddd}) {m[:5]}-{m[5:]}", f"{ddd} {m[:5]} {m[5:]}",
                     f"+55 ({ddd}) {m[:5]}-{m[5:]}", f"+55{ddd}{m}", f"0{ddd} {m[:5]}-{m[5:]}", f"({ddd}) {m}",
                     f"({ddd}){m[:5]}-{m[5:]}", f"{ddd}9{m[1:5]}-{m[5:]}", f"+55 {ddd} {m}"])
    ln = pick("2345") + D(7)
    return pick([f"({ddd}) {ln[:4]}-{ln[4:]}", f"+55 {ddd} {ln[:4]}-{ln[4:]}", f"{ddd} {ln[:4]} {ln[4:]}"])


def ph_ru():
    c = pick(["9" + D(2), "9" + D(2), "9" + D(2), "495", "499", "812", "343", "383", "846", "861"])
    n = D(7)
    a, b, e = n[:3], n[3:5], n[5:]
    return pick([f"+7 ({c}) {a}-{b}-{e}", f"8 ({c}) {a}-{b}-{e}", f"+7 {c} {a} {b} {e}", f"8{c}{n}", f"+7{c}{n}",
                 f"+7-{c}-{a}-{b}-{e}", f"8 {c} {a} {b} {e}", f"8-{c}-{n}", f"+7 {c} {a}-{b}-{e}", f"8({c}){a}-{b}-{e}"])


def ph_kz():
    n = D(7)
    return pick([f"+7 (70{pick('01257')}) {n[:3]}-{n[3:5]}-{n[5:]}", f"8 70{pick('01257')} {n[:3]} {n[3:5]} {n[5:]}"])


def ph_ua():
    p = pick(["67", "50", "63", "93", "97", "66"])
    n = D(7)
    return pick([f"+380 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p} {n[:3]} {n[3:5]} {n[5:]}", f"+380{p}{n}"])


def ph_by():
    n = D(7)
    return pick([f"+375 (29) {n[:3]}-{n[3:5]}-{n[5:]}", f"+375 {pick(['29', '33', '44'])} {n[:3]} {n[3:5]} {n[5:]}",
                 f"8 029 {n[:3]}-{n[3:5]}-{n[5:]}"])


def ph_in():
    m = pick("6789") + D(9)
    return pick([f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m[:5]} {m[5:]}", m, f"+91 {m}", f"+91 {m[:3]} {m[3:6]} {m[6:]}"])


def ph_ng():
    d = pick(["803", "806", "813", "816", "703", "706", "803", "810", "903", "806", "805", "802"]) + D(7)
    return pick([f"+234 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"+234{d}", f"0{d}"])


def ph_pk():
    d = "3" + pick("0123") + D(8)
    return pick([f"+92 {d[:3]} {d[3:]}", f"0{d[:3]}-{d[3:]}", f"+92-{d}", f"0{d}"])


def ph_ae():
    d = "5" + pick("0256") + D(7)
    return pick([f"+971 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}", f"+971{d}", f"00971 {d[:2]} {d[2:]}"])


def ph_sa():
    d = "5" + pick("03456") + D(7)
    return pick([f"+966 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}"])


def ph_tr():
    d = "5" + pick("345") + D(8)
    return pick([f"+90 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"0 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"0{d}", f"+90{d}",
                 f"0({d[:3]}) {d[3:6]} {d[6:8]} {d[8:]}"])


def ph_vn():
    d = pick(["90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "77"]) + D(7)
    return pick([f"+84 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}", f"+84{d}", f"0{d[:3]}.{d[3:6]}.{d[6:]}"])


def ph_id():
    d = "8" + pick("1125") + D(8)
    return pick([f"+62 {d[:3]}-{d[3:7]}-{d[7:]}", f"0{d[:3]}-{d[3:7]}-{d[7:]}", f"+62{d}", f"0{d[:3]} {d[3:7]} {d[7:]}"])


def ph_ph():
    d = "9" + D(9)
    return pick([f"+63 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"+63{d}", f"0{d}"])


def ph_au():
    d = "4" + D(8)
    return pick([f"+61 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61 {d}", f"0{d[:3]}{d[3:]}"])


def ph_sg():
    d = pick("89") + D(7)
    return pick([f"+65 {d[:4]} {d[4:]}", f"+65{d}", f"{d[:4]} {d[4:]}"])


def ph_hk():
    d = pick("5679") + D(7)
    return pick([f"+852 {d[:4]} {d[4:]}", f"(852) {d}", f"+852-{d}", f"00852 {d}"])


def ph_tw():
    d = "9" + D(8)
    return pick([f"+886 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}-{d[3:6]}-{d[6:]}", f"+886-{d}"])


def ph_kr():
    d = D(8)
    return pick([f"+82 10-{d[:4]}-{d[4:]}", f"010-{d[:4]}-{d[4:]}", f"+82 10 {d[:4]} {d[4:]}"])


def ph_jp():
    p = pick(["80", "90", "70"])
    d = D(8)
    return pick([f"+81 {p}-{d[:4]}-{d[4:]}", f"0{p}-{d[:4]}-{d[4:]}"])


def ph_eg():
    d = "1" + pick("0125") + D(8)
    return pick([f"+20 {d[:3]} {d[3:6]} {d[6:]}", f"0{d}"])


def ph_za():
    d = pick("678") + pick("1234") + D(7)
    return pick([f"+27 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}"])


def ph_ke():
    d = "7" + D(8)
    return pick([f"+254 {d[:3]} {d[3:]}", f"0{d[:3]} {d[3:]}", f"+254{d}"])


def ph_bd():
    d = "1" + pick("3789") + D(8)
    return pick([f"+880 {d[:4]}-{d[4:]}", f"0{d[:4]}-{d[4:]}", f"+880{d}"])


def ph_ao():
    d = "9" + pick("1234") + D(7)
    return pick([f"+244 {d[:3]} {d[3:6]} {d[6:]}", f"+244{d}"])


def ph_mz():
    d = "8" + pick("2456") + D(7)
    return f"+258 {d[:2]} {d[2:5]} {d[5:]}"


PHONE_FN = {"CN": ph_cn_m, "CNL": ph_cn_l, "US": ph_us, "UK": ph_uk, "DE": ph_de, "AT": ph_at, "CH": ph_ch,
            "FR": ph_fr, "IT": ph_it, "NL": ph_nl, "PL": ph_pl, "ES": ph_es, "MX": ph_mx, "AR": ph_ar, "CO": ph_co,
            "CL": ph_cl, "PE": ph_pe, "PT": ph_pt, "BR": ph_br, "RU": ph_ru, "KZ": ph_kz, "UA": ph_ua, "BY": ph_by,
            "IN": ph_in, "NG": ph_ng, "PK": ph_pk, "AE": ph_ae, "SA": ph_sa, "TR": ph_tr, "VN": ph_vn, "ID": ph_id,
            "PH": ph_ph, "AU": ph_au, "SG": ph_sg, "HK": ph_hk, "TW": ph_tw, "KR": ph_kr, "JP": ph_jp, "EG": ph_eg,
            "ZA": ph_za, "KE": ph_ke, "BD": ph_bd, "AO": ph_ao, "MZ": ph_mz}

PHONE_MIX = {
    "en": [("CN", 18), ("CNL", 4), ("US", 14), ("UK", 8), ("IN", 8), ("AE", 3), ("NG", 3), ("PK", 3), ("VN", 3),
           ("TR", 3), ("AU", 3), ("SG", 2), ("HK", 2), ("TW", 2), ("PH", 2), ("ID", 2), ("KR", 1), ("JP", 1),
           ("SA", 2), ("EG", 1), ("ZA", 2), ("KE", 1), ("BD", 2), ("FR", 1), ("IT", 1), ("PL", 1), ("NL", 1),
           ("DE", 2), ("MX", 1), ("BR", 1)],
    "zh": [("CN", 60), ("CNL", 16), ("HK", 4), ("TW", 3), ("US", 3), ("DE", 2), ("RU", 2), ("BR", 2), ("ES", 1), ("AE", 1)],
    "es": [("ES", 30), ("MX", 25), ("AR", 12), ("CO", 12), ("CL", 8), ("PE", 5), ("US", 3), ("CN", 5)],
    "pt": [("BR", 55), ("PT", 30), ("CN", 6), ("US", 2), ("AO", 3), ("MZ", 2)],
    "ru": [("RU", 62), ("KZ", 10), ("UA", 4), ("BY", 8), ("CN", 6), ("TR", 3), ("AE", 3)],
    "de": [("DE", 55), ("AT", 15), ("CH", 15), ("CN", 6), ("TR", 3), ("PL", 3), ("NL", 3)],
}

SPELL = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "zh": list("零一二三四五六七八九"),
}
PLUS_WORD = {"en": "plus", "es": "más", "pt": "mais", "ru": "плюс", "de": "plus", "zh": "加"}


def spell_group(g, lang, caps=False):
    words = []
    for c in g:
        if c.isdigit():
            w = SPELL[lang][int(c)]
            if lang == "en" and c == "0" and chance(0.3):
                w = "oh"
            if lang == "zh" and c == "1" and chance(0.3):
                w = "幺"
            words.append(w)
        elif c == "+":
            words.append(PLUS_WORD[lang])
    if caps:
        words = [w.upper() for w in words]
    return ("" if lang == "zh" else " ").join(words)


def phone_disguise(s, lang):
    r = rng.random()
    if lang == "zh":
        if r < 0.22:
            return fullwidth(s, also_punct=chance(0.5))
        if r < 0.28 and "+" not in s:
            return spell_group(re.sub(r"\D", "", s), "zh")
        if r < 0.32:
            return " ".join(re.sub(r"[^\d+]", "", s))
        return s
    if r < 0.05:
        return spell_group(s, lang, caps=chance(0.2))
    if r < 0.08:  # mixed: some groups spelled
        groups = s.split(" ")
        if len(groups) >= 3:
            k = rng.randrange(1, len(groups))
            groups[k] = spell_group(groups[k], lang) if groups[k].isdigit() else groups[k]
            return " ".join(groups)
        return s
    if r < 0.12:
        return " ".join(re.sub(r"[^\d+]", "", s))
    if r < 0.14 and " " in s:
        return s.replace(" ", "-")
    if r < 0.16 and (" " in s or "-" in s) and "(" not in s:
        return re.sub(r"[ \-]", ".", s)
    if r < 0.18:
        return fullwidth(s, also_punct=False)
    return s


def gen_phone(lang, arg=None, disguise=True):
    c = arg if arg in PHONE_FN else wpick(PHONE_MIX[lang])
    s = PHONE_FN[c]()
    if disguise:
        s = phone_disguise(s, lang)
    return s


# ---------------------------------------------------------------- people / e-mail

NAMES = {
    "en": (["john", "mike", "sarah", "emma", "david", "lily", "kevin", "amy", "jason", "tony", "grace", "peter",
            "anna", "raj", "priya", "ahmed", "fatima", "linda", "jack", "nancy", "eric", "sunny", "coco", "vicky",
            "alan", "olivia", "noah", "chloe", "omar", "tunde", "ngozi", "ravi", "kelly", "steve", "jenny"],
           ["smith", "brown", "lee", "wilson", "taylor", "patel", "sharma", "khan", "okafor", "nguyen", "walker",
            "hughes", "chen", "wong", "murphy", "adams", "evans", "ali", "singh", "baker", "reed"]),
    "zh": (["wei", "fang", "lei", "jun", "ming", "hui", "jing", "xiaoyu", "haoran", "lily", "tony", "cherry",
            "vivian", "jack", "sunny", "alice", "leo", "yuki", "candy", "hong"],
           ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu"]),
    "es": (["carlos", "maria", "jose", "lucia", "javier", "sofia", "diego", "ana", "pablo", "marta", "andres",
            "valentina", "luis", "camila", "jorge", "elena"],
           ["garcia", "martinez", "lopez", "sanchez", "rodriguez", "fernandez", "gomez", "diaz", "ruiz", "torres",
            "ramirez", "herrera"]),
    "pt": (["joao", "ana", "pedro", "mariana", "lucas", "beatriz", "rafael", "camila", "tiago", "juliana",
            "gabriel", "leticia", "rui", "ines"],
           ["silva", "santos", "oliveira", "souza", "ferreira", "costa", "pereira", "almeida", "rodrigues",
            "carvalho", "gomes", "martins"]),
    "ru": (["ivan", "olga", "sergey", "natalia", "dmitry", "elena", "alexey", "anna", "maxim", "irina", "pavel",
            "tatiana", "andrey", "yulia"],
           ["ivanov", "petrov", "smirnov", "kuznetsova", "popov", "volkov", "sokolov", "morozova", "lebedev",
            "novikov", "fedorova", "orlov"]),
    "de": (["thomas", "julia", "michael", "sabine", "stefan", "katrin", "lukas", "anna", "jan", "lena", "markus",
            "nina", "florian", "petra", "jonas"],
           ["mueller", "schmidt", "schneider", "fischer", "weber", "wagner", "becker", "hoffmann", "schulz",
            "koch", "richter", "wolf", "huber", "bauer"]),
}

BRANDS = ["hongda", "sunrise", "novatek", "goldstar", "brightway", "andes", "luso", "nordstahl", "baltika", "uralmet",
          "rheinpack", "everbright", "huaxin", "delta", "tierra", "zhongxin", "kingfaucet", "ecopak", "vitalia",
          "bluewave", "greenleaf", "topsun", "lianfa", "yongkang", "mingda", "atlantico", "vistamar", "sibtrade",
          "alpenmetall", "kaiyuan", "fortuna", "solaris"]

FREE_MAIL = {
    "en": ["gmail.com"] * 5 + ["yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "protonmail.com",
                                "yahoo.co.uk", "hotmail.co.uk", "rediffmail.com", "live.com", "163.com", "qq.com"],
    "zh": ["163.com"] * 3 + ["126.com", "qq.com", "qq.com", "foxmail.com", "sina.com", "aliyun.com", "139.com",
                              "sohu.com", "gmail.com", "yeah.net", "hotmail.com"],
    "es": ["gmail.com"] * 3 + ["hotmail.com", "hotmail.es", "yahoo.es", "outlook.es", "yahoo.com.mx", "prodigy.net.mx",
                                "telefonica.net", "live.com.ar", "gmail.com"],
    "pt": ["gmail.com"] * 3 + ["hotmail.com", "outlook.com", "uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt",
                                "yahoo.com.br", "ig.com.br", "live.com.pt"],
    "ru": ["yandex.ru"] * 2 + ["mail.ru", "mail.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "gmail.com", "ya.ru",
                                "yandex.kz"],
    "de": ["gmx.de"] * 2 + ["gmx.net", "web.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
                             "freenet.de", "gmx.at", "bluewin.ch"],
}
CORP_TLD = {"en": ["com", "co.uk", "com.cn", "net", "com.au", "in", "ae", "com.sg"],
            "zh": ["com", "com.cn", "cn", "net"], "es": ["es", "com.mx", "com.ar", "com", "co"],
            "pt": ["com.br", "pt", "com"], "ru": ["ru", "com", "su", "kz"], "de": ["de", "at", "ch", "com", "eu"]}


def person(lang):
    f, l = NAMES[lang]
    return pick(f), pick(l)


def corp_domain(lang):
    b = pick(BRANDS)
    b = pick([b, b + "-tech", b + "trading", b + "-industrial", "sz" + b, b + "group", b + "-export", b + "mfg",
              b + "-gmbh" if lang == "de" else b + "co"])
    return b + "." + pick(CORP_TLD[lang])


def email_local(lang, domain):
    f, l = person(lang)
    if domain == "qq.com" and chance(0.7):
        return str(rng.randint(10000, 2999999999))
    yy = str(rng.randint(70, 99)) if chance(0.5) else "%02d" % rng.randint(0, 24)
    return pick([f"{f}.{l}", f"{f}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}{rng.randint(1, 999)}", f"{f[0]}.{l}",
                 f"{f}.{l}{yy}", f"{f}-{l}", f"{l}.{f}", f"{f}{l}{D(4)}", f"{f}.{l[0]}", f"{f}_{yy}"])


def corp_local(lang):
    f, l = person(lang)
    return pick(["sales", "sales" + str(rng.randint(1, 9)), "export", "info", "purchase", "buyer", f, f"{f}.{l}",
                 f"{f[0]}{l}", "order", "service", "import", "trade", "logistics", "finance", "compras", "vendas"
                 if lang in ("es", "pt") else "office"])


AT_WORD = {"es": ["arroba"], "pt": ["arroba"], "ru": ["собака", "(собака)"], "de": ["(at)", "[at]", "(ät)"],
           "en": [" AT ", "(AT)"], "zh": ["#"]}


def email_value(lang):
    """Returns (display, trailing_text)."""
    if chance(0.7):
        domain = pick(FREE_MAIL[lang])
        local = email_local(lang, domain)
    else:
        domain = corp_domain(lang)
        local = corp_local(lang)
    r = rng.random()
    tail = ""
    if r < 0.60:
        s = f"{local}@{domain}"
        if chance(0.04):
            s = s.upper()
        elif chance(0.06):
            s = local.capitalize() + "@" + domain
    elif r < 0.69:
        dots = chance(0.7)
        dom = domain.replace(".", pick([" dot ", " DOT ", " dot "])) if dots else domain
        loc = local.replace(".", " dot ") if dots and chance(0.5) else local
        s = f"{loc} {pick(['at', 'at', 'AT'])} {dom}"
    elif r < 0.76:
        s = f"{local}[at]{domain.replace('.', '[dot]') if chance(0.6) else domain}"
        if chance(0.3):
            s = s.replace("[at]", " [at] ").replace("[dot]", " [dot] ")
    elif r < 0.82:
        s = f"{local}(at){domain.replace('.', '(dot)') if chance(0.4) else domain}"
    elif r < 0.87:
        s = f"{local} @ {domain}" if chance(0.6) else f"{local}@ {domain}"
    elif r < 0.92:
        d = domain.replace(".", "。") if lang == "zh" and chance(0.5) else domain
        s = f"{local}＠{d}"
    elif r < 0.96:
        w = pick(AT_WORD[lang])
        if w == "#":
            s = f"{local}#{domain}"
            tail = pick(["（#换成@）", "(#改成@)", " 把#换成@"])
        elif w.startswith("(") or w.startswith("["):
            s = f"{local}{w}{domain}"
        else:
            s = f"{local} {w.strip()} {domain}"
    else:
        s = " ".join(f"{local}@{domain}")
    return s, tail


def gen_email(lang, arg=None):
    s, tail = email_value(lang)
    segs = [["p", "EMAIL", s]]
    if tail:
        segs.append(["t", tail])
    return segs


# ---------------------------------------------------------------- URLs

def rs(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


MIXED = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
SLUGS = ["led-strip-5050", "usb-c-cable-1m", "stainless-bottle-500ml", "solar-panel-400w", "phone-case",
         "kids-toys-set", "cotton-tshirt", "bluetooth-speaker", "water-pump", "ceramic-mug", "hair-dryer",
         "power-bank-20000mah", "pet-bed", "yoga-mat", "silicone-mold", "ball-valve-dn25", "gaming-chair",
         "wireless-earbuds", "car-charger", "led-panel-60x60"]


def url_site(lang):
    b = pick(BRANDS)
    tld = pick({"en": ["com", "com", "net", "co.uk", "com.cn", "shop", "store", "io"], "zh": ["com", "cn", "com.cn"],
                "es": ["com", "es", "com.mx", "com.ar"], "pt": ["com.br", "pt", "com"], "ru": ["ru", "com", "рф" if False else "su"],
                "de": ["de", "com", "at", "ch", "shop"]}[lang])
    host = pick([b, b + "-" + pick(["tools", "led", "parts", "bags", "textil", "pack", "shop", "store", "direct"]), b + str(rng.randint(1, 99))])
    path = pick(["", "", "/", f"/products/{pick(SLUGS)}", "/catalog", "/en/", f"/p/{D(5)}.html", f"/product?id={D(4)}",
                 "/contact", f"/shop/{pick(SLUGS)}", "/catalogo.pdf", f"/{pick(SLUGS)}.html"])
    scheme = pick(["https://", "https://", "http://", ""])
    www = "www." if (scheme == "" or chance(0.6)) else ""
    if scheme == "" and www == "" and not path:
        www = "www."
    return f"{scheme}{www}{host}.{tld}{path}"


URL_KINDS = {
    "site": url_site,
    "short": lambda lang: pick(["bit.ly/", "https://bit.ly/", "tinyurl.com/", "t.ly/", "rb.gy/", "cutt.ly/"]) + rs(rng.randint(6, 8), MIXED),
    "drive": lambda lang: f"https://drive.google.com/file/d/1{rs(32, MIXED + '_-')}/view?usp=sharing",
    "folder": lambda lang: f"https://drive.google.com/drive/folders/1{rs(32, MIXED)}",
    "wetransfer": lambda lang: f"https://we.tl/t-{rs(10, MIXED)}",
    "dropbox": lambda lang: f"https://www.dropbox.com/s/{rs(15)}/{pick(['catalog', 'price_list', 'photos', 'spec'])}.pdf?dl=0",
    "baidu": lambda lang: f"{pick(['https://', ''])}pan.baidu.com/s/1{rs(22, MIXED + '_-')}",
    "1688": lambda lang: f"https://detail.1688.com/offer/{DN(12)}.html",
    "taobao": lambda lang: f"{pick(['https://', ''])}item.taobao.com/item.htm?id={DN(12)}",
    "alibaba": lambda lang: f"https://{pick(BRANDS)}{pick(['', 'tech', 'trade'])}.en.alibaba.com",
    "amazon": lambda lang: f"https://www.amazon.{pick(['de', 'com', 'es', 'co.uk'])}/dp/B0{rs(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}",
    "ebay": lambda lang: f"https://www.ebay.com/itm/{DN(12)}",
    "meli": lambda lang: f"https://articulo.mercadolibre.com.{pick(['mx', 'ar'])}/{pick(['MLM', 'MLA'])}-{DN(9)}-{pick(SLUGS)}-_JM",
    "ml": lambda lang: f"https://produto.mercadolivre.com.br/MLB-{DN(10)}-{pick(SLUGS)}-_JM",
    "shopee": lambda lang: f"https://shopee.com.br/{pick(SLUGS)}-i.{DN(9)}.{DN(10)}",
    "avito": lambda lang: f"https://www.avito.ru/{pick(['moskva', 'sankt-peterburg', 'kazan', 'novosibirsk'])}/{pick(['oborudovanie', 'tovary_dlya_doma', 'zapchasti'])}/{pick(SLUGS).replace('-', '_')}_{DN(10)}",
    "ozon": lambda lang: f"https://www.ozon.ru/product/{pick(SLUGS)}-{DN(9)}/",
    "vk": lambda lang: f"{pick(['https://', ''])}vk.com/{pick(['club', 'public', ''])}{DN(8) if chance(0.5) else pick(BRANDS) + '_opt'}",
    "fb": lambda lang: f"{pick(['https://www.', 'www.', ''])}facebook.com/{pick(BRANDS)}{pick(['.official', 'store', '-' + D(3)])}",
    "ig": lambda lang: f"{pick(['https://', ''])}instagram.com/{pick(BRANDS)}_{pick(['shop', 'br', 'store', 'oficial'])}",
    "linkedin": lambda lang: f"https://www.linkedin.com/in/{'-'.join(person(lang))}-{rs(6)}",
    "youtube": lambda lang: f"{pick(['https://youtu.be/', 'https://www.youtube.com/watch?v='])}{rs(11, MIXED + '_-')}",
    "tiktok": lambda lang: f"https://www.tiktok.com/@{pick(BRANDS)}{D(2)}",
    "etsy": lambda lang: f"https://www.etsy.com/shop/{pick(BRANDS).capitalize()}{pick(['Crafts', 'Studio', 'Shop'])}",
}
URL_MIX = {
    "en": [("site", 30), ("short", 10), ("drive", 6), ("folder", 3), ("wetransfer", 4), ("dropbox", 4), ("alibaba", 5),
           ("amazon", 4), ("ebay", 3), ("fb", 5), ("ig", 4), ("linkedin", 3), ("youtube", 5), ("tiktok", 2), ("etsy", 2), ("1688", 2)],
    "zh": [("site", 20), ("baidu", 15), ("1688", 12), ("taobao", 10), ("alibaba", 8), ("short", 4), ("youtube", 3), ("drive", 3)],
    "es": [("site", 30), ("meli", 12), ("short", 8), ("drive", 6), ("fb", 8), ("ig", 8), ("youtube", 5), ("wetransfer", 3), ("amazon", 3)],
    "pt": [("site", 30), ("ml", 12), ("shopee", 8), ("short", 8), ("drive", 6), ("ig", 10), ("fb", 5), ("youtube", 5)],
    "ru": [("site", 30), ("avito", 10), ("ozon", 8), ("vk", 10), ("short", 5), ("drive", 5), ("youtube", 5)],
    "de": [("site", 35), ("amazon", 10), ("ebay", 6), ("short", 6), ("drive", 6), ("wetransfer", 6), ("dropbox", 5), ("youtube", 4), ("linkedin", 3)],
}


def gen_url(lang, arg=None):
    k = arg if arg in URL_KINDS else wpick(URL_MIX[lang])
    return [["p", "URL", URL_KINDS[k](lang)]]


# ---------------------------------------------------------------- messenger ids

WORDS = ["sourcing", "trade", "export", "supply", "buyer", "led", "parts", "tools", "china", "factory", "opt", "shop",
         "textile", "import", "deal", "pack", "store", "mfg", "market"]


def h_wechat(lang):
    f, l = person(lang if lang in ("en", "zh") else pick(["zh", lang]))
    return pick([f"{f}{rng.randint(1, 9999)}", f"{f}_{D(4)}", f"{f.capitalize()}-{pick(['sz', 'gz', 'yw', 'nb', 'xm'])}{D(2)}",
                 f"wxid_{rs(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}", f"{f}{l}{D(3)}", f"{pick(WORDS)}_{f}",
                 f"{f}{l}_{pick(WORDS)}", f"{l}{f}{D(2)}", f"{f.capitalize()}{l.capitalize()}{D(2)}"])


def h_skype(lang):
    f, l = person(lang)
    return pick([f"live:.cid.{rs(16, '0123456789abcdef')}", f"live:{f}.{l}_{rng.randint(1, 99)}", f"live:{f}{D(4)}",
                 f"{f}.{l}{D(2)}", f"{f}_{pick(BRANDS)}", f"{f}.{l}", f"live:.cid.{rs(15, '0123456789abcdef')}"])


def h_tg(lang):
    f, l = person(lang)
    return "@" + pick([f"{f}_{pick(WORDS)}", f"{f.capitalize()}{l.capitalize()}", f"{pick(WORDS)}{D(2)}",
                       f"{f}_{l}", f"{pick(BRANDS)}_{pick(WORDS)}", f"{f}{l}{D(2)}", f"{l}_{f[0]}"])


def h_tglink(lang):
    f, l = person(lang)
    user = pick([f"{f}_{pick(WORDS)}", f"{pick(BRANDS)}_{pick(WORDS)}", f"{f}{l}", f"{pick(BRANDS)}{pick(WORDS)}"])
    if chance(0.12):
        return "https://t.me/+" + rs(16, MIXED + "_-")
    return pick(["t.me/", "https://t.me/", "t.me/", "http://t.me/"]) + user


def h_line(lang):
    f, l = person(pick(["zh", "en"]))
    return pick([f"{f}.{D(2)}", f"{f}_{pick(WORDS)}", f"{f}{l}{D(3)}", f"{f}.{l}"])


def h_qq(lang):
    return str(rng.randint(10000, 3999999999))


def h_kakao(lang):
    f, l = person("en")
    return pick([f"{f}{D(2)}", f"{f}_{l}", f"{pick(WORDS)}{f}"])


def h_discord(lang):
    f, l = person(lang)
    return pick([f"{f}#{D(4)}", f"{f}.{l}{D(2)}", f"{f}_{pick(WORDS)}"])


HANDLE_FN = {"WX": h_wechat, "SKYPE": h_skype, "TG": h_tg, "TGLINK": h_tglink, "LINE": h_line, "QQ": h_qq,
             "KAKAO": h_kakao, "DISCORD": h_discord}


# ---------------------------------------------------------------- cards, banks

CARD_BRANDS = {
    "visa": lambda: ("4" + D(14), 16),
    "mc": lambda: (pick([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))]), 16),
    "amex": lambda: (pick(["34", "37"]), 15),
    "discover": lambda: (pick(["6011", "65", "644"]), 16),
    "jcb": lambda: (str(rng.randint(3528, 3589)), 16),
    "unionpay": lambda: ("62" + pick(["2", "17", "28", "58"]), pick([16, 16, 19])),
    "mir": lambda: (str(rng.randint(2200, 2204)), 16),
    "elo": lambda: (pick(["636368", "438935", "504175", "451416", "636297", "509048"]), 16),
    "hiper": lambda: ("606282", 16),
}
CARD_MIX = {"en": [("visa", 40), ("mc", 30), ("amex", 12), ("discover", 6), ("jcb", 4), ("unionpay", 4)],
            "zh": [("unionpay", 45), ("visa", 25), ("mc", 20), ("jcb", 5), ("amex", 5)],
            "es": [("visa", 50), ("mc", 35), ("amex", 10)], "pt": [("visa", 35), ("mc", 30), ("elo", 22), ("hiper", 6), ("amex", 5)],
            "ru": [("mir", 45), ("visa", 30), ("mc", 25)], "de": [("visa", 40), ("mc", 45), ("amex", 10)]}


def card_digits(brand):
    pre, n = CARD_BRANDS[brand]()
    if len(pre) >= n:
        pre = pre[:n - 4]
    return luhn_complete(pre + D(n - 1 - len(pre)))


def gen_card(lang, arg=None):
    b = arg if arg in CARD_BRANDS else wpick(CARD_MIX[lang])
    d = card_digits(b)
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    elif len(d) == 19:
        g = pick([[d[:4], d[4:8], d[8:12], d[12:16], d[16:]], [d[:6], d[6:]]])
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    sep = pick([" ", " ", " ", "-", "", "  "])
    s = sep.join(g)
    if lang == "zh" and chance(0.2) or chance(0.03):
        s = fullwidth(s, also_punct=False)
    return [["p", "PAYMENT_CARD", s]]


IBAN_SPEC = {  # country: list of (count, class)  n=digit a=upper c=alnum(upper)
    "DE": [(8, "n"), (10, "n")], "GB": [(4, "a"), (6, "n"), (8, "n")], "ES": [(20, "n")], "PT": [(21, "n")],
    "FR": [(10, "n"), (11, "c"), (2, "n")], "NL": [(4, "a"), (10, "n")], "IT": [(1, "a"), (10, "n"), (12, "c")],
    "BE": [(12, "n")], "AT": [(16, "n")], "CH": [(5, "n"), (12, "c")], "PL": [(24, "n")],
    "BR": [(8, "n"), (5, "n"), (10, "n"), (1, "a"), (1, "c")], "TR": [(5, "n"), (1, "0"), (16, "c")],
    "AE": [(3, "n"), (16, "n")], "IE": [(4, "a"), (6, "n"), (8, "n")], "CY": [(3, "n"), (5, "n"), (16, "c")],
    "LT": [(16, "n")], "CZ": [(20, "n")], "RO": [(4, "a"), (16, "c")], "SA": [(2, "n"), (18, "c")],
}
GB_BANKS = ["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "NAIA", "MONZ", "REVO"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
IBAN_MIX = {"en": [("GB", 20), ("DE", 15), ("NL", 8), ("FR", 8), ("IT", 6), ("AE", 6), ("TR", 6), ("BE", 4), ("CH", 4),
                   ("PL", 5), ("IE", 5), ("SA", 3)],
            "zh": [("DE", 25), ("GB", 20), ("FR", 15), ("IT", 15), ("NL", 10), ("ES", 8), ("AE", 7)],
            "es": [("ES", 80), ("PT", 5), ("DE", 5), ("FR", 5)], "pt": [("PT", 65), ("BR", 25), ("ES", 5), ("FR", 5)],
            "ru": [("DE", 20), ("CY", 25), ("LT", 20), ("AE", 15), ("TR", 10), ("CZ", 10)],
            "de": [("DE", 70), ("AT", 15), ("CH", 15)]}


def iban_compact(cc):
    bban = ""
    for n, cls in IBAN_SPEC[cc]:
        if cls == "n":
            bban += D(n)
        elif cls == "0":
            bban += "0" * n
        elif cls == "a":
            if cc == "GB":
                bban += pick(GB_BANKS)
            elif cc == "IE":
                bban += pick(IE_BANKS)
            else:
                bban += rs(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            bban += rs(n, "0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ") if chance(0.5) else D(n)
    chk = 98 - iban_mod(cc + "00" + bban)
    return f"{cc}{chk:02d}{bban}"


def iban_display(s):
    r = rng.random()
    if r < 0.62:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.92:
        return s
    if r < 0.96:
        return s.lower()
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(lang, arg=None):
    cc = arg if arg in IBAN_SPEC else wpick(IBAN_MIX[lang])
    return [["p", "IBAN", iban_display(iban_compact(cc))]]


BIC_BANKS = {"DE": ["DEUT", "COBA", "DRES", "HYVE", "BYLA", "MARK", "SOLA", "GENO"], "GB": ["BARC", "HSBC", "LOYD", "NWBK", "MIDL"],
             "CN": ["BKCH", "ICBK", "PCBC", "ABOC", "COMM", "CMBC", "SPDB"], "HK": ["HSBC", "BKCH", "SCBL", "HASE", "DBSS"],
             "US": ["CHAS", "BOFA", "CITI", "WFBI", "PNCC"], "ES": ["CAIX", "BBVA", "BSCH", "SABB"], "PT": ["CGDI", "BCOM", "TOTA", "BESC"],
             "BR": ["BRAS", "ITAU", "BBDE", "CEFX", "BSCH"], "RU": ["SABR", "ALFA", "VTBR", "TICS"], "TR": ["TGBA", "AKBK", "ISBK"],
             "AE": ["EBIL", "NBAD", "ADCB"], "IN": ["SBIN", "HDFC", "ICIC"], "CH": ["UBSW", "CRES", "ZKBK"], "AT": ["BKAU", "RZBA", "GIBA"],
             "MX": ["BNMX", "BCMR", "MENO"], "SG": ["DBSS", "OCBC", "UOVB"], "VN": ["BFTV", "VBAA"], "TW": ["BKTW", "CTCB"]}
BIC_MIX = {"en": ["HK", "CN", "US", "GB", "SG", "AE", "IN", "TR", "VN", "TW", "DE"], "zh": ["CN", "CN", "HK", "HK"],
           "es": ["ES", "ES", "MX", "CN"], "pt": ["BR", "BR", "PT", "CN"], "ru": ["RU", "RU", "CN", "TR", "AE"],
           "de": ["DE", "DE", "DE", "AT", "CH", "CN"]}


def bic_value(cc):
    bank = pick(BIC_BANKS[cc])
    loc = pick(["FF", "MM", "BJ", "SH", "HH", "2L", "22", "33", "PL", "NY", "3N", "MX", "SP", "XX", "DX", "MA", "BB", "KK", "ZZ", "HK"])
    if cc == "CN":
        loc = pick(["BJ", "SH", "SZ", "GZ", "2X"])
    br = pick(["", "", "XXX", "XXX", D(3), pick(["HKH", "300", "440", "500", "BRL", "SZN"])])
    return bank + cc + loc + br


def gen_bic(lang, arg=None):
    cc = arg if arg in BIC_BANKS else pick(BIC_MIX[lang])
    return [["p", "BANK_ACCOUNT", bic_value(cc)]]


def aba_value():
    first = pick(["0" + str(rng.randint(1, 9)), "1" + str(rng.randint(0, 2)), str(rng.randint(21, 32))])
    body = first + D(6)
    for c in "0123456789":
        if aba_ok(body + c):
            return body + c


def gen_aba(lang, arg=None):
    return [["p", "BANK_ACCOUNT", aba_value()]]


def acct_value(style):
    if style == "US":
        return DN(rng.choice([9, 10, 11, 12]))
    if style == "HK":
        return pick([f"{D(3)}-{D(6)}-{D(3)}", f"{D(3)}-{D(3)}-{D(6)}", DN(12)])
    if style == "CN":
        if chance(0.5):
            d = "6" + pick(["217", "222", "228", "227", "214", "225"]) + D(rng.choice([12, 15]))
            return pick([d, " ".join(d[i:i + 4] for i in range(0, len(d), 4))])
        return pick([DN(15), DN(19), DN(17), f"{D(4)} {D(4)} {D(4)} {D(4)}"])
    if style == "IN":
        return DN(rng.choice([11, 12, 14, 16]))
    if style == "ES":
        d = D(20)
        return pick([f"{d[:4]} {d[4:8]} {d[8:10]} {d[10:]}", d])
    if style == "MX":
        d = clabe_complete(pick(["002", "012", "014", "021", "072", "127"]) + D(14))
        return pick([d, f"{d[:3]} {d[3:6]} {d[6:17]} {d[17]}"])
    if style == "BR":
        return pick([f"{D(5)}-{D(1)}", f"{D(8)}-{D(1)}", f"{D(6)}-{pick('0123456789X')}", f"0{D(4)}.{D(3)}-{D(1)}"])
    if style == "PT":
        d = "00" + D(19)
        return pick([f"{d[:4]} {d[4:8]} {d[8:19]} {d[19:]}", d, DN(11)])
    if style == "RU":
        return pick(["40702", "40817", "40802", "40702"]) + "810" + D(12)
    if style == "RUKS":
        return "30101810" + D(9) + D(3)
    if style == "DE":
        return DN(rng.choice([7, 8, 10]))
    if style == "UK":
        return D(8)
    return pick([DN(10), DN(12), f"{D(4)}-{D(4)}-{D(2)}", DN(14)])


ACCT_MIX = {"en": ["US", "HK", "IN", "CN", "UK", "GEN", "HK"], "zh": ["CN", "CN", "HK"], "es": ["ES", "MX", "MX"],
            "pt": ["BR", "BR", "PT"], "ru": ["RU"], "de": ["DE", "GEN"]}


def gen_acct(lang, arg=None):
    st = arg if arg else pick(ACCT_MIX[lang])
    return [["p", "BANK_ACCOUNT", acct_value(st)]]


def gen_bik(lang, arg=None):
    return [["p", "BANK_ACCOUNT", "04" + D(7)]]


# ---------------------------------------------------------------- national ids

def ssn_value():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return pick(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, g, s)


CN_REGION = ["110101", "110105", "110108", "310101", "310104", "310115", "440103", "440106", "440305", "440306",
             "440307", "440304", "330106", "330108", "330782", "330203", "330212", "320102", "320505", "350203",
             "350206", "370203", "370211", "420102", "510104", "610113", "500103", "120101", "210102", "430104",
             "441900", "440604", "360102", "410105"]


def cnid_body():
    y = rng.randint(1962, 2003)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return pick(CN_REGION) + "%04d%02d%02d" % (y, m, d) + D(3)


def cnid_value():
    b = cnid_body()
    s = b + cnid_check(b)
    r = rng.random()
    if r < 0.12:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if r < 0.16:
        return s[:17] + s[17].lower() if s[17] == "X" else s
    return s


def aadhaar_value():
    d = verhoeff_complete(pick("23456789") + D(10))
    return pick([f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}", d, f"{d[:4]}-{d[4:8]}-{d[8:]}"])


def nino_value():
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = D(6)
    sfx = rng.choice("ABCD")
    return pick([f"{p} {d[:2]} {d[2:4]} {d[4:]} {sfx}", f"{p}{d}{sfx}", f"{p} {d} {sfx}", f"{p}{d}{sfx}".lower() if chance(0.2) else f"{p}{d}{sfx}"])


def gen_nid(kind):
    fn = {"SSN": ssn_value, "CNID": cnid_value, "AADHAAR": aadhaar_value, "NINO": nino_value}[kind]
    return lambda lang, arg=None: [["p", "NATIONAL_ID", fn()]]


# ---------------------------------------------------------------- IP

PUB_FIRST = [5, 31, 37, 45, 46, 77, 78, 79, 80, 81, 82, 83, 84, 85, 87, 88, 89, 91, 92, 93, 94, 95, 103, 104, 109,
             112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 138, 139, 141, 146, 151, 152,
             154, 157, 159, 162, 163, 171, 175, 176, 177, 178, 179, 180, 181, 182, 183, 185, 186, 187, 188, 189,
             190, 191, 193, 194, 195, 196, 197, 200, 201, 202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222, 223]


def ipv4_value():
    if chance(0.12):
        return pick([f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                     f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    return f"{pick(PUB_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6_value():
    pre = pick(["2001:db8", "2400:cb00", "2a02:6b8", "240e:3b7", "2409:8a55", "2a01:4f8", "2607:f8b0", "2804:14c",
                "2a00:1450", "2405:6e00"])
    groups = pre.split(":") + ["%x" % rng.randrange(0x10000) for _ in range(6)]
    z = rng.random()
    if z < 0.6:  # make a zero run so that :: appears
        i = rng.randint(2, 5)
        for k in range(i, min(8, i + rng.randint(2, 4))):
            groups[k] = "0"
    a = ipaddress.IPv6Address(":".join(groups))
    return a.exploded if chance(0.2) else a.compressed


def gen_ip(lang, arg=None):
    v6 = arg == "6" or (arg is None and chance(0.25))
    if v6:
        v = ipv6_value()
        if arg is None and chance(0.2):
            return [["t", "["], ["p", "IP_ADDRESS", v], ["t", "]:" + pick(["443", "8080", "22"])]]
        if arg is None and chance(0.1):
            return [["p", "IP_ADDRESS", v], ["t", "/64"]]
        return [["p", "IP_ADDRESS", v]]
    v = ipv4_value()
    if arg is None and chance(0.25):
        return [["p", "IP_ADDRESS", v], ["t", pick([":8080", ":443", ":3389", ":21", ":8443", "/24", "/32", ":9000"])]]
    return [["p", "IP_ADDRESS", v]]


# ---------------------------------------------------------------- crypto

def rbytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


def btc_value():
    r = rng.random()
    if r < 0.35:
        return b58check_encode(b"\x00" + rbytes(20))
    if r < 0.55:
        return b58check_encode(b"\x05" + rbytes(20))
    if r < 0.9:
        return segwit_address("bc", 0, rbytes(20))
    return segwit_address("bc", 1, rbytes(32))


def eth_value():
    h = rbytes(20).hex()
    return eip55(h) if chance(0.6) else "0x" + h


def trx_value():
    return b58check_encode(b"\x41" + rbytes(20))


def ltc_value():
    return b58check_encode(b"\x30" + rbytes(20))


def gen_wallet(kind):
    def g(lang, arg=None):
        k = kind if kind != "ANY" else pick(["BTC", "ETH", "TRX", "TRX", "LTC"])
        v = {"BTC": btc_value, "ETH": eth_value, "TRX": trx_value, "LTC": ltc_value}[k]()
        return [["p", "CRYPTO_WALLET", v]]
    return g


# ---------------------------------------------------------------- postal addresses

US_STREETS = ["Oak", "Maple", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Sunset", "Ridge",
              "Meadow", "Willow", "Jefferson", "Lincoln", "Madison", "Franklin", "Spring", "Harbor", "Industrial",
              "Commerce", "Airport", "Market", "Cypress", "Valley View", "Riverside", "Peachtree"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Way", "Ct", "Pkwy"]
US_CITIES = [("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Los Angeles", "CA", "900"), ("San Jose", "CA", "951"),
             ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Chicago", "IL", "606"), ("Columbus", "OH", "432"),
             ("Atlanta", "GA", "303"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Phoenix", "AZ", "850"),
             ("Newark", "NJ", "071"), ("Brooklyn", "NY", "112"), ("Charlotte", "NC", "282"), ("Portland", "OR", "972"),
             ("Nashville", "TN", "372"), ("Dallas", "TX", "752"), ("Edison", "NJ", "088"), ("Reno", "NV", "895"),
             ("City of Industry", "CA", "917"), ("Doral", "FL", "331")]


def addr_us():
    num = str(rng.randint(12, 19999))
    st = (pick(["N ", "S ", "E ", "W ", ""]) if chance(0.3) else "") + pick(US_STREETS) + " " + pick(US_SUFFIX)
    unit = pick(["", "", "", ", Apt 4B", ", Suite %d" % rng.randint(100, 990), ", Unit %d" % rng.randint(1, 40),
                 " #%d" % rng.randint(101, 2400), ", Ste %d" % rng.randint(100, 500), " Apt %d" % rng.randint(1, 30)])
    city, state, zp = pick(US_CITIES)
    z = zp + D(2) + (("-" + D(4)) if chance(0.15) else "")
    tail = pick(["", "", "", ", USA", " US", ", United States"])
    line1 = f"{num} {st}{unit}"
    r = rng.random()
    if r < 0.55:
        return f"{line1}, {city}, {state} {z}{tail}"
    if r < 0.8:
        return f"{line1}, {city} {state} {z}"
    return f"{line1}\n{city}, {state} {z}{tail}"


UK_STREETS = ["Kingsley Road", "Victoria Street", "Station Road", "High Street", "Church Lane", "Mill Lane", "Park Avenue",
              "Queens Road", "Albert Street", "Manor Way", "Brook Street", "Canal Side", "Harrow Road", "Bath Road",
              "Oxford Road", "Green Lane"]
UK_TOWNS = [("London", "E1"), ("London", "SE15"), ("London", "NW10"), ("Manchester", "M14"), ("Birmingham", "B5"),
            ("Leeds", "LS10"), ("Bristol", "BS3"), ("Glasgow", "G2"), ("Leicester", "LE1"), ("Luton", "LU1"),
            ("Coventry", "CV1"), ("Bradford", "BD1"), ("Sheffield", "S1"), ("Felixstowe", "IP11"), ("Slough", "SL1")]


def addr_uk():
    town, out = pick(UK_TOWNS)
    pc = f"{out} {rng.randint(1, 9)}{rs(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    st = f"{rng.randint(1, 240)} {pick(UK_STREETS)}"
    pre = pick(["", "", f"Flat {rng.randint(1, 30)}, ", f"Unit {rng.randint(1, 20)}, ",
                f"Unit {rng.randint(1, 20)}, {pick(['Riverside', 'Meridian', 'Kingsway', 'Parkside'])} Industrial Estate, "])
    tail = pick(["", "", ", UK", ", United Kingdom"])
    r = rng.random()
    if r < 0.6:
        return f"{pre}{st}, {town} {pc}{tail}"
    if r < 0.8:
        return f"{pre}{st}, {town}, {pc}{tail}"
    return f"{pre}{st}\n{town}\n{pc}"


DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Gartenweg", "Schulstraße", "Industriestr.", "Am Hafen",
              "Berliner Allee", "Kirchgasse", "Goethestraße", "Schillerstr.", "Mühlenweg", "Rosenweg", "Friedrichstraße",
              "Hafenstraße", "Gewerbepark", "Max-Planck-Str.", "Im Gewerbegebiet"]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Leipzig", "04"), ("Dresden", "01"), ("Hannover", "30"),
             ("Bremen", "28"), ("Nürnberg", "90"), ("Duisburg", "47"), ("Bielefeld", "33"), ("Mannheim", "68")]


def addr_de():
    st = f"{pick(DE_STREETS)} {rng.randint(1, 180)}{pick(['', '', '', 'a', 'b'])}"
    city, p = pick(DE_CITIES)
    plz = p + D(3)
    tail = pick(["", "", "", ", Deutschland", ", Germany", ", DE"])
    r = rng.random()
    if r < 0.65:
        return f"{st}, {plz} {city}{tail}"
    if r < 0.8:
        return f"{st}, D-{plz} {city}"
    return f"{st}\n{plz} {city}{tail}"


def addr_at():
    city, plz = pick([("Wien", "1" + pick(["01", "03", "07", "10", "12", "21"]) + "0"), ("Graz", "8010"), ("Linz", "4020"),
                      ("Salzburg", "5020"), ("Innsbruck", "6020")])
    st = f"{pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Wiener Straße', 'Grazer Straße', 'Industriezeile'])} {rng.randint(1, 120)}"
    if chance(0.4):
        st += f"/{rng.randint(1, 20)}"
    return f"{st}, {plz} {city}" + pick(["", ", Österreich", ", Austria"])


def addr_ch():
    st, plz, city = pick([("Bahnhofstrasse", "8001", "Zürich"), ("Rue du Rhône", "1204", "Genève"), ("Industriestrasse", "6300", "Zug"),
                          ("Freie Strasse", "4001", "Basel"), ("Seestrasse", "8800", "Thalwil")])
    return f"{st} {rng.randint(1, 90)}, {plz} {city}" + pick(["", ", Schweiz", ", Switzerland"])


CN_PLACES = [("Shenzhen", ["Nanshan", "Bao'an", "Longgang", "Futian", "Longhua"], "Guangdong", "518"),
             ("Guangzhou", ["Baiyun", "Tianhe", "Panyu", "Haizhu"], "Guangdong", "510"),
             ("Yiwu", [""], "Zhejiang", "322"), ("Ningbo", ["Yinzhou", "Beilun"], "Zhejiang", "315"),
             ("Shanghai", ["Pudong New", "Minhang", "Songjiang", "Jiading"], "", "201"),
             ("Xiamen", ["Huli", "Siming", "Jimei"], "Fujian", "361"), ("Dongguan", [""], "Guangdong", "523"),
             ("Suzhou", ["Wuzhong", "Xiangcheng"], "Jiangsu", "215"), ("Qingdao", ["Huangdao", "Chengyang"], "Shandong", "266"),
             ("Hangzhou", ["Xiaoshan", "Yuhang"], "Zhejiang", "311"), ("Foshan", ["Shunde", "Nanhai"], "Guangdong", "528"),
             ("Beijing", ["Chaoyang", "Haidian"], "", "100")]
CN_ROADS = ["Keyuan", "Jianguo", "Huaqiang North", "Zhongshan", "Renmin", "Xinhua", "Jiefang", "Binhai", "Gongye",
            "Xingye", "Hongqiao", "Chouzhou North", "Baoyuan", "Chuangye", "Huancheng West", "Jinhai"]


def addr_cn_en():
    city, dists, prov, pc = pick(CN_PLACES)
    dist = pick(dists)
    parts = []
    if chance(0.6):
        parts.append(f"Room {rng.randint(1, 28)}{rng.randint(1, 12):02d}")
    if chance(0.45):
        parts.append(pick([f"Building {rng.choice('ABCDEF')}", f"Building {rng.randint(1, 12)}", f"Block {rng.randint(1, 9)}",
                           f"{rng.randint(2, 9)}F"]))
    parts.append(f"No. {rng.randint(1, 999)} {pick(CN_ROADS)} {pick(['Road', 'Rd', 'Street', 'Avenue', 'Rd.'])}")
    if dist:
        parts.append(f"{dist} District" if chance(0.8) else f"{dist} Dist.")
    parts.append(city)
    zp = pc + D(3)
    if prov:
        parts.append(f"{prov} {zp}" if chance(0.6) else prov)
    elif chance(0.6):
        parts[-1] = f"{city} {zp}"
    s = ", ".join(parts)
    if chance(0.5):
        s += pick([", China", ", P.R. China", ", PRC", " China"])
    if chance(0.12):
        s = s.replace(", " + city, ",\n" + city, 1)
    return s


CN_ZH = [("广东省", "深圳市", ["南山区", "宝安区", "龙岗区", "福田区", "龙华区"]), ("广东省", "广州市", ["白云区", "天河区", "番禺区"]),
         ("浙江省", "金华市义乌市", ["稠城街道", "北苑街道", "福田街道"]), ("浙江省", "宁波市", ["鄞州区", "北仑区"]),
         ("", "上海市", ["浦东新区", "闵行区", "松江区"]), ("福建省", "厦门市", ["湖里区", "思明区"]),
         ("江苏省", "苏州市", ["吴中区", "工业园区"]), ("山东省", "青岛市", ["黄岛区", "城阳区"]), ("", "北京市", ["朝阳区", "海淀区"]),
         ("广东省", "东莞市", ["长安镇", "虎门镇"]), ("广东省", "佛山市", ["顺德区", "南海区"])]
ZH_ROADS = ["科苑路", "宝源路", "工人北路", "建设路", "人民路", "解放路", "中山路", "新华路", "工业大道", "创业路", "兴业路",
            "环城西路", "滨海大道", "华强北路", "金海路"]


def addr_cn_zh():
    prov, city, dists = pick(CN_ZH)
    s = (prov if chance(0.7) else "") + city + pick(dists)
    if chance(0.3):
        s += pick(["西乡街道", "科技园", "高新区", "联发工业园", "新桥社区"])
    s += pick(ZH_ROADS) + f"{rng.randint(1, 1500)}号"
    if chance(0.5):
        s += pick([f"{rng.randint(1, 12)}栋", f"{rng.choice('ABCD')}座", f"{rng.randint(1, 9)}号楼"])
    if chance(0.6):
        s += pick([f"{rng.randint(1, 28)}{rng.randint(1, 12):02d}室", f"{rng.randint(1, 9)}楼", f"{rng.randint(1, 28)}{rng.randint(1, 12):02d}"])
    if chance(0.1):
        s = fullwidth(s, also_punct=False)
    return s


ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Avda. de América", "Calle Gran Vía", "Paseo de la Castellana",
              "Calle Sierpes", "Av. Diagonal", "Calle Colón", "Calle San Vicente", "Ronda de Valencia", "C/ Mayor",
              "C/ Industria", "Polígono Industrial Las Atalayas, Calle del Cobre"]
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Zaragoza", "50"),
             ("Málaga", "29"), ("Bilbao", "48"), ("Alicante", "03"), ("Murcia", "30")]


def addr_es():
    city, p = pick(ES_CITIES)
    st = f"{pick(ES_STREETS)} {rng.randint(1, 250)}"
    piso = pick(["", "", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 6)}º izq.", ", bajo", f", nave {rng.randint(1, 30)}"])
    tail = pick(["", "", "", ", España", ", Spain"])
    r = rng.random()
    if r < 0.75:
        return f"{st}{piso}, {p}{D(3)} {city}{tail}"
    return f"{st}{piso}\n{p}{D(3)} {city}"


def addr_mx():
    st = f"{pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Reforma', 'Calle Juárez', 'Av. Vallarta', 'Calle Morelos', 'Av. Revolución'])} {rng.randint(10, 3000)}"
    if chance(0.4):
        st += f" Int. {rng.randint(1, 40)}"
    col = pick(["Centro", "Del Valle", "Roma Norte", "Polanco", "Americana", "Obrera", "Industrial Vallejo"])
    city, state = pick([("Ciudad de México", "CDMX"), ("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Tijuana", "B.C.")])
    cp = DN(5)
    return pick([f"{st}, Col. {col}, C.P. {cp}, {city}, {state}", f"{st}, Col. {col}, {cp} {city}, {state}",
                 f"{st}, Colonia {col}, CP {cp}, {city}"])


BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua da Consolação", "Rua XV de Novembro", "Av. Brasil", "Rua das Flores",
              "Rua Sete de Setembro", "Av. Getúlio Vargas", "Rua Oscar Freire", "Rua 25 de Março", "Rua Voluntários da Pátria",
              "Av. Sete de Setembro"]
BR_CITIES = [("São Paulo", "SP", ["01", "02", "03", "04", "05"]), ("Rio de Janeiro", "RJ", ["20", "21", "22"]),
             ("Belo Horizonte", "MG", ["30"]), ("Curitiba", "PR", ["80"]), ("Porto Alegre", "RS", ["90"]), ("Recife", "PE", ["50"]),
             ("Fortaleza", "CE", ["60"]), ("Salvador", "BA", ["40"]), ("Campinas", "SP", ["13"]), ("Joinville", "SC", ["89"])]
BR_BAIRROS = ["Centro", "Consolação", "Bela Vista", "Jardins", "Copacabana", "Savassi", "Boa Viagem", "Moema", "Pinheiros", "Batel"]


def addr_br():
    city, uf, pfx = pick(BR_CITIES)
    cep = pick(pfx) + D(3) + "-" + D(3)
    st = f"{pick(BR_STREETS)}, {rng.randint(10, 3500)}"
    comp = pick(["", "", f", apto {rng.randint(11, 204)}", f", sala {rng.randint(101, 1810)}", f", bloco {rng.choice('ABC')}",
                 f" - apto {rng.randint(11, 204)}", f", galpão {rng.randint(1, 9)}"])
    b = pick(BR_BAIRROS)
    r = rng.random()
    if r < 0.4:
        return f"{st}{comp} - {b}, {city} - {uf}, {cep}"
    if r < 0.65:
        return f"{st}{comp} - {b}, {city}/{uf}, CEP {cep}"
    if r < 0.85:
        return f"{st}{comp}, {b}, {city} {uf} {cep}"
    return f"{st}{comp}\n{b}\n{city} - {uf}\nCEP {cep}"


def addr_pt():
    st = f"{pick(['Rua de Santa Catarina', 'Av. da Liberdade', 'Rua Augusta', 'Rua do Almada', 'Av. da Boavista', 'Rua de Cedofeita', 'Rua Direita', 'Zona Industrial da Maia, Rua'])} {rng.randint(1, 400)}"
    comp = pick(["", "", f", {rng.randint(1, 8)}º Esq.", f", {rng.randint(1, 8)}º Dto", ", r/c"])
    city, p = pick([("Lisboa", "1" + D(3)), ("Porto", "4" + pick("0123") + D(2)), ("Braga", "47" + D(2)), ("Coimbra", "30" + D(2)),
                    ("Aveiro", "38" + D(2)), ("Faro", "80" + D(2)), ("Maia", "44" + D(2))])
    return f"{st}{comp}, {p}-{D(3)} {city}" + pick(["", "", ", Portugal"])


RU_STREETS = ["ул. Ленина", "ул. Тверская", "ул. Гагарина", "пр-т Мира", "ул. Пушкина", "ул. Советская", "ул. Садовая",
              "ул. Профсоюзная", "ул. Лесная", "ул. Кирова", "Невский пр.", "ш. Энтузиастов", "ул. Промышленная", "Ленинградский пр-т"]
RU_CITIES = [("Москва", "1"), ("Санкт-Петербург", "19"),
             ("Новосибирск", "630"), ("Екатеринбург", "620"), ("Казань", "420"), ("Краснодар", "350"),
             ("Владивосток", "690"), ("Нижний Новгород", "603"), ("Ростов-на-Дону", "344")]


def addr_ru():
    city, p = pick(RU_CITIES)
    idx = p + D(6 - len(p)) if p != "1" else "1%02d%03d" % (rng.randint(1, 29), rng.randint(0, 999))
    st = pick(RU_STREETS)
    house = f"д. {rng.randint(1, 150)}" + pick(["", "", f", корп. {rng.randint(1, 5)}", f", стр. {rng.randint(1, 9)}"])
    unit = pick(["", f", кв. {rng.randint(1, 300)}", f", офис {rng.randint(1, 900)}", f", оф. {rng.randint(1, 99)}"])
    r = rng.random()
    if r < 0.35:
        return f"{idx}, г. {city}, {st}, {house}{unit}"
    if r < 0.6:
        return f"г. {city}, {st}, {house}{unit}, {idx}"
    if r < 0.8:
        return f"Россия, {idx}, {city}, {st}, {house}{unit}"
    return f"{city}, {st} {rng.randint(1, 150)}{unit}"


def addr_in():
    return pick([f"Plot No. {rng.randint(1, 300)}, Sector {rng.randint(1, 90)}, {pick(['Gurugram, Haryana 1220', 'Noida, Uttar Pradesh 2013'])}{D(2)}",
                 f"{rng.randint(1, 99)}/{rng.randint(1, 9)}, {pick(['MG Road', 'Residency Road', 'Link Road', 'Nehru Nagar'])}, {pick(['Bengaluru 5600', 'Mumbai 4000', 'Chennai 6000', 'Pune 4110'])}{D(2)}"])


ADDR_FN = {"US": addr_us, "UK": addr_uk, "DE": addr_de, "AT": addr_at, "CH": addr_ch, "CN": addr_cn_en, "ZH": addr_cn_zh,
           "ES": addr_es, "MX": addr_mx, "BR": addr_br, "PT": addr_pt, "RU": addr_ru, "IN": addr_in}
ADDR_MIX = {"en": [("US", 30), ("UK", 18), ("CN", 28), ("DE", 6), ("IN", 8), ("ES", 2), ("BR", 2)],
            "zh": [("ZH", 82), ("CN", 18)], "es": [("ES", 55), ("MX", 45)], "pt": [("BR", 65), ("PT", 35)],
            "ru": [("RU", 100)], "de": [("DE", 70), ("AT", 15), ("CH", 15)]}


def gen_addr(lang, arg=None):
    c = arg if arg in ADDR_FN else wpick(ADDR_MIX[lang])
    return [["p", "POSTAL_ADDRESS", ADDR_FN[c]()]]


# ---------------------------------------------------------------- look-alikes (hard negatives)

def fmt_num(x, dec, style):
    s = f"{x:,.{dec}f}"
    if style == "eu":
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    elif style == "ru":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "plain":
        s = s.replace(",", "")
    return s


def amount(lang):
    r = rng.random()
    if r < 0.45:
        x, dec = rng.randint(5, 5000) / 100, 2
        if chance(0.3):
            dec = 1
    elif r < 0.8:
        x, dec = rng.randint(50, 9999), pick([0, 0, 2])
    else:
        x, dec = rng.randint(5000, 480000) + (rng.randint(0, 99) / 100 if chance(0.4) else 0), pick([0, 2])
    style = {"en": pick(["en", "en", "plain"]), "zh": pick(["en", "plain", "plain"]), "es": pick(["eu", "eu", "plain"]),
             "pt": "eu", "ru": pick(["ru", "plain"]), "de": pick(["eu", "eu", "plain"])}[lang]
    return fmt_num(x, dec, style)


def neg_price(lang, arg=None):
    a = amount(lang)
    pats = {
        "en": ["USD {a}", "US${a}", "${a}/pc", "FOB ${a}/pc", "${a} per unit", "{a} usd", "€{a}", "EUR {a}", "{a} USD/ton",
               "USD {a}", "${a}/set", "£{a}", "{a}$", "$ {a}", "usd{a}", "USD{a}/pcs", "${a}"],
        "zh": ["{a}元", "¥{a}", "￥{a}/个", "RMB {a}", "USD {a}", "{a}美金", "人民币{a}元", "{a}块", "${a}", "{a}元/件"],
        "es": ["{a} €", "{a}€/ud", "USD {a}", "US$ {a}", "${a} MXN", "{a} dólares", "ARS {a}", "{a} EUR", "${a} USD c/u"],
        "pt": ["R$ {a}", "R$ {a}/un", "US$ {a}", "{a} €", "USD {a}", "{a} reais", "R${a}", "€ {a}"],
        "ru": ["{a} руб.", "{a} ₽", "{a}р", "${a}", "{a} $", "USD {a}", "{a} юаней", "¥{a}", "{a} руб/шт", "{a} у.е."],
        "de": ["{a} €", "€ {a}", "EUR {a}", "{a} EUR/Stk.", "USD {a}", "{a}$", "{a} € netto", "{a}€"],
    }[lang]
    p = pick(pats)
    if re.search(r"/|per unit|c/u|cada", p):
        a = fmt_num(rng.randint(5, 9000) / 100, 2, "eu" if lang in ("es", "pt", "de", "ru") else "en")
    s = p.format(a=a)
    if lang == "zh" and chance(0.2):
        s = fullwidth(s, also_punct=False)
    return s


def qty_n():
    return pick([50, 100, 200, 300, 500, 800, 1000, 1200, 1500, 2000, 3000, 5000, 8000, 10000, 20000, 50000,
                 rng.randint(2, 99) * 100, rng.randint(11, 999)])


def neg_qty(lang, arg=None):
    n = qty_n()
    ns = pick([str(n), f"{n:,}" if lang in ("en", "zh") else str(n), f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)])
    c = rng.randint(1, 6)
    pats = {
        "en": ["{n} pcs", "{n}pcs", "MOQ {n}", "{n} units", "{n} sets", "{c}x40HQ", "1x20GP", "{n} cartons", "{n} ctns",
               "{c} pallets", "{c} tons", "{n} rolls", "{n} meters", "{n} PCS", "{c}x40'HC", "{n} pairs"],
        "zh": ["{n}件", "{n}个", "{n}套", "{n}箱", "{c}个40尺柜", "{n}pcs", "{n}只", "{c}托", "{n}米", "{c}吨"],
        "es": ["{n} unidades", "{n} uds", "{n} piezas", "{n} cajas", "{c} pallets", "{c} contenedores de 40'", "{n} pzas"],
        "pt": ["{n} peças", "{n} unidades", "{n} caixas", "{n} pçs", "{c} paletes", "{c} containers 40HC", "{n} un"],
        "ru": ["{n} шт", "{n} шт.", "{n} коробок", "{c} паллеты", "{c} тонн", "{n}шт", "{c} контейнера"],
        "de": ["{n} Stück", "{n} Stk.", "{n} Kartons", "{c} Paletten", "{n} Stk", "{c}x 40HC", "{n} Einheiten"],
    }[lang]
    s = pick(pats).format(n=ns, c=c)
    if lang == "zh" and chance(0.2):
        s = fullwidth(s, also_punct=False)
    return s


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = {"es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}


def neg_date(lang, arg=None):
    y, m, d = pick([2024, 2025, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        s = pick([f"{MONTHS_EN[m - 1]} {d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS_EN[m - 1]} {d}th",
                  f"{d} {MONTHS_EN[m - 1]}", f"{m}/{d}", f"{d}.{m}.{y}", f"{d}-{MONTHS_EN[m - 1]}-{str(y)[2:]}"])
    elif lang == "zh":
        s = pick([f"{m}月{d}日", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}.{d}", f"{m}月{d}号", f"{y}/{m}/{d}"])
        if chance(0.2):
            s = fullwidth(s, also_punct=False)
    elif lang in ("es", "pt"):
        s = pick([f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS[lang][m - 1]}", f"{d}/{m}", f"{d:02d}/{m:02d}", f"{y}-{m:02d}-{d:02d}"])
    elif lang == "ru":
        s = pick([f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['ru'][m - 1]}", f"{d:02d}.{m:02d}", f"{d}.{m:02d}.{str(y)[2:]}"])
    else:
        s = pick([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]}", f"{d}.{m}.", f"KW {rng.randint(1, 52)}", f"{d:02d}.{m:02d}."])
    return s


def neg_time(lang, arg=None):
    h, mi = rng.randint(7, 21), pick([0, 0, 15, 30, 45])
    s = pick([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"])
    extra = {"en": [f"{h % 12 or 12}{pick(['am', 'pm', 'AM', 'PM', ' pm'])}", f"{h}:{mi:02d} {pick(['CET', 'GMT+8', 'EST', 'beijing time'])}"],
             "zh": [f"下午{rng.randint(1, 5)}点", f"上午{rng.randint(8, 11)}点半", f"{h}点"],
             "es": [f"{h}:{mi:02d} hs", f"{h}h"], "pt": [f"{h}h", f"{h}h{mi:02d}"],
             "ru": [f"{h}:{mi:02d} МСК", f"{h}:{mi:02d} по Москве"], "de": [f"{h} Uhr", f"{h}:{mi:02d} Uhr"]}[lang]
    return pick([s, s] + extra)


def neg_ts(lang, arg=None):
    t = rng.randint(1704067200, 1767225600)
    r = rng.random()
    if r < 0.35:
        return str(t)
    if r < 0.6:
        return str(t * 1000 + rng.randint(0, 999))
    y, m, d = pick([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return pick([f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
                 f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                 f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+08:00"])


def yymmdd():
    return "%02d%02d%02d" % (pick([24, 25]), rng.randint(1, 12), rng.randint(1, 28))


def neg_order(lang, arg=None):
    return pick([f"PO-{pick(['24', '25'])}{D(4)}", f"PO#{D(6)}", f"#{DN(5)}", f"SO{yymmdd()}-{D(3)}", f"ORD{DN(8)}",
                 DN(rng.randint(16, 19)), f"AE-{DN(9)}", f"{yymmdd()}{D(6)}", f"No.{DN(7)}", f"{pick(['24', '25'])}-{D(5)}",
                 f"{DN(4)}-{D(4)}-{D(4)}-{D(4)}", DN(rng.choice([10, 12, 15]))])


def neg_invoice(lang, arg=None):
    return pick([f"INV-{pick(['2024', '2025'])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{D(2)}", f"PI{pick(['24', '25'])}{D(4)}",
                 f"CI-{DN(4)}", f"{pick(['24', '25'])}SZ{D(4)}", f"INV/{pick(['24', '25'])}/{D(4)}", f"RE-{pick(['2024', '2025'])}-{D(4)}",
                 f"FA{D(6)}", f"PI-{yymmdd()}", f"{pick(['HD', 'YW', 'GZ'])}{yymmdd()}{D(2)}"])


def neg_sku(lang, arg=None):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick([f"{rs(2, L)}-{rng.randint(100, 9999)}{pick(['', 'B', 'S', 'Pro', 'X'])}", f"{rs(3, L)}{rng.randint(10, 999)}",
                 f"SKU{D(4)}-{pick(['BLK', 'WHT', 'RED', 'GRY'])}-{pick(['S', 'M', 'L', 'XL'])}", f"M{pick([4, 5, 6, 8, 10, 12])}x{pick([10, 16, 20, 25, 30, 40])}",
                 pick(["HX711", "LM2596S", "A2337", "RTX4090", "ESP32-WROOM-32", "XT60", "NE555", "SG90", "DS18B20", "18650"]),
                 f"{rs(2, L)}{D(3)}-{rs(2, L)}", f"{rng.randint(1, 9)}{rs(2, L)}{D(4)}"])


HS = ["8517.12.00", "8517.62", "8471.30", "8471300000", "6109.10.00", "9403.60", "8504.40", "3926.90", "8516.79",
      "6204.62", "8543.70", "9405.40", "8708.29", "4202.92", "7323.93", "8414.51", "6403.99", "3924.10"]


def neg_hs(lang, arg=None):
    h = pick(HS)
    r = rng.random()
    if r < 0.3:
        return h.replace(".", "")
    if r < 0.45:
        d = h.replace(".", "")
        return (d + "0000000000")[:10]
    return h


def neg_container(lang, arg=None):
    o = pick(["MSCU", "MAEU", "CMAU", "COSU", "HLXU", "OOLU", "TGHU", "EGHU", "TCLU", "MRKU", "CSNU", "SEGU", "TEMU"])
    return iso6346_complete(o + D(6))


def neg_tracking(lang, arg=None):
    k = arg or pick(["ups", "fedex", "dhl", "upu", "sf", "yt", "ups", "upu", "cainiao"])
    if k == "ups":
        s = "1Z" + rs(6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") + pick(["01", "02", "03", "12"]) + D(8)
        return s if chance(0.8) else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:10]} {s[10:14]} {s[14:]}"
    if k == "fedex":
        return pick(["7", "2", "3", "5", "6"]) + D(11)
    if k == "dhl":
        return DN(10)
    if k == "upu":
        d = D(8)
        return pick(["EE", "RR", "LX", "CP", "RB", "UA", "LP", "RU"]) + d + s10_check(d) + pick(["CN", "CN", "RU", "BR", "DE", "ES", "PT", "US"])
    if k == "sf":
        return "SF" + DN(13)
    if k == "yt":
        return "YT" + D(16)
    return "LP00" + D(12)


def neg_dim(lang, arg=None):
    a, b, c = rng.randint(10, 120), rng.randint(10, 80), rng.randint(5, 60)
    return pick([f"{a}x{b}x{c} cm", f"{a}*{b}*{c}cm", f"{a} x {b} x {c} cm", f"{a}x{b}cm", f"L{a} W{b} H{c}", f"{a * 10}x{b * 10}x{c * 10}mm",
                 f"{a}×{b}×{c} см" if lang == "ru" else f"{a}x{b}x{c}cm"])


def neg_weight(lang, arg=None):
    x = pick([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}", f"{rng.randint(1, 99)},{rng.randint(0, 9)}"])
    u = {"en": ["kg", " kg", "KG", " lbs", "t"], "zh": ["kg", "公斤", "KG", "吨"], "es": [" kg", "kg", " t"], "pt": [" kg", "kg", " t"],
         "ru": [" кг", "кг", " т", " kg"], "de": [" kg", "kg", " t"]}[lang]
    s = x + pick(u)
    return pick([s, s, "GW " + s, "N.W. " + s, "G.W. " + s]) if lang == "en" else s


def neg_version(lang, arg=None):
    a, b, c, d = rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 30), rng.randint(1, 250)
    return pick([f"v{a}.{b}.{c}", f"V{a}.{b}", f"{a}.{b}.{c}.{d}", f"ver. {a}.{b}.{c}", f"{a}.{b}.{c}.{d}", f"V{a}.{b}.{c}.{d}", f"{a}.{b}.{c}"])


def neg_bl(lang, arg=None):
    return pick([f"COSU{DN(10)}", f"MEDU{rs(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{D(6)}", f"HLCU{rs(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{D(9)}",
                 f"ONEY{rs(4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{D(8)}", f"EGLV{D(12)}", f"OOLU{D(10)}", f"ZIMU{rs(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{D(7)}"])


def neg_ean(lang, arg=None):
    pfx = pick(["69", "690", "692", "693", "400", "401", "789", "460", "84", "560", "750", "779"])
    return ean13_complete(pfx + D(12 - len(pfx)))


def neg_terms(lang, arg=None):
    return pick({"en": ["30% T/T deposit", "70% balance before shipment", "L/C at sight", "T/T 30/70", "Net 30", "50% advance",
                        "100% TT in advance", "D/P at sight", "30% deposit, 70% against B/L copy"],
                 "zh": ["30%定金", "T/T 30%预付", "见提单复印件付尾款", "100%预付", "L/C即期"],
                 "es": ["30% de anticipo", "pago 50/50", "T/T 30% adelanto", "carta de crédito a la vista"],
                 "pt": ["30% de entrada", "pagamento 30/70", "100% antecipado", "T/T 30% sinal"],
                 "ru": ["предоплата 30%", "100% предоплата", "30/70", "аккредитив"],
                 "de": ["30% Anzahlung", "Zahlungsziel 30 Tage", "Vorkasse", "30% Anzahlung, Rest vor Versand"]}[lang])


def neg_place(lang, arg=None):
    return pick(["FOB Ningbo", "FOB Shenzhen", "CIF Santos", "EXW Yiwu", "CIF Hamburg", "DAP Moscow", "FOB Shanghai", "CFR Valencia",
                 "CIF Lisbon", "DDP Los Angeles", "CIF Veracruz", "FCA Guangzhou", "EXW Foshan", "FOB Xiamen", "CIF Felixstowe",
                 "DAP Almaty", "CIF Manzanillo", "FOB Qingdao", "CIF Rotterdam", "DDP Dubai"])


def neg_spec(lang, arg=None):
    return pick(["220V/50Hz", "110V/60Hz", "IP65", "IP68", "5000mAh", "12V 2A", "304 stainless", "M12", "4K@60Hz", "3.7V 2000mAh",
                 "Cat6", "AC100-240V", "USB-C PD 65W", "1.5mm", "24V DC", "IP67", "6000K", "2.4GHz", "Wi-Fi 6", "RGB 5050",
                 "0.5mm 316L", "PN16", "DN50", "Class 10", "Bluetooth 5.3"])


def neg_file(lang, arg=None):
    local = {"zh": ["报价单.xlsx", "产品目录2025.pdf"], "de": [f"Angebot_{D(4)}.pdf", "Preisliste.xlsx"],
             "es": [f"cotizacion_{D(3)}.pdf", "lista_precios.xlsx"], "pt": ["orçamento.pdf", f"pedido_{D(4)}.xlsx"],
             "ru": [f"счет_{D(3)}.pdf", "КП_2025.docx"], "en": ["packing list.xls", "price list 2025.xlsx"]}[lang]
    return pick(local + ["quotation.xlsx", f"PI_{D(4)}.pdf", f"IMG_{pick(['2024', '2025'])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{D(6)}.jpg",
                         "catalog2025.pdf", "drawing_v3.dwg", "spec-sheet.pdf", "CE_certificate.pdf", f"VID_{D(8)}.mp4",
                         "logo.ai", "test_report.docx"])


def neg_mention(lang, arg=None):
    if arg:
        return arg
    return pick({"en": ["@Anna", "@mark", "@sales_team", "@Tony", "@all", "@Kevin_L"], "zh": ["@所有人", "@小王", "@Lily"],
                 "es": ["@Carlos", "@todos", "@Lucia"], "pt": ["@Mariana", "@todos", "@Rafa"], "ru": ["@Сергей", "@все", "@Olga"],
                 "de": ["@Thomas", "@alle", "@Lager"]}[lang])


def neg_caps(lang, arg=None):
    return arg or pick(["CUSTOMER", "DELIVERY", "SHIPMENT", "SHIPPING", "PRINTING", "SAMPLING", "DISCOUNT", "CONTRACT"])


def neg_txhash(lang, arg=None):
    return pick(["0x", "0x", ""]) + rs(64, "0123456789abcdef")


def neg_md5(lang, arg=None):
    return rs(32, "0123456789abcdef")


def neg_luhnfail(lang, arg=None):
    d = card_digits(pick(["visa", "mc", "discover", "unionpay"]))[:16]
    d = d[:15] + str((int(d[15]) + rng.randint(1, 9)) % 10)
    return pick([" ".join(d[i:i + 4] for i in range(0, 16, 4)), d, "-".join(d[i:i + 4] for i in range(0, 16, 4))])


def neg_ibanfail(lang, arg=None):
    s = iban_compact(pick(["DE", "GB", "ES", "PT", "NL", "FR"]))
    c = int(s[2:4])
    bad = (c + rng.randint(1, 40)) % 97
    bad = max(bad, 2)
    s = s[:2] + "%02d" % bad + s[4:]
    return iban_display(s).upper()


def neg_cnidfail(lang, arg=None):
    b = cnid_body()
    good = cnid_check(b)
    return b + pick([c for c in "0123456789X" if c != good and c != "X"])


def neg_vfail(lang, arg=None):
    return pick("23456789") + D(11)


def neg_b58fail(lang, arg=None):
    v = pick([btc_value, trx_value])()
    if v.startswith("bc1"):
        v = trx_value()
    i = rng.randrange(5, len(v) - 1)
    c = pick([x for x in B58 if x != v[i]])
    return v[:i] + c + v[i + 1:]


def neg_cvv(lang, arg=None):
    return D(3)


def neg_exp(lang, arg=None):
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"


def neg_code(lang, arg=None):
    return rs(4, "abcdefghijkmnpqrstuvwxyz23456789")


NEG_GEN = {
    "price": ("PRICE", neg_price), "qty": ("QUANTITY", neg_qty), "date": ("DATE", neg_date), "time": ("TIME", neg_time),
    "ts": ("TIMESTAMP", neg_ts), "order": ("ORDER_NO", neg_order), "invoice": ("INVOICE_NO", neg_invoice),
    "sku": ("MODEL_NO", neg_sku), "hs": ("HS_CODE", neg_hs), "container": ("CONTAINER_NO", neg_container),
    "tracking": ("TRACKING_NO", neg_tracking), "dim": ("DIMENSIONS", neg_dim), "weight": ("WEIGHT", neg_weight),
    "version": ("VERSION", neg_version), "bl": ("BILL_OF_LADING", neg_bl), "ean": ("EAN13", neg_ean),
    "terms": ("PAYMENT_TERMS", neg_terms), "place": ("PLACE", neg_place), "spec": ("SPEC", neg_spec),
    "file": ("FILENAME", neg_file), "mention": ("MENTION", neg_mention), "caps": ("CAPS_WORD", neg_caps),
    "txhash": ("TX_HASH", neg_txhash), "md5": ("MD5", neg_md5), "luhnfail": ("LUHN_FAIL", neg_luhnfail),
    "ibanfail": ("IBAN_BAD_CHECK", neg_ibanfail), "cnidfail": ("CN_ID_FAIL", neg_cnidfail),
    "vfail": ("TRACKING_NO", neg_vfail), "b58fail": ("B58_BAD_CHECK", neg_b58fail), "cvv": ("CVV", neg_cvv),
    "exp": ("DATE", neg_exp), "code": ("SHARE_CODE", neg_code),
}


def make_neg(name):
    kind, fn = NEG_GEN[name]

    def g(lang, arg=None):
        for _ in range(200):
            v = fn(lang, arg)
            if not collides(v, kind):
                return [["n", kind, v]]
        raise RuntimeError("no safe look-alike for " + name)
    return g


# ---------------------------------------------------------------- slot registry

def pii(t, fn):
    return lambda lang, arg=None: [["p", t, fn(lang)]]


SLOTS = {
    "PHONE": lambda lang, arg=None: [["p", "PHONE", gen_phone(lang, arg)]],
    "PHONEP": lambda lang, arg=None: [["p", "PHONE", gen_phone(lang, arg, disguise=False)]],
    "EMAIL": gen_email, "URL": gen_url,
    "CARD": gen_card, "IBAN": gen_iban, "ACCT": gen_acct, "BIC": gen_bic, "ABA": gen_aba, "BIK": gen_bik,
    "SSN": gen_nid("SSN"), "CNID": gen_nid("CNID"), "AADHAAR": gen_nid("AADHAAR"), "NINO": gen_nid("NINO"),
    "IP": gen_ip, "IP4": lambda lang, arg=None: [["p", "IP_ADDRESS", ipv4_value()]],
    "IP6": lambda lang, arg=None: [["p", "IP_ADDRESS", ipv6_value()]],
    "BTC": gen_wallet("BTC"), "ETH": gen_wallet("ETH"), "TRX": gen_wallet("TRX"), "WALLET": gen_wallet("ANY"),
    "ADDR": gen_addr,
}
for _k, _fn in HANDLE_FN.items():
    SLOTS[_k] = pii("MESSENGER_HANDLE", _fn)
for _k in NEG_GEN:
    SLOTS[_k] = make_neg(_k)


# ---------------------------------------------------------------- message frames
# {NAME} / {NAME:arg}: a PII slot (upper case) or a look-alike slot (lower case).
# [a|b|c]: pick one alternative (may be empty).

EN = {
    "OPEN": ["hi", "Hi", "hello", "Hello dear", "hi dear", "Dear friend,", "hey", "hey there", "ok", "OK", "ok noted", "noted",
             "yes", "yes sir", "sure", "Good morning", "good morning sir", "Good afternoon", "gm", "hello my friend", "Hi Mark",
             "hi Jenny", "Hi Mr. Wang", "Dear Sir/Madam,", "sorry for late reply", "sorry i was in a meeting", "as discussed",
             "following up", "hi again", "Thx for ur msg", "thanks for the quick reply", "hi, this is Lily from sales", "helo",
             "hii", "Hello, how are you?", "yes pls", "no problem", "got it", "understood", "Hi Ahmed", "dear",
             "hello, nice to meet u", "ok ok", "hmm"],
    "CLOSE": ["thx", "thanks", "thanks!", "thx a lot", "tks", "ty", "pls check", "pls confirm", "waiting for ur reply", "let me know",
              "lmk", "asap pls", "br", "Best regards", "rgds, Kevin", "cheers", "have a nice day", "thank u", "🙏", "👍", "😊", "ok?",
              "ok??", "right?", "pls reply soon", "talk later", "BR Anna", "regards\nTom", "many thanks", "thank you sir",
              "waiting", "any news?", "pls", "tia"],
    "REPLY": ["sent, pls check", "ok sent", "done ✅", "added u", "called but no answer", "ok noted", "will do", "mail sent 2 times, pls check spam",
              "got it thx", "ok i add u now", "request sent", "cant find u there", "it says user not found??", "ok shipping today",
              "noted, will update the PI", "paid, pls check", "ok let me try"],
    "PHONE": [
        "[pls |plz |]call me [on|at] {PHONE}[ anytime| after {time}| tmr morning|]",
        "my [whatsapp|whats app|WhatsApp|WA|watsapp|whatsap] [is |no. |: |# |]{PHONE}",
        "[tel|Tel|TEL|tel no|ph#|ph|phone|mob|Mobile|cell][:|: | |. |#]{PHONE}",
        "u can reach me on [viber|whatsapp|signal|WhatsApp or viber] {PHONE}",
        "add my whatsapp {PHONE} for faster communication, this chat is slow",
        "send the pics to my whatsapp {PHONE} pls",
        "my number changed!! new one {PHONE}",
        "{PHONE} is my boss number, he decides the final price",
        "call our factory {PHONE} and ask for Mr Zhang",
        "text me {PHONE} i dont check this app often",
        "whatsapp & wechat same number {PHONE}",
        "pls contact our forwarder at {PHONE}, they handle customs",
        "my cell {PHONE}, call before {time} pls",
        "if urgent ring me {PHONE}",
        "i tried to call {PHONE} but nobody answer?",
        "our office line is {PHONE} (mon-fri)",
        "sms me at {PHONE} when the container leaves",
        "u can also call my assistant Sunny {PHONE}",
        "pls save my number {PHONE} its also on whatsapp",
        "wats app me {PHONE}",
        "ph: {PHONE} (office)",
        "WHATSAPP {PHONE} !!!",
        "my wechat is my phone no. {PHONE}",
        "the driver's number is {PHONE}, he will call u before delivery",
        "pls give this no to ur QC guy: {PHONE}",
    ],
    "EMAIL": [
        "send the PI to {EMAIL} pls",
        "my email: {EMAIL}",
        "e-mail addr {EMAIL}",
        "pls mail the catalog to {EMAIL}, the platform cant send big files",
        "email me at {EMAIL} for the full price list",
        "pls cc {EMAIL} too, she is our buyer",
        "our purchasing dept: {EMAIL}",
        "{EMAIL} <-- send invoice here",
        "write to {EMAIL} with ur company info and we send quote",
        "drop me a mail {EMAIL}",
        "forward the drawing {file} to {EMAIL}",
        "i cant open {file}, can u resend to {EMAIL}?",
        "email is {EMAIL} (the other one doesnt work)",
        "[mail|Email|E-mail|email add|e mail|eml][:| ] {EMAIL}",
        "send me the video by email {EMAIL} pls",
        "my colleague's email {EMAIL}, she handles shipping",
        "contact our QC team at {EMAIL} for inspection report",
        "pls send the samples invoice to {EMAIL}, our accountant",
        "new email!! {EMAIL} the old one got hacked",
    ],
    "MSG": [
        "add me on wechat {WX}",
        "[wechat|WeChat|wx|vx|WX|weixin|Wechat ID|wechat id][:|: | ]{WX}",
        "we use wechat in china, pls add {WX} i send u more videos",
        "my skype is {SKYPE}",
        "skype: {SKYPE} online 9-18 beijing time",
        "[telegram|tg|Telegram|TG][:|: | ]{TG}",
        "msg me on telegram {TG} faster",
        "find me on tg {TGLINK}",
        "here is my telegram {TGLINK} pls join",
        "line id {LINE}",
        "my line: {LINE} (taiwan office)",
        "add my QQ {QQ}",
        "QQ: {QQ}",
        "kakao {KAKAO}",
        "discord {DISCORD}",
        "pls add my wechat {WX}, my english not good, we can use translate",
        "skype id {SKYPE}, lets do video call to check the samples",
        "wechat me {WX} i send u real photos",
        "search my wx {WX} and say ur company name",
        "vx {WX} 👈",
        "Telegram channel with new arrivals {TGLINK}",
    ],
    "URL": [
        "check our website {URL}",
        "full catalog here {URL}",
        "pics: {URL}",
        "see the video {URL}",
        "we also sell on {URL} cheaper",
        "download spec sheet {URL} (password 2024)",
        "pls order directly from our shop {URL} no platform fee",
        "my fb page {URL:fb}",
        "same item is {price} on {URL}",
        "link {URL}",
        "all photos in this folder {URL:folder}",
        "our factory tour video: {URL:youtube}",
        "more models at {URL}, pls have a look",
        "u can see reviews on {URL}",
        "files too big, uploaded here {URL:wetransfer}",
        "this is the one i want {URL:amazon} can u make same?",
        "our store {URL:alibaba}",
    ],
    "CARD": [
        "can i pay by card? {CARD} exp {exp} cvv {cvv}",
        "card no {CARD}, pls charge the deposit {price}",
        "my visa {CARD:visa} pls charge {price}",
        "use this card {CARD} name on card Tom Baker",
        "pay w/ amex {CARD:amex}",
        "charge it to {CARD}, exp {exp}",
        "here's the company card {CARD} for the sample fee",
        "CC# {CARD}",
        "card number is {CARD} pls dont share it",
        "try this one {CARD} the other was declined",
        "mastercard {CARD:mc} valid till {exp}",
    ],
    "IBAN": [
        "our IBAN {IBAN}, pls wire the {terms}",
        "pls transfer to IBAN {IBAN} ref {invoice}",
        "IBAN: {IBAN}\nbeneficiary: Nordstahl GmbH",
        "wire to {IBAN} (EUR acct)",
        "EUR account IBAN {IBAN}",
        "the iban is {IBAN:DE}, bank in Germany",
        "iban no {IBAN} pls send remittance copy",
        "our UK account: {IBAN:GB}",
        "pay the balance {price} to {IBAN} pls",
    ],
    "BANK": [
        "A/C No. {ACCT}",
        "beneficiary account: {ACCT:HK}\nbank: HSBC Hong Kong",
        "acct no {ACCT:US} routing {ABA}",
        "a/c {ACCT} pls pay the balance {price}",
        "SWIFT code {BIC}",
        "routing number {ABA}, account {ACCT:US}",
        "our new bank account number is {ACCT}, the old one is closed",
        "swift: {BIC} pls double check",
        "account number {ACCT} (USD)",
        "bank acc {ACCT} under company name",
        "pls use ABA {ABA} for domestic wire",
        "acct# {ACCT}",
        "swift {BIC} / bank of china",
    ],
    "NATID": [
        "for customs they need my SSN {SSN}",
        "my ssn is {SSN} for the W-9",
        "consignee ID no. {CNID} (china customs need it)",
        "ID card number {CNID}",
        "pls put receiver ID {CNID} on the waybill",
        "Aadhaar {AADHAAR} for the KYC",
        "my aadhar no {AADHAAR}",
        "NI number {NINO}",
        "national insurance no: {NINO}",
        "SSN: {SSN}",
        "the courier asks for importer id, its {CNID}",
        "aadhaar card {AADHAAR} pls update the invoice",
        "my NINO is {NINO} for the invoice",
    ],
    "IP": [
        "our server ip {IP}",
        "pls whitelist {IP} on ur side",
        "login from {IP} was blocked??",
        "ERP api is on {IP4}:8443",
        "ipv6 {IP6}",
        "ftp {IP4} user demo",
        "i see orders coming from {IP}, is that you?",
        "the ip of our office is {IP}",
        "remote desktop to {IP4} pls",
    ],
    "CRYPTO": [
        "we accept USDT TRC20: {TRX}",
        "pay in btc to {BTC}",
        "ETH / USDT erc20 {ETH}",
        "wallet addr {WALLET}",
        "send {price} USDT to {TRX} and screenshot pls",
        "crypto ok? my btc wallet {BTC}",
        "usdt (trc20) {TRX}",
        "ERC20 address {ETH} pls double check before sending",
    ],
    "ADDR": [
        "ship to {ADDR}",
        "my address: {ADDR}",
        "delivery addr:\n{ADDR}",
        "sample send to {ADDR}, attn Mike",
        "our warehouse is at {ADDR}",
        "pls change the consignee address to {ADDR}",
        "send samples to:\n{ADDR}",
        "address for the invoice: {ADDR}",
        "pls deliver to {ADDR} not the old one",
        "factory add: {ADDR:CN}",
        "our office {ADDR:UK}",
    ],
    "MULTI": [
        "Name: Kevin Liu\nTel: {PHONE}\nEmail: {EMAIL}",
        "contact: {EMAIL} / {PHONE}",
        "wechat {WX} whatsapp {PHONE}",
        "ship to {ADDR}, tel {PHONE}",
        "IBAN {IBAN} BIC {BIC}",
        "acct {ACCT:US} / routing {ABA}",
        "wa {PHONE} mail {EMAIL} web {URL}",
        "skype {SKYPE} or email {EMAIL}",
        "pls add wechat {WX} or whatsapp {PHONE}",
        "Beneficiary: Hongda Trading Ltd\nA/C: {ACCT:HK}\nSWIFT: {BIC:HK}",
        "receiver: Mr Chen, {ADDR:CN}, ID {CNID}",
        "tg {TG} / wa {PHONE}",
        "email {EMAIL}\nweb {URL}",
        "call {PHONE} or {PHONEP}",
        "ship to {ADDR:US}\nph {PHONE:US}\n{EMAIL}",
        "card {CARD} billing addr {ADDR:US}",
    ],
    "ASK": {
        "PHONE": ["whats ur whatsapp?", "can u give me ur phone no", "pls send ur contact number", "your tel?", "mobile number pls"],
        "EMAIL": ["what's your email?", "pls send ur email, i'll send the quote", "email addr pls", "where do i send the PI?"],
        "MSG": ["do u have wechat?", "ur skype?", "telegram?", "do u use wechat or QQ"],
        "URL": ["do u have a website?", "any link to see more products?", "where can i see the video"],
        "ADDR": ["where should we ship the samples?", "pls send ur address", "delivery address?"],
        "BANK": ["pls send bank details", "which account do we pay to?"],
        "IBAN": ["do u have EUR account?", "pls send IBAN"],
        "CARD": ["can i pay by card?", "card details pls"],
        "NATID": ["courier needs ur ID number for customs"],
        "CRYPTO": ["can we pay with USDT?", "which wallet?"],
        "IP": ["what ip should we whitelist?"],
    },
    "BARE": {
        "PHONE": ["{PHONE}", "sure {PHONE}", "here {PHONE}", "{PHONE} pls call after {time}", "its {PHONE}", "same as whatsapp: {PHONE}"],
        "EMAIL": ["{EMAIL}", "{EMAIL} thx", "sure, {EMAIL}", "it's {EMAIL}", "to {EMAIL} pls"],
        "MSG": ["yes {WX}", "{WX}", "sure its {SKYPE}", "yes: {TG}", "{QQ}"],
        "URL": ["{URL}", "yes {URL}"],
        "ADDR": ["{ADDR}", "to this addr pls\n{ADDR}"],
        "BANK": ["{ACCT}", "A/C {ACCT}", "swift {BIC}"],
        "IBAN": ["{IBAN}", "yes, {IBAN}"],
        "CARD": ["yes, {CARD}"],
        "NATID": ["{CNID}", "ok {SSN}"],
        "CRYPTO": ["yes TRC20 {TRX}", "{WALLET}"],
        "IP": ["{IP}"],
    },
    "NEG": [
        "price {price} for {qty}, lead time 25-30 days",
        "MOQ {qty}. {price} {place}. payment {terms}",
        "order {order} shipped today, tracking {tracking}",
        "hs code {hs} ok? customs asking",
        "container {container} ETA {date}",
        "inv {invoice} total {price} pls check",
        "pls compare {sku} vs {sku}, carton size {dim}, {weight}",
        "fw {version} fixes the wifi bug, pls update",
        "B/L no. {bl} released, pls arrange balance",
        "barcode {ean} printed on each carton",
        "{place}, {terms}, validity 7 days",
        "spec: {spec}, {spec}, color black",
        "pls see attached {file}",
        "{mention} pls confirm the qty {qty}",
        "{caps:DELIVERY} DATE??? {caps:CUSTOMER} is angry",
        "paid already, tx hash {txhash}",
        "md5 of the firmware: {md5}",
        "batch no {luhnfail} on the label, is it correct?",
        "order id {cnidfail}",
        "fedex {vfail} pls track",
        "what's ur email? i'll send quotation",
        "sorry cant share phone here, platform rules. lets keep chat here",
        "pls send ur whatsapp",
        "log timestamp {ts} shows the payment",
        "can u do {price}? we order {qty} every month",
        "ok deal. {qty} at {price}, {terms}",
        "the {sku} is out of stock, next batch {date}",
        "{qty} loaded on {date}, vessel ETD {date}",
        "tracking {tracking} says delivered but we didnt get it",
        "pls send new PI, old one {invoice} had wrong price",
        "{weight} per carton, total {qty}",
        "can u make it {dim}? and {spec}",
        "discount? {price} is too high, other supplier {price}",
        "sample fee {price}, refundable after order",
        "production done 80%, inspection on {date} at {time}",
        "shipping cost to LA is {price} by sea, {price} by air",
        "we need {qty}, delivery before {date}",
        "invoice {invoice} and packing list {file} attached",
        "the ups {tracking:ups} is stuck in customs since {date}",
        "ETA {date} {time}, {container}",
        "hi, any update on order {order}?",
        "meeting at {time} ok? i'm in canton fair booth 11.2 C20",
        "pls quote {qty} of {sku}, {spec}, {place}",
        "received {qty}, {qty} broken 😡 pls replace",
        "price valid till {date}, after that +5%",
        "hs {hs} duty is 7.5% here",
        "version {version} or newer pls",
        "lot {luhnfail} failed QC, pls check",
        "license key {b58fail} not working",
        "iban {ibanfail} rejected by bank, pls check and send the correct one",
        "model {sku} rev {version}, {spec}",
        "order {order} qty {qty} amount {price}",
        "weight {weight}, dims {dim}, 1 pallet",
        "unix time {ts} in the api log",
        "bl {bl} telex release done",
        "{mention} {date} {time} ok",
        "pls ship via DHL {tracking:dhl}",
        "barcode {ean} / sku {sku}",
        "chk {file} and {file}",
        "total 3 pallets, {weight}, {dim} each",
        "we can do {price} if qty {qty}+",
        "deposit received thx, production starts {date}",
        "{caps:SHIPMENT} DELAYED?? pls explain",
        "can we talk on phone? send me ur number",
        "ur price {price} vs last order {price}, why?",
        "the firmware {version} bricked 20 units, md5 {md5}",
        "{qty} / {price} / {place} / {terms}",
        "ok so {qty} total, 2 containers, first one {date}",
        "the cartons were {dim} not {dim} as agreed",
        "container no {container}, booking {order}",
        "cant see ur email, pls type it here",
    ],
}

ZH = {
    "OPEN": ["您好", "你好", "亲", "亲，", "在吗？", "老板好", "老板", "好的", "收到", "嗯嗯", "hello", "哈喽", "不好意思回复晚了",
             "刚看到", "hi 亲", "王总好", "李经理您好", "打扰了", "在不在", "ok"],
    "CLOSE": ["谢谢", "谢谢！", "麻烦尽快", "等你消息", "👌", "🙏", "好的吧", "thx", "哈哈", "~", "辛苦了", "多谢", "有问题随时联系",
              "谢谢老板", "ok", "急！！", "尽快回复", "😂"],
    "REPLY": ["已发，请查收", "好的加你了", "打了没人接", "收到", "发了", "搜不到这个号", "已付款，看一下", "好，马上安排", "ok已加"],
    "PHONE": [
        "我电话{PHONE}，有事打我",
        "手机：{PHONE}",
        "电话/微信同号 {PHONE}",
        "联系电话{PHONE}（王经理）",
        "打这个{PHONE}，工厂座机",
        "whatsapp：{PHONE}",
        "我的手机号是{PHONE}，发短信也行",
        "急的话直接call我 {PHONE}",
        "tel：{PHONE}",
        "货到了打{PHONE}，仓库张师傅",
        "微信就是手机号{PHONE}",
        "电话{PHONE}，晚上{time}以后别打",
        "司机电话 {PHONE}",
    ],
    "EMAIL": [
        "邮箱：{EMAIL}",
        "发我邮箱{EMAIL}吧，平台传不了大文件",
        "报价单发到{EMAIL}",
        "我的email是{EMAIL}，PI发过来",
        "邮箱 {EMAIL} 收到回复一下",
        "图纸请发{EMAIL}，谢谢",
        "Email：{EMAIL}（财务）",
        "资料发{EMAIL}",
    ],
    "MSG": [
        "加我微信{WX}",
        "微信号：{WX}",
        "v信 {WX}",
        "vx：{WX}，备注公司名",
        "威信{WX}",
        "加个V {WX} 详聊",
        "QQ：{QQ}",
        "扣扣{QQ}",
        "wx {WX} 发你实拍视频",
        "微信{WX}，这里不方便说价格",
        "telegram {TG} 也可以",
        "skype：{SKYPE}",
        "加我vx{WX}",
    ],
    "URL": [
        "这是我们店铺链接 {URL}",
        "视频在这 {URL}",
        "百度网盘 {URL:baidu} 提取码：{code}",
        "官网 {URL}",
        "产品目录下载：{URL}",
        "1688上有现货 {URL:1688}",
        "淘宝链接{URL:taobao}，直接拍就行",
        "阿里店铺 {URL:alibaba}",
    ],
    "CARD": [
        "卡号{CARD}，麻烦确认一下",
        "用这张信用卡付 {CARD}，有效期{exp}",
        "客户给的卡号是{CARD}，能刷吗",
        "银联卡 {CARD:unionpay}",
    ],
    "IBAN": [
        "对方给的IBAN是{IBAN}，能直接汇吗",
        "IBAN：{IBAN}，欧元账户",
        "欧洲客户的iban {IBAN} 已经付了{terms}",
    ],
    "BANK": [
        "收款账号：{ACCT:CN}\n开户行：中国银行深圳福田支行",
        "公司账户 {ACCT:CN}",
        "账号{ACCT:CN}，户名：义乌市宏达贸易有限公司",
        "SWIFT：{BIC:CN}",
        "美金账户 {ACCT:HK}，SWIFT CODE {BIC:HK}",
        "对公账号 {ACCT:CN} 打款后发水单",
        "银行账号：{ACCT:CN}",
    ],
    "NATID": [
        "收件人身份证号{CNID}，清关用",
        "身份证：{CNID}",
        "快递要求实名，我身份证{CNID}",
        "报关需要身份证号码 {CNID}",
    ],
    "IP": [
        "服务器IP是{IP}，帮忙加白名单",
        "登录IP {IP} 被封了",
        "ERP地址 {IP4}:8080，账号找我要",
        "公网IP {IP}",
    ],
    "CRYPTO": [
        "USDT(TRC20)地址：{TRX}",
        "可以用USDT付，地址{TRX}",
        "BTC地址 {BTC}",
        "u付款发这个 {TRX}",
        "ERC20地址{ETH}",
    ],
    "ADDR": [
        "收货地址：{ADDR:ZH}",
        "寄样品到{ADDR:ZH}，王先生收",
        "地址 {ADDR:CN}",
        "我们仓库在{ADDR:ZH}",
        "发到{ADDR:ZH}，到了打电话",
        "新地址：{ADDR:ZH}，旧的别寄了",
        "工厂地址{ADDR:ZH}，欢迎来验厂",
    ],
    "MULTI": [
        "王先生 {PHONE:CN} {ADDR:ZH}",
        "电话{PHONE}，微信{WX}",
        "邮箱{EMAIL}，手机{PHONE}",
        "收件人：李娜\n电话：{PHONE:CN}\n地址：{ADDR:ZH}",
        "收款账号：{ACCT:CN}\nSWIFT：{BIC:CN}",
        "微信{WX}/QQ{QQ}",
        "身份证{CNID} 电话{PHONE:CN}",
    ],
    "ASK": {
        "PHONE": ["电话多少？", "留个电话吧", "方便给个手机号吗"], "EMAIL": ["邮箱多少", "发个邮箱给我"],
        "MSG": ["有微信吗？", "加个微信？", "你微信多少"], "URL": ["有网店链接吗", "发个链接"], "ADDR": ["寄到哪里？", "地址发我"],
        "BANK": ["账号发一下", "付款账户是哪个"], "IBAN": ["欧元账户有吗"], "CARD": ["可以刷卡吗"], "NATID": ["清关要身份证号"],
        "CRYPTO": ["可以付USDT吗"], "IP": ["白名单加哪个IP"],
    },
    "BARE": {
        "PHONE": ["{PHONE}", "好的 {PHONE}", "{PHONE}，打这个"], "EMAIL": ["{EMAIL}", "好的，{EMAIL}"],
        "MSG": ["{WX}", "有，{WX}", "加这个{WX}"], "URL": ["{URL}"], "ADDR": ["{ADDR:ZH}"], "BANK": ["{ACCT:CN}"], "IBAN": ["{IBAN}"],
        "CARD": ["可以，{CARD}"], "NATID": ["{CNID}"], "CRYPTO": ["可以，{TRX}"], "IP": ["{IP}"],
    },
    "NEG": [
        "单价{price}，起订量{qty}，交期15天左右",
        "订单{order}已经发货了，单号{tracking}",
        "海关编码{hs}对吗？",
        "柜号{container}，预计{date}到港",
        "PI号{invoice}，总金额{price}",
        "型号{sku}，尺寸{dim}，重量{weight}",
        "付款方式：{terms}，余款见提单副本",
        "{place}价格是{price}",
        "{spec}的有现货，{qty}",
        "文件{file}收到了吗",
        "你的微信多少？",
        "平台不让发电话，我们在这里聊吧",
        "好的，明天{time}之前回复你",
        "{qty}已经打包好了，{date}发货",
        "亲，这个{sku}最低{price}，不能再少了",
        "固件{version}，升级后重启一下",
        "提单号{bl}，电放已经做好",
        "条码{ean}贴在外箱上",
        "快递单号{vfail}，联邦快递",
        "运单号{cnidfail}",
        "转账哈希{txhash}，查一下到账没",
        "报价有效期到{date}，之后涨价5%",
        "一个40HQ能装{qty}，毛重{weight}",
        "样品费{price}，下单后退还",
        "规格：{spec}，{spec}，黑色",
        "这批货{qty}，{price}含税",
        "{mention} 明天{time}开会",
        "顺丰单号{tracking:sf}",
        "{date}出货，{qty}，{dim}",
        "老板，{price}行不行？我们要{qty}",
        "批号{luhnfail}有问题",
    ],
}

ES = {
    "OPEN": ["hola", "Hola", "hola buenas", "buenos días", "Buenas tardes", "Estimado", "qué tal", "ok", "vale", "perfecto", "sí",
             "si claro", "perdón la demora", "hola amigo", "Hola Carlos", "buen dia", "hello", "ok gracias"],
    "CLOSE": ["gracias", "muchas gracias", "saludos", "Saludos cordiales", "quedo atento", "espero respuesta", "un saludo", "👍",
              "🙏", "gracias!!", "slds", "grax", "xfa confirmar", "cualquier cosa me avisas", "thx", "ok?"],
    "REPLY": ["enviado, revisa", "listo ✅", "ya te agregué", "te llamé pero no contestas", "ok recibido", "no te encuentro ahí",
              "pagado, revisa porfa", "ok lo mando hoy"],
    "PHONE": [
        "mi [whatsapp|wsp|whats|WhatsApp|guasap] {PHONE}",
        "llámame al {PHONE}",
        "[tel|Tel.|teléfono|cel|celular|móvil][:| |: ]{PHONE}",
        "escríbeme al wsp {PHONE} x favor",
        "mi número es {PHONE}, llamame después de las {time}",
        "te paso mi cel {PHONE}",
        "el número de mi jefe: {PHONE}",
        "contacto del agente de aduanas {PHONE}",
        "mandame las fotos por whatsapp al {PHONE}",
        "whatsapp {PHONE} es más rápido q este chat",
    ],
    "EMAIL": [
        "mi correo es {EMAIL}",
        "mándame la cotización a {EMAIL}",
        "correo: {EMAIL}",
        "envíe la factura a {EMAIL} por favor",
        "email {EMAIL} xfa",
        "escríbeme a {EMAIL} q aquí no puedo mandar archivos",
        "ponga en copia a {EMAIL}",
        "mail {EMAIL}",
    ],
    "MSG": [
        "agrégame en wechat {WX}",
        "mi skype es {SKYPE}",
        "telegram: {TG}",
        "por telegram {TG} es más rápido",
        "wechat {WX} pq en china no usan whatsapp",
        "te paso mi tg {TGLINK}",
    ],
    "URL": [
        "mira nuestro catálogo {URL}",
        "fotos aquí {URL}",
        "está en mercadolibre {URL:meli} más barato",
        "nuestra web {URL}",
        "video del producto: {URL:youtube}",
        "te dejo el link {URL}",
        "síguenos en {URL:ig}",
    ],
    "CARD": [
        "puedo pagar con tarjeta? {CARD} vence {exp}",
        "número de tarjeta {CARD}",
        "cóbrenlo a mi visa {CARD:visa}",
    ],
    "IBAN": [
        "nuestro IBAN es {IBAN:ES}",
        "transferencia a {IBAN:ES}, concepto {invoice}",
        "IBAN: {IBAN}\ntitular: Comercial Andes SL",
    ],
    "BANK": [
        "número de cuenta {ACCT:ES}",
        "CLABE {ACCT:MX} a nombre de la empresa",
        "código SWIFT {BIC}",
        "cuenta {ACCT:ES}, banco Santander",
        "cta. {ACCT:MX} (BBVA)",
    ],
    "NATID": [
        "para aduana piden el SSN {SSN}, es de mi socio en Miami",
        "ID del consignatario en China: {CNID}",
    ],
    "IP": ["la ip del servidor es {IP}", "bloquearon la ip {IP}, pueden revisar?"],
    "CRYPTO": ["aceptamos USDT red TRC20: {TRX}", "mi billetera btc {BTC}", "pago en usdt a {ETH} (ERC20)"],
    "ADDR": [
        "enviar a {ADDR:ES}",
        "mi dirección: {ADDR}",
        "dirección de entrega:\n{ADDR}",
        "las muestras a {ADDR}, atención Sr. López",
        "nuestro almacén está en {ADDR}",
        "la dirección nueva es {ADDR:MX}",
    ],
    "MULTI": [
        "correo {EMAIL} / cel {PHONE}",
        "whatsapp {PHONE} o wechat {WX}",
        "IBAN {IBAN:ES} BIC {BIC:ES}",
        "enviar a {ADDR}, tel {PHONE}",
        "cta {ACCT:MX} swift {BIC:MX}",
    ],
    "ASK": {
        "PHONE": ["me pasas tu whatsapp?", "tienes celular?"], "EMAIL": ["cuál es tu correo?", "a qué mail te mando la factura?"],
        "MSG": ["tienes wechat?"], "URL": ["tienes página web?"], "ADDR": ["a dónde mandamos las muestras?"],
        "BANK": ["datos bancarios porfa"], "IBAN": ["me pasas el IBAN?"], "CARD": ["aceptan tarjeta?"], "NATID": ["aduana pide ID"],
        "CRYPTO": ["aceptan cripto?"], "IP": ["qué ip ponemos en la lista blanca?"],
    },
    "BARE": {
        "PHONE": ["{PHONE}", "claro {PHONE}"], "EMAIL": ["{EMAIL}", "a {EMAIL}"], "MSG": ["sí, {WX}"], "URL": ["{URL}"],
        "ADDR": ["{ADDR}"], "BANK": ["{ACCT}"], "IBAN": ["{IBAN:ES}"], "CARD": ["sí: {CARD}"], "NATID": ["{CNID}"],
        "CRYPTO": ["sí, {TRX}"], "IP": ["{IP}"],
    },
    "NEG": [
        "precio {price} por {qty}, entrega en 30 días",
        "pedido {order} enviado, guía {tracking}",
        "el código arancelario {hs} es correcto?",
        "contenedor {container} llega el {date}",
        "factura {invoice} total {price}",
        "modelo {sku}, medidas {dim}, peso {weight}",
        "{place}, pago {terms}",
        "mínimo {qty}, {price} c/u",
        "te mando la cotización en {file}",
        "no puedo dar mi número aquí, sigamos por el chat",
        "cuál es tu correo?",
        "la versión {version} ya tiene el fix",
        "BL {bl} liberado",
        "el {date} a las {time} hacemos videollamada?",
        "muestra cuesta {price} + envío {price}",
        "me llegaron {qty} y {qty} rotas 😡",
        "código de barras {ean}",
        "la fedex {vfail} no se mueve desde el {date}",
        "ok entonces {qty} a {price}, {place}",
        "la caja mide {dim} y pesa {weight}",
        "pagado, hash {txhash}",
        "pedido {order}: {qty}, {price}, entrega {date}",
    ],
}

PT = {
    "OPEN": ["olá", "oi", "Olá, bom dia", "boa tarde", "bom dia!", "tudo bem?", "ok", "beleza", "certo", "Prezado", "oi amigo", "opa",
             "desculpa a demora", "hello", "blz"],
    "CLOSE": ["obrigado", "obg", "valeu", "abs", "abraço", "att", "Atenciosamente", "fico no aguardo", "👍", "🙏", "vlw",
              "qualquer coisa me chama", "blz?", "thanks", "tmj"],
    "REPLY": ["enviado, confere aí", "feito ✅", "te adicionei", "liguei mas ninguém atendeu", "recebido", "não achei esse contato",
              "pago, confere", "beleza, mando hoje"],
    "PHONE": [
        "meu [whatsapp|zap|wpp|whats|WhatsApp] {PHONE}",
        "me liga no {PHONE}",
        "[tel|telefone|cel|celular|fone][:| |: ]{PHONE}",
        "chama no zap {PHONE} que é mais rápido",
        "meu número {PHONE}, depois das {time}",
        "o despachante atende no {PHONE}",
        "liga pro meu sócio {PHONE}",
        "manda as fotos no whats {PHONE} por favor",
        "zap: {PHONE}",
    ],
    "EMAIL": [
        "meu email é {EMAIL}",
        "manda o orçamento pro {EMAIL}",
        "e-mail: {EMAIL}",
        "envie a nota para {EMAIL}",
        "pode mandar no meu e-mail {EMAIL}?",
        "copia o {EMAIL} tb",
    ],
    "MSG": ["me adiciona no wechat {WX}", "skype: {SKYPE}", "telegram {TG}", "no telegram é {TG}", "wechat {WX} (fornecedor chinês)",
            "grupo no telegram {TGLINK}"],
    "URL": ["veja nosso catálogo {URL}", "fotos aqui {URL}", "tá no mercado livre {URL:ml}", "nosso site {URL}", "link do vídeo {URL:youtube}",
            "loja na shopee {URL:shopee}", "insta {URL:ig}"],
    "CARD": ["posso pagar no cartão? {CARD} validade {exp}", "número do cartão {CARD}", "cartão elo {CARD:elo}"],
    "IBAN": ["IBAN {IBAN:PT}", "transferência para o IBAN {IBAN:PT}, ref {invoice}", "nosso IBAN em euro: {IBAN}", "IBAN {IBAN:BR}"],
    "BANK": ["conta corrente {ACCT:BR}", "conta {ACCT:BR} (Itaú)", "código SWIFT {BIC:BR}", "nº da conta {ACCT:PT}",
             "swift {BIC} para pagamento internacional"],
    "NATID": ["o despachante pediu o ID do destinatário na China: {CNID}", "SSN do comprador americano {SSN}"],
    "IP": ["o ip do servidor é {IP}", "liberar o ip {IP} no firewall por favor"],
    "CRYPTO": ["aceito USDT TRC20 {TRX}", "carteira btc {BTC}", "pix não dá, pode ser usdt? {TRX}"],
    "ADDR": ["endereço de entrega: {ADDR:BR}", "manda pra {ADDR}", "meu endereço {ADDR}", "entregar em:\n{ADDR}",
             "amostras para {ADDR}, aos cuidados do Sr. Souza", "armazém: {ADDR:PT}"],
    "MULTI": ["email {EMAIL} / cel {PHONE}", "zap {PHONE} ou wechat {WX}", "entregar em {ADDR:BR}, fone {PHONE:BR}",
              "IBAN {IBAN:PT} BIC {BIC:PT}", "conta {ACCT:BR} swift {BIC:BR}"],
    "ASK": {
        "PHONE": ["me passa seu zap?", "tem whatsapp?"], "EMAIL": ["qual seu email?"], "MSG": ["tem wechat?"], "URL": ["tem site?"],
        "ADDR": ["pra onde mando as amostras?"], "BANK": ["dados bancários por favor"], "IBAN": ["tem IBAN?"],
        "CARD": ["aceita cartão?"], "NATID": ["o despachante pede ID"], "CRYPTO": ["aceita cripto?"], "IP": ["qual ip liberar?"],
    },
    "BARE": {
        "PHONE": ["{PHONE}", "claro {PHONE}"], "EMAIL": ["{EMAIL}", "é {EMAIL}"], "MSG": ["sim, {WX}"], "URL": ["{URL}"],
        "ADDR": ["{ADDR}"], "BANK": ["{ACCT}"], "IBAN": ["{IBAN:PT}"], "CARD": ["sim: {CARD}"], "NATID": ["{CNID}"],
        "CRYPTO": ["sim, {TRX}"], "IP": ["{IP}"],
    },
    "NEG": [
        "preço {price} por {qty}, prazo 30 dias",
        "pedido {order} enviado, rastreio {tracking}",
        "NCM {hs} tá certo?",
        "container {container} chega dia {date}",
        "fatura {invoice} total {price}",
        "modelo {sku}, medidas {dim}, peso {weight}",
        "{place}, pagamento {terms}",
        "mínimo {qty}, {price} cada",
        "segue orçamento {file}",
        "não posso passar telefone aqui, vamos falar pelo chat",
        "qual seu email?",
        "versão {version}",
        "BL {bl} liberado",
        "chegou {qty} e {qty} quebradas",
        "código de barras {ean}",
        "rastreio correios {tracking:upu} parado desde {date}",
        "frete {price}, {weight}",
        "fechado então, {qty} por {price}",
        "reunião dia {date} às {time}?",
        "a caixa tem {dim}",
    ],
}

RU = {
    "OPEN": ["здравствуйте", "Здравствуйте!", "добрый день", "Добрый день!", "привет", "ок", "хорошо", "да", "понял", "Добрый вечер",
             "извините за задержку", "коллеги, добрый день", "Иван, привет", "hello"],
    "CLOSE": ["спасибо", "спс", "жду ответа", "с уважением", "С уважением, Ольга", "👍", "🙏", "заранее спасибо", "на связи", "пишите",
              "ок?", "thx"],
    "REPLY": ["отправил, проверьте", "готово ✅", "добавил вас", "звонил, не отвечаете", "принято", "не нахожу такой контакт",
              "оплатили, проверьте", "ок, сегодня отправим"],
    "PHONE": [
        "мой [телефон|тел|тел.|номер|моб.|мобильный][:| |: ]{PHONE}",
        "звоните {PHONE}",
        "[ватсап|вотсап|WhatsApp|whatsapp|вацап] {PHONE}",
        "пишите в вайбер {PHONE}",
        "номер менеджера {PHONE}, Сергей",
        "позвоните на {PHONE} после {time}",
        "телега привязана к номеру {PHONE}",
        "это номер склада {PHONE}",
        "тел. {PHONE} (бухгалтерия)",
    ],
    "EMAIL": [
        "почта {EMAIL}",
        "мой e-mail: {EMAIL}",
        "пришлите КП на {EMAIL}",
        "эл. почта {EMAIL}",
        "счет отправьте на {EMAIL} пожалуйста",
        "напишите на {EMAIL}, тут файлы не грузятся",
    ],
    "MSG": ["телеграм {TG}", "мой тг {TG}", "пишите в телегу {TGLINK}", "skype: {SKYPE}", "wechat {WX} для китайцев",
            "тг: {TG} — там быстрее отвечаю"],
    "URL": ["наш сайт {URL}", "каталог тут {URL}", "на авито дешевле {URL:avito}", "видео {URL:youtube}", "ссылка на озон {URL:ozon}",
            "группа вк {URL:vk}"],
    "CARD": ["карта {CARD:mir}", "номер карты {CARD}, сбер", "переведите на карту {CARD}"],
    "IBAN": ["IBAN для оплаты в евро {IBAN}", "наш IBAN {IBAN:DE} (Германия)", "реквизиты в евро: IBAN {IBAN:CY}"],
    "BANK": ["р/с {ACCT:RU}", "расчетный счет {ACCT:RU}", "БИК {BIK}", "SWIFT {BIC:RU}", "номер счета {ACCT:RU}",
             "к/с {ACCT:RUKS}"],
    "NATID": ["для таможни в Китае нужен ID получателя {CNID}", "SSN покупателя {SSN}"],
    "IP": ["IP сервера {IP}", "добавьте в белый список {IP}", "заходили с ip {IP}"],
    "CRYPTO": ["оплата в USDT TRC20 на {TRX}", "btc кошелек {BTC}", "USDT ERC20: {ETH}", "кошелек {WALLET}"],
    "ADDR": ["адрес доставки: {ADDR:RU}", "везите на {ADDR:RU}", "наш склад: {ADDR:RU}", "адрес для образцов\n{ADDR:RU}"],
    "MULTI": ["тел {PHONE} почта {EMAIL}", "ватсап {PHONE}, тг {TG}", "р/с {ACCT:RU} БИК {BIK}", "доставка {ADDR:RU}, тел. {PHONE:RU}",
              "р/с {ACCT:RU}\nк/с {ACCT:RUKS}\nБИК {BIK}"],
    "ASK": {
        "PHONE": ["дайте ваш телефон", "есть ватсап?"], "EMAIL": ["какая у вас почта?"], "MSG": ["телеграм есть?"],
        "URL": ["есть сайт?"], "ADDR": ["куда отправлять образцы?"], "BANK": ["пришлите реквизиты"], "IBAN": ["есть счет в евро?"],
        "CARD": ["можно картой?"], "NATID": ["таможня просит ID"], "CRYPTO": ["можно в USDT?"], "IP": ["какой ip добавить?"],
    },
    "BARE": {
        "PHONE": ["{PHONE}", "да, {PHONE}"], "EMAIL": ["{EMAIL}"], "MSG": ["да, {TG}"], "URL": ["{URL}"], "ADDR": ["{ADDR:RU}"],
        "BANK": ["р/с {ACCT:RU}"], "IBAN": ["{IBAN}"], "CARD": ["да, {CARD:mir}"], "NATID": ["{CNID}"], "CRYPTO": ["да, {TRX}"],
        "IP": ["{IP}"],
    },
    "NEG": [
        "цена {price} за {qty}, срок 30 дней",
        "заказ {order} отправлен, трек {tracking}",
        "код ТН ВЭД {hs} верный?",
        "контейнер {container} прибывает {date}",
        "счет {invoice} на сумму {price}",
        "модель {sku}, размеры {dim}, вес {weight}",
        "{place}, оплата {terms}",
        "минимальная партия {qty}, {price}/шт",
        "КП во вложении {file}",
        "номер не могу дать здесь, давайте в чате",
        "какая у вас почта?",
        "прошивка {version}",
        "коносамент {bl}",
        "пришло {qty}, из них {qty} битые",
        "штрихкод {ean}",
        "трек почты {tracking:upu} не отслеживается с {date}",
        "доставка {price}, {weight}",
        "созвон в {time}?",
        "итого {qty} на {price}, отгрузка {date}",
        "хэш транзакции {txhash}",
    ],
}

DE = {
    "OPEN": ["Hallo", "hallo", "Guten Tag", "Moin", "Hi", "Sehr geehrte Damen und Herren,", "ok", "alles klar", "ja",
             "Danke für die Rückmeldung", "Servus", "Grüezi", "hallo zusammen", "Entschuldigung für die späte Antwort", "hi"],
    "CLOSE": ["danke", "Danke!", "Vielen Dank", "VG", "LG", "MfG", "Gruß", "Grüße", "beste Grüße", "bis dann", "👍", "🙏",
              "mfg Thomas", "Danke im Voraus", "thx"],
    "REPLY": ["gesendet, bitte prüfen", "erledigt ✅", "hab dich hinzugefügt", "hab angerufen, keiner geht ran", "angekommen",
              "finde den Kontakt nicht", "bezahlt, bitte prüfen", "ok, geht heute raus"],
    "PHONE": [
        "meine [Handynr.|Handynummer|Tel.|Telefonnr|Nummer|Mobil][:| |: ]{PHONE}",
        "ruf mich an: {PHONE}",
        "[WhatsApp|whatsapp|WA][:| |: ]{PHONE}",
        "erreichbar unter {PHONE} ab {time}",
        "bitte rufen Sie {PHONE} an, Herr Weber",
        "schick die Bilder per whatsapp an {PHONE}",
        "Tel {PHONE} (Lager)",
        "Signal {PHONE}",
    ],
    "EMAIL": [
        "meine E-Mail: {EMAIL}",
        "schicken Sie das Angebot an {EMAIL}",
        "Mail an {EMAIL} bitte",
        "email {EMAIL}",
        "Rechnung bitte an {EMAIL}",
        "bitte {EMAIL} in CC setzen",
    ],
    "MSG": ["skype: {SKYPE}", "telegram {TG}", "wechat {WX} (für den Lieferanten)", "tg {TGLINK}", "mein Skype ist {SKYPE}"],
    "URL": ["unser Shop {URL}", "Katalog hier {URL}", "auf amazon günstiger {URL:amazon}", "Video: {URL:youtube}", "Link {URL}",
            "Datenblatt unter {URL}", "ebay {URL:ebay}"],
    "CARD": ["Kreditkarte {CARD}, gültig bis {exp}", "Kartennummer {CARD}", "bitte die Mastercard {CARD:mc} belasten"],
    "IBAN": ["IBAN {IBAN:DE}", "bitte überweisen auf {IBAN:DE}, Verwendungszweck {invoice}", "unsere IBAN lautet {IBAN}",
             "IBAN: {IBAN:AT}\nKontoinhaber: Huber KG"],
    "BANK": ["BIC {BIC:DE}", "SWIFT {BIC}", "Kontonummer {ACCT:DE}", "Konto-Nr. {ACCT:DE}"],
    "NATID": ["für den Zoll braucht der Spediteur die NINO {NINO} von unserem UK-Kollegen", "ID-Nr. des Empfängers in China: {CNID}"],
    "IP": ["IP vom Server {IP}", "bitte {IP} freischalten", "Zugriff von {IP} blockiert"],
    "CRYPTO": ["Zahlung in BTC an {BTC}", "USDT (TRC20) {TRX}", "ETH Adresse {ETH}"],
    "ADDR": ["Lieferadresse: {ADDR:DE}", "bitte an {ADDR:DE} liefern", "Muster an\n{ADDR:DE}", "unser Lager: {ADDR}", "neue Adresse {ADDR:DE}",
             "Abholung in {ADDR:AT}"],
    "MULTI": ["Tel. {PHONE} / Mail {EMAIL}", "IBAN {IBAN:DE}\nBIC {BIC:DE}", "Lieferung an {ADDR:DE}, Tel {PHONE:DE}",
              "Festnetz {PHONE:DE}, mobil {PHONEP:DE}", "Festnetz {PHONE}, mobil {PHONE}"],
    "ASK": {
        "PHONE": ["haben Sie eine Handynummer?", "WhatsApp?"], "EMAIL": ["wie ist Ihre E-Mail?"], "MSG": ["Skype?"],
        "URL": ["gibt es eine Webseite?"], "ADDR": ["wohin sollen die Muster?"], "BANK": ["Bankdaten bitte"],
        "IBAN": ["IBAN bitte"], "CARD": ["geht Kreditkarte?"], "NATID": ["der Zoll braucht die ID"], "CRYPTO": ["geht auch USDT?"],
        "IP": ["welche IP freischalten?"],
    },
    "BARE": {
        "PHONE": ["{PHONE}", "klar, {PHONE}"], "EMAIL": ["{EMAIL}"], "MSG": ["ja, {SKYPE}"], "URL": ["{URL}"], "ADDR": ["{ADDR:DE}"],
        "BANK": ["BIC {BIC:DE}"], "IBAN": ["{IBAN:DE}"], "CARD": ["ja: {CARD}"], "NATID": ["{CNID}"], "CRYPTO": ["ja, {TRX}"],
        "IP": ["{IP}"],
    },
    "NEG": [
        "Preis {price} bei {qty}, Lieferzeit 4 Wochen",
        "Bestellung {order} versendet, Sendungsnr. {tracking}",
        "Zolltarifnummer {hs} korrekt?",
        "Container {container} ETA {date}",
        "Rechnung {invoice} über {price}",
        "Modell {sku}, Maße {dim}, Gewicht {weight}",
        "{place}, Zahlung {terms}",
        "Mindestmenge {qty}, {price} pro Stück",
        "Angebot im Anhang {file}",
        "Telefonnummer darf ich hier nicht schicken, lieber im Chat",
        "wie ist Ihre E-Mail?",
        "Firmware {version}",
        "B/L {bl} freigegeben",
        "{qty} angekommen, {qty} beschädigt",
        "EAN {ean}",
        "DHL {tracking:dhl} hängt seit {date} im Zoll",
        "Versand {price}, {weight}",
        "Termin am {date} um {time}?",
        "also {qty} zu {price}, Lieferung {date}",
        "Karton {dim}, {weight}",
    ],
}

BANKS = {"en": EN, "zh": ZH, "es": ES, "pt": PT, "ru": RU, "de": DE}
TYPE_W = {"en": [("PHONE", 21), ("EMAIL", 16), ("MSG", 13), ("URL", 10), ("ADDR", 8), ("BANK", 6), ("IBAN", 6), ("CARD", 6),
                 ("NATID", 6), ("CRYPTO", 5), ("IP", 5)]}
for _l in ("zh", "es", "pt", "ru", "de"):
    TYPE_W[_l] = [("PHONE", 23), ("EMAIL", 16), ("MSG", 12), ("URL", 10), ("ADDR", 9), ("BANK", 7), ("IBAN", 5), ("CARD", 5),
                  ("NATID", 3), ("CRYPTO", 5), ("IP", 4)]


# ---------------------------------------------------------------- assembly

ALT_RE = re.compile(r"\[([^\[\]]*)\]")
SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)(?::([^{}]*))?\}")


def render(frame, lang):
    s = ALT_RE.sub(lambda m: pick(m.group(1).split("|")), frame)
    segs, pos = [], 0
    for m in SLOT_RE.finditer(s):
        if m.start() > pos:
            segs.append(["t", s[pos:m.start()]])
        segs.extend([list(x) for x in SLOTS[m.group(1)](lang, m.group(2))])
        pos = m.end()
    if pos < len(s):
        segs.append(["t", s[pos:]])
    return segs


SEP_MID = {"latin": [" ", " ", " ", ". ", ". ", ", ", "\n", " - ", "! ", ".. ", ".", ",", "!! ", "\n\n", "... ", " :) ", "  ", " , "],
           "zh": ["，", "，", "。", " ", "\n", "！", "～", "", "，，", "。。", "~ ", "!"]}
SEP_OPEN = {"latin": [" ", ", ", ",", "\n", "! ", " - ", "!! ", " "], "zh": ["，", " ", "！", "\n", "~", ""]}
SEP_CLOSE = {"latin": [" ", ". ", "\n", ", ", " - ", "!! ", " ", "."], "zh": ["，", "。", " ", "\n", "！", ""]}
EMOJI = ["👍", "🙏", "😊", "😂", "🤝", "👌", "🔥", "✅", "📦", "🚢", "💰", "😅", "🙂", "❤️", "👀", "📞", "📧", "😉", "🤔",
         "🙌", "⭐", "😡", "🙏🙏", "👍👍", "😭", "🤣", "💪", "⏰"]


def sep(kind, lang):
    return ["t", pick(kind["zh" if lang == "zh" else "latin"])]


GLUE = {"", ".", ",", "!"}


def safe_sep(kind, lang, prev):
    """A separator; after a PII value or look-alike never one that glues onto it (x@y.com.thanks)."""
    while True:
        s = sep(kind, lang)
        if lang == "zh" or not prev or prev[-1][0] == "t" or s[1] not in GLUE:
            return s


def join(pieces, lang):
    out = []
    for i, p in enumerate(pieces):
        if i:
            out.append(safe_sep(SEP_MID, lang, out))
        out.extend(p)
    return out


def text_segs(segs):
    return [s for s in segs if s[0] == "t" and s[1]]


def typo(w):
    i = rng.randrange(1, len(w) - 1)
    op = pick(["swap", "swap", "drop", "dup", "drop"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


WORD_RE = re.compile(r"[A-Za-zÀ-ÿА-Яа-яЁё]{4,}")
KEEP_CASE_NEG = {"B58_BAD_CHECK", "TX_HASH", "CAPS_WORD"}


def mess(segs, lang, light=False):
    latin = lang != "zh"
    r = rng.random()
    if light:
        r = 1.0
    mode = None
    if latin and r < (0.2 if lang == "en" else 0.15):
        mode = "lower"
    elif latin and r < (0.28 if lang == "en" else 0.2):
        mode = "upper"
    elif not latin and r < 0.08:
        mode = "lower"
    if mode:
        f = str.lower if mode == "lower" else str.upper
        for s in segs:
            if s[0] == "t":
                s[1] = f(s[1])
            elif s[0] == "n" and s[1] not in KEEP_CASE_NEG:
                s[2] = f(s[2])
            elif s[0] == "p":
                if s[1] == "EMAIL" and mode == "upper" and chance(0.5):
                    s[2] = s[2].upper()
                elif s[1] == "POSTAL_ADDRESS" and latin and chance(0.35):
                    s[2] = f(s[2])
    # typos
    if latin and chance(0.15 if light else 0.32):
        for _ in range(pick([1, 1, 1, 2])):
            ts = [s for s in text_segs(segs) if WORD_RE.search(s[1])]
            if not ts:
                break
            s = pick(ts)
            ms = list(WORD_RE.finditer(s[1]))
            m = pick(ms)
            s[1] = s[1][:m.start()] + typo(m.group()) + s[1][m.end():]
    # dropped punctuation
    if chance(0.3):
        for s in text_segs(segs):
            if chance(0.6):
                s[1] = s[1].replace(", ", " ").replace("，", " " if chance(0.3) else "，")
        last = segs[-1]
        if last[0] == "t":
            last[1] = last[1].rstrip(".!。")
    # repeated punctuation
    if chance(0.12):
        for s in text_segs(segs):
            s[1] = s[1].replace("?", pick(["??", "???", "?!"]), 1).replace("!", "!!!", 1)
    # odd line break
    if chance(0.14) and not light:
        ts = [s for s in text_segs(segs) if " " in s[1].strip()]
        if ts:
            s = pick(ts)
            idx = [i for i, c in enumerate(s[1]) if c == " " and 0 < i < len(s[1]) - 1]
            if idx:
                i = pick(idx)
                s[1] = s[1][:i] + pick(["\n", " \n", "\n"]) + s[1][i + 1:]
    # sentences run together
    if chance(0.1):
        for s in text_segs(segs):
            m = re.search(r"(?<=[^\W\d_])\. ", s[1])
            if m:
                s[1] = s[1][:m.start()] + "." + s[1][m.end():]
                break
    # emoji
    if chance(0.3 if latin else 0.25) and not light:
        e = pick(EMOJI)
        if chance(0.6) or len(segs) < 2:
            segs.append(["t", pick(["", " ", " "]) + e])
        else:
            i = rng.randrange(1, len(segs))
            segs.insert(i, ["t", pick([" ", ""]) + e + " "])
    return segs


def normalize(segs):
    out = []
    for s in segs:
        if s[0] == "t":
            if not s[1]:
                continue
            if out and out[-1][0] == "t":
                out[-1][1] += s[1]
                continue
        out.append(list(s))
    if out and out[0][0] == "t":
        out[0][1] = out[0][1].lstrip()
        if not out[0][1]:
            out.pop(0)
    if out and out[-1][0] == "t":
        out[-1][1] = out[-1][1].rstrip()
        if not out[-1][1]:
            out.pop()
    for s in out:
        if s[0] == "t":
            s[1] = re.sub(r"[ ]{3,}", "  ", s[1])
    return out


def all_asks(B):
    return [a for v in B["ASK"].values() for a in v]


DECK = {}


def primary_type(lang):
    """Primary PII category of a message: drawn from a shuffled deck so that every
    category gets its share (the secondary ones are drawn freely)."""
    if not DECK.get(lang):
        deck = []
        for t, w in TYPE_W[lang]:
            deck += [t] * w
        rng.shuffle(deck)
        DECK[lang] = deck
    return DECK[lang].pop()


def build(lang, want_pii):
    B = BANKS[lang]
    pieces, quote = [], None
    if want_pii:
        r = rng.random()
        if r < 0.11:
            pieces.append(render(pick(B["MULTI"]), lang))
        elif r < 0.23:
            t1, t2 = primary_type(lang), wpick(TYPE_W[lang])
            pieces += [render(pick(B[t1]), lang), render(pick(B[t2]), lang)]
        elif r < 0.26:
            for t in (primary_type(lang), wpick(TYPE_W[lang]), wpick(TYPE_W[lang])):
                pieces.append(render(pick(B[t]), lang))
        elif r < 0.38:
            t = primary_type(lang)
            q = rng.random()
            if q < 0.55:
                quote = render(pick(B["ASK"][t]), lang)
                pieces.append(render(pick(B["BARE"][t]), lang))
            elif q < 0.8:
                quote = render(pick(B[t]), lang)
                pieces.append(render(pick(B["REPLY"]), lang))
            else:
                quote = render(pick(B["NEG"]), lang)
                pieces.append(render(pick(B[t]), lang))
        else:
            pieces.append(render(pick(B[primary_type(lang)]), lang))
        if chance(0.35):
            neg = render(pick(B["NEG"]), lang)
            if chance(0.5):
                pieces.insert(0, neg)
            else:
                pieces.append(neg)
    else:
        n = wpick([(1, 50), (2, 38), (3, 12)])
        pool = B["NEG"] + all_asks(B) * (1 if chance(0.3) else 0)
        for f in rng.sample(pool, n):
            pieces.append(render(f, lang))
        if chance(0.15):
            quote = render(pick(B["NEG"] + all_asks(B)), lang)
            if chance(0.4):
                pieces = [render(pick(B["REPLY"]), lang)] + pieces[:1]
    body = join(pieces, lang)
    other = EN if lang != "en" and chance(0.12) else B
    if chance(0.4 if want_pii else 0.3):
        op = pick(other["OPEN"])
        s = sep(SEP_OPEN, lang) if op[-1] not in ",.!?:" else ["t", pick([" ", "\n", " ", "  "])]
        body = [["t", op], s] + body
    if chance(0.35):
        body = body + [safe_sep(SEP_CLOSE, lang, normalize(body)), ["t", pick(other["CLOSE"])]]
    segs = normalize(mess(normalize(body), lang))
    if quote is not None:
        q = normalize(mess(normalize(quote), lang, light=True))
        for x in q:  # every quoted line starts with "> "
            if x[0] == "t":
                x[1] = x[1].replace("\n", "\n> ")
        segs = normalize([["t", "> "]] + q + [["t", pick(["\n", "\n", "\n\n", "\n"])]] + segs)
    return segs


def finish(segs):
    text, spans, negs, pos = "", [], [], 0
    for s in segs:
        v = s[1] if s[0] == "t" else s[2]
        if s[0] == "p":
            spans.append({"start": pos, "end": pos + len(v), "type": s[1], "value": v})
        elif s[0] == "n":
            negs.append({"start": pos, "end": pos + len(v), "kind": s[1], "value": v})
        text += v
        pos += len(v)
    for sp in spans + negs:
        assert text[sp["start"]:sp["end"]] == sp["value"]
    return text, spans, negs


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    recs, seen = [], set()
    for lang, total, n_neg in LANG_PLAN:
        plan = [False] * n_neg + [True] * (total - n_neg)
        rng.shuffle(plan)
        for want in plan:
            for _ in range(1000):
                text, spans, negs = finish(build(lang, want))
                if not (20 <= len(text) <= 300) or text in seen:
                    continue
                if want != bool(spans):
                    continue
                if any(sp["value"] != sp["value"].strip() for sp in spans):
                    continue
                break
            else:
                raise RuntimeError("could not build a message")
            seen.add(text)
            kind = "negative" if not spans else "single" if len(spans) == 1 else "multi"
            recs.append({"text": text, "spans": spans, "lang": lang, "kind": kind, "negatives": negs})
    assert len(recs) == N_TOTAL
    rng.shuffle(recs)
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            out = {"id": "dl-%05d" % i}
            out.update(r)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    by_type, by_lang, neg = {}, {}, 0
    for r in recs:
        by_lang[r["lang"]] = by_lang.get(r["lang"], 0) + 1
        neg += not r["spans"]
        for s in r["spans"]:
            by_type[s["type"]] = by_type.get(s["type"], 0) + 1
    sys.stderr.write("%d messages, %d without PII; per language %s\nspans per type %s\n"
                     % (len(recs), neg, by_lang, dict(sorted(by_type.items()))))


if __name__ == "__main__":
    main()
