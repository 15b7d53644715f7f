#!/usr/bin/env python3
"""make_tricky.py - a PRECISION probe set for Parley's PII detector.

    python3 make_tricky.py OUT.jsonl [--seed N]

Writes 500 synthetic buyer/seller trade-chat messages in 13 languages
(en zh es pt de ru fr tr ar vi id ja ko), one JSON object per line, in the
format of /work/shared/pii-corpus/README.md:

    {"id": "tk-00001", "text": ..., "spans": [{"start", "end", "type", "value"}],
     "lang": ..., "kind": "negative" | "single" | "multi",
     "negatives": [{"start", "end", "kind", "value"}]}

What the set is
  About 60 % of the messages hold no PII at all; they are built to tempt a
  detector into a false positive: numbers shaped like phone numbers that are
  order / PO / invoice / lot / serial numbers, "+" used as plus ("5+2"),
  quantity ranges, EAN-13 / UPC-A / GTIN-14 barcodes, IMEIs, VINs, ISBNs,
  SKUs with country-code-like prefixes, HS codes, Unix timestamps, dates and
  times in many notations, ALL-CAPS words of 8 or 11 letters shaped like a
  BIC, prices in many notations, percentages, coordinates, dimensions,
  weights, version numbers (incl. four-part ones that parse as IPv4), MAC
  addresses, hashes, UUIDs, tracking numbers (UPS 1Z, FedEx, DHL, UPU S10),
  ISO 6346 container numbers with a valid check digit, bills of lading,
  company tax / registration numbers, checksum-FAILING cards / IBANs / China
  IDs / Aadhaar numbers / base58 strings, SSN-shaped ticket numbers that are
  not valid SSNs, product names holding contact words ("Phone Case",
  "Signal booster", "Line 3"), the words "at"/"dot"/"arroba"/"Punkt" in
  ordinary sentences, "@" in prices and electrical specs ("500 pcs @ $3.20",
  "5V@2.4A"), file names, messenger names without an id ("add me on WeChat
  later"), company names, cities and ports, street-like words that are not
  addresses ("Wall Street Journal", "road show", "via DHL").
  The other ~40 % hold one or two real PII values (README taxonomy, valid
  check digits) placed right next to such look-alikes.

Conventions (taken from the README only)
  * Offsets are Python str (code point) offsets, end exclusive; every text is
    assembled piece by piece and each span / negative is recorded while its
    piece is appended - nothing is searched for afterwards.
  * Span coverage as in the README table: PHONE from "+" / "00" / "(" (or the
    first digit) to the last digit, label excluded; EMAIL the whole address
    as written incl. obfuscation words; URL scheme (if any) through path;
    MESSENGER_HANDLE the id only (with "@" for Telegram, "live:" for Skype,
    a t.me link as one span, QQ digits); PAYMENT_CARD digits and separators;
    IBAN whole; BANK_ACCOUNT the number / SWIFT code / ABA number only;
    NATIONAL_ID the number only; IP_ADDRESS without port or brackets;
    CRYPTO_WALLET the address only; POSTAL_ADDRESS from the first to the last
    component (US, UK, German, Chinese in English or Chinese).
  * Clauses are joined so that no value runs into the next one: after a
    clause that ends in a value there is always punctuation or a line break
    (a phone number followed by " 5000 pcs" would make its end ambiguous).
    A bare IPv6 address is never followed by ":port" (only "[v6]:443").
  * Values are chosen so that the label is unambiguous: BANK_ACCOUNT numbers
    never pass Luhn / ABA / Verhoeff / China-ID checks; company tax and
    registration numbers (VAT, CNPJ, USCC, 10-digit INN, 사업자등록번호, ...)
    are look-alikes, personal ones are not used; "at" / "dot" appear in
    ordinary sentences but never as "name at domain dot <real TLD>", and no
    @mention is used; file names use
    extensions that are not top-level domains; streets are named only
    without a house number ("Wall Street Journal", "Main Street collection").
  * Every planted look-alike is listed in "negatives" with the README's kind
    names where one fits (ORDER, INVOICE, SKU, PRICE, QTY, QTY_RANGE, DATE,
    TIME, TIMESTAMP, HS_CODE, CONTAINER, TRACKING, DIMENSIONS, WEIGHT,
    VERSION, BILL_OF_LADING, EAN, PAYMENT_TERMS, PLACE, SPEC, FILENAME,
    CAPS_WORD_BIC_SHAPED, TX_HASH, MD5, NUM16_LUHN_INVALID,
    IBAN_BAD_CHECKSUM, NUM18_NOT_CNID, NUM12_NOT_AADHAAR, BTC_BAD_CHECKSUM)
    and new names otherwise (IMEI, SERIAL, LOT, VIN, ISBN, GTIN, UPC, UUID,
    SHA1, SHA256, MAC_ADDRESS, COORDINATES, PERCENT, COMPANY_TAX_ID,
    SSN_SHAPED_TICKET, PRODUCT_NAME, MESSENGER_WORD, AT_DOT_WORDS,
    AT_SIGN_SPEC, DOMAIN_LIKE, COMPANY, STREET_WORD, ORDER_LUHN_VALID).
  * Look-alikes fail the checksum of what they imitate (validate.py's rule),
    with two deliberate exceptions: IMEI (15 digits, Luhn-valid by
    definition, TAC 35/86 so no card brand has that length and prefix) and
    ORDER_LUHN_VALID (16-digit order numbers starting 20yy, outside every
    card IIN range - Mir starts at 2200, Mastercard at 2221 - in explicit
    order context). validate.py reports
    those two kinds as "Luhn-valid"; that is expected.
  * SSN-shaped ticket numbers use an SSN-invalid area/group/serial (9xx,
    000, 666, group 00, serial 0000), so they are negatives under any reading.
  * Deterministic: one random.Random(seed); no iteration over sets.
  * Text comes from hand-written per-language sentences plus labelled
    mini-phrases ("order no. {ORDER}", "Tel: {!PHONE}") combined with a
    look-alike chosen to tempt toward the PII type next to it.
  * Self-check (always run): offsets round-trip, spans sorted and
    non-overlapping, negatives do not overlap spans, unique ids, 20..300 code
    points, positives pass their checksums, look-alikes fail theirs (except
    the two kinds above, which must pass Luhn), and the whole file is
    generated twice and compared byte for byte. Prints a one-line summary.
"""
import ipaddress
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ next to probe_common
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_common as pc  # noqa: E402

SEED = 20250812
N_MESSAGES = 500
NEG_SHARE = 0.60
LANGS = ["en", "zh", "es", "pt", "de", "ru", "fr", "tr", "ar", "vi", "id", "ja", "ko"]
LANG_W = [17, 9, 8, 7, 8, 7, 7, 7, 6, 6, 6, 6, 6]
INTENTIONAL_LUHN = ("IMEI", "ORDER_LUHN_VALID")

R = random.Random(SEED)  # re-seeded in build()

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- primitives
def pick(seq):
    return R.choice(seq)


def rd(n):
    return "".join(R.choice(DIG) for _ in range(n))


def rdnz(n):
    return R.choice("123456789") + rd(n - 1)


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def rhex(n):
    return rs(HEX, n)


def fw(s):
    """Full-width digits and dash."""
    out = []
    for c in s:
        if c.isdigit():
            out.append(chr(ord(c) + 0xFEE0))
        elif c == "-":
            out.append("－")
        elif c == "+":
            out.append("＋")
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def thousands(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def crypto_bad(v):
    try:
        if pc.b58check_ok(v):
            return True
        if v.lower().startswith("bc1") and pc.segwit_ok(v):
            return True
    except (ValueError, IndexError):
        return False
    return False


def neg_bad(kind, v):
    """True if look-alike v passes a checksum of what it imitates (the rule of
    validate.py: digit runs of card / Aadhaar / China-ID / ABA length, IBAN
    shape, base58check for BTC-like kinds)."""
    if pc.passes_some_check(v, x_ids=True):
        return True
    return kind.startswith(("BTC", "B58")) and crypto_bad(pc.norm_digits(v))


def safe(kind, fn):
    for _ in range(500):
        v = fn()
        if not neg_bad(kind, v):
            return kind, v
    raise AssertionError("cannot make a safe %s" % kind)


def gs1_check(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


# ------------------------------------------------------------ shared tables
CITIES = {
    "en": ["Chicago", "Manchester", "Dubai", "Rotterdam", "Singapore", "Toronto", "Houston"],
    "zh": ["深圳", "义乌", "宁波", "广州", "青岛", "苏州", "东莞"],
    "es": ["Valencia", "Bilbao", "Monterrey", "Bogotá", "Lima", "Guadalajara"],
    "pt": ["Santos", "São Paulo", "Porto", "Curitiba", "Manaus", "Itajaí"],
    "de": ["Hamburg", "Stuttgart", "Köln", "Bremen", "Duisburg", "Leipzig"],
    "ru": ["Новосибирск", "Казань", "Екатеринбург", "Владивосток", "Самара"],
    "fr": ["Lyon", "Le Havre", "Marseille", "Lille", "Bordeaux", "Casablanca"],
    "tr": ["İzmir", "Bursa", "Mersin", "Gaziantep", "Kocaeli", "Denizli"],
    "ar": ["جدة", "الدمام", "دبي", "الشارقة", "الإسكندرية", "الدوحة"],
    "vi": ["Hải Phòng", "Bình Dương", "Đà Nẵng", "Long An", "Bắc Ninh"],
    "id": ["Surabaya", "Bekasi", "Semarang", "Medan", "Batam", "Tangerang"],
    "ja": ["大阪", "名古屋", "横浜", "神戸", "福岡", "浜松"],
    "ko": ["부산", "인천", "평택", "광양", "울산", "대구"],
}
PORTS = ["Ningbo", "Shanghai", "Shenzhen", "Qingdao", "Xiamen", "Hamburg", "Rotterdam", "Santos", "Jebel Ali",
         "Valencia", "Mersin", "Haiphong", "Tanjung Priok", "Busan", "Yokohama", "Novorossiysk", "Le Havre",
         "Felixstowe", "Los Angeles", "Antwerp", "Laem Chabang", "Port Klang"]
INCOTERMS = ["FOB", "CIF", "EXW", "CFR", "DAP", "DDP", "FCA"]


def city(lang):
    return pick(CITIES.get(lang, CITIES["en"]))


# ====================================================== negative generators
# Each returns (kind, value) or a list of pieces: str (plain text) or
# (kind, value) for a look-alike.

def g_order(lang, arg=None):
    f = pick([
        lambda: "SO-%s-%s" % (pick(["2024", "2025", "2026"]), rd(5)),
        lambda: "PO-%s%s-%s" % (pick(["24", "25", "26"]), pick(["01", "03", "06", "08", "11"]), rd(4)),
        lambda: "%s %s %s" % (pick(["4500", "4501", "4700"]), rd(3), rd(3)),
        lambda: "%s-%s-%s" % (rdnz(3), rd(3), rd(4)),
        lambda: "%s-%s-%s" % (rdnz(2), rd(5), rd(5)),
        lambda: "#%s" % rdnz(8),
        lambda: "%s/%s-%s" % (pick(["2025", "25"]), rd(3), rd(2)),
        lambda: "%s %s %s %s" % (rdnz(3), rd(3), rd(2), rd(2)),
        lambda: "ORD%s%s" % (pick(["2025", "2026"]), rd(6)),
    ])
    return safe("ORDER", f)


def g_order_amz(lang, arg=None):
    # marketplace style 3-7-7 and 2-5-5 order numbers
    f = pick([lambda: "%s-%s-%s" % (pick(["111", "112", "113", "114", "701", "702"]), rd(7), rd(7)),
              lambda: "%s-%s-%s" % (rdnz(2), rd(5), rd(5))])
    return safe("ORDER", f)


def g_order16(lang, arg=None):
    f = pick([lambda: "%s%s" % (pick(["8", "3", "5", "9"]), rd(15)),
              lambda: group4("%s%s" % (pick(["20", "30", "80", "96"]), rd(14))),
              lambda: "%s%s" % (pick(["2025", "2026"]), rd(12))])
    return safe("NUM16_LUHN_INVALID", f)


def g_order_luhn(lang, arg=None):
    # deliberately Luhn-valid order numbers: 16 digits, start 20yymm (below
    # the Mastercard 2221-2720 and Mir 2200-2204 ranges)
    v = pc.luhn_complete("20%s%s%s" % (pick(["24", "25", "26"]), pick(["01", "04", "07", "08", "10", "12"]),
                                       rd(9)))
    assert pc.luhn_ok(v) and len(v) == 16 and int(v[:4]) < 2200
    return "ORDER_LUHN_VALID", v


def g_order_fw(lang, arg=None):
    f = pick([lambda: fw("%s-%s-%s" % (rdnz(4), rd(4), rd(4))),
              lambda: fw(rdnz(10)),
              lambda: fw("%s-%s" % (rdnz(3), rd(7)))])
    return safe("ORDER", f)


def g_invoice(lang, arg=None):
    f = pick([
        lambda: "INV-%s-%s" % (pick(["2025", "2026"]), rd(5)),
        lambda: "PI%s%s%s-%s" % (pick(["25", "26"]), pick(["03", "07", "08", "09"]), rd(2), rd(2)),
        lambda: "CI %s/%s" % (pick(["2025", "2026"]), rd(3)),
        lambda: "%s-%s" % (pick(["FAC", "FV", "RE", "СЧ", "FT"]), rd(6)),
        lambda: "%s%s" % (pick(["HZ", "SZ", "NB", "YW"]), rd(8)),
        lambda: "%s.%s.%s" % (rd(3), rd(3), rd(3)),
    ])
    return safe("INVOICE", f)


def g_lot(lang, arg=None):
    f = pick([lambda: "%s%s%s-%s" % (pick(["24", "25"]), pick(["02", "06", "08", "11"]), rd(2), rd(2)),
              lambda: "B%s-%s" % (rd(4), rd(4)),
              lambda: "L%s%s" % (rd(6), pick(UP)),
              lambda: "%s %s" % (rd(4), rd(3))])
    return safe("LOT", f)


def g_serial(lang, arg=None):
    f = pick([lambda: "%s-%s-%s" % (rs(UP + DIG, 4), rs(UP + DIG, 4), rs(UP + DIG, 4)),
              lambda: "%s %s %s" % (rdnz(4), rd(4), rd(4)),
              lambda: "%s%s%s" % (pick(["SN", "C02", "F4K", "R58"]), rs(UP + DIG, 7), rd(2)),
              lambda: "%s%s" % (rs(UP, 3), rd(9))])
    return safe("SERIAL", f)


def g_imei(lang, arg=None):
    body = pick(["35", "86"]) + rd(12)
    v = pc.luhn_complete(body)
    assert pc.luhn_ok(v) and len(v) == 15
    if R.random() < 0.3:
        v = "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])
    return "IMEI", v


def g_plusq(lang, arg=None):
    return "QTY", pick(["5+2", "10+1", "3+1", "20+3", "100+10", "1+1", "50+5", "12+2", "6+1"])


def g_range(lang, arg=None):
    f = pick([
        lambda: "%d-%d-%d" % tuple(sorted(R.sample([100, 200, 300, 500, 800, 1000, 2000, 3000, 5000], 3))),
        lambda: "1-%d" % pick([99, 199, 499, 999]),
        lambda: "%d~%d" % pick([(500, 999), (1000, 2999), (3000, 4999), (100, 499)]),
        lambda: "%d/%d/%d" % tuple(sorted(R.sample([50, 100, 200, 500, 1000, 2000], 3))),
        lambda: "%d-%d" % pick([(1000, 4999), (5000, 9999), (10000, 19999), (200, 499)]),
    ])
    return safe("QTY_RANGE", f)


QTY_UNIT = {"en": ["pcs", "units", "sets", "cartons", "pallets"], "zh": ["件", "个", "套", "箱"],
            "es": ["uds.", "piezas", "cajas"], "pt": ["peças", "unidades", "caixas"], "de": ["Stück", "Stk.", "Kartons"],
            "ru": ["шт.", "коробок", "комплектов"], "fr": ["pièces", "unités", "cartons"],
            "tr": ["adet", "koli", "set"], "ar": ["قطعة", "كرتون"], "vi": ["cái", "bộ", "thùng"],
            "id": ["pcs", "unit", "karton"], "ja": ["個", "台", "箱"], "ko": ["개", "세트", "박스"]}


def g_qty(lang, arg=None):
    u = pick(QTY_UNIT.get(lang, QTY_UNIT["en"]))
    sp = "" if lang in ("zh", "ja") else " "
    f = pick([
        lambda: "MOQ %d %s" % (pick([300, 500, 1000, 3000, 5000]), pick(QTY_UNIT["en"][:2])),
        lambda: "%dx%s" % (pick([1, 2, 3, 4]), pick(["40HQ", "20GP", "40GP", "40'HC"])),
        lambda: "%d%s%s" % (pick([200, 500, 1200, 2400, 3000, 10000]), sp, u),
        lambda: "%s%s%s" % (thousands(pick([1200, 2500, 12000, 50000]), pick([",", ".", " "])), sp, u),
    ])
    return safe("QTY", f)


EAN_PREFIX = {"zh": ["690", "691", "692", "693", "694", "695"], "de": ["400", "401", "402", "426", "440"],
              "es": ["840", "841", "843", "750"], "pt": ["789", "790", "560"], "ru": ["460", "461", "462", "463"],
              "fr": ["300", "330", "350", "370"], "tr": ["868", "869"], "ar": ["628", "629", "622"],
              "vi": ["893"], "id": ["899"], "ja": ["450", "451", "490", "491"], "ko": ["880"],
              "en": ["500", "501", "506", "890", "930", "471", "489"]}


def g_ean(lang, arg=None):
    def f():
        body = pick(EAN_PREFIX.get(lang, EAN_PREFIX["en"])) + rd(9)
        return body + gs1_check(body)
    return safe("EAN", f)


def g_upc(lang, arg=None):
    def f():
        body = pick("0123678") + rd(10)
        v = body + gs1_check(body)
        return pick([v, "%s %s %s %s" % (v[0], v[1:6], v[6:11], v[11])])
    return safe("UPC", f)


def g_gtin(lang, arg=None):
    def f():
        body = pick("12345678") + pick(EAN_PREFIX.get(lang, EAN_PREFIX["en"])) + rd(9)
        return body + gs1_check(body)
    return safe("GTIN", f)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    return "X" if s % 11 == 10 else str(s % 11)


def g_vin(lang, arg=None):
    def f():
        wmi = pick(["LSV", "LFV", "WVW", "WBA", "1HG", "JHM", "KMH", "VF1", "NMT", "9BW", "XTA", "MHF", "LGX", "SAL"])
        v = wmi + rs(VIN_CH, 5) + "0" + pick("ABCDEFGHJKLMNPRSTVWXY123456789") + rs(VIN_CH, 1) + rd(6)
        v = v[:8] + vin_check(v) + v[9:]
        return v
    return safe("VIN", f)


ISBN_GRP = {"zh": "7", "de": "3", "es": "84", "pt": "85", "ru": "5", "fr": "2", "tr": "605", "ja": "4", "ko": "89",
            "id": "602", "vi": "604", "ar": "9953", "en": "1"}


def g_isbn(lang, arg=None):
    def f():
        g = ISBN_GRP.get(lang, "0")
        rest = rd(9 - len(g))
        pl = R.randint(2, min(5, len(rest) - 1))
        body = "978" + g + rest
        return "978-%s-%s-%s-%s" % (g, rest[:pl], rest[pl:], gs1_check(body))
    return safe("ISBN", f)


CC_DIAL = [("DE", "49"), ("CN", "86"), ("US", "1"), ("UK", "44"), ("BR", "55"), ("TR", "90"), ("RU", "7"),
           ("FR", "33"), ("IN", "91"), ("JP", "81"), ("KR", "82"), ("ES", "34"), ("VN", "84"), ("ID", "62")]


def g_skucc(lang, arg=None):
    cc, dial = pick(CC_DIAL)
    f = pick([lambda: "%s%s-%s" % (cc, dial, rd(4)),
              lambda: "%s%s-%s%s" % (cc, rd(2), rd(4), pick(["", "-B", "-X", "A"])),
              lambda: "%s-%s-%s" % (cc + dial, rd(3), rd(4)),
              lambda: "%s%s%s-%s" % (cc, dial, pick(["", "0"]), rd(3) + pick(UP))])
    return safe("SKU", f)


def g_sku(lang, arg=None):
    f = pick([lambda: "%s-%s" % (rs(UP, 2), rd(4)),
              lambda: "%s%s-%s" % (rs(UP, 3), rd(3), rs(UP + DIG, 2)),
              lambda: "%s %s" % (pick(["HX", "TP", "LT", "MK", "ZB"]), rd(4)),
              lambda: "%s-%s%s" % (rs(UP, 2), rd(2), rs(UP, 1)),
              lambda: "%s%s/%s" % (rs(UP, 1), rd(3), rd(2))])
    return safe("SKU", f)


def g_hs(lang, arg=None):
    ch4 = pick(["8517", "8471", "8504", "8536", "8544", "9405", "6109", "6204", "3926", "7318", "8421", "8708",
                "9403", "4202", "8528", "8481"])
    f = pick([lambda: "%s.%s" % (ch4, rd(2)),
              lambda: "%s.%s.%s" % (ch4, rd(2), rd(2)),
              lambda: ch4 + rd(4),
              lambda: ch4 + rd(6),
              lambda: "%s.%s.%s.%s" % (ch4, rd(2), rd(2), rd(2)),
              lambda: "%s %s %s" % (ch4, rd(2), rd(2))])
    return safe("HS_CODE", f)


def g_ts(lang, arg=None):
    f = pick([lambda: str(R.randint(1700000000, 1790000000)),
              lambda: str(R.randint(1700000000000, 1790000000000)),
              lambda: "%04d-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28),
                                                        R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))])
    return safe("TIMESTAMP", f)


