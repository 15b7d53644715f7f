"""Helpers the probe generators share (make.py, make_disguised.py):
check digits (Keccak-256 for EIP-55 too) and random digits, from the
random module the caller seeds."""
import hashlib
import random
import re
import unicodedata

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def aba_ok(d):
    return len(d) == 9 and d.isdigit() and sum(int(a) * b for a, b in zip(d, [3, 7, 1] * 3)) % 10 == 0


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
    return len(raw) > 4 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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
    return b58enc(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


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


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def alnum(s):
    return re.sub(r"[^0-9A-Za-z]", "", norm_digits(s))


def iban_mod97(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def neg_problem(v, kind=""):
    """Mirror of validate.py check_negative (a little stricter): True if the
    look-alike passes a checksum of what it imitates."""
    v = norm_digits(v)
    cands = [alnum(v)] + [alnum(t) for t in v.split()]
    cands += [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d(?:[ .\-]?\d)*", v)]
    for d in cands:
        if d.isdigit():
            if 13 <= len(d) <= 19 and luhn_ok(d):
                return True
            if len(d) == 12 and d[0] not in "01" and verhoeff_ok(d):
                return True
            if len(d) == 18 and cnid_ok(d):
                return True
            if len(d) == 9 and aba_ok(d):
                return True
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", d) and iban_mod97(d) == 1:
            return True
    return kind.startswith("BTC") and b58check_ok(v)


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
