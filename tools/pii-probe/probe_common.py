"""Helpers the probe generators share (make.py, make_disguised.py,
make_formats.py, make_evasions.py): check digits, Base58Check and bech32
encoding, Keccak-256 for EIP-55, the look-alike checks, random digits
from the random module the caller seeds, and trimming a message."""
import hashlib
import random
import re
import unicodedata

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def aba_ok(d):
    return len(d) == 9 and d.isdigit() and sum(int(a) * b for a, b in zip(d, [3, 7, 1] * 3)) % 10 == 0


def aba_complete(body):
    """The first eight digits of an ABA routing number -> all nine."""
    s = sum(int(a) * w for a, w in zip(body, [3, 7, 1] * 3))
    return body + str((10 - s % 10) % 10)


assert aba_ok("021000021") and aba_complete("01100001") == "011000015"


def sha256d(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58enc(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + out


def b58check_ok(s):
    if not s or any(c not in B58 for c in s):
        return False
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    return len(raw) > 4 and sha256d(raw[:-4])[:4] == raw[-4:]


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def norm_digits(s):
    return "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)


def ch(seq):
    return random.choice(seq)


def dg(n, first_nonzero=False):
    s = "".join(random.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = random.choice("123456789") + s[1:]
    return s


def b58check(version, payload):
    raw = bytes([version]) + payload
    return b58enc(raw + sha256d(raw)[:4])


assert b58check(0, b"\0" * 20) == "1111111111111111111114oLvT2"


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frm, to):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << frm) | b
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def segwit_addr(hrp, ver, prog):
    """BIP-173 (version 0, bech32) / BIP-350 (version 1 and up, bech32m)."""
    const = 1 if ver == 0 else 0x2bc830a3
    data = [ver] + convertbits(prog, 8, 5)
    pm = bech_polymod(hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def segwit_ok(addr):
    a = addr.lower()
    hrp, data = a.rsplit("1", 1)
    vals = [BECH.index(c) for c in data]
    const = 1 if vals[0] == 0 else 0x2bc830a3
    return bech_polymod(hrp_expand(hrp) + vals) == const


assert segwit_addr("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
assert segwit_addr("bc", 1, bytes.fromhex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")) == \
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError


CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]


VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def cnid_check(f17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(f17, CNW)) % 11]


def cnid_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cnid_check(s[:17]) == s[17]


VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    """The Verhoeff check digit to append to s."""
    c = 0
    for i, x in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    return str(VINV[c])


assert verhoeff_digit("236") == "3" and verhoeff_ok("2363") and not verhoeff_ok("2364")  # textbook example


def alnum(s):
    return re.sub(r"[^0-9A-Za-z]", "", norm_digits(s))


def iban_mod97(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_ok(s):
    return iban_mod97(s) == 1


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NINO_A and s[1] in NINO_B and s[:2] not in NINO_BAD
            and s[2:8].isdigit() and s[8] in "ABCD")


def iso6346_digit(code10):
    """ISO 6346 check value of a container number's first ten characters
    (0..10; the printed digit is this mod 10)."""
    vals, v = {}, 10
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    s = sum((vals[c] if c.isalpha() else int(c)) << i for i, c in enumerate(code10))
    return s % 11


assert iso6346_digit("CSQU305438") % 10 == 3


def passes_digit_check(d):
    """True if the digit string d passes the checksum its length suggests:
    card (Luhn), Aadhaar (Verhoeff), China ID or ABA routing number."""
    return ((13 <= len(d) <= 19 and luhn_ok(d)) or (len(d) == 12 and d[0] not in "01" and verhoeff_ok(d))
            or (len(d) == 18 and cnid_ok(d)) or (len(d) == 9 and aba_ok(d)))


def passes_some_check(v, x_ids=True):
    """True if v, or a run of digits in it, passes a checksum of a card,
    Aadhaar, China ID, ABA routing number or IBAN. x_ids: count China IDs
    that end in X too, as validate.py does (neg_problem leaves them out, so
    that make.py and make_disguised.py keep their output)."""
    v = norm_digits(v)
    cands = [alnum(v)] + [alnum(t) for t in v.split()]
    cands += [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d(?:[ .\-]?\d)*", v)]
    for d in cands:
        if d.isdigit() and passes_digit_check(d):
            return True
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", d) and iban_ok(d):
            return True
        if x_ids and len(d) == 18 and cnid_ok(d):
            return True
    return False


def neg_problem(v, kind=""):
    """Mirror of validate.py check_negative (a little stricter): True if the
    look-alike passes a checksum of what it imitates."""
    return passes_some_check(v, x_ids=False) or (kind.startswith("BTC") and b58check_ok(norm_digits(v)))


# length of a whole IBAN, by country
IBAN_LEN = {"AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DK": 18, "EE": 20, "FI": 18, "FR": 27,
            "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MT": 31,
            "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "ES": 24, "DE": 22,
            "TR": 26, "AE": 23, "SA": 24, "QA": 29, "BR": 29, "PK": 24, "UA": 29, "IL": 23, "KZ": 20, "EG": 29,
            "MU": 30, "GE": 22, "AZ": 28, "JO": 30, "LB": 28, "CR": 22, "DO": 28, "BH": 22, "KW": 30, "RS": 22,
            "BA": 20, "ME": 22, "MK": 19, "AL": 28, "IS": 26, "LI": 21, "MC": 27, "SM": 27, "AD": 24, "GI": 23,
            "MD": 24, "XK": 20, "TN": 24, "MR": 27, "GT": 28, "VG": 24}


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def keccak256(data):
    RC = [0x1, 0x8082, 0x800000000000808A, 0x8000000080008000, 0x808B, 0x80000001, 0x8000000080008081,
          0x8000000000008009, 0x8A, 0x88, 0x80008009, 0x8000000A, 0x8000808B, 0x800000000000008B,
          0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x800A,
          0x800000008000000A, 0x8000000080008081, 0x8000000000008080, 0x80000001, 0x8000000080008008]
    ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
    M = (1 << 64) - 1

    def rol(x, n):
        return ((x << n) | (x >> (64 - n))) & M if n else x
    st = [0] * 25
    msg = bytearray(data) + b"\x01"
    while len(msg) % 136:
        msg.append(0)
    msg[-1] |= 0x80
    for o in range(0, len(msg), 136):
        for i in range(17):
            st[i] ^= int.from_bytes(msg[o + 8 * i:o + 8 * i + 8], "little")
        for rc in RC:
            C = [st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20] for x in range(5)]
            for x in range(5):
                d = C[(x - 1) % 5] ^ rol(C[(x + 1) % 5], 1)
                for y in range(5):
                    st[x + 5 * y] ^= d
            B = [0] * 25
            for x in range(5):
                for y in range(5):
                    B[y + 5 * ((2 * x + 3 * y) % 5)] = rol(st[x + 5 * y], ROT[x + 5 * y])
            for x in range(5):
                for y in range(5):
                    st[x + 5 * y] = B[x + 5 * y] ^ (~B[(x + 1) % 5 + 5 * y] & B[(x + 2) % 5 + 5 * y])
            st[0] ^= rc
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def eip55(hx):
    h = keccak256(hx.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hx))


def eip55_ok(addr):
    return eip55(addr[2:].lower()) == addr


assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
assert eip55("fb6916095ca1df60bb79ce92ce3ea74c37c5d359") == "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"


def strip_outer(text, marks):
    """Strip the outer whitespace of a message and shift the offsets of its
    spans and negatives (dicts with "start" and "end") to match."""
    lead = len(text) - len(text.lstrip())
    for m in marks:
        m["start"] -= lead
        m["end"] -= lead
    return text.strip()


# The digits spelled in five languages, 0 to 9.
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
