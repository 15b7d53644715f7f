#!/usr/bin/env python3
"""make_numbers.py -- number-format breadth probe for the chat PII detector.

    python3 make_numbers.py OUT.jsonl

Writes 500 short buyer/seller chat messages in the corpus format of
the corpus README (../shared/pii-corpus/README.md).  The point of the set is the breadth of
NUMBER FORMATS of the number-like categories (PHONE, IBAN, BANK_ACCOUNT,
PAYMENT_CARD, NATIONAL_ID, IP_ADDRESS, CRYPTO_WALLET), each value valid
(Luhn, ISO 13616 mod-97, ABA, ISO 7064 mod 11-2, Verhoeff, base58check,
bech32/bech32m, EIP-55), plus about 30 % PII-free messages holding
look-alikes of the same shapes (checksum-failing cards / IBANs / IDs, order
and tracking numbers, dates, prices, product codes, phone-length numbers that
are something else).

Written from the README only, independently of the engine and of the
corpus generator.  Spans are computed by construction (the text is assembled
piece by piece), never by searching the text afterwards.  Deterministic:
one random.Random with a fixed seed, no iteration over sets.

Span conventions followed (README "Taxonomy and span conventions"):
  PHONE       from '+' / '00' / '(' (or the first digit) to the last digit;
              labels ("Tel:", "WhatsApp") excluded; a written extension
              ("ext. 12", "x12", "доб. 204", "转8021") is part of the number
              as written and its last digit is the last digit, so it is
              inside the span.
  IP_ADDRESS  the address only: ':port', '/prefix' and '[...]' excluded.
  IBAN        the whole IBAN as printed (grouped / compact / lower case).
  BANK_ACCOUNT the number or code only (account number introduced as such,
              SWIFT/BIC 8 or 11, ABA routing number).
  others      the value only.

A self-check runs after generation (round trip of every span, the checksum of
every positive, and that every planted look-alike FAILS the checksum it
imitates); the script exits non-zero if anything fails.
"""
import hashlib
import ipaddress
import json
import sys
import random

SEED = 20241130
N_MESSAGES = 500
R = random.Random(SEED)

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"


def rd(n, first=None):
    s = R.choice(first) if first else R.choice(DIG)
    return (s + "".join(R.choice(DIG) for _ in range(n - 1)))[:n] if n else ""


def rl(n):
    return "".join(R.choice(UP) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def mod97(s):
    r = 0
    for ch in s:
        r = (r * (100 if ch.isalpha() else 10) + (ord(ch) - 55 if ch.isalpha() else int(ch))) % 97
    return r


def iban_check_ok(iban):
    s = "".join(c for c in iban if c.isalnum()).upper()
    return len(s) > 4 and s[:2].isalpha() and s[2:4].isdigit() and mod97(s[4:] + s[:4]) == 1


def iban_from_bban(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, chk, bban)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(d):
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return body + str(VINV[c])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_check(body17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, CN_W)) % 11]


def cnid_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == 18 and s[:17].isdigit() and (s[17].isdigit() or s[17] == "X") and cnid_check(s[:17]) == s[17]


def aba_ok(d):
    return len(d) == 9 and d.isdigit() and sum(int(a) * w for a, w in zip(d, [3, 7, 1] * 3)) % 10 == 0


def aba_complete(body8):
    for c in DIG:
        if aba_ok(body8 + c):
            return body8 + c
    raise AssertionError


def ssn_ok(d):
    d = d.replace("-", "").replace(" ", "")
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NINO_FIRST and s[1] in NINO_SECOND and s[2:8].isdigit()
            and s[8] in "ABCD" and s[:2] not in NINO_BAD)


def iso6346_complete(owner_cat, serial6):
    vals = {}
    v = 10
    for ch in UP:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = owner_cat + serial6
    tot = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(tot % 11 % 10)


def s10_complete(prefix2, body8, country):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body8, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return "%s%s%d%s" % (prefix2, body8, c, country)


def ean13_complete(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def ups_complete(body15):
    # body15 = 6 shipper + 2 service + 7 package (after the '1Z')
    tot = 0
    for i, ch in enumerate(body15):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if i % 2 else 1)
    return "1Z" + body15 + str((10 - tot % 10) % 10)


def clabe_complete(body17):
    w = [3, 7, 1] * 6
    s = sum((int(a) * b) % 10 for a, b in zip(body17, w))
    return body17 + str((10 - s % 10) % 10)


# -- base58check / bech32 / keccak (own implementations)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * (len(s) - len(s.lstrip("1"))) + body


def b58check_encode(payload):
    return b58encode(payload + dsha(payload)[:4])


def b58check_ok(s):
    if not s or any(c not in B58 for c in s):
        return False
    raw = b58decode(s)
    return len(raw) > 4 and dsha(raw[:-4])[:4] == raw[-4:]


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M = 0x2bc830a3


def bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def segwit_encode(hrp, ver, prog):
    data = [ver] + convertbits(prog, 8, 5)
    const = 1 if ver == 0 else BECH32M
    pm = bech_polymod(hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def segwit_ok(addr):
    a = addr.lower()
    if addr != a and addr != addr.upper():
        return False
    hrp, _, data = a.rpartition("1")
    if hrp != "bc" or len(data) < 7 or any(c not in BECH for c in data):
        return False
    vals = [BECH.index(c) for c in data]
    pm = bech_polymod(hrp_expand(hrp) + vals)
    ver = vals[0]
    if pm != (1 if ver == 0 else BECH32M):
        return False
    prog = convertbits(vals[1:-6], 5, 8)
    plen = len(vals[1:-6]) * 5 // 8
    return (ver == 0 and plen in (20, 32)) or (ver == 1 and plen == 32)


KECCAK_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
             0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
             0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
             0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
             0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
             0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
KECCAK_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
              [27, 20, 39, 8, 14]]
M64 = (1 << 64) - 1


def rol64(x, n):
    return ((x << n) | (x >> (64 - n))) & M64 if n else x


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    msg += b"\x00" * (-len(msg) % rate)
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]  # A[x][y]
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(msg[off + 8 * i:off + 8 * i + 8], "little")
        for rc in KECCAK_RC:
            C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
            D = [C[(x - 1) % 5] ^ rol64(C[(x + 1) % 5], 1) for x in range(5)]
            A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
            B = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    B[y][(2 * x + 3 * y) % 5] = rol64(A[x][y], KECCAK_ROT[x][y])
            A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)]
                 for x in range(5)]
            A[0][0] ^= rc
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40):
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c.lower()
                          for i, c in enumerate(hex40.lower()))


def eth_ok(s):
    if len(s) != 42 or not s.startswith("0x") or any(c not in HEX for c in s[2:].lower()):
        return False
    h = s[2:]
    return h == h.lower() or h == h.upper() or eip55(h) == s


def crypto_ok(s):
    if s.startswith("0x"):
        return eth_ok(s)
    if s.lower().startswith("bc1"):
        return segwit_ok(s)
    return b58check_ok(s) and b58decode(s)[0] in (0, 5) and len(b58decode(s)) == 25