def g_ts13(lang, arg=None):
    return safe("TIMESTAMP", lambda: str(R.randint(1700000000000, 1790000000000)))


MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
}


def g_date(lang, arg=None):
    y, m, d = R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)
    common = ["%d/%d/%d" % (y, m, d), "%02d.%02d.%d" % (d, m, y), "%d%02d%02d" % (y, m, d),
              "%d-%02d-%02d" % (y, m, d)]
    loc = {
        "en": ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
               "%02d-%s-%02d" % (d, MONTHS["en"][m - 1], y % 100), "%d %s" % (d, MONTHS["en"][m - 1])],
        "zh": ["%d年%d月%d日" % (y, m, d), "%d月%d日" % (m, d), "%d.%02d.%02d" % (y, m, d)],
        "ja": ["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d月%d日" % (m, d)],
        "ko": ["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d), "%d월 %d일" % (m, d)],
        "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s" % (d, MONTHS["es"][m - 1])],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s" % (d, MONTHS["pt"][m - 1])],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s" % (d, MONTHS["de"][m - 1]), "%d.%d.%02d" % (d, m, y % 100)],
        "ru": ["%02d.%02d.%d" % (d, m, y), "%d %s" % (d, MONTHS["ru"][m - 1]), "%d %s %d г." % (d, MONTHS["ru"][m - 1], y)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s" % (d, MONTHS["tr"][m - 1])],
        "ar": ["%02d/%02d/%d" % (d, m, y), fw_ar("%02d/%02d/%d" % (d, m, y))],
        "vi": ["ngày %d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y)],
        "id": ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["id"][m - 1], y)],
    }
    return "DATE", pick(common + loc.get(lang, []) * 2)


def fw_ar(s):
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def g_time(lang, arg=None):
    h1, h2 = R.randint(7, 10), R.randint(16, 19)
    mm = pick(["00", "30", "15", "45"])
    common = ["%02d:%s-%02d:%s" % (h1, mm, h2, mm), "%d:%s" % (R.randint(9, 17), mm),
              "%02d:%s (GMT+%d)" % (R.randint(8, 17), mm, pick([1, 2, 3, 7, 8, 9]))]
    loc = {"en": ["%d:%s AM" % (R.randint(8, 11), mm), "%d:%s PM" % (R.randint(1, 5), mm), "%d:%s UTC+8" % (h1, mm)],
           "zh": ["下午%d点" % R.randint(2, 5), "上午%d点半" % R.randint(9, 11)],
           "ja": ["%d時%s分" % (R.randint(9, 17), mm), "午後%d時" % R.randint(1, 5)],
           "ko": ["오후 %d시" % R.randint(1, 5), "오전 %d시 %s분" % (R.randint(9, 11), mm)],
           "fr": ["%dh%s" % (R.randint(9, 17), mm)], "pt": ["%dh%s" % (R.randint(9, 17), mm)],
           "tr": ["saat %d.%s" % (R.randint(9, 17), mm)], "id": ["pukul %d.%s WIB" % (R.randint(9, 17), mm)],
           "vi": ["%dh%s" % (R.randint(8, 17), mm)], "de": ["%d:%s Uhr" % (R.randint(9, 17), mm)],
           "ru": ["в %d:%s по Москве" % (R.randint(9, 17), mm)]}
    return "TIME", pick(common + loc.get(lang, []) * 2)


CAPS8 = ["DELIVERY", "CUSTOMER", "SHIPMENT", "ORIGINAL", "PURCHASE", "BUSINESS", "PLATINUM", "PRINTING",
         "PRIORITY", "HANDLING", "ORDERING", "CHECKOUT", "SHIPPING", "EXPORTER", "IMPORTER", "QUANTITY",
         "PACKAGES", "STANDARD", "DISCOUNT", "APPROVED", "UPSTREAM", "CATALOGS", "SAMPLING"]
CAPS11 = ["INSTRUCTION", "CERTIFICATE", "DESCRIPTION", "PERFORMANCE", "TRANSACTION", "REFURBISHED", "WAREHOUSING",
          "ACKNOWLEDGE", "INSPECTIONS", "QUARANTINED", "DEPARTMENTS", "ASSOCIATION", "RESTRICTION"]


def g_caps(lang, arg=None):
    return "CAPS_WORD_BIC_SHAPED", pick(CAPS8 + CAPS11)


def money_en(x, dec=True):
    return "{:,.2f}".format(x) if dec else "{:,}".format(int(x))


def money_eu(x, tsep=".", dsep=",", dec=True):
    i = int(x)
    c = int(round((x - i) * 100)) % 100
    s = thousands(i, tsep)
    return s + (dsep + "%02d" % c if dec else "")


# unit prices: (format, factor to the currency, decimals)
UNIT_FMT = {"en": [("$%s/pc", 1, 2), ("FOB $%s", 1, 2), ("USD %s", 1, 2)],
            "zh": [("RMB %s/件", 7, 2), ("%s元/个", 7, 1), ("USD %s", 1, 2)],
            "ja": [("@%s円", 150, 0), ("USD %s", 1, 2)], "ko": [("USD %s", 1, 2), ("개당 %s원", 1350, 0)],
            "es": [("US$ %s", 1, 2), ("%s €/ud.", 1, 2)], "pt": [("R$ %s/un", 5, 2), ("US$ %s", 1, 2)],
            "de": [("%s €/Stk.", 1, 2), ("USD %s", 1, 2)], "ru": [("%s $/шт.", 1, 2), ("%s ₽/шт.", 90, 0)],
            "fr": [("%s €/pièce", 1, 2), ("USD %s", 1, 2)], "tr": [("%s USD/adet", 1, 2), ("₺%s", 33, 2)],
            "ar": [("USD %s", 1, 2), ("%s درهم للقطعة", 3.7, 2)], "vi": [("USD %s", 1, 2), ("%s ₫/cái", 25000, 0)],
            "id": [("USD %s", 1, 2), ("Rp%s/pcs", 16000, 0)]}
DEC_COMMA = ("de", "es", "pt", "fr", "tr", "ru", "vi", "id")


def g_price(lang, arg=None):
    if arg == "unit":
        f, k, dec = pick(UNIT_FMT.get(lang, UNIT_FMT["en"]))
        x = R.uniform(0.2, 40) * k
        if dec:
            num = "%.*f" % (dec, x)
            if lang in DEC_COMMA:
                num = num.replace(".", ",")
        else:
            num = thousands(int(x), "." if lang in DEC_COMMA else ",")
        return "PRICE", f % num
    big = round(R.uniform(1000, 2500000), 2)
    mid = round(R.uniform(120, 60000), 2)
    unit = round(R.uniform(0.15, 48), 2)
    port = pick(PORTS)
    opts = {
        "en": ["$" + money_en(mid), "USD " + money_en(big), "US$%.2f/pc" % unit, "FOB $%.2f/pc" % unit,
               "EXW USD %.2f" % unit, money_en(big) + " USD", "CIF %s $%d/ton" % (port, R.randint(300, 2400)),
               "€" + money_eu(mid), "£" + money_en(mid)],
        "zh": ["¥" + money_en(big, False), "￥" + money_en(mid), "RMB %.2f/件" % unit, "%.1f元/个" % unit,
               "%.1f万元" % R.uniform(1, 90), "USD " + money_en(mid), "FOB宁波 $%.2f" % unit],
        "ja": ["¥" + money_en(big, False), money_en(mid, False) + "円", "税込" + money_en(mid, False) + "円",
               "%d万円" % R.randint(2, 900), "USD %.2f" % unit],
        "ko": ["₩" + money_en(big, False), "%d만원" % R.randint(3, 900), money_en(mid, False) + "원",
               "USD %.2f" % unit],
        "es": [money_eu(mid) + " €", "US$ " + money_eu(unit), "$ " + money_eu(big, dec=False) + " COP",
               "MXN " + money_eu(mid), "USD %.2f FOB" % unit],
        "pt": ["R$ " + money_eu(mid), "R$ %s/un" % money_eu(unit), "€ " + money_eu(mid), "US$ " + money_eu(unit)],
        "de": [money_eu(big) + " €", "EUR " + money_eu(mid), money_eu(unit) + " €/Stk.", "netto " + money_eu(mid) + " EUR"],
        "ru": [money_eu(mid, " ") + " ₽", money_eu(big, "\u00a0", dec=False) + " руб.", "$" + money_eu(unit, " "),
               money_eu(mid, " ", dec=False) + " р."],
        "fr": [money_eu(mid, "\u202f") + " €", money_eu(big, " ", dec=False) + " € HT", money_eu(unit) + " €/pièce",
               "USD " + money_eu(mid, " ")],
        "tr": ["₺" + money_eu(mid), money_eu(big, dec=False) + " TL", money_eu(unit) + " USD/adet", "€" + money_eu(mid)],
        "ar": [money_en(mid, False) + " درهم", "AED " + money_en(mid), fw_ar(str(int(mid))) + " ريال",
               "USD %.2f" % unit, "%.2f دولار" % unit],
        "vi": [money_eu(big * 1000, dec=False) + " ₫", ("%.1f triệu đồng" % R.uniform(1, 900)).replace(".", ","),
               money_eu(R.randint(50, 900) * 1000, dec=False) + " VND", "USD %.2f" % unit],
        "id": ["Rp " + money_eu(big, dec=False), "Rp%s juta" % money_eu(R.uniform(1, 90)), "USD %.2f" % unit,
               "Rp " + money_eu(R.randint(5, 900) * 1000, dec=False)],
    }
    return safe("PRICE", lambda: pick(opts.get(lang, opts["en"])))


def g_price_at(lang, arg=None):
    q = pick(["500 pcs", "1000 units", "2k", "300 sets", "5,000 pcs", "200 ctns", "10K"])
    p = pick(["$%.2f" % R.uniform(0.2, 30), "USD %.2f" % R.uniform(0.2, 30), "%.2f" % R.uniform(0.2, 30),
              "€%.2f" % R.uniform(0.2, 30), "US$%.2f/pc" % R.uniform(0.2, 30)])
    sep = pick([" @ ", "@", " @"])
    return "PRICE", q + sep + p


def g_spec_at(lang, arg=None):
    return "AT_SIGN_SPEC", pick(["5V@2.4A", "12V@3A", "3W@350mA", "1.5A@5V", "15Nm@3000rpm", "65W@20V",
                                 "2.4GHz@100mW", "10W@220V", "30mA@3.3V", "IP68@1.5m", "120lm@1W", "4K@60Hz",
                                 "0.5mm@25°C", "18W@9V"])


def g_spec(lang, arg=None):
    return "SPEC", pick(["220V/50Hz", "110-240V", "IP65", "IP67", "IP68", "IPX7", "M8x1.25", "Φ12mm", "UL94 V-0",
                         "Ra 0.8", "AC100-240V 50/60Hz", "CE/RoHS", "Class 1", "±0.05mm", "+/-0.02mm", "3.7V 5000mAh",
                         "SUS304", "Q235B", "ISO 9001:2015", "EN 71-3", "GB/T 2828.1-2012", "IEC 60068-2-6"])


def g_ipspec(lang, arg=None):
    return "SPEC", pick(["IP65", "IP66", "IP67", "IP68", "IPX4", "IPX7", "IP54", "IP44"])


TERMS = {
    "en": ["30% T/T deposit, 70% against B/L copy", "100% L/C at sight", "net 30", "50% deposit, balance before shipment",
           "D/P at sight", "T/T 30/70"],
    "zh": ["30%定金，70%见提单副本付款", "即期信用证", "全款发货", "T/T 30/70"],
    "es": ["30% de anticipo, 70% contra copia del B/L", "carta de crédito a la vista", "pago a 60 días"],
    "pt": ["30% de sinal, 70% contra cópia do BL", "boleto 30/60/90", "carta de crédito à vista"],
    "de": ["30 % Anzahlung, 70 % gegen B/L-Kopie", "netto 30 Tage", "2 % Skonto bei Zahlung in 10 Tagen"],
    "ru": ["предоплата 30%, 70% по копии коносамента", "отсрочка 45 дней", "100% предоплата"],
    "fr": ["acompte de 30 %, solde à réception du B/L", "paiement à 30 jours fin de mois", "crédit documentaire à vue"],
    "tr": ["%30 peşin, %70 konşimento kopyasına karşı", "60 gün vadeli", "akreditif"],
    "ar": ["30% دفعة مقدمة و70% مقابل نسخة بوليصة الشحن", "اعتماد مستندي بالاطلاع"],
    "vi": ["đặt cọc 30%, 70% khi nhận bản sao B/L", "L/C trả ngay"],
    "id": ["DP 30%, pelunasan 70% sebelum kirim", "tempo 30 hari"],
    "ja": ["前金30%、残金70%はB/Lコピーと引き換え", "月末締め翌月末払い"],
    "ko": ["선금 30%, 잔금 70% B/L 사본 수령 후", "T/T 30/70"],
}


def g_terms(lang, arg=None):
    return "PAYMENT_TERMS", pick(TERMS.get(lang, TERMS["en"]))


def g_pct(lang, arg=None):
    f = pick(["%d%%" % R.randint(3, 45), "-%d%%" % R.randint(3, 30), "+%d%%" % R.randint(2, 20),
              "%d,%d %%" % (R.randint(1, 19), R.randint(1, 9)), "%d.%d%%" % (R.randint(1, 19), R.randint(1, 9))])
    if lang == "tr" and R.random() < 0.5:
        f = "%%%d" % R.randint(3, 45)
    return "PERCENT", f


