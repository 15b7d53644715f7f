#!/usr/bin/env python3
"""Probe set for the Parley PII detector: tests generalisation beyond dev.jsonl.

    python3 tools/pii-probe/make.py OUT.jsonl

Standard library only, random.seed(7). Deliberately uses phrasings, templates,
countries, value formats and obfuscations that the dev generator does not use.
Offsets are Unicode code points, end exclusive. Each gold span carries an extra
"sub" key (e.g. "PHONE:JP:nat") so errors can be grouped by pattern; the scorer
and validator ignore it.
"""
import json
import os
import random
import re
import sys

from probe_common import (B58, aba_ok, alnum, b58check, b58check_ok,  # noqa: E402
                          bech_polymod, ch, cnid_check, dg, eip55, hrp_expand, iban_make,
                          iban_mod97, iso6346_digit, luhn_complete, luhn_ok, neg_problem,
                          segwit_addr, segwit_ok, verhoeff_digit, verhoeff_ok)

random.seed(7)
R = random

# ====================================================================== checksums


def verhoeff_complete(p):
    out = p + verhoeff_digit(p)
    assert verhoeff_ok(out)
    return out


def segwit_encode(witver, prog, hrp="bc"):
    """BIP-173 (v0, bech32) / BIP-350 (v1+, bech32m)."""
    return segwit_addr(hrp, witver, prog)


bech32_ok = segwit_ok
iso6346 = iso6346_digit


# ====================================================================== helpers


class Deck:
    """Cycle through items in shuffled order: balanced coverage, still seeded."""

    def __init__(self, items):
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            R.shuffle(self.pool)
        return self.pool.pop()


def grp(s, sizes, sep):
    out, i = [], 0
    for g in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def by4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


FWD = {c: chr(ord(c) - 0x30 + 0xFF10) for c in "0123456789"}
FWD.update({"-": "－", "+": "＋", "(": "（", ")": "）"})


def fullwidth(s):
    return "".join(FWD.get(c, c) for c in s)


# ====================================================================== vocab

NAMES = ["Mehmet", "Yuki", "Min-ji", "Aarav", "Chloé", "Lucas", "Fernanda", "Ivan", "Thanh", "Somchai",
         "Budi", "Tunde", "Thabo", "Pieter", "Giulia", "Javier", "Ingrid", "Kenji", "Ayşe", "Rahul",
         "Sofía", "Bruno", "Katya", "Dewi", "Rizal", "Camille", "Matteo", "Noura", "Hyun-woo", "Joaquín",
         "Zanele", "Jia Hui", "Xiaoyu", "Oleg", "Marisol", "Tobias", "Aiko", "Emeka", "Luca", "Beatriz"]
LOCALS = ["mehmet", "yuki", "minji", "aarav", "chloe", "lucas", "fernanda", "ivan", "thanh", "somchai",
          "budi", "tunde", "thabo", "pieter", "giulia", "javier", "ingrid", "kenji", "ayse", "rahul",
          "sofia", "bruno", "katya", "dewi", "rizal", "camille", "matteo", "noura", "hyunwoo", "joaquin"]
SURN = ["yilmaz", "tanaka", "park", "sharma", "dubois", "oliveira", "costa", "petrenko", "nguyen",
        "srisuk", "santoso", "adeyemi", "nkosi", "devries", "bianchi", "fernandez", "larsen", "sato",
        "kaya", "gupta", "morales", "kuznetsova", "wijaya", "reyes", "okafor", "ricci", "suzuki", "lim"]
CO_DOMAINS = ["kirin-trading.co.jp", "solmar.com.mx", "tecnoparts.com.br", "brightline.co.uk",
              "anatolia-tekstil.com.tr", "capeimports.co.za", "hanseatic-bau.de", "mumbaimetals.co.in",
              "koalatrade.com.au", "lionexport.com.sg", "tianhe-mould.com.cn", "ural-prom.ru", "nordlicht.at",
              "szsunway.cn", "saigonwood.com.vn", "siamgarment.co.th", "nusantara-rattan.co.id",
              "lagoskraft.com.ng", "manila-fasteners.com.ph", "alpenglas.ch", "delta-valves.nl",
              "casaverde.es", "luce-milano.it", "maple-supply.ca", "gulfmarine.ae", "hkpackaging.com.hk",
              "seoul-optics.co.kr", "fabrica-andina.com.ar", "hansol-chem.kr", "pacificreels.co.nz"]
SUBDOMAINS = ["mail.", "export.", "sales.", "cn.", "eu.", "office."]
FREE_MAIL = ["naver.com", "daum.net", "yahoo.co.jp", "rediffmail.com", "bol.com.br", "libero.it",
             "orange.fr", "t-online.de", "rambler.ru", "yeah.net", "sohu.com", "hotmail.co.uk",
             "live.com", "zoho.com", "proton.me", "gmx.net", "ymail.com", "seznam.cz", "wp.pl",
             "yandex.com", "outlook.es", "terra.com.br", "hanmail.net", "bk.ru"]
COMPANIES = ["Kirin Trading K.K.", "Solmar Importaciones S.A. de C.V.", "Tecnoparts Ltda.", "Hanseatic Bau GmbH",
             "Anatolia Tekstil A.Ş.", "OOO Ural-Prom", "Koala Trade Pty Ltd", "Lion Export Pte. Ltd.",
             "Saigon Wood JSC", "Delta Valves B.V.", "Casa Verde S.L.", "Luce Milano S.r.l."]
COMPANIES_ZH = ["深圳市星辰电子有限公司", "宁波海曙明达进出口有限公司", "佛山顺德美居家具厂", "义乌市恒通饰品有限公司"]
PRODUCTS = ["GaN chargers", "bamboo cutting boards", "PET preforms", "LED strips 5050", "nitrile gloves",
            "garden hoses", "e-bike batteries", "fleece blankets", "brake pads", "aluminium profiles",
            "drone propellers", "pet beds", "thermal labels", "resistance bands", "stand mixers"]
PRODUCTS_ZH = ["无线充电器", "竹砧板", "宠物窝", "铝型材", "刹车片", "保温杯", "太阳能板"]
PRODUCTS_ES = ["cargadores GaN", "tablas de bambú", "guantes de nitrilo", "pastillas de freno"]
PRODUCTS_DE = ["Gartenschläuche", "Bremsbeläge", "Alu-Profile", "Fleecedecken"]
PRODUCTS_PT = ["luvas nitrílicas", "pastilhas de freio", "perfis de alumínio", "mangueiras"]
PRODUCTS_RU = ["тормозные колодки", "алюминиевый профиль", "садовые шланги", "пледы"]
EMOJI = ["🙂", "🙏🏻", "👌", "✌️", "🤔", "📎", "📞", "💳", "🏭", "🚚", "😅", "⏰", "👀"]
CITIES = ["Izmir", "Osaka", "Busan", "Pune", "Lyon", "Porto Alegre", "Monterrey", "Lagos", "Durban",
          "Surabaya", "Cebu", "Da Nang", "Chiang Mai", "Rotterdam", "Turin", "Valencia", "Perth"]

# ====================================================================== PHONES
# each entry: (country, style, fn) ; fn returns the number as written


