#!/usr/bin/env python3
"""Independent multilingual probe set for the PII detector.

    python3 make_languages.py OUT.jsonl

Writes 500 buyer-seller chat messages (B2B marketplace) in Arabic, Hindi, Thai,
Vietnamese, Turkish, Indonesian/Malay, Japanese, Korean, Italian, Polish, Dutch
and French in the corpus format of the corpus README
(../shared/pii-corpus/README.md).  Each message uses the language's own words for phone / e-mail / messenger / bank
account / address, local number formats (national and international phone
numbers of valid length, local address order and postcodes, IBANs with a
correct mod-97 check, Luhn-valid cards, Verhoeff-valid Aadhaar) and sometimes
local digits (Arabic-Indic, Eastern Arabic-Indic, Devanagari, Thai, full-width).
About 35 % of the messages hold no PII, only local look-alikes (prices,
quantities, dates incl. Buddhist-era / Japanese-era / Hijri, order / invoice /
tracking numbers, HS codes, container numbers, company tax ids, ...).

Spans are recorded by construction (the value is inserted and its code point
offsets noted), never found afterwards.  Written from the README only; it
shares no code with generate.py or the detector.  Standard library only;
deterministic (fixed seed).

Span conventions followed (README): PHONE from "+" / "00" / "(" (or the first
digit) to the last digit, labels excluded; MESSENGER_HANDLE is the id only
("@" kept for Telegram / LINE official ids, deep links t.me/..., line.me/...,
open.kakao.com/... are one span); EMAIL covers the whole address as written,
obfuscation words included; POSTAL_ADDRESS from the first component to the
last (a Japanese postal mark "〒" in front of the postcode is left outside).
"""
import hashlib
import json
import random
import re
import sys
import unicodedata

SEED = 7051_2024
R = random.Random(SEED)

# ---------------------------------------------------------------- digits

ASCII = "0123456789"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EASTERN_ARABIC = "۰۱۲۳۴۵۶۷۸۹"
DEVANAGARI = "०१२३४५६७८९"
THAI = "๐๑๒๓๔๕๖๗๘๙"
FULLWIDTH = "０１２３４５６７８９"


def to_digits(s, table):
    return s.translate({ord(a): b for a, b in zip(ASCII, table)})


def fullwidth(s, dash=None):
    s = to_digits(s, FULLWIDTH)
    if dash is None:
        dash = "－" if R.random() < 0.8 else "ー"
    return s.replace("-", dash)


def arabic_num(s):
    """Arabic-Indic digits with Arabic thousands / decimal separators."""
    return to_digits(s, ARABIC_INDIC).replace(",", "٬").replace(".", "٫")


def d(n):
    return "".join(R.choice(ASCII) for _ in range(n))


def dnz(n):
    return R.choice("123456789") + d(n - 1)


def pick(seq):
    return R.choice(seq)


def wpick(pairs):
    """pairs: [(weight, value), ...]"""
    tot = sum(w for w, _ in pairs)
    x = R.random() * tot
    for w, v in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][1]


def fill(pat):
    """Replace each '#' by a random digit."""
    return "".join(R.choice(ASCII) if c == "#" else c for c in pat)


def alnum(n, chars="abcdefghijkmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- checksums

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def luhn_complete(body):
    for c in ASCII:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(cc, bban):
    ck = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, ck, bban)


def iban_valid(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s)) and iban_num(s[4:] + s[:4]) % 97 == 1


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    VP.append([VP[_i - 1][VP[1][j]] for j in range(10)])
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return body + str(VINV[c])


CNID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], CNID_W)) % 11] == s[17]


def aba_valid(s):
    return len(s) == 9 and s.isdigit() and sum(int(a) * b for a, b in zip(s, [3, 7, 1] * 3)) % 10 == 0


def norm_digits(s):
    return "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)


def neg_safe(v):
    """True if a look-alike passes none of the checksums of the PII it imitates
    (whole value, each whitespace token, each digit run with separators)."""
    v = norm_digits(v)
    an = lambda x: re.sub(r"[^0-9A-Za-z]", "", x)
    cands = [an(v)] + [an(t) for t in v.split()]
    cands += [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d(?:[ .\-]?\d)*", v)]
    for c in cands:
        if c.isdigit():
            if 13 <= len(c) <= 19 and luhn_ok(c):
                return False
            if len(c) == 12 and c[0] not in "01" and verhoeff_ok(c):
                return False
            if len(c) == 18 and cnid_valid(c):
                return False
            if len(c) == 9 and aba_valid(c):
                return False
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", c) and iban_valid(c):
            return False
    return True


def iso6346(owner):
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    six = d(6)
    s = owner + six
    tot = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return owner, six, str(tot % 11 % 10)


def upu_s10(prefix, cc):
    eight = d(8)
    tot = sum(int(a) * w for a, w in zip(eight, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - tot % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return "%s%s%d%s" % (prefix, eight, c, cc)


def ean13(prefix):
    body = prefix + d(12 - len(prefix))
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version):
    raw = bytes([version]) + bytes(R.randrange(256) for _ in range(20))
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_addr():
    prog = [R.randrange(256) for _ in range(20)]
    acc, bits, five = 0, 0, []
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    data = [0] + five
    hrp = "bc"
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

    def polymod(vals):
        chk = 1
        for v in vals:
            top = chk >> 25
            chk = (chk & 0x1ffffff) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in data + chk)


# ---------------------------------------------------------------- numbers, dates

def fmt_int(n, sep=","):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_indian(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def fmt_money(x, thou=",", dec=".", decimals=2):
    whole = int(x)
    frac = int(round((x - whole) * 10 ** decimals))
    if frac == 10 ** decimals:
        whole, frac = whole + 1, 0
    s = fmt_int(whole, thou)
    if decimals:
        s += dec + str(frac).zfill(decimals)
    return s


def rand_date():
    y = pick([2024, 2024, 2025])
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    return y, m, dd


def unit_price():
    return pick([R.randint(1, 99) + R.choice([0, 0.5, 0.2, 0.75, 0.35]),
                 R.randint(100, 9999) + 0.0,
                 R.randint(10, 900) * 100.0,
                 R.randint(1000, 250000) * 10.0])


def qty_n():
    return pick([R.randint(1, 50) * 100, R.randint(1, 20) * 500, R.randint(2, 99) * 1000, R.randint(5, 300)])


# ---------------------------------------------------------------- generic generators

def card_number(brands):
    brand = pick(brands)
    if brand == "visa":
        body, n = "4" + d(5), 16
    elif brand == "mc":
        body, n = pick(["51", "52", "53", "54", "55"]) + d(4), 16
    elif brand == "mc2":
        body, n = str(R.randint(2221, 2720)) + d(2), 16
    elif brand == "amex":
        body, n = pick(["34", "37"]) + d(4), 15
    elif brand == "jcb":
        body, n = str(R.randint(3528, 3589)) + d(2), 16
    elif brand == "rupay":
        body, n = pick(["6521", "6522", "6080", "6081", "5085"]) + d(2), 16
    elif brand == "troy":
        body, n = "9792" + d(2), 16
    elif brand == "unionpay":
        body, n = "62" + d(4), 16
    elif brand == "maestro":
        body, n = pick(["6759", "5018", "6761"]) + d(2), pick([16, 19])
    else:
        body, n = "4" + d(5), 16
    num = luhn_complete(body + d(n - len(body) - 1))
    if n == 15:
        f = pick(["amex_sp", "compact", "amex_dash"])
        if f == "amex_sp":
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        if f == "amex_dash":
            return "%s-%s-%s" % (num[:4], num[4:10], num[10:])
        return num
    f = wpick([(6, "sp"), (2, "dash"), (3, "compact")])
    if f == "sp":
        return group(num, 4, " ")
    if f == "dash":
        return group(num, 4, "-")
    return num


def eth_addr():
    return "0x" + "".join(R.choice("0123456789abcdef") for _ in range(40))


def btc_addr():
    return wpick([(4, lambda: bech32_addr()), (2, lambda: base58check(0)), (2, lambda: base58check(5))])()


def ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 172, 192, 169, 100, 0):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    pre = pick(["2001:ee0", "2405:4800", "2a02:ff0", "2001:4860", "2400:cb00", "2a01:e0a", "2403:6200"])
    tail = ":".join("%x" % R.randint(1, 0xffff) for _ in range(R.randint(1, 2)))
    if R.random() < 0.6:
        return "%s:%x::%s" % (pre, R.randint(1, 0xffff), tail)
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))


CONTAINER_OWNERS = ["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "TCNU", "CSNU", "EGSU", "SEGU", "MRKU", "FCIU",
                    "TRHU", "BMOU", "YMLU", "ONEU"]


def container():
    o, six, c = iso6346(pick(CONTAINER_OWNERS))
    return wpick([(5, o + six + c), (2, "%s %s %s" % (o, six, c)), (1, "%s-%s-%s" % (o, six, c)),
                  (1, "%s %s-%s" % (o, six, c))])


def model_no():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return wpick([
        (3, lambda: "%s%s-%s%s" % (R.choice(L), R.choice(L), d(R.randint(3, 4)), R.choice(["", R.choice(L)]))),
        (2, lambda: "%s-%s%s" % (pick(["LED", "SP", "KX", "HX", "GT", "PV", "MPPT", "AC"]), d(3), pick(["", "W", "B", "-2", "-Pro"]))),
        (2, lambda: "%s%s%s-%s" % (R.choice(L), R.choice(L), d(3), d(2))),
        (1, lambda: "M%d×%d" % (R.choice([6, 8, 10, 12]), R.choice([20, 30, 40, 50, 60]))),
        (1, lambda: "%s %s/%s" % (pick(["DN", "PN"]), R.choice([15, 20, 25, 50, 100]), R.choice([10, 16, 25]))),
    ])()


def longref():
    n = R.choice([16, 16, 17, 18, 19])
    return dnz(n)


def tx_hash():
    return "0x" + "".join(R.choice("0123456789abcdef") for _ in range(64))


def hs_code(style):
    ch = pick(["8471", "8517", "9403", "6109", "8528", "3926", "8504", "8541", "7306", "6204", "8418", "8516",
               "9405", "4011", "7318", "3923", "8536", "6110", "8414", "8443"])
    s2, s3 = d(2), d(2)
    if style == "6":
        return ch + "." + s2
    if style == "8dot":
        return "%s.%s.%s" % (ch, s2, s3)
    if style == "8":
        return ch + s2 + s3
    if style == "8sp":
        return "%s %s %s" % (ch, s2, s3)
    if style == "10":
        return ch + s2 + s3 + d(2)
    if style == "gtip":
        return "%s.%s.%s.%s.%s" % (ch, s2, s3, d(2), d(2))
    if style == "hsk":
        return "%s.%s-%s" % (ch, s2, d(4))
    if style == "jp":
        return "%s.%s-%s" % (ch, s2, d(3))
    return ch + "." + s2


# ---------------------------------------------------------------- shared per-language machinery

def phone_spec(spec):
    """spec: [(weight, prefixes, patterns)]; '{p}' -> prefix, '#' -> digit."""
    def gen():
        prefixes, patterns = wpick([(w, (p, q)) for w, p, q in spec])
        return fill(pick(patterns).replace("{p}", pick(prefixes)))
    return gen


PUBLIC_MAIL = {"gmail", "yahoo", "hotmail", "outlook", "rediffmail", "naver", "daum", "hanmail", "nate", "libero",
               "alice", "virgilio", "tiscali", "wp", "o2", "onet", "interia", "ziggo", "kpnmail", "orange", "free",
               "laposte", "sfr", "wanadoo", "docomo", "ezweb", "yandex"}
ROLE = ["sales", "export", "info", "purchasing", "order", "cs", "admin", "import", "office"]


def email_gen(names, domains, at_words, dot_words, fw_at=False):
    def gen():
        first, last = pick(names)
        name, tld = pick(domains)
        if name not in PUBLIC_MAIL and R.random() < 0.4:
            local = pick(ROLE) + pick(["", "", str(R.randint(1, 9))])
        else:
            local = wpick([(3, "%s.%s" % (first, last)), (2, "%s%s%d" % (first, last, R.randint(1, 99))),
                           (2, "%s.%s" % (first[0], last)), (1, "%s_%s" % (first, last)),
                           (1, "%s%d" % (first, R.randint(1970, 2005))), (1, "%s.%s" % (last, first[0])),
                           (1, "%s-%s" % (last, first))])
        if R.random() < 0.76:
            return "%s@%s.%s" % (local, name, tld)
        style = wpick([(4, "words"), (2, "[at]"), (1, "(at)"), (1, "sp@"), (1, "[at][dot]"), (3 if fw_at else 0, "fw")])
        if style == "words":
            at, dot = pick(at_words), pick(dot_words)
            return "%s %s %s %s %s" % (local, at, name, dot, (" %s " % dot).join(tld.split(".")))
        if style == "[at]":
            return "%s[at]%s.%s" % (local, name, tld)
        if style == "(at)":
            return "%s(at)%s.%s" % (local, name, tld)
        if style == "sp@":
            return "%s @ %s.%s" % (local, name, tld)
        if style == "fw":
            return "%s＠%s.%s" % (local, name, tld)
        return "%s[at]%s[dot]%s" % (local, name, tld.replace(".", "[dot]"))
    return gen


def handle_gen(names):
    def gen():
        first, last = pick(names)
        return wpick([(3, "%s_%s" % (first, last)), (2, "%s%d" % (first, R.randint(10, 999))),
                      (1, "%s.%s" % (last, first)), (1, "%s_%s" % (last, pick(["trade", "shop", "store", "export", "supply"]))),
                      (1, "%s%s" % (first[:1], last))])
    return gen


WX_NAMES = ["lily", "amy", "kevin", "jason", "cathy", "tony", "zhangwei", "liming", "wanghua", "sunny", "coco",
            "jack", "vivian", "eric", "helen", "leo", "chenjie", "zhaolei"]


def wechat_id():
    return wpick([(4, lambda: "%s%s%s" % (pick(WX_NAMES), pick(["_", "", "-"]), pick([d(4), "sourcing", "factory" + d(2), d(3), "cn" + d(2)]))),
                  (2, lambda: "wxid_" + alnum(14)),
                  (1, lambda: pick(WX_NAMES).capitalize() + "-" + pick(["Sourcing", "Export", "LED"]) + d(4))])()


def slug(words):
    return "-".join(R.sample(words, R.randint(2, min(4, len(words)))))


# card brands per language
BRANDS = {
    "ar": ["visa", "visa", "mc", "mc2", "amex"], "hi": ["visa", "mc", "rupay", "rupay"], "th": ["visa", "mc", "jcb"],
    "vi": ["visa", "mc", "jcb", "unionpay"], "tr": ["visa", "mc", "troy", "troy"], "id": ["visa", "mc", "jcb"],
    "ms": ["visa", "mc", "amex"], "ja": ["jcb", "jcb", "visa", "mc", "amex"], "ko": ["visa", "mc", "amex", "unionpay"],
    "it": ["visa", "mc", "amex", "maestro"], "pl": ["visa", "mc", "mc2", "maestro"], "nl": ["visa", "mc", "maestro"],
    "fr": ["visa", "mc", "amex"],
}

BICS = {
    "ar": ["RJHISARI", "NCBKSAJE", "SABBSARI", "RIBLSARI", "EBILAEAD", "NBADAEAA", "NBEGEGCX", "QNBAQAQA", "NBOKKWKW", "ARABJOAX"],
    "hi": ["SBININBB", "HDFCINBB", "ICICINBB", "UTIBINBB", "PUNBINBB104", "BARBINBBKBH"],
    "th": ["BKKBTHBK", "KASITHBK", "SICOTHBK", "KRTHTHBK", "AYUDTHBK"],
    "vi": ["BFTVVNVX", "VTCBVNVX", "ICBVVNVX", "ASCBVNVX", "BIDVVNVX", "MSCBVNVX"],
    "tr": ["TCZBTR2A", "TGBATRIS", "ISBKTRIS", "AKBKTRIS", "YAPITRIS", "TVBATR2A"],
    "id": ["CENAIDJA", "BMRIIDJA", "BRINIDJA", "BNINIDJA"], "ms": ["MBBEMYKL", "CIBBMYKL", "PBBEMYKL", "RHBBMYKL"],
    "ja": ["BOTKJPJT", "SMBCJPJT", "MHCBJPJT", "RKBKJPJT"],
    "ko": ["CZNBKRSE", "SHBKKRSE", "HVBKKRSE", "KOEXKRSE", "NACFKRSE"],
    "it": ["BCITITMM", "UNCRITMM", "BPMOIT22", "PASCITMM", "BAPPIT22", "CRPPIT2P"],
    "pl": ["BPKOPLPW", "INGBPLPW", "BREXPLPW", "WBKPPLPP", "PKOPPLPW", "ALBPPLPW"],
    "nl": ["ABNANL2A", "INGBNL2A", "RABONL2U", "TRIONL2U", "BUNQNL2A", "KREDBEBB"],
    "fr": ["BNPAFRPP", "SOGEFRPP", "AGRIFRPP", "CRLYFRPP", "CMCIFRPP", "GEBABEBB", "UBSWCHZH80A", "PSSTFRPPPAR"],
}


def bic(lang):
    b = pick(BICS[lang])
    if len(b) == 8 and R.random() < 0.2:
        b += "XXX"
    return b


# ---------------------------------------------------------------- IBANs

def iban_fmt(s):
    return group(s, 4, " ") if R.random() < 0.65 else s


