#!/usr/bin/env python3
"""Probe set for the Parley PII engine: text pasted into a trade chat.

    python3 tools/pii-probe/make_pasted.py OUT.jsonl

300 messages of signatures, bank-details blocks, shipping blocks, quoted
replies and forwarded headers in six languages, and PII-free invoices and
packing lists dense with trade numbers. Written apart from the engine, by an
author who read only the corpus README (../shared/pii-corpus/README.md).
Standard library only, deterministic (random.seed(777)).
"""
import datetime, functools, hashlib, json, os, re, sys, unicodedata, random
random.seed(777)
R = random
OUT = (sys.argv[1] if len(sys.argv) > 1 else
       os.path.join(os.path.dirname(os.path.abspath(__file__)), "pasted.jsonl"))
DIG, UP, LO = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
C = R.choice
def rd(n, al=DIG): return "".join(R.choice(al) for _ in range(n))
def rl(n): return rd(n, UP)
def fill(p): return "".join(str(R.randint(2, 9)) if c == "N" else R.choice(DIG) if c == "#" else c for c in p)

# ---------------------------------------------------------------- check digits
def luhn_ok(d): return sum((lambda x: x - 9 if x > 9 else x)(int(c) * (1 + i % 2)) for i, c in enumerate(reversed(d))) % 10 == 0
def until(fn, ok): return next(v for v in iter(fn, None) if ok(v))
def complete(p, ok): return next(p + c for c in DIG if ok(p + c))
VD = [list(map(int, r)) for r in "0123456789 1234067895 2340178956 3401289567 4012395678 5987604321 6598710432 7659821043 8765932104 9876543210".split()]
VP = [list(map(int, r)) for r in "0123456789 1576283094 5803796142 8916043527 9453126870 4286573901 2793806415 7046913258".split()]
def verhoeff_ok(s): return functools.reduce(lambda c, ich: VD[c][VP[ich[0] % 8][int(ich[1])]], enumerate(reversed(s)), 0) == 0
CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def cnid_ck(p): return "10X98765432"[sum(int(a) * b for a, b in zip(p, CNW)) % 11]
def cnid_ok(s): return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cnid_ck(s[:17]) == s[17]
def aba_ok(d): return len(d) == 9 and d.isdigit() and sum(int(a) * b for a, b in zip(d, [3, 7, 1] * 3)) % 10 == 0
def mod97(s): return int("".join(str(int(c, 36)) for c in s)) % 97
def iban_ok(s): return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s)) and mod97(s[4:] + s[:4]) == 1
def bad_neg(v):
    """True if a would-be hard negative passes a positive checksum (mirrors validate.py)."""
    v = "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in v)
    al = lambda s: re.sub(r"[^0-9A-Za-z]", "", s)
    cands = [al(v)] + [al(t) for t in v.split()] + [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d(?:[ .\-]?\d)*", v)]
    for d in cands:
        if d.isdigit() and ((13 <= len(d) <= 19 and luhn_ok(d)) or (len(d) == 12 and d[0] not in "01" and verhoeff_ok(d))
                            or (len(d) == 9 and aba_ok(d))):
            return True
        if len(d) == 18 and cnid_ok(d.upper()): return True
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", d) and iban_ok(d.upper()): return True
    return False
def safe(fn): return until(fn, lambda v: not bad_neg(v))

# ---------------------------------------------------------------- crypto
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def sha256d(b): return hashlib.sha256(hashlib.sha256(b).digest()).digest()
def b58check(payload):
    raw = payload + sha256d(payload)[:4]
    n, s = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s
def b58check_ok(s):
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return sha256d(raw[:-4])[:4] == raw[-4:]
BCH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def bech32_pm(vals):
    chk = 1
    for v in vals:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i, g in enumerate([0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]): chk ^= g if (b >> i) & 1 else 0
    return chk
def bech32_addr(prog):
    acc = bits = 0
    data = [0]
    for b in prog:
        acc, bits = (acc << 8) | b, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits: data.append((acc << (5 - bits)) & 31)
    hx = [ord(x) >> 5 for x in "bc"] + [0] + [ord(x) & 31 for x in "bc"]
    pm = bech32_pm(hx + data + [0] * 6) ^ 1
    return "bc1" + "".join(BCH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])
def _rcbit(t):
    r = 1
    for _ in range(t % 255):
        r <<= 1
        if r & 0x100: r ^= 0x171
    return r & 1