def _ph():
    d = {}

    def add(cc, style, f):
        d.setdefault(cc, []).append((style, f))
    # UK
    add("UK", "nat", lambda: "07" + ch("4579") + dg(2) + " " + dg(6))
    add("UK", "intl", lambda: "+44 (0)7" + ch("4579") + dg(2) + " " + dg(6))
    add("UK", "nat", lambda: "0161 " + dg(3) + " " + dg(4))
    add("UK", "intl", lambda: "+44 1" + ch(["13", "17", "21", "31", "41"]) + " " + dg(3) + " " + dg(4))
    # DE
    add("DE", "nat", lambda: "01" + ch(["51", "57", "62", "71", "76"]) + "/" + dg(7, True))
    add("DE", "nat", lambda: "0" + ch(["30", "40", "89", "211"]) + "-" + dg(7, True))
    add("DE", "intl", lambda: "+49 (0) 1" + ch(["51", "60", "72"]) + " " + dg(3) + " " + dg(4))
    add("DE", "intl", lambda: "+49-" + ch(["30", "69", "711"]) + "-" + dg(3) + " " + dg(4))
    # FR
    add("FR", "nat", lambda: "0" + ch("67") + " " + " ".join(dg(2) for _ in range(4)))
    add("FR", "nat", lambda: "0" + ch("67") + "." + ".".join(dg(2) for _ in range(4)))
    add("FR", "intl", lambda: "+33 " + ch("67") + " " + " ".join(dg(2) for _ in range(4)))
    add("FR", "intl", lambda: "+33 (0)1 " + " ".join(dg(2) for _ in range(4)))
    # IT
    add("IT", "nat", lambda: "3" + ch(["33", "35", "47", "49", "20"]) + " " + dg(3) + " " + dg(4))
    add("IT", "intl", lambda: "+39 3" + ch(["33", "39", "47"]) + " " + dg(7))
    add("IT", "intl", lambda: "+39 02 " + dg(4) + " " + dg(4))
    add("IT", "nat", lambda: "06 " + dg(4) + " " + dg(4))
    # ES
    add("ES", "nat", lambda: "6" + dg(2) + " " + dg(3) + " " + dg(3))
    add("ES", "intl", lambda: "+34 6" + dg(2) + " " + dg(2) + " " + dg(2) + " " + dg(2))
    add("ES", "nat", lambda: "91 " + dg(3) + " " + dg(2) + " " + dg(2))
    add("ES", "intl", lambda: "0034 93 " + dg(3) + " " + dg(2) + " " + dg(2))
    # NL
    add("NL", "nat", lambda: "06-" + dg(8))
    add("NL", "nat", lambda: "06 " + dg(4) + " " + dg(4))
    add("NL", "intl", lambda: "+31 6 " + dg(4) + " " + dg(4))
    add("NL", "intl", lambda: "+31 (0)20 " + dg(3) + " " + dg(4))
    # BR
    add("BR", "nat", lambda: "(" + ch(["11", "21", "31", "41", "51"]) + ") 9" + dg(4) + "-" + dg(4))
    add("BR", "intl", lambda: "+55 " + ch(["11", "21", "47", "85"]) + " 9" + dg(4) + "-" + dg(4))
    add("BR", "intl", lambda: "+55 (" + ch(["11", "19", "61"]) + ") 3" + dg(3) + "-" + dg(4))
    add("BR", "nat", lambda: ch(["11", "48", "62"]) + " 9" + dg(4) + " " + dg(4))
    # MX
    add("MX", "intl", lambda: "+52 55 " + dg(4) + " " + dg(4))
    add("MX", "intl", lambda: "+52 1 " + ch(["33", "81"]) + " " + dg(4) + " " + dg(4))
    add("MX", "nat", lambda: "(" + ch(["55", "33", "81"]) + ") " + dg(4) + "-" + dg(4))
    add("MX", "nat", lambda: ch(["55", "33", "81"]) + "-" + dg(4) + "-" + dg(4))
    # IN
    add("IN", "nat", lambda: "0" + ch("6789") + dg(4) + " " + dg(5))
    add("IN", "intl", lambda: "+91 " + ch("6789") + dg(4) + "-" + dg(5))
    add("IN", "intl", lambda: "+91 (22) " + dg(4) + " " + dg(4))
    add("IN", "nat", lambda: "022-" + dg(4) + " " + dg(4))
    # JP
    add("JP", "nat", lambda: "0" + ch("789") + "0-" + dg(4) + "-" + dg(4))
    add("JP", "nat", lambda: "0" + ch("789") + "0 " + dg(4) + " " + dg(4))
    add("JP", "intl", lambda: "+81 " + ch("789") + "0-" + dg(4) + "-" + dg(4))
    add("JP", "nat", lambda: "0" + ch("36") + "-" + dg(4) + "-" + dg(4))
    add("JP", "intl", lambda: "+81 3 " + dg(4) + " " + dg(4))
    add("JP", "fullwidth", lambda: fullwidth("090-" + dg(4) + "-" + dg(4)))
    # KR
    add("KR", "nat", lambda: "010-" + dg(4) + "-" + dg(4))
    add("KR", "intl", lambda: "+82 10-" + dg(4) + "-" + dg(4))
    add("KR", "nat", lambda: "02-" + dg(3, True) + "-" + dg(4))
    add("KR", "intl", lambda: "+82 31 " + dg(3, True) + " " + dg(4))
    # AU
    add("AU", "nat", lambda: "04" + dg(2) + " " + dg(3) + " " + dg(3))
    add("AU", "intl", lambda: "+61 4" + dg(2) + " " + dg(3) + " " + dg(3))
    add("AU", "nat", lambda: "(0" + ch("2378") + ") " + dg(4) + " " + dg(4))
    add("AU", "intl", lambda: "+61 " + ch("2378") + " " + dg(4) + " " + dg(4))
    # RU
    add("RU", "intl", lambda: "+7 (9" + dg(2) + ") " + dg(3) + "-" + dg(2) + "-" + dg(2))
    add("RU", "nat", lambda: "8 (" + ch(["495", "812", "916", "903"]) + ") " + dg(3) + "-" + dg(2) + "-" + dg(2))
    add("RU", "intl", lambda: "+7 9" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2))
    add("RU", "nat", lambda: "8-9" + dg(2) + "-" + dg(3) + "-" + dg(2) + "-" + dg(2))
    add("RU", "nat", lambda: "89" + dg(9))
    # TR
    add("TR", "intl", lambda: "+90 5" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2))
    add("TR", "nat", lambda: "05" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2))
    add("TR", "nat", lambda: "0 (5" + dg(2) + ") " + dg(3) + " " + dg(2) + " " + dg(2))
    add("TR", "intl", lambda: "+90 (212) " + dg(3) + " " + dg(2) + " " + dg(2))
    # AE
    add("AE", "intl", lambda: "+971 5" + ch("0256") + " " + dg(3) + " " + dg(4))
    add("AE", "nat", lambda: "05" + ch("0256") + " " + dg(3) + " " + dg(4))
    add("AE", "intl", lambda: "+971-4-" + dg(3) + "-" + dg(4))
    add("AE", "nat", lambda: "04 " + dg(3) + " " + dg(4))
    # SG
    add("SG", "intl", lambda: "+65 " + ch("89") + dg(3) + " " + dg(4))
    add("SG", "intl", lambda: "+65 6" + dg(3) + "-" + dg(4))
    add("SG", "nat", lambda: ch("89") + dg(3) + " " + dg(4))
    # HK
    add("HK", "intl", lambda: "(+852) " + ch("569") + dg(3) + "-" + dg(4))
    add("HK", "intl", lambda: "852-" + ch("569") + dg(7))
    add("HK", "nat", lambda: ch("569") + dg(3) + " " + dg(4))
    add("HK", "intl", lambda: "+852 2" + dg(3) + " " + dg(4))
    # VN
    add("VN", "intl", lambda: "+84 9" + dg(1) + " " + dg(3) + " " + dg(2) + " " + dg(2))
    add("VN", "nat", lambda: "09" + dg(2) + " " + dg(3) + " " + dg(3))
    add("VN", "intl", lambda: "+84 9" + dg(2) + "-" + dg(3) + "-" + dg(3))
    add("VN", "nat", lambda: "028 " + dg(4) + " " + dg(4))
    # TH
    add("TH", "intl", lambda: "+66 8" + dg(1) + " " + dg(3) + " " + dg(4))
    add("TH", "nat", lambda: "08" + dg(1) + "-" + dg(3) + "-" + dg(4))
    add("TH", "nat", lambda: "02-" + dg(3) + "-" + dg(4))
    add("TH", "intl", lambda: "+66 2 " + dg(3) + " " + dg(4))
    # ID
    add("ID", "intl", lambda: "+62 8" + dg(2) + "-" + dg(4) + "-" + dg(4))
    add("ID", "nat", lambda: "08" + dg(2) + " " + dg(4) + " " + dg(4))
    add("ID", "intl", lambda: "+62 21 " + dg(4) + " " + dg(4))
    add("ID", "nat", lambda: "(021) " + dg(4) + " " + dg(4))
    # PH
    add("PH", "intl", lambda: "+63 9" + dg(2) + " " + dg(3) + " " + dg(4))
    add("PH", "nat", lambda: "09" + dg(2) + " " + dg(3) + " " + dg(4))
    add("PH", "nat", lambda: "(02) 8" + dg(3) + " " + dg(4))
    add("PH", "nat", lambda: "09" + dg(2) + "-" + dg(3) + "-" + dg(4))
    # NG
    add("NG", "intl", lambda: "+234 8" + ch("01") + dg(1) + " " + dg(3) + " " + dg(4))
    add("NG", "nat", lambda: "08" + ch("01") + dg(1) + " " + dg(3) + " " + dg(4))
    add("NG", "intl", lambda: "+234 (0) 8" + ch("01") + dg(1) + " " + dg(3) + " " + dg(4))
    add("NG", "nat", lambda: "080" + dg(8))
    # ZA
    add("ZA", "intl", lambda: "+27 " + ch(["82", "83", "72", "71"]) + " " + dg(3) + " " + dg(4))
    add("ZA", "nat", lambda: "0" + ch(["82", "83", "72", "71"]) + " " + dg(3) + " " + dg(4))
    add("ZA", "nat", lambda: "011 " + dg(3) + " " + dg(4))
    add("ZA", "intl", lambda: "+27 (0)21 " + dg(3) + " " + dg(4))
    # US
    add("US", "nat", lambda: "(" + ch("2345678") + dg(2) + ")" + ch("23456789") + dg(2) + "-" + dg(4))
    add("US", "nat", lambda: ch("2345678") + dg(2) + " " + ch("23456789") + dg(2) + " " + dg(4))
    add("US", "intl", lambda: "+1." + ch("2345678") + dg(2) + "." + ch("23456789") + dg(2) + "." + dg(4))
    add("US", "nat", lambda: "1-" + ch(["800", "888", "877"]) + "-" + ch("23456789") + dg(2) + "-" + dg(4))
    add("US", "intl", lambda: "001 " + ch("2345678") + dg(2) + " " + ch("23456789") + dg(2) + " " + dg(4))
    # CN
    add("CN", "intl", lambda: "(+86) 1" + ch("3589") + dg(1) + " " + dg(4) + " " + dg(4))
    add("CN", "intl", lambda: "+86 1" + ch("3589") + dg(1) + "-" + dg(4) + "-" + dg(4))
    add("CN", "intl", lambda: "+86-21-" + ch("56") + dg(7))
    add("CN", "nat", lambda: "0" + ch(["571", "577", "757", "311"]) + " " + dg(4, True) + " " + dg(4))
    add("CN", "nat", lambda: "400-" + dg(3) + "-" + dg(4))
    add("CN", "intl", lambda: "86 1" + ch("3589") + dg(9))
    return d


PHONES = _ph()
PHONE_DECK = Deck(list(PHONES))
LANG_PHONE = {"zh": ["CN", "HK"], "es": ["ES", "MX"], "de": ["DE"], "pt": ["BR"], "ru": ["RU"]}


def phone(lang=None):
    if lang in LANG_PHONE and R.random() < 0.5:
        cc = ch(LANG_PHONE[lang])
        st, f = ch(PHONES[cc])
    else:
        cc = PHONE_DECK.draw()
        st, f = ch(PHONES[cc])
    return f(), "PHONE:%s:%s" % (cc, st)

# ====================================================================== EMAIL


def email_parts():
    f, l = ch(LOCALS), ch(SURN)
    k = R.random()
    if k < 0.2:
        local = f + "." + l
    elif k < 0.3:
        local = f + "-" + l
    elif k < 0.4:
        local = f[0] + l + str(R.randint(1, 99))
    elif k < 0.5:
        local = ch(["compras", "einkauf", "vendas", "zakupki", "purchasing", "import", "procurement",
                    "export.dept", "ventas", "logistik", "caigou"])
    elif k < 0.58:
        local = "1" + ch("3589") + dg(9)          # mobile-number mailbox
    elif k < 0.66:
        local = f + "." + l + "+" + ch(["orders", "china", "rfq", "samples"])   # plus addressing
    elif k < 0.75:
        local = f + "_" + l[:3] + str(R.randint(70, 99))
    else:
        local = f + l[0]
    if local[0] == "1" and local.isdigit():
        dom = "139.com"
    elif R.random() < 0.45:
        dom = ch(FREE_MAIL)
    else:
        dom = ch(CO_DOMAINS)
        if R.random() < 0.3:
            dom = ch(SUBDOMAINS) + dom
    return local, dom


EMAIL_STYLES = Deck(["plain"] * 7 + ["upper", "at_words", "at_only", "sq_spaced", "paren_caps", "curly",
                                     "angle", "es", "pt", "ru", "de", "fw", "fwdot", "spaced", "dotword"])
LANG_OBF = {"es": "es", "pt": "pt", "ru": "ru", "de": "de"}


def email(lang=None):
    local, dom = email_parts()
    st = EMAIL_STYLES.draw()
    if lang in LANG_OBF and st not in ("plain", "upper") and R.random() < 0.6:
        st = LANG_OBF[lang]
    if st == "plain":
        v = local + "@" + dom
    elif st == "upper":
        v = (local + "@" + dom).upper() if R.random() < 0.5 else local.capitalize() + "@" + dom.upper()
    elif st == "at_words":
        v = local.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
    elif st == "at_only":
        v = local + " at " + dom
    elif st == "sq_spaced":
        v = local + " [at] " + dom.replace(".", " [dot] ")
    elif st == "paren_caps":
        v = local + "(AT)" + dom.replace(".", "(DOT)")
    elif st == "curly":
        v = local + "{at}" + dom
    elif st == "angle":
        v = local + "<at>" + dom.replace(".", "<dot>")
    elif st == "es":
        v = local + " arroba " + dom.replace(".", " punto ")
    elif st == "pt":
        v = local + " arroba " + dom.replace(".", " ponto ")
    elif st == "ru":
        v = local + " собака " + dom.replace(".", " точка ")
    elif st == "de":
        v = local + "(at)" + dom.replace(".", "(punkt)")
    elif st == "fw":
        v = local + "＠" + dom
    elif st == "fwdot":
        v = local + "＠" + dom.replace(".", "．")
    elif st == "spaced":
        v = local + " @ " + dom.replace(".", " . ")
    else:  # dotword
        v = local + "@" + dom.replace(".", " dot ")
    return v, "EMAIL:" + st


def email_hash():
    local, dom = email_parts()
    return local + "#" + dom, "EMAIL:hash"

# ====================================================================== URL