def iban_country(cc):
    if cc == "SA":
        bban = pick(["80", "10", "45", "20", "05", "15", "55", "60"]) + d(18)
    elif cc == "AE":
        bban = pick(["033", "026", "030", "035", "044"]) + d(16)
    elif cc == "EG":
        bban = pick(["0003", "0002", "0019", "0037"]) + d(4) + d(17)
    elif cc == "QA":
        bban = pick(["QNBA", "CBQA", "DOHB", "QIIB"]) + d(21)
    elif cc == "KW":
        bban = pick(["NBOK", "KFHO", "GULB", "CBKU"]) + d(22)
    elif cc == "JO":
        bban = pick(["ARAB", "CBJO", "HBHO"]) + d(4) + d(18)
    elif cc == "TR":
        bban = pick(["00010", "00062", "00064", "00046", "00067", "00012", "00015"]) + "0" + d(16)
    elif cc == "IT":
        abi = pick(["03069", "02008", "05034", "01030", "03111", "05387"])
        cab = d(5)
        acc = "0000" + d(8) if R.random() < 0.6 else d(12)
        s = abi + cab + acc
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        tot = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
        bban = chr(65 + tot % 26) + s
    elif cc == "PL":
        sort7 = pick(["102", "105", "109", "114", "116", "124", "175", "249"]) + d(4)
        chk = (10 - sum(int(a) * w for a, w in zip(sort7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        bban = sort7 + str(chk) + d(16)
    elif cc == "NL":
        bank = pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"])
        if bank == "INGB":
            acc = "000" + d(7)
        else:
            while True:
                n9 = dnz(9)
                c = (-sum(int(a) * w for a, w in zip(n9, range(10, 1, -1)))) % 11
                if c < 10:
                    acc = n9 + str(c)
                    break
        bban = bank + acc
    elif cc == "FR":
        bank = pick(["30004", "30003", "30002", "20041", "10278", "11315", "30066", "17515"])
        gui = d(5)
        acc = d(11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        bban = bank + gui + acc + "%02d" % key
    elif cc == "BE":
        n10 = pick(["001", "068", "310", "363", "735", "063"]) + d(7)
        c = int(n10) % 97 or 97
        bban = n10 + "%02d" % c
    elif cc == "CH":
        bban = pick(["00762", "00235", "00700", "00767", "80808"]) + d(12)
    elif cc == "LU":
        bban = pick(["001", "002", "003", "014", "019"]) + d(13)
    else:
        raise ValueError(cc)
    return make_iban(cc, bban)


def iban_gen(mix):
    return lambda: iban_fmt(iban_country(wpick(mix)))


# ---------------------------------------------------------------- language packs

def loc_phone(gen, tables, every):
    """Wrap a phone generator: every `every`-th eligible number is rewritten in a
    local script (cycling through `tables`); a deterministic quota, so each
    language reliably gets some."""
    state = {"n": 0, "k": 0}

    def g():
        v = gen()
        if FULLWIDTH in tables and v.startswith(("+", "(")):
            return v
        state["n"] += 1
        if state["n"] % every:
            return v
        table = tables[state["k"] % len(tables)]
        state["k"] += 1
        return fullwidth(v) if table == FULLWIDTH else to_digits(v, table)
    return g


MONTHS = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "ar_lev": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "hijri": ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "th_abbr": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}


def lang_ar():
    phone = phone_spec([
        (40, ["50", "53", "54", "55", "56", "58", "59"], ["0{p} ### ####", "0{p}#######", "+966 {p} ### ####", "+966{p}#######",
                                                          "00966 {p} ### ####", "966{p}#######", "+966-{p}-###-####"]),
        (8, ["11", "12", "13", "14", "16"], ["0{p} ### ####", "+966 {p} ### ####", "0{p}-###-####"]),
        (15, ["50", "52", "54", "55", "56", "58"], ["0{p} ### ####", "+971 {p} ### ####", "+971{p}#######", "00971 {p} #######"]),
        (5, ["4", "2", "6"], ["0{p} ### ####", "+971 {p} ### ####"]),
        (17, ["10", "11", "12", "15"], ["0{p} #### ####", "0{p}########", "+20 {p} #### ####", "+20{p}########", "0020 {p} ########"]),
        (5, ["2"], ["0{p} #### ####", "+20 {p} #### ####"]),
        (5, ["77", "78", "79"], ["0{p} ### ####", "+962 {p} ### ####"]),
        (5, ["5", "6", "9"], ["{p}### ####", "+965 {p}### ####", "+965{p}#######"]),
    ])

    def addr():
        c = wpick([(55, "SA"), (30, "EG"), (15, "AE")])
        if c == "SA":
            street = pick(["شارع الملك فهد", "شارع التحلية", "طريق الملك عبدالعزيز", "شارع الأمير سلطان", "شارع العروبة", "طريق الأمير محمد بن عبدالعزيز"])
            dist = pick(["العليا", "الملز", "الروضة", "النسيم", "السليمانية", "الحمراء", "الصفا", "الفيصلية"])
            city, pc = pick([("الرياض", "12" + d(3)), ("الرياض", "13" + d(3)), ("جدة", "23" + d(3)), ("جدة", "22" + d(3)),
                             ("الدمام", "32" + d(3)), ("مكة المكرمة", "24" + d(3))])
            b = str(R.randint(1000, 9999))
            v = wpick([(3, "%s %s، حي %s، %s %s" % (b, street, dist, city, pc)),
                       (3, "مبنى %s، %s، حي %s، %s %s" % (b, street, dist, city, pc)),
                       (2, "%s، مبنى رقم %s، حي %s، %s %s - %s" % (street, b, dist, city, pc, str(R.randint(1000, 9999)))),
                       (1, "مستودع %d، %s، حي %s، %s %s" % (R.randint(1, 40), street, dist, city, pc))])
        elif c == "EG":
            street = pick(["شارع جامعة الدول العربية", "شارع التحرير", "شارع عباس العقاد", "شارع الهرم", "شارع مصطفى النحاس", "شارع فيصل"])
            dist, city, pc = pick([("المهندسين", "الجيزة", "12411"), ("الدقي", "الجيزة", "12311"), ("مدينة نصر", "القاهرة", "11371"),
                                   ("مصر الجديدة", "القاهرة", "11341"), ("سموحة", "الإسكندرية", "21648"), ("العاشر من رمضان", "الشرقية", "44629")])
            n = str(R.randint(1, 180))
            v = wpick([(3, "%s %s، %s، %s" % (n, street, dist, city)),
                       (2, "%s %s، %s، %s %s" % (n, street, dist, city, pc)),
                       (2, "شقة %d، الدور %d، %s %s، %s، %s" % (R.randint(1, 30), R.randint(1, 12), n, street, dist, city))])
        else:
            v = wpick([(2, "مكتب %d، %s، شارع الشيخ زايد، دبي" % (R.randint(101, 3900), pick(["برج الخليج التجاري", "برج المطوع", "برج الإمارات"]))),
                       (2, "مستودع رقم %d، المنطقة الصناعية %d، القوز، دبي" % (R.randint(1, 90), R.randint(1, 4))),
                       (1, "محل %d، سوق نايف، ديرة، دبي" % R.randint(1, 200))])
        r = R.random()
        if r < 0.28:
            v = to_digits(v, ARABIC_INDIC)
        elif r < 0.33:
            v = to_digits(v, EASTERN_ARABIC)
        return v

    def acct():
        v = wpick([(3, d(3) + "608010" + d(6)), (2, dnz(14)), (1, dnz(13)), (1, group(dnz(16), 4, " "))])
        return to_digits(v, ARABIC_INDIC) if R.random() < 0.15 else v

    def price():
        x = unit_price()
        return wpick([(3, lambda: "%s ريال" % fmt_int(int(x))), (2, lambda: "SAR %s" % fmt_money(x)),
                      (3, lambda: "%s ريال" % arabic_num(fmt_int(int(x)))), (1, lambda: "%d ر.س" % int(x)),
                      (2, lambda: "%s درهم" % fmt_money(x)), (2, lambda: "%s جنيه" % fmt_int(int(x) * 10)),
                      (2, lambda: "$%.2f" % (R.randint(50, 9999) / 100)), (2, lambda: "%s دولار" % arabic_num("%.2f" % (R.randint(50, 9999) / 100))),
                      (1, lambda: "%s ألف ريال" % arabic_num(str(R.randint(2, 900))))])()

    def qty():
        n = qty_n()
        return wpick([(3, lambda: "%s قطعة" % fmt_int(n)), (2, lambda: "%s كرتون" % arabic_num(fmt_int(n))),
                      (1, lambda: "%d pcs" % n), (1, lambda: "٢×٤٠ قدم"), (1, lambda: "%s طن" % arabic_num(str(R.randint(2, 60)))),
                      (2, lambda: "%s حبة" % arabic_num(fmt_int(n)))])()

    def date():
        y, m, dd = rand_date()
        return wpick([(3, lambda: "%02d/%02d/%d" % (dd, m, y)), (3, lambda: arabic_num("%02d/%02d/%d" % (dd, m, y))),
                      (2, lambda: "%s %s %s" % (arabic_num(str(dd)), MONTHS["ar"][m - 1], arabic_num(str(y)))),
                      (1, lambda: "%d %s %d" % (dd, MONTHS["ar_lev"][m - 1], y)),
                      (3, lambda: "%s %s %sهـ" % (arabic_num(str(dd)), MONTHS["hijri"][m - 1], arabic_num(str(pick([1445, 1446]))))),
                      (1, lambda: "%d-%02d-%02d" % (y, m, dd))])()

    def order():
        y = pick([2024, 2025])
        return wpick([(2, lambda: "SO-%d-%s" % (y, d(5))), (2, lambda: "#" + dnz(6)), (2, lambda: "PO" + d(8)),
                      (2, lambda: arabic_num("%d/%s" % (y, d(4)))), (1, lambda: dnz(16))])()

    return dict(
        code="ar", phone=loc_phone(phone, [ARABIC_INDIC, ARABIC_INDIC, EASTERN_ARABIC], 2), addr=addr, acct=acct,
        iban=iban_gen([(55, "SA"), (20, "AE"), (10, "EG"), (5, "QA"), (5, "KW"), (5, "JO")]),
        email=email_gen([("ahmed", "alharbi"), ("mohammed", "alqahtani"), ("khalid", "alotaibi"), ("faisal", "alshehri"),
                         ("omar", "hassan"), ("youssef", "mansour"), ("sara", "alzahrani"), ("mahmoud", "elsayed"), ("hany", "fawzy")],
                        [("gmail", "com"), ("hotmail", "com"), ("outlook", "sa"), ("yahoo", "com"), ("alnoor-trading", "com.sa"),
                         ("gulfsupply", "ae"), ("misr-import", "com.eg")], ["at"], ["dot"]),
        url=lambda: wpick([(2, lambda: "https://www.noon.com/saudi-ar/%s/N%sV/p/" % (slug(["led", "panel", "office", "chair", "cable", "copper", "100w"]), d(8))),
                           (2, lambda: pick(["www.alnoor-trading.com.sa", "www.gulfsupply.ae/products", "misr-import.com.eg/catalog"])),
                           (1, lambda: "https://haraj.com.sa/%s" % d(8)), (1, lambda: "https://drive.google.com/file/d/1%s/view" % alnum(32, "ABCDEFGHabcdefgh0123456789_-")),
                           (1, lambda: "bit.ly/" + alnum(7, "ABCDEFGHJKabcdefghjk0123456789")),
                           (1, lambda: "https://www.opensooq.com/ar/post/%s" % d(9))])(),
        handle=handle_gen([("ahmed", "trade"), ("khalid", "alotaibi"), ("omar", "hassan"), ("faisal", "store"), ("gulf", "supply")]),
        names=["أحمد", "محمد", "خالد", "فيصل", "عمر", "يوسف", "سارة", "محمود"],
        prod=["ألواح LED", "كابلات نحاسية", "مكيفات سبليت", "أقمشة قطنية", "كراسي مكتب", "مضخات مياه"],
        price=price, qty=qty, date=date,
        time=lambda: wpick([(2, lambda: "%d:%s" % (R.randint(8, 21), pick(["00", "30", "15"]))), (2, lambda: "%s مساءً" % arabic_num(str(R.randint(4, 10)))),
                            (1, lambda: "%s صباحاً" % arabic_num(str(R.randint(8, 11))))])(),
        order=order,
        inv=lambda: wpick([(2, lambda: "INV-%d-%s" % (pick([2024, 2025]), d(4))), (1, lambda: str(pick([2024, 2025])) + d(6)),
                           (2, lambda: arabic_num("%d/%d" % (pick([2024, 2025]), R.randint(10, 999))))])(),
        track=lambda: wpick([(2, lambda: dnz(11)), (2, lambda: "2900" + d(8)), (2, lambda: upu_s10(pick(["RR", "EE", "CP"]), pick(["SA", "AE", "EG"]))),
                             (1, lambda: dnz(10))])(),
        hs=lambda: wpick([(2, lambda: hs_code("6")), (2, lambda: hs_code("8dot")), (1, lambda: hs_code("8") + d(4)), (1, lambda: arabic_num(hs_code("6")))])(),
        size=lambda: wpick([(2, lambda: "%d×%d×%d سم" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120))),
                            (1, lambda: arabic_num("%d×%d سم" % (R.randint(20, 200), R.randint(20, 200)))),
                            (1, lambda: "%dx%d مم" % (R.randint(100, 2400), R.randint(100, 1200)))])(),
        weight=lambda: wpick([(2, lambda: "%d كغ" % R.randint(1, 900)), (1, lambda: "%s طن" % arabic_num("%.1f" % (R.randint(5, 250) / 10))),
                              (1, lambda: "%s كجم" % arabic_num(str(R.randint(1, 500))))])(),
        taxid=lambda: wpick([(3, lambda: "3" + d(13) + "3"), (1, lambda: "%s-%s-%s" % (d(3), d(3), d(3))), (1, lambda: "100" + d(12))])(),
        ean="628",
        pii=[
            "مرحبا، تواصل معي على الواتساب أسرع: {tel}",
            "رقم جوالي {tel} اتصل بعد الساعة {time}",
            "أرسل عرض السعر على الإيميل {email} لو سمحت",
            "البريد الإلكتروني لقسم المشتريات: {email}\nوالهاتف المباشر {tel}",
            "عنوان التسليم: {addr}",
            "ارسل العينات على العنوان التالي {addr}، واتصل على {tel} قبل الوصول",
            "بيانات التحويل البنكي:\nالآيبان: {iban}\nرمز السويفت: {bic}",
            "رقم الآيبان الخاص بالمؤسسة {iban} باسم مؤسسة النور للتجارة",
            "رقم الحساب {acct} في مصرف الراجحي، أرسل لي إيصال التحويل بعد الدفع",
            "حسابي في تلغرام {tg} أرسل لي الكتالوج هناك",
            "أضفني على الويتشات {wx} عشان أرسل لك صور {prod}",
            "شوف المنتجات كاملة في موقعنا {url}",
            "سأدفع بالبطاقة، رقم البطاقة {card}",
            "الدفع بعملة USDT شبكة ERC20 على المحفظة {eth}",
            "السعر {price} للقطعة، وللطلب كلمني واتساب {tel}",
            "الطلب رقم {order} جاهز، يرجى الشحن إلى {addr}",
            "للاستفسار: هاتف المكتب {tel} / الجوال {tel}",
            "واتس {tel}",
            "قناتنا على تيليجرام {tme} فيها كل العروض",
            "هذا رقم حساب الشركة: {acct}\nالبنك الأهلي السعودي، السويفت {bic}",
            "الآيبان {iban}",
        ],
        neg=[
            "السعر {price} للقطعة، والحد الأدنى للطلب {qty}",
            "تم شحن الطلب رقم {order} بتاريخ {date}، رقم التتبع {track}",
            "الحاوية {cntr} وصلت ميناء جدة الإسلامي يوم {date}",
            "الفاتورة رقم {inv} بقيمة {price}، الدفع ٣٠٪ مقدم والباقي قبل الشحن",
            "رمز النظام المنسق {hs}، الوزن {weight}، المقاس {size}",
            "كم سعر الموديل {model}؟ نحتاج {qty}",
            "موعد التسليم {date} إن شاء الله",
            "بوليصة الشحن {bl} والحاوية {cntr}",
            "تم تحويل الدفعة الأولى {price} اليوم، رقم العملية {longref}",
            "السعر النهائي {price} شامل الشحن إلى الدمام، الكمية {qty}",
            "الباركود {ean} والموديل {model}",
            "الرقم الضريبي للمنشأة {taxid} لإصدار الفاتورة الضريبية",
            "ممكن خصم على {qty}؟ آخر سعر عندكم {price}",
            "الشحنة تطلع من الصين {date} وتوصل تقريباً بعد ٢٥ يوم",
        ],
        greet=["السلام عليكم", "مرحبا", "أهلا أخي {name}", "صباح الخير", "مساء الخير يا {name}"],
        close=["شكراً", "بانتظار ردك", "تحياتي", "الله يعطيك العافية", "شكراً لتعاونكم"],
        fill=["بخصوص الطلب رقم {order}", "نحتاج {qty} قبل {date}", "السعر المتفق عليه {price}", "الشحن عن طريق ميناء جدة",
              "بخصوص {prod}", "التسليم يوم {date}"],
        seps=["\n", " ", "، "],
    )


def lang_hi():
    mob = ["9", "8", "7", "6"]
    phone = phone_spec([
        (85, mob, ["{p}#### #####", "{p}#########", "+91 {p}#### #####", "+91-{p}#########", "+91{p}#########", "0{p}#########",
                   "0091 {p}#### #####", "+91 {p}####-#####", "{p}###-######"]),
        (10, ["11", "22", "33", "44", "80", "79"], ["0{p}-#### ####", "0{p} ########", "+91 {p} #### ####"]),
        (5, ["141", "161", "261", "512"], ["0{p}-#######", "0{p} ### ####", "+91 {p} #######"]),
    ])

    def addr():
        city, st, pin = pick([("नई दिल्ली", "दिल्ली", "110" + d(3)), ("मुंबई", "महाराष्ट्र", "400" + d(3)), ("जयपुर", "राजस्थान", "302" + d(3)),
                              ("लुधियाना", "पंजाब", "141" + d(3)), ("सूरत", "गुजरात", "395" + d(3)), ("अहमदाबाद", "गुजरात", "380" + d(3)),
                              ("कानपुर", "उत्तर प्रदेश", "208" + d(3)), ("नोएडा", "उत्तर प्रदेश", "2013" + d(2))])
        area = pick(["लाजपत नगर", "करोल बाग", "चांदनी चौक", "अंधेरी पूर्व", "मानसरोवर", "सिविल लाइंस", "गांधी नगर", "सरदार बाज़ार"])
        v = wpick([
            (3, lambda: "मकान नं. %d, गली नं. %d, %s, %s %s" % (R.randint(1, 400), R.randint(1, 20), area, city, pin)),
            (3, lambda: "प्लॉट नं. %d, सेक्टर %d, %s, %s - %s" % (R.randint(1, 300), R.randint(1, 90), city, st, pin)),
            (2, lambda: "दुकान नं. %d, %s, %s %s" % (R.randint(1, 150), area, city, pin)),
            (2, lambda: "Plot No. %d, Sector %d, Noida, Uttar Pradesh %s" % (R.randint(1, 300), R.randint(1, 140), "2013" + d(2))),
            (2, lambda: "B-%d, %s, Andheri East, Mumbai - %s" % (R.randint(101, 909), pick(["Shanti Apartments", "Sai Krupa CHS", "Raj Industrial Estate"]), "4000" + d(2))),
            (1, lambda: "गोदाम नं. %d, रीको औद्योगिक क्षेत्र, सीतापुरा, जयपुर %s" % (R.randint(1, 99), "3020" + d(2))),
        ])()
        if re.search("[\u0900-\u097f]", v) and R.random() < 0.25:
            v = to_digits(v, DEVANAGARI)
        return v

    def price():
        n = R.randint(50, 900000)
        return wpick([(3, lambda: "₹%s" % fmt_indian(n)), (2, lambda: "रु. %s" % fmt_indian(n)), (2, lambda: "₹ %.1f लाख" % (R.randint(10, 990) / 10)),
                      (2, lambda: "₹%d/पीस" % R.randint(5, 900)), (1, lambda: "Rs. %s" % fmt_indian(n)), (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100)),
                      (1, lambda: "₹%s" % to_digits(fmt_indian(n), DEVANAGARI))])()

    def date():
        y, m, dd = rand_date()
        return wpick([(3, lambda: "%02d-%02d-%d" % (dd, m, y)), (2, lambda: "%02d/%02d/%d" % (dd, m, y)),
                      (2, lambda: "%d %s %d" % (dd, MONTHS["hi"][m - 1], y)),
                      (1, lambda: to_digits("%d %s %d" % (dd, MONTHS["hi"][m - 1], y), DEVANAGARI)),
                      (1, lambda: "%02d.%02d.%02d" % (dd, m, y % 100))])()

    def gstin():
        chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        body = pick(["27", "07", "09", "24", "29", "33", "08", "03"]) + "".join(R.choice(L) for _ in range(3)) + pick("CF") + \
            R.choice(L) + d(4) + R.choice(L) + R.choice("123") + "Z"
        tot = 0
        for i, ch in enumerate(body):
            p = chars.index(ch) * (2 if i % 2 else 1)
            tot += p // 36 + p % 36
        return body + chars[(36 - tot % 36) % 36]

    def aadhaar():
        num = verhoeff_complete(R.choice("23456789") + d(10))
        v = wpick([(7, group(num, 4, " ")), (1, group(num, 4, "-")), (2, num)])
        return to_digits(v, DEVANAGARI) if R.random() < 0.15 else v

    return dict(
        code="hi", phone=loc_phone(phone, [DEVANAGARI], 3), addr=addr,
        acct=lambda: wpick([(3, lambda: "3" + d(10)), (3, lambda: "50100" + d(9)), (2, lambda: dnz(12)), (2, lambda: "91" + d(13)),
                            (1, lambda: to_digits("3" + d(10), DEVANAGARI))])(),
        iban=None, aadhaar=aadhaar,
        email=email_gen([("rajesh", "kumar"), ("amit", "sharma"), ("priya", "verma"), ("sunil", "gupta"), ("neha", "agarwal"),
                         ("vikas", "jain"), ("anil", "mehta"), ("pooja", "singh")],
                        [("gmail", "com"), ("yahoo", "co.in"), ("rediffmail", "com"), ("sharmaexports", "in"), ("outlook", "com"),
                         ("guptatextiles", "co.in")], ["at the rate", "at"], ["dot"]),
        url=lambda: wpick([(2, lambda: "https://www.indiamart.com/proddetail/%s-%s.html" % (slug(["cotton", "fabric", "steel", "pipe", "led", "panel", "solar"]), d(11))),
                           (2, lambda: pick(["www.sharmaexports.in/catalogue", "guptatextiles.co.in", "https://www.guptatextiles.co.in/products/"])),
                           (1, lambda: "https://www.tradeindia.com/products/%s-c%s.html" % (slug(["pvc", "granules", "copper", "wire", "jute", "bags"]), d(7))),
                           (1, lambda: "bit.ly/" + alnum(7, "ABCDEFGHJKabcdefghjk0123456789"))])(),
        handle=handle_gen([("rajesh", "kumar"), ("amit", "exports"), ("priya", "verma"), ("gupta", "textiles")]),
        names=["राहुल", "अमित", "प्रिया", "सुनील", "नेहा", "विकास"],
        prod=["LED पैनल", "कॉटन कपड़ा", "स्टील पाइप", "सोलर पैनल", "प्लास्टिक दाना"],
        price=price,
        qty=lambda: wpick([(3, lambda: "%d पीस" % qty_n()), (1, lambda: "%s पीस" % fmt_indian(R.randint(1, 20) * 50000)),
                           (2, lambda: "%d कार्टन" % R.randint(10, 900)), (1, lambda: "MOQ %d pcs" % qty_n()), (1, lambda: "%d टन" % R.randint(1, 80)),
                           (1, lambda: "1x40HQ")])(),
        date=date,
        time=lambda: wpick([(1, lambda: "%d बजे" % R.randint(9, 11)), (1, lambda: "%d:%s" % (R.randint(9, 11), pick(["00", "30"])))])(),
        order=lambda: wpick([(2, lambda: "ORD/%s/%s" % (pick(["24-25", "25-26"]), d(4))), (2, lambda: "PO-" + dnz(6)), (1, lambda: "OD" + dnz(18)),
                             (1, lambda: "SO" + d(7))])(),
        inv=lambda: wpick([(2, lambda: "%s/%s/%s" % (pick(["MH", "DL", "GJ", "RJ"]), pick(["24-25", "25-26"]), d(4))),
                           (1, lambda: "GST/INV/" + d(4)), (1, lambda: "INV" + d(6))])(),
        track=lambda: wpick([(2, lambda: dnz(13)), (1, lambda: dnz(14)), (2, lambda: dnz(11)), (2, lambda: upu_s10(pick(["EE", "RR", "CP"]), "IN")),
                             (1, lambda: "LR" + d(6))])(),
        hs=lambda: wpick([(2, lambda: hs_code("8")), (1, lambda: hs_code("8dot")), (1, lambda: hs_code("6"))])(),
        size=lambda: wpick([(2, lambda: "%dx%dx%d सेमी" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120))),
                            (1, lambda: "%dx%d फ़ीट" % (R.randint(4, 20), R.randint(2, 10))), (1, lambda: "%d इंच" % R.randint(1, 60))])(),
        weight=lambda: wpick([(2, lambda: "%d किलो" % R.randint(1, 900)), (1, lambda: "%.1f टन" % (R.randint(5, 250) / 10)),
                              (1, lambda: "%d ग्राम" % R.randint(50, 950)), (1, lambda: "%d kg" % R.randint(1, 900))])(),
        taxid=gstin, ean="890",
        pii=[
            "मेरा व्हाट्सएप नंबर {tel} है, वहीं मैसेज कीजिए",
            "कोटेशन इस ईमेल पर भेज दीजिए: {email}",
            "डिलीवरी का पता: {addr}",
            "सैंपल इस पते पर भेजें - {addr}, संपर्क {tel}",
            "पेमेंट के लिए खाता संख्या {acct}, बैंक ऑफ़ बड़ौदा, शाखा करोल बाग",
            "KYC के लिए आधार नंबर {aadhaar} और GST सर्टिफिकेट भेज रहा हूँ",
            "आधार कार्ड नं. {aadhaar}\nमोबाइल {tel}",
            "Sir please call karo {tel}, rate final kar lete hain",
            "हमारी वेबसाइट देखिए {url}",
            "टेलीग्राम पर जुड़िए: {tg}",
            "कार्ड से पेमेंट करूँगा, कार्ड नंबर {card}",
            "SWIFT कोड {bic}, खाता नं. {acct}",
            "Email id: {email} | Mob: {tel}",
            "फ़ैक्टरी का पता {addr} है, आप कभी भी विज़िट कर सकते हैं",
            "ऑफिस नंबर {tel} है, सुबह {time} से खुला रहता है",
            "चीन वाले सप्लायर की वीचैट आईडी {wx} है, उन्हें फोटो भेज दीजिए",
            "मेरा ईमेल {email} है और फ़ोन {tel}",
            "WhatsApp {tel}",
            "Account no. {acct} (HDFC Bank), payment {date} tak kar dijiye",
            "भाई मेल कर दो {email} पे, PI भेज देता हूँ",
            "मेरा आधार {aadhaar} है",
        ],
        neg=[
            "रेट {price} प्रति पीस, MOQ {qty}",
            "ऑर्डर नंबर {order} {date} को डिस्पैच हो गया, ट्रैकिंग {track}",
            "इनवॉइस नं. {inv}, कुल राशि {price} (GST सहित)",
            "HSN कोड {hs}, वज़न {weight}",
            "मॉडल {model} का साइज़ {size} है",
            "हमारा GSTIN {taxid} है, बिल इसी पर बनेगा",
            "कंटेनर नंबर {cntr} मुंद्रा पोर्ट पहुँच गया",
            "{qty} का रेट {price} लगेगा, डिलीवरी {date} तक",
            "पेमेंट रेफ़रेंस {longref}, 30% एडवांस मिल गया",
            "ठीक है, {qty} के लिए फाइनल रेट {price} बताइए",
            "बारकोड {ean}, बैच नं. {order}",
            "Bhai rate {price} se kam nahi hoga, {qty} minimum",
            "डिलीवरी {date} तक हो जाएगी, ट्रांसपोर्ट की बिल्टी {track}",
        ],
        greet=["नमस्ते", "नमस्ते {name} जी", "हैलो सर", "Namaste sir", "राम राम भाई"],
        close=["धन्यवाद", "जल्दी जवाब दीजिए", "Thanks ji", "शुक्रिया"],
        fill=["ऑर्डर नं. {order} के बारे में", "हमें {qty} चाहिए {date} तक", "रेट {price} फाइनल है", "{prod} का सैंपल अच्छा था"],
        seps=["\n", " ", " | "],
    )


