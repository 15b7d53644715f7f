#!/usr/bin/env python3
"""Probe set "structured": PII inside structured text pasted into a trade chat.

    python3 make_structured.py OUT.jsonl [--seed N] [--n 400]

Writes 400 messages (ids st-00001 ...) in the corpus format of
/work/shared/pii-corpus/README.md. The angle is text that is not a plain
sentence: spreadsheet copy-paste (tab-separated, with headers), markdown and
pipe tables, CSV lines (quoted and unquoted fields, "," or ";"), fixed-width
columns, "key: value" / "key=value" lists, YAML-like and INI-like blocks, JSON
and XML/HTML snippets (<td>, mailto:, tel:, href=), query strings and form
dumps, log lines with IPs and timestamps, and fragments copied out of PDFs
(proforma invoices, bank-detail blocks, shipping and packing-list blocks with
line-wrapped values and labels on their own line). Labels are mixed across
en zh es pt de ru fr tr ar (sometimes bilingual, "电话/Tel"); values come from
many countries. About 30 % of the messages are PII-free tables/blocks that
carry only look-alikes (HS codes, ISO 6346 container numbers with a valid check
digit, B/L numbers, EAN-13, amounts, dates, weights, dimensions, versions
including four-part ones, 10/13-digit Unix timestamps, 16-19-digit order
numbers that fail Luhn, IBANs with a bad check, 18-digit non-IDs, ...).

This set was written from the README only (taxonomy and span conventions),
independently of the detector engine, its tests and the other probe
generators; it only imports check-digit helpers from probe_common.py.

Span conventions used (README):
  * offsets are Python code-point offsets, end exclusive, computed while the
    text is assembled piece by piece (never by searching the text);
  * a cell's quotes, pipes, tags, attribute quotes, labels and the "mailto:" /
    "tel:" URI schemes are never inside a span;
  * PHONE from '+' / '00' / '(' / first digit to the last digit; a number given
    as WhatsApp/WeChat contact is PHONE;
  * EMAIL the address as written; URL scheme (if any) through path/query;
    MESSENGER_HANDLE the id only ('live:' and Telegram '@' included, t.me/...
    links are one span);
  * PAYMENT_CARD Luhn-valid, digits and separators; IBAN mod-97-valid with the
    country's length, grouped by 4 or compact, possibly wrapped over two lines
    in PDF fragments (one span); BANK_ACCOUNT = numbers introduced as account
    numbers, SWIFT/BIC codes and checksum-valid ABA routing numbers;
  * NATIONAL_ID = US SSN, China resident ID (mod 11-2), Aadhaar (Verhoeff),
    UK NINO; IP_ADDRESS without port, /prefix or brackets; CRYPTO_WALLET
    base58check / bech32(m) / EIP-55 or lower-case 0x40hex;
  * POSTAL_ADDRESS one span from the first to the last component, also when
    the address is wrapped over several lines; a bank's street address is
    labeled like any street address; a city or port alone is not.
"kind" is "negative" (no span), "single" (one span) or "multi" as in the
README; "negatives" lists the look-alikes planted in the message (kinds from
the README's list). Messages are 20..300 code points except the document
templates (proforma, packing list, bank/shipping blocks, logs, HTML, ...),
which may run to 700: check with `validate.py --no-length`.
Built-in self-check on every run: offsets round-trip, no overlaps, checksums
of positives, look-alikes fail their checksums, no checksum-valid number or
e-mail/URL shape left outside the gold spans, unique ids, same bytes on a
second build with the same seed.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probe_common import (B58, IBAN_LEN, NINO_A, NINO_B, NINO_BAD, aba_complete, aba_ok,  # noqa: E402
                          b58check, b58check_ok, cnid_check, cnid_ok, eip55, iban_make, iban_ok,
                          iso6346_digit, luhn_complete, luhn_ok, neg_problem, nino_ok,
                          passes_digit_check, passes_some_check, segwit_addr, segwit_ok, ssn_ok,
                          verhoeff_digit, verhoeff_ok)

SEED = 20240917
N_MESSAGES = 400
PII_FREE_SHARE = 0.30
R = random.Random(SEED)
LANGS = ["en", "zh", "es", "pt", "de", "ru", "fr", "tr", "ar"]

# ---------------------------------------------------------------- builder


def P(typ, s):
    return ("P", typ, s)


def N(kind, s):
    return ("N", kind, s)


def txt(c):
    if isinstance(c, str):
        return c
    if isinstance(c, list):
        return "".join(txt(x) for x in c)
    return c[2]


class Msg:
    """Text assembled piece by piece; spans/negatives recorded on append."""

    def __init__(self):
        self.parts, self.pos, self.spans, self.negs = [], 0, [], []

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def add(self, c):
        if isinstance(c, str):
            self.t(c)
        elif isinstance(c, list):
            for x in c:
                self.add(x)
        elif c[0] == "P":
            s = c[2]
            assert s and s == s.strip(), repr(s)
            self.spans.append({"start": self.pos, "end": self.pos + len(s), "type": c[1], "value": s})
            self.t(s)
        else:
            s = c[2]
            self.negs.append({"start": self.pos, "end": self.pos + len(s), "kind": c[1], "value": s})
            self.t(s)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- random helpers

def ch(seq):
    return R.choice(seq)


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz():
    return R.choice("123456789")


def up(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def chance(p):
    return R.random() < p


def pat(p):
    """'#' any digit, '%' non-zero digit, '&' 2-9 (NANP area code / exchange),
    '^' a digit 3/5/6/7/8/9 (CN mobile)."""
    out = []
    for c in p:
        out.append(dg(1) if c == "#" else nz() if c == "%" else ch("356789") if c == "^" else
                   ch("23456789") if c == "&" else c)
    return "".join(out)


def digits(s):
    return re.sub(r"\D", "", s)


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def neg(kind, fn):
    """A look-alike that must not pass the checksum of what it imitates."""
    for _ in range(200):
        v = fn()
        if not neg_problem(v, kind) and not (kind.startswith("BTC") and b58check_ok(v)):
            return N(kind, v)
    raise AssertionError(kind)


def clean_digits(fn):
    """A value whose digits do not pass another type's checksum (keeps the
    gold type unambiguous: a phone that is not also Luhn-valid, ...)."""
    for _ in range(200):
        v = fn()
        if not passes_digit_check(digits(v)):
            return v
    raise AssertionError


# ---------------------------------------------------------------- countries, people, companies

COUNTRIES = ["CN", "HK", "US", "GB", "DE", "ES", "MX", "BR", "PT", "RU", "FR", "TR", "AE", "SA", "IN", "IT",
             "NL", "PL", "VN"]
LANG_COUNTRIES = {"en": ["US", "GB", "IN", "CN", "HK", "AE"], "zh": ["CN", "CN", "HK"], "es": ["ES", "MX"],
                  "pt": ["BR", "PT"], "de": ["DE"], "ru": ["RU"], "fr": ["FR"], "tr": ["TR"], "ar": ["AE", "SA"]}


def country_for(L):
    return ch(LANG_COUNTRIES[L]) if chance(0.55) else ch(COUNTRIES)


NAMES = {
    "CN": [("Li", "Wei"), ("Wang", "Fang"), ("Zhang", "Min"), ("Chen", "Jing"), ("Liu", "Yang"), ("Huang", "Lei"),
           ("Zhao", "Lina"), ("Wu", "Hao"), ("Zhou", "Xin"), ("Sun", "Qiang")],
    "HK": [("Kelvin", "Chan"), ("Mandy", "Wong"), ("Jason", "Leung")],
    "US": [("John", "Carter"), ("Emily", "Brooks"), ("Michael", "Reed"), ("Sarah", "Miller"), ("David", "Nguyen")],
    "GB": [("Oliver", "Hughes"), ("Emma", "Clarke"), ("Harry", "Wilson")],
    "DE": [("Jonas", "Müller"), ("Anna", "Schmidt"), ("Lukas", "Weber"), ("Sophie", "Fischer")],
    "ES": [("Carlos", "García"), ("Lucía", "Fernández"), ("Javier", "López")],
    "MX": [("Diego", "Hernández"), ("Mariana", "Ruiz")],
    "BR": [("João", "Silva"), ("Ana", "Souza"), ("Pedro", "Oliveira")],
    "PT": [("Rui", "Costa"), ("Inês", "Martins")],
    "RU": [("Alexey", "Smirnov"), ("Olga", "Ivanova"), ("Dmitry", "Kuznetsov")],
    "FR": [("Camille", "Martin"), ("Julien", "Bernard"), ("Chloé", "Dubois")],
    "TR": [("Mehmet", "Yılmaz"), ("Ayşe", "Demir"), ("Emre", "Kaya")],
    "AE": [("Ahmed", "Al Mansouri"), ("Fatima", "Al Hashimi")],
    "SA": [("Khalid", "Al Otaibi"), ("Noura", "Al Qahtani")],
    "IN": [("Rahul", "Sharma"), ("Priya", "Nair"), ("Arjun", "Mehta")],
    "IT": [("Marco", "Rossi"), ("Giulia", "Bianchi")],
    "NL": [("Daan", "de Vries"), ("Sanne", "Jansen")],
    "PL": [("Piotr", "Nowak"), ("Kasia", "Wójcik")],
    "VN": [("Nguyen", "Van An"), ("Tran", "Thi Mai")],
}
LOCAL_NAMES = {"zh": ["李伟", "王芳", "张敏", "陈静", "刘洋", "黄磊"], "ru": ["Алексей Смирнов", "Ольга Иванова", "Дмитрий Кузнецов"],
               "ar": ["محمد العتيبي", "أحمد المنصوري", "فاطمة الهاشمي"]}
SLUGS = {
    "CN": ["hengxin", "jiayuan", "sunrise-led", "huaxin", "dragonpump", "tianyi", "goldsea", "minghui", "yongtai"],
    "HK": ["pacificlink", "harbourtrade", "kowloonsupply"],
    "US": ["acmesupply", "midwestparts", "bluecrest", "pioneertools"],
    "GB": ["northbridge", "thamesimports", "kestrelgoods"],
    "DE": ["mueller-maschinen", "nordtechnik", "rheinhandel"],
    "ES": ["iberimport", "sol-distribucion", "levantetrade"],
    "MX": ["aztecaimport", "norteindustrial"],
    "BR": ["paulistaimport", "brasilsul", "atlanticobr"],
    "PT": ["lusotrade", "portoimport"],
    "RU": ["sibtorg", "volgaimport", "nevatrade"],
    "FR": ["lumiere-distrib", "atlantique-import"],
    "TR": ["anadoluticaret", "bosforimport"],
    "AE": ["gulfstar", "jebeltrading", "alnoorgeneral"],
    "SA": ["najdtrading", "redseasupply"],
    "IN": ["shreeexports", "indusparts", "ganeshtraders"],
    "IT": ["milanoforniture", "italtecnica"],
    "NL": ["dutchsource", "rotterdamtrade"],
    "PL": ["wislaimport", "polhandel"],
    "VN": ["saigontrade", "mekongsupply"],
}
CO_SUFFIX = {"CN": "Co., Ltd.", "HK": "Limited", "US": "Inc.", "GB": "Ltd", "DE": "GmbH", "ES": "S.L.", "MX": "S.A. de C.V.",
             "BR": "Ltda.", "PT": "Lda.", "RU": "LLC", "FR": "SARL", "TR": "Ltd. Şti.", "AE": "LLC", "SA": "Co.",
             "IN": "Pvt. Ltd.", "IT": "S.r.l.", "NL": "B.V.", "PL": "Sp. z o.o.", "VN": "Co., Ltd."}
TLD = {"CN": ["com", "cn", "com.cn"], "HK": ["com.hk", "com"], "US": ["com"], "GB": ["co.uk"], "DE": ["de"],
       "ES": ["es", "com"], "MX": ["com.mx"], "BR": ["com.br"], "PT": ["pt"], "RU": ["ru"], "FR": ["fr"],
       "TR": ["com.tr"], "AE": ["ae", "com"], "SA": ["com.sa"], "IN": ["in", "co.in"], "IT": ["it"], "NL": ["nl"],
       "PL": ["pl"], "VN": ["vn", "com.vn"]}
FREEMAIL = {"CN": ["163.com", "qq.com", "126.com", "sina.com", "aliyun.com"], "HK": ["netvigator.com", "gmail.com"],
            "US": ["gmail.com", "outlook.com", "yahoo.com"], "GB": ["btinternet.com", "gmail.com"],
            "DE": ["gmx.de", "web.de", "t-online.de"], "ES": ["hotmail.es", "telefonica.net"],
            "MX": ["prodigy.net.mx", "hotmail.com"], "BR": ["uol.com.br", "bol.com.br"], "PT": ["sapo.pt"],
            "RU": ["yandex.ru", "mail.ru"], "FR": ["orange.fr", "free.fr"], "TR": ["hotmail.com.tr", "gmail.com"],
            "AE": ["emirates.net.ae", "gmail.com"], "SA": ["gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
            "IT": ["libero.it"], "NL": ["ziggo.nl"], "PL": ["wp.pl", "onet.pl"], "VN": ["gmail.com"]}


def person(C, L=None):
    if L in LOCAL_NAMES and chance(0.5):
        return ch(LOCAL_NAMES[L])
    f, l = ch(NAMES[C])
    return f + " " + l


def company(C):
    s = ch(SLUGS[C]).replace("-", " ").title()
    return s + " " + CO_SUFFIX[C]


def slug(C):
    return ch(SLUGS[C])


def domain(C):
    return slug(C) + "." + ch(TLD[C])


# ---------------------------------------------------------------- PII value generators

PHONES = {
    "CN": ["+86 1^# #### ####", "+86-1^#-####-####", "0086 1^# #### ####", "1^#########", "1^# #### ####",
           "+86 755 8### ####", "(0755) 8###-####", "0755-8#######", "+86 (21) 6### ####", "+861^#########",
           "0574-8#######"],
    "HK": ["+852 9### ####", "+852 6### ####", "(852) 2### ####", "00852 5### ####"],
    "US": ["(&##) &##-####", "+1 &##-&##-####", "+1 (&##) &##-####", "&##-&##-####", "001 &## &## ####",
           "+1 &## &## ####", "1-&##-&##-####"],
    "GB": ["+44 20 7### ####", "+44 (0)20 7### ####", "0044 7### ######", "+44 7### ######", "020 7### ####",
           "07### ######", "+44 161 ### ####"],
    "DE": ["+49 15# ########", "+49 (0)30 #######", "0049 89 ########", "+49 171 #######", "030 ########",
           "0170 #######", "+49 40 ### ### ##", "+49-69-#######"],
    "ES": ["+34 6## ### ###", "0034 91 ### ## ##", "+34 93 ### ## ##", "6## ## ## ##", "+34 6## ## ## ##"],
    "MX": ["+52 55 #### ####", "+52 1 33 #### ####", "(55) ####-####", "+52 (81) ####-####"],
    "BR": ["+55 11 9####-####", "+55 (11) 9####-####", "(21) 9####-####", "0055 11 9#### ####", "+55 47 ####-####"],
    "PT": ["+351 91# ### ###", "+351 21 ### ####", "00351 93# ### ###", "+351 22 ### ## ##"],
    "RU": ["+7 495 ###-##-##", "+7 (916) ###-##-##", "8 (9##) ###-##-##", "8 800 ###-##-##", "+7 9## ### ## ##",
           "+7-812-###-##-##"],
    "FR": ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "01 ## ## ## ##", "06 ## ## ## ##", "0033 7 ## ## ## ##"],
    "TR": ["+90 53# ### ## ##", "0 (53#) ### ## ##", "0212 ### ## ##", "+90 (212) ### ## ##", "0090 54# ### ## ##"],
    "AE": ["+971 5# ### ####", "00971 4 ### ####", "+971-50-###-####", "04 ### ####"],
    "SA": ["+966 5# ### ####", "+966 11 ### ####", "00966 5# ### ####"],
    "IN": ["+91 9#### #####", "+91-98###-#####", "0091 22 #### ####", "+91 80 #### ####", "098### #####"],
    "IT": ["+39 3## ### ####", "+39 02 #### ####", "0039 06 ### ####"],
    "NL": ["+31 6 ########", "+31 (0)20 ### ####", "06-########"],
    "PL": ["+48 ### ### ###", "+48 22 ### ## ##"],
    "VN": ["+84 9# ### ####", "+84 28 #### ####", "09# ### ####"],
}


def phone(C, compact=False):
    def f():
        v = pat(ch(PHONES[C]))
        if compact:  # e.g. a CSV export or a query string: digits only (keep a leading +)
            v = ("+" if v.startswith("+") else "") + digits(v)
        return v
    return clean_digits(f)


def email(C, name=None, obfusc=0.06):
    f, l = [ascii_fold(x).replace(" ", "") for x in ch(NAMES[C])]
    local = ch([f + "." + l, f[0] + l, f + l + dg(2), l + "." + f, "sales", "export", "info", "purchasing",
                f + "_" + l, "sales" + dg(2)])
    if C == "CN" and chance(0.2):
        return nz() + dg(R.randint(6, 9)) + "@qq.com"
    dom = ch(FREEMAIL[C]) if chance(0.45) else domain(C)
    v = local + "@" + dom
    if chance(obfusc):
        v = ch([local + "(at)" + dom, local + "[at]" + dom, local + " [at] " + dom.replace(".", " [dot] ")])
    return v


def url(C):
    s, d = slug(C), domain(C)
    return ch([
        "https://www." + d + "/products/" + ch(["led-panel", "valves", "catalog", "pump-series"]),
        "www." + d,
        "https://" + d + "/download/" + ch(["catalog_2024.pdf", "price-list.xlsx", "certificates.zip"]),
        "https://" + s + ".en.alibaba.com",
        "https://drive.google.com/file/d/1" + up(32, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
        + "/view?usp=sharing",
        "https://we.tl/t-" + up(10, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        "bit.ly/" + up(7, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        "https://www.dropbox.com/s/" + up(15, "abcdefghijkmnopqrstuvwxyz0123456789") + "/catalog.pdf?dl=0",
        "https://www.facebook.com/" + s.replace("-", ""),
        "https://www.instagram.com/" + s.replace("-", "_"),
        "http://" + d + "/index.php?route=product&id=" + dg(3),
    ])


def handle(app, C):
    f, l = [ascii_fold(x).replace(" ", "") for x in ch(NAMES[C])]
    if app == "wechat":
        return ch([f + "_" + dg(4), "wxid_" + up(14, "abcdefghijklmnopqrstuvwxyz0123456789"), f + l + dg(2),
                   l + "-" + f + dg(3)])
    if app == "skype":
        return ch(["live:." + "cid." + hexs(16), "live:" + f + "." + l + "_" + dg(1), f + "." + l + "." + slug(C)[:6]])
    if app == "telegram":
        return ch(["@" + f + "_" + l, "@" + f + l + dg(2), "t.me/" + f + "_" + slug(C)[:5].replace("-", ""),
                   "https://t.me/" + f + l])
    if app == "qq":
        return clean_digits(lambda: nz() + dg(R.randint(6, 9)))
    if app == "line":
        return ch([f + "." + dg(3), l + "_" + f])
    raise KeyError(app)


STREETS_EN = ["Elm", "Oak", "Maple", "Cedar", "Harbor", "Lakeview", "Washington", "Park", "Industrial"]
US_CITIES = [("Springfield", "IL", "627"), ("Houston", "TX", "770"), ("Miami", "FL", "331"), ("Newark", "NJ", "071"),
             ("Los Angeles", "CA", "900"), ("Seattle", "WA", "981"), ("Columbus", "OH", "432")]
CN_EN = [("Shenzhen", "Guangdong", "518", ["Nanshan", "Bao'an", "Longgang"]),
         ("Guangzhou", "Guangdong", "510", ["Tianhe", "Baiyun", "Panyu"]),
         ("Ningbo", "Zhejiang", "315", ["Beilun", "Yinzhou"]), ("Yiwu", "Zhejiang", "322", ["Choucheng"]),
         ("Xiamen", "Fujian", "361", ["Siming", "Huli"]), ("Suzhou", "Jiangsu", "215", ["Wuzhong", "Gusu"]),
         ("Qingdao", "Shandong", "266", ["Huangdao", "Laoshan"])]
CN_ROADS = ["Keyuan", "Changjiang", "Zhongshan", "Renmin", "Jiefang", "Xuefu", "Binhai", "Jinji Lake"]
CN_ZH = [("广东省", "深圳市", ["南山区", "宝安区", "龙岗区"], "518"), ("广东省", "广州市", ["天河区", "白云区"], "510"),
         ("浙江省", "宁波市", ["北仑区", "鄞州区"], "315"), ("浙江省", "义乌市", ["稠城街道", "福田街道"], "322"),
         ("福建省", "厦门市", ["思明区", "湖里区"], "361"), ("江苏省", "苏州市", ["吴中区", "工业园区"], "215"),
         ("", "上海市", ["浦东新区", "闵行区"], "200")]
CN_ZH_ROADS = ["科苑路", "长江路", "中山路", "人民路", "解放路", "学府路", "金鸡湖大道", "张江路", "稠州北路"]


def address(C, L="en"):
    """A street address as a list of components (joined by the caller)."""
    n = lambda a, b: str(R.randint(a, b))  # noqa: E731
    if C == "CN" and (L == "zh" or chance(0.3)):
        prov, city, dists, pc = ch(CN_ZH)
        s = prov + city + ch(dists) + ch(CN_ZH_ROADS) + n(1, 999) + "号"
        if chance(0.6):
            s += ch(["创新大厦", "国际商务中心", "科技园", "A座", "B栋"]) + n(2, 28) + ch(["楼", "层"]) + n(1, 28) + "0" + n(1, 9) + "室"
        return [s] + ([pc + dg(3)] if chance(0.25) else [])
    if C == "CN":
        city, prov, pc, dists = ch(CN_EN)
        c = []
        if chance(0.6):
            c.append("Room " + n(2, 28) + "0" + n(1, 9))
        if chance(0.5):
            c.append(ch(["Building ", "Block ", "Unit "]) + n(1, 12))
        c += ["No. " + n(1, 999) + " " + ch(CN_ROADS) + ch([" Road", " Avenue", " Street"]),
              ch(dists) + " District", city, prov + " " + pc + dg(3)]
        return c + (["China"] if chance(0.6) else [])
    if C == "HK":
        return ["Flat " + ch("ABCDEFG"), n(2, 40) + "/F", ch(["Tower 2", "Block B", "Harbour Centre", "Golden Plaza"]),
                n(1, 200) + " " + ch(["Canton Road", "Nathan Road", "Queen's Road Central", "Hennessy Road"]),
                ch(["Tsim Sha Tsui", "Mong Kok", "Central", "Wan Chai"]), ch(["Kowloon", "Hong Kong"])]
    if C == "US":
        city, st, z = ch(US_CITIES)
        c = [n(10, 9899) + " " + ch(["", "W ", "N "]) + ch(STREETS_EN) + ch([" Street", " Ave", " Blvd", " Dr", " Road"])]
        if chance(0.4):
            c.append(ch(["Suite ", "Unit ", "Apt "]) + n(1, 999))
        c += [city, st + " " + z + dg(2)]
        return c + (["USA"] if chance(0.4) else [])
    if C == "GB":
        c = ([ch(["Flat ", "Unit "]) + n(1, 20)] if chance(0.4) else [])
        c += [n(1, 250) + " " + ch(["Baker Street", "Victoria Road", "High Street", "Church Lane", "Mill Road"]),
              ch(["London NW1 ", "Manchester M1 ", "Birmingham B15 ", "Leeds LS1 ", "Bristol BS1 "]) + n(1, 9) + up(2, "ABDEFGHJLNPQRSTUWXYZ")]
        return c + (["United Kingdom"] if chance(0.4) else [])
    if C == "DE":
        c = [ch(["Hauptstraße", "Bahnhofstraße", "Industriestr.", "Gartenweg", "Am Hafen", "Schillerstraße"]) + " " + n(1, 180) + ch(["", "", "a", "b"]),
             ch(["1", "2", "4", "5", "6", "7", "8"]) + dg(4) + " " + ch(["Berlin", "Hamburg", "München", "Köln", "Stuttgart", "Düsseldorf"])]
        return c + ([ch(["Deutschland", "Germany"])] if chance(0.4) else [])
    if C == "ES":
        c = [ch(["Calle de Alcalá ", "Calle Mayor ", "Avenida Diagonal ", "Calle Colón "]) + n(1, 300)]
        if chance(0.5):
            c.append(n(1, 9) + "º " + ch("ABCD"))
        c.append(ch(["28", "08", "46", "41"]) + dg(3) + " " + ch(["Madrid", "Barcelona", "Valencia", "Sevilla"]))
        return c + (["España"] if chance(0.4) else [])
    if C == "MX":
        return ["Av. " + ch(["Insurgentes Sur ", "Reforma ", "Revolución "]) + n(10, 3000),
                "Col. " + ch(["Del Valle", "Roma Norte", "Centro"]), dg(5) + " " + ch(["Ciudad de México", "Monterrey, N.L.", "Guadalajara, Jal."])] + \
            (["México"] if chance(0.4) else [])
    if C == "BR":
        c = ["Rua " + ch(["Augusta", "das Flores", "XV de Novembro", "Sete de Setembro"]), n(10, 2500)]
        if chance(0.4):
            c.append("Apto " + n(11, 180))
        c += [ch(["Consolação", "Centro", "Vila Mariana"]), ch(["São Paulo - SP", "Curitiba - PR", "Rio de Janeiro - RJ"]),
              dg(5) + "-" + dg(3)]
        return c + (["Brasil"] if chance(0.3) else [])
    if C == "PT":
        return ["Rua " + ch(["de Santa Catarina ", "Augusta ", "do Almada "]) + n(1, 300),
                n(1, 4) + "000-" + dg(3) + " " + ch(["Porto", "Lisboa", "Braga"])] + (["Portugal"] if chance(0.4) else [])
    if C == "RU":
        if L == "ru" or chance(0.4):
            idx = "1" + dg(5)
            return [idx, "г. " + ch(["Москва", "Санкт-Петербург", "Казань"]),
                    "ул. " + ch(["Тверская", "Ленина", "Садовая", "Profsoyuznaya"]), "д. " + n(1, 120),
                    ch(["кв. ", "офис "]) + n(1, 300)]
        return ["ul. " + ch(["Tverskaya", "Lenina", "Sadovaya"]) + " " + n(1, 120), "office " + n(1, 300),
                ch(["Moscow", "St. Petersburg", "Kazan"]) + " 1" + dg(5), "Russia"]
    if C == "FR":
        return [n(1, 180) + " " + ch(["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Commerce"]),
                ch(["75", "69", "13", "33"]) + "0" + dg(2) + " " + ch(["Paris", "Lyon", "Marseille", "Bordeaux"])] + \
            (["France"] if chance(0.4) else [])
    if C == "TR":
        return [ch(["Atatürk Cad.", "İstiklal Cad.", "Cumhuriyet Mah. Gül Sok."]) + " No: " + n(1, 200) + (" D: " + n(1, 30) if chance(0.6) else ""),
                ch(["34", "06", "35"]) + dg(3) + " " + ch(["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir"])] + \
            (["Türkiye"] if chance(0.4) else [])
    if C == "AE":
        if L == "ar" and chance(0.6):
            return ["مكتب " + n(101, 3200), ch(["برج الصقر", "برج المها", "مبنى الريم"]), ch(["شارع الشيخ زايد", "شارع المكتوم"]),
                    ch(["دبي", "أبوظبي", "الشارقة"]), "الإمارات"]
        return ["Office " + n(101, 3200), ch(["Al Saqr Business Tower", "Churchill Tower", "Fortune Tower"]),
                ch(["Sheikh Zayed Road", "Business Bay", "JLT Cluster C"]), ch(["Dubai", "Abu Dhabi", "Sharjah"])] + \
            (["UAE"] if chance(0.5) else [])
    if C == "SA":
        return [n(1000, 9999) + " " + ch(["King Fahd Road", "Olaya Street", "Prince Sultan Road"]),
                ch(["Al Olaya", "Al Malaz", "Al Hamra"]), ch(["Riyadh ", "Jeddah ", "Dammam "]) + "1" + dg(4)] + \
            (["Saudi Arabia"] if chance(0.4) else [])
    if C == "IN":
        return ["Plot No. " + n(1, 400), "Sector " + n(1, 80), ch(["Gurugram, Haryana ", "Noida, Uttar Pradesh ", "Pune, Maharashtra "])
                + ch(["122", "201", "411"]) + dg(3)] + (["India"] if chance(0.4) else [])
    if C == "IT":
        return ["Via " + ch(["Roma ", "Garibaldi ", "Dante "]) + n(1, 200), ch(["20", "00", "10"]) + "1" + dg(2) + " "
                + ch(["Milano MI", "Roma RM", "Torino TO"])] + (["Italia"] if chance(0.4) else [])
    if C == "NL":
        return [ch(["Keizersgracht ", "Coolsingel ", "Damrak "]) + n(1, 400), nz() + dg(3) + " " + up(2, "ABCDEGHJKLMNPRSTVWXZ")
                + " " + ch(["Amsterdam", "Rotterdam", "Utrecht"])] + (["Nederland"] if chance(0.4) else [])
    if C == "PL":
        return ["ul. " + ch(["Marszałkowska ", "Piotrkowska ", "Długa "]) + n(1, 150) + "/" + n(1, 40),
                dg(2) + "-" + dg(3) + " " + ch(["Warszawa", "Łódź", "Gdańsk"])] + (["Polska"] if chance(0.4) else [])
    if C == "VN":
        return ["Số " + n(1, 300) + " Đường " + ch(["Nguyễn Huệ", "Lê Lợi", "Hai Bà Trưng"]), "Quận " + n(1, 12),
                ch(["TP. Hồ Chí Minh", "Hà Nội"])] + (["Việt Nam"] if chance(0.4) else [])
    raise KeyError(C)


def join_addr(comps, wrap=False, indent=""):
    """Join components; wrap=True breaks the address over lines like a PDF copy."""
    if len(comps) == 1:
        return comps[0]
    if not wrap:
        sep = "，" if comps[0][:1] >= "\u4e00" and chance(0.5) else "، " if re.search("[\u0600-\u06ff]", comps[0]) else ", "
        return sep.join(comps)
    k = R.randint(1, len(comps) - 1)
    head, tail = ", ".join(comps[:k]), ", ".join(comps[k:])
    return head + ch([",\n", "\n", ",\n"]) + indent + tail


IBAN_LETTERS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO"],
                "BG": ["BNBG", "UNCR"], "QA": ["QNBA", "DOHB"], "BH": ["NBOB"], "KW": ["CBKU"], "JO": ["CBJO"], "GI": ["NWBK"]}
IBAN_FOR = {"DE": "DE", "ES": "ES", "FR": "FR", "IT": "IT", "NL": "NL", "PL": "PL", "PT": "PT", "TR": "TR", "AE": "AE",
            "SA": "SA", "BR": "BR", "GB": "GB"}
IBAN_EXTRA = ["AT", "BE", "CH", "DK", "FI", "GR", "HU", "IE", "LU", "NO", "RO", "SE", "CZ", "UA", "QA", "IL", "KZ",
              "EG", "GE", "BG", "HR", "LT", "MT"]


def iban_code(C=None):
    cc = IBAN_FOR.get(C) if C and chance(0.7) else None
    cc = cc or ch(IBAN_EXTRA + list(IBAN_FOR.values()))
    bl = IBAN_LEN[cc] - 4
    if cc in IBAN_LETTERS:
        bban = ch(IBAN_LETTERS[cc]) + dg(bl - 4)
    elif cc == "BR":
        bban = dg(bl - 2) + ch("PC") + ch("123")
    elif cc == "MT":
        bban = "MALT" + dg(bl - 4)
    else:
        bban = dg(bl)
    v = iban_make(cc, bban)
    assert iban_ok(v) and len(v) == IBAN_LEN[cc]
    return v


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(C=None, wrap=False):
    v = iban_code(C)
    if chance(0.6) or wrap:
        g = group4(v)
        if wrap:
            parts = g.split(" ")
            k = R.randint(2, len(parts) - 2)
            return " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
        return g
    return v


BIC_CC = {"CN": "CN", "HK": "HK", "US": "US", "GB": "GB", "DE": "DE", "ES": "ES", "MX": "MX", "BR": "BR", "PT": "PT",
          "RU": "RU", "FR": "FR", "TR": "TR", "AE": "AE", "SA": "SA", "IN": "IN", "IT": "IT", "NL": "NL", "PL": "PL",
          "VN": "VN"}


def swift(C):
    v = up(4) + BIC_CC[C] + ch([up(2), up(1) + dg(1), "2X", "SH", "BJ", "FF", "MM"])
    if chance(0.35):
        v += ch(["XXX", up(3), dg(3)])
    return v


def account_no(C):
    def f():
        if C == "CN":
            d = nz() + dg(R.randint(15, 18))
            if luhn_ok(d):
                return None
            return group4(d) if chance(0.3) else d
        if C == "HK":
            return dg(3) + "-" + dg(6) + "-" + dg(3)
        if C == "RU":
            return "40702" + ch(["810", "840", "978", "156"]) + dg(12)
        if C == "BR":
            return dg(R.randint(5, 8)) + "-" + dg(1)
        if C == "IN":
            return nz() + dg(R.randint(10, 15))
        if C == "US":
            return nz() + dg(R.randint(7, 11))
        return nz() + dg(R.randint(7, 11))
    for _ in range(200):
        v = f()
        if v and not passes_digit_check(digits(v)):
            return v
    raise AssertionError


ABA_PREFIX = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"]


def aba():
    for _ in range(100):
        v = aba_complete(ch(ABA_PREFIX) + dg(6))
        if aba_ok(v) and not luhn_ok(v):
            return v
    raise AssertionError


def card():
    brand = ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "up", "up19"])
    if brand == "visa":
        d = luhn_complete("4" + dg(14))
    elif brand == "mc":
        d = luhn_complete("5" + ch("12345") + dg(13))
    elif brand == "mc2":
        d = luhn_complete(str(R.randint(2221, 2720)) + dg(11))
    elif brand == "amex":
        d = luhn_complete(ch(["34", "37"]) + dg(12))
        sep = ch([" ", "-", " "])
        return d[:4] + sep + d[4:10] + sep + d[10:] if chance(0.8) else d
    elif brand == "disc":
        d = luhn_complete("6011" + dg(11))
    elif brand == "jcb":
        d = luhn_complete("35" + str(R.randint(28, 89)) + dg(11))
    elif brand == "up":
        d = luhn_complete("62" + dg(13))
    else:
        d = luhn_complete("62" + dg(16))
    assert luhn_ok(d)
    r = R.random()
    if r < 0.55:
        return group4(d)
    if r < 0.75:
        return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    return d


def wallet(kind=None):
    kind = kind or ch(["btc1", "btc3", "bc1q", "bc1p", "eth", "eth", "ethlc"])
    if kind == "btc1":
        return "BTC", b58check(0, rbytes(20))
    if kind == "btc3":
        return "BTC", b58check(5, rbytes(20))
    if kind == "bc1q":
        return "BTC", segwit_addr("bc", 0, rbytes(20))
    if kind == "bc1p":
        return "BTC", segwit_addr("bc", 1, rbytes(32))
    h = bytes(rbytes(20)).hex()
    return "ETH", (eip55(h) if kind == "eth" else "0x" + h)


CN_REGIONS = ["110101", "110105", "310115", "310104", "440305", "440106", "330106", "330212", "320102", "320506",
              "510104", "420102", "350203", "370202", "440604"]


def natid(kind=None):
    kind = kind or ch(["ssn", "cn", "cn", "aadhaar", "nino"])
    for _ in range(200):
        if kind == "ssn":
            a = "%03d" % R.randint(1, 899)
            d = a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)
            if not ssn_ok(d) or aba_ok(d):
                continue
            return kind, ch(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (d[:3], d[3:5], d[5:])
        if kind == "cn":
            f17 = ch(CN_REGIONS) + str(R.randint(1962, 2003)) + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)) + dg(3)
            v = f17 + cnid_check(f17)
            if v.isdigit() and luhn_ok(v):
                continue
            assert cnid_ok(v)
            return kind, (v if chance(0.85) else v[:6] + " " + v[6:14] + " " + v[14:])
        if kind == "aadhaar":
            b = ch("23456789") + dg(10)
            v = b + verhoeff_digit(b)
            assert verhoeff_ok(v)
            return kind, (v[:4] + " " + v[4:8] + " " + v[8:] if chance(0.7) else v)
        if kind == "nino":
            pre = ch(NINO_A) + ch(NINO_B)
            if pre in NINO_BAD:
                continue
            d = dg(6)
            sfx = ch("ABCD")
            v = ch([pre + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + sfx, pre + d + sfx])
            assert nino_ok(v)
            return kind, v
    raise AssertionError


def ipv4(private=False):
    if private:
        return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                   "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                   "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    return "%d.%d.%d.%d" % (ch([23, 31, 37, 45, 58, 61, 77, 81, 89, 91, 103, 112, 118, 121, 141, 176, 178, 185, 188,
                                 195, 203, 213, 217]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    groups = [ch([0x2001, 0x2a02, 0x240e, 0x2604, 0x2804, 0x2a00]), R.randint(0, 0xffff), R.randint(0, 0xffff)]
    groups += [R.randint(0, 0xffff) for _ in range(5)]
    if chance(0.7):
        k = R.randint(3, 5)
        for i in range(k, min(8, k + R.randint(2, 3))):
            groups[i] = 0
    a = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
    return a.exploded if chance(0.25) else a.compressed


def ip():
    r = R.random()
    return ipv6() if r < 0.25 else ipv4(private=r > 0.85)


# ---------------------------------------------------------------- look-alike generators (negatives)

CAPS_WORDS = ["CUSTOMER", "DELIVERY", "SHIPMENT", "PACKAGES", "QUANTITY", "ORIGINAL", "PROFORMA", "DOCUMENT",
              "CONTRACT", "DISCOUNT", "SHIPPING", "PURCHASE", "STANDARD", "TRANSFER", "BENEFICIARY", "INSPECTION"]
CAPS_WORDS = [w for w in CAPS_WORDS if len(w) in (8, 11)]


def lk_order():
    def f():
        r = R.random()
        if r < 0.45:
            return str(R.randint(1, 9)) + dg(R.randint(15, 18))  # 16-19 digits, must fail Luhn
        if r < 0.7:
            return "SO" + str(R.randint(2023, 2025)) + dg(6)
        return ch(["PO-", "PO", "ORD-", "#"]) + str(R.randint(23, 25)) + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)) + "-" + dg(2)
    return neg("ORDER", f)


def lk_invoice():
    y = str(R.randint(2023, 2025))
    return neg("INVOICE", lambda: ch([
        "PI-" + y + "-" + dg(4), "INV-" + y + dg(4) + "-" + dg(2), "HX" + y[2:] + dg(4) + ch("ABC"),
        "CI " + y + "/" + dg(3), "PI" + y[2:] + dg(6), "FP/" + y + "/" + dg(4)]))


def lk_sku():
    return neg("SKU", lambda: ch([
        up(2) + "-" + dg(4) + "-" + ch(["BK", "WH", "GR", "XL"]), "LP" + dg(4) + "-" + ch(["40W", "60W", "18W"]),
        "SKU-" + dg(5), up(1) + dg(4) + "-" + ch(["S", "M", "L", "XL"]), up(3) + dg(3) + up(1)]))


def lk_hs():
    chap = ch(["8517", "8471", "9405", "8541", "6109", "8504", "8413", "7318", "3926", "9403", "8481", "8528", "6204",
               "4202", "9503"])
    return neg("HS_CODE", lambda: ch([chap + "." + dg(2) + "." + dg(2), chap + dg(2), chap + dg(6), chap + "." + dg(2),
                                      chap + "." + dg(2) + dg(2)]))


def lk_date(L="en"):
    y, m, d = R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    if L == "zh":
        f = ch(["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d/%02d/%02d" % (y, m, d)])
    elif L in ("de", "ru", "tr"):
        f = ch(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
    elif L in ("es", "pt", "fr", "ar"):
        f = ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
    else:
        f = ch(["%d-%02d-%02d" % (y, m, d), "%02d %s %d" % (d, mon, y), "%s %d, %d" % (mon, d, y), "%02d/%02d/%d" % (m, d, y)])
    return N("DATE", f)


def lk_dob(L="en"):
    y, m, d = R.randint(1960, 2002), R.randint(1, 12), R.randint(1, 28)
    if L == "zh":
        return N("DATE", ch(["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d)]))
    if L in ("de", "ru", "tr"):
        return N("DATE", "%02d.%02d.%d" % (d, m, y))
    if L == "en":
        return N("DATE", ch(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (m, d, y)]))
    return N("DATE", "%02d/%02d/%d" % (d, m, y))


def lk_time():
    return N("TIME", "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)) + (":%02d" % R.randint(0, 59) if chance(0.5) else ""))


def lk_timestamp(kind=None):
    kind = kind or ch(["iso", "u10", "u13"])
    if kind == "iso":
        return N("TIMESTAMP", "%d-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28),
                                                                R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                                                                ch(["Z", "+08:00", ".%03dZ" % R.randint(0, 999), "+03:00"])))
    if kind == "u10":
        return neg("TIMESTAMP", lambda: str(R.randint(1672531200, 1767225600)))
    return neg("TIMESTAMP", lambda: str(R.randint(1672531200, 1767225600)) + dg(3))


def fmt_num(x, dec, style):
    s = "{:,.{}f}".format(x, dec)
    if style == "eu":
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    elif style == "ru":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "plain":
        s = s.replace(",", "")
    return s


def lk_price(big=False, L="en"):
    x = R.uniform(1000, 90000) if big else R.uniform(0.15, 60)
    def f():
        cur = ch(["USD", "US$", "$", "EUR", "€", "RMB", "¥", "R$", "₽", "TRY", "AED", ""])
        if cur in ("EUR", "€", "R$", "TRY"):
            n = fmt_num(x, 2, "eu")
        elif cur == "₽":
            n = fmt_num(x, 2, "ru")
        else:
            n = fmt_num(x, 2, ch(["en", "plain"]) if not big else "en")
        if cur == "":
            return n
        return cur + ("" if cur in ("$", "€", "¥") else " ") + n
    return neg("PRICE", f)


QTY_UNIT = {"en": ["pcs", "sets", "ctns", "units"], "zh": ["件", "套", "个", "箱"], "es": ["uds.", "piezas"], "pt": ["pçs", "unid."],
            "de": ["Stk.", "Sätze"], "ru": ["шт.", "компл."], "fr": ["pcs", "unités"], "tr": ["adet", "set"], "ar": ["قطعة", "كرتون"]}


def lk_qty(L="en", bare=False):
    n = ch([R.randint(1, 99) * 100, R.randint(1, 50) * 1000, R.randint(20, 900)])
    if bare:
        return N("QTY", ch([str(n), "{:,}".format(n)]))
    if chance(0.15):
        return N("QTY", "%dx%s" % (R.randint(1, 5), ch(["40HQ", "20GP", "40GP"])))
    return N("QTY", ch([str(n), "{:,}".format(n)]) + ch([" ", ""]) + ch(QTY_UNIT.get(L, QTY_UNIT["en"])))


def lk_weight(L="en"):
    x = ch([R.uniform(0.2, 40), R.uniform(200, 25000)])
    unit = ch({"zh": ["kg", "KGS", "公斤"], "ru": ["кг", "kg"], "de": ["kg"]}.get(L, ["kg", "KGS", "KG"]))
    style = "eu" if L in ("de", "es", "pt", "tr") else "ru" if L == "ru" else "en"
    return N("WEIGHT", fmt_num(x, ch([1, 2]) if x < 100 else ch([0, 2]), style) + ch([" ", ""]) + unit)


def lk_dims():
    a, b, c = R.randint(20, 120), R.randint(20, 100), R.randint(10, 90)
    return N("DIMENSIONS", ch(["%dx%dx%d cm" % (a, b, c), "%d*%d*%dcm" % (a, b, c), "%d × %d × %d mm" % (a * 10, b * 10, c * 10),
                               "L%d x W%d x H%d cm" % (a, b, c), "%d.%d CBM" % (R.randint(1, 68), R.randint(0, 9))]))


def lk_container():
    def f():
        while True:
            c10 = up(3) + "U" + dg(6)
            d = iso6346_digit(c10)
            if d != 10:
                break
        v = c10 + str(d)
        r = R.random()
        if r < 0.15:
            v = v[:4] + " " + v[4:10] + " " + v[10]
        elif r < 0.3:
            v = v[:4] + " " + v[4:]
        return v
    return neg("CONTAINER", f)


def lk_bl():
    return neg("BILL_OF_LADING", lambda: ch(["COSU" + dg(10), "MEDU" + up(2) + dg(6), "HLCU" + ch(["SHA", "NGB", "HAM"]) + dg(9),
                                             "EGLV" + dg(12), "ONEY" + ch(["SZP", "NBO"]) + up(1) + dg(7), "SZX" + dg(8)]))


def lk_tracking():
    return neg("TRACKING", lambda: ch(["1Z" + up(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "03" + dg(8), nz() + dg(11),
                                       nz() + dg(9), "E" + up(1) + dg(9) + ch(["CN", "DE", "ES", "BR", "TR"])]))


def lk_ean():
    def f():
        b = ch(["69", "40", "50", "84", "789", "460", "30", "869", "80"])
        b += dg(12 - len(b))
        s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b))
        return b + str((10 - s % 10) % 10)
    return neg("EAN", f)


def lk_version():
    return N("VERSION", ch(["v%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30)),
                            "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 20), R.randint(10, 250)),
                            "V%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 20), R.randint(10, 250)),
                            "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30)),
                            "v%d.%d" % (R.randint(1, 12), R.randint(0, 9))]))


TERMS = {"en": ["30% T/T deposit, 70% before shipment", "100% T/T in advance", "L/C at sight", "Net 30", "D/P at sight",
                "50% deposit, balance against B/L copy"],
         "zh": ["30%定金，70%发货前付清", "100%预付", "即期信用证", "T/T 30%定金"], "es": ["30% T/T por adelantado, 70% contra copia de B/L", "Carta de crédito a la vista"],
         "pt": ["30% de sinal, 70% antes do embarque", "Carta de crédito à vista"], "de": ["30% Anzahlung per T/T, Rest vor Versand", "Netto 30 Tage"],
         "ru": ["предоплата 30%, 70% до отгрузки", "100% предоплата"], "fr": ["30% d'acompte, 70% avant expédition", "Paiement à 30 jours"],
         "tr": ["%30 peşin, %70 yüklemeden önce", "Akreditif"], "ar": ["30% دفعة مقدمة، 70% قبل الشحن", "اعتماد مستندي"]}


def lk_terms(L="en"):
    return N("PAYMENT_TERMS", ch(TERMS.get(L, TERMS["en"])))


PORTS = ["Ningbo", "Shanghai", "Shenzhen", "Qingdao", "Xiamen", "Hamburg", "Rotterdam", "Valencia", "Santos", "Jebel Ali",
         "Mersin", "Novorossiysk", "Le Havre", "Felixstowe", "Los Angeles", "Nhava Sheva", "Veracruz", "Genoa"]


def lk_place(incoterm=True):
    if incoterm:
        return N("PLACE", ch(["FOB", "CIF", "EXW", "CFR", "DAP", "DDP"]) + " " + ch(PORTS))
    return N("PLACE", ch(PORTS))


def lk_spec():
    return N("SPEC", ch(["220V/50Hz", "IP65", "IP67", "4000K", "12V DC", "AC100-240V", "CRI>80", "3000mAh", "110V/60Hz"]))


def lk_filename():
    return N("FILENAME", ch(["PI_%d_%s.pdf" % (R.randint(2023, 2025), dg(4)), "packing_list_v%d.xlsx" % R.randint(1, 4),
                             "quotation.xlsx", "catalog_%d.pdf" % R.randint(2023, 2025), "IMG_%d%s_%s.jpg" % (2024, dg(4), dg(4)),
                             "invoice-%s.pdf" % dg(5)]))


def lk_mention():
    return N("MENTION", "@" + ch(["ops_team", "Anna", "logistics", "all", "finance", "qc.dept", "wang"]))


def lk_caps():
    return N("CAPS_WORD_BIC_SHAPED", ch(CAPS_WORDS))


def lk_txhash():
    return neg("TX_HASH", lambda: "0x" + hexs(64))


def lk_md5():
    return neg("MD5", lambda: hexs(32))


def lk_num18():
    return neg("NUM18_NOT_CNID", lambda: ch(CN_REGIONS + [nz() + dg(5)]) + dg(12))


def lk_num12():
    return neg("NUM12_NOT_AADHAAR", lambda: (lambda d: ch([d, d[:4] + " " + d[4:8] + " " + d[8:]]))(ch("23456789") + dg(11)))


def lk_num16():
    return neg("NUM16_LUHN_INVALID", lambda: (lambda d: ch([d, group4(d), "-".join(d[i:i + 4] for i in range(0, 16, 4))]))(
        ch("3456") + dg(15)))


def lk_bad_iban():
    def f():
        v = iban_code()
        bad = "%02d" % ((int(v[2:4]) + R.randint(1, 96)) % 97 or 3)
        v = v[:2] + bad + v[4:]
        return group4(v) if chance(0.6) else v
    return neg("IBAN_BAD_CHECKSUM", f)


def lk_bad_btc():
    def f():
        v = wallet(ch(["btc1", "btc3"]))[1]
        i = R.randint(5, len(v) - 2)
        c = ch([x for x in B58 if x != v[i]])
        return v[:i] + c + v[i + 1:]
    return neg("BTC_BAD_CHECKSUM", f)


def lk_ref():
    return ch([lk_num16, lk_num18, lk_bad_iban, lk_num12, lk_order])()


PRODUCTS = {"en": ["LED Panel Light", "Stainless Steel Valve", "Cotton T-shirt", "Solar Inverter", "Bluetooth Speaker",
                   "Ceramic Mug", "Hydraulic Pump", "PVC Pipe", "Silicone Phone Case", "Office Chair", "Power Bank"],
            "zh": ["LED面板灯", "不锈钢阀门", "纯棉T恤", "太阳能逆变器", "蓝牙音箱", "陶瓷杯", "液压泵", "PVC管", "办公椅"],
            "es": ["Panel LED", "Válvula de acero inoxidable", "Camiseta de algodón", "Bomba hidráulica", "Silla de oficina"],
            "pt": ["Painel LED", "Válvula de aço inox", "Camiseta de algodão", "Bomba hidráulica", "Cadeira de escritório"],
            "de": ["LED-Panel", "Edelstahlventil", "Baumwoll-T-Shirt", "Hydraulikpumpe", "Bürostuhl"],
            "ru": ["Светодиодная панель", "Клапан из нерж. стали", "Футболка хлопок", "Гидронасос", "Офисное кресло"],
            "fr": ["Panneau LED", "Vanne inox", "T-shirt coton", "Pompe hydraulique", "Chaise de bureau"],
            "tr": ["LED panel", "Paslanmaz vana", "Pamuklu tişört", "Hidrolik pompa", "Ofis sandalyesi"],
            "ar": ["لوحة إضاءة LED", "صمام فولاذ", "قميص قطني", "مضخة هيدروليكية", "كرسي مكتب"]}


def product(L):
    v = ch(PRODUCTS.get(L, PRODUCTS["en"]) if chance(0.6) else PRODUCTS["en"])
    if v not in PRODUCTS["en"]:
        LOCAL["used"] = True
    return v


# ---------------------------------------------------------------- labels

LBL = {
    "name": {"en": ["Name", "Contact", "Contact person", "Attn"], "zh": ["姓名", "联系人"], "es": ["Nombre", "Contacto"],
             "pt": ["Nome", "Contato"], "de": ["Name", "Ansprechpartner"], "ru": ["Имя", "Контактное лицо"],
             "fr": ["Nom", "Contact"], "tr": ["Ad Soyad", "Yetkili"], "ar": ["الاسم", "جهة الاتصال"]},
    "company": {"en": ["Company"], "zh": ["公司", "公司名称"], "es": ["Empresa"], "pt": ["Empresa"], "de": ["Firma"],
                "ru": ["Компания"], "fr": ["Société"], "tr": ["Firma"], "ar": ["الشركة"]},
    "tel": {"en": ["Tel", "Tel.", "Phone", "Telephone"], "zh": ["电话", "联系电话"], "es": ["Tel.", "Teléfono"],
            "pt": ["Tel.", "Telefone"], "de": ["Tel.", "Telefon"], "ru": ["Тел.", "Телефон"], "fr": ["Tél.", "Téléphone"],
            "tr": ["Tel", "Telefon"], "ar": ["الهاتف", "هاتف"]},
    "mobile": {"en": ["Mobile", "Cell", "Mob."], "zh": ["手机", "手机号"], "es": ["Móvil", "Celular"], "pt": ["Celular"],
               "de": ["Mobil", "Handy"], "ru": ["Моб.", "Мобильный"], "fr": ["Portable", "Mobile"], "tr": ["Cep", "GSM"],
               "ar": ["الجوال", "الموبايل"]},
    "fax": {"en": ["Fax"], "zh": ["传真"], "es": ["Fax"], "pt": ["Fax"], "de": ["Fax"], "ru": ["Факс"], "fr": ["Fax"],
            "tr": ["Faks"], "ar": ["الفاكس"]},
    "whatsapp": {"en": ["WhatsApp", "WA", "WhatsApp/Viber"], "zh": ["WhatsApp", "WhatsApp号"], "ru": ["WhatsApp", "Ватсап"],
                 "ar": ["واتساب"], "es": ["WhatsApp"], "pt": ["WhatsApp", "Zap"], "de": ["WhatsApp"], "fr": ["WhatsApp"],
                 "tr": ["WhatsApp"]},
    "email": {"en": ["Email", "E-mail", "Mail"], "zh": ["邮箱", "电子邮件", "邮件"], "es": ["Correo", "E-mail", "Correo electrónico"],
              "pt": ["E-mail"], "de": ["E-Mail"], "ru": ["E-mail", "Эл. почта"], "fr": ["E-mail", "Courriel"],
              "tr": ["E-posta"], "ar": ["البريد الإلكتروني", "الإيميل"]},
    "address": {"en": ["Address", "Addr.", "Ship to", "Delivery address"], "zh": ["地址", "收货地址"], "es": ["Dirección", "Dirección de entrega"],
                "pt": ["Endereço", "Endereço de entrega"], "de": ["Adresse", "Anschrift", "Lieferadresse"], "ru": ["Адрес", "Адрес доставки"],
                "fr": ["Adresse", "Adresse de livraison"], "tr": ["Adres", "Teslimat adresi"], "ar": ["العنوان", "عنوان التسليم"]},
    "wechat": {"en": ["WeChat"], "zh": ["微信", "微信号"], "ru": ["WeChat", "Вичат"], "ar": ["وي تشات"]},
    "skype": {"en": ["Skype"], "ru": ["Skype", "Скайп"], "ar": ["سكايب"]},
    "telegram": {"en": ["Telegram", "TG"], "zh": ["Telegram", "电报"], "ru": ["Telegram", "Телеграм"], "ar": ["تيليجرام"]},
    "qq": {"en": ["QQ"], "zh": ["QQ", "QQ号"]},
    "line": {"en": ["Line", "LINE ID"]},
    "website": {"en": ["Website", "Web", "Catalog"], "zh": ["网址", "网站", "产品目录"], "es": ["Web", "Sitio web", "Catálogo"],
                "pt": ["Site", "Catálogo"], "de": ["Webseite", "Katalog"], "ru": ["Сайт", "Каталог"], "fr": ["Site web", "Catalogue"],
                "tr": ["Web sitesi", "Katalog"], "ar": ["الموقع", "الكتالوج"]},
    "qty": {"en": ["Qty", "Quantity"], "zh": ["数量"], "es": ["Cantidad", "Cant."], "pt": ["Qtd.", "Quantidade"], "de": ["Menge"],
            "ru": ["Кол-во"], "fr": ["Qté", "Quantité"], "tr": ["Miktar", "Adet"], "ar": ["الكمية"]},
    "price": {"en": ["Unit Price", "Price"], "zh": ["单价"], "es": ["Precio", "Precio unit."], "pt": ["Preço unit.", "Preço"],
              "de": ["Einzelpreis", "Preis"], "ru": ["Цена"], "fr": ["Prix unit.", "Prix"], "tr": ["Birim fiyat", "Fiyat"],
              "ar": ["سعر الوحدة", "السعر"]},
    "amount": {"en": ["Amount", "Total"], "zh": ["金额", "总价"], "es": ["Importe", "Total"], "pt": ["Valor", "Total"],
               "de": ["Betrag", "Summe"], "ru": ["Сумма", "Итого"], "fr": ["Montant", "Total"], "tr": ["Tutar", "Toplam"],
               "ar": ["المبلغ", "الإجمالي"]},
    "sku": {"en": ["SKU", "Item No.", "Model"], "zh": ["货号", "型号"], "es": ["Ref.", "SKU", "Modelo"], "pt": ["Código", "SKU", "Modelo"],
            "de": ["Artikelnr.", "Modell"], "ru": ["Артикул", "Модель"], "fr": ["Réf.", "Modèle"], "tr": ["Stok kodu", "Model"],
            "ar": ["رمز المنتج", "الموديل"]},
    "hs": {"en": ["HS Code", "HS code", "H.S."], "zh": ["海关编码", "HS编码"], "es": ["Código HS", "Partida arancelaria"],
           "pt": ["NCM", "Código HS"], "de": ["HS-Code", "Zolltarifnr."], "ru": ["Код ТН ВЭД", "HS код"],
           "fr": ["Code SH", "Code douanier"], "tr": ["GTİP", "GTİP No"], "ar": ["رمز HS", "البند الجمركي"]},
    "desc": {"en": ["Description", "Item"], "zh": ["品名", "描述"], "es": ["Descripción"], "pt": ["Descrição"],
             "de": ["Bezeichnung", "Beschreibung"], "ru": ["Наименование", "Описание"], "fr": ["Désignation", "Description"],
             "tr": ["Ürün", "Açıklama"], "ar": ["الوصف", "المنتج"]},
    "order": {"en": ["Order No.", "PO No.", "Order #"], "zh": ["订单号", "订单编号"], "es": ["Nº de pedido", "Pedido"],
              "pt": ["Nº do pedido", "Pedido"], "de": ["Bestellnr.", "Auftragsnr."], "ru": ["№ заказа", "Заказ №"],
              "fr": ["N° de commande", "Commande"], "tr": ["Sipariş No"], "ar": ["رقم الطلب"]},
    "invoice": {"en": ["Invoice No.", "PI No.", "Proforma No."], "zh": ["发票号", "形式发票号", "PI号"],
                "es": ["Nº de factura", "Factura proforma Nº"], "pt": ["Nº da fatura", "Fatura proforma nº"],
                "de": ["Rechnungsnr.", "Proforma-Nr."], "ru": ["Инвойс №", "Проформа №"], "fr": ["N° de facture", "Facture proforma n°"],
                "tr": ["Fatura No", "Proforma No"], "ar": ["رقم الفاتورة", "رقم الفاتورة المبدئية"]},
    "date": {"en": ["Date"], "zh": ["日期"], "es": ["Fecha"], "pt": ["Data"], "de": ["Datum"], "ru": ["Дата"], "fr": ["Date"],
             "tr": ["Tarih"], "ar": ["التاريخ"]},
    "container": {"en": ["Container No.", "CNTR No."], "zh": ["柜号", "集装箱号"], "es": ["Contenedor", "Nº de contenedor"],
                  "pt": ["Contêiner", "Nº do contêiner"], "de": ["Containernr."], "ru": ["№ контейнера", "Контейнер"],
                  "fr": ["N° de conteneur"], "tr": ["Konteyner No"], "ar": ["رقم الحاوية"]},
    "bl": {"en": ["B/L No.", "Bill of Lading"], "zh": ["提单号"], "es": ["Nº B/L", "Conocimiento de embarque"],
           "pt": ["Nº do B/L", "Conhecimento"], "de": ["B/L-Nr.", "Konnossement"], "ru": ["№ коносамента", "Коносамент"],
           "fr": ["N° de connaissement", "B/L"], "tr": ["Konşimento No"], "ar": ["رقم بوليصة الشحن"]},
    "gw": {"en": ["G.W.", "Gross Weight"], "zh": ["毛重"], "es": ["Peso bruto"], "pt": ["Peso bruto"], "de": ["Bruttogewicht"],
           "ru": ["Вес брутто"], "fr": ["Poids brut"], "tr": ["Brüt ağırlık"], "ar": ["الوزن الإجمالي"]},
    "nw": {"en": ["N.W.", "Net Weight"], "zh": ["净重"], "es": ["Peso neto"], "pt": ["Peso líquido"], "de": ["Nettogewicht"],
           "ru": ["Вес нетто"], "fr": ["Poids net"], "tr": ["Net ağırlık"], "ar": ["الوزن الصافي"]},
    "meas": {"en": ["Meas.", "Carton size", "Dimensions"], "zh": ["外箱尺寸", "尺寸"], "es": ["Medidas"], "pt": ["Medidas"],
             "de": ["Maße", "Kartonmaß"], "ru": ["Размеры"], "fr": ["Dimensions"], "tr": ["Ölçüler", "Koli ölçüsü"],
             "ar": ["المقاسات", "الأبعاد"]},
    "ctns": {"en": ["CTNS", "Cartons"], "zh": ["箱数", "件数"], "es": ["Bultos"], "pt": ["Volumes"], "de": ["Kartons", "Packstücke"],
             "ru": ["Мест"], "fr": ["Colis"], "tr": ["Koli"], "ar": ["عدد الكراتين"]},
    "beneficiary": {"en": ["Beneficiary", "Beneficiary Name", "Account Name"], "zh": ["收款人", "收款人名称", "户名"],
                    "es": ["Beneficiario", "Titular"], "pt": ["Beneficiário", "Titular"], "de": ["Empfänger", "Kontoinhaber", "Begünstigter"],
                    "ru": ["Получатель", "Бенефициар"], "fr": ["Bénéficiaire", "Titulaire"], "tr": ["Alıcı", "Lehdar", "Hesap sahibi"],
                    "ar": ["المستفيد", "اسم المستفيد"]},
    "ben_addr": {"en": ["Beneficiary Address", "Company Address"], "zh": ["收款人地址", "公司地址"], "es": ["Dirección del beneficiario"],
                 "pt": ["Endereço do beneficiário"], "de": ["Anschrift des Empfängers"], "ru": ["Адрес получателя"],
                 "fr": ["Adresse du bénéficiaire"], "tr": ["Alıcı adresi"], "ar": ["عنوان المستفيد"]},
    "bank": {"en": ["Bank", "Bank Name", "Beneficiary Bank"], "zh": ["开户行", "银行名称", "收款银行"], "es": ["Banco"], "pt": ["Banco"],
             "de": ["Bank", "Kreditinstitut"], "ru": ["Банк", "Банк получателя"], "fr": ["Banque"], "tr": ["Banka"], "ar": ["البنك", "اسم البنك"]},
    "bank_addr": {"en": ["Bank Address"], "zh": ["银行地址", "开户行地址"], "es": ["Dirección del banco"], "pt": ["Endereço do banco"],
                  "de": ["Bankanschrift", "Adresse der Bank"], "ru": ["Адрес банка"], "fr": ["Adresse de la banque"],
                  "tr": ["Banka adresi"], "ar": ["عنوان البنك"]},
    "account": {"en": ["Account No.", "A/C No.", "Account Number", "Beneficiary Account"], "zh": ["账号", "银行账号", "收款账号"],
                "es": ["Nº de cuenta", "Cuenta"], "pt": ["Conta nº", "Número da conta"], "de": ["Kontonummer", "Konto-Nr."],
                "ru": ["Номер счёта", "Р/с", "Расчётный счёт"], "fr": ["N° de compte", "Compte n°"], "tr": ["Hesap No", "Hesap numarası"],
                "ar": ["رقم الحساب"]},
    "swift": {"en": ["SWIFT", "SWIFT Code", "SWIFT/BIC", "BIC"], "zh": ["SWIFT代码", "SWIFT码", "银行代码SWIFT"],
              "es": ["Código SWIFT", "SWIFT/BIC"], "pt": ["Código SWIFT", "SWIFT"], "de": ["BIC", "SWIFT-Code", "BIC/SWIFT"],
              "ru": ["SWIFT", "SWIFT-код"], "fr": ["Code SWIFT", "BIC"], "tr": ["SWIFT Kodu", "SWIFT"], "ar": ["رمز سويفت", "SWIFT"]},
    "iban": {"en": ["IBAN"], "zh": ["IBAN", "IBAN号码"], "ar": ["الآيبان", "IBAN", "رقم الآيبان"], "tr": ["IBAN", "IBAN No"]},
    "routing": {"en": ["ABA Routing No.", "Routing Number (ABA)", "ABA"], "zh": ["ABA路由号", "ABA号码"],
                "es": ["ABA", "Número de ruta ABA"], "pt": ["ABA", "Routing ABA"], "de": ["ABA-Routingnummer", "ABA"],
                "ru": ["ABA", "Код ABA"], "fr": ["Code ABA", "ABA"], "tr": ["ABA kodu", "ABA"], "ar": ["رقم التوجيه ABA"]},
    "card": {"en": ["Card No.", "Card Number", "Credit Card"], "zh": ["卡号", "信用卡号"], "es": ["Nº de tarjeta", "Tarjeta"],
             "pt": ["Nº do cartão", "Cartão"], "de": ["Kartennummer", "Kreditkarte"], "ru": ["Номер карты", "Карта"],
             "fr": ["N° de carte", "Carte"], "tr": ["Kart No", "Kart numarası"], "ar": ["رقم البطاقة"]},
    "exp": {"en": ["Exp.", "Expiry"], "zh": ["有效期"], "es": ["Caducidad", "Vence"], "pt": ["Validade"], "de": ["Gültig bis"],
            "ru": ["Срок действия"], "fr": ["Expiration", "Exp."], "tr": ["Son kullanma", "SKT"], "ar": ["تاريخ الانتهاء"]},
    "wallet_btc": {"en": ["BTC", "BTC address", "Bitcoin"], "zh": ["比特币地址", "BTC地址"], "es": ["Cartera BTC"], "pt": ["Carteira BTC"],
                   "de": ["BTC-Wallet"], "ru": ["BTC-кошелёк", "Кошелёк BTC"], "fr": ["Portefeuille BTC"], "tr": ["BTC cüzdanı"],
                   "ar": ["محفظة BTC"]},
    "wallet_eth": {"en": ["ETH", "USDT (ERC20)", "ETH address", "Wallet"], "zh": ["USDT(ERC20)地址", "以太坊地址", "钱包地址"],
                   "es": ["Cartera USDT (ERC20)", "Cartera ETH"], "pt": ["Carteira USDT (ERC20)", "Carteira ETH"],
                   "de": ["Wallet (ERC20)", "ETH-Adresse"], "ru": ["Кошелёк USDT (ERC20)", "ETH-адрес"],
                   "fr": ["Portefeuille USDT (ERC20)", "Adresse ETH"], "tr": ["USDT (ERC20) cüzdanı", "ETH adresi"],
                   "ar": ["محفظة USDT (ERC20)", "عنوان ETH"]},
    "ip": {"en": ["IP", "IP address", "Client IP"], "zh": ["IP地址", "登录IP"], "es": ["IP", "Dirección IP"], "pt": ["IP", "Endereço IP"],
           "de": ["IP-Adresse", "IP"], "ru": ["IP-адрес", "IP"], "fr": ["Adresse IP", "IP"], "tr": ["IP adresi", "IP"], "ar": ["عنوان IP"]},
    "terms": {"en": ["Payment Terms", "Payment"], "zh": ["付款方式", "付款条件"], "es": ["Forma de pago", "Condiciones de pago"],
              "pt": ["Condições de pagamento", "Pagamento"], "de": ["Zahlungsbedingungen", "Zahlung"], "ru": ["Условия оплаты", "Оплата"],
              "fr": ["Conditions de paiement", "Paiement"], "tr": ["Ödeme koşulları", "Ödeme"], "ar": ["شروط الدفع"]},
    "incoterm": {"en": ["Incoterms", "Delivery", "Trade terms"], "zh": ["贸易条款", "价格条款"], "es": ["Incoterm"], "pt": ["Incoterm"],
                 "de": ["Lieferbedingung"], "ru": ["Условия поставки"], "fr": ["Incoterm"], "tr": ["Teslim şekli"], "ar": ["شروط التسليم"]},
    "consignee": {"en": ["Consignee"], "zh": ["收货人"], "es": ["Consignatario", "Destinatario"], "pt": ["Consignatário", "Destinatário"],
                  "de": ["Empfänger", "Warenempfänger"], "ru": ["Грузополучатель"], "fr": ["Destinataire"], "tr": ["Alıcı firma", "Alıcı"],
                  "ar": ["المرسل إليه"]},
    "shipper": {"en": ["Shipper"], "zh": ["发货人"], "es": ["Remitente", "Embarcador"], "pt": ["Embarcador", "Remetente"],
                "de": ["Versender", "Absender"], "ru": ["Грузоотправитель"], "fr": ["Expéditeur"], "tr": ["Gönderici", "İhracatçı"],
                "ar": ["الشاحن"]},
    "notify": {"en": ["Notify Party"], "zh": ["通知人"], "es": ["Notificar a"], "pt": ["Notificar"], "de": ["Meldeadresse", "Notify"],
               "ru": ["Уведомить"], "fr": ["Notifier"], "tr": ["İhbar"], "ar": ["جهة الإخطار"]},
    "pol": {"en": ["Port of Loading", "POL"], "zh": ["起运港", "装货港"], "es": ["Puerto de carga"], "pt": ["Porto de embarque"],
            "de": ["Verladehafen"], "ru": ["Порт погрузки"], "fr": ["Port de chargement"], "tr": ["Yükleme limanı"], "ar": ["ميناء الشحن"]},
    "pod": {"en": ["Port of Discharge", "POD"], "zh": ["目的港", "卸货港"], "es": ["Puerto de destino"], "pt": ["Porto de destino"],
            "de": ["Bestimmungshafen"], "ru": ["Порт выгрузки"], "fr": ["Port de déchargement"], "tr": ["Varış limanı"], "ar": ["ميناء الوصول"]},
    "tracking": {"en": ["Tracking No.", "AWB"], "zh": ["运单号", "快递单号"], "es": ["Nº de seguimiento"], "pt": ["Código de rastreio"],
                 "de": ["Sendungsnummer"], "ru": ["Трек-номер"], "fr": ["N° de suivi"], "tr": ["Takip No"], "ar": ["رقم التتبع"]},
    "ean": {"en": ["EAN", "Barcode"], "zh": ["条码", "EAN"], "es": ["EAN", "Código de barras"], "pt": ["EAN", "Código de barras"],
            "de": ["EAN"], "ru": ["Штрихкод", "EAN"], "fr": ["EAN", "Code-barres"], "tr": ["Barkod", "EAN"], "ar": ["الباركود", "EAN"]},
    "version": {"en": ["Firmware", "FW", "Version"], "zh": ["固件版本", "版本"], "es": ["Firmware", "Versión"], "pt": ["Firmware", "Versão"],
                "de": ["Firmware", "Version"], "ru": ["Прошивка", "Версия"], "fr": ["Micrologiciel", "Version"],
                "tr": ["Yazılım sürümü", "Sürüm"], "ar": ["البرنامج الثابت", "الإصدار"]},
    "remark": {"en": ["Remarks", "Note"], "zh": ["备注"], "es": ["Observaciones", "Nota"], "pt": ["Observações"],
               "de": ["Bemerkungen", "Hinweis"], "ru": ["Примечание"], "fr": ["Remarques"], "tr": ["Notlar", "Not"], "ar": ["ملاحظات"]},
    "ref": {"en": ["Ref.", "Payment Ref.", "Reference"], "zh": ["参考号", "付款参考号"], "es": ["Referencia"], "pt": ["Referência"],
            "de": ["Referenz", "Verwendungszweck"], "ru": ["Референс", "Назначение"], "fr": ["Référence"], "tr": ["Referans"],
            "ar": ["المرجع"]},
    "dob": {"en": ["Date of Birth", "DOB"], "zh": ["出生日期"], "es": ["Fecha de nacimiento"], "pt": ["Data de nascimento"],
            "de": ["Geburtsdatum"], "ru": ["Дата рождения"], "fr": ["Date de naissance"], "tr": ["Doğum tarihi"], "ar": ["تاريخ الميلاد"]},
    "total": {"en": ["TOTAL", "Total Amount", "Grand Total"], "zh": ["合计", "总金额"], "es": ["TOTAL"], "pt": ["TOTAL", "Valor total"],
              "de": ["Gesamtbetrag", "SUMME"], "ru": ["Итого", "ИТОГО"], "fr": ["TOTAL", "Montant total"], "tr": ["TOPLAM", "Genel toplam"],
              "ar": ["الإجمالي", "المجموع"]},
    "spec": {"en": ["Spec", "Voltage", "Rating"], "zh": ["规格", "参数"], "es": ["Especificación"], "pt": ["Especificação"],
             "de": ["Technische Daten"], "ru": ["Характеристики"], "fr": ["Caractéristiques"], "tr": ["Özellik"], "ar": ["المواصفات"]},
    "file": {"en": ["Attachment", "File"], "zh": ["附件"], "es": ["Adjunto"], "pt": ["Anexo"], "de": ["Anhang"], "ru": ["Вложение"],
             "fr": ["Pièce jointe"], "tr": ["Ek"], "ar": ["المرفق"]},
}
NATID_LBL = {"ssn": {"en": ["SSN", "Social Security No.", "SSN#"], "es": ["Nº de Seguro Social (SSN)"], "zh": ["社会安全号SSN"]},
             "cn": {"en": ["ID No.", "Resident ID", "ID Card No."], "zh": ["身份证号", "身份证号码", "证件号码"], "ru": ["Паспорт КНР (ID)"],
                    "es": ["Nº de identidad (China)"], "pt": ["RG chinês (ID)"]},
             "aadhaar": {"en": ["Aadhaar No.", "Aadhaar", "UID"], "zh": ["Aadhaar号码"], "ar": ["رقم آدهار"]},
             "nino": {"en": ["NI Number", "National Insurance No.", "NINO"], "de": ["NI-Nummer (UK)"], "zh": ["英国国民保险号NINO"]}}
NATID_COUNTRY = {"ssn": "US", "cn": "CN", "aadhaar": "IN", "nino": "GB"}


LOCAL = {"used": False}  # did the message get any text in its language (else lang = "en")


def lab(key, L, bilingual=0.2):
    table = LBL[key]
    v = ch(table.get(L) or table["en"])
    if v not in table["en"]:
        LOCAL["used"] = True
    if L != "en" and chance(bilingual):
        e = ch(table["en"])
        if e != v:
            v = ch([v + "/" + e, v + " / " + e, e + " / " + v, v + " (" + e + ")"])
    return v


def natid_label(kind, L):
    t = NATID_LBL[kind]
    v = ch(t.get(L) or t["en"])
    if v not in t["en"]:
        LOCAL["used"] = True
    return v


def colon(L):
    if L == "zh":
        return ch(["：", "：", ": "])
    if L == "fr":
        return ch([" : ", ": "])
    return ch([": ", ": ", ":", ":\t"])


# ---------------------------------------------------------------- fields

CONTACT_POOL = [("tel", 3), ("mobile", 2), ("whatsapp", 1.5), ("fax", 0.5), ("email", 3), ("address", 2), ("wechat", 1),
                ("skype", 0.7), ("telegram", 0.7), ("qq", 0.4), ("line", 0.3), ("website", 2.5)]
MONEY_POOL = [("iban", 1), ("account", 1), ("swift", 1), ("routing", 0.4), ("card", 1.0), ("wallet", 1.2), ("natid", 0.8),
              ("ip", 0.6)]
NEG_POOL = [("order", 2), ("invoice", 2), ("date", 2), ("qty", 2), ("price", 2), ("amount", 1), ("hs", 1.5), ("sku", 1.5),
            ("container", 1), ("bl", 1), ("gw", 0.7), ("meas", 0.7), ("tracking", 1), ("ean", 1), ("version", 0.6),
            ("terms", 1), ("incoterm", 1), ("ref", 1.2), ("spec", 0.4), ("file", 0.3)]


def wpick(pool, k):
    """k distinct keys from a weighted pool (deterministic: lists only)."""
    pool = list(pool)
    out = []
    for _ in range(min(k, len(pool))):
        tot = sum(w for _, w in pool)
        x = R.uniform(0, tot)
        for i, (key, w) in enumerate(pool):
            x -= w
            if x <= 0 or i == len(pool) - 1:
                out.append(key)
                pool.pop(i)
                break
    return out


def field(key, C, L, wrap=False, compact=False, single_line=True):
    """(label, cell) for a field; label in language L, value from country C."""
    if key == "tel" or key == "fax":
        return lab(key, L), P("PHONE", phone(C, compact))
    if key in ("mobile", "whatsapp"):
        return lab(key, L), P("PHONE", phone(C, compact))
    if key == "email":
        return lab(key, L), P("EMAIL", email(C))
    if key == "address":
        comps = address(C, L)
        return lab(key, L), P("POSTAL_ADDRESS", join_addr(comps, wrap=wrap and not single_line))
    if key in ("wechat", "skype", "telegram", "qq", "line"):
        if key == "wechat" and chance(0.2):
            return lab(key, L), P("PHONE", phone("CN", compact))
        return lab(key, L), P("MESSENGER_HANDLE", handle(key, C))
    if key == "website":
        return lab(key, L), P("URL", url(C))
    if key == "iban":
        return lab("iban", L), P("IBAN", iban(C, wrap=wrap and not single_line and chance(0.5)))
    if key == "account":
        return lab(key, L), P("BANK_ACCOUNT", account_no(C))
    if key == "swift":
        return lab(key, L), P("BANK_ACCOUNT", swift(C))
    if key == "routing":
        return lab(key, L), P("BANK_ACCOUNT", aba())
    if key == "card":
        return lab(key, L), P("PAYMENT_CARD", card())
    if key == "wallet":
        k, v = wallet()
        return lab("wallet_btc" if k == "BTC" else "wallet_eth", L), P("CRYPTO_WALLET", v)
    if key == "natid":
        kind, v = natid()
        return natid_label(kind, L), P("NATIONAL_ID", v)
    if key == "ip":
        return lab("ip", L), P("IP_ADDRESS", ip())
    # non-PII
    if key == "name":
        return lab(key, L), person(C, L)
    if key == "company":
        return lab(key, L), company(C)
    if key == "desc":
        return lab(key, L), product(L)
    if key == "order":
        return lab(key, L), lk_order()
    if key == "invoice":
        return lab(key, L), lk_invoice()
    if key == "date":
        return lab(key, L), lk_date(L)
    if key == "qty":
        return lab(key, L), lk_qty(L)
    if key == "price":
        return lab(key, L), lk_price(False, L)
    if key == "amount":
        return lab(key, L), lk_price(True, L)
    if key == "hs":
        return lab(key, L), lk_hs()
    if key == "sku":
        return lab(key, L), lk_sku()
    if key == "container":
        return lab(key, L), lk_container()
    if key == "bl":
        return lab(key, L), lk_bl()
    if key in ("gw", "nw"):
        return lab(key, L), lk_weight(L)
    if key == "meas":
        return lab(key, L), lk_dims()
    if key == "tracking":
        return lab(key, L), lk_tracking()
    if key == "ean":
        return lab(key, L), lk_ean()
    if key == "version":
        return lab(key, L), lk_version()
    if key == "terms":
        return lab(key, L), lk_terms(L)
    if key == "incoterm":
        return lab(key, L), lk_place()
    if key == "ref":
        return lab(key, L), lk_ref()
    if key == "spec":
        return lab(key, L), lk_spec()
    if key == "file":
        return lab(key, L), lk_filename()
    if key == "ctns":
        return lab(key, L), lk_qty(L, bare=True)
    raise KeyError(key)


def pick_fields(pii, money=0.35, n_pii=(1, 4), n_neg=(1, 3), head=True):
    keys = []
    if head and chance(0.6):
        keys.append("name")
    if head and chance(0.4):
        keys.append("company")
    body = []
    if pii:
        k = R.randint(*n_pii)
        km = sum(1 for _ in range(k) if chance(money))
        body += wpick(CONTACT_POOL, k - km) + wpick(MONEY_POOL, km)
        if not body:
            body = wpick(CONTACT_POOL, 1)
    body += wpick(NEG_POOL, R.randint(*n_neg) + (0 if pii else 2))
    R.shuffle(body)
    return keys + body


# ---------------------------------------------------------------- intros

INTROS = {
    "en": ["Please see below:", "Copied from our system:", "Here is the info from the spreadsheet:", "Details as requested 👇",
           "FYI, from the PI:", "pasting from excel", "As discussed:", "See table:"],
    "zh": ["以下是资料：", "从表格里复制的：", "请查收：", "资料如下", "见下表👇", "PI上的信息："],
    "es": ["Le paso los datos:", "Copio de la hoja de cálculo:", "Datos a continuación:", "Ver tabla:"],
    "pt": ["Seguem os dados:", "Copiado da planilha:", "Segue abaixo:", "Veja a tabela:"],
    "de": ["Anbei die Daten:", "Aus der Tabelle kopiert:", "Hier die Angaben:", "Siehe unten:"],
    "ru": ["Данные ниже:", "Скопировал из таблицы:", "Вот информация:", "Смотрите таблицу:"],
    "fr": ["Voici les infos :", "Copié depuis le tableur :", "Ci-dessous :", "Voir le tableau :"],
    "tr": ["Bilgiler aşağıda:", "Tablodan kopyaladım:", "Detaylar:", "Tabloya bakın:"],
    "ar": ["التفاصيل أدناه:", "منسوخ من الجدول:", "البيانات كالتالي:", "انظر الجدول:"],
}
OUTROS = {"en": ["Thanks", "pls confirm", "Let me know if ok 👍"], "zh": ["谢谢", "请确认"], "es": ["Gracias", "¿Confirma?"],
          "pt": ["Obrigado", "Pode confirmar?"], "de": ["Danke", "Bitte bestätigen"], "ru": ["Спасибо", "Подтвердите, пожалуйста"],
          "fr": ["Merci", "Merci de confirmer"], "tr": ["Teşekkürler", "Onaylar mısınız?"], "ar": ["شكراً", "يرجى التأكيد"]}


def intro(m, L, p=0.5):
    if chance(p):
        LOCAL["used"] = True
        m.t(ch(INTROS[L]) + ch(["\n", "\n", " ", "\n\n"]))


def outro(m, L, p=0.2):
    if chance(p):
        LOCAL["used"] = True
        m.t(ch(["\n", "\n\n"]) + ch(OUTROS[L]))


# ---------------------------------------------------------------- templates
# Each template fills a Msg for (language L, country C, pii flag).

def table_rows(pii, L, C):
    """Column keys + 1..3 rows of (key, cell) for a horizontal table."""
    if pii:
        cols = (["name"] if chance(0.7) else []) + wpick([(k, w) for k, w in CONTACT_POOL if k not in ("fax", "line", "qq")],
                                                         R.randint(1, 3))
        cols += wpick([("qty", 2), ("price", 2), ("sku", 2), ("hs", 1), ("order", 1.5), ("date", 1), ("ean", 0.7),
                       ("amount", 0.7)], R.randint(1, 2))
    else:
        cols = wpick([("sku", 2), ("desc", 2), ("hs", 2), ("qty", 2), ("price", 2), ("amount", 1), ("ean", 1.2),
                      ("order", 1), ("date", 0.7), ("gw", 0.6), ("meas", 0.6), ("container", 0.5), ("tracking", 0.6)],
                     R.randint(3, 5))
    nrows = R.randint(1, 3)
    rows, header = [], None
    for _ in range(nrows):
        Cr = C if chance(0.7) else ch(COUNTRIES)
        row = [field(k, Cr, L) for k in cols]
        rows.append([c for _, c in row])
        if header is None:
            header = [lab(k, L, 0.15) for k in cols]
    return cols, header, rows


def t_tsv(m, L, C, pii):
    intro(m, L, 0.45)
    cols, header, rows = table_rows(pii, L, C)
    if chance(0.85):
        m.t("\t".join(header) + "\n")
    for i, r in enumerate(rows):
        if chance(0.2):
            m.t(str(i + 1) + "\t")
        for j, c in enumerate(r):
            if j:
                m.t("\t")
            m.add(c)
        if chance(0.15):
            m.t("\t")
        if i < len(rows) - 1:
            m.t("\n")
    outro(m, L)


def csv_cell(m, c, sep, policy):
    s = txt(c)
    assert '"' not in s and "\n" not in s
    q = policy == "all" or (policy == "min" and (sep in s or " " in s)) or sep in s
    if q:
        m.t('"')
    m.add(c)
    if q:
        m.t('"')


def t_csv(m, L, C, pii):
    intro(m, L, 0.45)
    cols, header, rows = table_rows(pii, L, C)
    sep = ch([",", ",", ";"])
    policy = ch(["all", "min", "none"])
    if chance(0.8):
        for j, h in enumerate(header):
            if j:
                m.t(sep)
            csv_cell(m, h, sep, policy)
        m.t("\n")
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if j:
                m.t(sep)
            csv_cell(m, c, sep, policy)
        if i < len(rows) - 1:
            m.t(ch(["\n", "\r\n"]) if i == 0 else "\n")
    outro(m, L)


def t_md_wide(m, L, C, pii):
    intro(m, L, 0.5)
    cols, header, rows = table_rows(pii, L, C)
    edge = chance(0.8)
    pipe = lambda i, n: ("| " if edge else "") if i == 0 else " | "  # noqa: E731
    for j, h in enumerate(header):
        m.t(pipe(j, len(header)) + h)
    m.t((" |" if edge else "") + "\n")
    seps = [ch(["---", ":---", "---:", ":---:", "--------"]) for _ in header]
    m.t(("|" if edge else "") + "|".join(seps) + ("|" if edge else "") + "\n")
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            m.t(pipe(j, len(r)))
            md_value(m, cols[j], c, header[j])
        m.t(" |" if edge else "")
        if i < len(rows) - 1:
            m.t("\n")
    outro(m, L)


def t_md_kv(m, L, C, pii):
    intro(m, L, 0.5)
    keys = pick_fields(pii, n_pii=(1, 4), n_neg=(1, 3))
    if chance(0.5):
        m.t("| " + ch({"en": ["Field", "Item"], "zh": ["项目"], "es": ["Campo"], "pt": ["Campo"], "de": ["Feld"], "ru": ["Поле"],
                       "fr": ["Champ"], "tr": ["Alan"], "ar": ["الحقل"]}[L]) + " | " +
            ch({"en": ["Value", "Details"], "zh": ["内容"], "es": ["Valor"], "pt": ["Valor"], "de": ["Wert"], "ru": ["Значение"],
                "fr": ["Valeur"], "tr": ["Değer"], "ar": ["القيمة"]}[L]) + " |\n|---|---|\n")
    bold = chance(0.3)
    for i, k in enumerate(keys):
        lbl, c = field(k, C, L)
        m.t("| " + ("**" + lbl + "**" if bold else lbl) + " | ")
        md_value(m, k, c, lbl)
        m.t(" |")
        if i < len(keys) - 1:
            m.t("\n")
    outro(m, L)


def t_fixed(m, L, C, pii):
    intro(m, L, 0.45)
    cols, header, rows = table_rows(pii, L, C)
    widths = [max([len(header[j])] + [len(txt(r[j])) for r in rows]) + R.randint(2, 4) for j in range(len(header))]
    m.t("".join(h.ljust(w) for h, w in zip(header, widths)).rstrip() + "\n")
    if chance(0.5):
        m.t(ch(["-", "=", "─"]) * (sum(widths) - 2) + "\n")
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            m.add(c)
            if j < len(r) - 1:
                m.t(" " * (widths[j] - len(txt(c))))
        if i < len(rows) - 1:
            m.t("\n")
    outro(m, L)


def t_kv(m, L, C, pii):
    intro(m, L, 0.5)
    keys = pick_fields(pii, n_pii=(1, 4), n_neg=(1, 3))
    style = ch(["colon", "colon", "tab", "dots", "eq", "dash", "bullet", "nextline"])
    bullet = ch(["- ", "• ", "* ", "▪ "])
    lw = max(len(k) for k in keys) + 8
    for i, k in enumerate(keys):
        lbl, c = field(k, C, L, wrap=True, single_line=style != "nextline")
        if style == "colon":
            m.t(lbl + colon(L))
        elif style == "tab":
            m.t(lbl + "\t")
        elif style == "dots":
            m.t(lbl + " " + "." * max(3, lw - len(lbl)) + " ")
        elif style == "eq":
            m.t(lbl + ch(["=", " = "]))
        elif style == "dash":
            m.t(lbl + " - ")
        elif style == "bullet":
            m.t(bullet + lbl + colon(L))
        else:
            m.t(lbl + ch(["", ":"]) + "\n")
        m.add(c)
        if i < len(keys) - 1:
            m.t("\n")
    outro(m, L)


SKEY = {"tel": "phone", "mobile": "mobile", "whatsapp": "whatsapp", "fax": "fax", "email": "email", "address": "address",
        "wechat": "wechat", "skype": "skype", "telegram": "telegram", "qq": "qq", "line": "line_id", "website": "website",
        "iban": "iban", "account": "account_no", "swift": "swift", "routing": "aba_routing", "card": "card_number",
        "wallet": "wallet", "natid": "id_number", "ip": "ip", "name": "name", "company": "company", "order": "order_no",
        "invoice": "invoice_no", "date": "date", "qty": "qty", "price": "unit_price", "amount": "amount", "hs": "hs_code",
        "sku": "sku", "container": "container_no", "bl": "bl_no", "gw": "gross_weight", "meas": "carton_size",
        "tracking": "tracking_no", "ean": "ean", "version": "fw_version", "terms": "payment_terms", "incoterm": "incoterm",
        "ref": "ref", "spec": "spec", "file": "attachment", "desc": "description"}
SKEY_LOCAL = {"es": {"tel": "telefono", "email": "correo", "address": "direccion", "name": "nombre", "qty": "cantidad",
                     "price": "precio", "order": "pedido"},
              "pt": {"tel": "telefone", "address": "endereco", "name": "nome", "qty": "quantidade", "price": "preco",
                     "order": "pedido"},
              "de": {"tel": "telefon", "address": "adresse", "qty": "menge", "price": "preis", "order": "bestellnr"},
              "fr": {"tel": "telephone", "email": "courriel", "address": "adresse", "name": "nom", "qty": "quantite",
                     "price": "prix"},
              "tr": {"tel": "telefon", "email": "eposta", "address": "adres", "name": "ad", "qty": "miktar", "price": "fiyat"},
              "ru": {"tel": "телефон", "email": "почта", "address": "адрес", "name": "имя"},
              "zh": {"tel": "电话", "email": "邮箱", "address": "地址", "name": "联系人", "qty": "数量"}}


def skey(k, L, style="snake"):
    v = SKEY[k]
    if L in SKEY_LOCAL and k in SKEY_LOCAL[L] and chance(0.4):
        v = SKEY_LOCAL[L][k]
        LOCAL["used"] = True
    if style == "camel":
        p = v.split("_")
        v = p[0] + "".join(x.title() for x in p[1:])
    elif style == "Pascal":
        v = "".join(x.title() if x.isascii() else x for x in v.split("_"))
    return v


NUMERIC_KEYS = ("qty", "price", "amount")


def bare_number(c):
    """For JSON/YAML: a quantity or price cell as a bare number if it is one."""
    s = txt(c)
    return re.fullmatch(r"\d+(\.\d+)?", s) is not None


def t_json(m, L, C, pii):
    intro(m, L, 0.5)
    keys = pick_fields(pii, n_pii=(1, 4), n_neg=(1, 3))
    style = ch(["snake", "snake", "camel"])
    pretty = chance(0.5)
    nest = chance(0.4)
    ind = "  "
    m.t("{" + ("\n" if pretty else ""))
    if nest:
        m.t((ind if pretty else "") + '"' + ch(["contact", "buyer", "data", "supplier", "order"]) + '": {' + ("\n" if pretty else ""))
        ind = "    "
    for i, k in enumerate(keys):
        lbl, c = field(k, C, L, compact=chance(0.3))
        s = txt(c)
        assert '"' not in s and "\\" not in s and "\n" not in s
        m.t((ind if pretty else "") + '"' + skey(k, L, style) + '":' + (" " if pretty or chance(0.5) else ""))
        if k in NUMERIC_KEYS and bare_number(c):
            m.add(c)
        else:
            m.t('"')
            m.add(c)
            m.t('"')
        if i < len(keys) - 1:
            m.t("," + ("\n" if pretty else " " if chance(0.5) else ""))
    if nest:
        m.t(("\n  }" if pretty else "}"))
    m.t(("\n}" if pretty else "}"))
    outro(m, L, 0.15)


def t_yaml(m, L, C, pii):
    intro(m, L, 0.4)
    keys = pick_fields(pii, n_pii=(1, 4), n_neg=(1, 3))
    if chance(0.3):
        m.t("---\n")
    nest = chance(0.6)
    if nest:
        m.t(ch(["contact:", "supplier:", "buyer:", "shipment:", "order:"]) + "\n")
    for i, k in enumerate(keys):
        lbl, c = field(k, C, L)
        key = skey(k, L) if chance(0.7) else lab(k, L, 0) if k in LBL else skey(k, L)
        m.t(("  " if nest else "") + (ch(["- ", ""]) if not nest and chance(0.15) else "") + key + ": ")
        s = txt(c)
        quote = chance(0.35) or s.startswith(("+", "@", "0", "(")) and chance(0.6)
        q = ch(['"', "'"]) if "'" not in s else '"'
        if quote:
            m.t(q)
        m.add(c)
        if quote:
            m.t(q)
        if i < len(keys) - 1:
            m.t("\n")
    outro(m, L, 0.15)


def t_ini(m, L, C, pii):
    intro(m, L, 0.4)
    keys = pick_fields(pii, n_pii=(1, 4), n_neg=(1, 3))
    cut = R.randint(1, max(1, len(keys) - 1))
    secs = [ch(["[contact]", "[supplier]", "[buyer]", "[company]"]), ch(["[order]", "[shipment]", "[payment]", "[misc]"])]
    eq = ch(["=", " = ", "="])
    for i, k in enumerate(keys):
        if i == 0:
            m.t(secs[0] + "\n")
        elif i == cut:
            m.t("\n" + ("\n" if chance(0.5) else "") + secs[1] + "\n")
        lbl, c = field(k, C, L, compact=chance(0.2))
        m.t(skey(k, L, ch(["snake", "Pascal"])) + eq)
        m.add(c)
        if i < len(keys) - 1 and i + 1 != cut:
            m.t("\n")
    if chance(0.3):
        m.t("\n; " + ch(["exported", "auto-generated", "do not edit"]) + " ")
        m.add(lk_date("en"))
    outro(m, L, 0.1)


def html_value(m, k, c, lbl):
    """A value inside HTML: e-mails and links sometimes as <a href=...>."""
    s = txt(c)
    if k == "email" and "@" in s and " " not in s and chance(0.6):
        m.t('<a href="mailto:')
        m.add(c)
        m.t('">')
        m.add(c if chance(0.7) else ch(["Email us", lbl]))
        m.t("</a>")
    elif k == "website" and chance(0.6):
        href = s if s.startswith("http") else "https://" + s
        m.t('<a href="')
        m.add(P("URL", href))
        m.t('">')
        m.add(c if chance(0.5) else ch(["Catalog", "Download", "点击下载", "Descargar"]))
        m.t("</a>")
    else:
        m.add(c)


def md_value(m, k, c, lbl):
    """A value in a markdown cell: links sometimes as [text](url) or <url>."""
    s = txt(c)
    if k == "website" and chance(0.4):
        if chance(0.5):
            m.t("[" + ch([lbl, "Catalog", "link", "PDF"]) + "](")
            m.add(c)
            m.t(")")
        else:
            m.t("<")
            m.add(c)
            m.t(">")
    elif k == "email" and chance(0.15) and " " not in s:
        m.t("<")
        m.add(c)
        m.t(">")
    else:
        m.add(c)


def t_html(m, L, C, pii):
    intro(m, L, 0.35)
    form = ch(["table", "table", "p", "links", "links", "div"]) if pii else ch(["table", "div"])
    if pii:
        keys = (["name"] if chance(0.5) else []) + wpick([("email", 3), ("website", 3), ("tel", 2), ("mobile", 1),
                                                          ("whatsapp", 1), ("address", 1.5), ("skype", 0.5),
                                                          ("wechat", 0.5), ("iban", 0.4)], R.randint(1, 3))
        keys += wpick(NEG_POOL, R.randint(1, 2))
        R.shuffle(keys)
    else:
        keys = pick_fields(pii, n_pii=(1, 3), n_neg=(1, 3), money=0.2)
    nl = "\n" if chance(0.5) else ""
    if form == "table":
        m.t("<table>" + nl)
        for k in keys:
            lbl, c = field(k, C, L)
            m.t(("  " if nl else "") + "<tr><td>" + lbl + (":" if chance(0.3) else "") + "</td><td>")
            html_value(m, k, c, lbl)
            m.t("</td></tr>" + nl)
        m.t("</table>")
    elif form in ("p", "div"):
        m.t('<div class="' + ch(["contact", "footer", "signature", "info"]) + '">' if form == "div" else "<p>")
        for i, k in enumerate(keys):
            lbl, c = field(k, C, L)
            m.t(("<b>" + lbl + ":</b> ") if chance(0.4) else (lbl + ": "))
            if form == "div" and chance(0.5):
                m.t("<span>")
                html_value(m, k, c, lbl)
                m.t("</span>")
            else:
                html_value(m, k, c, lbl)
            if i < len(keys) - 1:
                m.t(ch(["<br>", "<br/>", "<br />"]) + nl)
        m.t("</div>" if form == "div" else "</p>")
    else:  # links
        n = 0
        for k in keys:
            lbl, c = field(k, C, L)
            s = txt(c)
            if k == "email" and "@" in s and " " not in s:
                m.t('<a href="mailto:')
                m.add(c)
                m.t('">' + ch([lbl, "Email us", "✉"]) + "</a>")
            elif k == "website" and not s.startswith(("www.", "bit.ly")):
                m.t('<a href="')
                m.add(c)
                m.t('" target="_blank">' + ch([lbl, "Catalog", "Download", "点击下载"]) + "</a>")
            elif k in ("tel", "mobile", "whatsapp"):
                d = "+" + digits(s) if s.startswith(("+", "00")) else digits(s)
                if s.startswith("00"):
                    d = "+" + digits(s)[2:]
                m.t('<a href="tel:')
                m.add(P("PHONE", d))
                m.t('">')
                m.add(c)
                m.t("</a>")
            else:
                m.t("<span>" + lbl + ": ")
                m.add(c)
                m.t("</span>")
            n += 1
            m.t(nl or " ")
        m.t("<p>" + ch(["Best regards", "Saludos", "此致"]) + "</p>")
    outro(m, L, 0.1)


def t_xml(m, L, C, pii):
    intro(m, L, 0.4)
    root = ch(["Consignee", "Contact", "Buyer", "Party", "Supplier"]) if pii else ch(["Order", "Shipment", "Item", "Invoice"])
    keys = pick_fields(pii, n_pii=(1, 3), n_neg=(1, 3), money=0.25)
    if chance(0.35):
        # attribute form: <Contact phone="..." email="..."/>
        m.t("<" + root)
        for k in keys[:4]:
            lbl, c = field(k, C, L)
            m.t(" " + skey(k, L, "camel") + '="')
            m.add(c)
            m.t('"')
        m.t("/>")
    else:
        nl = "\n" if chance(0.6) else ""
        m.t("<" + root + ">" + nl)
        for k in keys:
            lbl, c = field(k, C, L)
            tag = skey(k, L, "Pascal")
            if tag and not tag[0].isalpha():
                tag = "F" + tag
            m.t(("  " if nl else "") + "<" + tag + ">")
            m.add(c)
            m.t("</" + tag + ">" + nl)
        m.t("</" + root + ">")
    outro(m, L, 0.1)


def t_query(m, L, C, pii):
    """A query string / form POST, optionally inside an access-log line."""
    intro(m, L, 0.5)
    path = ch(["/rfq/submit", "/api/v1/leads", "/contact-form", "/inquiry.php", "/webhook/order"])
    keys = []
    if pii:
        keys = wpick([("email", 3), ("tel", 3), ("mobile", 1), ("whatsapp", 1), ("wechat", 1), ("telegram", 0.5),
                      ("skype", 0.5)], R.randint(1, 3))
    keys += wpick([("qty", 2), ("sku", 2), ("order", 1), ("ref", 1), ("date", 0.5), ("hs", 0.5)], R.randint(1, 3))
    R.shuffle(keys)
    log = chance(0.5)
    if log:
        if pii and chance(0.85):
            m.add(P("IP_ADDRESS", ipv4() if chance(0.8) else ipv6()))
        else:
            m.t("-")
        m.t(' - - [%02d/%s/%d:%02d:%02d:%02d +0000] "%s ' % (
            R.randint(1, 28), ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun"]), R.randint(2023, 2025), R.randint(0, 23),
            R.randint(0, 59), R.randint(0, 59), ch(["GET", "POST"])))
    else:
        m.t(ch(["GET ", "POST ", "", "payload: "]))
    m.t(path + "?")
    for i, k in enumerate(keys):
        if i:
            m.t("&")
        m.t(skey(k, L) + "=")
        if k in ("tel", "mobile", "whatsapp"):
            v = phone(C, compact=True)
            m.add(P("PHONE", "00" + v[1:] if v.startswith("+") else v))  # no literal '+' in a query
        elif k == "email":
            m.add(P("EMAIL", email(C, obfusc=0)))
        elif k in ("wechat", "telegram", "skype"):
            m.add(P("MESSENGER_HANDLE", handle(k, C)))
        elif k == "qty":
            m.add(lk_qty(L, bare=True) if chance(0.5) else N("QTY", str(R.randint(1, 90) * 100)))
        elif k == "sku":
            m.add(lk_sku())
        elif k == "order":
            m.add(lk_order() if chance(0.5) else neg("ORDER", lambda: "SO" + str(R.randint(2023, 2025)) + dg(6)))
        elif k == "ref":
            m.add(ch([lk_num16, lk_num18, lk_num12])() if chance(0.5) else lk_bad_iban())
        elif k == "date":
            m.add(N("DATE", "%d-%02d-%02d" % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28))))
        else:
            m.add(lk_hs())
    if log:
        m.t(' HTTP/1.1" %d %d' % (ch([200, 200, 302, 404]), R.randint(200, 9000)))
    outro(m, L, 0.1)


LOG_LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]


def t_log(m, L, C, pii):
    intro(m, L, 0.6)
    n = R.randint(2, 4)
    with_ip = [pii and (i == 0 or chance(0.5)) for i in range(n)]
    for i in range(n):
        style = ch(["app", "nginx", "sshd", "fw", "device"])
        if style == "app":
            m.add(lk_timestamp("iso"))
            m.t(" " + ch(LOG_LEVELS) + " [" + ch(["gw-", "api-", "worker-"]) + str(R.randint(1, 9)) + "] " +
                ch(["login ok", "login failed", "upload done", "session start", "quote viewed"]) + " ")
            if with_ip[i]:
                m.t(ch(["src=", "ip=", "client=", "from "]))
                v = ip()
                if ":" in v and chance(0.5):
                    m.t("[")
                    m.add(P("IP_ADDRESS", v))
                    m.t("]:" + str(R.randint(1024, 65535)))
                else:
                    m.add(P("IP_ADDRESS", v))
                    if chance(0.4) and ":" not in v:
                        m.t(":" + str(R.randint(1024, 65535)))
            else:
                m.t("req=")
                m.add(lk_md5())
            if chance(0.4):
                m.t(" ts=")
                m.add(lk_timestamp(ch(["u10", "u13"])))
        elif style == "nginx":
            if with_ip[i]:
                v = ip()
                m.add(P("IP_ADDRESS", v))
            else:
                m.t("-")
            m.t(' - - [%02d/%s/%d:%02d:%02d:%02d +0800] "GET /%s HTTP/1.1" %d %d' % (
                R.randint(1, 28), ch(["Mar", "Apr", "May"]), R.randint(2023, 2025), R.randint(0, 23), R.randint(0, 59),
                R.randint(0, 59), ch(["catalog", "api/v2/quote", "static/app.js", "favicon.ico"]), ch([200, 304, 404, 500]),
                R.randint(100, 90000)))
        elif style == "sshd":
            m.add(lk_date("en") if chance(0.3) else N("TIMESTAMP", "%s %2d %02d:%02d:%02d" % (
                ch(["Mar", "Apr", "May"]), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))))
            m.t(" gw-0%d sshd[%d]: " % (R.randint(1, 9), R.randint(1000, 60000)))
            if with_ip[i]:
                m.t(ch(["Accepted publickey for deploy from ", "Failed password for root from ", "Connection closed by "]))
                m.add(P("IP_ADDRESS", ipv4()))
                m.t(" port %d ssh2" % R.randint(1024, 65535))
            else:
                m.t("Server listening on port 22, build ")
                m.add(lk_version())
        elif style == "fw":
            m.add(lk_timestamp(ch(["iso", "u10"])))
            m.t(" " + ch(["DROP", "ACCEPT"]) + " ")
            if with_ip[i]:
                m.t("SRC=")
                m.add(P("IP_ADDRESS", ipv4()))
                m.t(" DST=")
                if chance(0.6):
                    m.add(P("IP_ADDRESS", ipv4(private=True)))
                else:
                    m.t("*")
                m.t(" PROTO=TCP DPT=%d" % ch([22, 443, 8080, 3389]))
            else:
                m.t("rule=%d hits=%d" % (R.randint(1, 99), R.randint(1, 9999)))
        else:  # device telemetry
            m.t("[")
            m.add(lk_timestamp(ch(["u10", "u13", "iso"])))
            m.t("] dev=")
            m.add(lk_sku())
            m.t(" fw=")
            m.add(lk_version())
            if with_ip[i]:
                m.t(" wan=")
                v = ipv4()
                m.add(P("IP_ADDRESS", v))
                if chance(0.4):
                    m.t("/" + str(ch([24, 28, 32])))
            else:
                m.t(" md5=")
                m.add(lk_md5())
        if i < n - 1:
            m.t("\n")
    outro(m, L, 0.15)


def doc_title(m, L, kind):
    LOCAL["used"] = LOCAL["used"] or L != "en"
    if kind == "pi":
        if L in ("en", "es", "pt", "fr") and chance(0.6):
            m.add(N("CAPS_WORD_BIC_SHAPED", "PROFORMA"))
            m.t({"en": " INVOICE", "es": " INVOICE", "pt": " INVOICE", "fr": " INVOICE"}[L])
        else:
            m.t({"en": "PROFORMA INVOICE", "zh": "形式发票 PROFORMA INVOICE", "es": "FACTURA PROFORMA", "pt": "FATURA PROFORMA",
                 "de": "PROFORMA-RECHNUNG", "ru": "ПРОФОРМА-ИНВОЙС", "fr": "FACTURE PROFORMA", "tr": "PROFORMA FATURA",
                 "ar": "فاتورة مبدئية"}[L])
    elif kind == "pl":
        m.t({"en": "PACKING LIST", "zh": "装箱单 PACKING LIST", "es": "LISTA DE EMPAQUE", "pt": "ROMANEIO / PACKING LIST",
             "de": "PACKLISTE", "ru": "УПАКОВОЧНЫЙ ЛИСТ", "fr": "LISTE DE COLISAGE", "tr": "ÇEKİ LİSTESİ",
             "ar": "قائمة التعبئة"}[L])
    else:
        m.t({"en": ch(["BANK DETAILS", "Bank information", "Remittance instructions"]), "zh": ch(["银行信息", "收款账户信息"]),
             "es": "DATOS BANCARIOS", "pt": "DADOS BANCÁRIOS", "de": "Bankverbindung", "ru": "Банковские реквизиты",
             "fr": "Coordonnées bancaires", "tr": "Banka bilgileri", "ar": "البيانات المصرفية"}[L])
    m.t(ch(["\n", "\n\n", "\n" + "-" * 24 + "\n"]))


BANKS = {"CN": ["Bank of China, Shenzhen Branch", "China Merchants Bank", "ICBC Ningbo Branch"], "HK": ["HSBC Hong Kong", "Hang Seng Bank"],
         "US": ["JPMorgan Chase Bank, N.A.", "Bank of America", "Wells Fargo"], "GB": ["Barclays Bank", "HSBC UK"],
         "DE": ["Deutsche Bank", "Commerzbank", "Sparkasse KölnBonn"], "ES": ["Banco Santander", "CaixaBank", "BBVA"],
         "MX": ["BBVA México", "Banorte"], "BR": ["Itaú Unibanco", "Banco do Brasil"], "PT": ["Millennium BCP", "Caixa Geral de Depósitos"],
         "RU": ["Sberbank", "Alfa-Bank"], "FR": ["BNP Paribas", "Société Générale"], "TR": ["Garanti BBVA", "Akbank"],
         "AE": ["Emirates NBD", "Mashreq Bank"], "SA": ["Al Rajhi Bank", "SNB"], "IN": ["ICICI Bank", "HDFC Bank"],
         "IT": ["UniCredit", "Intesa Sanpaolo"], "NL": ["ING Bank", "Rabobank"], "PL": ["PKO Bank Polski", "mBank"],
         "VN": ["Vietcombank", "Techcombank"]}
IBAN_COUNTRIES = ("DE", "ES", "FR", "IT", "NL", "PL", "PT", "TR", "AE", "SA", "BR", "GB")


def bank_lines(m, L, C, pii, sep, wrap, nl="\n"):
    """Bank-detail lines; returns nothing, writes into m."""
    lines = []
    lines.append((lab("beneficiary", L), company(C)))
    if chance(0.35):
        lines.append((lab("ben_addr", L), P("POSTAL_ADDRESS", join_addr(address(C, L), wrap=wrap, indent=" " * R.randint(0, 4)))))
    lines.append((lab("bank", L), ch(BANKS[C])))
    if chance(0.4):
        lines.append((lab("bank_addr", L), P("POSTAL_ADDRESS", join_addr(address(C, L), wrap=wrap and chance(0.5)))))
    if C in IBAN_COUNTRIES and chance(0.85):
        lines.append((lab("iban", L), P("IBAN", iban(C, wrap=wrap and chance(0.4)))))
        if chance(0.3):
            lines.append((lab("account", L), P("BANK_ACCOUNT", account_no(C))))
    else:
        lines.append((lab("account", L), P("BANK_ACCOUNT", account_no(C))))
    if C == "US" and chance(0.7):
        lines.append((lab("routing", L), P("BANK_ACCOUNT", aba())))
    lines.append((lab("swift", L), P("BANK_ACCOUNT", swift(C))))
    if chance(0.2):
        lines.append((ch(["Intermediary bank SWIFT", "中转行SWIFT", "Banco intermediario SWIFT"]), P("BANK_ACCOUNT", swift(ch(["US", "DE", "HK"])))))
    if chance(0.5):
        lines.append((lab("ref", L), ch([lk_invoice(), lk_order()])))
    for i, (lb, c) in enumerate(lines):
        if wrap and chance(0.35):
            m.t(lb + ch([":", ""]) + "\n")
        else:
            m.t(lb + sep)
        m.add(c)
        if i < len(lines) - 1:
            m.t(nl)


def t_bank(m, L, C, pii):
    intro(m, L, 0.5)
    if chance(0.6):
        doc_title(m, L, "bank")
    C = C if chance(0.5) else ch(list(BANKS))
    style = ch(["colon", "colon", "tab", "pdf", "md"])
    if style == "md":
        m.t("| " + lab("beneficiary", L) + " | " + company(C) + " |\n|---|---|\n")
        rows = []
        if C in IBAN_COUNTRIES:
            rows.append((lab("iban", L), P("IBAN", iban(C))))
        else:
            rows.append((lab("account", L), P("BANK_ACCOUNT", account_no(C))))
        rows.append((lab("swift", L), P("BANK_ACCOUNT", swift(C))))
        rows.append((lab("bank", L), ch(BANKS[C])))
        if chance(0.4):
            rows.append((lab("bank_addr", L), P("POSTAL_ADDRESS", join_addr(address(C, L)))))
        rows.append((lab("amount", L), lk_price(True, L)))
        for i, (lb, c) in enumerate(rows):
            m.t("| " + lb + " | ")
            m.add(c)
            m.t(" |" + ("\n" if i < len(rows) - 1 else ""))
    else:
        sep = {"colon": colon(L), "tab": "\t", "pdf": ch([": ", "  ", " : "])}[style]
        bank_lines(m, L, C, pii, sep, wrap=style == "pdf")
    if chance(0.4):
        m.t("\n")
        m.add(lk_terms(L))
    outro(m, L, 0.25)


def t_proforma(m, L, C, pii):
    intro(m, L, 0.3)
    doc_title(m, L, "pi")
    m.t(lab("invoice", L, 0.3) + colon(L))
    m.add(lk_invoice())
    m.t(ch(["    ", "\t", "\n"]) + lab("date", L) + colon(L))
    m.add(lk_date(L))
    if chance(0.2):
        m.t(" ")
        m.add(lk_time())
    m.t("\n")
    Cb = country_for(L)
    if pii:
        m.t(ch(["Buyer", lab("consignee", L)]) + colon(L) + company(Cb) + "\n")
        for k in wpick([("address", 3), ("tel", 3), ("email", 2), ("mobile", 1)], R.randint(1, 3)):
            lbl, c = field(k, Cb, L, wrap=True, single_line=chance(0.6))
            m.t(lbl + colon(L))
            m.add(c)
            m.t("\n")
    else:
        m.t(ch(["Buyer", lab("consignee", L)]) + colon(L) + company(Cb) + "\n")
    m.t(ch(["-" * 40 + "\n", "=" * 40 + "\n", ""]))
    cols = ["desc", "hs", "qty", "price", "amount"]
    hdr = [lab(k, L, 0.1) for k in cols]
    m.t("\t".join(hdr) + "\n" if chance(0.5) else "  ".join(hdr) + "\n")
    for i in range(R.randint(1, 3)):
        sep = ch(["\t", "  ", " | "])
        m.t(product(L) + sep)
        m.add(lk_hs())
        m.t(sep)
        m.add(lk_qty(L, bare=chance(0.5)))
        m.t(sep)
        m.add(lk_price(False, L))
        m.t(sep)
        m.add(lk_price(True, L))
        m.t("\n")
    m.t(lab("total", L) + colon(L))
    m.add(lk_price(True, L))
    m.t("\n" + lab("terms", L) + colon(L))
    m.add(lk_terms(L))
    m.t("\n" + lab("incoterm", L) + colon(L))
    m.add(lk_place())
    if pii and chance(0.75):
        m.t("\n\n")
        Cs = country_for(L)
        bank_lines(m, L, Cs, pii, colon(L), wrap=chance(0.4))
    else:
        m.t("\n" + lab("ref", L) + colon(L))
        m.add(lk_ref())
        if chance(0.5):
            m.t("\n" + lab("file", L) + colon(L))
            m.add(lk_filename())
    outro(m, L, 0.1)


def t_shipping(m, L, C, pii):
    intro(m, L, 0.45)
    rows = [(lab("shipper", L), company(country_for(L)))]
    Cc = C
    if pii:
        rows.append((lab("consignee", L), company(Cc)))
        rows.append((lab("address", L), P("POSTAL_ADDRESS", join_addr(address(Cc, L), wrap=chance(0.4), indent=ch(["", "  ", "    "])))))
        rows.append((ch([lab("tel", L), "Tel/Fax", lab("mobile", L)]), P("PHONE", phone(Cc))))
        if chance(0.35):
            rows.append((lab("email", L), P("EMAIL", email(Cc))))
        if chance(0.3):
            rows.append((lab("notify", L), "SAME AS CONSIGNEE"))
    else:
        rows.append((lab("consignee", L), ch(["TO ORDER", "TO ORDER OF SHIPPER", "TO THE ORDER OF " + ch(BANKS[Cc]).upper()])))
        rows.append((lab("notify", L), ch(["SAME AS CONSIGNEE", company(Cc)])))
    rows.append((lab("pol", L), lk_place(False)))
    rows.append((lab("pod", L), lk_place(False)))
    for k in wpick([("container", 3), ("bl", 3), ("gw", 2), ("meas", 1.5), ("ctns", 1), ("hs", 1), ("date", 1)], R.randint(2, 4)):
        lbl, c = field(k, C, L)
        rows.append((lbl, c))
    if chance(0.3):
        rows.append(("B/L type", ch([N("CAPS_WORD_BIC_SHAPED", "ORIGINAL"), "TELEX RELEASE", "SEAWAY BILL"])))
    sep = ch([colon(L), "\t", colon(L)])
    nextline = chance(0.25)
    for i, (lb, c) in enumerate(rows):
        m.t(lb + (ch(["", ":"]) + "\n" if nextline else sep))
        m.add(c)
        if i < len(rows) - 1:
            m.t("\n")
    outro(m, L, 0.15)


def t_pdf(m, L, C, pii):
    """Label on its own line, value on the next, values wrapped as in a PDF copy."""
    intro(m, L, 0.4)
    keys = pick_fields(pii, n_pii=(1, 3), n_neg=(1, 3), money=0.3)
    two_col = chance(0.3)
    for i, k in enumerate(keys):
        lbl, c = field(k, C, L, wrap=True, single_line=False)
        if two_col and k not in ("address",) and "\n" not in txt(c):
            m.t(lbl + ch([" ", "  ", "\t"]))
        else:
            m.t(lbl + ch(["", ":", " :"]) + "\n")
        m.add(c)
        if i < len(keys) - 1:
            m.t(ch(["\n", "\n", "\n\n"]))
    if chance(0.3):
        m.t("\n" + ch(["Page 1 of 2", "第 1 页 共 2 页", "Página 1/2", "Seite 1 von 2"]))
    outro(m, L, 0.1)


def t_packing(m, L, C, pii):
    intro(m, L, 0.35)
    doc_title(m, L, "pl")
    m.t(lab("invoice", L) + colon(L))
    m.add(lk_invoice())
    m.t("\n")
    cols = ["sku", "ctns", "qty", "nw", "gw", "meas"]
    cols = [k for k in cols if k in ("sku", "qty") or chance(0.7)]
    m.t(" | ".join(lab(k, L, 0.1) for k in cols) + "\n")
    for _ in range(R.randint(1, 2)):
        for j, k in enumerate(cols):
            if j:
                m.t(" | ")
            m.add(field(k, C, L)[1])
        m.t("\n")
    m.t(lab("container", L) + colon(L))
    m.add(lk_container())
    if chance(0.6):
        m.t("  " + lab("bl", L) + colon(L))
        m.add(lk_bl())
    if chance(0.4):
        m.t("\n" + ch(["Shipping marks", "唛头", "Marcas"]) + colon(L) + ch(["N/M", "ACME / MADE IN CHINA / C/NO. 1-UP"]))
    if pii:
        Cc = country_for(L)
        m.t("\n" + lab("consignee", L) + " " + lab("tel", L) + colon(L))
        m.add(P("PHONE", phone(Cc)))
        if chance(0.4):
            m.t("\n" + lab("address", L) + colon(L))
            m.add(P("POSTAL_ADDRESS", join_addr(address(Cc, L))))
    else:
        if chance(0.5):
            m.t("\n" + lab("remark", L) + colon(L) + ch(["cc ", "pls check ", ""]))
            m.add(lk_mention())
        if chance(0.5):
            m.t("\n" + lab("tracking", L) + colon(L))
            m.add(lk_tracking())
    outro(m, L, 0.1)


COUNTER = {"payment": 0}


def t_payment(m, L, C, pii):
    """Table of payment options (PII) or of transfers/transactions (PII-free)."""
    intro(m, L, 0.5)
    md = chance(0.5)
    hdr = {"en": ("Method", "Details"), "zh": ("方式", "信息"), "es": ("Método", "Datos"), "pt": ("Método", "Dados"),
           "de": ("Zahlungsart", "Angaben"), "ru": ("Способ", "Реквизиты"), "fr": ("Moyen", "Détails"), "tr": ("Yöntem", "Detay"),
           "ar": ("الطريقة", "التفاصيل")}[L]
    rows = []
    if pii:
        # the main option cycles so that every payment type gets its share
        main = ["wallet", "card", "iban", "wallet", "card"][COUNTER["payment"] % 5]
        COUNTER["payment"] += 1
        opts = [main] + wpick([(o, w) for o, w in [("wallet", 2), ("iban", 2), ("card", 2), ("account", 1), ("email_pp", 1)]
                               if o != main], R.randint(0, 2))
        R.shuffle(opts)
        for o in opts:
            if o == "wallet":
                k, v = wallet()
                rows.append((lab("wallet_btc" if k == "BTC" else "wallet_eth", L), [P("CRYPTO_WALLET", v)]))
            elif o == "iban":
                Ci = ch(IBAN_COUNTRIES)
                cell = [P("IBAN", iban(Ci))]
                if chance(0.5):
                    cell += [" / BIC ", P("BANK_ACCOUNT", swift(Ci))]
                rows.append(("SEPA" if chance(0.5) else lab("iban", L), cell))
            elif o == "card":
                cell = [P("PAYMENT_CARD", card())]
                if chance(0.6):
                    cell += [" " + lab("exp", L) + " ", N("DATE", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)))]
                rows.append((lab("card", L), cell))
            elif o == "account":
                Ca = ch(["CN", "HK", "US", "IN", "RU"])
                rows.append((lab("account", L), [P("BANK_ACCOUNT", account_no(Ca))]))
            else:
                rows.append(("PayPal", [P("EMAIL", email(C, obfusc=0))]))
        rows.append((lab("amount", L), [lk_price(True, L)]))
    else:
        for _ in range(R.randint(2, 4)):
            kind = ch(["tx", "btcref", "iban", "num16", "ord"])
            if kind == "tx":
                rows.append(("USDT tx" if chance(0.5) else "TxID", [lk_txhash()]))
            elif kind == "btcref":
                rows.append((ch(["Ref", "Memo", "Old ref"]), [lk_bad_btc()]))
            elif kind == "iban":
                rows.append((lab("ref", L), [lk_bad_iban()]))
            elif kind == "num16":
                rows.append((ch(["Voucher", "Gift code", lab("ref", L)]), [lk_num16()]))
            else:
                rows.append((lab("order", L), [lk_order()]))
        rows.append((lab("amount", L), [lk_price(True, L)]))
        rows.append((lab("date", L), [lk_timestamp("iso") if chance(0.5) else lk_date(L)]))
    if md:
        m.t("| %s | %s |\n|---|---|\n" % hdr)
    for i, (lb, cell) in enumerate(rows):
        if md:
            m.t("| " + lb + " | ")
            m.add(cell)
            m.t(" |")
        else:
            m.t(lb + ch(["\t", colon(L), " - "]))
            m.add(cell)
        if i < len(rows) - 1:
            m.t("\n")
    outro(m, L, 0.2)


def t_kyc(m, L, C, pii):
    """Personal-import customs / KYC / tax forms carrying a national ID."""
    intro(m, L, 0.45)
    kind = ch(["cn", "cn", "ssn", "aadhaar", "nino"])
    Cn = NATID_COUNTRY[kind]
    title = {"cn": ["清关资料", "Customs clearance (personal import)", "个人物品清关信息"], "ssn": ["W-9 info", "Payee details (W-9)"],
             "aadhaar": ["Importer KYC", "KYC details"], "nino": ["Sole trader details", "Supplier onboarding (UK)"]}[kind]
    if chance(0.7):
        m.t(ch(title) + "\n")
    _, v = natid(kind)
    lines = [(lab("name", L), person(Cn, "zh" if kind == "cn" and L == "zh" else "en")), (natid_label(kind, L), P("NATIONAL_ID", v))]
    if chance(0.5):
        lines.append((lab("dob", L), lk_dob(L)))
    for k in wpick([("mobile", 2), ("address", 2), ("email", 1)], R.randint(0, 2)):
        lines.append(field(k, Cn, L))
    lines += [field(k, Cn, L) for k in wpick([("order", 1), ("tracking", 1), ("hs", 0.5), ("amount", 1)], R.randint(1, 2))]
    style = ch(["colon", "md", "tsv"])
    if style == "md":
        m.t("| | |\n|---|---|\n" if chance(0.5) else "")
    for i, (lb, c) in enumerate(lines):
        if style == "md":
            m.t("| " + lb + " | ")
            m.add(c)
            m.t(" |")
        elif style == "tsv":
            m.t(lb + "\t")
            m.add(c)
        else:
            m.t(lb + colon(L))
            m.add(c)
        if i < len(lines) - 1:
            m.t("\n")
    outro(m, L, 0.15)


def t_spec(m, L, C, pii):
    """Product spec / firmware table (PII-free): versions, specs, EANs, files."""
    intro(m, L, 0.45)
    md = chance(0.5)
    rows = [(lab("sku", L), lk_sku()), (lab("version", L), lk_version()), (lab("spec", L), lk_spec())]
    rows += [field(k, C, L) for k in wpick([("ean", 2), ("hs", 2), ("meas", 1), ("gw", 1), ("file", 1), ("date", 1),
                                            ("price", 1), ("qty", 1)], R.randint(2, 3))]
    if chance(0.3):
        rows.append(("MD5", lk_md5()))
    if chance(0.3):
        rows.append((ch(["Build", "Built"]), lk_timestamp(ch(["u10", "u13", "iso"]))))
    if chance(0.3):
        rows.append((lab("remark", L), ["", lk_caps(), " " + ch(["terms apply", "only", "sample"])]))
    if md:
        m.t("| | |\n|---|---|\n")
    for i, (lb, c) in enumerate(rows):
        if md:
            m.t("| " + lb + " | ")
            m.add(c)
            m.t(" |")
        else:
            m.t(lb + colon(L))
            m.add(c)
        if i < len(rows) - 1:
            m.t("\n")
    outro(m, L, 0.15)


# name -> (function, modes, weight-in-PII-schedule, weight-in-PII-free-schedule, max length)
TEMPLATES = {
    "tsv": (t_tsv, 2, 2, 300), "csv": (t_csv, 2, 2, 300), "md_wide": (t_md_wide, 2, 2, 300),
    "md_kv": (t_md_kv, 2, 1, 300), "fixed": (t_fixed, 2, 2, 400), "kv": (t_kv, 2.5, 1.5, 300),
    "yaml": (t_yaml, 1.5, 1, 300), "ini": (t_ini, 1.5, 1, 300), "json": (t_json, 2, 1.5, 300),
    "html": (t_html, 2, 1, 400), "xml": (t_xml, 1.5, 1, 300), "query": (t_query, 1.5, 1, 300),
    "log": (t_log, 2, 1.5, 500), "proforma": (t_proforma, 1.5, 1.5, 700), "bank": (t_bank, 2.5, 0, 500),
    "shipping": (t_shipping, 1.5, 1.5, 500), "pdf": (t_pdf, 2, 1, 400), "packing": (t_packing, 1, 2, 500),
    "payment": (t_payment, 3, 1.5, 400), "kyc": (t_kyc, 2.5, 0, 400), "spec": (t_spec, 0, 1.5, 400),
}


def schedule(n, pii_free):
    """Deterministic schedule of (template, pii) pairs by weight."""
    def fill(k, idx):
        names = [t for t in TEMPLATES if TEMPLATES[t][idx] > 0]
        tot = sum(TEMPLATES[t][idx] for t in names)
        counts = [(t, TEMPLATES[t][idx] * k / tot) for t in names]
        out = []
        for t, c in counts:
            out += [t] * int(c)
        rest = sorted(counts, key=lambda tc: -(tc[1] - int(tc[1])))
        i = 0
        while len(out) < k:
            out.append(rest[i % len(rest)][0])
            i += 1
        return out
    items = [(t, True) for t in fill(n - pii_free, 1)] + [(t, False) for t in fill(pii_free, 2)]
    R.shuffle(items)
    return items


LANG_W = [("en", 28), ("zh", 14), ("es", 9), ("pt", 8), ("de", 9), ("ru", 8), ("fr", 8), ("tr", 8), ("ar", 8)]
DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")


def masked_problem(text, spans):
    """True if text outside the gold spans still holds something that passes
    a card/Aadhaar/China-ID/ABA/IBAN check (so a PII-free region stays
    PII-free) or an e-mail / URL shape."""
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "\u00a4"
    rest = "".join(chars)
    for tok in rest.split():
        if passes_some_check(tok):
            return True
    for mm in DIGIT_RUN.finditer(rest):
        d = re.sub(r"\D", "", mm.group())
        if passes_digit_check(d):
            return True
    if re.search(r"https?://|www\.|\w@\w+\.\w", rest):
        return True
    return False


def make_one(tname, pii):
    fn, _, _, maxlen = TEMPLATES[tname]
    for _ in range(400):
        L = wpick(LANG_W, 1)[0]
        C = country_for(L)
        m = Msg()
        LOCAL["used"] = False
        fn(m, L, C, pii)
        if not LOCAL["used"]:
            L = "en"  # nothing in the text is in L: labels, keys and intro all came out English
        text = m.text()
        if not (20 <= len(text) <= maxlen):
            continue
        if pii != bool(m.spans):
            continue
        if masked_problem(text, m.spans):
            continue
        return L, m
    raise AssertionError("no message for " + tname)


def build(n=N_MESSAGES):
    pii_free = round(n * PII_FREE_SHARE)
    COUNTER["payment"] = 0
    out = []
    for i, (tname, pii) in enumerate(schedule(n, pii_free)):
        L, m = make_one(tname, pii)
        text = m.text()
        spans = sorted(m.spans, key=lambda s: s["start"])
        rec = {"id": "st-%05d" % (i + 1), "text": text, "spans": spans, "lang": L,
               "kind": "negative" if not spans else "single" if len(spans) == 1 else "multi"}
        if m.negs:
            rec["negatives"] = sorted(m.negs, key=lambda s: s["start"])
        rec["template"] = tname
        out.append(rec)
    return out


# ---------------------------------------------------------------- self-check

def check_positive(t, v):
    d = re.sub(r"[^0-9A-Za-z]", "", v)
    if t == "PAYMENT_CARD":
        return d.isdigit() and 12 <= len(d) <= 19 and luhn_ok(d)
    if t == "IBAN":
        return iban_ok(v) and len(d) == IBAN_LEN[d[:2].upper()]
    if t == "NATIONAL_ID":
        return ssn_ok(d) or cnid_ok(d) or (len(d) == 12 and d.isdigit() and verhoeff_ok(d)) or nino_ok(v)
    if t == "CRYPTO_WALLET":
        if v.startswith("0x"):
            return len(v) == 42 and (v[2:] == v[2:].lower() or v == eip55(v[2:].lower()))
        if v.startswith("bc1"):
            return segwit_ok(v)
        return b58check_ok(v)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == "BANK_ACCOUNT":
        return bool(d) and (re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None or d.isdigit())
    return True


def self_check(recs, raw):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in recs:
        text = r["text"]
        prev = -1
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text), (r["id"], s)
            assert text[s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= prev, (r["id"], "overlap", s)
            prev = s["end"]
            assert check_positive(s["type"], s["value"]), (r["id"], s)
        for g in r.get("negatives", []):
            assert text[g["start"]:g["end"]] == g["value"], (r["id"], g)
            assert not neg_problem(g["value"], g["kind"]), (r["id"], g)
            for s in r["spans"]:
                assert not (s["start"] < g["end"] and g["start"] < s["end"]), (r["id"], "neg overlaps span", g)
    assert raw == serialize(recs)


def serialize(recs):
    return "".join(json.dumps({k: v for k, v in r.items() if k != "template"}, ensure_ascii=False) + "\n" for r in recs)


def summary(recs):
    counts = {}
    for r in recs:
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    free = sum(1 for r in recs if not r["spans"])
    langs = {}
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    order = ["EMAIL", "PHONE", "URL", "MESSENGER_HANDLE", "PAYMENT_CARD", "IBAN", "BANK_ACCOUNT", "NATIONAL_ID",
             "IP_ADDRESS", "CRYPTO_WALLET", "POSTAL_ADDRESS"]
    return ("%d messages, %d spans: %s; PII-free %d; negatives %d; langs %s; >300 chars %d" % (
        len(recs), sum(counts.values()), " ".join("%s=%d" % (t, counts.get(t, 0)) for t in order), free,
        sum(len(r.get("negatives", [])) for r in recs), " ".join("%s=%d" % (l, langs.get(l, 0)) for l in LANGS),
        sum(1 for r in recs if len(r["text"]) > 300)))


def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=N_MESSAGES)
    a = ap.parse_args()
    R = random.Random(a.seed)
    recs = build(a.n)
    raw = serialize(recs)
    self_check(recs, raw)
    R = random.Random(a.seed)  # determinism: the same seed must give the same bytes
    assert serialize(build(a.n)) == raw, "output is not deterministic"
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(raw)
    print(summary(recs))


if __name__ == "__main__":
    main()