def rid(n, alpha="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(alpha) for _ in range(n))


URL_STYLES = Deck(["https_path_query", "https_sub", "noscheme_path", "bare", "bare", "www_cc", "short",
                   "short", "share", "market", "market", "social", "social", "http_port_path"])


def url():
    st = URL_STYLES.draw()
    dom = ch(CO_DOMAINS)
    stem = dom.split(".")[0]
    if st == "https_path_query":
        v = "https://%s/%s?%s" % (dom, ch(["products", "catalogo", "katalog", "item", "p"]),
                                   ch(["id=%d&lang=%s" % (R.randint(10, 9999), ch(["en", "es", "ru", "pt"])),
                                       "sku=%s-%d" % (ch(["AB", "TX", "KL"]), R.randint(100, 999)),
                                       "utm_source=chat&ref=%s" % rid(6)]))
    elif st == "https_sub":
        v = "https://%s.%s/%s" % (ch(["shop", "b2b", "store", "en", "m"]), dom,
                                  ch(["", "collections/new", "pdf/catalogue-2025.pdf", "contact"]))
        v = v.rstrip("/")
    elif st == "noscheme_path":
        v = "%s/%s" % (dom, ch(["price-list", "de/produkte", "es/contacto", "catalog?page=2", "p/%d" % R.randint(1, 999)]))
    elif st == "bare":
        v = dom
    elif st == "www_cc":
        v = "www." + dom + ch(["", "/en", "/ru/"])
    elif st == "short":
        v = ch(["tinyurl.com/", "https://t.co/", "rb.gy/", "is.gd/", "cutt.ly/", "https://shorturl.at/",
                "s.id/", "https://b23.tv/", "ow.ly/"]) + rid(R.randint(5, 8))
    elif st == "share":
        v = ch(["https://we.tl/t-" + rid(10),
                "https://www.dropbox.com/s/%s/%s?dl=0" % (rid(15).lower(), ch(["catalog.pdf", "fotos.zip", "spec.xlsx"])),
                "https://pan.baidu.com/s/1" + rid(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
                "https://1drv.ms/b/s!" + rid(16),
                "https://docs.google.com/spreadsheets/d/" + rid(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") + "/edit?usp=sharing",
                "https://www.icloud.com/iclouddrive/0" + rid(24).lower()])
    elif st == "market":
        v = ch(["https://www.amazon.de/dp/B0" + rid(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                "https://detail.1688.com/offer/%s.html" % dg(12, True),
                "https://item.taobao.com/item.htm?id=%s" % dg(12, True),
                "https://www.ebay.co.uk/itm/%s" % dg(12, True),
                "https://produto.mercadolivre.com.br/MLB-%s-%s-_JM" % (dg(10, True), ch(["luvas-nitrilicas", "mangueira-jardim"])),
                "ozon.ru/product/%s-%s/" % (ch(["shlang", "pled"]), dg(9, True)),
                "https://www.indiamart.com/proddetail/%s.html" % dg(11, True),
                "https://shopee.co.th/product/%s/%s" % (dg(9, True), dg(10, True))])
        v = v.rstrip("/")
    elif st == "social":
        v = ch(["instagram.com/" + stem.replace("-", "_"), "https://vk.com/" + stem.replace("-", ""),
                "https://www.linkedin.com/company/" + stem, "https://www.youtube.com/watch?v=" + rid(11),
                "https://www.tiktok.com/@" + stem.replace("-", ""), "fb.me/" + stem.replace("-", ""),
                "https://x.com/" + stem.replace("-", "_")])
    else:
        v = "http://%s:8080/%s" % (ch(["erp", "portal", "files"]) + "." + dom, ch(["login", "b2b/order?id=%d" % R.randint(1, 999)]))
    return v, "URL:" + st

# ====================================================================== MESSENGER


def wechat():
    k = R.random()
    if k < 0.4:
        return ch(LOCALS) + ch(["_", "-", ""]) + ch(SURN)[:4] + str(R.randint(1, 99)), "MSG:wechat:name"
    if k < 0.6:
        return "wxid_" + rid(R.randint(12, 16), "abcdefghijklmnopqrstuvwxyz0123456789"), "MSG:wechat:wxid"
    return ch(["Sunway", "Tianhe", "Mingda", "Hengtong", "Xingchen"]) + ch(["_Export", "-Sales", "Trade", "_Lily"]) + \
        str(R.randint(1, 999)), "MSG:wechat:company"


def skype():
    k = R.random()
    if k < 0.35:
        return "live:.cid." + rid(16, "0123456789abcdef"), "MSG:skype:cid"
    if k < 0.7:
        return "live:" + ch(LOCALS) + "_" + str(R.randint(1, 999)), "MSG:skype:live"
    return ch(LOCALS) + "." + ch(SURN) + ch(["", ".sales", "_export"]), "MSG:skype:name"


def tg_name():
    return ch(LOCALS) + ch(["_", "", "_"]) + ch(SURN + ["supply", "opt", "trade", "b2b"]) + \
        (str(R.randint(1, 99)) if R.random() < 0.3 else "")


def tg():
    return "@" + tg_name(), "MSG:telegram:at"


def tg_bare():
    return tg_name(), "MSG:telegram:bare"


def tg_link():
    return ch(["t.me/", "https://t.me/", "telegram.me/"]) + tg_name(), "MSG:telegram:link"


def line_id():
    if R.random() < 0.35:
        return "@" + dg(3) + rid(5, "abcdefghijkmnpqrstuvwxyz"), "MSG:line:official"
    return ch(LOCALS) + ch([".", "_", ""]) + dg(4), "MSG:line:id"


def qq():
    return dg(R.randint(7, 10), True), "MSG:qq"


def kakao():
    return ch(LOCALS) + ch(["_", ".", ""]) + ch(["kr", "trade", "park", "biz"]) + str(R.randint(1, 99)), "MSG:kakao"

# ====================================================================== CARDS


CARD_BRANDS = Deck(["visa16", "visa16", "mc2", "mc5", "jcb", "up16", "up19", "diners", "disc65", "maestro",
                    "mir", "elo", "rupay", "troy", "amex"])


CARD_FMT = Deck(["space", "space", "dash", "compact", "dot", "dblspace", "fullwidth"])


def card():
    b = CARD_BRANDS.draw()
    if b == "visa16":
        n = luhn_complete("4" + dg(14))
    elif b == "mc2":
        n = luhn_complete(str(R.randint(2221, 2720)) + dg(11))
    elif b == "mc5":
        n = luhn_complete(ch(["51", "53", "55"]) + dg(13))
    elif b == "jcb":
        n = luhn_complete(str(R.randint(3528, 3589)) + dg(11))
    elif b == "up16":
        n = luhn_complete("62" + ch(["2848", "1700", "2202", "2588"]) + dg(9))
    elif b == "up19":
        n = luhn_complete("62" + ch(["1226", "2848", "1483"]) + dg(12))
    elif b == "diners":
        n = luhn_complete("36" + dg(11))
    elif b == "disc65":
        n = luhn_complete("65" + dg(13))
    elif b == "maestro":
        n = luhn_complete(ch(["6759", "5018", "6304"]) + dg(R.choice([11, 14])))
    elif b == "mir":
        n = luhn_complete("220" + str(R.randint(0, 4)) + dg(11))
    elif b == "elo":
        n = luhn_complete(ch(["636368", "504175", "451416"]) + dg(9))
    elif b == "rupay":
        n = luhn_complete(ch(["6081", "6521", "6522"]) + dg(11))
    elif b == "troy":
        n = luhn_complete("9792" + dg(11))
    else:
        n = luhn_complete(ch(["34", "37"]) + dg(12))
    L = len(n)
    k = R.random()
    if L == 15:
        v = grp(n, [4, 6, 5], ch([" ", "-", " "]))
    elif L == 14:
        v = grp(n, [4, 6, 4], " ") if k < 0.7 else n
    elif L == 19:
        v = grp(n, [4, 4, 4, 4, 3], " ") if k < 0.4 else (grp(n, [6, 13], " ") if k < 0.7 else n)
    else:
        f = CARD_FMT.draw()
        if f == "space":
            v = grp(n, [4, 4, 4, 4], " ")
        elif f == "dash":
            v = grp(n, [4, 4, 4, 4], "-")
        elif f == "compact":
            v = n
        elif f == "dot":
            v = grp(n, [4, 4, 4, 4], ".")
        elif f == "dblspace":
            v = grp(n, [4, 4, 4, 4], "  ")
        else:
            v = fullwidth(grp(n, [4, 4, 4, 4], " "))
    return v, "CARD:%s:%d" % (b, L)

# ====================================================================== IBAN
# official lengths (SWIFT IBAN registry); pattern letters: n digit, a upper letter, c alnum


IBAN_SPEC = {
    "AT": (20, "16n"), "BE": (16, "12n"), "CH": (21, "5n12n"), "PL": (28, "24n"), "PT": (25, "21n"),
    "SE": (24, "20n"), "DK": (18, "14n"), "FI": (18, "14n"), "NO": (15, "11n"), "IE": (22, "4a14n"),
    "LU": (20, "3n13c"), "CZ": (24, "20n"), "HU": (28, "24n"), "RO": (24, "4a16c"), "TR": (26, "5n1n16c"),
    "AE": (23, "3n16n"), "SA": (24, "2n18c"), "BR": (29, "23n1a1c"), "GR": (27, "7n16c"), "HR": (21, "17n"),
    "SK": (24, "20n"), "SI": (19, "15n"), "BG": (22, "4a6n8c"), "LT": (20, "16n"), "LV": (21, "4a13c"),
    "EE": (20, "16n"), "MT": (31, "4a5n18c"), "CY": (28, "8n16c"), "IL": (23, "19n"), "QA": (29, "4a21c"),
    "KW": (30, "4a22c"), "PK": (24, "4a16c"), "UA": (29, "6n19c"), "KZ": (20, "3n13c"), "GE": (22, "2a16n"),
    "MU": (30, "4a19n3a"), "FR": (27, "10n11c2n"), "ES": (24, "20n"), "IT": (27, "1a10n12c"), "DE": (22, "18n"),
}


def bban(pattern):
    out = ""
    for cnt, t in re.findall(r"(\d+)([anc])", pattern):
        for _ in range(int(cnt)):
            if t == "n":
                out += R.choice("0123456789")
            elif t == "a":
                out += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                out += R.choice("0123456789") if R.random() < 0.7 else R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return out


IBAN_DECK = Deck([c for c in IBAN_SPEC if c not in ("FR", "ES", "IT", "DE")] * 2 + ["FR", "ES", "IT", "DE"])


def iban_raw(cc=None):
    cc = cc or IBAN_DECK.draw()
    L, pat = IBAN_SPEC[cc]
    b = bban(pat)
    if cc == "MU":
        b = b[:-3] + "MUR"
    s = iban_make(cc, b)
    assert len(s) == L, (cc, len(s), L)
    assert iban_mod97(s) == 1
    return s, cc


def iban():
    s, cc = iban_raw()
    grouped = R.random() < 0.55
    return (by4(s) if grouped else s), "IBAN:%s:%s" % (cc, "grouped" if grouped else "compact")

# ====================================================================== BANK


def acct():
    k = R.random()
    while True:
        if k < 0.2:
            v, sub = "40702810" + dg(12), "ACCT:ru20"
        elif k < 0.35:
            v, sub = dg(3, True) + "-" + dg(6) + "-" + dg(3), "ACCT:hk-dashed"
        elif k < 0.5:
            v, sub = dg(R.choice([10, 11]), True), "ACCT:plain10-11"
        elif k < 0.65:
            v, sub = dg(5, True) + "-" + dg(1), "ACCT:br-conta"
        elif k < 0.8:
            d = dg(R.choice([16, 19]), True)
            v, sub = grp(d, [4, 4, 4, 4, 4], " "), "ACCT:cn-grouped"
        else:
            v, sub = "0" + dg(R.choice([8, 11])), "ACCT:leading0"
        d = alnum(v)
        if not (13 <= len(d) <= 19 and luhn_ok(d)) and not (len(d) == 12 and verhoeff_ok(d)) and not aba_ok(d):
            return v, sub


BICS = ["MIDLGB22", "UBSWCHZH80A", "NDEAFIHH", "RABONL2U", "DBSSSGSG", "KASITHBK", "HDFCINBB", "SBININBBXXX",
        "BOTKJPJT", "SHBKKRSE", "ANZBAU3M", "SBZAZAJJ", "ZEIBNGLA", "BCMRMXMM", "BRASBRRJ", "SABRRUMM",
        "TCZBTR2A", "EBILAEAD", "BPKOPLPW", "CRLYFRPP", "BSCHESMM", "UNCRITMM", "BFTVVNVX", "BMRIIDJA",
        "BNORPHMM", "HASEHKHH", "CIBBSGSG", "ICBKCNBJZJP", "ABOCCNBJ110", "SCBLSGSGXXX", "GIBAATWWXXX", "ESSESESS"]


def swift():
    if R.random() < 0.75:
        b = ch(BICS)
        return b, "BIC:" + ("11" if len(b) == 11 else "8")
    b = rid(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ch(["TR", "AE", "BR", "IN", "MX", "VN", "TH"]) + \
        ch(["IS", "AD", "SP", "BB", "MM", "2A"]) + ch(["", "", "XXX", "001"])
    return b, "BIC:gen"


def aba():
    while True:
        d = ch(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31",
                "32"]) + dg(6)
        for c in "0123456789":
            if aba_ok(d + c):
                return d + c, "ABA"

# ====================================================================== NATIONAL ID


def ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a != "666":
            break
    v = "%s-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    if R.random() < 0.15:
        v = v.replace("-", " ")
    return v, "SSN"


CN_REG = ["130102", "210203", "230103", "340104", "360102", "410105", "430104", "450103", "500103",
          "530102", "610113", "620102", "650102", "220102", "120101", "140105", "150102", "460105", "520102"]


def cnid():
    want_x = R.random() < 0.35
    for _ in range(1000):
        y = R.randint(1955, 2005)
        m = R.randint(1, 12)
        d = R.randint(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
        f = ch(CN_REG) + "%04d%02d%02d" % (y, m, d) + dg(3)
        c = cnid_check(f)
        if (c == "X") == want_x:
            return f + c, "CNID:" + ("X" if c == "X" else "digit")
    raise AssertionError


def aadhaar():
    n = verhoeff_complete(ch("23456789") + dg(10))
    k = R.random()
    if k < 0.4:
        return grp(n, [4, 4, 4], "-"), "AADHAAR:dash"
    if k < 0.75:
        return grp(n, [4, 4, 4], " "), "AADHAAR:space"
    return n, "AADHAAR:compact"


NINO_FMT = Deck([0.1, 0.5, 0.8, 0.9])


def nino():
    while True:
        p = ch("ABCEGHJKLMNOPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = dg(6)
    s = ch("ABCD")
    k = NINO_FMT.draw()
    if k < 0.4:
        return "%s %s %s" % (p, d, s), "NINO:p-6-s"
    if k < 0.7:
        return "%s%s%s" % (p, d, s), "NINO:compact"
    if k < 0.85:
        return "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s), "NINO:dashed"
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), "NINO:spaced"

# ====================================================================== IP / CRYPTO


def ipv4():
    k = R.random()
    if k < 0.2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)), "IPV4:private172"
    if k < 0.3:
        return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254)), "IPV4:cgnat"
    a = ch([2, 5, 23, 31, 37, 41, 45, 62, 77, 91, 103, 110, 122, 151, 176, 177, 185, 188, 190, 196, 200, 201, 213, 217, 222])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "IPV4:public"


IPV6_FMT = Deck([0.1, 0.3, 0.5, 0.75, 0.9])


def ipv6():
    g = ["%x" % R.randint(0, 0xffff) for _ in range(8)]
    g[0] = ch(["2a03", "2a01", "2001", "2600", "2405", "2c0f", "2804", "2a00"])
    k = IPV6_FMT.draw()
    if k < 0.25:
        return ":".join("%04x" % int(x, 16) for x in g), "IPV6:full-padded"
    if k < 0.45:
        return (":".join(g[:4]) + "::" + g[7]).upper(), "IPV6:upper-compressed"
    if k < 0.7:
        return ":".join(g[:2]) + "::" + ":".join(g[5:]), "IPV6:compressed"
    if k < 0.85:
        return ":".join(g[:3]) + "::", "IPV6:trailing-::"
    return "::ffff:%d.%d.%d.%d" % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "IPV6:v4mapped"


BTC_FMT = Deck([0.1, 0.3, 0.6, 0.7, 0.85, 0.95])


def btc():
    k = BTC_FMT.draw()
    h20 = bytes(R.getrandbits(8) for _ in range(20))
    h32 = bytes(R.getrandbits(8) for _ in range(32))
    if k < 0.25:
        return b58check(0, h20), "BTC:p2pkh"
    if k < 0.5:
        return b58check(5, h20), "BTC:p2sh"
    if k < 0.68:
        return segwit_encode(0, h20), "BTC:bech32-p2wpkh"
    if k < 0.8:
        return segwit_encode(0, h32), "BTC:bech32-p2wsh"
    if k < 0.92:
        return segwit_encode(1, h32), "BTC:bech32m-taproot"
    return segwit_encode(0, h20).upper(), "BTC:bech32-upper"


def eth():
    hx = "".join(R.choice("0123456789abcdef") for _ in range(40))
    if R.random() < 0.55:
        return eip55(hx), "ETH:eip55"
    return "0x" + hx, "ETH:lower"

# ====================================================================== ADDRESSES


def a_us():
    num = R.randint(100, 24999)
    st = ch(["Amphitheatre Pkwy", "N Michigan Ave", "Peachtree St NE", "County Road 42", "E Colfax Ave",
             "Ocean Blvd", "Industrial Loop", "Market St", "Lakeshore Dr", "Kearny Mesa Rd", "NW 25th St"])
    unit = ch(["", "", " Ste %d" % R.randint(100, 900), ", Bldg %d" % R.randint(1, 9), " Fl %d" % R.randint(2, 30),
               ", Dock %d" % R.randint(1, 20)])
    city, stt, z = ch([("Mountain View", "CA", "94043"), ("Reno", "NV", "89502"), ("Atlanta", "GA", "30303"),
                       ("Newark", "NJ", "07102"), ("Dallas", "TX", "75201"), ("Portland", "OR", "97209"),
                       ("Denver", "CO", "80202"), ("Savannah", "GA", "31401"), ("Columbus", "OH", "43215"),
                       ("San Diego", "CA", "92123"), ("Doral", "FL", "33172")])
    if R.random() < 0.3:
        z += "-" + dg(4)
    f = R.random()
    if f < 0.45:
        s = "%d %s%s, %s, %s %s" % (num, st, unit, city, stt, z)
    elif f < 0.75:
        s = "%d %s%s, %s %s %s" % (num, st, unit, city, stt, z)
    else:
        s = "%d %s%s\n%s, %s %s" % (num, st, unit, city, stt, z)
    if R.random() < 0.3:
        s += ch([", USA", ", United States", " USA"])
    return s, "ADDR:US" + (":multiline" if "\n" in s else "")


def a_uk():
    out = ch(["BN1", "DA1", "G42", "DE45", "SW1A", "EC2V", "CF10", "BS1", "NE1", "EH1", "OX4", "CB2", "L3", "S1",
              "B33", "KT22", "PO19", "AB10", "BT7", "W1T", "M17", "LS9"])
    pc = out + " " + str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    town = ch(["Brighton", "Dartford", "Glasgow", "Bakewell", "London", "Cardiff", "Bristol", "Newcastle upon Tyne",
               "Edinburgh", "Oxford", "Cambridge", "Liverpool", "Sheffield", "Leatherhead", "Chichester", "Aberdeen",
               "Belfast", "Trafford Park"])
    st = ch(["Kings Road", "Riverside Way", "Queen's Drive", "Dock Street", "Canal Wharf", "Commercial Road",
             "Brunel Close", "Heron Way"])
    pre = ch(["", "", "Flat %d, " % R.randint(1, 60), "Unit %d%s, " % (R.randint(1, 40), ch(["", "B"])),
              "Suite %d, %s House, " % (R.randint(1, 9), ch(["Caxton", "Albion", "Kingsway"]))])
    s = "%s%d %s, %s %s" % (pre, R.randint(1, 320), st, town, pc)
    if R.random() < 0.25:
        s += ch([", United Kingdom", ", UK"])
    return s, "ADDR:UK"


def a_de():
    k = R.random()
    if k < 0.6:
        st = ch(["Friedrichstraße", "Am Sandtorkai", "Kaiserstr.", "Robert-Bosch-Str.", "Industriestraße",
                 "Hafenweg", "Königsallee", "Zeppelinring"])
        city = ch([("10117", "Berlin"), ("20457", "Hamburg"), ("60311", "Frankfurt/Main"), ("71229", "Leonberg"),
                   ("40212", "Düsseldorf"), ("28195", "Bremen"), ("90402", "Nürnberg"), ("04109", "Leipzig")])
        s = "%s %d%s, %s%s %s" % (st, R.randint(1, 220), ch(["", "", "a", " b"]), ch(["", "D-"]), city[0], city[1])
        if R.random() < 0.2:
            s += ", Deutschland"
        return s, "ADDR:DE"
    if k < 0.8:
        s = "%s %d/%d, %d Wien" % (ch(["Mariahilfer Straße", "Handelskai", "Lerchenfelder Gürtel"]), R.randint(1, 150),
                                   R.randint(1, 30), ch([1070, 1020, 1160]))
        if R.random() < 0.5:
            s += ", Österreich"
        return s, "ADDR:AT"
    s = "%s %d, %d %s" % (ch(["Bahnhofstrasse", "Industriestrasse", "Seefeldstrasse"]), R.randint(1, 120),
                          ch([8001, 8005, 4051, 6300]), ch(["Zürich", "Basel", "Zug"]))
    if R.random() < 0.5:
        s += ", Schweiz"
    return s, "ADDR:CH"


def a_cn_en():
    city, prov, z, dist, street = ch([
        ("Shanghai", "", "2001", "Pudong New Area", "Century Avenue"),
        ("Hangzhou", "Zhejiang", "3112", "Xiaoshan District", "Jianshe 1st Road"),
        ("Qingdao", "Shandong", "2665", "Huangdao District", "Changjiang West Road"),
        ("Foshan", "Guangdong", "5283", "Shunde District", "Beijiao Industrial Avenue"),
        ("Xiamen", "Fujian", "3610", "Huli District", "Gaoqi South 5th Road"),
        ("Wenzhou", "Zhejiang", "3250", "Longwan District", "Binhai 3rd Road"),
        ("Chengdu", "Sichuan", "6100", "Wuhou District", "Tianfu Avenue North"),
        ("Tianjin", "", "3004", "Binhai New Area", "Xingang 2nd Road")])
    parts = []
    k = R.random()
    if k < 0.35:
        parts.append("Rm %d" % R.randint(201, 2808))
        parts.append("Block %s" % ch("ABCD"))
    elif k < 0.6:
        parts.append("Unit %d, %d/F" % (R.randint(1, 20), R.randint(2, 30)))
    elif k < 0.75:
        parts.append("Bldg %d, %s Industrial Park" % (R.randint(1, 12), ch(["Xinghe", "Hongqiao", "Jinqiao"])))
    parts.append("%d %s" % (R.randint(1, 1800), street))
    parts.append(dist)
    parts.append(city + ((" " + z + dg(2)) if (not prov and R.random() < 0.7) else ""))
    if prov:
        parts.append(prov + ((" " + z + dg(2)) if R.random() < 0.6 else ""))
    if R.random() < 0.45:
        parts.append(ch(["P.R. China", "PRC", "China", "CN"]))
    return ", ".join(parts), "ADDR:CN-en"


def a_cn_zh():
    prov, city, dist, street = ch([
        ("", "上海市", "浦东新区", "世纪大道"), ("浙江省", "杭州市", "萧山区", "建设一路"),
        ("福建省", "厦门市", "湖里区", "高崎南五路"), ("山东省", "青岛市", "黄岛区", "长江西路"),
        ("广东省", "佛山市", "顺德区北滘镇", "工业大道"), ("", "天津市", "滨海新区", "新港二号路"),
        ("四川省", "成都市", "武侯区", "天府大道北段"), ("河北省", "石家庄市", "长安区", "中山东路"),
        ("湖南省", "长沙市", "岳麓区", "麓谷大道")])
    s = (prov if R.random() < 0.75 else "") + city + dist + street + "%d号" % R.randint(1, 1900)
    s += ch(["", "", "%s大厦%d楼%d室" % (ch(["金茂", "国贸", "创业"]), R.randint(2, 40), R.randint(101, 3008)),
             "%d号楼%d单元" % (R.randint(1, 12), R.randint(1, 6)), "%d栋%d层" % (R.randint(1, 9), R.randint(1, 12))])
    if R.random() < 0.2:
        s += " 邮编" + ch(["200120", "311215", "361006", "266555", "528311", "610041"])
    return s, "ADDR:CN-zh"


def a_other():
    k = ch(["FR", "ES", "MX", "BR", "RU", "JP", "IN", "IT", "NL", "AU", "CA", "HK", "AE", "TR", "SG", "KR"])
    n = R.randint(2, 220)
    if k == "FR":
        s = "%d %s, %s %s" % (n, ch(["rue de la Paix", "avenue Jean Jaurès", "boulevard Haussmann", "rue du Commerce"]),
                              ch(["75002", "69007", "13002", "93330"]), ch(["Paris", "Lyon", "Marseille", "Neuilly-sur-Marne"]))
        s += ch(["", ", France"])
    elif k == "ES":
        s = "%s %d, %s, %s %s" % (ch(["Calle de Alcalá", "Avda. Diagonal", "C/ del Cobre", "Calle Mayor"]), n,
                                   ch(["3º B", "2ª planta", "nave 4", "bajo"]),
                                   ch(["28009", "08017", "03114", "46001"]), ch(["Madrid", "Barcelona", "Alicante", "Valencia"]))
        s += ch(["", ", España"])
    elif k == "MX":
        s = "%s %d, Col. %s, %s %s" % (ch(["Av. Insurgentes Sur", "Blvd. Díaz Ordaz", "Calle Hidalgo"]), n,
                                        ch(["Crédito Constructor", "Santa María", "Centro"]),
                                        ch(["03940", "64650", "44100"]), ch(["Ciudad de México, CDMX", "Monterrey, N.L.", "Guadalajara, Jal."]))
    elif k == "BR":
        s = ch(["Av. Paulista, %d - Bela Vista, São Paulo - SP, 01310-%s" % (n, dg(3)),
                "Rua das Flores, %d, sala %d, Curitiba/PR, CEP 80010-%s" % (n, R.randint(1, 40), dg(3)),
                "Rodovia BR-101, km %d, Itajaí - SC, 88311-%s" % (R.randint(1, 300), dg(3))])
    elif k == "RU":
        s = ch(["ул. Тверская, д. %d, кв. %d, Москва, 125009" % (n, R.randint(1, 200)),
                "г. Новосибирск, ул. Ленина, д. %d, офис %d" % (n, R.randint(100, 900)),
                "196084, Санкт-Петербург, Московский пр., д. %d" % n])
    elif k == "JP":
        s = ch(["%d-%d-%d Shibuya, Shibuya-ku, Tokyo 150-0002, Japan" % (R.randint(1, 4), R.randint(1, 30), R.randint(1, 20)),
                "東京都港区芝公園%d-%d-%d" % (R.randint(1, 4), R.randint(1, 9), R.randint(1, 20)),
                "大阪府大阪市北区梅田%d-%d-%d" % (R.randint(1, 3), R.randint(1, 9), R.randint(1, 20))])
    elif k == "IN":
        s = ch(["Plot No. %d, Sector %d, Gurugram, Haryana 1220%s" % (n, R.randint(1, 60), dg(2)),
                "%d/%d MG Road, Bengaluru 5600%s" % (n, R.randint(1, 9), dg(2)),
                "Shop %d, Crawford Market, Mumbai 400001" % n])
    elif k == "IT":
        s = ch(["Via Roma %d, 20121 Milano (MI)" % n, "Corso Vittorio Emanuele II %d, 10121 Torino" % n,
                "Via dell'Industria %d, 36100 Vicenza, Italia" % n])
    elif k == "NL":
        s = ch(["Keizersgracht %d, 1015 CJ Amsterdam" % n, "Industrieweg %d, 3044 AS Rotterdam" % n])
    elif k == "AU":
        s = ch(["Unit %d, %d George St, Sydney NSW 2000" % (R.randint(1, 30), n),
                "%d Smith Street, Parramatta NSW 2150, Australia" % n])
    elif k == "CA":
        s = ch(["%d Rue Sainte-Catherine O, Montréal, QC H3B 1A7" % n, "%d Front St W, Toronto, ON M5V 3G5" % n])
    elif k == "HK":
        s = "Flat %s, %d/F, Wing On Plaza, %d Mody Road, Tsim Sha Tsui, Kowloon, Hong Kong" % (ch("ABCD"), R.randint(2, 30), n)
    elif k == "AE":
        s = "Office %d, Al Shafar Tower 1, Barsha Heights, Dubai, UAE" % R.randint(101, 2400)
    elif k == "TR":
        s = "Büyükdere Cad. No: %d, 34394 Şişli/İstanbul" % n
    elif k == "SG":
        s = "%d Anson Road #%02d-%02d, International Plaza, Singapore 079903" % (n, R.randint(2, 40), R.randint(1, 20))
    else:
        s = "%d Teheran-ro, Gangnam-gu, Seoul 06236" % n
    return s, "ADDR:" + k


ADDR_DECK = Deck(["US", "US", "UK", "UK", "DE", "CNEN", "CNEN", "CNZH", "CNZH", "OTHER", "OTHER", "OTHER", "OTHER"])


def addr(lang=None):
    if lang == "zh" and R.random() < 0.7:
        return a_cn_zh()
    if lang == "de" and R.random() < 0.7:
        return a_de()
    if lang in ("es", "pt", "ru") and R.random() < 0.5:
        return a_other()
    k = ADDR_DECK.draw()
    return {"US": a_us, "UK": a_uk, "DE": a_de, "CNEN": a_cn_en, "CNZH": a_cn_zh, "OTHER": a_other}[k]()

# ====================================================================== NEGATIVES


def n_price():
    f = ch([lambda: "₹%s" % ch(["1,25,000", "45,500", "3,20,000"]),
            lambda: "R$ %d,%02d" % (R.randint(1, 99), R.randint(0, 99)),
            lambda: "%d.%03d,%02d €" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
            lambda: "CHF 1'%03d.00" % R.randint(0, 999),
            lambda: "JPY %d,%03d" % (R.randint(1, 999), R.randint(0, 999)),
            lambda: "£%d.%02d/unit" % (R.randint(0, 30), R.randint(0, 99)),
            lambda: "%d %03d ₽" % (R.randint(1, 999), R.randint(0, 999)),
            lambda: "A$%d.%02d" % (R.randint(0, 99), R.randint(0, 99)),
            lambda: "HK$%d.%d0" % (R.randint(1, 200), R.randint(0, 9)),
            lambda: "MXN $%d.00" % R.randint(10, 9999),
            lambda: "%d,%02d €/Stk." % (R.randint(0, 50), R.randint(0, 99)),
            lambda: "USD %d.%dk" % (R.randint(1, 99), R.randint(0, 9)),
            lambda: "$%d.%02d ea" % (R.randint(0, 20), R.randint(0, 99)),
            lambda: "￥%d.%d元/个" % (R.randint(1, 99), R.randint(0, 9)),
            lambda: "%d元/套" % R.randint(5, 999),
            lambda: "%d.%d万元" % (R.randint(1, 99), R.randint(1, 9)),
            lambda: "S$%d.%02d" % (R.randint(1, 99), R.randint(0, 99)),
            lambda: "AED %d,%03d" % (R.randint(1, 99), R.randint(0, 999)),
            lambda: "₩%d,%03d" % (R.randint(1, 999), R.randint(0, 999)),
            lambda: "Rp %d.%03d" % (R.randint(1, 999), R.randint(0, 999)),
            lambda: "₦%d,%03d" % (R.randint(1, 999), R.randint(0, 999)),
            lambda: "R %d %03d,00" % (R.randint(1, 99), R.randint(0, 999)),
            lambda: "TRY %d.%03d,%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
            lambda: "%d.%03d ₫" % (R.randint(10, 999), R.randint(0, 999)),
            lambda: "$%d.%02d@%dk pcs" % (R.randint(0, 9), R.randint(0, 99), R.randint(1, 20)),
            lambda: "USD%d.%02d @ %d pcs" % (R.randint(0, 9), R.randint(0, 99), ch([3000, 5000, 10000])),
            lambda: "DDP %d.%02d USD/pc" % (R.randint(0, 30), R.randint(0, 99)),
            lambda: "US$ %d,%03d.%02d" % (R.randint(1, 999), R.randint(0, 999), R.randint(0, 99))])
    return f()


def n_qty():
    return ch(["%d x 40'HC" % R.randint(1, 6), "%d×20GP" % R.randint(1, 4), "%d plts" % R.randint(2, 60),
               "MOQ: %dk pcs" % R.randint(1, 20), "%d.000 Stück" % R.randint(1, 50), "%d шт." % R.randint(50, 5000),
               "%d unidades" % R.randint(100, 9000), "%d万个" % R.randint(1, 50), "%d,%03d sets" % (R.randint(1, 9), R.randint(0, 999)),
               "%d %03d шт" % (R.randint(1, 99), R.randint(0, 999)), "%d pallets / %d cartons" % (R.randint(2, 20), R.randint(30, 400)),
               "LCL %d.%d CBM" % (R.randint(1, 30), R.randint(0, 9)), "%d peças" % R.randint(100, 9000),
               "一个40尺高柜", "%d rolls" % R.randint(10, 900), "%d dozen" % R.randint(5, 500)])


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]