def lang_th():
    mobp = ["81", "82", "83", "84", "85", "86", "87", "88", "89", "61", "62", "63", "64", "65", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
    phone = phone_spec([
        (85, mobp, ["0{p}-###-####", "0{p} ### ####", "0{p}#######", "+66 {p} ### ####", "+66{p}#######", "+66-{p}-###-####", "(+66) {p}-###-####",
                    "0{p}-#######"]),
        (15, ["2"], ["0{p}-###-####", "0{p} ### ####", "+66 {p} ### ####", "0{p}#######"]),
    ])

    def addr():
        no = wpick([(2, "%d/%d" % (R.randint(1, 999), R.randint(1, 300))), (1, str(R.randint(1, 999)))])
        if R.random() < 0.6:
            road, kh, khet, pc = pick([("พระราม 4", "คลองเตย", "คลองเตย", "10110"), ("สุขุมวิท", "คลองเตยเหนือ", "วัฒนา", "10110"),
                                       ("บางนา-ตราด", "บางนา", "บางนา", "10260"), ("สีลม", "สีลม", "บางรัก", "10500"),
                                       ("พหลโยธิน", "ลาดยาว", "จตุจักร", "10900"), ("รัชดาภิเษก", "ห้วยขวาง", "ห้วยขวาง", "10310"),
                                       ("ลาดพร้าว", "จอมพล", "จตุจักร", "10900")])
            soi = pick(["", "", "ซอย %d " % R.randint(1, 100)])
            v = "%s%s %sถนน%s แขวง%s เขต%s %s %s" % (pick(["", "เลขที่ "]), no, soi, road, kh, khet, pick(["กรุงเทพฯ", "กรุงเทพมหานคร"]), pc)
        else:
            t, a, p, pc = pick([("บ้านสวน", "เมืองชลบุรี", "ชลบุรี", "20000"), ("บางพลีใหญ่", "บางพลี", "สมุทรปราการ", "10540"),
                                ("ช้างเผือก", "เมืองเชียงใหม่", "เชียงใหม่", "50300"), ("หนองขาม", "ศรีราชา", "ชลบุรี", "20230"),
                                ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120")])
            v = wpick([(2, "%s หมู่ %d ต.%s อ.%s จ.%s %s" % (no, R.randint(1, 12), t, a, p, pc)),
                       (1, "%s หมู่ %d ตำบล%s อำเภอ%s จังหวัด%s %s" % (no, R.randint(1, 12), t, a, p, pc))])
        return to_digits(v, THAI) if R.random() < 0.25 else v

    def date():
        y, m, dd = rand_date()
        be = y + 543
        return wpick([(3, lambda: "%02d/%02d/%d" % (dd, m, be)), (2, lambda: "%d %s %02d" % (dd, MONTHS["th_abbr"][m - 1], be % 100)),
                      (2, lambda: to_digits("%d %s %d" % (dd, MONTHS["th"][m - 1], be), THAI)),
                      (2, lambda: "%d %s พ.ศ. %d" % (dd, MONTHS["th"][m - 1], be)), (1, lambda: "%d/%d/%02d" % (dd, m, be % 100)),
                      (1, lambda: "%02d/%02d/%d" % (dd, m, y))])()

    def price():
        x = unit_price()
        return wpick([(3, lambda: "฿%s" % fmt_int(int(x))), (3, lambda: "%s บาท" % fmt_int(int(x))), (1, lambda: to_digits("%s บาท" % fmt_int(int(x)), THAI)),
                      (2, lambda: "%d.-" % R.randint(20, 9999)), (1, lambda: "%s บาท" % fmt_money(x)), (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100))])()

    def taxid():
        body = "0105" + str(R.randint(540, 567)) + d(5)
        tot = sum(int(c) * (13 - i) for i, c in enumerate(body))
        return body + str((11 - tot % 11) % 10)

    return dict(
        code="th", phone=loc_phone(phone, [THAI], 3), addr=addr,
        acct=lambda: wpick([(3, lambda: "%s-%s-%s-%s" % (d(3), d(1), d(5), d(1))), (2, lambda: d(10)),
                            (1, lambda: to_digits("%s-%s-%s-%s" % (d(3), d(1), d(5), d(1)), THAI))])(),
        iban=None,
        email=email_gen([("somchai", "saetang"), ("nattaya", "kaewmanee"), ("wichai", "srisuk"), ("sudarat", "boonmee"),
                         ("anan", "chaiyaphum"), ("pimchanok", "thongdee")],
                        [("gmail", "com"), ("hotmail", "co.th"), ("siamtrade", "co.th"), ("yahoo", "com"), ("thaipack", "co.th")],
                        ["แอท", "at"], ["ดอท", "dot"]),
        url=lambda: wpick([(2, lambda: "https://shopee.co.th/%s-i.%s.%s" % (slug(["solar", "cell", "rubber", "gloves", "cable", "pump"]), d(9), d(10))),
                           (2, lambda: pick(["www.siamtrade.co.th", "siamtrade.co.th/product", "https://www.thaipack.co.th/catalog.pdf"])),
                           (1, lambda: "https://www.lazada.co.th/products/%s-i%s.html" % (slug(["water", "pump", "tshirt", "cotton", "led"]), d(10))),
                           (1, lambda: "https://www.facebook.com/%s" % pick(["siamtradeshop", "thaipack.official", "somchai.supply"]))])(),
        handle=handle_gen([("somchai", "shop"), ("nattaya", "k"), ("siam", "trade"), ("wichai", "srisuk")]),
        line=lambda: wpick([(3, lambda: "%s%d" % (pick(["somchai", "nattaya", "wichai", "pim", "anan"]), R.randint(1, 99))),
                            (2, lambda: "@" + pick(["siamtrade", "thaipack", "bkksupply"]) + pick(["", "th", str(R.randint(1, 9))])),
                            (1, lambda: "%s.%s" % (pick(["somchai", "nattaya"]), pick(["shop", "th"])))])(),
        names=["สมชาย", "นภา", "วิชัย", "สุดารัตน์", "อนันต์"],
        prod=["แผงโซลาร์เซลล์", "สายไฟ", "ถุงมือยาง", "เสื้อยืดคอตตอน", "ปั๊มน้ำ"],
        price=price,
        qty=lambda: wpick([(3, lambda: "%s ชิ้น" % fmt_int(qty_n())), (2, lambda: "%d กล่อง" % R.randint(5, 500)), (1, lambda: "1 ตู้ 40HQ"),
                           (1, lambda: to_digits("%s ชิ้น" % fmt_int(qty_n()), THAI))])(),
        date=date,
        time=lambda: pick(["09.00-17.00", "08.30-17.30", "%d.%s" % (R.randint(8, 17), pick(["00", "30"]))]),
        order=lambda: wpick([(2, lambda: "PO-%d/%s" % (pick([2567, 2568]), d(4))), (2, lambda: "SO%d%s" % (pick([67, 68]), d(6))),
                             (2, lambda: "%s%02d%02d%s" % (pick(["24", "25"]), R.randint(1, 12), R.randint(1, 28), alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))])(),
        inv=lambda: wpick([(2, lambda: "IV%d%02d-%s" % (pick([67, 68]), R.randint(1, 12), d(4))), (2, lambda: "INV-%d/%s" % (pick([2567, 2568]), d(4)))])(),
        track=lambda: wpick([(3, lambda: upu_s10(pick(["EF", "EE", "RB", "EM"]), "TH")), (2, lambda: "TH" + d(12)), (1, lambda: "8" + d(11)),
                             (1, lambda: "KEX" + d(10))])(),
        hs=lambda: wpick([(2, lambda: hs_code("8dot")), (1, lambda: hs_code("6"))])(),
        size=lambda: wpick([(2, lambda: "%dx%dx%d ซม." % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120))),
                            (1, lambda: "%dx%d มม." % (R.randint(100, 2400), R.randint(100, 1200)))])(),
        weight=lambda: wpick([(2, lambda: "%d กก." % R.randint(1, 900)), (1, lambda: "%.1f ตัน" % (R.randint(5, 250) / 10)),
                              (1, lambda: "%d กรัม" % R.randint(50, 950))])(),
        taxid=taxid, ean="885",
        pii=[
            "สนใจสินค้าติดต่อได้ที่เบอร์ {tel} ค่ะ",
            "แอดไลน์มาคุยรายละเอียดได้เลยครับ ไอดีไลน์ {line}",
            "ส่งใบเสนอราคามาที่อีเมล {email} นะคะ",
            "ที่อยู่จัดส่ง: {addr}",
            "โอนเข้าบัญชีกสิกรไทย เลขที่บัญชี {acct} ชื่อบัญชี บจก. สยามเทรด",
            "โทร{tel}ได้ตลอดค่ะ",
            "ส่งตัวอย่างไปที่ {addr} โทร {tel}",
            "ร้านเราอยู่ที่ {url} ลองดูก่อนได้ครับ",
            "SWIFT CODE: {bic}\nเลขที่บัญชี {acct}",
            "วีแชทของผมคือ {wx} ครับ",
            "กดลิงก์นี้เพื่อแอดไลน์ {linelink}",
            "ชำระด้วยบัตรเครดิต หมายเลขบัตร {card}",
            "อีเมลฝ่ายจัดซื้อ {email} หรือโทร {tel}",
            "ทักเทเลแกรมมาได้ครับ {tg}",
            "เบอร์ออฟฟิศ {tel} (จันทร์-ศุกร์ {time} น.)",
            "ไลน์ {line} หรือเบอร์ {tel} ค่ะ",
            "ออเดอร์ {order} ส่งไปที่ {addr} นะคะ",
            "เบอร์ {tel}",
            "เมล {email}",
        ],
        neg=[
            "ราคา {price} ต่อชิ้น ขั้นต่ำ {qty}",
            "ใบสั่งซื้อเลขที่ {order} จัดส่งวันที่ {date} เลขพัสดุ {track}",
            "ใบแจ้งหนี้เลขที่ {inv} ยอดรวม {price} รวม VAT 7% แล้ว",
            "พิกัดศุลกากร {hs} น้ำหนัก {weight}",
            "ขนาด {size} รุ่น {model}",
            "ตู้คอนเทนเนอร์ {cntr} ถึงท่าเรือแหลมฉบังวันที่ {date}",
            "เลขประจำตัวผู้เสียภาษีของบริษัท {taxid} สำหรับออกใบกำกับภาษี",
            "ได้รับเงินมัดจำ 30% แล้วค่ะ เลขที่อ้างอิง {longref}",
            "จะส่งของภายในวันที่ {date} นะครับ จำนวน {qty}",
            "บาร์โค้ด {ean} ล็อตผลิต {order}",
            "ลดได้อีกไหมคะ ถ้าสั่ง {qty} ราคา {price} ได้ไหม",
            "นัดส่งของ {date} เวลา {time} น.",
        ],
        greet=["สวัสดีครับ", "สวัสดีค่ะ", "คุณ{name}ครับ", "เรียนคุณ{name}"],
        close=["ขอบคุณครับ", "ขอบคุณค่ะ", "รบกวนด้วยนะคะ", "รอคำตอบนะครับ"],
        fill=["เรื่องออเดอร์ {order}", "ต้องการ {qty} ภายใน {date}", "ราคาที่ตกลงกัน {price}", "{prod}ล็อตใหม่มาแล้ว"],
        seps=[" ", "\n", " "],
    )


