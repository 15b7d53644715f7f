#!/usr/bin/env python3
"""Probe set "sp-": contact details written the way people SAY them.

    python3 make_spoken.py OUT.jsonl      # 400 messages, seeded, byte-identical on every run

Voice-to-text transcripts and people dodging the chat filter by spelling things out, in
15 languages (lang: en es pt fr de it ru tr id vi zh ja ko ar hi; "hi" includes Hinglish
written in Latin script).  Written from /work/shared/pii-corpus/README.md only (format,
taxonomy, span conventions), independently of the detector and of the other probe sets.

Format (as in the README): one JSON object per line
  {"id": "sp-00001", "text", "spans": [{"start", "end", "type", "value"}], "lang", "kind", "negatives"}
kind = negative (no PII) / single / multi (2-3 spans).  Offsets are Python str (code point)
offsets, end exclusive, recorded while the text is assembled piece by piece (never searched
for afterwards); value == text[start:end].  About 30 % of messages are PII-free.

What is spelled out
  PHONE             digits as words in the message's language ("nine one seven", "nueve uno siete",
                    "девять один семь", "幺三八…", "공일공에 …", "ゼロキュウゼロの…"), "oh" for zero,
                    "double five" / "triple zero" (English, Hindi), pair and hundred readings where
                    natives read phone numbers that way (French "zéro six, quatre-vingt-dix-sept",
                    Spanish "seiscientos doce, treinta y cuatro", German pairs "neunundneunzig" after
                    a digit-by-digit prefix, Russian "девятьсот шестнадцать …", Turkish "beş yüz
                    otuz iki …"), words mixed with digits ("+86 一三八 0013 8000"), Arabic-Indic and
                    Devanagari digits, groups split by commas, dashes, "and", "then", の, 에 …
                    National numbers carry the trunk prefix (0 / 8 for Russia); international ones
                    start with "plus"/"+"/"zero zero" + country code.  Every number has a
                    plausible national length for its country (see COUNTRIES).
  EMAIL             local part, at-word, domain: "john dot lee at gmail dot com", arroba/punto,
                    arobase/point, Klammeraffe/Punkt, chiocciola, собака/точка, et/nokta, a còng/chấm,
                    艾特/圈a/点, アットマーク/ドット, 골뱅이/점/닷, آت/نقطة, एट द रेट/"at the rate";
                    underscore and dash words; some local-part words spelled letter by letter
                    ("j o h n", "j, o, h, n"); some domains left literal ("arroba gmail.com").
  MESSENGER_HANDLE  WeChat / QQ / Telegram / Skype / LINE / KakaoTalk ids and t.me links spelled
                    ("lily underscore eight eight two three", "t dot me slash …", "live colon …").
  URL               shop / catalogue / marketplace / social links spelled ("www dot … slash …").
  PAYMENT_CARD      Luhn-valid numbers (Visa, Mastercard, Amex 4-6-5, Discover, UnionPay, JCB)
                    read out in groups of words.
  BANK_ACCOUNT      account numbers after an explicit label ("account number", "расчётный счёт",
                    "口座番号", …), ABA routing numbers (checksum-valid), SWIFT/BIC letters spelled.
  IBAN              mod-97-valid, country length, letters as capitals, digits as words.
  NATIONAL_ID       US SSN, UK NINO, India Aadhaar (Verhoeff), China resident ID (mod 11-2).

Span conventions (README: "the whole address as written, obfuscation words included"; a label
is outside):
  * a spelled value's span runs from its first word to its last, so the spoken stand-ins for
    symbols are inside: "plus" / "zero zero" / "double oh" before a country code (they stand
    for "+" / "00"), at/dot/underscore/dash/slash/colon words, group separators and connectors
    ("and", "then", "потом", の, 에), and a hesitation filler inside an English number
    ("…seven, um, five…").  Telegram: the at-word ("собака ivan …") is inside, as "@" would be;
    Skype: "live colon" is inside, as "live:" would be; a t.me link is one span.
  * labels ("my number is", "WhatsApp:", "微信号：", "QQ号") and what follows the value
    (です, 입니다, 번으로, "pe", punctuation) are outside.

Negatives: planted look-alikes are listed with a kind: spoken quantities, prices, dates, times,
sizes, weights, model numbers, versions ("two dot oh dot one"), payment terms, booth/hall numbers,
and spoken order / tracking numbers (README kinds QTY PRICE DATE TIME DIMENSIONS WEIGHT SKU
VERSION PAYMENT_TERMS SPEC ORDER TRACKING INVOICE), plus three kinds of this set: AT_WORD and
DOT_WORD (an ordinary word that is also a spoken "@" or "." -- "meet at the booth", "polka dot",
"arroba do boi", "корм для собак", 골뱅이 통조림, "punto de venta", 一点) and BOOTH.  Spoken
order / tracking numbers never pass a card, Aadhaar, China-ID or ABA checksum.

Self-check (run on every call; exit status 1 on a problem): unique ids, spans in bounds, sorted,
non-overlapping, value == text[start:end], no outer whitespace, negatives round-trip and do not
overlap spans or pass a checksum; every span is DECODED back from its words with the language's
vocabulary and must equal the value it was built from, which must be valid (Luhn, mod-97, ABA,
SSN/NINO/Aadhaar/China-ID checks, phone length per country, address shape); the whole file is
generated twice and compared byte for byte.  A one-line summary is printed.

Note on /work/shared/pii-corpus/validate.py: it checksums the raw span text, so spelled-out
PAYMENT_CARD / IBAN / BANK_ACCOUNT / NATIONAL_ID spans are reported as failing there (it cannot
read "four five three two …"); all other checks of validate.py pass.  The self-check above
verifies those checksums on the decoded values instead.
"""
import json
import os
import re
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import probe_common as pc  # noqa: E402

SEED = 20240917
N_MESSAGES = 400


# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------

def fr_num(n):
    """French 0..99 as read in a phone number pair (traditional spelling)."""
    U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
         "douze", "treize", "quatorze", "quinze", "seize"]
    if n <= 16:
        return U[n]
    if n < 20:
        return "dix-" + U[n - 10]
    if n < 70:
        t = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}[n // 10]
        u = n % 10
        return t if u == 0 else t + " et un" if u == 1 else t + "-" + U[u]
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + fr_num(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + fr_num(n - 80)


ES_0_29 = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
           "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
           "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
           "veintiocho", "veintinueve"]


def es_num(n):
    """Spanish 0..999."""
    if n < 30:
        return ES_0_29[n]
    if n < 100:
        t = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta",
             9: "noventa"}[n // 10]
        return t if n % 10 == 0 else t + " y " + ES_0_29[n % 10]
    if n == 100:
        return "cien"
    h = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos", 5: "quinientos", 6: "seiscientos",
         7: "setecientos", 8: "ochocientos", 9: "novecientos"}[n // 100]
    return h if n % 100 == 0 else h + " " + es_num(n % 100)


def de_num(n):
    """German 0..99."""
    U = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
         "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
    if n < 20:
        return U[n]
    t = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig", 8: "achtzig",
         9: "neunzig"}[n // 10]
    u = n % 10
    return t if u == 0 else ("ein" if u == 1 else U[u]) + "und" + t


RU_U = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
        "восемнадцать", "девятнадцать"]