def n_date():
    y, m, d = R.randint(2024, 2027), R.randint(1, 12), R.randint(1, 28)
    return ch(["%d%s of %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MON[m - 1], y),
               "%02d-%s-%02d" % (d, MON[m - 1], y % 100), "%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, MON_RU[m - 1], y),
               "%d de %s de %d" % (d, MON_ES[m - 1], y), "KW %d" % R.randint(1, 52), "%d.%02d.%02d" % (y, m, d),
               "Q%d %d" % (R.randint(1, 4), y), "%d%02d%02d" % (y, m, d), "%s %dth" % (MON[m - 1], R.randint(4, 20)),
               "%d/%d" % (d, m), "%d.%d." % (d, m), "%d月%d号" % (m, d), "%d de %s" % (d, MON_PT[m - 1]),
               "%d年%d月" % (y, m), "%s-%02d" % (y, m)])


def n_time():
    return ch(["%dh%02d" % (R.randint(8, 20), ch([0, 15, 30, 45])), "%dpm CET" % R.randint(1, 9),
               "09:00-18:00 GMT+8", "%d.%02d Uhr" % (R.randint(8, 18), ch([0, 15, 30])), "下午%d点" % R.randint(1, 6),
               "в %d:00 по Москве" % R.randint(9, 19), "%dam EST" % R.randint(7, 11), "%d:%02d p.m." % (R.randint(1, 9), R.randint(0, 59)),
               "às %dh" % R.randint(8, 18), "%02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59))])


def n_ts():
    return ch(["%d-%02d-%02d %02d:%02d:%02d UTC+8" % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59)),
               "ts=%d" % R.randint(1704067200000, 1798761600000),
               "%s %d %d %02d:%02d:%02d" % (ch(MON), R.randint(1, 28), R.randint(2024, 2026), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
               "epoch %d" % R.randint(1704067200, 1798761600)])


def n_hs():
    return ch(["HS 9405.%02d" % R.randint(10, 99), "HTS 8504.40.%04d" % R.randint(0, 9999), "NCM 8471.30.%02d" % R.randint(10, 99),
               "ТН ВЭД 8517 %02d 000 0" % R.randint(10, 99), "HS:%d%02d" % (ch([9405, 6307, 8708]), R.randint(10, 99)),
               "39269090%02d" % R.randint(10, 99), "CN code 6110 20 %02d" % R.randint(10, 99), "tariff 8708.30.%02d" % R.randint(10, 99)])


def n_container():
    o = ch(["TEMU", "SEGU", "FCIU", "BMOU", "GESU", "TRLU", "CAIU", "ONEU", "ZIMU", "YMLU", "EMCU", "TGBU", "SUDU"])
    s = dg(6)
    c = iso6346(o + s)
    return ch(["%s %s %s" % (o, s, c), "%s%s%s" % (o, s, c), "%s-%s-%s" % (o, s, c), "%s %s%s" % (o, s, c)])


def n_track():
    return ch(["9400 " + " ".join(dg(4) for _ in range(4)) + " " + dg(2),
               "1Z %s %s %s %s %s" % (rid(3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), rid(3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), dg(2), dg(4), dg(4)),
               "JD01%s" % dg(16), "SF%s" % dg(13, True), "RB%sCN" % dg(9), "LP00%s" % dg(12),
               "RA%sRU" % dg(9), "8008%s" % dg(10), "%s %s %s" % (dg(4, True), dg(4), dg(4)),
               "UG%sYP" % dg(9), "TBA%s" % dg(12)])


def n_order():
    return ch(["%d-%s-%s" % (R.randint(111, 405), dg(7), dg(7)), "81%s" % dg(14), "#A-%d" % R.randint(10000, 99999),
               "PO/%d/%04d" % (R.randint(2024, 2026), R.randint(1, 9999)), "4500%s" % dg(6), "№ %d" % R.randint(1000, 99999),
               grp("30" + dg(17), [4, 4, 4, 4, 3], " "), "2025%s" % dg(12), "SO-MX-%05d" % R.randint(1, 99999),
               "%04d-%04d" % (R.randint(1, 9999), R.randint(1, 9999)), "SO %d-%04d-%04d" % (R.randint(2024, 2026), R.randint(1, 1231), R.randint(1, 9999))])


def n_inv():
    return ch(["PI-NB%s-%02d" % (dg(6), R.randint(1, 20)), "Proforma %d/%04d" % (R.randint(24, 26), R.randint(1, 9999)),
               "RE-%d-%05d" % (R.randint(2024, 2026), R.randint(1, 99999)), "INV#%d" % R.randint(10000, 99999),
               "F-%d-%04d" % (R.randint(2024, 2026), R.randint(1, 9999)), "№ %d от %02d.%02d.%d" % (R.randint(1, 999), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)),
               "CI-%s" % dg(8)])


