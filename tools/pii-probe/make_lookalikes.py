#!/usr/bin/env python3
"""Look-alike probe set for the chat PII detector: a PRECISION stress test.

  python3 make_lookalikes.py OUT.jsonl

Writes 500 synthetic buyer-seller trade-chat messages (en, with zh/es/de/fr/ru)
in the corpus format of the corpus README (../shared/pii-corpus/README.md):

  {"id": "lk-00001", "text": ..., "spans": [...], "lang": ..., "kind": ...,
   "negatives": [...]}

* 325 messages (65 %) hold no PII at all but are dense with identifiers that
  trade chat is full of and that look like personal data: HS/HTS codes,
  ISO 6346 container numbers (valid check digit), seals, B/L, booking and
  voyage numbers, AWBs (mod-7 check), L/C numbers and SWIFT MT references,
  invoice/PO/order numbers (incl. phone-shaped 11-digit ones and Luhn-failing
  16-digit ones), carrier tracking numbers (UPS 1Z with check digit, FedEx,
  DHL mod-7, UPU S10 China Post/EMS, SF, USPS), EAN-13/UPC-A/GTIN-14 (valid
  check), VINs (valid check), IMEIs (Luhn-valid, as real IMEIs are), MAC
  addresses, serial/lot/model numbers, versions (incl. IPv4-shaped four-part
  ones), dates/times/timestamps/time ranges in many formats, coordinates,
  dimensions, weights, volumes, temperatures, electrical specs, tolerances,
  percentages/payment terms, prices in several separator conventions,
  quantities, Incoterm places, ALL-CAPS words shaped like a BIC, file names,
  tx hashes, MD5s and @mentions.
* 175 messages (35 %) hold real PII of the README's categories placed in the
  same sentence as such look-alikes.

BIC/SWIFT codes are PII here (README: BANK_ACCOUNT covers SWIFT/BIC codes), so
they only appear as gold spans.  Company registration / tax numbers are not
used at all: the README does not say they are not PII.

Spans are computed by construction (the text is assembled from literal pieces
and generated values; offsets are Python str indices = Unicode code points).
Every look-alike is listed under "negatives" with its kind; look-alikes are
redrawn until they fail the checksums of what they imitate (Luhn for 13-19
digits, Verhoeff for 12, China-ID for 18, ABA for 9, IBAN mod-97), except
IMEIs, which by definition pass Luhn.  Deterministic: fixed seed, standard
library only.
"""
import datetime
import hashlib
import ipaddress
import json
import random
import re
import sys

SEED = 6346_2024
N_TOTAL = 500
N_PII = 175

DIG = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
ALNUM_UP = UPPER + DIG


