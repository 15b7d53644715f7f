#!/usr/bin/env python3
"""Second probe set for the Parley PII detector: DISGUISES and MULTILINGUAL trade chat.

    python3 tools/pii-probe/make_disguised.py OUT.jsonl

Standard library only, random.seed(11). Independent of pii-corpus/generate.py and
tools/pii-probe/make.py: the emphasis here is on disguised PII (digits spelled as
words in en/es/pt/de/ru/zh, Chinese and financial numerals, full-width characters,
zero-width characters, homoglyphs, spaced-out characters, bracketed at/dot words,
words or emoji between groups, numbers split by line breaks) and on multilingual,
code-switched chat with hard look-alikes in the same languages.

Conventions follow pii-corpus/README.md: spans are Unicode code-point offsets
into the original text and cover the whole disguised form (spelled words, zero-
width characters and line breaks inside the value included). Each gold span has
an extra "sub" key (TYPE:variant:disguise) for grouping errors; records whose
disguised values cannot be checked by validate.py (spelled digits, Chinese
numerals, IPs written with words ...) carry "no_checksum": true -- their raw
values were checked here before disguising.
"""
import json
import os
import random
import re
import sys

from probe_common import (BECH, CNW, DIGIT_WORDS, aba_ok, alnum, b58check, b58check_ok, bech_polymod,  # noqa: E402
                          ch, cnid_ok, dg, eip55, hrp_expand, iban_make, luhn_complete, luhn_ok,
                          neg_problem, norm_digits, ssn_ok, verhoeff_ok)

random.seed(11)
R = random


# ============================================================== checksums

def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def verhoeff_fill(p):
    for x in "0123456789":
        if verhoeff_ok(p + x):
            return p + x


NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = re.sub(r"\W", "", s).upper()
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in NINO_BAD