def n_sku():
    return ch(["TX-%d-BLK-XL" % R.randint(1000, 9999), "P/N 0805-10K-1%", "STM32F407VGT6", "GU10 5W 3000K", "DN50 PN16",
               "Art.-Nr. %d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999)), "REF 3M-%d" % R.randint(1000, 9999),
               "M8x25 DIN 933", "ASIN B0%s" % rid(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "model KX-%d%s" % (R.randint(100, 999), ch(["", "S", "PRO"])),
               "SKU: %s-%s-%02d" % (rid(3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), dg(4), R.randint(1, 99)), "ref. %d.%03d.%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 99))])


def n_ver():
    return ch(["build %d.%d.%d-rc%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4)),
               "fw %d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 40), R.randint(0, 250)),
               "v%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 99), R.randint(100, 255)),
               "Android %d" % R.randint(10, 15), "iOS %d.%d.%d" % (R.randint(15, 18), R.randint(0, 6), R.randint(1, 3)),
               "%d.%d.%d.%d" % (R.randint(1, 4), R.randint(0, 9), R.randint(0, 30), R.randint(0, 99)),
               "10.0.%d.%d" % (R.randint(19041, 26100), R.randint(1000, 5000))])


def n_dim():
    return ch(["%d×%d×%dcm" % (R.randint(10, 120), R.randint(10, 80), R.randint(5, 60)), "Ø %d mm" % R.randint(5, 400),
               "%d*%d*%d мм" % (R.randint(100, 1200), R.randint(100, 800), R.randint(100, 1000)),
               "%d,%d x %d,%d m" % (R.randint(1, 9), R.randint(0, 9), R.randint(1, 9), R.randint(0, 9)),
               "L%d x W%d x H%d cm" % (R.randint(20, 200), R.randint(20, 100), R.randint(20, 150)),
               "%dx%dx%d inch" % (R.randint(5, 48), R.randint(5, 40), R.randint(2, 30)), "%d'' x %d''" % (R.randint(10, 60), R.randint(10, 60))])


def n_weight():
    return ch(["%d,%d kg" % (R.randint(1, 50), R.randint(0, 9)), "%d.%d MT" % (R.randint(1, 28), R.randint(0, 9)),
               "%d lbs" % R.randint(1, 200), "净重 %dkg" % R.randint(1, 50), "G.W: %d.%dKGS" % (R.randint(1, 40), R.randint(0, 9)),
               "%d,%d т" % (R.randint(0, 20), R.randint(1, 9)), "%d g" % R.randint(10, 950), "%d,%d toneladas" % (R.randint(1, 25), R.randint(0, 9))])


def n_luhnbad():
    while True:
        d = ch(["4", "5", "2", "3", "6"]) + dg(15)
        if not luhn_ok(d):
            break
    return ch([grp(d, [4, 4, 4, 4], " "), grp(d, [4, 4, 4, 4], "-"), d, grp(d, [4, 4, 4, 4], ".")])


def n_ibanbad():
    while True:
        s, _ = iban_raw()
        i = R.randint(4, len(s) - 1)
        if s[i].isdigit():
            s = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        if iban_mod97(s) != 1:
            break
    return by4(s) if R.random() < 0.5 else s


def n_18():
    if R.random() < 0.35:  # unified social credit code (company id, not PII)
        return "91" + ch(["4403", "3302", "3101", "3702"]) + dg(2) + "MA" + rid(8, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    while True:
        f = ch(CN_REG) + "%04d%02d%02d" % (R.randint(1960, 2005), R.randint(1, 12), R.randint(1, 28)) + dg(3)
        c = ch([x for x in "0123456789" if x != cnid_check(f)])
        return f + c


def n_12():
    while True:
        d = dg(12, True)
        if d[0] in "01" or not verhoeff_ok(d):
            return ch([d, grp(d, [4, 4, 4], " "), grp(d, [4, 4, 4], "-")])


def n_caps():
    return ch(["SHIPPING", "SAMPLING", "ORIGINAL", "APPROVED", "PAYMENTS", "DISCOUNT", "QUANTITY", "PROFORMA",
               "SUPPLIER", "STANDARD", "INSTRUCTION", "DOCUMENTARY", "OUTSTANDING", "MANUFACTURE"])


def n_mention():
    return ch(["@" + ch(NAMES).replace(" ", "").replace("-", ""), "@销售部", "@all", "@" + ch(LOCALS) + "_" + ch(SURN)[:2],
               "@Логистика", "@compras"])


def n_file():
    return ch(["报价单2025.xlsx", "IMG-2025%02d%02d-WA%04d.jpg" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 99)),
               "Angebot_%d.pdf" % R.randint(1000, 9999), "PL_NB-2025-%02d.xlsx" % R.randint(1, 12), "cotización_v3.docx",
               "чертеж_%02d.dwg" % R.randint(1, 20), "datasheet.pdf", "packing-list_final(2).xls", "logo_vector.ai",
               "Screenshot 2025-03-%02d at 10.%02d.%02d.png" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59))])