def dg(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def dgn(r, n):
    """n digits, first one non-zero"""
    return r.choice("123456789") + dg(r, n - 1)


def letters(r, n, alphabet=UPPER):
    return "".join(r.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def group_int(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------

def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def gtin_digit(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _V_D[c][_V_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    return str(_V_INV[c])


CNID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_char(body17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, CNID_W)) % 11]


def cnid_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cnid_char(s[:17]) == s[17]


def aba_ok(d):
    return len(d) == 9 and d.isdigit() and sum(int(a) * b for a, b in zip(d, [3, 7, 1] * 3)) % 10 == 0


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def _iso6346_values():
    vals, v = {}, 10
    for ch in UPPER:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    for ch in DIG:
        vals[ch] = int(ch)
    return vals


ISO6346 = _iso6346_values()

VIN_TR = dict(zip("ABCDEFGH", range(1, 9)))
VIN_TR.update(dict(zip("JKLMN", range(1, 6))))
VIN_TR.update({"P": 7, "R": 9})
VIN_TR.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_TR.update({c: int(c) for c in DIG})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58encode(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, rem = divmod(n, 58)
        s = B58[rem] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    return len(raw) > 4 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32_hrp(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits):
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


# --------------------------------------------------------------------------
# calendar words
# --------------------------------------------------------------------------

EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
ZH_WD = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
ZH_WD2 = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def rand_date(r):
    return datetime.date(2023, 1, 2) + datetime.timedelta(days=r.randrange(0, 1100))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


# --------------------------------------------------------------------------
# look-alike generators (negatives).  Each: f(r, lang) -> str
# --------------------------------------------------------------------------

HS6 = ["847130", "851762", "850440", "940542", "620462", "392690", "731815", "848180", "853650", "940360",
       "610910", "841869", "850760", "854442", "870899", "901890", "300490", "481910", "732690", "841459",
       "851660", "950300", "640399", "844332", "852872", "940171", "732393", "830241", "420292", "761699",
       "851712", "850431", "902780", "846693", "870380", "392410", "691110", "630260", "854143", "841191"]


def g_hs(r, lang):
    h = r.choice(HS6)
    a, b = h[:4], h[4:]
    sub = r.choice(["00", "10", "90", "20", "80", "30"])
    st = r.choice(["00", "10", "20", "40", "90", "11", "50"])
    return r.choice([
        f"{a}.{b}", f"{a}.{b}", f"{a}.{b}.{sub}", f"{a}.{b}.{sub}", f"{a}{b}", f"{a}{b}{sub}",
        f"{a} {b} {sub}", f"{a}.{b}.{sub}{st}", f"{a}{b}{sub}{st}", f"{a}.{b}.{sub}.{st}",
        f"{h[:2]}.{h[2:4]}", f"{a}", f"{h[:2]}.{h[2:4]}.{b}", f"{a} {b}", f"{a}.{b}.{sub} {st}",
        f"{a}.{b}{sub}",
    ])


CONT_OWNERS = ["MSKU", "MSCU", "MRKU", "CMAU", "CSNU", "OOLU", "HLXU", "TGHU", "TCNU", "TEMU", "FCIU", "BMOU",
               "SEGU", "GESU", "TRLU", "EGHU", "EMCU", "YMLU", "ONEU", "HDMU", "ZIMU", "CAIU", "DFSU", "BEAU",
               "KKFU", "APZU", "TLLU", "CBHU", "FSCU", "NYKU", "SUDU", "TRHU"]


def container_core(r):
    while True:
        body = r.choice(CONT_OWNERS) + dg(r, 6)
        s = sum(ISO6346[c] * (2 ** i) for i, c in enumerate(body)) % 11
        if s != 10:
            return body, str(s % 10)


def g_container(r, lang):
    body, c = container_core(r)
    o, n = body[:4], body[4:]
    return r.choice([body + c] * 6 + [f"{o} {n} {c}", f"{o} {n}{c}", f"{o}-{n}-{c}", f"{o}{n}-{c}",
                                      f"{o} {n}-{c}", f"{o}{n}({c})"])


def g_seal(r, lang):
    return r.choice([
        "ML-CN" + dg(r, 7), "H" + dgn(r, 7), "CN" + dg(r, 7), "EU" + dg(r, 8), "YMAJ" + dg(r, 6),
        "TTC" + dg(r, 7), "Z" + dg(r, 7), dgn(r, 7), "A" + dg(r, 6), "OOLG-" + dg(r, 6),
        "SL" + dg(r, 8), "HL" + dg(r, 7), "CMA" + dg(r, 7), "F" + dg(r, 7) + "B",
    ])


def g_bl(r, lang):
    yy = r.choice(["23", "24", "25"])
    return r.choice([
        "MAEU" + dgn(r, 9), "COSU" + dgn(r, 10), "MEDU" + r.choice(UPPER) + dg(r, 7), "HLCU" +
        r.choice(["SHA", "NGB", "HAM", "RTM", "SZX"]) + yy + dg(r, 5), "ONEY" + r.choice(["SHA", "NBO", "TYO"]) +
        letters(r, 1) + dg(r, 7), "EGLV" + dgn(r, 12), "OOLU" + dgn(r, 10), "CMDU" + letters(r, 3) + dg(r, 7),
        "SZX" + yy + dg(r, 6), "NGB" + yy + dg(r, 5), "HBL-" + yy + "-" + dg(r, 5), "YMLU" + r.choice("EBWS") +
        dg(r, 9), "ZIMU" + r.choice(["SHH", "NGB", "HKG"]) + dg(r, 7), "SHA" + yy + "09" + dg(r, 4) + "A",
    ])


def g_booking(r, lang):
    return r.choice([
        dgn(r, 9), dgn(r, 10), "SHA" + dg(r, 7), "EBKG" + dg(r, 8), "CN" + dg(r, 7) + "A", "BKG-" + dg(r, 6),
        r.choice(["NGB", "SZX", "TAO", "XMN"]) + "/" + dg(r, 6), dgn(r, 8) + "-" + dg(r, 2),
        "RTM" + dg(r, 6) + letters(r, 1),
    ])


def g_voyage(r, lang):
    return r.choice([
        "V." + dg(r, 3) + r.choice("EWNS"), dg(r, 3) + r.choice("EWNS"), "0" + letters(r, 2) + dg(r, 1) +
        letters(r, 2) + dg(r, 1) + letters(r, 2), "V" + dg(r, 4) + "W", dg(r, 2) + r.choice(["01", "02"]) +
        r.choice("EW"),
    ])


AWB_PREFIX = ["176", "160", "999", "784", "781", "020", "057", "618", "157", "235", "180", "297", "112", "074",
              "125", "016", "001", "006", "172", "695"]


def g_awb(r, lang):
    p = r.choice(AWB_PREFIX)
    s = dg(r, 7)
    n = s + str(int(s) % 7)
    return r.choice([f"{p}-{n}", f"{p}-{n}", f"{p} {n}", f"{p}{n}", f"{p}-{n[:4]} {n[4:]}",
                     f"{p} {n[:4]} {n[4:]}", f"{p}-{n[:4]}-{n[4:]}"])


def g_lc(r, lang):
    yy = r.choice(["23", "24", "25"])
    return r.choice([
        dg(r, 4) + "ILC" + yy + dg(r, 5), "LC" + yy + letters(r, 2) + dg(r, 6), "ILC" + dg(r, 4) + yy + dg(r, 5),
        "DC" + r.choice(["HK", "SH", "SZ", "NB"]) + yy + dg(r, 6), dg(r, 3) + "LC" + yy + dg(r, 4),
        "LC-" + yy + "-" + dg(r, 5), "IMLC" + yy + dg(r, 6), dg(r, 2) + "TLC" + dg(r, 6),
    ])


def g_mt(r, lang):
    return r.choice(["MT700", "MT707", "MT710", "MT720", "MT734", "MT750", "MT754", "MT756", "MT760", "MT799",
                     "MT103", "MT202", "MT202 COV", "MT199", "MT940", "MT 103", "MT 700"])


def g_mtref(r, lang):
    yy = r.choice(["23", "24", "25"])
    return r.choice([
        "FT" + yy + dg(r, 3) + letters(r, 4) + dg(r, 1), "TRN" + dg(r, 10), yy + "FT" + dg(r, 7),
        yy + dg(r, 4) + letters(r, 3) + dg(r, 7), "REF" + yy + dg(r, 8), "OR" + dg(r, 12)[:10],
        "PAY" + dg(r, 6) + letters(r, 2),
    ])


def g_uetr(r, lang):
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def g_invoice(r, lang):
    y = r.choice(["2023", "2024", "2025"])
    yy = y[2:]
    return r.choice([
        f"INV-{y}-{dg(r, 5)}", f"{y}{dg(r, 4)}{dg(r, 3)}", f"CI-{yy}-{dg(r, 4)}", f"PI{yy}{dg(r, 2)}-{dg(r, 3)}",
        f"SZ{y}{dg(r, 4)}{r.choice('ABC')}", f"RE-{y}-{dg(r, 4)}", f"F-{y}/{dg(r, 4)}", f"{dgn(r, 8)}",
        f"FA{yy}{dg(r, 5)}", f"{yy}/{dg(r, 4)}", f"INV{dg(r, 7)}", f"No.{y}-{dg(r, 3)}", f"PI-{y}{dg(r, 4)}-{dg(r, 2)}",
    ])


def g_po(r, lang):
    yy = r.choice(["23", "24", "25"])
    return r.choice(["45" + dg(r, 8), "45" + dg(r, 8), f"{yy}-{dg(r, 4)}", "78" + dg(r, 5), f"PO-20{yy}-{dg(r, 4)}",
                     f"PO{dg(r, 6)}", f"{dgn(r, 6)}/{yy}", f"BE-{dg(r, 5)}", f"{dgn(r, 5)}"])


def g_order(r, lang):
    return r.choice([dgn(r, 8), dgn(r, 10), dgn(r, 12), dgn(r, 14), "#" + dgn(r, 6), "SO-" + dg(r, 6),
                     "ORD" + dg(r, 8), dgn(r, 7) + "-" + dg(r, 2), "W" + dg(r, 9), dgn(r, 16), dgn(r, 19)])


def g_order11(r, lang):
    """phone-shaped: looks exactly like a Chinese mobile number"""
    return "1" + r.choice("3456789") + dg(r, 9)


def g_order16(r, lang):
    d = r.choice("45") + dg(r, 15)
    return r.choice([d, group(d, [4, 4, 4, 4]), group(d, [4, 4, 4, 4], "-")])


def g_order18(r, lang):
    return r.choice(["2" + dg(r, 17), "3" + dg(r, 17), "1" + r.choice("1234") + dg(r, 16)])


def g_amazon(r, lang):
    return r.choice([f"{r.choice(['111', '112', '113', '114', '702', '028'])}-{dg(r, 7)}-{dg(r, 7)}",
                     f"{dg(r, 2)}-{dg(r, 5)}-{dg(r, 5)}"])


def g_dhl(r, lang):
    b = dgn(r, 9)
    return b + str(int(b) % 7)


def g_ups(r, lang):
    ship = "".join(r.choice(ALNUM_UP) for _ in range(6))
    body = ship + r.choice(["01", "02", "03", "12", "13", "42", "66"]) + dg(r, 7)
    tot = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else (ord(c) - 63) % 10
        tot += v * (2 if i % 2 else 1)
    full = "1Z" + body + str((10 - tot % 10) % 10)
    return r.choice([full, full, f"1Z {full[2:5]} {full[5:8]} {full[8:10]} {full[10:14]} {full[14:]}",
                     full.lower() if r.random() < 0.2 else full])


def g_fedex(r, lang):
    if r.random() < 0.65:
        b = r.choice("3457") + dg(r, 10)
        s = sum(int(c) * [1, 3, 7][i % 3] for i, c in enumerate(reversed(b)))
        n = b + str(s % 11 % 10)
        return r.choice([n, n, group(n, [4, 4, 4])])
    b = "96" + dg(r, 12)
    n = b + gtin_digit(b)
    return r.choice([n, group(n, [4, 4, 4, 3])])


def upu_number(r, prefix):
    body = dg(r, 8)
    s = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return prefix + body + str(c)


def g_upu(r, lang):
    pre = r.choice(["EA", "EB", "EE", "EV", "ER", "RR", "RA", "RB", "LX", "LZ", "LY", "CP", "UA", "UB", "UM"])
    n = upu_number(r, pre) + r.choice(["CN"] * 5 + ["HK", "DE", "ES", "FR", "RU"])
    return r.choice([n, n, n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:11]} {n[11:]}"])


def g_sf(r, lang):
    return r.choice(["SF" + dg(r, 13), "SF" + dg(r, 12), "YT" + dg(r, 16), "LP" + dg(r, 14),
                     "9400 1" + group(dg(r, 17), [3, 4, 4, 4, 2]), "JD" + dg(r, 13), "YT" + dg(r, 16)])


def g_trk10(r, lang):
    return g_dhl(r, lang)


def g_tracking(r, lang):
    return r.choice([g_dhl, g_ups, g_fedex, g_upu, g_sf])(r, lang)


def g_gtin(r, lang):
    pre = r.choice(["690", "691", "692", "693", "694", "695", "696", "400", "401", "402", "403", "404",
                    "405", "406", "407", "408", "409", "410", "420", "440", "500", "501", "502", "505", "840",
                    "841", "843", "300", "301", "340", "345", "460", "461", "471", "489", "880", "885"])
    b = pre + dg(r, 12 - len(pre))
    n = b + gtin_digit(b)
    return r.choice([n] * 5 + [f"{n[0]} {n[1:7]} {n[7:]}", f"{n[0]}-{n[1:7]}-{n[7:]}"])


def g_upc(r, lang):
    b = r.choice("0678") + dg(r, 10)
    n = b + gtin_digit(b)
    return r.choice([n, n, f"{n[0]} {n[1:6]} {n[6:11]} {n[11]}", f"{n[0]}-{n[1:6]}-{n[6:11]}-{n[11]}"])


def g_gtin14(r, lang):
    b = r.choice("123456") + r.choice(["690", "691", "692", "400", "401", "840"]) + dg(r, 9)
    n = b + gtin_digit(b)
    return r.choice(["(01)" + n, n, "(01) " + n])


VIN_WMI = ["LSV", "LFV", "LRW", "LGW", "LVS", "WBA", "WVW", "WDD", "WAU", "1HG", "JTD", "5YJ", "KMH", "VF1",
           "ZFA", "XTA", "SAL", "TMB", "YV1", "3VW", "1FT", "2T1"]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEAR = "LMNPRST"  # 2020..2026


def g_vin(r, lang):
    v = list(r.choice(VIN_WMI) + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice(VIN_YEAR) +
             r.choice(VIN_CH) + dg(r, 6))
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


IMEI_TAC = ["35209900", "35332811", "35491610", "35875307", "35391110", "86769803", "86123405", "86891503",
            "86482004", "35688110", "35404907", "86015904", "35897511", "86730706"]


def g_imei(r, lang):
    b = r.choice(IMEI_TAC) + dg(r, 6)
    n = b + luhn_digit(b)
    return r.choice([n] * 4 + [f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:14]} {n[14]}"])


OUIS = ["00:1A:11", "3C:5A:B4", "F0:9F:C2", "B8:27:EB", "DC:A6:32", "00:0C:29", "AC:DE:48", "28:6C:07",
        "E4:5F:01", "00:1B:44", "A4:C3:F0", "18:FE:34", "24:0A:C4", "C8:3A:35", "00:E0:4C", "70:B3:D5"]


def g_mac(r, lang):
    oui = r.choice(OUIS).split(":")
    tail = ["%02X" % r.randrange(256) for _ in range(3)]
    g = oui + tail
    style = r.randrange(6)
    if style in (0, 1):
        return ":".join(g)
    if style == 2:
        return ":".join(g).lower()
    if style == 3:
        return "-".join(g)
    if style == 4:
        h = "".join(g).lower()
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return "".join(g)


def g_serial(r, lang):
    yy = r.choice(["23", "24", "25"])
    return r.choice([
        f"SN{yy}{dg(r, 2)}{r.choice(UPPER)}{dg(r, 5)}", f"{yy}{dg(r, 2)}A{dg(r, 5)}",
        "".join(r.choice("C0123456789DFGHJKLMNPQRTVWXY") for _ in range(12)),
        f"{dgn(r, 1)}CE{dg(r, 4)}{letters(r, 1)}{dg(r, 1)}{letters(r, 1)}", f"{dg(r, 4)}-{dg(r, 4)}-{dg(r, 4)}",
        f"HK{yy}{dg(r, 2)}F{dg(r, 7)}", f"{letters(r, 3)}{dg(r, 9)}", f"{dg(r, 4)}-{dg(r, 4)}-{dg(r, 4)}-{dg(r, 4)}",
        f"S/N-{dg(r, 8)}", f"{letters(r, 2)}{dg(r, 2)}-{dg(r, 6)}",
    ])


def g_lot(r, lang):
    d = rand_date(r)
    ymd = d.strftime("%y%m%d")
    return r.choice([f"{ymd}-{r.choice('ABC')}", f"{d:%y%m}-{dg(r, 4)}", f"B{ymd}-{dg(r, 2)}", f"{d:%y}I{dg(r, 4)}",
                     f"{d:%y%m}/{dg(r, 3)}", f"L{d:%y%m}-{dg(r, 2)}", f"{d:%y}-{dg(r, 3)}", f"{d:%m%y}-{dg(r, 2)}",
                     f"{d:%Y%m%d}-{dg(r, 2)}", f"{ymd}{dg(r, 2)}", f"LOT{d:%y%j}"])


def g_model(r, lang):
    return r.choice([
        f"DS-2CD{dg(r, 4)}G2-I", f"XR-{dg(r, 4)}/B", f"ACS580-01-{dg(r, 2)}A{dg(r, 1)}-4", "6205-2RS", "6204-ZZ",
        "M8x1.25", f"SKU {dg(r, 4)}-BLK-XL", f"A{dg(r, 4)}", f"GX-{dg(r, 3)}/{dg(r, 2)}-T", "S7-1200 CPU 1214C",
        f"6ES7 214-1AG40-0XB0", "LM317T", "STM32F103C8T6", "ESP32-WROOM-32E", "TPS54331DR", "QSFP-100G-SR4",
        f"3HAC{dg(r, 5)}-1", f"{dg(r, 4)}-{dg(r, 3)}-{dg(r, 2)}", f"{dg(r, 2)}-{dg(r, 3)}-{r.choice('ABCD')}",
        f"YJ-{dg(r, 3)}A", f"KT{dg(r, 4)}/{dg(r, 3)}", f"HY-{dg(r, 2)}{r.choice(['LED', 'PRO', 'MAX'])}",
        f"{r.choice(['NX', 'RX', 'TX'])}{dg(r, 3)}-{r.choice(['S', 'M', 'L', 'XL'])}", "SUS304/316L",
        f"WH-{dg(r, 4)}/{r.choice(['W', 'B', 'G'])}", "IRF540N", "NE555P", "6203-2Z/C3", f"PN{dg(r, 6)}-{dg(r, 2)}",
    ])


def g_version(r, lang):
    return r.choice([
        f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}", f"V{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
        f"{r.randint(1, 12)}.{r.randint(0, 9)}", f"V{r.randint(1, 9)}.{r.randint(0, 99):02d}",
        f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}-beta{r.randint(1, 5)}", f"rev. {r.choice('ABCDE')}{r.randint(1, 4)}",
        f"{r.randint(2, 5)}.{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(100, 9999)}",
    ])


def g_version4(r, lang):
    """four-part versions, most of them IPv4-shaped (every part <= 255)"""
    return r.choice([
        f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(1, 255)}",
        f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(10, 250)}",
        f"V{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 99)}",
        f"{r.randint(10, 200)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"{r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}",
    ])


def g_build(r, lang):
    d = rand_date(r)
    return r.choice([f"{d:%Y%m%d}.{r.randint(1, 9)}", str(r.randint(1000, 99999)), f"{d:%y%m%d}{dg(r, 2)}",
                     f"{r.choice(['TP1A', 'UP1A', 'SQ3A', 'AP2A'])}.{d:%y%m%d}.{dg(r, 3)}", f"B{r.randint(100, 9999)}"])


def g_date(r, lang):
    d = rand_date(r)
    D, M, Y, w = d.day, d.month, d.year, d.weekday()
    iso = d.isoformat()
    common = [iso, f"{D:02d}.{M:02d}.{Y}", f"{Y}/{M:02d}/{D:02d}"]
    by = {
        "en": [f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{Y % 100:02d}", f"{EN_MON[M - 1]} {D}, {Y}", f"{D} {EN_MON[M - 1]} {Y}",
               f"{D:02d}/{M:02d}/{Y}", f"{D}-{EN_MON[M - 1]}-{Y % 100:02d}", f"{EN_WD[w]}, {D} {EN_MON[M - 1]} {Y}",
               f"{EN_WEEKDAY[w]} {ordinal(D)}", f"{EN_MONTH[M - 1]} {ordinal(D)}", f"{EN_WD[w]} {D:02d}/{M:02d}",
               f"{EN_WEEKDAY[w]}, {EN_MONTH[M - 1]} {D}", f"{D:02d}{EN_MON[M - 1].upper()}{Y % 100:02d}",
               f"{D}.{M}.", f"{Y}{M:02d}{D:02d}"],
        "zh": [f"{Y}年{M}月{D}日", f"{M}月{D}日", f"{Y}年{M}月{D}日（{ZH_WD[w]}）", f"{Y}.{M:02d}.{D:02d}",
               f"{M}月{D}号", f"{ZH_WD2[w]}（{M}/{D}）", f"{Y}年{M:02d}月{D:02d}日", f"{M}.{D}"],
        "de": [f"{D:02d}.{M:02d}.{Y}", f"{DE_WD[w]}, {D:02d}.{M:02d}.{Y}", f"{D}. {DE_MON[M - 1]} {Y}",
               f"{D:02d}.{M:02d}.{Y % 100:02d}", f"{DE_WD[w][:2]}. {D:02d}.{M:02d}.", f"KW {d.isocalendar()[1]}"],
        "es": [f"{D:02d}/{M:02d}/{Y}", f"{ES_WD[w]} {D} de {ES_MON[M - 1]}", f"{D:02d}-{M:02d}-{Y}",
               f"{D} de {ES_MON[M - 1]} de {Y}", f"{D}/{M}/{Y % 100:02d}"],
        "fr": [f"{D:02d}/{M:02d}/{Y}", f"{FR_WD[w]} {D} {FR_MON[M - 1]} {Y}", f"{D:02d}.{M:02d}.{Y % 100:02d}",
               f"{D} {FR_MON[M - 1]}", f"{D:02d}-{M:02d}-{Y}"],
        "ru": [f"{D:02d}.{M:02d}.{Y}", f"{RU_WD[w]}, {D:02d}.{M:02d}.{Y}", f"{D} {RU_MON[M - 1]} {Y} г.",
               f"{D:02d}.{M:02d}.{Y % 100:02d}", f"{D} {RU_MON[M - 1]}"],
    }
    return r.choice(common + by[lang] + by[lang])


def g_expiry(r, lang):
    return f"{r.randint(1, 12):02d}/{r.randint(25, 30)}"


def g_time(r, lang):
    h, m = r.randint(0, 23), r.choice([0, 0, 15, 30, 45, r.randint(0, 59)])
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    tz = r.choice(["CET", "CEST", "UTC", "GMT+8", "UTC+8", "EST", "PST", "MSK", "BJT", "UTC+08:00", "GMT-5"])
    by = {
        "en": [f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {ap}", f"{h12}{ap}", f"{h:02d}:{m:02d} {tz}", f"{h12}:{m:02d}{ap.upper()} {tz}",
               f"{h:02d}{m:02d} hrs", f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"],
        "zh": [f"{h:02d}:{m:02d}", f"{'上午' if h < 12 else '下午'}{h12}点", f"{h}点{m}分" if m else f"{h}点",
               f"北京时间 {h:02d}:{m:02d}"],
        "de": [f"{h:02d}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d} {tz}"],
        "es": [f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d} h", f"las {h:02d}:{m:02d}"],
        "fr": [f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h {m:02d}"],
        "ru": [f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d} МСК", f"{h}:{m:02d}"],
    }
    return r.choice(by[lang])


def g_datetime(r, lang):
    d = rand_date(r)
    h, m = r.randint(0, 23), r.choice([0, 15, 30, 45])
    return r.choice([f"{d.isoformat()} {h:02d}:{m:02d}", f"{d:%d.%m.%Y} {h:02d}:{m:02d}", f"{d:%m/%d/%Y} {h:02d}:{m:02d}",
                     f"{d:%d/%m} {h:02d}{m:02d}H", f"{d.isoformat()}T{h:02d}:{m:02d}:00+08:00"])


def g_timestamp(r, lang):
    d = rand_date(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    dt = datetime.datetime(d.year, d.month, d.day, h, m, s, tzinfo=datetime.timezone.utc)
    unix = int(dt.timestamp())
    return r.choice([f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z", f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}",
                     str(unix), str(unix), str(unix * 1000 + r.randint(0, 999)),
                     f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{dg(r, 3)}+08:00", f"{d:%Y%m%d}{h:02d}{m:02d}{s:02d}"])


def g_unix(r, lang):
    return str(r.randint(1672531200, 1767225600))


def g_trange(r, lang):
    a, b = r.randint(7, 10), r.randint(16, 19)
    by = {
        "en": [f"{a}:00-{b}:00", f"Mon–Fri {a}am–{b - 12}pm", f"0{a}:30 – {b}:30 CET" if a < 10 else f"{a}:30 – {b}:30 CET",
               f"{a}am-{b - 12}pm", f"{a}:00 to {b}:00 (GMT+8)", f"Mon-Sat {a:02d}:00-{b}:00", f"{a:02d}00-{b}00 hrs"],
        "zh": [f"周一至周五 {a}:00-{b}:00", f"{a}:00-{b}:00", f"上午{a}点到下午{b - 12}点", f"每天 {a}:30—{b}:30"],
        "de": [f"Mo–Fr {a}–{b} Uhr", f"{a:02d}:00–{b}:00 Uhr", f"Mo.-Do. {a}.00-{b}.30 Uhr"],
        "es": [f"de {a}:00 a {b}:00", f"L-V {a:02d}:00-{b}:00", f"lunes a viernes de {a} a {b} h"],
        "fr": [f"de {a}h à {b}h", f"{a}h00-{b}h30", f"du lundi au vendredi {a}h–{b}h"],
        "ru": [f"с {a}:00 до {b}:00", f"пн–пт {a:02d}:00–{b}:00", f"{a}:00–{b}:00 МСК"],
    }
    return r.choice(by[lang])


PORTS = [(31.2304, 121.4737), (29.8683, 121.5440), (51.9244, 4.4777), (53.5511, 9.9937), (33.7405, -118.2775),
         (39.4699, -0.3763), (44.7239, 37.7688), (49.4944, 0.1079), (22.5431, 114.0579), (1.2644, 103.8223),
         (25.2769, 55.2962), (36.0671, 120.3826), (24.4798, 118.0894), (59.9311, 30.3609), (43.2965, 5.3698)]


def g_coord(r, lang):
    la, lo = r.choice(PORTS)
    la += r.uniform(-0.05, 0.05)
    lo += r.uniform(-0.05, 0.05)
    ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
    A, O = abs(la), abs(lo)

    def dms(x):
        dd = int(x)
        mm = int((x - dd) * 60)
        ss = int(((x - dd) * 60 - mm) * 60)
        return dd, mm, ss
    a1, a2, a3 = dms(A)
    o1, o2, o3 = dms(O)
    return r.choice([f"{la:.4f}, {lo:.4f}", f"{A:.4f}°{ns} {O:.4f}°{ew}", f"{a1}°{a2}'{a3}\"{ns} {o1}°{o2}'{o3}\"{ew}",
                     f"{ns}{a1}°{a2:02d}' {ew}{o1}°{o2:02d}'", f"{la:.6f},{lo:.6f}", f"{A:.3f} {ns}, {O:.3f} {ew}"])


def g_dim(r, lang):
    l, w, h = r.choice([1200, 1140, 1000, 800, 600, 550, 480, 400]), r.choice([800, 1000, 600, 450, 400, 300]), r.choice([150, 120, 300, 250, 180, 95])
    cl, cw, ch = r.randint(20, 80), r.randint(15, 60), r.randint(10, 50)
    return r.choice([
        f"{l}x{w}x{h} mm", f"{l}×{w}×{h}mm", f"{cl} × {cw} × {ch} cm", f"L{cl}*W{cw}*H{ch}cm", f"{cl}*{cw}*{ch}CM",
        f"2440 x 1220 x {r.choice([9, 12, 15, 18, 25])} mm", f"{cl}.{r.randint(0, 9)}x{cw}.{r.randint(0, 9)}x{ch}.{r.randint(0, 9)} in",
        f"Ø{r.choice([16, 20, 25, 32, 40, 50])} mm", f"M{r.choice([6, 8, 10, 12, 16])}x{r.choice(['1', '1.25', '1.5', '1.75'])}",
        f"{r.choice(['0.8', '1.2', '1.5', '2.0', '3'])} mm thick", f"{cl}x{cw} cm", f"{l} mm", f"DN{r.choice([25, 50, 80, 100])}",
        f"{r.randint(3, 12)}'x{r.randint(3, 12)}'",
    ])


def g_pdim(r, lang):
    """pallet / carton sizes"""
    cl, cw, ch = r.randint(20, 80), r.randint(15, 60), r.randint(10, 50)
    return r.choice(["1200x800x150 mm", "1200×1000×1500mm", "1140 x 1140 x 1200 mm", "800x600x1100 mm",
                     f"{cl} × {cw} × {ch} cm", f"L{cl}*W{cw}*H{ch}cm", f"{cl}*{cw}*{ch}CM", f"{cl}x{cw}x{ch} cm",
                     f"{cl * 10}x{cw * 10}x{ch * 10} mm", f"{cl / 2.54:.1f} x {cw / 2.54:.1f} x {ch / 2.54:.1f} in"])


def g_ctype(r, lang):
    return r.choice(["40'HQ", "20'GP", "40HC", "45' HC", "2x40HQ", "1x20GP", "3 x 40'HC", "40' RF", "20'OT",
                     "1×40HQ", "40ft HC", "2 FCL 40'", "LCL 12 cbm", "4x40HQ", "20DV"])


def fmt_amount(r, x, conv, decimals=2):
    ip = int(x)
    frac = ("%.*f" % (decimals, x)).split(".")[1] if decimals else ""
    if conv == "en":
        s = group_int(ip, ",") + ("." + frac if decimals else "")
    elif conv == "eu":
        s = group_int(ip, ".") + ("," + frac if decimals else "")
    elif conv == "fr":
        s = group_int(ip, r.choice([" ", "\u00a0", "\u202f"])) + ("," + frac if decimals else "")
    elif conv == "ch":
        s = group_int(ip, "'") + ("." + frac if decimals else "")
    elif conv == "ru":
        s = group_int(ip, r.choice([" ", "\u00a0"])) + ("," + frac if decimals else "")
    else:  # plain
        s = str(ip) + ("." + frac if decimals else "")
    return s


LANG_CONV = {"en": ["en", "en", "en", "plain", "ch"], "zh": ["en", "plain"], "de": ["eu", "eu", "ch"],
             "es": ["eu", "eu", "en"], "fr": ["fr", "fr", "eu"], "ru": ["ru", "ru", "en"]}


def g_price(r, lang):
    conv = r.choice(LANG_CONV[lang])
    x = r.choice([r.uniform(1000, 999999), r.uniform(100, 9999), r.uniform(10000, 99999)])
    dec = r.choice([2, 2, 0])
    amt = fmt_amount(r, round(x, 2), conv, dec)
    if conv == "ch":
        return r.choice([f"CHF {amt}", f"{amt} CHF", f"USD {amt}"])
    by = {
        "en": [f"USD {amt}", f"${amt}", f"US$ {amt}", f"€{amt}", f"£{amt}", f"EUR {amt}", f"CNY {amt}", f"HK${amt}",
               f"{amt} USD", f"RMB {amt}"],
        "zh": [f"¥{amt}", f"{amt}元", f"RMB {amt}", f"USD {amt}", f"人民币{amt}元", f"美金 {amt}"],
        "de": [f"{amt} €", f"EUR {amt}", f"{amt} EUR", f"USD {amt}"],
        "es": [f"{amt} €", f"{amt} EUR", f"USD {amt}", f"US$ {amt}"],
        "fr": [f"{amt} €", f"{amt} EUR", f"USD {amt}"],
        "ru": [f"{amt} ₽", f"{amt} руб.", f"${amt}", f"USD {amt}", f"{amt} долл."],
    }
    return r.choice(by[lang])


def g_uprice(r, lang):
    conv = r.choice(LANG_CONV[lang])
    x = round(r.choice([r.uniform(0.05, 9.99), r.uniform(1, 99), r.uniform(100, 2500)]), 2)
    amt = fmt_amount(r, x, "plain" if conv == "ch" else conv, 2)
    by = {
        "en": [f"US${amt}/pc", f"${amt} per unit", f"USD {amt}/set", f"€{amt}/pc", f"{amt} USD/kg", f"${amt}/m",
               f"USD {amt} per carton", f"${amt} ea", f"{amt} $/pcs"],
        "zh": [f"¥{amt}/件", f"{amt}元/个", f"单价{amt}元", f"USD {amt}/pc", f"{amt}美元/套"],
        "de": [f"{amt} €/Stk.", f"{amt} EUR pro Stück", f"USD {amt}/Stk", f"{amt} €/kg"],
        "es": [f"{amt} €/ud.", f"USD {amt} por unidad", f"{amt} $/pieza", f"{amt} €/kg"],
        "fr": [f"{amt} €/pièce", f"{amt} € l'unité", f"USD {amt}/pc", f"{amt} €/kg"],
        "ru": [f"{amt} ₽/шт.", f"${amt} за шт.", f"{amt} руб./кг", f"USD {amt}/шт"],
    }
    return r.choice(by[lang])


def g_prange(r, lang):
    conv = r.choice(LANG_CONV[lang])
    lo = round(r.uniform(0.5, 50), 2)
    hi = round(lo * r.uniform(1.05, 1.6), 2)
    big = r.random() < 0.4
    if big:
        lo, hi = int(lo * 100), int(hi * 100)
        a, b = fmt_amount(r, lo, conv if conv != "plain" else "en", 0), fmt_amount(r, hi, conv if conv != "plain" else "en", 0)
    else:
        c2 = "en" if conv in ("en", "plain", "ch") else ("eu" if conv != "ru" else "ru")
        a, b = fmt_amount(r, lo, c2, 2), fmt_amount(r, hi, c2, 2)
    by = {
        "en": [f"USD {a}–{b}", f"${a}-${b}", f"US$ {a} ~ {b}/pc", f"${a} to ${b}", f"€{a}-{b}"],
        "zh": [f"¥{a}-{b}", f"{a}~{b}元", f"USD {a}-{b}"],
        "de": [f"{a}–{b} €", f"EUR {a} - {b}", f"zwischen {a} und {b} €"],
        "es": [f"{a}-{b} €", f"entre {a} y {b} USD", f"USD {a}–{b}"],
        "fr": [f"{a} à {b} €", f"{a}–{b} €", f"entre {a} et {b} USD"],
        "ru": [f"{a}–{b} ₽", f"от {a} до {b} руб.", f"${a}-{b}"],
    }
    return r.choice(by[lang])


def g_qty(r, lang):
    n = r.choice([r.randint(1, 50) * 100, r.randint(1, 30) * 1000, r.randint(2, 999), r.randint(10, 120) * 500])
    conv = {"en": "en", "zh": "plain", "de": "eu", "es": "eu", "fr": "fr", "ru": "ru"}[lang]
    s = fmt_amount(r, n, r.choice([conv, "plain"]), 0)
    by = {
        "en": [f"{s} pcs", f"{s} units", f"{s} pcs", f"{r.randint(2, 900)} cartons", f"{r.randint(1, 40)} pallets",
               f"{s} sets", f"{s} m", f"{r.randint(6, 48)} pcs/ctn", f"{s} kgs", f"{s} rolls", f"{s}pcs"],
        "zh": [f"{s}件", f"{s}个", f"{r.randint(2, 900)}箱", f"{s}套", f"{r.randint(1, 40)}托"],
        "de": [f"{s} Stück", f"{s} Stk.", f"{r.randint(2, 900)} Kartons", f"{r.randint(1, 40)} Paletten", f"{s} kg"],
        "es": [f"{s} unidades", f"{s} uds.", f"{r.randint(2, 900)} cajas", f"{r.randint(1, 40)} palés"],
        "fr": [f"{s} pièces", f"{s} unités", f"{r.randint(2, 900)} cartons", f"{r.randint(1, 40)} palettes"],
        "ru": [f"{s} шт.", f"{s} штук", f"{r.randint(2, 900)} коробок", f"{r.randint(1, 40)} паллет"],
    }
    return r.choice(by[lang])


def g_weight(r, lang):
    kg = r.randint(300, 27000)
    conv = {"en": "en", "zh": "en", "de": "eu", "es": "eu", "fr": "fr", "ru": "ru"}[lang]
    s = fmt_amount(r, kg, r.choice([conv, "plain"]), 0)
    dec = "," if lang in ("de", "es", "fr", "ru") else "."
    small = f"{r.randint(0, 60)}{dec}{r.randint(0, 9)}"
    return r.choice([f"{s} kg", f"{s} KGS", f"{s}kg", f"{small} kg", f"{r.randint(1, 90)}{dec}{r.randint(0, 99):02d} lbs",
                     f"{r.randint(1, 28)}{dec}{r.randint(0, 9)} t", f"{r.randint(50, 950)} g", f"VGM {s} kg",
                     f"G.W. {s} kg", f"N.W. {s} KGS"] + (["{}公斤".format(s), f"毛重{s}kg"] if lang == "zh" else []) +
                    ([f"{s} кг", f"брутто {s} кг"] if lang == "ru" else []))


def g_cbm(r, lang):
    dec = "," if lang in ("de", "es", "fr", "ru") else "."
    v = f"{r.randint(1, 68)}{dec}{r.randint(0, 99):02d}"
    return r.choice([f"{v} CBM", f"{v} m³", f"{v}cbm", f"{v} m3"] + ([f"{v}方"] if lang == "zh" else []))


def g_temp(r, lang):
    dec = "," if lang in ("de", "es", "fr", "ru") else "."
    return r.choice([
        f"-{r.choice([18, 20, 25, 30])}°C", f"{r.choice([2, 4])}–8 °C", f"15-25℃", f"{r.randint(150, 450)}°F",
        f"-40 to +85 °C", f"-{r.randint(18, 25)}{dec}0 C", f"+{r.randint(2, 12)}°C", f"{r.randint(60, 120)} °C",
        f"-20℃~+60℃", f"{r.randint(20, 30)}±2°C",
    ])


def g_spec(r, lang):
    return r.choice([
        "220V/50Hz", "110-240 V AC", "100–240V~ 50/60Hz", "12V DC 5A", "24V 2.5A", "3x400V 50Hz", "380V 3P 50Hz",
        "IP65", "IP67", "IP68", "5V⎓3A", f"{r.choice([60, 100, 150, 600, 1500, 2200])} W", f"{r.choice([2000, 4000, 5000, 10000])} mAh",
        f"{r.choice(['0.75', '1.5', '2.2', '5.5', '7.5'])} kW", f"{r.choice([6, 10, 16, 25])} bar", "DN50 PN16", "Ra 0.8",
        f"{r.choice([2700, 3000, 4000, 5000, 6500])}K CRI>80", "M12 A-coded 4-pin", "Class 8.8", "ISO 9001:2015",
        f"{r.randint(1, 48)}V/{r.randint(1, 20)}A", "USB-C PD 65W", "Cat6 UTP 23AWG", "4G LTE B1/B3/B5/B8",
    ])


def g_volt(r, lang):
    return r.choice(["220V/50Hz", "110-240 V AC", "100–240V~ 50/60Hz", "12V DC 5A", "24V 2.5A", "3x400V 50Hz",
                     "380V 3P 50Hz", "5V⎓3A", "48V DC", "230 V AC 16 A", f"{r.randint(5, 48)}V/{r.randint(1, 20)}A",
                     "USB-C PD 65W", "AC 100-277V"])


def g_tol(r, lang):
    dec = "," if lang in ("de", "es", "fr", "ru") else "."
    return r.choice([f"±0{dec}0{r.randint(1, 5)} mm", f"+/-0{dec}{r.randint(1, 5)}mm", f"+0{dec}1/-0 mm", f"±{r.randint(1, 10)}%",
                     f"+{r.randint(2, 10)}% / -{r.randint(2, 10)}%", f"H7/g6"])


def g_pct(r, lang):
    dec = "," if lang in ("de", "es", "fr", "ru") else "."
    sp = "\u00a0" if lang == "fr" and r.random() < 0.5 else ""
    return r.choice([f"{r.randint(1, 30)}%", f"{r.randint(1, 15)}{dec}{r.randint(1, 9)}{sp}%", f"{r.randint(1, 9)}{dec}5{sp}%",
                     f"{r.choice([5, 10, 13, 16, 19, 20, 21, 22])}{sp}%", f"{r.randint(10, 35)}{dec}{r.randint(0, 9)}{sp}%"])


def g_terms(r, lang):
    dep = r.choice([20, 30, 40, 50])
    by = {
        "en": [f"{dep}% T/T deposit, {100 - dep}% against B/L copy", "100% L/C at sight", "net 30", "2/10 net 30",
               "D/P at sight", f"{dep}% deposit, balance before shipment", "L/C 90 days", "O/A 60 days",
               f"T/T {dep}/{100 - dep}", "CAD", "60 days after B/L date"],
        "zh": [f"{dep}%定金，{100 - dep}%见提单副本付款", "即期信用证", f"T/T {dep}/{100 - dep}", "月结30天", f"预付{dep}%"],
        "de": [f"{dep} % Anzahlung, Rest vor Versand", "30 Tage netto", "2 % Skonto bei Zahlung in 10 Tagen",
               "Akkreditiv bei Sicht", f"T/T {dep}/{100 - dep}"],
        "es": [f"{dep}% por adelantado, {100 - dep}% contra copia del B/L", "pago a 30 días", "carta de crédito a la vista",
               f"T/T {dep}/{100 - dep}"],
        "fr": [f"acompte de {dep} %, solde à réception de la copie du B/L", "paiement à 30 jours fin de mois",
               "crédit documentaire à vue", f"T/T {dep}/{100 - dep}"],
        "ru": [f"предоплата {dep}%, {100 - dep}% по копии коносамента", "отсрочка 30 дней", "аккредитив по предъявлении",
               f"T/T {dep}/{100 - dep}"],
    }
    return r.choice(by[lang])


def g_inco(r, lang):
    return r.choice(["FOB", "CIF", "CFR", "EXW", "DAP", "DDP", "FCA", "CPT"]) + " " + r.choice(
        ["Ningbo", "Shanghai", "Shenzhen", "Qingdao", "Xiamen", "Yantian", "Hamburg", "Rotterdam", "Valencia",
         "Le Havre", "Antwerp", "Novorossiysk", "St. Petersburg", "Los Angeles", "Felixstowe", "Guangzhou", "Tianjin"])


CAPS_WORDS = ["CUSTOMER", "DELIVERY", "SHIPPING", "TRANSFER", "PURCHASE", "QUANTITY", "ORIGINAL", "DOCUMENT",
              "APPROVED", "SHIPMENT", "CONTRACT", "PRIORITY", "DISCOUNT", "CERTIFICATE", "DESCRIPTION",
              "INSTRUCTION", "FRAGILEX", "CONSIGNEE", "NOTIFYING"]
CAPS_WORDS = [w for w in CAPS_WORDS if len(w) in (8, 11)]


def g_caps(r, lang):
    return r.choice(CAPS_WORDS)


def g_file(r, lang):
    d = rand_date(r)
    return r.choice([f"PI_{d:%Y%m%d}_v{r.randint(1, 4)}.pdf", f"packing list {d:%y%m}.xlsx", f"IMG_{d:%Y%m%d}_{dg(r, 6)}.jpg",
                     f"quotation-{dg(r, 4)}.xlsx", f"CI&PL_{dg(r, 5)}.pdf", f"spec_sheet_{r.choice(['A', 'B', 'C'])}{dg(r, 3)}.pdf",
                     f"VID_{d:%Y%m%d}_{dg(r, 6)}.mp4", f"BL_draft_{dg(r, 6)}.pdf", f"catalog{d.year}.pdf", f"test_report_{dg(r, 5)}.pdf"])


def g_md5(r, lang):
    return "".join(r.choice("0123456789abcdef") for _ in range(32))


def g_txhash(r, lang):
    return "0x" + "".join(r.choice("0123456789abcdef") for _ in range(64))


def g_mention(r, lang):
    return "@" + r.choice(["Tom", "Anna", "sales_team", "Lily", "logistics", "QC_dept", "Mr_Wang", "Kevin", "Ops", "Marta"])


# --------------------------------------------------------------------------
# PII generators (gold spans)
# --------------------------------------------------------------------------

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def ph_cn(r):
    p = r.choice(["138", "139", "135", "136", "137", "150", "151", "158", "159", "186", "187", "188", "189", "177",
                  "180", "181", "199", "133", "153", "176"])
    a, b = dg(r, 4), dg(r, 4)
    return r.choice([f"+86 {p} {a} {b}", f"+86-{p}-{a}-{b}", f"0086 {p}{a}{b}", f"{p} {a} {b}", f"{p}{a}{b}",
                     f"+86{p}{a}{b}", f"{p}-{a}-{b}", f"(+86) {p} {a} {b}", f"+86 {p}{a}{b}"])


def ph_de(r):
    m = r.choice(["151", "152", "160", "170", "171", "172", "175", "176", "157", "162", "163", "1520"])
    n = dg(r, 7 if len(m) == 4 else r.choice([7, 8]))
    city = r.choice(["30", "40", "89", "69", "711", "221"])
    ln = dg(r, 8 - len(city) + 1)
    return r.choice([f"+49 {m} {n[:4]} {n[4:]}", f"+49 (0){m} {n}", f"0049 {m} {n}", f"0{m} {n}", f"+49 {city} {ln}",
                     f"+49 (0){city} {ln}", f"0{city} {ln[:3]} {ln[3:]}", f"+49-{m}-{n}", f"+49{m}{n}"])


def ph_us(r):
    a = r.choice(["212", "415", "646", "310", "713", "305", "312", "404", "206", "617", "917", "469"])
    x, n = r.choice(["555", str(r.randint(201, 989))]), "01" + dg(r, 2) if r.random() < 0.5 else dg(r, 4)
    return r.choice([f"({a}) {x}-{n}", f"+1 {a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 ({a}) {x} {n}", f"{a}-{x}-{n}",
                     f"+1 {a} {x} {n}", f"001 {a} {x} {n}", f"1-{a}-{x}-{n}"])


def ph_uk(r):
    n = dg(r, 3)
    return r.choice([f"+44 7700 900{n}", f"+44 20 7946 0{n}", f"0044 20 7946 0{n}", f"07700 900{n}", f"020 7946 0{n}",
                     f"+44 (0)161 496 0{n}", f"+44 7{dg(r, 3)} {dg(r, 6)}", f"0161 496 0{n}"])


def ph_es(r):
    return r.choice([f"+34 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}", f"+34 91 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                     f"6{dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}", f"0034 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                     f"+34 93 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+34 7{dg(r, 8)}"])


def ph_fr(r):
    g = lambda: dg(r, 2)
    return r.choice([f"+33 6 {g()} {g()} {g()} {g()}", f"06 {g()} {g()} {g()} {g()}", f"+33 (0)1 {g()} {g()} {g()} {g()}",
                     f"0033 7 {g()} {g()} {g()} {g()}", f"07.{g()}.{g()}.{g()}.{g()}", f"+33 1 {g()} {g()} {g()} {g()}",
                     f"+336{dg(r, 8)}"])


def ph_ru(r):
    c = r.choice(["916", "903", "926", "985", "965", "495", "812", "921", "911"])
    a, b, d = dg(r, 3), dg(r, 2), dg(r, 2)
    return r.choice([f"+7 {c} {a}-{b}-{d}", f"8 ({c}) {a}-{b}-{d}", f"+7 ({c}) {a}-{b}-{d}", f"+7 {c} {a}{b}{d}",
                     f"8-{c}-{a}-{b}-{d}", f"+7{c}{a}{b}{d}", f"8 {c} {a} {b} {d}"])


def ph_misc(r):
    return r.choice([f"+91 9{dg(r, 4)} {dg(r, 5)}", f"+91-9{dg(r, 9)}", f"+971 50 {dg(r, 3)} {dg(r, 4)}",
                     f"+84 912 {dg(r, 3)} {dg(r, 3)}", f"+90 532 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                     f"+55 11 9{dg(r, 4)}-{dg(r, 4)}", f"+852 {r.choice('5689')}{dg(r, 3)} {dg(r, 4)}",
                     f"+82 10-{dg(r, 4)}-{dg(r, 4)}", f"+48 {dg(r, 3)} {dg(r, 3)} {dg(r, 3)}", f"+39 3{dg(r, 2)} {dg(r, 3)} {dg(r, 4)}"])


PHONE_BY_LANG = {"en": [ph_us, ph_uk, ph_cn, ph_de, ph_misc, ph_us, ph_cn, ph_misc], "zh": [ph_cn] * 5 + [ph_us, ph_de],
                 "de": [ph_de] * 4 + [ph_cn, ph_uk], "es": [ph_es] * 4 + [ph_cn, ph_us], "fr": [ph_fr] * 4 + [ph_cn, ph_misc],
                 "ru": [ph_ru] * 4 + [ph_cn, ph_misc]}


def p_phone(r, lang):
    v = r.choice(PHONE_BY_LANG[lang])(r)
    if lang == "zh" and v[0] == "1" and r.random() < 0.15:
        v = fullwidth(v)
    return v


LOCALS = ["lily.chen", "tom.baker", "anna_k", "wang.lei", "zhang_wei88", "maria.garcia", "j.mueller", "pierre.dubois",
          "ivan.petrov", "sales01", "export.manager", "kevin_lin", "sophie.martin", "alex.ivanova", "carlos.ruiz",
          "h.schmidt", "nina2019", "jason.wu", "purchasing.dept", "olga_smirnova", "david.lee", "laura.fernandez",
          "m.rossi", "yuki.tanaka", "sam.patel", "claire.bernard", "dmitry.k", "fatima.ali", "ben.wright", "emma.fischer"]
DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "163.com", "qq.com", "icloud.com",
                  "ningbo-hardware.com", "sz-electronics.cn", "globaltrade.co.uk", "acme-imports.com"],
           "zh": ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "aliyun.com", "yiwu-toys.cn"],
           "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "mueller-gmbh.de", "posteo.de"],
           "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "importaciones-ruiz.es"],
           "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "negoce-lyon.fr"],
           "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru", "torg-import.ru"]}


def p_email(r, lang):
    loc = r.choice(LOCALS)
    if lang == "zh" and r.random() < 0.4:
        loc = dgn(r, r.randint(6, 10)) if r.random() < 0.5 else loc
    dom = r.choice(DOMAINS[lang])
    name, tld = dom.split(".", 1)
    k = r.random()
    if k < 0.6:
        return f"{loc}@{dom}"
    return r.choice([f"{loc.replace('.', ' dot ')} at {name} dot {tld.replace('.', ' dot ')}", f"{loc}[at]{name}[dot]{tld}",
                     f"{loc}(at){dom}", f"{loc} @ {dom}", f"{loc}＠{dom}", f"{loc} AT {name} DOT {tld.upper()}",
                     f"{loc}(@){dom}"])


COMPANIES = ["sino-tools", "nbhardware", "globalsourcing-ltd", "yiwu-toys", "shenzhen-ledtech", "mueller-handel",
             "importaciones-ruiz", "negoce-lyon", "torg-import", "acme-imports", "brightparts", "eastsea-trading"]


def rstr(r, n, alphabet=LOWER + UPPER + DIG):
    return "".join(r.choice(alphabet) for _ in range(n))


def p_url(r, lang):
    c = r.choice(COMPANIES)
    return r.choice([
        f"https://www.{c}.com/products/{r.choice(['led-panel', 'hinge-35mm', 'pcb-assembly', 'kids-toys'])}",
        f"www.{c}.com", f"{c}.en.alibaba.com", f"https://bit.ly/{rstr(r, 7)}",
        f"https://drive.google.com/file/d/1{rstr(r, 32)}/view?usp=sharing",
        f"https://www.dropbox.com/s/{rstr(r, 15, LOWER + DIG)}/catalog_{r.randint(2023, 2025)}.pdf?dl=0",
        f"https://pan.baidu.com/s/1{rstr(r, 22)}", f"https://www.facebook.com/{c}", f"http://{c}.1688.com",
        f"https://www.instagram.com/{c.replace('-', '_')}_official/", f"https://we.tl/t-{rstr(r, 10)}",
        f"https://{c}.shop/?ref={dg(r, 5)}", f"www.{c}.de/katalog", f"https://www.linkedin.com/in/{c}-{rstr(r, 6, LOWER + DIG)}",
        f"https://www.ebay.com/itm/{dgn(r, 12)}", f"https://item.taobao.com/item.htm?id={dgn(r, 12)}",
    ])


def p_wechat(r, lang):
    base = r.choice(["lily", "tom", "kevin", "amy", "jack", "wanglei", "sunny", "coco", "leo", "mia", "zhangwei"])
    return r.choice([f"{base}_{dg(r, 4)}", f"{base}{dg(r, 3)}", f"wxid_{rstr(r, 14, LOWER + DIG)}", f"{base}-trade{dg(r, 2)}",
                     f"{base.capitalize()}{r.choice(['Sourcing', 'Export', 'LED'])}{dg(r, 2)}"])


def p_skype(r, lang):
    base = r.choice(LOCALS)
    return r.choice([f"live:{base}", f"live:.cid.{rstr(r, 16, 'abcdef0123456789')}", f"{base.replace('.', '_')}{dg(r, 2)}",
                     f"live:{base}_{dg(r, 1)}"])


def p_tg(r, lang):
    return "@" + r.choice(["lily_trade", "tomsourcing", "ivan_opt", "kevin_led", "maria_imports", "sunny_yiwu",
                           "export_lead", "dmitry_logist", "anna_b2b"]) + r.choice(["", dg(r, 2)])


def p_tme(r, lang):
    h = p_tg(r, lang)[1:]
    return r.choice([f"t.me/{h}", f"https://t.me/{h}"])


def p_qq(r, lang):
    while True:
        q = dgn(r, r.choice([8, 9, 10]))
        if not aba_ok(q):
            return q


def p_line(r, lang):
    return r.choice(["lily", "kenji", "som", "aom"]) + r.choice(["_", ".", ""]) + dg(r, r.randint(2, 4))


def p_card(r, lang):
    k = r.random()
    if k < 0.45:
        b = "4" + dg(r, 14)
        n = b + luhn_digit(b)
        return r.choice([group(n, [4, 4, 4, 4]), n, group(n, [4, 4, 4, 4], "-")])
    if k < 0.8:
        b = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]) 
        b = b + dg(r, 15 - len(b))
        n = b + luhn_digit(b)
        return r.choice([group(n, [4, 4, 4, 4]), n])
    if k < 0.92:
        b = r.choice(["34", "37"]) + dg(r, 12)
        n = b + luhn_digit(b)
        return r.choice([group(n, [4, 6, 5]), n])
    b = "6011" + dg(r, 11)
    n = b + luhn_digit(b)
    return group(n, [4, 4, 4, 4])