def bech32_v0(prog, hrp="bc"):
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = bech_polymod(hrp_expand(hrp) + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    hrp, data = s.lower().rsplit("1", 1)
    return bech_polymod(hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


ISO_L = {}
_v = 10
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    ISO_L[_c] = _v
    _v += 1


def iso6346_digit(code10):
    s = sum((ISO_L[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code10))
    return s % 11 % 10, s % 11


# ---- replicas of validate.py's checks (to decide no_checksum / reject look-alikes)

def natid_any_ok(v):
    d = alnum(v)
    return (ssn_ok(d) or cnid_ok(d.upper()) or (len(d) == 12 and d.isdigit() and d[0] not in "01" and verhoeff_ok(d))
            or nino_ok(d))


def crypto_ok(s):
    if s.startswith("0x"):
        h = s[2:]
        if not re.fullmatch(r"[0-9a-fA-F]{40}", h):
            return False
        return h == h.lower() or h == h.upper() or eip55(h.lower()) == s
    if s.lower().startswith("bc1"):
        return re.fullmatch(r"[a-z0-9]+", s) is not None and bech32_ok(s)
    return b58check_ok(s)


def ip_ok(s):
    import ipaddress
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def positive_checks(t, v, sub=""):
    """True if validate.py can verify this value as written."""
    if t == "PAYMENT_CARD":
        d = alnum(v)
        return d.isdigit() and 12 <= len(d) <= 19 and luhn_ok(d)
    if t == "IBAN":
        return iban_ok(norm_digits(v))
    if t == "NATIONAL_ID":
        return natid_any_ok(v)
    if t == "CRYPTO_WALLET":
        return crypto_ok(v)
    if t == "IP_ADDRESS":
        return ip_ok(v)
    if t == "EMAIL" and "@" in v and " " not in v:
        local, _, dom = v.partition("@")
        return bool(local) and "." in dom and "@" not in dom
    if t == "BANK_ACCOUNT":
        d = alnum(v)
        if ":aba:" in sub:
            return aba_ok(d)
        return d.isdigit() or re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None
    return True


# ============================================================== disguise helpers

WORDS = DIGIT_WORDS
ZH_NUM = "零一二三四五六七八九"
ZH_FIN = "零壹贰叁肆伍陆柒捌玖"
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "o": "о", "e": "е", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
EMO_SEP = ["📞", "🔥", "⭐", "✨", "★", "♥", "~", "•", "👉"]
BETWEEN = {
    "en": [" then ", " and then ", " ... ", " next ", " + "],
    "es": [" luego ", " y después ", " y ", " sigue "],
    "pt": [" depois ", " e ", " aí ", " em seguida "],
    "de": [" dann ", " und dann ", " weiter ", " danach "],
    "ru": [" потом ", " дальше ", " и ", " затем "],
    "zh": ["然后", " 接着 ", "，后面是", "再加"],
}


def word(lang, d, pt_meia=False, de_zwo=False, en_oh=False):
    if lang == "pt" and d == "6" and pt_meia:
        return "meia"
    if lang == "de" and d == "2" and de_zwo:
        return "zwo"
    if lang == "en" and d == "0" and en_oh:
        return "oh"
    return WORDS[lang][int(d)]


def spell_group(lang, g, style):
    if lang == "zh":
        tbl = ZH_FIN if style.get("fin") else ZH_NUM
        out = ""
        for c in g:
            if not c.isdigit():
                out += c
            elif c == "1" and style.get("yao"):
                out += "幺"
            elif c == "0" and style.get("circ"):
                out += "〇"
            else:
                out += tbl[int(c)]
        return out
    words, i = [], 0
    while i < len(g):
        c = g[i]
        if not c.isdigit():
            words.append(c)
            i += 1
            continue
        if lang == "en" and style.get("double"):
            n = 1
            while i + n < len(g) and g[i + n] == c and n < 3:
                n += 1
            if n >= 2 and R.random() < 0.8:
                words.append(("double " if n == 2 else "triple ") + word(lang, c, en_oh=style.get("oh")))
                i += n
                continue
        words.append(word(lang, c, pt_meia=style.get("meia"), de_zwo=style.get("zwo"), en_oh=style.get("oh")))
        i += 1
    return style.get("wsep", " ").join(words)


def spell_style(lang):
    return {"yao": R.random() < 0.6, "circ": R.random() < 0.4, "fin": False, "double": R.random() < 0.5,
            "oh": R.random() < 0.3, "meia": R.random() < 0.6, "zwo": R.random() < 0.4,
            "wsep": ch([" ", " ", " ", "-"]) if lang != "zh" else ""}


def group_joiner(lang):
    if lang == "zh":
        return ch(["", "", " ", "-", "，"])
    return ch([", ", " - ", "  ", " / ", " "])


def spelled(lang, groups, mixed=False, fin=False):
    """groups: list of digit strings. Returns (text, how)."""
    st = spell_style(lang)
    st["fin"] = fin
    idx = list(range(len(groups)))
    spell_idx = set(idx)
    if mixed and len(groups) >= 2:
        k = R.randint(1, len(groups) - 1)
        spell_idx = set(R.sample(idx, k))
    j = group_joiner(lang)
    parts = [spell_group(lang, g, st) if i in spell_idx else g for i, g in enumerate(groups)]
    if mixed and j == "" and lang == "zh":
        j = " "
    return j.join(parts)


def fullwidth(s, keep_space=False):
    out = []
    for c in s:
        if c == " ":
            out.append(" " if keep_space else "　")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def insert_zw(s, n=None, only_between=None):
    """insert zero-width chars at interior positions (between two non-space chars)."""
    pos = [i for i in range(1, len(s)) if not s[i - 1].isspace() and not s[i].isspace()
           and (only_between is None or (only_between(s[i - 1]) and only_between(s[i])))]
    if not pos:
        return s
    n = n or R.randint(1, 3)
    chosen = sorted(R.sample(pos, min(n, len(pos))), reverse=True)
    z = ch(ZW)
    for p in chosen:
        s = s[:p] + (z if R.random() < 0.7 else ch(ZW)) + s[p:]
    return s


def spaced_chars(groups, gsep=None):
    gsep = gsep or ch([" - ", "  ", " / ", " -- "])
    return gsep.join(" ".join(g) for g in groups)


def homoglyph(s, n=None):
    pos = [i for i, c in enumerate(s) if c in HOMO]
    if not pos:
        return None
    n = n or R.randint(1, min(3, len(pos)))
    for p in R.sample(pos, min(n, len(pos))):
        s = s[:p] + HOMO[s[p]] + s[p + 1:]
    return s


# ============================================================== PII generators
# each returns (value, sub)   where sub = "TYPE:variant:disguise"

DISGUISES_NUM = ["spelled", "mixed", "fullwidth", "zw", "spaced", "between", "linebreak", "emoji", "zhnum"]


def phone_parts(lang):
    """-> (country, prefix, groups, plain_text)"""
    c = {"zh": ["CN", "CN", "CN", "HK"], "es": ["ES", "MX", "AR"], "pt": ["BR", "BR", "PT"], "de": ["DE", "DE", "AT", "CH"],
         "ru": ["RU", "RU", "KZ"], "en": ["US", "UK", "IN", "CN"]}[lang]
    cc = ch(c)
    if R.random() < 0.15:
        cc = ch(["CN", "US", "DE", "BR", "RU", "ES", "MX", "UK"])
    if cc == "CN":
        g = ["1" + ch("3456789") + dg(1), dg(4), dg(4)]
        pre = ch(["", "", "+86", "0086", "86"])
        plain = (pre + " " if pre else "") + ch([" ".join(g), "".join(g), "-".join(g)])
    elif cc == "HK":
        g = [ch("569") + dg(3), dg(4)]
        pre = ch(["+852", "852", ""])
        plain = (pre + " " if pre else "") + " ".join(g)
    elif cc == "ES":
        g = ["6" + dg(2), dg(3), dg(3)]
        pre = ch(["+34", "", "0034"])
        plain = (pre + " " if pre else "") + " ".join(g)
    elif cc == "MX":
        g = [ch(["55", "33", "81"]), dg(4), dg(4)]
        pre = ch(["+52", "+52 1", ""])
        plain = (pre + " " if pre else "") + " ".join(g)
    elif cc == "AR":
        a, b = dg(4), dg(4)
        if R.random() < 0.5:
            pre, g = "+54 9", ["11", a, b]
            plain = "+54 9 11 %s-%s" % (a, b)
        else:
            pre, g = "", ["011", "15", a, b]
            plain = "011 15-%s-%s" % (a, b)
    elif cc == "BR":
        g = [ch(["11", "21", "31", "41", "47", "61"]), "9" + dg(4), dg(4)]
        pre = ch(["+55", "", "+55"])
        plain = (pre + " " if pre else "") + ch(["(%s) %s-%s", "%s %s-%s", "%s %s %s"]) % tuple(g)
    elif cc == "PT":
        g = ["9" + ch("1236") + dg(1), dg(3), dg(3)]
        pre = ch(["+351", ""])
        plain = (pre + " " if pre else "") + " ".join(g)
    elif cc == "DE":
        g = ["15" + ch("12579") if R.random() < 0.5 else "17" + ch("0123456"), dg(7, True)]
        pre = ch(["+49", "0", "+49"])
        if pre == "0":
            g[0] = "0" + g[0]
            plain = ch(["%s %s", "%s/%s", "%s-%s"]) % tuple(g)
            pre = ""
        else:
            plain = pre + " " + " ".join(g)
    elif cc == "AT":
        g = ["6" + ch(["64", "60", "76", "99"]), dg(7, True)]
        pre = "+43"
        plain = pre + " " + " ".join(g)
    elif cc == "CH":
        g = ["7" + ch("6789"), dg(3), dg(2), dg(2)]
        pre = "+41"
        plain = pre + " " + " ".join(g)
    elif cc == "RU":
        g = ["9" + dg(2), dg(3), dg(2), dg(2)]
        pre = ch(["+7", "8", "+7"])
        plain = ch(["%s %s %s-%s-%s", "%s (%s) %s-%s-%s", "%s %s %s %s %s"]) % tuple([pre] + g)
    elif cc == "KZ":
        g = ["7" + ch(["01", "05", "07", "77"]), dg(3), dg(2), dg(2)]
        pre = "+7"
        plain = "+7 %s %s %s %s" % tuple(g)
    elif cc == "US":
        g = [ch("2345678") + dg(2), ch("2345678") + dg(2), dg(4)]
        pre = ch(["+1", "", ""])
        plain = (pre + " " if pre else "") + ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % tuple(g)
    elif cc == "UK":
        g = ["07" + ch("45789") + dg(2), dg(6)]
        pre = ch(["", "+44"])
        if pre:
            g[0] = g[0][1:]
        plain = (pre + " " if pre else "") + " ".join(g)
    else:  # IN
        g = [ch("6789") + dg(4), dg(5)]
        pre = ch(["+91", ""])
        plain = (pre + " " if pre else "") + " ".join(g)
    return cc, pre, g, plain


SPELL_PRE = {"en": {"+": "plus "}, "es": {"+": "más "}, "pt": {"+": "mais "}, "de": {"+": "plus "}, "ru": {"+": "плюс "}}


def gen_phone(lang, disguise):
    cc, pre, g, plain = phone_parts(lang)
    if not disguise:
        return plain, "PHONE:%s:plain" % cc
    opts = ["spelled"] * 4 + ["mixed"] * 3 + ["fullwidth", "zw", "spaced", "between", "linebreak", "emoji"]
    if lang == "zh":
        opts = ["zhnum"] * 6 + ["zhfin"] * 2 + ["zhmixed"] * 3 + ["spelled", "mixed", "fullwidth", "zw", "spaced", "between",
                                                                "linebreak", "emoji"]
    d = ch(opts)
    slang = lang if lang != "zh" else "en"
    if d in ("zhnum", "zhfin", "zhmixed"):
        slang = "zh"
    pre_txt = (pre + " ") if pre else ""
    if d == "spelled":
        body = spelled(slang, g)
        if pre and R.random() < 0.4 and slang in SPELL_PRE and pre.startswith("+"):
            pre_txt = SPELL_PRE[slang]["+"] + spell_group(slang, pre[1:].replace(" ", ""), {"wsep": " "}) + ", "
        v = pre_txt + body
    elif d == "mixed":
        v = pre_txt + spelled(slang, g, mixed=True)
    elif d in ("zhnum", "zhfin"):
        v = (pre_txt if R.random() < 0.5 else "") + spelled("zh", g, fin=(d == "zhfin"))
    elif d == "zhmixed":
        v = (pre_txt if R.random() < 0.5 else "") + spelled("zh", g, mixed=True)
    elif d == "fullwidth":
        v = fullwidth(plain, keep_space=R.random() < 0.5)
    elif d == "zw":
        v = insert_zw(plain, R.randint(2, 4), only_between=str.isdigit)
    elif d == "spaced":
        v = (pre_txt if R.random() < 0.6 else "") + spaced_chars(g)
    elif d == "between":
        bw = BETWEEN[lang]
        parts = [g[0]]
        for x in g[1:]:
            parts.append(ch(bw) + x)
        v = pre_txt + "".join(parts)
    elif d == "linebreak":
        v = pre_txt + "\n".join(g) if R.random() < 0.7 else (pre + "\n" if pre else "") + "\n".join(g)
    else:  # emoji
        e = ch(EMO_SEP)
        v = (pre + e if pre else "") + e.join(g)
    # language tag for spelled ones
    tag = d if d not in ("spelled", "mixed") else "%s-%s" % (d, slang)
    return v, "PHONE:%s:%s" % (cc, tag)


# ---- e-mail
LOCALS = {
    "zh": ["zhangwei", "liu.yang88", "chen_jing", "wanglei2019", "sales.lihua", "huang.min", "zhao_qiang", "export01",
           "yangfan.sz", "sunli", "nbyongda", "gz.caigou"],
    "es": ["maria.gonzalez", "compras.mx", "jlopez", "carlos_ruiz", "ventas2024", "ana.martinez", "importaciones",
           "pedro.sanchez"],
    "pt": ["joao.silva", "vendas.sp", "ana_souza", "compras", "rodrigo.alves", "fernanda.lima", "importacao.br"],
    "de": ["j.mueller", "einkauf", "k.schneider", "thomas.weber", "vertrieb", "s.fischer", "info.lager"],
    "ru": ["ivanov.sergey", "zakupki", "a.petrova", "opt.msk", "dmitry_k", "snab", "olga.smirnova"],
    "en": ["john.carter", "purchasing", "mike_b", "sourcing.team", "emily.wright", "ops"],
}
DOMAINS = {
    "zh": ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "aliyun.com", "139.com", "sohu.com",
           "huaxinled.cn", "dgmould.com.cn", "yiwu-trade.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "outlook.com", "importadora-sol.com.mx", "ferreteriaruiz.es"],
    "pt": ["uol.com.br", "ig.com.br", "gmail.com", "hotmail.com", "distribuidora-alves.com.br", "sapo.pt"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mueller-handel.de", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "optstroy.ru", "gmail.com"],
    "en": ["gmail.com", "outlook.com", "icloud.com", "protonmail.com", "acme-supply.com", "yahoo.com"],
}
BR_AT = [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">"), ("【", "】"), ("（", "）"), ("「", "」"), ("『", "』"),
         ("〔", "〕"), ("«", "»"), ("‹", "›"), ("⟨", "⟩"), ("［", "］"), ("｛", "｝"), ("[[", "]]"), ("((", "))")]
AT_W = {"en": ["at", "AT", "@", "a"], "es": ["arroba", "at", "@"], "pt": ["arroba", "at", "@"], "de": ["at", "ät", "@"],
        "ru": ["собака", "at", "@"], "zh": ["at", "艾特", "@", "圈a"]}
DOT_W = {"en": ["dot", "DOT", ".", "punto"], "es": ["punto", "dot", "."], "pt": ["ponto", "dot", "."],
         "de": ["punkt", "Punkt", "dot", "."], "ru": ["точка", "dot", "."], "zh": ["dot", "点", "."]}


def gen_email(lang, disguise):
    local, dom = ch(LOCALS[lang]), ch(DOMAINS[lang])
    if lang == "zh" and dom == "qq.com" and R.random() < 0.6:
        local = dg(R.randint(8, 10), True)
    if lang == "zh" and dom == "139.com":
        local = "1" + ch("3589") + dg(9)
    if lang == "ru" and R.random() < 0.1:
        local, dom = ch(["продажи", "закупки", "info"]), ch(["завод-сталь.рф", "оптторг.рф"])
    plain = local + "@" + dom
    if not disguise:
        return plain, "EMAIL:%s:plain" % lang
    opts = ["homoglyph", "homoglyph", "zw", "zw", "fullwidth", "bracket", "bracket", "bracket", "spaced", "linebreak",
            "homo+bracket", "zw+bracket"]
    if lang == "zh":
        opts += ["zhwords", "zhdigits-local" if local.isdigit() else "zhwords"]
    d = ch(opts)

    def brk(l, dm, lang=lang):
        a, b = ch(BR_AT)
        at = ch(AT_W[lang])
        sp = ch(["", "", " "])
        if R.random() < 0.5:
            a2, b2 = ch(BR_AT)
        else:
            a2, b2 = a, b
        dot = ch(DOT_W[lang])
        atw = sp + a + at + b + sp
        if R.random() < 0.6:
            dm = dm.replace(".", sp + a2 + dot + b2 + sp)
        return l + atw + dm

    if d == "homoglyph":
        v = homoglyph(plain) or insert_zw(plain)
    elif d == "zw":
        v = insert_zw(plain, R.randint(1, 3))
    elif d == "fullwidth":
        v = fullwidth(plain) if R.random() < 0.6 else fullwidth(local) + "@" + dom if R.random() < 0.5 else local + "＠" + fullwidth(dom)
    elif d == "bracket":
        v = brk(local, dom)
    elif d == "homo+bracket":
        v = brk(homoglyph(local) or local, homoglyph(dom) or dom)
    elif d == "zw+bracket":
        v = brk(insert_zw(local, 1), dom)
    elif d == "spaced":
        v = " ".join(plain) if R.random() < 0.5 else " ".join(local) + " @ " + " ".join(dom)
    elif d == "linebreak":
        v = local + "@\n" + dom if R.random() < 0.5 else local + "\n@" + dom
    elif d == "zhwords":
        v = local + ch([" 艾特 ", "艾特", " 圈a ", "#"]) + dom.replace(".", ch([" 点 ", "点"]))
        if "#" in v:
            v = local + " 艾特 " + dom.replace(".", " 点 ")
    else:  # zh numerals in QQ-number local part
        v = spelled("zh", [local]) + ch(["@", "＠", " at "]) + dom
    return v, "EMAIL:%s:%s" % (lang, d)


# ---- URL
URLS = {
    "zh": ["https://detail.1688.com/offer/%s.html" % "{N12}", "https://item.taobao.com/item.htm?id={N12}",
           "www.huaxin-led.cn/products/panel", "https://pan.baidu.com/s/1{R22}", "https://v.douyin.com/{R7}/",
           "shop{N6}.1688.com", "https://www.made-in-china.com/showroom/{R8}", "dgmould.com.cn"],
    "es": ["https://www.mercadolibre.com.mx/p/MLM{N8}", "www.ferreteriaruiz.es/catalogo", "https://importadora-sol.com.mx",
           "https://wa.me/c/{N11}", "https://drive.google.com/file/d/{R28}/view", "instagram.com/{R8}"],
    "pt": ["https://produto.mercadolivre.com.br/MLB-{N10}", "www.distribuidora-alves.com.br/loja", "https://shopee.com.br/{R8}",
           "instagram.com/{R8}.oficial", "https://drive.google.com/drive/folders/{R28}"],
    "de": ["https://www.mueller-handel.de/katalog.pdf", "www.amazon.de/dp/B0{R8U}", "https://www.ebay.de/itm/{N12}",
           "https://wetransfer.com/downloads/{H32}", "https://www.dropbox.com/s/{R15}/preisliste.xlsx"],
    "ru": ["https://www.avito.ru/moskva/{N10}", "https://www.wildberries.ru/catalog/{N8}/detail.aspx",
           "https://vk.com/{R8}", "https://disk.yandex.ru/d/{R14}", "optstroy.ru/price", "https://ozon.ru/t/{R7}"],
    "en": ["https://www.alibaba.com/product-detail/{R12}_{N11}.html", "www.acme-supply.com/rfq", "bit.ly/{R7}",
           "https://docs.google.com/spreadsheets/d/{R28}/edit", "https://www.facebook.com/{R10}"],
}
ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def fill_url(t):
    def rep(m):
        k = m.group(1)
        if k.startswith("N"):
            return dg(int(k[1:]), True)
        if k.startswith("H"):
            return "".join(R.choice("0123456789abcdef") for _ in range(int(k[1:])))
        if k.endswith("U"):
            return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(int(k[1:-1])))
        return "".join(R.choice(ALNUM) for _ in range(int(k[1:])))
    return re.sub(r"\{([NRH]\d+U?)\}", rep, t)


def gen_url(lang, disguise):
    u = fill_url(ch(URLS[lang]))
    if not disguise:
        return u, "URL:%s:plain" % lang
    d = ch(["dotword", "dotword", "bracketdot", "homoglyph", "zw", "fullwidth", "spaced-host", "hxxp"])
    if d == "dotword":
        m = re.match(r"(https?://)?([^/]+)(.*)", u)
        host = m.group(2).replace(".", ch([" dot ", " DOT ", " punto ", " точка ", " 点 ", " ponto ", " Punkt "]))
        v = host + m.group(3)
    elif d == "bracketdot":
        a, b = ch(BR_AT)
        m = re.match(r"(https?://)?([^/]+)(.*)", u)
        v = (m.group(1) or "") + m.group(2).replace(".", a + ch([".", "dot", "点"]) + b) + m.group(3)
    elif d == "homoglyph":
        m = re.match(r"(https?://)?([^/]+)(.*)", u)
        h = homoglyph(m.group(2))
        v = (m.group(1) or "") + (h or insert_zw(m.group(2))) + m.group(3)
    elif d == "zw":
        v = insert_zw(u, R.randint(1, 3))
    elif d == "fullwidth":
        v = fullwidth(u)
    elif d == "spaced-host":
        m = re.match(r"(https?://)?([^/]+)(.*)", u)
        v = m.group(2).replace(".", " . ") + m.group(3)
    else:
        v = re.sub(r"^http", "hxxp", u) if u.startswith("http") else "hxxps://" + u
    return v, "URL:%s:%s" % (lang, d)


# ---- messenger handles
def wechat_id():
    k = R.random()
    if k < 0.25:
        return "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    base = ch(["lily", "tony", "amy", "kevin", "cindy", "jason", "coco", "leo", "zhang", "wang", "hx", "yiwu", "dg"])
    return base + ch(["_", "", "-", ""]) + ch(["led", "trade", "sz", "gz", "", "mold", "pack"]) + dg(R.randint(2, 5))


def tg_name():
    return ch(["ivan", "opt", "sergey", "olga", "snab", "china", "cargo", "dmitry", "maria", "pedro"]) + \
        ch(["_", "", "_"]) + ch(["opt", "msk", "cargo", "trade", "spb", "buy", "mx", "br"]) + (dg(2) if R.random() < 0.5 else "")


HANDLE_LEADS = {
    "wechat": {"zh": ["加我微信 ", "微信号：", "V信：", "vx：", "薇信 ", "威信：", "微 信 ", "wx："],
               "en": ["WeChat: ", "add my wechat ", "w e c h a t: ", "wеchat ", "W.e.C.h.a.t -> "],
               "es": ["mi WeChat es ", "agrégame en WeChat: "], "pt": ["meu WeChat: "], "de": ["WeChat-ID: "],
               "ru": ["вичат: ", "мой WeChat ", "вэйчат "]},
    "qq": {"zh": ["QQ：", "扣扣 ", "企鹅号：", "Q Q：", "加我QQ "], "en": ["QQ ", "my Q.Q "]},
    "telegram": {"ru": ["телега ", "пишите в телеграм ", "тг: ", "Telegram: ", "ТГ "],
                 "en": ["telegram ", "TG: ", "t e l e g r a m: "], "es": ["mi Telegram ", "escríbeme por Telegram: "],
                 "pt": ["me chama no Telegram ", "Telegram: "], "de": ["Telegram: "], "zh": ["电报 ", "TG："]},
    "skype": {"en": ["skype ", "Skype: "], "de": ["Skype: "], "ru": ["скайп ", "Skype: "], "es": ["Skype: "],
              "pt": ["Skype: "], "zh": ["Skype："]},
    "line": {"en": ["LINE: ", "line id "], "zh": ["Line："]},
}


def gen_handle(lang, disguise):
    kinds = {"zh": ["wechat", "wechat", "wechat", "qq", "qq", "telegram"], "ru": ["telegram", "telegram", "wechat", "skype"],
             "en": ["wechat", "telegram", "skype", "line", "qq"], "es": ["telegram", "wechat", "skype"],
             "pt": ["telegram", "wechat", "skype"], "de": ["wechat", "telegram", "skype"]}[lang]
    k = ch(kinds)
    lead = ch(HANDLE_LEADS[k].get(lang) or HANDLE_LEADS[k]["en"])
    if k == "wechat":
        v = wechat_id()
    elif k == "qq":
        v = dg(R.randint(6, 10), True)
    elif k == "telegram":
        n = tg_name()
        v = ch(["@" + n, "@" + n, "t.me/" + n, "https://t.me/" + n])
    elif k == "skype":
        v = ch(["live:." + "cid." + "".join(R.choice("0123456789abcdef") for _ in range(16)),
                "live:" + tg_name().replace("_", "."), tg_name().replace("_", ".") + "_skype"])
    else:
        v = ch(["kenji", "somchai", "nattaya", "mai"]) + ch([".", "_", ""]) + dg(4)
    # app-name disguise alone counts as disguise when lead is odd
    lead_disguised = any(x in lead for x in ["V信", "薇", "威信", "微 信", "w e c", "wеchat", "W.e", "扣扣", "企鹅", "Q Q", "Q.Q",
                                               "t e l", "телега", "вичат", "вэйчат", "тг", "ТГ", "电报", "vx", "wx"])
    d = "plain"
    if disguise:
        opts = ["zw", "fullwidth", "spaced"]
        if k == "qq":
            opts += ["zhnum", "zhnum", "spelled-en"]
        if k == "telegram" and v.startswith("@"):
            opts += ["fw-at"]
        if k == "telegram" and "t.me" in v:
            opts += ["tme-dot"]
        if k == "wechat":
            opts += ["homoglyph"]
        d = ch(opts)
        if d == "zw":
            v = insert_zw(v, R.randint(1, 2))
        elif d == "fullwidth":
            v = fullwidth(v)
        elif d == "spaced":
            v = " ".join(v)
        elif d == "zhnum":
            v = spelled("zh", [v])
        elif d == "spelled-en":
            v = spell_group("en", v, {"wsep": " "})
        elif d == "fw-at":
            v = "＠" + v[1:]
        elif d == "tme-dot":
            v = v.replace("t.me", ch(["t . me", "t[.]me", "t dot me"]))
        elif d == "homoglyph":
            v = homoglyph(v) or insert_zw(v)
    elif lead_disguised:
        d = "appname"
    return lead, v, "HANDLE:%s:%s" % (k, d)


# ---- cards
def card_digits():
    k = ch(["visa", "visa", "mc", "mc2", "amex", "unionpay", "unionpay19", "mir", "elo", "discover", "jcb"])
    if k == "visa":
        d = luhn_complete("4" + dg(14))
    elif k == "mc":
        d = luhn_complete("5" + ch("12345") + dg(13))
    elif k == "mc2":
        d = luhn_complete("22" + ch("3456") + dg(12))
    elif k == "amex":
        d = luhn_complete("3" + ch("47") + dg(12))
    elif k == "unionpay":
        d = luhn_complete("62" + ch(["2202", "2848", "1700", "1226"]) + dg(9))
    elif k == "unionpay19":
        d = luhn_complete("62" + ch(["1483", "1700", "2848"]) + dg(12))
    elif k == "mir":
        d = luhn_complete("220" + ch("01234") + dg(11))
    elif k == "elo":
        d = luhn_complete(ch(["636368", "504175", "438935"]) + dg(9))
    elif k == "discover":
        d = luhn_complete("6011" + dg(11))
    else:
        d = luhn_complete("35" + ch(["28", "60", "89"]) + dg(11))
    assert luhn_ok(d)
    if k == "amex":
        g = [d[:4], d[4:10], d[10:]]
    elif len(d) == 19:
        g = [d[:4], d[4:8], d[8:12], d[12:16], d[16:]] if R.random() < 0.5 else [d[:6], d[6:]]
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    return k, d, g


def gen_card(lang, disguise):
    k, d, g = card_digits()
    plain = ch([" ", " ", "-", ""]).join(g)
    if not disguise:
        return plain, "CARD:%s:plain" % k
    opts = ["spelled", "mixed", "fullwidth", "zw", "spaced", "between", "linebreak", "emoji"]
    if lang == "zh":
        opts += ["zhnum", "zhnum"]
    dd = ch(opts)
    slang = lang if lang != "zh" else "en"
    if dd == "spelled":
        v = spelled(slang, g)
    elif dd == "mixed":
        v = spelled(slang, g, mixed=True)
    elif dd == "zhnum":
        v = spelled("zh", g, mixed=R.random() < 0.3)
        slang = "zh"
    elif dd == "fullwidth":
        v = fullwidth(" ".join(g), keep_space=R.random() < 0.5)
    elif dd == "zw":
        v = insert_zw(ch([" ", ""]).join(g), R.randint(2, 4), only_between=str.isdigit)
    elif dd == "spaced":
        v = spaced_chars(g)
    elif dd == "between":
        v = g[0] + "".join(ch(BETWEEN[lang]) + x for x in g[1:])
    elif dd == "linebreak":
        v = "\n".join(g) if R.random() < 0.5 else " ".join(g[:2]) + "\n" + " ".join(g[2:])
    else:
        v = ch(EMO_SEP).join(g)
    tag = dd if dd not in ("spelled", "mixed") else "%s-%s" % (dd, slang)
    return v, "CARD:%s:%s" % (k, tag)


# ---- IBAN
IBAN_FMT = {"DE": lambda: dg(8) + dg(10), "ES": lambda: dg(20), "PT": lambda: dg(21),
            "BR": lambda: dg(8) + dg(5) + dg(10) + ch("CP") + ch("123"), "FR": lambda: dg(10) + dg(11) + dg(2),
            "IT": lambda: ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + dg(10) + dg(12), "NL": lambda: ch(["ABNA", "INGB", "RABO"]) + dg(10),
            "GB": lambda: ch(["NWBK", "BARC", "HBUK"]) + dg(14), "AT": lambda: dg(16), "CH": lambda: dg(17),
            "PL": lambda: dg(24), "BE": lambda: dg(12), "RU": lambda: "04" + dg(7) + dg(5) + dg(15)}
IBAN_LEN = {"DE": 22, "ES": 24, "PT": 25, "BR": 29, "FR": 27, "IT": 27, "NL": 18, "GB": 22, "AT": 20, "CH": 21,
            "PL": 28, "BE": 16, "RU": 33}
IBAN_BY_LANG = {"de": ["DE", "DE", "AT", "CH"], "es": ["ES", "ES", "FR", "IT"], "pt": ["PT", "BR", "BR"],
                "ru": ["RU", "DE", "PL"], "zh": ["DE", "GB", "NL", "FR"], "en": ["GB", "NL", "BE", "IT"]}


def gen_iban(lang, disguise):
    cc = ch(IBAN_BY_LANG[lang])
    raw = iban_make(cc, IBAN_FMT[cc]())
    assert len(raw) == IBAN_LEN[cc] and iban_ok(raw), (cc, raw)
    g = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    plain = " ".join(g) if R.random() < 0.6 else raw
    if not disguise:
        return plain, "IBAN:%s:plain" % cc
    d = ch(["fullwidth", "zw", "linebreak", "lower", "dash", "spaced", "dot"])
    if d == "fullwidth":
        v = fullwidth(plain, keep_space=R.random() < 0.5)
    elif d == "zw":
        v = insert_zw(plain, R.randint(2, 3))
    elif d == "linebreak":
        k = R.randint(2, len(g) - 2)
        v = " ".join(g[:k]) + "\n" + " ".join(g[k:])
    elif d == "lower":
        v = plain.lower()
    elif d == "dash":
        v = "-".join(g)
    elif d == "dot":
        v = ".".join(g)
    else:
        v = spaced_chars(g, "  ")
    return v, "IBAN:%s:%s" % (cc, d)


# ---- bank account / SWIFT / ABA
ACCT_LEADS = {"zh": ["收款账号：", "公司账号 ", "银行账号：", "对公账户 "],
              "en": ["A/C No. ", "account number ", "Beneficiary account: "],
              "es": ["número de cuenta ", "cuenta bancaria n.º ", "CLABE "],
              "pt": ["conta corrente ", "número da conta "],
              "de": ["Kontonummer ", "Konto-Nr. "],
              "ru": ["р/с ", "расчётный счёт ", "номер счёта "]}
SWIFT_LEADS = {"zh": ["SWIFT：", "银行SWIFT代码 "], "en": ["SWIFT ", "BIC: "], "es": ["código SWIFT ", "BIC "],
               "pt": ["código SWIFT ", "SWIFT/BIC "], "de": ["BIC: ", "SWIFT-Code "], "ru": ["SWIFT: ", "SWIFT-код "]}
ABA_LEADS = {"en": ["routing number ", "ABA "], "es": ["número ABA ", "routing number (ABA) "], "pt": ["routing number "],
             "de": ["ABA-Routing-Nummer "], "ru": ["ABA routing "], "zh": ["美国账户 routing number "]}
BIC_CC = {"zh": "CN", "en": "US", "es": "ES", "pt": "BR", "de": "DE", "ru": "RU"}


def acct_digits(lang):
    while True:
        if lang == "ru":
            d = "40702810" + dg(12)
        elif lang == "es" and R.random() < 0.5:
            d = "0" + dg(17)  # CLABE-like 18 digits
        elif lang == "zh":
            d = ch(["3", "4", "1", "7"]) + dg(ch([13, 14, 15, 16, 17]))
        else:
            d = dg(R.randint(8, 12), True)
        if not neg_problem(d):  # keep bank accounts from looking like cards / IDs / ABA
            return d


def gen_bank(lang, disguise):
    k = ch(["acct", "acct", "acct", "swift", "swift", "aba"])
    if k == "aba" and lang not in ("en", "es") and R.random() < 0.6:
        k = "acct"
    if k == "acct":
        lead = ch(ACCT_LEADS[lang])
        if lead.startswith("CLABE"):
            while True:
                d = "0" + dg(17)
                if not neg_problem(d):
                    break
        else:
            d = acct_digits(lang)
        if lang == "pt":
            plain = d[:-1] + "-" + d[-1]
        elif len(d) > 12 and R.random() < 0.5:
            plain = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        else:
            plain = d
        g = plain.replace("-", " ").split()
    elif k == "swift":
        lead = ch(SWIFT_LEADS[lang])
        cc = BIC_CC[lang] if R.random() < 0.7 else ch(["CN", "DE", "HK", "US", "ES", "BR"])
        plain = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + cc + \
            ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + ch(["", "", "XXX", dg(3)])
        g = [plain[:4], plain[4:6], plain[6:8], plain[8:]] if len(plain) > 8 else [plain[:4], plain[4:6], plain[6:]]
        d = plain
    else:
        lead = ch(ABA_LEADS[lang])
        while True:
            d = ch(["0", "1", "2", "3"]) + dg(7)
            if d[:2] in [("%02d" % i) for i in list(range(1, 13)) + list(range(21, 33))]:
                for c in "0123456789":
                    if aba_ok(d + c):
                        d = d + c
                        break
                if len(d) == 9:
                    break
        plain = d
        g = [d[:3], d[3:6], d[6:]]
    if not disguise:
        return lead, plain, "BANK:%s:plain" % k
    opts = ["fullwidth", "zw", "spaced"]
    if k != "swift":
        opts += ["spelled", "mixed"] + (["zhnum"] if lang == "zh" else [])
    else:
        opts += ["lower"]
    dd = ch(opts)
    slang = lang if lang != "zh" else "en"
    if dd == "fullwidth":
        v = fullwidth(plain, keep_space=True)
    elif dd == "zw":
        v = insert_zw(plain, R.randint(1, 3))
    elif dd == "spaced":
        v = spaced_chars(g, "  ")
    elif dd == "spelled":
        v = spelled(slang, g)
    elif dd == "mixed":
        v = spelled(slang, g, mixed=True) if len(g) > 1 else spelled(slang, [g[0][:len(g[0]) // 2], g[0][len(g[0]) // 2:]], mixed=True)
    elif dd == "zhnum":
        v = spelled("zh", g)
        slang = "zh"
    else:
        v = plain.lower()
    tag = dd if dd not in ("spelled", "mixed") else "%s-%s" % (dd, slang)
    return lead, v, "BANK:%s:%s" % (k, tag)


# ---- national IDs
CN_REGIONS = ["110105", "310115", "440305", "330203", "320582", "350203", "510107", "420106", "370202", "441900"]


def cnid():
    while True:
        y, m, dd = R.randint(1965, 2002), R.randint(1, 12), R.randint(1, 28)
        f17 = ch(CN_REGIONS) + "%04d%02d%02d" % (y, m, dd) + dg(3)
        s = f17 + "10X98765432"[sum(int(a) * b for a, b in zip(f17, CNW)) % 11]
        if cnid_ok(s):
            return s


def ssn():
    while True:
        d = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(d):
            return d


def aadhaar():
    while True:
        d = verhoeff_fill(ch("23456789") + dg(10))
        if verhoeff_ok(d):
            return d


def nino():
    L1, L2 = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = ch(L1) + ch(L2)
        if p not in NINO_BAD:
            return p + dg(6) + ch("ABCD")


ID_LEADS = {
    "cnid": {"zh": ["身份证号：", "收件人身份证 ", "清关要身份证号码，", "我的身份证是"], "en": ["consignee ID no. ", "Chinese ID card "],
             "ru": ["номер ID получателя (身份证) ", "ID получателя "], "es": ["cédula china del destinatario: "],
             "pt": ["RG chinês do destinatário: "], "de": ["chinesische ID-Nummer des Empfängers: "]},
    "ssn": {"en": ["SSN ", "my social security number is ", "SSN for the W-9: "], "es": ["mi número de seguro social (SSN) es ", "SSN: "],
            "pt": ["meu SSN é "], "de": ["SSN: "], "ru": ["SSN: "], "zh": ["美国社保号 SSN "]},
    "aadhaar": {"en": ["Aadhaar no. ", "my aadhaar is "], "de": ["Aadhaar-Nummer "], "es": ["Aadhaar: "], "pt": ["Aadhaar "],
                "ru": ["Aadhaar "], "zh": ["印度身份证号 Aadhaar "]},
    "nino": {"en": ["NI number ", "National Insurance no. "], "de": ["britische NI-Nummer "], "es": ["NINO: "],
             "pt": ["NINO "], "ru": ["NI number "], "zh": ["英国NI号码 "]},
}


def gen_natid(lang, disguise):
    w = {"zh": ["cnid"] * 6 + ["ssn"], "en": ["ssn", "ssn", "aadhaar", "nino", "cnid"], "es": ["ssn", "cnid", "nino"],
         "pt": ["cnid", "ssn", "aadhaar"], "de": ["nino", "cnid", "aadhaar"], "ru": ["cnid", "ssn", "nino"]}[lang]
    k = ch(w)
    lead = ch(ID_LEADS[k].get(lang) or ID_LEADS[k]["en"])
    if k == "cnid":
        raw = cnid()
        g = [raw[:6], raw[6:14], raw[14:]]
        plain = ch([raw, raw, " ".join(g)])
    elif k == "ssn":
        raw = ssn()
        g = [raw[:3], raw[3:5], raw[5:]]
        plain = ch(["-".join(g), "-".join(g), " ".join(g)])
    elif k == "aadhaar":
        raw = aadhaar()
        g = [raw[:4], raw[4:8], raw[8:]]
        plain = ch([" ".join(g), "-".join(g), raw])
    else:
        raw = nino()
        g = [raw[:2], raw[2:4], raw[4:6], raw[6:8], raw[8]]
        plain = ch([" ".join(g), raw])
    if not disguise:
        return lead, plain, "NATID:%s:plain" % k
    opts = ["fullwidth", "zw", "spaced"]
    if k == "cnid":
        opts += ["zhnum", "zhnum", "zhfin", "linebreak"]
    if k in ("ssn", "aadhaar"):
        opts += ["spelled", "mixed"]
    if k == "nino":
        opts += ["lower"]
    d = ch(opts)
    slang = lang if lang != "zh" else "en"
    if d == "fullwidth":
        v = fullwidth(plain, keep_space=True)
    elif d == "zw":
        v = insert_zw(plain, R.randint(2, 3))
    elif d == "spaced":
        v = spaced_chars(g, "  ")
    elif d in ("zhnum", "zhfin"):
        v = spelled("zh", [raw[:17]], fin=(d == "zhfin")) + (raw[17] if raw[17] == "X" else spelled("zh", [raw[17]], fin=(d == "zhfin")))
        slang = "zh"
    elif d == "linebreak":
        v = g[0] + "\n" + g[1] + g[2]
    elif d == "spelled":
        v = spelled(slang, g)
    elif d == "mixed":
        v = spelled(slang, g, mixed=True)
    else:
        v = plain.lower()
    tag = d if d not in ("spelled", "mixed") else "%s-%s" % (d, slang)
    return lead, v, "NATID:%s:%s" % (k, tag)


# ---- IP
IP_LEADS = {"zh": ["服务器IP ", "请把这个IP加白名单：", "ERP登录IP是", "摄像头IP "], "en": ["server IP ", "whitelist ", "the NVR is on "],
            "es": ["la IP del servidor es ", "IP fija: "], "pt": ["IP do servidor ", "IP fixo: "],
            "de": ["Server-IP: ", "bitte freigeben: "], "ru": ["IP сервера ", "добавьте в белый список "]}


def ipv4():
    a = ch([ch(["47", "39", "120", "121", "185", "91", "77", "203", "58"]), str(R.randint(11, 223))])
    return "%s.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    h = lambda: "%x" % R.randint(1, 0xffff)
    k = R.random()
    if k < 0.4:
        return "2001:db8:%s:%s::%s" % (h(), h(), h())
    if k < 0.7:
        return "240e:%s:%s:%s:%s:%s:%s:%s" % tuple(h() for _ in range(7))
    return "fe80::%s:%s:%s:%s" % tuple(h() for _ in range(4))


def gen_ip(lang, disguise):
    lead = ch(IP_LEADS[lang])
    v6 = R.random() < 0.3
    ip = ipv6() if v6 else ipv4()
    assert ip_ok(ip)
    if not disguise:
        return lead, ip, "IP:%s:plain" % ("v6" if v6 else "v4")
    opts = ["fullwidth", "zw"] + ([] if v6 else ["dotword", "spaced-dots"])
    d = ch(opts)
    if d == "fullwidth":
        v = fullwidth(ip)
    elif d == "zw":
        v = insert_zw(ip, 2)
    elif d == "dotword":
        v = ip.replace(".", ch([" dot ", " 点 ", " точка ", " punto ", "[.]", "(dot)"]))
    else:
        v = ip.replace(".", " . ")
    return lead, v, "IP:%s:%s" % ("v6" if v6 else "v4", d)


# ---- crypto
CRYPTO_LEADS = {"eth": {"zh": ["USDT收款地址（ERC20）：", "ETH钱包 "], "en": ["USDT ERC20: ", "my ETH wallet "], "es": ["mi wallet ERC20 "],
                        "pt": ["carteira USDT (ERC20) "], "de": ["Wallet (ERC20): "], "ru": ["кошелёк USDT ERC20: ", "адрес ETH "]},
                "btc": {"zh": ["比特币地址 ", "BTC收款地址："], "en": ["BTC address ", "send BTC to "], "es": ["dirección BTC "],
                        "pt": ["endereço BTC "], "de": ["BTC-Adresse: "], "ru": ["BTC кошелёк "]},
                "tron": {"zh": ["USDT地址（TRC20）："], "ru": ["USDT TRC20: ", "кошелёк TRC20 "], "en": ["USDT TRC20 "],
                         "es": ["USDT (TRC20) "], "pt": ["USDT TRC20 "], "de": ["USDT TRC20: "]}}


def gen_crypto(lang, disguise):
    k = ch(["eth", "eth", "btc", "btc", "tron"]) if lang in ("zh", "ru") else ch(["eth", "btc", "btc", "eth"])
    lead = ch(CRYPTO_LEADS[k].get(lang) or CRYPTO_LEADS[k]["en"])
    if k == "eth":
        hx = "".join(R.choice("0123456789abcdef") for _ in range(40))
        v0 = eip55(hx) if R.random() < 0.6 else "0x" + hx
        variant = "eth"
    elif k == "btc":
        kk = ch(["p2pkh", "p2sh", "bech32"])
        pay = bytes(R.randint(0, 255) for _ in range(20))
        v0 = b58check(0 if kk == "p2pkh" else 5, pay) if kk != "bech32" else bech32_v0(pay)
        variant = kk
    else:
        v0 = b58check(0x41, bytes(R.randint(0, 255) for _ in range(20)))
        variant = "tron"
    assert crypto_ok(v0), v0
    if not disguise:
        return lead, v0, "CRYPTO:%s:plain" % variant
    d = ch(["zw", "linebreak", "grouped"])
    if d == "zw":
        v = insert_zw(v0, R.randint(1, 3))
    elif d == "linebreak":
        m = len(v0) // 2
        v = v0[:m] + "\n" + v0[m:]
    else:
        if v0.startswith("0x"):
            v = "0x" + " ".join(v0[i:i + 4] for i in range(2, len(v0), 4))
        else:
            v = " ".join(v0[i:i + 4] for i in range(0, len(v0), 4))
    return lead, v, "CRYPTO:%s:%s" % (variant, d)


# ---- postal addresses
def addr(lang):
    k = {"zh": ["cn_zh", "cn_zh", "cn_en"], "es": ["es", "mx"], "pt": ["br", "pt"], "de": ["de", "at"], "ru": ["ru", "ru"],
         "en": ["us", "uk", "cn_en"]}[lang]
    k = ch(k)
    if k == "cn_zh":
        prov = ch([("广东省", "深圳市", "南山区"), ("浙江省", "宁波市", "鄞州区"), ("浙江省", "义乌市", "稠城街道"),
                   ("江苏省", "苏州市", "工业园区"), ("广东省", "东莞市", "长安镇")])
        road = ch(["科技南十二路", "中山东路", "宾王路", "星湖街", "振安中路"])
        s = "%s%s%s%s%d号%s" % (prov[0], prov[1], prov[2], road, R.randint(1, 388),
                              ch(["", "%d栋%d室" % (R.randint(1, 12), R.randint(101, 1808)), "%s大厦%d楼" % (ch(["长虹", "华润", "东方"]), R.randint(2, 30))]))
        if R.random() < 0.3:
            s = ch(["中国", ""]) + s
    elif k == "cn_en":
        s = "Room %d, No. %d %s Road, %s District, %s, %s %s, China" % (
            R.randint(101, 2208), R.randint(1, 300), ch(["Keji South 12th", "Zhongshan East", "Binwang", "Xinghu"]),
            ch(["Nanshan", "Yinzhou", "Changan"]), ch(["Shenzhen", "Ningbo", "Dongguan"]), ch(["Guangdong", "Zhejiang"]), dg(6, True))
    elif k == "es":
        s = "%s %s %d, %s, %s %s" % (ch(["Calle", "Avenida", "C/"]), ch(["de Alcalá", "Gran Vía", "del Comercio", "Mayor"]),
                                     R.randint(1, 250), ch(["3º B", "bajo", "2º izq.", "nave 4"]), "28" + dg(3), ch(["Madrid", "Getafe"]))
    elif k == "mx":
        s = "Av. %s %d, Col. %s, %s C.P. %s, %s" % (ch(["Insurgentes Sur", "Vallarta", "Constitución"]), R.randint(10, 3000),
                                                  ch(["Del Valle", "Centro", "Industrial"]), ch(["CDMX,", "Guadalajara, Jal.,", "Monterrey, N.L.,"]),
                                                  dg(5, True), "México")
    elif k == "br":
        s = "%s %s, %d - %s, %s - %s, %s-%s" % (ch(["Rua", "Av.", "Avenida"]), ch(["Augusta", "Paulista", "das Indústrias", "XV de Novembro"]),
                                                R.randint(10, 3000), ch(["Consolação", "Bela Vista", "Centro", "Distrito Industrial"]),
                                                ch(["São Paulo", "Curitiba", "Joinville"]), ch(["SP", "PR", "SC"]), dg(5, True), dg(3))
    elif k == "pt":
        s = "Rua %s, %d, %s-%s %s" % (ch(["de Santa Catarina", "Augusta", "do Almada"]), R.randint(1, 300), dg(4, True), dg(3),
                                      ch(["Porto", "Lisboa"]))
    elif k == "de":
        s = "%s %d%s, %s %s" % (ch(["Industriestraße", "Hauptstr.", "Am Hafen", "Gewerbering"]), R.randint(1, 180), ch(["", "a", ""]),
                                dg(5, True), ch(["Stuttgart", "Hamburg", "Köln", "Leipzig"]))
    elif k == "at":
        s = "%s %d, %s %s" % (ch(["Mariahilfer Straße", "Industriezeile"]), R.randint(1, 120), "1" + dg(3), ch(["Wien", "Linz"]))
    elif k == "ru":
        s = "%s, %s %s, д. %d%s, %s" % (dg(6, True) if R.random() < 0.5 else "г. " + ch(["Москва", "Казань", "Новосибирск"]),
                                       ch(["ул.", "пр-т", "ул."]), ch(["Ленина", "Мира", "Профсоюзная", "Складская"]), R.randint(1, 150),
                                       ch(["", ", кв. %d" % R.randint(1, 200), ", офис %d" % R.randint(1, 500), ", стр. 2"]),
                                       ch(["Москва", "Россия", "г. Екатеринбург", "Московская обл."]))
    elif k == "us":
        s = "%d %s %s, %s, %s %s" % (R.randint(10, 9999), ch(["W Lincoln", "Industrial", "Commerce", "Oak"]), ch(["Ave", "Blvd", "St", "Dr"]),
                                     ch(["Anaheim", "Houston", "Columbus"]), ch(["CA", "TX", "OH"]), dg(5, True))
    else:
        s = "Unit %d, %d %s, %s %s" % (R.randint(1, 30), R.randint(1, 200), ch(["King Street", "Trafford Park Road", "Mill Lane"]),
                                       ch(["Manchester", "Leeds", "Bristol"]), ch(["M17 1", "LS11 5", "BS2 0"]) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ"))
    return k, s


def gen_addr(lang, disguise):
    k, s = addr(lang)
    if not disguise:
        return s, "ADDR:%s:plain" % k
    d = ch(["linebreak", "linebreak", "fullwidth-digits"])
    if d == "linebreak":
        if k == "cn_zh":
            # break after the district
            m = re.search(r"(区|街道|镇)", s)
            v = s[:m.end()] + "\n" + s[m.end():] if m else s
        else:
            parts = s.split(", ")
            if len(parts) >= 3:
                i = R.randint(1, len(parts) - 1)
                v = ", ".join(parts[:i]) + "\n" + ", ".join(parts[i:])
            else:
                v = s.replace(", ", "\n", 1)
    else:
        v = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
    return v, "ADDR:%s:%s" % (k, d)


# ============================================================== leads for simple types
LEADS = {
    "PHONE": {"zh": ["我的手机号是", "电话：", "微信同号：", "有急事打我电话 ", "联系电话 ", "WhatsApp：", "直接打给我吧，", "我们业务员手机 "],
              "en": ["my whatsapp: ", "call me on ", "Mobile ", "text me at ", "reach our sales on ", "my number is "],
              "es": ["mi celular es ", "llámame al ", "mi WhatsApp: ", "escríbeme al ", "teléfono de la oficina: ", "mi número: "],
              "pt": ["meu zap é ", "me liga no ", "WhatsApp: ", "celular: ", "chama no whats ", "minha chave PIX é o celular "],
              "de": ["meine Handynummer: ", "rufen Sie mich an unter ", "Tel.: ", "WhatsApp: ", "erreichbar unter ", "mobil "],
              "ru": ["мой номер ", "звоните: ", "WhatsApp/Viber: ", "телефон менеджера ", "пишите в вотсап ", "моб. "]},
    "EMAIL": {"zh": ["邮箱：", "请把报价单发到我邮箱 ", "我的邮箱是", "发邮件到 ", "E-mail：", "图纸发这个邮箱 "],
              "en": ["email me at ", "send the PI to ", "my mail: ", "cc ", "reply to "],
              "es": ["mi correo es ", "envíame la cotización a ", "correo: ", "mándalo a ", "escribe a "],
              "pt": ["meu e-mail: ", "manda o orçamento pro ", "e-mail ", "envie a proforma para ", "minha chave PIX é o e-mail "],
              "de": ["meine E-Mail: ", "bitte das Angebot an ", "Mail: ", "schicken Sie die Zeichnung an ", "Kontakt per E-Mail: "],
              "ru": ["почта: ", "пришлите счёт на ", "мой e-mail ", "пишите на почту ", "эл. почта: "]},
    "URL": {"zh": ["看看我们官网 ", "链接：", "产品视频在这里 ", "我们的店铺 ", "网盘链接 ", "详细参数见 "],
            "en": ["check our site ", "catalog here: ", "video: ", "see the listing "],
            "es": ["mira nuestra web ", "catálogo aquí: ", "el enlace es ", "nuestra tienda: "],
            "pt": ["veja nosso site ", "catálogo: ", "link da loja ", "o vídeo está aqui "],
            "de": ["unsere Website: ", "Katalog unter ", "Link: ", "siehe "],
            "ru": ["наш сайт ", "каталог тут: ", "ссылка: ", "посмотрите на "]},
    "PAYMENT_CARD": {"zh": ["卡号 ", "信用卡：", "用这张卡付样品费：", "银联卡 "],
                     "en": ["card number ", "charge my card ", "Visa: ", "card: "],
                     "es": ["número de tarjeta ", "cobra a mi tarjeta ", "tarjeta: "],
                     "pt": ["número do cartão ", "cartão de crédito: ", "passa no cartão "],
                     "de": ["Kartennummer ", "Kreditkarte: ", "belasten Sie bitte die Karte "],
                     "ru": ["номер карты ", "карта Мир ", "спишите с карты "]},
    "IBAN": {"zh": ["IBAN：", "欧元账户 IBAN "], "en": ["IBAN ", "wire to IBAN "], "es": ["IBAN: ", "transfiere al IBAN ", "cuenta IBAN "],
             "pt": ["IBAN ", "transfira para o IBAN "], "de": ["IBAN: ", "bitte überweisen Sie auf ", "Bankverbindung: IBAN "],
             "ru": ["IBAN: ", "переведите на IBAN "]},
    "POSTAL_ADDRESS": {"zh": ["收货地址：", "样品寄到 ", "地址："], "en": ["ship to ", "our address: ", "deliver to "],
                       "es": ["dirección de entrega: ", "envíalo a "], "pt": ["endereço de entrega: ", "manda pra "],
                       "de": ["Lieferadresse: ", "bitte an "], "ru": ["адрес доставки: ", "отправьте на "]},
}
# context phrases that announce a disguise (realistic: the platform blocks numbers)
DISG_LEADS = {
    "PHONE": {"zh": ["平台不让发号码，我写成汉字：", "号码被屏蔽了，换个写法 ", "打这个 "],
              "en": ["the app hides numbers so here it is: ", "chat blocks digits lol: ", "call me: "],
              "es": ["el chat bloquea números, te lo escribo así: ", "mi cel (en letras): "],
              "pt": ["o chat bloqueia número, vai por extenso: ", "meu zap por extenso: "],
              "de": ["der Chat blockiert Nummern, also: ", "Handy ausgeschrieben: "],
              "ru": ["чат режет номера, пишу словами: ", "номер прописью: "]},
    "EMAIL": {"zh": ["邮箱发不出去，我这样写：", "邮箱（自己改一下符号）"], "en": ["they filter emails here, so: ", "mail (fix the symbols): "],
              "es": ["el sistema borra correos, va así: "], "pt": ["o sistema apaga e-mail, então: "],
              "de": ["E-Mails werden hier gefiltert, daher: "], "ru": ["почту тут режут, пишу так: "]},
}

PRE = {"zh": ["您好，", "亲，", "老板好！", "", "", "好的，", "收到。", "OK，"],
       "en": ["Hi, ", "Hello, ", "", "", "Ok, ", "Dear friend, ", "Thanks. "],
       "es": ["Hola, ", "Buenos días, ", "", "", "Perfecto. ", "Estimado proveedor: ", "OK amigo, "],
       "pt": ["Olá, ", "Bom dia! ", "", "", "Beleza. ", "Prezado fornecedor, ", "Oi, "],
       "de": ["Hallo, ", "Guten Tag, ", "", "", "Alles klar. ", "Sehr geehrte Damen und Herren, "],
       "ru": ["Здравствуйте! ", "Добрый день, ", "", "", "Понял. ", "Коллеги, ", "Ок, "]}
TAILS = {"zh": ["，谢谢", "，方便的话加一下", "。{N_QTY}的话单价能到{N_PRICE}吗？", "，货期大概三五天", "，样品{N_DATE}前寄出",
                "。订单号{N_ORDER}", "", "", "！", "，有问题随时联系", " 🙏", "，MOQ {N_QTY}"],
         "en": [", thanks", " - ping me anytime", ". For {N_QTY} can you do {N_PRICE}?", ". ETA {N_DATE}", "", "", " 🙏", ". Ref {N_ORDER}"],
         "es": [", gracias", ". ¿Para {N_QTY} me dejas en {N_PRICE}?", ", entrega el {N_DATE}", "", "", ". Pedido {N_ORDER}", " 👍", ", saludos"],
         "pt": [", obrigado", ". Pra {N_QTY} consegue {N_PRICE}?", ", prazo {N_DATE}", "", "", " abraço", ". Pedido {N_ORDER}"],
         "de": [", danke", ". Bei {N_QTY} geht {N_PRICE}?", ", Liefertermin {N_DATE}", "", "", ". Bestellung {N_ORDER}", " Gruß", " schicken."],
         "ru": [", спасибо", ". За {N_QTY} цена {N_PRICE}?", ", отгрузка {N_DATE}", "", "", ". Заказ {N_ORDER}", " 👍"]}
SEP = {"zh": ["，", "；", "\n", " ", "。"], "en": [", ", "; ", ". ", "\n", " / "], "es": [", ", "; ", ". ", "\n", " / "],
       "pt": [", ", "; ", ". ", "\n", " / "], "de": [", ", "; ", ". ", "\n", " / "], "ru": [", ", "; ", ". ", "\n", " / "]}


# ============================================================== negatives (lang-aware look-alikes)

def container():
    while True:
        code = ch(["MSK", "TGH", "CSQ", "OOL", "MSC", "TCN", "HLX", "CMA", "SEG", "FCI", "BMO"]) + "U" + dg(6)
        c, raw = iso6346_digit(code)
        if raw != 10:
            return code + str(c) if R.random() < 0.7 else code[:4] + " " + code[4:] + " " + str(c)


def n_price(lang):
    a = R.randint(1, 9999)
    c = R.randint(0, 99)
    f = {"zh": ["¥%d.%02d/件" % (a % 300, c), "%d元" % a, "RMB %s元" % format(a * 10, ","), "单价%d.%d元" % (a % 50, c % 10),
                "每套%d块" % (a % 900 + 10), "单价：" + fullwidth("%d.%d" % (a % 60, c % 10)) + "元"],
         "ru": ["%s руб." % format(a * 10, ",").replace(",", " "), "%s,%02d ₽" % (format(a, ",").replace(",", " "), c), "%d тыс. руб." % (a % 900),
                "$%d.%02d за шт." % (a % 20, c), "%s ₽/шт" % (a % 500)],
         "pt": ["R$ %s,%02d" % (format(a, ",").replace(",", "."), c), "R$%d/unidade" % (a % 300), "US$ %d,%02d" % (a % 50, c)],
         "es": ["%s,%02d €" % (format(a, ",").replace(",", "."), c), "$%s MXN" % format(a * 10, ","), "US$%d.%02d la pieza" % (a % 40, c),
                "%d euros" % a],
         "de": ["%s,%02d €" % (format(a, ",").replace(",", "."), c), "€%s,%02d" % (format(a, ",").replace(",", "."), c), "%d EUR netto" % a,
                "%d,%02d € pro Stück" % (a % 30, c)],
         "en": ["USD %s.%02d" % (format(a * 10, ","), c), "FOB $%d.%02d/pc" % (a % 20, c), "$%d per set" % (a % 500)]}[lang]
    return ch(f), "PRICE"


def n_qty(lang):
    n = ch([500, 1000, 2000, 3000, 5000, 8000, 10000, 12000, 20000, 50000])
    f = {"zh": ["%d件" % n, "%d个" % n, "%d套" % n, "%d pcs" % n, fullwidth(str(n)) + "件", "%d箱" % (n // 100)],
         "ru": ["%s шт." % format(n, ",").replace(",", " "), "%d шт" % n, "%d коробок" % (n // 100)],
         "pt": ["%s unidades" % format(n, ",").replace(",", "."), "%d peças" % n, "%d pçs" % n],
         "es": ["%s unidades" % format(n, ",").replace(",", "."), "%d piezas" % n, "%d pzas" % n],
         "de": ["%s Stück" % format(n, ",").replace(",", "."), "%d Stk." % n, "%d Kartons" % (n // 100)],
         "en": ["%s pcs" % format(n, ","), "MOQ %d" % n, "%d units" % n]}[lang]
    return ch(f), "QTY"


def n_bigqty(lang):
    n = R.randint(1, 99) * ch([100000, 1000000, 10000])
    s = format(n, ",").replace(",", ch([" ", " ", "\u202f", "."]))
    unit = {"zh": ["件", " pcs", "个"], "ru": [" шт.", " шт", " ед."], "pt": [" unidades", " peças"], "es": [" unidades", " piezas"],
            "de": [" Stück", " Stk."], "en": [" pcs", " units"]}[lang]
    return s + ch(unit), "QTY_GROUPED"


QTY_WORDS = {
    "en": ["five hundred pieces", "two thousand sets", "three thousand five hundred units", "one hundred and twenty cartons",
           "ten thousand pcs", "twenty-four pieces per carton"],
    "es": ["quinientas piezas", "dos mil juegos", "tres mil quinientas unidades", "ciento veinte cajas", "diez mil piezas"],
    "pt": ["quinhentas peças", "duas mil unidades", "três mil e quinhentas peças", "cento e vinte caixas"],
    "de": ["fünfhundert Stück", "zweitausend Sets", "dreitausendfünfhundert Einheiten", "hundertzwanzig Kartons"],
    "ru": ["пятьсот штук", "две тысячи комплектов", "три тысячи пятьсот единиц", "сто двадцать коробок", "десять тысяч штук"],
    "zh": ["五百件", "两千套", "三千五百个", "一百二十箱", "一万二千件", "每箱二十四个"],
}
RANGE_WORDS = {
    "en": ["one or two samples", "two or three days", "five to seven days", "one, two or three colours"],
    "es": ["uno o dos días", "dos o tres contenedores", "cinco a siete días hábiles", "uno, dos o tres colores"],
    "pt": ["um ou dois dias", "dois ou três containers", "cinco a sete dias úteis"],
    "de": ["ein bis zwei Tage", "zwei oder drei Container", "fünf bis sieben Werktage"],
    "ru": ["один-два дня", "два-три контейнера", "пять-семь рабочих дней", "три-четыре недели"],
    "zh": ["三五天", "七八天", "一两周", "十来天", "二三十天"],
}


def n_qtywords(lang):
    return ch(QTY_WORDS[lang]), "QTY_SPELLED"


def n_rangewords(lang):
    return ch(RANGE_WORDS[lang]), "NUMWORDS_RANGE"


MONTHS = {"es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
          "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}


def n_date(lang):
    y, m, d = R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    f = {"zh": ["%d年%d月%d日" % (y, m, d), "%d月%d号" % (m, d), "%d/%02d/%02d" % (y, m, d),
                "二〇%s年%s月%s日" % ("".join(ZH_NUM[int(c)] for c in str(y)[2:]), ZH_NUM[m] if m < 10 else "十" + (ZH_NUM[m - 10] if m > 10 else ""),
                                  ZH_NUM[d] if d < 10 else (ZH_NUM[d // 10] if d >= 20 else "") + "十" + (ZH_NUM[d % 10] if d % 10 else ""))],
         "ru": ["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, MONTHS["ru"][m - 1], y), "до %02d.%02d" % (d, m)],
         "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y), "KW %d" % R.randint(1, 52)],
         "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y), "%d-%02d-%02d" % (y, m, d)],
         "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y), "%02d/%02d" % (d, m)],
         "en": ["%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (m, d, y)]}[lang]
    return ch(f), "DATE"


def n_time(lang):
    h, mi = R.randint(7, 22), ch([0, 15, 30, 45])
    f = {"zh": ["下午%d点" % (h % 12 or 12), "%d:%02d" % (h, mi), "晚上%d点半" % R.randint(7, 10)],
         "ru": ["в %d:%02d по Москве" % (h, mi), "%d:%02d МСК" % (h, mi)], "de": ["%d:%02d Uhr" % (h, mi), "um %d Uhr" % h],
         "es": ["a las %d:%02d" % (h, mi), "%dh%02d" % (h, mi)], "pt": ["às %dh%02d" % (h, mi), "%d:%02d" % (h, mi)],
         "en": ["%d:%02d %s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am"), "%02d:%02d UTC" % (h, mi)]}[lang]
    return ch(f), "TIME"


def n_order(lang):
    f = {"zh": ["%s" % ("2025" + dg(R.randint(8, 12))), "DD" + dg(12), "SO-" + dg(8)],
         "ru": ["№ %s" % dg(R.randint(5, 9), True), "%s-%s" % (dg(4, True), dg(4)), "ЗК-" + dg(6)],
         "de": ["45000" + dg(5), "Best.-Nr. " + dg(8, True), "AB-" + dg(6)],
         "es": ["nº %s" % dg(R.randint(6, 9), True), "PED-" + dg(7), "OC-2025-" + dg(4)],
         "pt": ["nº %s" % dg(R.randint(6, 9), True), "PV" + dg(8), "#" + dg(7, True)],
         "en": ["PO#" + dg(10, True), "SO-" + dg(8), "order " + dg(12, True)]}[lang]
    return ch(f), "ORDER"


def n_inv(lang):
    f = {"zh": ["PI-2025%s-%02d" % (dg(4), R.randint(1, 20)), "发票号 " + dg(8, True), "INV" + dg(10)],
         "ru": ["счёт № %d от %s" % (R.randint(1, 999), n_date("ru")[0]), "УПД № " + dg(5, True), "с/ф %d" % R.randint(100, 9999)],
         "de": ["RE-2025-" + dg(5), "Rechnung Nr. " + dg(7, True)], "es": ["Factura F2025/" + dg(4), "factura nº " + dg(6, True)],
         "pt": ["NF-e %s.%s.%s" % (dg(3), dg(3), dg(3)), "nota fiscal nº " + dg(6, True)],
         "en": ["INV-2025-" + dg(5), "PI No. " + dg(8, True)]}[lang]
    return ch(f), "INVOICE"


def n_hs(lang):
    f = {"zh": ["海关编码 " + ch(["85165000", "8516500000", "94036000", "85171200"]) + dg(2), "HS " + ch(["8517.12", "9403.60.00", "3926.90"])],
         "ru": ["ТН ВЭД %s %s %s %s" % (ch(["8471", "8516", "9403", "8544"]), dg(2), dg(3), dg(1)), "код ТН ВЭД " + ch(["8516500000", "9403609000"])],
         "pt": ["NCM %s.%s.%s" % (ch(["8517", "8516", "9403"]), dg(2), dg(2)), "NCM " + dg(8, True)],
         "es": ["fracción arancelaria %s.%s.%s" % (ch(["8517", "8516"]), dg(2), dg(2)), "HS %s.%s" % (ch(["8471", "9403"]), dg(2))],
         "de": ["Zolltarifnummer %s %s %s" % (ch(["8516", "9403"]), dg(2), dg(2)), "HS-Code " + ch(["85444290", "94036090"])],
         "en": ["HS code %s.%s.%s" % (ch(["8517", "8504", "9405"]), dg(2), dg(2)), "HTS " + ch(["8504.40.9580", "9405.42.8440"])]}[lang]
    return ch(f), "HS_CODE"


def n_track(lang):
    f = {"zh": ["SF" + dg(13, True), "YT" + dg(16), "顺丰单号 SF" + dg(12, True), "LP00" + dg(12), "JT" + dg(13)],
         "ru": ["трек %s" % dg(14, True), "трек-номер RB%sCN" % dg(9), "CDEK " + dg(10, True)],
         "pt": ["código de rastreio " + "LB%sCN" % dg(9), "rastreio %sBR" % ("AA" + dg(9))],
         "es": ["guía DHL " + dg(10, True), "tracking %sES" % ("PQ" + dg(9))],
         "de": ["Sendungsnummer " + dg(12, True), "DHL " + "JJD" + dg(18)],
         "en": ["1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)), "FedEx " + dg(12, True)]}[lang]
    return ch(f), "TRACKING"


def n_model(lang):
    return ch(["DS-2CD2143G2-I", "ESP32-WROOM-32E", "SM-A546B", "XR-5000", "GL-MT3000", "QC3.0-18W", "LM2596S-ADJ",
               "型号 YX-%d" % R.randint(100, 9999), "арт. %s-%s" % (dg(3, True), dg(2)), "Art.-Nr. %s" % dg(6, True),
               "modelo %s-%s" % (ch(["TX", "BR", "MX"]), dg(4)), "M8x1.25", "6205-2RS"]), "SKU"


def n_ver(lang):
    return ch(["v%d.%d.%d" % (R.randint(1, 5), R.randint(0, 12), R.randint(0, 30)), "V%d.%d.%d" % (R.randint(1, 3), R.randint(0, 9), R.randint(0, 40)),
               "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(1000, 9999)),
               "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 200)),
               "v%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 9), R.randint(1, 99)),
               "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 9), R.randint(1, 99))]), "VERSION"


def n_dim(lang):
    a, b, c = R.randint(20, 120), R.randint(20, 100), R.randint(10, 80)
    return ch(["%d×%d×%d cm" % (a, b, c), "%d*%d*%dcm" % (a, b, c), "%dx%dx%d mm" % (a * 10, b * 10, c * 10), "%d х %d см" % (a, b)]), "DIMENSIONS"


def n_weight(lang):
    f = {"zh": ["净重%d.%dkg" % (R.randint(1, 50), R.randint(0, 9)), "毛重%d公斤" % R.randint(5, 30)],
         "ru": ["вес %s кг" % format(R.randint(100, 25000), ",").replace(",", " "), "%d т" % R.randint(1, 26)],
         "de": ["%d,%d kg" % (R.randint(1, 900), R.randint(0, 9)), "%d t" % R.randint(1, 26)],
         "es": ["%d,%d kg" % (R.randint(1, 900), R.randint(0, 9)), "%d toneladas" % R.randint(1, 26)],
         "pt": ["%d,%d kg" % (R.randint(1, 900), R.randint(0, 9)), "%d toneladas" % R.randint(1, 26)],
         "en": ["%d.%d kg" % (R.randint(1, 900), R.randint(0, 9)), "%d tons" % R.randint(1, 26)]}[lang]
    return ch(f), "WEIGHT"


def n_container(lang):
    return container(), "CONTAINER"


def n_ean(lang):
    while True:
        p = ch(["690", "693", "400", "789", "460", "840"]) + dg(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(p))
        e = p + str((10 - s % 10) % 10)
        if not neg_problem(e):
            return "EAN " + e, "EAN"


def n_luhnbad(lang):
    while True:
        d = ch(["62", "45", "53", "22"]) + dg(14)
        if not luhn_ok(d):
            lead = {"zh": "订单号", "ru": "номер заказа ", "de": "Auftrag ", "es": "pedido ", "pt": "pedido ", "en": "ref "}[lang]
            return lead + d, "NUM16_LUHN_INVALID"


def n_18(lang):
    while True:
        d = ch(CN_REGIONS) + dg(12)
        if not cnid_ok(d):
            return ch(["运单号 ", "批次号 ", "lot "]) + d, "NUM18_NOT_CNID"


def n_zwqty(lang):
    n = R.randint(2, 99) * 1000
    s = format(n, ",").replace(",", "\u200b")
    u = {"zh": "件", "ru": " шт.", "de": " Stück", "es": " piezas", "pt": " peças", "en": " pcs"}[lang]
    return s + u, "QTY_ZW"


def n_fwnum(lang):
    k = R.random()
    if k < 0.5:
        return "订单号：" + fullwidth("2025" + dg(6)), "ORDER_FULLWIDTH"
    return "数量：" + fullwidth(str(R.randint(1, 50) * 1000)) + "件，单价：" + fullwidth("%d.%d" % (R.randint(1, 30), R.randint(0, 9))) + "元", "QTY_FULLWIDTH"


def n_pricew(lang):
    return ch({"zh": ["三千八百元", "二十八块五", "一万二千五百元", "每个十二块"], "ru": ["двести пятьдесят рублей", "три тысячи восемьсот рублей"],
               "es": ["doscientos cincuenta euros"], "pt": ["duzentos e cinquenta reais"], "de": ["zweihundertfünfzig Euro"],
               "en": ["two hundred fifty dollars"]}[lang]), "PRICE_SPELLED"


def n_spec(lang):
    return ch(["-40℃~+85℃", "-20°C … +60°C", "+/- 0,5 mm", "±0.05mm", "220V/50Hz", "IP65", "+5% / -3%", "12V 2A", "AC100-240V",
               "+25 ~ +35 °C", "4G LTE Cat.4"]), "SPEC"


def n_phonelike(lang):
    while True:
        k = R.random()
        if k < 0.35:
            v = "2025-%s-%s" % (dg(4), dg(4))
        elif k < 0.7:
            v = "%s %s %s" % (dg(3, True), dg(4), dg(4))  # 11 digits grouped like a CN mobile, but starting 2-9
            if v[0] == "1":
                continue
        else:
            v = "%s-%s-%s" % (dg(3, True), dg(3), dg(4))
        return v, "REF_PHONE_SHAPED"


NEG_FUN = {"PRICEW": n_pricew, "SPEC": n_spec, "PHONELIKE": n_phonelike, "PRICE": n_price, "QTY": n_qty, "BIGQTY": n_bigqty, "QTYW": n_qtywords, "RANGEW": n_rangewords, "DATE": n_date,
           "TIME": n_time, "ORDER": n_order, "INV": n_inv, "HS": n_hs, "TRACK": n_track, "MODEL": n_model, "VER": n_ver,
           "DIM": n_dim, "WEIGHT": n_weight, "CONT": n_container, "EAN": n_ean, "LUHNBAD": n_luhnbad, "N18": n_18,
           "ZWQTY": n_zwqty, "FWNUM": n_fwnum}


def neg(kind, lang):
    for _ in range(200):
        v, k = NEG_FUN[kind](lang)
        if not neg_problem(v):
            return v, k
    raise AssertionError(kind)


NEG_T = {
    "zh": ["{QTY}的话单价{PRICE}，{DATE}前能交货吗？", "订单{ORDER}已经发货了，柜号{CONT}，预计{DATE}到港",
           "快递单号{TRACK}，请注意查收 📦", "型号{MODEL}还有库存{QTY}，海关编码{HS}", "大概{RANGEW}就能出货，最多{RANGEW}",
           "我们要{QTYW}，两种颜色，包装用{DIM}的纸箱", "发票号{INV}，金额{PRICE}，请核对", "{TIME}开会讨论{MODEL}的包装，{WEIGHT}一箱",
           "固件升级到{VER}以后就正常了，谢谢老板", "订单：{ORDER}\n数量：{QTY}\n交期：{DATE}", "{FWNUM}，含税含运费",
           "这次下单{BIGQTY}，分{RANGEW}批发，第一批{DATE}", "{ZWQTY}已经打包好了，{TIME}装柜", "{LUHNBAD}的货已经到仓库了",
           "{N18}这批次有质量问题，需要返工", "条码{EAN}，贴在外箱上", "MOQ {QTY}，FOB宁波 {PRICE}，交期{RANGEW}",
           "@小王 确认一下{MODEL}的颜色，3点前回复我", "单价{PRICEW}，一共{QTYW}，{DATE}付款", "温度范围{SPEC}，{SPEC}",
           "单号{PHONELIKE}已经签收", "尺码三十八到四十四码都有，每码{QTY}"],
    "ru": ["Партия {BIGQTY}, цена {PRICE}, отгрузка {DATE}", "Заказ {ORDER} отправлен, {TRACK}", "Контейнер {CONT} прибыл, {TIME}",
           "Нужно {QTYW}, упаковка {DIM}, {WEIGHT}", "{INV}, оплата 30% предоплата", "Код {HS} подходит для {MODEL}?",
           "Доставка займёт {RANGEW}, максимум {RANGEW}", "Обновили прошивку до {VER}, всё работает", "{ZWQTY} готовы к отгрузке {DATE}",
           "Заказ: {ORDER}\nКол-во: {QTY}\nСумма: {PRICE}", "{LUHNBAD} — оплачен, ждём {DATE}", "штрихкод {EAN}, {QTY}",
           "@Сергей подтвердите {ORDER}", "собака сгрызла образец 😂 пришлите ещё {QTY}", "цена {PRICEW} за штуку, {SPEC}",
           "накладная {PHONELIKE} от {DATE}"],
    "de": ["Bei {QTY} wäre {PRICE} ok, Liefertermin {DATE}", "Bestellung {ORDER} ist raus, {TRACK}", "Container {CONT}, ETA {DATE} Hamburg",
           "Wir brauchen {QTYW}, Karton {DIM}, {WEIGHT}", "{INV} über {PRICE} ist bezahlt", "{HS} passt für {MODEL}?",
           "Lieferzeit {RANGEW}, Termin {TIME}", "Firmware {VER} behebt den Fehler", "Gesamtmenge {BIGQTY}, Preis {PRICE}",
           "Auftrag: {ORDER}\nMenge: {QTY}\nTermin: {DATE}", "{ZWQTY} sind verpackt, Abholung {TIME}", "{EAN} auf jedem Karton bitte",
           "@Jonas bitte {ORDER} prüfen, Messe-Stand 8.1 A20", "Betriebstemperatur {SPEC}, {SPEC}", "Lieferschein {PHONELIKE} vom {DATE}",
           "zweihundertfünfzig Euro pro Stück, {QTY}"],
    "es": ["Para {QTY} el precio es {PRICE}, entrega {DATE}", "El pedido {ORDER} salió con {TRACK}", "Contenedor {CONT} llega el {DATE}",
           "Necesitamos {QTYW}, caja de {DIM}, {WEIGHT}", "{INV} por {PRICE}, pago 30% anticipo", "¿La {HS} aplica al {MODEL}?",
           "Tarda {RANGEW}, nos vemos {TIME}", "Con el firmware {VER} ya funciona", "Pedido total {BIGQTY} a {PRICE}",
           "Pedido: {ORDER}\nCantidad: {QTY}\nFecha: {DATE}", "{ZWQTY} listas para embarque", "{LUHNBAD} ya está pagado",
           "@Carlos confirma el {ORDER}, nos vemos en el stand 10.2 B", "rango de temperatura {SPEC}, {SPEC}",
           "albarán {PHONELIKE} del {DATE}", "son doscientos cincuenta euros por pieza, {QTY}"],
    "pt": ["Pra {QTY} o preço fica {PRICE}, entrega {DATE}", "Pedido {ORDER} enviado, {TRACK}", "Container {CONT} chega {DATE} em Santos",
           "Precisamos de {QTYW}, caixa {DIM}, {WEIGHT}", "{INV} no valor de {PRICE}", "O {HS} serve pro {MODEL}?",
           "Leva {RANGEW}, reunião {TIME}", "Atualizei pro firmware {VER}", "Total {BIGQTY}, preço {PRICE}",
           "Pedido: {ORDER}\nQtd: {QTY}\nPrazo: {DATE}", "{ZWQTY} prontas pra embarque", "{LUHNBAD} já foi pago, obrigado",
           "preço da arroba R$ 310,00 hoje, {DATE}", "@Rafael confirma o {ORDER}", "temperatura {SPEC}, {SPEC}",
           "romaneio {PHONELIKE} de {DATE}", "são duzentos e cinquenta reais por peça, {QTY}"],
    "en": ["For {QTY} we can do {PRICE}, ready by {DATE}", "Order {ORDER} shipped, {TRACK}", "Container {CONT} ETA {DATE}",
           "we need {QTYW}, carton {DIM}, {WEIGHT}", "{INV} for {PRICE} attached", "does {HS} cover the {MODEL}?",
           "lead time {RANGEW}, call at {TIME}", "after updating to {VER} it works", "total {BIGQTY} at {PRICE}",
           "Order: {ORDER}\nQty: {QTY}\nETD: {DATE}", "{ZWQTY} packed, pickup {TIME}", "{LUHNBAD} is paid",
           "@Mike pls confirm {ORDER}, see you at Hall 9.1 booth C23", "operating temp {SPEC}, {SPEC}",
           "waybill {PHONELIKE} dated {DATE}", "size thirty-eight to forty-four, {QTY} each"],
}
# code-switch fragments appended to negatives
CS_NEG = {"zh": ["OK的，", "PI已发，", "no problem，"], "ru": ["ok, ", "PI получили, ", "спасибо, "], "de": ["ok, ", "PI erhalten, "],
          "es": ["ok, ", "recibí el PI, "], "pt": ["ok, ", "PI recebida, "], "en": ["好的 ", "ok "]}


# ============================================================== message builder

class Msg:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []

    def add(self, s):
        self.text += s

    def pii(self, v, t, sub):
        a = len(self.text)
        self.text += v
        self.spans.append({"start": a, "end": len(self.text), "type": t, "value": v, "sub": sub})

    def negv(self, v, k):
        a = len(self.text)
        self.text += v
        self.negs.append({"start": a, "end": len(self.text), "kind": k, "value": v})

    def fill(self, tmpl, lang):
        for part in re.split(r"(\{[A-Z_0-9]+\})", tmpl):
            m = re.fullmatch(r"\{(?:N_)?([A-Z0-9]+)\}", part)
            if m:
                k = m.group(1)
                v, kind = neg(k, lang)
                self.negv(v, kind)
            else:
                self.add(part)


TYPE_W = [("PHONE", 22), ("EMAIL", 18), ("URL", 8), ("MESSENGER_HANDLE", 11), ("PAYMENT_CARD", 7), ("IBAN", 6),
          ("BANK_ACCOUNT", 7), ("NATIONAL_ID", 8), ("IP_ADDRESS", 4), ("CRYPTO_WALLET", 5), ("POSTAL_ADDRESS", 5)]


TYPE_W_DIS = [("PHONE", 36), ("EMAIL", 20), ("URL", 6), ("MESSENGER_HANDLE", 10), ("PAYMENT_CARD", 8), ("IBAN", 5),
              ("BANK_ACCOUNT", 5), ("NATIONAL_ID", 7), ("IP_ADDRESS", 3), ("CRYPTO_WALLET", 3), ("POSTAL_ADDRESS", 2)]


def pick_type(weights=TYPE_W):
    tot = sum(w for _, w in weights)
    x = R.uniform(0, tot)
    for t, w in weights:
        x -= w
        if x <= 0:
            return t
    return TYPE_W[-1][0]


def make_clause(m, t, lang, disguise):
    """append lead + value to m"""
    if t == "PHONE":
        v, sub = gen_phone(lang, disguise)
        lead = ch(DISG_LEADS["PHONE"][lang]) if (disguise and R.random() < 0.35) else ch(LEADS["PHONE"][lang])
    elif t == "EMAIL":
        v, sub = gen_email(lang, disguise)
        lead = ch(DISG_LEADS["EMAIL"][lang]) if (disguise and R.random() < 0.3) else ch(LEADS["EMAIL"][lang])
    elif t == "URL":
        v, sub = gen_url(lang, disguise)
        lead = ch(LEADS["URL"][lang])
    elif t == "MESSENGER_HANDLE":
        lead, v, sub = gen_handle(lang, disguise)
    elif t == "PAYMENT_CARD":
        v, sub = gen_card(lang, disguise)
        lead = ch(LEADS["PAYMENT_CARD"][lang])
    elif t == "IBAN":
        v, sub = gen_iban(lang, disguise)
        lead = ch(LEADS["IBAN"][lang])
    elif t == "BANK_ACCOUNT":
        lead, v, sub = gen_bank(lang, disguise)
    elif t == "NATIONAL_ID":
        lead, v, sub = gen_natid(lang, disguise)
    elif t == "IP_ADDRESS":
        lead, v, sub = gen_ip(lang, disguise)
    elif t == "CRYPTO_WALLET":
        lead, v, sub = gen_crypto(lang, disguise)
    else:
        v, sub = gen_addr(lang, disguise)
        lead = ch(LEADS["POSTAL_ADDRESS"][lang])
    m.add(lead)
    # wrap some values in brackets/quotes (outside the span)
    wrap = ("", "")
    if t in ("EMAIL", "URL", "MESSENGER_HANDLE", "PHONE") and R.random() < 0.08:
        wrap = ch([("(", ")"), ("（", "）"), ("«", "»"), ("“", "”"), ("<", ">"), ("【", "】")])
    m.add(wrap[0])
    m.pii(v, t, sub)
    m.add(wrap[1])
    # IP port / prefix sometimes (excluded from span)
    if t == "IP_ADDRESS" and ":" not in v and R.random() < 0.3:
        m.add(ch([":8080", ":3389", "/24", ":443"]))
    return sub


LANGS = ["zh", "zh", "ru", "es", "pt", "de", "en"]
CS_OTHER = {"zh": ["en"], "ru": ["en", "zh"], "es": ["en", "pt"], "pt": ["en", "es"], "de": ["en"], "en": ["zh", "es", "ru"]}


def pii_message(lang, disguise_first):
    m = Msg()
    n = 1 if R.random() < 0.72 else ch([2, 2, 3])
    m.add(ch(PRE[lang]))
    types = [pick_type(TYPE_W_DIS if (i == 0 and disguise_first) else TYPE_W) for i in range(n)]
    for i, t in enumerate(types):
        l = lang
        if i > 0 and R.random() < 0.3:
            l = ch(CS_OTHER[lang])  # code-switch for the next clause
        if i > 0:
            m.add(ch(SEP[lang]))
        dis = disguise_first if i == 0 else R.random() < 0.35
        make_clause(m, t, l, dis)
    m.fill(ch(TAILS[lang]), lang)
    return m, n


def neg_message(lang):
    m = Msg()
    if R.random() < 0.15:
        m.add(ch(CS_NEG[lang]))
    elif R.random() < 0.3:
        m.add(ch(PRE[lang]))
    m.fill(ch(NEG_T[lang]), lang)
    if R.random() < 0.15:
        m.add(ch(SEP[lang]))
        m.fill(ch(NEG_T[lang]), lang)
    return m


def finish(m, rid, lang, kind):
    txt = m.text
    # strip edge whitespace while keeping offsets valid
    lead_ws = len(txt) - len(txt.lstrip())
    txt = txt.strip()
    for s in m.spans + m.negs:
        s["start"] -= lead_ws
        s["end"] -= lead_ws
    rec = {"id": rid, "text": txt, "spans": m.spans, "lang": lang, "kind": kind, "negatives": m.negs}
    if any(not positive_checks(s["type"], s["value"], s["sub"]) for s in m.spans):
        rec["no_checksum"] = True
    return rec


def ok_rec(rec):
    t = rec["text"]
    if not (20 <= len(t) <= 300):
        return False
    for s in rec["spans"] + rec["negatives"]:
        if t[s["start"]:s["end"]] != s["value"] or s["value"] != s["value"].strip():
            return False
    return True


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe.jsonl")
    N_TOTAL, N_NEG = 500, 175
    plan = ["neg"] * N_NEG + ["dis"] * 163 + ["plain"] * (N_TOTAL - N_NEG - 163)
    R.shuffle(plan)
    recs = []
    for i, p in enumerate(plan):
        rid = "p3-%05d" % (i + 1)
        for _ in range(100):
            lang = ch(LANGS)
            if p == "neg":
                rec = finish(neg_message(lang), rid, lang, "negative")
            else:
                m, n = pii_message(lang, p == "dis")
                rec = finish(m, rid, lang, "single" if n == 1 else "multi")
            if ok_rec(rec):
                break
        else:
            raise AssertionError(rid)
        recs.append(rec)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    c_t, c_d, c_l = Counter(), Counter(), Counter()
    for r in recs:
        c_l[r["lang"] + ":" + r["kind"]] += 1
        for s in r["spans"]:
            c_t[s["type"]] += 1
            c_d["plain" if s["sub"].endswith(":plain") else "disguised"] += 1
    print("messages %d; spans by type %s; %s" % (len(recs), dict(c_t), dict(c_d)), file=sys.stderr)
    print("lang:kind %s" % dict(sorted(c_l.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