def n_txhash():
    return ch(["0x", ""]) + "".join(R.choice("0123456789abcdef") for _ in range(64))


def n_sha1():
    return "".join(R.choice("0123456789abcdef") for _ in range(40))


def n_btcbad():
    while True:
        if R.random() < 0.5:
            s = b58check(ch([0, 5]), bytes(R.getrandbits(8) for _ in range(20)))
            i = R.randint(5, len(s) - 1)
            s = s[:i] + ch([x for x in B58 if x != s[i]]) + s[i + 1:]
        else:
            s = ch("13") + rid(R.randint(25, 33), B58)
        if not b58check_ok(s):
            return s


def n_place():
    return ch(["FOB Xingang", "CIF Mombasa", "DDP Dallas", "EXW Foshan", "FCA Shenzhen (Incoterms 2020)",
               "CFR Jebel Ali", "DAP Almaty", "CIP Lagos", "port of Mersin", "FOB Haiphong", "CIF Callao"])


def n_spec():
    return ch(["AC100-240V 50/60Hz", "IP68", "3000K/4000K/6500K", "Cat6 UTP", "M12x1.5", "5V/2.4A", "Bluetooth 5.3",
               "IEC 62133-2:2017", "ISO 9001:2015", "EN 71-3", "Ra 0.8", "Class 2.5", "RAL 7016", "UL94 V-0", "PN16 / DN50"])


def n_ean():
    while True:
        p = ch(["460", "789", "880", "450", "590", "869", "871"]) + dg(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(p))
        d = p + str((10 - s % 10) % 10)
        if not luhn_ok(d):
            return d


def n_bl():
    return ch(["MAEU %s" % dg(9), "ONEY%s%s" % (ch(["SZP", "NBO", "SHA"]), dg(8)), "EGLV%s" % dg(12),
               "HBL NGB%s" % dg(7), "ZIMU%s%s" % (ch(["HKG", "SHA"]), dg(7))])


def n_terms():
    return ch(["30/70 T/T", "LC 90 days", "Net 30", "D/A 60 days", "50% Anzahlung", "pago 30% anticipo",
               "100% предоплата", "预付30%", "sinal de 40%", "OA 45 days"])


def n_code():
    return rid(4, "abcdefghijkmnpqrstuvwxyz23456789")


NEG = {"PRICE": n_price, "QTY": n_qty, "DATE": n_date, "TIME": n_time, "TIMESTAMP": n_ts, "HS_CODE": n_hs,
       "CONTAINER": n_container, "TRACKING": n_track, "ORDER": n_order, "INVOICE": n_inv, "SKU": n_sku,
       "VERSION": n_ver, "DIMENSIONS": n_dim, "WEIGHT": n_weight, "NUM16_LUHN_INVALID": n_luhnbad,
       "IBAN_BAD_CHECKSUM": n_ibanbad, "NUM18_NOT_CNID": n_18, "NUM12_NOT_AADHAAR": n_12,
       "CAPS_WORD_BIC_SHAPED": n_caps, "MENTION": n_mention, "FILENAME": n_file, "TX_HASH": n_txhash,
       "SHA1": n_sha1, "BTC_BAD_CHECKSUM": n_btcbad, "PLACE": n_place, "SPEC": n_spec, "EAN": n_ean,
       "BILL_OF_LADING": n_bl, "PAYMENT_TERMS": n_terms}
NEG_SHORT = {"N_PRICE": "PRICE", "N_QTY": "QTY", "N_DATE": "DATE", "N_TIME": "TIME", "N_TS": "TIMESTAMP",
             "N_HS": "HS_CODE", "N_CONT": "CONTAINER", "N_TRACK": "TRACKING", "N_ORDER": "ORDER", "N_INV": "INVOICE",
             "N_SKU": "SKU", "N_VER": "VERSION", "N_DIM": "DIMENSIONS", "N_WEIGHT": "WEIGHT", "N_LUHNBAD": "NUM16_LUHN_INVALID",
             "N_IBANBAD": "IBAN_BAD_CHECKSUM", "N_18": "NUM18_NOT_CNID", "N_12": "NUM12_NOT_AADHAAR", "N_CAPS": "CAPS_WORD_BIC_SHAPED",
             "N_MENTION": "MENTION", "N_FILE": "FILENAME", "N_TX": "TX_HASH", "N_SHA1": "SHA1", "N_BTCBAD": "BTC_BAD_CHECKSUM",
             "N_PLACE": "PLACE", "N_SPEC": "SPEC", "N_EAN": "EAN", "N_BL": "BILL_OF_LADING", "N_TERMS": "PAYMENT_TERMS"}

# ====================================================================== templates
# {SLOT}: PII; {N_X}: hard negative; {NAME} {CO} {PROD} {EMO} {CITY} {PORTNUM} {PFX} {CODE}: filler

