#!/usr/bin/env python3
"""Probe set for the Parley PII engine: contact details slipped past a filter.

    python3 tools/pii-probe/make_evasions.py OUT.jsonl

Written apart from the engine, by an author who read only the corpus README
(../shared/pii-corpus/README.md): spelled digits in six languages, odd
separators, emoji, homoglyphs, zero-width characters, line breaks, defanged
links, messenger nicknames, symbols standing for '@'; and innocent text that
looks disguised. Standard library only, random.seed(4242), deterministic.
400 messages, 30 % without PII.
Every positive carries a "sub" key naming its disguise; every number type
with check digits is generated valid and asserted; every disguised value is
decoded back and asserted equal to the value it hides (so a human reader can
reconstruct it).
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

from probe_common import (DIGIT_WORDS, IBAN_LEN, NINO_A, NINO_B, NINO_BAD, aba_complete, b58check, b58check_ok, cnid_check,
                          eip55, eip55_ok, iban_make, iban_ok, iso6346_digit, luhn_complete, luhn_ok,
                          passes_some_check, segwit_addr, segwit_ok, strip_outer, verhoeff_digit)

random.seed(4242)
ri = random.randint
ch = random.choice
rnd = random.random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "evasions.jsonl")
N_TOTAL, N_NEG = 400, 120

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def insert_zw(s, pos):
    """A random zero-width character before each index in pos (last first, so the others stay put)."""
    for i in sorted(pos, reverse=True):
        s = s[:i] + ch(ZW) + s[i:]
    return s


def unhide(s):
    """Drop zero-width characters and fold full-width and other compatibility forms (NFKC)."""
    return unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW))


# ===================================================================== numbers with check digits
# (the check digits themselves, and the look-alike check, are in probe_common.py)
def make_card():
    brand = ch(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "unionpay"])
    if brand == "visa":
        pre, n = "4" + digits(5), 16
    elif brand == "mc":
        pre, n = str(ri(51, 55)) + digits(4), 16
    elif brand == "mc2":
        pre, n = str(ri(2221, 2720)) + digits(2), 16
    elif brand == "amex":
        pre, n = ch(["34", "37"]) + digits(4), 15
    elif brand == "discover":
        pre, n = "6011" + digits(2), 16
    elif brand == "jcb":
        pre, n = str(ri(3528, 3589)) + digits(2), 16
    else:
        pre, n = "62" + ch(["2202", "1700", "1483", "1226"]), ch([16, 19])
    num = luhn_complete(pre + digits(n - len(pre) - 1))
    assert luhn_ok(num) and len(num) == n
    return brand, num


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 19:
        return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return "%d%d" % (dc("00" + bank + branch), dc(acct))


def nl_acct():
    while True:
        a = digits(10)
        if a[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0:
            return a


def make_bban(cc):
    if cc == "DE":
        return str(ri(1, 8)) + digits(7) + digits(10)
    if cc == "GB":
        return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(6) + digits(8)
    if cc == "FR":
        bank, gui, acc = "%05d" % ri(10000, 30099), digits(5), digits(11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
        return bank + gui + acc + "%02d" % key
    if cc == "ES":
        bank, br, acc = ch(["2100", "0049", "0182", "0081", "2085"]), digits(4), digits(10)
        return bank + br + es_ccc(bank, br, acc) + acc
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + nl_acct()
    if cc == "BE":
        b = "%03d" % ri(1, 999) + digits(7)
        c = int(b) % 97 or 97
        return b + "%02d" % c
    if cc == "PT":
        b = ch(["0035", "0033", "0007", "0010"]) + digits(4) + digits(11)
        return b + "%02d" % (98 - (int(b) * 100) % 97)
    if cc == "AT":
        return str(ri(1, 9)) + digits(4) + digits(11)
    if cc == "CH":
        return "00" + digits(3) + digits(12)
    if cc == "BR":
        return digits(8) + digits(5) + digits(10) + "C" + "1"
    if cc == "TR":
        return "000" + digits(2) + "0" + digits(16)
    if cc == "AE":
        return "0" + digits(2) + digits(16)
    if cc == "PL":
        return digits(8) + digits(16)
    raise KeyError(cc)


def make_iban(cc):
    s = iban_make(cc, make_bban(cc))
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    return s


def make_wallet():
    k = ch(["btc_p2pkh", "btc_p2sh", "btc_bech32", "btc_taproot", "eth_eip55", "eth_eip55", "eth_lower",
            "tron", "tron", "tron"])
    rb = lambda n: bytes(ri(0, 255) for _ in range(n))
    if k == "btc_p2pkh":
        a = b58check(0x00, rb(20))
        assert a[0] == "1" and b58check_ok(a)
    elif k == "btc_p2sh":
        a = b58check(0x05, rb(20))
        assert a[0] == "3" and b58check_ok(a)
    elif k == "tron":
        a = b58check(0x41, rb(20))
        assert a[0] == "T" and len(a) == 34 and b58check_ok(a)
    elif k == "btc_bech32":
        a = segwit_addr("bc", 0, rb(20))
        assert a.startswith("bc1q") and segwit_ok(a)
    elif k == "btc_taproot":
        a = segwit_addr("bc", 1, rb(32))
        assert a.startswith("bc1p") and segwit_ok(a)
    else:
        h = rb(20).hex()
        a = eip55(h) if k == "eth_eip55" else "0x" + h
        if k == "eth_eip55":
            assert a != "0x" + h and eip55_ok(a)
    return k, a


def cnid():
    body = ch(["110105", "310115", "440305", "330106", "320102", "510107", "420106", "370202"]) + \
        "%04d%02d%02d" % (ri(1965, 2001), ri(1, 12), ri(1, 28)) + digits(3)
    return body + cnid_check(body)


def aadhaar():
    body = str(ri(2, 9)) + digits(10)
    return body + verhoeff_digit(body)


def ssn():
    a = ri(1, 899)
    while a == 666:
        a = ri(1, 899)
    return "%03d%02d%04d" % (a, ri(1, 99), ri(1, 9999))


def nino():
    while True:
        p = ch(NINO_A) + ch(NINO_B)
        if p not in NINO_BAD:
            return p + digits(6) + ch("ABCD")


def aba():
    return aba_complete("%02d" % ch(list(range(1, 13)) + list(range(21, 33))) + digits(6))


def iso6346(owner):
    s = owner + "U" + digits(6)
    return s + str(iso6346_digit(s) % 10)


# ===================================================================== phones
CN_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
          "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187", "188", "189",
          "198", "199"]
US_AREA = ["212", "312", "415", "646", "713", "305", "206", "617", "404", "972", "702", "818", "917", "469"]


def phone(country):
    """-> (cc, trunk, groups of the national significant number)"""
    if country == "CN":
        n = ch(CN_PRE) + digits(8)
        return "86", "", [n[:3], n[3:7], n[7:]]
    if country == "US":
        e = str(ri(2, 9)) + digits(2)
        while e[1:] == "11":
            e = str(ri(2, 9)) + digits(2)
        return "1", "", [ch(US_AREA), e, digits(4)]
    if country == "UK":
        n = "7" + str(ri(4, 9)) + digits(8)
        return "44", "0", [n[:4], n[4:]]
    if country == "IN":
        n = str(ri(6, 9)) + digits(9)
        return "91", "", [n[:5], n[5:]]
    if country == "AE":
        n = "5" + ch("024568") + digits(7)
        return "971", "0", [n[:2], n[2:5], n[5:]]
    if country == "TR":
        n = "5" + ch("0345") + digits(8)
        return "90", "0", [n[:3], n[3:6], n[6:8], n[8:]]
    if country == "ES":
        n = "6" + digits(8)
        return "34", "", [n[:3], n[3:6], n[6:]]
    if country == "MX":
        n = ch(["55", "33", "81"]) + digits(8)
        return "52", "", [n[:2], n[2:6], n[6:]]
    if country == "CO":
        n = "3" + ch(["00", "01", "10", "12", "15", "20"]) + digits(7)
        return "57", "", [n[:3], n[3:6], n[6:]]
    if country == "AR":
        return "54", None, ["9", "11", digits(4), digits(4)]
    if country == "DE":
        p = ch(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175",
                "176", "177", "178", "179"])
        return "49", "0", [p, digits(8 if p[:2] == "15" else 7)]
    if country == "AT":
        n = "6" + ch(["64", "60", "76", "99"]) + digits(7)
        return "43", "0", [n[:3], n[3:]]
    if country == "CH":
        n = "7" + ch("6789") + digits(7)
        return "41", "0", [n[:2], n[2:5], n[5:7], n[7:]]
    if country == "BR":
        return "55", "0", [ch(["11", "21", "31", "41", "47", "51", "61", "71", "81", "85"]),
                           "9" + digits(4), digits(4)]
    if country == "PT":
        n = "9" + ch("1236") + digits(7)
        return "351", "", [n[:3], n[3:6], n[6:]]
    if country == "RU":
        n = "9" + digits(9)
        return "7", "8", [n[:3], n[3:6], n[6:8], n[8:]]
    raise KeyError(country)


def phone_chunks(country):
    """-> (chunks, expected): chunks are what a person would type, expected the digit string (with
    a leading '+' for +CC) the disguise must decode back to."""
    cc, trunk, g = phone(country)
    nsn = "".join(g)
    style = ch(["plus", "plus", "00", "paren", "nat", "nat", "nat"])
    if trunk is None:
        style = ch(["plus", "00"])
    if style == "plus":
        return ["+" + cc] + g, "+" + cc + nsn
    if style == "00":
        return ["00" + cc] + g, "00" + cc + nsn
    if style == "paren":
        return ["(+" + cc + ")"] + g, "+" + cc + nsn
    if country == "US":
        ch_ = (["(" + g[0] + ")"] + g[1:]) if rnd() < 0.6 else g
    elif country == "BR":
        ch_ = ["(" + g[0] + ")"] + g[1:]
    elif country == "RU":
        ch_ = ["8", ch(["(" + g[0] + ")", g[0]])] + g[1:]
    elif trunk:
        ch_ = [trunk + g[0]] + g[1:]
    else:
        ch_ = g
    return ch_, "".join(re.sub(r"\D", "", c) for c in ch_)


def join_std(chunks):
    sep = ch([" ", " ", "-", " "])
    out = chunks[0]
    for c in chunks[1:]:
        prev = out[-1]
        out += (" " if prev == ")" or c.startswith("(") or out.startswith(("+", "00")) and out == chunks[0]
                else sep) + c
    return out


WORDS = dict(DIGIT_WORDS, zh=["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"])
ALT = {"en": {"0": ["oh"]}, "pt": {"6": ["meia"]}, "de": {"2": ["zwo"]}, "zh": {"0": ["零"], "1": ["幺"]}}
DAXIE = "零壹贰叁肆伍陆柒捌玖"
PLUSW = {"en": "plus", "es": "más", "pt": "mais", "de": "plus", "ru": "плюс", "zh": "+"}
ZH_MAP = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
ZH_MAP.update({c: str(i) for i, c in enumerate(DAXIE)})
ZH_MAP.update({"零": "0", "幺": "1"})
WORD_MAP = {}
for _l, _w in WORDS.items():
    if _l != "zh":
        for _i, _x in enumerate(_w):
            WORD_MAP[_x] = str(_i)
WORD_MAP.update({"oh": "0", "meia": "6", "zwo": "2"})
WORD_RE = re.compile(r"\b(?:(double|triple)\s+)?(" + "|".join(sorted(WORD_MAP, key=len, reverse=True)) +
                     r"|plus|más|mais|плюс)\b", re.I)


def decode_phone(s, homoglyph=False):
    s = unhide(s)

    def rep(m):
        w = m.group(2).lower()
        if w in ("plus", "más", "mais", "плюс"):
            return "+"
        d = WORD_MAP[w]
        return d * {"double": 2, "triple": 3}.get((m.group(1) or "").lower(), 1)
    s = WORD_RE.sub(rep, s)
    s = "".join(ZH_MAP.get(c, c) for c in s)
    if homoglyph:
        s = s.translate(str.maketrans("OolI", "0011"))
    return re.sub(r"[^0-9+]", "", s)


def spell_digit(d, lang):
    alts = ALT.get(lang, {}).get(d)
    if alts and rnd() < 0.3:
        return ch(alts)
    return WORDS[lang][int(d)]


def spell_chunk(c, lang):
    ds = re.sub(r"\D", "", c)
    if lang == "zh":
        return "".join(spell_digit(d, lang) for d in ds)
    out, i = [], 0
    while i < len(ds):
        if lang == "en" and i + 1 < len(ds) and ds[i] == ds[i + 1] and rnd() < 0.5:
            n = 3 if i + 2 < len(ds) and ds[i + 2] == ds[i] else 2
            out.append(("double " if n == 2 else "triple ") + WORDS["en"][int(ds[i])])
            i += n
            continue
        out.append(spell_digit(ds[i], lang))
        i += 1
    return " ".join(out)


EMOJI = ["📞", "☎️", "🔸", "🔹", "✨", "👉", "⭐", "💬", "📱", "🙂", "🔥", "✅", "➖", "🌸", "😊"]
FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")
CIRC = {str(i): c for i, c in enumerate("⓪①②③④⑤⑥⑦⑧⑨")}
MATHB = {str(i): chr(0x1D7CE + i) for i in range(10)}


def render_phone(chunks, fam, lang):
    """-> (text, sub-family)"""
    if fam == "sep_every":
        flat = re.sub(r"[()]", "", "".join(chunks))
        sep = ch(["-", ".", "/", " ", "_", " . ", " - ", "*"])
        if flat[0] == "+":
            return "+" + sep.join(flat[1:]), "sep_every"
        return sep.join(flat), "sep_every"
    if fam == "sep_groups":
        sep = ch(["/", ".", " / ", " | ", "_", "--", "~", " • ", "..", " :: ", ","])
        return sep.join(chunks), "sep_groups"
    if fam == "spelled":
        parts = []
        for c in chunks:
            if c.startswith(("+", "(+")):
                p = PLUSW[lang] if rnd() < 0.5 else "+"
                w = spell_chunk(c, lang)
                parts.append(("+" + w) if p == "+" and lang == "zh" else (p + " " + w))
            else:
                parts.append(spell_chunk(c, lang))
        if lang == "zh":
            return ch(["", " ", "-", " "]).join(parts), "spelled:zh"
        return ch([", ", " ", " - ", "  ", " ... "]).join(parts), "spelled:" + lang
    if fam == "mixed":
        while True:
            flags = [rnd() < 0.5 for _ in chunks]
            if any(flags) and not all(flags):
                break
        parts = [(("+" if lang == "zh" or rnd() < 0.5 else PLUSW[lang] + " ") if c.startswith(("+", "(+")) else "")
                 + spell_chunk(c, lang) if f else re.sub(r"[()]", "", c) for c, f in zip(chunks, flags)]
        if lang == "zh":
            return " ".join(parts), "mixed:zh"
        return ch([" ", ", ", " - "]).join(parts), "mixed:" + lang
    if fam == "per_digit_mixed":
        flat = re.sub(r"[()]", "", "".join(chunks))
        toks = [c if (c == "+" or rnd() < 0.5) else spell_digit(c, lang) for c in flat]
        if lang == "zh":
            return "".join(toks), "mixed:zh"
        return " ".join(toks), "mixed:" + lang
    if fam == "fullwidth":
        s = join_std([c.replace("(+", "+").replace(")", "") if c.startswith("(+") else c for c in chunks])
        s = s.translate(FW)
        if rnd() < 0.4:
            s = s.replace(" ", "\u3000")
        return s, "fullwidth"
    if fam == "homoglyph":
        s = join_std(chunks)
        pos = [i for i, c in enumerate(s) if c in "01"]
        for i in random.sample(pos, max(1, len(pos) * 2 // 3)):
            s = s[:i] + (ch("OOo") if s[i] == "0" else ch("llI")) + s[i + 1:]
        return s, "homoglyph"
    if fam == "zwsp":
        s = join_std(chunks) if rnd() < 0.6 else "".join(chunks)
        pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
        return insert_zw(s, random.sample(pos, min(len(pos), ri(2, 5)))), "zwsp"
    if fam == "linebreak":
        s = join_std(chunks)
        pos = [i for i in range(4, len(s) - 2) if s[i - 1].isdigit() and (s[i].isdigit() or s[i] in " -")]
        i = ch(pos)
        if s[i] in " -":
            s = s[:i] + "\n" + s[i + 1:]
        else:
            s = s[:i] + ch(["\n", "-\n", " \n"]) + s[i:]
        return s, "linebreak"
    if fam == "emoji":
        if rnd() < 0.5:
            e = ch(EMOJI)
            return e.join(chunks) if rnd() < 0.5 else (" " + e + " ").join(chunks), "emoji"
        return "".join(c + (ch(EMOJI) if i < len(chunks) - 1 else "") for i, c in enumerate(chunks)), "emoji"
    if fam == "circled":
        s = join_std(chunks)
        return "".join(CIRC.get(c, c) for c in s), "circled"
    if fam == "mathbold":
        s = join_std(chunks)
        return "".join(MATHB.get(c, c) for c in s), "math_digits"
    if fam == "daxie":
        s = "".join(re.sub(r"[()]", "", c) for c in chunks)
        s = s.replace("+", "+") if s.startswith("+") else s
        return "".join(DAXIE[int(c)] if c.isdigit() else c for c in s), "spelled:zh_daxie"
    if fam == "fullwidth_emoji":
        e = ch(EMOJI)
        return e.join(c.translate(FW) for c in chunks if True).replace("(", "").replace(")", ""), "fullwidth+emoji"
    if fam == "plain":
        return join_std(chunks), "plain"
    raise KeyError(fam)


# ===================================================================== e-mail
NAMES = {
    "en": (["james", "olivia", "mike", "sarah", "daniel", "emma", "ryan", "grace", "kevin", "laura", "tom", "nina"],
           ["carter", "nguyen", "patel", "walsh", "brooks", "kim", "hughes", "ortiz", "fisher", "bennett"]),
    "zh": (["wei", "lily", "jason", "xiaoming", "lina", "hao", "yan", "jun", "amy", "kevin"],
           ["zhang", "wang", "li", "chen", "liu", "huang", "zhou", "wu", "xu", "lin"]),
    "es": (["carlos", "lucia", "javier", "maria", "diego", "sofia", "pablo", "elena"],
           ["garcia", "martinez", "lopez", "sanchez", "romero", "torres", "ruiz", "navarro"]),
    "de": (["lukas", "anna", "felix", "julia", "jonas", "lea", "tobias", "katrin"],
           ["mueller", "schmidt", "weber", "fischer", "wagner", "becker", "hoffmann", "koch"]),
    "pt": (["joao", "ana", "pedro", "mariana", "lucas", "beatriz", "rafael", "camila"],
           ["silva", "santos", "oliveira", "souza", "pereira", "costa", "almeida", "ferreira"]),
    "ru": (["ivan", "olga", "dmitry", "elena", "sergey", "natalia", "alexey", "irina"],
           ["petrov", "ivanova", "smirnov", "kuznetsova", "popov", "sokolov", "volkova", "morozov"]),
}
MAILDOM = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "yahoo.co.uk"],
    "zh": ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "aliyun.com", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "yahoo.com.mx"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br", "sapo.pt"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru", "list.ru"],
}
COMPANY = {
    "en": ["brightledsupply", "novatools", "evergreenpack", "polarvalve", "redmaple-home", "kingsun-electric"],
    "zh": ["yongkang-tools", "hx-hardware", "szledtech", "ningbo-pumps", "jinhua-textile", "dgmould"],
    "es": ["ferreteria-sol", "textiles-andes", "grupo-tamarindo", "iberpack"],
    "de": ["mueller-werkzeuge", "kraft-technik", "nordpack", "elbe-metall"],
    "pt": ["casadasferramentas", "tecidos-bahia", "metalurgica-sul", "embalagens-rio"],
    "ru": ["tehsnab-opt", "uralmetiz", "volga-pack", "sibinstrument"],
}
CTLD = {"en": [".com", ".net", ".co"], "zh": [".cn", ".com", ".com.cn", ".net"], "es": [".es", ".com", ".com.mx"],
        "de": [".de", ".com", ".eu"], "pt": [".com.br", ".pt", ".com"], "ru": [".ru", ".com", ".su"]}


def gen_email(lang):
    f, l = ch(NAMES[lang][0]), ch(NAMES[lang][1])
    st = ri(0, 6)
    local = [f + "." + l, f + l + str(ri(1, 99)), f[0] + l, f + "_" + l, f + str(ri(70, 99)),
             l + "." + f, ch(["sales", "export", "purchasing", "info", "trade"]) + "." + f][st]
    if st == 6 or rnd() < 0.15:
        dom = ch(COMPANY[lang]) + ch(CTLD[lang])
    else:
        dom = ch(MAILDOM[lang])
    return local, dom


AT_W = {"en": ["at", "AT"], "es": ["arroba"], "pt": ["arroba"], "de": ["at", "ät"], "ru": ["собака", "собачка"],
        "zh": ["艾特", "at"]}
DOT_W = {"en": ["dot", "DOT"], "es": ["punto"], "pt": ["ponto"], "de": ["punkt", "Punkt", "dot"],
         "ru": ["точка"], "zh": ["点", "dot", "。"]}
BR = [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">")]


def wrap_word(w, style, lang):
    if style == "plain":
        if lang == "zh" and not w.isascii():
            return w
        return " " + w + " "
    o, c = style
    return (" " if rnd() < 0.3 else "") + o + w + c + (" " if rnd() < 0.3 else "")


def decode_email(s, swap=None):
    s = unhide(s)
    if swap:
        s = s.replace(swap, "@")
    ats = r"at|arroba|ät|собака|собачка|艾特|@"
    dots = r"dot|punto|ponto|punkt|точка|点|\.|。"
    s = re.sub(r"\s*[\[\(\{<]\s*(?:%s)\s*[\]\)\}>]\s*" % ats, "@", s, flags=re.I)
    s = re.sub(r"\s*[\[\(\{<]\s*(?:%s)\s*[\]\)\}>]\s*" % dots, ".", s, flags=re.I)
    s = re.sub(r"\s+(?:at|arroba|ät|собака|собачка)\s+", "@", s, flags=re.I)
    s = re.sub(r"\s*艾特\s*", "@", s)
    s = re.sub(r"\s+(?:dot|punto|ponto|punkt|точка)\s+", ".", s, flags=re.I)
    s = re.sub(r"\s*[点。]\s*", ".", s)
    return re.sub(r"\s+", "", s)


def render_email(local, dom, fam, lang):
    """-> (text, family, swap-symbol or None)"""
    canon = local + "@" + dom
    if fam == "words":
        style = "plain" if rnd() < 0.55 or lang == "zh" else ch(BR)
        aw, dw = ch(AT_W[lang]), ch(DOT_W[lang])
        if lang == "zh" and rnd() < 0.5:
            aw, dw = "艾特", "点"
        at = wrap_word(aw, style, lang)
        dt = wrap_word(dw, style, lang)
        loc = local.replace(".", dt) if rnd() < 0.5 else local
        s = (loc + at + dom.replace(".", dt)).strip()
        return s, ("words:" if style == "plain" else "bracket_words:") + lang, None
    if fam == "partial_words":
        aw, dw = ch(AT_W[lang]), ch(DOT_W[lang])
        if rnd() < 0.5:
            return local + " " + aw + " " + dom, "partial_words:" + lang, None
        return local + "@" + dom.replace(".", " " + dw + " ", 1) if dom.count(".") == 1 else \
            local + " " + aw + " " + dom, "partial_words:" + lang, None
    if fam == "bracket_symbol":
        o, c = ch([("(", ")"), ("[", "]"), ("{", "}")])
        d = ch([("(", ")"), ("[", "]")])
        return local + o + "@" + c + dom.replace(".", d[0] + "." + d[1]), "bracket_symbol", None
    if fam == "spaced":
        s = local + " @ " + dom.replace(".", " . ")
        if rnd() < 0.4:
            s = s.replace(local, local.replace(".", " . "))
        return s, "spaced", None
    if fam == "fullwidth":
        s = local + "＠" + (dom.replace(".", "．") if rnd() < 0.6 else dom)
        return s, "fullwidth", None
    if fam == "small_at":
        return local + ch(["﹫", " ﹫ "]) + dom, "small_at", None
    if fam == "zwsp":
        return insert_zw(canon, random.sample(range(1, len(canon)), ri(2, 4))), "zwsp", None
    if fam == "symbol_swap":
        sym = ch(["#", "#", "*", "&"])
        return local + sym + dom, "symbol_swap", sym
    if fam == "letter_spaced":
        return " ".join(local) + " @ " + " ".join(dom), "letter_spaced", None
    raise KeyError(fam)


SWAP_NOTE = {"en": [" (replace {s} with @)", " ({s} = @)", " - swap {s} for @"], "zh": ["（{s}换成@）", "（把{s}改成@）"],
             "es": [" (cambia {s} por @)"], "pt": [" (troca {s} por @)"], "de": [" ({s} durch @ ersetzen)"],
             "ru": [" ({s} замените на @)"]}

# ===================================================================== URLs
SOCIAL = {"en": ["instagram.com/", "facebook.com/", "linktr.ee/"], "zh": ["weibo.com/", "instagram.com/"],
          "es": ["instagram.com/", "facebook.com/"], "de": ["instagram.com/", "facebook.com/"],
          "pt": ["instagram.com/", "facebook.com/"], "ru": ["vk.com/", "instagram.com/"]}


def gen_url(lang):
    k = ch(["shop", "shop", "shop", "social", "short", "market"])
    scheme, www = "", ""
    if k == "shop":
        host = ch(COMPANY[lang]) + ch(CTLD[lang])
        www = "www." if rnd() < 0.55 else ""
        scheme = ch(["", "", "https://", "http://"])
        path = ch(["", "", "/catalog", "/products", "/p/" + digits(5), "/shop", "/price-list"])
    elif k == "social":
        s = ch(SOCIAL[lang])
        host, path = s[:-1], "/" + ch(COMPANY[lang]).replace("-", "_") + ch(["", "_official", ".store"])
    elif k == "short":
        host = ch(["bit.ly", "tinyurl.com", "cutt.ly"])
        path = "/" + "".join(ch("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    else:
        host, path = {"zh": ("shop%d.taobao.com" % ri(10000000, 99999999), ""),
                      "pt": ("mercadolivre.com.br", "/loja/" + ch(COMPANY["pt"])),
                      "ru": ("ozon.ru", "/seller/" + ch(COMPANY["ru"]) + "-%d" % ri(10000, 99999)),
                      "es": ("mercadolibre.com.mx", "/tienda/" + ch(COMPANY["es"])),
                      }.get(lang, (ch(COMPANY["en"]) + ".myshopify.com", ""))
        scheme = ch(["", "https://"])
    return scheme, www, host, path


def decode_url(s):
    s = unhide(s)
    s = s.replace("hxxp", "http")
    s = re.sub(r"\s*[\[\(\{]\s*(?:\.|dot|点)\s*[\]\)\}]\s*", ".", s, flags=re.I)
    s = re.sub(r"\s+(?:dot|punto|ponto|punkt|точка)\s+", ".", s, flags=re.I)
    s = re.sub(r"\s*[点。]\s*", ".", s)
    s = re.sub(r"\s+slash\s+", "/", s, flags=re.I)
    s = re.sub(r"\s*,\s*", ".", s)
    return re.sub(r"\s+", "", s)


def render_url(scheme, www, host, path, fam, lang):
    full = www + host
    if fam == "dot_word":
        w = ch(DOT_W[lang]) if lang != "zh" else ch(["dot", "点"])
        sep = w if w in ("点", "。") else " " + w + " "
        s = full.replace(".", sep)
        if path and lang == "en" and rnd() < 0.4:
            return scheme + s + " slash " + path[1:].replace("/", " slash "), "dot_word+slash_word:" + lang
        return scheme + s + path, "dot_word:" + lang
    if fam in ("paren_dot", "bracket_dot", "brace_dot"):
        o, c = {"paren_dot": "()", "bracket_dot": "[]", "brace_dot": "{}"}[fam]
        inner = "." if rnd() < 0.75 else "dot"
        return scheme + full.replace(".", o + inner + c) + path, fam
    if fam == "spaced":
        return scheme + full.replace(".", " . ") + path, "spaced"
    if fam == "cjk_dot":
        return scheme + full.replace(".", ch(["。", "点"])) + path, "cjk_dot"
    if fam == "comma":
        return scheme + full.replace(".", ",") + path, "comma_dot"
    if fam == "defanged":
        sc = ch(["hxxps://", "hxxp://"])
        return sc + full.replace(".", ch(["[.]", "."]), 1 if rnd() < 0.5 else 9) + path, "defanged"
    if fam == "zwsp":
        s = scheme + full + path
        return insert_zw(s, [s.index(".", len(scheme))]), "zwsp"
    raise KeyError(fam)


# ===================================================================== messengers
def gen_handle(app):
    f = ch(NAMES[ch(list(NAMES))][0])
    if app == "wechat":
        r = ri(0, 3)
        if r == 0:
            return "wxid_" + "".join(ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        return [f + "_" + digits(4), f + "-sz" + digits(2), f + ch(["trade", "factory", "sales"]) + digits(3)][r - 1]
    if app == "telegram":
        return "@" + ch([f + "_" + ch(["trade", "sales", "export", "supply"]), f.capitalize() + digits(3),
                         f + "_" + ch(NAMES["en"][1]) + digits(2)])
    if app == "line":
        return ch([f + "." + digits(3), f + "_" + digits(4), "@" + f + ch(["shop", "trade"])])
    if app == "kakao":
        return ch([f + digits(4), f + "_" + ch(["kr", "trade", "biz"])])
    if app == "skype":
        return ch(["live:.cid." + "".join(ch("0123456789abcdef") for _ in range(16)),
                   "live:" + f + "_" + digits(3), f + "." + ch(NAMES["en"][1]) + digits(2)])
    if app == "qq":
        return str(ri(1, 9)) + digits(ri(5, 9))
    raise KeyError(app)


HLABEL = {
    "wechat": {"en": ["wechat", "WeChat", "we chat", "weixin", "vx", "VX", "wx", "WX", "wechat id", "Wechat ID"],
               "zh": ["微信", "微信号", "V信", "v信", "vx", "VX", "wx", "薇信", "威信", "绿泡泡", "徽信"],
               "es": ["wechat", "WeChat", "weixin"], "de": ["WeChat", "wechat"], "pt": ["wechat"],
               "ru": ["вичат", "wechat", "WeChat"]},
    "telegram": {"en": ["telegram", "Telegram", "tele", "tg", "TG", "telegrm", "teleg"],
                 "zh": ["纸飞机", "飞机", "电报", "tg", "TG"], "es": ["telegram", "tele", "tg"],
                 "de": ["Telegram", "tele", "TG"], "pt": ["telegram", "tele", "tg"],
                 "ru": ["телега", "тг", "телеграм", "ТГ", "tg"]},
    "line": {"en": ["line", "LINE", "line id", "Line ID"], "zh": ["line", "LINE"]},
    "kakao": {"en": ["kakao", "kakaotalk", "KakaoTalk", "kakao id", "카톡", "katalk"]},
    "skype": {"en": ["skype", "Skype", "skype id", "skyp", "s k y p e"], "de": ["Skype"], "ru": ["скайп", "skype"],
              "es": ["skype"], "pt": ["skype"], "zh": ["skype"]},
    "qq": {"zh": ["QQ", "qq", "扣扣", "企鹅", "Q号", "球球"], "en": ["QQ", "qq"]},
}
HSEP = [": ", ":", " : ", "：", " - ", " -> ", " → ", " = ", " » ", " ~ ", " ", " ", " ", "➡️ ", " 👉 ", " | ", "/"]
HSEP_ZH = ["：", "", " ", "→", "：", "：", " - "]


def render_handle(lang):
    pool = [a for a in HLABEL if lang in HLABEL[a]]
    wts = {"wechat": 5, "telegram": 5, "line": 2, "kakao": 2, "skype": 2, "qq": 3}
    if lang == "zh":
        wts["wechat"] = 9
    app = random.choices(pool, [wts[a] for a in pool])[0]
    h = gen_handle(app)
    label = cycle_pick(("h", app, lang), HLABEL[app][lang])
    sep = ch(HSEP_ZH if lang == "zh" else HSEP)
    if app == "telegram" and rnd() < 0.25:
        link = ch(["t.me/", "https://t.me/", "t dot me/", "t(.)me/", "t。me/"]) if lang == "zh" else \
            ch(["t.me/", "https://t.me/", "t dot me/", "t(.)me/", "t[.]me/"])
        h = link + h[1:]
        sep = sep if sep.strip(" ") or sep == " " else ("：" if lang == "zh" else ": ")
        fam = "telegram:deeplink" + ("" if link in ("t.me/", "https://t.me/") else "_disguised")
        return [label + sep, ("MESSENGER_HANDLE", h, "MESSENGER_HANDLE:" + fam)]
    if rnd() < 0.15 and lang != "zh":
        return [label + " (", ("MESSENGER_HANDLE", h, "MESSENGER_HANDLE:%s:%s" % (app, label)), ")"]
    if rnd() < 0.1:
        return [label + sep, ("MESSENGER_HANDLE", h, "MESSENGER_HANDLE:%s:%s" % (app, label)), " " + ch(EMOJI)]
    return [label + sep, ("MESSENGER_HANDLE", h, "MESSENGER_HANDLE:%s:%s" % (app, label))]


PHONE_APPS = {"en": ["whatsapp", "WhatsApp", "whats app", "wa", "WA", "wapp", "viber", "Viber", "signal", "telegram"],
              "zh": ["微信同号", "vx同号", "WhatsApp", "手机/微信", "飞机号"], "es": ["whatsapp", "wasap", "guasap", "wsp", "WA"],
              "pt": ["zap", "zapzap", "whats", "wpp", "whatsapp", "zap/whats"], "de": ["WhatsApp", "WA", "Signal", "Viber"],
              "ru": ["вотсап", "ватсап", "вацап", "вайбер", "WhatsApp", "Viber", "телега"]}

COUNTRIES = {"en": ["US", "US", "UK", "UK", "IN", "AE", "TR", "CN"], "zh": ["CN", "CN", "CN", "CN", "US"],
             "es": ["ES", "ES", "MX", "CO", "AR"], "de": ["DE", "DE", "DE", "AT", "CH"], "pt": ["BR", "BR", "BR", "PT"],
             "ru": ["RU"]}

PHONE_FAMS = {
    "en": [("sep_every", 8), ("sep_groups", 5), ("spelled", 15), ("mixed", 6), ("per_digit_mixed", 3),
           ("fullwidth", 3), ("homoglyph", 7), ("zwsp", 5), ("linebreak", 5), ("emoji", 5), ("circled", 2),
           ("mathbold", 2), ("fullwidth_emoji", 1)],
    "zh": [("spelled", 14), ("daxie", 7), ("fullwidth", 8), ("mixed", 4), ("per_digit_mixed", 3), ("emoji", 5),
           ("circled", 4), ("zwsp", 3), ("sep_every", 4), ("linebreak", 2), ("fullwidth_emoji", 2), ("homoglyph", 1)],
    "es": [("spelled", 15), ("mixed", 4), ("sep_every", 4), ("sep_groups", 3), ("emoji", 3), ("homoglyph", 3),
           ("zwsp", 2), ("linebreak", 2), ("fullwidth", 1)],
    "pt": [("spelled", 15), ("mixed", 4), ("sep_every", 4), ("sep_groups", 3), ("emoji", 4), ("homoglyph", 3),
           ("zwsp", 2), ("linebreak", 2)],
    "de": [("spelled", 15), ("mixed", 4), ("sep_every", 4), ("sep_groups", 4), ("emoji", 2), ("homoglyph", 3),
           ("zwsp", 2), ("linebreak", 2)],
    "ru": [("spelled", 15), ("mixed", 4), ("sep_every", 4), ("sep_groups", 3), ("emoji", 3), ("homoglyph", 3),
           ("zwsp", 2), ("linebreak", 2), ("fullwidth", 1)],
}


_CYC = {}


def cycle_pick(key, items):
    """round-robin over a shuffled copy so every spelling of an app label gets used"""
    st = _CYC.get(key)
    if not st:
        st = _CYC[key] = list(items)
        random.shuffle(st)
    return st.pop()


def wchoice(pairs):
    return random.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def make_phone_item(lang, via_app=None):
    while True:
        country = ch(COUNTRIES[lang])
        chunks, expect = phone_chunks(country)
        fam = wchoice(PHONE_FAMS[lang])
        if fam == "homoglyph" and not re.search(r"[01]", "".join(chunks)):
            continue
        if fam in ("linebreak",) and len(join_std(chunks)) < 9:
            continue
        s, sub = render_phone(chunks, fam, lang)
        break
    got = decode_phone(s, homoglyph=(fam == "homoglyph"))
    assert got == expect, (s, got, expect, fam)
    assert s == s.strip()
    sub = "PHONE:" + sub + ":" + country
    if via_app:
        sub += "|via:" + via_app
    return ("PHONE", s, sub)


# ===================================================================== language material
L = {}
L["en"] = dict(
    pre=["Hi, thanks for the quote.", "Got your samples, quality is fine.", "We can confirm the order today.",
         "Price is still a bit high for us.", "Lead time works for us.", "Hello again!", "Ok deal on the unit price.",
         "Quick question about packaging.", "Boss approved the PO.", "Need the final drawings before we pay.",
         "Sorry for the late reply.", "Good morning from the factory."],
    evade=["This app blocks numbers, so", "They hide contacts here, so", "To skip the platform fee,",
           "Messages here get filtered, so", "Easier to talk outside:", "Writing it like this so it isn't removed:",
           "Not allowed to post it normally lol,", "Off platform is faster -", "cant share contacts here so"],
    post=[" Talk soon.", " Thanks!", " We reply fast there.", " Send the proforma there pls.",
          " Ping me after lunch my time.", " Better price if we deal direct.", " 👍", " Cheers", ".",
          " Waiting for your message.", " I'll share the factory video there.", "!!", " 🙏"],
    PHONE=["call me on ", "my cell: ", "text me at ", "ring me ", "my number is ", "reach me directly on ",
           "mobile ", "phone/sms ", "ph: ", "give me a call, ", "my line is ", "cel "],
    EMAIL=["email me at ", "my email is ", "send the PO to ", "mail: ", "write to ", "drop the specs to ",
           "my personal mail ", "contact me by mail "],
    URL=["check our full catalog on ", "see our store ", "prices are on our site ", "order direct at ",
         "photos here: ", "our page is ", "find us at "],
    HANDLE=["add me on ", "find me on ", "let's move to ", "", "my ", "we can chat on "],
    APP=["", "add my ", "message me on ", "my "],
    CRYPTO=["if crypto is ok, usdt trc20 ", "send the deposit in btc to ", "my eth wallet ",
            "usdt (erc20) here: ", "we also take crypto: ", "wallet - ", "pay the balance in USDT to "],
    IBAN=["IBAN ", "pay direct to my IBAN: ", "bank transfer to ", "our account (IBAN) ", "wire it to "],
    CARD=["card no. ", "just charge my card ", "use this card for the deposit: ", "company visa ",
          "pay by card: "],
    BANK=["A/C No. ", "account number ", "SWIFT ", "beneficiary account ", "routing number "],
    NATID=["for customs my SSN is ", "Aadhaar for the KYC: ", "NI no. ", "my ID no. "],
    conn=[" or ", " / ", ", also ", " and ", ". Or "],
)
L["zh"] = dict(
    pre=["您好，报价收到了。", "样品质量没问题。", "这个价格还能再谈吗？", "订单今天可以确认。", "交期没问题。",
         "老板已经同意了。", "包装方面有个问题。", "不好意思回复晚了。"],
    evade=["平台不让发号码，", "这里发联系方式会被屏蔽，", "私聊价格更优惠，", "为了防屏蔽这样写：", "绕开平台手续费，",
           "这边会吞消息，"],
    post=["，谢谢！", "，详细聊。", "，随时联系。", "，发工厂视频给你。", "。等你消息", "", "～", "，备注采购"],
    PHONE=["电话", "手机：", "打我电话", "我的号码是", "手机号 ", "直接打", "联系电话："],
    EMAIL=["邮箱：", "发邮件到", "我的邮箱是", "图纸发我邮箱 ", "邮件 "],
    URL=["我们的网站：", "店铺链接 ", "看产品目录：", "网址是", "官网 "],
    HANDLE=["加我", "", "加一下", "我的", "私聊"],
    APP=["", "加", "我的"],
    CRYPTO=["也可以U付款，trc20地址：", "我的U地址 ", "收USDT：", "比特币地址："],
    IBAN=["IBAN：", "汇款账号 IBAN "],
    CARD=["卡号 ", "刷我的卡："],
    BANK=["账号：", "SWIFT：", "收款账号 "],
    NATID=["身份证号", "清关用身份证："],
    conn=["，或者", "；", "，也可以", " / "],
)
L["es"] = dict(
    pre=["Hola, gracias por la cotización.", "Las muestras llegaron bien.", "El precio todavía está alto.",
         "Confirmamos el pedido hoy.", "Necesito los planos finales.", "Perdón por la demora.",
         "Mi jefe aprobó la orden."],
    evade=["La app bloquea los números, así que", "Aquí filtran los contactos:", "Para no pagar la comisión,",
           "Mejor hablamos por fuera:", "Lo escribo así para que no lo borren:"],
    post=[" Saludos.", " Gracias!", " Allí respondo rápido.", " Te mando la proforma por ahí.", ".", " 👍"],
    PHONE=["llámame al ", "mi cel: ", "mi número es ", "escríbeme al ", "tel ", "celular "],
    EMAIL=["mi correo es ", "mándame el pedido a ", "correo: ", "escríbeme a "],
    URL=["mira el catálogo en ", "nuestra tienda: ", "precios en ", "pide directo en "],
    HANDLE=["agrégame en ", "", "búscame en ", "mi "],
    APP=["", "mi ", "escríbeme por "],
    CRYPTO=["también aceptamos USDT trc20: ", "mi billetera ", "paga en btc a "],
    IBAN=["IBAN: ", "transferencia a ", "cuenta IBAN "],
    CARD=["tarjeta ", "cobra en mi tarjeta "],
    BANK=["cuenta ", "SWIFT "],
    conn=[" o ", ", también ", " / ", " y "],
)
L["pt"] = dict(
    pre=["Oi, obrigado pela cotação.", "As amostras chegaram.", "O preço ainda está alto.", "Fechamos o pedido hoje.",
         "Preciso dos desenhos finais.", "Desculpa a demora.", "Meu chefe aprovou."],
    evade=["O app bloqueia número, então", "Aqui eles filtram contato:", "Pra fugir da taxa,",
           "Melhor falar por fora:", "Escrevo assim pra não apagarem:"],
    post=[" Abraço.", " Valeu!", " Respondo rápido lá.", " Manda a proforma por lá.", ".", " 👍"],
    PHONE=["me liga no ", "meu cel: ", "meu número é ", "chama no ", "tel "],
    EMAIL=["meu email é ", "manda o pedido pra ", "email: ", "escreve pra "],
    URL=["veja o catálogo em ", "nossa loja: ", "preços em ", "compra direto em "],
    HANDLE=["me add no ", "", "me chama no ", "meu "],
    APP=["", "me chama no ", "meu "],
    CRYPTO=["aceito USDT trc20: ", "minha carteira ", "paga em btc: "],
    IBAN=["IBAN ", "transferência para "],
    CARD=["cartão ", "pode passar no cartão "],
    BANK=["conta ", "SWIFT "],
    conn=[" ou ", ", também ", " / ", " e "],
)
L["de"] = dict(
    pre=["Hallo, danke für das Angebot.", "Die Muster sind angekommen.", "Der Preis ist uns noch zu hoch.",
         "Wir bestätigen die Bestellung heute.", "Brauche noch die finalen Zeichnungen.",
         "Sorry für die späte Antwort."],
    evade=["Die App blockiert Nummern, also", "Hier werden Kontakte gefiltert:", "Um die Gebühr zu sparen,",
           "Lieber außerhalb weiter:", "Schreibe es so, damit es durchkommt:"],
    post=[" Grüße.", " Danke!", " Dort antworte ich schneller.", " Schicken Sie die Proforma dorthin.", ".", " 👍"],
    PHONE=["ruf mich an unter ", "Handy: ", "meine Nummer ist ", "erreichbar unter ", "Tel. ", "mobil "],
    EMAIL=["meine Mail ist ", "schick die Bestellung an ", "Mail: ", "schreib an "],
    URL=["Katalog unter ", "unser Shop: ", "Preise auf ", "direkt bestellen bei "],
    HANDLE=["adde mich auf ", "", "schreib mir auf ", "mein "],
    APP=["", "per ", "mein "],
    CRYPTO=["gern auch in USDT trc20: ", "mein Wallet ", "BTC an "],
    IBAN=["IBAN: ", "Überweisung bitte auf ", "Konto (IBAN) "],
    CARD=["Karte ", "buchen Sie von meiner Karte ab: "],
    BANK=["Kontonummer ", "BIC "],
    conn=[" oder ", ", auch ", " / ", " und "],
)
L["ru"] = dict(
    pre=["Здравствуйте, спасибо за предложение.", "Образцы получили.", "Цена пока высокая.",
         "Подтверждаем заказ сегодня.", "Нужны финальные чертежи.", "Извините за задержку."],
    evade=["Тут блокируют номера, поэтому", "Здесь фильтруют контакты:", "Чтобы не платить комиссию,",
           "Лучше напрямую:", "Пишу так, чтобы не удалили:"],
    post=[" Спасибо!", " Там отвечу быстрее.", " Жду.", " Пришлите проформу туда.", ".", " 👍"],
    PHONE=["звоните ", "мой номер ", "тел. ", "пишите на ", "номер: ", "мобильный "],
    EMAIL=["почта ", "пишите на почту ", "мой email ", "отправьте заказ на "],
    URL=["каталог тут: ", "наш магазин ", "цены на сайте ", "заказ напрямую: "],
    HANDLE=["добавьте в ", "", "пишите в ", "мой "],
    APP=["", "пишите в ", "мой "],
    CRYPTO=["можно в USDT trc20: ", "мой кошелек ", "оплата в btc на "],
    IBAN=["IBAN: ", "перевод на "],
    CARD=["карта ", "можно оплатить с карты "],
    BANK=["счет ", "SWIFT "],
    conn=[" или ", ", также ", " / ", " и "],
)
CJK_JOIN = {"zh"}


# ===================================================================== negatives (markup ⟦value|KIND⟧)
def luhn_bad(n):
    while True:
        d = str(ri(1, 9)) + digits(n - 1)
        if not luhn_ok(d):
            return d


def price():
    return ch(["USD %d,%03d.%02d" % (ri(1, 99), ri(0, 999), ri(0, 99)), "FOB $%d.%02d/pc" % (ri(0, 30), ri(0, 99)),
               "€%d.%03d,%02d" % (ri(1, 9), ri(0, 999), ri(0, 99)), "US$%d.%02d" % (ri(1, 80), ri(0, 99))])


NEG = {}
NEG["en"] = [
    lambda: "Can we ⟦call it a day|IDIOM⟧ and confirm tomorrow?",
    lambda: "I'll ⟦email the invoice to our accounts team|IDIOM⟧ once the deposit clears.",
    lambda: "Firmware is now ⟦version %d dot %d|VERSION⟧, the old one had a bug." % (ri(1, 4), ri(0, 9)),
    lambda: "Carton size ⟦%d x %d x %d|DIMENSIONS⟧ cm, %d pcs per carton." % (ri(20, 80), ri(10, 60), ri(5, 40), ri(6, 48)),
    lambda: "MOQ is ⟦five thousand pieces|QTY_SPELLED⟧ at ⟦three fifty|PRICE_SPELLED⟧ each.",
    lambda: "We are at ⟦booth %d dot %d %s%d|BOOTH⟧ during the fair, come by." % (ri(1, 17), ri(1, 3), ch("ABCDEFGHJ"), ri(1, 40)),
    lambda: "Model ⟦%s%s %d %d %d|MODEL⟧ is back in stock." % (ch("ABKXZ"), ch("RTVW"), ri(1, 9), ri(0, 9), ri(0, 9)),
    lambda: "The ⟦polka dot|AT_DOT_PROSE⟧ print costs the same as the plain one.",
    lambda: "We sell the ⟦dot matrix|AT_DOT_PROSE⟧ printers ⟦at cost|AT_DOT_PROSE⟧ to repeat buyers.",
    lambda: "⟦Production line %d|PROD_LINE⟧ is running at full capacity this week." % ri(1, 9),
    lambda: "Laminate is FR4 ⟦Tg%d|SPEC⟧, lead free finish." % ch([135, 150, 170, 180]),
    lambda: "No ⟦WhatsApp or WeChat|APP_MENTION⟧ from my side, company rules, let's keep it here.",
    lambda: "Bearing ⟦6%d%02d 2RS|MODEL⟧ fits the shaft." % (ri(0, 3), ri(0, 12)),
    lambda: "Target price ⟦%s|PRICE⟧ or we pass." % price(),
    lambda: "Order ⟦%s|NUM16_LUHN_INVALID⟧ shipped yesterday." % luhn_bad(16),
    lambda: "⟦%d pcs ✅ %d days 🚢|EMOJI_QTY⟧ FOB Ningbo" % (ri(2, 90) * 100, ri(15, 45)),
    lambda: "Margin is only ⟦two point five percent|PRICE_SPELLED⟧, can't go lower.",
    lambda: "We offer ⟦twenty-four seven|IDIOM⟧ after-sales support through the platform.",
    lambda: "Color ⟦Pantone %d-%04d TCX|COLOR_CODE⟧ as approved." % (ri(11, 19), ri(1000, 6000)),
    lambda: "Thanks ⟦@%s|MENTION⟧, noted." % ch(["Anna", "Mr_Li", "QC_team"]),
    lambda: "Shipping ⟦2x40HQ|QTY⟧ in ⟦%s|DATE⟧." % ch(["June", "mid-July", "week 32", "Q3"]),
    lambda: "Please reply ⟦at your earliest convenience|AT_DOT_PROSE⟧.",
    lambda: "Samples are ⟦at sea|AT_DOT_PROSE⟧ now, ETA next week.",
    lambda: "Unit price at ⟦twelve dollars fifty|PRICE_SPELLED⟧ is our best.",
    lambda: "Container ⟦%s|CONTAINER⟧ gated in." % iso6346(ch(["MSC", "MAE", "CMA", "TGH", "OOL"])),
    lambda: "The ⟦red dot|AT_DOT_PROSE⟧ sticker on the box means QC passed.",
    lambda: "Bug ⟦zapper|APP_LOOKALIKE⟧ 20W, ⟦%d pcs|QTY⟧ per pallet." % ri(100, 900),
    lambda: "⟦Line item %d|PROD_LINE⟧ needs a new price." % ri(2, 9),
    lambda: "⟦Drop me a line here|IDIOM⟧ when the LC is opened.",
    lambda: "Bolts ⟦M%d x %s x %d|MODEL⟧ zinc plated." % (ch([6, 8, 10]), ch(["1.0", "1.25", "1.5"]), ch([20, 30, 40, 50])),
    lambda: "Just ⟦give me a ring|IDIOM⟧ through the platform call button.",
    lambda: "The ⟦@ key|AT_DOT_PROSE⟧ on the sample keyboard is sticking.",
    lambda: "Rated ⟦220V/50Hz|SPEC⟧, ⟦IP65|SPEC⟧.",
    lambda: "We'll ⟦call it a day|IDIOM⟧ at ⟦6 pm|TIME⟧ Shanghai time.",
    lambda: "Send the PI ⟦at your convenience|AT_DOT_PROSE⟧, ⟦one or two|QTY_SPELLED⟧ days is fine.",
    lambda: "Firmware ⟦v%d.%d.%d.%d|VERSION⟧ fixes the Bluetooth drop." % (ri(1, 5), ri(0, 9), ri(0, 20), ri(100, 999)),
    lambda: "HS code ⟦%d.%02d.%02d|HS_CODE⟧ for the adapters." % (ch([8504, 8517, 8471, 9405]), ri(10, 90), ri(0, 90)),
    lambda: "Put ⟦three six nine|SPELLED_SEQ⟧ on the carton, it's the style code the buyer uses.",
    lambda: "The ⟦at-sign|AT_DOT_PROSE⟧ and the ⟦dot|AT_DOT_PROSE⟧ are missing from the printed logo.",
    lambda: "Please ⟦e-mail accounts|IDIOM⟧ is not needed, upload the invoice here.",
    lambda: "Size run ⟦six seven eight nine ten|SPELLED_SEQ⟧ for the boots.",
]
NEG["zh"] = [
    lambda: "⟦二〇二%s年%s月|DATE_SPELLED⟧交货可以吗？" % (ch("四五六"), ch("一二三四五六七八九")),
    lambda: "板子厚度⟦一点五毫米|SPEC⟧。",
    lambda: "明天⟦三点半|TIME⟧开会。",
    lambda: "外箱尺寸⟦%d×%d×%dcm|DIMENSIONS⟧。" % (ri(20, 80), ri(10, 60), ri(5, 40)),
    lambda: "数量⟦%s件|QTY⟧，单价⟦%s元|PRICE⟧。" % (str(ri(1, 9) * 1000).translate(FW), ("%d．%d" % (ri(1, 30), ri(1, 9))).translate(FW)),
    lambda: "⟦微信支付|APP_MENTION⟧不支持，只走平台。",
    lambda: "麻烦⟦快一点|AT_DOT_PROSE⟧发货好吗。",
    lambda: "⟦五千件|QTY_SPELLED⟧起订。",
    lambda: "型号⟦%s %d %d %d|MODEL⟧有现货。" % (ch("ABKX"), ri(1, 9), ri(0, 9), ri(0, 9)),
    lambda: "⟦第%s条生产线|PROD_LINE⟧在检修。" % ch("一二三四五"),
    lambda: "固件已经升级到⟦版本%d点%d|VERSION⟧。" % (ri(1, 4), ri(0, 9)),
    lambda: "单价⟦一百二十八元|PRICE_SPELLED⟧，含税。",
    lambda: "我们在广交会⟦%d.%d%s%d|BOOTH⟧展位。" % (ri(1, 17), ri(1, 3), ch("ABCD"), ri(1, 40)),
    lambda: "海关编码⟦%d%06d|HS_CODE⟧。" % (ch([8504, 8517, 8471]), ri(0, 999999)),
    lambda: "⟦QQ音乐|APP_MENTION⟧的广告位不用了。",
    lambda: "⟦一二三号仓库|PLACE⟧都满了。",
    lambda: "订单号⟦%s|NUM16_LUHN_INVALID⟧已发货。" % luhn_bad(16),
    lambda: "⟦%d件 ✅ %d天 🚢|EMOJI_QTY⟧" % (ri(2, 90) * 100, ri(15, 45)),
    lambda: "发票请⟦发给我们财务|IDIOM⟧，走平台上传。",
    lambda: "⟦早点休息|AT_DOT_PROSE⟧，明天再聊。",
]
NEG["es"] = [
    lambda: "Nos vemos ⟦a las tres en punto|TIME⟧ en la videollamada de la plataforma.",
    lambda: "Tenemos ⟦punto de venta|AT_DOT_PROSE⟧ en Monterrey.",
    lambda: "⟦Dos mil unidades|QTY_SPELLED⟧ a ⟦tres con cincuenta|PRICE_SPELLED⟧ cada una.",
    lambda: "Los ⟦zapatos talla %d|APP_LOOKALIKE⟧ salen la semana que viene." % ri(36, 45),
    lambda: "El software ya va en la ⟦versión %d punto %d|VERSION⟧." % (ri(1, 4), ri(0, 9)),
    lambda: "Garantizamos ⟦cero defectos|IDIOM⟧ en el lote.",
    lambda: "Medidas de la caja ⟦%d x %d x %d cm|DIMENSIONS⟧." % (ri(20, 80), ri(10, 60), ri(5, 40)),
    lambda: "⟦Mándale la factura a contabilidad|IDIOM⟧ por aquí mismo.",
    lambda: "Revisa ⟦el punto %d del contrato|AT_DOT_PROSE⟧." % ri(2, 12),
    lambda: "Precio ⟦%s|PRICE⟧ FOB." % price(),
    lambda: "Pedido ⟦%s|NUM16_LUHN_INVALID⟧ en producción." % luhn_bad(16),
    lambda: "⟦Nada de WhatsApp|APP_MENTION⟧, seguimos aquí por política de la empresa.",
]
NEG["pt"] = [
    lambda: "O ⟦preço da arroba|WEIGHT_UNIT⟧ do boi subiu para R$ %d." % ri(220, 340),
    lambda: "Reunião ⟦às três em ponto|TIME⟧ pela plataforma.",
    lambda: "O ⟦ponto de entrega|AT_DOT_PROSE⟧ é o porto de Santos.",
    lambda: "⟦Duas mil peças|QTY_SPELLED⟧ a ⟦três reais e vinte|PRICE_SPELLED⟧.",
    lambda: "O sistema já está na ⟦versão %d ponto %d|VERSION⟧." % (ri(1, 4), ri(0, 9)),
    lambda: "⟦Manda a nota fiscal pro financeiro|IDIOM⟧ pelo sistema.",
    lambda: "A ⟦linha de produção %d|PROD_LINE⟧ parou." % ri(1, 6),
    lambda: "Caixa ⟦%d x %d x %d cm|DIMENSIONS⟧." % (ri(20, 80), ri(10, 60), ri(5, 40)),
    lambda: "Café a ⟦%d reais a arroba|WEIGHT_UNIT⟧." % ri(150, 400),
    lambda: "Pedido ⟦%s|NUM16_LUHN_INVALID⟧ faturado." % luhn_bad(16),
    lambda: "⟦Sem zap|APP_MENTION⟧, a empresa só deixa negociar por aqui.",
]
NEG["de"] = [
    lambda: "Siehe ⟦Punkt %d der Spezifikation|AT_DOT_PROSE⟧." % ri(2, 12),
    lambda: "⟦Kakao %d kg|APP_LOOKALIKE⟧ in Säcken, lose." % ch([25, 50, 500]),
    lambda: "Call um ⟦Punkt zehn Uhr|TIME⟧ über die Plattform.",
    lambda: "⟦Zweitausend Stück|QTY_SPELLED⟧ zu ⟦drei fünfzig|PRICE_SPELLED⟧ das Stück.",
    lambda: "Die Software ist auf ⟦Version %d Punkt %d|VERSION⟧." % (ri(1, 4), ri(0, 9)),
    lambda: "Wir garantieren ⟦null Fehler|IDIOM⟧.",
    lambda: "Maße ⟦%d x %d x %d cm|DIMENSIONS⟧." % (ri(20, 80), ri(10, 60), ri(5, 40)),
    lambda: "Leiterplatte FR4 ⟦Tg %d|SPEC⟧." % ch([135, 150, 170]),
    lambda: "⟦Linie %d|PROD_LINE⟧ steht wegen Wartung." % ri(1, 6),
    lambda: "⟦Schicken Sie die Rechnung an unsere Buchhaltung|IDIOM⟧, aber über das Portal.",
    lambda: "Preis ⟦%s|PRICE⟧ netto." % price(),
    lambda: "Auftrag ⟦%s|NUM16_LUHN_INVALID⟧ ist raus." % luhn_bad(16),
]
NEG["ru"] = [
    lambda: "Есть ⟦ошейник для собаки|AT_DOT_PROSE⟧ в трёх размерах.",
    lambda: "⟦Точка выдачи|AT_DOT_PROSE⟧ в Казани.",
    lambda: "⟦Две тысячи штук|QTY_SPELLED⟧ по ⟦три пятьдесят|PRICE_SPELLED⟧.",
    lambda: "Прошивка ⟦версия %d точка %d|VERSION⟧." % (ri(1, 4), ri(0, 9)),
    lambda: "Созвон ⟦в три часа|TIME⟧ через платформу.",
    lambda: "Размер коробки ⟦%d x %d x %d см|DIMENSIONS⟧." % (ri(20, 80), ri(10, 60), ri(5, 40)),
    lambda: "⟦Счёт отправим в бухгалтерию|IDIOM⟧ через портал.",
    lambda: "⟦Линия %d|PROD_LINE⟧ на ремонте." % ri(1, 6),
    lambda: "⟦Корм для собак|AT_DOT_PROSE⟧ фасуем по 15 кг.",
    lambda: "Цена ⟦%s|PRICE⟧." % price(),
    lambda: "Заказ ⟦%s|NUM16_LUHN_INVALID⟧ отгружен." % luhn_bad(16),
    lambda: "⟦Вотсап не используем|APP_MENTION⟧, только здесь.",
]

MARK = re.compile(r"⟦([^⟦⟧|]*)\|([A-Z0-9_]+)⟧")


def parse_neg(markup):
    segs, pos = [], 0
    for m in MARK.finditer(markup):
        if m.start() > pos:
            segs.append(markup[pos:m.start()])
        segs.append(("NEG", m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(markup):
        segs.append(markup[pos:])
    return segs


def neg_snippet(lang, used=None):
    used = set() if used is None else used
    while True:
        k = ri(0, len(NEG[lang]) - 1)
        if k in used:
            continue
        segs = parse_neg(NEG[lang][k]())
        if not any(isinstance(s, tuple) and passes_some_check(s[1]) for s in segs):
            used.add(k)
            return segs


# ===================================================================== items
def item_segments(typ, lang):
    """-> list of segments: str or (TYPE, value, sub)"""
    Ld = L[lang]
    if typ == "PHONE":
        if rnd() < 0.3:
            app = cycle_pick(("p", lang), PHONE_APPS[lang])
            sep = ch(["：", " ", ""]) if lang == "zh" else ch([": ", " ", " - ", " → ", " "])
            return [ch(Ld["APP"]) + app + sep, make_phone_item(lang, app)]
        return [ch(Ld["PHONE"]), make_phone_item(lang)]
    if typ == "EMAIL":
        local, dom = gen_email(lang)
        fams = [("words", 12), ("partial_words", 4), ("bracket_symbol", 3), ("spaced", 3), ("fullwidth", 3),
                ("small_at", 2), ("zwsp", 2), ("symbol_swap", 2), ("letter_spaced", 1)]
        if lang == "zh":
            fams = [("words", 10), ("fullwidth", 5), ("symbol_swap", 3), ("spaced", 2), ("bracket_symbol", 2),
                    ("zwsp", 1)]
        fam = wchoice(fams)
        if fam == "letter_spaced" and len(local) + len(dom) > 22:
            fam = "spaced"
        s, sub, swap = render_email(local, dom, fam, lang)
        assert decode_email(s, swap) == local + "@" + dom, (s, decode_email(s, swap), local, dom)
        assert s == s.strip()
        out = [ch(Ld["EMAIL"])]
        if rnd() < 0.12 and lang != "zh":
            out += ["(", ("EMAIL", s, "EMAIL:" + sub), ")"]
        elif rnd() < 0.1:
            out += ["<", ("EMAIL", s, "EMAIL:" + sub), ">"]
        else:
            out.append(("EMAIL", s, "EMAIL:" + sub))
        if swap:
            out.append(ch(SWAP_NOTE[lang]).format(s=swap))
        return out
    if typ == "URL":
        scheme, www, host, path = gen_url(lang)
        fams = [("dot_word", 8), ("paren_dot", 3), ("bracket_dot", 3), ("brace_dot", 1), ("spaced", 3),
                ("comma", 1), ("defanged", 2), ("zwsp", 1)]
        if lang == "zh":
            fams += [("cjk_dot", 8)]
        fam = wchoice(fams)
        s, sub = render_url(scheme, www, host, path, fam, lang)
        want = (scheme if not s.startswith("hxxp") else s[:s.index("://") + 3].replace("hxxp", "http")) + www + host + path
        assert decode_url(s) == want, (s, decode_url(s), want)
        return [ch(Ld["URL"]), ("URL", s, "URL:" + sub)]
    if typ == "MESSENGER_HANDLE":
        return [ch(Ld["HANDLE"])] + render_handle(lang)
    if typ == "CRYPTO_WALLET":
        k, a = make_wallet()
        fam = k.split("_")[0]
        intro = ch(CRYPTO_I[lang][fam] + CRYPTO_I[lang]["any"])
        if rnd() < 0.2:
            return [intro.rstrip() + "\n", ("CRYPTO_WALLET", a, "CRYPTO_WALLET:" + k + "+newline")]
        return [intro, ("CRYPTO_WALLET", a, "CRYPTO_WALLET:" + k)]
    if typ == "IBAN":
        cc = ch({"en": ["GB", "NL", "AE", "TR", "DE", "BE", "FR", "PL"], "es": ["ES", "ES", "FR"],
                 "de": ["DE", "DE", "AT", "CH"], "pt": ["PT", "BR"], "ru": ["DE", "AE", "TR"],
                 "zh": ["DE", "GB", "AE"]}[lang])
        ib = make_iban(cc)
        fam = ch(["dash", "slash", "dot", "pipe", "underscore", "irregular", "lower", "newline", "emoji", "bullet"])
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        if fam == "irregular":
            cut, i, g = [], 0, []
            while i < len(ib):
                n = ri(2, 6)
                g.append(ib[i:i + n])
                i += n
            s = " ".join(g)
        elif fam == "newline":
            k = ri(2, len(g) - 1)
            s = " ".join(g[:k]) + "\n" + " ".join(g[k:])
        elif fam == "lower":
            s = " ".join(g).lower() if rnd() < 0.5 else ib.lower()
        elif fam == "emoji":
            s = ch(EMOJI).join(g)
        else:
            s = {"dash": "-", "slash": "/", "dot": ".", "pipe": " | ", "underscore": "_", "bullet": " • "}[fam].join(g)
        assert re.sub(r"[^0-9A-Za-z]", "", s).upper() == ib and iban_ok(ib)
        return [ch(Ld["IBAN"]), ("IBAN", s, "IBAN:%s:%s" % (fam, cc))]
    if typ == "PAYMENT_CARD":
        brand, num = make_card()
        g = card_groups(num)
        fam = ch(["dash", "slash", "dot", "pipe", "emoji", "newline", "fullwidth", "zwsp", "tilde", "mixed_sep"])
        if fam == "newline":
            k = ri(1, len(g) - 1)
            s = " ".join(g[:k]) + "\n" + " ".join(g[k:])
        elif fam == "fullwidth":
            s = " ".join(g).translate(FW)
        elif fam == "zwsp":
            s = insert_zw(num, random.sample(range(1, len(num)), ri(2, 4)))
        elif fam == "emoji":
            s = ch(EMOJI).join(g)
        elif fam == "mixed_sep":
            seps = [ch(["-", " ", ".", "/", " - "]) for _ in g[1:]]
            s = g[0] + "".join(a + b for a, b in zip(seps, g[1:]))
        else:
            s = {"dash": "-", "slash": " / ", "dot": ".", "pipe": "|", "tilde": "~"}[fam].join(g)
        d = re.sub(r"\D", "", unicodedata.normalize("NFKC", s))
        assert d == num and luhn_ok(d)
        return [ch(Ld["CARD"]), ("PAYMENT_CARD", s, "PAYMENT_CARD:%s:%s" % (fam, brand))]
    if typ == "BANK_ACCOUNT":
        lab = ch(Ld["BANK"])
        if "routing" in lab:
            v = aba()
            s = ch([v, v[:3] + "-" + v[3:6] + "-" + v[6:], " ".join([v[:3], v[3:6], v[6:]])])
            sub = "aba"
        elif "SWIFT" in lab or "BIC" in lab:
            bank = ch(["DEUT", "COBA", "BNPA", "HSBC", "CITI", "ICBK", "BKCH", "SOGE", "BBVA", "CAIX", "ITAU"])
            ctry = {"zh": "CN", "de": "DE", "es": "ES", "pt": "BR", "ru": "AE", "en": ch(["GB", "US", "HK", "SG"])}[lang]
            v = bank + ctry + ch(["22", "2X", "33", "FF", "MM"]) + ch(["", "XXX", "%03d" % ri(100, 900)])
            s = v if rnd() < 0.5 else " ".join([v[:4], v[4:6], v[6:8]] + ([v[8:]] if len(v) > 8 else []))
            sub = "bic" + ("_spaced" if " " in s else "")
        else:
            v = digits(ri(10, 14))
            s = ch(["-".join([v[:3], v[3:-3], v[-3:]]), " ".join(v[i:i + 4] for i in range(0, len(v), 4)),
                    "/".join([v[:4], v[4:]])])
            sub = "account_sep"
            while passes_some_check(v):
                v = digits(len(v))
                s = v[:4] + "." + v[4:]
        return [lab, ("BANK_ACCOUNT", s, "BANK_ACCOUNT:" + sub)]
    if typ == "NATIONAL_ID":
        lab = ch(Ld["NATID"])
        if lang == "zh" or "ID" in lab:
            v = cnid()
            s = ch([v[:6] + " " + v[6:14] + " " + v[14:], v[:6] + "-" + v[6:14] + "-" + v[14:], v])
            sub = "cn_id"
        elif "SSN" in lab:
            v = ssn()
            s = ch([v[:3] + "." + v[3:5] + "." + v[5:], v[:3] + " " + v[3:5] + " " + v[5:], v[:3] + "/" + v[3:5] + "/" + v[5:]])
            sub = "ssn"
        elif "Aadhaar" in lab:
            v = aadhaar()
            s = ch(["-", " ", "."]).join([v[:4], v[4:8], v[8:]])
            sub = "aadhaar"
        else:
            v = nino()
            s = " ".join([v[:2], v[2:4], v[4:6], v[6:8], v[8]])
            sub = "nino"
        return [lab, ("NATIONAL_ID", s, "NATIONAL_ID:" + sub)]
    raise KeyError(typ)


CRYPTO_I = {
    "en": {"tron": ["if crypto is ok, usdt trc20 ", "usdt (trc20) here: ", "pay the balance in USDT trc20 to "],
           "eth": ["my eth wallet ", "usdt (erc20) here: ", "erc20 address "],
           "btc": ["send the deposit in btc to ", "btc: ", "bitcoin works too "],
           "any": ["we also take crypto: ", "wallet - "]},
    "zh": {"tron": ["也可以U付款，trc20地址：", "收USDT（波场）："], "eth": ["我的U地址 erc20：", "以太坊地址："],
           "btc": ["比特币地址："], "any": ["钱包地址："]},
    "es": {"tron": ["también aceptamos USDT trc20: "], "eth": ["mi billetera eth "], "btc": ["paga en btc a "],
           "any": ["mi billetera "]},
    "pt": {"tron": ["aceito USDT trc20: "], "eth": ["carteira eth "], "btc": ["paga em btc: "], "any": ["minha carteira "]},
    "de": {"tron": ["gern auch in USDT trc20: "], "eth": ["ETH-Adresse "], "btc": ["BTC an "], "any": ["mein Wallet "]},
    "ru": {"tron": ["можно в USDT trc20: "], "eth": ["эфир на "], "btc": ["оплата в btc на "], "any": ["мой кошелек "]},
}

TYPE_W = {"PHONE": 34, "EMAIL": 22, "MESSENGER_HANDLE": 19, "URL": 14, "PAYMENT_CARD": 5, "IBAN": 6,
          "CRYPTO_WALLET": 6, "BANK_ACCOUNT": 3, "NATIONAL_ID": 5}


def pick_type(lang):
    w = dict(TYPE_W)
    if lang == "zh":
        w["MESSENGER_HANDLE"] = 30
    t = random.choices(list(w), list(w.values()))[0]
    if t == "NATIONAL_ID" and lang not in ("en", "zh"):
        t = "PHONE"
    if t == "BANK_ACCOUNT" and lang not in ("en", "zh", "de", "es", "pt", "ru"):
        t = "PHONE"
    return t


def sp(lang):
    return "" if lang in CJK_JOIN else " "


def build(lang, kind):
    Ld = L[lang]
    segs = []
    if kind == "negative":
        n = ch([1, 1, 2, 2, 3])
        if rnd() < 0.4:
            segs.append(ch(Ld["pre"]) + sp(lang))
        used = set()
        for i in range(n):
            if i:
                segs.append(sp(lang))
            segs += neg_snippet(lang, used)
        if rnd() < 0.3:
            segs.append(sp(lang) + ch([x for x in Ld["pre"] if x not in segs]))
        return segs
    nitems = 1 if kind == "single" else ch([2, 2, 2, 3])
    if rnd() < 0.5:
        segs.append(ch(Ld["pre"]) + sp(lang))
    if rnd() < 0.5:
        segs.append(ch(Ld["evade"]) + ("" if lang in CJK_JOIN else " "))
    types = [pick_type(lang) for _ in range(nitems)]
    for i, t in enumerate(types):
        if i:
            segs.append(ch(Ld["conn"]))
        segs += item_segments(t, lang)
    if rnd() < 0.6:
        segs.append(ch(Ld["post"]))
    if rnd() < 0.35:
        last = next(x for x in reversed(segs) if not isinstance(x, str) or x)
        last = last if isinstance(last, str) else last[1]
        segs.append(("" if last[-1:] in "。！？，" else "。") if lang in CJK_JOIN else " ")
        segs += neg_snippet(lang)
    return segs


def assemble(segs):
    text, spans, negs = "", [], []
    for s in segs:
        if isinstance(s, str):
            text += s
        elif s[0] == "NEG":
            negs.append({"start": len(text), "end": len(text) + len(s[1]), "kind": s[2], "value": s[1]})
            text += s[1]
        else:
            spans.append({"start": len(text), "end": len(text) + len(s[1]), "type": s[0], "value": s[1],
                          "sub": s[2]})
            text += s[1]
    # tidy doubled spaces / leading spaces without moving offsets: only strip at the ends
    text = strip_outer(text, spans + negs)
    return text, spans, negs


def fix_caps(text):
    return text[:1].upper() + text[1:] if text[:1].isascii() else text


def main():
    langs = ["en", "zh", "es", "de", "pt", "ru"]
    lw = [34, 18, 12, 11, 13, 12]
    kinds = ["negative"] * N_NEG + ["single"] * 200 + ["multi"] * (N_TOTAL - N_NEG - 200)
    random.shuffle(kinds)
    recs = []
    for i, kind in enumerate(kinds):
        while True:
            lang = random.choices(langs, lw)[0]
            segs = build(lang, kind)
            text, spans, negs = assemble(segs)
            if not (20 <= len(text) <= 300):
                continue
            if kind == "multi" and len(spans) < 2:
                continue
            break
        if not any(x["start"] == 0 for x in spans + negs):
            text = fix_caps(text)
        for x in spans + negs:
            assert text[x["start"]:x["end"]] == x["value"], (text, x)
            assert x["value"] == x["value"].strip()
        recs.append({"id": "ev-%05d" % (i + 1), "text": text, "spans": spans, "lang": lang, "kind": kind,
                     "negatives": negs})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    tc, fc = Counter(), Counter()
    for r in recs:
        for s in r["spans"]:
            tc[s["type"]] += 1
            parts = s["sub"].split("|")[0].split(":")
            fc[parts[0] + ":" + parts[1]] += 1
    print("messages", len(recs), Counter(r["kind"] for r in recs), Counter(r["lang"] for r in recs))
    print("types", dict(tc.most_common()))
    for k, v in sorted(fc.items()):
        print("  %-40s %d" % (k, v))


if __name__ == "__main__":
    main()
