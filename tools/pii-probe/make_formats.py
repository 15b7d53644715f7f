#!/usr/bin/env python3
"""Probe set for the Parley PII engine, written apart from it.

    python3 tools/pii-probe/make_formats.py OUT.jsonl

500 messages of buyer-seller chat: PII in the formats of many countries
(29 for phones, 25 for IBANs, 16 kinds of addresses), in ten languages, with
trade-chat look-alikes; 35 % of the messages hold no PII. Its author read
only the corpus README (../shared/pii-corpus/README.md), not the engine nor
the dev corpus' generator, so that it measures the engine on templates,
phrasings and value generators it was not built on. Standard library only,
deterministic (random.seed(2026)); every span carries a "sub" key naming
its pattern (e.g. "PHONE:VN:intl").
"""
import ipaddress
import json
import os
import random
import re
import sys

from probe_common import (B58, IBAN_LEN, NINO_A, NINO_B, NINO_BAD, aba_complete, aba_ok, b58check,
                          b58check_ok, ch, cnid_check, cnid_ok, eip55, eip55_ok, iban_make, iban_ok,
                          iso6346_digit, luhn_complete, luhn_ok, nino_ok, norm_digits, passes_digit_check,
                          passes_some_check, segwit_addr, segwit_ok, ssn_ok, strip_outer, verhoeff_digit,
                          verhoeff_ok)

random.seed(2026)
R = random
OUT = (sys.argv[1] if len(sys.argv) > 1 else
       os.path.join(os.path.dirname(os.path.abspath(__file__)), "formats.jsonl"))

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"


def digits(n, first=None):
    s = "".join(R.choice(DIG) for _ in range(n))
    if first is not None and n:
        s = R.choice(first) + s[1:]
    return s


def rand_bytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- checksums
# (Luhn, IBAN, China ID, Verhoeff, ABA, SSN, NINO, ISO 6346, Base58Check, bech32
# and EIP-55 are in probe_common.py; these are the ones only this set uses)
def aba_make():
    first2 = ch(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                 "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
    d = aba_complete(first2 + digits(6))
    assert aba_ok(d)
    return d


def s10_digit(d8):
    s = sum(int(a) * w for a, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return "0" if c == 10 else "5" if c == 11 else str(c)


assert s10_digit("12345678") == "5"


def ups_digit(body15):
    vals = [int(c) if c.isdigit() else (ord(c) - ord("A") + 2) % 10 for c in body15]
    tot = sum(vals[0::2]) + 2 * sum(vals[1::2])
    return str((10 - tot % 10) % 10)


assert ups_digit("999AA1012345678") == "4"


def ean13_digit(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


assert ean13_digit("400638133393") == "1"  # 4006381333931


def upca_digit(d11):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(d11))
    return str((10 - s % 10) % 10)


assert upca_digit("03600029145") == "2"


def clabe_digit(d17):
    s = sum((int(c) * w) % 10 for c, w in zip(d17, [3, 7, 1] * 6))
    return str((10 - s % 10) % 10)


# ---------------------------------------------------------------- "would a validator flag this look-alike?"
def neg_clean(v, kind=""):
    """True iff the look-alike fails every checksum it imitates (mirrors the README's rule)."""
    if passes_some_check(v):
        return False
    return not (kind.upper().startswith(("BTC", "B58")) and b58check_ok(v))


# ================================================================ PII value generators
# each returns (value, sub)

def expand(pat, choices=None):
    out, i = [], 0
    while i < len(pat):
        c = pat[i]
        if c == "X":
            out.append(ch(DIG))
        elif c == "N":
            out.append(ch("23456789"))
        elif c == "[":
            j = pat.index("]", i)
            body, opts = pat[i + 1:j], []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    opts += [chr(o) for o in range(ord(body[k]), ord(body[k + 2]) + 1)]
                    k += 3
                else:
                    opts.append(body[k])
                    k += 1
            out.append(ch(opts))
            i = j
        elif c == "{":
            j = pat.index("}", i)
            out.append(ch(choices[pat[i + 1:j]]))
            i = j
        else:
            out.append(c)
        i += 1
    return "".join(out)


PHONES = {
    "US": ({"a": ["212", "213", "305", "312", "404", "415", "469", "512", "617", "646", "702", "713", "786",
                  "818", "917", "929", "206", "303", "480", "602"]},
           ["+1 {a} NXX XXXX", "+1-{a}-NXX-XXXX", "+1 ({a}) NXX-XXXX", "({a}) NXX-XXXX", "{a}-NXX-XXXX",
            "{a}.NXX.XXXX", "1-{a}-NXX-XXXX", "+1{a}NXXXXXX"]),
    "CA": ({"a": ["416", "647", "604", "778", "514", "438", "403", "587", "613", "905"]},
           ["+1 {a} NXX XXXX", "({a}) NXX-XXXX", "{a}-NXX-XXXX", "+1 ({a}) NXX-XXXX"]),
    "UK": ({}, ["+44 7[1-9]XX XXXXXX", "+44 (0)7[1-9]XX XXX XXX", "0044 7[1-9]XX XXXXXX", "07[1-9]XX XXXXXX",
                "07[1-9]XX XXX XXX", "+44 20 [378]XXX XXXX", "020 [378]XXX XXXX", "0161 NXX XXXX",
                "+44 161 NXX XXXX", "+44 113 NXX XXXX", "01[2-9]XX NXXXXX"]),
    "DE": ({}, ["+49 15[1279] XXXXXXXX", "+49 (0)17[0-9] XXXXXXX", "0049 16[023] XXXXXXX", "015[1279] XXXX XXXX",
                "017[0-9]/XXXXXXX", "+49 30 NXXXXXXX", "030 NXXXXXX", "+49 (0)89 NXXXXX-XX", "089 / NXX XXX XX",
                "+49 40 NXX XXX XX", "040-NXXXXXX", "+49 (0)711 NXXXXXX", "0711 NXXXXX-XX"]),
    "AT": ({}, ["+43 6[5-9]X XXXXXXX", "06[5-9]X XXXXXXX", "+43 1 NXXXXXX", "+43 (0)664 XXXXXXX"]),
    "CH": ({}, ["+41 7[5-9] XXX XX XX", "07[5-9] XXX XX XX", "+41 44 NXX XX XX", "044 NXX XX XX"]),
    "FR": ({}, ["+33 [67] XX XX XX XX", "0[67] XX XX XX XX", "0[67].XX.XX.XX.XX", "+33 (0)1 XX XX XX XX",
                "01 XX XX XX XX", "0033 [67] XX XX XX XX", "+33 [2-5] XX XX XX XX", "0[67]XXXXXXXX"]),
    "BE": ({}, ["+32 4[5-9]X XX XX XX", "04[5-9]X XX XX XX", "+32 2 NXX XX XX"]),
    "IT": ({}, ["+39 3[2-9]X XXX XXXX", "3[2-9]X XXX XXXX", "3[2-9]X XXXXXXX", "+39 02 XXXX XXXX", "02 NXXXXXXX",
                "+39 06 XXXX XXXX", "0039 3[2-9]X XXXXXXX", "+39 051 XXX XXXX"]),
    "ES": ({}, ["+34 6XX XXX XXX", "6XX XX XX XX", "6XX XXX XXX", "+34 91 XXX XX XX", "91 XXX XX XX",
                "0034 6XX XXX XXX", "+34 93 XXX XX XX", "+34 7[1-4]X XX XX XX"]),
    "PT": ({}, ["+351 9[1236]X XXX XXX", "9[1236]X XXX XXX", "+351 21 XXX XXXX", "00351 9[1236]X XXX XXX"]),
    "NL": ({}, ["+31 6 XXXXXXXX", "06-XXXXXXXX", "+31 (0)6 XX XX XX XX", "+31 20 NXX XXXX", "020-NXX XXXX"]),
    "PL": ({}, ["+48 [5-8]XX XXX XXX", "[5-8]XX XXX XXX", "+48 22 NXX XX XX", "0048 [5-8]XX-XXX-XXX"]),
    "BR": ({"a": ["11", "21", "31", "41", "47", "51", "61", "71", "81", "85", "19", "27"]},
           ["+55 {a} 9XXXX-XXXX", "+55 ({a}) 9XXXX-XXXX", "({a}) 9XXXX-XXXX", "{a} 9XXXX-XXXX",
            "+55 {a} 9XXXX XXXX", "({a}) [2-5]XXX-XXXX", "+55 {a} [2-5]XXX-XXXX", "+55{a}9XXXXXXXX"]),
    "MX": ({"a": ["55", "33", "81"], "b": ["222", "442", "664", "998", "477"]},
           ["+52 {a} XXXX XXXX", "+52 1 {a} XXXX XXXX", "({a}) XXXX XXXX", "{a} XXXX XXXX", "+52 {b} XXX XXXX",
            "+52 ({b}) XXX-XXXX"]),
    "AR": ({}, ["+54 9 11 XXXX-XXXX", "+54 11 NXXX-XXXX", "011 15-XXXX-XXXX", "(011) NXXX-XXXX"]),
    "CO": ({}, ["+57 3[0-2]X XXX XXXX", "3[0-2]X XXX XXXX", "+57 (601) NXX XXXX"]),
    "CL": ({}, ["+56 9 XXXX XXXX", "+56 2 2XXX XXXX", "+569XXXXXXXX"]),
    "IN": ({}, ["+91 [6-9]XXXX XXXXX", "+91-[6-9]XXXXXXXXX", "0[6-9]XXXX XXXXX", "[6-9]XXXX XXXXX", "+91 22 NXXX XXXX",
                "022-NXXXXXXX", "+91 80 NXXX XXXX", "+91 [6-9]XXXXXXXXX", "+91 (0)11 NXXX XXXX"]),
    "PK": ({}, ["+92 3[0-4]X XXXXXXX", "03[0-4]X-XXXXXXX", "+92 21 NXXX XXXX"]),
    "BD": ({}, ["+880 1[3-9]XX-XXXXXX", "01[3-9]XX-XXXXXX"]),
    "CN": ({"m": ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                  "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "185", "186", "187",
                  "188", "189", "191", "198", "199"],
            "c": ["755", "20", "21", "574", "579", "769", "757", "592", "512", "532", "571", "10"]},
           ["+86 {m} XXXX XXXX", "+86 {m}XXXXXXXX", "+86-{m}-XXXX-XXXX", "0086 {m} XXXX XXXX", "{m} XXXX XXXX",
            "{m}XXXXXXXX", "{m}-XXXX-XXXX", "+86 {c} NXXX XXXX", "0{c}-NXXXXXXX", "+86 ({c}) NXXX XXXX",
            "(0{c}) NXXX XXXX", "0086-{c}-NXXXXXXX"]),
    "HK": ({}, ["+852 [569]XXX XXXX", "(852) [569]XXX XXXX", "+852-[569]XXXXXXX", "[569]XXX XXXX", "00852 [569]XXX XXXX"]),
    "TW": ({}, ["+886 9XX XXX XXX", "+886-9XX-XXX-XXX", "09XX-XXX-XXX", "09XX XXX XXX", "+886 2 NXXX XXXX",
                "(02) NXXX-XXXX", "02-NXXX-XXXX", "+886 (0)4 NXXX XXXX"]),
    "JP": ({}, ["+81 [789]0-XXXX-XXXX", "+81 [789]0 XXXX XXXX", "0[789]0-XXXX-XXXX", "03-NXXX-XXXX", "+81 3 NXXX XXXX",
                "06-NXXX-XXXX", "+81 6-NXXX-XXXX", "+81 (0)52 NXX XXXX"]),
    "KR": ({}, ["+82 10-XXXX-XXXX", "+82 10 XXXX XXXX", "010-XXXX-XXXX", "010 XXXX XXXX", "02-NXXX-XXXX",
                "+82 2-NXX-XXXX", "+82 31 NXX XXXX", "+82 (0)51 NXX XXXX"]),
    "VN": ({"m": ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70",
                  "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89", "56", "58"]},
           ["+84 {m}X XXX XXX", "0{m}X XXX XXX", "0{m}X.XXX.XXX", "0{m} XXX XXXX", "+84 {m} XXX XXXX", "0{m}XXXXXXX",
            "+84 28 NXXX XXXX", "024 NXXX XXXX", "+84-{m}X-XXX-XXX", "(+84) {m}X XXX XXX"]),
    "TH": ({}, ["+66 [689]X XXX XXXX", "0[689]X-XXX-XXXX", "+66 2 NXX XXXX"]),
    "PH": ({}, ["+63 9XX XXX XXXX", "09XX XXX XXXX", "+63 (2) 8XXX XXXX"]),
    "MY": ({}, ["+60 1[0-9]-XXX XXXX", "01[0-9]-XXX XXXX", "+60 3-NXXX XXXX"]),
    "SG": ({}, ["+65 [89]XXX XXXX", "+65-[689]XXX-XXXX", "[89]XXX XXXX"]),
    "ID": ({}, ["+62 8[1-5]X-XXXX-XXXX", "+62 8[1-5]X XXXX XXXX", "08[1-5]X XXXX XXXX", "08[1-5]X-XXXX-XXXX",
                "08[1-5]XXXXXXXXX", "+62 21 NXXX XXXX", "(021) NXXX XXXX", "+62 (0)31 NXXX XXXX"]),
    "TR": ({}, ["+90 5[0-5]X XXX XX XX", "0 5[0-5]X XXX XX XX", "05[0-5]X XXX XX XX", "0 (5[0-5]X) XXX XX XX",
                "+90 (212) NXX XX XX", "0212 NXX XX XX", "0090 5[0-5]X XXX XXXX", "+90 216 NXX XX XX",
                "+90 (232) NXX XX XX"]),
    "RU": ({}, ["+7 (9XX) XXX-XX-XX", "+7 9XX XXX-XX-XX", "+7 9XX XXX XX XX", "8 (9XX) XXX-XX-XX", "8 9XX XXX XX XX",
                "89XXXXXXXXX", "+7 (495) NXX-XX-XX", "8 (812) NXX-XX-XX", "+7 (343) NXX-XX-XX", "+79XXXXXXXXX"]),
    "KZ": ({}, ["+7 7[0-7]X XXX XXXX", "8 7[0-7]X XXX XX XX", "+7 (727) NXX XX XX"]),
    "UA": ({}, ["+380 [5-9][0-9] XXX XX XX", "0[5-9][0-9] XXX XX XX", "+380 44 NXX XX XX"]),
    "AE": ({}, ["+971 5[02568] XXX XXXX", "05[02568] XXX XXXX", "+971 4 NXX XXXX", "04 NXX XXXX",
                "00971 5[02568] XXXXXXX", "+971-5[02568]-XXXXXXX"]),
    "SA": ({}, ["+966 5[0-9] XXX XXXX", "05[0-9] XXX XXXX", "+966 11 NXX XXXX", "00966 5XXXXXXXX",
                "+966-5X-XXX-XXXX"]),
    "EG": ({}, ["+20 1[0125] XXXX XXXX", "01[0125] XXXX XXXX", "+20 2 NXXX XXXX"]),
    "NG": ({}, ["+234 [789]0[1-9] XXX XXXX", "0[789]0[1-9] XXX XXXX", "+234 (0)[789]0[1-9] XXX XXXX",
                "0[789]0[1-9]XXXXXXX", "+234 1 NXX XXXX"]),
    "ZA": ({}, ["+27 [678][1-4] XXX XXXX", "0[678][1-4] XXX XXXX", "+27 (0)21 NXX XXXX", "011 NXX XXXX",
                "+27 11 NXX XXXX"]),
    "AU": ({}, ["+61 4XX XXX XXX", "04XX XXX XXX", "04XX-XXX-XXX", "(02) NXXX XXXX", "+61 2 NXXX XXXX",
                "+61 (0)3 NXXX XXXX", "03 NXXX XXXX", "1300 XXX XXX", "+61 4XXXXXXXX"]),
}

LANG_PHONE = {
    "en": ["US", "US", "UK", "UK", "IN", "AU", "CA", "NG", "ZA", "SG", "PH", "MY", "AE", "SA", "PK", "BD", "CN",
           "HK", "TW", "JP", "KR", "VN", "ID", "TH", "EG", "NL", "PL", "DE", "IT", "FR", "TR"],
    "zh": ["CN"] * 8 + ["HK", "HK", "TW", "TW", "US", "MY", "SG", "VN", "DE", "RU", "AE"],
    "es": ["ES", "ES", "ES", "MX", "MX", "AR", "CO", "CL", "US", "CN"],
    "de": ["DE", "DE", "DE", "DE", "AT", "CH", "CN", "TR", "PL", "NL"],
    "pt": ["BR", "BR", "BR", "BR", "PT", "PT", "CN", "US"],
    "ru": ["RU", "RU", "RU", "RU", "KZ", "UA", "CN", "TR", "AE"],
    "fr": ["FR", "FR", "FR", "BE", "CH", "CA", "CN"],
    "it": ["IT", "IT", "IT", "CH", "CN"],
    "tr": ["TR", "TR", "TR", "TR", "DE", "CN", "AE"],
    "vi": ["VN", "VN", "VN", "VN", "CN", "KR"],
}

FW = {c: chr(0xFF10 + i) for i, c in enumerate(DIG)}


def expand_phone(fmts, chs):
    """A number in one of fmts whose digits pass no checksum (200 tries)."""
    for _ in range(200):
        v = expand(ch(fmts), chs)
        if not passes_digit_check(re.sub(r"\D", "", v)):
            break
    return v


def gen_phone(lang, arg=None):
    if arg == "fw":  # full-width digits, as typed with a CJK IME
        chs, fmts = PHONES["CN"]
        v = expand_phone([f for f in fmts if not f.startswith(("+", "("))], chs)
        return "".join(FW.get(c, c) for c in v), "PHONE:CN:%s:fullwidth" % ("intl" if v.startswith("00") else "natl")
    cc = arg if arg in PHONES else (ch(LANG_PHONE[lang]) if R.random() < 0.8 else ch(sorted(PHONES)))
    chs, fmts = PHONES[cc]
    if arg == "intl":
        fmts = [f for f in fmts if f.startswith(("+", "00"))] or fmts
    v = expand_phone(fmts, chs)
    form = "intl" if v.startswith(("+", "00", "(+")) or (v.startswith("(") and v[1:3] in ("85", "88")) else "natl"
    if v.startswith("(852)"):
        form = "intl"
    sub = "PHONE:%s:%s" % (cc, form)
    if cc in ("CN", "JP", "TW") and lang == "zh" and R.random() < 0.18 and "+" not in v and "(" not in v:
        v = "".join(FW.get(c, c) for c in v)
        sub += ":fullwidth"
    return v, sub