IBAN_SPEC = {"DE": lambda r: dg(r, 18), "GB": lambda r: r.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + dg(r, 14),
             "FR": lambda r: dg(r, 23), "ES": lambda r: dg(r, 20), "NL": lambda r: r.choice(["INGB", "ABNA", "RABO"]) + dg(r, 10),
             "IT": lambda r: r.choice(UPPER) + dg(r, 10) + dg(r, 12), "CH": lambda r: dg(r, 17), "AT": lambda r: dg(r, 16),
             "BE": lambda r: dg(r, 12), "PL": lambda r: dg(r, 24)}
IBAN_BY_LANG = {"en": ["GB", "DE", "NL", "IT", "BE", "PL", "CH"], "zh": ["DE", "GB", "NL"], "de": ["DE", "DE", "AT", "CH"],
                "es": ["ES", "ES", "IT"], "fr": ["FR", "FR", "BE", "CH"], "ru": ["DE", "PL", "AT"]}


def p_iban(r, lang):
    cc = r.choice(IBAN_BY_LANG[lang])
    bban = IBAN_SPEC[cc](r)
    cd = 98 - iban_num(bban + cc + "00") % 97
    s = f"{cc}{cd:02d}{bban}"
    return r.choice([group(s, [4] * 10), group(s, [4] * 10), s])