def lang_vi():
    mobp = ["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89",
            "90", "91", "93", "94", "96", "97", "98"]
    phone = phone_spec([
        (88, mobp, ["0{p}# ### ###", "0{p}#.###.###", "0{p}#######", "+84 {p}# ### ###", "+84{p}#######", "(+84) {p}# ### ###", "84{p}#######",
                    "0{p}# ## ## ##", "0{p}#-###-###"]),
        (12, ["28", "24"], ["0{p} #### ####", "+84 {p} #### ####", "(0{p}) #### ####", "0{p}.####.####"]),
    ])

    def addr():
        c = wpick([(5, "hcm"), (4, "hn"), (2, "kcn")])
        if c == "hcm":
            st = pick(["Nguyễn Huệ", "Lê Lợi", "Điện Biên Phủ", "Cách Mạng Tháng 8", "Nguyễn Văn Linh", "Hoàng Văn Thụ", "Lý Thường Kiệt"])
            ward, dist = pick([("Bến Nghé", "1"), ("Bến Thành", "1"), ("6", "3"), ("Tân Phong", "7"), ("2", "Tân Bình"), ("25", "Bình Thạnh"), ("15", "10")])
            v = "%s%s %s, Phường %s, Quận %s, %s" % (pick(["", "Số "]), R.randint(1, 500), st, ward, dist, pick(["TP. Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh"]))
            if R.random() < 0.3:
                v += " %d" % R.randint(70000, 72999)
        elif c == "hn":
            st = pick(["Trần Duy Hưng", "Láng Hạ", "Kim Mã", "Xuân Thủy", "Nguyễn Trãi", "Tôn Đức Thắng"])
            ward, dist = pick([("Trung Hòa", "Cầu Giấy"), ("Láng Hạ", "Đống Đa"), ("Kim Mã", "Ba Đình"), ("Dịch Vọng Hậu", "Cầu Giấy"),
                               ("Thanh Xuân Trung", "Thanh Xuân")])
            if R.random() < 0.5:
                v = "Số %d ngõ %d %s, Phường %s, Quận %s, Hà Nội" % (R.randint(1, 99), R.randint(1, 300), st, ward, dist)
            else:
                v = "%d %s, %s, %s, Hà Nội" % (R.randint(1, 400), st, ward, dist)
            if R.random() < 0.3:
                v += " %d" % R.randint(10000, 13999)
        else:
            v = pick(["Lô %s%d, KCN VSIP 1, Thuận An, Bình Dương", "Lô %s%d, KCN Tân Tạo, Quận Bình Tân, TP.HCM",
                      "Lô %s%d, KCN Quế Võ, Bắc Ninh", "Nhà xưởng %s%d, KCN Amata, Biên Hòa, Đồng Nai"]) % (pick("ABCDE"), R.randint(1, 30))
        return v

    def price():
        n = R.randint(5, 9000) * 1000
        return wpick([(3, lambda: "%sđ" % fmt_int(n, ".")), (2, lambda: "%s VNĐ" % fmt_int(n, ".")), (2, lambda: "%s triệu" % str(R.randint(10, 990) / 10).replace(".", ",")),
                      (1, lambda: "%s ₫" % fmt_int(n, ".")), (1, lambda: "%dtr%d" % (R.randint(1, 20), R.randint(1, 9))), (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100)),
                      (1, lambda: "%dk" % R.randint(20, 900))])()

    def date():
        y, m, dd = rand_date()
        return wpick([(3, lambda: "%02d/%02d/%d" % (dd, m, y)), (2, lambda: "%d/%d" % (dd, m)), (1, lambda: "%d-%d-%d" % (dd, m, y)),
                      (2, lambda: "%d tháng %d năm %d" % (dd, m, y))])()

    return dict(
        code="vi", phone=phone, addr=addr,
        acct=lambda: wpick([(3, lambda: "007100" + d(7)), (2, lambda: "1903" + d(10)), (2, lambda: dnz(10)), (1, lambda: group("0" + d(12), 4, " ")),
                            (1, lambda: d(4) + " " + d(4) + " " + d(4) + " " + d(2))])(),
        iban=None,
        email=email_gen([("an", "nguyen"), ("mai", "tran"), ("hoang", "le"), ("tuan", "pham"), ("huong", "vu"), ("dung", "do"), ("minh", "dang")],
                        [("gmail", "com"), ("minhphat", "vn"), ("yahoo", "com.vn"), ("hoanglong", "com.vn"), ("outlook", "com")],
                        ["a còng", "at"], ["chấm", "dot"]),
        url=lambda: wpick([(2, lambda: "https://shopee.vn/%s-i.%s.%s" % (slug(["den", "led", "vai", "cotton", "ong", "thep", "bao", "bi"]), d(9), d(10))),
                           (1, lambda: "https://tiki.vn/%s-p%s.html" % (slug(["pin", "mat", "troi", "den", "led"]), d(8))),
                           (2, lambda: pick(["minhphat.vn/san-pham", "www.hoanglong.com.vn", "https://minhphat.vn/bang-gia-2024.pdf"])),
                           (1, lambda: "https://www.facebook.com/%s" % pick(["minhphat.vn", "hoanglongsteel", "denledgiare"]))])(),
        handle=handle_gen([("minh", "phat"), ("hoang", "long"), ("tuan", "pham"), ("huong", "vu")]),
        names=["Hùng", "Lan", "Minh", "Tuấn", "Hương"],
        prod=["đèn LED", "vải cotton", "ống thép", "pin mặt trời", "bao bì nhựa"],
        price=price,
        qty=lambda: wpick([(3, lambda: "%s cái" % fmt_int(qty_n(), ".")), (2, lambda: "%d thùng" % R.randint(5, 500)), (1, lambda: "1 cont 40HQ"),
                           (1, lambda: "%d tấn" % R.randint(1, 60)), (1, lambda: "%d bộ" % R.randint(10, 900))])(),
        date=date,
        time=lambda: pick(["%dh%s" % (R.randint(8, 17), pick(["", "30"])), "%d:%s" % (R.randint(8, 17), pick(["00", "30"]))]),
        order=lambda: wpick([(2, lambda: "DH" + d(6)), (1, lambda: "ĐH-%d-%s" % (pick([2024, 2025]), d(4))), (1, lambda: "#" + dnz(7)),
                             (2, lambda: "%s%02d%02d%s" % (pick(["24", "25"]), R.randint(1, 12), R.randint(1, 28), alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))])(),
        inv=lambda: wpick([(2, lambda: "000" + d(4)), (1, lambda: "1C%dTAA-%s" % (pick([24, 25]), "00" + d(5))), (1, lambda: "HĐ" + d(6))])(),
        track=lambda: wpick([(2, lambda: "SPXVN0" + d(11)), (2, lambda: upu_s10(pick(["EE", "EL", "RR"]), "VN")), (1, lambda: "8" + d(11)),
                             (2, lambda: "G" + alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))])(),
        hs=lambda: wpick([(2, lambda: hs_code("8dot")), (1, lambda: hs_code("8"))])(),
        size=lambda: wpick([(2, lambda: "%dx%dx%d cm" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120))),
                            (1, lambda: "%dm%d x %dm%d" % (R.randint(1, 3), R.randint(1, 9), R.randint(1, 3), R.randint(1, 9)))])(),
        weight=lambda: wpick([(2, lambda: "%d kg" % R.randint(1, 900)), (1, lambda: "%s tấn" % str(R.randint(5, 250) / 10).replace(".", ",")),
                              (1, lambda: "%d gram" % R.randint(50, 950))])(),
        taxid=lambda: wpick([(2, lambda: "03" + d(8)), (1, lambda: "01" + d(8) + "-00" + str(R.randint(1, 9)))])(),
        ean="893",
        pii=[
            "Anh cần báo giá thì gọi em số {tel} nhé",
            "Zalo của em: {tel}, anh kết bạn giúp em",
            "Email: {email} – anh gửi bảng giá vào đây giúp em ạ",
            "Địa chỉ giao hàng: {addr}",
            "Số tài khoản {acct} Vietcombank, chủ TK Công ty TNHH Minh Phát",
            "Chị chuyển khoản vào STK {acct} giúp em nhé",
            "Link shop bên em: {url}",
            "WeChat của bên nhà máy: {wx}",
            "Telegram {tg} hoặc SĐT {tel}",
            "Gửi mẫu về {addr}, SĐT người nhận {tel}",
            "Thanh toán USDT qua ví {eth} được không anh?",
            "Em thanh toán bằng thẻ, số thẻ {card}",
            "mail em {email} nha",
            "Server FTP bên em {ip}, user/pass em gửi sau",
            "Mã SWIFT ngân hàng: {bic}",
            "Hotline {tel} (giờ hành chính)",
            "Đơn {order} giao tới {addr} giúp em",
            "ĐT: {tel}",
            "Zalo/ĐT {tel} - Email {email}",
            "Nhận BTC vào ví {btc} nhé",
        ],
        neg=[
            "Giá {price}/cái, số lượng tối thiểu {qty}",
            "Đơn hàng {order} đã giao cho bên vận chuyển ngày {date}, mã vận đơn {track}",
            "Hóa đơn số {inv}, tổng tiền {price}",
            "Mã HS {hs}, trọng lượng {weight}",
            "Model {model} kích thước {size}",
            "Container {cntr} cập cảng Cát Lái ngày {date}",
            "MST công ty em là {taxid}",
            "Em đã chuyển cọc 30%, mã giao dịch {longref}",
            "Giao hàng trước {date} nhé anh, {qty}",
            "Mã vạch {ean}",
            "Anh lấy {qty} thì em để giá {price}",
            "Hàng về kho lúc {time} ngày {date}",
            "Đã chuyển USDT, mã giao dịch {txhash}",
        ],
        greet=["Chào anh", "Dạ chào chị {name}", "Em chào anh ạ", "Xin chào", "Anh {name} ơi"],
        close=["Cảm ơn anh", "Em cảm ơn ạ", "Có gì báo em nhé", "Anh xem giúp em nhé"],
        fill=["Về đơn hàng {order}", "bên em cần {qty} trước {date}", "giá chốt {price}", "{prod} bên em có sẵn hàng"],
        seps=["\n", " ", ". "],
    )


def lang_tr():
    mobp = ["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "505", "506", "507", "551", "552",
            "553", "554", "555"]
    phone = phone_spec([
        (85, mobp, ["0{p} ### ## ##", "0 ({p}) ### ## ##", "0{p}#######", "+90 {p} ### ## ##", "+90{p}#######", "0090 {p} ### ####",
                    "({p}) ### ## ##", "0{p} ### ####", "+90 ({p}) ### ## ##"]),
        (15, ["212", "216", "312", "232", "224", "324"], ["0{p} ### ## ##", "+90 {p} ### ## ##", "0 ({p}) ### ## ##", "({p}) ### ## ##"]),
    ])

    def addr():
        mah, ilce, il, pc = pick([("Caferağa", "Kadıköy", "İstanbul", "34710"), ("Merkez", "Şişli", "İstanbul", "34381"),
                                  ("Kızılay", "Çankaya", "Ankara", "06420"), ("Alsancak", "Konak", "İzmir", "35220"),
                                  ("Beşevler", "Nilüfer", "Bursa", "16110"), ("İkitelli OSB", "Başakşehir", "İstanbul", "34490"),
                                  ("Akdeniz", "Akdeniz", "Mersin", "33010"), ("Organize Sanayi", "Şehitkamil", "Gaziantep", "27" + d(3))])
        st = pick(["Moda Cad.", "Halaskargazi Cad.", "Atatürk Blv.", "Gül Sok.", "%d Sok." % R.randint(1000, 2999), "Cumhuriyet Cad.", "İnönü Cad.",
                   "%d. Cadde" % R.randint(1, 30)])
        no = "%d" % R.randint(1, 250) + pick(["", "/%d" % R.randint(1, 20), "/%s" % pick("ABC")])
        daire = pick(["", "", " D: %d" % R.randint(1, 30), " Daire %d" % R.randint(1, 30), " Kat: %d" % R.randint(1, 12)])
        return wpick([(3, "%s Mah. %s No: %s%s, %s %s/%s" % (mah, st, no, daire, pc, ilce, il)),
                      (2, "%s Mah. %s No:%s%s %s %s / %s" % (mah, st, no, daire, pc, ilce, il)),
                      (2, "%s No: %s%s, %s Mah., %s %s %s" % (st, no, daire, mah, ilce, pc, il))])

    def price():
        x = unit_price()
        return wpick([(3, lambda: "%s TL" % fmt_money(x, ".", ",")), (2, lambda: "₺%s" % fmt_int(int(x), ".")), (2, lambda: "%s USD/adet" % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ",")),
                      (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100)), (2, lambda: "%s TL" % fmt_int(int(x), ".")), (1, lambda: "€%s" % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ","))])()

    def date():
        y, m, dd = rand_date()
        return wpick([(4, lambda: "%02d.%02d.%d" % (dd, m, y)), (2, lambda: "%d %s %d" % (dd, MONTHS["tr"][m - 1], y)), (1, lambda: "%02d/%02d/%d" % (dd, m, y))])()

    return dict(
        code="tr", phone=phone, addr=addr, acct=None,
        iban=iban_gen([(1, "TR")]),
        email=email_gen([("mehmet", "yilmaz"), ("ayse", "demir"), ("ahmet", "kaya"), ("elif", "celik"), ("murat", "sahin"), ("zeynep", "arslan"),
                         ("emre", "ozturk")],
                        [("gmail", "com"), ("hotmail", "com"), ("yildiztekstil", "com.tr"), ("yandex", "com.tr"), ("outlook", "com.tr"),
                         ("ozturkmakina", "com")], ["at", "et"], ["nokta", "dot"]),
        url=lambda: wpick([(2, lambda: "https://www.trendyol.com/%s/%s-p-%s" % (pick(["yildiz", "ozturk", "modaev"]), slug(["pamuklu", "kumas", "led", "panel", "celik", "boru"]), d(9))),
                           (1, lambda: "https://www.hepsiburada.com/%s-p-HB%s" % (slug(["ofis", "koltugu", "gunes", "paneli"]), alnum(10, "ABCDEFGHJKLMNPRSTUVYZ0123456789"))),
                           (2, lambda: pick(["www.yildiztekstil.com.tr", "ozturkmakina.com/urunler", "https://www.yildiztekstil.com.tr/katalog.pdf"])),
                           (1, lambda: "https://www.sahibinden.com/ilan/%s-%s/detay" % (slug(["ikinci", "el", "forklift", "jenerator"]), d(10)))])(),
        handle=handle_gen([("mehmet", "yilmaz"), ("yildiz", "tekstil"), ("emre", "ozturk"), ("ayse", "demir")]),
        names=["Ahmet Bey", "Mehmet Bey", "Ayşe Hanım", "Elif Hanım", "Murat Bey"],
        prod=["LED panel", "pamuklu kumaş", "çelik boru", "güneş paneli", "ofis koltuğu"],
        price=price,
        qty=lambda: wpick([(3, lambda: "%s adet" % fmt_int(qty_n(), ".")), (2, lambda: "%d koli" % R.randint(5, 500)), (1, lambda: "2x40HQ"),
                           (1, lambda: "%d ton" % R.randint(1, 60))])(),
        date=date, time=lambda: pick(["%d:%s" % (R.randint(9, 18), pick(["00", "30"])), "%d.00" % R.randint(9, 18)]),
        order=lambda: wpick([(2, lambda: "SP-" + d(6)), (2, lambda: dnz(8)), (1, lambda: "%d/%s" % (pick([2024, 2025]), d(4))), (1, lambda: "TY" + dnz(9))])(),
        inv=lambda: wpick([(3, lambda: "%s%d%s" % (pick(["YTK", "ABC", "GIB", "EAR", "OZM"]), pick([2024, 2025]), d(9))), (1, lambda: "A-" + d(6))])(),
        track=lambda: wpick([(2, lambda: dnz(12)), (2, lambda: dnz(10)), (2, lambda: upu_s10(pick(["RR", "CP", "EA"]), "TR"))])(),
        hs=lambda: wpick([(3, lambda: hs_code("gtip")), (1, lambda: hs_code("8dot"))])(),
        size=lambda: wpick([(2, lambda: "%dx%dx%d cm" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120))),
                            (1, lambda: "%dx%d mm" % (R.randint(100, 2400), R.randint(100, 1200)))])(),
        weight=lambda: wpick([(2, lambda: "%d kg" % R.randint(1, 900)), (1, lambda: "%s ton" % str(R.randint(5, 250) / 10).replace(".", ","))])(),
        taxid=lambda: dnz(10), ean="869",
        pii=[
            "Fiyat için WhatsApp'tan yazın: {tel}",
            "Cep: {tel} — hafta içi {time} sonrası ulaşabilirsiniz",
            "Teklifi e-posta ile gönderin lütfen: {email}",
            "Teslimat adresi: {addr}",
            "IBAN: {iban}\nAlıcı: Yıldız Tekstil San. ve Tic. Ltd. Şti.",
            "Ödeme için IBAN numaramız {iban}, açıklamaya sipariş numarasını yazın lütfen",
            "Numune gönderim adresi {addr}, tel: {tel}",
            "Telegram kanalımız: {tme}",
            "Ürünlerin tamamı web sitemizde: {url}",
            "Kredi kartı ile ödeyeceğim, kart numarası {card}",
            "SWIFT kodu {bic}",
            "Mail adresim {email}, sabit hat {tel}",
            "Çinli tedarikçinin WeChat ID'si: {wx}",
            "Skype adresim {skype}",
            "{tel} numaralı hattan sizi arayacağım",
            "Fabrika adresimiz: {addr}\nGelmeden önce haber verin",
            "Tel {tel}",
            "e-posta: {email}",
            "USDT (ERC20) cüzdan adresim {eth}",
        ],
        neg=[
            "Birim fiyat {price}, minimum sipariş {qty}",
            "{order} numaralı sipariş {date} tarihinde kargoya verildi, takip no {track}",
            "Fatura no {inv}, toplam {price} + KDV",
            "GTİP {hs}, brüt ağırlık {weight}",
            "{model} modelinin ölçüleri {size}",
            "Konteyner {cntr} Mersin limanına {date} tarihinde ulaştı",
            "Vergi numaramız {taxid}, Kadıköy V.D.",
            "Peşinat %30 gönderildi, dekont referansı {longref}",
            "Teslim tarihi {date}, miktar {qty}",
            "{qty} alırsak fiyat {price} olur mu?",
            "Konşimento no {bl}, yükleme {date}",
            "Sevkiyat {date} saat {time} gibi çıkar",
        ],
        greet=["Merhaba", "İyi günler {name}", "Selamlar {name}", "Merhabalar"],
        close=["Teşekkürler", "İyi çalışmalar", "Dönüşünüzü bekliyorum", "Kolay gelsin"],
        fill=["{order} numaralı sipariş hakkında", "{date} tarihine kadar {qty} lazım", "anlaştığımız fiyat {price}", "{prod} stokta var mı?"],
        seps=["\n", " ", ", "],
    )