T = {
    "en": {
        "EMAIL": ["Kindly forward the drawings to {EMAIL} before Friday",
                  "{NAME} here - best to reach me on {EMAIL} (I check it daily)",
                  "reply to {EMAIL} not to this chat pls",
                  "Quotation will come from {EMAIL}, please whitelist it.",
                  "cc our forwarder: {EMAIL}",
                  "Drop a line at {EMAIL} and mention order {N_ORDER}",
                  "E: {EMAIL}",
                  "mail me -> {EMAIL} {EMO}",
                  "Our QC team <{EMAIL}> will send the AQL report",
                  "if the platform blocks files, use {EMAIL}!"],
        "PHONE": ["ring me on {PHONE} after lunch",
                  "{NAME}'s mobile: {PHONE}",
                  "WhatsApp me: {PHONE}",
                  "pls call {PHONE} (office) or text",
                  "Our sales hotline is {PHONE}.",
                  "You can reach our agent in {CITY} at {PHONE}",
                  "mob. {PHONE}",
                  "Cell: {PHONE} / Viber same",
                  "my whatsapp number is {PHONE}, send the video there",
                  "Call/text/WA {PHONE}",
                  "Zalo {PHONE} (Vietnam office)",
                  "Telegram or WhatsApp: {PHONE}",
                  "for urgent matters dial {PHONE}"],
        "URL": ["all specs are on {URL}",
                "compare with this listing {URL}, same item cheaper",
                "I uploaded the artwork here: {URL}",
                "video link: {URL} - pls check the packing",
                "Found your company via {URL}.",
                "Product sheet ({URL}) attached too",
                "check {URL}!",
                "our B2B portal is {URL}, register there and order directly"],
        "MESSENGER_HANDLE": ["add me on wechat pls, id is {WECHAT}",
                             "V: {WECHAT}",
                             "my Weixin: {WECHAT}",
                             "Skype me: {SKYPE}",
                             "skype name {SKYPE} - I'm online EU hours",
                             "TG: {TG}",
                             "find me on Telegram as {TG}",
                             "telegram: {TGBARE}",
                             "Telegram link {TGLINK}",
                             "LINE: {LINE}",
                             "my Line ID is {LINE}, Thai office uses it",
                             "KakaoTalk ID: {KAKAO}",
                             "kakao {KAKAO} pls",
                             "our engineer's QQ is {QQ}"],
        "PAYMENT_CARD": ["here's my card {CARD}, pls charge the sample fee",
                         "charge {CARD} for the samples + DHL",
                         "CC# {CARD}",
                         "the company card is {CARD} exp {N_DATE}",
                         "Pay by card? ok: {CARD}"],
        "IBAN": ["IBAN: {IBAN}",
                 "please wire the deposit to {IBAN}",
                 "our new IBAN (old one closed) is {IBAN}",
                 "Remit 30% to IBAN {IBAN} pls.",
                 "Beneficiary IBAN {IBAN}, reference {N_INV}"],
        "BANK_ACCOUNT": ["acct # {ACCT}",
                         "Account number: {ACCT} (HSBC)",
                         "Swift: {SWIFT}",
                         "SWIFT/BIC {SWIFT}",
                         "routing number {ABA}",
                         "ABA# {ABA}, checking acct {ACCT}",
                         "ABA/Routing: {ABA}",
                         "wire routing no. {ABA}",
                         "Beneficiary bank BIC {SWIFT}"],
        "NATIONAL_ID": ["SSN: {SSN}",
                        "my social is {SSN} for the 1099",
                        "Tax ID (SSN) {SSN}",
                        "ID no. {CNID} (for customs)",
                        "receiver's Chinese ID {CNID}",
                        "Aadhaar no: {AADHAAR}",
                        "UIDAI number {AADHAAR} for the GST filing",
                        "NI No. {NINO}",
                        "my national insurance number is {NINO}"],
        "IP_ADDRESS": ["server IP {IPV4}:{PORTNUM}",
                       "allow {IPV4}/{PFX} in the firewall",
                       "SSH to {IPV4} with the key I sent",
                       "IPv6 of the FTP box: {IPV6}",
                       "connect to [{IPV6}]:{PORTNUM}",
                       "our static ip is {IPV4}, pls add it",
                       "the PLC answers on {IPV4}"],
        "CRYPTO_WALLET": ["BTC: {BTC}",
                          "send USDT (ERC20) to {ETH}",
                          "pay in crypto? {BTC}",
                          "my MetaMask is {ETH}",
                          "wallet {BTC} - confirm after 2 blocks"],
        "POSTAL_ADDRESS": ["Please deliver to {ADDR}.",
                           "The receiver is {NAME}, {ADDR}",
                           "Our showroom: {ADDR}",
                           "Return address {ADDR}",
                           "courier pickup at {ADDR}, dock opens 8am",
                           "invoice address: {CO}, {ADDR}"],
    },
    "zh": {
        "EMAIL": ["有事发邮件：{EMAIL}", "报价单发我邮箱吧，{EMAIL}", "请抄送{EMAIL}，谢谢🙏", "邮件地址 {EMAIL}（工作日回复）",
                  "邮箱 {EMAILHASH}（#换成@）"],
        "PHONE": ["电话：{PHONE}", "有急事打我手机{PHONE}", "座机 {PHONE}，手机同微信", "WhatsApp号码 {PHONE}",
                  "联系电话{PHONE}（王经理）", "手机号{PHONE}，微信同号"],
        "URL": ["产品链接：{URL}", "网盘链接 {URL} 提取码：{CODE}", "看看这个 {URL}，一样的款", "官网{URL}，可以看看"],
        "MESSENGER_HANDLE": ["微信号：{WECHAT}", "vx {WECHAT} 加的时候备注公司名", "扣扣 {QQ}", "QQ号码：{QQ}",
                             "加我V：{WECHAT}", "我的Skype是{SKYPE}", "飞机 {TG}"],
        "NATIONAL_ID": ["公民身份号码：{CNID}", "收件人身份证号码{CNID}，清关用", "身份证 {CNID}"],
        "BANK_ACCOUNT": ["账号：{ACCT}", "收款账号 {ACCT}，开户行工商银行", "SWIFT代码 {SWIFT}"],
        "IBAN": ["收款IBAN：{IBAN}"],
        "IP_ADDRESS": ["我们的服务器IP是{IPV4}", "IP地址：{IPV4}"],
        "CRYPTO_WALLET": ["我的USDT地址(ERC20)：{ETH}", "比特币地址 {BTC}"],
        "POSTAL_ADDRESS": ["收件地址 {ADDR}", "寄到这里：{ADDR}，谢谢", "工厂在{ADDR}，欢迎来验厂"],
        "PAYMENT_CARD": ["卡号 {CARD}"],
    },
    "es": {
        "EMAIL": ["Escríbeme a {EMAIL} y te mando la lista de precios", "mi correo electrónico: {EMAIL}",
                  "Mande la factura proforma al correo {EMAIL}, gracias."],
        "PHONE": ["Mi celular es {PHONE}", "Llámenos al teléfono {PHONE}", "Escríbeme por WhatsApp al {PHONE}", "móvil: {PHONE}"],
        "URL": ["Mira este enlace {URL}", "Nuestra tienda en línea: {URL}."],
        "MESSENGER_HANDLE": ["Mi Telegram es {TG}", "WeChat: {WECHAT} (para pedidos en China)"],
        "PAYMENT_CARD": ["mi tarjeta {CARD}, cobren la muestra"],
        "IBAN": ["pague a la cuenta {IBAN}", "IBAN de la empresa: {IBAN}"],
        "BANK_ACCOUNT": ["número de cuenta {ACCT}", "código SWIFT {SWIFT}"],
        "NATIONAL_ID": ["número de seguro social {SSN}"],
        "IP_ADDRESS": ["dirección IP {IPV4}"],
        "CRYPTO_WALLET": ["dirección de billetera {BTC}"],
        "POSTAL_ADDRESS": ["Dirección: {ADDR}", "Enviar muestras a {ADDR}, por favor"],
    },
    "de": {
        "EMAIL": ["Schreiben Sie mir bitte unter {EMAIL}", "Angebot bitte per Mail an {EMAIL} – danke!",
                  "Meine Adresse für Rückfragen: {EMAIL}"],
        "PHONE": ["Telefon {PHONE}", "Handy: {PHONE}", "Sie erreichen mich unter {PHONE}", "Tel.-Nr. {PHONE}"],
        "URL": ["Details finden Sie unter {URL}.", "Link zum Katalog: {URL}"],
        "MESSENGER_HANDLE": ["Mein Telegram: {TG}", "Skype-ID: {SKYPE}"],
        "PAYMENT_CARD": ["Kreditkarte: {CARD}"],
        "IBAN": ["Kontoverbindung: {IBAN}", "Bitte auf folgendes Konto: IBAN {IBAN}"],
        "BANK_ACCOUNT": ["Kontonummer {ACCT}", "Swift-Code: {SWIFT}"],
        "IP_ADDRESS": ["IP-Adresse {IPV4}"],
        "CRYPTO_WALLET": ["Wallet-Adresse {ETH}"],
        "POSTAL_ADDRESS": ["Lieferanschrift: {ADDR}", "Muster bitte an {ADDR} senden"],
    },
    "pt": {
        "EMAIL": ["Pode mandar o catálogo pro meu email {EMAIL}?", "E-mail para contato: {EMAIL}"],
        "PHONE": ["Meu celular: {PHONE}", "Liga pra mim no {PHONE}", "zap {PHONE}", "WhatsApp: {PHONE}"],
        "URL": ["Segue o link {URL}", "nossa loja {URL}"],
        "MESSENGER_HANDLE": ["Meu Telegram: {TG}", "Skype {SKYPE}"],
        "PAYMENT_CARD": ["cartão {CARD}"],
        "IBAN": ["transferência para {IBAN}"],
        "BANK_ACCOUNT": ["conta corrente {ACCT}", "SWIFT {SWIFT}"],
        "CRYPTO_WALLET": ["carteira {BTC}"],
        "IP_ADDRESS": ["endereço IP {IPV4}"],
        "POSTAL_ADDRESS": ["Endereço: {ADDR}", "Entregar em {ADDR}"],
    },
    "ru": {
        "EMAIL": ["Напишите мне на почту {EMAIL}, отправлю прайс", "Мой e-mail: {EMAIL}", "Скиньте КП на {EMAIL} пожалуйста"],
        "PHONE": ["Мой телефон {PHONE}", "Звоните: {PHONE}", "Тел. {PHONE}", "Вайбер {PHONE}", "моб.: {PHONE}"],
        "URL": ["Ссылка на каталог: {URL}", "Смотрите на нашем сайте {URL}."],
        "MESSENGER_HANDLE": ["телеграм {TG}", "Мой скайп: {SKYPE}", "пишите в телегу {TGLINK}"],
        "PAYMENT_CARD": ["номер карты {CARD}"],
        "IBAN": ["IBAN для оплаты {IBAN}"],
        "BANK_ACCOUNT": ["р/с {ACCT}", "SWIFT банка {SWIFT}"],
        "CRYPTO_WALLET": ["кошелек BTC {BTC}", "USDT ERC-20: {ETH}"],
        "IP_ADDRESS": ["IP адрес {IPV4}"],
        "POSTAL_ADDRESS": ["Адрес доставки: {ADDR}"],
    },
}

MULTI = [
    ("en", "Best regards,\n{NAME}\n{CO}\nM: {PHONE}\nE: {EMAIL}\nWeb: {URL}"),
    ("en", "{NAME} | Export Manager\nTel {PHONE} | WhatsApp {PHONE}\n{ADDR}"),
    ("en", "Bank info:\nIBAN {IBAN}\nSWIFT {SWIFT}"),
    ("en", "Wire details: Beneficiary {CO}, Acct {ACCT}, ABA {ABA}, SWIFT {SWIFT}"),
    ("zh", "收货人：{NAME}\n电话：{PHONE}\n地址：{ADDR}\n身份证：{CNID}"),
    ("ru", "Контакты: тел. {PHONE}, почта {EMAIL}, телеграм {TG}"),
    ("es", "Datos: {EMAIL} / WhatsApp {PHONE}"),
    ("de", "Kontakt: {EMAIL}, Tel. {PHONE}, Skype {SKYPE}"),
    ("pt", "Contato: {EMAIL} | {PHONE} | {URL}"),
    ("en", "prod server {IPV4}, backup {IPV6}"),
    ("en", "Pay BTC {BTC} or ETH {ETH}"),
    ("en", "KakaoTalk {KAKAO} / Line {LINE}"),
    ("en", "Consignee: {NAME}, {ADDR}, SSN {SSN}, tel {PHONE}"),
    ("zh", "微信 {WECHAT} / QQ {QQ} / 邮箱 {EMAIL}"),
    ("en", "{EMAIL} is my work mail, {EMAIL} is private"),
    ("en", "Card {CARD}, billing address {ADDR}"),
    ("en", "Pls note: Aadhaar {AADHAAR}, mobile {PHONE}"),
    ("de", "Empfänger: {CO}\n{ADDR}\nIBAN: {IBAN}\nBIC: {SWIFT}"),
    ("es", "Cuenta: {ACCT}, SWIFT {SWIFT}, tel. {PHONE}"),
    ("en", "skype {SKYPE} / tg {TG} / wa {PHONE}"),
    ("en", "Card holder {NAME}, card no. {CARD}, phone on file {PHONE}"),
    ("ru", "Карта {CARD}, телефон {PHONE}"),
    ("zh", "身份证号{CNID}，银行卡{CARD}"),
    ("pt", "Titular: {NAME}, cartão {CARD}, IBAN {IBAN}"),
    ("en", "Employee onboarding: SSN {SSN}, NINO {NINO}"),
    ("en", "From our site {URL} or the shop {URL}"),
    ("zh", "邮箱 {EMAILHASH}（#改成@），电话 {PHONE}"),
]