def p_acct(r, lang):
    while True:
        n = r.choice([dgn(r, 10), dgn(r, 12), "6222" + dg(r, 15), dgn(r, 8), dgn(r, 14), dgn(r, 17),
                      "40702810" + dg(r, 12)])
        if num_checksum_bad(n):
            continue
        if len(n) >= 16 and r.random() < 0.5:
            return group(n, [4] * 6)
        if len(n) == 10 and r.random() < 0.3:
            return f"{n[:3]}-{n[3:9]}-{n[9]}"
        return n


BIC_BANKS = [("DEUT", "DE", "FF"), ("BKCH", "CN", "BJ"), ("HSBC", "HK", "HH"), ("ICBK", "CN", "BJ"), ("CHAS", "US", "33"),
             ("BOFA", "US", "3N"), ("COBA", "DE", "FF"), ("SBIN", "IN", "BB"), ("SABR", "RU", "MM"), ("BBVA", "ES", "MM"),
             ("BNPA", "FR", "PP"), ("CITI", "US", "33"), ("PCBC", "CN", "BJ"), ("ABOC", "CN", "BJ"), ("COMM", "CN", "SH"),
             ("CMBC", "CN", "BS"), ("UBSW", "CH", "ZH"), ("INGB", "NL", "2A"), ("BARC", "GB", "22"), ("NWBK", "GB", "2L"),
             ("SCBL", "HK", "HH"), ("CAIX", "ES", "BB"), ("SOGE", "FR", "PP"), ("VTBR", "RU", "MM"), ("HYVE", "DE", "MM")]