def ip_ok(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


# self-test of the hand-written primitives against published vectors
assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
assert segwit_encode("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
assert iban_check_ok("GB82WEST12345698765432") and iban_check_ok("DE89370400440532013000")
assert verhoeff_complete("236") == "2363" and luhn_ok("79927398713") and aba_ok("011000015")
assert iso6346_complete("CSQU", "305438") == "CSQU3054383"
assert b58check_encode(bytes(21)) == "1111111111111111111114oLvT2"


def to_fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)


def norm_digits(s):
    return "".join(chr(ord(c) - 0xFF10 + 0x30) if "\uff10" <= c <= "\uff19" else c for c in s)


# ------------------------------------------------- look-alike safety filter
def digit_runs(v):
    """Digit runs where digits may be separated by single ' ', '.', '-'."""
    runs, cur, i = [], "", 0
    while i < len(v):
        c = v[i]
        if c.isdigit():
            cur += c
        elif c in " .-" and cur and i + 1 < len(v) and v[i + 1].isdigit():
            pass
        else:
            if cur:
                runs.append(cur)
            cur = ""
        i += 1
    if cur:
        runs.append(cur)
    return runs


def alnum(s):
    return "".join(c for c in s if c.isalnum() and c.isascii())


def lookalike_problems(v, kind=""):
    """Why a would-be negative passes a positive checksum (empty = safe)."""
    v = norm_digits(v)
    cands = [alnum(v)] + [alnum(t) for t in v.split()] + digit_runs(v)
    errs = []
    for d in cands:
        if d.isdigit():
            if 12 <= len(d) <= 19 and luhn_ok(d):
                errs.append("luhn")
            if len(d) == 12 and d[0] not in "01" and verhoeff_ok(d):
                errs.append("verhoeff")
            if len(d) == 18 and cnid_ok(d):
                errs.append("cnid")
            if len(d) == 9 and aba_ok(d):
                errs.append("aba")
        if len(d) >= 14 and d[:2].isalpha() and d[2:4].isdigit() and iban_check_ok(d):
            errs.append("iban")
        if len(d) == 18 and d[:17].isdigit() and cnid_ok(d):
            errs.append("cnid")
    if kind.startswith("B58") and (b58check_ok(v) or crypto_ok(v)):
        errs.append("b58")
    return errs


def safe(gen, kind=""):
    for _ in range(1000):
        v = gen()
        if not lookalike_problems(v, kind):
            return v
    raise AssertionError("no safe look-alike for %s" % kind)


# ================================================================== PHONES
# (iso, country code, trunk prefix, native lang, kinds)
# kind = (label, NSN prefixes, NSN length, display groups of the NSN, allowed next digit)
# NSN = national significant number (what follows the country code).
PHONE_PLAN = [
    ("US", "1", "", "en", [("land", ["212", "415", "646", "312", "617", "713", "305", "206", "404", "202", "512", "702"], 10, (3, 3, 4), "23456789")]),
    ("CA", "1", "", "en", [("land", ["416", "604", "514", "403", "613", "905", "780"], 10, (3, 3, 4), "23456789")]),
    ("MX", "52", "", "es", [("mob", ["55", "33", "81"], 10, (2, 4, 4), "123456789"),
                            ("land", ["998", "222", "442", "664"], 10, (3, 3, 4), "123456789")]),
    ("BR", "55", "", "pt", [("mob", ["119", "219", "319", "419", "519", "619", "719", "819", "859"], 11, (2, 5, 4), "6789"),
                            ("land", ["11", "21", "31", "41", "51", "61"], 10, (2, 4, 4), "2345")]),
    ("AR", "54", "0", "es", [("mobintl", ["911"], 11, (1, 2, 4, 4), "23456"),
                             ("land", ["11"], 10, (2, 4, 4), "456")]),
    ("CL", "56", "", "es", [("mob", ["9"], 9, (1, 4, 4), "3456789"),
                            ("land", ["22"], 9, (1, 4, 4), "1234")]),
    ("CO", "57", "", "es", [("mob", ["300", "301", "310", "311", "312", "315", "316", "320", "321"], 10, (3, 3, 4), "23456789"),
                            ("land", ["601", "604", "602"], 10, (3, 3, 4), "2345678")]),
    ("PE", "51", "0", "es", [("mob", ["9"], 9, (3, 3, 3), "1456789"),
                             ("land", ["1"], 8, (1, 3, 4), "2345678")]),
    ("GB", "44", "0", "en", [("mob", ["7911", "7700", "7824", "7400", "7578", "7939"], 10, (4, 6), "123456789"),
                             ("land", ["20"], 10, (2, 4, 4), "378"),
                             ("land", ["161", "121", "131", "113"], 10, (3, 3, 4), "2345789")]),
    ("DE", "49", "0", "de", [("mob", ["151", "152", "160", "170", "171", "176", "157", "162"], 11, (3, 8), "123456789"),
                             ("mob", ["170", "171", "175"], 10, (3, 7), "123456789"),
                             ("land", ["30", "40"], 10, (2, 8), "123456789"),
                             ("land", ["89", "69"], 9, (2, 7), "123456789"),
                             ("land", ["221", "211"], 10, (3, 7), "123456789")]),
    ("FR", "33", "0", "en", [("mob", ["6", "7"], 9, (1, 2, 2, 2, 2), "0123456789"),
                             ("land", ["1", "4", "3"], 9, (1, 2, 2, 2, 2), "2345678")]),
    ("ES", "34", "", "es", [("mob", ["6"], 9, (3, 3, 3), "0123456789"),
                            ("land", ["91", "93", "96"], 9, (3, 3, 3), "1234567")]),
    ("IT", "39", "", "en", [("mob", ["32", "33", "34", "35", "36", "38", "39"], 10, (3, 3, 4), "0123456789"),
                            ("land", ["06", "02"], 10, (2, 4, 4), "123456789")]),
    ("NL", "31", "0", "en", [("mob", ["6"], 9, (1, 8), "12345"),
                             ("land", ["20", "10"], 9, (2, 3, 4), "1234567")]),
    ("BE", "32", "0", "en", [("mob", ["47", "48", "49", "46"], 9, (3, 2, 2, 2), "0123456789"),
                             ("land", ["2"], 8, (1, 3, 2, 2), "2345678")]),
    ("CH", "41", "0", "de", [("mob", ["75", "76", "77", "78", "79"], 9, (2, 3, 2, 2), "123456789"),
                             ("land", ["44", "22", "31"], 9, (2, 3, 2, 2), "2345678")]),
    ("AT", "43", "0", "de", [("mob", ["664", "660", "676", "699"], 10, (3, 7), "123456789"),
                             ("land", ["1"], 8, (1, 3, 4), "2345678")]),
    ("PL", "48", "", "en", [("mob", ["501", "502", "600", "601", "690", "691", "790", "880"], 9, (3, 3, 3), "0123456789"),
                            ("land", ["22", "12", "61"], 9, (2, 3, 2, 2), "2345678")]),
    ("SE", "46", "0", "en", [("mob", ["70", "72", "73", "76", "79"], 9, (2, 3, 2, 2), "0123456789"),
                             ("land", ["8"], 9, (1, 3, 3, 2), "2345678")]),
    ("NO", "47", "", "en", [("mob", ["4", "9"], 8, (3, 2, 3), "0123456789"),
                            ("land", ["22", "23"], 8, (2, 2, 2, 2), "123456789")]),
    ("DK", "45", "", "en", [("mob", ["20", "21", "22", "31", "40", "42", "50", "60", "61", "71", "91"], 8, (2, 2, 2, 2), "0123456789"),
                            ("land", ["33", "35", "36", "38", "86"], 8, (2, 2, 2, 2), "0123456789")]),
    ("IE", "353", "0", "en", [("mob", ["83", "85", "86", "87", "89"], 9, (2, 3, 4), "123456789"),
                              ("land", ["1"], 8, (1, 3, 4), "2345678")]),
    ("PT", "351", "", "pt", [("mob", ["91", "92", "93", "96"], 9, (3, 3, 3), "0123456789"),
                             ("land", ["21", "22"], 9, (3, 3, 3), "0123456789")]),
    ("RU", "7", "8", "ru", [("mob", ["915", "916", "903", "926", "985", "999", "921"], 10, (3, 3, 2, 2), "123456789"),
                            ("land", ["495", "499", "812"], 10, (3, 3, 2, 2), "23456789")]),
    ("KZ", "7", "8", "ru", [("mob", ["701", "702", "705", "707", "747", "771", "777"], 10, (3, 3, 2, 2), "123456789")]),
    ("UA", "380", "0", "ru", [("mob", ["50", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9, (2, 3, 2, 2), "123456789"),
                              ("land", ["44"], 9, (2, 3, 2, 2), "2345")]),
    ("TR", "90", "0", "en", [("mob", ["530", "532", "533", "535", "541", "542", "505", "555"], 10, (3, 3, 2, 2), "123456789"),
                             ("land", ["212", "216", "312"], 10, (3, 3, 2, 2), "2345")]),
    ("GR", "30", "", "en", [("mob", ["69"], 10, (3, 3, 4), "0345789"),
                            ("land", ["21"], 10, (3, 3, 4), "0123456")]),
    ("CZ", "420", "", "en", [("mob", ["601", "602", "603", "604", "608", "720", "731", "737", "777"], 9, (3, 3, 3), "0123456789"),
                             ("land", ["2"], 9, (3, 3, 3), "12345")]),
    ("RO", "40", "0", "en", [("mob", ["72", "73", "74", "75", "76", "78"], 9, (3, 3, 3), "0123456789"),
                             ("land", ["21"], 9, (2, 3, 4), "23")]),
    ("AE", "971", "0", "en", [("mob", ["50", "52", "54", "55", "56", "58"], 9, (2, 3, 4), "123456789"),
                              ("land", ["4", "2"], 8, (1, 3, 4), "2345678")]),
    ("SA", "966", "0", "en", [("mob", ["50", "53", "54", "55", "56", "59"], 9, (2, 3, 4), "123456789"),
                              ("land", ["11", "12"], 9, (2, 3, 4), "2456")]),
    ("IL", "972", "0", "en", [("mob", ["50", "52", "53", "54", "58"], 9, (2, 3, 4), "2345678"),
                              ("land", ["3", "2", "4"], 8, (1, 3, 4), "5679")]),
    ("QA", "974", "", "en", [("mob", ["3", "5", "6", "7"], 8, (4, 4), "0123456789"),
                             ("land", ["44"], 8, (4, 4), "0123456789")]),
    ("EG", "20", "0", "en", [("mob", ["10", "11", "12", "15"], 10, (2, 4, 4), "0123456789"),
                             ("land", ["2"], 9, (1, 4, 4), "23")]),
    ("NG", "234", "0", "en", [("mob", ["803", "806", "813", "816", "703", "706", "903", "805", "807", "815", "905"], 10, (3, 3, 4), "0123456789"),
                              ("land", ["1"], 8, (1, 3, 4), "2345678")]),
    ("ZA", "27", "0", "en", [("mob", ["82", "83", "72", "73", "74", "76", "79", "81", "84", "60", "61"], 9, (2, 3, 4), "0123456789"),
                             ("land", ["11", "21", "31"], 9, (2, 3, 4), "2345678")]),
    ("KE", "254", "0", "en", [("mob", ["70", "71", "72", "74", "79", "11"], 9, (3, 3, 3), "0123456789"),
                              ("land", ["20"], 9, (2, 3, 4), "2345")]),
    ("MA", "212", "0", "en", [("mob", ["6", "7"], 9, (1, 2, 2, 2, 2), "0123456789"),
                              ("land", ["522", "537"], 9, (3, 2, 2, 2), "2345678")]),
    ("GH", "233", "0", "en", [("mob", ["20", "24", "26", "27", "50", "54", "55", "59"], 9, (2, 3, 4), "0123456789"),
                              ("land", ["30"], 9, (2, 3, 4), "2")]),
    ("IN", "91", "0", "en", [("mob", ["98", "99", "97", "96", "94", "93", "91", "90", "88", "87", "81", "80", "79", "78", "70", "63"], 10, (5, 5), "0123456789"),
                             ("land", ["11", "22"], 10, (2, 4, 4), "2346")]),
    ("PK", "92", "0", "en", [("mob", ["300", "301", "302", "321", "331", "333", "345"], 10, (3, 7), "0123456789"),
                             ("land", ["21", "42", "51"], 10, (2, 4, 4), "3")]),
    ("BD", "880", "0", "en", [("mob", ["13", "15", "16", "17", "18", "19"], 10, (4, 6), "0123456789")]),
    ("LK", "94", "0", "en", [("mob", ["70", "71", "72", "75", "76", "77", "78"], 9, (2, 3, 4), "0123456789"),
                             ("land", ["11"], 9, (2, 3, 4), "2457")]),
    ("CN", "86", "0", "zh", [("mob", ["138", "139", "135", "136", "150", "151", "158", "186", "187", "189", "177", "199", "166"], 11, (3, 4, 4), "0123456789"),
                             ("land", ["10", "21"], 10, (2, 4, 4), "5678"),
                             ("land", ["755", "571", "574", "769"], 11, (3, 4, 4), "2345678")]),
    ("JP", "81", "0", "en", [("mob", ["90", "80", "70"], 10, (2, 4, 4), "123456789"),
                             ("land", ["3", "6"], 9, (1, 4, 4), "123456789")]),
    ("KR", "82", "0", "en", [("mob", ["10"], 10, (2, 4, 4), "23456789"),
                             ("land", ["2"], 9, (1, 4, 4), "2345")]),
    ("HK", "852", "", "zh", [("mob", ["5", "6", "9"], 8, (4, 4), "0123456789"),
                             ("land", ["2", "3"], 8, (4, 4), "0123456789")]),
    ("TW", "886", "0", "zh", [("mob", ["9"], 9, (3, 3, 3), "1234"),
                              ("land", ["2"], 9, (1, 4, 4), "2"),]),
    ("SG", "65", "", "en", [("mob", ["8", "9"], 8, (4, 4), "0123456789"),
                            ("land", ["6"], 8, (4, 4), "1234")]),
    ("VN", "84", "0", "en", [("mob", ["90", "91", "98", "97", "86", "88", "32", "33", "70", "77", "79"], 9, (3, 3, 3), "0123456789"),
                             ("land", ["28", "24"], 10, (2, 4, 4), "3")]),
    ("TH", "66", "0", "en", [("mob", ["8", "9", "6"], 9, (2, 3, 4), "0123456789"),
                             ("land", ["2"], 8, (1, 3, 4), "2345679")]),
    ("ID", "62", "0", "en", [("mob", ["811", "812", "813", "821", "822", "852", "853", "857"], 11, (3, 4, 4), "0123456789"),
                             ("land", ["21"], 10, (2, 4, 4), "2345789")]),
    ("PH", "63", "0", "en", [("mob", ["917", "918", "919", "920", "927", "995", "998"], 10, (3, 3, 4), "0123456789"),
                             ("land", ["28"], 9, (1, 4, 4), "0123456789")]),
    ("MY", "60", "0", "en", [("mob", ["12", "13", "16", "17", "19"], 9, (2, 3, 4), "23456789"),
                             ("land", ["3"], 9, (1, 4, 4), "2456789")]),
    ("AU", "61", "0", "en", [("mob", ["4"], 9, (3, 3, 3), "0123456789"),
                             ("land", ["2", "3", "7", "8"], 9, (1, 4, 4), "5689")]),
    ("NZ", "64", "0", "en", [("mob", ["21", "22", "27"], 9, (2, 3, 4), "0123456789"),
                             ("land", ["9", "4", "3"], 8, (1, 3, 4), "2345")]),
]
NANP = ("US", "CA")


def make_nsn(prefixes, length, nxt):
    p = R.choice(prefixes)
    n = length - len(p)
    body = R.choice(nxt) + rd(n - 1) if n > 0 else ""
    nsn = p + body
    if nsn[:1] in "23456789" and len(nsn) == 10 and nxt == "23456789":  # NANP: no N11 exchange
        if nsn[4:6] == "11":
            nsn = nsn[:5] + "2" + nsn[6:]
    return nsn


def split_groups(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    assert i == len(s), (s, groups)
    return out


def phone_styles(iso, cc, trunk, label, nsn, groups):
    """All the ways this number is written; dict style -> string."""
    g = split_groups(nsn, groups)
    st = {}
    st["e164"] = "+" + cc + nsn
    st["intl_space"] = "+" + cc + " " + " ".join(g)
    st["intl_dash"] = "+" + cc + "-" + "-".join(g)
    st["idd00"] = "00" + cc + " " + " ".join(g)
    st["idd00_dash"] = "00" + cc + "-" + "-".join(g)
    if label == "mobintl":  # AR mobile: only the international form is the NSN
        st["intl_area_br"] = "+" + cc + " " + g[0] + " (" + g[1] + ") " + "-".join(g[2:])
        return st
    if iso == "CN" and label == "mob" or iso == "PE" and label == "mob":
        trunk = ""  # mobiles there are dialled without the trunk 0
    if len(g) >= 3 and (label == "land" or iso in NANP + ("RU", "KZ", "BR")):
        rest_sep = "-" if iso in NANP + ("RU", "KZ", "BR") else " "
        st["intl_area_br"] = "+" + cc + " (" + g[0] + ") " + rest_sep.join(g[1:])
    if trunk == "0":
        st["intl_0"] = "+" + cc + " (0)" + g[0] + " " + " ".join(g[1:])
    first = trunk + g[0]
    rest = g[1:]
    if iso in NANP:
        st["nat_br"] = "(" + g[0] + ") " + g[1] + "-" + g[2]
        st["nat_dash"] = "-".join(g)
        st["nat_dot"] = ".".join(g)
        st["nanp_1"] = "1-" + "-".join(g)
        st["nanp_1sp"] = "1 (" + g[0] + ") " + g[1] + "-" + g[2]
        return st
    if iso in ("RU", "KZ"):
        st["nat_br"] = "8 (" + g[0] + ") " + g[1] + "-" + "-".join(g[2:])
        st["nat_dash"] = "8-" + "-".join(g)
        st["nat_space"] = "8 " + " ".join(g)
        st["intl_ru"] = "+7 " + g[0] + " " + g[1] + "-" + "-".join(g[2:])
        return st
    if iso == "BR":
        st["nat_br"] = "(" + g[0] + ") " + g[1] + "-" + g[2]
        st["nat_br0"] = "(0" + g[0] + ") " + g[1] + "-" + g[2]
        st["intl_br"] = "+55 " + g[0] + " " + g[1] + "-" + g[2]
        return st
    if len(rest) == 0:
        return st
    st["nat_space"] = first + " " + " ".join(rest)
    st["nat_dash"] = first + "-" + "-".join(rest)
    st["nat_compact"] = trunk + nsn
    if len(rest) >= 2 and len(first) >= 2:
        st["nat_dot"] = first + "." + ".".join(rest)
    if (trunk or iso in ("IT",)) and label == "land":
        st["nat_br"] = "(" + first + ") " + " ".join(rest)
    if iso in ("JP", "KR", "TW", "TH", "IL", "ID", "PH", "MY") and len(rest) >= 2 and label == "land":
        st["nat_br_dash"] = "(" + first + ") " + "-".join(rest)
    if iso in ("DE", "AT", "CH", "NL") and label == "land":
        st["nat_slash"] = first + "/" + "".join(rest)
    return st


INTL_STYLES = ("e164", "intl_space", "intl_dash", "idd00", "idd00_dash", "intl_area_br", "intl_0",
               "intl_ru", "intl_br")
NAT_STYLES = ("nat_space", "nat_dash", "nat_compact", "nat_dot", "nat_br", "nat_br0", "nat_br_dash",
              "nat_slash", "nanp_1", "nanp_1sp")

EXT_FORMS = {
    "en": [" ext. {}", " x{}", " ext {}", " Ext. {}", " x {}"],
    "es": [" ext. {}", " ext {}"],
    "pt": [" ramal {}"],
    "de": [" Durchwahl {}", "-{}"],
    "ru": [" доб. {}"],
    "zh": ["转{}", " 转 {}"],
}

PHONE_LANG = {"es": "es", "pt": "pt", "de": "de", "ru": "ru", "zh": "zh", "en": "en"}


def phone_values():
    """Several differently written numbers per country. Returns list of (iso, lang, value, style)."""
    out = []
    for iso, cc, trunk, lang, kinds in PHONE_PLAN:
        per_country = 3
        used = set()
        picks = []
        for k in range(per_country * 6):
            if len(picks) >= per_country:
                break
            label, prefixes, length, groups, nxt = kinds[k % len(kinds)] if k < len(kinds) else R.choice(kinds)
            nsn = make_nsn(prefixes, length, nxt)
            styles = phone_styles(iso, cc, trunk, label, nsn, groups)
            names = sorted(styles)
            if len(picks) == 0:
                names = [n for n in names if n in INTL_STYLES and n != "e164"] or names
            elif len(picks) == 1:
                names = [n for n in names if n in NAT_STYLES] or names
            names = [n for n in names if n not in used] or names
            name = R.choice(names)
            used.add(name)
            val = styles[name]
            # a written extension on some land lines
            if label == "land" and R.random() < 0.22:
                plang = lang if R.random() < 0.5 else "en"
                form = R.choice(EXT_FORMS[plang])
                val = val + form.format(rd(R.choice([2, 3, 4]), "123456789"))
                picks.append((iso, plang, val, name + "+ext"))
                continue
            picks.append((iso, lang, val, name))
        out.extend(picks)
    # a few full-width numbers as typed on Chinese IMEs
    for _ in range(3):
        nsn = make_nsn(["138", "139", "186", "158"], 11, DIG)
        v = R.choice([nsn, "+86 " + nsn[:3] + " " + nsn[3:7] + " " + nsn[7:], "+86" + nsn])
        out.append(("CN", "zh", to_fullwidth(v), "fullwidth"))
    return out


# ================================================================== IBANs
IBAN_SPEC = {
    "AD": ("4n4n12c", 24), "AE": ("3n16n", 23), "AL": ("8n16c", 28), "AT": ("5n11n", 20),
    "AZ": ("4a20c", 28), "BA": ("3n3n8n2n", 20), "BE": ("3n7n2n", 16), "BG": ("4a4n2n8c", 22),
    "BH": ("4a14c", 22), "BR": ("8n5n10n1a1c", 29), "CH": ("5n12c", 21), "CR": ("4n14n", 22),
    "CY": ("3n5n16c", 28), "CZ": ("4n6n10n", 24), "DE": ("8n10n", 22), "DK": ("4n9n1n", 18),
    "DO": ("4a20n", 28), "EE": ("2n2n11n1n", 20), "EG": ("4n4n17n", 29), "ES": ("4n4n1n1n10n", 24),
    "FI": ("3n11n", 18), "FR": ("5n5n11c2n", 27), "GB": ("4a6n8n", 22), "GE": ("2a16n", 22),
    "GI": ("4a15c", 23), "GR": ("3n4n16c", 27), "HR": ("7n10n", 21), "HU": ("3n4n1n15n1n", 28),
    "IE": ("4a6n8n", 22), "IL": ("3n3n13n", 23), "IS": ("4n2n6n10n", 26), "IT": ("1a5n5n12c", 27),
    "JO": ("4a4n18c", 30), "KW": ("4a22c", 30), "KZ": ("3n13c", 20), "LB": ("4n20c", 28),
    "LI": ("5n12c", 21), "LT": ("5n11n", 20), "LU": ("3n13c", 20), "LV": ("4a13c", 21),
    "MC": ("5n5n11c2n", 27), "MD": ("2c18c", 24), "ME": ("3n13n2n", 22), "MK": ("3n10c2n", 19),
    "MT": ("4a5n18c", 31), "MU": ("4a2n2n12n3n3a", 30), "NL": ("4a10n", 18), "NO": ("4n6n1n", 15),
    "PK": ("4a16c", 24), "PL": ("8n16n", 28), "PS": ("4a21c", 29), "PT": ("4n4n11n2n", 25),
    "QA": ("4a21c", 29), "RO": ("4a16c", 24), "RS": ("3n13n2n", 22), "SA": ("2n18c", 24),
    "SE": ("3n16n1n", 24), "SI": ("5n8n2n", 19), "SK": ("4n6n10n", 24), "SM": ("1a5n5n12c", 27),
    "TN": ("2n3n13n2n", 24), "TR": ("5n1n16c", 26), "UA": ("6n19c", 29), "XK": ("4n10n2n", 20),
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"],
                "NL": ["ABNA", "INGB", "RABO", "TRIO"], "RO": ["BTRL", "RNCB", "INGB"],
                "PK": ["SCBL", "HABB", "MEZN"], "QA": ["QNBA", "DOHB"], "KW": ["NBOK", "CBKU"],
                "JO": ["CBJO", "ARAB"], "BH": ["NBOB", "BBKU"], "MT": ["MALT", "VALL"],
                "LV": ["HABA", "UNLA"], "GI": ["NWBK"], "BG": ["BNBG", "UNCR"], "MU": ["BOMM", "MCBL"],
                "AZ": ["NABZ", "IBAZ"], "DO": ["BAGR", "BPDO"], "PS": ["PALS"]}


def parse_spec(spec):
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
        else:
            out.append((ch, int(num)))
            num = ""
    return out


def make_iban(cc):
    spec, total = IBAN_SPEC[cc]
    parts = []
    for i, (kind, n) in enumerate(parse_spec(spec)):
        if kind == "n":
            parts.append(rd(n))
        elif kind == "a":
            if i == 0 and n == 4 and cc in BANK_LETTERS:
                parts.append(R.choice(BANK_LETTERS[cc]))
            elif cc == "BR":
                parts.append(R.choice("CP"))  # account type: C(urrent) / P(oupança)
            else:
                parts.append("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n)))
        else:
            parts.append("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if R.random() < 0.08 else R.choice(DIG)
                                 for _ in range(n)))
    bban = "".join(parts)
    if cc == "BE":  # Belgian national check: last two digits = first ten mod 97
        c = int(bban[:10]) % 97 or 97
        bban = bban[:10] + "%02d" % c
    iban = iban_from_bban(cc, bban)
    assert len(iban) == total and iban_check_ok(iban), (cc, iban)
    return iban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_print(iban, style):
    if style == "grouped":
        return group4(iban)
    if style == "compact":
        return iban
    if style == "lower_grouped":
        return group4(iban).lower()
    if style == "lower_compact":
        return iban.lower()
    raise ValueError(style)


# ============================================================ BANK_ACCOUNT
BIC_BANKS = {"DE": ["DEUT", "COBA", "HYVE", "GENO", "MARK"], "FR": ["BNPA", "SOGE", "CRLY", "AGRI"],
             "GB": ["BARC", "NWBK", "HBUK", "LOYD"], "ES": ["BBVA", "CAIX", "BSCH"],
             "IT": ["UNCR", "BCIT", "BPMO"], "NL": ["ABNA", "INGB", "RABO"], "CH": ["UBSW", "CRES", "ZKBK"],
             "US": ["CHAS", "BOFA", "CITI", "WFBI"], "CN": ["ICBK", "BKCH", "PCBC", "ABOC", "CMBC"],
             "HK": ["HSBC", "BKCH", "SCBL"], "SG": ["DBSS", "OCBC", "UOVB"], "AE": ["EBIL", "NBAD", "ADCB"],
             "TR": ["TGBA", "AKBK", "ISBK"], "PL": ["PKOP", "BPKO", "WBKP"], "BR": ["BRAS", "ITAU", "BBDE"],
             "IN": ["SBIN", "HDFC", "ICIC"], "JP": ["BOTK", "SMBC", "MHCB"], "RU": ["SABR", "VTBR", "ALFA"],
             "MX": ["BNMX", "BCMR"], "AT": ["BKAU", "RZBA", "GIBA"], "PT": ["CGDI", "BCOM"],
             "SE": ["ESSE", "NDEA", "HAND"], "VN": ["BFTV", "ICBV"], "KR": ["KOEX", "HVBK"]}
ALNUM = UP + DIG


def make_bic(cc=None, length=None):
    cc = cc or R.choice(sorted(BIC_BANKS))
    bank = R.choice(BIC_BANKS[cc]) if cc in BIC_BANKS and R.random() < 0.7 else rl(4)
    loc = R.choice(UP + "23456789") + R.choice(UP.replace("O", "") + "123456789")
    bic = bank + cc + loc
    length = length or R.choice([8, 11])
    if length == 11:
        bic += "XXX" if R.random() < 0.4 else (R.choice(UP + DIG.replace("0", "")) + R.choice(ALNUM) + R.choice(ALNUM)).replace("X", "Y")
    return bic


def make_aba():
    first2 = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                       "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
    return aba_complete(first2 + rd(6))


def plain_account(kind):
    """Account numbers that are NOT accidentally card/Aadhaar/China-ID/ABA-valid."""
    def g():
        if kind == "us":
            return rd(R.choice([8, 10, 11, 12]), "123456789")
        if kind == "uk":
            return rd(8)
        if kind == "in":
            return rd(R.choice([11, 14, 15]), "123456789")
        if kind == "cn":
            d = rd(R.choice([16, 17, 19]), "36")
            return d if R.random() < 0.5 else group4(d)
        if kind == "ru":
            return R.choice(["40702810", "40817810", "40802810"]) + rd(12)
        if kind == "br":
            return rd(R.choice([5, 6, 8]), "123456789") + "-" + rd(1)
        if kind == "mx":
            return clabe_complete(R.choice(["002", "012", "014", "021", "072"]) + rd(14))
        if kind == "de":
            return rd(10)
        if kind == "ng":
            return "0" + rd(9)
        if kind == "au":
            d = rd(8, "123456789")
            return d[:4] + " " + d[4:]
        if kind == "zero":
            return "000" + rd(9)
        raise ValueError(kind)
    return safe(g, "ACCOUNT")


# =========================================================== PAYMENT_CARD
CARD_BRANDS = [
    # brand, IIN prefixes, lengths, groupings per length
    ("Visa", ["4"], [16, 16, 16, 13, 19], {13: (4, 3, 3, 3), 16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}),
    ("Mastercard", ["51", "52", "53", "54", "55"], [16], {16: (4, 4, 4, 4)}),
    ("Mastercard", ["2221", "2300", "2411", "2503", "2640", "2720"], [16], {16: (4, 4, 4, 4)}),
    ("Amex", ["34", "37"], [15], {15: (4, 6, 5)}),
    ("Discover", ["6011", "644", "645", "649", "65"], [16, 16, 19], {16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}),
    ("JCB", ["3528", "3530", "3566", "3589"], [16, 16, 19], {16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}),
    ("UnionPay", ["62", "6222", "6228", "6212", "6217"], [16, 17, 18, 19, 19],
     {16: (4, 4, 4, 4), 17: (4, 4, 4, 5), 18: (6, 12), 19: (4, 4, 4, 4, 3)}),
    ("Diners", ["36", "300", "301", "305", "38"], [14], {14: (4, 6, 4)}),
    ("Maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], [16, 13, 18, 19],
     {13: (4, 4, 5), 16: (4, 4, 4, 4), 18: (4, 4, 4, 4, 2), 19: (4, 4, 4, 4, 3)}),
    ("Mir", ["2200", "2201", "2202", "2203", "2204"], [16, 16, 19], {16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}),
    ("RuPay", ["6070", "6080", "6521", "5085"], [16], {16: (4, 4, 4, 4)}),
    ("Troy", ["9792"], [16], {16: (4, 4, 4, 4)}),
]


def make_card(brand_row, length=None):
    brand, prefixes, lengths, groupings = brand_row
    length = length or R.choice(lengths)
    p = R.choice(prefixes)
    num = luhn_complete(p + rd(length - len(p) - 1))
    style = R.choices(["space", "dash", "compact"], [6, 2, 2])[0]
    if brand == "UnionPay" and length == 19 and R.random() < 0.3:
        groups = (6, 13)
    else:
        groups = groupings[length]
    g = split_groups(num, groups)
    if style == "compact":
        v = num
    else:
        v = (" " if style == "space" else "-").join(g)
    return brand, length, v


# ============================================================ NATIONAL_ID
CN_REGIONS = ["110101", "110105", "110108", "310101", "310115", "440103", "440305", "440106", "330102",
              "330106", "320102", "510104", "420102", "370202", "350203", "610113", "500103", "120101",
              "210102", "230103", "410105", "430104", "450103", "530102"]


def make_ssn():
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        d = "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(d):
            break
    style = R.choices(["dash", "space", "compact"], [7, 2, 2])[0]
    return {"dash": d[:3] + "-" + d[3:5] + "-" + d[5:], "space": d[:3] + " " + d[3:5] + " " + d[5:],
            "compact": d}[style]


def make_cnid(want_x=False):
    for _ in range(10000):
        y = R.randint(1958, 2004)
        m = R.randint(1, 12)
        dd = R.randint(1, 28)
        body = R.choice(CN_REGIONS) + "%04d%02d%02d" % (y, m, dd) + rd(3)
        c = cnid_check(body)
        if want_x == (c == "X"):
            v = body + c
            if R.random() < 0.15:
                v = v[:6] + " " + v[6:14] + " " + v[14:]
            elif want_x and R.random() < 0.3:
                v = v[:17] + "x"  # lower-case x is how some people type it
            return v
    raise AssertionError


def make_aadhaar():
    d = verhoeff_complete(rd(11, "23456789"))
    style = R.choices(["space", "compact", "dash"], [6, 3, 1])[0]
    if style == "compact":
        return d
    return (" " if style == "space" else "-").join(split_groups(d, (4, 4, 4)))


def make_nino():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    d = rd(6)
    suf = R.choice("ABCD")
    if R.random() < 0.5:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf)
    return p + d + suf


# ============================================================= IP_ADDRESS
def make_ipv4(kind="public"):
    if kind == "private":
        return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                         "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                         "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    if kind == "doc":
        return R.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(R.randint(1, 254))
    while True:
        a = R.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def make_ipv6(style):
    groups = [R.choice(["2001", "2a00", "2a02", "2604", "2408", "240e", "2400", "2c0f"])]
    groups.append("%x" % R.randint(0, 0xffff))
    groups += ["%x" % R.randint(0, 0xffff) for _ in range(6)]
    # make a zero run so '::' compression has something to do
    if style != "full_nozero":
        start = R.randint(2, 5)
        ln = R.randint(2, 8 - start - 1)
        for i in range(start, start + ln):
            groups[i] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    if style == "full":
        return addr.exploded
    if style == "full_nozero":
        return addr.exploded
    if style == "upper":
        return addr.compressed.upper()
    if style == "linklocal":
        return "fe80::" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(4))
    if style == "mapped":
        return "::ffff:" + make_ipv4()
    if style == "doc":
        return "2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))
    return addr.compressed


# =========================================================== CRYPTO_WALLET
def make_wallet(kind):
    if kind == "p2pkh":
        return b58check_encode(b"\x00" + R.randbytes(20))
    if kind == "p2sh":
        return b58check_encode(b"\x05" + R.randbytes(20))
    if kind == "p2wpkh":
        return segwit_encode("bc", 0, R.randbytes(20))
    if kind == "p2wsh":
        return segwit_encode("bc", 0, R.randbytes(32))
    if kind == "p2tr":
        return segwit_encode("bc", 1, R.randbytes(32))
    if kind == "p2wpkh_upper":
        return segwit_encode("bc", 0, R.randbytes(20)).upper()
    h = R.randbytes(20).hex()
    if kind == "eth_lower":
        return "0x" + h
    if kind == "eth_eip55":
        v = eip55(h)
        while v[2:] == h or v[2:] == h.upper():  # want genuinely mixed case
            h = R.randbytes(20).hex()
            v = eip55(h)
        return v
    raise ValueError(kind)


# ============================================================ look-alikes
def neg_order():
    return safe(lambda: R.choice([
        "PO-%s-%s" % (R.choice(["2023", "2024", "2025"]), rd(4)),
        "SO%s-%s" % (rd(6, "2"), rd(4)),
        "%s-%s-%s" % (rd(3, "1"), rd(7), rd(7)),
        rd(R.choice([14, 16, 17]), "123456789"),
        "%s %s %s %s" % (rd(4, "3456789"), rd(4), rd(4), rd(4)),
        "ORD%s" % rd(R.choice([8, 10])),
        "%s%s" % (R.choice(["2024", "2025"]), rd(R.choice([8, 10]))),
    ]), "ORDER_NO")


def neg_tracking():
    kind = R.choice(["UPS", "FEDEX", "DHL", "S10", "USPS"])
    if kind == "UPS":
        return "UPS", safe(lambda: ups_complete(R.choice(["1A2B3C", "A9W7X2", "V8E412", "0Y4R83", "8F3762"]) +
                                                R.choice(["01", "02", "03", "12", "13"]) + rd(7)), "TRACKING")
    if kind == "FEDEX":
        return "FEDEX", safe(lambda: R.choice([rd(12, "4567"), "%s %s %s" % (rd(4, "4567"), rd(4), rd(4))]), "TRACKING")
    if kind == "DHL":
        return "DHL", safe(lambda: rd(10, "123456789"), "TRACKING")
    if kind == "S10":
        return "S10", safe(lambda: s10_complete(R.choice(["EE", "RR", "LX", "CP", "UV", "EA"]), rd(8),
                                                R.choice(["CN", "DE", "US", "GB", "RU", "BR", "ES"])), "TRACKING")
    return "USPS", safe(lambda: "9400 " + " ".join(rd(4) for _ in range(4)) + " " + rd(2), "TRACKING")


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def neg_date(lang="en"):
    y, m, d = R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28)
    if lang == "zh":
        return R.choice(["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d月%d日" % (m, d)])
    if lang in ("de", "ru"):
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
    if lang in ("es", "pt"):
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
    return R.choice(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1], y),
                     "%s %d" % (MONTHS[m - 1], d)])