def _idms_common():
    return dict(
        size=lambda: "%dx%dx%d cm" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120)),
        hs=lambda: wpick([(2, lambda: hs_code("8dot")), (1, lambda: hs_code("6"))])(),
    )


def lang_id():
    mobp = ["811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "817", "818", "819", "859", "895", "896", "897",
            "898", "899", "881", "882", "838", "831"]
    phone = phone_spec([
        (85, mobp, ["0{p}-####-####", "0{p} #### ###", "0{p}########", "+62 {p}-####-####", "+62{p}########", "62{p}########",
                    "+62 {p} #### ####", "0{p}-####-#####", "0{p} #### ####"]),
        (15, ["21", "31", "22"], ["(0{p}) #######", "(0{p}) ########", "0{p}-########", "+62 {p} #######"]),
    ])

    def addr():
        st = pick(["Gajah Mada", "Jend. Sudirman", "Raya Darmo", "Hayam Wuruk", "Pluit Raya", "Asia Afrika", "Industri Raya"])
        kel, kec, city, pc = pick([("Karet", "Setiabudi", "Jakarta Selatan", "12920"), ("Krukut", "Taman Sari", "Jakarta Barat", "11140"),
                                   ("Pluit", "Penjaringan", "Jakarta Utara", "14450"), ("Darmo", "Wonokromo", "Surabaya", "60241"),
                                   ("Pasir Kaliki", "Cicendo", "Bandung", "40171"), ("Jatake", "Jatiuwung", "Tangerang", "15136")])
        n = R.randint(1, 250)
        return wpick([(3, "Jl. %s No. %d, RT %03d/RW %03d, Kel. %s, Kec. %s, %s %s" % (st, n, R.randint(1, 15), R.randint(1, 12), kel, kec, city, pc)),
                      (3, "Jl. %s No. %d, %s %s" % (st, n, city, pc)),
                      (2, "Ruko %s Blok %s No. %d, Jl. %s, %s %s" % (pick(["Mangga Dua Square", "Golden Boulevard", "Permata Hijau"]), pick("ABCDE"), R.randint(1, 40), st, city, pc)),
                      (1, "Kawasan Industri %s Blok %s-%d, %s %s" % (pick(["Pulogadung", "Jababeka", "MM2100"]), pick("ABCDF"), R.randint(1, 30), city, pc))])

    def price():
        n = R.randint(5, 9000) * 1000
        return wpick([(3, lambda: "Rp %s" % fmt_int(n, ".")), (2, lambda: "Rp%s" % fmt_int(n, ".")), (2, lambda: "%s jt" % str(R.randint(10, 990) / 10).replace(".", ",")),
                      (1, lambda: "Rp %s juta" % str(R.randint(10, 990) / 10).replace(".", ",")), (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100)),
                      (1, lambda: "IDR %s" % fmt_int(n * 10, "."))])()

    def date():
        y, m, dd = rand_date()
        return wpick([(3, lambda: "%02d/%02d/%d" % (dd, m, y)), (3, lambda: "%d %s %d" % (dd, MONTHS["id"][m - 1], y)), (1, lambda: "%02d-%02d-%d" % (dd, m, y))])()

    L = dict(
        code="id", phone=phone, addr=addr,
        acct=lambda: wpick([(3, lambda: d(10)), (1, lambda: "%s %s %s" % (d(3), d(3), d(4))), (2, lambda: "%s-00-%s-%s" % (d(3), d(7), d(1))),
                            (1, lambda: "%s-01-%s-50-%s" % (d(4), d(6), d(1))), (1, lambda: "1" + d(12))])(),
        iban=None,
        email=email_gen([("budi", "santoso"), ("siti", "rahayu"), ("andi", "wijaya"), ("dewi", "lestari"), ("rina", "kusuma"), ("agus", "setiawan")],
                        [("gmail", "com"), ("yahoo", "co.id"), ("sinarjaya", "co.id"), ("outlook", "com"), ("majubersama", "com")],
                        ["at"], ["titik", "dot"]),
        url=lambda: wpick([(2, lambda: "https://www.tokopedia.com/%s/%s" % (pick(["sinarjayaofficial", "tokobudi88", "majubersama"]), slug(["panel", "surya", "lampu", "led", "kain", "katun"]))),
                           (2, lambda: "https://shopee.co.id/%s-i.%s.%s" % (slug(["sarung", "tangan", "karet", "pipa", "baja"]), d(9), d(10))),
                           (1, lambda: pick(["www.sinarjaya.co.id", "sinarjaya.co.id/katalog"])),
                           (1, lambda: "https://www.bukalapak.com/p/%s-%s" % (slug(["alat", "industri", "mesin", "jahit"]), alnum(6)))])(),
        handle=handle_gen([("budi", "santoso"), ("sinar", "jaya"), ("dewi", "lestari"), ("andi", "wijaya")]),
        line=lambda: wpick([(3, lambda: "%s%d" % (pick(["budi", "dewi", "andi", "rina"]), R.randint(1, 99))), (1, lambda: "@" + pick(["sinarjaya", "tokobudi"]))])(),
        names=["Budi", "Sari", "Andi", "Dewi", "Rina"],
        prod=["panel surya", "kain katun", "pipa baja", "lampu LED", "sarung tangan karet"],
        price=price,
        qty=lambda: wpick([(3, lambda: "%s pcs" % fmt_int(qty_n(), ".")), (2, lambda: "%d karton" % R.randint(5, 500)), (1, lambda: "1x20GP"), (1, lambda: "%d ton" % R.randint(1, 60))])(),
        date=date, time=lambda: pick(["%d.00" % R.randint(8, 17), "%d:30" % R.randint(8, 17)]),
        order=lambda: wpick([(2, lambda: "INV/%d%02d%02d/MPL/%s" % (pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28), dnz(10))),
                             (2, lambda: "%s%02d%02d%s" % (pick(["24", "25"]), R.randint(1, 12), R.randint(1, 28), alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))),
                             (1, lambda: "PO-" + d(6))])(),
        inv=lambda: wpick([(2, lambda: "INV/%d/%02d/%s" % (pick([2024, 2025]), R.randint(1, 12), d(4))), (2, lambda: "010.%s-%s.%s" % (d(3), pick(["24", "25"]), d(8)))])(),
        track=lambda: wpick([(2, lambda: "JP" + d(10)), (2, lambda: "00" + d(10)), (1, lambda: upu_s10("RR", "ID")), (1, lambda: "CGK" + alnum(2, "ABCDEFGHJK") + d(10))])(),
        weight=lambda: wpick([(2, lambda: "%d kg" % R.randint(1, 900)), (1, lambda: "%s ton" % str(R.randint(5, 250) / 10).replace(".", ","))])(),
        taxid=lambda: "%s.%s.%s.%s-%s.%s" % (d(2), d(3), d(3), d(1), d(3), d(3)), ean="899",
        pii=[
            "Kalau mau nego langsung WA aja ke {tel} kak",
            "No. HP saya {tel}, bisa telepon jam kerja",
            "Kirim penawaran ke email {email} ya",
            "Alamat pengiriman: {addr}",
            "Transfer ke rekening BCA {acct} a.n. PT Sinar Jaya Abadi",
            "No rek Mandiri: {acct}",
            "Cek produk kami di {url}",
            "Telegram: {tg}",
            "Kirim sampel ke {addr}, telp {tel}",
            "ID LINE saya {line}",
            "Bayar pakai kartu kredit, nomor kartunya {card}",
            "email {email} / WA {tel}",
            "WeChat supplier: {wx}",
            "Gudang kami di {addr}",
            "Kode SWIFT: {bic}",
            "WA {tel}",
        ],
        neg=[
            "Harga {price}/pcs, minimal order {qty}",
            "Pesanan {order} sudah dikirim tanggal {date}, no resi {track}",
            "Faktur no. {inv}, total {price}",
            "Kode HS {hs}, berat {weight}",
            "Ukuran {size}, tipe {model}",
            "Kontainer {cntr} sudah sampai Tanjung Priok {date}",
            "NPWP perusahaan {taxid}",
            "DP 30% sudah ditransfer, no. referensi {longref}",
            "Kak kalau ambil {qty} bisa {price}?",
            "Barang dikirim {date} jam {time}",
        ],
        greet=["Halo kak", "Selamat pagi Pak {name}", "Siang Bu {name}", "Permisi kak"],
        close=["Terima kasih", "Makasih kak", "Ditunggu kabarnya ya", "Mohon dicek ya"],
        fill=["Soal pesanan {order}", "kami butuh {qty} sebelum {date}", "harga deal {price}", "{prod} ready stok?"],
        seps=["\n", " ", ". "],
    )
    L.update(_idms_common())
    return L


def lang_ms():
    phone = phone_spec([
        (70, ["12", "13", "14", "16", "17", "18", "19"], ["0{p}-### ####", "0{p}-#######", "0{p} ### ####", "+60 {p}-### ####", "+60{p}#######", "60{p}#######",
                                                         "+60 {p} ### ####"]),
        (15, ["11"], ["0{p}-#### ####", "+60 {p}-#### ####", "0{p}########"]),
        (15, ["3"], ["0{p}-#### ####", "+60 {p}-#### ####", "0{p} #### ####"]),
    ])

    def addr():
        city, pc, state = pick([("Kuala Lumpur", "50" + d(3), "Wilayah Persekutuan"), ("Petaling Jaya", "473" + d(2), "Selangor"),
                                ("Shah Alam", "40" + d(3), "Selangor"), ("Johor Bahru", "81" + d(3), "Johor"), ("Simpang Ampat", "14100", "Pulau Pinang"),
                                ("Klang", "41" + d(3), "Selangor")])
        st = pick(["Jalan Ampang", "Jalan SS 2/24", "Jalan Perindustrian 3", "Jalan Tun Razak", "Jalan Kapar", "Jalan Bukit Bintang", "Jalan Utama 1/2"])
        return wpick([(3, "No. %d, %s, %s %s, %s" % (R.randint(1, 200), st, pc, city, state)),
                      (2, "Lot %d, %s, Kawasan Perindustrian %s, %s %s" % (R.randint(1, 9000), st, pick(["Bukit Minyak", "Hicom", "Pandamaran"]), pc, city)),
                      (1, "%d-%d, %s, %s %s" % (R.randint(1, 30), R.randint(1, 20), st, pc, city))])

    L = dict(
        code="ms", phone=phone, addr=addr,
        acct=lambda: wpick([(2, lambda: group(pick(["1", "5"]) + d(11), 4, " ")), (2, lambda: pick(["1", "5"]) + d(11)), (1, lambda: "80" + d(12)), (1, lambda: d(10))])(),
        iban=None,
        email=email_gen([("ahmad", "faiz"), ("nurul", "aina"), ("tan", "weiming"), ("siti", "aishah"), ("lim", "kahwai"), ("raj", "kumar")],
                        [("gmail", "com"), ("majujaya", "com.my"), ("yahoo", "com.my"), ("hotmail", "com")], ["at"], ["dot", "titik"]),
        url=lambda: wpick([(2, lambda: "https://shopee.com.my/%s-i.%s.%s" % (slug(["solar", "panel", "sarung", "tangan", "getah"]), d(9), d(10))),
                           (1, lambda: pick(["www.majujaya.com.my", "majujaya.com.my/produk"])), (1, lambda: "https://www.mudah.my/%s-%s.htm" % (slug(["mesin", "forklift", "terpakai"]), d(9)))])(),
        handle=handle_gen([("ahmad", "faiz"), ("maju", "jaya"), ("nurul", "aina")]),
        line=lambda: "%s%d" % (pick(["ahmad", "nurul", "kahwai"]), R.randint(1, 99)),
        names=["Encik Ahmad", "Puan Nurul", "Mr. Tan", "Cik Aishah"],
        prod=["panel solar", "kain kapas", "sarung tangan getah", "paip keluli"],
        price=lambda: wpick([(3, lambda: "RM %s" % fmt_money(unit_price() / 10)), (2, lambda: "RM%.2f" % (R.randint(50, 99999) / 100)), (1, lambda: "USD %.2f" % (R.randint(50, 9999) / 100))])(),
        qty=lambda: wpick([(3, lambda: "%s unit" % fmt_int(qty_n())), (2, lambda: "%d kotak" % R.randint(5, 500)), (1, lambda: "1x40HQ")])(),
        date=lambda: (lambda y, m, dd: wpick([(2, "%d %s %d" % (dd, MONTHS["ms"][m - 1], y)), (2, "%d/%d/%d" % (dd, m, y))]))(*rand_date()),
        time=lambda: pick(["%d.00 pagi" % R.randint(8, 11), "%d.30 petang" % R.randint(2, 5)]),
        order=lambda: wpick([(2, lambda: "%s%02d%02d%s" % (pick(["24", "25"]), R.randint(1, 12), R.randint(1, 28), alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))),
                             (1, lambda: "PO-" + d(6)), (1, lambda: "SO" + d(7))])(),
        inv=lambda: wpick([(2, lambda: "INV-%d-%s" % (pick([2024, 2025]), d(4))), (1, lambda: "IV" + d(6))])(),
        track=lambda: wpick([(2, lambda: upu_s10(pick(["ER", "EE", "RR"]), "MY")), (2, lambda: "6" + d(11)), (1, lambda: "MY" + d(10))])(),
        weight=lambda: wpick([(2, lambda: "%d kg" % R.randint(1, 900)), (1, lambda: "%.1f tan" % (R.randint(5, 250) / 10))])(),
        taxid=lambda: "20%s01%s" % (d(2), d(6)), ean="955",
        pii=[
            "Boleh WhatsApp saya di {tel}",
            "Emel: {email}",
            "Alamat penghantaran: {addr}",
            "Sila bank-in ke akaun Maybank {acct} atas nama Syarikat Maju Jaya Sdn Bhd",
            "Nombor telefon pejabat {tel}",
            "Kedai kami di {url}",
            "Telegram {tg}",
            "Hantar sampel ke {addr}, tel {tel}",
            "Emel saya {email}, nombor telefon {tel}",
            "No. akaun CIMB: {acct}",
        ],
        neg=[
            "Harga {price} seunit, MOQ {qty}",
            "Tarikh penghantaran {date}, berat {weight}",
            "No. invois {inv}, jumlah {price}",
            "Kontena {cntr} tiba di Port Klang {date}",
            "Pesanan {order} sudah dihantar, nombor penjejakan {track}",
            "No. pendaftaran syarikat (SSM) {taxid}",
        ],
        greet=["Hai", "Salam {name}", "Assalamualaikum tuan", "Selamat pagi"],
        close=["Terima kasih", "Tq", "Harap maklum", "Terima kasih banyak"],
        fill=["Berkenaan pesanan {order}", "kami perlukan {qty} sebelum {date}", "harga {price} boleh?"],
        seps=["\n", " ", ". "],
    )
    L.update(_idms_common())
    return L