def p_bic(r, lang):
    b, c, l = r.choice(BIC_BANKS)
    return b + c + l + r.choice(["", "", "XXX", dg(r, 3), r.choice(["SHA", "HKH", "NBO", "FRA"])])


def p_aba(r, lang):
    while True:
        d = r.choice(["0", "1", "2", "3"]) + dg(r, 7)
        if d[:2] not in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23", "24",
                         "25", "26", "27", "28", "29", "30", "31", "32"):
            continue
        for c in DIG:
            if aba_ok(d + c):
                return d + c


def p_ssn(r, lang):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.8 else s.replace("-", " ")


CN_REGIONS = ["110101", "110105", "310104", "310115", "440305", "440106", "330106", "330203", "320102", "320505",
              "350203", "370202", "420106", "510104", "330782"]


def p_cnid(r, lang):
    d = datetime.date(1962, 1, 1) + datetime.timedelta(days=r.randrange(0, 14000))
    b = r.choice(CN_REGIONS) + d.strftime("%Y%m%d") + dg(r, 3)
    return b + cnid_char(b)


def p_aadhaar(r, lang):
    b = r.choice("23456789") + dg(r, 10)
    n = b + verhoeff_digit(b)
    return r.choice([group(n, [4, 4, 4]), n])


def p_nino(r, lang):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = dg(r, 6)
    s = r.choice("ABCD")
    return r.choice([f"{a}{n}{s}", f"{a} {n[:2]} {n[2:4]} {n[4:]} {s}"])


def p_natid(r, lang):
    if lang == "zh":
        return p_cnid(r, lang)
    return r.choice([p_ssn, p_ssn, p_cnid, p_aadhaar, p_nino])(r, lang)