NEG_T = {
    "en": ["Can we do {N_PRICE} if we take {N_QTY}? ETD {N_DATE}",
           "PO {N_ORDER} is confirmed, shipping {N_QTY} via {N_PLACE}",
           "{N_CONT} gated in at {N_TIME}, B/L {N_BL}",
           "tracking {N_TRACK} shows delivered {N_DATE}",
           "HTS? we used {N_HS} last time",
           "{N_INV} total {N_PRICE}, terms {N_TERMS}",
           "please flash {N_VER} before testing, older builds crash",
           "carton {N_DIM}, {N_WEIGHT} each",
           "Ref {N_LUHNBAD} on the Trade Assurance page",
           "the old contract quoted {N_IBANBAD} as the account ref - ignore it, wrong digits",
           "lot {N_18} passed QC",
           "waybill {N_12} for the samples",
           "{N_CAPS} {N_CAPS}! pls check",
           "{N_MENTION} see {N_FILE}",
           "payment tx {N_TX} confirmed on-chain",
           "git commit {N_SHA1} has the new label layout",
           "activation key {N_BTCBAD} does not work",
           "{PROD}: {N_SKU}, {N_SPEC}, {N_QTY}",
           "barcode {N_EAN} on each inner box",
           "log entry {N_TS}: upload ok",
           "Hi {NAME}, any news about the {PROD}? {EMO}",
           "target price {N_PRICE}, competitors offer {N_PRICE}",
           "ok noted, will revert by {N_DATE}",
           "Quote valid until {N_DATE} {N_TIME}",
           "Sorry, we can't accept {N_TERMS} for a first order",
           "sample cost {N_PRICE} refundable on orders over {N_QTY}",
           "the inspection is booked {N_DATE}, inspector arrives {N_TIME}",
           "Model {N_SKU} discontinued, replacement {N_SKU}",
           "order #{N_ORDER} split into two shipments"],
    "zh": ["单价{N_PRICE}，{N_QTY}起订", "订单{N_ORDER}已出货，单号{N_TRACK}", "柜号{N_CONT}，提单{N_BL}",
           "外箱尺寸{N_DIM}，{N_WEIGHT}", "交货期{N_DATE}，{N_TERMS}", "发票{N_INV}请查收 {EMO}",
           "固件升级到{N_VER}就好了", "批号{N_18}的货已经检验合格", "统一社会信用代码 {N_18}", "{N_MENTION} 看一下{N_FILE}",
           "型号{N_SKU}，{N_SPEC}", "好的，明天{N_TIME}开会讨论"],
    "es": ["El precio es {N_PRICE} por {N_QTY}, entrega {N_DATE}", "Pedido {N_ORDER} enviado, guía {N_TRACK}",
           "Código arancelario {N_HS}", "Caja {N_DIM}, peso {N_WEIGHT}", "Condiciones: {N_TERMS}", "¿Pueden bajar a {N_PRICE}? {EMO}"],
    "de": ["Preis {N_PRICE}, Menge {N_QTY}, Lieferung {N_DATE}", "Auftrag {N_ORDER} versendet, Sendungsnr. {N_TRACK}",
           "Zolltarifnummer {N_HS}", "Karton {N_DIM}, Gewicht {N_WEIGHT}", "Rechnung {N_INV} – Zahlung {N_TERMS}",
           "Termin {N_DATE} um {N_TIME}?"],
    "pt": ["Preço {N_PRICE}, pedido mínimo {N_QTY}", "Pedido {N_ORDER} despachado, rastreio {N_TRACK}",
           "NCM? usamos {N_HS}", "Caixa {N_DIM}, {N_WEIGHT}", "Pagamento: {N_TERMS}, entrega {N_DATE}"],
    "ru": ["Цена {N_PRICE}, минимальная партия {N_QTY}", "Заказ {N_ORDER} отправлен, трек {N_TRACK}",
           "Код {N_HS}", "Коробка {N_DIM}, вес {N_WEIGHT}", "Оплата: {N_TERMS}, отгрузка {N_DATE}", "Счёт {N_INV} оплачен {EMO}"],
}

LANG_W = [("en", 0.55), ("zh", 0.13), ("es", 0.08), ("de", 0.08), ("pt", 0.08), ("ru", 0.08)]
TYPE_W = {"EMAIL": 13, "PHONE": 30, "URL": 11, "MESSENGER_HANDLE": 11, "PAYMENT_CARD": 11, "IBAN": 9,
          "BANK_ACCOUNT": 6, "NATIONAL_ID": 10, "IP_ADDRESS": 6, "CRYPTO_WALLET": 7, "POSTAL_ADDRESS": 10}


class Msg:
    def __init__(self):
        self.parts, self.pos, self.spans, self.negs = [], 0, [], []

    def add(self, text, ptype=None, sub=None, neg=None):
        if not text:
            return
        a = self.pos
        self.parts.append(text)
        self.pos += len(text)
        if ptype:
            self.spans.append({"start": a, "end": self.pos, "type": ptype, "value": text, "sub": sub})
        elif neg:
            self.negs.append({"start": a, "end": self.pos, "kind": neg, "value": text})

    @property
    def text(self):
        return "".join(self.parts)


def slot(name, lang):
    pii = {"EMAIL": ("EMAIL", lambda: email(lang)), "EMAILHASH": ("EMAIL", email_hash),
           "PHONE": ("PHONE", lambda: phone(lang)), "URL": ("URL", url),
           "WECHAT": ("MESSENGER_HANDLE", wechat), "SKYPE": ("MESSENGER_HANDLE", skype),
           "TG": ("MESSENGER_HANDLE", tg), "TGBARE": ("MESSENGER_HANDLE", tg_bare), "TGLINK": ("MESSENGER_HANDLE", tg_link),
           "LINE": ("MESSENGER_HANDLE", line_id), "QQ": ("MESSENGER_HANDLE", qq), "KAKAO": ("MESSENGER_HANDLE", kakao),
           "CARD": ("PAYMENT_CARD", card), "IBAN": ("IBAN", iban), "ACCT": ("BANK_ACCOUNT", acct),
           "SWIFT": ("BANK_ACCOUNT", swift), "ABA": ("BANK_ACCOUNT", aba), "SSN": ("NATIONAL_ID", ssn),
           "CNID": ("NATIONAL_ID", cnid), "AADHAAR": ("NATIONAL_ID", aadhaar), "NINO": ("NATIONAL_ID", nino),
           "IPV4": ("IP_ADDRESS", ipv4), "IPV6": ("IP_ADDRESS", ipv6), "BTC": ("CRYPTO_WALLET", btc),
           "ETH": ("CRYPTO_WALLET", eth), "ADDR": ("POSTAL_ADDRESS", lambda: addr(lang))}
    if name in pii:
        t, f = pii[name]
        v, sub = f()
        return v, t, sub, None
    if name in NEG_SHORT:
        kind = NEG_SHORT[name]
        while True:
            v = NEG[kind]()
            if not neg_problem(v, kind):
                return v, None, None, kind
    fill = {"NAME": lambda: ch(NAMES), "CO": lambda: ch(COMPANIES_ZH if lang == "zh" else COMPANIES),
            "PROD": lambda: ch({"zh": PRODUCTS_ZH, "es": PRODUCTS_ES, "de": PRODUCTS_DE, "pt": PRODUCTS_PT,
                                "ru": PRODUCTS_RU}.get(lang, PRODUCTS)),
            "EMO": lambda: ch(EMOJI), "CITY": lambda: ch(CITIES), "PORTNUM": lambda: str(ch([22, 443, 8080, 3389, 5432, 8443, 502])),
            "PFX": lambda: str(ch([24, 28, 32, 16])), "CODE": n_code}
    return fill[name](), None, None, None


def fill(msg, tpl, lang):
    pos = 0
    for m in re.finditer(r"\{([A-Z_0-9]+)\}", tpl):
        msg.add(tpl[pos:m.start()])
        v, t, sub, neg = slot(m.group(1), lang)
        msg.add(v, t, sub, neg)
        pos = m.end()
    msg.add(tpl[pos:])


SEP = {"zh": ["，", "。", " ", "\n"], "en": [". ", " ", "\n", "; ", " - "]}
TYPE_DECK = Deck([t for t, w in TYPE_W.items() for _ in range(w)])


def pick_lang():
    x, acc = R.random(), 0
    for l, w in LANG_W:
        acc += w
        if x < acc:
            return l
    return "en"


DECKS = {}


def pick(key, items):
    """Cycle through a template list in shuffled order so every template gets used."""
    if key not in DECKS:
        DECKS[key] = Deck(items)
    return DECKS[key].draw()


def message(kind):
    lang = pick_lang()
    msg = Msg()
    sep = SEP.get(lang, SEP["en"])
    if kind == "negative":
        fill(msg, pick(("neg", lang), NEG_T[lang]), lang)
        k = R.random()
        if k < 0.45:
            msg.add(ch(sep))
            l2 = lang if R.random() < 0.7 else ch(["en", "zh"])
            fill(msg, ch(NEG_T[l2]), l2)
        if k < 0.12:
            msg.add(ch(sep))
            fill(msg, ch(NEG_T[lang]), lang)
    elif kind == "single":
        t = TYPE_DECK.draw()
        tl = lang if t in T[lang] else "en"
        tpl = pick((tl, t), T[tl][t])
        ctx = R.random()
        if ctx < 0.3:
            fill(msg, ch(NEG_T[lang]), lang)
            msg.add(ch(sep))
            fill(msg, tpl, tl)
        elif ctx < 0.55:
            fill(msg, tpl, tl)
            msg.add(ch(sep))
            fill(msg, ch(NEG_T[lang]), lang)
        else:
            fill(msg, tpl, tl)
    else:
        lang, tpl = pick("multi", MULTI)
        fill(msg, tpl, lang)
        if R.random() < 0.3:
            msg.add(ch(SEP.get(lang, SEP["en"])))
            fill(msg, ch(NEG_T[lang]), lang)
    return msg, lang


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    N = 600
    kinds = ["negative"] * 240 + ["single"] * 270 + ["multi"] * 90
    R.shuffle(kinds)
    out = []
    for kind in kinds:
        while True:
            msg, lang = message(kind)
            text = msg.text
            if 20 <= len(text) <= 300:
                break
        for s in msg.spans:
            assert text[s["start"]:s["end"]] == s["value"], s
        for s in msg.negs:
            assert text[s["start"]:s["end"]] == s["value"], s
        real_kind = kind
        if kind != "negative":
            real_kind = "multi" if len(msg.spans) > 1 else "single"
        out.append({"id": "probe-%05d" % (len(out) + 1), "text": text, "spans": msg.spans, "lang": lang,
                    "kind": real_kind, "negatives": msg.negs})
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "probe.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for rec in out:
        for s in rec["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    print("wrote %d messages (%d without PII) to %s" % (len(out), sum(1 for r in out if not r["spans"]), path))
    for t in TYPE_W:
        print("  %-17s %4d" % (t, counts.get(t, 0)))


if __name__ == "__main__":
    main()