def lang_ja():
    phone = phone_spec([
        (70, ["90", "80", "70"], ["0{p}-####-####", "0{p}########", "0{p} #### ####", "+81 {p}-####-####", "+81-{p}-####-####", "+81{p}########",
                                  "0{p}(####)####"]),
        (20, ["3", "6"], ["0{p}-####-####", "0{p}(####)####", "+81 {p}-####-####", "+81-{p}-####-####"]),
        (10, ["45", "52", "92", "75"], ["0{p}-###-####", "+81 {p}-###-####"]),
    ])

    def addr():
        pref, city, town, pc = pick([("東京都", "渋谷区", "道玄坂", "150-0043"), ("東京都", "港区", "芝公園", "105-0011"),
                                     ("大阪府", "大阪市北区", "梅田", "530-0001"), ("愛知県", "名古屋市中村区", "名駅", "450-0002"),
                                     ("福岡県", "福岡市博多区", "博多駅前", "812-0011"), ("神奈川県", "横浜市西区", "みなとみらい", "220-0012"),
                                     ("東京都", "千代田区", "丸の内", "100-0005"), ("大阪府", "東大阪市", "高井田", "577-0066"),
                                     ("埼玉県", "川口市", "領家", "332-0004")])
        c, b, g = R.randint(1, 5), R.randint(1, 30), R.randint(1, 25)
        bldg = pick(["第2山田ビル", "渋谷マークシティ", "グランフロント大阪タワーB", "サクラビル", "丸の内センタービル", "田中倉庫"])
        fl = R.randint(1, 15)
        form = wpick([(3, "pc_formal"), (3, "pc_dash"), (2, "dash_bldg"), (1, "pc_bldg")])
        pre = ""
        if form == "pc_formal":
            v = "%s %s%s%s%d丁目%d番%d号" % (pc, pref, city, town, c, b, g)
        elif form == "pc_dash":
            v = "%s %s%s%s%d-%d-%d" % (pc, pref, city, town, c, b, g)
        elif form == "dash_bldg":
            v = "%s%s%s%d-%d-%d %s %s" % (pref, city, town, c, b, g, bldg, pick(["%dF" % fl, "%d階" % fl]))
        else:
            v = "%s %s%s%s%d-%d-%d %s%d階" % (pc, pref, city, town, c, b, g, bldg, fl)
        if v[0].isdigit() and R.random() < 0.7:
            pre = "〒"
        if R.random() < 0.25:
            v = to_digits(v, FULLWIDTH).replace("-", pick(["－", "−"]))
        return pre, v

    def price():
        n = R.randint(100, 2000000)
        return wpick([(3, lambda: "¥%s" % fmt_int(n)), (2, lambda: "%s円" % fmt_int(n)), (1, lambda: "%d万%d千円" % (R.randint(1, 99), R.randint(1, 9))),
                      (1, lambda: "%s円" % to_digits(fmt_int(n), FULLWIDTH).replace(",", "，")), (1, lambda: "@¥%d" % R.randint(20, 990)),
                      (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100))])()

    def date():
        y, m, dd = rand_date()
        return wpick([(3, lambda: "%d年%d月%d日" % (y, m, dd)), (3, lambda: "令和%d年%d月%d日" % (y - 2018, m, dd)), (1, lambda: "R%d.%d.%d" % (y - 2018, m, dd)),
                      (2, lambda: "%d/%02d/%02d" % (y, m, dd)), (1, lambda: "%d月%d日" % (m, dd)),
                      (1, lambda: to_digits("令和%d年%d月%d日" % (y - 2018, m, dd), FULLWIDTH))])()

    def yamato():
        b = dnz(11)
        return b + str(int(b) % 7)

    def corp_no():
        base = d(12)
        tot = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(base)))
        return str(9 - tot % 9) + base

    return dict(
        code="ja", phone=loc_phone(phone, [FULLWIDTH], 2), addr=addr,
        acct=lambda: d(7) if R.random() < 0.85 else to_digits(d(7), FULLWIDTH),
        iban=None,
        email=email_gen([("hiroshi", "tanaka"), ("kenji", "suzuki"), ("yuki", "sato"), ("takashi", "yamamoto"), ("aya", "watanabe"), ("daisuke", "kobayashi")],
                        [("gmail", "com"), ("yahoo", "co.jp"), ("docomo", "ne.jp"), ("sakura-shoji", "co.jp"), ("ezweb", "ne.jp"), ("nihon-buhin", "jp")],
                        ["at", "アット"], ["dot", "ドット"], fw_at=True),
        url=lambda: wpick([(2, lambda: "https://item.rakuten.co.jp/%s/%s/" % (pick(["sakura-shoji", "nihonbuhin", "tanaka-store"]), alnum(8))),
                           (1, lambda: "https://www.amazon.co.jp/dp/B0%s" % alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                           (1, lambda: "https://jp.mercari.com/item/m%s" % d(11)),
                           (2, lambda: pick(["www.sakura-shoji.co.jp", "https://www.nihon-buhin.jp/catalog/", "sakura-shoji.co.jp/products"])),
                           (1, lambda: "https://www.monotaro.com/g/%s/" % d(8))])(),
        handle=handle_gen([("tanaka", "h"), ("sakura", "shoji"), ("kenji", "suzuki"), ("yuki", "sato")]),
        line=lambda: wpick([(3, lambda: "%s%s%d" % (pick(["tanaka", "suzuki", "yuki", "kenji"]), pick(["_", "", "."]), R.randint(1, 999))),
                            (1, lambda: "@" + pick(["sakurashoji", "nihonbuhin"]))])(),
        skype=lambda: "live:" + pick([".cid." + alnum(16, "0123456789abcdef"), "%s.%s_%d" % (pick(["tanaka", "suzuki"]), pick(["h", "k"]), R.randint(1, 9))]),
        names=["田中様", "鈴木様", "佐藤様", "山本様", "渡辺様"],
        prod=["LEDパネル", "ステンレス管", "綿生地", "ソーラーパネル", "ゴム手袋"],
        price=price,
        qty=lambda: wpick([(3, lambda: "%s個" % fmt_int(qty_n())), (2, lambda: "%dケース" % R.randint(5, 500)), (1, lambda: "%dセット" % R.randint(5, 500)),
                           (1, lambda: "40HQ×%d本" % R.randint(1, 5)), (1, lambda: "%s個" % to_digits(fmt_int(qty_n()), FULLWIDTH).replace(",", "，"))])(),
        date=date,
        time=lambda: pick(["%d時" % R.randint(9, 18), "午後%d時" % R.randint(1, 6), "%d:%s" % (R.randint(9, 18), pick(["00", "30"]))]),
        order=lambda: wpick([(2, lambda: "%d%02d%02d-%s" % (pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28), d(4))), (1, lambda: "A-" + d(6)),
                             (1, lambda: "PO-" + d(8)), (1, lambda: "%s-%s-%s" % (d(3), d(7), d(7)))])(),
        inv=lambda: wpick([(2, lambda: "INV-%d%02d%02d-%s" % (pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28), d(2))), (1, lambda: "No." + d(6))])(),
        track=lambda: wpick([(3, lambda: group(yamato(), 4, "-")), (1, lambda: yamato()), (2, lambda: upu_s10(pick(["EJ", "RR", "EM"]), "JP")), (1, lambda: dnz(12))])(),
        hs=lambda: wpick([(2, lambda: hs_code("jp")), (1, lambda: hs_code("6"))])(),
        size=lambda: wpick([(2, lambda: "W%d×D%d×H%dmm" % (R.randint(200, 1800), R.randint(200, 900), R.randint(200, 2000))),
                            (2, lambda: "%d×%d×%dcm" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120)))])(),
        weight=lambda: wpick([(2, lambda: "%dkg" % R.randint(1, 900)), (1, lambda: "%.1fトン" % (R.randint(5, 250) / 10)), (1, lambda: "%dg" % R.randint(50, 950)),
                              (1, lambda: to_digits("%d" % R.randint(1, 900), FULLWIDTH) + "ｋｇ")])(),
        taxid=corp_no, ean=pick(["45", "49"]),
        pii=[
            "お見積りは下記メールアドレスへお送りください：{email}",
            "携帯番号は{tel}です。お気軽にお電話ください。",
            "納品先：{addr}",
            "サンプルの送付先は{addr}です。担当直通 {tel}",
            "お振込先：三井住友銀行 新宿支店 普通 {acct}",
            "LINEのIDは {line} です。",
            "弊社ホームページ {url} をご覧ください。",
            "カード決済でお願いします。カード番号 {card}",
            "SWIFTコード：{bic}",
            "TEL：{tel}\nメール：{email}",
            "Skype ID: {skype}",
            "WeChatのID {wx} を追加してください。",
            "口座番号{acct}（普通預金）へお振込みをお願いします。",
            "Telegramでも連絡できます：{tg}",
            "会社の電話番号は{tel}です",
            "住所は{addr}です。",
            "メール {email}",
            "携帯：{tel}（平日{time}まで対応）",
            "急ぎの場合は{tel}までお電話ください。",
        ],
        neg=[
            "単価{price}、最小ロット{qty}です。",
            "注文番号{order}は{date}に発送済みです。追跡番号{track}",
            "請求書番号{inv}、合計{price}（税込）",
            "HSコード{hs}、重量{weight}",
            "型番{model}、サイズ{size}",
            "コンテナ{cntr}は{date}に横浜港着予定です。",
            "弊社の法人番号は{taxid}です。",
            "納期は{date}でお願いします。数量{qty}",
            "JANコード{ean}の商品です。",
            "{qty}ご注文の場合は{price}まで値引き可能です。",
            "{date} {time}に出荷します。",
            "前払い30%の振込を完了しました。受付番号{longref}",
        ],
        greet=["お世話になっております。", "{name}", "いつもありがとうございます。", "こんにちは。"],
        close=["よろしくお願いいたします。", "ご確認お願いします。", "以上、よろしくお願いします。"],
        fill=["注文番号{order}の件です。", "{date}までに{qty}必要です。", "単価は{price}で確定です。", "{prod}の件でご連絡しました。"],
        seps=["", "\n", "\n"],
    )


def lang_ko():
    phone = phone_spec([
        (80, ["10"], ["0{p}-####-####", "0{p} #### ####", "0{p}########", "+82 {p}-####-####", "+82-{p}-####-####", "+82{p}########", "+82 {p} #### ####"]),
        (10, ["2"], ["0{p}-###-####", "0{p}-####-####", "+82 {p}-####-####"]),
        (10, ["31", "32", "51", "53"], ["0{p}-###-####", "0{p}-####-####", "+82 {p}-###-####"]),
    ])

    def addr():
        city, road, pc, bldg = pick([("서울특별시 강남구", "테헤란로", "062", "강남파이낸스센터"), ("서울특별시 중구", "세종대로", "045", "태평로빌딩"),
                                     ("경기도 성남시 분당구", "판교역로", "134", "H스퀘어 N동"), ("부산광역시 해운대구", "센텀중앙로", "480", "센텀타워"),
                                     ("인천광역시 남동구", "남동대로", "215", "남동공단 A동"), ("경기도 안산시 단원구", "산단로", "154", "스마트허브 B동"),
                                     ("서울특별시 금천구", "가산디지털1로", "085", "대륭테크노타운")])
        pc += d(2)
        num = R.randint(1, 400)
        fl = R.randint(1, 25)
        v = wpick([(3, "%s %s %d, %d층" % (city, road, num, fl)), (2, "%s %s %s %d %s %d층" % (pc, city, road, num, bldg, fl)),
                   (2, "%s %s %d" % (city, road, num)), (1, "%s %s%d번길 %d" % (city, road, R.randint(1, 90), R.randint(1, 60))),
                   (1, "%s %s %d %s %d호" % (city.replace("특별시", "").replace("광역시", ""), road, num, bldg, R.randint(101, 1505)))])
        return v

    def bizno():
        b = d(9)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        tot = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
        c = (10 - tot % 10) % 10
        s = b + str(c)
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])

    return dict(
        code="ko", phone=loc_phone(phone, [FULLWIDTH], 8), addr=addr,
        acct=lambda: wpick([(2, lambda: "%s-%s-%s" % (d(6), d(2), d(6))), (2, lambda: "110-%s-%s" % (d(3), d(6))), (1, lambda: "1002-%s-%s" % (d(3), d(6))),
                            (1, lambda: "%s-%s-%s" % (d(3), d(6), d(5))), (1, lambda: "301-%s-%s-%s" % (d(4), d(4), d(2))), (1, lambda: d(14))])(),
        iban=None,
        email=email_gen([("minjun", "kim"), ("seoyeon", "lee"), ("jihoon", "park"), ("jiwoo", "choi"), ("hyunwoo", "jung"), ("kimjh", "88")],
                        [("naver", "com"), ("daum", "net"), ("hanmail", "net"), ("gmail", "com"), ("hanbit-trade", "co.kr"), ("nate", "com")],
                        ["골뱅이", "at"], ["닷", "dot"], fw_at=True),
        url=lambda: wpick([(2, lambda: "https://smartstore.naver.com/%s/products/%s" % (pick(["hanbittrade", "daehanled", "seoulsupply"]), d(10))),
                           (2, lambda: "https://www.coupang.com/vp/products/%s" % d(10)),
                           (1, lambda: pick(["www.hanbit-trade.co.kr", "hanbit-trade.co.kr/catalog"])), (1, lambda: "https://blog.naver.com/%s" % pick(["hanbittrade", "daehanled"]))])(),
        handle=handle_gen([("minjun", "kim"), ("hanbit", "trade"), ("jihoon", "park")]),
        kakao=lambda: wpick([(3, lambda: "%s%d" % (pick(["kimjh", "parksy", "leemj", "choiw", "hanbit"]), R.randint(1, 2005))), (1, lambda: "%s_%s" % (pick(["hanbit", "daehan"]), pick(["trade", "led", "sales"])))])(),
        line=lambda: "%s%d" % (pick(["kimjh", "parksy", "leemj"]), R.randint(1, 99)),
        names=["김민준", "이서연", "박지훈", "최지우"],
        prod=["LED 패널", "스테인리스 파이프", "면 원단", "태양광 패널", "고무장갑"],
        price=lambda: wpick([(3, lambda: "₩%s" % fmt_int(R.randint(100, 9000) * 100)), (2, lambda: "%d만원" % R.randint(1, 9999)), (2, lambda: "%s원" % fmt_int(R.randint(10, 9000) * 10)),
                             (1, lambda: "%.1f달러" % (R.randint(5, 999) / 10)), (1, lambda: "$%.2f" % (R.randint(50, 9999) / 100))])(),
        qty=lambda: wpick([(3, lambda: "%s개" % fmt_int(qty_n())), (2, lambda: "%d박스" % R.randint(5, 500)), (1, lambda: "%dEA" % qty_n()), (1, lambda: "40HQ %d대" % R.randint(1, 5))])(),
        date=lambda: (lambda y, m, dd: wpick([(3, "%d년 %d월 %d일" % (y, m, dd)), (2, "%d.%02d.%02d" % (y, m, dd)), (1, "%02d.%02d.%02d" % (y % 100, m, dd)),
                                              (1, "%d/%d" % (m, dd)), (1, "%d-%02d-%02d" % (y, m, dd))]))(*rand_date()),
        time=lambda: pick(["오후 %d시" % R.randint(1, 6), "오전 %d시" % R.randint(8, 11), "%d:%s" % (R.randint(9, 18), pick(["00", "30"]))]),
        order=lambda: wpick([(2, lambda: "%d%02d%02d-%s" % (pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28), d(7))), (1, lambda: "ORD" + d(8)), (1, lambda: dnz(13))])(),
        inv=lambda: "%d%02d%02d-%s-%s" % (pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28), "4" + d(7), d(8)),
        track=lambda: wpick([(3, lambda: "%s-%s-%s" % (dnz(4), d(4), d(4))), (1, lambda: dnz(12)), (1, lambda: "60" + d(11)), (1, lambda: upu_s10("EE", "KR"))])(),
        hs=lambda: hs_code("hsk"),
        size=lambda: wpick([(2, lambda: "%dx%dx%dmm" % (R.randint(200, 2400), R.randint(200, 1200), R.randint(100, 1200))),
                            (1, lambda: "W%d x D%d x H%d" % (R.randint(200, 1800), R.randint(200, 900), R.randint(200, 2000)))])(),
        weight=lambda: wpick([(2, lambda: "%dkg" % R.randint(1, 900)), (1, lambda: "%.1f톤" % (R.randint(5, 250) / 10))])(),
        taxid=bizno, ean="880",
        pii=[
            "견적서는 이메일 {email} 로 보내주세요",
            "제 휴대폰 번호는 {tel} 입니다",
            "카톡 아이디 {kakao} 추가해 주세요",
            "배송지: {addr}",
            "입금 계좌: 국민은행 {acct} (예금주: 주식회사 한빛무역)",
            "샘플은 {addr} 로 보내주시고 연락처는 {tel} 입니다",
            "오픈채팅방 링크 {kakaolink}",
            "저희 스마트스토어 주소 {url}",
            "법인카드 번호 {card}",
            "SWIFT 코드 {bic}",
            "라인 ID {line}",
            "사무실 전화 {tel}, 담당자 직통 {tel}",
            "위챗 {wx} 로 공장에 연락해 보세요",
            "텔레그램 {tg}",
            "신한은행 {acct} 으로 계약금 입금 부탁드립니다",
            "연락처 {tel}",
            "메일 {email}",
            "회사 주소는 {addr} 입니다",
        ],
        neg=[
            "단가 {price}, 최소 주문 수량 {qty}",
            "주문번호 {order} {date} 출고 완료, 운송장 번호 {track}",
            "세금계산서 승인번호 {inv}, 합계 {price} (VAT 포함)",
            "HS 코드 {hs}, 중량 {weight}",
            "모델명 {model}, 규격 {size}",
            "컨테이너 {cntr} 부산항 {date} 입항 예정",
            "저희 사업자등록번호는 {taxid} 입니다",
            "납기 {date}, 수량 {qty}",
            "계약금 30% 송금했습니다. 거래번호 {longref}",
            "{qty} 주문하면 {price}까지 가능할까요?",
            "{date} {time} 출고 예정입니다",
        ],
        greet=["안녕하세요", "{name}님 안녕하세요", "수고 많으십니다"],
        close=["감사합니다", "확인 부탁드립니다", "연락 기다리겠습니다"],
        fill=["주문번호 {order} 건입니다", "{date}까지 {qty} 필요합니다", "단가는 {price}입니다", "{prod} 재고 있나요?"],
        seps=["\n", " ", " "],
    )


def eu_common(dec=",", thou="."):
    return dict(
        size=lambda: wpick([(2, lambda: "%dx%dx%d cm" % (R.randint(20, 200), R.randint(20, 120), R.randint(10, 120))),
                            (1, lambda: "%d × %d mm" % (R.randint(100, 2400), R.randint(100, 1200))), (1, lambda: "Ø %d mm" % R.randint(5, 300))])(),
        weight=lambda: wpick([(2, lambda: "%d kg" % R.randint(1, 900)), (1, lambda: "%s kg" % ("%.1f" % (R.randint(5, 9999) / 10)).replace(".", dec)),
                              (1, lambda: "%s t" % ("%.1f" % (R.randint(5, 250) / 10)).replace(".", dec))])(),
        hs=lambda: wpick([(2, lambda: hs_code("8sp")), (2, lambda: hs_code("8")), (1, lambda: hs_code("10")), (1, lambda: hs_code("6"))])(),
    )


def eu_price(sym_before, sym_after, thou, dec, extra=()):
    def gen():
        x = unit_price()
        opts = [(3, lambda: "%s %s" % (fmt_money(x, thou, dec), sym_after)), (2, lambda: "%s%s" % (sym_before, fmt_money(x, thou, dec))),
                (1, lambda: "%s %s" % (fmt_int(int(x), thou), sym_after))]
        opts += list(extra)
        return wpick(opts)()
    return gen