# ---------------------------------------------------------------- names / e-mail
FIRST = ["tom", "sarah", "mike", "jenny", "david", "kevin", "linda", "james", "emily", "raj", "priya", "olu", "ahmed",
         "chris", "lily", "sunny", "amy", "jack", "wei", "jun", "carlos", "maria", "javier", "lucia", "jonas", "katrin",
         "lukas", "stefan", "joao", "ana", "rafael", "ivan", "olga", "sergey", "dmitry", "julien", "claire", "marco",
         "giulia", "mehmet", "ayse", "emre", "minh", "lan", "hung", "tuan", "yuki", "minjun", "fatima", "oleg"]
LAST = ["miller", "brown", "smith", "patel", "zhang", "wang", "li", "chen", "liu", "garcia", "lopez", "gomez",
        "mueller", "schneider", "weber", "souza", "lima", "petrov", "ivanov", "martin", "dubois", "rossi", "bianchi",
        "yilmaz", "kaya", "nguyen", "tran", "le", "kim", "park", "tanaka", "sato", "okafor", "naidoo", "huang", "zhou"]
FREE_MAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "protonmail.com", "yahoo.co.uk",
           "rediffmail.com", "yahoo.co.in"],
    "zh": ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "aliyun.com", "139.com", "yeah.net"],
    "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "posteo.de"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com", "sapo.pt"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "outlook.com"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com", "vnn.vn"],
}
BIZ_DOMAINS = ["hengdatools.cn", "sunrise-imp.com", "bauer-technik.de", "atlastrading.us", "textilesdelnorte.es",
               "compaulista.com.br", "tehnosnab.ru", "meridian-supplies.co.uk", "anadolumakina.com.tr", "minhphat.vn",
               "rossiforniture.it", "dupont-equip.fr", "yiwu-goldstar.com", "kgm-hardware.com.cn", "pacificlogix.com.au",
               "novaplast.pl", "shreeram-exports.in", "okafor-ventures.com.ng", "kimsung-parts.co.kr", "tanaka-seiki.co.jp",
               "greenleaf-pack.com.my", "sa-steel.co.za", "gulfsource.ae", "holland-flowerbox.nl"]


def email_local():
    f, l = ch(FIRST), ch(LAST)
    p = R.random()
    if p < 0.25:
        return "%s.%s" % (f, l)
    if p < 0.4:
        return "%s%s%s" % (f, l[0], digits(R.randint(0, 3)))
    if p < 0.55:
        return "%s_%s" % (f, digits(R.randint(2, 4)))
    if p < 0.65:
        return "%s.%s" % (f[0], l)
    if p < 0.8:
        return ch(["sales", "export", "purchasing", "info", "accounts", "sourcing", "buyer", "trade", "service",
                   "import", "compras", "vertrieb", "ventas", "zakupki", "ventes", "acquisti"]) + ch(["", "", digits(1), digits(2), "." + f])
    return "%s%s%s" % (f, ch(["", ".", "_", "-"]), ch(["trade", "tools", "export", "shop", "china", "biz"]) + digits(R.randint(0, 2)))


def gen_email(lang, arg=None):
    if lang == "zh" and R.random() < 0.25:
        local, dom = digits(R.randint(6, 10), "123456789"), "qq.com"
    else:
        local = email_local()
        dom = ch(FREE_MAIL[lang]) if R.random() < 0.55 else ch(BIZ_DOMAINS)
    if arg == "hash":
        return "%s#%s" % (local, dom), "EMAIL:hash_zh"
    r = R.random()
    if arg == "plain" or r < 0.58:
        return "%s@%s" % (local, dom), "EMAIL:plain"
    mode = ch(["words", "WORDS", "bracket", "bracket_sp", "paren", "paren_dot", "spaced", "fullwidth", "curly",
               "spaced_dot"])
    if mode == "words":
        v = "%s at %s" % (local, dom.replace(".", " dot "))
    elif mode == "WORDS":
        v = "%s AT %s" % (local, dom.replace(".", " DOT "))
    elif mode == "bracket":
        v = "%s[at]%s" % (local, dom.replace(".", "[dot]"))
    elif mode == "bracket_sp":
        v = "%s [at] %s" % (local, dom.replace(".", " [dot] "))
    elif mode == "paren":
        v = "%s(at)%s" % (local, dom)
    elif mode == "paren_dot":
        v = "%s (at) %s" % (local, dom.replace(".", " (dot) "))
    elif mode == "spaced":
        v = "%s @ %s" % (local, dom)
    elif mode == "fullwidth":
        v = "%s＠%s" % (local, dom)
    elif mode == "curly":
        v = "%s{at}%s" % (local, dom)
    else:
        v = "%s@%s" % (local, dom.replace(".", " . "))
    return v, "EMAIL:obf_" + mode


# ---------------------------------------------------------------- URLs
def rs(n, alpha=LOW + DIG):
    return "".join(ch(alpha) for _ in range(n))


def gen_url(lang, arg=None):
    A = UP + LOW + DIG
    shop = ch(["hengdatools", "sunrise-lighting", "goldstar-bags", "kgm-hardware", "novaplast", "minhphat",
               "bauer-technik", "pacific-led", "yongkang-steel", "foshan-ceramics", "atlas-trading", "ankara-tekstil"])
    kind = arg or ch(["site", "site", "bare", "www", "short", "short", "market", "market", "market", "social",
                      "social", "share", "share"])
    if kind == "site":
        v = ch(["https://", "http://", "https://www."]) + shop + ch([".com", ".cn", ".de", ".com.br", ".ru", ".vn", ".com.tr", ".it", ".es"]) + \
            ch(["", "/products/" + rs(6, LOW) + "-" + digits(3), "/catalog.html", "/en/contact", "/product?id=" + digits(4),
                "/downloads/catalogue-2025.pdf", "/shop/" + rs(5, LOW) + "?ref=chat"])
    elif kind == "bare":
        v = shop + ch([".com", ".cn", ".net", ".com.cn", ".co.uk", ".de", ".vn", ".store"])
    elif kind == "www":
        v = "www." + shop + ch([".com", ".cn", ".net", ".com.cn", ".fr", ".pl"]) + ch(["", "/", "/price-list", "/en/products?cat=" + digits(2)])
    elif kind == "short":
        v = ch(["bit.ly/" + rs(7, A), "https://bit.ly/" + rs(7, A), "tinyurl.com/" + rs(8, LOW + DIG),
                "https://t.ly/" + rs(4, A), "s.click.aliexpress.com/e/_D" + rs(6, A), "u.jd.com/" + rs(6, A),
                "youtu.be/" + rs(11, A + "-_"), "https://cutt.ly/" + rs(7, A), "rb.gy/" + rs(6, LOW + DIG),
                "https://shorturl.at/" + rs(5, A)])
    elif kind == "market":
        v = ch([
            "https://www.alibaba.com/product-detail/" + rs(5, LOW) + "-" + rs(6, LOW) + "_16" + digits(11) + ".html",
            shop + ".en.alibaba.com",
            "https://detail.1688.com/offer/6" + digits(11) + ".html",
            "https://item.taobao.com/item.htm?id=6" + digits(11),
            "https://www.amazon.com/dp/B0" + rs(8, UP + DIG),
            "amazon.de/dp/B0" + rs(8, UP + DIG),
            "https://www.ebay.com/itm/" + digits(12),
            "https://www.aliexpress.com/item/1005" + digits(12) + ".html",
            "https://www.made-in-china.com/showroom/" + shop,
            "https://produto.mercadolivre.com.br/MLB-" + digits(10) + "-" + rs(6, LOW) + "-" + rs(5, LOW) + "-_JM",
            "https://www.ozon.ru/product/" + rs(7, LOW) + "-" + digits(9) + "/",
            "https://www.trendyol.com/" + shop + "/" + rs(6, LOW) + "-p-" + digits(9),
            "https://shopee.vn/" + rs(6, LOW) + "-i." + digits(9) + "." + digits(10),
            "https://www.globalsources.com/" + rs(6, LOW) + "/" + rs(4, LOW) + "-" + digits(10) + "p.htm",
            "www.dhgate.com/store/" + digits(8),
        ])
    elif kind == "social":
        handle = ch(FIRST) + ch(["", ".", "_"]) + ch(LAST) + ch(["", digits(2)])
        v = ch(["https://www.facebook.com/" + shop, "facebook.com/" + handle, "instagram.com/" + shop.replace("-", "_"),
                "https://www.instagram.com/" + handle + "/", "https://www.linkedin.com/in/" + handle.replace(".", "-") + "-" + rs(6, "0123456789abcdef"),
                "https://vk.com/" + shop.replace("-", "_"), "https://www.tiktok.com/@" + shop.replace("-", ""),
                "youtube.com/@" + shop.replace("-", ""), "https://x.com/" + shop.replace("-", "_"),
                "https://www.pinterest.com/" + shop + "/"])
    else:  # share
        v = ch(["https://drive.google.com/file/d/1" + rs(32, A + "-_") + "/view?usp=sharing",
                "https://docs.google.com/spreadsheets/d/1" + rs(43, A + "-_") + "/edit?usp=sharing",
                "https://www.dropbox.com/s/" + rs(15, LOW + DIG) + "/catalog_2025.pdf?dl=0",
                "https://we.tl/t-" + rs(10, A),
                "https://pan.baidu.com/s/1" + rs(22, A + "-_"),
                "https://yadi.sk/d/" + rs(14, A),
                "https://disk.yandex.ru/i/" + rs(14, A),
                "https://1drv.ms/b/s/" + rs(20, A),
                "wetransfer.com/downloads/" + rs(32, "0123456789abcdef") + "/" + rs(6, "0123456789abcdef"),
                "https://www.icloud.com/iclouddrive/0" + rs(24, A)])
    return v, "URL:" + kind + (":scheme" if "://" in v else ":noscheme")


# ---------------------------------------------------------------- messenger handles
def gen_msg(lang, arg=None):
    kind = arg or ch(["wechat", "skype", "telegram", "tme", "line", "qq"])
    f, l = ch(FIRST), ch(LAST)
    if kind == "wechat":
        v = ch(["%s_%s" % (f, digits(R.randint(2, 4))), "wxid_" + rs(R.randint(10, 14), LOW + DIG),
                "%s%s%s" % (f, l, digits(R.randint(2, 4))), "%s-%s%s" % (f, ch(["sz", "gz", "nb", "yw", "dg", "xm"]), digits(3)),
                f.capitalize() + digits(4) + ch(["sz", "", "Trade"])])
    elif kind == "skype":
        v = ch(["live:.cid." + rs(16, "0123456789abcdef"), "live:%s.%s" % (f, l), "live:%s_%s" % (f, digits(3)),
                "%s.%s.%s" % (f, l, ch(["trade", "sales", "biz"])), "%s_%s%s" % (f, l, digits(2))])
    elif kind == "telegram":
        v = "@" + ch(["%s_%s" % (f, l), "%s%s" % (f, digits(3)), "%s_%s" % (l, ch(["supply", "trade", "parts", "opt", "import"])),
                      "%s%s_%s" % (f.capitalize(), l.capitalize(), ch(["sales", "shop", "bot"]))])
    elif kind == "tme":
        h = ch(["%s_%s" % (f, l), "%s%s" % (f, digits(3)), "%s_opt" % l])
        v = ch(["t.me/", "https://t.me/", "t.me/", "telegram.me/"]) + h
    elif kind == "line":
        v = ch(["%s.%s" % (f, ch(["trade", "tw", "shop"])), "%s%s" % (f, digits(4)), "%s_%s" % (f, l)])
    elif kind == "qq":
        for _ in range(100):
            v = digits(R.randint(6, 11), "123456789")
            if not passes_digit_check(v):
                break
    elif kind == "kakao":
        v = "%s_%s" % (f, digits(R.randint(2, 4)))
    else:
        raise ValueError(kind)
    return v, "MESSENGER_HANDLE:" + kind + (":live" if v.startswith("live:") else "")


# ---------------------------------------------------------------- payment cards
def gen_card(lang, arg=None):
    brand = arg or ch(["visa", "visa", "mc", "mc", "amex", "discover", "jcb", "unionpay", "diners"])
    if brand == "visa":
        d = luhn_complete("4" + digits(14))
    elif brand == "mc":
        pre = ch([str(R.randint(51, 55)), str(R.randint(2221, 2720))])
        d = luhn_complete(pre + digits(15 - len(pre)))
    elif brand == "amex":
        d = luhn_complete(ch(["34", "37"]) + digits(12))
    elif brand == "discover":
        pre = ch(["6011", "65", str(R.randint(644, 649))])
        d = luhn_complete(pre + digits(15 - len(pre)))
    elif brand == "jcb":
        d = luhn_complete(str(R.randint(3528, 3589)) + digits(11))
    elif brand == "diners":
        d = luhn_complete(ch(["36", "38", "300", "305"]))
        d = luhn_complete(d[:-1] + digits(13 - len(d[:-1])))
    else:  # unionpay 16 or 19
        n = ch([16, 16, 19])
        pre = ch(["62", "6212", "6222", "6228", "6217"])
        d = luhn_complete(pre + digits(n - 1 - len(pre)))
    assert luhn_ok(d)
    n = len(d)
    if n == 15:
        fmt = ch(["465s", "465d", "plain"])
        v = {"465s": "%s %s %s" % (d[:4], d[4:10], d[10:]), "465d": "%s-%s-%s" % (d[:4], d[4:10], d[10:]), "plain": d}[fmt]
    elif n == 14:
        fmt = ch(["464s", "plain"])
        v = "%s %s %s" % (d[:4], d[4:10], d[10:]) if fmt == "464s" else d
    else:
        fmt = ch(["4s", "4s", "4d", "plain"] + (["6-rest"] if n == 19 else []))
        groups = [d[i:i + 4] for i in range(0, n, 4)]
        v = {"4s": " ".join(groups), "4d": "-".join(groups), "plain": d, "6-rest": d[:6] + " " + d[6:]}[fmt]
    return v, "PAYMENT_CARD:%s:%s" % (brand, fmt)


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {
    "AT": "16n", "BE": "12n", "BG": "4a6n8c", "CH": "5n12c", "CY": "8n16c", "CZ": "20n", "DK": "14n", "EE": "16n",
    "FI": "14n", "FR": "10n11c2n", "GB": "4a14n", "GR": "7n16c", "HR": "17n", "HU": "24n", "IE": "4a14n",
    "IT": "1a10n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c", "MT": "4a5n18c", "NL": "4a10n", "NO": "11n",
    "PL": "24n", "PT": "21n", "RO": "4a16c", "SE": "20n", "SI": "15n", "SK": "20n", "ES": "20n", "DE": "18n",
    "TR": "5n1z16c", "AE": "3n16n", "SA": "2n18c", "QA": "4a21c", "BR": "23n1a1c", "PK": "4a16c", "UA": "6n19c",
    "IL": "19n", "KZ": "3n13c", "EG": "25n", "MU": "4a19n3a", "GE": "2a16n", "AZ": "4a20c", "JO": "4a4n18c",
    "LB": "4n20c", "CR": "18n", "DO": "4a20n", "BH": "4a14c", "KW": "4a22c", "RS": "18n", "BA": "16n", "ME": "18n",
    "MK": "3n10c2n", "AL": "8n16c", "IS": "22n", "LI": "5n12c", "MC": "10n11c2n", "SM": "1a10n12c", "AD": "8n12c",
    "GI": "4a15c", "MD": "2c18c", "XK": "16n", "TN": "20n", "MR": "23n", "GT": "4c20c", "VG": "4a16n",
}
BANK4 = ["NWBK", "BARC", "HSBC", "LOYD", "MIDL", "AIBK", "BOFI", "INGB", "ABNA", "RABO", "KNAB", "BCEE", "HABA",
         "UNCR", "BTRL", "RZBR", "MALT", "VALL", "QNBA", "DOHB", "UNIL", "BKID", "NBAD", "BCPL", "DEUT", "BPOT"]
LANG_IBAN = {
    "en": ["GB", "IE", "NL", "AE", "SA", "QA", "PK", "IL", "MT", "CY", "DK", "SE", "NO", "GR", "BH", "KW", "JO", "MU",
           "LT", "EE", "LV", "IS", "GI", "VG", "CZ", "HU", "RO", "BG"],
    "zh": ["DE", "GB", "NL", "HK" if False else "AE", "FR", "IT", "PL"],
    "es": ["ES", "ES", "ES", "PT", "CR", "DO", "GT", "AD", "FR"],
    "de": ["DE", "DE", "DE", "AT", "AT", "CH", "LI", "LU", "NL", "PL", "CZ", "SK", "SI", "HR"],
    "pt": ["PT", "PT", "BR", "BR", "ES", "LU"],
    "ru": ["KZ", "UA", "GE", "AZ", "MD", "EE", "LV", "LT", "BG", "RS"],
    "fr": ["FR", "FR", "BE", "BE", "LU", "MC", "CH", "TN", "MR"],
    "it": ["IT", "IT", "SM", "CH", "MT", "AL", "ME", "MK"],
    "tr": ["TR", "TR", "TR", "DE", "BA", "XK", "AZ"],
    "vi": ["DE", "FR", "GB", "NL"],
}


def make_iban(cc):
    spec = IBAN_SPEC[cc]
    bban = ""
    for n, kind in re.findall(r"(\d+)([nacz])", spec):
        n = int(n)
        for i in range(n):
            if kind == "n":
                bban += ch(DIG)
            elif kind == "z":
                bban += "0"
            elif kind == "a":
                bban += ch(UP)
            else:
                bban += ch(DIG) if R.random() < 0.8 else ch(UP)
    if cc in ("GB", "IE", "NL") and R.random() < 0.8:
        bban = ch(BANK4) + bban[4:]
    iban = iban_make(cc, bban)
    assert len(iban) == IBAN_LEN[cc], (cc, iban)
    assert iban_ok(iban)
    return iban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(lang, arg=None):
    cc = arg if arg in IBAN_SPEC else (ch(LANG_IBAN[lang]) if R.random() < 0.75 else ch(sorted(IBAN_SPEC)))
    iban = make_iban(cc)
    fmt = ch(["grouped", "grouped", "compact"])
    return (group4(iban) if fmt == "grouped" else iban), "IBAN:%s:%s" % (cc, fmt)