def p_ip4(r, lang):
    return r.choice([f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"192.0.2.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"47.{r.randint(74, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"116.62.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"185.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def p_ip6(r, lang):
    h = lambda: "%x" % r.randrange(0x10000)
    v = r.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2001:0db8:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                  f"fe80::{h()}:{h()}:{h()}:{h()}", f"2408:{h()}:{h()}:{h()}::{h()}", f"2a02:{h()}:{h()}::{h()}:{h()}"])
    ipaddress.ip_address(v)
    return v


def p_btc(r, lang):
    k = r.random()
    prog = bytes(r.randrange(256) for _ in range(20))
    if k < 0.4:
        raw = b"\x00" + prog
    elif k < 0.65:
        raw = b"\x05" + prog
    else:
        data = [0] + convertbits(prog, 8, 5)
        pm = bech32_polymod(bech32_hrp("bc") + data + [0] * 6) ^ 1
        chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        return "bc1" + "".join(BECH[x] for x in data + chk)
    return b58encode(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


def p_eth(r, lang):
    h = "".join(r.choice("0123456789abcdef") for _ in range(40))
    return "0x" + (h.upper() if r.random() < 0.1 else h)


def a_us(r):
    street = r.choice(["Oak Ridge", "Maple", "Lakeview", "Industrial", "Commerce", "Harbor", "Sunset", "Pine Valley",
                       "Riverside", "Elm", "Fairview", "Washington"])
    suf = r.choice(["St", "Street", "Ave", "Avenue", "Blvd", "Road", "Dr", "Parkway"])
    unit = r.choice(["Suite 210, ", "Apt 4B, ", "Unit 12, ", "", "", "Ste 1500, "])
    city, st, z = r.choice([("Austin", "TX", "787"), ("Newark", "NJ", "071"), ("Chicago", "IL", "606"), ("Los Angeles", "CA", "900"),
                            ("Miami", "FL", "331"), ("Seattle", "WA", "981"), ("Columbus", "OH", "432"), ("Atlanta", "GA", "303")])
    return f"{r.randint(12, 9899)} {street} {suf}, {unit}{city}, {st} {z}{dg(r, 2)}" + r.choice(["", "", ", USA"])


def a_uk(r):
    city, outs = r.choice([("London", ["SE1", "E14", "NW1", "W2", "EC2A"]), ("Manchester", ["M1", "M20", "M4"]),
                           ("Birmingham", ["B1", "B15"]), ("Leeds", ["LS1", "LS6"]), ("Bristol", ["BS1", "BS8"])])
    pc = r.choice(outs) + " " + str(r.randint(1, 9)) + letters(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
    street = r.choice(["Kingsway", "High Street", "Church Road", "Station Road", "Victoria Street", "Park Lane", "Mill Lane"])
    flat = r.choice(["", "", "Flat 3, ", "Unit 7, "])
    return f"{flat}{r.randint(1, 240)} {street}, {city} {pc}" + r.choice(["", ", UK", ", United Kingdom"])


def a_de(r):
    street = r.choice(["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Industriestraße", "Gartenstraße", "Am Hafen",
                       "Schillerstraße", "Kaiserallee", "Goethestr."])
    city, pre = r.choice([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Stuttgart", "70"), ("Köln", "50"),
                          ("Frankfurt am Main", "60"), ("Düsseldorf", "40"), ("Leipzig", "04")])
    return f"{street} {r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}, {pre}{dg(r, 3)} {city}" + r.choice(["", "", ", Deutschland", ", Germany"])


def a_cn_en(r):
    city, dists, zp = r.choice([("Shenzhen", ["Nanshan", "Futian", "Bao'an", "Longgang"], "518"), ("Shanghai", ["Pudong New", "Minhang", "Jing'an"], "200"),
                                ("Ningbo", ["Yinzhou", "Beilun"], "315"), ("Guangzhou", ["Tianhe", "Baiyun", "Panyu"], "510"),
                                ("Beijing", ["Chaoyang", "Haidian"], "100"), ("Suzhou", ["Wuzhong", "Gusu"], "215")])
    road = r.choice(["Jianguo", "Nanjing East", "Keyuan South", "Tianmu", "Zhongshan", "Jiangnan", "Huaxia", "Binhai"])
    lead = r.choice([f"Room {r.randint(1, 30)}{r.randint(1, 20):02d}, Building {r.randint(1, 12)}, ", f"Unit {r.randint(101, 2808)}, ",
                     f"{r.randint(1, 9)}F, Block {r.choice('ABCD')}, ", ""])
    return f"{lead}No. {r.randint(1, 999)} {road} Road, {r.choice(dists)} District, {city} {zp}{dg(r, 3)}" + r.choice(["", ", China", ", P.R. China"])


def a_cn_zh(r):
    prov, city, dists, zp = r.choice([("广东省", "深圳市", ["南山区", "福田区", "宝安区"], "518"), ("浙江省", "宁波市", ["鄞州区", "北仑区"], "315"),
                                      ("江苏省", "苏州市", ["工业园区", "吴中区"], "215"), ("", "上海市", ["浦东新区", "闵行区"], "200"),
                                      ("浙江省", "杭州市", ["西湖区", "滨江区"], "310"), ("广东省", "广州市", ["天河区", "白云区"], "510")])
    road = r.choice(["科技园南路", "天童南路", "张江路", "星湖街", "建设路", "人民路", "解放大道", "工业大道", "文三路"])
    tail = r.choice(["", f"{r.randint(1, 12)}栋{r.randint(1, 30)}{r.randint(1, 20):02d}室", f"{r.choice('ABC')}座{r.randint(3, 25)}楼",
                     f"{r.randint(1, 6)}号厂房"])
    post = r.choice(["", "", f" {zp}{dg(r, 3)}"])
    return f"{prov}{city}{r.choice(dists)}{road}{r.randint(1, 999)}号{tail}{post}"


def p_addr(r, lang):
    if lang == "zh":
        return r.choice([a_cn_zh, a_cn_zh, a_cn_en])(r)
    if lang == "de":
        return r.choice([a_de, a_de, a_de, a_cn_en])(r)
    return r.choice([a_us, a_uk, a_de, a_cn_en, a_us, a_uk])(r)


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

NEG = {  # key: (generator, kind)
    "HS": (g_hs, "HS_CODE"), "CONT": (g_container, "CONTAINER"), "SEAL": (g_seal, "SEAL"),
    "BL": (g_bl, "BILL_OF_LADING"), "BOOK": (g_booking, "BOOKING"), "VOY": (g_voyage, "VOYAGE"),
    "AWB": (g_awb, "AWB"), "LC": (g_lc, "LETTER_OF_CREDIT"), "MT": (g_mt, "SWIFT_MT"), "MTREF": (g_mtref, "SWIFT_REF"),
    "UETR": (g_uetr, "SWIFT_REF"), "INV": (g_invoice, "INVOICE"), "PO": (g_po, "PO"), "ORD": (g_order, "ORDER"),
    "ORD11": (g_order11, "ORDER_PHONE_SHAPED"), "ORD16": (g_order16, "ORDER_16_LUHN_FAIL"),
    "ORD18": (g_order18, "ORDER_18_CNID_FAIL"), "AMZ": (g_amazon, "ORDER"), "DHL": (g_dhl, "TRACKING_DHL"),
    "UPS": (g_ups, "TRACKING_UPS"), "FEDEX": (g_fedex, "TRACKING_FEDEX"), "UPU": (g_upu, "TRACKING_UPU"),
    "SF": (g_sf, "TRACKING"), "TRK": (g_tracking, "TRACKING"), "TRK10": (g_trk10, "TRACKING_PHONE_SHAPED"),
    "GTIN": (g_gtin, "EAN13"), "UPC": (g_upc, "UPC_A"), "GTIN14": (g_gtin14, "GTIN14"), "VIN": (g_vin, "VIN"),
    "IMEI": (g_imei, "IMEI"), "MAC": (g_mac, "MAC_ADDRESS"), "SN": (g_serial, "SERIAL"), "LOT": (g_lot, "LOT"),
    "MODEL": (g_model, "MODEL"), "VER": (g_version, "VERSION"), "VER4": (g_version4, "VERSION_4PART"),
    "BUILD": (g_build, "BUILD"), "DATE": (g_date, "DATE"), "EXP": (g_expiry, "DATE"), "TIME": (g_time, "TIME"),
    "DATETIME": (g_datetime, "TIMESTAMP"), "TS": (g_timestamp, "TIMESTAMP"), "UNIX": (g_unix, "TIMESTAMP_UNIX"),
    "TRANGE": (g_trange, "TIME_RANGE"), "COORD": (g_coord, "COORDINATES"), "DIM": (g_dim, "DIMENSION"), "PDIM": (g_pdim, "DIMENSION"),
    "CTYPE": (g_ctype, "CONTAINER_TYPE_QTY"), "WT": (g_weight, "WEIGHT"), "CBM": (g_cbm, "VOLUME"),
    "TEMP": (g_temp, "TEMPERATURE"), "SPEC": (g_spec, "SPEC"), "VOLT": (g_volt, "SPEC"), "TOL": (g_tol, "TOLERANCE"), "PCT": (g_pct, "PERCENT"),
    "TERMS": (g_terms, "PAYMENT_TERMS"), "PRICE": (g_price, "PRICE"), "UPRICE": (g_uprice, "PRICE_PER_UNIT"),
    "PRANGE": (g_prange, "PRICE_RANGE"), "QTY": (g_qty, "QUANTITY"), "INCO": (g_inco, "PLACE"),
    "CAPS": (g_caps, "BIC_LIKE_WORD"), "FILE": (g_file, "FILE_NAME"), "MD5": (g_md5, "MD5"),
    "TXHASH": (g_txhash, "TX_HASH"), "MENTION": (g_mention, "MENTION"),
}

PII = {  # key: (generator, type)
    "PHONE": (p_phone, "PHONE"), "EMAIL": (p_email, "EMAIL"), "URL": (p_url, "URL"),
    "WECHAT": (p_wechat, "MESSENGER_HANDLE"), "SKYPE": (p_skype, "MESSENGER_HANDLE"), "TG": (p_tg, "MESSENGER_HANDLE"),
    "TME": (p_tme, "MESSENGER_HANDLE"), "QQ": (p_qq, "MESSENGER_HANDLE"), "LINE": (p_line, "MESSENGER_HANDLE"),
    "CARD": (p_card, "PAYMENT_CARD"), "IBAN": (p_iban, "IBAN"), "ACCT": (p_acct, "BANK_ACCOUNT"),
    "BIC": (p_bic, "BANK_ACCOUNT"), "ABA": (p_aba, "BANK_ACCOUNT"), "SSN": (p_ssn, "NATIONAL_ID"),
    "CNID": (p_cnid, "NATIONAL_ID"), "AADHAAR": (p_aadhaar, "NATIONAL_ID"), "NINO": (p_nino, "NATIONAL_ID"),
    "NATID": (p_natid, "NATIONAL_ID"), "IP4": (p_ip4, "IP_ADDRESS"), "IP6": (p_ip6, "IP_ADDRESS"),
    "BTC": (p_btc, "CRYPTO_WALLET"), "ETH": (p_eth, "CRYPTO_WALLET"), "ADDR": (p_addr, "POSTAL_ADDRESS"),
    "ADDR_US": (lambda r, l: a_us(r), "POSTAL_ADDRESS"), "ADDR_UK": (lambda r, l: a_uk(r), "POSTAL_ADDRESS"),
    "ADDR_DE": (lambda r, l: a_de(r), "POSTAL_ADDRESS"), "ADDR_CN": (lambda r, l: a_cn_en(r), "POSTAL_ADDRESS"),
    "ADDR_ZH": (lambda r, l: a_cn_zh(r), "POSTAL_ADDRESS"),
}


# --------------------------------------------------------------------------
# checksum guards: a look-alike must not accidentally be a valid positive
# --------------------------------------------------------------------------

def num_checksum_bad(d):
    """True if a digit string passes a checksum of a PII number of its length"""
    if not d.isdigit():
        return False
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 12 and d[0] not in "01" and verhoeff_ok(d):
        return True
    if len(d) == 18 and cnid_ok(d):
        return True
    if len(d) == 9 and aba_ok(d):
        return True
    return False


DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")
BIC_RE = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
IBAN_SHAPE = re.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}")


def neg_problem(v, kind):
    alnum = lambda s: re.sub(r"[^0-9A-Za-z]", "", s)
    cands = [alnum(v)] + [alnum(t) for t in v.split()] + [re.sub(r"\D", "", m.group()) for m in DIGIT_RUN.finditer(v)]
    for d in cands:
        if d.isdigit():
            if kind == "IMEI" and len(d) == 15:
                continue
            if num_checksum_bad(d):
                return True
        if IBAN_SHAPE.fullmatch(d) and iban_ok(d):
            return True
    if kind != "BIC_LIKE_WORD":
        for t in re.findall(r"[A-Za-z0-9]+", v):
            if BIC_RE.fullmatch(t):
                return True
    return False


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
# NEG_FRAGS: fragments that hold look-alikes only.  PII_FRAGS: category ->
# fragments holding one PII value (possibly with look-alikes).  MIXED: whole
# sentences that interleave PII and look-alikes tightly.

EN_NEG = [
    "container {CONT} is loaded, seal {SEAL}",
    "{CONT} gated in at {TIME} today",
    "please find B/L {BL} attached",
    "the B/L number is {BL} and the vessel sails {DATE}",
    "booking {BOOK} confirmed for {CTYPE}",
    "booking no. {BOOK}, vessel MSC AURORA voy. {VOY}, ETD {DATE}",
    "AWB {AWB}, {QTY}, {WT}",
    "MAWB {AWB} flight CX{DG3} departs {DATE} {TIME}",
    "HS code {HS}",
    "customs classified it under HS {HS}, duty {PCT}",
    "HTS {HS} for the US entry, Section 301 adds {PCT}",
    "we declare {HS} and {HS} on the same invoice",
    "L/C no. {LC} issued {DATE}, expiry {DATE}",
    "bank sent the {MT} for L/C {LC} this morning",
    "{MT} sent, our ref {MTREF}",
    "gpi tracker shows UETR {UETR} credited",
    "invoice {INV} dated {DATE}, amount {PRICE}",
    "PI {INV} total {PRICE}, {TERMS}",
    "our PO {PO} covers {QTY} at {UPRICE}",
    "PO# {PO} / invoice {INV} / {QTY}",
    "order {ORD} shipped",
    "order {ORD11} has been paid",
    "your order {ORD11} is ready, {QTY} packed in {QTY}",
    "Amazon order {AMZ} was refunded",
    "payment ref {ORD16} on the remittance slip",
    "Alibaba order no. {ORD18} is in trade assurance",
    "tracking {DHL} via DHL Express",
    "DHL waybill {DHL}, pickup {TRANGE}",
    "UPS {UPS} out for delivery",
    "FedEx tracking {FEDEX}, delivered {DATE} {TIME}",
    "samples went by EMS {UPU}",
    "China Post {UPU} is still in transit",
    "tracking {TRK10} shows held at customs",
    "tracking number {TRK}",
    "the courier number is {SF}",
    "EAN {GTIN} printed on the inner box",
    "UPC {UPC} for the Amazon listing",
    "barcode {GTIN} on the color box, {GTIN14} on the master carton",
    "VIN {VIN}, model year 2022, {PRICE} {INCO}",
    "two units left: VIN {VIN} and {VIN}",
    "IMEI {IMEI} is not blacklisted",
    "dual SIM, IMEI1 {IMEI}, firmware {VER}",
    "MAC {MAC} on the label",
    "the gateway MAC is {MAC}, firmware {VER4}",
    "replace unit S/N {SN}",
    "serial {SN}, firmware {VER}",
    "lot {LOT} exp. {DATE}",
    "batch {LOT} failed the {TEMP} test",
    "model {MODEL}, rated {SPEC}",
    "we can offer {MODEL} at {UPRICE}",
    "{MODEL} and {MODEL} are both in stock, {QTY} each",
    "firmware {VER4} fixes the reboot bug",
    "update to {VER} build {BUILD}",
    "app version {VER} (build {BUILD})",
    "ETD {DATE}, ETA {DATE}",
    "CY cut-off {DATETIME}",
    "loading window {TRANGE}",
    "our office hours are {TRANGE}",
    "event logged at {TS}",
    "last scan {TS}",
    "webhook timestamp {UNIX}",
    "vessel position {COORD}",
    "warehouse pin {COORD}",
    "pallet size {PDIM}, {WT}",
    "carton {PDIM}, G.W. {WT}, {CBM}",
    "{QTY} in {CTYPE}",
    "reefer set at {TEMP}",
    "storage temperature {TEMP}",
    "input {VOLT}, output {VOLT}",
    "tolerance {TOL} on all machined faces",
    "price {UPRICE} {INCO}",
    "{UPRICE} {INCO}, {TERMS}",
    "best price {PRANGE} depending on qty",
    "MOQ is {QTY}",
    "extra {PCT} discount for orders above {PRICE}",
    "please mark {CAPS} on each carton",
    "the {CAPS} copy goes by courier",
    "see {FILE} for details",
    "updated file: {FILE}",
    "md5 of the firmware is {MD5}",
    "refund tx hash {TXHASH}",
    "{MENTION} please check the draft",
    "CNTR {CONT} SEAL {SEAL} PKGS {QTY} GW {WT} MEAS {CBM}",
    "{CONT} / {SEAL} / {WT} / {CBM}",
    "vessel ETA {DATE}, free time 14 days, demurrage {UPRICE}",
    "shipped on board {DATE}, {CTYPE}, B/L {BL}",
    "total {PRICE} incl. freight {PRICE}",
    "deposit {PRICE} received {DATE}",
    "we paid {PCT} of {PRICE} on {DATE}",
    "new price list valid from {DATE}",
    "spec: {SPEC}, {DIM}, {WT}",
    "item {MODEL} HS {HS} {QTY} {UPRICE}",
    "{QTY} x {MODEL} @ {UPRICE} = {PRICE}",
    "lead time 25 days after deposit, ready around {DATE}",
    "customs released {CONT} on {DATE} at {TIME}",
    "inspection booked for {DATE}, {TRANGE}",
    "certificate no. {INV} valid until {DATE}",
    "test report {FILE} shows {PCT} humidity at {TEMP}",
    "the truck plate is irrelevant, just use booking {BOOK}",
    "drop-off at terminal gate 3 between {TRANGE}",
    "sample invoice {INV}: {QTY}, {UPRICE}, courier {TRK}",
    "replacement parts {MODEL}, {MODEL} and {MODEL}",
    "firmware {VER} on serial range {SN} to {SN}",
    "VGM {WT} submitted for {CONT}",
    "{CTYPE} max payload {WT}",
    "order {ORD} and {ORD} merged into PO {PO}",
    "is HS {HS} right for {MODEL}?",
    "can you confirm ETD {DATE}?",
    "did the {MT} for L/C {LC} arrive?",
    "what is the status of tracking {TRK}?",
    "could you split invoice {INV} into two?",
]

EN_PII = {
    "PHONE": ["call me on {PHONE}", "my mobile is {PHONE}", "WhatsApp {PHONE}", "whatsapp me at {PHONE}", "tel: {PHONE}",
              "reach our driver at {PHONE}", "contact the warehouse on {PHONE}", "my direct line {PHONE}",
              "phone/WeChat {PHONE}", "text me on {PHONE}", "Viber {PHONE}", "ring {PHONE} when the truck arrives",
              "our forwarder's number is {PHONE}", "the consignee phone is {PHONE}", "mob. {PHONE}",
              "pls call {PHONE} before delivery", "Tel {PHONE} / WhatsApp same"],
    "EMAIL": ["send the docs to {EMAIL}", "email me at {EMAIL}", "cc {EMAIL}", "my private mail is {EMAIL}",
              "write to {EMAIL}", "forward the invoice to {EMAIL}", "the agent's email: {EMAIL}", "contact {EMAIL}"],
    "URL": ["see the photos at {URL}", "full catalog: {URL}", "order directly on {URL}", "download link {URL}",
            "our shop {URL}", "video of the test: {URL}", "check {URL} for the price list"],
    "MSG": ["WeChat: {WECHAT}", "add me on wechat {WECHAT}", "skype {SKYPE}", "telegram {TG}", "ping me on Telegram: {TG}",
            "my telegram {TME}", "QQ {QQ}", "Line ID {LINE}", "wechat id {WECHAT}", "Skype: {SKYPE}", "find me at {TME}",
            "my QQ is {QQ}"],
    "CARD": ["charge the sample fee to my card {CARD}", "card number {CARD}", "use Visa {CARD} exp {EXP}",
             "pay with my Amex {CARD}", "card {CARD}, expiry {EXP}"],
    "IBAN": ["IBAN {IBAN}", "please remit to IBAN {IBAN}", "our new IBAN is {IBAN}", "beneficiary IBAN: {IBAN}"],
    "BANK": ["account number {ACCT}", "A/C No. {ACCT}", "beneficiary account {ACCT}", "SWIFT {BIC}", "BIC: {BIC}",
             "swift code {BIC}", "routing number {ABA}", "ABA {ABA}", "bank SWIFT {BIC}, account no. {ACCT}"],
    "NATID": ["my SSN is {SSN}", "Aadhaar {AADHAAR}", "NI number {NINO}", "my ID card {CNID}", "SSN {SSN} for the W-9",
              "customs needs my ID no. {CNID}", "KYC: Aadhaar no. {AADHAAR}"],
    "IP": ["whitelist our server IP {IP4}", "the camera is at {IP4}", "VPN gateway {IP6}", "login from {IP4}:8080",
           "SFTP host {IP4}, port 22", "our static IPv6 is {IP6}"],
    "CRYPTO": ["USDT (ERC20) to {ETH}", "BTC address {BTC}", "pay to {BTC}", "send USDC to {ETH}"],
    "ADDR": ["ship the samples to {ADDR}", "deliver to {ADDR}", "my home address: {ADDR}", "send to {ADDR}",
             "consignee address {ADDR}", "pick-up address: {ADDR}"],
}

EN_MIXED = [
    "container {CONT} released, call me on {PHONE} if seal {SEAL} is broken",
    "AWB {AWB}, consignee tel {PHONE}",
    "invoice {INV} total {PRICE}, pay to IBAN {IBAN}, ref PO {PO}",
    "L/C {LC} is advised through {BIC}, {MT} to follow",
    "firmware {VER4} on MAC {MAC}, remote login via {IP4}",
    "tracking {DHL}, my number is {PHONE}",
    "order {ORD11} - my WeChat is {WECHAT}",
    "HS {HS}, {QTY}, questions to {EMAIL}",
    "EAN {GTIN} / QQ {QQ}",
    "S/N {SN}, replacement goes to {ADDR}",
    "IMEI {IMEI} registered to card {CARD}",
    "VIN {VIN}, deposit {PRICE} to account {ACCT}",
    "B/L {BL}, notify party phone {PHONE}, ETA {DATE}",
    "booking {BOOK} for {CTYPE}, trucker {PHONE}, pickup {TRANGE}",
    "UPS {UPS} to {ADDR}",
    "PO {PO} at {UPRICE}, remit {PRICE} to {IBAN} (BIC {BIC})",
    "lot {LOT} expires {DATE}, photos on {URL}",
    "tx hash {TXHASH} was to the wrong wallet, use {ETH}",
    "order {ORD16} paid by card {CARD}",
    "{QTY} @ {UPRICE}, call {PHONE} {TRANGE}",
    "model {MODEL} {SPEC}, manual at {URL}",
    "version {VER4} blocks {IP4}, please whitelist it",
    "tracking {TRK10} — if lost, Telegram {TG}",
    "routing number {ABA}, account {ACCT}, amount {PRICE}",
    "seal {SEAL} / container {CONT} / driver {PHONE}",
    "the {CAPS} copy of B/L {BL} goes to {ADDR}",
    "ETD {DATE} {TIME}, questions? {EMAIL} or {PHONE}",
]

ZH_NEG = [
    "柜号 {CONT}，封条 {SEAL}", "提单号 {BL}，开船日期 {DATE}", "订舱号 {BOOK} 已确认，{CTYPE}", "空运单号 {AWB}，{WT}",
    "海关编码 {HS}", "HS编码 {HS}，退税率 {PCT}", "信用证号 {LC}，有效期至 {DATE}", "发票号 {INV}，金额 {PRICE}",
    "采购单 {PO}，数量 {QTY}", "订单号 {ORD} 已发货", "订单 {ORD11} 已付款", "快递单号 {UPU}", "顺丰单号 {SF}",
    "DHL 运单 {DHL}", "条码 {GTIN}", "车架号 {VIN}", "IMEI {IMEI}", "MAC地址 {MAC}", "序列号 {SN}",
    "批号 {LOT}，生产日期 {DATE}", "型号 {MODEL}，{SPEC}", "固件版本 {VER}", "{DATE} {TIME} 装柜", "工作时间 {TRANGE}",
    "码头坐标 {COORD}", "纸箱尺寸 {PDIM}，毛重 {WT}", "冷柜温度设定 {TEMP}", "单价 {UPRICE}，{TERMS}", "报价 {PRANGE}",
    "起订量 {QTY}", "{CTYPE}，{INCO}", "文件 {FILE} 请查收", "银行已发 {MT}，参考号 {MTREF}", "物流单号 {TRK10}",
    "交期 {DATE}，{QTY}", "公差 {TOL}", "体积 {CBM}，{WT}", "{MODEL} 和 {MODEL} 都有现货", "阿里订单 {ORD18}",
    "总价 {PRICE}，含运费", "固件 {VER4} 已更新", "设备序列号 {SN}，MAC {MAC}", "截关时间 {DATETIME}", "预计到港 {DATE}",
    "付款流水号 {ORD16}", "请确认 HS {HS} 是否正确？",
]
ZH_PII = {
    "PHONE": ["电话 {PHONE}", "我的手机 {PHONE}", "有事打我电话 {PHONE}", "司机电话：{PHONE}", "微信同号 {PHONE}",
              "联系人 王先生 {PHONE}"],
    "EMAIL": ["邮箱 {EMAIL}", "资料发到 {EMAIL}", "我的邮箱是 {EMAIL}"],
    "URL": ["链接 {URL}", "产品图片在 {URL}", "店铺地址 {URL}"],
    "MSG": ["微信：{WECHAT}", "加我微信 {WECHAT}", "QQ {QQ}", "我的QQ号 {QQ}", "微信号 {WECHAT}"],
    "CARD": ["用这张卡付 {CARD}", "卡号 {CARD}"],
    "IBAN": ["欧洲账户 IBAN {IBAN}"],
    "BANK": ["账号 {ACCT}", "收款账号：{ACCT}", "开户行 SWIFT {BIC}", "银行代码 {BIC}，账号 {ACCT}"],
    "NATID": ["身份证号 {CNID}", "报关需要身份证 {CNID}"],
    "IP": ["服务器 IP {IP4}", "摄像头地址 {IP4}"],
    "CRYPTO": ["USDT 地址 {ETH}", "比特币地址 {BTC}"],
    "ADDR": ["收货地址：{ADDR}", "寄到 {ADDR}", "样品寄 {ADDR}"],
}
ZH_MIXED = [
    "柜号 {CONT} 已放行，司机电话 {PHONE}", "订单 {ORD11} 已发货，有问题加微信 {WECHAT}", "海关编码 {HS}，资料发我邮箱 {EMAIL}",
    "快递单号 {UPU}，收件地址 {ADDR}", "发票 {INV} 金额 {PRICE}，请汇到账号 {ACCT}", "条码 {GTIN}，QQ {QQ}",
    "IMEI {IMEI}，我的电话 {PHONE}",
]

ES_NEG = [
    "contenedor {CONT}, precinto {SEAL}", "el B/L {BL} sale el {DATE}", "reserva {BOOK} confirmada para {CTYPE}",
    "guía aérea {AWB}, {WT}", "código arancelario {HS}", "partida {HS}, arancel {PCT}", "carta de crédito {LC} vence el {DATE}",
    "factura {INV} del {DATE} por {PRICE}", "pedido {PO}: {QTY} a {UPRICE}", "el pedido {ORD11} ya está pagado",
    "número de seguimiento {TRK}", "seguimiento DHL {DHL}", "EAN {GTIN} en la caja", "bastidor {VIN}", "IMEI {IMEI}",
    "dirección MAC {MAC}", "n.º de serie {SN}", "lote {LOT}, caducidad {DATE}", "modelo {MODEL}, {SPEC}",
    "versión de firmware {VER}", "ETD {DATE}, ETA {DATE}", "horario {TRANGE}", "coordenadas del almacén {COORD}",
    "palé {PDIM}, {WT}", "temperatura {TEMP}", "precio {UPRICE} {INCO}", "entre {PRANGE} según cantidad", "pedido mínimo {QTY}",
    "{TERMS}", "adjunto {FILE}", "descuento del {PCT} a partir de {PRICE}", "el banco envió el {MT}, ref. {MTREF}",
    "tolerancia {TOL}", "volumen {CBM}", "el camión llega a las {TIME}", "pedido {ORD} enviado el {DATE}",
    "¿está bien la partida {HS}?",
]
ES_PII = {
    "PHONE": ["llámame al {PHONE}", "mi WhatsApp es {PHONE}", "teléfono {PHONE}", "móvil del chófer {PHONE}"],
    "EMAIL": ["correo: {EMAIL}", "envía los documentos a {EMAIL}", "mi email es {EMAIL}"],
    "URL": ["fotos en {URL}", "catálogo: {URL}"],
    "MSG": ["Telegram {TG}", "Skype {SKYPE}", "WeChat {WECHAT}"],
    "CARD": ["paga con la tarjeta {CARD}"],
    "IBAN": ["IBAN {IBAN}", "transfiere a la cuenta IBAN {IBAN}"],
    "BANK": ["número de cuenta {ACCT}", "código SWIFT {BIC}", "BIC {BIC}"],
    "NATID": ["SSN {SSN}"],
    "IP": ["IP del servidor {IP4}"],
    "CRYPTO": ["USDT a {ETH}"],
    "ADDR": ["envía las muestras a {ADDR}"],
}
ES_MIXED = ["contenedor {CONT} liberado, llama al {PHONE}", "factura {INV}, {PRICE}, IBAN {IBAN}",
            "pedido {ORD11}, mi correo {EMAIL}", "guía {AWB} y mi WhatsApp {PHONE}"]

DE_NEG = [
    "Container {CONT}, Plombe {SEAL}", "B/L {BL}, Abfahrt {DATE}", "Buchung {BOOK} für {CTYPE} bestätigt",
    "Luftfrachtbrief {AWB}, {WT}", "Zolltarifnummer {HS}", "HS-Code {HS}, Zollsatz {PCT}", "Akkreditiv {LC} gültig bis {DATE}",
    "Rechnung {INV} vom {DATE} über {PRICE}", "Bestellung {PO}: {QTY} à {UPRICE}", "Auftrag {ORD11} ist bezahlt",
    "Sendungsnummer {TRK}", "DHL-Sendung {DHL}", "EAN {GTIN} auf dem Karton", "FIN {VIN}", "IMEI {IMEI}", "MAC-Adresse {MAC}",
    "Seriennummer {SN}", "Charge {LOT}, MHD {DATE}", "Typ {MODEL}, {SPEC}", "Firmware {VER}", "Abholung {DATE} {TIME}",
    "Öffnungszeiten {TRANGE}", "Koordinaten Lager {COORD}", "Palette {PDIM}, {WT}", "Lagertemperatur {TEMP}",
    "Preis {UPRICE} {INCO}", "Preisspanne {PRANGE}", "Mindestmenge {QTY}", "{TERMS}", "siehe {FILE}", "Rabatt {PCT} ab {PRICE}",
    "die Bank hat die {MT} geschickt, Ref. {MTREF}", "Toleranz {TOL}", "Volumen {CBM}", "Liefertermin {DATE}",
    "Artikelnr. {MODEL}, Zeichnung {FILE}", "Stimmt die Zolltarifnummer {HS}?",
]
DE_PII = {
    "PHONE": ["ruf mich an unter {PHONE}", "Tel. {PHONE}", "Handy {PHONE}", "mobil erreichbar unter {PHONE}",
              "WhatsApp {PHONE}"],
    "EMAIL": ["E-Mail: {EMAIL}", "schick die Unterlagen an {EMAIL}", "meine Mail {EMAIL}"],
    "URL": ["Fotos unter {URL}", "Katalog: {URL}"],
    "MSG": ["Skype {SKYPE}", "Telegram {TG}"],
    "CARD": ["Kreditkarte {CARD}"],
    "IBAN": ["IBAN {IBAN}", "bitte auf IBAN {IBAN} überweisen"],
    "BANK": ["BIC {BIC}", "Kontonummer {ACCT}"],
    "NATID": ["NI number {NINO}"],
    "IP": ["Server-IP {IP4}"],
    "CRYPTO": ["BTC-Adresse {BTC}"],
    "ADDR": ["Lieferadresse: {ADDR}", "bitte an {ADDR} liefern"],
}
DE_MIXED = ["Container {CONT} ist frei, Fahrer erreichbar unter {PHONE}", "Rechnung {INV} über {PRICE}, IBAN {IBAN}, BIC {BIC}",
            "Sendung {UPU} an {ADDR}", "Auftrag {ORD11}, Rückfragen an {EMAIL}"]

FR_NEG = [
    "conteneur {CONT}, scellé {SEAL}", "le B/L {BL} part le {DATE}", "réservation {BOOK} confirmée pour {CTYPE}",
    "LTA {AWB}, {WT}", "code SH {HS}", "nomenclature {HS}, droits {PCT}", "crédit documentaire {LC} expire le {DATE}",
    "facture {INV} du {DATE} pour {PRICE}", "commande {PO} : {QTY} à {UPRICE}", "la commande {ORD11} est réglée",
    "numéro de suivi {TRK}", "suivi DHL {DHL}", "EAN {GTIN} sur le carton", "VIN {VIN}", "IMEI {IMEI}", "adresse MAC {MAC}",
    "n° de série {SN}", "lot {LOT}, DLUO {DATE}", "modèle {MODEL}, {SPEC}", "firmware {VER}", "enlèvement {DATE} à {TIME}",
    "horaires {TRANGE}", "coordonnées de l'entrepôt {COORD}", "palette {PDIM}, {WT}", "température {TEMP}",
    "prix {UPRICE} {INCO}", "fourchette {PRANGE}", "quantité minimum {QTY}", "{TERMS}", "voir {FILE}", "remise de {PCT} dès {PRICE}",
    "la banque a envoyé le {MT}, réf. {MTREF}", "tolérance {TOL}", "volume {CBM}", "livraison prévue {DATE}",
    "le code SH {HS} est-il correct ?",
]
FR_PII = {
    "PHONE": ["appelez-moi au {PHONE}", "mon portable : {PHONE}", "WhatsApp {PHONE}", "tél. {PHONE}"],
    "EMAIL": ["e-mail : {EMAIL}", "envoyez les documents à {EMAIL}"],
    "URL": ["photos ici {URL}", "catalogue : {URL}"],
    "MSG": ["Skype {SKYPE}", "Telegram {TG}", "WeChat {WECHAT}"],
    "CARD": ["carte bancaire {CARD}"],
    "IBAN": ["IBAN : {IBAN}", "virement sur l'IBAN {IBAN}"],
    "BANK": ["BIC {BIC}", "numéro de compte {ACCT}"],
    "NATID": ["SSN {SSN}"],
    "IP": ["IP du serveur {IP4}"],
    "CRYPTO": ["adresse BTC {BTC}"],
    "ADDR": ["livrez à {ADDR}"],
}
FR_MIXED = ["conteneur {CONT} libéré, appelez le {PHONE}", "facture {INV}, {PRICE}, IBAN {IBAN}",
            "commande {ORD11}, mon e-mail {EMAIL}", "suivi {UPU}, portable du destinataire {PHONE}"]

RU_NEG = [
    "контейнер {CONT}, пломба {SEAL}", "коносамент {BL}, отход {DATE}", "букинг {BOOK} подтверждён на {CTYPE}",
    "авианакладная {AWB}, {WT}", "код ТН ВЭД {HS}", "ТН ВЭД {HS}, пошлина {PCT}", "аккредитив {LC} действует до {DATE}",
    "счёт {INV} от {DATE} на {PRICE}", "заказ {PO}: {QTY} по {UPRICE}", "заказ {ORD11} оплачен",
    "трек-номер {TRK}", "накладная DHL {DHL}", "штрихкод {GTIN}", "VIN {VIN}", "IMEI {IMEI}", "MAC-адрес {MAC}",
    "серийный номер {SN}", "партия {LOT}, годен до {DATE}", "модель {MODEL}, {SPEC}", "прошивка {VER}",
    "отгрузка {DATE} в {TIME}", "режим работы {TRANGE}", "координаты склада {COORD}", "паллета {PDIM}, {WT}",
    "температура {TEMP}", "цена {UPRICE} {INCO}", "диапазон цен {PRANGE}", "минимальный заказ {QTY}", "{TERMS}",
    "смотрите {FILE}", "скидка {PCT} от {PRICE}", "банк отправил {MT}, реф. {MTREF}", "допуск {TOL}", "объём {CBM}",
    "поставка {DATE}", "код ТН ВЭД {HS} правильный?",
]
RU_PII = {
    "PHONE": ["звоните {PHONE}", "мой телефон {PHONE}", "WhatsApp {PHONE}", "тел. водителя {PHONE}"],
    "EMAIL": ["почта {EMAIL}", "документы на {EMAIL}"],
    "URL": ["фото по ссылке {URL}"],
    "MSG": ["Telegram {TG}", "пишите в телеграм {TME}", "Skype {SKYPE}"],
    "CARD": ["карта {CARD}"],
    "IBAN": ["IBAN {IBAN}"],
    "BANK": ["номер счёта {ACCT}", "SWIFT {BIC}", "БИК/SWIFT банка {BIC}"],
    "NATID": ["SSN {SSN}"],
    "IP": ["IP сервера {IP4}"],
    "CRYPTO": ["USDT (ERC20) на {ETH}", "BTC {BTC}"],
    "ADDR": ["адрес доставки {ADDR_DE}"],
}
RU_MIXED = ["контейнер {CONT} выпущен, звоните {PHONE}", "счёт {INV} на {PRICE}, SWIFT {BIC}, счёт {ACCT}",
            "заказ {ORD11}, мой телеграм {TG}", "трек {UPU}, телефон получателя {PHONE}"]

LANGS = {
    "en": dict(neg=EN_NEG, pii=EN_PII, mixed=EN_MIXED,
               openers=["Hi,", "Hello,", "Hi Tom,", "Dear Ms. Chen,", "Good morning,", "Update:", "FYI:", "Hi 👋", "OK,",
                        "Noted,", "Thanks!", "Re your last msg:", "Quick update -", "Morning!", "Hi there,",
                        "Sorry for the late reply,", "As discussed,", "Just checked:", "Boss,", "Hey,", "Dear Sir,",
                        "Hi Anna 😊", "Good news:", "Pls note:"],
               closers=["Thanks.", "Thank you!", "Pls confirm.", "Please advise.", "Regards", "BR", "👍", "🙏", "Thx",
                        "Let me know asap.", "Best regards, Lily", "Cheers", "Have a nice day!", "Waiting for your reply."]),
    "zh": dict(neg=ZH_NEG, pii=ZH_PII, mixed=ZH_MIXED,
               openers=["您好，", "老板，", "亲，", "王总，", "你好，", "李经理您好，", "收到，", "更新一下：", "👍 "],
               closers=["谢谢！", "请确认。", "辛苦了🙏", "有问题随时说。", "谢谢", "😊"]),
    "es": dict(neg=ES_NEG, pii=ES_PII, mixed=ES_MIXED,
               openers=["Hola,", "Buenos días,", "Estimado Sr. Li,", "Hola Marta,", "Perfecto,", "Actualización:"],
               closers=["Gracias.", "Saludos", "Quedo atento.", "¡Gracias!", "👍"]),
    "de": dict(neg=DE_NEG, pii=DE_PII, mixed=DE_MIXED,
               openers=["Hallo,", "Guten Morgen,", "Sehr geehrter Herr Wang,", "Hallo Frau Chen,", "Kurzes Update:", "Danke,"],
               closers=["Danke.", "Viele Grüße", "Bitte bestätigen.", "MfG", "👍"]),
    "fr": dict(neg=FR_NEG, pii=FR_PII, mixed=FR_MIXED,
               openers=["Bonjour,", "Bonjour M. Zhang,", "Salut,", "Mise à jour :", "Merci,", "Chère Claire,"],
               closers=["Merci.", "Cordialement", "Merci de confirmer.", "Bonne journée !", "🙏"]),
    "ru": dict(neg=RU_NEG, pii=RU_PII, mixed=RU_MIXED,
               openers=["Здравствуйте,", "Добрый день,", "Привет,", "Коллеги,", "Обновление:", "Иван, добрый день."],
               closers=["Спасибо.", "С уважением", "Жду ответа.", "Спасибо!", "👍"]),
}

EXTRA_NEG = {"DG3": (lambda r, l: dg(r, 3), "FLIGHT_NO")}
NEG.update(EXTRA_NEG)

PII_CAT_WEIGHTS = [("PHONE", 30), ("EMAIL", 14), ("MSG", 12), ("URL", 7), ("BANK", 10), ("IBAN", 7), ("CARD", 5),
                   ("NATID", 5), ("IP", 5), ("CRYPTO", 3), ("ADDR", 8)]

LANG_WEIGHTS = [("en", 62), ("zh", 10), ("es", 7), ("de", 7), ("fr", 7), ("ru", 7)]

KEY_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def check_templates():
    for lang, L in LANGS.items():
        tpls = list(L["neg"]) + list(L["mixed"]) + [t for v in L["pii"].values() for t in v]
        for t in tpls:
            for k in KEY_RE.findall(t):
                assert k in NEG or k in PII, (lang, t, k)
        for t in L["neg"]:
            assert not any(k in PII for k in KEY_RE.findall(t)), t
        for t in L["mixed"]:
            assert any(k in PII for k in KEY_RE.findall(t)), t
        for cat, v in L["pii"].items():
            for t in v:
                assert any(k in PII for k in KEY_RE.findall(t)), t


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
# A part is ("t", text) | ("n", value, kind) | ("p", value, type).

def render(r, tpl, lang):
    parts, pos = [], 0
    for m in KEY_RE.finditer(tpl):
        if m.start() > pos:
            parts.append(("t", tpl[pos:m.start()]))
        key = m.group(1)
        if key in PII:
            f, typ = PII[key]
            parts.append(("p", f(r, lang), typ))
        else:
            f, kind = NEG[key]
            for _ in range(500):
                v = f(r, lang)
                if not neg_problem(v, kind):
                    break
            else:
                raise RuntimeError("cannot draw a clean %s" % key)
            parts.append(("n", v, kind))
        pos = m.end()
    if pos < len(tpl):
        parts.append(("t", tpl[pos:]))
    return parts


def capitalize(frag):
    if frag and frag[0][0] == "t" and frag[0][1] and frag[0][1][0].islower():
        s = frag[0][1]
        return [("t", s[0].upper() + s[1:])] + frag[1:]
    return frag


def ends_with(frag, chars):
    return frag and frag[-1][0] == "t" and frag[-1][1].rstrip().endswith(tuple(chars))


AND = {"en": " and ", "es": " y ", "de": " und ", "fr": " et ", "ru": " и ", "zh": "，"}


def join_frags(r, frags, lang, tight=None):
    """tight: set of indices i such that frags[i] and frags[i+1] must stay in one sentence"""
    tight = tight or set()
    zh = lang == "zh"
    out = []
    start_sentence = True
    for i, f in enumerate(frags):
        if i > 0:
            prev = frags[i - 1]
            if ends_with(prev, "?？"):
                sep, new_sent = " ", True
            elif zh:
                opts = [("，", False), ("，", False), ("；", False), ("。", True), (" ", False)] if i - 1 in tight else \
                    [("，", False), ("。", True), ("；", False), ("\n", True), (" ", False)]
                sep, new_sent = r.choice(opts)
            else:
                if i - 1 in tight:
                    opts = [(", ", False)] * 5 + [(" - ", False), (" – ", False), ("; ", False), (" / ", False), (AND[lang], False)]
                else:
                    opts = [(", ", False)] * 3 + [(". ", True)] * 3 + [("; ", False), (" - ", False), ("\n", True), (" | ", False)]
                sep, new_sent = r.choice(opts)
            out.append([("t", sep)])
            start_sentence = new_sent
        out.append(capitalize(f) if (start_sentence and lang != "zh") else f)
        start_sentence = False
    flat = [p for f in out for p in f]
    if not ends_with(flat, "?？"):
        if zh:
            flat.append(("t", r.choice(["。", "", "。", "～", "！"])))
        else:
            flat.append(("t", r.choice([".", ".", "", "", "!"])))
    return flat


def assemble(parts):
    text, spans, negs = "", [], []
    for p in parts:
        if p[0] == "t":
            text += p[1]
            continue
        a = len(text)
        text += p[1]
        b = len(text)
        if p[0] == "p":
            spans.append({"start": a, "end": b, "type": p[2], "value": p[1]})
        else:
            negs.append({"start": a, "end": b, "kind": p[2], "value": p[1]})
    return text, spans, negs


def accidental_hit(text, spans, negs):
    """A digit run / token outside gold PII that passes a PII checksum, or is BIC/IBAN shaped."""
    exempt = [(s["start"], s["end"]) for s in spans] + [(n["start"], n["end"]) for n in negs if n["kind"] == "IMEI"]
    caps_ok = [(n["start"], n["end"]) for n in negs if n["kind"] == "BIC_LIKE_WORD"]
    inside = lambda a, b, rng: any(x < b and a < y for x, y in rng)
    for m in DIGIT_RUN.finditer(text):
        if inside(m.start(), m.end(), exempt):
            continue
        if num_checksum_bad(re.sub(r"\D", "", m.group())):
            return True
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?![A-Za-z0-9])", text):
        if inside(m.start(), m.end(), exempt):
            continue
        t = m.group()
        if BIC_RE.fullmatch(t) and not inside(m.start(), m.end(), caps_ok):
            return True
        if IBAN_SHAPE.fullmatch(t) and iban_ok(t):
            return True
    return False


def pick_negs(r, L, n, exclude=()):
    pool = [t for t in L["neg"] if t not in exclude]
    return r.sample(pool, n)


def build(r, lang, with_pii):
    L = LANGS[lang]
    frags, tight = [], set()
    if not with_pii:
        n = r.choice([1, 2, 2, 3, 3, 3, 4])
        frags = [render(r, t, lang) for t in pick_negs(r, L, n)]
    else:
        if r.random() < 0.35:
            core = [render(r, r.choice(L["mixed"]), lang)]
        else:
            cats = [c for c, _ in PII_CAT_WEIGHTS if c in L["pii"]]
            cat = wchoice(r, [(c, w) for c, w in PII_CAT_WEIGHTS if c in cats])
            core = [render(r, r.choice(L["pii"][cat]), lang)]
            if r.random() < 0.15:  # a second PII value
                cat2 = wchoice(r, [(c, w) for c, w in PII_CAT_WEIGHTS if c in cats and c != cat])
                core.append(render(r, r.choice(L["pii"][cat2]), lang))
        n = r.choice([1, 1, 2, 2, 3])
        negs = [render(r, t, lang) for t in pick_negs(r, L, n)]
        # place PII right after or before a look-alike fragment, in the same sentence
        k = r.randint(0, len(negs))
        frags = negs[:k] + core + negs[k:]
        first_core, last_core = k, k + len(core) - 1
        if first_core > 0:
            tight.add(first_core - 1)
        if last_core < len(frags) - 1:
            tight.add(last_core)
        for i in range(first_core, last_core):
            tight.add(i)
    parts = join_frags(r, frags, lang, tight)
    if r.random() < 0.4:
        op = r.choice(L["openers"])
        if lang == "zh":
            sep = ""
        else:
            sep = "\n" if r.random() < 0.15 else " "
            if op.endswith(",") and sep == " " and lang != "de":
                parts = decapitalize(parts)
        parts = [("t", op + sep)] + parts
    if r.random() < 0.3:
        cl = r.choice(L["closers"])
        last = parts[-1][1] if parts[-1][0] == "t" else ""
        if r.random() < 0.25:
            cl = "\n" + cl
        elif lang != "zh":
            emoji = ord(cl[0]) > 0x2000
            cl = (" " if emoji or (last and last[-1] in ".!?") else r.choice([". ", "\n"])) + cl
        parts = parts + [("t", cl)]
    return parts


def decapitalize(parts):
    """'Container ...' -> 'container ...' after 'Hi,'; acronyms (UPS, PI, IMEI) stay"""
    if parts and parts[0][0] == "t":
        s = parts[0][1]
        if len(s) > 1 and s[0].isupper() and s[1].islower():
            return [("t", s[0].lower() + s[1:])] + parts[1:]
    return parts


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 make_lookalikes.py OUT.jsonl")
    check_templates()
    r = random.Random(SEED)
    plan = [True] * N_PII + [False] * (N_TOTAL - N_PII)
    r.shuffle(plan)
    seen = set()
    records = []
    for i, with_pii in enumerate(plan):
        lang = wchoice(r, LANG_WEIGHTS)
        for attempt in range(2000):
            parts = build(r, lang, with_pii)
            text, spans, negs = assemble(parts)
            if not (20 <= len(text) <= 300) or text in seen:
                continue
            if bool(spans) != with_pii:
                continue
            if accidental_hit(text, spans, negs):
                continue
            break
        else:
            raise RuntimeError("could not build message %d" % i)
        seen.add(text)
        for s in spans:
            assert text[s["start"]:s["end"]] == s["value"]
        for n in negs:
            assert text[n["start"]:n["end"]] == n["value"]
        kind = "negative" if not spans else ("single" if len(spans) == 1 else "multi")
        records.append({"id": "lk-%05d" % (i + 1), "text": text, "spans": spans, "lang": lang, "kind": kind,
                        "negatives": negs})
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_clean = sum(1 for x in records if not x["spans"])
    print("wrote %d messages (%d without PII, %d gold spans, %d look-alikes) to %s"
          % (len(records), n_clean, sum(len(x["spans"]) for x in records), sum(len(x["negatives"]) for x in records),
             sys.argv[1]))


if __name__ == "__main__":
    main()