def lang_it():
    phone = phone_spec([
        (75, ["320", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340", "342", "345", "347", "348", "349", "351", "366", "388", "393"],
         ["{p} ### ####", "{p}#######", "{p}-#######", "+39 {p} ### ####", "+39 {p}#######", "+39{p}#######", "0039 {p} #######", "{p} ######"]),
        (15, ["02", "06"], ["{p} #### ####", "{p}-########", "+39 {p} #### ####", "+39 {p} ########"]),
        (10, ["011", "081", "055", "051"], ["{p} ### ####", "+39 {p} #######", "{p}/#######"]),
    ])

    def addr():
        city, prov, cap = pick([("Milano", "MI", "201" + d(2)), ("Roma", "RM", "001" + d(2)), ("Torino", "TO", "101" + d(2)), ("Napoli", "NA", "801" + d(2)),
                                ("Bologna", "BO", "401" + d(2)), ("Prato", "PO", "59100"), ("Brescia", "BS", "251" + d(2))])
        st = pick(["Giuseppe Garibaldi", "Roma", "Dante Alighieri", "Cavour", "dell'Industria", "Emilia", "Torino", "dell'Artigianato", "Vittorio Veneto"])
        n = "%d" % R.randint(1, 220) + pick(["", "", "/%s" % pick("ABC")])
        return wpick([(3, "Via %s %s, %s %s %s" % (st, n, cap, city, prov)), (2, "Via %s, %s - %s %s" % (st, n, cap, city)),
                      (2, "Viale %s %s, %s %s" % (st, n, cap, city)), (1, "Corso %s %s, %s %s (%s)" % (st, n, cap, city, prov)),
                      (1, "Piazza %s %s, %s %s" % (st, n, cap, city))])

    L = dict(
        code="it", phone=phone, addr=addr, acct=None, iban=iban_gen([(9, "IT"), (1, "CH")]),
        email=email_gen([("marco", "rossi"), ("giulia", "bianchi"), ("luca", "ferrari"), ("francesca", "romano"), ("alessandro", "colombo"), ("chiara", "ricci")],
                        [("libero", "it"), ("gmail", "com"), ("alice", "it"), ("virgilio", "it"), ("rossiforniture", "it"), ("tiscali", "it")],
                        ["chiocciola", "at"], ["punto", "dot"]),
        url=lambda: wpick([(2, lambda: "https://www.subito.it/%s/%s-%s.htm" % (pick(["informatica", "arredamento-casalinghi", "attrezzature-di-lavoro"]), slug(["sedie", "ufficio", "pannelli", "led", "tubi"]), d(9))),
                           (1, lambda: "https://www.ebay.it/itm/%s" % d(12)), (2, lambda: pick(["www.rossiforniture.it/catalogo", "rossiforniture.it", "https://www.rossiforniture.it/listino-2024.pdf"])),
                           (1, lambda: "https://www.amazon.it/dp/B0%s" % alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))])(),
        handle=handle_gen([("marco", "rossi"), ("rossi", "forniture"), ("giulia", "bianchi"), ("luca", "ferrari")]),
        skype=lambda: "live:" + pick([".cid." + alnum(16, "0123456789abcdef"), "%s.%s_%d" % (pick(["marco", "luca", "giulia"]), pick(["rossi", "ferrari"]), R.randint(1, 9))]),
        names=["Marco", "Giulia", "Luca", "Francesca"],
        prod=["pannelli LED", "tubi in acciaio", "tessuto di cotone", "pannelli solari", "sedie da ufficio"],
        price=eu_price("€ ", "€", ".", ",", [(1, lambda: "%s euro" % fmt_int(R.randint(10, 90000), ".")), (1, lambda: "USD %.2f" % (R.randint(50, 9999) / 100))]),
        qty=lambda: wpick([(3, lambda: "%s pezzi" % fmt_int(qty_n(), ".")), (2, lambda: "%d cartoni" % R.randint(5, 500)), (1, lambda: "%d pz" % qty_n()), (1, lambda: "%d bancali" % R.randint(1, 30))])(),
        date=lambda: (lambda y, m, dd: wpick([(3, "%02d/%02d/%d" % (dd, m, y)), (2, "%d %s %d" % (dd, MONTHS["it"][m - 1], y)), (1, "%02d.%02d.%d" % (dd, m, y))]))(*rand_date()),
        time=lambda: pick(["%d:%s" % (R.randint(9, 18), pick(["00", "30"])), "%d" % R.randint(9, 18)]),
        order=lambda: wpick([(2, lambda: "%s/%d" % (d(4), pick([2024, 2025]))), (1, lambda: "ORD-" + d(6)), (1, lambda: "OV" + d(6))])(),
        inv=lambda: wpick([(2, lambda: "%d/%d" % (R.randint(1, 999), pick([2024, 2025]))), (1, lambda: "FT-%d-%s" % (pick([2024, 2025]), d(4))), (1, lambda: "%d/A" % R.randint(1, 999))])(),
        track=lambda: wpick([(2, lambda: upu_s10(pick(["RR", "CP", "RA"]), "IT")), (1, lambda: dnz(12)), (1, lambda: "1Z%s%s" % (alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), d(10)))])(),
        taxid=lambda: wpick([(1, lambda: "IT" + luhn_complete(d(10))), (1, lambda: luhn_complete(d(10)))])(),
        ean=pick(["80", "81", "83"]),
        pii=[
            "Per il preventivo scrivimi su WhatsApp al {tel}",
            "Il mio cellulare è {tel}, chiamami pure dopo le {time}",
            "Mandatemi il listino all'indirizzo {email}",
            "Indirizzo di consegna: {addr}",
            "Coordinate bancarie: IBAN {iban} - BIC {bic}",
            "Potete fare il bonifico sull'IBAN {iban} intestato a Rossi Forniture S.r.l.",
            "Spedite i campioni a {addr}, tel. {tel}",
            "Il catalogo completo è su {url}",
            "Scrivimi su Telegram: {tg}",
            "La mia mail è {email}",
            "Pago con carta, numero {card}",
            "Skype: {skype}",
            "Ufficio acquisti: tel. {tel}, e-mail {email}",
            "Il magazzino è in {addr}",
            "WeChat del fornitore: {wx}",
            "Tel. {tel}",
            "Cell {tel}",
        ],
        neg=[
            "Prezzo {price} al pezzo, ordine minimo {qty}",
            "L'ordine n. {order} è stato spedito il {date}, tracking {track}",
            "Fattura n. {inv}, totale {price} IVA inclusa",
            "Codice doganale {hs}, peso {weight}",
            "Articolo {model}, misure {size}",
            "Il container {cntr} arriva a Genova il {date}",
            "La nostra P.IVA è {taxid}",
            "Acconto del 30% versato, riferimento bonifico {longref}",
            "Consegna entro il {date}, quantità {qty}",
            "Se prendiamo {qty} ci fate {price}?",
            "Ritiro merce il {date} alle {time}",
        ],
        greet=["Buongiorno", "Salve {name}", "Ciao {name}", "Gentile fornitore,"],
        close=["Grazie", "Cordiali saluti", "Attendo vostre notizie", "Grazie mille"],
        fill=["Riguardo all'ordine n. {order}", "ci servono {qty} entro il {date}", "prezzo concordato {price}", "avete disponibili {prod}?"],
        seps=["\n", " ", ". "],
    )
    L.update(eu_common())
    return L