def g_coord(lang, arg=None):
    lat, lon = R.uniform(-35, 55), R.uniform(-80, 140)
    f = pick(["%.4f, %.4f" % (lat, lon), "%.5f,%.5f" % (lat, lon),
              "%.4f° %s, %.4f° %s" % (abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W"),
              "%d°%02d′%s %d°%02d′%s" % (int(abs(lat)), R.randint(0, 59), "N" if lat >= 0 else "S",
                                        int(abs(lon)), R.randint(0, 59), "E" if lon >= 0 else "W")])
    return "COORDINATES", f


def g_dim(lang, arg=None):
    a, b, c = R.randint(20, 120), R.randint(20, 100), R.randint(10, 90)
    return "DIMENSIONS", pick(["%dx%dx%d cm" % (a, b, c), "%d*%d*%dmm" % (a * 10, b * 10, c * 10),
                               "L%d×W%d×H%d" % (a, b, c), "%d x %d x %d cm" % (a, b, c),
                               "%dx%dx%d" % (a, b, c), "1200x1000x%d mm" % (c * 10 + 500)])


def g_wt(lang, arg=None):
    return "WEIGHT", pick(["N.W. %.1f kg" % R.uniform(1, 30), "G.W. %s kg" % money_en(R.randint(100, 22000), False),
                           "%d lbs" % R.randint(5, 80), "%.2f kg" % R.uniform(0.1, 9),
                           "%s kg" % money_eu(R.uniform(100, 9000), dec=True), "%d g" % R.randint(50, 900)])


def g_ver(lang, arg=None):
    return "VERSION", pick(["v%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30)),
                            "V%d.%d" % (R.randint(1, 9), R.randint(0, 9)),
                            "build %d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(100, 9999)),
                            "rev. %s" % pick(UP[:6]), "%d.%d.%d-rc%d" % (R.randint(1, 4), R.randint(0, 9),
                                                                         R.randint(0, 9), R.randint(1, 4))])


def g_ver4(lang, arg=None):
    # four-part version numbers; most of them also parse as IPv4
    a, b, c, d = R.randint(1, 12), R.randint(0, 30), R.randint(0, 20), R.randint(0, 250)
    return "VERSION", pick(["v%d.%d.%d.%d" % (a, b, c, d), "%d.%d.%d.%d" % (a, b, c, d),
                            "V%d.%d.%d.%d" % (a, b, c, d), "%d.%d.%d.%d" % (a, b, c, R.randint(1000, 9999))])


def g_txh(lang, arg=None):
    return "TX_HASH", "0x" + rhex(64)


def g_md5(lang, arg=None):
    return "MD5", pick([rhex(32), rhex(32).upper()])


def g_sha1(lang, arg=None):
    return "SHA1", rhex(40)


def g_sha256(lang, arg=None):
    return "SHA256", rhex(64)


def g_uuid(lang, arg=None):
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "UUID", "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_mac(lang, arg=None):
    sep = pick([":", "-"])
    v = sep.join(rhex(2) for _ in range(6))
    return "MAC_ADDRESS", pick([v, v.upper()])


def ups_check(s15):
    t = 0
    for i, c in enumerate(s15):
        v = int(c) if c.isdigit() else (ord(c) - 63) % 10
        t += v * 2 if i % 2 else v
    return str((10 - t % 10) % 10)


def g_ups(lang, arg=None):
    def f():
        body = rs(UP + DIG, 6) + pick(["01", "02", "03", "12", "13", "42"]) + rd(7)
        v = "1Z" + body + ups_check(body)
        return pick([v, "%s %s %s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:10], v[10:14], v[14:])])
    return safe("TRACKING", f)


def g_fedex(lang, arg=None):
    f = pick([lambda: rdnz(12), lambda: "%s %s %s" % (rdnz(4), rd(4), rd(4)), lambda: "96" + rd(20)])
    return safe("TRACKING", f)


def g_dhl(lang, arg=None):
    def f():
        b = rdnz(9)
        return b + str(int(b) % 7)
    return safe("TRACKING", f)


def s10_check(d8):
    s = sum(int(c) * w for c, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return "0" if c == 10 else "5" if c == 11 else str(c)


def g_s10(lang, arg=None):
    cc = arg or {"zh": "CN", "de": "DE", "ru": "RU", "fr": "FR", "es": "ES", "pt": "BR", "tr": "TR", "ja": "JP",
          "ko": "KR", "vi": "VN", "id": "ID", "ar": "AE"}.get(lang, pick(["CN", "US", "GB", "NL"]))

    def f():
        d8 = rd(8)
        return pick(["EE", "RR", "LX", "CP", "UA", "LP", "RB"]) + d8 + s10_check(d8) + cc
    return safe("TRACKING", f)


def g_trk(lang, arg=None):
    return pick([g_ups, g_fedex, g_dhl, g_s10])(lang)


def g_cont(lang, arg=None):
    while True:
        c10 = pick(["MSCU", "MAEU", "CMAU", "CSNU", "HLXU", "OOLU", "EGHU", "TGHU", "TCNU", "SEGU", "BMOU",
                    "FCIU", "CAIU", "TRHU"]) + rd(6)
        cd = pc.iso6346_digit(c10)
        if cd != 10:
            break
    v = c10 + str(cd)
    if R.random() < 0.25:
        v = "%s %s %s" % (v[:4], v[4:10], v[10])
    return safe("CONTAINER", lambda: v)


def g_bl(lang, arg=None):
    f = pick([lambda: "COSU" + rdnz(10), lambda: "MEDU" + pick(UP) + rd(6), lambda: "HLCU" + pick(["SHA", "NGB", "HAM"]) + rd(9),
              lambda: "ONEY" + pick(["SZPF", "NGBF", "TYOB"]) + rd(8), lambda: "EGLV" + rd(12), lambda: "MAEU" + rd(9),
              lambda: "SZX" + rd(7), lambda: "%s%s" % (pick(["HBL", "HB"]), rd(8))])
    return safe("BILL_OF_LADING", f)


def g_card_bad(lang, arg=None):
    def f():
        p = pick(["4", "51", "52", "53", "54", "55", "2221", "6011", "35"]) + rd(16)
        d = p[:16]
        return pick([group4(d), group4(d, "-"), d])
    return safe("NUM16_LUHN_INVALID", f)


IBAN_BBAN = {
    "DE": lambda: rd(18), "AT": lambda: rd(16), "CH": lambda: rd(17), "FR": lambda: rd(23), "BE": lambda: rd(12),
    "ES": lambda: rd(20), "PT": lambda: rd(21), "IT": lambda: pick(UP) + rd(22), "NL": lambda: rs(UP, 4) + rd(10),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14), "IE": lambda: pick(["AIBK", "BOFI"]) + rd(14),
    "TR": lambda: rd(22), "AE": lambda: rd(19), "SA": lambda: rd(20), "BR": lambda: rd(23) + "C1",
    "PL": lambda: rd(24), "KZ": lambda: rd(16), "UA": lambda: rd(25), "EG": lambda: rd(25),
}
IBAN_CC = {"en": ["GB", "IE", "NL", "DE"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "es": ["ES"],
           "pt": ["PT", "BR"], "tr": ["TR"], "ar": ["AE", "SA", "EG"], "ru": ["KZ", "UA"], "zh": ["DE", "GB", "NL"],
           "vi": ["DE", "FR"], "id": ["NL", "DE"], "ja": ["DE", "GB"], "ko": ["DE", "FR"]}


def make_iban(lang):
    cc = pick(IBAN_CC.get(lang, ["DE"]))
    v = pc.iban_make(cc, IBAN_BBAN[cc]())
    assert len(v) == pc.IBAN_LEN[cc] and pc.iban_ok(v)
    return v


def g_iban_bad(lang, arg=None):
    def f():
        v = make_iban(lang)
        ck = (int(v[2:4]) + R.randint(1, 90)) % 97 + 2
        v = v[:2] + "%02d" % (ck % 100) + v[4:]
        return pick([group4(v), v])
    return safe("IBAN_BAD_CHECKSUM", f)


CN_AREAS = ["110105", "310104", "440305", "330106", "320102", "510107", "420106", "370202", "440106", "350203",
            "330206", "441900", "330782", "120101"]


def cn_f17():
    y = R.randint(1962, 2001)
    return pick(CN_AREAS) + "%d%02d%02d" % (y, R.randint(1, 12), R.randint(1, 28)) + rd(3)


def g_cnid_bad(lang, arg=None):
    def f():
        b = cn_f17()
        good = pc.cnid_check(b)
        return b + pick([c for c in "0123456789" if c != good])
    return safe("NUM18_NOT_CNID", f)


def g_aadhaar_bad(lang, arg=None):
    def f():
        b = pick("23456789") + rd(10)
        good = pc.verhoeff_digit(b)
        d = b + pick([c for c in DIG if c != good])
        return pick([grp(d, [4, 4, 4]), d])
    return safe("NUM12_NOT_AADHAAR", f)


def g_btc_bad(lang, arg=None):
    def f():
        v = pc.b58check(pick([0, 5]), bytes(R.randrange(256) for _ in range(20)))
        i = R.randrange(3, len(v))
        return v[:i] + pick([c for c in pc.B58 if c != v[i]]) + v[i + 1:]
    return safe("BTC_BAD_CHECKSUM", f)


def g_ssn_tkt(lang, arg=None):
    # SSN-shaped, but never a valid SSN (area 9xx / 000 / 666, group 00, serial 0000)
    def f():
        k = R.randrange(4)
        a = ("9" + rd(2)) if k == 0 else pick(["000", "666"]) if k == 1 else rdnz(3)
        g = "00" if k == 2 else rd(2)
        s = "0000" if k == 3 else rd(4)
        v = "%s-%s-%s" % (a, g, s)
        assert not pc.ssn_ok(a + g + s)
        return v
    return safe("SSN_SHAPED_TICKET", f)


def cnpj():
    b = rd(8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    d1 = sum(int(c) * w for c, w in zip(b, w1)) % 11
    d1 = 0 if d1 < 2 else 11 - d1
    b += str(d1)
    d2 = sum(int(c) * w for c, w in zip(b, [6] + w1)) % 11
    d2 = 0 if d2 < 2 else 11 - d2
    b += str(d2)
    return "%s.%s.%s/%s-%s" % (b[:2], b[2:5], b[5:8], b[8:12], b[12:])


def g_vat(lang, arg=None):
    uscc = "ABCDEFGHJKLMNPQRTUWXY0123456789"
    opts = {
        "en": [lambda: "GB" + rd(9), lambda: "GB %s %s %s" % (rd(3), rd(4), rd(2)), lambda: "EIN %s-%s" % (rd(2), rd(7))],
        "zh": [lambda: "91%s%s%s%s" % (pick(["4403", "3302", "3201", "4401", "3702"]), rd(2), pick(["MA5", "MA4", "MA2"]),
                                         rs(uscc, 7))],
        "es": [lambda: pick("ABG") + rd(8), lambda: "ES" + pick("ABG") + rd(8)],
        "pt": [cnpj],
        "de": [lambda: "DE" + rdnz(9), lambda: "DE %s %s" % (rdnz(3), rd(6))],
        "ru": [lambda: "77" + rd(8), lambda: "50" + rd(8)],
        "fr": [lambda: "FR" + rd(2) + rd(9)],
        "tr": [lambda: rdnz(10)],
        "ar": [lambda: "100" + rd(12)],
        "vi": [lambda: "03" + rd(8), lambda: "01" + rd(8) + "-" + rd(3)],
        "id": [lambda: "%s.%s.%s.%s-%s.000" % (rd(2), rd(3), rd(3), rd(1), rd(3))],
        "ja": [lambda: rdnz(13)],
        "ko": [lambda: "%s-%s-%s" % (rdnz(3), rd(2), rd(5))],
    }
    return safe("COMPANY_TAX_ID", pick(opts.get(lang, opts["en"])))


FILES = ["quotation.xlsx", "PL_v2.xlsx", "report.pdf", "PI-%s.pdf", "drawing_rev.B.dwg", "photo_%s.jpg",
         "packing_list.docx", "spec.sheet.v3.pdf", "catalog_2025.pdf", "test-report_%s.pdf", "artwork_final.ai.pdf",
         "IMG_%s.JPG", "label_%s.png", "CE-cert.pdf", "price_list_EXW.xls", "BOM_v1.2.csv", "mold_%s.step",
         "assembly.stp", "3D_model.dxf", "invoice_%s.pdf", "COA_%s.pdf", "msds.pdf", "video_%s.mp4"]


def g_file(lang, arg=None):
    f = pick(FILES)
    return "FILENAME", (f % rd(4)) if "%s" in f else f


PROD = {
    "en": ["Phone Case", "WhatsApp-ready tablet", "Signal booster", "cell phone signal booster", "Skype-certified headset",
           "WeChat Pay QR stand", "IP camera", "dot matrix printer", "address label printer", "Mail sorter",
           "Telegram-style kiosk", "contact lens case", "email-capable barcode scanner", "Viber-style intercom"],
    "zh": ["手机壳", "信号放大器", "微信支付收款牌", "IP摄像头", "针式打印机", "地址标签打印机", "手机支架"],
    "es": ["funda para teléfono", "amplificador de señal", "cámara IP", "impresora matricial", "soporte para celular"],
    "pt": ["capinha de celular", "amplificador de sinal", "câmera IP", "impressora matricial", "suporte de celular"],
    "de": ["Handyhülle", "Signalverstärker", "IP-Kamera", "Nadeldrucker", "Adressetikettendrucker"],
    "ru": ["чехол для телефона", "усилитель сигнала", "IP-камера", "матричный принтер", "держатель для телефона"],
    "fr": ["coque de téléphone", "amplificateur de signal", "caméra IP", "imprimante matricielle", "support téléphone"],
    "tr": ["telefon kılıfı", "sinyal güçlendirici", "IP kamera", "nokta vuruşlu yazıcı"],
    "ar": ["جراب هاتف", "مقوي إشارة", "كاميرا IP", "طابعة نقطية"],
    "vi": ["ốp điện thoại", "bộ kích sóng", "camera IP", "vải chấm bi", "máy in kim"],
    "id": ["casing HP", "penguat sinyal", "kamera IP", "printer dot matrix"],
    "ja": ["スマホケース", "電波増幅器", "IPカメラ", "ドット柄", "ドットプリンター"],
    "ko": ["폰케이스", "신호 증폭기", "IP 카메라", "도트 프린터", "도트 무늬"],
}


def g_prod(lang, arg=None):
    return "PRODUCT_NAME", pick(PROD.get(lang, PROD["en"]))


COMPANIES = {
    "en": ["Shenzhen Huaxin Electronics Co., Ltd.", "Sunrise Packaging Ltd.", "Golden Bridge Trading LLC",
           "Northwind Components Inc.", "Bluewater Logistics Pte. Ltd."],
    "zh": ["深圳市华信电子有限公司", "义乌市金桥贸易有限公司", "宁波海天包装有限公司"],
    "es": ["Alimentos del Sur S.A.", "Importadora Andina S.A.C.", "Textiles Levante S.L."],
    "pt": ["Comércio Brasil Ltda.", "Metalúrgica Paulista S.A.", "Têxtil Minho, Lda."],
    "de": ["Müller Maschinenbau GmbH", "Schneider Logistik AG", "Hansa Verpackung GmbH & Co. KG"],
    "ru": ["ООО «Техносервис»", "АО «СибТрейд»", "ООО «Волга-Импорт»"],
    "fr": ["Société Dupont SARL", "Lumière Déco SAS", "Atlas Négoce SA"],
    "tr": ["Anadolu Tekstil A.Ş.", "Ege Ambalaj Ltd. Şti.", "Marmara Makine San. ve Tic. A.Ş."],
    "ar": ["شركة الخليج للتجارة", "مؤسسة النور للاستيراد", "شركة الأفق للمقاولات"],
    "vi": ["Công ty TNHH Minh Phát", "Công ty CP Dệt may Sài Gòn", "Công ty TNHH Hải Long"],
    "id": ["PT Sinar Jaya Abadi", "CV Maju Bersama", "PT Samudra Logistik"],
    "ja": ["株式会社山田製作所", "東海物産株式会社", "有限会社佐藤工業"],
    "ko": ["(주)한빛산업", "대성무역 주식회사", "(주)서해물류"],
}


def g_company(lang, arg=None):
    return "COMPANY", pick(COMPANIES.get(lang, COMPANIES["en"]))


def g_place(lang, arg=None):
    p = pick(PORTS)
    return "PLACE", pick(["%s %s" % (pick(INCOTERMS), p), "Port of %s" % p, p, city(lang)])


def g_city(lang, arg=None):
    return "PLACE", city(lang)


def g_port(lang, arg=None):
    return "PLACE", pick(PORTS)


def g_hall(lang, arg=None):
    return "PLACE", pick(["%d.%d %s%02d" % (R.randint(1, 17), R.randint(1, 3), pick("ABCDEFGHJK"), R.randint(1, 40)),
                          "%d%s-%02d" % (R.randint(1, 12), pick("ABCDE"), R.randint(1, 60)),
                          "%d.%d" % (R.randint(1, 17), R.randint(1, 3))])


MSGW = {"en": ["WeChat", "WhatsApp", "Skype", "Telegram", "Line", "Viber", "Signal"],
        "zh": ["微信", "WhatsApp", "QQ", "Skype", "钉钉"], "es": ["WhatsApp", "Telegram", "Skype", "WeChat"],
        "pt": ["WhatsApp", "Telegram", "Skype", "WeChat"], "de": ["WhatsApp", "Telegram", "Signal", "Skype"],
        "ru": ["Телеграм", "WhatsApp", "Viber", "Скайп"], "fr": ["WhatsApp", "Telegram", "Skype", "WeChat"],
        "tr": ["WhatsApp", "Telegram", "BiP", "Skype"], "ar": ["واتساب", "تيليجرام", "سكايب", "ويشات"],
        "vi": ["Zalo", "WeChat", "Telegram", "Viber"], "id": ["WA", "WhatsApp", "Telegram", "LINE"],
        "ja": ["LINE", "Skype", "WeChat", "Teams"], "ko": ["카톡", "카카오톡", "라인", "텔레그램"]}


def g_msgw(lang, arg=None):
    return "MESSENGER_WORD", pick(MSGW.get(lang, MSGW["en"]))


def g_gstin(lang, arg=None):
    return safe("COMPANY_TAX_ID", lambda: "%02d%s%s%s%s1Z%s" % (R.randint(1, 37), rs(UP, 5), rd(4), pick(UP),
                                                             pick("123456789"), rs(UP + DIG, 1)))


def g_num9(lang, arg=None):
    return safe("INVOICE", lambda: rdnz(9))


# generic "labelled look-alike" phrases per language; {NP} picks one
NPHRASE = {
    "ORDER": {"en": ["order #{ORDER}", "PO {ORDER}", "order no. {ORDER}"], "zh": ["订单号{ORDER}", "采购单号 {ORDER}"],
              "es": ["pedido nº {ORDER}", "orden de compra {ORDER}"], "pt": ["pedido nº {ORDER}", "PO {ORDER}"],
              "de": ["Bestellnr. {ORDER}", "Auftrag {ORDER}"], "ru": ["заказ №{ORDER}", "номер заказа {ORDER}"],
              "fr": ["commande n° {ORDER}", "bon de commande {ORDER}"], "tr": ["sipariş no {ORDER}", "PO {ORDER}"],
              "ar": ["رقم الطلب {ORDER}", "أمر الشراء {ORDER}"], "vi": ["mã đơn hàng {ORDER}", "đơn số {ORDER}"],
              "id": ["no. pesanan {ORDER}", "PO {ORDER}"], "ja": ["注文番号{ORDER}", "注文番号：{ORDER_FW}"],
              "ko": ["주문번호 {ORDER}", "발주번호 {ORDER}"]},
    "ORDER_AMZ": {"*": ["order {ORDER_AMZ}", "Amazon order {ORDER_AMZ}"], "zh": ["亚马逊订单{ORDER_AMZ}"],
                  "de": ["Amazon-Bestellung {ORDER_AMZ}"], "ja": ["Amazon注文番号{ORDER_AMZ}"]},
    "ORDER16": {"*": ["order {ORDER16}", "AliExpress order {ORDER16}"], "zh": ["订单编号{ORDER16}"],
                "ru": ["заказ {ORDER16}"], "es": ["pedido {ORDER16}"], "pt": ["pedido {ORDER16}"],
                "de": ["Bestellung {ORDER16}"], "fr": ["commande {ORDER16}"], "tr": ["sipariş {ORDER16}"]},
    "ORDER_LUHN": {"*": ["order no. {ORDER_LUHN}"], "zh": ["订单号{ORDER_LUHN}"], "es": ["pedido nº {ORDER_LUHN}"],
                   "pt": ["pedido nº {ORDER_LUHN}"], "de": ["Bestellnummer {ORDER_LUHN}"],
                   "ru": ["номер заказа {ORDER_LUHN}"], "fr": ["n° de commande {ORDER_LUHN}"],
                   "tr": ["sipariş numarası {ORDER_LUHN}"], "ja": ["注文番号{ORDER_LUHN}"], "ko": ["주문번호 {ORDER_LUHN}"],
                   "vi": ["mã đơn {ORDER_LUHN}"], "id": ["nomor pesanan {ORDER_LUHN}"], "ar": ["رقم الطلب {ORDER_LUHN}"]},
    "INVOICE": {"en": ["invoice {INVOICE}", "PI {INVOICE}"], "zh": ["发票号{INVOICE}", "形式发票 {INVOICE}"],
                "es": ["factura {INVOICE}"], "pt": ["fatura {INVOICE}", "nota fiscal {INVOICE}"], "de": ["Rechnung {INVOICE}"],
                "ru": ["счёт №{INVOICE}", "инвойс {INVOICE}"], "fr": ["facture {INVOICE}"], "tr": ["fatura no {INVOICE}"],
                "ar": ["فاتورة رقم {INVOICE}"], "vi": ["hóa đơn số {INVOICE}"], "id": ["faktur {INVOICE}"],
                "ja": ["請求書番号{INVOICE}"], "ko": ["인보이스 {INVOICE}"]},
    "LOT": {"*": ["lot {LOT}", "batch {LOT}"], "zh": ["批号{LOT}"], "de": ["Charge {LOT}"], "es": ["lote {LOT}"],
            "pt": ["lote {LOT}"], "ru": ["партия {LOT}"], "fr": ["lot {LOT}"], "tr": ["parti {LOT}"], "ja": ["ロット{LOT}"],
            "ko": ["로트 {LOT}"], "vi": ["lô {LOT}"], "id": ["batch {LOT}"], "ar": ["الدفعة {LOT}"]},
    "SERIAL": {"*": ["S/N {SERIAL}", "serial {SERIAL}"], "zh": ["序列号{SERIAL}"], "de": ["Seriennr. {SERIAL}"],
               "ru": ["серийный номер {SERIAL}"], "ja": ["製造番号{SERIAL}"], "ko": ["시리얼 {SERIAL}"],
               "es": ["n.º de serie {SERIAL}"], "fr": ["n° de série {SERIAL}"], "pt": ["nº de série {SERIAL}"]},
    "IMEI": {"*": ["IMEI {IMEI}"], "zh": ["IMEI码{IMEI}"], "ja": ["IMEI：{IMEI}"]},
    "EAN": {"*": ["EAN {EAN}", "barcode {EAN}"], "zh": ["条码{EAN}"], "ja": ["JANコード{EAN}"], "ko": ["바코드 {EAN}"],
            "de": ["EAN {EAN}"], "ru": ["штрихкод {EAN}"], "tr": ["barkod {EAN}"], "es": ["código EAN {EAN}"],
            "pt": ["código de barras {EAN}"], "vi": ["mã vạch {EAN}"], "ar": ["الباركود {EAN}"]},
    "UPC": {"*": ["UPC {UPC}"]},
    "GTIN": {"*": ["GTIN {GTIN}"], "zh": ["箱码GTIN {GTIN}"]},
    "HS": {"*": ["HS {HS}", "HS code {HS}"], "zh": ["海关编码{HS}", "HS编码 {HS}"], "de": ["Zolltarifnummer {HS}"],
           "ru": ["код ТН ВЭД {HS}"], "pt": ["NCM {HS}"], "tr": ["GTİP {HS}"], "es": ["partida arancelaria {HS}"],
           "fr": ["code SH {HS}"], "ja": ["HSコード{HS}"], "ko": ["HS코드 {HS}"], "vi": ["mã HS {HS}"],
           "id": ["kode HS {HS}"], "ar": ["رمز النظام المنسق {HS}"]},
    "TRK": {"*": ["tracking {TRK}"], "zh": ["快递单号{TRK}", "运单号 {TRK}"], "de": ["Sendungsnummer {TRK}"],
            "ru": ["трек {TRK}"], "es": ["seguimiento {TRK}"], "pt": ["rastreio {TRK}"], "fr": ["suivi {TRK}"],
            "tr": ["takip no {TRK}"], "ja": ["追跡番号{TRK}"], "ko": ["운송장 {TRK}"], "vi": ["mã vận đơn {TRK}"],
            "id": ["resi {TRK}"], "ar": ["رقم التتبع {TRK}"]},
    "CONT": {"*": ["container {CONT}", "cntr {CONT}"], "zh": ["柜号{CONT}"], "de": ["Container {CONT}"],
             "ru": ["контейнер {CONT}"], "es": ["contenedor {CONT}"], "pt": ["contêiner {CONT}"], "fr": ["conteneur {CONT}"],
             "tr": ["konteyner {CONT}"], "ja": ["コンテナ{CONT}"], "ko": ["컨테이너 {CONT}"], "ar": ["الحاوية {CONT}"]},
    "BL": {"*": ["B/L {BL}"], "zh": ["提单号{BL}"], "ru": ["коносамент {BL}"], "tr": ["konşimento {BL}"],
           "ja": ["B/L番号{BL}"], "vi": ["vận đơn {BL}"]},
    "VIN": {"*": ["VIN {VIN}"], "zh": ["车架号{VIN}"], "ru": ["VIN {VIN}"], "ja": ["車台番号{VIN}"]},
    "ISBN": {"*": ["ISBN {ISBN}"]},
    "SKUCC": {"*": ["model {SKUCC}", "SKU {SKUCC}", "part no. {SKUCC}"], "zh": ["型号{SKUCC}"], "de": ["Artikel {SKUCC}"],
              "ru": ["артикул {SKUCC}"], "es": ["modelo {SKUCC}"], "pt": ["modelo {SKUCC}"], "fr": ["réf. {SKUCC}"],
              "tr": ["model {SKUCC}"], "ja": ["型番{SKUCC}"], "ko": ["모델 {SKUCC}"], "vi": ["mã hàng {SKUCC}"],
              "id": ["tipe {SKUCC}"], "ar": ["الموديل {SKUCC}"]},
    "TS": {"*": ["timestamp {TS}", "ts={TS}"], "zh": ["时间戳{TS}"], "ru": ["метка времени {TS}"], "de": ["Zeitstempel {TS}"],
           "ja": ["タイムスタンプ{TS}"], "ko": ["타임스탬프 {TS}"], "fr": ["horodatage {TS}"], "es": ["marca de tiempo {TS}"]},
    "VER4": {"*": ["firmware {VER4}", "fw {VER4}"], "zh": ["固件版本{VER4}"], "de": ["Firmware {VER4}"],
             "ru": ["прошивка {VER4}"], "es": ["firmware {VER4}"], "ja": ["ファームウェア{VER4}"], "ko": ["펌웨어 {VER4}"],
             "tr": ["yazılım {VER4}"], "vi": ["firmware {VER4}"], "ar": ["الإصدار {VER4}"]},
    "VER": {"*": ["version {VER}", "app {VER}"], "zh": ["版本{VER}"], "de": ["Version {VER}"], "ru": ["версия {VER}"],
            "es": ["versión {VER}"], "pt": ["versão {VER}"], "fr": ["version {VER}"], "ja": ["バージョン{VER}"]},
    "CARD_BAD": {"*": ["ref {CARD_BAD}", "payment ref. {CARD_BAD}"], "zh": ["流水号{CARD_BAD}"],
                 "de": ["Referenz {CARD_BAD}"], "ru": ["номер платежа {CARD_BAD}"], "es": ["referencia {CARD_BAD}"],
                 "pt": ["referência {CARD_BAD}"], "fr": ["référence {CARD_BAD}"], "tr": ["dekont no {CARD_BAD}"]},
    "IBAN_BAD": {"*": ["the old IBAN {IBAN_BAD} (bank says invalid)"], "de": ["die alte IBAN {IBAN_BAD} (ungültig)"],
                 "fr": ["l'ancien IBAN {IBAN_BAD} (invalide)"], "es": ["el IBAN antiguo {IBAN_BAD} (inválido)"],
                 "tr": ["eski IBAN {IBAN_BAD} (geçersiz)"], "zh": ["旧的IBAN {IBAN_BAD}（银行说无效）"],
                 "pt": ["o IBAN antigo {IBAN_BAD} (inválido)"], "ru": ["старый IBAN {IBAN_BAD} (банк пишет: неверный)"],
                 "ar": ["الآيبان القديم {IBAN_BAD} (غير صالح)"], "vi": ["IBAN cũ {IBAN_BAD} (sai số kiểm tra)"],
                 "id": ["IBAN lama {IBAN_BAD} (tidak valid)"], "ja": ["旧IBAN {IBAN_BAD}（無効）"],
                 "ko": ["예전 IBAN {IBAN_BAD} (유효하지 않음)"]},
    "CNID_BAD": {"*": ["waybill {CNID_BAD}"], "zh": ["运单编号{CNID_BAD}", "流水号{CNID_BAD}"], "ru": ["накладная {CNID_BAD}"],
                 "es": ["guía {CNID_BAD}"], "pt": ["conhecimento {CNID_BAD}"], "de": ["Frachtbrief {CNID_BAD}"],
                 "fr": ["lettre de voiture {CNID_BAD}"], "tr": ["irsaliye {CNID_BAD}"], "ja": ["送り状番号{CNID_BAD}"],
                 "ko": ["송장 {CNID_BAD}"], "vi": ["phiếu gửi {CNID_BAD}"], "id": ["surat jalan {CNID_BAD}"],
                 "ar": ["بوليصة {CNID_BAD}"]},
    "AADHAAR_BAD": {"*": ["policy no. {AADHAAR_BAD}", "claim {AADHAAR_BAD}"], "de": ["Police {AADHAAR_BAD}"],
                    "es": ["póliza {AADHAAR_BAD}"], "pt": ["apólice {AADHAAR_BAD}"], "fr": ["police n° {AADHAAR_BAD}"],
                    "ru": ["полис {AADHAAR_BAD}"], "tr": ["poliçe {AADHAAR_BAD}"], "zh": ["保单号{AADHAAR_BAD}"],
                    "ja": ["保険証券番号{AADHAAR_BAD}"], "ko": ["보험증권 {AADHAAR_BAD}"], "vi": ["số hợp đồng bảo hiểm {AADHAAR_BAD}"],
                    "id": ["no. polis {AADHAAR_BAD}"], "ar": ["رقم وثيقة التأمين {AADHAAR_BAD}"]},
    "SSN_TKT": {"*": ["ticket {SSN_TKT}", "case #{SSN_TKT}", "RMA {SSN_TKT}"], "zh": ["工单{SSN_TKT}"],
                "de": ["Ticket {SSN_TKT}"], "es": ["ticket {SSN_TKT}"], "pt": ["chamado {SSN_TKT}"],
                "fr": ["ticket SAV {SSN_TKT}"], "ru": ["заявка {SSN_TKT}"], "ja": ["問い合わせ番号{SSN_TKT}"],
                "ko": ["문의번호 {SSN_TKT}"], "tr": ["talep no {SSN_TKT}"]},
    "VAT": {"*": ["VAT {VAT}"], "zh": ["统一社会信用代码{VAT}"], "de": ["USt-IdNr. {VAT}"], "ru": ["ИНН {VAT}"],
            "pt": ["CNPJ {VAT}"], "es": ["CIF {VAT}"], "fr": ["TVA intracom. {VAT}"], "tr": ["vergi no {VAT}"],
            "ar": ["الرقم الضريبي للشركة {VAT}"], "vi": ["mã số thuế công ty {VAT}"], "id": ["NPWP perusahaan {VAT}"],
            "ja": ["法人番号{VAT}"], "ko": ["사업자등록번호 {VAT}"], "en": ["company VAT {VAT}", "our EIN/VAT {VAT}"]},
    "TXH": {"*": ["tx {TXH}", "tx hash {TXH}"], "zh": ["交易哈希{TXH}"], "ru": ["хэш транзакции {TXH}"],
            "pt": ["hash da transação {TXH}"], "es": ["hash de la transacción {TXH}"], "ja": ["トランザクションID {TXH}"],
            "ko": ["트랜잭션 해시 {TXH}"], "ar": ["المعاملة {TXH}"], "vi": ["mã giao dịch {TXH}"]},
    "MD5": {"*": ["MD5 {MD5}", "checksum {MD5}"], "zh": ["校验码{MD5}"]},
    "SHA1": {"*": ["SHA-1 {SHA1}", "commit {SHA1}"]},
    "SHA256": {"*": ["SHA-256 {SHA256}"]},
    "UUID": {"*": ["RFQ id {UUID}", "request {UUID}"], "zh": ["询价单ID {UUID}"], "de": ["Anfrage-ID {UUID}"],
             "ru": ["ID запроса {UUID}"], "es": ["ID de solicitud {UUID}"], "pt": ["ID da cotação {UUID}"],
             "fr": ["ID de demande {UUID}"], "tr": ["talep kimliği {UUID}"], "ja": ["見積ID {UUID}"], "ko": ["견적 ID {UUID}"]},
    "MAC": {"*": ["MAC {MAC}"], "zh": ["MAC地址{MAC}"]},
    "BTC_BAD": {"*": ["promo code {BTC_BAD}", "licence key {BTC_BAD}"], "zh": ["优惠码{BTC_BAD}"],
                "ru": ["промокод {BTC_BAD}"], "es": ["código promocional {BTC_BAD}"], "de": ["Gutscheincode {BTC_BAD}"],
                "pt": ["cupom {BTC_BAD}"], "fr": ["code promo {BTC_BAD}"], "tr": ["indirim kodu {BTC_BAD}"],
                "ja": ["クーポンコード{BTC_BAD}"], "ko": ["쿠폰 코드 {BTC_BAD}"], "vi": ["mã giảm giá {BTC_BAD}"],
                "id": ["kode promo {BTC_BAD}"], "ar": ["رمز الخصم {BTC_BAD}"]},
    "GSTIN": {"*": ["GSTIN {GSTIN}"]},
    "DOMLIKE": {"*": ["see {DOMLIKE}", "{DOMLIKE}"]},
    "IPSPEC": {"*": ["{IPSPEC} rated", "{IPSPEC}"], "zh": ["防护等级{IPSPEC}"], "de": ["Schutzart {IPSPEC}"]},
    "COORD": {"*": ["GPS {COORD}"], "zh": ["坐标{COORD}"], "ru": ["координаты {COORD}"]},
    "PRICE_AT": {"*": ["{PRICE_AT}"]},
    "SPEC_AT": {"*": ["{SPEC_AT}", "rated {SPEC_AT}"], "zh": ["规格{SPEC_AT}"], "de": ["Nennwert {SPEC_AT}"]},
    "FILE": {"*": ["see {FILE}", "file {FILE}"], "zh": ["附件{FILE}"], "de": ["Datei {FILE}"], "ru": ["файл {FILE}"],
             "es": ["archivo {FILE}"], "pt": ["arquivo {FILE}"], "fr": ["fichier {FILE}"], "tr": ["dosya {FILE}"],
             "ja": ["添付{FILE}"], "ko": ["첨부 {FILE}"], "vi": ["file {FILE}"], "id": ["file {FILE}"], "ar": ["الملف {FILE}"]},
    "PLUSQ": {"*": ["{PLUSQ} free"], "zh": ["买{PLUSQ}"], "de": ["{PLUSQ} gratis"], "es": ["{PLUSQ} gratis"],
              "pt": ["{PLUSQ} grátis"], "fr": ["{PLUSQ} offert"], "ru": ["акция {PLUSQ}"], "tr": ["{PLUSQ} kampanya"],
              "ja": ["{PLUSQ}キャンペーン"], "ko": ["{PLUSQ} 행사"], "vi": ["khuyến mãi {PLUSQ}"], "id": ["promo {PLUSQ}"],
              "ar": ["عرض {PLUSQ}"]},
    "RANGE": {"*": ["{RANGE} pcs"], "zh": ["{RANGE}件"], "de": ["{RANGE} Stück"], "es": ["{RANGE} uds."],
              "pt": ["{RANGE} peças"], "fr": ["{RANGE} pièces"], "ru": ["{RANGE} шт."], "tr": ["{RANGE} adet"],
              "ja": ["{RANGE}個"], "ko": ["{RANGE}개"], "vi": ["{RANGE} cái"], "ar": ["{RANGE} قطعة"]},
    "DATE": {"*": ["ETD {DATE}", "{DATE}"], "zh": ["{DATE}发货"], "de": ["Liefertermin {DATE}"], "ru": ["отгрузка {DATE}"],
             "ja": ["{DATE}出荷"], "ko": ["{DATE} 출고"], "es": ["fecha {DATE}"], "fr": ["livraison le {DATE}"]},
    "TIME": {"*": ["{TIME}"]},
    "PRICE": {"*": ["{PRICE}"]},
    "QTY": {"*": ["{QTY}"]},
    "DIM": {"*": ["carton {DIM}", "{DIM}"], "zh": ["外箱{DIM}"], "de": ["Karton {DIM}"], "ja": ["外箱{DIM}"]},
    "WT": {"*": ["{WT}"]},
    "PCT": {"*": ["{PCT}"]},
    "PROD": {"*": ["{PROD}"]},
    "COMPANY": {"*": ["{COMPANY}"]},
    "PLACE": {"*": ["{PLACE}"]},
    "MSGW": {"en": ["no {MSGW} please"], "zh": ["我不用{MSGW}"], "de": ["kein {MSGW} bitte"], "es": ["sin {MSGW}, por favor"],
             "pt": ["sem {MSGW}, por favor"], "fr": ["pas de {MSGW} svp"], "ru": ["{MSGW} не использую"],
             "tr": ["{MSGW} kullanmıyorum"], "ar": ["لا أستخدم {MSGW}"], "vi": ["mình không dùng {MSGW}"],
             "id": ["aku nggak pakai {MSGW}"], "ja": ["{MSGW}は使っていません"], "ko": ["{MSGW}은 안 써요"]},
    "CAPS": {"*": ["mark {CAPS} on cartons", "stamp {CAPS}"], "zh": ["外箱印{CAPS}"], "de": ["Aufdruck {CAPS}"],
             "ru": ["маркировка {CAPS}"], "es": ["marcar {CAPS}"], "pt": ["marcar {CAPS}"], "fr": ["marquage {CAPS}"],
             "tr": ["kolilere {CAPS} yazın"], "ja": ["外箱に{CAPS}"], "ko": ["박스에 {CAPS}"], "vi": ["in chữ {CAPS}"],
             "id": ["tulis {CAPS}"], "ar": ["اكتب {CAPS} على الكرتون"]},
}


def np_phrase(kind, lang):
    d = NPHRASE[kind]
    return pick(d.get(lang) or d.get("*") or d["en"])


NP_POOL = ["ORDER", "ORDER", "ORDER_AMZ", "ORDER16", "INVOICE", "INVOICE", "LOT", "SERIAL", "IMEI", "EAN", "UPC", "GTIN",
           "HS", "HS", "TRK", "TRK", "CONT", "BL", "VIN", "ISBN", "SKUCC", "SKUCC", "TS", "VER4", "VER", "CARD_BAD",
           "IBAN_BAD", "CNID_BAD", "AADHAAR_BAD", "SSN_TKT", "VAT", "TXH", "MD5", "SHA1", "UUID", "MAC", "BTC_BAD",
           "IPSPEC", "COORD", "PRICE_AT", "SPEC_AT", "FILE", "PLUSQ", "RANGE", "DATE", "TIME", "PRICE", "PRICE",
           "QTY", "DIM", "WT", "PCT", "PROD", "CAPS", "ORDER_LUHN", "SHA256", "DOMLIKE"]


def g_np(lang, arg=None):
    kind = arg or pick(NP_POOL)
    return ("TPL", np_phrase(kind, lang))


NEG_GENS = {
    "ORDER": g_order, "ORDER_AMZ": g_order_amz, "ORDER16": g_order16, "ORDER_LUHN": g_order_luhn, "ORDER_FW": g_order_fw,
    "INVOICE": g_invoice, "LOT": g_lot, "SERIAL": g_serial, "IMEI": g_imei, "PLUSQ": g_plusq, "RANGE": g_range,
    "QTY": g_qty, "EAN": g_ean, "UPC": g_upc, "GTIN": g_gtin, "VIN": g_vin, "ISBN": g_isbn, "SKUCC": g_skucc,
    "SKU": g_sku, "HS": g_hs, "TS": g_ts, "TS13": g_ts13, "DATE": g_date, "TIME": g_time, "CAPS": g_caps,
    "PRICE": g_price, "PRICE_AT": g_price_at, "SPEC_AT": g_spec_at, "SPEC": g_spec, "IPSPEC": g_ipspec,
    "TERMS": g_terms, "PCT": g_pct, "COORD": g_coord, "DIM": g_dim, "WT": g_wt, "VER": g_ver, "VER4": g_ver4,
    "TXH": g_txh, "MD5": g_md5, "SHA1": g_sha1, "SHA256": g_sha256, "UUID": g_uuid, "MAC": g_mac, "UPS": g_ups,
    "FEDEX": g_fedex, "DHL": g_dhl, "S10": g_s10, "TRK": g_trk, "CONT": g_cont, "BL": g_bl, "CARD_BAD": g_card_bad,
    "IBAN_BAD": g_iban_bad, "CNID_BAD": g_cnid_bad, "AADHAAR_BAD": g_aadhaar_bad, "BTC_BAD": g_btc_bad,
    "SSN_TKT": g_ssn_tkt, "VAT": g_vat, "FILE": g_file, "PROD": g_prod, "COMPANY": g_company, "PLACE": g_place,
    "CITY": g_city, "PORT": g_port, "HALL": g_hall, "MSGW": g_msgw, "GSTIN": g_gstin, "NUM9": g_num9, "NP": g_np,
}


def g_portn(lang, arg=None):
    return "TEXT", ":%d" % pick([21, 22, 443, 3389, 8080, 8443, 9000, 5060])


NEG_GENS["PORTN"] = g_portn


# =========================================================== PII generators
# Each returns (type, value).

def phone_cc(cc):
    if cc == "CN":
        m = "1" + pick("3456789") + rd(9)
        return pick(["+86 %s %s %s" % (m[:3], m[3:7], m[7:]), "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:]), "0086 " + m,
                     m, "%s %s %s" % (m[:3], m[3:7], m[7:]), "+86" + m, fw(m), fw("+86 %s %s %s" % (m[:3], m[3:7], m[7:])),
                     "+86 %s %s %s" % (pick(["755", "574", "579", "20", "512"]), rd(4), rd(4)),
                     "%s-%s" % (pick(["0755", "0574", "0579", "0512"]), rd(8))])
    if cc == "US":
        a, e, n = pick("23456789") + rd(2), pick("23456789") + rd(2), rd(4)
        return pick(["(%s) %s-%s" % (a, e, n), "+1 %s-%s-%s" % (a, e, n), "+1 (%s) %s %s" % (a, e, n),
                     "%s-%s-%s" % (a, e, n), "001 %s %s %s" % (a, e, n), "+1 %s %s %s" % (a, e, n)])
    if cc == "UK":
        return pick(["+44 20 %s %s" % (rd(4), rd(4)), "+44 7%s %s" % (rd(3), rd(6)), "07%s %s" % (rd(3), rd(6)),
                     "0044 161 %s %s" % (rd(3), rd(4)), "+44 (0)113 %s %s" % (rd(3), rd(4))])
    if cc == "DE":
        return pick(["+49 30 %s" % rd(8), "+49 (0)%s %s" % (pick(["30", "40", "89", "711", "221"]), rd(7)),
                     "0049 15%s %s" % (rd(1), rd(8)), "015%s %s" % (rd(1), rd(8)), "+49 17%s %s" % (rd(1), rd(7)),
                     "+49 %s %s-%s" % (pick(["40", "69", "211"]), rd(4), rd(2))])
    if cc == "AT":
        return "+43 664 %s" % rd(7)
    if cc == "CH":
        return "+41 79 %s %s %s" % (rd(3), rd(2), rd(2))
    if cc == "ES":
        return pick(["+34 6%s %s %s" % (rd(2), rd(3), rd(3)), "6%s %s %s %s" % (rd(2), rd(2), rd(2), rd(2)),
                     "+34 91 %s %s %s" % (rd(3), rd(2), rd(2))])
    if cc == "MX":
        return pick(["+52 55 %s %s" % (rd(4), rd(4)), "+52 1 33 %s %s" % (rd(4), rd(4))])
    if cc == "AR":
        return "+54 9 11 %s-%s" % (rd(4), rd(4))
    if cc == "CO":
        return "+57 3%s %s %s" % (rd(2), rd(3), rd(4))
    if cc == "BR":
        return pick(["+55 11 9%s-%s" % (rd(4), rd(4)), "(11) 9%s-%s" % (rd(4), rd(4)),
                     "+55 (21) 9%s-%s" % (rd(4), rd(4)), "+55 47 9%s %s" % (rd(4), rd(4))])
    if cc == "PT":
        return "+351 9%s %s %s" % (pick("1236"), rd(3), rd(3))
    if cc == "RU":
        return pick(["+7 (495) %s-%s-%s" % (rd(3), rd(2), rd(2)), "8 (9%s) %s-%s-%s" % (rd(2), rd(3), rd(2), rd(2)),
                     "+7 9%s %s %s %s" % (rd(2), rd(3), rd(2), rd(2)), "8-9%s-%s-%s-%s" % (rd(2), rd(3), rd(2), rd(2))])
    if cc == "KZ":
        return "+7 70%s %s %s" % (rd(1), rd(3), rd(4))
    if cc == "FR":
        return pick(["+33 6 %s %s %s %s" % (rd(2), rd(2), rd(2), rd(2)), "06 %s %s %s %s" % (rd(2), rd(2), rd(2), rd(2)),
                     "+33 (0)1 %s %s %s %s" % (rd(2), rd(2), rd(2), rd(2)), "07.%s.%s.%s.%s" % (rd(2), rd(2), rd(2), rd(2))])
    if cc == "BE":
        return "+32 47%s %s %s %s" % (rd(1), rd(2), rd(2), rd(2))
    if cc == "MA":
        return "+212 6 %s %s %s %s" % (rd(2), rd(2), rd(2), rd(2))
    if cc == "TR":
        return pick(["+90 5%s %s %s %s" % (rd(2), rd(3), rd(2), rd(2)), "05%s %s %s %s" % (rd(2), rd(3), rd(2), rd(2)),
                     "+90 (212) %s %s %s" % (rd(3), rd(2), rd(2)), "0 (5%s) %s %s %s" % (rd(2), rd(3), rd(2), rd(2))])
    if cc == "AE":
        return pick(["+971 5%s %s %s" % (pick("0256"), rd(3), rd(4)), "00971 4 %s %s" % (rd(3), rd(4))])
    if cc == "SA":
        return pick(["+966 5%s %s %s" % (pick("05"), rd(3), rd(4)), "05%s %s %s" % (pick("05"), rd(3), rd(4))])
    if cc == "EG":
        return "+20 1%s %s %s" % (pick("0125"), rd(4), rd(4))
    if cc == "VN":
        return pick(["+84 9%s %s %s" % (rd(2), rd(3), rd(3)), "09%s %s %s" % (rd(2), rd(3), rd(3)),
                     "+84 28 %s %s" % (rd(4), rd(4)), "0%s%s" % (pick(["90", "91", "98", "86"]), rd(7))])
    if cc == "ID":
        return pick(["+62 81%s-%s-%s" % (rd(1), rd(4), rd(4)), "081%s %s %s" % (rd(1), rd(4), rd(4)),
                     "+62 21 %s %s" % (rd(4), rd(4)), "0812%s" % rd(8)])
    if cc == "JP":
        return pick(["+81 90-%s-%s" % (rd(4), rd(4)), "090-%s-%s" % (rd(4), rd(4)), "03-%s-%s" % (rd(4), rd(4)),
                     "+81 3 %s %s" % (rd(4), rd(4)), fw("080-%s-%s" % (rd(4), rd(4)))])
    if cc == "KR":
        return pick(["+82 10-%s-%s" % (rd(4), rd(4)), "010-%s-%s" % (rd(4), rd(4)), "02-%s-%s" % (rd(3), rd(4)),
                     "010 %s %s" % (rd(4), rd(4))])
    if cc == "IN":
        return pick(["+91 9%s %s" % (rd(4), rd(5)), "+91-9%s-%s" % (rd(4), rd(5))])
    if cc == "HK":
        return "+852 %s %s" % (pick("5689") + rd(3), rd(4))
    raise KeyError(cc)


PHONE_CC = {"en": ["US", "US", "UK", "IN", "AE", "CN", "DE", "HK"], "zh": ["CN", "CN", "CN", "HK"],
            "es": ["ES", "MX", "AR", "CO"], "pt": ["BR", "BR", "PT"], "de": ["DE", "DE", "AT", "CH"],
            "ru": ["RU", "RU", "KZ"], "fr": ["FR", "FR", "BE", "MA"], "tr": ["TR"], "ar": ["AE", "SA", "EG"],
            "vi": ["VN"], "id": ["ID"], "ja": ["JP"], "ko": ["KR"]}


def p_phone(lang, arg=None):
    return "PHONE", phone_cc(arg or pick(PHONE_CC[lang]))


LOCALS = {"en": ["john.miller", "sarah.k", "mike_w", "purchasing", "sales01", "t.brown"],
          "zh": ["lily.chen", "wangfang", "zhangwei88", "export.sz", "amy_liu"],
          "es": ["maria.garcia", "jlopez", "ventas", "compras.mx"], "pt": ["joao.silva", "compras.sp", "ana_souza"],
          "de": ["m.schmidt", "einkauf", "k.mueller", "vertrieb"], "ru": ["ivan.petrov", "sales.msk", "a.smirnova"],
          "fr": ["julie.martin", "achats", "p.dubois"], "tr": ["mehmet.yilmaz", "satis", "ayse.demir"],
          "ar": ["ahmed.hassan", "k.alsayed", "procurement"], "vi": ["nguyen.van.an", "minhphat.sales"],
          "id": ["budi.santoso", "sales.sby"], "ja": ["tanaka.h", "yamada-seisakusho"], "ko": ["kim.minsu", "hanbit.sales"]}
DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.com"], "zh": ["163.com", "qq.com", "126.com", "sina.com"],
           "es": ["gmail.com", "hotmail.es", "prodigy.net.mx"], "pt": ["uol.com.br", "terra.com.br", "gmail.com"],
           "de": ["gmx.de", "web.de", "t-online.de"], "ru": ["yandex.ru", "mail.ru", "bk.ru"],
           "fr": ["orange.fr", "free.fr", "gmail.com"], "tr": ["yahoo.com.tr", "gmail.com", "hotmail.com"],
           "ar": ["gmail.com", "hotmail.com", "yahoo.com"], "vi": ["gmail.com", "yahoo.com.vn"],
           "id": ["yahoo.co.id", "gmail.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
           "ko": ["naver.com", "daum.net", "hanmail.net"]}
SLUGS = ["huaxin-tech", "sunrise-pack", "goldenbridge", "ecoprint", "nordtech", "mueller-maschinen", "andesfoods",
         "brasilcomex", "technoservis", "lumiere-deco", "anadolutekstil", "gulfstar", "minhphat", "sinarjaya",
         "yamada-mfg", "hanbit-ind", "bluewater-log", "pinecrest"]
CO_TLD = {"zh": ["com.cn", "cn", "com"], "de": ["de", "com"], "ru": ["ru", "com"], "fr": ["fr", "com"],
          "es": ["es", "com.mx", "com"], "pt": ["com.br", "pt"], "tr": ["com.tr"], "ar": ["ae", "com.sa", "com"],
          "vi": ["vn", "com.vn"], "id": ["co.id", "id"], "ja": ["co.jp", "jp"], "ko": ["co.kr", "kr"],
          "en": ["com", "co.uk", "net", "io"]}


def p_email(lang, arg=None):
    loc = pick(LOCALS[lang])
    dom = pick(DOMAINS[lang]) if R.random() < 0.6 else "%s.%s" % (pick(SLUGS), pick(CO_TLD[lang]))
    st = arg or pick(["plain"] * 9 + ["atdot"] * 3 + ["brk"] * 2 + ["par"] * 2 + ["spc", "fw", "caps"])
    if st == "plain":
        v = loc + "@" + dom
    elif st == "atdot":
        v = loc.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
    elif st == "brk":
        v = loc + "[at]" + dom.replace(".", "[dot]")
    elif st == "par":
        v = loc + "(at)" + dom
    elif st == "spc":
        v = loc + " @ " + dom
    elif st == "fw":
        v = loc + "＠" + dom
    else:
        v = loc + " AT " + dom.replace(".", " DOT ")
    return "EMAIL", v


def p_url(lang, arg=None):
    s, t = pick(SLUGS), pick(CO_TLD[lang])
    return "URL", pick([
        "https://www.%s.%s/%s" % (s, t, pick(["products", "catalog", "en/contact", "shop/led", "p/%s" % rd(5)])),
        "www.%s.%s" % (s, t), "bit.ly/%s" % rs(LOW + UP + DIG, 7),
        "https://drive.google.com/file/d/%s/view" % rs(LOW + UP + DIG + "_-", 33),
        "https://%s.en.alibaba.com" % s.replace("-", ""), "https://www.instagram.com/%s_official" % s.replace("-", "_"),
        "https://pan.baidu.com/s/1%s" % rs(LOW + UP + DIG, 22), "https://wetransfer.com/downloads/%s" % rhex(32),
        "%s.%s/catalog" % (s, t), "https://www.%s.%s/%s.pdf" % (s, t, pick(["katalog", "catalogue", "pricelist_2025"])),
        "www.dropbox.com/s/%s/specs.zip?dl=0" % rs(LOW + DIG, 15)])


HNAMES = ["lily", "jason", "anna", "kevin", "maria", "ivan", "olga", "mehmet", "ahmed", "minh", "budi", "yuki",
          "minsu", "sophie", "tom", "carlos", "jiawei", "elena", "hakan", "nadia"]


def p_handle(lang, arg=None):
    app = arg or pick(["wechat", "skype", "telegram", "qq", "line"])
    n = pick(HNAMES)
    if app == "wechat":
        v = pick(["%s_%s" % (n, rd(4)), "wxid_" + rs(LOW + DIG, 14), "%s%s%s" % (n, pick(["sz", "yw", "gz", "nb"]), rd(3)),
                  "%s-%s" % (n.capitalize(), pick(SLUGS).split("-")[0])])
    elif app == "skype":
        v = pick(["live:.cid." + rhex(16), "live:%s_%s" % (n, rd(2)), "live:%s.%s" % (n, pick(SLUGS).split("-")[0])])
    elif app == "telegram":
        h = "%s%s" % (n, pick(["_sales", "_trade", "_export", rd(2), "_b2b"]))
        v = pick(["@" + h, "@" + h, "t.me/" + h, "https://t.me/" + h])
    elif app == "qq":
        v = rdnz(R.randint(6, 10))
    elif app == "line":
        v = "%s%s" % (n, pick(["_th", ".shop", rd(3), "2025"]))
    else:  # kakao
        v = "%s%s" % (n, pick(["_kr", rd(2), ".biz"]))
    return "MESSENGER_HANDLE", v


def p_card(lang, arg=None):
    b = arg or pick(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "up"])
    pre = {"visa": lambda: "4" + rd(14), "mc": lambda: "5" + pick("12345") + rd(13),
           "mc2": lambda: pick(["2221", "2300", "2410", "2500", "2640", "2720"]) + rd(11),
           "amex": lambda: "3" + pick("47") + rd(12), "disc": lambda: "6011" + rd(11),
           "jcb": lambda: "35" + pick(["28", "30", "60", "89"]) + rd(11), "up": lambda: "62" + rd(13)}[b]()
    d = pc.luhn_complete(pre)
    if len(d) == 15:
        v = pick(["%s %s %s" % (d[:4], d[4:10], d[10:]), "%s-%s-%s" % (d[:4], d[4:10], d[10:]), d])
    else:
        v = pick([group4(d), group4(d), group4(d, "-"), d])
    return "PAYMENT_CARD", v


def p_iban(lang, arg=None):
    v = make_iban(lang)
    return "IBAN", pick([group4(v), group4(v), v])


BIC_BANKS = {"zh": ["BKCH", "ICBK", "PCBC", "ABOC", "CMBC"], "de": ["DEUT", "COBA", "HYVE", "GENO"],
             "fr": ["BNPA", "SOGE", "CRLY", "AGRI"], "es": ["CAIX", "BSCH", "BBVA"], "pt": ["ITAU", "BRAD", "CGDI"],
             "tr": ["TCZB", "AKBK", "ISBK"], "ar": ["NBAD", "EBIL", "NCBK"], "vi": ["BFTV", "VTCB", "ICBV"],
             "id": ["BMRI", "BRIN", "CENA"], "ja": ["MHCB", "SMBC", "BOTK"], "ko": ["KOEX", "SHBK", "CZNB"],
             "ru": ["SABR", "VTBR", "ALFA"], "en": ["CITI", "BOFA", "CHAS", "BARC", "LOYD", "HSBC"]}
BIC_CC = {"zh": ["CN", "HK"], "de": ["DE"], "fr": ["FR"], "es": ["ES"], "pt": ["BR", "PT"], "tr": ["TR"],
          "ar": ["AE", "SA"], "vi": ["VN"], "id": ["ID"], "ja": ["JP"], "ko": ["KR"], "ru": ["RU"],
          "en": ["US", "GB", "HK", "SG"]}


def p_bank(lang, arg=None):
    k = arg or pick(["acct", "bic", "bic"])
    if k == "bic":
        v = pick(BIC_BANKS[lang]) + pick(BIC_CC[lang]) + pick(["FF", "BJ", "SH", "HH", "2X", "MM", "22", "IS", "AA", "2A"])
        v += pick(["", "", "XXX", rs(UP + DIG, 3)])
        assert re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v)
    elif k == "aba":
        v = pc.aba_complete(pick(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22",
                                  "26", "31"]) + rd(6))
        assert pc.aba_ok(v)
    else:
        for _ in range(200):
            if lang == "ru":
                v = "40702810" + rd(12)
            else:
                v = rdnz(pick([8, 10, 11, 12, 14]))
            if not pc.passes_some_check(v):
                break
        else:
            raise AssertionError
    return "BANK_ACCOUNT", v


def p_natid(lang, arg=None):
    k = arg or pick(["ssn", "cnid", "aadhaar", "nino"])
    if k == "ssn":
        while True:
            a, g, s = "%03d" % R.randint(1, 899), "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)
            if pc.ssn_ok(a + g + s):
                break
        v = pick(["%s-%s-%s" % (a, g, s), "%s-%s-%s" % (a, g, s), "%s %s %s" % (a, g, s)])
    elif k == "cnid":
        b = cn_f17()
        v = b + pc.cnid_check(b)
        assert pc.cnid_ok(v)
    elif k == "aadhaar":
        b = pick("23456789") + rd(10)
        d = b + pc.verhoeff_digit(b)
        assert pc.verhoeff_ok(d)
        v = pick([grp(d, [4, 4, 4]), d, grp(d, [4, 4, 4], "-")])
    else:
        while True:
            p2 = pick(pc.NINO_A) + pick(pc.NINO_B)
            if p2 not in pc.NINO_BAD:
                break
        dd = rd(6)
        sfx = pick("ABCD")
        v = pick(["%s %s %s %s %s" % (p2, dd[:2], dd[2:4], dd[4:], sfx), p2 + dd + sfx])
        assert pc.nino_ok(v)
    return "NATIONAL_ID", v


def p_ip(lang, arg=None):
    k = arg or pick(["v4", "v4", "v4", "v6", "v6c"])
    if k == "v4":
        v = "%d.%d.%d.%d" % (pick([23, 31, 45, 46, 62, 77, 81, 89, 91, 103, 110, 118, 139, 151, 176, 185, 188, 194,
                                  203, 212, 213, 217, 10, 172, 192]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif k == "v6":
        v = ":".join(["2001", "0db8" if R.random() < 0.3 else rhex(4)] + [rhex(4) for _ in range(6)])
    else:
        a = R.randint(1, 3)
        b = R.randint(1, 6 - a)
        head = [pick(["2001", "2a02", "2400", "2604", "fe80"])] + [rhex(R.randint(1, 4)).lstrip("0") or "0" for _ in range(a - 1)]
        tail = [rhex(R.randint(1, 4)).lstrip("0") or "0" for _ in range(b)]
        v = ":".join(head) + "::" + ":".join(tail)
    ipaddress.ip_address(v)
    return "IP_ADDRESS", v


def p_wallet(lang, arg=None):
    k = arg or pick(["eth", "eth", "btc1", "btc3", "bc1"])
    if k == "eth":
        h = rhex(40)
        v = pick([pc.eip55(h), pc.eip55(h), "0x" + h])
    elif k == "btc1":
        v = pc.b58check(0, bytes(R.randrange(256) for _ in range(20)))
    elif k == "btc3":
        v = pc.b58check(5, bytes(R.randrange(256) for _ in range(20)))
    else:
        v = pick([pc.segwit_addr("bc", 0, bytes(R.randrange(256) for _ in range(20))),
                  pc.segwit_addr("bc", 1, bytes(R.randrange(256) for _ in range(32)))])
    return "CRYPTO_WALLET", v


US_CITIES = [("Columbus", "OH", "432"), ("Houston", "TX", "770"), ("Fresno", "CA", "937"), ("Newark", "NJ", "071"),
             ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"), ("Joliet", "IL", "604"), ("Reno", "NV", "895")]
UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Leicester", "LE"), ("Glasgow", "G"),
            ("Birmingham", "B"), ("Sheffield", "S")]
DE_CITIES = [("Stuttgart", "70"), ("Hamburg", "20"), ("Köln", "50"), ("Leipzig", "04"), ("Bremen", "28"),
             ("Nürnberg", "90")]
CN_EN = [("Shenzhen", "Nanshan", "5180"), ("Ningbo", "Beilun", "3158"), ("Guangzhou", "Tianhe", "5106"),
         ("Suzhou", "Wuzhong", "2151"), ("Hangzhou", "Xihu", "3100"), ("Qingdao", "Huangdao", "2665")]
CN_ZH = [("广东省", "深圳市", "南山区"), ("浙江省", "宁波市", "北仑区"), ("浙江省", "杭州市", "西湖区"),
         ("江苏省", "苏州市", "吴中区"), ("山东省", "青岛市", "黄岛区"), ("广东省", "广州市", "天河区")]


def p_address(lang, arg=None):
    k = arg or {"zh": pick(["cn_zh", "cn_zh", "cn_en"]), "de": "de", "en": pick(["us", "uk", "cn_en", "de"])}.get(
        lang, pick(["us", "uk", "de", "cn_en"]))
    if k == "us":
        c, st, z = pick(US_CITIES)
        v = "%d %s %s%s, %s, %s %s%s" % (R.randint(10, 9999), pick(["Maple", "Oak", "Harbor", "Industrial", "Commerce",
                                                                    "Lakeview", "Madison", "Elm"]),
                                        pick(["Ave", "Avenue", "St", "Street", "Blvd", "Drive", "Road"]),
                                        pick(["", "", ", Suite %d" % R.randint(100, 450), ", Unit %d%s" % (R.randint(1, 9), pick("ABC"))]),
                                        c, st, z, rd(2))
    elif k == "uk":
        t, a = pick(UK_TOWNS)
        v = "%s%d %s, %s %s%d %d%s" % (pick(["", "Flat %d, " % R.randint(1, 20), "Unit %d, " % R.randint(1, 30)]),
                                       R.randint(1, 240), pick(["Station Road", "High Street", "Church Lane",
                                                                "Victoria Road", "Mill Lane", "Park Road"]),
                                       t, a, R.randint(1, 20), R.randint(1, 9), rs("ABDEFGHJLNPQRSTUWXYZ", 2))
    elif k == "de":
        c, p = pick(DE_CITIES)
        v = "%s %d, %s%s %s%s" % (pick(["Industriestraße", "Hauptstraße", "Bahnhofstraße", "Am Hafen", "Lindenweg",
                                        "Schillerstr."]), R.randint(1, 180), p, rd(3), c, pick(["", ", Deutschland"]))
    elif k == "cn_en":
        c, d, z = pick(CN_EN)
        v = "%sNo. %d %s Road, %s District, %s %s%s, China" % (
            pick(["", "Room %d%02d, Building %d, " % (R.randint(2, 30), R.randint(1, 20), R.randint(1, 12))]),
            R.randint(1, 999), pick(["Keyuan", "Mingzhou", "Tianhe North", "Wenyi West", "Changjiang", "Binhai"]),
            d, c, z, rd(2))
    else:
        pr, c, d = pick(CN_ZH)
        v = "%s%s%s%s%d号%s" % (pr, c, d, pick(["科苑路", "明州路", "文一西路", "长江路", "滨海大道", "天河北路"]),
                               R.randint(1, 999), pick(["", "%d栋%d%02d室" % (R.randint(1, 12), R.randint(2, 30), R.randint(1, 20)),
                                                       "%d号楼%d层" % (R.randint(1, 9), R.randint(1, 20))]))
    return "POSTAL_ADDRESS", v


PII_GENS = {"PHONE": p_phone, "EMAIL": p_email, "URL": p_url, "HANDLE": p_handle, "CARD": p_card, "IBAN": p_iban,
            "BANK": p_bank, "NATID": p_natid, "IP": p_ip, "WALLET": p_wallet, "ADDRESS": p_address}
SLOT_TYPE = {"PHONE": "PHONE", "EMAIL": "EMAIL", "URL": "URL", "HANDLE": "MESSENGER_HANDLE", "CARD": "PAYMENT_CARD",
             "IBAN": "IBAN", "BANK": "BANK_ACCOUNT", "NATID": "NATIONAL_ID", "IP": "IP_ADDRESS",
             "WALLET": "CRYPTO_WALLET", "ADDRESS": "POSTAL_ADDRESS"}


# =============================================== labelled PII mini-templates
PIIPH = {
    "PHONE": {"en": ["Tel: {!PHONE}", "call me on {!PHONE}", "my cell: {!PHONE}", "WhatsApp: {!PHONE}", "Viber {!PHONE}",
                     "mobile {!PHONE}"],
              "zh": ["电话：{!PHONE}", "手机：{!PHONE}", "手机/微信同号：{!PHONE}", "联系电话 {!PHONE}", "WhatsApp：{!PHONE}"],
              "es": ["Tel.: {!PHONE}", "mi celular: {!PHONE}", "WhatsApp: {!PHONE}", "llámame al {!PHONE}"],
              "pt": ["Tel: {!PHONE}", "meu celular: {!PHONE}", "WhatsApp: {!PHONE}", "liga no {!PHONE}"],
              "de": ["Tel.: {!PHONE}", "mobil: {!PHONE}", "WhatsApp: {!PHONE}", "ruf mich an unter {!PHONE}"],
              "ru": ["тел.: {!PHONE}", "мой номер {!PHONE}", "WhatsApp: {!PHONE}", "звоните {!PHONE}"],
              "fr": ["Tél. : {!PHONE}", "mon portable : {!PHONE}", "WhatsApp : {!PHONE}", "appelez-moi au {!PHONE}"],
              "tr": ["Tel: {!PHONE}", "cep: {!PHONE}", "WhatsApp: {!PHONE}", "beni arayın: {!PHONE}"],
              "ar": ["هاتف: {!PHONE}", "رقمي {!PHONE}", "واتساب: {!PHONE}", "اتصل بي على {!PHONE}"],
              "vi": ["SĐT: {!PHONE}", "Zalo: {!PHONE}", "gọi mình số {!PHONE}", "điện thoại {!PHONE}"],
              "id": ["No. HP: {!PHONE}", "WA: {!PHONE}", "telp {!PHONE}", "hubungi saya di {!PHONE}"],
              "ja": ["電話：{!PHONE}", "携帯：{!PHONE}", "TEL {!PHONE}", "連絡先 {!PHONE}"],
              "ko": ["전화: {!PHONE}", "휴대폰: {!PHONE}", "연락처 {!PHONE}", "HP {!PHONE}"]},
    "EMAIL": {"en": ["email: {!EMAIL}", "mail me at {!EMAIL}", "send it to {!EMAIL}"],
              "zh": ["邮箱：{!EMAIL}", "发到邮箱 {!EMAIL}", "Email：{!EMAIL}"],
              "es": ["correo: {!EMAIL}", "escríbeme a {!EMAIL}"], "pt": ["e-mail: {!EMAIL}", "manda para {!EMAIL}"],
              "de": ["E-Mail: {!EMAIL}", "schick es an {!EMAIL}"], "ru": ["почта: {!EMAIL}", "пишите на {!EMAIL}"],
              "fr": ["e-mail : {!EMAIL}", "écrivez-moi à {!EMAIL}"], "tr": ["e-posta: {!EMAIL}", "mail atın: {!EMAIL}"],
              "ar": ["البريد: {!EMAIL}", "راسلني على {!EMAIL}"], "vi": ["email: {!EMAIL}", "gửi về mail {!EMAIL}"],
              "id": ["email: {!EMAIL}", "kirim ke {!EMAIL}"], "ja": ["メール：{!EMAIL}", "メアド {!EMAIL}"],
              "ko": ["이메일: {!EMAIL}", "메일 주소 {!EMAIL}"]},
    "URL": {"en": ["see {!URL}", "catalog: {!URL}", "full list here: {!URL}"], "zh": ["链接：{!URL}", "网店 {!URL}", "目录在 {!URL}"],
            "es": ["mira {!URL}", "catálogo: {!URL}"], "pt": ["veja {!URL}", "catálogo: {!URL}"],
            "de": ["siehe {!URL}", "Katalog: {!URL}"], "ru": ["ссылка: {!URL}", "каталог: {!URL}"],
            "fr": ["voir {!URL}", "catalogue : {!URL}"], "tr": ["link: {!URL}", "katalog: {!URL}"],
            "ar": ["الرابط: {!URL}", "الكتالوج: {!URL}"], "vi": ["link: {!URL}", "xem tại {!URL}"],
            "id": ["link: {!URL}", "cek di {!URL}"], "ja": ["リンク：{!URL}", "カタログ {!URL}"], "ko": ["링크: {!URL}", "카탈로그 {!URL}"]},
    "HANDLE": {"en": ["WeChat: {!HANDLE:wechat}", "Skype: {!HANDLE:skype}", "Telegram {!HANDLE:telegram}",
                      "Line ID: {!HANDLE:line}", "QQ {!HANDLE:qq}"],
               "zh": ["微信：{!HANDLE:wechat}", "加我微信 {!HANDLE:wechat}", "QQ：{!HANDLE:qq}", "Skype：{!HANDLE:skype}"],
               "es": ["Telegram: {!HANDLE:telegram}", "Skype: {!HANDLE:skype}", "WeChat: {!HANDLE:wechat}"],
               "pt": ["Telegram: {!HANDLE:telegram}", "Skype: {!HANDLE:skype}", "WeChat: {!HANDLE:wechat}"],
               "de": ["Telegram: {!HANDLE:telegram}", "Skype: {!HANDLE:skype}", "WeChat-ID {!HANDLE:wechat}"],
               "ru": ["Телеграм: {!HANDLE:telegram}", "тг {!HANDLE:telegram}", "Скайп: {!HANDLE:skype}"],
               "fr": ["Telegram : {!HANDLE:telegram}", "Skype : {!HANDLE:skype}", "WeChat : {!HANDLE:wechat}"],
               "tr": ["Telegram: {!HANDLE:telegram}", "Skype: {!HANDLE:skype}", "WeChat: {!HANDLE:wechat}"],
               "ar": ["تيليجرام: {!HANDLE:telegram}", "سكايب: {!HANDLE:skype}", "ويشات: {!HANDLE:wechat}"],
               "vi": ["Telegram: {!HANDLE:telegram}", "WeChat: {!HANDLE:wechat}", "Skype: {!HANDLE:skype}"],
               "id": ["Telegram: {!HANDLE:telegram}", "ID Line: {!HANDLE:line}", "WeChat: {!HANDLE:wechat}"],
               "ja": ["LINE ID：{!HANDLE:line}", "Skype：{!HANDLE:skype}", "WeChat：{!HANDLE:wechat}"],
               "ko": ["카톡 아이디: {!HANDLE:kakao}", "라인 ID: {!HANDLE:line}", "텔레그램 {!HANDLE:telegram}"]},
    "CARD": {"en": ["card {!CARD}", "card no. {!CARD}", "charge it to {!CARD}"], "zh": ["卡号：{!CARD}", "信用卡 {!CARD}"],
             "es": ["tarjeta: {!CARD}"], "pt": ["cartão: {!CARD}"], "de": ["Karte: {!CARD}", "Kreditkarte {!CARD}"],
             "ru": ["карта: {!CARD}", "номер карты {!CARD}"], "fr": ["carte : {!CARD}"], "tr": ["kart no: {!CARD}"],
             "ar": ["رقم البطاقة: {!CARD}"], "vi": ["số thẻ: {!CARD}"], "id": ["no. kartu: {!CARD}"],
             "ja": ["カード番号：{!CARD}"], "ko": ["카드번호: {!CARD}"]},
    "IBAN": {"*": ["IBAN: {!IBAN}", "IBAN {!IBAN}"], "zh": ["IBAN：{!IBAN}", "收款IBAN {!IBAN}"], "ja": ["IBAN：{!IBAN}"],
             "ar": ["الآيبان: {!IBAN}", "IBAN: {!IBAN}"], "ru": ["IBAN: {!IBAN}"]},
    "BANK": {"en": ["A/C No. {!BANK:acct}", "account number {!BANK:acct}", "beneficiary account {!BANK:acct}",
                    "SWIFT: {!BANK:bic}", "BIC {!BANK:bic}", "ABA routing {!BANK:aba}", "routing number {!BANK:aba}"],
             "zh": ["账号：{!BANK:acct}", "收款账号 {!BANK:acct}", "SWIFT代码：{!BANK:bic}"],
             "es": ["número de cuenta: {!BANK:acct}", "SWIFT: {!BANK:bic}"],
             "pt": ["conta: {!BANK:acct}", "número da conta {!BANK:acct}", "SWIFT {!BANK:bic}"],
             "de": ["Kontonummer {!BANK:acct}", "BIC {!BANK:bic}"], "ru": ["р/с {!BANK:acct}", "SWIFT {!BANK:bic}"],
             "fr": ["numéro de compte : {!BANK:acct}", "BIC : {!BANK:bic}"], "tr": ["hesap no: {!BANK:acct}", "SWIFT: {!BANK:bic}"],
             "ar": ["رقم الحساب: {!BANK:acct}", "سويفت: {!BANK:bic}"], "vi": ["số tài khoản: {!BANK:acct}", "STK {!BANK:acct}", "SWIFT: {!BANK:bic}"],
             "id": ["no. rekening: {!BANK:acct}", "SWIFT: {!BANK:bic}"], "ja": ["口座番号：{!BANK:acct}", "SWIFT：{!BANK:bic}"],
             "ko": ["계좌번호: {!BANK:acct}", "SWIFT: {!BANK:bic}"]},
    "NATID": {"en": ["SSN {!NATID:ssn}", "Aadhaar {!NATID:aadhaar}", "NI number {!NATID:nino}", "Chinese ID card no. {!NATID:cnid}"],
              "zh": ["身份证号：{!NATID:cnid}", "身份证 {!NATID:cnid}"], "es": ["número de Seguro Social {!NATID:ssn}", "cédula china {!NATID:cnid}"],
              "pt": ["SSN {!NATID:ssn}", "RG chinês {!NATID:cnid}"], "de": ["US-Sozialversicherungsnr. {!NATID:ssn}", "NI-Nummer {!NATID:nino}"],
              "ru": ["номер китайского удостоверения {!NATID:cnid}", "SSN {!NATID:ssn}"],
              "fr": ["numéro NI (UK) {!NATID:nino}", "SSN {!NATID:ssn}"], "tr": ["SSN {!NATID:ssn}", "Aadhaar no {!NATID:aadhaar}"],
              "ar": ["رقم الآدهار {!NATID:aadhaar}", "رقم الضمان الاجتماعي {!NATID:ssn}"],
              "vi": ["số CCCD Trung Quốc {!NATID:cnid}"], "id": ["Aadhaar {!NATID:aadhaar}", "SSN {!NATID:ssn}"],
              "ja": ["中国の身分証番号{!NATID:cnid}"], "ko": ["중국 신분증 번호 {!NATID:cnid}", "SSN {!NATID:ssn}"]},
    "IP": {"en": ["server IP {!IP}", "our FTP is at {!IP}", "whitelist {!IP}"], "zh": ["服务器IP：{!IP}", "内网地址 {!IP}"],
           "es": ["IP del servidor: {!IP}"], "pt": ["IP do servidor: {!IP}"], "de": ["Server-IP: {!IP}"], "ru": ["IP сервера: {!IP}"],
           "fr": ["IP du serveur : {!IP}"], "tr": ["sunucu IP: {!IP}"], "ar": ["عنوان IP: {!IP}"], "vi": ["IP máy chủ: {!IP}"],
           "id": ["IP server: {!IP}"], "ja": ["サーバーIP：{!IP}"], "ko": ["서버 IP: {!IP}"]},
    "WALLET": {"en": ["USDT (ERC-20) to {!WALLET:eth}", "BTC address {!WALLET:btc1}", "ETH: {!WALLET:eth}", "BTC: {!WALLET:bc1}"],
               "zh": ["USDT收款地址：{!WALLET:eth}", "BTC地址 {!WALLET:btc3}"], "es": ["billetera USDT: {!WALLET:eth}", "BTC: {!WALLET:bc1}"],
               "pt": ["carteira USDT: {!WALLET:eth}", "BTC: {!WALLET:btc1}"], "de": ["Wallet (ETH): {!WALLET:eth}", "BTC: {!WALLET:bc1}"],
               "ru": ["кошелёк USDT: {!WALLET:eth}", "BTC: {!WALLET:btc3}"], "fr": ["portefeuille ETH : {!WALLET:eth}", "BTC : {!WALLET:bc1}"],
               "tr": ["USDT cüzdan: {!WALLET:eth}", "BTC: {!WALLET:btc1}"], "ar": ["محفظة USDT: {!WALLET:eth}", "BTC: {!WALLET:bc1}"],
               "vi": ["ví USDT: {!WALLET:eth}", "BTC: {!WALLET:btc1}"], "id": ["dompet USDT: {!WALLET:eth}", "BTC: {!WALLET:bc1}"],
               "ja": ["ETHアドレス：{!WALLET:eth}", "BTC：{!WALLET:btc3}"], "ko": ["USDT 지갑: {!WALLET:eth}", "BTC: {!WALLET:bc1}"]},
    "ADDRESS": {"en": ["ship to {!ADDRESS}", "deliver to {!ADDRESS}", "our warehouse: {!ADDRESS}"],
                "zh": ["收货地址：{!ADDRESS}", "寄到 {!ADDRESS}"], "es": ["envíalo a {!ADDRESS}", "dirección: {!ADDRESS}"],
                "pt": ["envie para {!ADDRESS}", "endereço: {!ADDRESS}"], "de": ["Lieferadresse: {!ADDRESS}", "bitte an {!ADDRESS}"],
                "ru": ["адрес доставки: {!ADDRESS}", "отправьте на {!ADDRESS}"], "fr": ["livrer à {!ADDRESS}", "adresse : {!ADDRESS}"],
                "tr": ["teslimat adresi: {!ADDRESS}", "şuraya gönderin: {!ADDRESS}"], "ar": ["عنوان التسليم: {!ADDRESS}"],
                "vi": ["giao tới {!ADDRESS}", "địa chỉ: {!ADDRESS}"], "id": ["kirim ke {!ADDRESS}", "alamat: {!ADDRESS}"],
                "ja": ["送り先：{!ADDRESS}", "住所 {!ADDRESS}"], "ko": ["배송지: {!ADDRESS}", "주소 {!ADDRESS}"]},
}

# look-alike kinds that tempt a detector toward each PII slot
NEAR = {"PHONE": ["ORDER", "ORDER", "ORDER_AMZ", "SKUCC", "EAN", "UPC", "TS", "RANGE", "PLUSQ", "TRK", "DATE", "TIME",
                  "INVOICE", "SERIAL", "VAT", "SSN_TKT"],
        "EMAIL": ["SPEC_AT", "PRICE_AT", "FILE", "FILE", "COMPANY", "VER"],
        "URL": ["FILE", "FILE", "VER", "COMPANY", "SPEC_AT"],
        "HANDLE": ["PROD", "PROD", "LOT", "SKUCC", "SERIAL", "ORDER"],
        "CARD": ["CARD_BAD", "CARD_BAD", "ORDER16", "IMEI", "GTIN", "TS", "ORDER_LUHN", "ORDER_AMZ"],
        "IBAN": ["IBAN_BAD", "IBAN_BAD", "SKUCC", "VAT", "INVOICE"],
        "BANK": ["CAPS", "CAPS", "INVOICE", "ORDER", "VAT", "CONT"],
        "NATID": ["CNID_BAD", "AADHAAR_BAD", "SSN_TKT", "VAT", "UPC", "ORDER16", "GSTIN"],
        "IP": ["VER4", "VER4", "IPSPEC", "COORD", "MAC", "VER"],
        "WALLET": ["TXH", "TXH", "SHA1", "MD5", "BTC_BAD", "BTC_BAD", "UUID"],
        "ADDRESS": ["PLACE", "COMPANY", "DIM", "WT", "CONT", "DATE"]}

PAT_LAT = ["{P}, {N}.", "{N} — {P}", "{P} ({N})", "{N}; {P}", "{N}\n{P}", "{P} | {N}", "{N}. {P}", "{P} / {N}"]
PAT_CJK = ["{P}，{N}。", "{N}，{P}", "{P}（{N}）", "{N}\n{P}", "{N}；{P}"]
PAT_AR = ["{P}، {N}.", "{N} — {P}", "{P} ({N})", "{N}\n{P}"]


def piiph(slot, lang):
    d = PIIPH[slot]
    return pick(d.get(lang) or d["*"])


def generic_pos(slot, lang):
    pat = pick(PAT_CJK if lang in ("zh", "ja") else PAT_AR if lang == "ar" else PAT_LAT)
    return pat.replace("{P}", piiph(slot, lang)).replace("{N}", np_phrase(pick(NEAR[slot]), lang))


# ================================================== hand-written templates
# {GEN} / {GEN:arg}: look-alike from NEG_GENS; {!SLOT} / {!SLOT:arg}: PII;
# ⟦KIND|text⟧: literal look-alike; {NP} / {NP:KIND}: a labelled look-alike.
NEG_T = {
    "en": [
        "Order #{ORDER_AMZ} shipped {DATE}, tracking {UPS}.",
        "PO {ORDER} confirmed. Can you do {PLUSQ} free on the next batch?",
        "Price tiers: {RANGE} pcs, {PRICE:unit} for the top tier.",
        "HS code {HS}, EAN {EAN}, carton {DIM}, {WT}.",
        "Please print {CAPS} on both sides of the carton, and {CAPS} on the pallet label.",
        "Firmware {VER4} fixes the Bluetooth drop, please update before {DATE}.",
        "Let's meet ⟦AT_DOT_WORDS|at 5 at the booth⟧, hall {HALL}.",
        "Can you look ⟦AT_DOT_WORDS|at the dot⟧ matrix printer quote? Model {SKU}.",
        "Offer: {PRICE_AT}, valid till {DATE}.",
        "I'll add you on ⟦MESSENGER_WORD|WeChat⟧ later, I'm on the factory floor. PI {INVOICE} is attached as {FILE}.",
        "My ⟦MESSENGER_WORD|WhatsApp⟧ is broken, let's keep it here. Container {CONT} is now at {PLACE}.",
        "IMEI {IMEI} on the returned unit, S/N {SERIAL}.",
        "Invoice {INVOICE} total {PRICE}, {TERMS}.",
        "Timestamp {TS} in the log matches the error; build {VER}.",
        "The {PROD} sample is ready, {QTY}, lead time 15 days.",
        "VIN {VIN}: engine mount kit, part {SKUCC}.",
        "Payment ref. {CARD_BAD} was rejected by your bank, can you resend the PI?",
        "B/L {BL}, vessel ETA {DATE} {TIME}.",
        "Tracking: {S10:CN} (China Post) and {DHL} (DHL Express).",
        "Ticket {SSN_TKT} opened for the damaged pallets.",
        "Lot {LOT}; MD5 of {FILE} is {MD5}.",
        "Your RFQ id is {UUID}, our system still shows it pending.",
        "Warehouse gate is at {COORD}, trucks use gate 3 after {TIME}.",
        "Did you see the ⟦STREET_WORD|Wall Street Journal⟧ piece on tariffs? Copper is up {PCT} this month.",
        "We'll ship ⟦STREET_WORD|via DHL⟧: {DIM}, {WT}.",
        "Our ⟦STREET_WORD|road show⟧ in {CITY} is on {DATE}, come by.",
        "Sample order no. {ORDER_LUHN} is paid, thanks!",
        "ISBN {ISBN} is the user manual, print run {QTY}.",
        "GTIN {GTIN} on the outer case, UPC {UPC} on each unit.",
        "Bank says the IBAN on PI {INVOICE} ({IBAN_BAD}) fails the check, please re-check it.",
        "Deposit tx {TXH} is confirmed on-chain, thanks.",
        "Please use the {COMPANY} name and VAT {VAT} on the invoice header.",
        "Rated {SPEC_AT}, {SPEC}, with {IPSPEC} housing.",
        "MAC {MAC} is on the label, firmware {VER4}.",
        "Batch {LOT} passed QC; SHA-1 of the log: {SHA1}.",
        "Unit price {PRICE:unit} for {RANGE} pcs, and {PLUSQ} free above 1,000.",
        "Promo code {BTC_BAD} gives {PCT} off the freight.",
        "The waybill {CNID_BAD} is from our forwarder, not SF.",
        "Cargo insurance policy no. {AADHAAR_BAD}, valid until {DATE}.",
        "Can we do a ⟦MESSENGER_WORD|Skype⟧ call tomorrow {TIME}? I'll send the agenda here.",
        "⟦PRODUCT_NAME|Line 3⟧ is down for maintenance until {DATE}, so {QTY} ships a week later.",
        "Arrive ⟦AT_DOT_WORDS|at the dock at 9 on the dot⟧, gate {HALL}.",
        "Serial {SERIAL} and {SERIAL} both fail the drop test; see {FILE}.",
        "We can do {PRICE} {INCOTERM}, {QTY}, sample fee {PRICE}.",
        "Order {ORDER16} from AliExpress arrived, {PCT} defective.",
        "⟦STREET_WORD|Main Street⟧ collection: {PROD} and {PROD}, {QTY} each.",
        "{COMPANY} will quote {PRICE} per ctn, ETD {DATE}.",
        "Please email the {FILE} to our team, ⟦MESSENGER_WORD|Telegram⟧ is blocked in our office.",
        "Seal no. {SERIAL}, {CONT}, loaded {DATE} {TIME}.",
        "Reference {ORDER} / {ORDER}: both have {QTY}.",
        "Could you look ⟦AT_DOT_WORDS|at the polka dot⟧ swatches? {PROD} in 3 colours, {PRICE} each.",
        "Delivery window: ⟦AT_DOT_WORDS|at 10 on the dot⟧, {PLACE}, {QTY}.",
        "The stock page is built on ⟦DOMAIN_LIKE|Node.js⟧; see {DOMLIKE} in {FILE}.",
        "SHA-256 of the firmware image {VER4}: {SHA256}.",
        "Shift times {TIME}, ⟦PRODUCT_NAME|Line 2⟧ and ⟦PRODUCT_NAME|Line 5⟧ run {RANGE} units/day.",
        "Call you later? No — ⟦MESSENGER_WORD|Signal⟧ and ⟦MESSENGER_WORD|Viber⟧ are blocked here, chat is fine.",
        "FedEx {FEDEX}, UPS {UPS}, both to {PLACE}.",
        "{COMPANY} asks {PRICE_AT}; {CAPS} on carton, {CAPS} on pallet.",
    ],
    "zh": [
        "订单号{ORDER}已发货，快递单号{S10}。",
        "满100件{PLUSQ}活动截止{DATE}。",
        "海关编码{HS}，条码{EAN}，外箱尺寸{DIM}，{WT}。",
        "固件{VER4}修复了蓝牙断连问题，请在{DATE}前升级。",
        "晚点加你⟦MESSENGER_WORD|微信⟧，我现在在车间。形式发票{INVOICE}在附件{FILE}里。",
        "我的⟦MESSENGER_WORD|WhatsApp⟧坏了，就在平台上聊吧。柜子{CONT}已经到{PLACE}。",
        "退回机器的IMEI是{IMEI}，序列号{SERIAL}。",
        "报价{PRICE}，{TERMS}。",
        "提单号{BL}，预计{DATE} {TIME}到港。",
        "⟦PRODUCT_NAME|手机壳⟧{QTY}，单价{PRICE:unit}。",
        "⟦TIME|下午三点⟧在展位见，{HALL}。",
        "⟦PRODUCT_NAME|3号线⟧今天停线检修，交期推迟到{DATE}。",
        "工单{SSN_TKT}已经处理完毕。",
        "开票信息：{COMPANY}，统一社会信用代码{VAT}。",
        "日志里的时间戳{TS}对得上，版本{VER}。",
        "优惠码{BTC_BAD}可以减{PCT}运费。",
        "{RANGE}件阶梯价，{QTY}起订。",
        "我们在⟦STREET_WORD|路演⟧上见过，{DATE}在{CITY}。",
        "定金已付，交易哈希{TXH}。",
        "车架号{VIN}，配件型号{SKUCC}。",
        "样品单{ORDER_LUHN}已付款，谢谢！",
        "流水号{CARD_BAD}被银行退回了，麻烦重新发PI。",
        "运单编号{CNID_BAD}是货代的单号。",
        "箱码GTIN {GTIN}，单品条码{EAN}。",
        "规格{SPEC_AT}，{SPEC}，防护等级{IPSPEC}。",
        "⟦PRODUCT_NAME|信号放大器⟧{SKU}的测试报告见{FILE}，MD5 {MD5}。",
        "外箱印{CAPS}和{CAPS}，谢谢。",
        "亚马逊订单{ORDER_AMZ}的退货已签收。",
        "批号{LOT}，生产日期{DATE}。",
        "⟦MESSENGER_WORD|钉钉⟧我不常用，有事平台留言。",
        "⟦PRODUCT_NAME|3号线⟧和⟦PRODUCT_NAME|5号线⟧{TIME}换班，日产{RANGE}件。",
    ],
    "es": [
        "Pedido nº {ORDER} enviado el {DATE}, seguimiento {UPS}.",
        "Precio {PRICE:unit} por unidad, {PLUSQ} gratis a partir de {QTY}.",
        "Partida arancelaria {HS}, EAN {EAN}, medidas {DIM}.",
        "El firmware {VER4} corrige el fallo de Bluetooth.",
        "Te agrego al ⟦MESSENGER_WORD|WhatsApp⟧ más tarde, ahora estoy en la fábrica.",
        "La ⟦PRODUCT_NAME|funda para teléfono⟧ modelo {SKUCC} está agotada hasta el {DATE}.",
        "El ganado se cotiza a {ARROBA} por ⟦AT_DOT_WORDS|arroba⟧ esta semana.",
        "Contenedor {CONT}, B/L {BL}, llega a {PLACE} el {DATE}.",
        "Factura {INVOICE}: total {PRICE}, {TERMS}.",
        "Nos vemos en el ⟦AT_DOT_WORDS|punto⟧ de encuentro del pabellón {HALL} a las {TIME}.",
        "Envío ⟦STREET_WORD|vía DHL⟧, peso {WT}.",
        "IMEI {IMEI}, número de serie {SERIAL}.",
        "Ticket {SSN_TKT} abierto por las cajas dañadas.",
        "Lote {LOT}, fecha de caducidad {DATE}.",
        "Facturar a {COMPANY}, CIF {VAT}.",
        "Escalas: {RANGE} uds. a {PRICE:unit}.",
        "Código promocional {BTC_BAD}: {PCT} en el flete.",
        "Pedido {ORDER16} de AliExpress llegó con {PCT} defectuoso.",
        "Referencia de pago {CARD_BAD} rechazada por el banco.",
        "Versión {VER}, marca de tiempo {TS}.",
        "La ⟦PRODUCT_NAME|cámara IP⟧ {SKU} es {IPSPEC}, alimentación {SPEC_AT}.",
        "Marcar {CAPS} en las cajas, por favor.",
        "La ⟦PRODUCT_NAME|línea 3⟧ está parada hasta el {DATE}; el pedido {ORDER} sale después.",
    ],
    "pt": [
        "Pedido {ORDER} faturado, nota fiscal {INVOICE}.",
        "O boi gordo está a {ARROBA} por ⟦AT_DOT_WORDS|arroba⟧ em {CITY}.",
        "Nosso CNPJ é {VAT}, razão social {COMPANY}.",
        "Código NCM {HS}, EAN {EAN}, caixa {DIM}.",
        "Me adiciona no ⟦MESSENGER_WORD|WhatsApp⟧ depois, agora estou dirigindo.",
        "A ⟦PRODUCT_NAME|capinha de celular⟧ {SKUCC} volta ao estoque em {DATE}.",
        "Contêiner {CONT} chega em {PLACE} dia {DATE}.",
        "Rastreio {S10}, postado {DATE}.",
        "Frete ⟦STREET_WORD|via DHL⟧, {WT}, {DIM}.",
        "Chamado {SSN_TKT} aberto para as peças com defeito.",
        "Preço {PRICE}, {PLUSQ} grátis acima de {QTY}.",
        "Firmware {VER4} corrige a conexão Bluetooth.",
        "Encontro no ⟦AT_DOT_WORDS|ponto⟧ de venda às {TIME}.",
        "IMEI {IMEI}, nº de série {SERIAL}.",
        "Lote {LOT}, validade {DATE}, {QTY}.",
        "Pagamento: {TERMS}, total {PRICE}.",
        "Preço unitário {PRICE:unit}, {RANGE} peças.",
        "Hash da transação {TXH} confirmado.",
        "Pedido nº {ORDER_LUHN} pago, obrigado!",
        "Faixas: {RANGE} peças, desconto de {PCT}.",
        "A ⟦PRODUCT_NAME|linha 3⟧ volta a rodar em {DATE}, lote {LOT}.",
    ],
    "de": [
        "Bestellnr. {ORDER} ist raus, Sendungsnummer {DHL}.",
        "Preis {PRICE}, ab {QTY} gibt es {PLUSQ} gratis.",
        "Zolltarifnummer {HS}, EAN {EAN}, Kartonmaße {DIM}.",
        "Die Firmware {VER4} behebt den Bluetooth-Fehler.",
        "Ich adde dich später auf ⟦MESSENGER_WORD|WhatsApp⟧, bin gerade in der Halle.",
        "Die ⟦STREET_WORD|LED-Straßenleuchten⟧ {SKU} sind ab {DATE} lieferbar.",
        "Treffen wir uns ⟦AT_DOT_WORDS|Punkt⟧ 10 Uhr am Stand {HALL}?",
        "Rechnung {INVOICE} über {PRICE}, {TERMS}.",
        "Container {CONT}, B/L {BL}, ETA {PLACE} {DATE}.",
        "Bitte {COMPANY} mit USt-IdNr. {VAT} auf die Rechnung.",
        "Charge {LOT}, MHD {DATE}, {QTY}.",
        "Seriennummer {SERIAL}, IMEI {IMEI}.",
        "Die ⟦PRODUCT_NAME|Handyhülle⟧ {SKUCC} gibt es in 4 Farben.",
        "Staffelpreise: {RANGE} Stück, {PCT} Rabatt.",
        "Versand ⟦STREET_WORD|via DHL⟧, {WT}.",
        "Ticket {SSN_TKT} ist angelegt.",
        "Gutscheincode {BTC_BAD} gilt bis {DATE}.",
        "Zahlungsreferenz {CARD_BAD} wurde abgelehnt.",
        "Nennwert {SPEC_AT}, Schutzart {IPSPEC}, {SPEC}.",
        "Bitte {CAPS} auf die Kartons drucken.",
        "Log-Zeitstempel {TS}, Version {VER}.",
        "Bestellnummer {ORDER_LUHN} ist bezahlt, danke!",
        "⟦PRODUCT_NAME|Linie 3⟧ steht bis {DATE}, siehe ⟦DOMAIN_LIKE|Abb.4⟧ in {FILE}.",
    ],
    "ru": [
        "Заказ №{ORDER} отгружен {DATE}, трек {S10}.",
        "Цена {PRICE}, при заказе от {QTY} — {PLUSQ} в подарок.",
        "Код ТН ВЭД {HS}, штрихкод {EAN}, габариты {DIM}.",
        "Прошивка {VER4} исправляет обрыв Bluetooth.",
        "Добавлю вас в ⟦MESSENGER_WORD|Телеграм⟧ позже, сейчас на складе.",
        "Мой ⟦MESSENGER_WORD|WhatsApp⟧ сломался, пишите здесь.",
        "⟦AT_DOT_WORDS|Точка⟧ выдачи в {CITY} работает {TIME}.",
        "Счёт №{INVOICE} на {PRICE}, {TERMS}.",
        "Реквизиты: {COMPANY}, ИНН {VAT}.",
        "Контейнер {CONT}, коносамент {BL}, прибытие {DATE}.",
        "Партия {LOT}, {QTY}, вес {WT}.",
        "IMEI {IMEI}, серийный номер {SERIAL}.",
        "Заявка {SSN_TKT} по браку принята.",
        "Промокод {BTC_BAD} даёт скидку {PCT}.",
        "Хэш транзакции {TXH}, оплата получена.",
        "⟦PRODUCT_NAME|Усилитель сигнала⟧ {SKUCC} снова в наличии.",
        "Ступени: {RANGE} шт. по {PRICE:unit}.",
        "Версия {VER}, метка времени {TS}.",
        "Номер заказа {ORDER_LUHN} оплачен, спасибо.",
        "⟦PRODUCT_NAME|Линия 3⟧ на ремонте до {DATE}, партия {LOT} задержится.",
    ],
    "fr": [
        "Commande n° {ORDER} expédiée le {DATE}, suivi {UPS}.",
        "Prix {PRICE}, {PLUSQ} offerts dès {QTY}.",
        "Code SH {HS}, EAN {EAN}, dimensions {DIM}.",
        "Le firmware {VER4} corrige la déconnexion Bluetooth.",
        "Je t'ajoute sur ⟦MESSENGER_WORD|WhatsApp⟧ plus tard, je suis à l'usine.",
        "RDV ⟦AT_DOT_WORDS|au point⟧ de rencontre du hall {HALL} à {TIME}.",
        "Facture {INVOICE} : {PRICE}, {TERMS}.",
        "Merci de facturer {COMPANY}, TVA intracom. {VAT}.",
        "Livraison ⟦STREET_WORD|via DHL⟧, {WT}.",
        "Ticket SAV {SSN_TKT} ouvert pour les cartons abîmés.",
        "Conteneur {CONT}, B/L {BL}, arrivée {PLACE} le {DATE}.",
        "La ⟦PRODUCT_NAME|coque de téléphone⟧ réf. {SKUCC} est en rupture.",
        "Lot {LOT}, DLUO {DATE}.",
        "Paliers : {RANGE} pièces, remise {PCT}.",
        "IMEI {IMEI}, n° de série {SERIAL}.",
        "Référence de paiement {CARD_BAD} refusée.",
        "Tension {SPEC_AT}, indice {IPSPEC}.",
        "Version {VER}, horodatage {TS}.",
        "Marquage {CAPS} sur chaque carton svp.",
        "La ⟦PRODUCT_NAME|ligne 3⟧ redémarre le {DATE}, commande {ORDER}.",
    ],
    "tr": [
        "Sipariş no {ORDER} kargoya verildi, takip {DHL}.",
        "Birim fiyat {PRICE:unit}, {QTY} üzeri {PLUSQ} bedava.",
        "GTİP {HS}, barkod {EAN}, koli ölçüsü {DIM}.",
        "Yazılım sürümü {VER4} Bluetooth sorununu çözüyor.",
        "Seni sonra ⟦MESSENGER_WORD|WhatsApp⟧'tan eklerim, şu an fabrikadayım.",
        "Fatura bilgisi: {COMPANY}, vergi no {VAT}.",
        "Konteyner {CONT}, konşimento {BL}, {PLACE} varış {DATE}.",
        "Toplantı {TIME}, stand {HALL}.",
        "IMEI {IMEI}, seri no {SERIAL}.",
        "Fatura no {INVOICE}, tutar {PRICE}, {TERMS}.",
        "Talep no {SSN_TKT} açıldı.",
        "⟦PRODUCT_NAME|Telefon kılıfı⟧ {SKUCC} stokta yok.",
        "Kademeler: {RANGE} adet, {PCT} indirim.",
        "Gönderim ⟦STREET_WORD|DHL üzerinden⟧, {WT}.",
        "Parti {LOT}, son kullanma {DATE}.",
        "Kolilere {CAPS} yazın lütfen.",
        "⟦PRODUCT_NAME|3 numaralı hat⟧ {DATE} tarihine kadar bakımda.",
    ],
    "ar": [
        "رقم الطلب {ORDER} تم شحنه بتاريخ {DATE}، رقم التتبع {UPS}.",
        "السعر {PRICE} للقطعة، و{PLUSQ} مجاناً للكميات فوق {QTY}.",
        "رمز النظام المنسق {HS}، الباركود {EAN}، أبعاد الكرتون {DIM}.",
        "الإصدار {VER4} يصلح مشكلة البلوتوث.",
        "سأضيفك على ⟦MESSENGER_WORD|واتساب⟧ لاحقاً، أنا في المصنع الآن.",
        "الحاوية {CONT} تصل إلى {PLACE} يوم {DATE}.",
        "بيانات الفاتورة: {COMPANY}، الرقم الضريبي للشركة {VAT}.",
        "فاتورة رقم {INVOICE} بقيمة {PRICE}، {TERMS}.",
        "الرقم التسلسلي {SERIAL}، IMEI {IMEI}.",
        "⟦PRODUCT_NAME|جراب هاتف⟧ موديل {SKUCC} متوفر من {DATE}.",
        "الشحن ⟦STREET_WORD|عبر DHL⟧، الوزن {WT}.",
        "الأسعار حسب الكمية: {RANGE} قطعة، خصم {PCT}.",
        "بوليصة الشحن {BL}، الوصول {DATE}.",
        "الدفعة {LOT}، الكمية {QTY}.",
        "⟦PRODUCT_NAME|الخط 3⟧ متوقف للصيانة حتى {DATE}.",
    ],
    "vi": [
        "Mã đơn hàng {ORDER} đã gửi ngày {DATE}, mã vận đơn {S10}.",
        "Giá {PRICE}, mua từ {QTY} được khuyến mãi {PLUSQ}.",
        "Mã HS {HS}, mã vạch {EAN}, kích thước thùng {DIM}.",
        "Firmware {VER4} sửa lỗi mất kết nối Bluetooth.",
        "Lát nữa mình kết bạn ⟦MESSENGER_WORD|Zalo⟧ nhé, giờ đang ở xưởng.",
        "Xuất hóa đơn cho {COMPANY}, mã số thuế {VAT}.",
        "Container {CONT}, vận đơn {BL}, dự kiến tới {PLACE} {DATE}.",
        "⟦PRODUCT_NAME|Vải chấm bi⟧ {SKU} còn {QTY}.",
        "Hóa đơn số {INVOICE}, tổng {PRICE}, {TERMS}.",
        "IMEI {IMEI}, số seri {SERIAL}.",
        "Bậc giá: {RANGE} cái, giảm {PCT}.",
        "Gửi ⟦STREET_WORD|qua DHL⟧, {WT}.",
        "Lô {LOT}, hạn dùng {DATE}.",
        "Họp lúc {TIME}, gian hàng {HALL}.",
        "⟦PRODUCT_NAME|Chuyền số 3⟧ nghỉ bảo trì đến {DATE}.",
    ],
    "id": [
        "No. pesanan {ORDER} sudah dikirim tanggal {DATE}, resi {S10}.",
        "Harga {PRICE}, beli {QTY} dapat bonus {PLUSQ}.",
        "Kode HS {HS}, barcode {EAN}, ukuran karton {DIM}.",
        "Firmware {VER4} memperbaiki masalah Bluetooth.",
        "Nanti aku add ⟦MESSENGER_WORD|WA⟧ ya, sekarang masih di pabrik.",
        "Faktur atas nama {COMPANY}, NPWP perusahaan {VAT}.",
        "Kontainer {CONT}, B/L {BL}, tiba di {PLACE} {DATE}.",
        "⟦PRODUCT_NAME|Casing HP⟧ tipe {SKUCC} ready {QTY}.",
        "Faktur {INVOICE}, total {PRICE}, {TERMS}.",
        "IMEI {IMEI}, nomor seri {SERIAL}.",
        "Harga bertingkat: {RANGE} pcs, diskon {PCT}.",
        "Kirim ⟦STREET_WORD|via DHL⟧, {WT}.",
        "Ketemu {TIME} di booth {HALL} ya.",
        "Batch {LOT}, expired {DATE}.",
        "⟦PRODUCT_NAME|Line 3⟧ lagi maintenance sampai {DATE}.",
    ],
    "ja": [
        "注文番号{ORDER_FW}、{DATE}に発送しました。追跡番号{UPS}。",
        "単価{PRICE:unit}、{QTY}以上で{PLUSQ}サービスします。",
        "HSコード{HS}、JANコード{EAN}、外箱サイズ{DIM}。",
        "ファームウェア{VER4}でBluetoothの切断が直ります。",
        "後で⟦MESSENGER_WORD|LINE⟧の方も確認しますが、連絡はこちらでお願いします。",
        "請求先は{COMPANY}、法人番号{VAT}です。",
        "コンテナ{CONT}、B/L番号{BL}、{DATE}着予定。",
        "⟦PRODUCT_NAME|ドット柄のスマホケース⟧を{QTY}お願いします。",
        "請求書番号{INVOICE}、合計{PRICE}、{TERMS}。",
        "IMEI：{IMEI}、製造番号{SERIAL}。",
        "{RANGE}個の段階価格で、{PCT}値引きです。",
        "ロット{LOT}、賞味期限{DATE}。",
        "{TIME}にブース{HALL}でお会いしましょう。",
        "問い合わせ番号{SSN_TKT}で受け付けました。",
        "⟦PRODUCT_NAME|3号ライン⟧は{DATE}までメンテナンスです。",
    ],
    "ko": [
        "주문번호 {ORDER} {DATE} 발송되었습니다. 운송장 {S10}.",
        "단가 {PRICE:unit}, {QTY} 이상 주문 시 {PLUSQ} 증정.",
        "HS코드 {HS}, 바코드 {EAN}, 박스 사이즈 {DIM}.",
        "펌웨어 {VER4}에서 블루투스 끊김 해결됐어요.",
        "나중에 ⟦MESSENGER_WORD|카톡⟧으로 추가할게요, 지금 공장이에요.",
        "세금계산서는 {COMPANY}, 사업자등록번호 {VAT}로 부탁드립니다.",
        "컨테이너 {CONT}, B/L {BL}, {DATE} 도착 예정.",
        "⟦PRODUCT_NAME|도트 무늬 폰케이스⟧ {QTY} 주문할게요.",
        "인보이스 {INVOICE}, 합계 {PRICE}, {TERMS}.",
        "IMEI {IMEI}, 시리얼 {SERIAL}.",
        "구간별 단가: {RANGE}개, {PCT} 할인.",
        "{TIME} 부스 {HALL}에서 뵙겠습니다.",
        "로트 {LOT}, 유통기한 {DATE}.",
        "문의번호 {SSN_TKT} 접수되었습니다.",
        "⟦PRODUCT_NAME|3라인⟧은 {DATE}까지 정비 중입니다.",
    ],
}

# hand-written positive templates: PII right next to look-alikes
POS_T = {
    "en": [
        "PO {ORDER} is confirmed; my cell is {!PHONE} if the forwarder needs it.",
        "IMEI {IMEI} is the faulty one. Text me at {!PHONE:US}.",
        "Order {ORDER_AMZ} — call {!PHONE:UK} for the pickup.",
        "{PLUSQ} free is fine. WhatsApp {!PHONE} for the rest.",
        "Pay to IBAN {!IBAN} (not {IBAN_BAD}, that one had a typo), ref {INVOICE}.",
        "Card {!CARD} for the sample fee; AliExpress order {ORDER16} is separate.",
        "Charge {!CARD} please, order no. {ORDER_LUHN}.",
        "Our server {!IP:v4}{PORTN} runs firmware {VER4}.",
        "Gateway [{!IP:v6c}]:443, fw {VER4}, MAC {MAC}.",
        "Whitelist {!IP:v6c} — the gateway firmware is {VER4}.",
        "ETH only: {!WALLET:eth}. Last deposit tx {TXH}.",
        "BTC {!WALLET:btc1}; promo code {BTC_BAD} doesn't apply to crypto.",
        "Send the {FILE} to {!EMAIL}, the {SPEC_AT} version please.",
        "{PRICE_AT} works for us — drop me a line at {!EMAIL}.",
        "SWIFT {!BANK:bic}, and mark cartons {CAPS}.",
        "Beneficiary account {!BANK:acct}, invoice {INVOICE}.",
        "ABA routing {!BANK:aba}, account {!BANK:acct}; PO {ORDER}.",
        "SSN {!NATID:ssn} for the W-9, ticket {SSN_TKT}.",
        "Aadhaar {!NATID:aadhaar} for the KYC; our GSTIN is {GSTIN}.",
        "NI number {!NATID:nino}; the payroll ref is {NUM9}.",
        "Ship to {!ADDRESS}, container {CONT}.",
        "Deliver to {!ADDRESS:us} {STREET_VIA} — {DIM}, {WT}.",
        "WeChat: {!HANDLE:wechat}. The ⟦PRODUCT_NAME|WeChat Pay QR stand⟧ samples are ready.",
        "Telegram {!HANDLE:telegram}; ⟦PRODUCT_NAME|Line 3⟧ is down till {DATE}.",
        "Skype {!HANDLE:skype}, call at {TIME}.",
        "Catalog at {!URL}, price list is {FILE}.",
        "{!URL} has the {PROD} specs, HS {HS}.",
        "Meet ⟦AT_DOT_WORDS|at 3 at the booth⟧ or email {!EMAIL:atdot}.",
        "Container {CONT} and B/L {BL}; my email {!EMAIL:brk}.",
        "Tel {!PHONE}, fax is dead. HS {HS}, {QTY}.",
        "QQ {!HANDLE:qq} — order #{ORDER} pls.",
        "USDT (ERC-20) {!WALLET:eth}, SHA-1 of the contract PDF {SHA1}.",
        "Wire to {!IBAN}, BIC {!BANK:bic}; invoice {INVOICE}.",
        "Timestamp {TS13} — and the card used was {!CARD}.",
        "EAN {EAN} / call {!PHONE}.",
        "Cntr {CONT}, seal {SERIAL}, driver's phone {!PHONE}.",
    ],
    "zh": [
        "订单号{ORDER}，手机{!PHONE}，到了打我电话。",
        "IMEI码{IMEI}这台有问题，微信：{!HANDLE:wechat}",
        "收货地址：{!ADDRESS}，柜号{CONT}。",
        "身份证号{!NATID:cnid}（清关用），运单编号{CNID_BAD}。",
        "邮箱{!EMAIL}，附件{FILE}请查收。",
        "USDT收款地址：{!WALLET:eth}，交易哈希{TXH}。",
        "账号：{!BANK:acct}，SWIFT代码：{!BANK:bic}，外箱印{CAPS}。",
        "服务器IP：{!IP}，固件版本{VER4}。",
        "{PLUSQ}没问题，电话{!PHONE:CN}。",
        "条码{EAN}，联系电话{!PHONE}。",
    ],
    "es": [
        "Pedido nº {ORDER} confirmado; mi celular es {!PHONE}.",
        "Tarjeta {!CARD}, referencia anterior {CARD_BAD} rechazada.",
        "Transferir al IBAN {!IBAN}, factura {INVOICE}.",
        "Escríbeme a {!EMAIL}, archivo {FILE}.",
        "Envíalo a {!ADDRESS}, contenedor {CONT}.",
        "IMEI {IMEI}; WhatsApp {!PHONE}.",
    ],
    "pt": [
        "Pedido {ORDER} ok, meu celular {!PHONE}.",
        "CNPJ {VAT}; conta {!BANK:acct}.",
        "Manda o {FILE} para {!EMAIL}.",
        "IBAN {!IBAN}, fatura {INVOICE}.",
        "Carteira USDT {!WALLET:eth}, hash {TXH}.",
    ],
    "de": [
        "Bestellnr. {ORDER}, ruf mich an unter {!PHONE}.",
        "IBAN {!IBAN}, nicht {IBAN_BAD} (Zahlendreher).",
        "Lieferadresse: {!ADDRESS:de}, Container {CONT}.",
        "Firmware {VER4}, Server-IP {!IP}.",
        "Kreditkarte {!CARD}, Referenz {CARD_BAD} war falsch.",
        "BIC {!BANK:bic}, bitte {CAPS} auf die Kartons.",
    ],
    "ru": [
        "Заказ №{ORDER}, мой номер {!PHONE}.",
        "Телеграм {!HANDLE:telegram}, ⟦PRODUCT_NAME|линия 3⟧ стоит до {DATE}.",
        "р/с {!BANK:acct}, счёт №{INVOICE}.",
        "Кошелёк USDT {!WALLET:eth}, хэш транзакции {TXH}.",
        "Почта {!EMAIL}, файл {FILE}.",
    ],
    "fr": [
        "Commande n° {ORDER}, appelez-moi au {!PHONE}.",
        "IBAN {!IBAN}, facture {INVOICE}.",
        "Écrivez-moi à {!EMAIL}, fichier {FILE}.",
        "Livrer à {!ADDRESS}, conteneur {CONT}.",
        "Carte {!CARD}, l'ancienne référence {CARD_BAD} est refusée.",
    ],
    "tr": [
        "Sipariş no {ORDER}, cep {!PHONE}.",
        "IBAN {!IBAN}, eski IBAN {IBAN_BAD} geçersiz.",
        "Fatura no {INVOICE}, e-posta {!EMAIL}.",
        "IMEI {IMEI}, WhatsApp {!PHONE}.",
    ],
    "ar": [
        "رقم الطلب {ORDER}، واتساب {!PHONE}.",
        "الآيبان {!IBAN}، فاتورة رقم {INVOICE}.",
        "محفظة USDT {!WALLET:eth}، المعاملة {TXH}.",
        "البريد {!EMAIL}، الملف {FILE}.",
    ],
    "vi": [
        "Mã đơn {ORDER}, Zalo {!PHONE}.",
        "Số tài khoản {!BANK:acct}, hóa đơn {INVOICE}.",
        "Email {!EMAIL}, file {FILE}.",
        "IMEI {IMEI}, gọi mình {!PHONE}.",
    ],
    "id": [
        "No. pesanan {ORDER}, WA {!PHONE}.",
        "No. rekening {!BANK:acct}, faktur {INVOICE}.",
        "Kirim {FILE} ke {!EMAIL} ya.",
        "IMEI {IMEI}, telp {!PHONE}.",
    ],
    "ja": [
        "注文番号{ORDER_FW}の件、携帯{!PHONE}までお願いします。",
        "LINE ID：{!HANDLE:line}、⟦PRODUCT_NAME|3号ライン⟧は{DATE}まで停止。",
        "メール{!EMAIL}、添付{FILE}。",
        "口座番号{!BANK:acct}、請求書番号{INVOICE}。",
    ],
    "ko": [
        "주문번호 {ORDER}, 휴대폰 {!PHONE}.",
        "카톡 아이디 {!HANDLE:kakao}, 사업자등록번호 {VAT}.",
        "이메일 {!EMAIL}, 첨부 {FILE}.",
        "계좌번호 {!BANK:acct}, 인보이스 {INVOICE}.",
    ],
}

FILL = {
    "en": ["Thanks!", "Pls confirm.", "OK, noted.", "👍", "Good morning.", "Any update?", "Let me check with the boss."],
    "zh": ["谢谢！", "请确认。", "好的，收到。", "👍", "早上好。", "有更新吗？", "我问一下老板。"],
    "es": ["¡Gracias!", "Por favor confirma.", "Ok, anotado.", "👍", "Buenos días.", "¿Alguna novedad?"],
    "pt": ["Obrigado!", "Pode confirmar?", "Ok, anotado.", "👍", "Bom dia.", "Alguma novidade?"],
    "de": ["Danke!", "Bitte bestätigen.", "Ok, notiert.", "👍", "Guten Morgen.", "Gibt es Neuigkeiten?"],
    "ru": ["Спасибо!", "Подтвердите, пожалуйста.", "Ок, принято.", "👍", "Доброе утро.", "Есть новости?"],
    "fr": ["Merci !", "Merci de confirmer.", "Ok, noté.", "👍", "Bonjour.", "Des nouvelles ?"],
    "tr": ["Teşekkürler!", "Onaylar mısınız?", "Tamam, not aldım.", "👍", "Günaydın."],
    "ar": ["شكراً!", "يرجى التأكيد.", "تمام.", "👍", "صباح الخير."],
    "vi": ["Cảm ơn!", "Anh xác nhận giúp em.", "Ok, đã ghi nhận.", "👍", "Chào buổi sáng."],
    "id": ["Terima kasih!", "Tolong konfirmasi ya.", "Oke, dicatat.", "👍", "Selamat pagi."],
    "ja": ["ありがとうございます！", "ご確認ください。", "承知しました。", "👍", "おはようございます。"],
    "ko": ["감사합니다!", "확인 부탁드립니다.", "네, 알겠습니다.", "👍", "좋은 아침입니다."],
}


def g_arroba(lang, arg=None):
    if lang == "pt":
        return "PRICE", "R$ %s" % money_eu(R.uniform(230, 340))
    return "PRICE", "$ %s COP" % money_eu(R.randint(95, 160) * 1000, dec=False)


def g_domlike(lang, arg=None):
    return "DOMAIN_LIKE", pick(["Node.js", "Vue.js", "e.g.", "i.e.", "No.5", "Fig.3", "approx.3kg", "Rev.B", "Qty.500",
                                "Sec.4.2", "Vol.2", "Pkg.A", "Abb.4", "ca.20kg", "Art.Nr.4711", "Ref.A12"])


def g_street_via(lang, arg=None):
    return "STREET_WORD", pick(["via DHL", "via FedEx", "via UPS Ground", "via sea freight"])


def g_incoterm(lang, arg=None):
    return "PLACE", "%s %s" % (pick(INCOTERMS), pick(PORTS))


NEG_GENS["STREET_VIA"] = g_street_via
NEG_GENS["ARROBA"] = g_arroba
NEG_GENS["DOMLIKE"] = g_domlike
NEG_GENS["INCOTERM"] = g_incoterm


# ================================================================== builder
TOK = re.compile(r"\{(!?)([A-Z][A-Z0-9_]*)(?::([^{}]*))?\}|⟦([A-Z][A-Z0-9_]*)\|([^⟧]*)⟧")


class Msg:
    def __init__(self, lang):
        self.lang, self.buf, self.n, self.spans, self.negs = lang, [], 0, [], []

    def add(self, s):
        self.buf.append(s)
        self.n += len(s)

    def pii(self, typ, v):
        self.spans.append({"start": self.n, "end": self.n + len(v), "type": typ, "value": v})
        self.add(v)

    def neg(self, kind, v):
        self.negs.append({"start": self.n, "end": self.n + len(v), "kind": kind, "value": v})
        self.add(v)

    def text(self):
        return "".join(self.buf)


def render(m, tpl):
    pos = 0
    for mt in TOK.finditer(tpl):
        if mt.start() > pos:
            m.add(tpl[pos:mt.start()])
        pos = mt.end()
        if mt.group(4):
            m.neg(mt.group(4), mt.group(5))
        elif mt.group(1):
            typ, v = PII_GENS[mt.group(2)](m.lang, mt.group(3))
            assert typ == SLOT_TYPE[mt.group(2)]
            m.pii(typ, v)
        else:
            for _ in range(200):
                kind, v = NEG_GENS[mt.group(2)](m.lang, mt.group(3))
                if kind in ("TPL", "TEXT") or kind in INTENTIONAL_LUHN or not neg_bad(kind, v):
                    break
            else:
                raise AssertionError("no safe %s" % mt.group(2))
            if kind == "TPL":
                render(m, v)
            elif kind == "TEXT":
                m.add(v)
            else:
                m.neg(kind, v)
    if pos < len(tpl):
        m.add(tpl[pos:])


def slots_of(tpl):
    return [mt.group(2) for mt in TOK.finditer(tpl) if mt.group(1)]


def cjk(lang):
    return lang in ("zh", "ja")


def neg_clause(lang):
    if R.random() < 0.7:
        return pick(NEG_T[lang])
    if cjk(lang):
        return pick(["{NP}，{NP}。", "{NP}，请确认。" if lang == "zh" else "{NP}、ご確認ください。", "{NP}\n{NP}"])
    if lang == "ar":
        return pick(["{NP}، {NP}.", "{NP} — {NP}"])
    return pick(["{NP}, {NP}.", "{NP} — {NP}", "{NP} / {NP} / {NP}", "{NP}: {NP}"])


def pos_clause(lang, slot, single):
    cands = [t for t in POS_T.get(lang, []) if slot in slots_of(t) and (len(slots_of(t)) == 1) == single]
    if cands and R.random() < 0.55:
        return pick(cands)
    return generic_pos(slot, lang)


def joiner(lang, prev):
    """Separator between two clauses. After a clause that ends in a value,
    always a punctuation mark or a line break, so that no value runs into
    the next clause (a phone number followed by " 5000 pcs" would leave the
    end of the phone number ambiguous)."""
    if prev.endswith(("}", "⟧")):
        return pick(["。", "\n", "；"]) if cjk(lang) else pick(["\n", " | ", ". ", "; "])
    if cjk(lang):
        return pick(["", "", "\n", " "])
    return pick([" ", " ", " ", "\n", " | "])


def assemble(lang, clauses):
    """clauses: list of templates; fillers may be added around them."""
    if R.random() < 0.3:
        clauses = [pick(FILL[lang])] + clauses
    if R.random() < 0.25:
        clauses = clauses + [pick(FILL[lang])]
    tpl = ""
    for i, c in enumerate(clauses):
        tpl += (joiner(lang, tpl) if i else "") + c
    return tpl


SLOTS = ["PHONE", "EMAIL", "URL", "HANDLE", "CARD", "IBAN", "BANK", "NATID", "IP", "WALLET", "ADDRESS"]


def make_one(lang, mode, slot, slot2):
    if mode == "negative":
        clauses = [neg_clause(lang) for _ in range(pick([1, 1, 2, 2, 2, 3]))]
    elif mode == "single":
        clauses = [pos_clause(lang, slot, True)]
        if R.random() < 0.5:
            clauses.insert(R.randrange(2), neg_clause(lang))
    else:
        two = [t for t in POS_T.get(lang, []) if len(slots_of(t)) == 2 and slot in slots_of(t)]
        if two and R.random() < 0.4:
            clauses = [pick(two)]
        else:
            clauses = [pos_clause(lang, slot, True), pos_clause(lang, slot2, True)]
        if R.random() < 0.3:
            clauses.insert(R.randrange(len(clauses) + 1), neg_clause(lang))
    m = Msg(lang)
    render(m, assemble(lang, clauses))
    return m


def build(seed=SEED, n=N_MESSAGES):
    global R
    R = random.Random(seed)
    n_neg = int(round(n * NEG_SHARE))
    n_multi = (n - n_neg) // 3
    modes = ["negative"] * n_neg + ["multi"] * n_multi + ["single"] * (n - n_neg - n_multi)
    R.shuffle(modes)
    slot_cycle = []
    while len(slot_cycle) < n:
        block = SLOTS[:]
        R.shuffle(block)
        slot_cycle += block
    recs, seen, k = [], [], 0
    seen_set = {}
    for i, mode in enumerate(modes):
        lang = R.choices(LANGS, weights=LANG_W)[0]
        slot = slot2 = None
        if mode != "negative":
            slot = slot_cycle[k]
            k += 1
            slot2 = pick([s for s in SLOTS if s != slot])
        for _ in range(200):
            m = make_one(lang, mode, slot, slot2)
            t = m.text()
            want = 0 if mode == "negative" else 1 if mode == "single" else 2
            if (20 <= len(t) <= 300 and t not in seen_set and m.negs
                    and (len(m.spans) == want or (mode == "multi" and len(m.spans) >= 2))):
                break
        else:
            raise AssertionError("could not build message %d" % i)
        seen_set[t] = 1
        spans = sorted(m.spans, key=lambda s: s["start"])
        kind = "negative" if not spans else "single" if len(spans) == 1 else "multi"
        recs.append({"id": "tk-%05d" % (i + 1), "text": t, "spans": spans, "lang": lang, "kind": kind,
                     "negatives": sorted(m.negs, key=lambda s: s["start"])})
    return recs


# =============================================================== self-check
def positive_ok(typ, v, ctx):
    d = re.sub(r"[^0-9A-Za-z]", "", pc.norm_digits(v))
    if typ == "PAYMENT_CARD":
        return d.isdigit() and 13 <= len(d) <= 19 and pc.luhn_ok(d)
    if typ == "IBAN":
        return len(d) == pc.IBAN_LEN[d[:2]] and pc.iban_ok(d)
    if typ == "NATIONAL_ID":
        return (pc.ssn_ok(d) and re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) is not None) or pc.cnid_ok(d) or \
            (len(d) == 12 and d[0] not in "01" and pc.verhoeff_ok(d)) or pc.nino_ok(v)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "CRYPTO_WALLET":
        if v.startswith("0x"):
            return re.fullmatch(r"0x[0-9a-fA-F]{40}", v) is not None and (v[2:] == v[2:].lower() or pc.eip55_ok(v))
        if v.startswith("bc1"):
            return pc.segwit_ok(v)
        return pc.b58check_ok(v)
    if typ == "BANK_ACCOUNT":
        if re.search(r"(?i)(routing|\baba)\W*(number|no\.?|#)?\W*$", ctx):
            return pc.aba_ok(v)
        if re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v):
            return True
        return v.isdigit() and not pc.passes_some_check(v)
    if typ == "EMAIL":
        if "@" in v and " " not in v:
            loc, _, dom = v.partition("@")
            return bool(loc) and re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", dom) is not None
        return re.search(r"(?i)(\bat\b|\[at\]|\(at\)|＠| @ )", v) is not None
    if typ == "PHONE":
        dd = re.sub(r"\D", "", pc.norm_digits(v))
        return 8 <= len(dd) <= 15 and v[-1].isdigit() or v[-1] in "０１２３４５６７８９"
    return True


EMAILISH = re.compile(r"[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def self_check(recs):
    errs = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(dict.fromkeys(ids)):
        errs.append("duplicate ids")
    for r in recs:
        t = r["text"]
        w = r["id"]
        if not 20 <= len(t) <= 300:
            errs.append("%s length %d" % (w, len(t)))
        if t != t.strip():
            errs.append("%s outer whitespace" % w)
        prev = -1
        for s in r["spans"]:
            if t[s["start"]:s["end"]] != s["value"]:
                errs.append("%s span round-trip %r" % (w, s))
            if s["start"] < prev:
                errs.append("%s overlapping spans" % w)
            prev = s["end"]
            if s["value"] != s["value"].strip() or s["value"][-1] in ".,;:)":
                errs.append("%s span edge %r" % (w, s["value"]))
            if not positive_ok(s["type"], s["value"], t[max(0, s["start"] - 24):s["start"]]):
                errs.append("%s positive fails check: %s %r" % (w, s["type"], s["value"]))
        prevn = -1
        for g in r["negatives"]:
            if t[g["start"]:g["end"]] != g["value"]:
                errs.append("%s negative round-trip %r" % (w, g))
            if g["start"] < prevn:
                errs.append("%s overlapping negatives" % w)
            prevn = g["end"]
            for s in r["spans"]:
                if s["start"] < g["end"] and g["start"] < s["end"]:
                    errs.append("%s negative overlaps span %r" % (w, g))
            if g["kind"] in INTENTIONAL_LUHN:
                if not pc.luhn_ok(re.sub(r"\D", "", g["value"])):
                    errs.append("%s intentional Luhn look-alike is not Luhn-valid %r" % (w, g))
            elif neg_bad(g["kind"], g["value"]):
                errs.append("%s look-alike passes a checksum: %r" % (w, g))
            if g["kind"] == "SSN_SHAPED_TICKET" and pc.ssn_ok(re.sub(r"\D", "", g["value"])):
                errs.append("%s SSN-shaped ticket is a valid SSN %r" % (w, g))
        if r["kind"] != ("negative" if not r["spans"] else "single" if len(r["spans"]) == 1 else "multi"):
            errs.append("%s kind mismatch" % w)
        if not r["negatives"]:
            errs.append("%s has no look-alike" % w)
        # no accidental e-mail address outside the gold spans
        for mt in EMAILISH.finditer(t):
            if not any(s["start"] <= mt.start() and mt.end() <= s["end"] for s in r["spans"]):
                errs.append("%s unlabeled e-mail-like string %r" % (w, mt.group()))
    return errs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main(argv):
    args = [a for a in argv[1:]]
    seed = SEED
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.stderr.write("usage: make_tricky.py OUT.jsonl [--seed N]\n")
        return 2
    recs = build(seed)
    data = dump(recs)
    if dump(build(seed)) != data:
        sys.stderr.write("NOT deterministic\n")
        return 1
    errs = self_check(recs)
    for e in errs[:40]:
        sys.stderr.write("CHECK: %s\n" % e)
    with open(args[0], "w", encoding="utf-8") as f:
        f.write(data)
    types, kinds, langs = {}, {}, {}
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for g in r["negatives"]:
            kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
    free = sum(1 for r in recs if not r["spans"])
    multi = sum(1 for r in recs if r["kind"] == "multi")
    intent = sum(kinds.get(k, 0) for k in INTENTIONAL_LUHN)
    print("%s: %d msgs, PII-free %d, single %d, multi %d; spans %d [%s]; look-alikes %d in %d kinds "
          "(intentional Luhn-valid IMEI/ORDER_LUHN_VALID %d); langs [%s]; deterministic; %d check problems"
          % (args[0], len(recs), free, len(recs) - free - multi, multi, sum(types.values()),
             " ".join("%s %d" % (k, types[k]) for k in sorted(types)), sum(kinds.values()), len(kinds), intent,
             " ".join("%s %d" % (k, langs[k]) for k in LANGS if k in langs), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