# ---------------------------------------------------------------- bank accounts / BIC / ABA
BICS = [("DEUT", "DE", "FF"), ("COBA", "DE", "FF"), ("HSBC", "HK", "HH"), ("BKCH", "CN", "BJ"), ("ICBK", "CN", "BJ"),
        ("PCBC", "CN", "BJ"), ("CMBC", "CN", "BS"), ("CHAS", "US", "33"), ("BOFA", "US", "3N"), ("CITI", "US", "33"),
        ("WFBI", "US", "6S"), ("BARC", "GB", "22"), ("NWBK", "GB", "2L"), ("BNPA", "FR", "PP"), ("SOGE", "FR", "PP"),
        ("UNCR", "IT", "MM"), ("BCIT", "IT", "MM"), ("CAIX", "ES", "BB"), ("BSCH", "ES", "MM"), ("INGB", "NL", "2A"),
        ("ABNA", "NL", "2A"), ("ITAU", "BR", "SP"), ("BRAS", "BR", "RJ"), ("SABR", "RU", "MM"), ("TICS", "RU", "MM"),
        ("TCZB", "TR", "IS"), ("AKBK", "TR", "IS"), ("BFTV", "VN", "VX"), ("VBAA", "VN", "VX"), ("SBIN", "IN", "BB"),
        ("HDFC", "IN", "BB"), ("RABO", "NL", "2U"), ("UBSW", "CH", "ZH"), ("NDEA", "FI", "HH"), ("SCBL", "SG", "SG"),
        ("DBSS", "SG", "SG"), ("NBAD", "AE", "AA"), ("EBIL", "AE", "AD"), ("NCBK", "SA", "JE"), ("FIRN", "ZA", "JJ"),
        ("BNMX", "MX", "MM"), ("BCMR", "MX", "MM"), ("KOEX", "KR", "SE"), ("MHCB", "JP", "JT"), ("ANZB", "AU", "3M")]


def gen_bic():
    b, c, loc = ch(BICS)
    if R.random() < 0.3:
        b = rs(4, UP)
    v = b + c + loc
    if R.random() < 0.45:
        v += ch(["XXX", "XXX", digits(3), rs(3, UP), "SZN", "SHA", "GZH"])
    assert re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v)
    return v, "BANK_ACCOUNT:bic%d" % len(v)


def clean_digits_acct(n, first=None):
    for _ in range(500):
        d = digits(n, first)
        if not passes_digit_check(d):
            return d
    raise AssertionError


def gen_acct(lang, arg=None):
    kind = arg or "acct"
    if kind == "bic":
        return gen_bic()
    if kind == "aba":
        for _ in range(100):
            d = aba_make()
            if d[0] != "9":
                break
        return d, "BANK_ACCOUNT:aba"
    if kind == "clabe":
        for _ in range(200):
            body = ch(["002", "012", "014", "021", "072", "030", "036"]) + ch(["180", "320", "010", "580", "680"]) + digits(11)
            d = body + clabe_digit(body)
            if not passes_digit_check(d):
                break
        v = d if R.random() < 0.6 else "%s %s %s %s" % (d[:3], d[3:6], d[6:17], d[17])
        return v, "BANK_ACCOUNT:clabe:MX"
    if kind == "cn":
        n = ch([16, 17, 19, 19])
        d = clean_digits_acct(n, "34")
        v = group4(d) if R.random() < 0.5 else d
        return v, "BANK_ACCOUNT:acct:CN"
    if kind == "ru":
        d = ch(["40702810", "40817810", "40702840", "40702978"]) + digits(12)
        return d, "BANK_ACCOUNT:acct:RU"
    if kind == "br":
        v = digits(R.randint(5, 8), "123456789") + "-" + ch(DIG + "X")
        return v, "BANK_ACCOUNT:acct:BR"
    if kind == "vn":
        d = clean_digits_acct(ch([10, 12, 13, 14]), "0123456789")
        return d, "BANK_ACCOUNT:acct:VN"
    cc = ch(["US", "UK", "IN", "SG", "NG", "generic", "generic"])
    if cc == "US":
        v = clean_digits_acct(ch([9, 10, 11, 12]), "123456789")
    elif cc == "UK":
        v = clean_digits_acct(8, "123456789")
    elif cc == "IN":
        v = clean_digits_acct(ch([11, 14, 15]), "123456789")
    elif cc == "SG":
        d = clean_digits_acct(10)
        v = "%s-%s-%s" % (d[:3], d[3:9], d[9])
    elif cc == "NG":
        v = clean_digits_acct(10, "0123")
    else:
        d = clean_digits_acct(ch([10, 12]))
        v = ch([d, "%s-%s" % (d[:4], d[4:]), "%s %s %s" % (d[:3], d[3:6], d[6:])])
    return v, "BANK_ACCOUNT:acct:" + cc


# ---------------------------------------------------------------- national IDs
CN_REGION = ["110101", "110105", "110108", "310104", "310115", "440303", "440305", "440306", "440106", "330102",
             "330782", "320583", "350203", "370202", "510107", "420106", "500103", "120101", "210202", "610113",
             "130102", "410105", "441900", "330203", "450103"]


def gen_nid(lang, arg=None):
    kind = arg or ch(["ssn", "cnid", "aadhaar", "nino"])
    if kind == "ssn":
        for _ in range(500):
            area = R.randint(1, 899)
            if area == 666:
                continue
            d = "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
            if ssn_ok(d) and not aba_ok(d):
                break
        fmt = ch(["dash", "dash", "dash", "space", "plain"])
        v = {"dash": "%s-%s-%s", "space": "%s %s %s"}.get(fmt, "%s%s%s") % (d[:3], d[3:5], d[5:])
        assert ssn_ok(re.sub(r"\D", "", v))
        return v, "NATIONAL_ID:SSN:" + fmt
    if kind == "cnid":
        for _ in range(500):
            y, m, dd = R.randint(1960, 2003), R.randint(1, 12), R.randint(1, 28)
            body = ch(CN_REGION) + "%04d%02d%02d" % (y, m, dd) + digits(3)
            d = body + cnid_check(body)
            if R.random() < 0.15 and d[-1] != "X":
                continue  # bias towards some X endings
            if not luhn_ok(d.replace("X", "")) or d.endswith("X"):
                break
        assert cnid_ok(d)
        fmt = "plain"
        if R.random() < 0.12:
            d, fmt = "%s %s %s" % (d[:6], d[6:14], d[14:]), "6-8-4"
        elif d.endswith("X") and R.random() < 0.3:
            d, fmt = d[:-1] + "x", "lower_x"
        return d, "NATIONAL_ID:CNID:" + fmt
    if kind == "aadhaar":
        for _ in range(200):
            body = digits(11, "23456789")
            d = body + verhoeff_digit(body)
            if not luhn_ok(d):
                break
        assert verhoeff_ok(d)
        fmt = ch(["4-4-4", "4-4-4", "plain", "dash"])
        v = {"4-4-4": "%s %s %s", "dash": "%s-%s-%s"}.get(fmt, "%s%s%s") % (d[:4], d[4:8], d[8:])
        return v, "NATIONAL_ID:AADHAAR:" + fmt
    # UK NINO
    for _ in range(200):
        p = ch(NINO_A) + ch(NINO_B)
        if p not in NINO_BAD:
            break
    d = digits(6)
    s = ch("ABCD")
    fmt = ch(["spaced", "compact", "compact"])
    v = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s) if fmt == "spaced" else p + d + s
    assert nino_ok(v)
    return v, "NATIONAL_ID:NINO:" + fmt


# ---------------------------------------------------------------- IP
def gen_ip(lang, arg=None):
    kind = arg or ch(["v4", "v4", "v6"])
    if kind == "v4net":
        v = "%d.%d.%d.0" % (ch([45, 62, 81, 103, 115, 185, 195, 202, 203, 211]), R.randint(0, 255), R.randint(0, 255))
        ipaddress.IPv4Address(v)
        return v, "IP_ADDRESS:v4:net"
    if kind == "v4":
        t = ch(["pub", "pub", "pub", "priv192", "priv10", "priv172"])
        if t == "pub":
            a = ch([x for x in range(1, 224) if x not in (10, 127, 169, 172, 192, 100)])
            v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        elif t == "priv192":
            v = "192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 254))
        elif t == "priv10":
            v = "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        else:
            v = "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
        ipaddress.IPv4Address(v)
        return v, "IP_ADDRESS:v4:" + t
    pre = ch(["2001:db8", "2a02:%x" % R.randint(0x100, 0xffff), "2400:cb00", "240e:%x" % R.randint(0x100, 0xfff),
              "2409:8a%02x" % R.randint(0, 255), "2600:1f%02x" % R.randint(0, 255), "fe80:0", "fd%02x:%x" % (R.randint(0, 255), R.randint(1, 0xffff))])
    groups = pre.split(":")
    rest = []
    for i in range(8 - len(groups)):
        rest.append("%x" % (0 if R.random() < 0.35 else R.randint(1, 0xffff)))
    if pre.startswith("fe80"):
        rest = ["0", "0"] + rest[2:]
    addr = ipaddress.IPv6Address(":".join(groups + rest))
    fmt = ch(["compressed", "compressed", "compressed", "full", "exploded", "upper"])
    if fmt == "compressed":
        v = addr.compressed
    elif fmt == "exploded":
        v = addr.exploded
    elif fmt == "upper":
        v = addr.compressed.upper()
    else:
        v = ":".join("%x" % int(g, 16) for g in addr.exploded.split(":"))
    ipaddress.IPv6Address(v)
    return v, "IP_ADDRESS:v6:" + fmt


# ---------------------------------------------------------------- crypto wallets
def gen_wallet(lang, arg=None):
    kind = arg or ch(["btc", "eth"])
    if kind == "btc":
        t = ch(["p2pkh", "p2sh", "bech32", "bech32", "taproot"])
        if t == "p2pkh":
            v = b58check(0x00, rand_bytes(20))
            assert v[0] == "1" and b58check_ok(v)
        elif t == "p2sh":
            v = b58check(0x05, rand_bytes(20))
            assert v[0] == "3" and b58check_ok(v)
        elif t == "bech32":
            v = segwit_addr("bc", 0, rand_bytes(20))
            assert segwit_ok(v)
        else:
            v = segwit_addr("bc", 1, rand_bytes(32))
            assert segwit_ok(v)
        return v, "CRYPTO_WALLET:btc:" + t
    h = rand_bytes(20).hex()
    if R.random() < 0.55:
        v = eip55(h)
        assert eip55_ok(v)
        return v, "CRYPTO_WALLET:eth:eip55"
    return "0x" + h, "CRYPTO_WALLET:eth:lower"


# ---------------------------------------------------------------- postal addresses
def pc_uk(area):
    return "%s%d %d%s%s" % (area, R.randint(1, 28), R.randint(1, 9), ch("ABDEFGHJLNPQRSTUWXYZ"), ch("ABDEFGHJLNPQRSTUWXYZ"))


def pc_ca(first):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return "%s%d%s %d%s%d" % (first, R.randint(1, 9), ch(L), R.randint(1, 9), ch(L), R.randint(0, 9))