def ru_num(n):
    """Russian 0..999 (cardinal, as numbers are read out)."""
    if n < 20:
        return RU_U[n]
    if n < 100:
        t = {2: "двадцать", 3: "тридцать", 4: "сорок", 5: "пятьдесят", 6: "шестьдесят", 7: "семьдесят",
             8: "восемьдесят", 9: "девяносто"}[n // 10]
        return t if n % 10 == 0 else t + " " + RU_U[n % 10]
    h = {1: "сто", 2: "двести", 3: "триста", 4: "четыреста", 5: "пятьсот", 6: "шестьсот", 7: "семьсот",
         8: "восемьсот", 9: "девятьсот"}[n // 100]
    return h if n % 100 == 0 else h + " " + ru_num(n % 100)


TR_U = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]


def tr_num(n):
    """Turkish 0..999 (TDK spelling, words separated)."""
    if n < 10:
        return TR_U[n]
    parts = []
    if n >= 100:
        parts.append("yüz" if n // 100 == 1 else TR_U[n // 100] + " yüz")
    t = n % 100 // 10
    if t:
        parts.append(["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"][t])
    if n % 10:
        parts.append(TR_U[n % 10])
    return " ".join(parts)


assert fr_num(21) == "vingt et un" and fr_num(71) == "soixante et onze" and fr_num(77) == "soixante-dix-sept"
assert fr_num(80) == "quatre-vingts" and fr_num(81) == "quatre-vingt-un" and fr_num(91) == "quatre-vingt-onze"
assert fr_num(97) == "quatre-vingt-dix-sept" and fr_num(90) == "quatre-vingt-dix" and fr_num(16) == "seize"
assert es_num(21) == "veintiuno" and es_num(34) == "treinta y cuatro" and es_num(612) == "seiscientos doce"
assert es_num(100) == "cien" and es_num(105) == "ciento cinco" and es_num(555) == "quinientos cincuenta y cinco"
assert de_num(21) == "einundzwanzig" and de_num(99) == "neunundneunzig" and de_num(67) == "siebenundsechzig"
assert de_num(12) == "zwölf" and de_num(30) == "dreißig"
assert ru_num(916) == "девятьсот шестнадцать" and ru_num(45) == "сорок пять" and ru_num(100) == "сто"
assert ru_num(905) == "девятьсот пять" and ru_num(212) == "двести двенадцать"
assert tr_num(532) == "beş yüz otuz iki" and tr_num(123) == "yüz yirmi üç" and tr_num(90) == "doksan"
assert tr_num(105) == "yüz beş" and tr_num(67) == "altmış yedi"


def pairs_fn(lang):
    """number -> words for the pair / hundred readings a language uses in phone numbers."""
    return {"fr": fr_num, "es": es_num, "de": de_num, "ru": ru_num, "tr": tr_num}.get(lang)


# --------------------------------------------------------------------------
# word sets: how each language says the digits and the symbols of an address
# --------------------------------------------------------------------------

def W(**kw):
    base = dict(alt={}, plus="plus", dsep=" ", gsep=[", ", " ", " - "], cgsep=[", ", " ", " - "], tight=False,
                double=None,
                fillers=[], connectors=[], native=None, upper_ok=False, pairs=None, www=["www"])
    base.update(kw)
    return base


WORDS = {
    "en": W(digits=["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
            alt={0: ["oh"]}, at=["at", "at", "at", "at sign"], dot=["dot"], us=["underscore"], dash=["dash", "hyphen"],
            slash=["slash"], colon=["colon"], gsep=[", ", " ", " - ", " and ", " then ", "... "],
            connectors=["and", "then"], double=("double", "triple"), fillers=["uh", "um"], upper_ok=True,
            www=["www", "w w w", "double-u double-u double-u"]),
    "es": W(digits=ES_0_29[:10], plus="más", at=["arroba"], dot=["punto"], us=["guion bajo"], dash=["guion"],
            slash=["barra"], colon=["dos puntos"], upper_ok=True, pairs="es", connectors=["y luego"],
            gsep=[", ", " ", " - ", " y luego "]),
    "pt": W(digits=["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
            alt={6: ["meia"]}, plus="mais", at=["arroba"], dot=["ponto"], us=["underline", "sublinhado"],
            dash=["hífen", "traço"], slash=["barra"], colon=["dois pontos"], upper_ok=True,
            connectors=["e depois"], gsep=[", ", " ", " - ", " e depois "]),
    "fr": W(digits=["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
            at=["arobase"], dot=["point"], us=["tiret bas", "underscore", "tiret du huit"], dash=["tiret"],
            slash=["slash"], colon=["deux-points"], upper_ok=True, pairs="fr", connectors=["puis"],
            gsep=[", ", " ", " - ", " puis "]),
    "de": W(digits=["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
            alt={2: ["zwo"]}, at=["at", "ät", "Klammeraffe"], dot=["Punkt"], us=["Unterstrich"],
            dash=["Bindestrich", "Minus"], slash=["Schrägstrich", "Slash"], colon=["Doppelpunkt"],
            upper_ok=True, pairs="de", connectors=["dann"], gsep=[", ", " ", " - ", " dann "]),
    "it": W(digits=["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
            plus="più", at=["chiocciola"], dot=["punto"], us=["underscore", "trattino basso"],
            dash=["trattino"], slash=["slash"], colon=["due punti"], upper_ok=True, connectors=["poi"],
            gsep=[", ", " ", " - ", " poi "]),
    "ru": W(digits=RU_U[:10], plus="плюс", at=["собака", "собачка"], dot=["точка"],
            us=["нижнее подчёркивание", "подчёркивание"], dash=["дефис", "тире"], slash=["слэш"],
            colon=["двоеточие"], pairs="ru", connectors=["потом"], gsep=[", ", " ", " - ", " потом "]),
    "tr": W(digits=TR_U, plus="artı", at=["et"], dot=["nokta"], us=["alt çizgi"], dash=["tire"],
            slash=["eğik çizgi", "slash"], colon=["iki nokta üst üste"], pairs="tr", connectors=["sonra"],
            gsep=[", ", " ", " - ", " sonra "]),
    "id": W(digits=["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
            alt={0: ["kosong"]}, at=["et", "at"], dot=["titik", "dot"], us=["garis bawah", "underscore"],
            dash=["strip"], slash=["garis miring"], colon=["titik dua"], connectors=["terus"],
            gsep=[", ", " ", " - ", " terus "]),
    "vi": W(digits=["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"], plus="cộng",
            at=["a còng", "a móc"], dot=["chấm"], us=["gạch dưới"], dash=["gạch ngang"], slash=["gạch chéo"],
            colon=["dấu hai chấm"], connectors=["rồi"], gsep=[", ", " ", " - ", " rồi "]),
    "zh": W(digits=list("零一二三四五六七八九"), alt={1: ["幺"], 0: ["〇"]}, plus="加", at=["艾特", "圈a", "at"],
            dot=["点"], us=["下划线"], dash=["杠", "横杠"], slash=["斜杠"], colon=["冒号"], dsep="",
            gsep=["，", " ", "、", ""], cgsep=[" ", "，", "、"], tight=True, www=["www", "三个w"]),
    "ja": W(digits=["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"],
            alt={2: ["ニー"], 5: ["ゴー"], 9: ["キュー"]}, plus="プラス", at=["アットマーク"], dot=["ドット"],
            us=["アンダーバー", "アンダースコア"], dash=["ハイフン"], slash=["スラッシュ"], colon=["コロン"],
            dsep="", gsep=["の", "、", " "], cgsep=[" ", "、"], connectors=["の"], tight=True),
    "ja_k": W(digits=list("〇一二三四五六七八九"), plus="プラス", at=["アットマーク"], dot=["ドット"],
              us=["アンダーバー"], dash=["ハイフン"], slash=["スラッシュ"], colon=["コロン"], dsep="",
              gsep=["－", "の", "、", " "], cgsep=[" ", "、", "－"], connectors=["の"], tight=True),
    "ko": W(digits=["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], alt={0: ["영"]}, plus="플러스",
            at=["골뱅이"], dot=["점", "닷"], us=["언더바"], dash=["하이픈", "대시"], slash=["슬래시"],
            colon=["콜론"], dsep="", gsep=[" ", "에 ", "-", ", "], cgsep=[" ", "-", ", "], connectors=["에"],
            tight=True),
    "ar": W(digits=["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
            alt={2: ["اثنان"]}, plus="زائد", at=["آت", "at"], dot=["نقطة", "دوت"], us=["شرطة سفلية", "أندرسكور"],
            dash=["شرطة"], slash=["سلاش"], colon=["نقطتين"], gsep=["، ", " ", " - ", " ثم "],
            cgsep=["، ", " ", " - "],
            connectors=["ثم"], native="٠١٢٣٤٥٦٧٨٩"),
    "hi": W(digits=["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ"],
            alt={0: ["ज़ीरो"], 6: ["छः"]}, plus="प्लस", at=["एट द रेट", "एट"], dot=["डॉट"], us=["अंडरस्कोर"],
            dash=["डैश"], slash=["स्लैश"], colon=["कोलन"], double=("डबल", "ट्रिपल"), connectors=["फिर"],
            gsep=[", ", " ", " - ", " फिर "], native="०१२३४५६७८९"),
    # Hinglish (Hindi chat in Latin script): English digit words, "at the rate" for @
    "hi_latn": W(digits=["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
                 at=["at the rate"], dot=["dot"], us=["underscore"], dash=["dash"],
                 slash=["slash"], colon=["colon"], double=("double", "triple"), gsep=[", ", " "]),
}
for _k, _w in WORDS.items():
    _w["name"] = _k
    if _w["pairs"] is None and _k in ("fr", "es", "de", "ru", "tr"):
        _w["pairs"] = _k


# --------------------------------------------------------------------------
# message builder: text is assembled piece by piece, offsets recorded on append
# --------------------------------------------------------------------------

class Msg:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []
        self.checks = []   # (span dict, expected decoding, word set, decode mode, validity note)

    def add(self, s):
        self.text += s

    def span(self, typ, s, expect, words, mode):
        assert s and s == s.strip(), repr(s)
        a = len(self.text)
        self.text += s
        d = {"start": a, "end": len(self.text), "type": typ, "value": s}
        self.spans.append(d)
        self.checks.append((d, expect, words, mode))

    def neg(self, kind, s, digits=None):
        assert s and s == s.strip(), repr(s)
        a = len(self.text)
        self.text += s
        self.negs.append({"start": a, "end": len(self.text), "kind": kind, "value": s, "_digits": digits})


def dgr(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


# per-message style: one choice per (word set, key), so a message spells consistently
def pick(r, st, key, options):
    if key not in st:
        st[key] = r.choice(options)
    return st[key]


def digit_word(d, w, r, st):
    d = int(d)
    word = w["digits"][d]
    if d in w["alt"]:
        # "oh" for zero is what English speakers say; the others are common variants
        p = 0.6 if (w["name"], d) in (("en", 0), ("id", 0), ("zh", 1)) else 0.35
        use = pick(r, st, ("alt", w["name"], d), [True] * int(p * 20) + [False] * (20 - int(p * 20)))
        if use:
            word = pick(r, st, ("altw", w["name"], d), w["alt"][d])
    return word


def spell_digit_run(ds, w, r, st, allow_double=True):
    """Digits read one by one; English/Hindi may say "double five", "triple zero"."""
    use_double = allow_double and w["double"] and pick(r, st, ("double", w["name"]), [True, False, False])
    out, i = [], 0
    while i < len(ds):
        run = 1
        while i + run < len(ds) and ds[i + run] == ds[i]:
            run += 1
        if use_double and run >= 2:
            n = 3 if run >= 3 and run != 4 else 2
            out.append(w["double"][n - 2] + " " + digit_word(ds[i], w, r, st))
            i += n
            continue
        out.append(digit_word(ds[i], w, r, st))
        i += 1
    return w["dsep"].join(out)


def symword(w, key, r, st):
    word = pick(r, st, ("sym", w["name"], key), w[key])
    if w["upper_ok"] and pick(r, st, ("upper", w["name"]), [True, False, False, False, False]):
        word = word.upper()
    return word


SYMKEY = {"@": "at", ".": "dot", "_": "us", "-": "dash", "/": "slash", ":": "colon"}


# --------------------------------------------------------------------------
# phone numbers: countries, national / international groupings
# --------------------------------------------------------------------------

def us_gen(r):
    while True:
        a = r.choice("23456789") + r.choice("012345678") + r.choice("0123456789")
        e = r.choice("23456789") + dgr(r, 2)
        if a[1:] != "11" and e[1:] != "11":
            return a + e + dgr(r, 4)


def de_gen(r):
    p = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178",
                  "179"])
    return p + dgr(r, 8 if p.startswith("15") else 7)


def id_gen(r):
    return "8" + r.choice("1235") + dgr(r, 1) + dgr(r, r.choice([7, 8]))


# name: (country code, trunk prefix, national significant number generator, plausible NSN lengths,
#        national groupings, international groupings); -1 = the rest
COUNTRIES = {
    "US": ("1", "", us_gen, (10,), [[3, 3, 4]], [[3, 3, 4]]),
    "UK": ("44", "0", lambda r: "7" + r.choice("45789") + dgr(r, 8), (10,), [[5, 6], [5, 3, 3]],
           [[4, 6], [4, 3, 3]]),
    "AU": ("61", "0", lambda r: "4" + dgr(r, 8), (9,), [[4, 3, 3]], [[3, 3, 3]]),
    "SG": ("65", "", lambda r: r.choice("89") + dgr(r, 7), (8,), [[4, 4]], [[4, 4]]),
    "CN": ("86", "", lambda r: "1" + r.choice("35789") + dgr(r, 9), (11,), [[3, 4, 4]], [[3, 4, 4]]),
    "HK": ("852", "", lambda r: r.choice("569") + dgr(r, 7), (8,), [[4, 4]], [[4, 4]]),
    "ES": ("34", "", lambda r: r.choice("67") + dgr(r, 8), (9,), [[3, 2, 2, 2], [3, 3, 3]],
           [[3, 2, 2, 2], [3, 3, 3]]),
    "MX": ("52", "", lambda r: r.choice(["55", "33", "81"]) + dgr(r, 8), (10,), [[2, 4, 4]], [[2, 4, 4]]),
    "CO": ("57", "", lambda r: "3" + r.choice("0125") + dgr(r, 8), (10,), [[3, 3, 4]], [[3, 3, 4]]),
    "BR": ("55", "", lambda r: r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + dgr(r, 8),
           (11,), [[2, 5, 4]], [[2, 5, 4]]),
    "PT": ("351", "", lambda r: "9" + r.choice("1236") + dgr(r, 7), (9,), [[3, 3, 3]], [[3, 3, 3]]),
    "FR": ("33", "0", lambda r: r.choice("67") + dgr(r, 8), (9,), [[2, 2, 2, 2, 2]], [[1, 2, 2, 2, 2]]),
    "MA": ("212", "0", lambda r: r.choice("67") + dgr(r, 8), (9,), [[2, 2, 2, 2, 2]], [[1, 2, 2, 2, 2]]),
    "DE": ("49", "0", de_gen, (10, 11), [[4, -1]], [[3, -1]]),
    "CH": ("41", "0", lambda r: "7" + r.choice("6789") + dgr(r, 7), (9,), [[3, 3, 2, 2]], [[2, 3, 2, 2]]),
    "IT": ("39", "", lambda r: "3" + r.choice("234789") + dgr(r, 8), (10,), [[3, 3, 4], [3, 7]],
           [[3, 3, 4], [3, 7]]),
    "RU": ("7", "8", lambda r: "9" + dgr(r, 9), (10,), [[1, 3, 3, 2, 2]], [[3, 3, 2, 2]]),
    "TR": ("90", "0", lambda r: "5" + r.choice("0345") + dgr(r, 8), (10,), [[4, 3, 2, 2]], [[3, 3, 2, 2]]),
    "ID": ("62", "0", id_gen, (10, 11), [[4, 4, -1]], [[3, 4, -1]]),
    "VN": ("84", "0", lambda r: r.choice("3789") + dgr(r, 8), (9,), [[4, 3, 3]], [[2, 3, 4]]),
    "JP": ("81", "0", lambda r: r.choice(["90", "80", "70"]) + dgr(r, 8), (10,), [[3, 4, 4]], [[2, 4, 4]]),
    "KR": ("82", "0", lambda r: "10" + dgr(r, 8), (10,), [[3, 4, 4]], [[2, 4, 4]]),
    "SA": ("966", "0", lambda r: "5" + r.choice("0345689") + dgr(r, 7), (9,), [[3, 3, 4]], [[2, 3, 4]]),
    "AE": ("971", "0", lambda r: "5" + r.choice("024568") + dgr(r, 7), (9,), [[3, 3, 4]], [[2, 3, 4]]),
    "EG": ("20", "0", lambda r: "1" + r.choice("0125") + dgr(r, 8), (10,), [[3, 4, 4]], [[2, 4, 4]]),
    "IN": ("91", "", lambda r: r.choice("6789") + dgr(r, 9), (10,), [[5, 5], [3, 3, 4]], [[5, 5], [3, 3, 4]]),
}


def split_groups(ds, sizes):
    out, i = [], 0
    for k, n in enumerate(sizes):
        n = len(ds) - i if n == -1 else n
        out.append(ds[i:i + n])
        i += n
    assert i == len(ds) and all(out), (ds, sizes)
    return out


def pair_words(g2, w, r, st):
    """A two-digit group read as a number ("douze", "neunundneunzig"); leading zero read as digits."""
    if g2[0] == "0":
        return digit_word(g2[0], w, r, st) + " " + digit_word(g2[1], w, r, st)
    return pairs_fn(w["pairs"])(int(g2))


def group_pairs(g, pos, w, r, st):
    lang = w["pairs"]
    f = pairs_fn(lang)
    n = len(g)
    if n == 1:
        return digit_word(g, w, r, st)
    if n == 2:
        return pair_words(g, w, r, st)
    if lang in ("ru", "tr", "es") and n == 3:
        if g[0] != "0":
            return f(int(g))
        return digit_word(g[0], w, r, st) + " " + pair_words(g[1:], w, r, st)
    if lang == "tr" and n == 4 and g[0] == "0" and g[1] != "0":
        return digit_word("0", w, r, st) + " " + f(int(g[1:]))
    if lang == "de" and pos == 0:
        return spell_digit_run(g, w, r, st)          # the area / mobile prefix: digit by digit
    if lang in ("de", "es") and n >= 4:
        parts = [pair_words(g[i:i + 2], w, r, st) for i in range(0, n - n % 2, 2)]
        if n % 2:
            parts.append(digit_word(g[-1], w, r, st))
        return " ".join(parts)
    return spell_digit_run(g, w, r, st)


def render_phone(r, st, w, country, intl_p=0.45):
    """-> (text, expected decoding).  Spoken forms: digit words, pair/hundred words where a
    language reads phone numbers that way, native digits, or words mixed with digits."""
    cc, trunk, gen, lens, nat, intl_g = COUNTRIES[country]
    nsn = gen(r)
    assert len(nsn) in lens
    intl = r.random() < intl_p
    if w["pairs"] and r.random() < {"fr": 0.75, "es": 0.45, "de": 0.35, "ru": 0.55, "tr": 0.5}[w["pairs"]]:
        mode = "pairs"
    elif w["native"] and r.random() < 0.25:
        mode = "native"
    elif r.random() < 0.16:
        mode = "mixed"
    else:
        mode = "words"
    body = nsn if intl else trunk + nsn
    groups = split_groups(body, r.choice(intl_g if intl else nat))
    if mode == "pairs":
        gsep = r.choice([", ", " - "] + ([" "] if w["pairs"] in ("de", "fr") else []))
    else:
        gsep = r.choice(w["gsep"])
    gmodes = [mode] * len(groups)
    if mode == "mixed":
        gmodes = [r.choice(["ascii", "words"]) for _ in groups]
        if len(groups) > 1 and len(set(gmodes)) == 1:
            gmodes[r.randrange(len(groups))] = "ascii" if gmodes[0] == "words" else "words"
    filler = None
    if w["fillers"] and st.get("lang") == w["name"] and mode == "words" and len(groups) > 2 \
            and r.random() < 0.12:
        filler = r.randrange(1, len(groups))

    def rg(g, m, pos):
        if m == "ascii":
            return g
        if m == "native":
            return "".join(w["native"][int(c)] for c in g)
        if m == "pairs":
            return group_pairs(g, pos, w, r, st)
        return spell_digit_run(g, w, r, st)

    parts = [rg(g, m, k) for k, (g, m) in enumerate(zip(groups, gmodes))]
    text = ""
    for k, p in enumerate(parts):
        if k:
            text += (", " + r.choice(w["fillers"]) + ", ") if k == filler else gsep
        text += p
    if not intl:
        return text, body
    style = r.choice(["plus", "plus", "sym", "00"])
    if mode in ("mixed", "native"):
        style = "sym"
    if style == "sym":
        head = "+" + (cc if mode != "native" else "".join(w["native"][int(c)] for c in cc))
        expect = "+" + cc + nsn
    elif style == "plus":
        if mode == "pairs" and len(cc) == 2 and w["pairs"] in ("fr", "es", "tr"):
            ccw = pairs_fn(w["pairs"])(int(cc))
        else:
            ccw = spell_digit_run(cc, w, r, st)
        head = w["plus"] + " " + ccw
        expect = "+" + cc + nsn
    else:
        head = spell_digit_run("00" + cc, w, r, st)
        expect = "00" + cc + nsn
    sep = gsep if gsep.strip() in ("", ",", "，", "、", "،") or style != "sym" else " "
    if w["tight"] and sep == "":
        sep = " "
    return head + sep + text, expect


# --------------------------------------------------------------------------
# addresses, handles, links: tokens spelled with the language's words
# --------------------------------------------------------------------------

def tokens(s):
    return [("w" if t[0].isalpha() else "d" if t[0].isdigit() else "p", t)
            for t in re.findall(r"[A-Za-z]+|\d+|.", s)]


def is_latin_alnum(c):
    return c.isascii() and c.isalnum()


NO_SPELL = ("t", "me", "live", "https", "www", "wxid")


def render_tokens(toks, r, st, w, letter_p=0.0, digit_word_p=0.6, literal_from=None, letter_before=None):
    """Spell a token list: symbols become words, some words are spelled letter by letter,
    digit runs become digit words.  literal_from: index from which tokens are written as is."""
    tight = w["tight"] and pick(r, st, ("tightjoin", w["name"]), [True, True, False])
    pieces = []   # (text, glue)
    lit = ""
    for k, (kind, t) in enumerate(toks):
        if literal_from is not None and k >= literal_from:
            lit += t
            continue
        if kind == "p":
            if t == "@" and pick(r, st, ("atsym", w["name"]), [False] * 4 + [True]) and k + 1 < len(toks) \
                    and k == 0:
                pieces.append(("@", False))
                st["glue_next"] = True
                continue
            pieces.append((symword(w, SYMKEY[t], r, st), False))
        elif kind == "w":
            if letter_p and (letter_before is None or k < letter_before) and t not in NO_SPELL \
                    and len(t) > 1 and r.random() < letter_p:
                pieces.append((r.choice([" ", " ", ", "]).join(t), False))
            else:
                pieces.append((t, False))
        else:
            if r.random() < digit_word_p:
                pieces.append((spell_digit_run(t, w, r, st, allow_double=False), False))
            else:
                pieces.append((t, k > 0 and toks[k - 1][0] == "w"))
        if st.pop("glue_next", False) and len(pieces) >= 2 and pieces[-2][0] == "@":
            pieces[-1] = (pieces[-1][0], True)
    if lit:
        pieces.append((lit, False))
    out = ""
    for text, glue in pieces:
        if out and not glue:
            if not tight or (is_latin_alnum(out[-1]) and is_latin_alnum(text[0])):
                out += " "
        out += text
    return out


# --------------------------------------------------------------------------
# value generators (names, domains, handles, cards, bank numbers, IDs)
# --------------------------------------------------------------------------

NAMES = {
    "en": (["john", "emily", "mike", "sarah", "david", "kate", "tom", "lisa", "james", "anna"],
           ["lee", "smith", "brown", "walker", "carter", "hughes", "reed", "turner"]),
    "es": (["carlos", "maria", "javier", "lucia", "diego", "sofia", "pablo", "elena"],
           ["garcia", "lopez", "martinez", "ruiz", "torres", "moreno", "vega"]),
    "pt": (["joao", "mariana", "lucas", "ana", "pedro", "beatriz", "rafael", "camila"],
           ["silva", "santos", "oliveira", "costa", "pereira", "souza", "almeida"]),
    "fr": (["pierre", "camille", "julien", "claire", "antoine", "sophie", "nicolas", "lea"],
           ["dubois", "martin", "bernard", "moreau", "laurent", "girard"]),
    "de": (["klaus", "anna", "jonas", "lena", "markus", "julia", "stefan", "katrin"],
           ["mueller", "schmidt", "weber", "wagner", "becker", "hoffmann"]),
    "it": (["marco", "giulia", "luca", "chiara", "matteo", "francesca", "paolo"],
           ["rossi", "bianchi", "russo", "ferrari", "esposito", "romano"]),
    "ru": (["ivan", "olga", "dmitry", "elena", "sergey", "natalia", "alexey", "irina"],
           ["petrov", "ivanova", "smirnov", "kuznetsova", "popov", "volkov"]),
    "tr": (["mehmet", "ayse", "emre", "zeynep", "burak", "elif", "murat"],
           ["yilmaz", "demir", "kaya", "celik", "sahin", "ozturk"]),
    "id": (["budi", "dewi", "agus", "sari", "rina", "eko", "putri"],
           ["santoso", "wijaya", "pratama", "hidayat", "saputra", "kurniawan"]),
    "vi": (["linh", "minh", "tuan", "thu", "hoang", "lan", "phuong"],
           ["nguyen", "tran", "pham", "vu", "dang", "hoang"]),
    "zh": (["wei", "lily", "jun", "xiaoming", "fang", "lei", "hui", "chen"],
           ["wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou"]),
    "ja": (["kenji", "yuki", "takashi", "aya", "hiroshi", "mai", "daisuke"],
           ["tanaka", "sato", "suzuki", "takahashi", "watanabe", "ito"]),
    "ko": (["minho", "jisoo", "hyun", "seoyeon", "jiwoo", "dongha", "eunji"],
           ["kim", "lee", "park", "choi", "jung", "kang"]),
    "ar": (["ahmed", "omar", "fatima", "khalid", "layla", "youssef", "sara"],
           ["hassan", "alsaleh", "mansour", "haddad", "nasser", "farouk"]),
    "hi": (["rahul", "priya", "amit", "sneha", "vikram", "anjali", "rohit"],
           ["sharma", "gupta", "patel", "singh", "verma", "mehta"]),
}

FREE_MAIL = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"],
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es"],
    "pt": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "sapo.pt"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "yahoo.fr"],
    "de": ["gmail.com", "gmx.de", "web.de", "t-online.de", "gmx.net"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "id": ["gmail.com", "yahoo.co.id"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
}

COMPANY = {
    "en": ["brightsource-trading.com", "northwind-supply.com", "pacificparts.co.uk"],
    "es": ["importaciones-andes.com.mx", "textilesvalencia.es"],
    "pt": ["casadasferragens.com.br", "lusoexport.pt"],
    "fr": ["atelier-durand.fr", "sud-emballage.fr"],
    "de": ["mueller-technik.de", "nordlicht-handel.de"],
    "it": ["rossi-forniture.it", "tessuti-como.it"],
    "ru": ["opt-torg.ru", "uralsnab.ru"],
    "tr": ["anadolu-makina.com.tr", "egetekstil.com"],
    "id": ["sumberjaya-textile.co.id", "mitra-plastik.com"],
    "vi": ["vinatex-hcm.vn", "sonhagroup.com.vn"],
    "zh": ["hengtai-textile.cn", "sz-ledlight.com", "ningbo-fasteners.com"],
    "ja": ["tokyo-seiki.co.jp", "osaka-parts.jp"],
    "ko": ["seoul-trade.co.kr", "hanil-chem.com"],
    "ar": ["gulf-trading.ae", "alnoor-import.com.sa"],
    "hi": ["shreeji-exports.in", "krishna-textiles.co.in"],
}

ROLES = ["sales", "info", "export", "purchase", "office"]
TG_TAILS = ["opt", "trade", "sales", "shop", "export", "supply"]
PATHS = {"en": ["catalog", "shop", "products"], "es": ["catalogo", "tienda"], "pt": ["catalogo", "loja"],
         "fr": ["catalogue", "boutique"], "de": ["katalog", "shop"], "it": ["catalogo", "negozio"],
         "ru": ["katalog", "price"], "tr": ["katalog", "urunler"], "id": ["produk", "katalog"],
         "vi": ["san-pham", "catalog"], "zh": ["products", "catalog"], "ja": ["products", "catalog"],
         "ko": ["products", "catalog"], "ar": ["catalog", "products"], "hi": ["catalog", "products"]}
MARKET_URLS = {"id": ["tokopedia.com/{s}", "shopee.co.id/{s}"], "vi": ["shopee.vn/{s}"],
               "ru": ["ozon.ru/seller/{s}"], "tr": ["trendyol.com/magaza/{s}"],
               "ko": ["smartstore.naver.com/{s}"], "ja": ["rakuten.co.jp/{s}"], "zh": ["{s}.1688.com"],
               "en": ["instagram.com/{s}", "facebook.com/{s}"], "es": ["instagram.com/{s}"],
               "pt": ["instagram.com/{s}"], "hi": ["indiamart.com/{s}"], "ar": ["instagram.com/{s}"]}


def person(r, lang):
    f, l = NAMES[lang]
    return r.choice(f), r.choice(l)


def make_email(r, lang):
    first, last = person(r, lang)
    k = r.randrange(9)
    if lang == "zh" and r.random() < 0.3:
        return dgr(r, 1).replace("0", "8") + dgr(r, r.choice([6, 7, 8])) + "@" + r.choice(["qq.com", "163.com"])
    local = [first + "." + last, first + "_" + last, first + last, first[0] + "." + last,
             first + "." + last + dgr(r, 2), first + dgr(r, r.choice([2, 4])), first + "-" + last,
             last + "." + first, r.choice(ROLES) + "." + last][k]
    dom = r.choice(FREE_MAIL[lang] if r.random() < 0.65 else COMPANY[lang])
    if dom.startswith("gmail") and "." not in local and "_" not in local and r.random() < 0.5:
        local = first + "." + last
    return local + "@" + dom


def make_handle(r, lang, app):
    first, last = person(r, lang)
    if app == "WX":
        k = r.randrange(4)
        if k == 3:
            return "wxid_" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6)) + dgr(r, 4)
        return [first + "_" + dgr(r, 4), first + last + dgr(r, 2), first + "-" + last + dgr(r, 3)][k]
    if app in ("TG", "TME"):
        u = r.choice([first + "_" + r.choice(TG_TAILS), first + last + dgr(r, 2), last + "_" + first,
                      r.choice(TG_TAILS) + "_" + first])
        return ("@" + u) if app == "TG" else "t.me/" + u
    if app == "SKYPE":
        u = r.choice([first + "." + last, first + "_" + last, first + last + dgr(r, 2)])
        return ("live:" + u) if r.random() < 0.6 else u
    if app == "LINE":
        return r.choice([last + "_" + first[0] + dgr(r, 2), first + dgr(r, 4), last + "." + first])
    if app == "KAKAO":
        return r.choice([first + "_" + last, first + dgr(r, 3), last + first])
    raise KeyError(app)


def make_url(r, lang):
    if lang in MARKET_URLS and r.random() < 0.4:
        first, last = person(r, lang)
        shop = r.choice([first + last, last + "store", first + "-" + last])
        return r.choice(MARKET_URLS[lang]).format(s=shop)
    host = r.choice(COMPANY[lang])
    www = "www." if r.random() < 0.7 else ""
    path = "/" + r.choice(PATHS[lang]) if r.random() < 0.7 else ""
    return www + host + path


def make_card(r, lang):
    kind = r.choice({"zh": ["up", "up", "visa", "mc"], "ja": ["jcb", "jcb", "visa", "mc"]}.get(
        lang, ["visa", "visa", "mc", "mc", "amex", "disc"]))
    body = {"visa": lambda: "4" + dgr(r, 14), "mc": lambda: "5" + r.choice("12345") + dgr(r, 13),
            "amex": lambda: r.choice(["34", "37"]) + dgr(r, 12), "disc": lambda: "6011" + dgr(r, 11),
            "up": lambda: "62" + dgr(r, 13), "jcb": lambda: "35" + str(r.randint(28, 89)) + dgr(r, 11)}[kind]()
    num = pc.luhn_complete(body)
    return num, ([4, 6, 5] if kind == "amex" else [4, 4, 4, 4])


IBAN_BBAN = {
    "DE": lambda r: dgr(r, 18), "ES": lambda r: dgr(r, 20), "FR": lambda r: dgr(r, 23),
    "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + dgr(r, 22), "PT": lambda r: dgr(r, 21),
    "TR": lambda r: dgr(r, 5) + "0" + dgr(r, 16), "SA": lambda r: dgr(r, 20), "AE": lambda r: dgr(r, 19),
    "GB": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + dgr(r, 14),
}


def make_iban(r, cc):
    v = pc.iban_make(cc, IBAN_BBAN[cc](r))
    assert pc.iban_ok(v) and len(v) == pc.IBAN_LEN[cc]
    return v


def make_bic(r, cc):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    bank = "".join(r.choice(L) for _ in range(4))
    loc = r.choice(L) + r.choice(L + "23456789")
    return bank + cc + loc + (r.choice(["", "XXX", "".join(r.choice(L) for _ in range(2)) + r.choice("123")]))


def make_account(r, lang):
    n = {"ru": 20, "ja": 7, "zh": r.choice([16, 19]), "ko": 12, "hi": r.choice([11, 12, 14]),
         "id": 10, "vi": r.choice([10, 13])}.get(lang, r.choice([8, 10, 11, 12]))
    while True:
        d = ("40702810" + dgr(r, 12)) if lang == "ru" else (r.choice("123456789") + dgr(r, n - 1))
        if not pc.passes_digit_check(d):
            return d


def make_aba(r):
    return pc.aba_complete("%02d" % r.choice(list(range(1, 13)) + list(range(21, 33))) + dgr(r, 6))


def make_ssn(r):
    while True:
        s = "%03d%02d%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999))
        if pc.ssn_ok(s):
            return s


def make_nino(r):
    while True:
        p = r.choice(pc.NINO_A) + r.choice(pc.NINO_B)
        if p not in pc.NINO_BAD:
            return p + dgr(r, 6) + r.choice("ABCD")


def make_aadhaar(r):
    b = r.choice("23456789") + dgr(r, 10)
    return b + pc.verhoeff_digit(b)


def make_cnid(r):
    area = r.choice(["110105", "310104", "440305", "330106", "510107", "320102", "420106"])
    body = area + "%04d%02d%02d" % (r.randint(1965, 2002), r.randint(1, 12), r.randint(1, 28)) + dgr(r, 3)
    return body + pc.cnid_check(body)


# --------------------------------------------------------------------------
# slots: render one PII value, spelled, and append it as a gold span
# --------------------------------------------------------------------------

SLOT_TYPE = {"P": "PHONE", "E": "EMAIL", "WX": "MESSENGER_HANDLE", "QQ": "MESSENGER_HANDLE",
             "TG": "MESSENGER_HANDLE", "TME": "MESSENGER_HANDLE", "SKYPE": "MESSENGER_HANDLE",
             "LINE": "MESSENGER_HANDLE", "KAKAO": "MESSENGER_HANDLE", "URL": "URL", "CARD": "PAYMENT_CARD",
             "ACCT": "BANK_ACCOUNT", "ABA": "BANK_ACCOUNT", "SWIFT": "BANK_ACCOUNT", "IBAN": "IBAN",
             "SSN": "NATIONAL_ID", "NINO": "NATIONAL_ID", "AADHAAR": "NATIONAL_ID", "CNID": "NATIONAL_ID"}


def spell_groups(ds, sizes, r, st, w, gseps=None, ascii_first_p=0.0):
    groups = split_groups(ds, sizes)
    if gseps is None:
        gseps = w["cgsep"]
    sep = r.choice(gseps)
    parts = [spell_digit_run(g, w, r, st) for g in groups]
    if len(parts) > 2 and r.random() < ascii_first_p:
        parts[0] = groups[0]
    return sep.join(parts)


def spell_chars(s, r, st, w, group=4):
    """IBAN / BIC / NINO: letters as capitals, digits as digit words, groups of `group`."""
    gs = [s[i:i + group] for i in range(0, len(s), group)]
    sep = r.choice(w["cgsep"])
    out = []
    for g in gs:
        out.append(" ".join(c if c.isalpha() else digit_word(c, w, r, st) for c in g))
    return sep.join(out)


def render_addr(value, r, st, w, letter_p=0.0, literal_domain_p=0.0):
    toks = tokens(value)
    lit = at = None
    if "@" in value[1:]:
        at = [t for _, t in toks].index("@")
        if r.random() < literal_domain_p:
            lit = at + 1
    return render_tokens(toks, r, st, w, letter_p=letter_p, literal_from=lit, letter_before=at)


def fill_slot(m, name, r, st, lang, w):
    typ = SLOT_TYPE[name]
    L = LANG[lang]
    if name == "P":
        country = r.choice(L["countries"])
        text, expect = render_phone(r, st, w, country, intl_p=0.2 if country == "US" else 0.45)
        m.span(typ, text, expect, w, "num")
    elif name == "E":
        v = make_email(r, lang)
        m.span(typ, render_addr(v, r, st, w, letter_p=0.2, literal_domain_p=0.15), v, w, "addr")
    elif name == "QQ":
        v = r.choice("123456789") + dgr(r, r.choice([6, 7, 8, 9]))
        m.span(typ, spell_digit_run(v, w, r, st), v, w, "num")
    elif name in ("WX", "TG", "TME", "SKYPE", "LINE", "KAKAO"):
        v = make_handle(r, lang, name)
        if name == "TME" and r.random() < 0.2:
            v = "https://" + v
        m.span(typ, render_addr(v, r, st, w, letter_p=0.1), v, w, "addr")
    elif name == "URL":
        v = make_url(r, lang)
        m.span(typ, render_addr(v, r, st, w), v, w, "addr")
    elif name == "CARD":
        v, sizes = make_card(r, lang)
        m.span(typ, spell_groups(v, sizes, r, st, w, ascii_first_p=0.15), v, w, "num")
    elif name == "ACCT":
        v = make_account(r, lang)
        n = len(v)
        sizes = r.choice({7: [[7], [3, 4]], 20: [[5, 3, 1, 4, 7], [4, 4, 4, 4, 4]], 12: [[3, 3, 6], [4, 4, 4]]}.get(
            n, [[n], [4] * (n // 4) + ([n % 4] if n % 4 else [])]))
        m.span(typ, spell_groups(v, sizes, r, st, w), v, w, "num")
    elif name == "ABA":
        v = make_aba(r)
        m.span(typ, spell_groups(v, r.choice([[9], [3, 3, 3], [4, 4, 1]]), r, st, w), v, w, "num")
    elif name == "SWIFT":
        v = make_bic(r, L["bic"])
        m.span(typ, spell_chars(v, r, st, w, group=r.choice([4, 11])), v, w, "num")
    elif name == "IBAN":
        v = make_iban(r, r.choice(L["iban"]))
        m.span(typ, spell_chars(v, r, st, w), v, w, "num")
    elif name == "SSN":
        v = make_ssn(r)
        m.span(typ, spell_groups(v, [3, 2, 4], r, st, w), v, w, "num")
    elif name == "NINO":
        v = make_nino(r)
        m.span(typ, spell_chars(v[:2], r, st, w) + " " + spell_groups(v[2:8], [2, 2, 2], r, st, w, [" ", ", "])
               + " " + v[8], v, w, "num")
    elif name == "AADHAAR":
        v = make_aadhaar(r)
        m.span(typ, spell_groups(v, [4, 4, 4], r, st, w), v, w, "num")
    elif name == "CNID":
        v = make_cnid(r)
        body = spell_groups(v[:17], r.choice([[17], [6, 8, 3]]), r, st, w)
        last = "X" if v[17] == "X" else digit_word(v[17], w, r, st)
        m.span(typ, body + ("" if w["tight"] else " ") + last, v, w, "num")
    else:
        raise KeyError(name)


def fill_neg_number(m, name, r, st, w):
    """Spoken order / tracking numbers: digit strings that are not contact details."""
    kind = {"#ORDER": "ORDER", "#TRACK": "TRACKING"}[name]
    while True:
        n = r.choice([5, 6, 7, 8, 9, 10]) if kind == "ORDER" else r.choice([10, 12])
        d = r.choice("123456789") + dgr(r, n - 1)
        if not pc.passes_digit_check(d):
            break
    if n >= 8 and r.random() < 0.5:
        text = spell_groups(d, [4] * (n // 4) + ([n % 4] if n % 4 else []), r, st, w, [" "])
    else:
        text = spell_digit_run(d, w, r, st)
    m.neg(kind, text, d)


TOK = re.compile(r"«([^»]*)»")


def fill_template(m, tpl, r, st, lang, w):
    if tpl.startswith("@"):
        name, tpl = tpl[1:].split("|", 1)
        w = WORDS[name]
    pos = 0
    for mt in TOK.finditer(tpl):
        m.add(tpl[pos:mt.start()])
        inner = mt.group(1)
        if inner.startswith("#"):
            fill_neg_number(m, inner, r, st, w)
        elif ":" in inner:
            kind, txt = inner.split(":", 1)
            m.neg(kind, txt)
        else:
            fill_slot(m, inner, r, st, lang, w)
        pos = mt.end()
    m.add(tpl[pos:])


# --------------------------------------------------------------------------
# self-check: decode a spelled span back to the value it stands for
# --------------------------------------------------------------------------

def tight_script(c):
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF \
        or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF


def wordch(c):
    return unicodedata.category(c)[0] in "LM" and not tight_script(c)


def build_vocab(w, mode):
    v = {}
    for d, word in enumerate(w["digits"]):
        v[word] = str(d)
        for a in w["alt"].get(d, []):
            v[a] = str(d)
    if w["double"]:
        for d in range(10):
            for word in [w["digits"][d]] + w["alt"].get(d, []):
                v[w["double"][0] + " " + word] = str(d) * 2
                v[w["double"][1] + " " + word] = str(d) * 3
    if mode == "num":
        if w["pairs"]:
            top = 1000 if w["pairs"] in ("es", "ru", "tr") else 100
            for n in range(10, top):
                v[pairs_fn(w["pairs"])(n)] = str(n)
        v[w["plus"]] = "+"
        for c in w["connectors"] + w["fillers"]:
            v[c] = ""
    else:
        for key, ch in SYMKEY.items():
            for word in w[ch]:
                v[word] = key
                if w["upper_ok"]:
                    v[word.upper()] = key
        for x in w["www"]:
            v[x] = "www"
    return v


def decode(text, w, mode):
    vocab = build_vocab(w, mode)
    byfirst = {}
    for s in sorted(vocab, key=lambda s: (-len(s), s)):
        byfirst.setdefault(s[0], []).append(s)
    skip = set(" ,，、،") | (set("-－–.") if mode == "num" else set())
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in skip:
            i += 1
            continue
        if c == "+" and mode == "num":
            out.append("+")
            i += 1
            continue
        hit = None
        for s in byfirst.get(c, []):
            b = i + len(s)
            if text.startswith(s, i) and (i == 0 or not (wordch(text[i - 1]) and wordch(c))) \
                    and (b == n or not (wordch(text[b - 1]) and wordch(text[b]))):
                hit = s
                break
        if hit is not None:
            out.append(vocab[hit])
            i += len(hit)
            continue
        if unicodedata.digit(c, None) is not None:
            out.append(str(unicodedata.digit(c)))
            i += 1
            continue
        if c.isascii() and c.isalpha():
            j = i
            while j < n and text[j].isascii() and text[j].isalpha():
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if mode == "addr" and c in "@._-/:":
            out.append(c)
            i += 1
            continue
        raise ValueError("cannot decode %r at %d" % (text, i))
    return "".join(out)


EMAIL_RE = re.compile(r"[a-z0-9]+([._-][a-z0-9]+)*@[a-z0-9-]+(\.[a-z0-9-]+)+")


def value_ok(typ, v, ctx):
    """Validity of the decoded value, per the README's requirements."""
    if typ == "PHONE":
        m = re.fullmatch(r"(\+|00)?(\d+)", v)
        if not m:
            return False
        if m.group(1):
            for cc, trunk, gen, lens, *_ in COUNTRIES.values():
                if m.group(2).startswith(cc) and len(m.group(2)) - len(cc) in lens:
                    return True
            return False
        return 8 <= len(v) <= 12
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v))
    if typ == "PAYMENT_CARD":
        return v.isdigit() and 13 <= len(v) <= 19 and pc.luhn_ok(v)
    if typ == "IBAN":
        return pc.iban_ok(v) and len(v) == pc.IBAN_LEN[v[:2]]
    if typ == "BANK_ACCOUNT":
        if re.search(r"(?i)routing|aba", ctx):
            return pc.aba_ok(v)
        if re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v):
            return True
        return v.isdigit() and not pc.passes_digit_check(v)
    if typ == "NATIONAL_ID":
        return pc.ssn_ok(v) or pc.nino_ok(v) or pc.cnid_ok(v) or (len(v) == 12 and v[0] not in "01"
                                                                 and pc.verhoeff_ok(v))
    if typ == "MESSENGER_HANDLE":
        return bool(re.fullmatch(r"(https://)?(t\.me/|@|live:)?[A-Za-z0-9][A-Za-z0-9._-]{3,31}", v))
    if typ == "URL":
        return bool(re.fullmatch(r"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(/[a-z0-9-]+)*", v))
    return False


# --------------------------------------------------------------------------
# languages: templates (one «SLOT» each; «KIND:text» = planted look-alike;
# «#ORDER» / «#TRACK» = spoken order / tracking number), openers, closers
# --------------------------------------------------------------------------

LANG = {}

LANG["en"] = dict(
    countries=["US", "US", "UK", "AU", "SG", "CN", "IN"], iban=["GB"], bic="US",
    open=["[voice note] ", "(voice to text) ", "the chat keeps hiding numbers so I'll spell it: ", "ok so ",
          "hey, ", "sorry, typing by voice: "],
    close=["thanks", "pls confirm", "ok?", "thx 👍", "cheers", "🙏"],
    join=[". ", ", ", " / ", "\n", " — "],
    phone=["my number is «P», call me after lunch", "whatsapp me on «P»", "you can reach me at «P» any time",
           "call «P» and ask for Tom", "my cell is «P», text first pls", "this app blocks numbers lol so: «P»",
           "number is «P» (WhatsApp and WeChat)", "viber «P»"],
    email=["send the quotation to «E»", "my email is «E»", "email me at «E» pls",
           "it's «E», all lower case", "drop the drawings in my inbox, «E»"],
    msg=["add me on wechat, my id is «WX»", "wechat is «WX»", "telegram «TG»", "find me on telegram: «TME»",
         "my skype is «SKYPE»", "my QQ is «QQ»"],
    url=["full catalogue here: «URL»", "check our shop «URL»", "pics are on «URL»"],
    card=["card number is «CARD», expiry next year", "just charge it to «CARD»"],
    bank=["account number «ACCT», same bank as last time", "routing number «ABA»", "SWIFT code is «SWIFT»",
          "our IBAN is «IBAN»"],
    id=["my social is «SSN» if you need it for the credit check", "national insurance number «NINO»"],
    neg=["we need «QTY:five thousand pieces» at «PRICE:three point two dollars» each",
         "can you do «PRICE:two dollars eighty» a unit for «QTY:ten thousand units»?",
         "shipment leaves on «DATE:the twenty-first of March»",
         "let's talk «TIME:at half past three» tomorrow",
         "meet «AT_WORD:at» the booth, hall «BOOTH:five point one», stand «BOOTH:B two twelve»",
         "the «DOT_WORD:dot» pattern on the fabric is too small",
         "«DOT_WORD:polka dot» print, «QTY:three hundred yards» per color",
         "carton size «DIMENSIONS:sixty by forty by thirty centimeters»",
         "gross weight «WEIGHT:twelve point five kilos» per carton",
         "model «SKU:X two hundred» or «SKU:X two fifty»?",
         "firmware «VERSION:two dot oh dot one» fixes the bug",
         "«PAYMENT_TERMS:thirty percent deposit», balance before shipping",
         "«SPEC:double wall» cartons please, «SPEC:five ply»",
         "«QTY:two forty-foot containers» by «DATE:the end of June»",
         "the call is «TIME:at nine oh five» Beijing time",
         "the order number is «#ORDER»", "tracking number «#TRACK», it's with DHL",
         "«QTY:a hundred and twenty cartons» left in stock",
         "voltage «SPEC:two twenty volts», «SPEC:fifty hertz»",
         "samples cost «PRICE:forty-five dollars» including courier",
         "see you «AT_WORD:at» the fair «DATE:on the fifteenth»",
         "I'm «AT_WORD:at» the factory till «TIME:five thirty»",
         "our «DOT_WORD:dot» matrix printer died, need «QTY:twenty rolls» of labels",
         "sold as a «SKU:triple pack», «PRICE:nine ninety-nine» retail",
         "pickup «TIME:oh nine hundred» «DATE:on Monday the second»",
         "«QTY:two hundred and fifty cartons», «WEIGHT:eighteen hundred kilos» total",
         "the «DATE:twenty twenty-four» catalogue has model «SKU:K nine one seven»",
         "order «#ORDER» ships «DATE:on the third», invoice «INVOICE:P I five five five»"],
)

LANG["zh"] = dict(
    countries=["CN", "CN", "CN", "HK"], iban=[], bic="CN",
    open=["【语音转文字】", "平台屏蔽数字，我用汉字写：", "你好，", "老板，"],
    close=["谢谢", "等你回复", "好吗？", "👍"],
    join=["，", "。", "；", "\n"],
    phone=["我电话«P»，随时打", "手机号«P»，加微信也行", "打我电话：«P»", "我的号码是«P»",
           "系统老屏蔽数字，我念给你：«P»", "联系方式«P»，找王经理"],
    email=["邮箱«E»，报价单发这里", "发邮件到«E»", "我的邮箱是«E»，谢谢", "图纸发我邮箱«E»"],
    msg=["加我微信«WX»", "微信号：«WX»，备注公司名", "QQ号«QQ»", "我QQ是«QQ»，晚上在线", "telegram «TME»"],
    url=["店铺链接«URL»，你自己看", "产品图都在«URL»"],
    card=["卡号«CARD»", "银联卡号是«CARD»"],
    bank=["收款账号«ACCT»", "账号是«ACCT»，户名写公司名"],
    id=["身份证号«CNID»"],
    neg=["要«QTY:五千个»，单价«PRICE:三块二»", "«DATE:三月二十一号»发货", "«TIME:下午三点半»开会",
         "我们在«BOOTH:五点一»号馆«BOOTH:B十二»展位", "订单号«#ORDER»", "快递单号«#TRACK»",
         "纸箱尺寸«DIMENSIONS:六十乘四十乘三十厘米»", "毛重«WEIGHT:十二点五公斤»", "型号«SKU:A三五零»已经停产",
         "«PAYMENT_TERMS:百分之三十定金»，余款发货前付清", "固件«VERSION:二点零点一»修复了这个问题",
         "能不能再便宜«DOT_WORD:一点»", "群里«AT_WORD:艾特»我一下就行", "«QTY:两个四十尺柜»，«DATE:月底»前",
         "«PRICE:九十九块九»一套"],
)

LANG["es"] = dict(
    countries=["ES", "ES", "MX", "CO"], iban=["ES"], bic="ES",
    open=["[nota de voz] ", "el chat bloquea los números, te lo escribo en letras: ", "oye, ", "bueno, "],
    close=["gracias", "saludos", "¿ok?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["mi número es «P»", "llámame al «P»", "WhatsApp: «P»", "te paso mi cel: «P»",
           "el sistema borra los números, te lo escribo: «P»", "escríbeme al «P» por la tarde"],
    email=["mi correo es «E»", "manda la cotización a «E»", "correo: «E»", "los planos mándalos a «E»"],
    msg=["Telegram «TG»", "mi Skype es «SKYPE»", "mi WeChat es «WX»", "búscame en Telegram: «TME»"],
    url=["el catálogo está en «URL»", "mira las fotos en «URL»"],
    card=["el número de tarjeta es «CARD»", "cárgalo a la tarjeta «CARD»"],
    bank=["IBAN «IBAN»", "número de cuenta «ACCT»", "el código SWIFT es «SWIFT»"],
    neg=["necesitamos «QTY:cinco mil piezas» a «PRICE:tres dólares con veinte» cada una",
         "el precio es «PRICE:dos euros con cincuenta» por unidad", "el envío sale «DATE:el quince de agosto»",
         "nos vemos «TIME:a las tres y media»", "estamos en el stand «BOOTH:B doce», pabellón «BOOTH:cinco»",
         "llego «TIME:a las nueve en punto»", "el «DOT_WORD:punto» de venta de Monterrey pidió más",
         "el café va a «PRICE:ciento veinte mil pesos» la «AT_WORD:arroba»", "número de pedido «#ORDER»",
         "número de seguimiento «#TRACK»",
         "medidas de la caja: «DIMENSIONS:sesenta por cuarenta por treinta centímetros»",
         "peso bruto «WEIGHT:doce kilos y medio» por caja", "el modelo «SKU:X doscientos» ya no se fabrica",
         "«PAYMENT_TERMS:treinta por ciento de anticipo», el resto contra BL",
         "la versión «VERSION:dos punto uno» ya corrige eso",
         "«QTY:dos contenedores de cuarenta pies» para «DATE:finales de junio»"],
)

LANG["pt"] = dict(
    countries=["BR", "BR", "BR", "PT"], iban=["PT"], bic="PT",
    open=["[áudio transcrito] ", "o app bloqueia número, vou escrever por extenso: ", "oi, ", "então, "],
    close=["obrigado", "abraço", "ok?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["meu número é «P»", "me chama no zap «P»", "WhatsApp: «P»", "liga pra mim no «P»",
           "anota aí: «P»", "meu celular é «P», pode ligar à tarde"],
    email=["meu e-mail é «E»", "manda o orçamento pro «E»", "e-mail: «E»", "manda as fotos no «E»"],
    msg=["Telegram «TG»", "meu Skype é «SKYPE»", "me acha no Telegram: «TME»"],
    url=["o catálogo tá em «URL»", "dá uma olhada em «URL»"],
    card=["número do cartão «CARD»", "pode passar no cartão «CARD»"],
    bank=["conta corrente «ACCT»", "IBAN «IBAN»", "código SWIFT «SWIFT»"],
    neg=["precisamos de «QTY:cinco mil peças» a «PRICE:três dólares e vinte» cada",
         "a «AT_WORD:arroba» do boi gordo fechou em «PRICE:trezentos e dez reais»",
         "embarque «DATE:dia vinte e um de março»", "a reunião é «TIME:às três e meia»",
         "estamos no estande «BOOTH:B doze»", "número do pedido «#ORDER»", "código de rastreio «#TRACK»",
         "caixa de «DIMENSIONS:sessenta por quarenta por trinta centímetros»",
         "peso bruto «WEIGHT:doze quilos e meio»", "o modelo «SKU:X duzentos» saiu de linha",
         "«PAYMENT_TERMS:trinta por cento de sinal», o resto no embarque",
         "a versão «VERSION:dois ponto um» resolve", "o «DOT_WORD:ponto» de venda fica no centro",
         "manda «QTY:meia dúzia» de amostras", "entrega em «DATE:dez dias úteis»"],
)

LANG["fr"] = dict(
    countries=["FR", "FR", "FR", "MA"], iban=["FR"], bic="FR",
    open=["[message vocal] ", "le chat masque les numéros, je l'écris en lettres : ", "alors ", "bonjour, "],
    close=["merci", "cordialement", "ok ?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["mon numéro c'est le «P»", "appelle-moi au «P»", "WhatsApp : «P»",
           "mon portable : «P», plutôt le matin", "note bien : «P»", "joignable au «P» toute la journée"],
    email=["mon mail c'est «E»", "envoie le devis à «E»", "adresse mail : «E»", "les photos sur «E» stp"],
    msg=["Telegram «TG»", "mon Skype : «SKYPE»", "mon WeChat c'est «WX»", "sur Telegram : «TME»"],
    url=["le catalogue est sur «URL»", "tout est sur «URL»"],
    card=["numéro de carte «CARD»", "débite la carte «CARD»"],
    bank=["IBAN «IBAN»", "code BIC «SWIFT»"],
    neg=["il nous faut «QTY:cinq mille pièces» à «PRICE:trois dollars vingt» l'unité",
         "livraison «DATE:le vingt et un mars»", "on se voit «TIME:à quinze heures trente»",
         "rendez-vous au stand «BOOTH:B douze», hall «BOOTH:cinq»", "numéro de commande «#ORDER»",
         "numéro de suivi «#TRACK»", "carton de «DIMENSIONS:soixante par quarante par trente centimètres»",
         "poids brut «WEIGHT:douze kilos et demi»", "le modèle «SKU:X deux cents» n'est plus fabriqué",
         "«PAYMENT_TERMS:trente pour cent d'acompte», le solde à l'expédition",
         "la version «VERSION:deux point un» corrige le bug", "le «DOT_WORD:point» de vente de Lyon en veut plus",
         "on fait le «DOT_WORD:point» lundi", "il reste «QTY:quatre-vingt-dix cartons»",
         "prix «PRICE:soixante-quinze euros» la pièce"],
)

LANG["de"] = dict(
    countries=["DE", "DE", "DE", "CH"], iban=["DE"], bic="DE",
    open=["[Sprachnachricht] ", "der Chat blockiert Zahlen, ich schreib's aus: ", "also ", "hallo, "],
    close=["danke", "Grüße", "passt das?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["meine Nummer ist «P»", "ruf mich an unter «P»", "WhatsApp: «P»",
           "Handy «P», erreichbar ab «TIME:sechzehn Uhr»", "schreib mir auf «P»", "Tel. «P», fragen Sie nach Jonas"],
    email=["meine Mail ist «E»", "schick das Angebot an «E»", "E-Mail: «E»", "die Zeichnungen bitte an «E»"],
    msg=["Skype «SKYPE»", "Telegram «TG»", "Telegram-Link: «TME»"],
    url=["Katalog unter «URL»", "Bilder findest du auf «URL»"],
    card=["Kartennummer «CARD»", "buch es von der Karte «CARD» ab"],
    bank=["IBAN «IBAN»", "Kontonummer «ACCT»", "BIC «SWIFT»"],
    neg=["wir brauchen «QTY:fünftausend Stück» zu «PRICE:drei Dollar zwanzig» das Stück",
         "Lieferung «DATE:am einundzwanzigsten März»", "treffen wir uns «TIME:um halb vier»",
         "wir sind am Stand «BOOTH:B zwölf» in Halle «BOOTH:fünf»", "Bestellnummer «#ORDER»",
         "Sendungsnummer «#TRACK»", "Karton «DIMENSIONS:sechzig mal vierzig mal dreißig Zentimeter»",
         "Bruttogewicht «WEIGHT:zwölfeinhalb Kilo»", "das Modell «SKU:X zweihundert» gibt es nicht mehr",
         "«PAYMENT_TERMS:dreißig Prozent Anzahlung», Rest vor Verschiffung",
         "Version «VERSION:zwei Punkt eins» behebt den Fehler", "Anruf «TIME:Punkt drei Uhr»",
         "Stoff mit «DOT_WORD:Punktmuster», «QTY:dreihundert Meter»", "noch «QTY:neunundneunzig Paletten» auf Lager",
         "Stückpreis «PRICE:vierundzwanzig Euro neunzig»"],
)

LANG["it"] = dict(
    countries=["IT"], iban=["IT"], bic="IT",
    open=["[messaggio vocale] ", "la chat blocca i numeri, lo scrivo in lettere: ", "allora ", "ciao, "],
    close=["grazie", "saluti", "ok?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["il mio numero è «P»", "chiamami al «P»", "WhatsApp: «P»", "cellulare «P», dopo pranzo",
           "segnati questo: «P»", "mi trovi al «P»"],
    email=["la mia mail è «E»", "manda il preventivo a «E»", "email: «E»", "le foto mandale a «E»"],
    msg=["Telegram «TG»", "Skype «SKYPE»", "su Telegram: «TME»"],
    url=["il catalogo è su «URL»", "guarda su «URL»"],
    card=["numero della carta «CARD»", "addebita sulla carta «CARD»"],
    bank=["IBAN «IBAN»", "conto corrente numero «ACCT»", "codice SWIFT «SWIFT»"],
    neg=["ci servono «QTY:cinquemila pezzi» a «PRICE:tre dollari e venti» l'uno",
         "consegna «DATE:il ventuno marzo»", "ci vediamo «TIME:alle tre e mezza»",
         "siamo allo stand «BOOTH:B dodici», padiglione «BOOTH:cinque»", "numero d'ordine «#ORDER»",
         "numero di tracking «#TRACK»", "cartone «DIMENSIONS:sessanta per quaranta per trenta centimetri»",
         "peso lordo «WEIGHT:dodici chili e mezzo»", "il modello «SKU:X duecento» è fuori produzione",
         "«PAYMENT_TERMS:trenta per cento di anticipo», saldo alla spedizione",
         "la versione «VERSION:due punto uno» risolve", "il «DOT_WORD:punto» vendita di Milano ne vuole altri",
         "pasta formato «AT_WORD:chiocciole», «QTY:duecento cartoni»", "«PRICE:novantanove centesimi» al pezzo"],
)

LANG["ru"] = dict(
    countries=["RU"], iban=[], bic="RU",
    open=["[голосовое] ", "чат режет цифры, пишу словами: ", "короче, ", "здравствуйте, "],
    close=["спасибо", "жду", "ок?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["мой номер «P», звоните", "ватсап «P»", "звоните на «P» после обеда", "диктую номер: «P»",
           "телефон «P», спросить Ольгу", "мобильный «P»"],
    email=["почта «E»", "пишите на «E»", "мой имейл «E», пришлите прайс", "фото скиньте на «E»"],
    msg=["телега «TG»", "телеграм «TME»", "скайп «SKYPE»", "мой вичат «WX»"],
    url=["каталог на «URL»", "все фото тут: «URL»"],
    card=["номер карты «CARD»", "кидайте на карту «CARD»"],
    bank=["расчётный счёт «ACCT»", "номер счёта «ACCT»", "SWIFT «SWIFT»"],
    neg=["нужно «QTY:пять тысяч штук» по «PRICE:три доллара двадцать центов»",
         "отгрузка «DATE:двадцать первого марта»", "созвонимся «TIME:в половине четвёртого»",
         "мы на стенде «BOOTH:Б двенадцать», павильон «BOOTH:пять»", "номер заказа «#ORDER»",
         "трек-номер «#TRACK»", "коробка «DIMENSIONS:шестьдесят на сорок на тридцать сантиметров»",
         "вес брутто «WEIGHT:двенадцать с половиной килограммов»", "модель «SKU:Х двести» сняли с производства",
         "«PAYMENT_TERMS:тридцать процентов предоплаты», остальное перед отгрузкой",
         "версия «VERSION:два точка один» это исправляет", "торговая «DOT_WORD:точка» в Казани берёт ещё",
         "корм для «AT_WORD:собак», «QTY:двести мешков»", "встреча «TIME:в девять ноль-ноль»",
         "цена «PRICE:девятьсот девяносто девять рублей» за штуку"],
)

LANG["tr"] = dict(
    countries=["TR"], iban=["TR"], bic="TR",
    open=["[sesli mesaj] ", "sohbet numaraları engelliyor, yazıyla yazıyorum: ", "merhaba, ", "bakın, "],
    close=["teşekkürler", "kolay gelsin", "tamam mı?", "👍"],
    join=[". ", ", ", "\n", " / "],
    phone=["numaram «P», arayın", "WhatsApp «P»", "cep: «P», akşam arayabilirsiniz",
           "bana şu numaradan ulaşın: «P»", "telefonum «P»"],
    email=["mail adresim «E»", "teklifi şu adrese gönderin: «E»", "e-posta: «E»", "fotoğrafları «E» adresine atın"],
    msg=["telegram «TG»", "telegram linki «TME»", "skype «SKYPE»"],
    url=["katalog şurada: «URL»", "ürünler «URL» sayfasında"],
    card=["kart numarası «CARD»", "karttan çekin: «CARD»"],
    bank=["IBAN «IBAN»", "hesap numarası «ACCT»", "SWIFT kodu «SWIFT»"],
    neg=["«QTY:beş bin adet» lazım, birim fiyat «PRICE:üç dolar yirmi sent»", "sevkiyat «DATE:yirmi bir martta»",
         "«TIME:saat üç buçukta» görüşelim", "standımız «BOOTH:B on iki», salon «BOOTH:beş»",
         "sipariş numarası «#ORDER»", "takip numarası «#TRACK»",
         "koli ölçüsü «DIMENSIONS:altmış çarpı kırk çarpı otuz santim»", "brüt ağırlık «WEIGHT:on iki buçuk kilo»",
         "«SKU:X iki yüz» modeli artık üretilmiyor", "«PAYMENT_TERMS:yüzde otuz peşin», kalanı yüklemeden önce",
         "«VERSION:iki nokta bir» sürümü sorunu çözüyor", "dondurulmuş «AT_WORD:et», «QTY:yirmi ton»",
         "satış «DOT_WORD:noktası» İzmir'de", "fiyat «PRICE:doksan dokuz lira»"],
)

LANG["id"] = dict(
    countries=["ID"], iban=[], bic="ID",
    open=["[pesan suara] ", "chatnya blokir angka, saya tulis huruf ya: ", "halo kak, ", "pak, "],
    close=["makasih", "ditunggu ya", "oke?", "🙏"],
    join=[". ", ", ", "\n", " / "],
    phone=["nomor saya «P», WA aja", "WA «P» ya kak", "hubungi «P» di luar jam kerja", "telp «P»",
           "catat ya: «P»"],
    email=["email saya «E»", "kirim penawaran ke «E»", "emailnya «E» kak", "foto produk kirim ke «E»"],
    msg=["telegram «TG»", "line «LINE»", "telegram: «TME»"],
    url=["cek toko kami di «URL»", "katalog lengkap di «URL»"],
    card=["nomor kartu «CARD»"],
    bank=["no rek «ACCT» a.n. PT Sumber Jaya", "nomor rekening «ACCT»", "kode SWIFT «SWIFT»"],
    neg=["butuh «QTY:lima ribu pcs», harga «PRICE:tiga ribu lima ratus rupiah» per pcs",
         "pengiriman «DATE:tanggal dua puluh satu Maret»", "ketemu «TIME:jam setengah empat» ya",
         "booth kami «BOOTH:B dua belas», hall «BOOTH:lima»", "nomor pesanan «#ORDER»", "nomor resi «#TRACK»",
         "ukuran karton «DIMENSIONS:enam puluh kali empat puluh kali tiga puluh senti»",
         "berat kotor «WEIGHT:dua belas setengah kilo»", "tipe «SKU:X dua ratus» sudah tidak produksi",
         "«PAYMENT_TERMS:DP tiga puluh persen», sisanya sebelum kirim", "versi «VERSION:dua titik satu» sudah fix",
         "«DOT_WORD:titik» kumpul di lobby", "stok warna merah «QTY:kosong»",
         "«PRICE:sembilan puluh sembilan ribu» per lusin"],
)

LANG["vi"] = dict(
    countries=["VN"], iban=[], bic="VN",
    open=["[tin nhắn thoại] ", "app chặn số nên em ghi bằng chữ: ", "dạ, ", "anh ơi, "],
    close=["cảm ơn", "em chờ nhé", "ok không ạ?", "🙏"],
    join=[". ", ", ", "\n", " / "],
    phone=["số điện thoại của mình là «P»", "Zalo «P» nhé", "gọi cho em số «P»", "số em «P», chiều gọi nha",
           "liên hệ «P»"],
    email=["email của em là «E»", "gửi báo giá vào «E» giúp em", "mail: «E»", "gửi ảnh qua «E» nhé"],
    msg=["skype «SKYPE»", "telegram «TME»", "telegram «TG»"],
    url=["xem catalog ở «URL»", "ảnh sản phẩm ở «URL»"],
    card=["số thẻ «CARD»"],
    bank=["số tài khoản «ACCT»", "STK «ACCT» nhé", "mã SWIFT «SWIFT»"],
    neg=["cần «QTY:năm nghìn cái», giá «PRICE:ba đô rưỡi» một cái", "giao hàng «DATE:ngày hai mươi mốt tháng ba»",
         "gặp «TIME:lúc ba giờ rưỡi» nhé", "gian hàng «BOOTH:B mười hai», sảnh «BOOTH:năm»",
         "mã đơn hàng «#ORDER»", "mã vận đơn «#TRACK»",
         "thùng «DIMENSIONS:sáu mươi nhân bốn mươi nhân ba mươi phân»", "trọng lượng «WEIGHT:mười hai ký rưỡi»",
         "mẫu «SKU:X hai trăm» ngừng sản xuất rồi",
         "«PAYMENT_TERMS:đặt cọc ba mươi phần trăm», còn lại trước khi giao",
         "phiên bản «VERSION:hai chấm một» sửa lỗi đó rồi", "vải «DOT_WORD:chấm bi» còn «QTY:ba trăm mét»",
         "còn «QTY:một trăm linh năm thùng»", "giá «PRICE:chín mươi chín nghìn» một bộ"],
)

LANG["ja"] = dict(
    countries=["JP"], iban=[], bic="JP",
    open=["【音声入力】", "数字が消されるので文字で書きます。", "お世話になっております。"],
    close=["よろしくお願いします", "ご確認ください", "🙏"],
    join=["。", "、", "\n"],
    phone=["電話番号は«P»です", "«P»までお電話ください", "携帯：«P»、夕方以降なら出られます", "番号言いますね、«P»",
           "LINEは電話番号で登録してます、«P»"],
    email=["メールは«E»です", "見積もりは«E»に送ってください", "アドレス：«E»", "図面は«E»までお願いします"],
    msg=["LINEのIDは«LINE»です", "LINE «LINE» で追加してください", "Skypeは«SKYPE»です"],
    url=["カタログは«URL»にあります", "商品写真は«URL»で見られます"],
    card=["カード番号は«CARD»です"],
    bank=["口座番号は«ACCT»です", "振込先の口座番号：«ACCT»", "SWIFTコードは«SWIFT»"],
    neg=["«QTY:五千個»で、単価は«PRICE:三ドル二十セント»です", "«DATE:三月二十一日»に出荷します",
         "«TIME:三時半»に打ち合わせしましょう", "ブースは«BOOTH:B十二»です", "注文番号«#ORDER»", "追跡番号«#TRACK»",
         "箱のサイズは«DIMENSIONS:六十かける四十かける三十センチ»", "総重量«WEIGHT:十二点五キロ»",
         "型番«SKU:X二百»は生産終了です", "«PAYMENT_TERMS:前金三十パーセント»、残りは出荷前に",
         "«VERSION:バージョン二点一»で直っています", "«DOT_WORD:ドット»柄の生地、«QTY:三百メートル»",
         "«AT_WORD:アット»ホームな雰囲気の工場です", "«PRICE:九百九十九円»で販売中"],
)

LANG["ko"] = dict(
    countries=["KR"], iban=[], bic="KR",
    open=["[음성 메시지] ", "숫자가 차단돼서 한글로 적을게요. ", "안녕하세요, "],
    close=["감사합니다", "확인 부탁드려요", "👍"],
    join=[". ", ", ", "\n"],
    phone=["제 번호는 «P»입니다", "«P»번으로 전화 주세요", "연락처 «P», 문자 주세요", "폰 번호 불러드릴게요, «P»",
           "휴대폰 «P»"],
    email=["이메일은 «E»입니다", "견적서는 이 메일로 보내주세요: «E»", "메일 주소 «E»"],
    msg=["카톡 아이디 «KAKAO»", "카카오톡 아이디는 «KAKAO»입니다", "텔레그램 «TG»"],
    url=["카탈로그는 여기서 보세요: «URL»", "상품 사진은 «URL» 참고하세요"],
    card=["카드 번호 «CARD»"],
    bank=["계좌번호 «ACCT»", "입금 계좌번호는 «ACCT»입니다", "SWIFT 코드 «SWIFT»"],
    neg=["«QTY:오천 개» 필요하고 단가는 «PRICE:삼 달러 이십 센트»입니다", "«DATE:삼월 이십일일»에 출고합니다",
         "«TIME:세 시 반»에 미팅해요", "부스는 «BOOTH:B 십이 번»입니다", "주문번호 «#ORDER»", "송장번호 «#TRACK»",
         "박스 사이즈 «DIMENSIONS:육십 곱하기 사십 곱하기 삼십 센티»", "총중량 «WEIGHT:십이 점 오 킬로»",
         "모델 «SKU:X 이백»은 단종됐어요", "«PAYMENT_TERMS:선금 삼십 퍼센트», 잔금은 출고 전",
         "버전 «VERSION:이 점 일»에서 해결됐어요", "«AT_WORD:골뱅이» 통조림 «QTY:이백 박스»",
         "«DOT_WORD:점심» 먹고 연락드릴게요", "«PRICE:구천구백 원»에 판매 중"],
)

LANG["ar"] = dict(
    countries=["SA", "AE", "EG"], iban=["SA", "AE"], bic="AE",
    open=["[رسالة صوتية] ", "الشات يحجب الأرقام فبكتبها بالحروف: ", "مرحبا، ", "السلام عليكم، "],
    close=["شكراً", "بانتظار ردك", "👍"],
    join=["، ", ". ", "\n"],
    phone=["رقمي «P»، اتصل بي بعد الظهر", "واتساب: «P»", "تواصل معي على «P»", "الرقم هو «P» شكراً",
           "الشات يمسح الأرقام، رقمي: «P»"],
    email=["ايميلي «E»", "أرسل عرض السعر إلى «E»", "البريد الإلكتروني: «E»"],
    msg=["تيليجرام «TG»", "حسابي على تيليجرام «TME»", "سكايب «SKYPE»", "ويتشات «WX»"],
    url=["الكتالوج على «URL»", "صور المنتجات على «URL»"],
    card=["رقم البطاقة «CARD»"],
    bank=["رقم الحساب «ACCT»", "الآيبان «IBAN»", "رمز السويفت «SWIFT»"],
    neg=["نحتاج «QTY:خمسة آلاف قطعة» بسعر «PRICE:ثلاثة دولارات وعشرين سنتاً» للقطعة",
         "الشحن «DATE:يوم الحادي والعشرين من مارس»", "نلتقي «TIME:الساعة الثالثة والنصف»",
         "جناحنا رقم «BOOTH:اثنا عشر» في القاعة «BOOTH:الخامسة»", "رقم الطلب «#ORDER»", "رقم التتبع «#TRACK»",
         "مقاس الكرتونة «DIMENSIONS:ستين في أربعين في ثلاثين سم»", "الوزن الإجمالي «WEIGHT:اثنا عشر كيلو ونصف»",
         "الموديل «SKU:إكس مئتين» توقف إنتاجه", "«PAYMENT_TERMS:دفعة مقدمة ثلاثين بالمئة»، والباقي قبل الشحن",
         "الإصدار «VERSION:اثنان نقطة واحد» يحل المشكلة", "«DOT_WORD:نقطة» التجمع عند البوابة",
         "«QTY:ستة أطنان» من التمر", "السعر «PRICE:تسعة وتسعون درهماً» للقطعة"],
)

LANG["hi"] = dict(
    countries=["IN"], iban=[], bic="IN",
    open=["[वॉइस मैसेज] ", "चैट नंबर ब्लॉक कर रहा है, शब्दों में लिख रहा हूँ: ", "नमस्ते, ", "भाई, "],
    close=["धन्यवाद", "जल्दी बताना", "🙏"],
    join=["। ", ", ", "\n"],
    phone=["मेरा नंबर «P» है", "व्हाट्सऐप पर «P» पे मैसेज करो", "«P» पर कॉल करना, शाम को",
           "@hi_latn|mera number «P» hai, call karo", "@hi_latn|whatsapp karo «P» pe"],
    email=["मेरी ईमेल आईडी «E» है", "कोटेशन «E» पर भेज दो", "@hi_latn|email id «E» hai bhai",
           "@hi_latn|quotation «E» pe bhejo"],
    msg=["टेलीग्राम पर «TG»", "skype id «SKYPE»", "@hi_latn|telegram pe «TME»"],
    url=["पूरा कैटलॉग «URL» पर है"],
    card=["कार्ड नंबर «CARD»"],
    bank=["अकाउंट नंबर «ACCT» है", "@hi_latn|account number «ACCT», IFSC baad mein bhejta hoon", "SWIFT कोड «SWIFT»"],
    id=["आधार नंबर «AADHAAR»", "@hi_latn|aadhaar number «AADHAAR» hai, KYC ke liye"],
    neg=["हमें «QTY:पाँच हज़ार पीस» चाहिए, «PRICE:तीन डॉलर बीस सेंट» प्रति पीस", "डिलीवरी «DATE:इक्कीस मार्च» को होगी",
         "«TIME:साढ़े तीन बजे» मिलते हैं", "हमारा स्टॉल «BOOTH:बी बारह» है", "ऑर्डर नंबर «#ORDER»",
         "ट्रैकिंग नंबर «#TRACK»", "कार्टन «DIMENSIONS:साठ बाई चालीस बाई तीस सेंटीमीटर»",
         "वज़न «WEIGHT:साढ़े बारह किलो»", "मॉडल «SKU:एक्स दो सौ» बंद हो गया",
         "«PAYMENT_TERMS:तीस प्रतिशत एडवांस», बाकी डिस्पैच से पहले", "वर्ज़न «VERSION:दो पॉइंट एक» में ठीक है",
         "«SPEC:डबल लेयर» पैकिंग चाहिए", "«DOT_WORD:डॉट» प्रिंट वाला कपड़ा",
         "@hi_latn|maal «AT_WORD:at the rate of» «PRICE:one twenty rupees» per kg bhejo",
         "@hi_latn|«SPEC:double packing» chahiye, order «#ORDER»"],
)


# --------------------------------------------------------------------------
# assembling messages
# --------------------------------------------------------------------------

CATS = [("phone", 38), ("email", 26), ("msg", 15), ("url", 5), ("card", 6), ("bank", 8), ("id", 8)]
LANG_COUNTS = {"en": 36}


def word_set(r, lang):
    if lang == "ja":
        return WORDS["ja_k" if r.random() < 0.35 else "ja"]
    if lang != "en" and r.random() < 0.1:
        return WORDS["en"]          # code-switching: spelled with English words
    return WORDS[lang]


def build(r, lang, kind):
    L = LANG[lang]
    m = Msg()
    st = {"lang": lang}
    w = word_set(r, lang)
    if kind == "negative":
        if r.random() < 0.3:
            m.add(r.choice(L["open"]))
        k = r.choice([1, 2, 2, 3])
        clauses = r.sample(L["neg"], k)
        for i, c in enumerate(clauses):
            if i:
                m.add(r.choice(L["join"]))
            fill_template(m, c, r, st, lang, w)
    else:
        cats = [c for c, _ in CATS if L.get(c)]
        weights = [wt for c, wt in CATS if L.get(c)]
        n = 1 if kind == "single" else r.choice([2, 2, 3])
        chosen = []
        while len(chosen) < n:
            c = r.choices(cats, weights)[0]
            if c not in chosen:
                chosen.append(c)
        if r.random() < 0.35:
            m.add(r.choice(L["open"]))
        for i, c in enumerate(chosen):
            if i:
                m.add(r.choice(L["join"]))
            fill_template(m, r.choice(L[c]), r, st, lang, w)
        if r.random() < 0.45:
            m.add(r.choice(L["join"]))
            fill_template(m, r.choice(L["neg"]), r, st, lang, w)
    if r.random() < 0.35:
        m.add(r.choice(L["join"]) + r.choice(L["close"]))
    return m


def plan(r):
    langs = list(LANG)
    counts = {l: LANG_COUNTS.get(l, 0) for l in langs}
    rest = N_MESSAGES - sum(counts.values())
    free = [l for l in langs if not counts[l]]
    for i, l in enumerate(free):
        counts[l] = rest // len(free) + (1 if i < rest % len(free) else 0)
    items = []
    for l in langs:
        n = counts[l]
        nneg = round(n * 0.3)
        nmulti = round(n * 0.2)
        items += [(l, "negative")] * nneg + [(l, "multi")] * nmulti + [(l, "single")] * (n - nneg - nmulti)
    r.shuffle(items)
    return items


def generate(seed=SEED):
    r = random.Random(seed)
    recs, checks = [], []
    for i, (lang, kind) in enumerate(plan(r)):
        for _ in range(50):
            m = build(r, lang, kind)
            if 20 <= len(m.text) <= 300 and (kind != "multi" or len(m.spans) > 1):
                break
        rec = {"id": "sp-%05d" % (i + 1), "text": m.text, "spans": m.spans, "lang": lang,
               "kind": "negative" if not m.spans else "single" if len(m.spans) == 1 else "multi",
               "negatives": [{k: v for k, v in n.items() if not k.startswith("_")} for n in m.negs]}
        recs.append(rec)
        checks.append(m)
    return recs, checks


def dump(recs):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in recs).encode("utf-8")


def self_check(recs, checks):
    errors = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for rec, m in zip(recs, checks):
        t = rec["text"]
        prev = -1
        for s in rec["spans"]:
            a, b = s["start"], s["end"]
            if t[a:b] != s["value"] or a < prev or not (0 <= a < b <= len(t)) or s["value"] != s["value"].strip():
                errors.append("%s bad span %r" % (rec["id"], s))
            prev = b
        for n in m.negs:
            a, b = n["start"], n["end"]
            if t[a:b] != n["value"]:
                errors.append("%s bad negative %r" % (rec["id"], n))
            if any(s["start"] < b and a < s["end"] for s in rec["spans"]):
                errors.append("%s negative overlaps a span %r" % (rec["id"], n))
            if pc.neg_problem(n["value"], n["kind"]) or (n["_digits"] and pc.passes_digit_check(n["_digits"])):
                errors.append("%s negative passes a checksum %r" % (rec["id"], n))
        for s, expect, w, mode in m.checks:
            try:
                got = decode(s["value"], w, mode)
            except ValueError as e:
                errors.append("%s %s" % (rec["id"], e))
                continue
            if s["type"] in ("IBAN", "BANK_ACCOUNT", "PAYMENT_CARD", "NATIONAL_ID"):
                got = re.sub(r"[^0-9A-Za-z]", "", got)
            if got != expect:
                errors.append("%s decodes to %r, expected %r: %r" % (rec["id"], got, expect, s["value"]))
            if not value_ok(s["type"], expect, t[max(0, s["start"] - 20):s["start"]]):
                errors.append("%s invalid %s value %r" % (rec["id"], s["type"], expect))
    return errors


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_spoken.py OUT.jsonl")
    recs, checks = generate()
    data = dump(recs)
    if dump(generate()[0]) != data:
        sys.exit("not deterministic")
    errors = self_check(recs, checks)
    for e in errors[:40]:
        print("SELF-CHECK:", e, file=sys.stderr)
    with open(sys.argv[1], "wb") as f:
        f.write(data)
    types, langs = {}, {}
    for rec in recs:
        langs[rec["lang"]] = langs.get(rec["lang"], 0) + 1
        for s in rec["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    free = sum(1 for rec in recs if not rec["spans"])
    nneg = sum(len(rec["negatives"]) for rec in recs)
    longest = max(len(rec["text"]) for rec in recs)
    print("%d messages, %d PII-free, %d spans %s, %d negatives, langs %s, max len %d, self-check %s"
          % (len(recs), free, sum(types.values()), dict(sorted(types.items())), nneg, dict(sorted(langs.items())),
             longest, "OK" if not errors else "%d problems" % len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