def neg_timestamp():
    return safe(lambda: R.choice([
        "%d-%02d-%02dT%02d:%02d:%02dZ" % (R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28),
                                          R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
        str(R.randint(1704067200, 1767225599)),
        str(R.randint(1704067200000, 1767225599999)),
    ]), "TIMESTAMP")


def neg_price(lang="en"):
    a = R.randint(1, 99999)
    c = R.randint(0, 99)
    en = ["USD %s.%02d" % ("{:,}".format(a), c), "$%d.%02d/pc" % (R.randint(0, 60), c),
          "US$%s" % "{:,}".format(a), "EUR %s" % "{:,}".format(a), "%s.%02d USD" % ("{:,}".format(a), c)]
    eu = ["€%s,%02d" % ("{:,}".format(a).replace(",", "."), c), "%s,%02d EUR" % ("{:,}".format(a).replace(",", "."), c)]
    if lang == "zh":
        return R.choice(["¥%s" % "{:,}".format(a), "%d元" % a, "USD %d.%02d" % (a, c), "RMB %s" % "{:,}".format(a)])
    if lang == "ru":
        return R.choice(["%s ₽" % "{:,}".format(a).replace(",", " "), "%d руб" % a, "$%d" % a])
    if lang == "pt":
        return R.choice(["R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), c)] + eu)
    if lang in ("de", "es"):
        return R.choice(eu + ["USD %d" % a])
    return R.choice(en + eu)


def neg_qty():
    return R.choice(["%d pcs" % R.choice([500, 1000, 2000, 5000, 10000, 3000]), "%dx40HQ" % R.randint(1, 6),
                     "%dx20GP" % R.randint(1, 4), "%d cartons" % R.randint(20, 900), "%d sets" % R.randint(10, 500)])


def neg_hs():
    return R.choice(["%s.%s.%s" % (R.choice(["8517", "8471", "8504", "9403", "6204", "8528", "3926"]), rd(2), rd(2)),
                     "%s.%s" % (R.choice(["8517", "8471", "8504", "9403", "8415"]), rd(2)),
                     R.choice(["8471", "8517", "8504", "9405"]) + rd(6)])


def neg_container():
    return iso6346_complete(R.choice(["MSCU", "MSKU", "CSQU", "TGHU", "OOLU", "CMAU", "HLXU", "TCLU"]), rd(6))


def neg_sku():
    return R.choice(["%s-%s-%s" % (rl(2), rd(4), rd(3) + R.choice(UP)), "%s%s-%s" % (rl(3), rd(4), rd(2)),
                     "%s-%s" % (rl(R.choice([2, 3])), rd(R.choice([3, 4, 5]))), "%s%s%s" % (rl(2), rd(3), rl(1))])


def neg_invoice():
    return safe(lambda: R.choice(["INV-%s-%s" % (R.choice(["2024", "2025"]), rd(5)), "PI%s-%s" % (rd(8, "2"), rd(2)),
                                  "CI-%s" % rd(6), "%s/%s" % (rd(4), R.choice(["24", "25"]))]), "INVOICE")


def neg_dims():
    return R.choice(["%dx%dx%d cm" % (R.randint(10, 120), R.randint(10, 100), R.randint(5, 90)),
                     "%d×%d×%d mm" % (R.randint(100, 1200), R.randint(100, 900), R.randint(50, 600)),
                     "%.1f kg" % (R.randint(5, 9000) / 10), "%d kg" % R.randint(100, 28000)])


def neg_version():
    return R.choice(["v%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(0, 999)),
                     "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 9), R.randint(256, 4999)),
                     "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))])


def neg_ean():
    return safe(lambda: ean13_complete(R.choice(["400", "690", "693", "590", "840", "871", "460", "789"]) + rd(9)), "EAN13")


def neg_bl():
    return safe(lambda: R.choice(["COSU", "MEDU", "MAEU", "OOLU", "HLCU"]) + rd(R.choice([9, 10])), "BL")


def neg_spec():
    return R.choice(["220V/50Hz", "110V/60Hz", "IP65", "IP67", "12V 2A", "4K@60Hz", "M8x1.25", "DN50 PN16",
                     "AISI 304", "Cat6 UTP"])


def neg_file():
    return R.choice(["quotation_%s.xlsx" % rd(4), "PI_%s.pdf" % rd(6), "drawing_rev%d.dwg" % R.randint(1, 9),
                     "packing_list_%s.xls" % rd(4), "catalog2025.pdf"])


def neg_txhash():
    return safe(lambda: "0x" + R.randbytes(32).hex(), "TX_HASH")


def neg_md5():
    return safe(lambda: R.randbytes(16).hex(), "MD5")


def neg_bad_card():
    def g():
        ln = R.choice([16, 16, 16, 15, 19])
        p = R.choice(["4", "51", "55", "37", "6011", "35", "62"])
        d = p + rd(ln - len(p))
        if luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
        grp = {16: (4, 4, 4, 4), 15: (4, 6, 5), 19: (4, 4, 4, 4, 3)}[ln]
        return R.choice([" ", "-", ""]).join(split_groups(d, grp))
    return safe(g, "BAD_CARD")


def neg_bad_iban():
    def g():
        cc = R.choice(sorted(IBAN_SPEC))
        good = make_iban(cc)
        bad_chk = (int(good[2:4]) + R.randint(1, 90)) % 97
        bad_chk = max(bad_chk, 2)
        bad = good[:2] + "%02d" % bad_chk + good[4:]
        if R.random() < 0.5:  # or a single-digit typo in the BBAN
            i = R.randint(5, len(good) - 1)
            if good[i].isdigit():
                bad = good[:i] + str((int(good[i]) + R.randint(1, 9)) % 10) + good[i + 1:]
        return group4(bad) if R.random() < 0.7 else bad
    return safe(g, "BAD_IBAN")


def neg_bad_cnid():
    def g():
        body = R.choice(CN_REGIONS) + "%04d%02d%02d" % (R.randint(1960, 2003), R.randint(1, 12), R.randint(1, 28)) + rd(3)
        good = cnid_check(body)
        return body + R.choice([c for c in "0123456789X" if c != good])
    return safe(g, "BAD_CNID")


def neg_bad_aadhaar():
    def g():
        d = rd(12, "23456789")
        return R.choice([d, " ".join(split_groups(d, (4, 4, 4)))])
    return safe(g, "BAD_AADHAAR")


def neg_nine():
    return safe(lambda: rd(9, "123456789"), "NINE_DIGIT")


def neg_bad_btc():
    good = make_wallet(R.choice(["p2pkh", "p2sh"]))
    for _ in range(100):
        i = R.randint(5, len(good) - 2)
        c = R.choice([x for x in B58 if x != good[i]])
        bad = good[:i] + c + good[i + 1:]
        if not b58check_ok(bad):
            return bad
    raise AssertionError


def neg_phone_len(lang="en"):
    """Phone-length digit strings that are clearly something else."""
    return safe(lambda: R.choice([rd(10, "123456789"), rd(11, "1"), "%s %s %s" % (rd(3, "1"), rd(4), rd(4)),
                                  "%s-%s" % (rd(4, "2"), rd(6)), rd(11, "2")]), "PHONE_LEN")


CAPS_WORDS = ["CUSTOMER", "DELIVERY", "SHIPMENT", "DISCOUNT", "PURCHASE", "PRODUCTS", "INVOICES",
              "SHIPPING", "CERTIFICATE", "DISTRIBUTOR", "MANUFACTURE"]

# ============================================================ message parts
def P(t, v):
    return ("P", t, v)


def N(k, v):
    return ("N", k, v)


def tpl(template, **vals):
    out, i = [], 0
    while True:
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.index("}", j)
        out.append(template[i:j])
        out.append(vals[template[j + 1:k]])
        i = k + 1
    return [p for p in out if p != ""]


def assemble(parts):
    text, spans, negs = "", [], []
    for p in parts:
        if isinstance(p, str):
            text += p
            continue
        s = len(text)
        text += p[2]
        e = len(text)
        if p[0] == "P":
            spans.append({"start": s, "end": e, "type": p[1], "value": p[2]})
        else:
            negs.append({"start": s, "end": e, "kind": p[1], "value": p[2]})
    return text, spans, negs


EMOJI = [" 👍", " 🙏", " 😊", " 📞", " ✅", " 🙂", " 👌", " 💳", " 🚚"]

# optional look-alike tails for positive messages (lang -> list of builders)
def neg_tail(lang):
    c = R.randint(0, 5)
    if lang == "zh":
        opts = [lambda: ["，订单号 ", N("ORDER_NO", neg_order())],
                lambda: ["，货款 ", N("PRICE", neg_price("zh"))],
                lambda: ["（", N("DATE", neg_date("zh")), " 前发货）"],
                lambda: ["，柜号 ", N("CONTAINER", neg_container())]]
    elif lang == "ru":
        opts = [lambda: [", заказ № ", N("ORDER_NO", neg_order())],
                lambda: [", сумма ", N("PRICE", neg_price("ru"))],
                lambda: [" (до ", N("DATE", neg_date("ru")), ")"]]
    elif lang == "de":
        opts = [lambda: [", Bestellung ", N("ORDER_NO", neg_order())],
                lambda: [", Betrag ", N("PRICE", neg_price("de"))],
                lambda: [" (bis ", N("DATE", neg_date("de")), ")"]]
    elif lang == "es":
        opts = [lambda: [", pedido ", N("ORDER_NO", neg_order())],
                lambda: [", total ", N("PRICE", neg_price("es"))],
                lambda: [" (antes del ", N("DATE", neg_date("es")), ")"]]
    elif lang == "pt":
        opts = [lambda: [", pedido ", N("ORDER_NO", neg_order())],
                lambda: [", valor ", N("PRICE", neg_price("pt"))],
                lambda: [" (até ", N("DATE", neg_date("pt")), ")"]]
    else:
        opts = [lambda: [" re order #", N("ORDER_NO", neg_order())],
                lambda: [" for PI ", N("INVOICE", neg_invoice())],
                lambda: [", amount ", N("PRICE", neg_price("en"))],
                lambda: [" before ", N("DATE", neg_date("en"))],
                lambda: [" (re PO ", N("ORDER_NO", neg_order()), ")"]]
    return opts[c % len(opts)]()


def with_tail(parts, lang, p=0.28):
    """Maybe insert a look-alike clause before the final punctuation, maybe an emoji."""
    if R.random() < p:
        tail = neg_tail(lang)
        if parts and isinstance(parts[-1], str) and parts[-1][-1:] in (".", "。", "!", "！"):
            last = parts[-1]
            parts = parts[:-1] + ([last[:-1]] if last[:-1] else []) + tail + [last[-1]]
        else:
            parts = parts + tail
    if R.random() < 0.1:
        parts = parts + [R.choice(EMOJI)]
    return parts


# ------------------------------------------------------------ templates
PHONE_T = {
    "en": ["call me on {v}", "My number is {v}, WhatsApp works too.", "You can reach me at {v} after 3pm.",
           "Tel: {v}", "pls call {v} when the truck arrives", "office: {v}", "WhatsApp {v}",
           "ring our sales desk on {v}", "Contact our QC manager at {v} for the inspection.",
           "text me at {v} instead, this chat is slow", "my cell {v}", "Viber / WhatsApp: {v}",
           "Phone: {v} (Mon-Fri 9-18)", "{v} — call anytime", "here's my direct line: {v}",
           "mob. {v}", "Best to call {v}, I rarely check this app.", "for urgent stuff: {v}",
           "Kindly contact {v} for the sample delivery.", "WeChat/phone same: {v}",
           "the driver's number is {v}", "our warehouse phone {v}, ask for receiving",
           "{v}", "ok, {v} is the best number to reach me", "Please call back on {v}.",
           "Contact: {v}", "Call {v} to book the loading slot.", "reach me on {v} or here",
           "you can also call my colleague on {v}", "Hotline {v}"],
    "es": ["Llámame al {v}", "Mi número es {v}, también WhatsApp.", "Puedes contactarme al {v} por la tarde.",
           "Tel.: {v}", "escríbeme por WhatsApp al {v}", "Mi celular: {v}", "Llama a nuestra oficina al {v}.",
           "Teléfono de contacto {v}"],
    "pt": ["Me liga no {v}", "Meu celular é {v}, pode chamar no zap.", "Telefone: {v}",
           "Fala comigo no WhatsApp {v}", "nosso escritório atende no {v}", "Liga pra {v} depois das 14h."],
    "de": ["Ruf mich bitte an unter {v}", "Meine Nummer: {v}", "Tel. {v}", "Sie erreichen mich unter {v}.",
           "Mobil: {v}, gerne auch WhatsApp", "Rückruf bitte an {v}."],
    "ru": ["Позвоните мне по номеру {v}", "Мой номер {v}, есть WhatsApp.", "тел.: {v}",
           "Звоните {v} в любое время", "пишите в телеграм или звоните {v}", "Наш офис: {v}"],
    "zh": ["我的电话 {v}，随时联系", "微信同号 {v}", "请拨打 {v} 联系我", "手机：{v}", "有问题打 {v}",
           "联系电话 {v}（工作日）", "座机 {v}，找王经理"],
}

IBAN_T = {
    "en": ["IBAN: {v}", "Please wire the deposit to IBAN {v}.", "our bank details — IBAN {v}",
           "pay the balance to {v} please", "{v} is our EUR account", "Beneficiary IBAN {v}, reference = PI number",
           "new iban {v} (the old one is closed)", "bank transfer only: {v}", "IBAN {v}",
           "Transfer to {v}, beneficiary Nordlicht Trading.", "iban: {v}", "{v}",
           "Our account (IBAN) {v} — please confirm once paid.", "send the 30% to IBAN {v}"],
    "de": ["Bitte überweisen Sie auf IBAN {v}.", "Unsere Bankverbindung: IBAN {v}",
           "IBAN {v}, Verwendungszweck: Rechnungsnummer"],
    "es": ["Transferencia a IBAN {v}", "Nuestro IBAN es {v}.", "datos bancarios: IBAN {v}"],
    "pt": ["IBAN para pagamento: {v}", "faça a transferência para o IBAN {v}"],
    "ru": ["IBAN для оплаты: {v}", "Реквизиты: IBAN {v}"],
    "zh": ["收款IBAN：{v}", "请汇款到 IBAN {v}"],
}

ACCT_T = {
    "en": ["Account number: {v}", "A/C No. {v}", "Beneficiary account: {v}", "please pay into account no. {v}",
           "Our account number is {v}.", "acct # {v}", "Bank account number {v}, name as on the PI."],
    "de": ["Kontonummer {v}", "Konto-Nr. {v}"],
    "es": ["número de cuenta {v}", "cuenta CLABE {v}"],
    "pt": ["conta corrente {v}", "nº da conta: {v}"],
    "ru": ["р/с {v}", "расчётный счёт № {v}"],
    "zh": ["账号：{v}", "收款账号 {v}", "银行账号 {v}"],
}
BIC_T = {
    "en": ["SWIFT: {v}", "BIC {v}", "SWIFT code {v}", "swift/bic: {v}", "bank SWIFT {v}, no intermediary bank needed",
           "Our bank's BIC is {v}."],
    "de": ["BIC: {v}"], "es": ["código SWIFT {v}"], "pt": ["código SWIFT/BIC: {v}"], "ru": ["SWIFT: {v}"],
    "zh": ["SWIFT代码：{v}"],
}
ABA_T = ["ABA routing number {v}", "routing # {v}", "Routing number: {v}", "ABA {v}",
         "For ACH use routing number {v}."]

CARD_T = {
    "en": ["pay to card {v}", "card number {v}", "my {brand} is {v}", "charge the deposit to {v}", "Card: {v}",
           "use my card {v} for the sample fee", "here's the company card {v}",
           "{v} — corporate card, go ahead and charge it", "{brand} {v}", "Please charge {v} for the freight.",
           "card no. {v}", "{v}"],
    "es": ["paga con la tarjeta {v}", "número de tarjeta: {v}"],
    "pt": ["cartão {v}", "número do cartão: {v}"],
    "de": ["Kartennummer: {v}", "bitte belasten Sie die Karte {v}"],
    "ru": ["номер карты {v}", "переведите на карту {v}", "оплата на карту {v}"],
    "zh": ["卡号 {v}", "银联卡号：{v}", "打款到卡 {v}"],
}

SSN_T = ["my SSN is {v}", "SSN: {v} (for the W-9 form)", "Social Security number {v}",
         "here's my social {v} for the tax form", "SSN {v}"]
CNID_T = {"zh": ["身份证号：{v}", "我的身份证号码是 {v}", "收件人身份证 {v}（清关用）", "报关需要身份证：{v}"],
          "en": ["my Chinese ID {v} for customs clearance", "ID card no. {v}", "my ID {v}",
                 "consignee ID number {v}"]}
AADHAAR_T = ["Aadhaar no. {v}", "my Aadhaar {v} for the KYC", "aadhar card number {v}", "Aadhaar: {v}",
             "UIDAI number {v} for GST registration"]
NINO_T = ["my NI number is {v}", "National Insurance no. {v}", "NINO: {v}", "NI no {v} for payroll"]

IP_T = {
    "en": ["server ip {v}", "please whitelist {v}", "our public IP is {v}", "connect to {v}:{port}",
           "ftp host {v}, port 21", "subnet {v}/{pfx} needs access", "IPv4: {v}", "ping {v} and tell me if it answers",
           "gateway {v}", "the API listens on {v}:{port}", "{v} is blocked by your firewall",
           "SFTP server: {v}", "login from {v} was ours"],
    "de": ["Server-IP {v}", "bitte {v} freigeben"],
    "es": ["la IP del servidor es {v}"],
    "pt": ["o IP do servidor é {v}"],
    "ru": ["IP сервера {v}", "добавьте {v} в белый список"],
    "zh": ["服务器IP：{v}", "请把 {v} 加到白名单"],
}
IP6_T = ["IPv6: {v}", "our v6 address is {v}", "webhook source [{v}]:{port}", "allow {v}/{pfx6}",
         "server ip {v}", "ping6 {v}", "the box answers on [{v}]:{port}", "AAAA record points to {v}"]

BTC_T = {"en": ["BTC address: {v}", "pay in bitcoin to {v}", "wallet: {v}", "deposit 30% in BTC to {v}",
                "send the BTC to {v}", "{v} (bitcoin)"],
         "zh": ["比特币地址 {v}"], "ru": ["биткоин-адрес {v}"], "pt": ["manda o pagamento em BTC para {v}"],
         "es": ["dirección BTC: {v}"], "de": ["BTC-Adresse: {v}"]}
ETH_T = {"en": ["send USDT to {v}", "my ETH wallet {v}", "USDT ERC20 only: {v}", "{v} (ERC-20)",
                "wallet: {v}", "pay USDC to {v}"],
         "zh": ["USDT收款地址：{v}"], "ru": ["Кошелёк USDT (ERC20): {v}"], "es": ["envía USDT a {v}"],
         "de": ["Wallet-Adresse: {v}"], "pt": ["carteira USDT (ERC20): {v}"]}


def pick_lang(native, p_native=0.35):
    if native != "en" and R.random() < p_native:
        return native
    if R.random() < 0.15:
        return R.choice(["es", "pt", "de", "ru", "zh"])
    return "en"


def lang_or_en(table, lang):
    return lang if lang in table else "en"


# ============================================================ builders
messages = []  # (lang, kind, parts)


def add(lang, parts, kind=None):
    messages.append((lang, kind, parts))


def build_phones():
    for iso, lang, val, style in phone_values():
        lg = pick_lang(lang, 0.5)
        if style == "fullwidth":
            lg = "zh"
        t = R.choice(PHONE_T[lg])
        if t == "{v}" and not val.startswith(("+", "00", "(")):
            t = R.choice([x for x in PHONE_T[lg] if x != "{v}"])  # bare only when the shape says "phone"
        if t == "{v}":
            add(lg, [P("PHONE", val), R.choice([" 👍", " 📞", "\nthx", " pls"])])
        else:
            add(lg, with_tail(tpl(t, v=P("PHONE", val)), lg))


def build_ibans():
    ccs = sorted(IBAN_SPEC)
    R.shuffle(ccs)
    chosen = ccs[:34]
    styles = ["grouped"] * 5 + ["compact"] * 2 + ["lower_grouped", "lower_compact"]
    native = {"DE": "de", "AT": "de", "CH": "de", "LI": "de", "ES": "es", "PT": "pt", "BR": "pt",
              "KZ": "ru", "UA": "ru", "CR": "es", "DO": "es", "GT": "es"}
    for cc in chosen:
        iban = make_iban(cc)
        v = iban_print(iban, R.choice(styles))
        lg = pick_lang(native.get(cc, "en"), 0.5)
        t = R.choice(IBAN_T[lang_or_en(IBAN_T, lg)])
        add(lg, with_tail(tpl(t, v=P("IBAN", v)), lg))
    return chosen


def build_bank():
    kinds = [("us", "en"), ("uk", "en"), ("in", "en"), ("cn", "zh"), ("ru", "ru"), ("br", "pt"), ("mx", "es"),
             ("de", "de"), ("ng", "en"), ("zero", "en")]
    for k, lg in kinds:
        v = plain_account(k)
        tl = ACCT_T[lg]
        if k == "mx":
            t = "cuenta CLABE {v}"
        else:
            t = R.choice([x for x in tl if "CLABE" not in x])
        add(lg, with_tail(tpl(t, v=P("BANK_ACCOUNT", v)), lg))
    for i in range(8):
        lg = R.choice(["en", "en", "en", "de", "es", "pt", "ru", "zh"])
        bic = make_bic(length=8 if i % 2 else 11)
        add(lg, with_tail(tpl(R.choice(BIC_T[lg]), v=P("BANK_ACCOUNT", bic)), lg))
    for i in range(5):
        add("en", with_tail(tpl(ABA_T[i % len(ABA_T)], v=P("BANK_ACCOUNT", make_aba())), "en"))


def build_cards():
    native = {"Mir": "ru", "UnionPay": "zh", "RuPay": "en", "Troy": "en"}
    plan = []
    for row in CARD_BRANDS:
        for ln in sorted(set(row[2])):
            plan.append((row, ln))
    plan += [(CARD_BRANDS[0], 16), (CARD_BRANDS[0], 16), (CARD_BRANDS[1], 16), (CARD_BRANDS[2], 16),
             (CARD_BRANDS[3], 15), (CARD_BRANDS[6], 19), (CARD_BRANDS[8], 16), (CARD_BRANDS[9], 16)]
    for row, ln in plan:
        brand, length, v = make_card(row, ln)
        lg = pick_lang(native.get(brand, "en"), 0.6)
        t = R.choice(CARD_T[lang_or_en(CARD_T, lg)])
        parts = tpl(t, v=P("PAYMENT_CARD", v), brand=brand)
        add(lg, with_tail(parts, lg))
    return plan


def build_ids():
    for i in range(6):
        lg = "es" if i == 5 else "en"
        t = "mi número de seguro social es {v}" if lg == "es" else SSN_T[i % len(SSN_T)]
        add(lg, with_tail(tpl(t, v=P("NATIONAL_ID", make_ssn())), lg))
    for i in range(8):
        lg = "zh" if i % 3 else "en"
        t = R.choice(CNID_T[lg])
        add(lg, with_tail(tpl(t, v=P("NATIONAL_ID", make_cnid(want_x=(i % 4 == 0)))), lg))
    for i in range(7):
        add("en", with_tail(tpl(AADHAAR_T[i % len(AADHAAR_T)], v=P("NATIONAL_ID", make_aadhaar())), "en"))
    for i in range(6):
        add("en", with_tail(tpl(NINO_T[i % len(NINO_T)], v=P("NATIONAL_ID", make_nino())), "en"))


def build_ips():
    v4kinds = ["public"] * 8 + ["private"] * 2 + ["doc"] * 2
    for k in v4kinds:
        lg = pick_lang("en")
        t = R.choice(IP_T[lang_or_en(IP_T, lg)])
        add(lg, with_tail(tpl(t, v=P("IP_ADDRESS", make_ipv4(k)), port=str(R.choice([8080, 443, 8443, 22, 3306, 5432, 9000])),
                              pfx=str(R.choice([24, 28, 16, 32]))), lg, 0.15))
    v6styles = ["compressed", "compressed", "full", "full_nozero", "upper", "linklocal", "mapped", "doc", "compressed",
                "full"]
    for i, s in enumerate(v6styles):
        t = IP6_T[i % len(IP6_T)]
        add("en", with_tail(tpl(t, v=P("IP_ADDRESS", make_ipv6(s)), port=str(R.choice([443, 8443, 8080])),
                                pfx6=str(R.choice([48, 56, 64]))), "en", 0.15))


def build_wallets():
    for k in ["p2pkh", "p2pkh", "p2sh", "p2sh", "p2wpkh", "p2wpkh", "p2wsh", "p2tr", "p2wpkh_upper"]:
        lg = pick_lang("en")
        t = R.choice(BTC_T[lang_or_en(BTC_T, lg)])
        add(lg, with_tail(tpl(t, v=P("CRYPTO_WALLET", make_wallet(k))), lg, 0.15))
    for k in ["eth_lower"] * 4 + ["eth_eip55"] * 4:
        lg = pick_lang("en")
        t = R.choice(ETH_T[lang_or_en(ETH_T, lg)])
        add(lg, with_tail(tpl(t, v=P("CRYPTO_WALLET", make_wallet(k))), lg, 0.15))


def a_phone(iso=None):
    row = [r for r in PHONE_PLAN if r[0] == iso][0] if iso else R.choice(PHONE_PLAN)
    iso, cc, trunk, lang, kinds = row
    label, prefixes, length, groups, nxt = R.choice(kinds)
    st = phone_styles(iso, cc, trunk, label, make_nsn(prefixes, length, nxt), groups)
    return st[R.choice(sorted(st))]


def build_multi():
    # IBAN + BIC
    for cc, lg in [("DE", "de"), ("FR", "en"), ("ES", "es"), ("IT", "en"), ("GB", "en"),
                   ("PT", "pt"), ("AT", "de"), ("TR", "en")]:
        iban = iban_print(make_iban(cc), R.choice(["grouped", "grouped", "compact", "lower_grouped"]))
        bic = make_bic(cc)
        t = {"de": ["IBAN: {a} BIC: {b}", "Bankverbindung: IBAN {a}, BIC {b}"],
             "es": ["IBAN {a} – BIC {b}", "Datos: IBAN {a}, SWIFT {b}"],
             "pt": ["IBAN {a} / SWIFT {b}"],
             "en": ["IBAN {a}, BIC {b}", "Bank details: IBAN {a} / SWIFT {b}",
                    "Beneficiary: Hanse Parts Ltd, IBAN: {a}, SWIFT: {b}", "iban {a} swift {b}"]}[lg]
        add(lg, tpl(R.choice(t), a=P("IBAN", iban), b=P("BANK_ACCOUNT", bic)), "multi")
    # ABA + account
    for t in ["Routing number {a}, account number {b}", "ABA {a} / acct no. {b}",
              "wire: routing # {a}, beneficiary account {b}", "ACH details — routing number {a}, account number {b}."]:
        add("en", tpl(t, a=P("BANK_ACCOUNT", make_aba()), b=P("BANK_ACCOUNT", plain_account("us"))), "multi")
    # account + BIC
    for lg, k, cc, t in [("zh", "cn", "CN", "账号：{a}，SWIFT：{b}"), ("ru", "ru", "RU", "р/с {a}, SWIFT {b}"),
                         ("en", "in", "IN", "A/C No. {a}, SWIFT {b}"), ("en", "cn", "HK", "Beneficiary account: {a}, SWIFT code {b}")]:
        add(lg, tpl(t, a=P("BANK_ACCOUNT", plain_account(k)), b=P("BANK_ACCOUNT", make_bic(cc))), "multi")
    # two phones
    for t, lg, iso in [("mobile {a} or office {b}", "en", None), ("手机 {a}，座机 {b}", "zh", "CN"),
                       ("Handy {a}, Büro {b}", "de", "DE")]:
        add(lg, tpl(t, a=P("PHONE", a_phone(iso)), b=P("PHONE", a_phone(iso))), "multi")
    # two IPs
    for t in ["primary DNS {a}, secondary {b}", "old server {a}, new one {b}"]:
        a = make_ipv4()
        b = make_ipv6(R.choice(["compressed", "full"])) if "new" in t else make_ipv4()
        add("en", tpl(t, a=P("IP_ADDRESS", a), b=P("IP_ADDRESS", b)), "multi")
    # card + phone, wallet + wallet, id + phone
    brand, _, cv = make_card(CARD_BRANDS[0], 16)
    add("en", tpl("card {a}, call me on {b} if it fails", a=P("PAYMENT_CARD", cv), b=P("PHONE", a_phone("US"))), "multi")
    _, _, cv = make_card(CARD_BRANDS[9], 16)
    add("ru", tpl("карта {a}, вопросы по телефону {b}", a=P("PAYMENT_CARD", cv), b=P("PHONE", a_phone("RU"))), "multi")
    add("en", tpl("USDT (ERC20): {a} or BTC: {b}", a=P("CRYPTO_WALLET", make_wallet("eth_eip55")),
                  b=P("CRYPTO_WALLET", make_wallet("p2wpkh"))), "multi")
    add("en", tpl("SSN {a}, phone {b}", a=P("NATIONAL_ID", make_ssn()), b=P("PHONE", a_phone("US"))), "multi")
    add("zh", tpl("身份证 {a}，电话 {b}", a=P("NATIONAL_ID", make_cnid()), b=P("PHONE", a_phone("CN"))), "multi")
    add("en", tpl("Aadhaar {a}, mobile {b}", a=P("NATIONAL_ID", make_aadhaar()), b=P("PHONE", a_phone("IN"))), "multi")


# ----------------------------------------------------- PII-free messages
def negative_builders():
    """Each returns (lang, parts) with only look-alikes."""
    B = []

    def en(f):
        B.append(("en", f))

    def ml(lang, f):
        B.append((lang, f))

    en(lambda: tpl("Order #{a} shipped today, tracking {b}.", a=N("ORDER_NO", neg_order()), b=N("TRACKING", neg_tracking()[1])))
    en(lambda: tpl("Price is {a} FOB Ningbo, MOQ {b}.", a=N("PRICE", neg_price()), b=N("QUANTITY", neg_qty())))
    en(lambda: tpl("PI No. {a} dated {b}, balance {c}.", a=N("INVOICE", neg_invoice()), b=N("DATE", neg_date()), c=N("PRICE", neg_price())))
    en(lambda: tpl("HS code {a}, container {b}, ETD {c}.", a=N("HS_CODE", neg_hs()), b=N("CONTAINER", neg_container()), c=N("DATE", neg_date())))
    en(lambda: tpl("The card number {a} you sent fails the check, please re-type it.", a=N("BAD_CARD", neg_bad_card())))
    en(lambda: tpl("The IBAN on your invoice ({a}) is not valid, our bank rejected it.", a=N("BAD_IBAN", neg_bad_iban())))
    en(lambda: tpl("Ref {a} on the bank slip, amount {b}.", a=N("BAD_CARD", neg_bad_card()), b=N("PRICE", neg_price())))
    en(lambda: tpl("Lot {a} passed QC on {b}.", a=N("LOT_NO", neg_phone_len()), b=N("DATE", neg_date())))
    en(lambda: tpl("Serial number {a}, barcode {b}.", a=N("SERIAL_NO", neg_phone_len()), b=N("EAN13", neg_ean())))
    en(lambda: tpl("Firmware {a} fixes the Wi-Fi bug, please update before {b}.", a=N("VERSION", neg_version()), b=N("DATE", neg_date())))
    en(lambda: tpl("tx hash {a} — payment confirmed on chain.", a=N("TX_HASH", neg_txhash())))
    en(lambda: tpl("MD5 of the drawing file: {a}", a=N("MD5", neg_md5())))
    en(lambda: tpl("DHL waybill {a}, expected {b}.", a=N("TRACKING", safe(lambda: rd(10, "123456789"), "T")), b=N("DATE", neg_date())))
    en(lambda: tpl("FedEx {a} delivered to reception at {b}.", a=N("TRACKING", safe(lambda: rd(12, "4567"), "T")), b=N("TIME", "%02d:%02d" % (R.randint(7, 18), R.randint(0, 59)))))
    en(lambda: tpl("UPS {a} is stuck in customs.", a=N("TRACKING", safe(lambda: ups_complete(rl(2) + rd(4) + "01" + rd(7)), "T"))))
    en(lambda: tpl("Registered mail {a} sent on {b}.", a=N("TRACKING", safe(lambda: s10_complete(R.choice(["RR", "RX", "LY"]), rd(8), R.choice(["CN", "DE", "GB"])), "T")), b=N("DATE", neg_date())))
    en(lambda: tpl("USPS tracking {a}", a=N("TRACKING", safe(lambda: "9400 " + " ".join(rd(4) for _ in range(4)) + " " + rd(2), "T"))))
    en(lambda: tpl("Timestamp {a} in the log matches order {b}.", a=N("TIMESTAMP", neg_timestamp()), b=N("ORDER_NO", neg_order())))
    en(lambda: tpl("Dimensions {a}, gross weight {b}.", a=N("DIMENSIONS", neg_dims()), b=N("WEIGHT", "%.1f kg" % (R.randint(10, 9000) / 10))))
    en(lambda: tpl("Spec: {a}, {b}, colour black, {c}.", a=N("SPEC", neg_spec()), b=N("SPEC", neg_spec()), c=N("QUANTITY", neg_qty())))
    en(lambda: tpl("Please see {a} for the new prices, valid until {b}.", a=N("FILENAME", neg_file()), b=N("DATE", neg_date())))
    en(lambda: tpl("{a} NOTICE: the {b} date moved to {c}.", a=N("CAPS_WORD", R.choice(CAPS_WORDS)), b=N("CAPS_WORD", R.choice(CAPS_WORDS)), c=N("DATE", neg_date())))
    en(lambda: tpl("Batch {a} is the old 18-digit code from our ERP, ignore it.", a=N("BAD_CNID", neg_bad_cnid())))
    en(lambda: tpl("Ticket {a} was opened for the broken pallet.", a=N("BAD_AADHAAR", neg_bad_aadhaar())))
    en(lambda: tpl("Quote ref {a}, valid until {b}.", a=N("ORDER_NO", neg_order()), b=N("DATE", neg_date())))
    en(lambda: tpl("Invoice {a}: total {b}, due {c}.", a=N("INVOICE", neg_invoice()), b=N("PRICE", neg_price()), c=N("DATE", neg_date())))
    en(lambda: tpl("B/L no. {a}, vessel arrives {b}.", a=N("BILL_OF_LADING", neg_bl()), b=N("DATE", neg_date())))
    en(lambda: tpl("Part no. {a}, qty {b}.", a=N("SKU", neg_sku()), b=N("QUANTITY", neg_qty())))
    en(lambda: tpl("Model {a} replaces {b} from next month.", a=N("SKU", neg_sku()), b=N("SKU", neg_sku())))
    en(lambda: tpl("Container {a}, seal {b}.", a=N("CONTAINER", neg_container()), b=N("SEAL_NO", rd(7, "123456789"))))
    en(lambda: tpl("Please pay {a} by {b}; 30% T/T deposit, balance before shipment.", a=N("PRICE", neg_price()), b=N("DATE", neg_date())))
    en(lambda: tpl("Shipment {a} weighs {b}.", a=N("ORDER_NO", neg_order()), b=N("WEIGHT", "%d kg" % R.randint(50, 24000))))
    en(lambda: tpl("Bank reference {a} (transfer of {b}).", a=N("BAD_CARD", neg_bad_card()), b=N("DATE", neg_date())))
    en(lambda: tpl("The BTC address {a} from your last message fails the checksum, please copy it again.", a=N("B58_BAD", neg_bad_btc())))
    en(lambda: tpl("Voucher code {a}, valid for 30 days.", a=N("VOUCHER", rl(4) + "-" + rd(4) + "-" + rl(4))))
    en(lambda: tpl("PO {a} confirmed, {b} to ship {c}.", a=N("ORDER_NO", neg_nine()), b=N("QUANTITY", neg_qty()), c=N("DATE", neg_date())))
    en(lambda: tpl("Our item code {a} is the same as the old catalogue number.", a=N("SKU", neg_phone_len())))
    en(lambda: tpl("Meeting on {a} at {b}, we'll discuss order {c}.", a=N("DATE", neg_date()), b=N("TIME", "%d:%02d pm" % (R.randint(1, 6), R.choice([0, 15, 30, 45]))), c=N("ORDER_NO", neg_order())))
    en(lambda: tpl("New tolerance is ±0.05 mm on part {a}, drawing {b}.", a=N("SKU", neg_sku()), b=N("FILENAME", neg_file())))
    en(lambda: tpl("Sample cost {a}, refunded on orders above {b}.", a=N("PRICE", neg_price()), b=N("QUANTITY", neg_qty())))
    en(lambda: tpl("The {a} number we use internally is {b}, not a bank number.", a=N("CAPS_WORD", R.choice(CAPS_WORDS)), b=N("ORDER_NO", neg_nine())))
    en(lambda: tpl("Payment ref {a} matched to invoice {b}.", a=N("ORDER_NO", neg_order()), b=N("INVOICE", neg_invoice())))
    en(lambda: tpl("Gift card {a} expired, we cannot accept it.", a=N("BAD_CARD", neg_bad_card())))
    en(lambda: tpl("Version {a} of the app shows the wrong price {b}.", a=N("VERSION", neg_version()), b=N("PRICE", neg_price())))
    en(lambda: tpl("EAN {a} belongs to the black model, {b} to the white one.", a=N("EAN13", neg_ean()), b=N("EAN13", neg_ean())))
    en(lambda: tpl("Customs entry {a} cleared on {b}.", a=N("ORDER_NO", safe(lambda: rd(R.choice([12, 14, 18]), "23456789"), "C")), b=N("DATE", neg_date())))
    en(lambda: tpl("Our VAT no. format changed, see {a}; the old IBAN {b} was mistyped.", a=N("FILENAME", neg_file()), b=N("BAD_IBAN", neg_bad_iban())))
    en(lambda: tpl("Tracking {a} — it's a phone-length number but it's the DHL one.", a=N("TRACKING", safe(lambda: rd(10, "123456789"), "T"))))
    en(lambda: tpl("We received {a} units of {b} on {c}.", a=N("QUANTITY", str(R.randint(100, 99999))), b=N("SKU", neg_sku()), c=N("DATE", neg_date())))
    ml("es", lambda: tpl("Pedido n.º {a} enviado el {b}.", a=N("ORDER_NO", neg_order()), b=N("DATE", neg_date("es"))))
    ml("es", lambda: tpl("Precio {a} por unidad, pedido mínimo {b}.", a=N("PRICE", neg_price("es")), b=N("QUANTITY", neg_qty())))
    ml("es", lambda: tpl("Número de seguimiento {a}, llega el {b}.", a=N("TRACKING", neg_tracking()[1]), b=N("DATE", neg_date("es"))))
    ml("es", lambda: tpl("Factura {a} por {b}.", a=N("INVOICE", neg_invoice()), b=N("PRICE", neg_price("es"))))
    ml("es", lambda: tpl("El IBAN {a} que nos enviaron no es válido.", a=N("BAD_IBAN", neg_bad_iban())))
    ml("pt", lambda: tpl("Pedido {a} despachado em {b}.", a=N("ORDER_NO", neg_order()), b=N("DATE", neg_date("pt"))))
    ml("pt", lambda: tpl("Valor total {a}, prazo de entrega {b}.", a=N("PRICE", neg_price("pt")), b=N("DATE", neg_date("pt"))))
    ml("pt", lambda: tpl("Código de rastreio {a}", a=N("TRACKING", neg_tracking()[1])))
    ml("pt", lambda: tpl("Lote {a} aprovado na inspeção.", a=N("LOT_NO", neg_phone_len())))
    ml("de", lambda: tpl("Bestellung {a} vom {b}, Betrag {c}.", a=N("ORDER_NO", neg_order()), b=N("DATE", neg_date("de")), c=N("PRICE", neg_price("de"))))
    ml("de", lambda: tpl("Sendungsnummer {a}", a=N("TRACKING", neg_tracking()[1])))
    ml("de", lambda: tpl("Rechnung {a}, fällig am {b}.", a=N("INVOICE", neg_invoice()), b=N("DATE", neg_date("de"))))
    ml("de", lambda: tpl("Die Kartennummer {a} ist ungültig, bitte prüfen.", a=N("BAD_CARD", neg_bad_card())))
    ml("ru", lambda: tpl("Заказ № {a} отгружен {b}.", a=N("ORDER_NO", neg_order()), b=N("DATE", neg_date("ru"))))
    ml("ru", lambda: tpl("Цена {a} за штуку, минимальная партия {b}.", a=N("PRICE", neg_price("ru")), b=N("QUANTITY", neg_qty())))
    ml("ru", lambda: tpl("Трек-номер {a}", a=N("TRACKING", neg_tracking()[1])))
    ml("ru", lambda: tpl("Счёт {a} на сумму {b}.", a=N("INVOICE", neg_invoice()), b=N("PRICE", neg_price("ru"))))
    ml("ru", lambda: tpl("Артикул {a}, код ТН ВЭД {b}.", a=N("SKU", neg_phone_len()), b=N("HS_CODE", neg_hs())))
    ml("zh", lambda: tpl("订单号 {a} 已发货，运单号 {b}。", a=N("ORDER_NO", neg_order()), b=N("TRACKING", neg_tracking()[1])))
    ml("zh", lambda: tpl("单价 {a}，起订量 {b}。", a=N("PRICE", neg_price("zh")), b=N("QUANTITY", neg_qty())))
    ml("zh", lambda: tpl("海关编码 {a}，柜号 {b}。", a=N("HS_CODE", neg_hs()), b=N("CONTAINER", neg_container())))
    ml("zh", lambda: tpl("发票号 {a}，金额 {b}。", a=N("INVOICE", neg_invoice()), b=N("PRICE", neg_price("zh"))))
    ml("zh", lambda: tpl("批号 {a} 已通过质检，{b} 出货。", a=N("LOT_NO", neg_phone_len()), b=N("DATE", neg_date("zh"))))
    ml("zh", lambda: tpl("这个号码 {a} 是旧系统的单号，不是身份证。", a=N("BAD_CNID", neg_bad_cnid())))
    en(lambda: tpl("Checksum error on IBAN {a} — can you resend it?", a=N("BAD_IBAN", neg_bad_iban())))
    en(lambda: tpl("Order {a} (16 digits, from the marketplace export) is still open.", a=N("BAD_CARD", neg_bad_card())))
    ml("de", lambda: tpl("Die IBAN {a} ist laut Bank ungültig.", a=N("BAD_IBAN", neg_bad_iban())))
    ml("zh", lambda: tpl("你发的卡号 {a} 校验不通过，请重新确认。", a=N("BAD_CARD", neg_bad_card())))
    ml("ru", lambda: tpl("Номер {a} не проходит проверку, это не карта.", a=N("BAD_CARD", neg_bad_card())))
    ml("es", lambda: tpl("Referencia de pago {a}, importe {b}.", a=N("BAD_CARD", neg_bad_card()), b=N("PRICE", neg_price("es"))))
    return B


def build_negatives(n):
    B = negative_builders()
    order = list(range(len(B)))
    out = []
    i = 0
    while len(out) < n:
        if i % len(order) == 0:
            R.shuffle(order)
        lang, f = B[order[i % len(order)]]
        i += 1
        parts = f()
        if R.random() < 0.08:
            parts = parts + [R.choice(EMOJI)]
        out.append((lang, "negative", parts))
    return out


# ============================================================ self-check
def check_positive(t, v):
    if t == "PHONE":
        d = [c for c in norm_digits(v) if c.isdigit()]
        return 7 <= len(d) <= 20
    if t == "PAYMENT_CARD":
        d = "".join(c for c in v if c.isdigit())
        return 12 <= len(d) <= 19 and luhn_ok(d) and all(c.isdigit() or c in " -" for c in v)
    if t == "IBAN":
        s = alnum(v).upper()
        return iban_check_ok(s) and len(s) == IBAN_SPEC[s[:2]][1]
    if t == "NATIONAL_ID":
        return ssn_ok(v) or cnid_ok(v) or nino_ok(v) or (
            len(alnum(v)) == 12 and alnum(v)[0] not in "01" and verhoeff_ok(alnum(v)))
    if t == "IP_ADDRESS":
        return ip_ok(v)
    if t == "CRYPTO_WALLET":
        return crypto_ok(v)
    if t == "BANK_ACCOUNT":
        if len(v) in (8, 11) and v[:6].isalpha() and v[:6].isupper() and v.isalnum():
            return v[4:6] in BIC_BANKS or True
        d = alnum(v)
        return d.isdigit() and not lookalike_problems(v) or aba_ok(d)
    return False


def self_check(recs):
    errs = []
    texts = set()
    for r in recs:
        t = r["text"]
        if t in texts:
            errs.append("%s duplicate text" % r["id"])
        texts.add(t)
        if not 20 <= len(t) <= 300:
            errs.append("%s length %d" % (r["id"], len(t)))
        prev = 0
        for s in r["spans"]:
            if t[s["start"]:s["end"]] != s["value"]:
                errs.append("%s round trip %r" % (r["id"], s))
            if s["start"] < prev:
                errs.append("%s overlap" % r["id"])
            prev = s["end"]
            if not check_positive(s["type"], s["value"]):
                errs.append("%s %s fails check: %r" % (r["id"], s["type"], s["value"]))
            # the character before/after a span must not extend the value
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append("%s span glued on the left %r" % (r["id"], s["value"]))
            if s["end"] < len(t) and (t[s["end"]].isalnum() and t[s["end"]].isascii()):
                errs.append("%s span glued on the right %r" % (r["id"], s["value"]))
        for g in r["negatives"]:
            if t[g["start"]:g["end"]] != g["value"]:
                errs.append("%s neg round trip %r" % (r["id"], g))
            p = lookalike_problems(g["value"], g["kind"])
            if p:
                errs.append("%s negative %s %r passes %s" % (r["id"], g["kind"], g["value"], p))
            for s in r["spans"]:
                if s["start"] < g["end"] and g["start"] < s["end"]:
                    errs.append("%s negative overlaps span" % r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
    return errs


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 make_numbers.py OUT.jsonl")
    build_phones()
    build_ibans()
    build_bank()
    build_cards()
    build_ids()
    build_ips()
    build_wallets()
    build_multi()
    positives = messages[:]
    # de-duplicate texts (templates can repeat; values cannot, but be safe)
    n_neg = N_MESSAGES - len(positives)
    assert 0.25 * N_MESSAGES <= n_neg <= 0.35 * N_MESSAGES, n_neg
    allm = positives + build_negatives(n_neg)
    recs, seen = [], set()
    for lang, kind, parts in allm:
        text, spans, negs = assemble(parts)
        tries = 0
        while text in seen or len(text) < 20:
            tries += 1
            assert tries < 20, text
            parts = parts + [R.choice([" thx", " pls", " ok?", " 🙏", " 👍"])] if lang == "en" else parts + [R.choice(EMOJI)]
            text, spans, negs = assemble(parts)
        seen.add(text)
        if kind is None:
            kind = "multi" if len(spans) > 1 else "single"
        recs.append({"text": text, "spans": spans, "lang": lang, "kind": kind, "negatives": negs})
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "nm-%05d" % i, "text": r["text"], "spans": r["spans"], "lang": r["lang"],
                    "kind": r["kind"], "negatives": r["negatives"]})
    errs = self_check(out)
    if errs:
        for e in errs[:40]:
            print("SELF-CHECK: " + e, file=sys.stderr)
        sys.exit(1)
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    cnt = {}
    for r in out:
        for s in r["spans"]:
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
    free = sum(1 for r in out if not r["spans"])
    countries = sorted(set(p[0] for p in PHONE_PLAN))
    print("wrote %d messages to %s; spans %s; PII-free %d; phone countries %d" %
          (len(out), sys.argv[1], json.dumps(cnt, sort_keys=True), free, len(countries)), file=sys.stderr)


if __name__ == "__main__":
    main()