def addr_US():
    city, st, z = ch([("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Los Angeles", "CA", "900"),
                      ("City of Industry", "CA", "917"), ("Newark", "NJ", "071"), ("Chicago", "IL", "606"),
                      ("Doral", "FL", "331"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"), ("Columbus", "OH", "432"),
                      ("Denver", "CO", "802"), ("Brooklyn", "NY", "112"), ("Charlotte", "NC", "282"), ("Phoenix", "AZ", "850")])
    street = ch(["Main St", "Oak Avenue", "Industrial Pkwy", "Commerce Dr", "W 35th St", "Harbor Blvd", "Elm Street",
                 "Market Street", "Peachtree Rd NE", "E Lake Ave", "Riverside Drive", "Enterprise Way", "NW 25th St"])
    num = str(R.randint(10, 9999))
    zp = z + digits(2)
    if R.random() < 0.2:
        zp += "-" + digits(4)
    unit = ch(["Suite %d" % R.randint(100, 950), "Apt %d%s" % (R.randint(1, 30), ch("ABCD")), "Unit %d" % R.randint(1, 40),
               "#%d" % R.randint(100, 999)])
    f = R.randint(0, 5)
    if f == 0:
        return "%s %s, %s, %s %s" % (num, street, city, st, zp), "plain"
    if f == 1:
        return "%s %s, %s, %s, %s %s" % (num, street, unit, city, st, zp), "unit"
    if f == 2:
        return "%s %s %s, %s, %s %s, USA" % (num, street, unit, city, st, zp), "country"
    if f == 3:
        return "%s %s\n%s\n%s, %s %s" % (num, street, unit, city, st, zp), "multiline"
    if f == 4:
        return "%s %s, %s %s %s" % (num, street, city, st, zp), "nocomma"
    return "%s %s, %s, %s %s, United States" % (num, street, city, st, zp), "country"


def addr_UK():
    town, area = ch([("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Croydon", "CR"),
                     ("Glasgow", "G"), ("Sheffield", "S"), ("Leicester", "LE"), ("Coventry", "CV"), ("Reading", "RG"),
                     ("London", "E"), ("London", "SE"), ("Nottingham", "NG"), ("Bradford", "BD")])
    street = ch(["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road",
                 "Queen Street", "Canal Wharf", "Albion Way"])
    num, pc = R.randint(1, 220), pc_uk(area)
    f = R.randint(0, 4)
    if f == 0:
        return "%d %s, %s %s" % (num, street, town, pc), "plain"
    if f == 1:
        return "%d %s, %s, %s, United Kingdom" % (num, street, town, pc), "country"
    if f == 2:
        return "Unit %d, %s Industrial Estate, %s %s" % (R.randint(1, 40), ch(["Riverside", "Lowfields", "Hillside", "Parkway"]), town, pc), "unit"
    if f == 3:
        return "Flat %d, %d %s, %s %s" % (R.randint(1, 30), num, street, town, pc), "flat"
    return "%d %s\n%s\n%s" % (num, street, town, pc), "multiline"


def addr_DE():
    city, p = ch([("Hamburg", "2"), ("Berlin", "1"), ("München", "8"), ("Köln", "5"), ("Frankfurt am Main", "6"),
                  ("Stuttgart", "7"), ("Düsseldorf", "4"), ("Leipzig", "04"), ("Nürnberg", "9"), ("Bremen", "28"),
                  ("Dortmund", "44"), ("Hannover", "30")])
    plz = p + digits(5 - len(p))
    street = ch(["Haupt", "Industrie", "Bahnhof", "Garten", "Schiller", "Goethe", "Hafen", "Linden", "Kant", "Mozart"]) + \
        ch(["straße", "str.", "weg", "allee", "ring"])
    street = ch([street, street, street, "Am Hafen", "Im Gewerbepark", "An der Autobahn"])
    num = str(R.randint(1, 180)) + ch(["", "", "", "a", "b", "-3"])
    f = R.randint(0, 4)
    if f == 0:
        return "%s %s, %s %s" % (street, num, plz, city), "plain"
    if f == 1:
        return "%s %s, %s %s, Deutschland" % (street, num, plz, city), "country"
    if f == 2:
        return "%s %s, D-%s %s" % (street, num, plz, city), "D-prefix"
    if f == 3:
        return "%s %s\n%s %s" % (street, num, plz, city), "multiline"
    return "%s %s, %s %s, Germany" % (street, num, plz, city), "country_en"


def addr_FR():
    city, p = ch([("Lyon", "690"), ("Paris", "750"), ("Marseille", "130"), ("Lille", "590"), ("Toulouse", "310"),
                  ("Nantes", "440"), ("Bordeaux", "330"), ("Strasbourg", "670"), ("Le Havre", "766")])
    cp = p + digits(2)
    x = ch(["de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "des Lilas", "Pasteur",
            "de Paris", "Gambetta"])
    f = R.randint(0, 3)
    if f == 0:
        return "%d rue %s, %s %s" % (R.randint(1, 150), x, cp, city), "plain"
    if f == 1:
        return "%d bis avenue %s, %s %s, France" % (R.randint(1, 90), x, cp, city), "country"
    if f == 2:
        return "ZI %s, %d chemin %s, %s %s" % (ch(["des Paluds", "Nord", "de la Plaine"]), R.randint(1, 300), x, cp, city), "zi"
    return "%d, boulevard %s\n%s %s" % (R.randint(1, 200), x, cp, city.upper()), "multiline"


def addr_IT():
    city, pr, p = ch([("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Napoli", "NA", "801"),
                      ("Firenze", "FI", "501"), ("Padova", "PD", "351"), ("Brescia", "BS", "251"), ("Prato", "PO", "590")])
    cap = p + digits(2)
    x = ch(["Roma", "Garibaldi", "Dante Alighieri", "Giuseppe Verdi", "dell'Industria", "Mazzini", "Cavour",
            "Vittorio Emanuele II", "della Repubblica"])
    f = R.randint(0, 4)
    if f == 0:
        return "Via %s %d, %s %s (%s)" % (x, R.randint(1, 200), cap, city, pr), "plain"
    if f == 1:
        return "Via %s, %d - %s %s" % (x, R.randint(1, 200), cap, city), "dash"
    if f == 2:
        return "Corso %s %d/%s, %s %s %s" % (x, R.randint(1, 99), ch("ABC"), cap, city, pr), "corso"
    if f == 3:
        return "Viale %s %d, %s %s, Italia" % (x, R.randint(1, 99), cap, city), "country"
    return "Piazza %s %d, %s %s" % (x, R.randint(1, 30), cap, city), "piazza"


def addr_ES():
    city, p = ch([("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"),
                  ("Málaga", "290"), ("Bilbao", "480"), ("Alicante", "030")])
    cp = p + digits(2)
    x = ch(["Mayor", "Alcalá", "Gran Vía", "la Castellana", "Colón", "San Vicente", "Sevilla", "Aragón", "la Industria"])
    piso = ch(["3º B", "2º izq.", "bajo", "1º 2ª", "4º A"])
    f = R.randint(0, 4)
    if f == 0:
        return "Calle %s %d, %s, %s %s" % (x, R.randint(1, 150), piso, cp, city), "plain"
    if f == 1:
        return "C/ %s, %d, %s %s" % (x, R.randint(1, 150), cp, city), "c_slash"
    if f == 2:
        return "Avda. de %s %d, %s %s, España" % (x, R.randint(1, 300), cp, city), "country"
    if f == 3:
        return "Polígono Industrial %s, Nave %d, %s %s" % (ch(["El Pla", "Los Olivos", "San Cristóbal"]), R.randint(1, 40), cp, city), "poligono"
    return "Paseo de %s %d, %s\n%s %s" % (x, R.randint(1, 150), piso, cp, city), "multiline"


def addr_NL():
    city, p = ch([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Eindhoven", "56"), ("Venlo", "59"), ("Tilburg", "50")])
    pc = p + digits(2)
    st = ch(["Keizersgracht", "Damrak", "Industrieweg", "Stationsstraat", "Havenstraat", "Kerkstraat", "Westblaak"])
    ll = ch("ABCDEGHJKLMNPRSTVWXZ") + ch("ABCDEGHJKLMNPRSTVWXZ")
    if R.random() < 0.5:
        return "%s %d, %s %s %s" % (st, R.randint(1, 400), pc, ll, city), "plain"
    return "%s %d-%s, %s%s %s, Netherlands" % (st, R.randint(1, 400), ch("ABC"), pc, ll, city), "country"


def addr_CA():
    city, prov, l = ch([("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"),
                        ("Calgary", "AB", "T"), ("Ottawa", "ON", "K")])
    st = "%s %s%s" % (ch(["Front", "King", "Queen", "Dundas", "Bloor", "Granville", "Sherbrooke"]), ch(["St", "Ave", "Rd", "Blvd"]), ch(["", " W", " E"]))
    pc = pc_ca(l)
    f = R.randint(0, 2)
    if f == 0:
        return "%d %s, %s, %s %s" % (R.randint(10, 3000), st, city, prov, pc), "plain"
    if f == 1:
        return "Unit %d, %d %s, %s, %s %s, Canada" % (R.randint(1, 30), R.randint(10, 3000), st, city, prov, pc), "country"
    return "%d %s\n%s %s  %s" % (R.randint(10, 3000), st, city, prov, pc), "multiline"


def addr_AU():
    sub, state, p = ch([("Parramatta", "NSW", "21"), ("Alexandria", "NSW", "20"), ("Dandenong", "VIC", "31"),
                        ("Richmond", "VIC", "31"), ("Fortitude Valley", "QLD", "40"), ("Osborne Park", "WA", "60"),
                        ("Adelaide", "SA", "50")])
    pc = p + digits(2)
    st = "%s %s" % (ch(["George", "Smith", "Church", "Victoria", "Pitt", "Hoddle", "Ann"]), ch(["St", "Street", "Rd", "Ave", "Pde"]))
    f = R.randint(0, 2)
    if f == 0:
        return "%d %s, %s %s %s" % (R.randint(1, 600), st, sub, state, pc), "plain"
    if f == 1:
        return "Unit %d, %d %s, %s %s %s" % (R.randint(1, 20), R.randint(1, 600), st, sub, state, pc), "unit"
    return "%d/%d %s, %s, %s %s, Australia" % (R.randint(1, 20), R.randint(1, 600), st, sub, state, pc), "country"


def addr_IN():
    city, state, p = ch([("Gurugram", "Haryana", "1220"), ("Noida", "Uttar Pradesh", "2013"), ("Mumbai", "Maharashtra", "4000"),
                         ("Bengaluru", "Karnataka", "5600"), ("Chennai", "Tamil Nadu", "6000"), ("Ahmedabad", "Gujarat", "3800"),
                         ("Ludhiana", "Punjab", "1410"), ("Pune", "Maharashtra", "4110"), ("Hyderabad", "Telangana", "5000")])
    pin = p + digits(2)
    f = R.randint(0, 3)
    if f == 0:
        return "Plot No. %d, Sector %d, %s, %s %s" % (R.randint(1, 400), R.randint(1, 90), city, state, pin), "plot"
    if f == 1:
        return "%d, %s Road, %s, %s - %s" % (R.randint(1, 300), ch(["MG", "Link", "Station", "Ring", "Nehru"]),
                                            ch(["Andheri East", "Koramangala", "Okhla Phase II", "Bhiwandi", "Peenya Industrial Area"]), city, pin), "road"
    if f == 2:
        return "Flat %d, %s Apartments, %s Marg, %s, %s %s, India" % (R.randint(101, 1204), ch(["Sai Krupa", "Green Park", "Shanti"]),
                                                                   ch(["Tilak", "Gandhi", "Patel"]), city, state, pin), "country"
    return "Shop No. %d, %s Market, %s %s" % (R.randint(1, 80), ch(["Gaffar", "Lajpat Rai", "Crawford"]), city, pin), "shop"


def addr_BR():
    city, uf, p = ch([("São Paulo", "SP", "01"), ("Campinas", "SP", "13"), ("Rio de Janeiro", "RJ", "20"), ("Curitiba", "PR", "80"),
                      ("Joinville", "SC", "89"), ("Porto Alegre", "RS", "90"), ("Belo Horizonte", "MG", "30"), ("Manaus", "AM", "69")])
    cep = p + digits(3) + "-" + digits(3)
    x = ch(["Augusta", "das Flores", "Paulista", "XV de Novembro", "Sete de Setembro", "Brigadeiro Faria Lima", "Rio Branco", "dos Andradas"])
    bairro = ch(["Centro", "Consolação", "Jardim América", "Distrito Industrial", "Bela Vista", "Vila Olímpia"])
    f = R.randint(0, 3)
    if f == 0:
        return "Rua %s, %d - %s, %s - %s, %s" % (x, R.randint(1, 3000), bairro, city, uf, cep), "plain"
    if f == 1:
        return "Av. %s, %d, sala %d - %s, %s/%s, CEP %s" % (x, R.randint(1, 3000), R.randint(1, 1500), bairro, city, uf, cep), "cep"
    if f == 2:
        return "Rua %s, %d, %s\n%s - %s\n%s" % (x, R.randint(1, 3000), bairro, city, uf, cep), "multiline"
    return "Rodovia BR-%d, km %d, %s - %s, %s" % (ch([101, 116, 381]), R.randint(1, 400), city, uf, cep), "rodovia"


def addr_JP():
    area, ward, city, p = ch([("Shibaura", "Minato", "Tokyo", "108"), ("Nihonbashi", "Chuo", "Tokyo", "103"),
                              ("Umeda", "Kita", "Osaka", "530"), ("Sakae", "Naka", "Nagoya", "460"),
                              ("Hakata Ekimae", "Hakata", "Fukuoka", "812")])
    zp = p + "-" + digits(4)
    cbg = "%d-%d-%d" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if R.random() < 0.5:
        return "%s %s, %s-ku, %s %s, Japan" % (cbg, area, ward, city, zp), "country"
    return "%s Bldg. %dF, %s %s, %s-ku, %s %s" % (ch(["Sunrise", "Daiichi", "Kowa"]), R.randint(2, 12), cbg, area, ward, city, zp), "bldg"


CN_EN = [("Shenzhen", "Guangdong", "518", ["Bao'an", "Longgang", "Nanshan", "Longhua"]),
         ("Guangzhou", "Guangdong", "510", ["Baiyun", "Panyu", "Tianhe"]),
         ("Ningbo", "Zhejiang", "315", ["Yinzhou", "Beilun"]),
         ("Dongguan", "Guangdong", "523", ["Chang'an Town", "Humen Town"]),
         ("Xiamen", "Fujian", "361", ["Huli", "Siming"]),
         ("Suzhou", "Jiangsu", "215", ["Wuzhong", "Xiangcheng"]),
         ("Qingdao", "Shandong", "266", ["Huangdao", "Chengyang"]),
         ("Foshan", "Guangdong", "528", ["Shunde", "Nanhai"]),
         ("Yiwu", "Zhejiang", "322", ["Choucheng Street", "Futian Street"])]


def addr_CN_EN():
    city, prov, p, dists = ch(CN_EN)
    dist = ch(dists)
    dword = "" if ("Town" in dist or "Street" in dist) else " District"
    pc = p + digits(3)
    road = ch(["Baoyuan", "Keji", "Xinhu", "Jiangnan", "Huancheng", "Yinhai", "Shixin", "Zhongshan", "Renmin", "Gongye"])
    f = R.randint(0, 3)
    if f == 0:
        return "Room %d, Building %s, No. %d %s Road, %s%s, %s, %s %s" % (R.randint(101, 2508), ch("ABCDE"), R.randint(1, 999), road, dist, dword, city, prov, pc), "room"
    if f == 1:
        return "No. %d, %s Road, %s%s, %s %s, China" % (R.randint(1, 999), road, dist, dword, city, pc), "country"
    if f == 2:
        return "%dF, Block %s, %s Industrial Park, %s%s, %s, %s, China" % (R.randint(1, 8), ch("ABCD"), ch(["Huafeng", "Tianan", "Jinhu", "Xinghe"]), dist, dword, city, prov), "park"
    return "%d %s Rd, %s%s, %s %s, P.R. China" % (R.randint(1, 999), road, dist, dword, city, pc), "rd"


CN_ZH = [("广东省", "深圳市", ["宝安区", "龙岗区", "南山区", "龙华区"]), ("广东省", "东莞市", ["长安镇", "虎门镇", "塘厦镇"]),
         ("浙江省", "宁波市", ["鄞州区", "北仑区", "余姚市"]), ("浙江省", "义乌市", ["稠城街道", "北苑街道", "福田街道"]),
         ("江苏省", "苏州市", ["吴中区", "工业园区", "昆山市"]), ("", "上海市", ["浦东新区", "闵行区", "松江区"]),
         ("山东省", "青岛市", ["黄岛区", "城阳区"]), ("福建省", "厦门市", ["湖里区", "集美区"]), ("广东省", "佛山市", ["顺德区", "南海区"])]


def addr_CN_ZH():
    prov, city, dists = ch(CN_ZH)
    dist = ch(dists)
    road = ch(["宝源路", "科技园路", "工业大道", "人民路", "中山北路", "金海路", "江南大道", "解放路", "建设路", "新华路", "振兴路"])
    n = R.randint(1, 999)
    f = R.randint(0, 4)
    if f == 0:
        return "%s%s%s%s%d号" % (prov, city, dist, road, n), "plain"
    if f == 1:
        return "%s%s%s%s%d号%s栋%d楼" % (prov, city, dist, road, n, ch("ABCD123"), R.randint(1, 12)), "building"
    if f == 2:
        return "%s%s%s%d号%s工业园%d栋%d室" % (city, dist, road, n, ch(["华丰", "天安", "金湖", "星河"]), R.randint(1, 9), R.randint(101, 1808)), "park"
    if f == 3:
        return "中国%s%s%s%s%d号%d单元%d" % (prov, city, dist, road, n, R.randint(1, 6), R.randint(101, 2505)), "country"
    return "%s%s%s%s%d号 %s座%d" % (prov, city, dist, road, n, ch("ABC"), R.randint(101, 2505)), "space"


def addr_MX():
    city, state = ch([("Ciudad de México", "CDMX"), ("Guadalajara", "Jalisco"), ("Monterrey", "Nuevo León"), ("Puebla", "Puebla"), ("Querétaro", "Qro")])
    x = ch(["Insurgentes Sur", "Reforma", "Juárez", "Hidalgo", "Vallarta", "Constitución"])
    col = ch(["Centro", "Del Valle", "Roma Norte", "Industrial", "Americana"])
    cp = digits(5, "0123456789")
    if R.random() < 0.5:
        return "Av. %s %d, Col. %s, C.P. %s, %s, %s" % (x, R.randint(1, 3000), col, cp, city, state), "av"
    return "Calle %s %d Int. %d, Col. %s, %s %s, %s" % (x, R.randint(1, 900), R.randint(1, 20), col, cp, city, state), "calle"


def addr_RU():
    city, p = ch([("Москва", "1"), ("Санкт-Петербург", "19"), ("Екатеринбург", "620"), ("Новосибирск", "630"), ("Казань", "420")])
    pc = p + digits(6 - len(p))
    x = ch(["Тверская", "Ленина", "Садовая", "Гагарина", "Мира", "Промышленная"])
    f = R.randint(0, 3)
    if f == 0:
        return "ул. %s, д. %d, кв. %d, г. %s, %s" % (x, R.randint(1, 120), R.randint(1, 300), city, pc), "street_first"
    if f == 1:
        return "%s, г. %s, ул. %s, д. %d, офис %d" % (pc, city, x, R.randint(1, 120), R.randint(1, 900)), "index_first"
    if f == 2:
        return "г. %s, пр-т %s, д. %d, стр. %d" % (city, x, R.randint(1, 120), R.randint(1, 9)), "city_first"
    lat = ch([("Moscow", "Tverskaya"), ("Saint Petersburg", "Sadovaya"), ("Kazan", "Lenina")])
    return "ul. %s %d, office %d, %s %s, Russia" % (lat[1], R.randint(1, 120), R.randint(1, 900), lat[0], pc), "latin"


def addr_TR():
    ilce, il, p = ch([("Kadıköy", "İstanbul", "347"), ("Ataşehir", "İstanbul", "347"), ("Çankaya", "Ankara", "066"),
                      ("Osmangazi", "Bursa", "162"), ("Konak", "İzmir", "352"), ("Şahinbey", "Gaziantep", "270")])
    pc = p + digits(2)
    m = ch(["Atatürk", "Cumhuriyet", "Yenişehir", "Fatih", "Barbaros"])
    c = ch(["İstiklal", "İnönü", "Gazi", "Bağdat", "Vatan"])
    if R.random() < 0.5:
        return "%s Mah. %s Cad. No:%d D:%d, %s %s/%s" % (m, c, R.randint(1, 250), R.randint(1, 30), pc, ilce, il), "mah"
    return "%s Mahallesi, %s Sokak No: %d/%d, %s / %s" % (m, c, R.randint(1, 250), R.randint(1, 30), ilce, il), "sokak"


def addr_VN():
    x = ch(["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Cách Mạng Tháng 8", "Hai Bà Trưng", "Phạm Văn Đồng"])
    f = R.randint(0, 3)
    if f == 0:
        return "Số %d %s, Phường %s, Quận %d, TP. Hồ Chí Minh" % (R.randint(1, 400), x, ch(["Bến Nghé", "Bến Thành", "Tân Định", "12"]), R.randint(1, 12)), "hcm"
    if f == 1:
        return "%d %s, P. %d, Q. %d, TP.HCM" % (R.randint(1, 400), x, R.randint(1, 15), R.randint(1, 12)), "hcm_abbr"
    if f == 2:
        return "Số %d ngõ %d %s, %s, Hà Nội" % (R.randint(1, 80), R.randint(1, 300), x, ch(["Cầu Giấy", "Đống Đa", "Hoàn Kiếm"])), "hanoi"
    return "Lô %s%d, KCN %s, %s" % (ch("ABCDE"), R.randint(1, 40), ch(["Tân Bình", "VSIP 1", "Long Hậu", "Quang Minh"]),
                                    ch(["Bình Dương", "Long An", "Hà Nội", "Đồng Nai"])), "kcn"


ADDR = {"US": addr_US, "UK": addr_UK, "DE": addr_DE, "FR": addr_FR, "IT": addr_IT, "ES": addr_ES, "NL": addr_NL,
        "CA": addr_CA, "AU": addr_AU, "IN": addr_IN, "BR": addr_BR, "JP": addr_JP, "CN_EN": addr_CN_EN,
        "CN_ZH": addr_CN_ZH, "MX": addr_MX, "RU": addr_RU, "TR": addr_TR, "VN": addr_VN}
LANG_ADDR = {
    "en": ["US", "US", "UK", "UK", "DE", "CN_EN", "CN_EN", "FR", "IT", "ES", "NL", "CA", "AU", "AU", "IN", "IN", "BR", "JP", "JP", "MX"],
    "zh": ["CN_ZH"] * 6 + ["CN_EN", "US", "DE"],
    "es": ["ES", "ES", "MX", "MX", "US", "CN_EN"],
    "de": ["DE", "DE", "DE", "NL", "CN_EN", "CN_ZH"],
    "pt": ["BR", "BR", "BR", "CN_EN"],
    "ru": ["RU", "RU", "RU", "CN_ZH", "CN_EN"],
    "fr": ["FR", "FR", "CA", "CN_EN"],
    "it": ["IT", "IT", "IT", "CN_EN"],
    "tr": ["TR", "TR", "TR", "DE"],
    "vi": ["VN", "VN", "VN", "CN_ZH"],
}


def gen_addr(lang, arg=None):
    cc = arg if arg in ADDR else ch(LANG_ADDR[lang])
    v, form = ADDR[cc]()
    assert v == v.strip()
    return v, "POSTAL_ADDRESS:%s:%s" % (cc, form)


PII_GEN = {"PHONE": ("PHONE", gen_phone), "EMAIL": ("EMAIL", gen_email), "URL": ("URL", gen_url),
           "MSG": ("MESSENGER_HANDLE", gen_msg), "CARD": ("PAYMENT_CARD", gen_card), "IBAN": ("IBAN", gen_iban),
           "ACCT": ("BANK_ACCOUNT", gen_acct), "NID": ("NATIONAL_ID", gen_nid), "IP": ("IP_ADDRESS", gen_ip),
           "WALLET": ("CRYPTO_WALLET", gen_wallet), "ADDR": ("POSTAL_ADDRESS", gen_addr)}


# ================================================================ look-alikes (hard negatives)
LOCALE = {"en": ".", "zh": ".", "es": ",", "de": ",", "pt": ",", "ru": ",", "fr": ",", "it": ",", "tr": ",", "vi": ","}


def fmt_amount(x, lang, decimals=2, thousands=None):
    dec = LOCALE[lang]
    s = ("%." + str(decimals) + "f") % x
    ip, _, fp = s.partition(".")
    if thousands is None:
        thousands = {".": ",", ",": "."}[dec]
        if lang in ("fr", "ru") and R.random() < 0.7:
            thousands = "\u00a0" if R.random() < 0.3 else " "
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = thousands.join(groups) if len(groups) > 1 and R.random() < 0.85 else "".join(groups)
    return out + (dec + fp if decimals else "")


CUR = {"en": ["$", "US$", "USD ", "€", "EUR ", "£", "GBP ", "AUD ", "CAD ", "₹", "AED "],
       "zh": ["¥", "RMB ", "USD ", "$", "人民币", "€"],
       "es": ["$", "USD ", "€", "MXN ", "US$"],
       "de": ["€", "EUR ", "CHF ", "$"],
       "pt": ["R$ ", "R$", "USD ", "US$ ", "€"],
       "ru": ["₽", "руб.", "USD ", "$", "¥"],
       "fr": ["€", "EUR ", "$"],
       "it": ["€", "EUR ", "$"],
       "tr": ["₺", "TL", "USD ", "€", "$"],
       "vi": ["₫", "VND ", "đ", "USD ", "$"]}


def neg_price(lang, arg=None):
    cur = ch(CUR[lang])
    big = cur.strip() in ("₫", "VND", "đ", "₹", "¥", "RMB", "人民币", "₽", "руб.", "MXN", "TL", "₺")
    x = R.uniform(0.2, 40) if R.random() < 0.6 else R.uniform(100, 90000)
    if big:
        x *= ch([1, 10, 100]) if cur.strip() not in ("₫", "VND", "đ") else 20000
    dec = 0 if (x > 5000 and R.random() < 0.6) or cur.strip() in ("₫", "VND", "đ") else 2
    amt = fmt_amount(x, lang, dec)
    unit = ch(["", "", "", "/pc", "/pcs", "/set", "/kg", "/m", "/ton", " per unit", "/unit", " each"])
    if lang == "zh":
        unit = ch(["", "", "/件", "/个", "/套", "/吨"])
    if lang in ("de",):
        unit = ch(["", "", "/Stk.", " pro Stück", "/kg"])
    if lang in ("es", "pt"):
        unit = ch(["", "", "/pza", "/un", " c/u", "/kg"])
    if lang == "ru":
        unit = ch(["", "", "/шт", " за шт.", "/кг"])
    p = R.random()
    if cur in ("руб.", "TL", "đ") or (lang in ("de", "fr", "it", "ru", "vi", "tr") and p < 0.45 and cur.strip() in ("€", "₽", "₫", "₺", "CHF", "EUR")):
        v = "%s %s" % (amt, cur.strip()) + unit
    elif cur == "人民币":
        v = "人民币%s元" % amt if R.random() < 0.5 else "%s元" % amt
    elif p < 0.1 and lang in ("en", "zh"):
        v = "FOB %s%s%s" % (cur, amt, unit or "/pc")
    elif p < 0.18 and cur.strip() in ("$", "US$", "USD", "€"):
        hi = fmt_amount(x * R.uniform(1.05, 1.4), lang, dec, thousands="" if x < 1000 else None)
        v = "%s%s-%s%s" % (cur, amt, hi, unit)
    else:
        v = "%s%s%s" % (cur, amt, unit)
    if lang == "en" and R.random() < 0.08:
        v = ch(["%.1fk USD" % R.uniform(1, 99), "%d dollars" % R.randint(2, 900), "CHF 1'%03d.%02d" % (R.randint(0, 999), R.randint(0, 99)),
                "₹ %d,%02d,%03d" % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 999))])
    return v


def neg_qty(lang, arg=None):
    n = ch([R.randint(50, 900), R.randint(1000, 50000), R.randint(1, 20)])
    def th(k):
        return fmt_amount(k, lang, 0)
    opts = {
        "en": ["%s pcs" % th(n), "%dx40HQ" % R.randint(1, 5), "1 x 20GP", "%d ctns" % n, "%d pallets" % R.randint(1, 30),
               "%s units" % th(n), "%d dozen" % R.randint(2, 90), "%d x 40'HC" % R.randint(1, 4), "%d rolls" % R.randint(5, 500)],
        "zh": ["%d件" % n, "%d个" % n, "%d万个" % R.randint(1, 50), "%d箱" % n, "%d个40尺高柜" % R.randint(1, 5), "%d套" % n],
        "es": ["%s unidades" % th(n), "%s piezas" % th(n), "%d cajas" % n, "%d contenedores de 40'" % R.randint(1, 5)],
        "de": ["%s Stück" % th(n), "%s Stk." % th(n), "%d Paletten" % R.randint(1, 30), "%d Kartons" % n],
        "pt": ["%s peças" % th(n), "%s unidades" % th(n), "%d caixas" % n, "%d contêineres de 40 pés" % R.randint(1, 4)],
        "ru": ["%s шт." % th(n), "%d коробок" % n, "%d паллет" % R.randint(1, 30), "%s шт" % th(n)],
        "fr": ["%s pièces" % th(n), "%d cartons" % n, "%d palettes" % R.randint(1, 30)],
        "it": ["%s pezzi" % th(n), "%d cartoni" % n, "%d bancali" % R.randint(1, 30)],
        "tr": ["%s adet" % th(n), "%d koli" % n, "%d palet" % R.randint(1, 30)],
        "vi": ["%s cái" % th(n), "%d thùng" % n, "%s chiếc" % th(n)],
    }
    return ch(opts[lang] + ["%dx40HQ" % R.randint(1, 5)])


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
          "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]}


def neg_date(lang, arg=None):
    y, m, d = R.choice([2024, 2025, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    common = ["%04d-%02d-%02d" % (y, m, d)]
    if lang == "en":
        opts = ["%02d/%02d/%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y), "%s %d" % (MONTHS["en"][m - 1][:3], d),
                "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%s %dth" % (MONTHS["en"][m - 1], d if d > 3 and d < 21 else 11),
                "%02d-%s-%02d" % (d, MONTHS["en"][m - 1][:3], y % 100), "%d/%d" % (m, d), "wk %d" % R.randint(1, 52)]
    elif lang == "zh":
        opts = ["%d年%d月%d日" % (y, m, d), "%d月%d日" % (m, d), "%d/%d" % (m, d), "%04d.%02d.%02d" % (y, m, d), "%d号" % d]
    elif lang in ("de", "ru", "tr"):
        opts = ["%02d.%02d.%04d" % (d, m, y), "%d.%d." % (d, m), "%d %s" % (d, MONTHS[lang][m - 1]), "%02d.%02d.%02d" % (d, m, y % 100)]
        if lang == "de":
            opts.append("KW %d" % R.randint(1, 52))
    elif lang == "vi":
        opts = ["%02d/%02d/%04d" % (d, m, y), "ngày %d/%d" % (d, m), "%d/%d" % (d, m), "ngày %d tháng %d" % (d, m)]
    else:
        opts = ["%02d/%02d/%04d" % (d, m, y), "%d de %s" % (d, MONTHS[lang][m - 1]) if lang in ("es", "pt") else "%d %s" % (d, MONTHS[lang][m - 1]),
                "%d/%d" % (d, m), "%02d-%02d-%04d" % (d, m, y)]
    return ch(opts + common)


def neg_exp(lang, arg=None):
    return ch(["%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "%02d/20%02d" % (R.randint(1, 12), R.randint(26, 31))])


def neg_time(lang, arg=None):
    h, mi = R.randint(7, 21), ch([0, 0, 15, 30, 45, R.randint(1, 59)])
    opts = ["%02d:%02d" % (h, mi), "%d:%02d" % (h, mi)]
    if lang == "en":
        opts += ["%d%s" % (h % 12 or 12, ch(["pm", "am", " PM"])), "%d:%02d AM EST" % (h % 12 or 12, mi), "%02d:%02d CET" % (h, mi),
                 "%02d:%02d (GMT+8)" % (h, mi), "%d:%02d pm" % (h % 12 or 12, mi)]
    elif lang == "zh":
        opts += ["下午%d点" % R.randint(1, 6), "上午%d点半" % R.randint(8, 11), "%d点%d分" % (h, mi)]
    elif lang == "de":
        opts += ["%d Uhr" % h, "%d.%02d Uhr" % (h, mi)]
    elif lang == "fr":
        opts += ["%dh%02d" % (h, mi), "%dh" % h]
    elif lang == "ru":
        opts += ["%d:%02d по Москве" % (h, mi)]
    elif lang == "pt":
        opts += ["%dh" % h, "%dh%02d" % (h, mi)]
    elif lang == "vi":
        opts += ["%dh%02d" % (h, mi), "%d giờ" % h]
    return ch(opts)


def _luhn_fail_digits(n, first=None):
    for _ in range(1000):
        d = digits(n, first)
        if not luhn_ok(d) and neg_clean(d):
            return d
    raise AssertionError


def neg_ts(lang, arg=None):
    y, m, d = ch([2024, 2025]), R.randint(1, 12), R.randint(1, 28)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    unix = R.randint(1704067200, 1767225599)
    opts = ["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, ss), "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss),
            "%04d-%02d-%02dT%02d:%02d:%02d+08:00" % (y, m, d, hh, mm, ss), str(unix), str(unix) + digits(3),
            "[%02d/%02d/%04d %02d:%02d]" % (d, m, y, hh, mm), "%04d%02d%02d%02d%02d%02d" % (y, m, d, hh, mm, ss),
            "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, hh, mm, ss, R.randint(0, 999))]
    return ch(opts)


def neg_order(lang, arg=None):
    p = R.randint(0, 11)
    if p == 0:
        return "PO-%d-%04d" % (ch([2024, 2025]), R.randint(1, 9999))
    if p == 1:
        return "PO#%s" % digits(8, "4")
    if p == 2:
        return "45" + digits(8)
    if p == 3:
        return "SO-%02d-%05d" % (R.randint(24, 26), R.randint(1, 99999))
    if p == 4:
        return _luhn_fail_digits(16, "23")
    if p == 5:
        return _luhn_fail_digits(19, "123")
    if p == 6:
        for _ in range(1000):
            v = "%s-%s-%s" % (digits(3, "1"), digits(7), digits(7))
            if neg_clean(v):
                return v
    if p == 7:
        return "ORD%04d%02d%02d%03d" % (2025, R.randint(1, 12), R.randint(1, 28), R.randint(1, 999))
    if p == 8:
        for _ in range(1000):
            v = digits(18, "123456789")
            if neg_clean(v):
                return v
    if p == 9:
        return "DD%s-%04d" % (digits(8, "2"), R.randint(1, 9999))
    if p == 10:
        return "#" + rs(1, UP) + digits(7)
    return _luhn_fail_digits(R.randint(13, 17), "8")


def neg_sku(lang, arg=None):
    return ch(["%s-%d-%s" % (rs(2, UP), R.randint(1000, 9999), ch(["BLK", "WHT", "RD", "GRY", "XL", "EU", "US"])),
               "SKU-%05d-%s" % (R.randint(0, 99999), rs(2, UP)), "%s-%d/%s" % (rs(1, UP), R.randint(100, 9999), ch("ABCD")),
               "%s%d-%s" % (rs(2, UP), R.randint(1000, 9999), rs(2, UP)), "%d-%s-%05d" % (R.randint(1, 9), rs(3, UP), R.randint(1, 99999)),
               "%s.%03d.%02d" % (rs(3, UP), R.randint(0, 999), R.randint(0, 99))])


def neg_model(lang, arg=None):
    return ch(["XR-%d%s" % (R.randint(100, 999), ch(["T", "S", "", "Pro"])), "DCD%d%s" % (R.randint(700, 999), ch(["N", "B", ""])),
               "GH-%d/B" % R.randint(1000, 9999), "ESP32-WROOM-32E", "STM32F103C8T6", "LM2596S-ADJ", "WD40EZRZ",
               "%s%d%s" % (rs(2, UP), R.randint(10, 9999), rs(1, UP)), "ZB-%dW" % R.randint(10, 300), "MX%d-%s" % (R.randint(100, 999), rs(2, UP)),
               "NE555P", "A%d-%d" % (R.randint(10, 99), R.randint(100, 999))])


def neg_hs(lang, arg=None):
    for _ in range(100):
        ch4 = ch(["8517", "8471", "8537", "9403", "6109", "3926", "8516", "7318", "8504", "9405", "4202", "8708", "6403", "3304"])
        v = ch(["%s.%s.%s" % (ch4, digits(2), digits(2)), "%s.%s" % (ch4, digits(2)), ch4 + digits(4), ch4 + digits(6),
                "%s.%s.%s" % (ch4, digits(2), digits(4)), "%s.%s.%s.%s" % (ch4, digits(2), digits(2), digits(2))])
        if neg_clean(v):
            return v


def neg_container(lang, arg=None):
    for _ in range(100):
        owner = ch(["MSC", "MSK", "CMA", "CSN", "CBH", "HLX", "OOL", "EGS", "EIS", "ONE", "TGH", "TCN", "SEG", "TEM", "GES",
                    "FCI", "BMO", "CAI", "TRH", "YML", "HDM", "ZIM", "TLL", "BEA"])
        body = owner + "U" + digits(6)
        c = iso6346_digit(body)
        if c == 10:
            continue
        v = body + str(c)
        f = R.random()
        if f < 0.65:
            return v
        if f < 0.85:
            return "%s %s %s" % (v[:4], v[4:10], v[10])
        return "%s %s-%s" % (v[:4], v[4:10], v[10])


def neg_track(lang, arg=None):
    for _ in range(1000):
        p = R.randint(0, 9)
        if p == 0:
            body = rs(6, UP + DIG) + ch(["01", "02", "03", "12", "13", "42"]) + digits(7)
            v = "1Z" + body + ups_digit(body)
            if R.random() < 0.3:
                v = "1Z %s %s %s %s %s" % (v[2:5], v[5:8], v[8:10], v[10:14], v[14:])
        elif p == 1:
            v = digits(12, "78")
            if R.random() < 0.4:
                v = "%s %s %s" % (v[:4], v[4:8], v[8:])
        elif p == 2:
            v = digits(10, "123456789")
        elif p == 3:
            d8 = digits(8)
            v = ch(["EE", "RR", "LP", "CP", "RB", "LZ", "UA", "RA"]) + d8 + s10_digit(d8) + ch(["CN", "CN", "DE", "US", "RU", "BR", "TR", "VN"])
        elif p == 4:
            v = "SF" + digits(13, "1")
        elif p == 5:
            v = "YT" + digits(16, "2")
        elif p == 6:
            v = "9400 " + " ".join(digits(4) for _ in range(4)) + " " + digits(2)
        elif p == 7:
            v = "LP00" + digits(12)
        elif p == 8:
            v = "JDV" + digits(12, "0")
        else:
            v = "UUS%s%s" % (digits(2), rs(14, UP + DIG))
        if neg_clean(v):
            return v


def neg_dim(lang, arg=None):
    a, b, c = R.randint(10, 150), R.randint(10, 120), R.randint(5, 100)
    sep = ch(["x", "x", "*", " x ", " × ", "X"])
    unit = ch(["cm", " cm", "mm", " mm", "cm"])
    if R.random() < 0.2:
        return "L%d%sW%d%sH%d%s" % (a, "*", b, "*", c, unit.strip())
    if R.random() < 0.1:
        return "%d%s%d%s%d mm" % (a * 20, sep, b * 10, sep, R.randint(2, 30))
    if R.random() < 0.1:
        return "Ø%d mm" % R.randint(5, 300)
    return "%d%s%d%s%d%s" % (a, sep, b, sep, c, unit)


def neg_weight(lang, arg=None):
    x = R.uniform(0.3, 40)
    dec = LOCALE[lang]
    v = ("%.1f" % x).replace(".", dec)
    return ch(["%s kg" % v, "%skg" % v, "G.W. %s kg" % v, "N.W.: %skg" % v, "%d g" % R.randint(50, 990),
               "%d lbs" % R.randint(2, 90), "%s t" % ("%.1f" % R.uniform(1, 25)).replace(".", dec), "%s tons" % ("%.1f" % R.uniform(1, 25))])


def neg_inv(lang, arg=None):
    y = ch([24, 25, 26])
    opts = ["PI-%d-%04d" % (y, R.randint(1, 9999)), "INV-%05d" % R.randint(1, 99999), "CI/%d/%04d" % (y, R.randint(1, 9999)),
            "PI20%d%02d%02d%02d" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(1, 99)), "RE-20%d-%05d" % (y, R.randint(1, 99999)),
            "F-20%d/%d" % (y, R.randint(1, 999)), "INV20%d%04d" % (y, R.randint(1, 9999))]
    if lang == "ru":
        opts.append("№ %d от %02d.%02d.20%d" % (R.randint(1, 999), R.randint(1, 28), R.randint(1, 12), y))
    if lang == "pt":
        opts.append("NF-e %d" % R.randint(1000, 999999))
    return ch(opts)


def neg_ver(lang, arg=None):
    a, b, c, d = R.randint(0, 9), R.randint(0, 20), R.randint(0, 30), R.randint(1, 250)
    return ch(["v%d.%d.%d" % (a, b, c), "V%d.%d.%d.%d" % (a, b, c, d), "%d.%d.%d.%d" % (a + 1, b, c, d),
               "ver. %d.%d.%d.%d" % (a, b, c, d), "%d.%d" % (a + 1, b), "v%d.%d.%d-beta" % (a, b, c), "build %d" % R.randint(100, 9999),
               "%d.%d.%d" % (a + 1, b, c)])


def neg_bl(lang, arg=None):
    for _ in range(100):
        v = ch(["MEDU%s%s" % (rs(2, UP), digits(6)), "COSU%s" % digits(10, "6"), "HLCU%s%s%s" % (rs(3, UP), digits(7), rs(2, UP)),
                "ONEY%s%s" % (rs(4, UP), digits(8)), "MAEU%s" % digits(9, "2"), "SZX%s" % digits(10, "2"),
                "EGLV%s" % digits(12, "1"), "HBL-%s-%s" % (rs(3, UP), digits(6))])
        if neg_clean(v):
            return v


def neg_ean(lang, arg=None):
    for _ in range(1000):
        if R.random() < 0.75:
            pre = ch(["690", "692", "693", "694", "695", "400", "401", "426", "789", "460", "800", "840", "300", "869", "893", "880"])
            body = pre + digits(12 - len(pre))
            v = body + ean13_digit(body)
        else:
            body = ch(["0", "8"]) + digits(10)
            v = body + upca_digit(body)
        if neg_clean(v):
            return v


TERMS = {
    "en": ["30% T/T deposit, 70% before shipment", "L/C at sight", "Net 30", "D/P at sight", "50% deposit, balance against B/L copy",
           "100% T/T in advance", "OA 60 days", "CAD", "30/70 TT"],
    "zh": ["30%定金，70%见提单副本", "全款发货", "T/T 30%预付", "信用证即期", "月结30天"],
    "es": ["50% anticipo, 50% contra copia del BL", "carta de crédito a la vista", "pago a 30 días", "100% por adelantado"],
    "de": ["30 % Anzahlung, Rest vor Versand", "Vorkasse", "30 Tage netto", "Akkreditiv bei Sicht", "2 % Skonto 10 Tage"],
    "pt": ["30% de sinal, 70% antes do embarque", "pagamento antecipado", "carta de crédito à vista", "30/60/90 dias"],
    "ru": ["30% предоплата, 70% перед отгрузкой", "100% предоплата", "аккредитив", "отсрочка 30 дней"],
    "fr": ["30 % d'acompte, solde avant expédition", "paiement à 30 jours", "lettre de crédit à vue"],
    "it": ["30% anticipo, saldo prima della spedizione", "bonifico anticipato", "RiBa 60 gg"],
    "tr": ["%30 peşin, %70 yüklemeden önce", "akreditif", "30 gün vadeli"],
    "vi": ["đặt cọc 30%, 70% trước khi giao", "L/C trả ngay", "thanh toán 100% trước"],
}


def neg_terms(lang, arg=None):
    return ch(TERMS[lang] + TERMS["en"][:3])


def neg_place(lang, arg=None):
    return "%s %s" % (ch(["FOB", "FOB", "CIF", "EXW", "DDP", "CFR", "DAP", "FCA", "CIP"]),
                      ch(["Shenzhen", "Ningbo", "Shanghai", "Qingdao", "Yiwu", "Foshan", "Xiamen", "Hamburg", "Rotterdam",
                          "Santos", "Los Angeles", "Jebel Ali", "Mersin", "Haiphong", "Valencia", "Genova", "Le Havre",
                          "Novorossiysk", "Manzanillo", "Felixstowe", "Nhava Sheva", "Durban", "Lagos"]))


def neg_spec(lang, arg=None):
    return ch(["220V/50Hz", "IP65", "IP67", "AC100-240V 50/60Hz", "M6x20", "12V 7Ah", "SUS304", "DN25 PN16", "Cat6 UTP",
               "1080P", "CE/RoHS", "ISO 9001:2015", "EN 71-3", "5000mAh", "USB-C PD 65W", "G1/2\"", "M8x1.25", "4K@60Hz",
               "R410A", "IP44", "24V DC", "Φ12mm", "3.7V 2000mAh", "RAL 9016", "Pantone 186C", "AISI 316L"])


def neg_file(lang, arg=None):
    return ch(["PI_%s-%03d.pdf" % (rs(2, UP), R.randint(1, 999)), "quotation_v%d.xlsx" % R.randint(1, 5), "drawing-rev.%s.dwg" % ch("ABC"),
               "IMG_2025%02d%02d_%02d%02d%02d.jpg" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "packing_list.docx",
               "Angebot_2025-%03d.pdf" % R.randint(1, 999), "装箱单.xls", "catalogue_2025.pdf", "spec sheet.pdf",
               "VID_%s.mp4" % digits(8, "2"), "CO_form_E.pdf", "test-report_SGS.pdf"])


def neg_mention(lang, arg=None):
    return "@" + ch(["Kevin", "Anna", "Mia_Export", "Tom", "Sales_Team", "Lucas", "Ivan", "Marco", "Emre", "Minh", "Lily", "QC_dept",
                     "all", "here", "Carlos", "logistics"])


def neg_caps(lang, arg=None):
    return ch(["URGENT", "CUSTOMER", "DELIVERY", "SHIPMENT", "QUESTION", "PURCHASE", "APPROVED", "SHIPPING", "CERTIFICATE",
               "REPLACEMENT", "INSTRUCTION", "CONFIRMS", "FRAGILE", "PACKAGES", "WARRANTY", "DISCOUNT"])


def neg_txhash(lang, arg=None):
    h = rand_bytes(32).hex()
    return ch(["0x" + h, h])


def neg_md5(lang, arg=None):
    return rand_bytes(16).hex()


def neg_sha1(lang, arg=None):
    return rand_bytes(20).hex()


def neg_cardlike(lang, arg=None):
    for _ in range(1000):
        d = digits(16, ch(["4", "5", "3", "6", "2"]))
        v = ch([" ".join(d[i:i + 4] for i in range(0, 16, 4)), d, "-".join(d[i:i + 4] for i in range(0, 16, 4))])
        if not luhn_ok(d) and neg_clean(v):
            return v


def neg_ibanbad(lang, arg=None):
    for _ in range(100):
        cc = ch(sorted(IBAN_SPEC))
        good = make_iban(cc)
        bad_chk = "%02d" % ((int(good[2:4]) + R.randint(1, 90)) % 97 + 2)
        v = good[:2] + bad_chk + good[4:]
        if not iban_ok(v):
            out = group4(v) if R.random() < 0.6 else v
            if neg_clean(out):
                return out


def neg_cnidbad(lang, arg=None):
    for _ in range(1000):
        body = ch(CN_REGION) + "%04d%02d%02d" % (R.randint(1965, 2000), R.randint(1, 12), R.randint(1, 28)) + digits(3)
        wrong = [c for c in "0123456789" if c != cnid_check(body)]
        v = body + ch(wrong)
        if not cnid_ok(v) and neg_clean(v):
            return v


def neg_aadbad(lang, arg=None):
    for _ in range(1000):
        d = digits(12, "23456789")
        if not verhoeff_ok(d):
            v = ch(["%s %s %s" % (d[:4], d[4:8], d[8:]), d])
            if neg_clean(v):
                return v


def neg_b58bad(lang, arg=None):
    for _ in range(100):
        good = b58check(ch([0x00, 0x05]), rand_bytes(20))
        i = R.randint(3, len(good) - 1)
        v = good[:i] + ch([c for c in B58 if c != good[i]]) + good[i + 1:]
        if not b58check_ok(v):
            return v


VAT_BY_LANG = {
    "de": lambda: ch(["DE%s" % digits(9, "123"), "DE %s %s %s" % (digits(3, "123"), digits(3), digits(3)), "ATU%s" % digits(8)]),
    "fr": lambda: "FR%s" % digits(11),
    "it": lambda: "IT%s" % digits(11, "01"),
    "es": lambda: ch(["ESB%s" % digits(8), "B%s" % digits(8), "RFC %s%s%s" % (rs(3, UP), digits(6), rs(3, UP + DIG))]),
    "pt": lambda: ch(["%s.%s.%s/0001-%s" % (digits(2), digits(3), digits(3), digits(2)), "PT%s" % digits(9, "5")]),
    "ru": lambda: ch([digits(10, "7"), digits(12, "7")]),
    "tr": lambda: digits(10, "123456789"),
    "zh": lambda: "91%s%sMA%s" % (ch(["4403", "3302", "3101", "3207"]), digits(2), rs(7, "0123456789ABCDEFGHJKLMNPQRTUWXY")),
    "vi": lambda: digits(10, "03"),
}


def neg_vat(lang, arg=None):
    for _ in range(100):
        if lang in VAT_BY_LANG and R.random() < 0.8:
            v = VAT_BY_LANG[lang]()
            if neg_clean(v):
                return v
            continue
        v = ch(["DE%s" % digits(9, "123"), "DE %s %s %s" % (digits(3, "123"), digits(3), digits(3)), "GB %s %s %s" % (digits(3), digits(4), digits(2)),
                "FR%s" % digits(11), "IT%s" % digits(11, "01"), "ESB%s" % digits(8), "NL%sB01" % digits(9), "ATU%s" % digits(8),
                "%s.%s.%s/0001-%s" % (digits(2), digits(3), digits(3), digits(2)), "27%s%s%s1Z%s" % (rs(5, UP), digits(4), rs(1, UP), rs(1, DIG + UP)),
                "91440300MA5%s" % rs(7, UP + DIG), "77%s" % digits(8), "PL%s" % digits(10)])
        if neg_clean(v):
            return v


NEG_GEN = {"PRICE": ("PRICE", neg_price), "QTY": ("QTY", neg_qty), "DATE": ("DATE", neg_date), "EXP": ("DATE", neg_exp),
           "TIME": ("TIME", neg_time), "TS": ("TIMESTAMP", neg_ts), "ORDER": ("ORDER", neg_order), "SKU": ("SKU", neg_sku),
           "MODEL": ("MODEL", neg_model), "HS": ("HS_CODE", neg_hs), "CONT": ("CONTAINER", neg_container),
           "TRACK": ("TRACKING", neg_track), "DIM": ("DIMENSION", neg_dim), "WEIGHT": ("WEIGHT", neg_weight),
           "INV": ("INVOICE", neg_inv), "VER": ("VERSION", neg_ver), "BL": ("BILL_OF_LADING", neg_bl), "EAN": ("EAN13", neg_ean),
           "TERMS": ("PAYMENT_TERMS", neg_terms), "PLACE": ("PLACE", neg_place), "SPEC": ("SPEC", neg_spec),
           "FILE": ("FILE_NAME", neg_file), "MENTION": ("MENTION", neg_mention), "CAPS": ("CAPS_WORD", neg_caps),
           "TXHASH": ("TX_HASH", neg_txhash), "MD5": ("MD5", neg_md5), "SHA1": ("SHA1", neg_sha1),
           "CARDLIKE": ("LUHN_FAIL", neg_cardlike), "IBANBAD": ("IBAN_BAD", neg_ibanbad), "CNIDBAD": ("CNID_BAD", neg_cnidbad),
           "AADBAD": ("AADHAAR_BAD", neg_aadbad), "B58BAD": ("B58_BAD", neg_b58bad), "VAT": ("VAT_ID", neg_vat)}


def gen_neg(key, lang, arg=None):
    kind, f = NEG_GEN[key]
    for _ in range(500):
        v = f(lang, arg)
        if v and neg_clean(v, kind):
            return v, kind
    raise AssertionError(key)


# ================================================================ fillers (plain text, never labeled)
NAMES = {"en": ["Tom", "Sarah Miller", "Mike", "Jenny", "David Brown", "Kevin", "Linda", "James Carter", "Emily", "Raj Patel",
                "Olu Adeyemi", "Priya", "Ahmed", "Chris", "Hannah Lee", "Sipho"],
         "zh": ["王先生", "李小姐", "张伟", "刘经理", "陈总", "Lily", "Sunny", "Amy Zhang", "黄工", "周小姐"],
         "es": ["Carlos", "María López", "Javier", "Lucía", "Andrés Gómez", "Sofía", "Diego Ramírez"],
         "de": ["Herr Müller", "Frau Schneider", "Jonas", "Katrin Weber", "Lukas", "Stefan Braun", "Frau Yilmaz"],
         "pt": ["João", "Ana Souza", "Rafael", "Beatriz Lima", "Paulo", "Fernanda", "Sr. Carvalho"],
         "ru": ["Иван", "Ольга Петрова", "Сергей", "Дмитрий", "Наталья", "Алексей", "Марина"],
         "fr": ["Julien", "Claire Martin", "Thomas", "Camille", "M. Dubois", "Léa"],
         "it": ["Marco", "Giulia Rossi", "Luca", "Francesca", "Sig. Bianchi", "Chiara"],
         "tr": ["Mehmet", "Ayşe Yılmaz", "Emre", "Zeynep", "Burak Kaya", "Elif"],
         "vi": ["anh Minh", "chị Lan", "Nguyễn Văn Hùng", "Trang", "Tuấn", "chị Hương"]}
COMPANIES = ["Hengda Tools Co., Ltd", "Ningbo Sunrise Imp&Exp Co.", "Bauer Technik GmbH", "Atlas Trading LLC",
             "Textiles del Norte S.A.", "Comercial Paulista Ltda", "ООО «ТехноСнаб»", "Meridian Supplies Ltd",
             "Anadolu Makina A.Ş.", "Công ty TNHH Minh Phát", "Rossi Forniture S.r.l.", "Dupont Équipements SARL",
             "Shreeram Exports Pvt Ltd", "Pacific Logix Pty Ltd", "Yiwu Goldstar Bags Factory", "深圳市恒达五金制品有限公司"]
BANKNAMES = ["Bank of China Shenzhen Branch", "HSBC Hong Kong", "Deutsche Bank", "Chase", "Wells Fargo", "Banco Santander",
             "Itaú", "Сбербанк", "Vietcombank", "HDFC Bank", "招商银行义乌分行", "Ziraat Bankası", "BBVA México", "Barclays"]
TITLES = ["Sales Manager", "Export Dept.", "Purchasing", "Sourcing Lead", "Key Account Manager", "Owner", "Logistics"]
FILLERS = {"NAME": lambda lang: ch(NAMES[lang]), "COMPANY": lambda lang: ch(COMPANIES), "BANKNAME": lambda lang: ch(BANKNAMES),
           "TITLE": lambda lang: ch(TITLES)}

# ================================================================ language packs
# slots: {PII_KEY[:arg]} -> gold span; {NEG_KEY[:arg]} -> listed look-alike; {FILLER} -> plain text
L = {}
L["en"] = {
    "greet": ["Hi", "Hello", "hi there", "Dear Sir/Madam,", "Good morning", "Hey", "Hi friend", "Dear {NAME},", "Hello {NAME}",
              "gm", "Morning!", "Hi again", "Hi {NAME} 👋", "Good afternoon"],
    "close": ["thanks", "thx!", "Best regards", "pls confirm asap", "waiting for your reply", "cheers", "BR", "ok?",
              "let me know", "Thank you very much!", "tks", "regards,\n{NAME}", "appreciate it 🙏", "talk soon"],
    "PHONE": ["call me on {PHONE} pls", "my mobile is {PHONE}, whatsapp too", "WhatsApp me: {PHONE}",
              "you can reach the factory line {PHONE} between {TIME} and {TIME}", "plz text {PHONE} when the truck arrives",
              "{PHONE} is my direct number", "Tel {PHONE}", "viber / whatsapp: {PHONE}", "ring me at {PHONE} anytime",
              "our driver will call you from {PHONE}", "sorry typo, correct number is {PHONE}",
              "add me on whatsapp {PHONE}, easier to send pics", "pls give the courier this number: {PHONE}",
              "signal: {PHONE}", "My number changed → {PHONE}", "contact our agent {NAME} at {PHONE}", "Hotline: {PHONE}",
              "can u call {PHONE}? I'm in the warehouse now", "ok here {PHONE:intl}", "{NAME} {PHONE:intl}", "mob. {PHONE} (WeChat same)"],
    "EMAIL": ["send the PI to {EMAIL} thx", "my email: {EMAIL}", "pls cc {EMAIL} on the invoice",
              "can't upload files here, mail me at {EMAIL}", "email is {EMAIL} (not the gmail one)", "drop the drawings to {EMAIL}",
              "{EMAIL} - accounts dept, for payment questions", "write to {EMAIL} and mention the order no.",
              "send inspection report to <{EMAIL}>", "our new mail {EMAIL}, old one is blocked",
              "reply to {EMAIL} pls, I dont check this app often", "{EMAIL}"],
    "URL": ["full catalogue here {URL}", "see our store {URL} better prices there", "i uploaded the photos: {URL}",
            "check this listing {URL} - they sell for less", "video of the test run {URL}", "our website is {URL}",
            "download link {URL} (expires in 7 days)", "Let's continue on {URL}, fees are lower", "spec sheet → {URL}",
            "pls fill the form at {URL}.", "same item on {URL}?", "(see {URL})"],
    "MSG": ["add my wechat {MSG:wechat}", "my skype is {MSG:skype}", "telegram {MSG:telegram} is faster",
            "msg me on tg {MSG:tme}", "my line id {MSG:line}", "QQ: {MSG:qq}", "wechat ID {MSG:wechat}, pls add me",
            "kakao talk id: {MSG:kakao}", "ping me on Telegram → {MSG:telegram}", "Skype: {MSG:skype}",
            "join my channel {MSG:tme} for new arrivals", "WeChat {MSG:wechat} 👈 scan or search"],
    "CARD": ["pls charge the sample fee to {CARD}, exp {EXP}", "card number {CARD}", "use my Visa {CARD:visa} for the freight",
             "here is the card: {CARD} cvv I'll send separately", "company Amex {CARD:amex}", "try this one instead {CARD}",
             "MasterCard {CARD:mc} exp {EXP}", "UnionPay card {CARD:unionpay}"],
    "IBAN": ["our IBAN: {IBAN}", "pls wire the deposit to IBAN {IBAN}", "new bank details, IBAN {IBAN} (old account closed)",
             "IBAN {IBAN}\nBeneficiary: {COMPANY}", "balance to {IBAN} pls, ref {INV}", "iban - {IBAN}"],
    "ACCT": ["Account No. {ACCT:acct}", "A/C number: {ACCT:acct} ({BANKNAME})", "SWIFT code: {ACCT:bic}", "our BIC is {ACCT:bic}",
             "ABA routing number {ACCT:aba}", "Beneficiary account {ACCT:acct}, pls send the TT copy after",
             "wire to acct# {ACCT:acct}", "routing no. {ACCT:aba}", "ABA {ACCT:aba} (for domestic USD wires)", "bank account number {ACCT:acct}"],
    "NID": ["for the W-9 my SSN is {NID:ssn}", "customs needs consignee ID no. {NID:cnid}", "Aadhaar {NID:aadhaar} for the GST KYC",
            "my NI number is {NID:nino}", "Social Security # {NID:ssn} - pls keep private", "Receiver's Chinese ID card: {NID:cnid}",
            "KYC: Aadhaar no {NID:aadhaar}", "national insurance no. {NID:nino} for the payroll form", "SSN: {NID:ssn}"],
    "IP": ["pls whitelist our IP {IP:v4}", "the ERP server is at {IP:v4}", "can't reach {IP:v4}:8443 from here",
           "SFTP host {IP:v4} port 22", "our office range is {IP:v4net}/24", "IPv6 of the gateway: {IP:v6}",
           "connect the PLC to [{IP:v6}]:502", "camera default IP {IP:v4}, pw admin", "login attempt from {IP} again, was that you?"],
    "WALLET": ["USDT ERC20 address: {WALLET:eth}", "pay BTC to {WALLET:btc}", "crypto ok? wallet {WALLET}",
               "send the deposit in ETH to {WALLET:eth}", "my btc wallet: {WALLET:btc}", "{WALLET:eth} (USDC on Ethereum only!)"],
    "ADDR": ["ship the samples to {ADDR}", "delivery address: {ADDR}", "our warehouse: {ADDR}, open Mon-Fri",
             "pls send to\n{ADDR}\nAttn. {NAME}", "new address is {ADDR}. pls update the BL", "Consignee address {ADDR}",
             "send the replacement parts to {ADDR} thanks", "Ship to: {NAME}, {ADDR}"],
    "neg": ["PO {ORDER} confirmed", "order {ORDER} still not shipped??", "price {PRICE} is too high, can you do {PRICE}?",
            "MOQ {QTY}?", "ETD {DATE}, ETA {DATE}", "container {CONT} loaded", "tracking {TRACK}", "HS code {HS}",
            "carton size {DIM}, GW {WEIGHT}", "PI {INV} attached ({FILE})", "firmware {VER} fixes the bug", "B/L no. {BL}",
            "EAN {EAN}", "payment terms: {TERMS}", "we quote {PLACE}", "{SPEC} ok?", "{MENTION} pls check the drawing",
            "{CAPS}!! {QTY} must leave by {DATE}", "tx hash {TXHASH}", "file md5 {MD5}", "voucher {CARDLIKE} not accepted",
            "your IBAN {IBANBAD} got rejected by the bank, pls double check", "order no {CNIDBAD}", "e-way bill {AADBAD}",
            "wallet app says invalid address: {B58BAD}", "our VAT no. {VAT}", "meeting at {TIME}?", "log {TS} shows the scan",
            "SKU {SKU} out of stock", "model {MODEL} or {MODEL}?", "sample sent {DATE} via DHL {TRACK}", "{QTY} at {PRICE} {PLACE}",
            "invoice {INV} due {DATE}", "batch {SKU}, {QTY}", "what's your WhatsApp?", "can you send bank details by email?",
            "pls share your wechat", "is the address same as last order?", "call me when you're free",
            "new price list: {PRICE} for {QTY}, valid till {DATE}", "upgrade to {VER} before testing", "commit {SHA1}",
            "rev B drawing {FILE}", "total {PRICE}, {TERMS}", "vessel ETD {DATE} {TIME}"],
    "combo": ["Best regards,\n{NAME}\n{TITLE} | {COMPANY}\nM: {PHONE}\nE: {EMAIL}", "{NAME}\n{COMPANY}\nTel {PHONE} | {URL}",
              "Bank details:\nBeneficiary: {COMPANY}\nIBAN: {IBAN}\nBIC/SWIFT: {ACCT:bic}",
              "Beneficiary: {COMPANY}\nBank: {BANKNAME}\nRouting (ABA): {ACCT:aba}\nAccount: {ACCT:acct}",
              "Consignee: {COMPANY}\n{ADDR}\nTel: {PHONE}", "wechat {MSG:wechat} or whatsapp {PHONE}", "email {EMAIL} / skype {MSG:skype}",
              "> can you send me your contact?\n{PHONE} or {EMAIL}", "Ship to: {ADDR}\nContact: {NAME} {PHONE}\nEmail: {EMAIL}",
              "pls whitelist {IP:v4} and {IP:v6}", "card {CARD} exp {EXP}, billing address {ADDR}",
              "Kind regards\n{NAME}\n{PHONE}\n{EMAIL}\n{URL}", "tg {MSG:telegram} | wa {PHONE}", "SWIFT {ACCT:bic}, A/C {ACCT:acct}", "ACH: routing {ACCT:aba} / acct {ACCT:acct}",
              "USDT (ERC20) {WALLET:eth} or BTC {WALLET:btc}"],
    "quote": ["> Can you send your contact details?", "> what is the lead time?", "> pls confirm the shipping address",
              "> PI {INV} received?", "> How should we pay the deposit?"],
}
L["zh"] = {
    "greet": ["您好", "你好", "亲", "老板好", "早上好", "{NAME}你好", "hi", "在吗？", "您好，"],
    "close": ["谢谢", "麻烦尽快回复", "好的👌", "辛苦了", "等你消息", "谢谢！", "OK", "收到请回复"],
    "PHONE": ["我的电话 {PHONE}，随时打", "手机：{PHONE}", "加我WhatsApp {PHONE}", "打这个号码 {PHONE} 找{NAME}", "电话/微信同号 {PHONE}",
              "司机电话{PHONE}，到了会联系你", "联系人{NAME}，{PHONE}", "有问题打我手机{PHONE}", "座机 {PHONE}", "{PHONE}（微信同号）", "手机号 {PHONE:fw} 微信同号", "电话：{PHONE:fw}"],
    "EMAIL": ["邮箱 {EMAIL}", "把形式发票发到{EMAIL}", "请发邮件到 {EMAIL}，这里发不了附件", "我的邮箱是{EMAIL}哦", "报价单发我邮箱：{EMAIL}",
              "邮箱 {EMAIL:hash}（#换成@）"],
    "URL": ["产品目录在这里 {URL}", "这是我们1688店铺 {URL:market}", "视频看这个链接：{URL}", "网盘链接 {URL} 提取码 8k2x", "官网：{URL}",
            "淘宝同款 {URL} 便宜很多", "详情见 {URL} 。"],
    "MSG": ["加我微信 {MSG:wechat}", "微信号：{MSG:wechat}", "QQ {MSG:qq}", "我的QQ号是{MSG:qq}，方便传文件", "Line：{MSG:line}",
            "飞机 {MSG:telegram}", "Skype：{MSG:skype}", "vx：{MSG:wechat}", "扣扣 {MSG:qq}"],
    "CARD": ["信用卡号 {CARD}，有效期 {EXP}", "用这张卡付样品费：{CARD:unionpay}", "银联卡 {CARD:unionpay}", "卡号{CARD}"],
    "IBAN": ["我们欧洲账户 IBAN：{IBAN}", "请汇到 {IBAN}", "IBAN号 {IBAN}"],
    "ACCT": ["账号：{ACCT:cn}", "收款账号 {ACCT:cn}，开户行：{BANKNAME}", "SWIFT代码 {ACCT:bic}", "银行账号{ACCT:cn}", "公司对公账号 {ACCT:cn}"],
    "NID": ["收件人身份证号：{NID:cnid}", "清关要身份证 {NID:cnid}", "身份证号码{NID:cnid}，名字{NAME}", "身份证 {NID:cnid} 请核对"],
    "IP": ["服务器IP {IP:v4}", "后台地址 {IP:v4}:8080 用户名admin", "把 {IP:v4} 加到白名单", "IPv6：{IP:v6}"],
    "WALLET": ["USDT ERC20地址：{WALLET:eth}", "比特币钱包 {WALLET:btc}", "钱包地址{WALLET}"],
    "ADDR": ["寄到 {ADDR:CN_ZH}", "收货地址：{ADDR:CN_ZH}，{NAME}收", "地址：{ADDR}", "我们仓库在 {ADDR:CN_ZH}", "样品寄这里：{ADDR}",
             "新地址 {ADDR:CN_ZH}"],
    "neg": ["订单号 {ORDER}", "单价 {PRICE}，含税", "起订量 {QTY}", "{DATE} 发货", "柜号 {CONT}", "快递单号 {TRACK}", "海关编码 {HS}",
            "外箱尺寸 {DIM}，毛重 {WEIGHT}", "形式发票 {INV} 已发", "固件版本 {VER}", "提单号 {BL}", "条码 {EAN}", "付款方式：{TERMS}",
            "报价 {PLACE}", "参数 {SPEC}", "{MENTION} 看一下", "报关单号 {CNIDBAD}", "型号 {MODEL}", "货号 {SKU}", "{TIME}开会",
            "交期 {DATE}", "总价 {PRICE}", "税号 {VAT}", "你微信多少？", "地址还是上次那个吗？", "银行信息发邮件给我", "文件 {FILE}",
            "{QTY}，{PRICE}", "交易哈希 {TXHASH}"],
    "combo": ["收货人：{NAME}\n电话：{PHONE:CN}\n地址：{ADDR:CN_ZH}", "微信{MSG:wechat}，电话{PHONE}", "公司账户：{ACCT:cn}\nSWIFT：{ACCT:bic}",
              "邮箱{EMAIL}，QQ {MSG:qq}", "{ADDR:CN_ZH} {NAME} {PHONE:CN}"],
    "quote": ["「样品什么时候发？」", "> 地址发我一下", "> PI {INV} 收到了吗"],
}
L["es"] = {
    "greet": ["Hola", "Buenos días", "Buenas tardes", "Estimado {NAME}", "Hola amigo", "Saludos", "Qué tal"],
    "close": ["gracias", "saludos", "quedo atento", "un saludo", "muchas gracias!", "espero su respuesta", "gracias 🙏"],
    "PHONE": ["mi celular es {PHONE}", "llámame al {PHONE}", "WhatsApp: {PHONE}", "mi número {PHONE}, escríbeme por whats",
              "Tel. oficina {PHONE}", "el transportista te llamará desde el {PHONE}", "cel {PHONE}"],
    "EMAIL": ["mi correo: {EMAIL}", "mándame la proforma a {EMAIL}", "envíe los planos a {EMAIL} por favor", "correo electrónico {EMAIL}"],
    "URL": ["mira el catálogo aquí {URL}", "nuestra página web es {URL}", "fotos del pedido: {URL}", "en {URL} lo venden más barato"],
    "MSG": ["agrégame en wechat {MSG:wechat}", "mi telegram es {MSG:telegram}", "skype: {MSG:skype}", "escríbeme por Telegram {MSG:tme}"],
    "CARD": ["número de tarjeta {CARD}, vence {EXP}", "paga con mi tarjeta {CARD}"],
    "IBAN": ["nuestro IBAN es {IBAN}", "transfiera el anticipo a la cuenta {IBAN}", "IBAN: {IBAN} (titular {COMPANY})"],
    "ACCT": ["número de cuenta {ACCT:acct}", "CLABE interbancaria: {ACCT:clabe}", "código SWIFT {ACCT:bic}", "cuenta {ACCT:acct} en {BANKNAME}"],
    "NID": ["para aduana China necesitan el ID del receptor: {NID:cnid}", "SSN {NID:ssn} para el formulario W-9"],
    "IP": ["la IP del servidor es {IP:v4}", "agreguen {IP:v4} a la lista blanca", "IPv6: {IP:v6}"],
    "WALLET": ["dirección USDT (ERC20): {WALLET:eth}", "puedo pagar en bitcoin a {WALLET:btc}"],
    "ADDR": ["envíen las muestras a {ADDR}", "dirección de entrega: {ADDR}", "nuestra bodega: {ADDR}",
             "la dirección es {ADDR}, horario de {TIME} a {TIME}"],
    "neg": ["pedido {ORDER} confirmado", "el precio {PRICE} es alto, ¿pueden hacer {PRICE}?", "cantidad mínima {QTY}",
            "fecha de embarque {DATE}", "contenedor {CONT}", "número de guía {TRACK}", "código arancelario {HS}",
            "medidas de la caja {DIM}, peso {WEIGHT}", "factura {INV}", "versión {VER}", "BL {BL}", "condiciones: {TERMS}",
            "precio {PLACE}", "modelo {MODEL}", "referencia {SKU}", "reunión a las {TIME}", "NIF {VAT}", "¿cuál es tu WhatsApp?",
            "te mando el correo mañana", "{QTY} a {PRICE}", "llega el {DATE}"],
    "combo": ["Atentamente,\n{NAME}\nCel: {PHONE}\nCorreo: {EMAIL}", "Beneficiario: {COMPANY}\nIBAN {IBAN}\nSWIFT {ACCT:bic}",
              "CLABE {ACCT:clabe} ({BANKNAME}), comprobante a {EMAIL}"],
    "quote": ["> ¿me pasas tus datos de contacto?", "> ¿cuándo sale el pedido?"],
}
L["de"] = {
    "greet": ["Hallo", "Guten Tag", "Sehr geehrte Damen und Herren,", "Hallo {NAME}", "Moin", "Servus", "Guten Morgen"],
    "close": ["Danke", "Viele Grüße", "MfG", "Beste Grüße\n{NAME}", "bitte um kurze Rückmeldung", "danke im Voraus", "LG"],
    "PHONE": ["Rufen Sie mich an: {PHONE}", "meine Handynummer {PHONE}", "Tel.: {PHONE}", "erreichbar unter {PHONE}",
              "WhatsApp {PHONE}", "Mobil {PHONE} (auch Signal)", "Fahrer bitte vorher anrufen: {PHONE}", "Durchwahl {PHONE}"],
    "EMAIL": ["Meine E-Mail: {EMAIL}", "Schicken Sie das Angebot bitte an {EMAIL}", "bitte die Rechnung an {EMAIL} senden",
              "Mail an {EMAIL}"],
    "URL": ["Katalog unter {URL}", "Fotos hier: {URL}", "unser Shop: {URL}", "Datenblatt: {URL}", "bei {URL} ist es günstiger"],
    "MSG": ["Telegram: {MSG:telegram}", "Skype {MSG:skype}", "WeChat ID {MSG:wechat}"],
    "CARD": ["Kreditkarte {CARD}, gültig bis {EXP}", "Kartennummer: {CARD}"],
    "IBAN": ["Unsere IBAN: {IBAN}", "Bitte überweisen Sie die Anzahlung auf {IBAN}", "IBAN {IBAN}, Verwendungszweck {INV}",
             "Neue Bankverbindung: IBAN {IBAN}"],
    "ACCT": ["BIC {ACCT:bic}", "Kontonummer {ACCT:acct}", "SWIFT/BIC: {ACCT:bic}"],
    "NID": ["Für den Zoll in China braucht der Empfänger die ID-Nummer {NID:cnid}", "NI number des Kollegen in UK: {NID:nino}"],
    "IP": ["Server-IP {IP:v4}", "bitte {IP:v4} freigeben", "VPN-Gateway {IP:v6}", "Zugriff von {IP:v4}:3389 wird blockiert"],
    "WALLET": ["Zahlung in USDT an {WALLET:eth} möglich?", "BTC-Adresse {WALLET:btc}"],
    "ADDR": ["Lieferadresse: {ADDR}", "bitte an {ADDR} liefern", "Muster bitte an\n{ADDR}", "unser Lager: {ADDR}",
             "Rechnungsanschrift {ADDR}"],
    "neg": ["Bestellung {ORDER} bestätigt", "Preis {PRICE} netto", "Mindestmenge {QTY}", "Liefertermin {DATE}", "Container {CONT}",
            "Sendungsnummer {TRACK}", "Zolltarifnummer {HS}", "Kartonmaß {DIM}, Gewicht {WEIGHT}", "Rechnung {INV}", "Firmware {VER}",
            "Zahlungsbedingungen: {TERMS}", "Angebot {PLACE}", "Artikelnummer {SKU}", "Typ {MODEL}", "USt-IdNr. {VAT}",
            "Termin um {TIME}", "Anhang: {FILE}", "Wie ist Ihre Telefonnummer?", "Adresse wie bei der letzten Bestellung",
            "{QTY} zu {PRICE}", "EAN {EAN}", "Ware ist am {DATE} angekommen"],
    "combo": ["Mit freundlichen Grüßen\n{NAME}\n{COMPANY}\nTel. {PHONE}\n{EMAIL}", "Kontoinhaber: {COMPANY}\nIBAN: {IBAN}\nBIC: {ACCT:bic}",
              "Lieferadresse: {ADDR}, Ansprechpartner {NAME}, Tel. {PHONE}"],
    "quote": ["> Können Sie mir Ihre Kontaktdaten schicken?", "> Wann ist die Ware fertig?"],
}
L["pt"] = {
    "greet": ["Olá", "Oi", "Bom dia", "Boa tarde", "Prezado {NAME}", "Oi {NAME}, tudo bem?"],
    "close": ["obrigado", "obrigada!", "abraço", "aguardo retorno", "att.", "valeu"],
    "PHONE": ["meu celular {PHONE}", "me liga no {PHONE}", "WhatsApp {PHONE}", "chama no zap {PHONE}", "fone: {PHONE}",
              "o motorista vai ligar do {PHONE}"],
    "EMAIL": ["meu e-mail: {EMAIL}", "manda a proforma pro {EMAIL}", "envie os documentos para {EMAIL}"],
    "URL": ["catálogo completo: {URL}", "veja as fotos em {URL}", "nosso site {URL}", "no {URL} está mais barato"],
    "MSG": ["meu telegram {MSG:telegram}", "wechat: {MSG:wechat}", "skype {MSG:skype}"],
    "CARD": ["cartão {CARD} validade {EXP}", "pode cobrar no cartão {CARD}"],
    "IBAN": ["IBAN da nossa conta em Portugal: {IBAN:PT}", "transferir para {IBAN}"],
    "ACCT": ["conta corrente {ACCT:br}", "SWIFT: {ACCT:bic}", "número da conta {ACCT:acct}"],
    "NID": ["a alfândega chinesa pede o ID do destinatário: {NID:cnid}"],
    "IP": ["IP do servidor: {IP:v4}", "liberar o IP {IP:v4} no firewall", "IPv6 {IP:v6}"],
    "WALLET": ["pagamento em USDT ERC20: {WALLET:eth}", "bitcoin: {WALLET:btc}"],
    "ADDR": ["endereço de entrega: {ADDR}", "enviar amostras para {ADDR}", "nosso depósito fica na {ADDR}"],
    "neg": ["pedido {ORDER} confirmado", "preço {PRICE} por unidade", "quantidade mínima {QTY}", "embarque previsto {DATE}",
            "contêiner {CONT}", "código de rastreio {TRACK}", "NCM {HS}", "caixa {DIM}, peso bruto {WEIGHT}", "fatura {INV}",
            "condições: {TERMS}", "cotação {PLACE}", "modelo {MODEL}", "CNPJ {VAT}", "reunião às {TIME}", "qual seu zap?",
            "mando o endereço amanhã", "{QTY} por {PRICE}"],
    "combo": ["Att,\n{NAME}\n{COMPANY}\nCel/WhatsApp: {PHONE}\n{EMAIL}", "entregar em {ADDR}, falar com {NAME} {PHONE}"],
    "quote": ["> me passa seu contato?", "> qual o prazo de entrega?"],
}
L["ru"] = {
    "greet": ["Здравствуйте", "Добрый день", "Привет", "{NAME}, добрый день", "Доброе утро"],
    "close": ["спасибо", "жду ответа", "С уважением,\n{NAME}", "спс", "заранее спасибо"],
    "PHONE": ["мой телефон {PHONE}", "звоните {PHONE}", "WhatsApp/Telegram {PHONE}", "тел.: {PHONE}",
              "моб. {PHONE}, звоните в любое время", "водитель позвонит с номера {PHONE}"],
    "EMAIL": ["почта {EMAIL}", "пришлите счёт на {EMAIL}", "мой e-mail: {EMAIL}"],
    "URL": ["каталог тут {URL}", "фото товара: {URL}", "наш сайт {URL}", "на {URL} дешевле"],
    "MSG": ["пишите в телеграм {MSG:telegram}", "тг: {MSG:tme}", "skype: {MSG:skype}", "вичат {MSG:wechat}"],
    "CARD": ["номер карты {CARD}, срок {EXP}", "можно оплатить картой {CARD}"],
    "IBAN": ["наш IBAN {IBAN}", "IBAN для оплаты: {IBAN}"],
    "ACCT": ["р/с {ACCT:ru}", "расчётный счёт {ACCT:ru}", "SWIFT {ACCT:bic}", "номер счёта {ACCT:ru}"],
    "NID": ["для таможни в Китае нужен ID получателя {NID:cnid}"],
    "IP": ["IP сервера {IP:v4}", "добавьте {IP:v4} в белый список", "IPv6 {IP:v6}"],
    "WALLET": ["USDT (ERC20): {WALLET:eth}", "биткоин-кошелёк {WALLET:btc}"],
    "ADDR": ["адрес доставки: {ADDR}", "отправьте образцы на адрес {ADDR}", "наш склад: {ADDR}"],
    "neg": ["заказ № {ORDER}", "цена {PRICE} за штуку", "минимальная партия {QTY}", "отгрузка {DATE}", "контейнер {CONT}",
            "трек-номер {TRACK}", "код ТН ВЭД {HS}", "размер коробки {DIM}, вес {WEIGHT}", "счёт {INV}", "версия прошивки {VER}",
            "условия оплаты: {TERMS}", "цена {PLACE}", "артикул {SKU}", "ИНН {VAT}", "созвон в {TIME}", "какой у вас телеграм?",
            "адрес тот же, что и в прошлый раз", "{QTY} по {PRICE}"],
    "combo": ["С уважением,\n{NAME}\nтел. {PHONE}\n{EMAIL}", "Реквизиты: р/с {ACCT:ru}, SWIFT {ACCT:bic}", "телега {MSG:telegram}, почта {EMAIL}"],
    "quote": ["> пришлите контакты", "> когда отгрузка?"],
}
L["fr"] = {
    "greet": ["Bonjour", "Bonsoir", "Salut", "Bonjour {NAME}", "Madame, Monsieur,"],
    "close": ["merci", "cordialement", "bonne journée", "merci d'avance", "Bien à vous"],
    "PHONE": ["mon portable : {PHONE}", "appelez-moi au {PHONE}", "WhatsApp {PHONE}", "tél. {PHONE}"],
    "EMAIL": ["mon adresse mail : {EMAIL}", "envoyez le devis à {EMAIL}", "écrivez-moi sur {EMAIL}"],
    "URL": ["catalogue ici : {URL}", "notre site {URL}", "photos : {URL}"],
    "MSG": ["telegram {MSG:telegram}", "mon skype : {MSG:skype}", "wechat {MSG:wechat}"],
    "CARD": ["carte {CARD} exp {EXP}"],
    "IBAN": ["notre IBAN : {IBAN}", "virement sur {IBAN} svp"],
    "ACCT": ["code BIC {ACCT:bic}"],
    "IP": ["IP du serveur {IP:v4}"],
    "ADDR": ["adresse de livraison : {ADDR}", "envoyez les échantillons à {ADDR}", "notre entrepôt : {ADDR}"],
    "neg": ["commande {ORDER}", "prix {PRICE} HT", "quantité minimum {QTY}", "livraison le {DATE}", "conteneur {CONT}",
            "numéro de suivi {TRACK}", "code SH {HS}", "facture {INV}", "conditions : {TERMS}", "prix {PLACE}", "réf. {SKU}",
            "rdv à {TIME}", "TVA {VAT}", "quel est votre numéro WhatsApp ?"],
    "combo": ["Cordialement,\n{NAME}\nTél : {PHONE}\n{EMAIL}", "IBAN {IBAN} – BIC {ACCT:bic}"],
    "quote": ["> pouvez-vous m'envoyer vos coordonnées ?"],
}
L["it"] = {
    "greet": ["Ciao", "Buongiorno", "Salve", "Gentile {NAME},", "Buonasera"],
    "close": ["grazie", "cordiali saluti", "a presto", "grazie mille", "attendo riscontro"],
    "PHONE": ["il mio cellulare {PHONE}", "chiamami al {PHONE}", "WhatsApp {PHONE}", "tel. ufficio {PHONE}"],
    "EMAIL": ["la mia email: {EMAIL}", "mandate il preventivo a {EMAIL}", "scrivetemi a {EMAIL}"],
    "URL": ["catalogo qui {URL}", "il nostro sito {URL}", "foto: {URL}"],
    "MSG": ["telegram {MSG:telegram}", "skype: {MSG:skype}"],
    "CARD": ["carta {CARD} scadenza {EXP}"],
    "IBAN": ["IBAN: {IBAN}", "bonifico su {IBAN}, causale {INV}"],
    "ACCT": ["codice BIC {ACCT:bic}"],
    "ADDR": ["indirizzo di consegna: {ADDR}", "spedite i campioni a {ADDR}", "il nostro magazzino: {ADDR}"],
    "neg": ["ordine {ORDER}", "prezzo {PRICE} + IVA", "quantità minima {QTY}", "consegna {DATE}", "container {CONT}",
            "tracking {TRACK}", "codice doganale {HS}", "fattura {INV}", "pagamento: {TERMS}", "resa {PLACE}", "articolo {SKU}",
            "P.IVA {VAT}", "alle {TIME}", "mi mandi la tua email?"],
    "combo": ["Cordiali saluti\n{NAME}\ncell. {PHONE}\n{EMAIL}", "IBAN {IBAN}\nBIC {ACCT:bic}"],
    "quote": ["> mi mandi i tuoi contatti?"],
}
L["tr"] = {
    "greet": ["Merhaba", "İyi günler", "Selam", "{NAME} Bey merhaba", "Günaydın"],
    "close": ["teşekkürler", "saygılarımla", "iyi çalışmalar", "kolay gelsin", "sağ olun"],
    "PHONE": ["cep telefonum {PHONE}", "beni {PHONE} numarasından arayın", "WhatsApp {PHONE}", "tel: {PHONE}"],
    "EMAIL": ["e-posta adresim {EMAIL}", "proformayı {EMAIL} adresine gönderin", "mail: {EMAIL}"],
    "URL": ["katalog: {URL}", "web sitemiz {URL}", "fotoğraflar burada {URL}"],
    "MSG": ["telegram {MSG:telegram}", "wechat {MSG:wechat}"],
    "CARD": ["kart numarası {CARD}, son kullanma {EXP}"],
    "IBAN": ["IBAN numaramız {IBAN:TR}", "ödemeyi {IBAN} hesabına yapabilirsiniz"],
    "ACCT": ["SWIFT kodu {ACCT:bic}"],
    "ADDR": ["teslimat adresi: {ADDR}", "numuneleri {ADDR} adresine gönderin"],
    "neg": ["sipariş no {ORDER}", "birim fiyat {PRICE}", "minimum sipariş {QTY}", "sevkiyat {DATE}", "konteyner {CONT}",
            "takip numarası {TRACK}", "GTİP {HS}", "fatura {INV}", "ödeme: {TERMS}", "fiyat {PLACE}", "ürün kodu {SKU}",
            "vergi no {VAT}", "saat {TIME}", "WhatsApp numaranız nedir?"],
    "combo": ["Saygılarımla,\n{NAME}\nTel: {PHONE}\nE-posta: {EMAIL}", "IBAN: {IBAN:TR}\nSWIFT: {ACCT:bic}"],
    "quote": ["> iletişim bilgilerinizi gönderir misiniz?"],
}
L["vi"] = {
    "greet": ["Chào anh", "Chào chị", "Xin chào", "Dạ chào {NAME}", "Hi anh"],
    "close": ["cảm ơn", "cám ơn anh nhiều", "mong phản hồi sớm", "thanks ạ", "dạ vâng"],
    "PHONE": ["số điện thoại của em {PHONE}", "anh gọi em qua {PHONE} nhé", "Zalo {PHONE}", "sđt: {PHONE}", "WhatsApp {PHONE}"],
    "EMAIL": ["email của em: {EMAIL}", "gửi báo giá qua {EMAIL} giúp em"],
    "URL": ["catalogue ở đây {URL}", "link sản phẩm {URL}", "web công ty {URL}"],
    "MSG": ["wechat {MSG:wechat}", "telegram {MSG:telegram}"],
    "IBAN": ["IBAN: {IBAN}"],
    "ACCT": ["số tài khoản {ACCT:vn}", "SWIFT {ACCT:bic}", "STK {ACCT:vn} ({BANKNAME})"],
    "ADDR": ["địa chỉ giao hàng: {ADDR}", "gửi mẫu về {ADDR}", "kho bên em ở {ADDR}"],
    "neg": ["đơn hàng {ORDER}", "giá {PRICE}", "MOQ {QTY}", "ngày giao {DATE}", "container {CONT}", "mã vận đơn {TRACK}",
            "mã HS {HS}", "hóa đơn {INV}", "thanh toán: {TERMS}", "giá {PLACE}", "mã hàng {SKU}", "lúc {TIME}",
            "anh cho em xin số Zalo nhé"],
    "combo": ["Trân trọng,\n{NAME}\nĐT/Zalo: {PHONE}\nEmail: {EMAIL}", "STK {ACCT:vn}, SWIFT {ACCT:bic}"],
    "quote": ["> anh gửi em thông tin liên hệ nhé"],
}


# ================================================================ composer
SLOT = re.compile(r"\{([A-Z0-9]+)(?::([A-Za-z0-9_]+))?\}")
TYPE_W = [("PHONE", 17), ("EMAIL", 12), ("URL", 11), ("MSG", 10), ("ADDR", 11), ("IBAN", 8), ("ACCT", 9), ("CARD", 8),
          ("NID", 8), ("IP", 10), ("WALLET", 7)]
LATIN = ("en", "es", "de", "pt", "fr", "it", "tr", "vi")
EMOJI = ["👍", "🙏", "😊", "😂", "📦", "🚢", "✅", "🔥", "🤝", "😅", "👌", "🙂", "💪", "📞", "⚠️", "😀", "👉", "⏰", "☺", "✔"]


def n_pii_slots(t):
    return sum(1 for m in SLOT.finditer(t) if m.group(1) in PII_GEN)


def fill(template, lang):
    parts, pos = [], 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            parts.append(["lit", template[pos:m.start()]])
        key, arg = m.group(1), m.group(2)
        if key in PII_GEN:
            typ, f = PII_GEN[key]
            v, sub = f(lang, arg)
            parts.append(["pii", typ, sub, v])
        elif key in NEG_GEN:
            v, kind = gen_neg(key, lang, arg)
            parts.append(["neg", kind, v])
        else:
            parts.append(["lit", FILLERS[key](lang)])
        pos = m.end()
    if pos < len(template):
        parts.append(["lit", template[pos:]])
    return parts


def typo(text):
    words = [m for m in re.finditer(r"[A-Za-z]{5,}", text)]
    if not words:
        return text
    m = ch(words)
    w = m.group()
    i = R.randint(1, len(w) - 3)
    op = R.random()
    if op < 0.5:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.8:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


def weighted_types(n):
    pool = list(TYPE_W)
    out = []
    for _ in range(n):
        tot = sum(w for _, w in pool)
        r = R.uniform(0, tot)
        for i, (k, w) in enumerate(pool):
            r -= w
            if r <= 0:
                out.append(k)
                pool.pop(i)
                break
    return out


def pick(lang, key):
    pack = L[lang]
    if key in pack and (lang == "en" or R.random() < 0.88):
        return ch(pack[key]), lang
    return ch(L["en"][key]), "en"


def joiner(lang):
    if lang == "zh":
        return ch(["，", "。", " ", "\n", "！", "；"])
    return ch([". ", ", ", " ", "\n", " - ", "! ", "; ", ".\n", " "])


def compose(lang, kind):
    clauses = []
    if kind == "negative":
        n = ch([1, 1, 2, 2, 2, 3])
        for _ in range(n):
            clauses.append(pick(lang, "neg") if R.random() < 0.85 else (ch(L["en"]["neg"]), "en"))
    else:
        n_pii = 1 if kind == "single" else ch([2, 2, 2, 3])
        combos = [c for c in L[lang]["combo"] if n_pii_slots(c) == n_pii]
        if kind == "multi" and combos and R.random() < 0.45:
            clauses.append((ch(combos), lang))
        else:
            for t in weighted_types(n_pii):
                for _ in range(20):
                    tpl, tl = pick(lang, t)
                    if n_pii_slots(tpl) == 1:
                        break
                clauses.append((tpl, tl))
        for _ in range(ch([0, 0, 1, 1, 1, 2])):
            clauses.append(pick(lang, "neg"))
    R.shuffle(clauses)
    msg = []  # list of parts
    if R.random() < 0.08 and L[lang].get("quote"):
        msg += fill(ch(L[lang]["quote"]), lang) + [["lit", "\n"]]
    def sep(j):
        last = ""
        for p in reversed(msg):
            t = p[1] if p[0] == "lit" else p[-1]
            if t:
                last = t.rstrip(" ")[-1:] if t.rstrip(" ") else " "
                break
        if last in ",，:：.。!！?？;；" or last == "\n":
            return ["lit", ch([" ", "\n"]) if last != "\n" else ""]
        return ["lit", j]
    if R.random() < 0.45:
        msg += fill(ch(L[lang]["greet"]), lang)
        msg.append(sep(ch([" ", ", ", "\n", "! ", " "]) if lang != "zh" else ch(["，", " ", "！", "\n"])))
    for i, (tpl, tl) in enumerate(clauses):
        if i:
            msg.append(sep(joiner(lang)))
        msg += fill(tpl, tl)
    if R.random() < 0.35:
        msg.append(sep(ch(["\n", " ", ". ", ", "] if lang != "zh" else ["，", "。", "\n", " "])))
        msg += fill(ch(L[lang]["close"]), lang)
    if R.random() < 0.25:
        msg.append(["lit", ch([" ", "", " "]) + ch(EMOJI) + ch(["", "", ch(EMOJI)])])
    # chat noise on literal text only
    if lang in LATIN:
        if R.random() < 0.08:
            for p in msg:
                if p[0] == "lit":
                    p[1] = p[1].lower()
        if R.random() < 0.18:
            lits = [p for p in msg if p[0] == "lit" and re.search(r"[A-Za-z]{5,}", p[1])]
            if lits:
                p = ch(lits)
                p[1] = typo(p[1])
    return msg


def assemble(parts):
    text, spans, negs = "", [], []
    for p in parts:
        if p[0] == "lit":
            text += p[1]
        elif p[0] == "pii":
            a = len(text)
            text += p[3]
            spans.append({"start": a, "end": len(text), "type": p[1], "value": p[3], "sub": p[2]})
        else:
            a = len(text)
            text += p[2]
            negs.append({"start": a, "end": len(text), "kind": p[1], "value": p[2]})
    # trim outer whitespace (shift offsets)
    text = strip_outer(text, spans + negs)
    return text, spans, negs


# ---------------------------------------------------------------- independent self-checks of positives
def check_value(typ, v, sub):
    d = re.sub(r"\D", "", norm_digits(v))
    if typ == "PAYMENT_CARD":
        assert luhn_ok(d) and 12 <= len(d) <= 19, v
    elif typ == "IBAN":
        c = v.replace(" ", "")
        assert iban_ok(c) and len(c) == IBAN_LEN[c[:2]], v
    elif typ == "NATIONAL_ID":
        if ":SSN:" in sub:
            assert ssn_ok(d), v
        elif ":CNID:" in sub:
            assert cnid_ok(v.replace(" ", "").upper()), v
        elif ":AADHAAR:" in sub:
            assert len(d) == 12 and d[0] not in "01" and verhoeff_ok(d), v
        else:
            assert nino_ok(v), v
    elif typ == "CRYPTO_WALLET":
        if v.startswith("0x"):
            assert re.fullmatch(r"0x[0-9a-fA-F]{40}", v)
            assert v[2:] == v[2:].lower() or eip55_ok(v), v
        elif v.startswith("bc1"):
            assert segwit_ok(v), v
        else:
            assert b58check_ok(v) and v[0] in "13", v
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif typ == "BANK_ACCOUNT":
        if sub.endswith(":aba"):
            assert aba_ok(d), v
        elif ":bic" in sub:
            assert re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v), v
        elif ":clabe" in sub:
            assert len(d) == 18 and clabe_digit(d[:17]) == d[17], v
    elif typ == "EMAIL" and sub == "EMAIL:plain":
        assert v.count("@") == 1 and "." in v.split("@")[1], v
    elif typ == "PHONE":
        assert 7 <= len(d) <= 15, v
    assert v == v.strip() and v, v


def main():
    langs = ["en"] * 215 + ["zh"] * 55 + ["es"] * 45 + ["de"] * 45 + ["pt"] * 35 + ["ru"] * 35 + ["fr"] * 20 + \
        ["it"] * 18 + ["tr"] * 16 + ["vi"] * 16
    kinds = []
    counts = {}
    for lg in langs:
        counts[lg] = counts.get(lg, 0) + 1
    for lg, n in counts.items():
        nn, nm = round(n * 0.35), round(n * 0.22)
        kinds += [(lg, "negative")] * nn + [(lg, "multi")] * nm + [(lg, "single")] * (n - nn - nm)
    assert len(kinds) == 500
    R.shuffle(kinds)
    langs = [k[0] for k in kinds]
    kinds = [k[1] for k in kinds]
    out, seen = [], set()
    for i, (lang, kind) in enumerate(zip(langs, kinds), 1):
        for attempt in range(200):
            text, spans, negs = assemble(compose(lang, kind))
            if not (20 <= len(text) <= 300) or text in seen:
                continue
            nk = "negative" if not spans else "single" if len(spans) == 1 else "multi"
            if nk != kind:
                continue
            break
        else:
            raise AssertionError("could not build message %d" % i)
        seen.add(text)
        for s in spans:
            assert text[s["start"]:s["end"]] == s["value"]
            check_value(s["type"], s["value"], s["sub"])
        for n in negs:
            assert text[n["start"]:n["end"]] == n["value"]
            assert neg_clean(n["value"], n["kind"]), n
        out.append({"id": "fm-%05d" % i, "text": text, "spans": spans, "lang": lang, "kind": kind, "negatives": negs})
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s (%d messages)" % (OUT, len(out)))


if __name__ == "__main__":
    main()