def lang_pl():
    phone = phone_spec([
        (80, ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"],
         ["{p}# ### ###", "{p}#######", "{p}#-###-###", "+48 {p}# ### ###", "+48{p}#######", "0048 {p}# ### ###", "+48 {p}#-###-###", "(+48) {p}# ### ###"]),
        (20, ["22", "12", "42", "71", "61", "58"], ["{p} ### ## ##", "+48 {p} ### ## ##", "({p}) ### ## ##", "{p} #######"]),
    ])

    def addr():
        city, pre = pick([("Warszawa", pick(["00", "01", "02", "03", "04"])), ("Kraków", pick(["30", "31"])), ("Łódź", pick(["90", "91", "93"])),
                          ("Wrocław", pick(["50", "53", "54"])), ("Poznań", pick(["60", "61"])), ("Gdańsk", "80")])
        pc = "%s-%s" % (pre, d(3))
        st = pick(["Marszałkowska", "Piotrkowska", "Długa", "Przemysłowa", "Grunwaldzka", "Kościuszki", "Fabryczna", "Składowa"])
        n = "%d" % R.randint(1, 220) + pick(["", "", "/%d" % R.randint(1, 80), "%s" % pick("abc")])
        lok = pick(["", "", " lok. %d" % R.randint(1, 40), " m. %d" % R.randint(1, 60)])
        return wpick([(4, "ul. %s %s%s, %s %s" % (st, n, lok, pc, city)), (1, "al. Jerozolimskie %s, %s Warszawa" % (n, "02-" + d(3))),
                      (1, "%s %s%s, %s %s" % (st, n, lok, pc, city))])

    def nrb():
        ib = iban_country("PL")
        return ib[2:4] + " " + group(ib[4:], 4, " ") if R.random() < 0.8 else ib[2:]

    def nip():
        while True:
            b = d(9)
            c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if c < 10:
                s = b + str(c)
                return wpick([(2, "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:])), (1, s), (1, "PL" + s)])

    L = dict(
        code="pl", phone=phone, addr=addr, acct=nrb, iban=iban_gen([(1, "PL")]),
        email=email_gen([("jan", "kowalski"), ("anna", "nowak"), ("piotr", "wisniewski"), ("katarzyna", "wojcik"), ("tomasz", "kaminski"), ("magdalena", "lewandowska")],
                        [("wp", "pl"), ("o2", "pl"), ("onet", "pl"), ("interia", "pl"), ("gmail", "com"), ("kowalski-hurt", "pl")],
                        ["małpa", "at"], ["kropka", "dot"]),
        url=lambda: wpick([(2, lambda: "https://allegro.pl/oferta/%s-%s" % (slug(["panel", "led", "60x60", "rura", "stalowa", "krzeslo", "biurowe"]), d(11))),
                           (1, lambda: "https://www.olx.pl/d/oferta/%s-CID%s-ID%s.html" % (slug(["wozek", "widlowy", "regal", "magazynowy"]), d(3), alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZabcdefghjk0123456789"))),
                           (2, lambda: pick(["www.kowalski-hurt.pl", "kowalski-hurt.pl/cennik", "https://www.kowalski-hurt.pl/katalog.pdf"])),
                           (1, lambda: "https://www.ceneo.pl/%s" % d(8))])(),
        handle=handle_gen([("jan", "kowalski"), ("kowalski", "hurt"), ("anna", "nowak"), ("tomasz", "kaminski")]),
        skype=lambda: "live:" + pick([".cid." + alnum(16, "0123456789abcdef"), "%s.%s_%d" % (pick(["jan", "anna"]), pick(["kowalski", "nowak"]), R.randint(1, 9))]),
        names=["Piotr", "Anna", "Tomasz", "Kasia", "Marek"],
        prod=["panele LED", "rury stalowe", "tkanina bawełniana", "panele fotowoltaiczne", "krzesła biurowe"],
        price=eu_price("", "zł", pick([" ", "\u00a0"]), ",", [(2, lambda: "%s PLN" % fmt_int(R.randint(10, 90000), " ")), (1, lambda: "%s zł/szt." % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ",")),
                                                              (1, lambda: "€ %s" % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ","))]),
        qty=lambda: wpick([(3, lambda: "%s szt." % pick([str(qty_n()), fmt_int(qty_n(), " ")])), (2, lambda: "%d kartonów" % R.randint(5, 500)), (1, lambda: "%d palet" % R.randint(5, 30))])(),
        date=lambda: (lambda y, m, dd: wpick([(3, "%02d.%02d.%d" % (dd, m, y)), (2, "%d %s %d r." % (dd, MONTHS["pl"][m - 1], y)), (1, "%d-%02d-%02d" % (y, m, dd))]))(*rand_date()),
        time=lambda: "%d:%s" % (R.randint(7, 18), pick(["00", "30"])),
        order=lambda: wpick([(2, lambda: "ZAM/%s/%d" % (d(4), pick([2024, 2025]))), (1, lambda: "%d/%02d/%s" % (pick([2024, 2025]), R.randint(1, 12), d(4))), (1, lambda: "Z" + d(7))])(),
        inv=lambda: wpick([(2, lambda: "FV/%s/%02d/%d" % (d(4), R.randint(1, 12), pick([2024, 2025]))), (1, lambda: "FA %d/%02d/%d" % (R.randint(1, 999), R.randint(1, 12), pick([2024, 2025]))),
                           (1, lambda: "FV %d/%d" % (R.randint(1, 999), pick([2024, 2025])))])(),
        track=lambda: wpick([(2, lambda: dnz(24)), (2, lambda: "00" + dnz(18)), (1, lambda: upu_s10(pick(["RR", "PX", "EE"]), "PL")), (1, lambda: dnz(14))])(),
        taxid=nip, ean="590",
        pii=[
            "W sprawie wyceny proszę dzwonić: {tel}",
            "Mój numer tel. {tel}, jestem też na WhatsAppie",
            "Ofertę proszę przesłać na adres e-mail {email}",
            "Adres dostawy: {addr}",
            "Numer konta: {acct} (mBank)",
            "IBAN: {iban}\nBIC/SWIFT: {bic}",
            "Próbki proszę wysłać na adres {addr}, tel. {tel}",
            "Nasz sklep internetowy: {url}",
            "Telegram: {tg}",
            "Zapłacę kartą, numer karty {card}",
            "Mój mail to {email}",
            "WeChat dostawcy: {wx}",
            "Proszę przelać zaliczkę na rachunek {iban}",
            "Skype {skype}",
            "Magazyn: {addr}, czynny od {time}",
            "tel. {tel}",
            "Nr rachunku do wpłaty: {acct}",
        ],
        neg=[
            "Cena {price} za sztukę, minimalne zamówienie {qty}",
            "Zamówienie nr {order} wysłane {date}, numer przesyłki {track}",
            "Faktura nr {inv}, do zapłaty {price}",
            "Kod CN {hs}, waga {weight}",
            "Model {model}, wymiary {size}",
            "Kontener {cntr} dotrze do Gdańska {date}",
            "NIP firmy {taxid}",
            "Termin dostawy {date}, ilość {qty}",
            "Zaliczka 30% zapłacona, nr transakcji {longref}",
            "Przy {qty} możecie zejść do {price}?",
            "Odbiór {date} o {time}",
        ],
        greet=["Dzień dobry", "Witam", "Cześć {name}", "Dzień dobry, tu {name}"],
        close=["Pozdrawiam", "Dziękuję", "Czekam na odpowiedź", "Z góry dziękuję"],
        fill=["W sprawie zamówienia nr {order}", "potrzebujemy {qty} do {date}", "uzgodniona cena {price}", "czy {prod} są na stanie?"],
        seps=["\n", " ", ". "],
    )
    L.update(eu_common())
    return L


def lang_nl():
    phone = phone_spec([
        (70, ["6"], ["0{p}-########", "0{p} #### ####", "0{p} ## ## ## ##", "+31 {p} ########", "+31 (0){p} ########", "+31{p}########", "0031 {p} ########",
                     "+31 {p} #### ####", "0{p}########"]),
        (22, ["20", "10", "30", "40", "70", "77"], ["0{p}-### ####", "0{p} ### ####", "+31 {p} ### ####", "+31 (0){p} ### ####"]),
        (8, ["470", "473", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"],
         ["0{p} ## ## ##", "+32 {p} ## ## ##", "0{p}/##.##.##"]),
    ])

    def addr():
        if R.random() < 0.85:
            city, lo, hi = pick([("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Eindhoven", 5611, 5658),
                                 ("Den Haag", 2491, 2597), ("Venlo", 5911, 5928), ("Tilburg", 5011, 5049)])
            while True:
                lt = alnum(2, "ABCEGHJKLMNPRTVWXZ")
                if lt not in ("SA", "SD", "SS"):
                    break
            pc = "%d %s" % (R.randint(lo, hi), lt)
            st = pick(["Damrak", "Keizersgracht", "Coolsingel", "Stationsplein", "Industrieweg", "Marconistraat", "Edisonstraat", "Hoofdweg", "Nijverheidsweg"])
            n = "%d" % R.randint(1, 400) + pick(["", "", "-%d" % R.randint(1, 4), " %s" % pick("ABC"), "-bis"])
            return wpick([(4, "%s %s, %s %s" % (st, n, pc, city)), (1, "%s %s %s %s" % (st, n, pc, city)), (1, "%s %s, %s  %s" % (st, n, pc.replace(" ", ""), city.upper()))])
        return "%s %d, %d %s" % (pick(["Industriepark", "Kerkstraat", "Meir", "Nijverheidslaan"]), R.randint(1, 200), R.randint(1000, 3999),
                                 pick(["Antwerpen", "Gent", "Heist-op-den-Berg", "Mechelen"]))

    L = dict(
        code="nl", phone=phone, addr=addr, acct=None, iban=iban_gen([(85, "NL"), (15, "BE")]),
        email=email_gen([("jan", "devries"), ("sanne", "jansen"), ("pieter", "bakker"), ("lotte", "visser"), ("daan", "smit"), ("eva", "meijer")],
                        [("ziggo", "nl"), ("kpnmail", "nl"), ("gmail", "com"), ("hotmail", "nl"), ("devrieshandel", "nl"), ("outlook", "com")],
                        ["apenstaartje", "at"], ["punt", "dot"]),
        url=lambda: wpick([(2, lambda: "https://www.bol.com/nl/nl/p/%s/%s/" % (slug(["led", "paneel", "bureaustoel", "zonnepaneel", "kabel"]), dnz(16))),
                           (1, lambda: "https://www.marktplaats.nl/v/zakelijke-goederen/%s/m%s-%s" % (pick(["machines", "kantoorinrichting"]), d(10), slug(["partij", "led", "panelen", "stoelen"]))),
                           (2, lambda: pick(["www.devrieshandel.nl", "devrieshandel.nl/assortiment", "https://www.devrieshandel.nl/prijslijst.pdf"])),
                           (1, lambda: "https://we.tl/t-" + alnum(10, "ABCDEFGHJKLMNPRSTUVWXYZabcdefghjk0123456789"))])(),
        handle=handle_gen([("jan", "devries"), ("devries", "handel"), ("sanne", "jansen"), ("daan", "smit")]),
        skype=lambda: "live:" + pick([".cid." + alnum(16, "0123456789abcdef"), "%s.%s_%d" % (pick(["jan", "sanne"]), pick(["devries", "jansen"]), R.randint(1, 9))]),
        names=["Jan", "Sanne", "Pieter", "Lotte", "Daan"],
        prod=["LED-panelen", "stalen buizen", "katoenen stof", "zonnepanelen", "bureaustoelen"],
        price=lambda: wpick([(2, lambda: "€ %s,-" % fmt_int(R.randint(10, 90000), ".")), (3, lambda: "€ %s" % fmt_money(unit_price(), ".", ",")),
                             (1, lambda: "%s euro" % fmt_int(R.randint(10, 90000), ".")), (1, lambda: "€%s" % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ",")),
                             (1, lambda: "$ %.2f" % (R.randint(50, 9999) / 100))])(),
        qty=lambda: wpick([(3, lambda: "%s stuks" % fmt_int(qty_n(), ".")), (2, lambda: "%d dozen" % R.randint(5, 500)), (1, lambda: "%d pallets" % R.randint(1, 30)), (1, lambda: "%d st." % qty_n())])(),
        date=lambda: (lambda y, m, dd: wpick([(3, "%02d-%02d-%d" % (dd, m, y)), (2, "%d %s %d" % (dd, MONTHS["nl"][m - 1], y)), (1, "%d-%d" % (dd, m)), (1, "%d/%d/%d" % (dd, m, y))]))(*rand_date()),
        time=lambda: pick(["%d:%s" % (R.randint(8, 17), pick(["00", "30"])), "%d.00 uur" % R.randint(8, 17)]),
        order=lambda: wpick([(2, lambda: dnz(8)), (1, lambda: "NL-" + d(6)), (1, lambda: "BST-%d-%s" % (pick([2024, 2025]), d(5)))])(),
        inv=lambda: wpick([(2, lambda: "F%d-%s" % (pick([2024, 2025]), d(4))), (1, lambda: "%d%s" % (pick([2024, 2025]), d(4)))])(),
        track=lambda: wpick([(2, lambda: "3S%s%s" % (alnum(4, "ABCDEFGHJKLMNPRSTUVWXYZ"), d(R.randint(7, 9)))), (1, lambda: upu_s10(pick(["RR", "CD", "LA"]), "NL")),
                             (1, lambda: "JVGL" + d(20))])(),
        taxid=lambda: wpick([(2, lambda: d(8)), (1, lambda: "NL%sB%02d" % (d(9), R.randint(1, 3)))])(),
        ean="87",
        pii=[
            "Bel me even op {tel} voor de prijsafspraak",
            "Mijn mobiel: {tel} (ook WhatsApp)",
            "Stuur de offerte naar {email}",
            "Afleveradres: {addr}",
            "Graag overmaken naar {iban} t.n.v. De Vries Handel B.V.",
            "Rekeningnummer (IBAN): {iban}, BIC {bic}",
            "Monsters graag naar {addr}, tel. {tel}",
            "Bekijk ons aanbod op {url}",
            "Telegram: {tg}",
            "Kaartnummer {card}",
            "Mijn mailadres is {email}",
            "Je kunt me via Signal bereiken op {tel}",
            "Skype: {skype}",
            "Ons magazijn zit op {addr}",
            "WeChat van de fabriek: {wx}",
            "tel {tel}",
        ],
        neg=[
            "Prijs {price} per stuk, minimale afname {qty}",
            "Bestelling {order} is op {date} verzonden, track & trace {track}",
            "Factuurnummer {inv}, totaal {price} excl. btw",
            "GN-code {hs}, gewicht {weight}",
            "Type {model}, afmetingen {size}",
            "Container {cntr} komt {date} aan in Rotterdam",
            "Ons KvK-nummer is {taxid}",
            "Levering uiterlijk {date}, aantal {qty}",
            "Aanbetaling 30% voldaan, kenmerk {longref}",
            "Als we {qty} afnemen, kan het dan voor {price}?",
            "Ophalen op {date} om {time}",
        ],
        greet=["Hoi", "Goedemorgen", "Beste {name},", "Hallo {name}"],
        close=["Groet", "Alvast bedankt", "Met vriendelijke groet", "Hoor graag van je"],
        fill=["Over bestelling {order}", "we hebben {qty} nodig vóór {date}", "afgesproken prijs {price}", "zijn de {prod} op voorraad?"],
        seps=["\n", " ", ". "],
    )
    L.update(eu_common())
    return L


def lang_fr():
    phone = phone_spec([
        (60, ["6", "7"], ["0{p} ## ## ## ##", "0{p}.##.##.##.##", "0{p}########", "0{p}-##-##-##-##", "+33 {p} ## ## ## ##", "+33 (0){p} ## ## ## ##",
                          "+33{p}########", "0033 {p} ## ## ## ##"]),
        (25, ["1", "2", "3", "4", "5", "9"], ["0{p} ## ## ## ##", "0{p}.##.##.##.##", "+33 {p} ## ## ## ##"]),
        (8, ["470", "472", "475", "477", "478", "479", "485", "486", "488", "495", "496", "497", "498", "499"], ["0{p} ## ## ##", "+32 {p} ## ## ##"]),
        (7, ["76", "77", "78", "79"], ["0{p} ### ## ##", "+41 {p} ### ## ##"]),
    ])

    def addr():
        c = wpick([(80, "FR"), (12, "BE"), (8, "CH")])
        if c == "FR":
            city, cp = pick([("Paris", "750%02d" % R.randint(1, 20)), ("Lyon", "6900%d" % R.randint(1, 9)), ("Marseille", "130%02d" % R.randint(1, 16)),
                             ("Lille", "59000"), ("Bordeaux", "33000"), ("Toulouse", "31000"), ("Rungis", "94150"), ("Roissy-en-France", "95700"),
                             ("Vitrolles", "13127")])
            typ = pick(["rue", "avenue", "boulevard", "allée", "impasse", "chemin"])
            name = pick(["de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "des Entrepreneurs", "de la Gare", "du Faubourg Saint-Honoré", "Pasteur"])
            n = "%d%s" % (R.randint(1, 180), pick(["", "", "", " bis", " ter"]))
            v = "%s %s %s, %s %s" % (n, typ, name, cp, city)
            r = R.random()
            if r < 0.15:
                v = "Bâtiment %s, %s" % (pick("ABCD"), v)
            elif r < 0.25:
                v = "ZI %s, %s" % (pick(["des Estroublans", "Paris Nord 2", "de la Plaine"]), v)
            elif r < 0.3:
                v = "%s %s %s, %s %s" % (n, typ.capitalize(), name, cp, city.upper())
            return v
        if c == "BE":
            return "%s %d, %d %s" % (pick(["Rue de la Loi", "Chaussée de Mons", "Avenue Louise", "Rue du Commerce"]), R.randint(1, 300),
                                     pick([1000, 1050, 1070, 4000, 6000]), pick(["Bruxelles", "Anderlecht", "Liège", "Charleroi"]))
        return "%s %d, %d %s" % (pick(["Rue du Rhône", "Avenue de la Gare", "Route de Lausanne"]), R.randint(1, 120), pick([1204, 1003, 1201]), pick(["Genève", "Lausanne"]))

    def tva():
        while True:
            siren = luhn_complete(dnz(8))
            if not aba_valid(siren):
                break
        key = (12 + 3 * (int(siren) % 97)) % 97
        return wpick([(2, "FR%02d%s" % (key, siren)), (1, "FR %02d %s %s %s" % (key, siren[:3], siren[3:6], siren[6:]))])

    nb = lambda: pick([" ", "\u00a0", "\u202f"])
    L = dict(
        code="fr", phone=phone, addr=addr, acct=None, iban=iban_gen([(70, "FR"), (15, "BE"), (10, "CH"), (5, "LU")]),
        email=email_gen([("jean", "dupont"), ("camille", "martin"), ("nicolas", "bernard"), ("sophie", "durand"), ("julien", "petit"), ("claire", "moreau")],
                        [("orange", "fr"), ("free", "fr"), ("gmail", "com"), ("laposte", "net"), ("sfr", "fr"), ("dupont-import", "fr"), ("wanadoo", "fr")],
                        ["arobase", "at"], ["point", "dot"]),
        url=lambda: wpick([(2, lambda: "https://www.leboncoin.fr/ad/%s/%s" % (pick(["materiel_professionnel", "bureau", "equipements_industriels"]), d(10))),
                           (1, lambda: "https://www.cdiscount.com/%s/%s/f-%s.html" % (pick(["maison", "informatique", "bricolage"]), slug(["panneau", "led", "chaise", "bureau"]), d(9))),
                           (2, lambda: pick(["www.dupont-import.fr", "dupont-import.fr/catalogue", "https://www.dupont-import.fr/tarifs-2024.pdf"])),
                           (1, lambda: "https://wetransfer.com/downloads/%s/%s" % (alnum(32, "0123456789abcdef"), alnum(6, "0123456789abcdef")))])(),
        handle=handle_gen([("jean", "dupont"), ("dupont", "import"), ("camille", "martin"), ("julien", "petit")]),
        skype=lambda: "live:" + pick([".cid." + alnum(16, "0123456789abcdef"), "%s.%s_%d" % (pick(["jean", "camille"]), pick(["dupont", "martin"]), R.randint(1, 9))]),
        names=["Julien", "Camille", "Nicolas", "Sophie"],
        prod=["panneaux LED", "tubes en acier", "tissu coton", "panneaux solaires", "chaises de bureau"],
        price=lambda: wpick([(3, lambda: "%s€" % (fmt_money(unit_price(), nb(), ",") + nb())), (2, lambda: "%s € HT" % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ",")),
                             (1, lambda: "%d €" % R.randint(10, 9000)), (1, lambda: "USD %s" % ("%.2f" % (R.randint(50, 9999) / 100)).replace(".", ",")),
                             (1, lambda: "%s euros" % fmt_int(R.randint(1000, 90000), nb()))])(),
        qty=lambda: wpick([(3, lambda: "%s pièces" % fmt_int(qty_n(), nb())), (2, lambda: "%d cartons" % R.randint(5, 500)), (1, lambda: "%d palettes" % R.randint(1, 30)),
                           (1, lambda: "%d pcs" % qty_n())])(),
        date=lambda: (lambda y, m, dd: wpick([(3, "%02d/%02d/%d" % (dd, m, y)), (2, "%d %s %d" % (dd, MONTHS["fr"][m - 1], y)), (1, "%02d/%02d" % (dd, m))]))(*rand_date()),
        time=lambda: pick(["%dh%s" % (R.randint(8, 17), pick(["", "30"])), "%d:%s" % (R.randint(8, 17), pick(["00", "30"]))]),
        order=lambda: wpick([(2, lambda: "CMD-%d-%s" % (pick([2024, 2025]), d(5))), (1, lambda: "BC" + d(6)), (1, lambda: dnz(9))])(),
        inv=lambda: wpick([(2, lambda: "F%d-%s" % (pick([2024, 2025]), d(4))), (1, lambda: "FA-%d%02d-%s" % (pick([24, 25]), R.randint(1, 12), d(4)))])(),
        track=lambda: wpick([(2, lambda: "6A" + d(11)), (1, lambda: upu_s10(pick(["XY", "RR", "LA"]), "FR")), (1, lambda: "1L" + d(11)), (1, lambda: dnz(10))])(),
        taxid=tva, ean=pick(["30", "34", "37"]),
        pii=[
            "Pour le devis, appelez-moi au {tel}",
            "Mon portable : {tel} (WhatsApp aussi)",
            "Envoyez la proforma à {email} svp",
            "Adresse de livraison : {addr}",
            "Merci de régler par virement sur l'IBAN {iban}, BIC {bic}",
            "Voici notre RIB : IBAN {iban}",
            "Échantillons à envoyer au {addr}, tél. {tel}",
            "Voir notre catalogue sur {url}",
            "Telegram : {tg}",
            "Je paie par carte, numéro {card}",
            "mon mail c'est {email}",
            "WeChat du fournisseur : {wx}",
            "Skype : {skype}",
            "Notre entrepôt : {addr}",
            "Tél : {tel}",
            "Portable {tel} - courriel {email}",
            "Le serveur de l'EDI est en {ip}, je vous envoie les accès",
        ],
        neg=[
            "Prix {price} la pièce, minimum de commande {qty}",
            "La commande n° {order} a été expédiée le {date}, numéro de suivi {track}",
            "Facture n° {inv}, total {price} TTC",
            "Code SH {hs}, poids {weight}",
            "Référence {model}, dimensions {size}",
            "Le conteneur {cntr} arrive au Havre le {date}",
            "N° TVA intracommunautaire {taxid}",
            "Livraison avant le {date}, quantité {qty}",
            "Acompte de 30 % versé, référence du virement {longref}",
            "Pour {qty}, vous pouvez descendre à {price} ?",
            "Enlèvement le {date} à {time}",
        ],
        greet=["Bonjour", "Bonjour {name},", "Salut {name}", "Madame, Monsieur,"],
        close=["Merci", "Cordialement", "Bonne journée", "Dans l'attente de votre retour"],
        fill=["Concernant la commande n° {order}", "il nous faut {qty} avant le {date}", "prix convenu {price}", "vous avez des {prod} en stock ?"],
        seps=["\n", " ", ". "],
    )
    L.update(eu_common())
    return L


# ---------------------------------------------------------------- slots and rendering

NEG_KINDS = {"price": "PRICE", "qty": "QUANTITY", "date": "DATE", "time": "TIME", "order": "ORDER_NO", "inv": "INVOICE_NO",
             "track": "TRACKING_NO", "hs": "HS_CODE", "cntr": "CONTAINER_NO", "model": "MODEL_NO", "size": "DIMENSIONS",
             "weight": "WEIGHT", "taxid": "COMPANY_TAX_ID", "longref": "PAYMENT_REF_16_19", "ean": "EAN13", "bl": "BILL_OF_LADING",
             "txhash": "TX_HASH"}


def neg_value(key, L):
    for _ in range(500):
        if key == "cntr":
            v = container()
        elif key == "model":
            v = model_no()
        elif key == "longref":
            v = longref()
        elif key == "ean":
            v = ean13(L["ean"])
        elif key == "bl":
            v = pick(["COSU", "MEDU", "MAEU", "CMDU", "OOLU", "HLCU"]) + d(R.choice([9, 10]))
        elif key == "txhash":
            v = tx_hash()
        else:
            v = L[key]()
        if neg_safe(v):
            return v
    raise AssertionError("no safe negative for %s" % key)


def slot(key, L):
    """-> (pre, value, post, gold_type, negative_kind)"""
    code = L["code"]
    if key in NEG_KINDS:
        return "", neg_value(key, L), "", None, NEG_KINDS[key]
    if key == "name":
        return "", pick(L["names"]), "", None, None
    if key == "prod":
        return "", pick(L["prod"]), "", None, None
    pre = post = ""
    if key == "tel":
        v, t = L["phone"](), "PHONE"
        if code == "ar" and R.random() < 0.3:
            pre = post = "\u200e"
    elif key == "email":
        v, t = L["email"](), "EMAIL"
    elif key == "url":
        v, t = L["url"](), "URL"
    elif key == "tg":
        v, t = "@" + L["handle"](), "MESSENGER_HANDLE"
    elif key == "tme":
        v, t = pick(["t.me/", "https://t.me/"]) + L["handle"](), "MESSENGER_HANDLE"
    elif key == "wx":
        v, t = wechat_id(), "MESSENGER_HANDLE"
    elif key == "line":
        v, t = L["line"](), "MESSENGER_HANDLE"
    elif key == "linelink":
        lid = L["line"]()
        v = ("https://line.me/R/ti/p/" + lid) if lid.startswith("@") else (pick(["https://line.me/ti/p/~", "line.me/ti/p/~"]) + lid)
        t = "MESSENGER_HANDLE"
    elif key == "kakao":
        v, t = L["kakao"](), "MESSENGER_HANDLE"
    elif key == "kakaolink":
        v, t = "https://open.kakao.com/o/s" + alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"), "MESSENGER_HANDLE"
    elif key == "skype":
        gen = L.get("skype") or (lambda: "live:" + pick([".cid." + alnum(16, "0123456789abcdef"), L["handle"]()]))
        v, t = gen(), "MESSENGER_HANDLE"
    elif key == "card":
        v, t = card_number(BRANDS[code]), "PAYMENT_CARD"
        if code == "ar" and R.random() < 0.25:
            v = to_digits(v, ARABIC_INDIC)
    elif key == "iban":
        v, t = L["iban"](), "IBAN"
    elif key == "acct":
        v, t = L["acct"](), "BANK_ACCOUNT"
    elif key == "bic":
        v, t = bic(code), "BANK_ACCOUNT"
    elif key == "addr":
        r = L["addr"]()
        if isinstance(r, tuple):
            pre, v = r
        else:
            v = r
        t = "POSTAL_ADDRESS"
    elif key == "aadhaar":
        v, t = L["aadhaar"](), "NATIONAL_ID"
    elif key == "ip":
        if R.random() < 0.75:
            v = ipv4()
            if R.random() < 0.35:
                post = ":" + pick(["21", "22", "8080", "3389", "443"])
        else:
            v = ipv6()
        t = "IP_ADDRESS"
    elif key == "eth":
        v, t = eth_addr(), "CRYPTO_WALLET"
    elif key == "btc":
        v, t = btc_addr(), "CRYPTO_WALLET"
    else:
        raise KeyError(key)
    assert v == v.strip() and v
    return pre, v, post, t, None


def render(L, template):
    text, spans, negs = "", [], []
    for part in re.split(r"(\{\w+\})", template):
        m = re.fullmatch(r"\{(\w+)\}", part)
        if not m:
            text += part
            continue
        pre, v, post, t, nk = slot(m.group(1), L)
        text += pre
        a = len(text)
        text += v
        b = len(text)
        text += post
        if t:
            spans.append({"start": a, "end": b, "type": t, "value": v})
        elif nk:
            negs.append({"start": a, "end": b, "kind": nk, "value": v})
    return text, spans, negs


class Cycle:
    def __init__(self, items):
        self.items, self.q = list(items), []

    def next(self):
        if not self.q:
            self.q = self.items[:]
            R.shuffle(self.q)
        return self.q.pop()


def join_parts(L, parts):
    out = parts[0]
    for p in parts[1:]:
        sep = pick(L["seps"])
        if out.endswith((",", ":", "،")) and sep.strip():
            sep = " "
        if L["code"] == "ja" and sep == "" and not out.endswith(("。", "：", "\n")):
            sep = "\n"
        out += sep + p
    return out


def compose(L, kind, cyc_pii, cyc_neg):
    core = (cyc_pii if kind == "pii" else cyc_neg).next()
    for _ in range(200):
        parts = []
        if R.random() < 0.35:
            parts.append(pick(L["greet"]))
        parts.append(core)
        if kind == "neg" and R.random() < 0.2:
            extra = cyc_neg.next()
            if extra != core:
                parts.append(extra)
        elif R.random() < 0.25:
            parts.append(pick(L["fill"]))
        if R.random() < 0.3:
            parts.append(pick(L["close"]))
        tpl = join_parts(L, parts)
        if tpl.count("\n") > 2:
            continue
        text, spans, negs = render(L, tpl)
        if 20 <= len(text) <= 300:
            return text, spans, negs
    raise AssertionError("cannot fit: %r" % core)


GROUPS = [("Arabic", [(lang_ar, 42)]), ("Hindi", [(lang_hi, 42)]), ("Thai", [(lang_th, 42)]), ("Vietnamese", [(lang_vi, 42)]),
          ("Turkish", [(lang_tr, 42)]), ("Indonesian/Malay", [(lang_id, 28), (lang_ms, 14)]), ("Japanese", [(lang_ja, 42)]),
          ("Korean", [(lang_ko, 42)]), ("Italian", [(lang_it, 41)]), ("Polish", [(lang_pl, 41)]), ("Dutch", [(lang_nl, 41)]),
          ("French", [(lang_fr, 41)])]
NEG_SHARE = 0.35


def build():
    msgs = []
    for _group, members in GROUPS:
        for fn, n in members:
            L = fn()
            n_neg = int(round(n * NEG_SHARE))
            kinds = ["neg"] * n_neg + ["pii"] * (n - n_neg)
            R.shuffle(kinds)
            cp, cn = Cycle(L["pii"]), Cycle(L["neg"])
            for k in kinds:
                text, spans, negs = compose(L, k, cp, cn)
                if k == "pii":
                    assert spans, text
                else:
                    assert not spans, text
                msgs.append({"text": text, "spans": spans, "lang": L["code"],
                             "kind": "negative" if not spans else "single" if len(spans) == 1 else "multi",
                             "negatives": negs})
    R.shuffle(msgs)
    out = []
    for i, m in enumerate(msgs, 1):
        rec = {"id": "lg-%05d" % i}
        rec.update(m)
        for s in rec["spans"]:
            assert rec["text"][s["start"]:s["end"]] == s["value"]
        for s in rec["negatives"]:
            assert rec["text"][s["start"]:s["end"]] == s["value"]
        out.append(rec)
    return out


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 make_languages.py OUT.jsonl\n")
        sys.exit(2)
    recs = build()
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sys.stderr.write("wrote %d messages to %s\n" % (len(recs), sys.argv[1]))


if __name__ == "__main__":
    main()