KRC = [sum(_rcbit(j + 7 * i) << ((1 << j) - 1) for j in range(7)) for i in range(24)]
KROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
def keccak256(data):
    M = (1 << 64) - 1
    rol = lambda x, n: ((x << n) | (x >> (64 - n))) & M if n else x
    A = [0] * 25
    msg = bytearray(data) + b"\x01"
    msg += b"\0" * (-len(msg) % 136)
    msg[-1] |= 0x80
    for o in range(0, len(msg), 136):
        for i in range(17): A[i] ^= int.from_bytes(msg[o + 8 * i:o + 8 * i + 8], "little")
        for rc in KRC:
            Cc = [A[x] ^ A[x + 5] ^ A[x + 10] ^ A[x + 15] ^ A[x + 20] for x in range(5)]
            A = [A[i] ^ Cc[(i % 5 - 1) % 5] ^ rol(Cc[(i % 5 + 1) % 5], 1) for i in range(25)]
            Bv = [0] * 25
            for x in range(5):
                for y in range(5): Bv[y + 5 * ((2 * x + 3 * y) % 5)] = rol(A[x + 5 * y], KROT[x + 5 * y])
            A = [Bv[i] ^ (~Bv[(i % 5 + 1) % 5 + 5 * (i // 5)] & Bv[(i % 5 + 2) % 5 + 5 * (i // 5)]) for i in range(25)]
            A[0] ^= rc
    return b"".join(A[i].to_bytes(8, "little") for i in range(4))
assert keccak256(b"").hex().startswith("c5d2460186f7233c")
def rbytes(n): return bytes(R.randrange(256) for _ in range(n))
def wallet():
    k = C(["btc1", "btc3", "bech32", "eth", "eth55", "eth55"])
    if k == "btc1": return b58check(b"\0" + rbytes(20)), "btc_p2pkh"
    if k == "btc3": return b58check(b"\5" + rbytes(20)), "btc_p2sh"
    if k == "bech32": return bech32_addr(rbytes(20)), "btc_bech32"
    h = rbytes(20).hex()
    if k == "eth": return "0x" + h, "eth_lower"
    kh = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(kh[i], 16) >= 8 else c for i, c in enumerate(h)), "eth_eip55"
def bad_btc():
    def mut(s, i): return s[:i] + C([c for c in B58 if c != s[i]]) + s[i + 1:]
    return until(lambda: mut(b58check(b"\0" + rbytes(20)), R.randrange(5, 33)), lambda s: not b58check_ok(s))

# ---------------------------------------------------------------- value generators
IBAN = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "BE": "12n", "AT": "16n",
        "CH": "17n", "PL": "24n", "PT": "21n", "TR": "22n", "AE": "19n", "SA": "20n", "BR": "23n1a1c", "RU": "29n",
        "KZ": "16n", "UA": "25n", "PK": "4a16n", "RO": "4a16n", "HU": "24n", "SE": "20n", "IE": "4a14n", "CZ": "20n",
        "GR": "23n", "EG": "25n", "IL": "19n", "DK": "14n", "NO": "11n", "QA": "4a21c"}
BANKCODE = {"GB": ["BARC", "HBUK", "LOYD", "NWBK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "IE": ["AIBK", "BOFI"]}
def make_iban(cc):
    bban = ""
    for k, t in re.findall(r"(\d+)([anc])", IBAN[cc]):
        k = int(k)
        if t == "a" and cc in BANKCODE and k == 4: bban += C(BANKCODE[cc])
        else: bban += rl(k) if t == "a" else rd(k) if t == "n" else rd(k, DIG + UP)
    return cc + "%02d" % (98 - mod97(bban + cc + "00")) + bban
def fmt_iban(s):
    return (" ".join(s[i:i + 4] for i in range(0, len(s), 4)), "grouped") if R.random() < .6 else (s, "compact")
def bad_iban(cc):
    s = make_iban(cc)
    s = s[:2] + "%02d" % ((int(s[2:4]) + R.randint(1, 90)) % 97 + 2) + s[4:]
    return s if not iban_ok(s) else bad_iban(cc)
def bic(cc): return rl(4) + cc + C(UP + "23456789") + C(UP + "123456789") + (C(["", "", "XXX", rd(3, UP + DIG)]))
def aba(): return complete(C(["0", "1", "2", "3"]) + str(R.randint(1, 2)) + rd(6), aba_ok)
def account(cc):
    for _ in iter(int, 1):
        if cc == "CN": d, f = rd(R.choice([17, 19])), "cn"
        elif cc == "HK": d, f = C(["004", "024", "012"]) + rd(9), "hk"
        elif cc == "MX":
            p = C(["002", "012", "014", "072"]) + rd(14)
            d, f = p + str((10 - sum(int(a) * w % 10 for a, w in zip(p, [3, 7, 1] * 6)) % 10) % 10), "clabe"
        elif cc == "RU": d, f = "40702810" + rd(12), "ru_rs"
        elif cc == "IN": d, f = rd(R.choice([12, 14])), "in"
        else: d, f = rd(R.choice([9, 10, 12])), "plain"
        if not (13 <= len(d) <= 19 and luhn_ok(d)) and not (len(d) == 18 and cnid_ok(d)) and not (len(d) == 9 and aba_ok(d)): break
    if cc == "HK" and R.random() < .6: d = d[:3] + "-" + d[3:9] + "-" + d[9:]
    elif cc == "CN" and R.random() < .4: d = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    return d, "acct_" + f
def card():
    k = C(["visa", "visa", "mc", "amex", "unionpay", "unionpay19", "discover", "jcb"])
    pre, L = {"visa": ("4", 16), "mc": (C(["51", "53", "55", "2221", "2720"]), 16), "amex": (C(["34", "37"]), 15),
              "unionpay": ("62" + C(["22", "28", "17"]), 16), "unionpay19": ("622" + C(["202", "848", "700"]), 19),
              "discover": ("6011", 16), "jcb": ("35" + C(["28", "66", "89"]), 16)}[k]
    d = complete(pre + rd(L - len(pre) - 1), luhn_ok)
    if k == "amex": return C([d, f"{d[:4]} {d[4:10]} {d[10:]}"]), k
    sep = C([" ", " ", "-", ""])
    return sep.join(d[i:i + 4] for i in range(0, L, 4)), k
def cn_id():
    p = C(["330203", "330782", "440306", "440106", "350203", "370211", "320506", "110105", "310115", "510107"])
    p += datetime.date(1965, 1, 1).fromordinal(datetime.date(1965, 1, 1).toordinal() + R.randint(0, 13000)).strftime("%Y%m%d") + rd(3)
    return p + cnid_ck(p), "cn_resident_id"
def aadhaar():
    d = complete(str(R.randint(2, 9)) + rd(10), verhoeff_ok)
    return C([d, f"{d[:4]} {d[4:8]} {d[8:]}"]), "in_aadhaar"
def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999)), "us_ssn"
def nino():
    p, d = until(lambda: C("ABCEGHJKLMNOPRSTWXYZ") + C("ABCEGHJKLMNPRSTWXYZ"), lambda p: p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")), rd(6)
    return C([f"{p}{d}{C('ABCD')}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {C('ABCD')}"]), "uk_nino"
def ip():
    if R.random() < .7:
        return "%d.%d.%d.%d" % (C([31, 37, 46, 62, 78, 85, 91, 103, 112, 117, 183, 185, 195, 203, 212, 217]),
                                R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ipv4"
    g = [C(["2a02", "2409", "2001", "2604", "240e"])] + ["%x" % R.randint(0, 65535) for _ in range(7)]
    return (":".join(g), "ipv6_full") if R.random() < .4 else (":".join(g[:3]) + "::" + g[7], "ipv6_compressed")

# ---------------------------------------------------------------- phones
PH = {  # cc: (calling code, trunk, mobile group patterns, landline group patterns)
    "CN": ("86", "0", [["13#", "####", "####"], ["18#", "####", "####"], ["15#", "####", "####"], ["17#", "####", "####"]],
           [["21", "####", "####"], ["571", "####", "####"], ["755", "####", "####"], ["574", "####", "####"], ["579", "####", "####"]]),
    "US": ("1", "", [["N##", "N##", "####"]], [["N##", "N##", "####"]]), "CA": ("1", "", [["N##", "N##", "####"]], [["N##", "N##", "####"]]),
    "DE": ("49", "0", [["15#", "#######"], ["17#", "########"], ["160", "#######"]], [["30", "#######"], ["89", "########"], ["40", "########"], ["711", "#######"]]),
    "AT": ("43", "0", [["664", "#######"], ["676", "#######"]], [["1", "#######"], ["316", "######"]]),
    "CH": ("41", "0", [["79", "###", "##", "##"], ["78", "###", "##", "##"]], [["44", "###", "##", "##"], ["22", "###", "##", "##"]]),
    "GB": ("44", "0", [["7###", "######"]], [["20", "####", "####"], ["161", "###", "####"], ["113", "###", "####"]]),
    "ES": ("34", "", [["6##", "###", "###"], ["7##", "##", "##", "##"]], [["91", "###", "##", "##"], ["93", "###", "##", "##"], ["96", "###", "####"]]),
    "MX": ("52", "", [["55", "####", "####"], ["33", "####", "####"], ["81", "####", "####"]], [["55", "####", "####"]]),
    "CO": ("57", "", [["3##", "###", "####"]], [["601", "###", "####"]]), "CL": ("56", "", [["9", "####", "####"]], [["2", "####", "####"]]),
    "AR": ("54", "0", [["9", "11", "####-####"]], [["11", "####-####"]]),
    "BR": ("55", "0", [["11", "9####-####"], ["21", "9####-####"], ["41", "9####-####"], ["47", "9####-####"]], [["11", "####-####"], ["41", "####-####"]]),
    "PT": ("351", "", [["91#", "###", "###"], ["93#", "###", "###"], ["96#", "###", "###"]], [["21", "###", "####"], ["22", "###", "####"]]),
    "RU": ("7", "8", [["9##", "###-##-##"]], [["495", "###-##-##"], ["812", "###-##-##"], ["343", "###-##-##"]]),
    "KZ": ("7", "8", [["70#", "###-##-##"]], [["727", "###-##-##"]]),
    "FR": ("33", "0", [["6", "##", "##", "##", "##"], ["7", "##", "##", "##", "##"]], [["1", "##", "##", "##", "##"], ["4", "##", "##", "##", "##"]]),
    "IT": ("39", "", [["3##", "###", "####"]], [["02", "####", "####"], ["06", "####", "####"]]),
    "NL": ("31", "0", [["6", "########"]], [["20", "###", "####"], ["10", "###", "####"]]),
    "PL": ("48", "", [["5##", "###", "###"], ["6##", "###", "###"]], [["22", "###", "##", "##"]]),
    "TR": ("90", "0", [["5##", "###", "##", "##"]], [["212", "###", "##", "##"], ["224", "###", "##", "##"]]),
    "AE": ("971", "0", [["5#", "###", "####"]], [["4", "###", "####"]]), "SA": ("966", "0", [["5#", "###", "####"]], [["11", "###", "####"]]),
    "IN": ("91", "0", [["9####", "#####"], ["8####", "#####"]], [["22", "####", "####"], ["11", "####", "####"]]),
    "VN": ("84", "0", [["9#", "###", "####"], ["3#", "###", "####"]], [["28", "####", "####"]]),
    "KR": ("82", "0", [["10", "####", "####"]], [["2", "####", "####"]]), "JP": ("81", "0", [["90", "####", "####"], ["80", "####", "####"]], [["3", "####", "####"]]),
    "HK": ("852", "", [["9###", "####"], ["6###", "####"]], [["2###", "####"], ["3###", "####"]]),
    "SG": ("65", "", [["9###", "####"], ["8###", "####"]], [["6###", "####"]]),
    "AU": ("61", "0", [["4##", "###", "###"]], [["2", "####", "####"]]), "TH": ("66", "0", [["8#", "###", "####"]], [["2", "###", "####"]]),
    "ID": ("62", "0", [["81#", "####", "####"]], [["21", "####", "####"]]), "MY": ("60", "0", [["12", "###", "####"]], [["3", "####", "####"]]),
    "EG": ("20", "0", [["10", "####", "####"]], [["2", "####", "####"]]), "NG": ("234", "0", [["803", "###", "####"]], [["1", "###", "####"]]),
    "ZA": ("27", "0", [["82", "###", "####"]], [["11", "###", "####"]]),
}
FW = str.maketrans(DIG + "+", "０１２３４５６７８９＋")
US_AREA = ["212", "415", "312", "713", "305", "213", "404", "617", "206", "972", "646", "562"]
CA_AREA = ["416", "604", "514", "905"]
def phone(cc, mob=True):
    code, trunk, mobs, lands = PH[cc]
    g = [fill("N" + x[1:] if i == 1 and not mob and x[0] == "#" else x) for i, x in enumerate(C(mobs if mob else lands))]
    if code == "1":
        a, b, c = C(US_AREA if cc == "US" else CA_AREA), g[1], g[2]
        return C([f"+1 ({a}) {b}-{c}", f"+1 {a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"001-{a}-{b}-{c}"]), "nanp"
    st = C(["intl", "intl", "intl", "dash", "00", "compact", "paren", "national", "national"])
    if st == "paren" and not (cc in ("RU", "KZ", "BR") or (trunk == "0" and not mob)): st = "intl"
    if st == "national" and cc == "AR" and mob: st = "intl"
    if st == "intl": v = f"+{code} " + " ".join(g)
    elif st == "dash": v = f"+{code}-" + "-".join(g)
    elif st == "00": v = f"00{code} " + " ".join(g)
    elif st == "compact": v = f"+{code}" + "".join(g).replace("-", "")
    elif st == "paren": v = f"+{code} ({g[0]}) " + " ".join(g[1:]) if cc in ("RU", "KZ", "BR") else f"+{code} (0){g[0]} " + " ".join(g[1:])
    elif cc in ("RU", "KZ"): v = f"8 ({g[0]}) " + " ".join(g[1:])
    elif cc == "BR": v = f"({g[0]}) " + " ".join(g[1:])
    elif cc == "CN" and not mob: v = f"0{g[0]}-" + C(["".join(g[1:]), " ".join(g[1:])])
    elif cc in ("KR", "JP"): v = trunk + "-".join(g)
    elif cc == "CN": v = C([" ".join(g), "".join(g), "-".join(g)])
    else: v = trunk + g[0] + " " + " ".join(g[1:])
    if cc == "CN" and mob and st == "national" and R.random() < .35: return v.replace(" ", "").translate(FW), "cn_mobile_fullwidth"
    return v, f"{cc.lower()}_{'mob' if mob else 'land'}_{st}"

# ---------------------------------------------------------------- people, companies
NAMES = {
    "en": [("James", "Carter"), ("Emily", "Brooks"), ("Michael", "Nguyen"), ("Sarah", "Patel"), ("David", "Okafor"), ("Laura", "Kim"),
           ("Tom", "Fischer"), ("Rachel", "Haddad"), ("Kevin", "O'Brien"), ("Priya", "Sharma"), ("Omar", "Al-Mansouri"), ("Hannah", "Lee")],
    "es": [("Carlos", "Martínez"), ("Lucía", "Fernández"), ("Javier", "Gómez"), ("Marta", "Ruiz"), ("Alejandro", "Torres"), ("Sofía", "Herrera"), ("Diego", "Castillo")],
    "de": [("Thomas", "Müller"), ("Anna", "Schmidt"), ("Lukas", "Weber"), ("Julia", "Becker"), ("Stefan", "Hoffmann"), ("Katrin", "Schäfer"), ("Jörg", "Krüger")],
    "pt": [("João", "Silva"), ("Ana", "Costa"), ("Pedro", "Oliveira"), ("Mariana", "Santos"), ("Rafael", "Pereira"), ("Beatriz", "Almeida"), ("Tiago", "Rodrigues")],
    "ru": [("Иван", "Петров", "Ivan", "Petrov"), ("Анна", "Смирнова", "Anna", "Smirnova"), ("Дмитрий", "Волков", "Dmitry", "Volkov"),
           ("Елена", "Кузнецова", "Elena", "Kuznetsova"), ("Сергей", "Новиков", "Sergey", "Novikov"), ("Ольга", "Морозова", "Olga", "Morozova")],
    "zh": [("王丽", "Lily", "Wang"), ("李伟", "Jack", "Li"), ("张敏", "Amy", "Zhang"), ("刘洋", "Kevin", "Liu"), ("陈静", "Coco", "Chen"),
           ("杨帆", "Sunny", "Yang"), ("赵磊", "Eric", "Zhao"), ("黄婷", "Vivian", "Huang")],
}
def asc(s): return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s.lower()))
def person(lang):
    t = C(NAMES[lang])
    if lang == "ru": return {"show": C([f"{t[0]} {t[1]}", f"{t[1]} {t[0]}"]), "f": asc(t[2]), "l": asc(t[3]), "fn": t[0]}
    if lang == "zh": return {"show": C([t[0], f"{t[0]} {t[1]}", f"{t[1]} {t[2]}"]), "f": asc(t[1]), "l": asc(t[2]), "fn": t[1]}
    return {"show": f"{t[0]} {t[1]}", "f": asc(t[0]), "l": asc(t[1]), "fn": t[0]}
W1 = ["Apex", "Bluewave", "Northgate", "Sunrise", "Evergreen", "Pinnacle", "Harbor", "Summit", "Vertex", "Goldleaf", "Orion", "Redstone", "Trident"]
W2 = ["Trading", "Industrial", "Supply", "Imports", "Hardware", "Packaging", "Lighting", "Electronics", "Textiles", "Tools"]
SUF = {"US": ["LLC", "Inc.", "Corp."], "GB": ["Ltd", "Limited"], "DE": ["GmbH", "GmbH & Co. KG", "AG"], "AT": ["GmbH"], "CH": ["AG", "GmbH"],
       "ES": ["S.L.", "S.A."], "MX": ["S.A. de C.V."], "CO": ["S.A.S."], "CL": ["SpA"], "AR": ["S.R.L."], "BR": ["Ltda.", "Importação Ltda.", "S.A."],
       "PT": ["Lda.", "S.A."], "FR": ["SARL", "SAS"], "IT": ["S.r.l."], "NL": ["B.V."], "PL": ["Sp. z o.o."], "TR": ["Ltd. Şti."],
       "AE": ["FZE", "Trading LLC"], "IN": ["Pvt. Ltd."], "SG": ["Pte. Ltd."], "HK": ["Limited"], "VN": ["Co., Ltd"], "KR": ["Co., Ltd."],
       "JP": ["Co., Ltd."], "AU": ["Pty Ltd"], "CA": ["Inc."]}
TLD = {"US": ".com", "GB": ".co.uk", "DE": ".de", "AT": ".at", "CH": ".ch", "ES": ".es", "MX": ".com.mx", "CO": ".com.co", "CL": ".cl",
       "AR": ".com.ar", "BR": ".com.br", "PT": ".pt", "RU": ".ru", "KZ": ".kz", "FR": ".fr", "IT": ".it", "NL": ".nl", "PL": ".pl",
       "TR": ".com.tr", "AE": ".ae", "IN": ".in", "SG": ".com.sg", "HK": ".com.hk", "VN": ".vn", "KR": ".co.kr", "JP": ".co.jp",
       "AU": ".com.au", "CA": ".ca"}
RUCO = [("ТехноСнаб", "tehnosnab"), ("Промресурс", "promresurs"), ("СтройИмпорт", "stroyimport"), ("Вектор", "vektor-trade"), ("Альфа Логистик", "alfalog")]
ZHCITY = [("宁波", "Ningbo", "nb"), ("义乌", "Yiwu", "yw"), ("深圳", "Shenzhen", "sz"), ("广州", "Guangzhou", "gz"), ("厦门", "Xiamen", "xm"), ("青岛", "Qingdao", "qd")]
ZHNAME = [("海天", "Haitian"), ("金华", "Jinhua"), ("恒达", "Hengda"), ("鑫源", "Xinyuan"), ("瑞丰", "Ruifeng"), ("永盛", "Yongsheng"), ("华信", "Huaxin")]
ZHPROD = [("五金", "Hardware", "hw"), ("电子", "Electronics", "elec"), ("包装", "Packaging", "pack"), ("照明", "Lighting", "light"), ("机械", "Machinery", "mach")]
CTRY = {"en": ["US", "US", "GB", "GB", "CN", "CN", "IN", "AE", "SG", "HK", "AU", "CA", "VN", "KR", "TR", "NL", "PL", "FR", "IT", "JP"],
        "zh": ["CN"], "es": ["ES", "ES", "MX", "MX", "CO", "CL", "AR", "CN"], "de": ["DE", "DE", "DE", "AT", "CH", "CN"],
        "pt": ["BR", "BR", "BR", "PT", "PT", "CN"], "ru": ["RU", "RU", "RU", "KZ", "CN"]}
def company(lang, cc=None):
    cc = cc or C(CTRY[lang])
    if cc == "CN":
        c, n, p = C(ZHCITY), C(ZHNAME), C(ZHPROD)
        slug = C([c[2] + asc(n[1]), asc(n[1]) + "-" + p[2], asc(n[1]) + p[2]])
        name = f"{c[0]}{n[0]}{p[0]}有限公司" if lang == "zh" and R.random() < .7 else f"{c[1]} {n[1]} {p[1]} Co., Ltd."
        return {"cc": cc, "name": name, "slug": slug, "dom": slug + C([".com", ".com", ".cn", ".com.cn", ".net"])}
    if cc in ("RU", "KZ"):
        n = C(RUCO)
        return {"cc": cc, "name": f"{'ООО' if cc == 'RU' else 'ТОО'} «{n[0]}»", "slug": n[1], "dom": n[1] + TLD[cc]}
    a, b = C(W1), C(W2)
    slug = C([asc(a), asc(a) + asc(b)[:4], asc(a) + "-" + asc(b)])
    return {"cc": cc, "name": f"{a} {b} {C(SUF[cc])}", "slug": slug, "dom": slug + TLD[cc]}
FREE = {"zh": ["163.com", "126.com", "foxmail.com", "aliyun.com", "sina.com"], "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com"],
        "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"], "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
        "pt": ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br", "sapo.pt"], "ru": ["yandex.ru", "mail.ru", "gmail.com", "bk.ru", "list.ru"]}
ROLE = {"en": ["sales", "export", "info", "purchasing"], "zh": ["sales", "export", "info"], "es": ["ventas", "compras", "info"],
        "de": ["einkauf", "vertrieb", "info"], "pt": ["vendas", "compras", "comercial"], "ru": ["zakaz", "sales", "info", "ved"]}
def email(lang, per, co):
    f, l = per["f"], per["l"]
    loc = C([f"{f}.{l}", f"{f[0]}.{l}", f, f"{f}{l[0]}", f"{f}_{rd(2)}", C(ROLE[lang]), C(ROLE[lang]) + rd(2)])
    if R.random() < .3:
        if lang == "zh" and R.random() < .4: return ("EMAIL", rd(1, "123456789") + rd(R.randint(7, 9)) + "@qq.com", "qq_mail")
        dom = C(FREE[lang])
    else: dom = co["dom"]
    r = R.random()
    if r < .06: return ("EMAIL", f"{loc} [at] {dom.replace('.', ' [dot] ')}", "obf_brackets")
    if r < .10: return ("EMAIL", f"{loc}(at){dom}", "obf_paren_at")
    if r < .13 and lang == "zh": return ("EMAIL", f"{loc}＠{dom}", "fullwidth_at")
    return ("EMAIL", f"{loc}@{dom}", "plain")
def url(co, per):
    d, s = co["dom"], co["slug"]
    k = C(["www", "https_www", "http", "https_path", "www_path", "bare", "alibaba", "mic", "linkedin", "instagram"])
    v = {"www": f"www.{d}", "https_www": f"https://www.{d}", "http": f"http://{d}", "https_path": f"https://{d}/en/",
         "www_path": f"www.{d}/products", "bare": d, "alibaba": f"https://{s.replace('-', '')}.en.alibaba.com",
         "mic": f"{s.replace('-', '')}.en.made-in-china.com", "linkedin": f"https://www.linkedin.com/in/{per['f']}-{per['l']}-{rd(6, DIG + LO)}",
         "instagram": f"https://www.instagram.com/{s.replace('-', '_')}.official"}[k]
    return ("URL", v, "url_" + k)
def handle(app, per, co):
    f, l = per["f"], per["l"]
    if app == "wechat":
        v = C([f"{f}_{rd(4)}", "wxid_" + rd(14, LO + DIG), f"{f}{l}{rd(3)}", f"{f.capitalize()}-{l.capitalize()}88", f"{co['slug'].replace('-', '')}_{f}"])
    elif app == "skype": v = C(["live:.cid." + rd(16, DIG + "abcdef"), f"live:{f}.{l}_{rd(1)}", f"{f}.{l}.{co['slug'].replace('-', '')}"])
    elif app == "telegram": v = C([f"@{f}_{l}", f"@{co['slug'].replace('-', '_')}_sales", f"t.me/{f}{l}", f"https://t.me/{co['slug'].replace('-', '')}_{f}"])
    elif app == "line": v = C([f"{f}.{rd(3)}", f"@{co['slug'].replace('-', '')}"])
    else: v = str(R.randint(10000, 3999999999))
    return ("MESSENGER_HANDLE", v, app)

# ---------------------------------------------------------------- addresses (list of parts)
def address(cc, lang):
    n = R.randint(1, 250)
    if cc == "US":
        city, stt, z = C([("Dallas", "TX", "752"), ("Los Angeles", "CA", "900"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"),
                          ("Miami", "FL", "331"), ("Edison", "NJ", "088"), ("Atlanta", "GA", "303"), ("Seattle", "WA", "981")])
        p1 = f"{R.randint(10, 9999)} {C(['Industrial Pkwy', 'Commerce Dr', 'W 34th St', 'Market Street', 'Enterprise Blvd', 'Harbor Way'])}"
        return [p1 + C(["", f", Suite {R.randint(100, 950)}", f" Unit {R.randint(1, 40)}"]), f"{city}, {stt} {z}{rd(2)}"] + C([[], ["USA"]])
    if cc == "CA": return [f"{R.randint(10, 999)} Rue Saint-Antoine O", f"Montréal, QC H2Z {R.randint(1, 9)}J{R.randint(1, 9)}", "Canada"]
    if cc == "GB":
        town, a = C([("Manchester", "M"), ("Leeds", "LS"), ("Birmingham", "B"), ("Bristol", "BS"), ("Glasgow", "G"), ("Leicester", "LE")])
        pc = f"{a}{R.randint(1, 20)} {R.randint(1, 9)}{rd(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return [C([f"Unit {R.randint(1, 30)}, {C(['Riverside', 'Centurion', 'Lowfields'])} Trading Estate", f"{n} {C(['Church Lane', 'Station Road', 'Mill Street'])}"]),
                f"{town} {pc}"] + C([[], ["United Kingdom"], ["UK"]])
    if cc in ("DE", "AT", "CH"):
        st = C(["Industriestraße", "Hauptstraße", "Am Hafen", "Gewerbepark", "Robert-Bosch-Straße", "Hansaallee", "Carl-Zeiss-Ring"])
        if cc == "DE": city, pre, ct = *C([("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Bremen", "28")]), C(["Germany", "Deutschland"])
        elif cc == "AT": city, pre, ct = *C([("Wien", "1"), ("Graz", "8")]), "Österreich"
        else: city, pre, ct = *C([("Zürich", "8"), ("Basel", "4")]), "Schweiz"
        return [f"{st} {n}{C(['', '', 'a', 'b'])}", f"{pre}{rd(5 - len(pre) - (cc != 'DE'))} {city}"] + C([[], [ct]])
    if cc == "CN" and lang == "zh" and R.random() < .8:
        pr, ci, di = C([("浙江省", "宁波市", "鄞州区"), ("浙江省", "义乌市", "福田街道"), ("广东省", "深圳市", "宝安区"), ("广东省", "广州市", "白云区"),
                        ("福建省", "厦门市", "湖里区"), ("山东省", "青岛市", "黄岛区"), ("江苏省", "苏州市", "吴中区")])
        tail = C([f"{C('ABCD')}栋{R.randint(1, 12)}楼", f"{C(['金桥', '国贸', '创业'])}大厦{C('AB')}座{R.randint(2, 30)}{R.randint(1, 20):02d}室", f"{R.randint(1, 8)}号厂房", ""])
        return [C(["", "中国"]) + f"{pr}{ci}{di}{C(['中山路', '工业大道', '人民路', '长江路', '创业路'])}{n}号{tail}"]
    if cc == "CN":
        ci, pr, pc, di = C([("Ningbo", "Zhejiang", "315", "Yinzhou District"), ("Yiwu", "Zhejiang", "322", "Futian Street"), ("Shenzhen", "Guangdong", "518", "Bao'an District"),
                            ("Guangzhou", "Guangdong", "510", "Baiyun District"), ("Xiamen", "Fujian", "361", "Huli District"), ("Qingdao", "Shandong", "266", "Huangdao District")])
        b = C([f"Room {R.randint(2, 30)}{R.randint(1, 20):02d}, Block {C('ABC')}, {C(['Jinqiao', 'Times', 'Wanda'])} Plaza, ", f"Building {R.randint(1, 9)}, ", f"{R.randint(2, 6)}F, ", ""])
        return [f"{b}No. {n} {C(['Zhongshan Road', 'Industrial Avenue', 'Changjiang Road', 'Chuangye Road'])}", di, f"{ci}, {pr} {pc}{rd(3)}", "China"][:C([3, 4, 4])]
    if cc == "HK": return [f"Flat {R.randint(1, 30)}{C('ABCD')}, {R.randint(2, 30)}/F, {C(['Wing Hing', 'Kwai Fung', 'Sunray'])} Industrial Building", f"{n} Hing Yip Street, Kwun Tong", "Kowloon, Hong Kong"]
    if cc == "ES":
        city, pre = C([("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Alicante", "03"), ("Zaragoza", "50")])
        return [C([f"C/ {C(['Gran Vía', 'Mayor', 'del Marco', 'de la Industria'])} {n}, {R.randint(1, 8)}º {C(['izq.', 'dcha.', 'B'])}", f"Avda. de la Constitución {n}", f"Polígono Industrial Las Atalayas, Nave {R.randint(1, 40)}"]),
                f"{pre}{rd(3)} {city}"] + C([[], ["España"]])
    if cc == "MX":
        return [f"Av. {C(['Insurgentes Sur', 'Vallarta', 'Constitución'])} {R.randint(100, 3000)}, Piso {R.randint(1, 9)}", f"Col. {C(['Del Valle', 'Centro', 'Obrera'])}",
                f"{rd(5)} {C(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}"] + C([[], ["México"]])
    if cc == "CO": return [f"Calle {R.randint(10, 120)} # {R.randint(1, 80)}-{R.randint(1, 99)}, Oficina {R.randint(101, 904)}", "Bogotá, Colombia"]
    if cc == "CL": return [f"Av. Providencia {R.randint(100, 2500)}, Of. {R.randint(101, 1200)}", "Providencia, Santiago", "Chile"]
    if cc == "AR": return [f"Av. Corrientes {R.randint(100, 5000)}, Piso {R.randint(1, 12)}", f"C{rd(4)}{rl(3)} CABA", "Argentina"]
    if cc == "PT":
        return [f"{C(['Rua Augusta', 'Av. da Liberdade', 'Rua de Santa Catarina'])} {n}, {R.randint(1, 6)}.º {C(['Esq.', 'Dto.'])}",
                C([f"1{rd(3)}-{rd(3)} Lisboa", f"4{rd(3)}-{rd(3)} Porto"])] + C([[], ["Portugal"]])
    if cc == "BR":
        city, uf, pre = C([("São Paulo", "SP", "01"), ("Curitiba", "PR", "80"), ("Rio de Janeiro", "RJ", "20"), ("Belo Horizonte", "MG", "30"), ("Itajaí", "SC", "88")])
        return [f"{C(['Av. Paulista', 'Rua XV de Novembro', 'Rua das Flores', 'Av. Brasil'])}, {R.randint(10, 3000)}{C(['', f', Sala {R.randint(1, 90)}', f' - Galpão {R.randint(1, 9)}'])} - {C(['Centro', 'Bela Vista', 'Distrito Industrial'])}",
                f"{city} - {uf}", f"CEP {pre}{rd(3)}-{rd(3)}"] + C([[], ["Brasil"]])
    if cc in ("RU", "KZ"):
        if cc == "KZ": return [f"{rd(6)}, г. {C(['Алматы', 'Астана'])}", f"пр. {C(['Абая', 'Назарбаева'])}, д. {n}, офис {R.randint(1, 400)}"] + C([[], ["Казахстан"]])
        city, pre = C([("Москва", "1"), ("Санкт-Петербург", "19"), ("Екатеринбург", "620"), ("Новосибирск", "630"), ("Казань", "420")])
        st = f"{C(['ул. Тверская', 'Ленинский пр-т', 'ул. Промышленная', 'ш. Энтузиастов', 'ул. Складочная'])}, д. {n}{C(['', f', стр. {R.randint(1, 5)}'])}{C(['', f', офис {R.randint(1, 500)}'])}"
        idx = pre + rd(6 - len(pre))
        return C([[f"{idx}, г. {city}", st], [st, f"г. {city}, {idx}"]]) + C([[], ["Россия"]])
    if cc == "FR": return [f"{n} rue de la {C(['République', 'Gare', 'Paix'])}", f"{C(['69', '75', '13'])}0{R.randint(1, 9):02d} {C(['Lyon', 'Paris', 'Marseille'])}", "France"]
    if cc == "IT": return [f"Via {C(['Roma', 'Garibaldi', 'dell’Industria'])} {n}", f"{C(['20', '10', '40'])}1{rd(2)} {C(['Milano (MI)', 'Torino (TO)', 'Bologna (BO)'])}", "Italia"]
    if cc == "NL": return [f"{C(['Keizersgracht', 'Industrieweg', 'Havenstraat'])} {n}", f"{R.randint(1000, 9999)} {rl(2)} {C(['Amsterdam', 'Rotterdam', 'Venlo'])}", "Netherlands"]
    if cc == "PL": return [f"ul. {C(['Marszałkowska', 'Przemysłowa', 'Długa'])} {n}/{R.randint(1, 90)}", f"{rd(2)}-{rd(3)} {C(['Warszawa', 'Poznań', 'Łódź'])}", "Poland"]
    if cc == "TR": return [f"Organize Sanayi Bölgesi, {R.randint(1, 30)}. Cadde No:{R.randint(1, 99)}", f"16{rd(3)} Nilüfer/Bursa", "Türkiye"]
    if cc == "AE": return [C([f"Office {R.randint(101, 3200)}, Al Moosa Tower 2, Sheikh Zayed Road", f"Warehouse {R.randint(1, 80)}, Al Quoz Industrial Area 3"]), "Dubai, UAE"]
    if cc == "IN": return [f"Plot No. {n}, Sector {R.randint(1, 90)}", f"{C(['Gurugram, Haryana 1220', 'Noida, Uttar Pradesh 2013', 'Ahmedabad, Gujarat 3800'])}{rd(2)}", "India"]
    if cc == "SG": return [f"{R.randint(1, 99)} Ubi Crescent, #{R.randint(1, 12):02d}-{R.randint(1, 40):02d} Ubi Techpark", f"Singapore 408{rd(3)}"]
    if cc == "VN": return [f"Lô B{R.randint(1, 9)}, KCN Tân Tạo, Q. Bình Tân", "TP. Hồ Chí Minh, Vietnam"]
    if cc == "KR": return [f"{n}, Teheran-ro, Gangnam-gu", f"Seoul 06{rd(3)}, Korea"]
    if cc == "JP": return [f"{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 30)} Shibaura, Minato-ku", f"Tokyo 105-00{rd(2)}, Japan"]
    if cc == "AU": return [f"Unit {R.randint(1, 30)}, {n} Lorraine St", f"Peakhurst NSW 22{rd(2)}", "Australia"]
    return address("US", lang)
def addr_item(cc, lang, multiline=True):
    parts = address(cc, lang)
    if multiline and len(parts) > 1 and R.random() < .45:
        k = R.randint(1, len(parts) - 1)
        return ("POSTAL_ADDRESS", ", ".join(parts[:k]) + "\n" + ", ".join(parts[k:]), f"addr_{cc.lower()}_2line")
    sep = " - " if cc == "BR" and R.random() < .5 else ", "
    return ("POSTAL_ADDRESS", sep.join(parts), f"addr_{cc.lower()}_1line")

# ---------------------------------------------------------------- negatives
MON = {"en": "January February March April May June July August September October November December".split(),
       "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
       "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}
WDAY = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(), "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
        "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(), "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
        "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split()}
def rdate(): return datetime.date(2024, 1, 1) + datetime.timedelta(days=R.randint(0, 600))
def date(lang, d=None, long=False):
    d = d or rdate()
    if lang == "zh": return C([f"{d.year}年{d.month}月{d.day}日", d.isoformat(), f"{d.year}/{d.month}/{d.day}"])
    if long or R.random() < .3:
        m = MON.get(lang, MON["en"])[d.month - 1]
        return {"en": C([f"{m[:3]} {d.day}, {d.year}", f"{d.day} {m} {d.year}"]), "es": f"{d.day} de {m} de {d.year}", "pt": f"{d.day} de {m} de {d.year}",
                "de": f"{d.day}. {m} {d.year}", "ru": f"{d.day} {m} {d.year} г."}[lang]
    return C({"en": [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y")], "es": [d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y")],
              "de": [d.strftime("%d.%m.%Y")], "pt": [d.strftime("%d/%m/%Y")], "ru": [d.strftime("%d.%m.%Y")]}[lang])
def num(x, lang):
    s = f"{x:,.2f}"
    if lang in ("es", "de", "pt"): return s.translate(str.maketrans(",.", ".,"))
    if lang == "ru": return s.replace(",", " ").replace(".", ",")
    return s
def price(x, lang):
    s = num(x, lang)
    return C({"en": [f"USD {s}", f"${s}", f"US$ {s}", f"EUR {s}"], "zh": [f"USD {s}", f"¥{s}", f"RMB {s}"], "es": [f"{s} €", f"USD {s}", f"MXN ${s}"],
              "de": [f"{s} €", f"EUR {s}", f"{s} EUR"], "pt": [f"R$ {s}", f"US$ {s}", f"€ {s}"], "ru": [f"{s} USD", f"{s} руб.", f"{s} ₽"]}[lang])
UNIT = {"en": ["pcs", "sets", "ctns", "pairs"], "zh": ["件", "个", "套", "pcs"], "es": ["uds.", "piezas", "pzas"], "de": ["Stk.", "Stück", "VE"], "pt": ["pçs", "unid.", "peças"], "ru": ["шт.", "компл."]}
def qty(lang): q = R.choice([50, 100, 200, 500, 1000, 2000, 3000, 5000, 12000]); return q, f"{num(q, lang)[:-3]} {C(UNIT[lang])}"
def po(): return C([f"PO-{R.randint(2024, 2025)}-{rd(4)}", "4500" + rd(6), f"PO#{rd(5)}", f"ORD{rd(7)}", f"SO-{rd(6)}"])
def inv(): return C([f"INV-{R.randint(2024, 2025)}-{rd(4)}", f"CI{rd(8)}", f"PI{R.randint(24, 25)}{rd(2)}-{rd(3)}", f"HT{R.randint(2024, 2025)}{rd(4)}", f"{rl(2)}{rd(6)}"])
def sku(): return C([f"SKU-{rl(3)}-{rd(4)}", f"{rl(2)}-{rd(4)}{rl(1)}", f"{rl(1)}{rd(1)}-{R.randint(10, 200)}W-{C(['BK', 'WH', 'SV'])}", f"{rd(3)}.{rd(3)}.{rd(2)}", f"{rl(3)}{rd(5)}"])
def hs(): return C(["8517.62.00", "8471.30.0100", "9403.60", "6109.10", "8504.40.95", "3926.90.9790", "8708.29", "7318.15.00", "6402.99", "8541.43",
                    "9405.42", "8471300000", "85176200", "39239000", "9405.11.00.00", "8516.60.4060"])
def weight(lang, x): w = num(x, lang); return C({"en": [f"{w} KGS", f"{w} kg"], "zh": [f"{w}kg", f"{w} KGS"], "es": [f"{w} kg"], "de": [f"{w} kg"], "pt": [f"{w} kg"], "ru": [f"{w} кг"]}[lang])
def dims(): a, b, c = R.randint(20, 120), R.randint(20, 100), R.randint(10, 90); return C([f"{a}x{b}x{c} cm", f"{a}×{b}×{c}cm", f"{a*10} x {b*10} x {c*10} mm", f"{a}*{b}*{c}cm"])
def cbm(lang): return num(R.uniform(0.5, 67), lang)[:-1] + " CBM"
CV = dict(zip(UP, [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38]))
def container():
    own = C(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "TCNU", "CSNU", "EGHU", "ONEU", "SEGU", "TRHU", "BMOU", "FCIU"])
    s = own + rd(6)
    t = str(sum((CV[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(s)) % 11 % 10)
    return C([s + t, s + t, f"{own} {s[4:]} {t}", f"{own} {s[4:]}-{t}", f"{own}{s[4:]}-{t}"])
def ean():
    def mk(p): return p + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(p)) % 10) % 10)
    return until(lambda: mk(C(["690", "693", "694", "400", "426", "789", "841", "460", "560"]) + rd(9)), lambda e: not luhn_ok(e))
def bl(): return C([f"MEDU{rd(7)}", f"COSU{rd(10)}", f"HLCUNGB{rd(7)}", f"MAEU{rd(9)}", f"ONEY{rl(3)}{rd(8)}", f"EGLV{rd(12)}"])
def seal(): return C([f"ML-{rd(7)}", f"CN{rd(7)}", f"H{rd(6)}", f"{rl(2)}{rd(6)}"])
def tracking(): return C([f"1Z{rd(6, UP + DIG)}{rd(2)}{rd(8)}", rd(10), rd(12), f"{C(['EE', 'LP', 'RR', 'CP'])}{rd(9)}{C(['CN', 'DE', 'US'])}", f"SF{rd(13)}"])
def _lb16(): d = until(lambda: C(["4", "5", "6"]) + rd(15), lambda d: not luhn_ok(d)); return C([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])
def num18(): return until(lambda: C(["3101", "5316", "2233", "4403"]) + rd(14), lambda d: not cnid_ok(d) and not bad_neg(d))
TERMS = {"en": ["30% T/T deposit, 70% before shipment", "L/C at sight", "100% T/T in advance", "Net 30", "CAD"], "zh": ["30%定金，70%发货前付清", "T/T 30/70", "信用证即期"],
         "es": ["30% anticipo, 70% contra copia de B/L", "Carta de crédito a la vista", "T/T 50/50"], "de": ["30 % Anzahlung, Rest vor Versand", "Zahlbar innerhalb 30 Tagen netto", "Akkreditiv"],
         "pt": ["30% de sinal, 70% contra cópia do BL", "Carta de crédito à vista", "T/T 100% antecipado"], "ru": ["100% предоплата", "30% аванс, 70% до отгрузки", "аккредитив"]}
PLACES = ["FOB Ningbo", "FOB Shanghai", "CIF Santos", "EXW Shenzhen", "DAP Hamburg", "CFR Novorossiysk", "CIF Valencia", "FOB Xiamen", "CIF Manzanillo", "DDP Los Angeles", "FCA Qingdao", "CIF Lisboa"]
CAPSW = ["SHIPMENT", "CUSTOMER", "DELIVERY", "ORIGINAL", "QUANTITY", "PURCHASE", "SHIPPING", "PACKAGES", "MEASUREMENT", "COMMODITIES", "CERTIFICATE"]
def vat(cc):
    return C({"DE": [("VAT_ID", f"USt-IdNr.: ", f"DE{rd(9)}"), ("COMPANY_REG", "Amtsgericht Hamburg ", f"HRB {rd(6)}")],
              "AT": [("VAT_ID", "UID: ", f"ATU{rd(8)}")], "CH": [("VAT_ID", "UID: ", f"CHE-{rd(3)}.{rd(3)}.{rd(3)} MWST")],
              "GB": [("VAT_ID", "VAT No. ", f"GB {rd(3)} {rd(4)} {rd(2)}"), ("COMPANY_REG", "Registered in England No. ", "0" + rd(7))],
              "ES": [("VAT_ID", "CIF: ", f"B{rd(8)}"), ("VAT_ID", "NIF-IVA: ", f"ESB{rd(8)}")], "MX": [("TAX_ID", "RFC: ", f"{rl(3)}{rd(6)}{rl(2)}{rd(1)}")],
              "PT": [("VAT_ID", "NIF: ", "5" + rd(8))], "BR": [("COMPANY_REG", "CNPJ: ", f"{rd(2)}.{rd(3)}.{rd(3)}/0001-{rd(2)}")],
              "RU": [("TAX_ID", "ИНН/КПП: ", f"77{rd(8)}/77{rd(7)}"), ("COMPANY_REG", "ОГРН: ", "1" + rd(12))], "KZ": [("COMPANY_REG", "БИН: ", rd(12))],
              "CN": [("COMPANY_REG", C(["统一社会信用代码：", "USCC: "]), f"91{rd(6)}{rd(10, UP + DIG)}")], "US": [("TAX_ID", "EIN: ", f"{rd(2)}-{rd(7)}")],
              "IN": [("TAX_ID", "GSTIN: ", f"{rd(2)}{rl(5)}{rd(4)}{rl(1)}1Z{rd(1)}")], "FR": [("VAT_ID", "TVA: ", f"FR{rd(11)}")],
              "IT": [("VAT_ID", "P.IVA ", f"IT{rd(11)}")], "NL": [("VAT_ID", "BTW: ", f"NL{rd(9)}B01")], "PL": [("VAT_ID", "NIP: ", f"PL{rd(10)}")],
              }.get(cc, [("COMPANY_REG", "Reg. No. ", rd(8))]))

# ---------------------------------------------------------------- message builder
class Retry(Exception): pass
class B:
    def __init__(s, lang): s.lang, s.parts, s.sp, s.ng, s.pos = lang, [], [], [], 0
    def t(s, x): s.parts.append(x); s.pos += len(x); return s
    def p(s, typ, val, sub): s.sp.append({"start": s.pos, "end": s.pos + len(val), "type": typ, "value": val, "sub": sub}); return s.t(val)
    def n(s, kind, val):
        if bad_neg(val): raise Retry
        s.ng.append({"start": s.pos, "end": s.pos + len(val), "kind": kind, "value": val}); return s.t(val)
    def items(s, its):
        for it in its:
            if isinstance(it, str): s.t(it)
            elif it[0] == "~": s.n(it[1], it[2])
            else: s.p(*it)
        return s
    def lines(s, ls, prefix=""):
        for i, ln in enumerate(ls):
            if i or s.pos: s.t("\n")
            s.t(prefix).items(ln)
        return s
def lab(x): return x if not x or x.endswith(("：", " ")) else x + " "
LAB = {"en": dict(tel=["Tel:", "T:", "Tel.", "Phone:", "Office:"], mob=["Mob/WhatsApp:", "Mobile:", "M:", "Cell/WhatsApp:", "WhatsApp:"], wechat=["WeChat:", "Wechat ID:"],
                  email=["Email:", "E-mail:", "E:", "Mail:"], web=["Web:", "Website:", "W:"], addr=["Add:", "Address:", "Addr:", ""], skype=["Skype:"], telegram=["Telegram:", "TG:"], fax=["Fax:"]),
       "zh": dict(tel=["电话：", "座机：", "Tel："], mob=["手机/微信：", "手机：", "手机(微信同号)："], wechat=["微信：", "微信号：", "WeChat："], email=["邮箱：", "Email：", "E-mail："],
                  web=["网址：", "官网："], addr=["地址：", "公司地址：", "厂址："], qq=["QQ：", "QQ号："], fax=["传真："]),
       "es": dict(tel=["Tel.:", "Tel:", "Teléfono:"], mob=["Móvil/WhatsApp:", "Cel.:", "Móvil:", "WhatsApp:"], wechat=["WeChat:"], email=["Correo:", "E-mail:", "Email:"],
                  web=["Web:", "Sitio web:"], addr=["Dirección:", ""], skype=["Skype:"], fax=["Fax:"]),
       "de": dict(tel=["Tel.:", "Telefon:", "T "], mob=["Mobil:", "Mobil/WhatsApp:", "Handy:"], wechat=["WeChat:"], email=["E-Mail:", "Mail:"],
                  web=["Web:", "Internet:"], addr=[""], skype=["Skype:"], fax=["Fax:"]),
       "pt": dict(tel=["Tel.:", "Telefone:", "Fone:"], mob=["Cel./WhatsApp:", "Celular:", "WhatsApp:"], wechat=["WeChat:"], email=["E-mail:", "Email:"],
                  web=["Site:", "Web:"], addr=["Endereço:", "End.:", ""], skype=["Skype:"], fax=["Fax:"]),
       "ru": dict(tel=["Тел.:", "Тел:", "Телефон:"], mob=["Моб./WhatsApp:", "Моб.:", "WhatsApp/Viber:"], wechat=["WeChat:"], email=["E-mail:", "Эл. почта:", "Почта:"],
                  web=["Сайт:", "Web:"], addr=["Адрес:", "Юр. адрес:", "Факт. адрес:"], telegram=["Telegram:", "Телеграм:"], fax=["Факс:"])}
CLOSE = {"en": ["Best regards,", "Kind regards,", "Thanks & regards,", "Regards,"], "zh": ["此致", "祝好！", "谢谢！", "Best regards,"],
         "es": ["Saludos cordiales,", "Un saludo,", "Atentamente,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
         "pt": ["Atenciosamente,", "Abraços,", "Cumprimentos,"], "ru": ["С уважением,", "С наилучшими пожеланиями,", "Спасибо,"]}
TITLE = {"en": ["Sales Manager", "Export Manager", "Purchasing Director", "Sourcing Specialist", "Account Manager", "Logistics Coordinator"],
         "zh": ["外贸业务员", "销售经理", "采购部", "总经理", "外贸部经理"], "es": ["Gerente de Ventas", "Jefe de Compras", "Director Comercial"],
         "de": ["Vertriebsleiter", "Einkauf", "Key Account Manager", "Geschäftsführer"], "pt": ["Gerente Comercial", "Comprador", "Diretora de Importação"],
         "ru": ["Менеджер по закупкам", "Коммерческий директор", "Руководитель отдела ВЭД"]}
def sig_lines(lang, co, per, quoted=False, short=False, intro=False):
    L = LAB[lang]
    lb = lambda k: lab(C(L[k]))
    head = [] if short or intro else ([[C(CLOSE[lang])]] if R.random() < .6 else []) + ([["--"]] if R.random() < .2 else [])
    head += [[per["show"]]] + ([[C(TITLE[lang])]] if R.random() < .7 else []) + ([[co["name"]]] if R.random() < .85 or not short else [])
    cc, body = co["cc"], []
    if not short and lang == "de" and R.random() < .6: head.append([addr_item(cc, lang, not quoted)])
    elif not short and R.random() < .55: body.append(("addr", [lb("addr"), addr_item(cc, lang, not quoted)]))
    if R.random() < .55: body.append(("tel", [lb("tel"), phone(cc, False)]))
    if R.random() < .8: body.append(("mob", [lb("mob"), phone(cc, True)]))
    if cc == "CN" or R.random() < .12: body.append(("im", [lb("wechat"), handle("wechat", per, co) if R.random() < .6 else ("PHONE",) + phone("CN", True)]))
    app = C({"zh": ["qq"], "ru": ["telegram", "telegram"], "en": ["skype", "telegram", "line"]}.get(lang, ["skype"]))
    if R.random() < .25: body.append(("im", [lab(C(L.get(app, ["QQ：" if app == "qq" else app.capitalize() + ":"]))), handle(app, per, co)]))
    if R.random() < .9: body.append(("email", [lb("email"), email(lang, per, co)]))
    if R.random() < .5: body.append(("web", [lb("web"), url(co, per)]))
    if R.random() < .12: body.append(("fax", [lb("fax"), phone(cc, False)]))
    if not quoted and R.random() < .2: k, l, v = vat(cc); body.append(("vat", [l, ("~", k, v)]))
    out = []
    for i, (k, it) in enumerate(body):  # occasionally merge two contact lines
        if out and k in ("mob", "email") and R.random() < .2 and body[i - 1][0] in ("tel", "mob", "im"): out[-1] = out[-1] + [C([" | ", "  ", " / "])] + it
        else: out.append(it)
    return head + out
def P(v): return ("PHONE",) + v
def fix(ls):  # turn (value, sub) phone tuples into PHONE items
    return [[P(x) if isinstance(x, tuple) and len(x) == 2 else x for x in ln] for ln in ls]
LANGS = ["en"] * 108 + ["zh"] * 48 + ["es", "de", "pt", "ru"] * 36

# ---------------------------------------------------------------- generators
def g_signature(lang):
    b = B(lang)
    co = company(lang, "CN" if lang != "zh" and R.random() < .2 else None)
    intro = R.random() < .25
    if intro: b.t(C({"en": ["My contact details:", "Here is my card:"], "zh": ["我的联系方式："], "es": ["Mis datos de contacto:"],
                                "de": ["Meine Kontaktdaten:"], "pt": ["Meus contatos:"], "ru": ["Мои контакты:"]}[lang]))
    return b.lines(fix(sig_lines(lang, co, person(lang), intro=intro)))
BANKL = {"en": dict(h=["Bank details:", "Our banking information:", "Please remit to:", "BANK INFO"], ben=["Beneficiary:", "Beneficiary Name:", "Account Name:"],
                    badd=["Beneficiary Address:", "Address:"], bank=["Bank:", "Bank Name:", "Beneficiary Bank:"], acc=["Account No.:", "A/C No.:", "Account Number:", "Beneficiary A/C:"],
                    swift=["SWIFT:", "SWIFT Code:", "SWIFT/BIC:"], aba=["ABA Routing No.:", "Routing Number:", "ABA:"], ref=["Reference:", "Payment ref:"], amt=["Amount:", "Deposit:"]),
         "zh": dict(h=["银行信息：", "我司账户信息如下：", "收款账户："], ben=["收款人：", "户名：", "Beneficiary："], badd=["收款人地址："], bank=["开户行：", "收款银行："],
                    acc=["账号：", "银行账号：", "A/C No.："], swift=["SWIFT代码：", "SWIFT："], ref=["备注：", "付款备注："], amt=["金额：", "定金："]),
         "es": dict(h=["Datos bancarios:", "Datos para la transferencia:"], ben=["Beneficiario:", "Titular:"], badd=["Dirección del beneficiario:"], bank=["Banco:", "Entidad:"],
                    acc=["Cuenta:", "N.º de cuenta:"], swift=["SWIFT/BIC:", "Código SWIFT:"], ref=["Concepto:", "Referencia:"], amt=["Importe:", "Anticipo:"]),
         "de": dict(h=["Bankverbindung:", "Unsere Bankdaten:"], ben=["Kontoinhaber:", "Empfänger:", "Begünstigter:"], badd=["Anschrift:"], bank=["Bank:", "Kreditinstitut:"],
                    acc=["Kontonummer:", "Konto-Nr.:"], swift=["BIC:", "SWIFT-BIC:"], ref=["Verwendungszweck:"], amt=["Betrag:", "Anzahlung:"]),
         "pt": dict(h=["Dados bancários:", "Dados para pagamento:"], ben=["Favorecido:", "Beneficiário:"], badd=["Endereço do beneficiário:"], bank=["Banco:"],
                    acc=["Conta:", "Nº da conta:"], swift=["SWIFT:", "Código SWIFT/BIC:"], ref=["Referência:", "Descrição:"], amt=["Valor:", "Sinal:"]),
         "ru": dict(h=["Банковские реквизиты:", "Реквизиты для оплаты:"], ben=["Получатель:"], badd=["Адрес получателя:", "Юр. адрес:"], bank=["Банк:", "Банк получателя:"],
                    acc=["Р/с:", "Расчётный счёт:"], swift=["SWIFT:"], ref=["Назначение платежа:"], amt=["Сумма:"])}
BANKS = {"CN": ["Bank of China, Ningbo Branch", "Industrial and Commercial Bank of China, Yiwu Branch", "China Construction Bank, Shenzhen Branch"],
         "HK": ["HSBC Hong Kong", "Hang Seng Bank Ltd", "Standard Chartered Bank (Hong Kong)"], "US": ["JPMorgan Chase Bank, N.A.", "Bank of America, N.A.", "Wells Fargo Bank"],
         "DE": ["Deutsche Bank AG", "Commerzbank AG", "Sparkasse KölnBonn"], "RU": ["ПАО Сбербанк", "АО «Альфа-Банк»", "Банк ВТБ (ПАО)"], "MX": ["BBVA México", "Banorte"],
         "GB": ["Barclays Bank PLC", "HSBC UK Bank plc"], "NL": ["ING Bank N.V.", "ABN AMRO Bank N.V."], "ES": ["CaixaBank, S.A.", "Banco Santander, S.A."],
         "PT": ["Millennium bcp", "Caixa Geral de Depósitos"], "BR": ["Banco do Brasil S.A.", "Itaú Unibanco S.A."], "TR": ["Türkiye İş Bankası A.Ş.", "Garanti BBVA"],
         "AE": ["Emirates NBD", "Mashreq Bank PSC"], "AT": ["Erste Bank", "Raiffeisenlandesbank OÖ"], "CH": ["UBS Switzerland AG", "Zürcher Kantonalbank"],
         "KZ": ["АО «Kaspi Bank»", "АО «Халык Банк»"], "FR": ["BNP Paribas", "Crédit Agricole"], "IT": ["Intesa Sanpaolo", "UniCredit S.p.A."], "IN": ["HDFC Bank Ltd", "ICICI Bank"]}
ZHBANK = ["中国银行宁波分行", "中国工商银行义乌分行", "中国建设银行深圳分行", "招商银行广州分行"]
BANKCC = {"en": ["US", "US", "CN", "CN", "HK", "GB", "DE", "NL", "FR", "IT", "TR", "AE", "PL", "IE", "SA", "IN", "SG"], "zh": ["CN", "CN", "CN", "HK"],
          "es": ["ES", "ES", "MX", "MX", "CN"], "de": ["DE", "DE", "AT", "CH", "CN"], "pt": ["PT", "PT", "BR", "CN"], "ru": ["RU", "RU", "RU", "KZ", "CN"]}
def bank_lines(lang, pre=True):
    L = BANKL[lang]
    lb = lambda k: lab(C(L[k]))
    cc = C(BANKCC[lang])
    co = company(lang, cc if cc in CTRY[lang] or cc in SUF else None)
    ls = [[C(L["h"])]] if pre and R.random() < .7 else []
    ls.append([lb("ben"), co["name"]])
    if R.random() < .3: ls.append([lb("badd"), addr_item(co["cc"], lang, False)])
    bname = C(ZHBANK) if lang == "zh" and cc == "CN" else C(BANKS.get(cc, [f"{C(['National', 'Commercial', 'United', 'First'])} Bank of {cc}"]))
    ls.append([lb("bank"), bname])
    if cc in IBAN and (cc != "RU" or R.random() < .25): v, f = fmt_iban(make_iban(cc)); ls.append(["IBAN: ", ("IBAN", v, f"iban_{cc.lower()}_{f}")])
    if cc not in IBAN or cc == "RU":
        v, f = account(cc)
        ls.append([("CLABE: " if cc == "MX" and R.random() < .6 else lb("acc")), ("BANK_ACCOUNT", v, f)])
    if cc == "RU":
        ls.append(["К/с: ", ("BANK_ACCOUNT", "30101810" + rd(12), "ru_ks")])
        ls.append(["БИК: ", ("BANK_ACCOUNT", "04" + rd(7), "ru_bik")])
    if cc == "US" and R.random() < .8: ls.append([lb("aba"), ("BANK_ACCOUNT", aba(), "aba_routing")])
    ls.append([lb("swift"), ("BANK_ACCOUNT", bic(cc), "bic")])
    if R.random() < .2: ls.append([C(["Intermediary bank SWIFT: ", "Correspondent BIC: "]), ("BANK_ACCOUNT", bic(C(["US", "DE", "GB"])), "bic_intermediary")])
    r = R.random()
    if r < .35: ls.append([lb("ref"), ("~", "INVOICE", inv())])
    elif r < .6: ls.append([lb("amt"), ("~", "PRICE", price(R.uniform(800, 90000), lang))])
    return ls
def g_bank(lang):
    b = B(lang)
    ls = bank_lines(lang)
    if R.random() < .15:  # card / wallet as alternative payment
        if lang == "zh": ls.append([C(["个人卡号：", "银联卡号："]), ("PAYMENT_CARD",) + card()])
        else: ls.append([C({"en": ["Card for sample fee: ", "Or card: "], "es": ["Tarjeta: "], "de": ["Kreditkarte: "], "pt": ["Cartão: "], "ru": ["Карта: "]}[lang]), ("PAYMENT_CARD",) + card()])
    elif R.random() < .1: v, f = wallet(); ls.append([C(["Crypto: ", "USDT (ERC20): " if f[0] == "e" else "BTC: "]), ("CRYPTO_WALLET", v, f)])
    return b.lines(ls)
SHIPL = {"en": dict(h=["Shipping info:", "Please ship to:", "SHIP TO", "Delivery details:"], cons=["Consignee:", "Ship to:", "Receiver:"], addr=["Address:", "Add:", "Delivery address:"],
                    ctc=["Contact:", "Attn:"], tel=["Tel:", "Phone:", "Contact phone:", "Mob:"], order=["Order No.:", "PO#:", "Our PO:"], hs=["HS Code:", "HS:"],
                    cont=["Container No.:", "CNTR:"], bl=["B/L No.:", "BL:"], pod=["POD:", "Port of discharge:"]),
         "zh": dict(h=["收货信息：", "请寄到：", "发货地址："], cons=["收货人：", "收件人："], addr=["收货地址：", "地址："], ctc=["联系人："], tel=["联系电话：", "电话：", "手机："],
                    order=["订单号：", "合同号："], hs=["海关编码：", "HS编码："], cont=["柜号：", "集装箱号："], bl=["提单号："], pod=["目的港："]),
         "es": dict(h=["Datos de envío:", "Enviar a:"], cons=["Consignatario:", "Destinatario:"], addr=["Dirección de entrega:", "Dirección:"], ctc=["Contacto:", "Atención:"],
                    tel=["Tel.:", "Teléfono de contacto:"], order=["Pedido N.º:", "Orden de compra:"], hs=["Código HS:", "Partida arancelaria:"], cont=["Contenedor:"],
                    bl=["B/L:"], pod=["Puerto de destino:"]),
         "de": dict(h=["Lieferanschrift:", "Versand an:"], cons=["Empfänger:", "Warenempfänger:"], addr=["Adresse:", "Lieferadresse:"], ctc=["Ansprechpartner:", "z. Hd.:"],
                    tel=["Tel.:", "Telefon:"], order=["Bestellnummer:", "Auftrag Nr.:"], hs=["Zolltarifnummer:", "HS-Code:"], cont=["Container:", "Container-Nr.:"],
                    bl=["B/L-Nr.:"], pod=["Bestimmungshafen:"]),
         "pt": dict(h=["Dados para envio:", "Enviar para:"], cons=["Consignatário:", "Destinatário:"], addr=["Endereço de entrega:", "Endereço:"], ctc=["Contato:", "A/C:"],
                    tel=["Tel.:", "Telefone:", "Celular:"], order=["Pedido nº:", "PO:"], hs=["NCM:", "Código HS:"], cont=["Contêiner:"], bl=["BL nº:"], pod=["Porto de destino:"]),
         "ru": dict(h=["Данные для отгрузки:", "Адрес доставки:"], cons=["Грузополучатель:", "Получатель:"], addr=["Адрес:", "Адрес доставки:"], ctc=["Контактное лицо:"],
                    tel=["Тел.:", "Контактный телефон:"], order=["Заказ №", "Номер заказа:"], hs=["Код ТН ВЭД:"], cont=["Контейнер:"], bl=["Коносамент:"], pod=["Порт выгрузки:"])}
SHIPCC = {"en": ["US", "GB", "AU", "CA", "IN", "AE", "SG", "NL", "FR", "IT", "PL", "TR", "KR", "VN", "CN"], "zh": ["CN"], "es": ["ES", "MX", "CO", "CL", "AR"],
          "de": ["DE", "AT", "CH"], "pt": ["BR", "PT"], "ru": ["RU", "KZ"]}
PODS = {"US": "Los Angeles", "GB": "Felixstowe", "AU": "Sydney", "CA": "Vancouver", "IN": "Nhava Sheva", "AE": "Jebel Ali", "SG": "Singapore", "NL": "Rotterdam", "FR": "Le Havre",
        "IT": "Genova", "PL": "Gdańsk", "TR": "Mersin", "KR": "Busan", "VN": "Cat Lai", "CN": "上海", "ES": "Valencia", "MX": "Manzanillo", "CO": "Cartagena", "CL": "San Antonio",
        "AR": "Buenos Aires", "DE": "Hamburg", "AT": "Hamburg", "CH": "Basel", "BR": "Santos", "PT": "Leixões", "RU": "Новороссийск", "KZ": "Алматы-1"}
def ship_lines(lang, quoted=False):
    L = SHIPL[lang]
    lb = lambda k: lab(C(L[k]))
    cc = C(SHIPCC[lang])
    co, per = company(lang, cc), person(lang)
    ls = [[C(L["h"])]] if R.random() < .7 else []
    ls.append([lb("cons"), C([co["name"], per["show"], f"{co['name']} / {per['show']}"])])
    ls.append([lb("addr"), addr_item(cc, lang, not quoted)])
    if R.random() < .5: ls.append([lb("ctc"), per["show"], C([", ", "  "]), lb("tel"), P(phone(cc, R.random() < .7))])
    else: ls.append([lb("tel"), P(phone(cc, R.random() < .7))])
    if R.random() < .2: ls.append([lab(LAB[lang]["email"][0]), email(lang, per, co)])
    if cc == "CN" and R.random() < .5: ls.append([C(["身份证号：", "身份证号码（清关用）：", "ID No.: "]), ("NATIONAL_ID",) + cn_id()])
    elif cc == "IN" and R.random() < .6: ls.append([C(["Aadhaar No.: ", "Aadhaar: ", "KYC (Aadhaar): "]), ("NATIONAL_ID",) + aadhaar()])
    elif cc == "GB" and R.random() < .3: ls.append(["NI No.: ", ("NATIONAL_ID",) + nino()])
    elif cc == "US" and R.random() < .25: ls.append([C(["SSN (for customs bond): ", "Importer SSN: "]), ("NATIONAL_ID",) + ssn()])
    elif R.random() < .3: k, l, v = vat(cc); ls.append([l, ("~", k, v)])
    extra = [[lb("order"), ("~", "ORDER", po())], [lb("hs"), ("~", "HS_CODE", hs())], [lb("cont"), ("~", "CONTAINER", container())],
             [lb("bl"), ("~", "BILL_OF_LADING", bl())], [lb("pod"), ("~", "PLACE", PODS[cc])]]
    return ls + R.sample(extra, R.randint(1, 3))
def g_ship(lang): return B(lang).lines(ship_lines(lang))
FH = {"en": ("From:", "Sent:", "To:", "Subject:", "RE:"), "zh": ("发件人:", "发送时间:", "收件人:", "主题:", "回复:"), "es": ("De:", "Enviado:", "Para:", "Asunto:", "RE:"),
      "de": ("Von:", "Gesendet:", "An:", "Betreff:", "AW:"), "pt": ("De:", "Enviada em:", "Para:", "Assunto:", "RES:"), "ru": ("От:", "Отправлено:", "Кому:", "Тема:", "RE:")}
SUBJ = {"en": ["Quotation", "PI", "Bank details", "Shipping docs"], "zh": ["报价", "形式发票", "银行信息"], "es": ["Cotización", "Factura proforma"],
        "de": ["Angebot", "Rechnung", "Lieferung"], "pt": ["Cotação", "Fatura", "Embarque"], "ru": ["Счёт", "Инвойс", "Отгрузка"]}
WROTE = {"en": "On {d} at {t}, {n} <{e}> wrote:", "zh": "在 {d} {t}，{n} <{e}> 写道：", "es": "El {d} a las {t}, {n} <{e}> escribió:",
         "de": "Am {d} um {t} schrieb {n} <{e}>:", "pt": "Em {d} às {t}, {n} <{e}> escreveu:", "ru": "{d} в {t}, {n} <{e}> пишет:"}
OWN = {"en": ["FYI, see below.", "Please check the details below and confirm.", "Forwarding the supplier's info:", "Updated info below, pls use this one."],
       "zh": ["请看下面的信息。", "转发一下客户的信息：", "以下是最新资料，请核对"], "es": ["Te reenvío los datos:", "Ver abajo, por favor confirmar."],
       "de": ["Zur Info, siehe unten.", "Anbei die Daten vom Lieferanten:"], "pt": ["Segue abaixo para conferência.", "Encaminhando os dados:"],
       "ru": ["Пересылаю, см. ниже.", "Вот данные от поставщика:"]}
BODY = {"en": ["Dear {n},", "Please find PI {i} attached.", "Thanks for your order."], "zh": ["您好，", "附件是 {i} 号发票，请查收。"], "es": ["Estimado {n}:", "Adjunto la factura {i}."],
        "de": ["Hallo {n},", "anbei die Rechnung {i}."], "pt": ["Prezado {n},", "Segue a fatura {i} em anexo."], "ru": ["Добрый день, {n}!", "Во вложении счёт {i}."]}
def g_quoted(lang):
    b = B(lang)
    co, per = company(lang), person(lang)
    plain = lambda p, c: until(lambda: email(lang, p, c), lambda e: e[2] == "plain" or e[2] == "qq_mail")
    em = plain(per, co)
    d = rdate()
    h, mi = R.randint(7, 19), R.randint(0, 59)
    t = f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}" if lang == "en" else f"{h}:{mi:02d}"
    own = [[C(OWN[lang])]]
    if R.random() < .25: own.append([lab(C(LAB[lang]["mob"])), P(phone(C(SHIPCC[lang]), True))])
    b.lines(own).t("\n\n")
    fh = FH[lang]
    style = C(["outlook", "outlook", "wrote", "gmail"])
    if style == "wrote":
        for tok in re.split(r"(\{[dtne]\})", WROTE[lang]):
            if tok == "{d}": b.n("DATE", date(lang, d))
            elif tok == "{t}": b.n("TIME", t)
            elif tok == "{e}": b.p(*em)
            else: b.t(tok.replace("{n}", per["show"]))
    else:
        if style == "gmail" and lang == "en": b.t("---------- Forwarded message ---------\nFrom: " + per["show"] + " <").p(*em).t(">\nDate: ")
        else: b.t(f"{fh[0]} {per['show']} " + C(["<", "[mailto:"])).p(*em).t((">" if b.parts[-2].endswith("<") else "]") + f"\n{fh[1]} ")
        if lang == "zh": b.n("DATE", date(lang, d)).t(" ").n("TIME", t)
        elif lang == "en": b.t(WDAY["en"][d.weekday()] + ", ").n("DATE", date(lang, d, True)).t(" ").n("TIME", t)
        else: b.t(WDAY[lang][d.weekday()] + ", ").n("DATE", date(lang, d, True)).t(" ").n("TIME", t)
        if R.random() < .5:
            co2, per2 = company(lang), person(lang)
            b.t(f"\n{fh[2]} ").p(*plain(per2, co2))
        b.t(f"\n{fh[3]} {fh[4]} {C(SUBJ[lang])} ").n("INVOICE", inv())
        if R.random() < .5: b.t("\n" + C(["X-Originating-IP: [", "X-Sender-IP: "])).p("IP_ADDRESS", *ip()).t("]" if b.parts[-2].endswith("[") else "")
    b.t("\n")
    q = C(["sig", "sig", "bank", "ship"])
    body = [[C(BODY[lang]).replace("{n}", per["fn"]).replace("{i}", "\0")]]
    qs = fix(sig_lines(lang, co, per, quoted=True, short=True)) if q == "sig" else bank_lines(lang, False) if q == "bank" else ship_lines(lang, True)
    qs = qs[:4]
    prefix = C(["> ", ">", "> > "]) if R.random() < .85 else ""
    ilen = lambda ln: sum(len(x) if isinstance(x, str) else len(x[2] if x[0] == "~" else x[1]) + 8 * (x[0] == "~") for x in ln)
    for i, ln in enumerate(body + qs):
        if i > 1 and b.pos + 1 + len(prefix) + ilen(ln) > 300: break
        if i: b.t("\n")
        b.t(prefix)
        if isinstance(ln[0], str) and "\0" in ln[0]: a, c = ln[0].split("\0"); b.t(a).n("INVOICE", inv()).t(c)
        else: b.items(ln)
    return b
SH = {"en": dict(url=["Catalog: ", "Full price list: ", "Our store: "], email=["PO to: ", "Send the docs to ", "Invoices to: "], wallet=["USDT ERC20 address: ", "BTC address for the deposit: ", "Wallet: "],
                card=["Card no. for the sample charge: ", "Charge this card: "], ip=["Pls whitelist our SFTP server IP ", "EDI endpoint IP: "], cnid=["Consignee ID (China): ", "Receiver ID no.: "]),
      "zh": dict(url=["产品目录：", "价格表下载：", "我们的店铺："], email=["订单发到：", "单据请发："], wallet=["USDT（ERC20）地址：", "BTC收款地址："], card=["样品费刷这张卡：", "卡号："],
                 ip=["请把我们服务器IP加白名单：", "EDI对接IP："], cnid=["收件人身份证号：", "清关身份证："]),
      "es": dict(url=["Catálogo: ", "Lista de precios: "], email=["Enviar la OC a: ", "Facturas a: "], wallet=["Dirección USDT (ERC20): ", "Wallet BTC: "], card=["Tarjeta para las muestras: "],
                 ip=["IP del servidor SFTP: "], cnid=["ID del consignatario (China): "]),
      "de": dict(url=["Katalog: ", "Preisliste: "], email=["Bestellungen an: ", "Rechnungen bitte an "], wallet=["USDT-Adresse (ERC20): ", "BTC-Adresse: "], card=["Kreditkarte für Muster: "],
                 ip=["Bitte unsere SFTP-IP freischalten: "], cnid=["Ausweis-Nr. Empfänger (China): "]),
      "pt": dict(url=["Catálogo: ", "Tabela de preços: "], email=["Enviar o pedido para ", "Notas para: "], wallet=["Endereço USDT (ERC20): ", "Carteira BTC: "], card=["Cartão para as amostras: "],
                 ip=["IP do servidor SFTP: "], cnid=["Documento do destinatário (China): "]),
      "ru": dict(url=["Каталог: ", "Прайс-лист: "], email=["Заказы на ", "Счета на "], wallet=["Адрес USDT (ERC20): ", "BTC-кошелёк: "], card=["Карта для оплаты образцов: "],
                 ip=["Добавьте IP нашего SFTP: "], cnid=["ID получателя (КНР): "])}
def g_single(lang):
    b = B(lang)
    k = C(["addr", "addr", "iban", "handle", "url", "email", "phone", "wallet", "wallet", "card", "card", "natid", "natid", "ip", "ip"])
    head = {"addr": {"en": "Pls ship to: ", "zh": "寄到这个地址：", "es": "Enviar a: ", "de": "Lieferadresse: ", "pt": "Enviar para: ", "ru": "Адрес доставки: "},
            "iban": {"en": "IBAN for the balance: ", "zh": "尾款请付到 IBAN：", "es": "IBAN para el saldo: ", "de": "IBAN für die Restzahlung: ", "pt": "IBAN para o saldo: ", "ru": "IBAN для оплаты: "}}
    cc = C(SHIPCC[lang])
    co, per = company(lang, cc), person(lang)
    if k == "addr": b.t(head["addr"][lang]).p(*addr_item(cc, lang))
    elif k == "iban":
        ic = C([c for c in BANKCC[lang] if c in IBAN] or ["DE", "GB", "ES"]); v, f = fmt_iban(make_iban(ic))
        b.t(head["iban"][lang]).p("IBAN", v, f"iban_{ic.lower()}_{f}")
    elif k == "handle":
        app = C(["wechat", "skype", "telegram", "qq" if lang == "zh" else "wechat"])
        b.t({"wechat": "WeChat ID: ", "skype": "Skype: ", "telegram": "Telegram: ", "qq": "QQ："}[app]).p(*handle(app, per, co))
    elif k == "url": b.t(C(SH[lang]["url"])).p(*C([url(co, per), ("URL", f"https://drive.google.com/drive/folders/1{rd(32, LO + UP + DIG + '-_')}", "url_drive"),
                                                                                          ("URL", f"https://we.tl/t-{rd(10, LO + UP + DIG)}", "url_wetransfer")]))
    elif k == "email": b.t(C(SH[lang]["email"])).p(*email(lang, per, co))
    elif k == "phone": b.t(lab(C(LAB[lang]["mob"]))).p(*P(phone(cc, True)))
    elif k == "wallet": v, f = wallet(); b.t(SH[lang]["wallet"][f.startswith("btc")]).p("CRYPTO_WALLET", v, f)
    elif k == "card": b.t(C(SH[lang]["card"])).p("PAYMENT_CARD", *card())
    elif k == "natid":
        f, l = C([(cn_id, SH[lang]["cnid"])] + ([(aadhaar, ["Aadhaar for KYC: ", "Aadhaar no. "]), (ssn, ["SSN for the W-9: ", "Sole prop SSN "]), (nino, ["NI number: ", "NINO "])] if lang == "en" else []))
        b.t(C(l)).p("NATIONAL_ID", *f())
    else: b.t(C(SH[lang]["ip"])).p("IP_ADDRESS", *ip())
    r = R.random()
    if r < .4: b.t(C(["\n", " - ", "  "]) + C(["PO ", "Ref ", "PI "])).n("ORDER", po())
    elif r < .7: b.t("\n").n("QTY", qty(lang)[1]).t(", ").n("PLACE", C(PLACES))
    return b

# --------------------------------------------------------------- PII-free pastes
INVH = {"en": ("COMMERCIAL INVOICE", "Invoice No.", "Date", "PO No.", "Total", "Payment"), "zh": ("形式发票", "发票号", "日期", "订单号", "合计", "付款方式"),
        "es": ("FACTURA PROFORMA", "Factura N.º", "Fecha", "Pedido", "Total", "Pago"), "de": ("RECHNUNG", "Rechnungsnr.", "Datum", "Bestellnr.", "Gesamt", "Zahlung"),
        "pt": ("FATURA PROFORMA", "Fatura nº", "Data", "Pedido", "Total", "Pagamento"), "ru": ("ИНВОЙС", "Инвойс №", "Дата", "Заказ", "Итого", "Оплата")}
PROD = {"en": ["LED panel light", "Stainless hinge", "PP woven bag", "USB-C charger", "Cotton T-shirt", "Ceramic mug", "Hydraulic fitting"],
        "zh": ["LED面板灯", "不锈钢合页", "编织袋", "充电器", "陶瓷杯"], "es": ["Panel LED", "Bisagra inox", "Saco de rafia", "Cargador USB-C"],
        "de": ["LED-Panel", "Edelstahlscharnier", "Ladegerät USB-C", "Keramikbecher"], "pt": ["Painel LED", "Dobradiça inox", "Carregador USB-C", "Caneca de cerâmica"],
        "ru": ["LED-панель", "Петля из нерж. стали", "Зарядное устройство", "Керамическая кружка"]}
PLH = {"en": ("PACKING LIST", "N.W.", "G.W.", "Meas.", "Seal", "Shipping marks"), "zh": ("装箱单", "净重", "毛重", "尺寸", "封号", "唛头"),
       "es": ("LISTA DE EMPAQUE", "Peso neto", "Peso bruto", "Medidas", "Precinto", "Marcas"), "de": ("PACKLISTE", "Netto", "Brutto", "Maße", "Plombe", "Markierung"),
       "pt": ("ROMANEIO", "Peso líquido", "Peso bruto", "Medidas", "Lacre", "Marcas"), "ru": ("УПАКОВОЧНЫЙ ЛИСТ", "Нетто", "Брутто", "Размеры", "Пломба", "Маркировка")}
def g_negative(lang):
    b = B(lang)
    k = C(["invoice", "invoice", "packing", "packing", "advice", "quote", "company", "customs", "badiban"])
    h = INVH[lang]
    if k == "invoice":
        b.t(h[0] + "\n" + h[1] + " ").n("INVOICE", inv()).t("  " + h[2] + " ").n("DATE", date(lang)).t("\n" + h[3] + " ").n("ORDER", po())
        tot = 0
        for i in range(R.randint(1, 3)):
            q, qs = qty(lang)
            up = round(R.uniform(0.2, 60), 2); tot += q * up
            b.t(f"\n{i + 1}. ").n("SKU", sku()).t(f" {C(PROD[lang])} ").n("QTY", qs).t(" x ").n("PRICE", price(up, lang))
        b.t("\n" + h[4] + ": ").n("PRICE", price(tot, lang)).t(" ").n("PLACE", C(PLACES))
        if R.random() < .6: b.t("\n" + h[5] + ": ").n("PAYMENT_TERMS", C(TERMS[lang]))
        if R.random() < .4: b.t("\nHS ").n("HS_CODE", hs())
    elif k == "packing":
        p = PLH[lang]
        b.t(p[0] + " ").n("INVOICE", inv()).t(f"\nCTN 1-{R.randint(20, 600)}: ").n("SKU", sku()).t(", ").n("QTY", qty(lang)[1])
        nw = R.uniform(50, 22000)
        b.t(f"\n{p[1]} ").n("WEIGHT", weight(lang, nw)).t(f" / {p[2]} ").n("WEIGHT", weight(lang, nw * R.uniform(1.03, 1.12)))
        b.t(f"\n{p[3]}: ").n("DIMENSIONS", dims()).t(", ").n("VOLUME", cbm(lang))
        b.t("\nCNTR ").n("CONTAINER", container()).t(f" / {p[4]} ").n("SEAL", seal())
        if R.random() < .6: b.t(f"\n{p[5]}: ").n("CAPS_WORD_BIC_SHAPED", C(CAPSW)).t(" / MADE IN CHINA / C/NO. 1-UP")
        if R.random() < .4: b.t("\nEAN ").n("EAN", ean())
    elif k == "advice":
        b.t(C(["Shipping advice", "装运通知", "Aviso de embarque", "Versandavis", "Aviso de embarque", "Извещение об отгрузке"][:1] +
              [{"zh": "装运通知", "es": "Aviso de embarque", "de": "Versandavis", "pt": "Aviso de embarque", "ru": "Извещение об отгрузке"}.get(lang, "Shipping advice")]))
        b.t("\nB/L ").n("BILL_OF_LADING", bl()).t(f"\nVessel {C(['MSC ANNA', 'MAERSK ESSEN', 'CMA CGM TIGRIS', 'COSCO SHIPPING LEO'])} V.{R.randint(100, 999)}{C('EWNS')}")
        for _ in range(R.randint(1, 3)): b.t("\n").n("CONTAINER", container()).t(" ").n("QTY", f"1x{C(['40HQ', '20GP', '40GP'])}")
        d = rdate()
        b.t("\nETD ").n("DATE", date(lang, d)).t(" ").n("PLACE", C(PLACES)).t(" / ETA ").n("DATE", date(lang, d + datetime.timedelta(days=R.randint(12, 45))))
        if R.random() < .5: b.t(C(["\nTracking (docs): ", "\nDHL AWB "])).n("TRACKING", safe(tracking))
    elif k == "quote":
        b.t(C(["Quotation", "报价单", "Cotización", "Angebot", "Cotação", "Коммерческое предложение"][:1] + [{"zh": "报价单", "es": "Cotización", "de": "Angebot", "pt": "Cotação", "ru": "Коммерческое предложение"}.get(lang, "Quotation")]))
        b.t(" ").n("INVOICE", inv()).t(" (").n("DATE", date(lang)).t(")")
        for _ in range(R.randint(1, 3)): b.t("\n").n("SKU", sku()).t(": ").n("PRICE", price(R.uniform(0.3, 90), lang)).t(", MOQ ").n("QTY", qty(lang)[1])
        b.t("\n").n("PLACE", C(PLACES)).t(", ").n("PAYMENT_TERMS", C(TERMS[lang]))
        if R.random() < .5: b.t("\nHS ").n("HS_CODE", hs()).t(", ").n("DIMENSIONS", dims())
        if R.random() < .4: b.t("\nEAN-13 ").n("EAN", ean())
    elif k == "company":
        cc = C(CTRY[lang]); co = company(lang, cc)
        b.t({"en": "Seller: ", "zh": "卖方：", "es": "Vendedor: ", "de": "Verkäufer: ", "pt": "Vendedor: ", "ru": "Продавец: "}[lang] + co["name"])
        for _ in range(R.randint(1, 2)): kk, l, v = vat(cc); b.t("\n" + l).n(kk, v)
        b.t("\n" + h[3] + " ").n("ORDER", po()).t(", " + h[1] + " ").n("INVOICE", inv()).t("\n").n("PAYMENT_TERMS", C(TERMS[lang]))
    elif k == "customs":
        b.t(C(["报关单号：", "Customs declaration no. ", "Decl. No. "])).n("NUM18_NOT_CNID", num18())
        b.t(C(["\nBank transfer ref ", "\nTT ref ", "\nTransaction no. "])).n("NUM16_LUHN_INVALID", _lb16())
        b.t("\n").n("TRACKING", safe(tracking)).t(" ").n("DATE", date(lang)).t(" ").n("TIME", f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}")
        if R.random() < .5: b.t("\nBTC tx ").n("TX_HASH", rd(64, DIG + "abcdef"))
    else:
        b.t({"en": "The IBAN you sent fails validation: ", "zh": "你发的IBAN校验不通过：", "es": "El IBAN que enviaste no es válido: ", "de": "Die IBAN ist ungültig (Prüfziffer): ",
             "pt": "O IBAN enviado é inválido: ", "ru": "IBAN не проходит проверку: "}[lang]).n("IBAN_BAD_CHECKSUM", fmt_iban(bad_iban(C(["DE", "GB", "ES", "PT", "FR", "TR"])))[0])
        b.t(C(["\nAlso the old BTC address ", "\nand wallet "])).n("BTC_BAD_CHECKSUM", bad_btc()).t(C([" is wrong. Ref ", " bounced. Ref "])).n("INVOICE", inv())
    return b
GEN = {"neg": g_negative, "sig": g_signature, "bank": g_bank, "ship": g_ship, "fwd": g_quoted, "single": g_single}
def main():
    plan = ["neg"] * 90 + ["sig"] * 66 + ["bank"] * 40 + ["ship"] * 38 + ["fwd"] * 36 + ["single"] * 30
    langs, pos = LANGS[:], [k for k in plan if k != "neg"]
    R.shuffle(langs), R.shuffle(pos)
    quota = {l: round(.3 * LANGS.count(l)) for l in LANGS}  # 30 % PII-free in every language
    pairs = []
    for l in langs:
        pairs.append(("neg" if quota[l] else pos.pop(), l)); quota[l] -= quota[l] > 0
    out = []
    for i, (kind, lang) in enumerate(pairs):
        while True:
            try:
                b = GEN[kind](lang)
            except Retry:
                continue
            text = "".join(b.parts)
            if 20 <= len(text) <= 300 and (kind == "neg") == (not b.sp): break
        for s in b.sp: assert text[s["start"]:s["end"]] == s["value"]
        out.append({"id": f"ps-{i + 1:04d}", "text": text, "spans": b.sp, "lang": lang,
                    "kind": "negative" if not b.sp else "single" if len(b.sp) == 1 else "multi", "negatives": b.ng, "gen": kind})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} messages to {OUT}")
if __name__ == "__main__": main()
