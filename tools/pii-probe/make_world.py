#!/usr/bin/env python3
"""make_world.py -- "the whole world's contact details" probe set for the
Parley chat-gateway PII detector.

    python3 make_world.py OUT.jsonl

writes 400 long (150-900 code points), real-looking B2B messages in the
corpus format of /work/shared/pii-corpus/README.md (one JSON object a line):

    {"id": "wd-00001", "text": ..., "spans": [{"start", "end", "type", "value"}],
     "lang": ..., "kind": "negative" | "single" | "multi", "negatives": [...]}

and prints a one-line summary plus the result of its self-check (exit 1 if
the check fails).  Written from the README only; probe_common.py supplies the
check-digit helpers.

What the set is.  Messages as suppliers and buyers really write them:
* a supplier's reply that answers three numbered questions (price with an
  Incoterm, lead time, MOQ/packing) and ends with a signature block (name,
  title, company, address, phones, e-mail, website, messenger, social page,
  registration number, EU-style legal footer with IBAN and BIC);
* a buyer's inquiry with a delivery address; shipping instructions with
  shipper, consignee (address, tax id, contact), notify party and final
  delivery address; payment instructions (beneficiary, address, bank,
  IBAN or local account, SWIFT, intermediary bank); a claim that asks for a
  refund to the buyer's account; a company introduction listing offices in
  several countries; a sample request to a named recipient; a follow-up that
  moves to WhatsApp / WeChat / LINE / KakaoTalk / Zalo / Viber / Telegram /
  Skype; a factory-visit invitation after a trade fair;
* 80 messages (20 %) without PII: price negotiation, shipment update,
  customs paperwork, company introduction with cities and ports only.
Contact details come from 48 countries (Mexico, Colombia, Chile, Peru,
Argentina, Brazil, Canada, UK, Ireland, France, Spain, Portugal, Italy,
Netherlands, Belgium, Germany, Austria, Switzerland, Poland, Czechia,
Romania, Greece, Türkiye, Russia, Ukraine, UAE, Saudi Arabia, Egypt, Nigeria,
Kenya, South Africa, India, Pakistan, Bangladesh, Sri Lanka, Thailand,
Vietnam, Malaysia, Singapore, Indonesia, Philippines, China, Hong Kong,
Taiwan, Japan, Korea, Australia, New Zealand) in the formats locals use:
addresses in local order and, where natives write them so, in their own
script (Greek, Cyrillic, Arabic incl. Arabic-Indic digits, Bengali, Thai,
Vietnamese, Chinese, Japanese, Korean), on one line or several; phone
numbers in national and international forms (+cc, 00cc, trunk 0/8, (0)
notation, area codes and subscriber lengths of each country); e-mails on
company domains with country TLDs and on local free-mail providers (a few
obfuscated: [at]/(at)/"at ... dot"/full-width ＠); websites and social pages;
messenger ids; IBANs of 22 IBAN countries (mod-97 valid, each country's
length, national check digits for FR/ES/PT/IT/BE/NL); local account numbers
(CLABE, CBU, CCI, р/с + к/с + БИК, NUBAN, IFSC, BSB, sort code, transit /
institution, 店番 + 普通, ...); SWIFT codes; ABA numbers of US intermediary
banks (checksum-valid).  Message language ("lang"): en es pt de fr ru zh ja
ko -- the local language for about 70 % of messages from countries whose
language has templates, English otherwise.

Look-alikes ("negatives", with these kinds): COMPANY, PLACE (cities, ports,
countries, "FOB Ningbo"), PRICE (local currencies and notations: R$ 1.234,56,
CHF 1'234.50, ₹1,25,000, 12.500.000 ₫, 1 234,56 zł, ...), DATE (local orders,
Buddhist and ROC years, 令和), TIME, QTY, WEIGHT, DIM, HS_CODE (national
notations), CONTAINER (ISO 6346 with valid check digit), BL, BOOKING,
INVOICE, PO, SKU, SPEC, VESSEL, TRACKING, BOOTH, CERT, CERT_REF, FILE,
PAYMENT_TERMS, MENTION (@name), BIC_LIKE_WORD (8/11-letter caps words such
as BENEFICIARY, DELIVERY, SHIPMENT), and registration / tax numbers as
COMPANY_REG, TAX_ID, VAT (CNPJ, RFC, RUT, NIT, RUC, CUIT, SIRET, NIF, P.IVA,
KvK, USt-IdNr., HRB, UID, NIP, REGON, IČO, CUI, Vergi No, ИНН, КПП, ОГРН,
ЄДРПОУ, TRN, CR, KRA PIN, GSTIN, CIN, NTN, BIN, NPWP, TIN, USCC, 統一編號,
法人番号, 사업자등록번호, ABN, ACN, NZBN ...).  Every look-alike is drawn so
that it passes no checksum of what it could imitate (Luhn for 13-19 digits,
Verhoeff for 12, China ID for 18, ABA for 9, mod-97 for IBAN-shaped strings);
values that would pass are redrawn.

Conventions (README rules and how its open points were decided):
* Offsets are Python code point offsets, end exclusive, recorded while the
  text is assembled piece by piece (never by searching afterwards).
* POSTAL_ADDRESS (the README names only US/CN/UK/DE; any street address is
  labeled here): one span from the first component (room/unit/floor,
  building, P.O. Box, house number or street -- or, in big-endian native
  order, country/province/postal code) to the last (postal code, city,
  province or country), across line breaks when written on several lines.
  Outside the span: the company or person name line above it, "Attn" lines,
  labels ("Address:", "地址：") and the Japanese postal mark 〒.  Bank-branch
  addresses are addresses too.  Cities, ports and countries on their own are
  not labeled (listed as PLACE).
* PHONE: from "+" / "00" / "(" / first digit to the last digit; labels
  ("Tel:", "Fax:", "WhatsApp:", "Zalo:", "Viber:") excluded.  A number given
  as a WhatsApp / Viber / Zalo / WeChat contact is PHONE.  Fax numbers are
  PHONE.
* MESSENGER_HANDLE: the id only -- WeChat id (incl. wxid_), QQ number, LINE
  id (with the "@" of official accounts), KakaoTalk id, Telegram "@name",
  Skype "live:..."; deep links (t.me/..., wa.me/<number>, line.me/ti/p/~...)
  are one MESSENGER_HANDLE span, also when the link holds a phone number.
* URL: company sites with or without scheme, social pages (LinkedIn,
  Facebook, Instagram, YouTube); never trailing punctuation.
* BANK_ACCOUNT: every account number introduced as such and every routing /
  branch code given in payment details (SWIFT/BIC, ABA, UK/IE sort code,
  BSB, IFSC, Canadian transit and institution numbers, БИК, к/с, Brazilian
  agência, Japanese 店番, South African branch code) -- the README labels
  SWIFT and ABA, and these play the same role.  Bank and branch names are not
  labeled.  IBANs are IBAN (grouped by 4 or compact).
* EMAIL: the whole address as written, obfuscation words included.
* "kind" is negative / single / multi for 0 / 1 / 2+ spans.  Messages are
  longer than the README's dev set (20-300): check them with
  validate.py --no-length.

Deterministic: one random.Random(SEED) (reset in generate()); no iteration
over sets; the self-check builds the set twice and compares the bytes.
"""
import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_common as pc  # noqa: E402

SEED = 20250318
N_MESSAGES = 400
N_NEGATIVE = 80
R = random.Random(SEED)


# ---------------------------------------------------------------- basics
def c(seq):
    return seq[R.randrange(len(seq))]


def ri(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


def fill(p):
    """# digit, & 2-9, % 1-9, ^ A-Z, * A-Z0-9, ~ a-z0-9; others literal."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(c("0123456789"))
        elif ch == "&":
            out.append(c("23456789"))
        elif ch == "%":
            out.append(c("123456789"))
        elif ch == "^":
            out.append(c("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        elif ch == "*":
            out.append(c("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
        elif ch == "~":
            out.append(c("abcdefghijkmnopqrstuvwxyz0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def digits(n, first_nonzero=False):
    s = "".join(c("0123456789") for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = c("123456789") + s[1:]
    return s


ASCII_MAP = {"ß": "ss", "ø": "o", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}


def ascii_fold(s):
    s = "".join(ASCII_MAP.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


STOP = {"de", "del", "la", "las", "los", "do", "da", "das", "dos", "the", "and", "und", "di", "e", "y", "et",
        "of", "van", "der", "den", "co", "&"}


def slug(name, sep=""):
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_fold(name).lower()) if w]
    keep = [w for w in words if w not in STOP] or words
    return sep.join(keep[:2])


def nonempty(*xs):
    return [x for x in xs if x]


# ---------------------------------------------------------------- pieces
# A piece is ("T", None, text) plain text, ("P", TYPE, value) a gold span,
# ("N", KIND, value) a planted look-alike.
def T(s):
    return [("T", None, s)]


def P(typ, v):
    return [("P", typ, v)]


def N(kind, v):
    return [("N", kind, v)]


def cat(*parts):
    out = []
    for p in parts:
        if p:
            out.extend(p)
    return out


def join(seq, sep):
    """Join lists of pieces with a plain separator."""
    out = []
    for i, p in enumerate(x for x in seq if x):
        if i:
            out.extend(T(sep))
        out.extend(p)
    return out


class Msg:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def add(self, pieces):
        for piece in pieces:
            tag, typ, val = piece[:3]
            if not val:
                continue
            if tag == "P":
                self.spans.append({"start": self.n, "end": self.n + len(val), "type": typ, "value": val})
                if len(piece) > 3:
                    self.spans[-1]["_cc"] = piece[3]
            elif tag == "N":
                self.negs.append({"start": self.n, "end": self.n + len(val), "kind": typ, "value": val})
            self.buf.append(val)
            self.n += len(val)
        return self

    def text(self):
        return "".join(self.buf)


def neg(kind, fn, tries=200):
    """A look-alike value that passes no checksum of what it imitates."""
    for _ in range(tries):
        v = fn()
        if not pc.neg_problem(v, kind) and not pc.passes_some_check(v):
            return v
    raise AssertionError("cannot draw a safe look-alike for %s" % kind)


def NG(kind, fn):
    return N(kind, neg(kind, fn))


# ---------------------------------------------------------------- countries
# Each country: English name, main language, company names, people, e-mail
# domains, ports/cities, currency, date style, phones (land/mobile lists of
# (areas, national templates, international templates); {a} = area code).
COUNTRIES = []


def country(cc, **kw):
    kw["cc"] = cc
    COUNTRIES.append(kw)


country("MX", name="Mexico", native="México", lang="es", tld=["com.mx", "mx"], free=["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx"],
        cos=["Aceros del Bajío", "Plásticos Anáhuac", "Grupo Industrial Norteño", "Empaques Sierra Madre", "Distribuidora Azteca", "Maquinaria Regiomontana"],
        sfx=["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."],
        first=["Alejandro", "María Fernanda", "Jorge", "Guadalupe", "Ricardo", "Daniela"], last=["Hernández", "García", "Martínez", "López", "Ramírez", "Torres"],
        ports=["Manzanillo", "Lázaro Cárdenas", "Veracruz", "Altamira"], cities=["Guadalajara", "Monterrey", "Querétaro", "Ciudad de México"],
        cur="MXN", date="dmy/", msgr=["WhatsApp"],
        land=[(["55", "33", "81"], ["{a} &### ####", "({a}) &###-####", "{a}-&###-####"], ["+52 {a} &### ####", "+52 ({a}) &###-####"]),
              (["222", "442", "477", "664", "998"], ["({a}) &## ####", "{a} &## ####"], ["+52 {a} &## ####"])],
        mob=[(["55", "33", "81"], ["{a} &### ####", "{a}-&###-####"], ["+52 1 {a} &### ####", "+52 {a} &### ####", "+52{a}&#######"])])
country("CO", name="Colombia", lang="es", tld=["com.co", "co"], free=["gmail.com", "hotmail.com", "outlook.com"],
        cos=["Textiles Andinos", "Café Sierra Nevada", "Importadora Cafetera", "Plásticos del Valle", "Logística Caribe", "Ferretería Antioqueña"],
        sfx=["S.A.S.", "S.A.", "Ltda."],
        first=["Andrés", "Carolina", "Juan Pablo", "Natalia", "Santiago", "Paola"], last=["Restrepo", "Gómez", "Rodríguez", "Vargas", "Ospina", "Cárdenas"],
        ports=["Buenaventura", "Cartagena", "Barranquilla", "Santa Marta"], cities=["Bogotá", "Medellín", "Cali"],
        cur="COP", date="dmy/", msgr=["WhatsApp"],
        land=[(["601", "604", "602", "605"], ["({a}) &## ####", "{a} &## ####"], ["+57 {a} &## ####", "+57 ({a}) &######"])],
        mob=[(["300", "301", "310", "311", "312", "313", "315", "316", "317", "318", "320", "321", "350"], ["{a} ### ####", "{a} #######"],
              ["+57 {a} ### ####", "+57 {a}#######", "+57 {a}-###-####"])])
country("CL", name="Chile", lang="es", tld=["cl"], free=["gmail.com", "hotmail.com", "vtr.net"],
        cos=["Frutícola Los Andes", "Maderas del Sur", "Salmones Australes", "Comercial Pacífico Norte", "Vinos Valle Central", "Minera Atacama Supply"],
        sfx=["SpA", "Ltda.", "S.A."],
        first=["Felipe", "Constanza", "Matías", "Javiera", "Cristián", "Francisca"], last=["Muñoz", "Soto", "Contreras", "Rojas", "Fuentes", "Valenzuela"],
        ports=["San Antonio", "Valparaíso", "Iquique", "Antofagasta"], cities=["Santiago", "Concepción", "Puerto Montt"],
        cur="CLP", date="dmy-", msgr=["WhatsApp"],
        land=[(["2"], ["(2) 2### ####", "22 ### ####", "(22) ### ####"], ["+56 2 2### ####", "+56 22 ### ####"])],
        mob=[(["9"], ["9 #### ####", "09 #### ####"], ["+56 9 #### ####", "+569 ########", "+56 9 ########"])])
country("PE", name="Peru", native="Perú", lang="es", tld=["com.pe", "pe"], free=["gmail.com", "hotmail.com", "yahoo.es"],
        cos=["Agroexportadora Inca", "Textil Arequipeña", "Pesquera del Pacífico", "Minerales Andinos", "Cafés del Cusco", "Corporación Lima Norte"],
        sfx=["S.A.C.", "S.A.", "E.I.R.L."],
        first=["Luis", "Rosa", "Carlos", "Milagros", "Jorge", "Ana Lucía"], last=["Quispe", "Flores", "Mendoza", "Huamán", "Chávez", "Salazar"],
        ports=["Callao", "Paita", "Matarani"], cities=["Lima", "Arequipa", "Trujillo"],
        cur="PEN", date="dmy/", msgr=["WhatsApp"],
        land=[(["1"], ["(01) &## ####", "01 &######", "(01) &##-####"], ["+51 1 &## ####", "+51 (1) &######"])],
        mob=[(["9"], ["{a}## ### ###", "{a}########"], ["+51 {a}## ### ###", "+51 {a}########"])])
country("AR", name="Argentina", lang="es", tld=["com.ar"], free=["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar"],
        cos=["Frigorífico Pampa", "Metalúrgica Rosarina", "Vinos de Cuyo", "Agroinsumos del Litoral", "Curtiembre Patagonia", "Plásticos Platenses"],
        sfx=["S.A.", "S.R.L.", "S.A.S."],
        first=["Martín", "Lucía", "Federico", "Valentina", "Pablo", "Sofía"], last=["Fernández", "Pereyra", "Giménez", "Romero", "Acosta", "Benítez"],
        ports=["Buenos Aires", "Rosario", "Zárate", "Bahía Blanca"], cities=["Buenos Aires", "Córdoba", "Mendoza"],
        cur="ARS", date="dmy/", msgr=["WhatsApp"],
        land=[(["11"], ["(011) 4###-####", "011 4###-####", "(011) 5###-####"], ["+54 11 4###-####", "+54 11 5###-####"]),
              (["341", "351", "261"], ["(0{a}) 4##-####", "0{a} 4######"], ["+54 {a} 4##-####"])],
        mob=[(["11"], ["(011) 15-&###-####", "011 15 &###-####", "11 &###-####"], ["+54 9 11 &###-####", "+549 11 &### ####", "+54 9 11 &#######"])])
country("BR", name="Brazil", native="Brasil", lang="pt", tld=["com.br"], free=["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br", "bol.com.br"],
        cos=["Metalúrgica Vale Verde", "Plásticos Serra Azul", "Café Mogiana", "Têxtil Paraná", "Embalagens Atlântico", "Autopeças Bandeirantes"],
        sfx=["Ltda.", "S.A.", "Eireli"],
        first=["Ana", "João", "Mariana", "Rafael", "Luciana", "Thiago"], last=["Silva", "Souza", "Oliveira", "Santos", "Costa", "Almeida"],
        ports=["Santos", "Itajaí", "Paranaguá", "Rio Grande", "Suape"], cities=["São Paulo", "Curitiba", "Porto Alegre", "Campinas"],
        cur="BRL", date="dmy/", msgr=["WhatsApp"],
        land=[(["11", "21", "41", "51", "47", "85", "19"], ["({a}) 3###-####", "({a}) 2###-####", "{a} 3###-####"], ["+55 {a} 3###-####", "+55 ({a}) 3###-####", "+55 {a} 2###-####"])],
        mob=[(["11", "21", "41", "51", "47", "85", "19"], ["({a}) 9####-####", "({a}) 9 ####-####", "{a} 9####-####"], ["+55 {a} 9####-####", "+55 ({a}) 9 ####-####", "+55{a}9########"])])
country("CA", name="Canada", lang="en", lang2="fr", tld=["ca", "com"], free=["gmail.com", "outlook.com", "rogers.com", "videotron.ca"],
        cos=["Maple Ridge Supply", "Northern Lakes Trading", "Laurentides Distribution", "Pacific Rim Imports", "Great Plains Hardware", "Atlantic Marine Parts"],
        sfx=["Inc.", "Ltd.", "Corp."],
        first=["Emily", "Liam", "Sophie", "Ethan", "Chloé", "Mathieu"], last=["Tremblay", "MacDonald", "Gagnon", "Wilson", "Leblanc", "Campbell"],
        ports=["Vancouver", "Montreal", "Halifax", "Prince Rupert"], cities=["Toronto", "Calgary", "Mississauga"],
        cur="CAD", date="iso", msgr=["WhatsApp"],
        land=[(["416", "647", "905", "604", "778", "514", "438", "403", "613", "902"], ["({a}) &##-####", "{a}-&##-####", "{a}.&##.####", "1-{a}-&##-####"],
               ["+1 {a} &## ####", "+1 ({a}) &##-####", "+1-{a}-&##-####"])],
        mob=[(["416", "647", "604", "778", "514", "438", "403", "587"], ["({a}) &##-####", "{a}-&##-####"], ["+1 {a} &## ####", "+1 ({a}) &##-####"])])
country("GB", name="United Kingdom", native="UK", lang="en", tld=["co.uk", "uk", "com"], free=["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
        cos=["Pennine Industrial Supplies", "Thames Gateway Imports", "Albion Packaging", "Kestrel Engineering", "Harbourside Trading", "Midlands Fasteners"],
        sfx=["Ltd", "Limited", "plc"],
        first=["James", "Charlotte", "Oliver", "Amelia", "Harry", "Priya"], last=["Smith", "Taylor", "Wright", "Evans", "Hughes", "Patel"],
        ports=["Felixstowe", "Southampton", "London Gateway", "Liverpool"], cities=["Manchester", "Birmingham", "Leeds"],
        cur="GBP", date="dmy/", msgr=["WhatsApp"],
        land=[(["20"], ["020 7### ####", "020 3### ####", "(020) 8### ####"], ["+44 20 7### ####", "+44 (0)20 3### ####", "+44 20 8### ####"]),
              (["161", "121", "113", "117", "141"], ["0{a} &## ####", "(0{a}) &## ####"], ["+44 {a} &## ####", "+44 (0){a} &## ####"]),
              (["1473", "1394", "1332"], ["0{a} &#####", "(0{a}) &#####"], ["+44 {a} &#####"])],
        mob=[(["7700", "7911", "7825", "7469", "7387", "7535", "7412"], ["0{a} ######", "0{a}-######", "0{a} ### ###"], ["+44 {a} ######", "+44 (0){a} ######", "+44 {a} ### ###"])])
country("IE", name="Ireland", native="Éire", lang="en", tld=["ie", "com"], free=["gmail.com", "eircom.net", "outlook.com"],
        cos=["Liffey Valley Distribution", "Shannon Precision", "Atlantic Agri Supplies", "Wicklow Timber", "Corrib Medical", "Emerald Freight"],
        sfx=["Ltd", "Limited", "DAC"],
        first=["Ciarán", "Aoife", "Seán", "Niamh", "Conor", "Siobhán"], last=["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan"],
        ports=["Dublin", "Cork", "Waterford"], cities=["Galway", "Limerick", "Cork"],
        cur="EUR", date="dmy/", msgr=["WhatsApp"],
        land=[(["1"], ["01 &## ####", "(01) &######"], ["+353 1 &## ####", "+353 (0)1 &######"]),
              (["21", "91", "61", "51"], ["0{a} &## ####", "(0{a}) &######"], ["+353 {a} &## ####"])],
        mob=[(["83", "85", "86", "87", "89"], ["0{a} ### ####", "0{a}-#######"], ["+353 {a} ### ####", "+353 (0){a} ### ####", "+353{a}#######"])])
country("FR", name="France", lang="fr", tld=["fr", "com"], free=["orange.fr", "wanadoo.fr", "free.fr", "gmail.com", "laposte.net"],
        cos=["Distribution Rhône-Alpes", "Emballages du Littoral", "Mécanique Provençale", "Négoce Atlantique", "Textiles de Roubaix", "Équipements Bretons"],
        sfx=["SAS", "SARL", "SA"],
        first=["Julien", "Camille", "Nicolas", "Claire", "Thomas", "Élodie"], last=["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
        ports=["Le Havre", "Marseille-Fos", "Dunkerque", "Montoir"], cities=["Lyon", "Lille", "Toulouse", "Bordeaux"],
        cur="EUR", date="dmy/", msgr=["WhatsApp"],
        land=[(["1", "2", "3", "4", "5"], ["0{a} ## ## ## ##", "0{a}.##.##.##.##", "0{a} ########"], ["+33 {a} ## ## ## ##", "+33 (0){a} ## ## ## ##", "+33{a}########"])],
        mob=[(["6", "7"], ["0{a} ## ## ## ##", "0{a}.##.##.##.##"], ["+33 {a} ## ## ## ##", "+33 (0){a} ## ## ## ##", "0033 {a} ## ## ## ##"])])
country("ES", name="Spain", native="España", lang="es", tld=["es", "com"], free=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
        cos=["Cerámicas del Mediterráneo", "Aceites Sierra Mágina", "Suministros Levante", "Transportes Ebro", "Textil Galaica", "Herrajes Vascos"],
        sfx=["S.L.", "S.A.", "S.L.U."],
        first=["Javier", "Lucía", "Sergio", "Marta", "Pablo", "Carmen"], last=["García", "Fernández", "González", "Sánchez", "Romero", "Navarro"],
        ports=["Valencia", "Algeciras", "Barcelona", "Bilbao"], cities=["Madrid", "Zaragoza", "Sevilla"],
        cur="EUR", date="dmy/", msgr=["WhatsApp"],
        land=[(["91", "93", "96", "94", "95"], ["{a} &## ## ##", "{a} &## ####", "{a}&######"], ["+34 {a} &## ## ##", "+34 {a}&######", "0034 {a} &## ## ##"]),
              (["976", "986", "948"], ["{a} &## ###", "{a} &#####"], ["+34 {a} &## ###", "+34 {a}&#####"])],
        mob=[(["600", "610", "620", "630", "644", "655", "666", "677", "686", "699", "711"], ["{a} ### ###", "{a} ## ## ##"], ["+34 {a} ### ###", "+34 {a} ## ## ##", "+34{a}######"])])
country("PT", name="Portugal", lang="pt", tld=["pt", "com"], free=["gmail.com", "sapo.pt", "hotmail.com"],
        cos=["Cortiças do Alentejo", "Têxteis do Minho", "Metalomecânica Atlântica", "Conservas Lusitanas", "Calçado Vale do Ave", "Cerâmica Aveirense"],
        sfx=["Lda.", "S.A.", "Unipessoal Lda."],
        first=["Tiago", "Inês", "Rui", "Mariana", "Pedro", "Catarina"], last=["Ferreira", "Pereira", "Rodrigues", "Carvalho", "Gomes", "Lopes"],
        ports=["Sines", "Leixões", "Lisboa"], cities=["Porto", "Braga", "Aveiro"],
        cur="EUR", date="dmy/", msgr=["WhatsApp"],
        land=[(["21", "22", "23", "25"], ["{a}& ### ###", "{a} &## ####"], ["+351 {a}& ### ###", "+351 {a} &## ####"])],
        mob=[(["91", "92", "93", "96"], ["{a}# ### ###", "{a} ### ####"], ["+351 {a}# ### ###", "00351 {a}#######", "+351 {a}#######"])])
country("IT", name="Italy", native="Italia", lang="it", tld=["it", "com"], free=["libero.it", "gmail.com", "tiscali.it", "virgilio.it"],
        cos=["Meccanica Lombarda", "Ceramiche Sassolesi", "Imballaggi Veneti", "Forniture Tecniche Emiliane", "Oleificio Toscano", "Tessitura Biellese"],
        sfx=["S.r.l.", "S.p.A.", "S.n.c."],
        first=["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara"], last=["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Esposito"],
        ports=["Genova", "La Spezia", "Trieste", "Gioia Tauro"], cities=["Milano", "Bologna", "Verona"],
        cur="EUR", date="dmy/", msgr=["WhatsApp"],
        land=[(["02", "06"], ["{a} &### ####", "{a} &#######", "{a}-&#######"], ["+39 {a} &### ####", "+39 {a} &#######", "0039 {a} &#######"]),
              (["011", "010", "051", "041", "055"], ["{a} &######", "{a} &### ###", "{a}-&######"], ["+39 {a} &######", "+39 {a} &### ###"]),
              (["0536", "0444", "0522"], ["{a} &#####", "{a} &## ###"], ["+39 {a} &#####", "+39 {a} &## ###"])],
        mob=[(["320", "328", "333", "335", "338", "340", "347", "348", "349", "366", "380", "392"], ["{a} ### ####", "{a} #######", "{a}-#######"], ["+39 {a} ### ####", "+39 {a} #######", "+39{a}#######"])])
country("NL", name="Netherlands", native="Nederland", lang="nl", tld=["nl", "com"], free=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
        cos=["Maasvlakte Logistics", "Holland Fresh Trading", "Zeeland Packaging", "Brabant Techniek", "Veluwe Furniture", "Rijnmond Parts"],
        sfx=["B.V.", "N.V."],
        first=["Daan", "Sanne", "Bram", "Lotte", "Joris", "Femke"], last=["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit"],
        ports=["Rotterdam", "Amsterdam", "Vlissingen"], cities=["Eindhoven", "Utrecht", "Venlo"],
        cur="EUR", date="dmy-", msgr=["WhatsApp"],
        land=[(["20", "10", "30", "40", "70", "77"], ["0{a} &## ####", "0{a}-&######"], ["+31 {a} &## ####", "+31 (0){a} &## ####", "+31 {a} &######"])],
        mob=[(["6"], ["06 ########", "06-########", "06 ## ## ## ##"], ["+31 6 ########", "+31 6 ## ## ## ##", "+31 (0)6 ########"])])
country("BE", name="Belgium", native="België", lang="fr", tld=["be", "com"], free=["skynet.be", "telenet.be", "gmail.com", "proximus.be"],
        cos=["Scheldt Chemicals", "Brabant Wallon Distribution", "Flanders Food Trading", "Ardennes Bois", "Antwerp Diamond Tools", "Liège Métal"],
        sfx=["NV", "BV", "SA", "SRL"],
        first=["Pieter", "Lien", "Wouter", "Sofie", "Arnaud", "Manon"], last=["Peeters", "Janssens", "Maes", "Dubois", "Claes", "Lambert"],
        ports=["Antwerp", "Zeebrugge", "Ghent"], cities=["Brussels", "Liège", "Mechelen"],
        cur="EUR", date="dmy/", msgr=["WhatsApp"],
        land=[(["2", "3", "9"], ["0{a} &## ## ##", "0{a}/&##.##.##"], ["+32 {a} &## ## ##", "+32 (0){a} &## ## ##"])],
        mob=[(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "494", "495", "496", "497", "498", "499"],
              ["0{a} ## ## ##", "0{a}/##.##.##"], ["+32 {a} ## ## ##", "+32 {a}######"])])
country("DE", name="Germany", native="Deutschland", lang="de", tld=["de", "com"], free=["web.de", "gmx.de", "t-online.de", "gmail.com"],
        cos=["Nordwerk Maschinenbau", "Elbtal Handels", "Schwarzwald Präzision", "Hanse Verpackung", "Rheinland Logistik", "Ostalb Metallwaren"],
        sfx=["GmbH", "GmbH & Co. KG", "AG", "e.K."],
        first=["Lukas", "Anna", "Jan", "Katharina", "Stefan", "Julia"], last=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker"],
        ports=["Hamburg", "Bremerhaven", "Wilhelmshaven"], cities=["Stuttgart", "München", "Duisburg", "Frankfurt"],
        cur="EUR", date="dmy.", msgr=["WhatsApp"],
        land=[(["30", "40", "89", "69", "211", "221", "711", "421"], ["0{a} &######", "0{a} &### ###", "(0{a}) &######", "0{a}/&######", "0{a} &##-###"],
               ["+49 {a} &######", "+49 (0){a} &######", "+49 {a} &### ###", "0049 {a} &######"])],
        mob=[(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"],
              ["0{a} &######", "0{a}/&######", "0{a} &### ####"], ["+49 {a} &######", "+49 {a} &#######", "+49 (0){a} &######", "+49 {a} &### ####"])])
country("AT", name="Austria", native="Österreich", lang="de", tld=["at", "com"], free=["gmx.at", "aon.at", "gmail.com", "chello.at"],
        cos=["Donau Handels", "Alpen Holztechnik", "Steirische Metallbau", "Wiener Verpackungswerk", "Tirol Sport Textil", "Innviertler Landtechnik"],
        sfx=["GmbH", "KG", "AG"],
        first=["Florian", "Lena", "Matthias", "Sarah", "Markus", "Theresa"], last=["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner"],
        ports=["Linz (Donau)", "Wien Freudenau"], cities=["Graz", "Linz", "Salzburg"],
        cur="EUR", date="dmy.", msgr=["WhatsApp"],
        land=[(["1"], ["01 &## ## ##", "(01) &######", "01/&## ## ##"], ["+43 1 &## ## ##", "+43 (0)1 &######"]),
              (["732", "316", "662", "512"], ["0{a} &#####", "0{a}/&## ###"], ["+43 {a} &#####", "+43 (0){a} &## ###"])],
        mob=[(["664", "660", "676", "650", "699", "681"], ["0{a} ### ####", "0{a}/#######"], ["+43 {a} ### ####", "+43 {a} #######"])])
country("CH", name="Switzerland", native="Schweiz", lang="de", tld=["ch", "com"], free=["bluewin.ch", "gmail.com", "gmx.ch"],
        cos=["Helvetia Präzisionsteile", "Zürichsee Handels", "Jura Horlogerie Supply", "Alpina Medtech", "Rheintal Kunststoff", "Léman Négoce"],
        sfx=["AG", "GmbH", "SA", "Sàrl"],
        first=["Reto", "Nadine", "Beat", "Sandra", "Urs", "Laura"], last=["Meier", "Keller", "Brunner", "Baumann", "Frei", "Zimmermann"],
        ports=["Basel (Rheinhafen)"], cities=["Zürich", "Basel", "Genève", "Lugano"],
        cur="CHF", date="dmy.", msgr=["WhatsApp"],
        land=[(["44", "22", "61", "31", "91", "41", "71"], ["0{a} &## ## ##"], ["+41 {a} &## ## ##", "+41 (0){a} &## ## ##", "0041 {a} &## ## ##"])],
        mob=[(["76", "77", "78", "79"], ["0{a} ### ## ##"], ["+41 {a} ### ## ##", "+41 (0){a} ### ## ##"])])
country("PL", name="Poland", native="Polska", lang="pl", tld=["pl", "com.pl"], free=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
        cos=["Polmetal Warszawa", "Bałtyk Logistics", "Mazowsze Meble", "Śląsk Stal", "Wielkopolska Opakowania", "Kraków Elektro"],
        sfx=["Sp. z o.o.", "S.A.", "Sp.k."],
        first=["Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Michał", "Magdalena"], last=["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowska"],
        ports=["Gdańsk", "Gdynia", "Szczecin"], cities=["Warszawa", "Poznań", "Wrocław", "Łódź"],
        cur="PLN", date="dmy.", msgr=["WhatsApp"],
        land=[(["22", "12", "58", "61", "42", "71"], ["{a} &## ## ##", "({a}) &## ## ##"], ["+48 {a} &## ## ##", "+48 {a} &######"])],
        mob=[(["50#", "51#", "53#", "60#", "66#", "69#", "72#", "78#", "79#", "88#"], ["{a} ### ###", "{a}-###-###"], ["+48 {a} ### ###", "+48 {a}######"])])
country("CZ", name="Czechia", native="Česko", lang="cs", tld=["cz", "com"], free=["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
        cos=["Moravia Strojírny", "Bohemia Glass Trade", "Vltava Logistik", "Pražská Elektro", "Ostravská Ocel", "Krkonoše Textil"],
        sfx=["s.r.o.", "a.s."],
        first=["Jiří", "Petra", "Martin", "Lucie", "Tomáš", "Veronika"], last=["Novák", "Svoboda", "Dvořák", "Černá", "Procházka", "Kučera"],
        ports=["Praha-Uhříněves (rail terminal)"], cities=["Praha", "Brno", "Ostrava", "Plzeň"],
        cur="CZK", date="dmy.", msgr=["WhatsApp"],
        land=[(["22", "23", "24", "54", "59", "37"], ["{a}# ### ###"], ["+420 {a}# ### ###", "00420 {a}# ### ###"])],
        mob=[(["60", "72", "73", "77", "70"], ["{a}# ### ###"], ["+420 {a}# ### ###", "+420 {a}#######"])])
country("RO", name="Romania", native="România", lang="ro", tld=["ro", "com"], free=["yahoo.com", "gmail.com", "yahoo.ro"],
        cos=["Carpați Industrial", "Dunărea Trading", "Transilvania Mobila", "Banat Agro", "Constanța Shipping Supply", "Moldova Textile"],
        sfx=["S.R.L.", "S.A."],
        first=["Andrei", "Ioana", "Mihai", "Elena", "Alexandru", "Cristina"], last=["Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Munteanu"],
        ports=["Constanța"], cities=["București", "Cluj-Napoca", "Timișoara"],
        cur="RON", date="dmy.", msgr=["WhatsApp"],
        land=[(["21", "31"], ["0{a} &## ####", "0{a}.&##.##.##"], ["+40 {a} &## ####", "+40 {a} &## ## ##"]),
              (["264", "241", "256"], ["0{a} &## ###", "0{a}-&#####"], ["+40 {a} &## ###"])],
        mob=[(["72#", "74#", "75#", "76#", "78#"], ["0{a} ### ###", "0{a}.###.###"], ["+40 {a} ### ###", "+40 {a}######"])])
country("GR", name="Greece", native="Ελλάδα", lang="el", tld=["gr", "com"], free=["gmail.com", "otenet.gr", "yahoo.gr"],
        cos=["Aegean Marine Supplies", "Hellenic Olive Traders", "Attica Packaging", "Macedonia Cotton", "Piraeus Ship Spares", "Thessaly Foods"],
        sfx=["S.A.", "Ltd", "I.K.E."],
        first=["Giorgos", "Maria", "Dimitris", "Eleni", "Nikos", "Katerina"], last=["Papadopoulos", "Georgiou", "Nikolaidis", "Papadaki", "Konstantinou", "Vlachos"],
        ports=["Piraeus", "Thessaloniki"], cities=["Athens", "Thessaloniki", "Patras"],
        cur="EUR", date="dmy/", msgr=["WhatsApp", "Viber"],
        land=[(["210"], ["{a} &## ####", "{a}-&######"], ["+30 {a} &## ####", "+30 {a} &######", "0030 {a} &######"]),
              (["2310", "2610"], ["{a} &#####", "{a}-&## ###"], ["+30 {a} &#####"])],
        mob=[(["69#"], ["{a} ### ####", "{a}#######"], ["+30 {a} ### ####", "+30 {a}#######"])])
country("TR", name="Türkiye", native="Türkiye", lang="tr", tld=["com.tr"], free=["gmail.com", "hotmail.com", "yandex.com.tr"],
        cos=["Anadolu Tekstil", "Marmara Makina", "Ege Zeytinyağı", "Bosphorus Ambalaj", "Konya Döküm", "Bursa Otomotiv Yedek Parça"],
        sfx=["A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş."],
        first=["Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep"], last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"],
        ports=["Mersin", "Ambarlı", "Gemlik", "İzmir (Alsancak)"], cities=["İstanbul", "Bursa", "İzmir", "Konya"],
        cur="TRY", date="dmy.", msgr=["WhatsApp", "Telegram"],
        land=[(["212", "216", "232", "224", "312", "324", "332"], ["0{a} &## ## ##", "0 ({a}) &## ## ##", "({a}) &## ## ##"], ["+90 {a} &## ## ##", "+90 ({a}) &## ## ##", "0090 {a} &## ## ##"])],
        mob=[(["53#", "54#", "55#", "50#"], ["0{a} ### ## ##", "0 {a} ### ## ##", "0({a}) ### ## ##"], ["+90 {a} ### ## ##", "+90 {a} ### ####", "+90{a}#######"])])
country("RU", name="Russia", native="Россия", lang="ru", tld=["ru", "com"], free=["mail.ru", "yandex.ru", "bk.ru", "list.ru"],
        cos=["Сибирская Металлургия", "Волга Логистик", "Уральские Станки", "Балтийская Упаковка", "Московская Торговая Группа", "Кубань Агро"],
        cos_lat=["Sibirskaya Metallurgiya", "Volga Logistic", "Uralskie Stanki", "Baltiyskaya Upakovka", "Moscow Trading Group", "Kuban Agro"],
        sfx=["ООО", "АО"], sfx_lat=["LLC", "JSC"],
        first=["Dmitry", "Elena", "Sergey", "Olga", "Andrey", "Natalia"], last=["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Volkova"],
        first_n=["Дмитрий", "Елена", "Сергей", "Ольга", "Андрей", "Наталья"], last_n=["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Волкова"],
        ports=["Новороссийск", "Санкт-Петербург", "Владивосток"], ports_lat=["Novorossiysk", "St. Petersburg", "Vladivostok"], cities=["Москва", "Екатеринбург", "Казань"],
        cur="RUB", date="dmy.", msgr=["Telegram", "WhatsApp"],
        land=[(["495", "499", "812", "343", "383", "843"], ["8 ({a}) &##-##-##", "8 {a} &## ## ##", "({a}) &##-##-##"], ["+7 ({a}) &##-##-##", "+7 {a} &##-##-##", "+7 {a} &## ## ##"])],
        mob=[(["903", "905", "910", "915", "916", "921", "925", "926", "977", "985", "999"], ["8 ({a}) ###-##-##", "8 {a} ### ## ##", "8{a}#######"],
              ["+7 ({a}) ###-##-##", "+7 {a} ###-##-##", "+7 {a} ### ## ##", "+7{a}#######"])])
country("UA", name="Ukraine", native="Україна", lang="uk", tld=["com.ua", "ua"], free=["ukr.net", "i.ua", "gmail.com", "meta.ua"],
        cos=["Дніпро Агро", "Київ Пакування", "Одеса Логістик", "Львівські Меблі", "Харків Машбуд", "Полтава Зерно"],
        cos_lat=["Dnipro Agro", "Kyiv Packaging", "Odesa Logistic", "Lviv Furniture", "Kharkiv Mashbud", "Poltava Grain"],
        sfx=["ТОВ", "ПрАТ"], sfx_lat=["LLC", "PJSC"],
        first=["Oleksandr", "Iryna", "Andriy", "Olena", "Taras", "Kateryna"], last=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"],
        ports=["Odesa", "Chornomorsk", "Izmail"], cities=["Kyiv", "Lviv", "Dnipro", "Kharkiv"],
        cur="UAH", date="dmy.", msgr=["Viber", "Telegram"],
        land=[(["44", "48", "57", "32", "56"], ["0{a} &## ## ##", "(0{a}) &##-##-##"], ["+380 {a} &## ## ##", "+380 ({a}) &##-##-##"])],
        mob=[(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], ["0{a} ### ## ##", "(0{a}) ###-##-##", "0{a}-###-##-##"],
              ["+380 {a} ### ## ##", "+380 ({a}) ###-##-##", "+380{a}#######"])])
country("AE", name="United Arab Emirates", native="UAE", lang="en", tld=["ae", "com"], free=["gmail.com", "emirates.net.ae", "outlook.com"],
        cos=["Gulf Star General Trading", "Al Noor Building Materials", "Desert Rose Foodstuff", "Jebel Ali Auto Spares", "Falcon Logistics", "Emirates Steel Trading"],
        sfx=["LLC", "FZE", "FZCO", "L.L.C."],
        first=["Ahmed", "Fatima", "Omar", "Aisha", "Rashid", "Sara"], last=["Al Mansoori", "Al Hashimi", "Khan", "Haddad", "Nair", "Al Suwaidi"],
        ports=["Jebel Ali", "Khalifa Port", "Sharjah (Khalid Port)"], cities=["Dubai", "Abu Dhabi", "Sharjah"],
        cur="AED", date="dmy/", msgr=["WhatsApp"],
        land=[(["4", "2", "6"], ["0{a} &## ####", "0{a}-&######"], ["+971 {a} &## ####", "+971-{a}-&######", "00971 {a} &## ####"])],
        mob=[(["50", "52", "54", "55", "56", "58"], ["0{a} ### ####", "0{a}-#######"], ["+971 {a} ### ####", "+971 {a} #######", "+971-{a}-#######"])])
country("SA", name="Saudi Arabia", native="KSA", lang="en", tld=["com.sa", "sa"], free=["gmail.com", "hotmail.com"],
        cos=["Al Rawabi Trading", "Najd Industrial Supplies", "Red Sea Contracting", "Eastern Province Pipes", "Riyadh Food Industries", "Hejaz Electrical"],
        sfx=["Co. Ltd.", "Est.", "Co."],
        first=["Abdullah", "Noura", "Faisal", "Reem", "Khalid", "Mohammed"], last=["Al-Qahtani", "Al-Otaibi", "Al-Ghamdi", "Al-Harbi", "Al-Zahrani", "Al-Shehri"],
        ports=["Jeddah Islamic Port", "Dammam (King Abdulaziz Port)"], cities=["Riyadh", "Jeddah", "Dammam"],
        cur="SAR", date="dmy/", msgr=["WhatsApp"],
        land=[(["11", "12", "13", "14"], ["0{a} &## ####", "0{a}-&######"], ["+966 {a} &## ####", "+966 {a} &######"])],
        mob=[(["50", "53", "54", "55", "56", "59"], ["0{a} ### ####", "0{a}#######"], ["+966 {a} ### ####", "+966 {a}#######", "00966 {a} ### ####"])])
country("EG", name="Egypt", native="Misr", lang="en", tld=["com.eg", "eg"], free=["gmail.com", "yahoo.com", "hotmail.com"],
        cos=["Nile Delta Cotton", "Pharaoh Ceramics", "Cairo Engineering Supplies", "Alexandria Food Export", "Suez Canal Logistics", "Sinai Marble"],
        sfx=["S.A.E.", "Co.", "LLC"],
        first=["Mohamed", "Mona", "Ahmed", "Nour", "Karim", "Yasmin"], last=["Hassan", "Mahmoud", "Ibrahim", "Abdel Aziz", "Saleh", "El-Sayed"],
        ports=["Alexandria", "Port Said East", "Sokhna", "Damietta"], cities=["Cairo", "Alexandria", "10th of Ramadan City"],
        cur="EGP", date="dmy/", msgr=["WhatsApp"],
        land=[(["2"], ["02 &### ####", "(02) &#######"], ["+20 2 &### ####", "+20 2 &#######"]),
              (["3"], ["03 &## ####", "(03) &######"], ["+20 3 &## ####"])],
        mob=[(["10", "11", "12", "15"], ["0{a} #### ####", "0{a}########"], ["+20 {a} #### ####", "+20 {a}########", "0020 {a} #### ####"])])
country("NG", name="Nigeria", lang="en", tld=["com.ng", "ng"], free=["gmail.com", "yahoo.com"],
        cos=["Lekki Agro Allied", "Niger Delta Supplies", "Eko Building Materials", "Kano Textile Mills", "Ikeja Auto Parts", "Sahel Commodities"],
        sfx=["Ltd", "Nigeria Limited", "Enterprises"],
        first=["Chinedu", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Aisha"], last=["Okafor", "Adeyemi", "Okonkwo", "Bello", "Nwosu", "Balogun"],
        ports=["Apapa", "Tin Can Island", "Onne"], cities=["Lagos", "Abuja", "Kano", "Port Harcourt"],
        cur="NGN", date="dmy/", msgr=["WhatsApp"],
        land=[(["1"], ["01 &## ####", "(01) &######"], ["+234 1 &## ####"])],
        mob=[(["803", "805", "806", "807", "808", "810", "813", "816", "703", "706", "802", "902", "905", "909"], ["0{a} ### ####", "0{a}-###-####", "0{a}#######"],
              ["+234 {a} ### ####", "+234 (0){a} ### ####", "+234{a}#######"])])
country("KE", name="Kenya", lang="en", tld=["co.ke"], free=["gmail.com", "yahoo.com"],
        cos=["Rift Valley Flowers", "Mombasa Freight Agencies", "Savannah Hardware", "Kilimanjaro Coffee Exporters", "Lake Basin Foods", "Nairobi Office Solutions"],
        sfx=["Ltd", "Limited"],
        first=["Brian", "Wanjiru", "Kevin", "Achieng", "Peter", "Faith"], last=["Otieno", "Kamau", "Mwangi", "Wanjala", "Njoroge", "Kiprop"],
        ports=["Mombasa", "Lamu"], cities=["Nairobi", "Nakuru", "Kisumu"],
        cur="KES", date="dmy/", msgr=["WhatsApp"],
        land=[(["20"], ["020 &## ####", "(020) &######"], ["+254 20 &## ####", "+254 (0)20 &######"])],
        mob=[(["70#", "71#", "72#", "79#", "74#", "11#"], ["0{a} ######", "0{a} ### ###"], ["+254 {a} ######", "+254 {a} ### ###", "+254{a}######"])])
country("ZA", name="South Africa", lang="en", tld=["co.za"], free=["gmail.com", "mweb.co.za", "telkomsa.net"],
        cos=["Highveld Steel Trading", "Cape Fruit Exporters", "Karoo Wool Traders", "Durban Bay Logistics", "Jozi Electrical Wholesale", "Garden Route Timber"],
        sfx=["(Pty) Ltd", "Pty Ltd", "CC"],
        first=["Thabo", "Lerato", "Johan", "Naledi", "Pieter", "Ayesha"], last=["Nkosi", "van der Merwe", "Dlamini", "Botha", "Naidoo", "Mokoena"],
        ports=["Durban", "Cape Town", "Port Elizabeth (Gqeberha)", "Ngqura"], cities=["Johannesburg", "Pretoria", "Cape Town"],
        cur="ZAR", date="ymd/", msgr=["WhatsApp"],
        land=[(["11", "21", "31", "12", "41"], ["0{a} &## ####", "(0{a}) &## ####"], ["+27 {a} &## ####", "+27 (0){a} &## ####"])],
        mob=[(["82", "83", "84", "72", "73", "76", "78", "79", "61", "71", "60"], ["0{a} ### ####", "0{a}-###-####"], ["+27 {a} ### ####", "+27{a}#######"])])
country("IN", name="India", lang="en", tld=["co.in", "in", "com"], free=["gmail.com", "rediffmail.com", "yahoo.co.in"],
        cos=["Shree Ganesh Exports", "Bharat Precision Castings", "Kaveri Textiles", "Sai Packaging Industries", "Indus Valley Spices", "Deccan Engineering Works"],
        sfx=["Pvt. Ltd.", "Private Limited", "LLP", "Ltd."],
        first=["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Anjali"], last=["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Mehta"],
        ports=["Nhava Sheva (JNPT)", "Mundra", "Chennai", "Kolkata"], cities=["Mumbai", "Ahmedabad", "Pune", "Ludhiana"],
        cur="INR", date="dmy/", msgr=["WhatsApp"],
        land=[(["22", "11", "80", "44", "79", "33"], ["0{a} &### ####", "0{a}-&#######", "({a}) &### ####"], ["+91 {a} &### ####", "+91-{a}-&#######"])],
        mob=[(["9", "8", "7", "6"], ["{a}#### #####", "0{a}#########", "{a}#########"], ["+91 {a}#### #####", "+91-{a}#########", "+91 {a}#########", "+91 {a}### ######"])])
country("PK", name="Pakistan", lang="en", tld=["com.pk", "pk"], free=["gmail.com", "yahoo.com", "hotmail.com"],
        cos=["Sialkot Sports Industries", "Faisalabad Textile Mills", "Indus Rice Exporters", "Karachi Surgical Works", "Punjab Leather Garments", "Margalla Marble"],
        sfx=["(Pvt.) Ltd.", "Pvt Ltd", "& Co."],
        first=["Usman", "Ayesha", "Bilal", "Sana", "Imran", "Hira"], last=["Khan", "Ahmed", "Malik", "Qureshi", "Butt", "Chaudhry"],
        ports=["Karachi", "Port Qasim"], cities=["Lahore", "Sialkot", "Faisalabad"],
        cur="PKR", date="dmy/", msgr=["WhatsApp"],
        land=[(["21", "42", "51", "52"], ["0{a} &#######", "(0{a}) &### ####", "0{a}-&#######"], ["+92 {a} &### ####", "+92-{a}-&#######"])],
        mob=[(["300", "301", "302", "303", "321", "322", "331", "333", "345", "346"], ["0{a}-#######", "0{a} #######", "0{a} ### ####"], ["+92 {a} #######", "+92 {a} ### ####", "+92-{a}-#######"])])
country("BD", name="Bangladesh", lang="en", tld=["com.bd"], free=["gmail.com", "yahoo.com"],
        cos=["Padma Knit Composite", "Meghna Jute Mills", "Dhaka Denim", "Karnaphuli Shipping Agencies", "Sonar Bangla Garments", "Jamuna Leather Goods"],
        sfx=["Ltd.", "Limited"],
        first=["Rashed", "Nusrat", "Tanvir", "Farzana", "Mahmud", "Sharmin"], last=["Rahman", "Hossain", "Islam", "Chowdhury", "Ahmed", "Akter"],
        ports=["Chattogram", "Mongla"], cities=["Dhaka", "Gazipur", "Narayanganj"],
        cur="BDT", date="dmy/", msgr=["WhatsApp", "Viber"],
        land=[(["2"], ["02-&#######", "02 &### ####"], ["+880 2 &#######", "+880-2-&#######"])],
        mob=[(["13", "15", "16", "17", "18", "19"], ["0{a}##-######", "0{a}## ######", "0{a}########"], ["+880 {a}##-######", "+880 {a}## ######", "+880{a}########"])])
country("LK", name="Sri Lanka", lang="en", tld=["lk", "com"], free=["gmail.com", "sltnet.lk"],
        cos=["Ceylon Tea Traders", "Lanka Rubber Products", "Serendib Coir", "Kelani Apparel", "Colombo Spice Exports", "Ruhuna Gems"],
        sfx=["(Pvt) Ltd", "PLC", "Ltd"],
        first=["Nuwan", "Dilani", "Kasun", "Chamari", "Ruwan", "Ishara"], last=["Perera", "Fernando", "de Silva", "Jayasinghe", "Wickramasinghe", "Bandara"],
        ports=["Colombo", "Hambantota"], cities=["Colombo", "Kandy", "Negombo"],
        cur="LKR", date="dmy/", msgr=["WhatsApp", "Viber"],
        land=[(["11"], ["011 &## ####", "011-&######"], ["+94 11 &## ####", "+94 11 &######"])],
        mob=[(["70", "71", "72", "75", "76", "77", "78"], ["0{a} ### ####", "0{a}-#######"], ["+94 {a} ### ####", "+94 {a}#######"])])
country("TH", name="Thailand", native="ประเทศไทย", lang="th", tld=["co.th", "com"], free=["gmail.com", "hotmail.com"],
        cos=["Siam Rubber Products", "Chao Phraya Foods", "Bangna Auto Parts", "Eastern Seaboard Plastics", "Lanna Furniture", "Andaman Seafood"],
        sfx=["Co., Ltd.", "Public Co., Ltd."],
        first=["Somchai", "Siriporn", "Nattapong", "Kanokwan", "Anan", "Pimchanok"], last=["Saetang", "Wongsuwan", "Chaiyaporn", "Srisuk", "Rattanakul", "Boonmee"],
        ports=["Laem Chabang", "Bangkok (PAT)", "Songkhla"], cities=["Bangkok", "Chonburi", "Rayong"],
        cur="THB", date="dmy/th", msgr=["LINE"],
        land=[(["2"], ["02 &## ####", "02-&##-####"], ["+66 2 &## ####", "+66 (0)2 &## ####", "+66 2&######"]),
              (["38", "53", "76"], ["0{a} &## ###", "0{a}-&#####"], ["+66 {a} &## ###"])],
        mob=[(["81", "82", "83", "84", "85", "86", "87", "88", "89", "61", "62", "63", "64", "65", "91", "92", "93", "94", "95", "96", "97", "98", "99"],
              ["0{a} ### ####", "0{a}-###-####", "0{a}#######"], ["+66 {a} ### ####", "+66 {a}#######", "+66 (0){a} ### ####"])])
country("VN", name="Vietnam", native="Việt Nam", lang="vi", tld=["com.vn", "vn"], free=["gmail.com", "yahoo.com.vn"],
        cos=["Saigon Garment", "Mekong Seafood", "Tan Tao Furniture", "Hanoi Steel Pipe", "Dong Nai Rubber", "Hai Phong Packaging"],
        sfx=["Co., Ltd", "JSC", "Joint Stock Company"],
        first=["Minh", "Lan", "Tuấn", "Hoa", "Đức", "Thảo"], last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"],
        ports=["Cat Lai", "Cai Mep", "Hai Phong", "Da Nang"], cities=["Ho Chi Minh City", "Hanoi", "Binh Duong"],
        cur="VND", date="dmy/", msgr=["Zalo"],
        land=[(["28", "24"], ["0{a} &### ####", "(0{a}) &#######", "0{a} &#######"], ["+84 {a} &### ####", "+84 {a}&#######"]),
              (["225", "236", "274"], ["0{a} &## ####", "0{a}-&######"], ["+84 {a} &## ####"])],
        mob=[(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89"],
              ["0{a} ### ####", "0{a}# ### ###", "0{a}#######"], ["+84 {a} ### ####", "+84 {a}#######", "+84 {a}# ### ###"])])
country("MY", name="Malaysia", lang="en", tld=["com.my", "my"], free=["gmail.com", "yahoo.com", "streamyx.com"],
        cos=["Klang Valley Rubber Gloves", "Penang Precision Engineering", "Johor Palm Products", "Borneo Timber Industries", "Selangor Plastics", "Malacca Straits Logistics"],
        sfx=["Sdn. Bhd.", "Sdn Bhd", "Berhad"],
        first=["Ahmad", "Nurul", "Wei Ming", "Mei Ling", "Rajesh", "Siti"], last=["Ismail", "Tan", "Lim", "Wong", "Abdullah", "Krishnan"],
        ports=["Port Klang", "Tanjung Pelepas", "Penang"], cities=["Kuala Lumpur", "Shah Alam", "Johor Bahru"],
        cur="MYR", date="dmy/", msgr=["WhatsApp", "WeChat"],
        land=[(["3"], ["03-&### ####", "03 &### ####"], ["+60 3-&### ####", "+60 3 &### ####", "+603 &### ####"]),
              (["4", "7"], ["0{a}-&## ####"], ["+60 {a}-&## ####", "+60 {a} &## ####"])],
        mob=[(["12", "13", "16", "17", "19", "14"], ["0{a}-### ####", "0{a} ### ####", "0{a}-#######"], ["+60 {a}-### ####", "+60 {a} ### ####", "+60{a}#######"]),
             (["11"], ["011-#### ####"], ["+60 11-#### ####"])])
country("SG", name="Singapore", lang="en", tld=["com.sg", "sg", "com"], free=["gmail.com", "singnet.com.sg", "yahoo.com.sg"],
        cos=["Lion City Marine", "Straits Commodities", "Merlion Electronics", "Jurong Industrial Supplies", "Orchard Trading", "Tuas Chemicals"],
        sfx=["Pte. Ltd.", "Pte Ltd"],
        first=["Jia Hui", "Wei Jie", "Priya", "Darren", "Hui Min", "Marcus"], last=["Tan", "Lim", "Ng", "Lee", "Goh", "Chua"],
        ports=["Singapore (Pasir Panjang)", "Singapore (Tuas)"], cities=["Singapore"],
        cur="SGD", date="dmy/", msgr=["WhatsApp", "WeChat", "Telegram"],
        land=[(["6"], ["{a}### ####"], ["+65 {a}### ####", "+65 {a}#######", "(65) {a}### ####", "+65-{a}###-####"])],
        mob=[(["8", "9"], ["{a}### ####"], ["+65 {a}### ####", "+65 {a}#######", "+65-{a}###-####"])])
country("ID", name="Indonesia", lang="id", tld=["co.id", "id", "com"], free=["gmail.com", "yahoo.co.id"],
        cos=["Nusantara Kopi", "Sinar Jaya Plastik", "Mitra Baja Perkasa", "Bintang Timur Furniture", "Sumber Makmur Karet", "Cahaya Abadi Textile"],
        pre=["PT", "CV"], sfx=[""],
        first=["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri"], last=["Santoso", "Wijaya", "Pratama", "Setiawan", "Halim", "Kusuma"],
        ports=["Tanjung Priok", "Tanjung Perak", "Belawan", "Semarang"], cities=["Jakarta", "Surabaya", "Bandung", "Medan"],
        cur="IDR", date="dmy/", msgr=["WhatsApp"],
        land=[(["21", "31", "24", "22", "61"], ["(0{a}) &### ####", "0{a}-&### ####", "0{a} &#######"], ["+62 {a} &### ####", "+62-{a}-&#######"])],
        mob=[(["811", "812", "813", "815", "816", "817", "818", "819", "821", "822", "852", "853", "856", "857", "858", "877", "878", "881", "895", "896"],
              ["0{a}-####-####", "0{a} #### ####", "0{a}########"], ["+62 {a}-####-####", "+62 {a} #### ####", "+62{a}########"])])
country("PH", name="Philippines", native="Pilipinas", lang="en", tld=["com.ph", "ph"], free=["gmail.com", "yahoo.com"],
        cos=["Visayas Coco Products", "Luzon Industrial Supply", "Mindanao Fruit Exporters", "Cebu Furniture Craft", "Manila Bay Logistics", "Pacific Pearl Trading"],
        sfx=["Inc.", "Corporation", "Corp."],
        first=["Mark", "Kristine", "John Paul", "Maricel", "Jerome", "Angelica"], last=["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Dela Cruz"],
        ports=["Manila (MICT)", "Batangas", "Cebu", "Davao"], cities=["Manila", "Cebu", "Davao"],
        cur="PHP", date="mdy/", msgr=["Viber", "WhatsApp"],
        land=[(["2"], ["(02) 8### ####", "02 8###-####"], ["+63 2 8### ####", "+63 2 8###-####"])],
        mob=[(["905", "906", "915", "917", "918", "919", "920", "921", "927", "928", "939", "945", "955", "966", "977", "995", "998", "999"],
              ["0{a} ### ####", "0{a}-###-####", "0{a}#######"], ["+63 {a} ### ####", "+63 {a}#######", "+63-{a}-###-####"])])
country("CN", name="China", native="中国", lang="zh", tld=["com.cn", "cn", "com"], free=["163.com", "qq.com", "126.com", "sina.com", "aliyun.com"],
        cos=["Ningbo Haitian Import & Export", "Shenzhen Brightway Electronics", "Qingdao Ocean Rubber", "Yiwu Sunrise Commodity", "Suzhou Hengli Machinery", "Xiamen Evergreen Stone"],
        cos_n=["宁波海天进出口", "深圳明途电子", "青岛海洋橡胶", "义乌旭日日用品", "苏州恒力机械", "厦门长青石材"],
        sfx=["Co., Ltd.", "Co., Ltd", "Industrial Co., Ltd."], sfx_n=["有限公司"],
        first=["Lily", "Kevin", "Jason", "Cindy", "Amy", "Frank", "Coco"], last=["Zhang", "Wang", "Li", "Chen", "Liu", "Zhou"],
        first_n=["丽", "凯", "杰", "欣", "敏", "方", "可"], last_n=["张", "王", "李", "陈", "刘", "周"],
        ports=["Ningbo", "Shanghai", "Shenzhen (Yantian)", "Qingdao", "Xiamen"], ports_n=["宁波", "上海", "深圳盐田", "青岛", "厦门"], cities=["Yiwu", "Guangzhou", "Suzhou"],
        cur="CNY", date="ymd年", msgr=["WeChat", "QQ"],
        land=[(["21", "10", "20", "574", "755", "757", "532", "592", "579", "512", "571", "769"], ["0{a}-&#######", "(0{a}) &### ####", "0{a} &### ####"],
               ["+86 {a} &### ####", "+86-{a}-&#######", "0086-{a}-&#######", "+86 ({a}) &#######"])],
        mob=[(["13#", "15#", "18#", "17#", "19#"], ["{a} #### ####", "{a}########", "{a}-####-####"], ["+86 {a} #### ####", "+86 {a}########", "+86-{a}-####-####", "0086 {a} #### ####"])])
country("HK", name="Hong Kong", native="香港", lang="zh", tld=["com.hk", "hk", "com"], free=["gmail.com", "yahoo.com.hk", "netvigator.com"],
        cos=["Victoria Harbour Trading", "Kowloon Bay Electronics", "Pearl River Sourcing", "Lantau Garments", "Tsuen Wan Packaging", "Golden Dragon Watches"],
        sfx=["Limited", "Ltd.", "Co., Ltd."],
        first=["Kelvin", "Winnie", "Raymond", "Karen", "Alex", "Janet"], last=["Chan", "Wong", "Leung", "Cheung", "Lau", "Ho"],
        ports=["Hong Kong (Kwai Tsing)"], cities=["Kowloon", "Kwun Tong"],
        cur="HKD", date="dmy/", msgr=["WhatsApp", "WeChat"],
        land=[(["2", "3"], ["{a}### ####"], ["+852 {a}### ####", "(852) {a}### ####", "+852-{a}#######", "00852 {a}### ####"])],
        mob=[(["5", "6", "9"], ["{a}### ####"], ["+852 {a}### ####", "(852) {a}### ####", "+852 {a}#######"])])
country("TW", name="Taiwan", native="台灣", lang="zh", tld=["com.tw", "tw"], free=["gmail.com", "yahoo.com.tw", "ms1.hinet.net"],
        cos=["Formosa Precision Tools", "Taichung Machinery Works", "Kaohsiung Fasteners", "Hsinchu Semicon Supply", "Tainan Bicycle Parts", "Taoyuan Plastic Molding"],
        sfx=["Co., Ltd.", "Corp."],
        first=["Jerry", "Vivian", "Eric", "Tina", "Allen", "Grace"], last=["Lin", "Huang", "Tsai", "Chang", "Wu", "Hsu"],
        ports=["Kaohsiung", "Keelung", "Taichung"], cities=["Taipei", "Taichung", "Tainan"],
        cur="TWD", date="ymd/", msgr=["LINE", "WeChat"],
        land=[(["2"], ["(02) &###-####", "02-&###-####"], ["+886 2 &### ####", "+886-2-&###-####", "+886 2 &#######"]),
              (["7", "4", "6"], ["(0{a}) &##-####", "0{a}-&######"], ["+886 {a} &## ####", "+886-{a}-&######"])],
        mob=[(["9##"], ["0{a}-###-###", "0{a} ### ###", "0{a}######"], ["+886 {a} ### ###", "+886-{a}-###-###", "+886{a}######"])])
country("JP", name="Japan", native="日本", lang="ja", tld=["co.jp", "jp"], free=["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "nifty.com"],
        cos=["Naniwa Trading", "Kanto Seiki", "Setouchi Marine Products", "Chubu Kogyo", "Hokuriku Textile", "Kyushu Electric Parts"],
        cos_n=["浪速トレーディング", "関東精機", "瀬戸内水産", "中部工業", "北陸テキスタイル", "九州電装"],
        sfx=["Co., Ltd.", "Corporation", "Inc."], pre_n=["株式会社"],
        first=["Hiroshi", "Yuki", "Takashi", "Akiko", "Kenji", "Naoko"], last=["Tanaka", "Suzuki", "Sato", "Takahashi", "Watanabe", "Yamamoto"],
        first_n=["宏", "由紀", "隆", "明子", "健二", "直子"], last_n=["田中", "鈴木", "佐藤", "高橋", "渡辺", "山本"],
        ports=["Tokyo", "Yokohama", "Osaka", "Kobe", "Nagoya"], cities=["Osaka", "Nagoya", "Fukuoka"],
        cur="JPY", date="ymd年", msgr=["LINE"],
        land=[(["3", "6"], ["0{a}-&###-####", "0{a}(&###)####"], ["+81 {a}-&###-####", "+81 {a} &### ####", "+81-{a}-&###-####"]),
              (["52", "45", "92", "78"], ["0{a}-&##-####"], ["+81 {a}-&##-####", "+81 {a} &## ####"])],
        mob=[(["90", "80", "70"], ["0{a}-####-####", "0{a} #### ####"], ["+81 {a}-####-####", "+81 {a} #### ####", "+81-{a}-####-####"])])
country("KR", name="Korea", native="대한민국", lang="ko", tld=["co.kr", "kr", "com"], free=["naver.com", "daum.net", "hanmail.net", "gmail.com"],
        cos=["Hanbit Precision", "Daehan Chemical", "Busan Marine Parts", "Seorak Textile", "Gyeonggi Electronics", "Incheon Logistics"],
        cos_n=["한빛정밀", "대한케미칼", "부산마린파츠", "설악텍스타일", "경기전자", "인천로지스틱스"],
        sfx=["Co., Ltd.", "Corp.", "Inc."], pre_n=["(주)", "주식회사 "],
        first=["Min-jun", "Ji-yeon", "Sung-ho", "Hye-jin", "Dong-hyun", "Eun-ji"], last=["Kim", "Lee", "Park", "Choi", "Jung", "Kang"],
        first_n=["민준", "지연", "성호", "혜진", "동현", "은지"], last_n=["김", "이", "박", "최", "정", "강"],
        ports=["Busan", "Incheon", "Gwangyang"], cities=["Seoul", "Busan", "Ulsan"],
        cur="KRW", date="ymd.", msgr=["KakaoTalk"],
        land=[(["2"], ["02-&##-####", "02-&###-####", "(02) &###-####"], ["+82 2-&###-####", "+82 2 &### ####", "+82-2-&###-####"]),
              (["31", "32", "51", "53", "52"], ["0{a}-&##-####", "0{a}-&###-####"], ["+82 {a}-&##-####", "+82 {a} &### ####"])],
        mob=[(["10"], ["010-####-####", "010 #### ####", "010########"], ["+82 10-####-####", "+82 10 #### ####", "+82-10-####-####"])])
country("AU", name="Australia", lang="en", tld=["com.au", "net.au"], free=["bigpond.com", "gmail.com", "optusnet.com.au"],
        cos=["Southern Cross Imports", "Outback Mining Supplies", "Coral Coast Seafood", "Murray Valley Wines", "Harbour City Hardware", "Kookaburra Packaging"],
        sfx=["Pty Ltd", "Pty. Ltd."],
        first=["Jack", "Olivia", "Lachlan", "Chloe", "Mitchell", "Grace"], last=["Smith", "Jones", "Williams", "Brown", "Nguyen", "Wilson"],
        ports=["Sydney (Port Botany)", "Melbourne", "Brisbane", "Fremantle"], cities=["Sydney", "Melbourne", "Perth"],
        cur="AUD", date="dmy/", msgr=["WhatsApp"],
        land=[(["2", "3", "7", "8"], ["(0{a}) &### ####", "0{a} &### ####"], ["+61 {a} &### ####", "+61 (0){a} &### ####"])],
        mob=[(["4##"], ["0{a} ### ###", "0{a}######", "0{a}-###-###"], ["+61 {a} ### ###", "+61 {a}######"])])
country("NZ", name="New Zealand", native="Aotearoa", lang="en", tld=["co.nz", "nz"], free=["xtra.co.nz", "gmail.com"],
        cos=["Kiwi Orchard Exports", "Canterbury Wool Traders", "Waikato Dairy Equipment", "Tasman Timber", "Aotearoa Outdoor Gear", "Southern Alps Marine"],
        sfx=["Limited", "Ltd"],
        first=["Hamish", "Aroha", "Liam", "Ruby", "Tane", "Emma"], last=["Thompson", "Walker", "Ngata", "Clarke", "Parata", "Robinson"],
        ports=["Auckland", "Tauranga", "Lyttelton"], cities=["Auckland", "Christchurch", "Hamilton"],
        cur="NZD", date="dmy/", msgr=["WhatsApp"],
        land=[(["9", "4", "3", "7"], ["(0{a}) &## ####", "0{a} &## ####", "0{a}-&##-####"], ["+64 {a} &## ####", "+64 (0){a} &## ####"])],
        mob=[(["21", "22", "27"], ["0{a} ### ####", "0{a} ###-####", "0{a}#######"], ["+64 {a} ### ####", "+64 {a}#######"])])

CC = {d["cc"]: d for d in COUNTRIES}
# female forms of surnames where the language inflects them (index of first name -> female)
GENDERED = {
    "RU": ({1, 3, 5}, ["Ivanova", "Smirnova", "Kuznetsova", "Popova", "Sokolova", "Volkova"], ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov"],
           ["Иванова", "Смирнова", "Кузнецова", "Попова", "Соколова", "Волкова"], ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Волков"]),
    "PL": ({1, 3, 5}, ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska"], ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"], None, None),
    "CZ": ({1, 3, 5}, ["Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová"], ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera"], None, None),
    "GR": ({1, 3, 5}, ["Papadopoulou", "Georgiou", "Nikolaidou", "Papadaki", "Konstantinou", "Vlachou"], ["Papadopoulos", "Georgiou", "Nikolaidis", "Papadakis", "Konstantinou", "Vlachos"], None, None),
}
CODES = [d["cc"] for d in COUNTRIES]


def phone(cc, mobile=None, intl=None):
    d = CC[cc]
    if mobile is None:
        mobile = chance(0.5)
    plans = d["mob"] if mobile else d["land"]
    areas, nat, itl = c(plans)
    if intl is None:
        intl = chance(0.6)
    tpl = c(itl if intl else nat)
    return fill(tpl.replace("{a}", fill(c(areas))))


# ---------------------------------------------------------------- addresses
# addr(cc, ml, nat): one postal address as locals write it.  ml = on several
# lines; nat = in the native script where natives use one.  The returned
# string is the whole span (first component .. last component).
def J(parts, ml, sep=", "):
    return ("\n" if ml else sep).join(p for p in parts if p)


def a_MX(ml, nat):
    st, col, alc, cp, city, state = c([
        ("Av. Paseo de la Reforma", "Col. Juárez", "Cuauhtémoc", "066", "Ciudad de México", "CDMX"),
        ("Av. Insurgentes Sur", "Col. Del Valle", "Benito Juárez", "031", "Ciudad de México", "CDMX"),
        ("Av. Vallarta", "Col. Americana", "", "441", "Guadalajara", "Jal."),
        ("Av. Constitución", "Col. Centro", "", "640", "Monterrey", "N.L."),
        ("Blvd. Bernardo Quintana", "Col. Centro Sur", "", "760", "Querétaro", "Qro."),
        ("Calle Industria Automotriz", "Parque Industrial Toluca 2000", "", "502", "Toluca", "Méx.")])
    n = "%d%s" % (ri(10, 3999), c(["", "", " Int. %d" % ri(1, 40), " Int. %d-%s" % (ri(1, 9) * 100 + ri(1, 20), c("ABC")), ", Piso %d" % ri(2, 25)]))
    cpx = cp + digits(2)
    tail = nonempty("%s %s, %s" % (cpx, city, state) + c(["", ", México"]))
    return J([st + " " + n, col, alc] + tail, ml)


def a_CO(ml, nat):
    city, dept, cp = c([("Bogotá D.C.", "", "1102%02d" % ri(10, 99)), ("Medellín", "Antioquia", "0500%02d" % ri(10, 99)),
                        ("Cali", "Valle del Cauca", "7600%02d" % ri(10, 99)), ("Barranquilla", "Atlántico", "0800%02d" % ri(10, 99))])
    via = c(["Calle", "Carrera", "Cra.", "Cl.", "Av. Calle", "Transversal", "Diagonal"])
    n1 = "%d%s" % (ri(1, 150), c(["", "", "A", "B", " Bis"]))
    unit = c(["", "Oficina %d" % ri(101, 1204), "Of. %d" % ri(201, 905), "Torre %s Piso %d" % (c("123AB"), ri(2, 18)), "Bodega %d" % ri(1, 30)])
    parts = ["%s %s # %d-%02d" % (via, n1, ri(1, 120), ri(1, 99)), unit, ", ".join(nonempty(city, dept)), cp if chance(0.6) else ""]
    if chance(0.3):
        parts.append("Colombia")
    return J(parts, ml)


def a_CL(ml, nat):
    st, comuna, cp = c([("Av. Apoquindo", "Las Condes", "7550000"), ("Av. Providencia", "Providencia", "7500000"),
                        ("Av. Libertador Bernardo O'Higgins", "Santiago Centro", "8320000"), ("Av. Vitacura", "Vitacura", "7630000"),
                        ("Av. Presidente Eduardo Frei Montalva", "Quilicura", "8700000"), ("Av. Brasil", "Valparaíso", "2340000")])
    unit = c(["", "Of. %d" % ri(101, 2201), "Oficina %d" % ri(101, 1502), "Piso %d" % ri(2, 20), "Bodega %d" % ri(1, 40)])
    city = "Valparaíso" if comuna == "Valparaíso" else "Santiago"
    tail = c(["%s, %s" % (comuna, city), "%s %s, %s" % (cp, comuna, city), "%s, Región Metropolitana" % comuna if city == "Santiago" else comuna + ", Región de Valparaíso"])
    return J(["%s %d" % (st, ri(100, 9999)), unit, tail, "Chile" if chance(0.3) else ""], ml)


def a_PE(ml, nat):
    st, dist, cp = c([("Av. Javier Prado Este", "Santiago de Surco", "15023"), ("Calle Las Begonias", "San Isidro", "15046"),
                      ("Av. Argentina", "Cercado de Lima", "15081"), ("Av. José Larco", "Miraflores", "15074"), ("Av. Néstor Gambetta", "Callao", "07041")])
    unit = c(["", "Of. %d" % ri(201, 1402), "Piso %d" % ri(2, 18), "Int. %d" % ri(1, 30)])
    tail = "%s, Lima %s" % (dist, cp) if dist != "Callao" else "Callao %s" % cp
    return J(["%s %d" % (st, ri(100, 6999)), unit, tail, "Perú" if chance(0.3) else ""], ml)


def a_AR(ml, nat):
    st, cpa, city = c([("Av. Corrientes", "C1043", "CABA"), ("Av. Santa Fe", "C1123", "Ciudad Autónoma de Buenos Aires"),
                       ("Av. Córdoba", "C1054", "CABA"), ("Bv. Oroño", "S2000", "Rosario, Santa Fe"),
                       ("Av. Colón", "X5000", "Córdoba"), ("Av. San Martín", "M5500", "Mendoza")])
    cp = cpa + fill("^^^")
    unit = c(["", "Piso %d" % ri(1, 20), "Piso %d Dto. %s" % (ri(1, 15), c("ABCD")), "%d° %s" % (ri(1, 12), c("ABCD")), "Of. %d" % ri(1, 80)])
    return J(["%s %d" % (st, ri(100, 4999)), unit, "%s %s" % (cp, city), "Argentina" if chance(0.4) else ""], ml)


def a_BR(ml, nat):
    st, bairro, city, uf, cep = c([("Av. Paulista", "Bela Vista", "São Paulo", "SP", "01310"), ("Rua Funchal", "Vila Olímpia", "São Paulo", "SP", "04551"),
                                   ("Rua da Assembleia", "Centro", "Rio de Janeiro", "RJ", "20011"), ("Av. Carlos Gomes", "Auxiliadora", "Porto Alegre", "RS", "90480"),
                                   ("Rua XV de Novembro", "Centro", "Curitiba", "PR", "80020"), ("Av. Santos Dumont", "Aldeota", "Fortaleza", "CE", "60150"),
                                   ("Rua Blumenau", "Centro", "Itajaí", "SC", "88301")])
    num = str(ri(10, 2999))
    compl = c(["", "Conj. %d" % ri(11, 182), "sala %d" % ri(101, 2310), "%dº andar" % ri(2, 22), "Galpão %d" % ri(1, 12)])
    cepx = "%s-%03d" % (cep, ri(0, 999))
    if ml:
        return J(["%s, %s%s" % (st, num, (" - " + compl) if compl else ""), bairro, "%s %s/%s" % (cepx, city, uf), c(["", "Brasil"])], True)
    return "%s, %s%s - %s, %s - %s, %s%s" % (st, num, (" - " + compl) if compl else "", bairro, city, uf, cepx, c(["", ", Brasil"]))


def a_CA(ml, nat):
    st, city, prov, pc3, fr = c([("Bay Street", "Toronto", "ON", "M5R", False), ("Front Street West", "Toronto", "ON", "M5V", False),
                                 ("West Pender Street", "Vancouver", "BC", "V6B", False), ("8 Avenue SW", "Calgary", "AB", "T2P", False),
                                 ("rue Saint-Jacques", "Montréal", "QC", "H2Y", True), ("boulevard René-Lévesque Ouest", "Montréal", "QC", "H3B", True),
                                 ("Courtneypark Drive East", "Mississauga", "ON", "L5T", False), ("Barrington Street", "Halifax", "NS", "B3J", False)])
    pcode = pc3 + " " + fill("#") + c("ABCEGHJKLMNPRSTVWXYZ") + fill("#")
    n = ri(10, 9999)
    if fr:
        unit = c(["", "bureau %d" % ri(100, 2500)])
        return J(["%d, %s" % (n, st), unit, "%s (Québec) %s" % (city, pcode), "Canada" if chance(0.3) else ""], ml)
    unit = c(["", "Suite %d" % ri(100, 3500), "Unit %d" % ri(1, 40)])
    if ml:
        return J([unit, "%d %s" % (n, st), "%s %s  %s" % (city, prov, pcode), c(["", "Canada"])], True)
    return J(["%d %s" % (n, st), unit, city, "%s %s" % (prov, pcode), "Canada" if chance(0.3) else ""], False)


def a_GB(ml, nat):
    st, town, dist = c([("Oxford Road", "Reading", "RG1"), ("Deansgate", "Manchester", "M3"), ("Trafford Park Road", "Manchester", "M17"),
                        ("Aldersgate Street", "London", "EC1A"), ("Great Western Road", "Glasgow", "G4"), ("Colmore Row", "Birmingham", "B3"),
                        ("Felixstowe Road", "Ipswich", "IP3"), ("Queen Street", "Cardiff", "CF10"), ("Kirkstall Road", "Leeds", "LS4")])
    pcode = "%s %d%s" % (dist, ri(1, 9), "".join(c("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    pre = c(["", "Unit %d" % ri(1, 30), "Suite %d.%02d" % (ri(1, 6), ri(1, 20)), "%s House" % c(["Albion", "Kingsway", "Waterside", "Cavendish"])])
    estate = c(["", "", "%s Business Park" % c(["Orwell", "Riverside", "Meridian", "Centurion"])])
    line1 = "%d %s" % (ri(1, 400), st) if not estate else st
    county = c(["", "", "Suffolk" if town == "Ipswich" else "", "Berkshire" if town == "Reading" else ""])
    if ml:
        return J([pre, estate, line1, town.upper() if chance(0.5) else town, county, pcode, c(["", "United Kingdom", "UK"])], True)
    return J([pre, estate, line1, town + (" " + pcode if not county else ""), (county + " " + pcode) if county else "", c(["", "", "UK"])], False)


def a_IE(ml, nat):
    st, town, key = c([("Ballycoolin Business Park", "Blanchardstown, Dublin 15", "D15"), ("Grand Parade", "Cork", "T12"),
                       ("Merchants Road", "Galway", "H91"), ("Sir John Rogerson's Quay", "Dublin 2", "D02"),
                       ("O'Connell Street", "Limerick", "V94"), ("The Quay", "Waterford", "X91")])
    code = "%s %s" % (key, "".join(c("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
    pre = c(["", "Unit %d" % ri(1, 40), "Block %s" % c("ABC"), "%d" % ri(1, 120)])
    line1 = ("%s %s" % (pre, st) if pre.isdigit() else J([pre, st], False)) if pre else st
    return J([line1, town, code, "Ireland" if chance(0.4) else ""], ml)


def a_FR(ml, nat):
    st, cp, city = c([("rue de la République", "690", "Lyon"), ("avenue des Champs-Élysées", "750", "Paris"), ("boulevard Haussmann", "750", "Paris"),
                      ("quai de la Joliette", "130", "Marseille"), ("rue Nationale", "590", "Lille"), ("avenue de la Fleuride", "134", "Aubagne"),
                      ("allée Jean Jaurès", "310", "Toulouse"), ("cours de l'Intendance", "330", "Bordeaux")])
    cpx = cp + "%02d" % ri(1, 20) if cp == "750" else cp + "%02d" % ri(0, 99)
    num = "%d%s" % (ri(1, 240), c(["", "", "", " bis", " ter"]))
    pre = c(["", "", "Bâtiment %s" % c("ABCD"), "ZI des Paluds", "Parc d'activités du Moulin", "%de étage" % ri(2, 9), "BP %d" % ri(10, 999)])
    cedex = " CEDEX" if pre.startswith("BP") or chance(0.1) else ""
    if ml:
        return J([pre, "%s %s" % (num, st), "%s %s%s" % (cpx, city.upper(), cedex), c(["", "FRANCE", "France"])], True)
    return J([pre, "%s %s" % (num, st), "%s %s%s" % (cpx, city, cedex), "France" if chance(0.3) else ""], False)


def a_ES(ml, nat):
    st, cp, city = c([("Calle de Alcalá", "280", "Madrid"), ("Paseo de la Castellana", "280", "Madrid"), ("Carrer de Balmes", "080", "Barcelona"),
                      ("Avda. del Puerto", "460", "Valencia"), ("Calle Gran Vía", "480", "Bilbao"), ("Avenida de la Constitución", "410", "Sevilla"),
                      ("Calle de María de Luna", "500", "Zaragoza")])
    cpx = cp + "%02d" % ri(1, 50)
    num = c(["%d" % ri(1, 300), "nº %d" % ri(1, 300)])
    floor = c(["", "%dº %s" % (ri(1, 9), c("ABCD")), "%d.º izq." % ri(1, 8), "local %d" % ri(1, 12), "planta %d" % ri(1, 12)])
    pol = c(["", "", "", "Polígono Industrial Can Roca, Nave %d" % ri(1, 30)])
    if pol:
        return J([pol, "08107 Martorelles (Barcelona)", "España" if chance(0.4) else ""], ml)
    return J(["%s %s" % (st, num) if chance(0.5) else "%s, %s" % (st, num), floor, "%s %s" % (cpx, city), "España" if chance(0.3) else ""], ml)


def a_PT(ml, nat):
    st, cp, city = c([("Rua Augusta", "1100", "Lisboa"), ("Avenida da Liberdade", "1250", "Lisboa"), ("Rua de Santa Catarina", "4000", "Porto"),
                      ("Avenida Fontes Pereira de Melo", "1050", "Lisboa"), ("Rua do Brasil", "3030", "Coimbra"), ("Rua Dr. António Bernardino de Almeida", "4200", "Porto")])
    if chance(0.2):
        return J(["Zona Industrial da Maia I, Lote %d" % ri(1, 80), "4470-%03d Maia" % ri(100, 999), "Portugal" if chance(0.5) else ""], ml)
    floor = c(["", "%d.º Esq." % ri(1, 9), "%d.º Dto." % ri(1, 9), "Loja %d" % ri(1, 9), "%dº andar" % ri(1, 9)])
    return J(["%s, %d" % (st, ri(1, 400)), floor, "%s-%03d %s" % (cp, ri(0, 999), city), "Portugal" if chance(0.3) else ""], ml)


def a_IT(ml, nat):
    st, cp, city, pr = c([("Via Giuseppe Mazzini", "201", "Milano", "MI"), ("Corso Vittorio Emanuele II", "101", "Torino", "TO"),
                          ("Viale Europa", "41049", "Sassuolo", "MO"), ("Via del Corso", "001", "Roma", "RM"), ("Via XX Settembre", "161", "Genova", "GE"),
                          ("Via dell'Industria", "361", "Vicenza", "VI"), ("Via Emilia Ovest", "421", "Reggio Emilia", "RE")])
    cpx = cp if len(cp) == 5 else cp + "%02d" % ri(0, 99)
    num = "%d%s" % (ri(1, 250), c(["", "", "/B", "/A"]))
    if chance(0.5):
        tail = "%s %s (%s)" % (cpx, city, pr)
    else:
        tail = "%s %s %s" % (cpx, city, pr)
    if ml:
        return J(["%s, %s" % (st, num), tail, c(["", "Italia", "Italy"])], True)
    sep = c([", ", " - "])
    return sep.join(nonempty("%s %s" % (st, num) if sep == ", " else "%s, %s" % (st, num), tail, "Italia" if chance(0.3) else ""))


def a_NL(ml, nat):
    st, cp, city = c([("Keizersgracht", "1016", "Amsterdam"), ("Waalhaven Zuidzijde", "3089", "Rotterdam"), ("Stationsplein", "3511", "Utrecht"),
                      ("Flight Forum", "5657", "Eindhoven"), ("Coolsingel", "3011", "Rotterdam"), ("Laan van Nieuw Oost-Indië", "2593", "Den Haag"),
                      ("Celsiusweg", "5928", "Venlo")])
    num = "%d%s" % (ri(1, 400), c(["", "", "-A", " B", "-3"]))
    pcode = "%s %s" % (cp, "".join(c("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
    if ml:
        return J(["%s %s" % (st, num), "%s %s" % (pcode, city.upper() if chance(0.4) else city), c(["", "Nederland", "The Netherlands"])], True)
    return J(["%s %s" % (st, num), "%s %s" % (pcode, city), "Nederland" if chance(0.3) else ""], False)


def a_BE(ml, nat):
    st, cp, city, fr = c([("Avenue Louise", "1050", "Bruxelles", True), ("Noorderlaan", "2030", "Antwerpen", False), ("Rue de la Loi", "1040", "Bruxelles", True),
                          ("Kortrijksesteenweg", "9000", "Gent", False), ("Boulevard d'Avroy", "4000", "Liège", True), ("Havenlaan", "1000", "Brussel", False)])
    n = ri(1, 400)
    box = c(["", "/%d" % ri(1, 40), " bus %d" % ri(1, 20) if not fr else " boîte %d" % ri(1, 20)])
    cpx = c(["", "", "B-"]) + cp
    return J(["%s %d%s" % (st, n, box), "%s %s" % (cpx, city), c(["", "Belgique" if fr else "België", "Belgium"]) if chance(0.4) else ""], ml)


def a_DE(ml, nat):
    st, plz, city = c([("Hafenstraße", "20359", "Hamburg"), ("Am Sandtorkai", "20457", "Hamburg"), ("Industriestraße", "70565", "Stuttgart"),
                       ("Friedrichstraße", "10117", "Berlin"), ("Leopoldstraße", "80802", "München"), ("Königsallee", "40212", "Düsseldorf"),
                       ("Hansastraße", "28217", "Bremen"), ("Mainzer Landstraße", "60329", "Frankfurt am Main"), ("Gewerbepark Süd", "47059", "Duisburg")])
    if chance(0.25):
        st = st.replace("straße", "str.")
    n0 = ri(1, 180)
    num = "%d%s" % (n0, c(["", "", "", "a", "b", "-%d" % (n0 + ri(1, 4))]))
    pre = c(["", "", "", "Gebäude %s" % c("ABC"), "Halle %d" % ri(1, 9)])
    if ml:
        return J([pre, "%s %s" % (st, num), "%s %s" % (plz, city), c(["", "Deutschland", "Germany"])], True)
    return J([pre, "%s %s" % (st, num), c(["", "", "D-", "DE-"]) + "%s %s" % (plz, city), "Deutschland" if chance(0.25) else ""], False)


def a_AT(ml, nat):
    st, plz, city = c([("Mariahilfer Straße", "1060", "Wien"), ("Industriezeile", "4020", "Linz"), ("Herrengasse", "8010", "Graz"),
                       ("Getreidegasse", "5020", "Salzburg"), ("Museumstraße", "6020", "Innsbruck"), ("Wagramer Straße", "1220", "Wien")])
    num = "%d" % ri(1, 150) + (c(["", "/%d/%d" % (ri(1, 9), ri(1, 30)), "/Top %d" % ri(1, 40)]) if city == "Wien" else c(["", "a"]))
    return J(["%s %s" % (st, num), c(["", "A-"]) + "%s %s" % (plz, city), c(["", "Österreich", "Austria"]) if chance(0.4) else ""], ml)


def a_CH(ml, nat):
    st, plz, city, fr = c([("Bahnhofstrasse", "8001", "Zürich", False), ("Rue du Rhône", "1204", "Genève", True), ("Aeschenvorstadt", "4051", "Basel", False),
                           ("Bundesplatz", "3011", "Bern", False), ("Via Nassa", "6900", "Lugano", False), ("Industriestrasse", "6300", "Zug", False)])
    pre = c(["", "", "Postfach %d" % ri(100, 9999) if not fr else "Case postale %d" % ri(100, 9999)])
    return J([pre, "%s %d" % (st, ri(1, 120)), c(["", "CH-"]) + "%s %s" % (plz, city), c(["", "Schweiz" if not fr else "Suisse", "Switzerland"]) if chance(0.4) else ""], ml)


def a_PL(ml, nat):
    st, cp, city = c([("ul. Marszałkowska", "00-6", "Warszawa"), ("al. Jerozolimskie", "02-", "Warszawa"), ("ul. Przemysłowa", "62-052", "Komorniki"),
                      ("ul. Piotrkowska", "90-", "Łódź"), ("ul. Grunwaldzka", "80-", "Gdańsk"), ("ul. Floriańska", "31-", "Kraków"), ("ul. Legnicka", "54-", "Wrocław")])
    cpx = cp + digits(6 - len(cp)) if len(cp) < 6 else cp
    num = c(["%d" % ri(1, 250), "%d/%d" % (ri(1, 200), ri(1, 150)), "%d lok. %d" % (ri(1, 200), ri(1, 40)), "%d%s" % (ri(1, 90), c("ABC"))])
    return J(["%s %s" % (st, num), "%s %s" % (cpx, city), c(["", "Polska", "Poland"]) if chance(0.4) else ""], ml)


def a_CZ(ml, nat):
    st, psc, city = c([("Václavské náměstí", "110 00", "Praha 1"), ("Průmyslová", "102 00", "Praha 10"), ("Masarykova", "602 00", "Brno"),
                       ("Nádražní", "702 00", "Ostrava"), ("Americká", "301 00", "Plzeň"), ("Vinohradská", "120 00", "Praha 2")])
    num = "%d/%d" % (ri(100, 2999), ri(1, 60)) if chance(0.7) else "%d" % ri(1, 200)
    return J(["%s %s" % (st, num), "%s %s" % (psc, city), c(["", "Česká republika", "Czech Republic"]) if chance(0.4) else ""], ml)


def a_RO(ml, nat):
    st, cp, city, extra = c([("Str. Dorobanților", "010", "București", "Sector 1"), ("Bd. Unirii", "030", "București", "Sector 3"),
                             ("Str. Memorandumului", "400", "Cluj-Napoca", "jud. Cluj"), ("Bd. Tomis", "900", "Constanța", "jud. Constanța"),
                             ("Calea Aradului", "300", "Timișoara", "jud. Timiș")])
    cpx = cp + digits(3)
    det = c(["", "et. %d" % ri(1, 9), "et. %d, ap. %d" % (ri(1, 9), ri(1, 40)), "bl. %s%d, sc. %s" % (c("ABCM"), ri(1, 30), c("AB"))])
    if extra.startswith("Sector"):
        tail = ["%s, %s %s" % (extra, cpx, city)]
    else:
        tail = ["%s %s" % (cpx, city), extra]
    return J(["%s nr. %d" % (st, ri(1, 200)), det] + tail + ["România" if chance(0.3) else ""], ml)


def a_GR(ml, nat):
    g, l, tk, cg, cl = c([("Λεωφ. Κηφισίας", "Kifisias Ave.", "115 26", "Αθήνα", "Athens"), ("Ακτή Μιαούλη", "Akti Miaouli", "185 38", "Πειραιάς", "Piraeus"),
                          ("Εγνατία", "Egnatia St.", "546 30", "Θεσσαλονίκη", "Thessaloniki"), ("Σταδίου", "Stadiou St.", "105 64", "Αθήνα", "Athens"),
                          ("Λεωφ. Συγγρού", "Syngrou Ave.", "117 45", "Αθήνα", "Athens")])
    n = ri(1, 350)
    if nat:
        return J(["%s %d" % (g, n), "%s %s" % (tk, cg), "Ελλάδα" if chance(0.3) else ""], ml)
    tk2 = tk if chance(0.6) else tk.replace(" ", "")
    return J(["%d %s" % (n, l), "%s %s" % (tk2, cl), "Greece" if chance(0.5) else ""], ml)


def a_TR(ml, nat):
    st, mah, pk, ilce, il = c([("Büyükdere Cad.", "Levent", "34394", "Şişli", "İstanbul"), ("Atatürk Cad.", "Alsancak", "35220", "Konak", "İzmir"),
                               ("İstiklal Cad.", "Beyoğlu", "34433", "Beyoğlu", "İstanbul"), ("Organize Sanayi Bölgesi 3. Cadde", "", "16140", "Nilüfer", "Bursa"),
                               ("Kozyatağı Mah. Değirmen Sok.", "", "34742", "Kadıköy", "İstanbul"), ("Gazi Mustafa Kemal Bulvarı", "Kızılay", "06570", "Çankaya", "Ankara")])
    no = "No: %d" % ri(1, 250) + c(["", " Kat: %d" % ri(1, 20), " D: %d" % ri(1, 40), "/%d" % ri(1, 30)])
    return J(["%s %s" % (st, no), mah, "%s %s/%s" % (pk, ilce, il), c(["", "Türkiye", "Turkey"]) if chance(0.4) else ""], ml)


def a_RU(ml, nat):
    g, l, idx, cg, cl = c([("ул. Тверская", "Tverskaya St.", "125009", "Москва", "Moscow"), ("Ленинградский пр-т", "Leningradsky Ave.", "125167", "Москва", "Moscow"),
                           ("Невский пр.", "Nevsky Ave.", "191025", "Санкт-Петербург", "St. Petersburg"), ("ул. Малышева", "Malysheva St.", "620014", "Екатеринбург", "Yekaterinburg"),
                           ("ул. Баумана", "Baumana St.", "420111", "Казань", "Kazan"), ("ул. Портовая", "Portovaya St.", "353902", "Новороссийск", "Novorossiysk")])
    d, s, o = ri(1, 120), ri(1, 9), ri(101, 950)
    if nat:
        if chance(0.5):
            return J(["%s, г. %s" % (idx, cg), g, "д. %d" % d, "стр. %d" % s if chance(0.5) else "", "офис %d" % o if chance(0.7) else ""], False) if not ml else \
                J(["%s, г. %s" % (idx, cg), "%s, д. %d, оф. %d" % (g, d, o)], True)
        return J(["%s, д. %d" % (g, d), "стр. %d" % s if chance(0.4) else "", "офис %d" % o, cg, idx, "Россия" if chance(0.3) else ""], ml)
    return J(["%d %s" % (d, l), "bldg. %d" % s if chance(0.4) else "", "office %d" % o if chance(0.6) else "", "%s %s" % (cl, idx), "Russia" if chance(0.5) else ""], ml)


def a_UA(ml, nat):
    g, l, idx, cg, cl = c([("вул. Хрещатик", "Khreshchatyk St.", "01001", "Київ", "Kyiv"), ("вул. Дерибасівська", "Derybasivska St.", "65026", "Одеса", "Odesa"),
                           ("просп. Науки", "Nauky Ave.", "61072", "Харків", "Kharkiv"), ("вул. Городоцька", "Horodotska St.", "79007", "Львів", "Lviv"),
                           ("просп. Дмитра Яворницького", "Dmytra Yavornytskoho Ave.", "49000", "Дніпро", "Dnipro")])
    d, o = ri(1, 150), ri(1, 400)
    if nat:
        if chance(0.5):
            return J(["%s, м. %s" % (idx, cg), "%s, буд. %d" % (g, d), "оф. %d" % o if chance(0.6) else ""], ml)
        return J(["%s, %d" % (g, d), "оф. %d" % o if chance(0.6) else "", "м. %s" % cg, idx], ml)
    return J(["%d %s" % (d, l), "office %d" % o if chance(0.6) else "", "%s %s" % (cl, idx), "Ukraine" if chance(0.5) else ""], ml)


def a_AE(ml, nat):
    if nat:
        return c(["مكتب %d، برج %s، شارع الشيخ زايد، دبي، الإمارات العربية المتحدة" % (ri(101, 3905), c(["العطار", "المنارة", "الريم"])),
                  "مستودع رقم %d، المنطقة الحرة لجبل علي، دبي" % ri(1, 90),
                  "محل %d، شارع الوحدة، المنطقة الصناعية %d، الشارقة" % (ri(1, 60), ri(1, 18))])
    kind = ri(0, 3)
    pob = "P.O. Box %d" % ri(10000, 299999)
    if kind == 0:
        parts = ["Office %d" % ri(101, 3905), "%s Tower" % c(["Al Attar Business", "Al Manara", "Churchill", "Single Business"]),
                 "Sheikh Zayed Road" if chance(0.6) else "Business Bay", pob if chance(0.5) else "", "Dubai", c(["", "UAE", "United Arab Emirates"])]
    elif kind == 1:
        parts = ["Warehouse %s" % fill("^^## ^^##").replace(" ", "-"), "Jebel Ali Free Zone" + c(["", " (South)", " (North)"]), pob if chance(0.6) else "", "Dubai", c(["", "UAE"])]
    elif kind == 2:
        parts = ["Shop %d" % ri(1, 60), "Building %d" % ri(1, 90), "Al Wahda Street", "Industrial Area %d" % ri(1, 18), "Sharjah", c(["", "UAE"])]
    else:
        parts = ["Office %d" % ri(101, 1905), "Al Ghaith Tower", "Hamdan Street", pob if chance(0.4) else "", "Abu Dhabi", c(["", "U.A.E."])]
    return J(parts, ml)


def a_SA(ml, nat):
    b, st, dist, city, pc5 = c([(ri(2000, 9999), ("King Fahd Road", "طريق الملك فهد"), ("Al Olaya Dist.", "حي العليا"), ("Riyadh", "الرياض"), "12%03d" % ri(200, 999)),
                                (ri(2000, 9999), ("Prince Sultan Road", "طريق الأمير سلطان"), ("Al Rawdah Dist.", "حي الروضة"), ("Jeddah", "جدة"), "23%03d" % ri(400, 999)),
                                (ri(2000, 9999), ("King Saud Street", "شارع الملك سعود"), ("Al Faisaliyah Dist.", "حي الفيصلية"), ("Dammam", "الدمام"), "32%03d" % ri(200, 999))])
    add = "%04d" % ri(2000, 9999)
    if nat:
        return J(["%d %s" % (b, st[1]), dist[1], "%s %s" % (city[1], pc5), "الرقم الإضافي %s" % add if chance(0.5) else ""], ml, "، ")
    return J(["Building No. %d" % b if chance(0.5) else "%d" % b, st[0], dist[0], "%s %s%s" % (city[0], pc5, (" - " + add) if chance(0.5) else ""),
              c(["", "Saudi Arabia", "KSA"])], ml)


AR_DIG = "٠١٢٣٤٥٦٧٨٩"


def ar_digits(s):
    return "".join(AR_DIG[int(ch)] if ch.isdigit() else ch for ch in s)


def a_EG(ml, nat):
    if nat:
        n = str(ri(1, 120))
        return c(["%s شارع طلعت حرب، وسط البلد، القاهرة %s" % (ar_digits(n), ar_digits("11511")),
                  "%s طريق الحرية، الإسكندرية" % ar_digits(n),
                  "مبنى %s، التجمع الخامس، القاهرة الجديدة" % ar_digits(n)])
    parts = c([["%d Talaat Harb St." % ri(1, 120), "Downtown", "Cairo %s" % c(["11511", "11512"])],
               ["Building %d" % ri(1, 300), "Street %d" % ri(1, 99), "5th Settlement", "New Cairo 11835"],
               ["Plot %d" % ri(1, 400), "Industrial Zone %s" % c(["A1", "3", "B2"]), "10th of Ramadan City", "Sharqia"],
               ["%d El Horreya Road" % ri(1, 200), "Alexandria %d" % c([21131, 21111])]])
    return J(parts + ["Egypt" if chance(0.5) else ""], ml)


def a_NG(ml, nat):
    parts = c([["Plot %d" % ri(100, 1999), "Adeola Odeku Street", "Victoria Island", "Lagos" + c(["", " 101241"])],
               ["%d Trans-Amadi Industrial Layout" % ri(1, 99), "Port Harcourt", "Rivers State"],
               ["Block %s, Plot %d" % (c("ABCD"), ri(1, 40)), "Oregun Industrial Estate", "Ikeja", "Lagos State"],
               ["No. %d Aminu Kano Crescent" % ri(1, 60), "Wuse II", "Abuja", "FCT 904101"],
               ["%d Bompai Road" % ri(1, 90), "Kano", "Kano State"]])
    return J(parts + ["Nigeria" if chance(0.4) else ""], ml)


def a_KE(ml, nat):
    pob = "P.O. Box %d-%s" % (ri(1000, 99999), c(["00100", "00200", "00606", "80100"]))
    parts = c([["%s Floor" % c(["2nd", "3rd", "4th", "5th"]), "ABC Place", "Waiyaki Way", "Westlands", pob if chance(0.6) else "", "Nairobi"],
               ["Godown No. %d" % ri(1, 40), "Mombasa Road", "Industrial Area", "Nairobi"],
               ["Nyali Centre, %s Floor" % c(["1st", "2nd"]), "Links Road", "Mombasa" + c(["", " 80100"])],
               ["Plot %d/%d" % (ri(100, 999), ri(1000, 9999)), "Enterprise Road", "Nairobi"]])
    return J(parts + ["Kenya" if chance(0.4) else ""], ml)


def a_ZA(ml, nat):
    parts = c([["Unit %d" % ri(1, 30), "%d Jet Park Road" % ri(1, 120), "Jet Park", "Boksburg", "1469"],
               ["%d Long Street" % ri(1, 300), "Cape Town City Centre", "Cape Town", "8001"],
               ["%s Floor" % c(["2nd", "3rd", "5th"]), "%d Rivonia Road" % ri(1, 200), "Sandton", "Johannesburg", "2196"],
               ["%d Maydon Road" % ri(1, 120), "Maydon Wharf", "Durban", "4001"],
               ["%d Church Street" % ri(1, 600), "Pretoria Central", "Pretoria", "0002"]])
    return J(parts + ["South Africa" if chance(0.4) else ""], ml)


def a_IN(ml, nat):
    d = c([
        ["Plot No. %d" % ri(1, 300), "Sector %d" % ri(1, 60), "Gurugram", "Haryana %s" % c(["122015", "122001", "122018"])],
        ["%d, %s" % (ri(101, 1205), c(["Tulsiani Chambers", "Maker Chambers V", "Mittal Tower"])), "Nariman Point", "Mumbai %s 400021" % c(["–", "-"]), "Maharashtra"],
        ["No. %d, %s Cross" % (ri(1, 120), c(["1st", "2nd", "4th"])), "Peenya Industrial Area", "Bengaluru", "Karnataka %d" % c([560058, 560022])],
        ["%s-%d" % (c("ABCDE"), ri(1, 300)), "Okhla Industrial Area Phase %s" % c(["I", "II"]), "New Delhi – 1100%02d" % c([20, 25])],
        ["Survey No. %d/%d" % (ri(10, 900), ri(1, 9)), "GIDC Estate, Vatva", "Ahmedabad – 382445", "Gujarat"],
        ["Old No. %d, New No. %d" % (ri(1, 99), ri(100, 300)), "Anna Salai", "Chennai 600002", "Tamil Nadu"]])
    return J(d + ["India" if chance(0.4) else ""], ml)


def a_PK(ml, nat):
    d = c([["Plot No. %s-%d" % (c("BDFH"), ri(1, 400)), "S.I.T.E.", "Karachi %d" % c([75700, 75730])],
           ["Office %d, %s Floor" % (ri(1, 30), c(["1st", "2nd", "3rd"])), "Al-Hafeez Heights", "Gulberg III", "Lahore 54660"],
           ["House %d, Street %d" % (ri(1, 90), ri(1, 60)), "F-7/2", "Islamabad 44000"],
           ["P-%d, Small Industrial Estate" % ri(1, 400), "Sialkot 51310"],
           ["Plot %d, Sector %d" % (ri(1, 90), ri(1, 30)), "Korangi Industrial Area", "Karachi 74900"]])
    return J(d + ["Pakistan" if chance(0.4) else ""], ml)


BN_DIG = "০১২৩৪৫৬৭৮৯"


def a_BD(ml, nat):
    h, r = ri(1, 120), ri(1, 30)
    if nat:
        bn = lambda s: "".join(BN_DIG[int(ch)] if ch.isdigit() else ch for ch in str(s))
        return J(["বাড়ি %s" % bn(h), "রোড %s" % bn(r), "বনানী", "ঢাকা %s" % bn(1213)], ml)
    d = c([["House %d, Road %d" % (h, r), "Block %s" % c("ABCDEF"), "Banani", "Dhaka 1213"],
           ["Plot %d-%d, Sector %d" % (h, h + 1, ri(1, 8)), "Dhaka EPZ", "Savar", "Dhaka 1349"],
           ["Level %d, %d Kemal Ataturk Avenue" % (ri(2, 15), ri(1, 90)), "Banani", "Dhaka 1213"],
           ["House %d, Road %d" % (h, r), "Nasirabad", "Chattogram 4000"]])
    return J(d + ["Bangladesh" if chance(0.4) else ""], ml)


def a_LK(ml, nat):
    d = c([["No. %d" % ri(1, 400), "Galle Road", "Colombo %02d" % c([3, 4, 6])],
           ["No. %d/%d" % (ri(1, 200), ri(1, 9)), "Kandy Road", "Kadawatha 11850"],
           ["Level %d" % ri(2, 30), "%d Sir James Peiris Mawatha" % ri(1, 200), "Colombo 02"],
           ["No. %d" % ri(1, 300), "Negombo Road", "Wattala 11300"]])
    return J(d + ["Sri Lanka" if chance(0.4) else ""], ml)


def a_TH(ml, nat):
    a, b = ri(1, 999), ri(1, 99)
    if nat:
        return c(["%d/%d หมู่ %d ถนนบางนา-ตราด กม.%d ต.บางเสาธง อ.บางเสาธง จ.สมุทรปราการ 10570" % (a, b, ri(1, 12), ri(18, 30)),
                  "%d/%d ถนนสุขุมวิท %d แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110" % (a, b, c([39, 49, 55, 71])),
                  "%d/%d หมู่ %d นิคมอุตสาหกรรมอมตะซิตี้ ต.หนองไม้แดง อ.เมืองชลบุรี จ.ชลบุรี 20000" % (a, b, ri(1, 9))])
    d = c([["%d/%d Moo %d" % (a, b, ri(1, 12)), "Bangna-Trad Road Km. %d" % ri(18, 30), "Bang Sao Thong", "Samut Prakan 10570"],
           ["%d/%d Sukhumvit %d Road" % (a, b, c([39, 49, 55, 71])), "Khlong Tan Nuea", "Watthana", "Bangkok 10110"],
           ["%d/%d Moo %d, Amata City Chonburi" % (a, b, ri(1, 9)), "Nong Mai Daeng", "Mueang Chonburi", "Chonburi 20000"]])
    return J(d + ["Thailand" if chance(0.4) else ""], ml)


def a_VN(ml, nat):
    if nat:
        d = c([["Lô %s%d" % (c("ABC"), ri(1, 40)), "KCN Tân Tạo", "P. Tân Tạo A", "Q. Bình Tân", "TP. Hồ Chí Minh"],
               ["Số %d Phạm Hùng" % ri(1, 200), "P. Mỹ Đình 2", "Q. Nam Từ Liêm", "Hà Nội"],
               ["Tầng %d, %d Nguyễn Huệ" % (ri(2, 20), ri(1, 120)), "P. Bến Nghé", "Quận 1", "TP.HCM"],
               ["Lô CN%d, KCN Đình Vũ" % ri(1, 12), "P. Đông Hải 2", "Q. Hải An", "Hải Phòng"]])
        return J(d + ["Việt Nam" if chance(0.3) else ""], ml)
    d = c([["Lot %s%d, Tan Tao Industrial Park" % (c("ABC"), ri(1, 40)), "Binh Tan District", "Ho Chi Minh City"],
           ["No. %d Pham Hung Street" % ri(1, 200), "Nam Tu Liem District", "Hanoi" + c(["", " 100000"])],
           ["%s Floor, %d Nguyen Hue Boulevard" % (c(["5th", "8th", "12th"]), ri(1, 120)), "Ben Nghe Ward, District 1", "Ho Chi Minh City"],
           ["Lot CN%d, Dinh Vu Industrial Zone" % ri(1, 12), "Hai An District", "Hai Phong"]])
    return J(d + ["Vietnam" if chance(0.5) else ""], ml)


def a_MY(ml, nat):
    d = c([["No. %d, Jalan Perusahaan %d" % (ri(1, 80), ri(1, 9)), "Kawasan Perindustrian Bukit Beruntung", "48300 Rawang", "Selangor"],
           ["Lot %d, Jalan Tandang" % ri(1, 60), "46050 Petaling Jaya", "Selangor Darul Ehsan"],
           ["Level %d, Menara %s" % (ri(2, 40), c(["1 Sentrum", "Binjai", "Hap Seng"])), "%d Jalan Tun Sambanthan" % ri(1, 300), "50470 Kuala Lumpur"],
           ["No. %d, Jalan Perindustrian Bukit Minyak %d" % (ri(1, 90), ri(1, 20)), "14100 Simpang Ampat", "Pulau Pinang"],
           ["PLO %d, Jalan Keluli" % ri(1, 300), "Kawasan Perindustrian Pasir Gudang", "81700 Pasir Gudang", "Johor"]])
    return J(d + ["Malaysia" if chance(0.4) else ""], ml)


def a_SG(ml, nat):
    d = c([["%d Anson Road" % ri(1, 80), "#%02d-%02d International Plaza" % (ri(2, 40), ri(1, 30)), "Singapore 0799%02d" % ri(0, 99)],
           ["Blk %d Ang Mo Kio Avenue %d" % (ri(100, 5000), ri(1, 10)), "#%02d-%02d" % (ri(1, 12), ri(1, 99)), "Singapore 56%04d" % ri(0, 9999)],
           ["%d Paya Lebar Road" % ri(1, 90), "#%02d-%02d Paya Lebar Square" % (ri(1, 14), ri(1, 60)), "Singapore 4090%02d" % ri(0, 99)],
           ["%d Tuas South Avenue %d" % (ri(1, 60), ri(1, 14)), "Singapore 637%03d" % ri(0, 999)]])
    return J(d, ml)


def a_ID(ml, nat):
    d = c([["Jl. Jend. Sudirman Kav. %d-%d" % ((lambda k: (k, k + 1))(ri(1, 90))), "Senayan, Kebayoran Baru", "Jakarta Selatan 12190"],
           ["Kawasan Industri Jababeka II", "Jl. Industri Selatan %d Blok %s No. %d" % (ri(1, 9), c(["PP", "GG", "JJ"]), ri(1, 30)), "Cikarang, Bekasi 17550"],
           ["Jl. Raya Rungkut Industri %s No. %d" % (c(["I", "II", "III"]), ri(1, 90)), "Surabaya 60293", "Jawa Timur"],
           ["Ruko Mega Grosir Blok %s No. %d" % (c("ABCD"), ri(1, 40)), "Jl. Gunung Sahari Raya", "Jakarta Pusat 10610"],
           ["Jl. Pemuda No. %d" % ri(1, 200), "Semarang 50132", "Jawa Tengah"]])
    return J(d + ["Indonesia" if chance(0.4) else ""], ml)


def a_PH(ml, nat):
    d = c([["Unit %d, Tower %d" % (ri(101, 3505), ri(1, 3)), "Ayala Triangle Gardens, Ayala Ave.", "Makati City 1226", "Metro Manila"],
           ["Lot %d Block %d, Phase %s" % (ri(1, 30), ri(1, 20), c(["I", "II", "III"])), "Cavite Economic Zone", "Rosario, Cavite 4106"],
           ["%dF Robinsons Equitable Tower" % ri(2, 40), "ADB Avenue, Ortigas Center", "Pasig City 1605"],
           ["Door %d, JY Square" % ri(1, 30), "Salinas Drive, Lahug", "Cebu City 6000"]])
    return J(d + ["Philippines" if chance(0.4) else ""], ml)


CN_PLACES = [("浙江省", "宁波市", "北仑区", "明州路", "Mingzhou Road", "Beilun District", "Ningbo", "Zhejiang", "315800"),
             ("广东省", "深圳市", "宝安区", "福永街道凤凰路", "Fenghuang Road, Fuyong", "Bao'an District", "Shenzhen", "Guangdong", "518103"),
             ("上海市", "", "浦东新区", "张江路", "Zhangjiang Road", "Pudong New Area", "Shanghai", "", "201203"),
             ("江苏省", "苏州市", "工业园区", "星湖街", "Xinghu Street", "Suzhou Industrial Park", "Suzhou", "Jiangsu", "215123"),
             ("山东省", "青岛市", "黄岛区", "长江中路", "Changjiang Middle Road", "Huangdao District", "Qingdao", "Shandong", "266555"),
             ("福建省", "厦门市", "湖里区", "象屿路", "Xiangyu Road", "Huli District", "Xiamen", "Fujian", "361006"),
             ("浙江省", "义乌市", "", "稠州北路", "Chouzhou North Road", "", "Yiwu", "Zhejiang", "322000"),
             ("广东省", "广州市", "白云区", "太和镇大源北路", "Dayuan North Road, Taihe Town", "Baiyun District", "Guangzhou", "Guangdong", "510540")]


def a_CN(ml, nat):
    prov, city, dist, road, road_en, dist_en, city_en, prov_en, zipc = c(CN_PLACES)
    no, bld, room = ri(1, 999), ri(1, 12), ri(1, 18) * 100 + ri(1, 20)
    if nat:
        tail = c(["%d幢%d室" % (bld, room), "%d栋%d楼" % (bld, ri(1, 8)), "%d号楼" % bld, "", "%s座%d室" % (c("ABC"), room)])
        return ("中国" if chance(0.2) else "") + prov + city + dist + road + "%d号" % no + tail
    l1 = ", ".join(nonempty(c(["Room %d" % room, "Rm %d" % room, "%dF" % ri(1, 9), ""]), c(["Building %d" % bld, "Block %s" % c("ABC"), ""]),
                            "No. %d %s" % (no, road_en)))
    l2 = ", ".join(nonempty(dist_en, city_en if prov_en else ""))
    l3 = ("%s %s" % (prov_en, zipc)) if prov_en else "%s %s" % (city_en, zipc)
    return J([l1, l2, l3, c(["China", "P.R. China", "", "PRC"])], ml)


def a_HK(ml, nat):
    if nat:
        return c(["香港九龍尖沙咀麼地道%d號永安廣場%d樓%s室" % (ri(1, 80), ri(2, 20), c("ABCD")),
                  (lambda f: "新界葵涌興芳路223號新都會廣場第%d座%d樓%d室" % (ri(1, 2), f, ri(1, 30) + f * 100))(ri(5, 40)),
                  (lambda f: "九龍觀塘觀塘道%d號%s%d樓%d室" % (ri(300, 480), c(["觀塘工業中心", "鴻圖工業大廈", "創紀之城"]), f, ri(1, 20) + f * 100))(ri(2, 18))])
    d = c([["Flat %s, %d/F" % (c("ABCDE"), ri(2, 30)), "Wing On Plaza", "%d Mody Road" % ri(1, 80), "Tsim Sha Tsui", "Kowloon"],
           (lambda f: ["Unit %d, %d/F" % (ri(1, 30) + 100 * f, f), "Tower %d, Metroplaza" % ri(1, 2), "223 Hing Fong Road", "Kwai Chung, N.T."])(ri(5, 40)),
           (lambda f: ["Room %d, %d/F" % (ri(1, 20) + 100 * f, f), "Kwun Tong Industrial Centre", "%d-%d Kwun Tong Road" % (472, 484), "Kwun Tong, Kowloon"])(ri(2, 18))])
    return J(d + [c(["Hong Kong", "HK", "Hong Kong SAR"])], ml)


def a_TW(ml, nat):
    if nat:
        return c(["%d台北市中正區忠孝西路一段%d號%d樓" % (100, ri(1, 120), ri(2, 20)),
                  "811高雄市楠梓區加工區經一路%d號" % ri(1, 60),
                  "407台中市西屯區工業區三十八路%d號" % ri(1, 200),
                  "330桃園市桃園區中正路%d號%d樓之%d" % (ri(1, 1200), ri(2, 15), ri(1, 5))])
    d = c([["%dF., No. %d, Sec. 1, Zhongxiao W. Rd." % (ri(2, 20), ri(1, 120)), "Zhongzheng Dist.", "Taipei City 100"],
           ["No. %d, Jing 1st Rd." % ri(1, 60), "Nanzi Dist.", "Kaohsiung City 811"],
           ["No. %d, Gongye 38th Rd." % ri(1, 200), "Xitun Dist.", "Taichung City 407"],
           ["%dF.-%d, No. %d, Zhongzheng Rd." % (ri(2, 15), ri(1, 5), ri(1, 1200)), "Taoyuan Dist.", "Taoyuan City 330"]])
    return J(d + [c(["Taiwan", "Taiwan (R.O.C.)", ""])], ml)


JP_PLACES = [("530-0001", "大阪府大阪市北区梅田", "Umeda, Kita-ku", "Osaka", "ブリーゼタワー", "Breeze Tower"),
             ("100-0005", "東京都千代田区丸の内", "Marunouchi, Chiyoda-ku", "Tokyo", "丸の内北口ビル", "Marunouchi Kitaguchi Bldg."),
             ("450-0002", "愛知県名古屋市中村区名駅", "Meieki, Nakamura-ku", "Nagoya", "名駅センタービル", "Meieki Center Bldg."),
             ("231-0002", "神奈川県横浜市中区海岸通", "Kaigandori, Naka-ku", "Yokohama", "横浜港湾ビル", "Yokohama Kowan Bldg."),
             ("812-0012", "福岡県福岡市博多区博多駅中央街", "Hakataekichuogai, Hakata-ku", "Fukuoka", "博多駅前ビル", "Hakata Ekimae Bldg.")]


def a_JP(ml, nat):
    zipc, jp, en, city, bj, be = c(JP_PLACES)
    a, b, d, fl = ri(1, 6), ri(1, 20), ri(1, 30), ri(2, 25)
    if nat:
        # the postal mark 〒 is written by the caller, outside the span
        body = "%s%d-%d-%d %s%s" % (jp, a, b, d, bj, c(["%dF" % fl, "%d階" % fl]))
        return (zipc + " " + body) if chance(0.6) else body
    return J(["%dF %s" % (fl, be) if chance(0.6) else "", "%d-%d-%d %s" % (a, b, d, en), "%s %s" % (city, zipc), c(["Japan", ""])], ml)


KR_PLACES = [("06236", "서울특별시 강남구 테헤란로", "Teheran-ro, Gangnam-gu", "Seoul", "(역삼동)"),
             ("48939", "부산광역시 중구 중앙대로", "Jungang-daero, Jung-gu", "Busan", "(중앙동)"),
             ("18469", "경기도 화성시 동탄산단8길", "Dongtansandan 8-gil", "Hwaseong-si, Gyeonggi-do", ""),
             ("21984", "인천광역시 연수구 송도과학로", "Songdogwahak-ro, Yeonsu-gu", "Incheon", "(송도동)"),
             ("44538", "울산광역시 남구 산업로", "Saneop-ro, Nam-gu", "Ulsan", "")]


def a_KR(ml, nat):
    zipc, ko, en, city, dong = c(KR_PLACES)
    n, fl = ri(1, 300), ri(2, 25)
    if nat:
        body = "%s %d, %s%s" % (ko, n, c(["%d층" % fl, "%d호" % (fl * 100 + ri(1, 20))]), (" " + dong) if dong else "")
        return (zipc + " " + body) if chance(0.5) else body
    return J(["%dF" % fl if chance(0.6) else "", "%d %s" % (n, en), "%s %s" % (city, zipc), c(["Korea", "Republic of Korea", "South Korea", ""])], ml)


def a_AU(ml, nat):
    st, sub, state, pc4 = c([("Pitt Street", "Sydney", "NSW", "2000"), ("Industrial Drive", "Braeside", "VIC", "3195"), ("Eagle Street", "Brisbane City", "QLD", "4000"),
                             ("Bannister Road", "Canning Vale", "WA", "6155"), ("King William Street", "Adelaide", "SA", "5000"), ("Botany Road", "Alexandria", "NSW", "2015")])
    n = ri(1, 400)
    pre = c(["", "", "Level %d" % ri(2, 40), "Unit %d" % ri(1, 20), "Suite %d" % ri(1, 30)])
    if pre.startswith("Unit") and chance(0.5):
        line = "%d/%d %s" % (ri(1, 20), n, st)
        pre = ""
    else:
        line = "%d %s" % (n, st)
    if ml:
        return J([pre, line, "%s %s %s" % (sub.upper(), state, pc4), c(["", "Australia"])], True)
    return J([pre, line, "%s %s %s" % (sub, state, pc4), "Australia" if chance(0.3) else ""], False)


def a_NZ(ml, nat):
    st, sub, city, pc4 = c([("Queen Street", "Auckland Central", "Auckland", "1010"), ("Springs Road", "East Tamaki", "Auckland", "2013"),
                            ("Hutt Road", "Petone", "Lower Hutt", "5012"), ("Cameron Road", "", "Tauranga", "3110"), ("Lunns Road", "Middleton", "Christchurch", "8024")])
    pre = c(["", "", "Level %d" % ri(2, 20), "Unit %s" % c("ABCD")])
    return J([pre, "%d %s" % (ri(1, 400), st), sub, "%s %s" % (city, pc4), "New Zealand" if chance(0.4) else ""], ml)


NATIVE_SCRIPT = {"GR", "RU", "UA", "AE", "SA", "EG", "BD", "TH", "VN", "CN", "HK", "TW", "JP", "KR"}
NATIVE_P = {"GR": 0.5, "RU": 0.6, "UA": 0.5, "AE": 0.25, "SA": 0.3, "EG": 0.25, "BD": 0.2, "TH": 0.4, "VN": 0.6, "CN": 0.5, "HK": 0.4, "TW": 0.5,
            "JP": 0.5, "KR": 0.5}


def addr(cc, ml=None, nat=None):
    """(prefix_text, address) -- prefix_text is a postal mark that stays
    outside the span (only 〒 for Japanese native addresses)."""
    if ml is None:
        ml = chance(0.35)
    if nat is None:
        nat = cc in NATIVE_SCRIPT and chance(NATIVE_P[cc])
    a = globals()["a_" + cc](ml, nat)
    pre = "〒" if cc == "JP" and nat and a[:3].isdigit() else ""
    return pre, a


def ADDR(cc, ml=None, nat=None):
    pre, a = addr(cc, ml, nat)
    return cat(T(pre), [("P", "POSTAL_ADDRESS", a, cc)])


# ---------------------------------------------------------------- money
# currency: (units per USD, [(template, thousands sep, decimal sep, decimals)])
# thousands sep "L" = Indian lakh grouping with commas.
MONEY = {
    "USD": (1, [("USD {}", ",", ".", 2), ("US$ {}", ",", ".", 2), ("US${}", ",", ".", 2), ("${}", ",", ".", 2), ("{} USD", ",", ".", 2)]),
    "EUR": (0.92, [("EUR {}", ",", ".", 2), ("€{}", ",", ".", 2), ("{} €", ".", ",", 2), ("€ {}", ".", ",", 2), ("{} EUR", ".", ",", 2)]),
    "MXN": (17, [("MXN ${}", ",", ".", 2), ("${} MXN", ",", ".", 2), ("$ {} M.N.", ",", ".", 2)]),
    "COP": (4000, [("COP {}", ".", ",", 0), ("$ {} COP", ".", ",", 0), ("${}", ".", ",", 0)]),
    "CLP": (900, [("CLP {}", ".", ",", 0), ("$ {}", ".", ",", 0), ("${} + IVA", ".", ",", 0)]),
    "PEN": (3.7, [("S/ {}", ",", ".", 2), ("S/. {}", ",", ".", 2), ("PEN {}", ",", ".", 2)]),
    "ARS": (900, [("ARS {}", ".", ",", 2), ("$ {}", ".", ",", 2), ("AR$ {}", ".", ",", 0)]),
    "BRL": (5, [("R$ {}", ".", ",", 2), ("R${}", ".", ",", 2), ("BRL {}", ".", ",", 2)]),
    "CAD": (1.35, [("CA${}", ",", ".", 2), ("C$ {}", ",", ".", 2), ("CAD {}", ",", ".", 2), ("{} $ CA", " ", ",", 2)]),
    "GBP": (0.79, [("£{}", ",", ".", 2), ("GBP {}", ",", ".", 2)]),
    "CHF": (0.9, [("CHF {}", "'", ".", 2), ("CHF {}.–", "'", ".", 0), ("Fr. {}", "'", ".", 2)]),
    "PLN": (4, [("{} zł", " ", ",", 2), ("PLN {}", " ", ",", 2), ("{} PLN netto", " ", ",", 2)]),
    "CZK": (23, [("{} Kč", " ", ",", 0), ("CZK {}", " ", ",", 2), ("{},- Kč", " ", ",", 0)]),
    "RON": (4.6, [("{} lei", ".", ",", 2), ("RON {}", ".", ",", 2)]),
    "TRY": (32, [("₺{}", ".", ",", 2), ("{} TL", ".", ",", 2), ("TRY {}", ".", ",", 2)]),
    "RUB": (92, [("{} ₽", " ", ",", 0), ("{} руб.", " ", ",", 2), ("RUB {}", " ", ",", 2)]),
    "UAH": (39, [("{} грн", " ", ",", 2), ("₴{}", " ", ",", 0), ("UAH {}", " ", ",", 2)]),
    "AED": (3.67, [("AED {}", ",", ".", 2), ("{} AED", ",", ".", 0), ("Dhs {}", ",", ".", 0)]),
    "SAR": (3.75, [("SAR {}", ",", ".", 2), ("SR {}", ",", ".", 0), ("{} SAR", ",", ".", 0)]),
    "EGP": (48, [("EGP {}", ",", ".", 2), ("LE {}", ",", ".", 0), ("{} EGP", ",", ".", 0)]),
    "NGN": (1500, [("₦{}", ",", ".", 2), ("NGN {}", ",", ".", 2), ("N{}", ",", ".", 0)]),
    "KES": (130, [("KES {}", ",", ".", 2), ("KSh {}", ",", ".", 0), ("Kshs. {}", ",", ".", 0)]),
    "ZAR": (18.5, [("R {}", " ", ",", 2), ("R{}", ",", ".", 2), ("ZAR {}", " ", ".", 2)]),
    "INR": (83, [("₹{}", "L", ".", 2), ("Rs. {}", "L", ".", 0), ("INR {}", "L", ".", 2), ("Rs {}/-", "L", ".", 0)]),
    "PKR": (280, [("Rs. {}", ",", ".", 0), ("PKR {}", ",", ".", 0), ("Rs {}/-", ",", ".", 0)]),
    "BDT": (110, [("৳ {}", "L", ".", 0), ("BDT {}", ",", ".", 2), ("Tk {}", "L", ".", 0)]),
    "LKR": (300, [("LKR {}", ",", ".", 2), ("Rs. {}", ",", ".", 2)]),
    "THB": (36, [("฿{}", ",", ".", 2), ("{} บาท", ",", ".", 0), ("THB {}", ",", ".", 2)]),
    "VND": (25000, [("{} ₫", ".", ",", 0), ("{} VNĐ", ".", ",", 0), ("VND {}", ",", ".", 0), ("{}đ", ".", ",", 0)]),
    "MYR": (4.7, [("RM {}", ",", ".", 2), ("RM{}", ",", ".", 2), ("MYR {}", ",", ".", 2)]),
    "SGD": (1.35, [("S${}", ",", ".", 2), ("SGD {}", ",", ".", 2)]),
    "IDR": (16000, [("Rp {}", ".", ",", 0), ("Rp{},-", ".", ",", 0), ("IDR {}", ",", ".", 0)]),
    "PHP": (56, [("₱{}", ",", ".", 2), ("PHP {}", ",", ".", 2), ("Php {}", ",", ".", 2)]),
    "CNY": (7.2, [("RMB {}", ",", ".", 2), ("¥{}", ",", ".", 2), ("{}元", "", ".", 2), ("人民币{}元", ",", ".", 0), ("CNY {}", ",", ".", 2)]),
    "HKD": (7.8, [("HK${}", ",", ".", 2), ("HKD {}", ",", ".", 2)]),
    "TWD": (32, [("NT${}", ",", ".", 0), ("NTD {}", ",", ".", 0), ("新台幣{}元", ",", ".", 0)]),
    "JPY": (150, [("¥{}", ",", ".", 0), ("{}円", ",", ".", 0), ("JPY {}", ",", ".", 0), ("￥{}（税別）", ",", ".", 0)]),
    "KRW": (1350, [("₩{}", ",", ".", 0), ("{}원", ",", ".", 0), ("KRW {}", ",", ".", 0)]),
    "AUD": (1.52, [("A${}", ",", ".", 2), ("AUD {}", ",", ".", 2), ("${} + GST", ",", ".", 2)]),
    "NZD": (1.65, [("NZ${}", ",", ".", 2), ("NZD {}", ",", ".", 2), ("${} + GST", ",", ".", 2)]),
}


def fmt_num(x, th, dec, nd):
    s = ("%." + str(nd) + "f") % x
    ip, _, fp = s.partition(".")
    if th == "L":
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            ip = ",".join(groups + [tail])
    elif th:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip] + groups)
    return ip + (dec + fp if nd else "")


def money(cur, usd):
    rate, styles = MONEY[cur]
    tpl, th, dec, nd = c(styles)
    x = usd * rate
    if x >= 1000 and nd == 0:
        x = round(x, -1) if x < 100000 else round(x, -3)
    return tpl.format(fmt_num(x, th, dec, nd))


def PRICE(cur, usd):
    return NG("PRICE", lambda: money(cur, usd * (0.9 + 0.2 * R.random())))


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}


def date_str(cc, lang):
    y, m, d = 2025, ri(1, 12), ri(1, 28)
    if cc in ("JP", "CN") and chance(0.3):
        y = c([2024, 2025, 2026])
    style = CC[cc]["date"]
    if chance(0.3):
        if lang == "en":
            mn = MONTHS["en"][m - 1]
            return c(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y), "%02d-%s-%d" % (d, mn[:3], y), "%d %s" % (d, mn[:3])])
        if lang == "es":
            return "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)
        if lang == "pt":
            return "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)
        if lang == "de":
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        if lang == "fr":
            return "%d %s %d" % (d, MONTHS["fr"][m - 1], y)
        if lang == "ru":
            return "%d %s %d г." % (d, MONTHS["ru"][m - 1], y)
        if lang == "ko":
            return "%d년 %d월 %d일" % (y, m, d)
        if lang in ("zh", "ja"):
            if cc == "TW":
                return "民國%d年%d月%d日" % (y - 1911, m, d)
            if lang == "ja" and chance(0.4):
                return "令和%d年%d月%d日" % (y - 2018, m, d)
            return "%d年%d月%d日" % (y, m, d)
    if style == "dmy/":
        return c(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d/%02d/%02d" % (d, m, y % 100)])
    if style == "dmy-":
        return c(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    if style == "dmy.":
        return c(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100)])
    if style == "iso":
        return c(["%d-%02d-%02d" % (y, m, d), "%d/%02d/%02d" % (y, m, d)])
    if style == "ymd/":
        if cc == "TW" and chance(0.4):
            return "%d/%02d/%02d" % (y - 1911, m, d)
        return c(["%d/%02d/%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d)])
    if style == "ymd年":
        return c(["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (y, m, d)])
    if style == "ymd.":
        return c(["%d. %d. %d." % (y, m, d), "%d.%02d.%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d)])
    if style == "mdy/":
        return c(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y)])
    if style == "dmy/th":
        return c(["%02d/%02d/%d" % (d, m, y + 543), "%02d/%02d/%d" % (d, m, y)])
    return "%d-%02d-%02d" % (y, m, d)


def DATE(cc, lang):
    return NG("DATE", lambda: date_str(cc, lang))


# ---------------------------------------------------------------- products
UNITS = {
    "en": {"pc": "pc", "set": "set", "carton": "carton", "kg": "kg", "ton": "MT", "m2": "m²", "m": "m"},
    "es": {"pc": "pieza", "set": "juego", "carton": "caja", "kg": "kg", "ton": "tonelada", "m2": "m²", "m": "metro"},
    "pt": {"pc": "peça", "set": "jogo", "carton": "caixa", "kg": "kg", "ton": "tonelada", "m2": "m²", "m": "metro"},
    "de": {"pc": "Stück", "set": "Satz", "carton": "Karton", "kg": "kg", "ton": "Tonne", "m2": "m²", "m": "Meter"},
    "fr": {"pc": "pièce", "set": "jeu", "carton": "carton", "kg": "kg", "ton": "tonne", "m2": "m²", "m": "mètre"},
    "ru": {"pc": "шт.", "set": "комплект", "carton": "коробку", "kg": "кг", "ton": "тонну", "m2": "м²", "m": "метр"},
    "zh": {"pc": "件", "set": "套", "carton": "箱", "kg": "公斤", "ton": "吨", "m2": "平方米", "m": "米"},
    "ja": {"pc": "個", "set": "セット", "carton": "箱", "kg": "kg", "ton": "トン", "m2": "m²", "m": "m"},
    "ko": {"pc": "개", "set": "세트", "carton": "박스", "kg": "kg", "ton": "톤", "m2": "m²", "m": "m"},
}
UNIT_USD = {"pc": (0.6, 180), "set": (6, 900), "carton": (8, 60), "kg": (2, 25), "ton": (600, 4000), "m2": (4, 30), "m": (0.3, 5)}
PRODUCTS = [
    ("9405.42", "pc", {"en": "LED panel lights", "es": "paneles LED", "pt": "painéis de LED", "de": "LED-Panels", "fr": "dalles LED", "ru": "светодиодные панели",
                       "zh": "LED面板灯", "ja": "LEDパネルライト", "ko": "LED 패널 조명"}),
    ("8481.80", "pc", {"en": "stainless steel ball valves", "es": "válvulas de bola de acero inoxidable", "pt": "válvulas de esfera inox", "de": "Edelstahl-Kugelhähne",
                       "fr": "vannes à boisseau sphérique inox", "ru": "шаровые краны из нержавеющей стали", "zh": "不锈钢球阀", "ja": "ステンレスボールバルブ", "ko": "스테인리스 볼밸브"}),
    ("8708.30", "set", {"en": "brake pads", "es": "pastillas de freno", "pt": "pastilhas de freio", "de": "Bremsbeläge", "fr": "plaquettes de frein",
                        "ru": "тормозные колодки", "zh": "刹车片", "ja": "ブレーキパッド", "ko": "브레이크 패드"}),
    ("6907.21", "m2", {"en": "porcelain floor tiles", "es": "porcelanato", "pt": "porcelanato", "de": "Feinsteinzeugfliesen", "fr": "carrelage grès cérame",
                       "ru": "керамогранит", "zh": "瓷质地砖", "ja": "磁器質床タイル", "ko": "포세린 바닥 타일"}),
    ("6109.10", "pc", {"en": "cotton T-shirts", "es": "camisetas de algodón", "pt": "camisetas de algodão", "de": "Baumwoll-T-Shirts", "fr": "tee-shirts en coton",
                       "ru": "хлопковые футболки", "zh": "纯棉T恤", "ja": "綿Tシャツ", "ko": "면 티셔츠"}),
    ("8504.40", "set", {"en": "hybrid solar inverters", "es": "inversores solares híbridos", "pt": "inversores solares híbridos", "de": "Hybrid-Wechselrichter",
                        "fr": "onduleurs solaires hybrides", "ru": "гибридные солнечные инверторы", "zh": "混合光伏逆变器", "ja": "ハイブリッドインバーター", "ko": "하이브리드 태양광 인버터"}),
    ("9401.30", "pc", {"en": "ergonomic office chairs", "es": "sillas de oficina ergonómicas", "pt": "cadeiras de escritório ergonômicas", "de": "ergonomische Bürostühle",
                       "fr": "chaises de bureau ergonomiques", "ru": "эргономичные офисные кресла", "zh": "人体工学办公椅", "ja": "オフィスチェア", "ko": "사무용 의자"}),
    ("0306.17", "kg", {"en": "frozen vannamei shrimp", "es": "camarón vannamei congelado", "pt": "camarão vannamei congelado", "de": "TK-Vannamei-Garnelen",
                       "fr": "crevettes vannamei surgelées", "ru": "замороженные креветки ваннамей", "zh": "冻南美白对虾", "ja": "冷凍バナメイエビ", "ko": "냉동 흰다리새우"}),
    ("4015.19", "carton", {"en": "nitrile examination gloves", "es": "guantes de nitrilo", "pt": "luvas nitrílicas", "de": "Nitril-Untersuchungshandschuhe",
                           "fr": "gants d'examen en nitrile", "ru": "нитриловые перчатки", "zh": "丁腈检查手套", "ja": "ニトリル手袋", "ko": "니트릴 장갑"}),
    ("8482.10", "pc", {"en": "deep groove ball bearings", "es": "rodamientos rígidos de bolas", "pt": "rolamentos rígidos de esferas", "de": "Rillenkugellager",
                       "fr": "roulements rigides à billes", "ru": "радиальные шарикоподшипники", "zh": "深沟球轴承", "ja": "深溝玉軸受", "ko": "깊은 홈 볼베어링"}),
    ("7604.29", "ton", {"en": "aluminium extrusion profiles", "es": "perfiles de aluminio extruido", "pt": "perfis de alumínio extrudado", "de": "Aluminium-Strangpressprofile",
                        "fr": "profilés aluminium extrudés", "ru": "алюминиевый профиль", "zh": "铝型材", "ja": "アルミ押出形材", "ko": "알루미늄 압출 프로파일"}),
    ("0901.11", "kg", {"en": "green coffee beans", "es": "café verde en grano", "pt": "café verde em grão", "de": "Rohkaffee", "fr": "café vert en grains",
                       "ru": "зелёный кофе в зёрнах", "zh": "咖啡生豆", "ja": "コーヒー生豆", "ko": "커피 생두"}),
    ("4011.10", "pc", {"en": "passenger car tyres", "es": "llantas para auto", "pt": "pneus de passeio", "de": "PKW-Reifen", "fr": "pneus tourisme",
                       "ru": "легковые шины", "zh": "轿车轮胎", "ja": "乗用車用タイヤ", "ko": "승용차 타이어"}),
    ("8544.49", "m", {"en": "copper power cable", "es": "cable de cobre", "pt": "cabo de cobre", "de": "Kupfer-Energiekabel", "fr": "câble d'énergie cuivre",
                      "ru": "медный силовой кабель", "zh": "铜芯电力电缆", "ja": "銅電力ケーブル", "ko": "구리 전력 케이블"}),
]


def product():
    hs6, unit, names = c(PRODUCTS)
    lo, hi = UNIT_USD[unit]
    usd = round(lo + (hi - lo) * R.random() ** 2, 2)
    return {"hs6": hs6, "unit": unit, "names": names, "usd": usd}


EU = {"FR", "ES", "PT", "IT", "NL", "BE", "DE", "AT", "IE", "GR", "PL", "CZ", "RO"}
ASEAN = {"TH", "VN", "MY", "SG", "ID", "PH"}


def hs_code(cc, hs6):
    h4, h2 = hs6[:4], hs6[5:7]
    x2, x4 = digits(2), digits(4)
    if cc in EU:
        return c(["%s %s %s" % (h4, h2, x2), "%s%s%s" % (h4, h2, x2), "%s%s%s%s" % (h4, h2, x2, digits(2)), "%s.%s.%s" % (h4, h2, x2)])
    if cc == "GB":
        return c(["%s %s %s %s" % (h4, h2, x2, digits(2)), "%s%s%s%s" % (h4, h2, x2, digits(2))])
    if cc in ("CH", "CL", "PK"):
        return "%s.%s%s" % (h4, h2, x2)
    if cc in ("BR", "AR", "MX"):
        return "%s.%s.%s" % (h4, h2, x2)
    if cc in ("CO", "PE", "CA"):
        return "%s.%s.%s.%s" % (h4, h2, x2, digits(2))
    if cc == "CN":
        return c(["%s%s%s" % (h4, h2, x4), "%s.%s.%s" % (h4, h2, x4), "%s.%s" % (h4, h2)])
    if cc == "TW":
        return "%s.%s.%s.%s-%s" % (h4, h2, x2, digits(2), digits(1))
    if cc == "JP":
        return "%s.%s-%s" % (h4, h2, digits(3))
    if cc == "KR":
        return "%s.%s-%s" % (h4, h2, x4)
    if cc == "IN":
        return "%s%s%s" % (h4, h2, x2)
    if cc in ("RU", "UA"):
        return c(["%s %s %s %s" % (h4, h2, digits(3), digits(1)), "%s%s%s" % (h4, h2, x4)])
    if cc == "TR":
        return "%s.%s.%s.%s.%s" % (h4, h2, x2, digits(2), digits(2))
    if cc in ASEAN:
        return "%s.%s.%s" % (h4, h2, x2)
    if cc == "SA":
        return "%s%s%s" % (h4, h2, digits(6))
    return c(["%s.%s.%s" % (h4, h2, x2), "%s.%s" % (h4, h2)])


def HS(cc, hs6):
    return NG("HS_CODE", lambda: hs_code(cc, hs6))


# ---------------------------------------------------------------- logistics look-alikes
OWNERS = ["MSCU", "MSMU", "MAEU", "MRKU", "CMAU", "HLXU", "HLBU", "TGHU", "OOLU", "CSNU", "CBHU", "EGHU", "EISU", "ONEU", "YMLU", "HDMU",
          "ZIMU", "TCNU", "TEMU", "SEGU", "FCIU", "BMOU", "TRHU", "GESU"]


def container():
    while True:
        body = c(OWNERS) + digits(6)
        chk = pc.iso6346_digit(body)
        if chk < 10:
            break
    return c(["%s%d" % (body, chk), "%s %s %d" % (body[:4], body[4:], chk), "%s %s-%d" % (body[:4], body[4:], chk), "%s %s%d" % (body[:4], body[4:], chk)])


def bl_no(pol="NB"):
    return c(["MEDU%s%s" % (fill("^^"), digits(6)), "MAEU%s" % digits(9, True), "CMDU%s%s" % (fill("^^^"), digits(7)), "HLCU%s%s" % (fill("^^^"), digits(9)),
              "ONEY%s%s%s" % (fill("^^^"), fill("*"), digits(8)), "COSU%s" % digits(10, True), "EGLV%s" % digits(12), "OOLU%s" % digits(10),
              "HDMU%s%s" % (fill("^^^^"), digits(7)), "ZIMU%s%s" % (fill("^^^"), digits(6)), "YMLU%s" % fill("^###########")[:10]])


def booking_no():
    return c([digits(9, True), "EBKG%s" % digits(8), digits(10, True), "%s%s" % (fill("^^^"), digits(7)), "BKG-%s" % digits(8)])


def inv_no(kind):
    y = c(["2025", "25", "2024"])
    if kind == "PI":
        return c(["PI-%s-%s" % (y, digits(4)), "PI%s%s%s" % (fill("^^"), y[-2:], digits(4)), "PI No. %s%s" % (y[-2:], digits(5)), "%s-PI-%s" % (fill("^^^"), digits(3))])
    if kind == "INV":
        return c(["INV-%s-%s" % (y, digits(5)), "CI%s%s" % (y[-2:], digits(6)), "%s/%s" % (digits(4), y), "FAC-%s-%s" % (y, digits(4)), "RE-%s%s" % (y, digits(4))])
    if kind == "PO":
        return c(["PO %s" % digits(10, True), "PO-%s-%s" % (y, digits(4)), "OC-%s-%s" % (y, digits(4)), "%s/%s" % (digits(5), y),
                  "PO%s%s" % (y[-2:], digits(6)), "4500%s" % digits(6)])
    return "%s-%s" % (fill("^^^"), digits(6))


def sku():
    return c(["%s-%d-%s" % (fill("^^"), ri(100, 9999), fill("^#")), "Art.-Nr. %d-%d" % (ri(1000, 9999), ri(10, 999)), "Model %s%d" % (fill("^^^-"), ri(100, 999)),
              "%s%d%s" % (fill("^^^"), ri(1000, 99999), c(["", "-B", "-XL", "/2RS"]))])


VESSELS = ["MSC AURORA", "MAERSK KENSINGTON", "CMA CGM TAGE", "EVER GIVEN", "ONE HAMBURG", "COSCO SHIPPING LEO", "HMM ALGECIRAS", "YM WELLNESS",
           "SEASPAN EMERALD", "CAP SAN LORENZO", "NORTHERN JUVENILE", "ZIM ROTTERDAM", "WAN HAI 502", "KOTA PELANGI", "OOCL JAPAN"]


def vessel():
    return "%s V.%d%s" % (c(VESSELS), ri(100, 599), c("EWNS"))


def qty_str(unit, lang="en"):
    n = c([500, 1000, 1200, 2000, 2400, 3000, 5000, 8000, 10000, 12000, 20000, 50000])
    u = {"pc": "pcs", "set": "sets", "carton": "cartons", "kg": "kg", "ton": "MT", "m2": "m²", "m": "m"}[unit]
    if unit == "ton":
        n = ri(18, 26) if chance(0.6) else ri(50, 250)
    th = {"de": ".", "es": ".", "pt": ".", "fr": " ", "ru": " "}.get(lang, ",")
    return "%s %s" % (fmt_num(n, th, ".", 0), u)


def cont_str():
    return c(["1x20GP", "1x40HQ", "2x40HQ", "3 x 40' HC", "1 x 20'", "40HC", "20' DV", "4x40HQ", "LCL 6.5 CBM"])


def dims():
    a, b, h = ri(20, 120), ri(20, 100), ri(10, 150)
    return c(["%d x %d x %d cm" % (a, b, h), "%d×%d×%d cm" % (a, b, h), "%d*%d*%dmm" % (a * 10, b * 10, h * 10), "L%d x W%d x H%d mm" % (a * 10, b * 10, h * 10)])


def weight(lang="en"):
    w = R.random() * 30 + 0.5
    return c(["%.1f kg" % w, "%.1f kgs" % w, "%s kg" % fmt_num(w, "", ",", 1) if lang in ("de", "es", "pt", "fr", "ru") else "%.2f kg" % w])


def big_weight():
    w = ri(1800, 26000)
    return c(["%s kg" % fmt_num(w, ",", ".", 0), "%s KGS" % fmt_num(w, ",", ".", 0), "%s kg" % fmt_num(w, ".", ",", 0), "%.2f MT" % (w / 1000.0)])


FAIRS = [("Canton Fair", lambda: "Booth %d.%d %s%d" % (ri(1, 17), ri(1, 2), c("ABCDEFGHJK"), ri(1, 45))),
         ("Hannover Messe", lambda: "Hall %d, Stand %s%d" % (ri(2, 27), c("ABCDEFGHJ"), ri(10, 80))),
         ("Automechanika Frankfurt", lambda: "Halle %d.%d Stand %s%d" % (ri(3, 12), ri(0, 3), c("ABCDEFGH"), ri(10, 99))),
         ("Big 5 Global Dubai", lambda: "Stand %s%d-%d" % (c(["Z", "S", "R"]), ri(1, 9), ri(100, 300))),
         ("Gulfood", lambda: "Hall %d, Stand %s%d-%d" % (ri(1, 8), c("ABCS"), ri(1, 9), ri(10, 60))),
         ("Expo Nacional Ferretera Guadalajara", lambda: "Stand %d" % ri(100, 3999)),
         ("Thaifex", lambda: "Booth %d-%s%d" % (ri(1, 9), c("ABCDEF"), ri(1, 40))),
         ("Tokyo Gift Show", lambda: "Booth %s-%d" % (c(["E", "W"]), ri(1, 99))),
         ("Feicon Batimat São Paulo", lambda: "Rua %s, Estande %d" % (c("ABCDEFGH"), ri(10, 299)))]

TERMS = {
    "en": ["30% T/T deposit, 70% against copy of B/L", "L/C at sight", "100% T/T before shipment", "CAD", "net 60 days", "50% advance, balance before loading"],
    "es": ["30% de anticipo por T/T, 70% contra copia del B/L", "carta de crédito a la vista", "pago 100% anticipado", "crédito a 60 días"],
    "pt": ["30% antecipado, 70% contra cópia do BL", "carta de crédito à vista", "100% antecipado", "60 dias da data do BL"],
    "de": ["30 % Anzahlung per T/T, Rest gegen B/L-Kopie", "Akkreditiv bei Sicht", "30 Tage netto", "Vorkasse"],
    "fr": ["30 % d'acompte par virement, solde contre copie du B/L", "crédit documentaire à vue", "paiement à 60 jours fin de mois"],
    "ru": ["30% предоплата, 70% против копии коносамента", "аккредитив по предъявлении", "100% предоплата"],
    "zh": ["30%定金，70%见提单副本付清", "即期信用证", "100%预付", "月结60天"],
    "ja": ["前払い30%、残金70%はB/Lコピー受領後", "一覧払い信用状", "月末締め翌月末払い"],
    "ko": ["선금 30%, 잔금 70%는 B/L 사본 확인 후", "일람불 신용장", "100% 선결제"],
}


def INCO(origin, dest=None):
    """An Incoterm with its named place: origin for FOB/EXW/FCA, destination for CIF/CFR/DAP."""
    t = c(["FOB", "FOB", "EXW", "FCA", "CIF", "CFR", "DAP"])
    if t in ("CIF", "CFR", "DAP") and dest:
        return N("PLACE", "%s %s" % (t, dest))
    return N("PLACE", "%s %s" % (t if t in ("FOB", "EXW", "FCA") else "FOB", origin))


# ---------------------------------------------------------------- registration / tax numbers (look-alikes)
REGS = {
    "MX": [("RFC", lambda: fill("^^^") + "%02d%02d%02d" % (ri(0, 24), ri(1, 12), ri(1, 28)) + fill("**#"), "TAX_ID")],
    "CO": [("NIT", lambda: "%d.%03d.%03d-%d" % (ri(800, 901), ri(0, 999), ri(0, 999), ri(0, 9)), "TAX_ID")],
    "CL": [("RUT", lambda: "%d.%03d.%03d-%s" % (ri(76, 77), ri(0, 999), ri(0, 999), c("0123456789K")), "TAX_ID")],
    "PE": [("RUC", lambda: "20" + digits(9), "TAX_ID")],
    "AR": [("CUIT", lambda: "%s-%s-%d" % (c(["30", "33"]), digits(8), ri(0, 9)), "TAX_ID")],
    "BR": [("CNPJ", lambda: "%s.%s.%s/0001-%s" % (digits(2), digits(3), digits(3), digits(2)), "COMPANY_REG"), ("IE", lambda: "%s.%s.%s.%s" % (digits(3), digits(3), digits(3), digits(3)), "TAX_ID")],
    "CA": [("BN", lambda: "%s %s RT0001" % (digits(5), digits(4)), "TAX_ID"), ("GST/HST No.", lambda: digits(9) + "RT0001", "TAX_ID")],
    "GB": [("Company No.", lambda: "%08d" % ri(1000000, 15999999), "COMPANY_REG"), ("VAT Reg. No.", lambda: "GB %s %s %s" % (digits(3), digits(4), digits(2)), "VAT"),
           ("EORI", lambda: "GB" + digits(12), "TAX_ID")],
    "IE": [("CRO No.", lambda: str(ri(100000, 799999)), "COMPANY_REG"), ("VAT No.", lambda: "IE" + digits(7) + fill("^") + c(["", "H"]), "VAT")],
    "FR": [("SIRET", lambda: "%s %s %s %s" % (digits(3), digits(3), digits(3), digits(5)), "COMPANY_REG"), ("TVA", lambda: "FR %s %s" % (digits(2), digits(9)), "VAT"),
           ("RCS", lambda: "%s B %s %s %s" % (c(["Lyon", "Paris", "Marseille", "Lille"]), digits(3), digits(3), digits(3)), "COMPANY_REG"), ("APE", lambda: "%04d%s" % (ri(1000, 9609), fill("^")), "COMPANY_REG")],
    "ES": [("CIF", lambda: c("ABH") + digits(8), "TAX_ID"), ("NIF", lambda: "ES" + c("AB") + digits(8), "VAT")],
    "PT": [("NIPC", lambda: "5%s %s %s" % (digits(2), digits(3), digits(3)), "TAX_ID"), ("NIF", lambda: "PT5" + digits(8), "VAT")],
    "IT": [("P.IVA", lambda: digits(11), "VAT"), ("Partita IVA", lambda: "IT" + digits(11), "VAT"), ("REA", lambda: "%s-%s" % (c(["MI", "MO", "VI", "TO"]), digits(7)), "COMPANY_REG")],
    "NL": [("KvK", lambda: digits(8, True), "COMPANY_REG"), ("btw", lambda: "NL%sB%02d" % (digits(9), ri(1, 20)), "VAT")],
    "BE": [("BTW", lambda: "BE 0%s.%s.%s" % (digits(3), digits(3), digits(3)), "VAT"), ("Ondernemingsnr.", lambda: "0%s.%s.%s" % (digits(3), digits(3), digits(3)), "COMPANY_REG")],
    "DE": [("HRB", lambda: "HRB %d" % ri(10000, 299999), "COMPANY_REG"), ("USt-IdNr.", lambda: "DE" + digits(9, True), "VAT"), ("Steuernr.", lambda: "%02d/%03d/%05d" % (ri(10, 99), ri(100, 999), ri(0, 99999)), "TAX_ID")],
    "AT": [("FN", lambda: "FN %d%s" % (ri(10000, 599999), c("abdfhkmpstvwxyz")), "COMPANY_REG"), ("UID", lambda: "ATU" + digits(8), "VAT")],
    "CH": [("UID", lambda: "CHE-%s.%s.%s" % (digits(3), digits(3), digits(3)) + c([" MWST", " TVA", ""]), "VAT")],
    "PL": [("NIP", lambda: "%s-%s-%s-%s" % (digits(3), digits(3), digits(2), digits(2)), "TAX_ID"), ("REGON", lambda: digits(9, True), "COMPANY_REG"), ("KRS", lambda: "0000" + digits(6), "COMPANY_REG")],
    "CZ": [("IČO", lambda: digits(8, True), "COMPANY_REG"), ("DIČ", lambda: "CZ" + digits(8, True), "VAT")],
    "RO": [("CUI", lambda: "RO" + digits(8, True), "VAT"), ("Nr. Reg. Com.", lambda: "J%02d/%d/%d" % (ri(1, 40), ri(100, 9999), ri(2005, 2023)), "COMPANY_REG")],
    "GR": [("VAT", lambda: "EL" + digits(9), "VAT"), ("ΓΕΜΗ", lambda: digits(12, True), "COMPANY_REG")],
    "TR": [("Vergi No", lambda: digits(10), "TAX_ID"), ("Mersis No", lambda: "0" + digits(15), "COMPANY_REG")],
    "RU": [("ИНН", lambda: "77" + digits(8), "TAX_ID"), ("КПП", lambda: "77" + digits(2) + "01001", "TAX_ID"), ("ОГРН", lambda: "1" + digits(12), "COMPANY_REG")],
    "UA": [("ЄДРПОУ", lambda: digits(8), "COMPANY_REG"), ("ІПН", lambda: digits(12), "TAX_ID")],
    "AE": [("TRN", lambda: "100" + digits(12), "TAX_ID"), ("Trade Licence No.", lambda: str(ri(100000, 1299999)), "COMPANY_REG")],
    "SA": [("VAT No.", lambda: "3" + digits(13) + "3", "VAT"), ("CR No.", lambda: c(["1010", "4030", "2050"]) + digits(6), "COMPANY_REG")],
    "EG": [("Tax Reg. No.", lambda: "%s-%s-%s" % (digits(3, True), digits(3), digits(3)), "TAX_ID"), ("C.R.", lambda: "%d %s" % (ri(1000, 199999), c(["Cairo", "Giza", "Alexandria"])), "COMPANY_REG")],
    "NG": [("RC", lambda: "RC %d" % ri(100000, 1999999), "COMPANY_REG"), ("TIN", lambda: "%s-0001" % digits(8), "TAX_ID")],
    "KE": [("KRA PIN", lambda: "P05" + digits(7) + fill("^"), "TAX_ID")],
    "ZA": [("Reg. No.", lambda: "%d/%06d/07" % (ri(1995, 2023), ri(0, 999999)), "COMPANY_REG"), ("VAT No.", lambda: "4" + digits(9), "VAT")],
    "IN": [("GSTIN", lambda: "%02d%s%s%s%sZ%s" % (ri(1, 37), fill("^^^^^"), digits(4), fill("^"), fill("%"), fill("*")), "TAX_ID"),
           ("CIN", lambda: "U%s%s%dPTC%s" % (digits(5), c(["MH", "DL", "KA", "GJ", "TN", "HR"]), ri(1995, 2022), digits(6)), "COMPANY_REG"),
           ("IEC", lambda: fill("^^^^^") + digits(4) + fill("^"), "COMPANY_REG")],
    "PK": [("NTN", lambda: "%s-%s" % (digits(7), digits(1)), "TAX_ID"), ("STRN", lambda: "%s-%s-%s-%s-%s" % (digits(2), digits(2), digits(4), digits(3), digits(2)), "TAX_ID")],
    "BD": [("BIN", lambda: "00%s-0%s" % (digits(7), digits(3)), "TAX_ID"), ("ERC No.", lambda: "RA-0%s" % digits(6), "COMPANY_REG")],
    "LK": [("Company Reg. No.", lambda: "PV %d" % ri(1000, 129999), "COMPANY_REG"), ("VAT Reg.", lambda: "%s-7000" % digits(9), "VAT")],
    "TH": [("Tax ID", lambda: "0" + digits(12), "TAX_ID")],
    "VN": [("MST", lambda: "0" + digits(9, True), "TAX_ID")],
    "MY": [("Co. No.", lambda: "%d%s (%d-%s)" % (ri(2005, 2023), digits(8), ri(100000, 1599999), fill("^")), "COMPANY_REG"),
           ("SST No.", lambda: "%s-%s-%s" % (fill("^##"), digits(4), digits(8)), "TAX_ID")],
    "SG": [("UEN", lambda: "%d%s%s" % (ri(1995, 2023), digits(5), fill("^")), "COMPANY_REG"), ("GST Reg. No.", lambda: "M%d-%s-%d" % (ri(1, 9), digits(7), ri(0, 9)), "TAX_ID")],
    "ID": [("NPWP", lambda: "%s.%s.%s.%s-%s.%s" % (digits(2), digits(3), digits(3), digits(1), digits(3), digits(3)), "TAX_ID"), ("NIB", lambda: digits(13, True), "COMPANY_REG")],
    "PH": [("TIN", lambda: "%s-%s-%s-000" % (digits(3), digits(3), digits(3)), "TAX_ID"), ("SEC Reg. No.", lambda: "CS%d%s" % (ri(2005, 2023), digits(5)), "COMPANY_REG")],
    "CN": [("USCC", lambda: "9%d%s%s" % (ri(1, 5), digits(6), fill("*********" + "*")[:10]), "COMPANY_REG"),
           ("统一社会信用代码", lambda: "913%s%s" % (digits(5), fill("**********")), "COMPANY_REG")],
    "HK": [("BR No.", lambda: digits(8, True), "COMPANY_REG"), ("CR No.", lambda: digits(7, True), "COMPANY_REG")],
    "TW": [("統一編號", lambda: digits(8, True), "TAX_ID"), ("Tax ID", lambda: digits(8, True), "TAX_ID")],
    "JP": [("法人番号", lambda: digits(13, True), "COMPANY_REG"), ("登録番号", lambda: "T" + digits(13, True), "TAX_ID")],
    "KR": [("사업자등록번호", lambda: "%s-%s-%s" % (digits(3, True), digits(2), digits(5)), "TAX_ID"), ("Business Reg. No.", lambda: "%s-%s-%s" % (digits(3, True), digits(2), digits(5)), "TAX_ID")],
    "AU": [("ABN", lambda: "%s %s %s %s" % (digits(2, True), digits(3), digits(3), digits(3)), "TAX_ID"), ("ACN", lambda: "%s %s %s" % (digits(3), digits(3), digits(3)), "COMPANY_REG")],
    "NZ": [("NZBN", lambda: "9429" + digits(9), "COMPANY_REG"), ("GST No.", lambda: "%s-%s-%s" % (digits(3, True), digits(3), digits(3)), "TAX_ID")],
}


def REG(cc, label=True, which=None):
    lab, fn, kind = REGS[cc][which] if which is not None else c(REGS[cc])
    return cat(T(lab + (": " if chance(0.5) else " ")) if label else [], NG(kind, fn))


# ---------------------------------------------------------------- banks
BANKS = {
    "MX": [("BBVA México", "BCMR"), ("Banorte", "MENO"), ("Santander México", "BMSX"), ("Citibanamex", "BNMX")],
    "CO": [("Bancolombia", "COLO"), ("Banco de Bogotá", "BBOG"), ("Davivienda", "CAFE")],
    "CL": [("Banco de Chile", "BCHI"), ("Banco Santander Chile", "BSCH"), ("Banco BCI", "CRED")],
    "PE": [("BCP Banco de Crédito del Perú", "BCPL"), ("Interbank", "BINP"), ("BBVA Perú", "BCON")],
    "AR": [("Banco Galicia", "GABA"), ("Banco de la Nación Argentina", "NACN"), ("Banco Macro", "BSUD")],
    "BR": [("Itaú Unibanco", "ITAU"), ("Banco do Brasil", "BRAS"), ("Bradesco", "BBDE"), ("Santander Brasil", "BSCH")],
    "CA": [("RBC Royal Bank", "ROYC"), ("TD Canada Trust", "TDOM"), ("Scotiabank", "NOSC"), ("BMO Bank of Montreal", "BOFM")],
    "GB": [("Barclays Bank", "BARC"), ("HSBC UK", "HBUK"), ("NatWest", "NWBK"), ("Lloyds Bank", "LOYD")],
    "IE": [("AIB", "AIBK"), ("Bank of Ireland", "BOFI")],
    "FR": [("BNP Paribas", "BNPA"), ("Société Générale", "SOGE"), ("Crédit Agricole", "AGRI"), ("Crédit Mutuel", "CMCI")],
    "ES": [("CaixaBank", "CAIX"), ("Banco Santander", "BSCH"), ("BBVA", "BBVA"), ("Banco Sabadell", "BSAB")],
    "PT": [("Caixa Geral de Depósitos", "CGDI"), ("Millennium bcp", "BCOM"), ("Novo Banco", "BESC")],
    "IT": [("Intesa Sanpaolo", "BCIT"), ("UniCredit", "UNCR"), ("Banco BPM", "BAPP")],
    "NL": [("ING Bank", "INGB"), ("ABN AMRO", "ABNA"), ("Rabobank", "RABO")],
    "BE": [("KBC Bank", "KRED"), ("BNP Paribas Fortis", "GEBA"), ("Belfius", "GKCC")],
    "DE": [("Commerzbank", "COBA"), ("Deutsche Bank", "DEUT"), ("Hamburger Sparkasse", "HASP"), ("Postbank", "PBNK")],
    "AT": [("Erste Bank", "GIBA"), ("Raiffeisen Landesbank", "RZOO"), ("UniCredit Bank Austria", "BKAU")],
    "CH": [("UBS Switzerland", "UBSW"), ("Zürcher Kantonalbank", "ZKBK"), ("PostFinance", "POFI")],
    "PL": [("PKO Bank Polski", "BPKO"), ("mBank", "BREX"), ("Bank Pekao", "PKOP")],
    "CZ": [("Česká spořitelna", "GIBA"), ("Komerční banka", "KOMB"), ("ČSOB", "CEKO")],
    "RO": [("Banca Transilvania", "BTRL"), ("BCR", "RNCB"), ("BRD Groupe Société Générale", "BRDE")],
    "GR": [("National Bank of Greece", "ETHN"), ("Piraeus Bank", "PIRB"), ("Eurobank", "ERBK")],
    "TR": [("Garanti BBVA", "TGBA"), ("Akbank", "AKBK"), ("Türkiye İş Bankası", "ISBK")],
    "RU": [("ПАО Сбербанк", "SABR"), ("Банк ВТБ (ПАО)", "VTBR"), ("АО «Альфа-Банк»", "ALFA")],
    "UA": [("АТ КБ «ПриватБанк»", "PBAN"), ("Raiffeisen Bank Ukraine", "AVAL"), ("UKRSIBBANK", "KHAB")],
    "AE": [("Emirates NBD", "EBIL"), ("Mashreq Bank", "BOML"), ("ADCB", "ADCB")],
    "SA": [("Al Rajhi Bank", "RJHI"), ("Saudi National Bank", "NCBK"), ("Riyad Bank", "RIBL")],
    "EG": [("National Bank of Egypt", "NBEG"), ("CIB Egypt", "CIBE"), ("Banque Misr", "BMIS")],
    "NG": [("GTBank", "GTBI"), ("Zenith Bank", "ZEIB"), ("Access Bank", "ABNG")],
    "KE": [("KCB Bank Kenya", "KCBL"), ("Equity Bank", "EQBL"), ("NCBA Bank", "CBAF")],
    "ZA": [("Standard Bank", "SBZA"), ("FNB", "FIRN"), ("Absa Bank", "ABSA")],
    "IN": [("HDFC Bank", "HDFC"), ("State Bank of India", "SBIN"), ("ICICI Bank", "ICIC")],
    "PK": [("HBL Habib Bank", "HABB"), ("MCB Bank", "MUCB"), ("Meezan Bank", "MEZN")],
    "BD": [("Dutch-Bangla Bank", "DBBL"), ("BRAC Bank", "BRAK"), ("Eastern Bank", "EBLD")],
    "LK": [("Commercial Bank of Ceylon", "CCEY"), ("Sampath Bank", "BSAM"), ("Hatton National Bank", "HBLI")],
    "TH": [("Kasikornbank", "KASI"), ("Bangkok Bank", "BKKB"), ("Siam Commercial Bank", "SICO")],
    "VN": [("Vietcombank", "BFTV"), ("VietinBank", "ICBV"), ("Techcombank", "VTCB")],
    "MY": [("Maybank", "MBBE"), ("CIMB Bank", "CIBB"), ("Public Bank", "PBBE")],
    "SG": [("DBS Bank", "DBSS"), ("OCBC Bank", "OCBC"), ("UOB", "UOVB")],
    "ID": [("Bank Central Asia (BCA)", "CENA"), ("Bank Mandiri", "BMRI"), ("BNI", "BNIN")],
    "PH": [("BDO Unibank", "BNOR"), ("BPI", "BOPI"), ("Metrobank", "MBTC")],
    "CN": [("中国工商银行", "ICBK"), ("中国银行", "BKCH"), ("中国建设银行", "PCBC"), ("宁波银行", "BKNB")],
    "HK": [("HSBC Hong Kong", "HSBC"), ("Bank of China (Hong Kong)", "BKCH"), ("Hang Seng Bank", "HASE")],
    "TW": [("Bank of Taiwan", "BKTW"), ("Cathay United Bank", "UWCB"), ("CTBC Bank", "CTCB")],
    "JP": [("三菱UFJ銀行", "BOTK"), ("三井住友銀行", "SMBC"), ("みずほ銀行", "MHCB")],
    "KR": [("KB국민은행", "CZNB"), ("신한은행", "SHBK"), ("우리은행", "HVBK")],
    "AU": [("Commonwealth Bank", "CTBA"), ("Westpac", "WPAC"), ("ANZ", "ANZB"), ("NAB", "NATA")],
    "NZ": [("ANZ Bank New Zealand", "ANZB"), ("ASB Bank", "ASBB"), ("BNZ", "BKNZ")],
}
BANK_EN = {"CN": ["Industrial and Commercial Bank of China", "Bank of China", "China Construction Bank", "Bank of Ningbo"],
           "JP": ["MUFG Bank", "Sumitomo Mitsui Banking Corporation", "Mizuho Bank"], "KR": ["KB Kookmin Bank", "Shinhan Bank", "Woori Bank"],
           "RU": ["Sberbank", "VTB Bank", "Alfa-Bank"], "UA": ["PrivatBank", "Raiffeisen Bank Ukraine", "UKRSIBBANK"]}
INTERMEDIARY = [("Citibank N.A., New York", "CITIUS33"), ("JPMorgan Chase Bank, New York", "CHASUS33"), ("Bank of New York Mellon", "IRVTUS3N"),
                ("Standard Chartered Bank, New York", "SCBLUS33"), ("Deutsche Bank AG, Frankfurt", "DEUTDEFF"), ("Commerzbank AG, Frankfurt", "COBADEFF")]


def bank(cc, lang="en"):
    i = ri(0, len(BANKS[cc]) - 1)
    name, code = BANKS[cc][i]
    if lang == "en" and cc in BANK_EN:
        name = BANK_EN[cc][i]
    bic_cc = cc
    loc = c(["22", "2X", "MM", "PP", "FF", "XX", "BB", "HH", "JJ", "KL", "SG", "2A", "BK", "1S"]) if chance(0.6) else fill("^*")
    bic = code + bic_cc + loc + c(["", "", "XXX", fill("^^^"), fill("###")])
    return name, bic


def es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)


def bban(cc, code=None):
    """-> (bban, extra) for an IBAN country; extra holds national parts.
    code: the bank's 4-letter BIC prefix, used where the BBAN holds it."""
    if cc in ("GB", "IE"):
        sort, acct = digits(6, True), digits(8, True)
        return code + sort + acct, {"sort": "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:]), "acct": acct}
    if cc == "FR":
        b, g, k = c(["30004", "30003", "10278", "30002", "11306"]), digits(5), digits(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(k)) % 97)
        return "%s%s%s%02d" % (b, g, k, key), {}
    if cc == "ES":
        e, o, k = c(["2100", "0049", "0182", "0081", "2038"]), digits(4), digits(10)
        return "%s%s%d%d%s" % (e, o, es_dc("00" + e + o), es_dc(k), k), {}
    if cc == "PT":
        b = c(["0035", "0033", "0010", "0007", "0036"]) + digits(4) + digits(11)
        return b + "%02d" % (98 - int(b + "00") % 97), {}
    if cc == "IT":
        rest = c(["03069", "02008", "05034", "01030"]) + digits(5) + digits(12)
        return it_cin(rest) + rest, {}
    if cc == "NL":
        while True:
            a = digits(10)
            if sum(int(x) * (10 - i) for i, x in enumerate(a)) % 11 == 0 and a[0] != "0":
                return code + a, {}
    if cc == "BE":
        f = c(["001", "068", "310", "735", "063"]) + digits(7)
        chk = int(f) % 97 or 97
        return "%s%02d" % (f, chk), {}
    spec = {"DE": lambda: c(["20040000", "20070000", "60050101", "10010010", "37040044", "70020270", "20050550"]) + digits(10, True),
            "AT": lambda: c(["12000", "20111", "32000", "14000"]) + digits(11),
            "CH": lambda: c(["00230", "04835", "00762", "00700"]) + digits(12),
            "PL": lambda: c(["1020", "1140", "1240", "1090"]) + digits(4) + digits(16),
            "CZ": lambda: c(["0800", "0100", "0300", "2010"]) + c(["000000", "000019", "000035"]) + digits(10, True),
            "RO": lambda: code + c(["RONCRT0", "0000000"]) + digits(9),
            "GR": lambda: c(["011", "017", "026", "014"]) + digits(4) + digits(16),
            "TR": lambda: c(["00062", "00046", "00064", "00010"]) + "0" + digits(16),
            "UA": lambda: c(["305299", "300528", "322001", "380805"]) + "0000026" + digits(12, True),
            "AE": lambda: c(["033", "026", "035", "030"]) + digits(16),
            "SA": lambda: c(["80", "10", "45", "05"]) + digits(18),
            "EG": lambda: digits(4) + digits(4) + digits(17),
            "PK": lambda: code + digits(16),
            "BR": lambda: c(["00000000", "60701190", "90400888", "00360305"]) + digits(5) + digits(10) + "C1"}
    return spec[cc](), {}


def iban(cc, grouped=None, code=None):
    if code is None:
        code = c(BANKS[cc])[1]
    b, extra = bban(cc, code)
    s = pc.iban_make(cc, b)
    assert len(s) == pc.IBAN_LEN[cc] and pc.iban_ok(s), (cc, s)
    if grouped is None:
        grouped = chance(0.65)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s, extra


IBAN_CC = ["BR", "GB", "IE", "FR", "ES", "PT", "IT", "NL", "BE", "DE", "AT", "CH", "PL", "CZ", "RO", "GR", "TR", "UA", "AE", "SA", "EG", "PK"]

BL = {  # bank-detail labels
    "en": {"ben": ["Beneficiary", "Beneficiary name", "Account name", "A/C Name"], "badr": ["Beneficiary address", "Address"],
           "bank": ["Bank", "Bank name", "Beneficiary bank"], "acct": ["Account No.", "A/C No.", "Account number", "A/C"],
           "swift": ["SWIFT", "SWIFT code", "SWIFT/BIC", "BIC"], "iban": ["IBAN", "IBAN No."], "bank_addr": ["Bank address", "Branch address"],
           "inter": ["Intermediary bank", "Correspondent bank"]},
    "es": {"ben": ["Beneficiario", "Titular"], "badr": ["Domicilio", "Dirección del beneficiario"], "bank": ["Banco"], "acct": ["Cuenta", "N° de cuenta", "Cuenta corriente"],
           "swift": ["SWIFT", "Código SWIFT"], "iban": ["IBAN"], "bank_addr": ["Dirección del banco"], "inter": ["Banco intermediario"]},
    "pt": {"ben": ["Favorecido", "Beneficiário"], "badr": ["Endereço"], "bank": ["Banco"], "acct": ["Conta", "Conta corrente"], "swift": ["SWIFT", "Código SWIFT"],
           "iban": ["IBAN"], "bank_addr": ["Endereço do banco"], "inter": ["Banco intermediário"]},
    "de": {"ben": ["Kontoinhaber", "Empfänger"], "badr": ["Anschrift"], "bank": ["Bank", "Kreditinstitut"], "acct": ["Kontonummer", "Konto-Nr."],
           "swift": ["BIC", "SWIFT-BIC"], "iban": ["IBAN"], "bank_addr": ["Anschrift der Bank"], "inter": ["Korrespondenzbank"]},
    "fr": {"ben": ["Bénéficiaire", "Titulaire du compte"], "badr": ["Adresse"], "bank": ["Banque", "Domiciliation"], "acct": ["N° de compte", "Compte"],
           "swift": ["BIC", "Code SWIFT"], "iban": ["IBAN"], "bank_addr": ["Adresse de la banque"], "inter": ["Banque intermédiaire"]},
    "ru": {"ben": ["Получатель"], "badr": ["Юр. адрес", "Адрес"], "bank": ["Банк", "Банк получателя"], "acct": ["Р/с", "Расчётный счёт"], "swift": ["SWIFT"],
           "iban": ["IBAN"], "bank_addr": ["Адрес банка"], "inter": ["Банк-корреспондент"]},
    "zh": {"ben": ["收款人", "户名", "账户名称"], "badr": ["收款人地址", "地址"], "bank": ["开户行", "收款银行"], "acct": ["账号", "银行账号"], "swift": ["SWIFT代码", "SWIFT"],
           "iban": ["IBAN"], "bank_addr": ["银行地址"], "inter": ["中转行"]},
    "ja": {"ben": ["口座名義", "受取人"], "badr": ["住所"], "bank": ["銀行", "振込先"], "acct": ["口座番号"], "swift": ["SWIFTコード"], "iban": ["IBAN"],
           "bank_addr": ["銀行住所"], "inter": ["中継銀行"]},
    "ko": {"ben": ["예금주", "수취인"], "badr": ["주소"], "bank": ["은행", "수취 은행"], "acct": ["계좌번호"], "swift": ["SWIFT 코드"], "iban": ["IBAN"],
           "bank_addr": ["은행 주소"], "inter": ["중개은행"]},
}


def lab(lang, key):
    return c(BL.get(lang, BL["en"])[key])


def LINE(label, pieces, colon=": "):
    return cat(T(label + colon), pieces)


def local_account(cc, lang):
    """Lines (lists of pieces) of a local account for non-IBAN countries,
    or the national extras of IBAN countries (GB/IE sort code)."""
    A = lambda lb, v: LINE(lb, P("BANK_ACCOUNT", v))
    acl = lab(lang, "acct")
    if cc == "MX":
        body = c(["012", "072", "014", "002"]) + digits(3) + digits(11)
        chk = (10 - sum((int(a) * w) % 10 for a, w in zip(body, [3, 7, 1] * 6)) % 10) % 10
        cl = body + str(chk)
        return [A("CLABE", c([cl, "%s %s %s %s" % (cl[:3], cl[3:6], cl[6:17], cl[17])])), A("Cuenta" if lang == "es" else acl, digits(10, True))] if chance(0.5) else \
            [A("CLABE interbancaria", cl)]
    if cc == "CO":
        return [A(c(["Cuenta corriente No.", "Cuenta de ahorros No."]) if lang == "es" else acl, "%s-%s-%s" % (digits(3), digits(6), digits(2)))]
    if cc == "CL":
        return [A("Cta. Cte. N°" if lang == "es" else acl, c([digits(8, True), "%s-%s-%s" % (digits(2), digits(5), digits(2))]))]
    if cc == "PE":
        return [A("Cta. Cte. USD" if lang == "es" else acl, "%s-%s-%s-%s" % (digits(3), digits(7), digits(1), digits(2))),
                A("CCI", "002-%s-%s-%s" % (digits(3), digits(12), digits(2)))]
    if cc == "AR":
        return [A("CBU", digits(22)), A("Cuenta" if lang == "es" else acl, "%s-%s/%s" % (digits(4), digits(6), digits(1)))] if chance(0.5) else [A("CBU", digits(22))]
    if cc == "CA":
        return [A("Transit No.", digits(5)), A("Institution No.", c(["001", "002", "003", "004", "006"])), A("Account No.", digits(7, True))]
    if cc in ("GB", "IE"):
        return []
    if cc == "RU":
        bik = "04" + c(["4525", "4030", "6577", "9205"]) + digits(3)
        return [A("Р/с" if lang == "ru" else "Account No.", "40702810" + digits(12)), A("К/с" if lang == "ru" else "Corr. account", "30101810" + digits(9) + bik[-3:]),
                A("БИК" if lang == "ru" else "BIK", bik)]
    if cc == "NG":
        return [A(c(["Account No.", "Account Number (NUBAN)"]), digits(10))]
    if cc == "KE":
        return [A(acl, digits(13, True)), LINE("Branch", T(c(["Kipande House", "Westlands", "Moi Avenue", "Industrial Area"])))]
    if cc == "ZA":
        return [A(c(["Account number", "Acc. No."]), digits(11, True)), A("Branch code", c(["250655", "051001", "632005", "470010"]))]
    if cc == "IN":
        return [A(acl, c([digits(14, True), digits(11, True), digits(12, True)])), A("IFSC", c(["HDFC0", "SBIN0", "ICIC0"]) + digits(6))]
    if cc == "BD":
        return [A(acl, c([digits(13, True), "%s.%s.%s" % (digits(3), digits(3), digits(5))])), LINE("Branch", T(c(["Gulshan", "Banani", "Motijheel", "Agrabad"])))]
    if cc == "LK":
        return [A(acl, c([digits(12, True), digits(10, True)]))]
    if cc == "TH":
        return [A(acl, "%s-%s-%s-%s" % (digits(3), digits(1), digits(5), digits(1)))]
    if cc == "VN":
        return [A("Số TK" if lang == "vi" else acl, c([digits(13, True), digits(14, True)]))]
    if cc == "MY":
        return [A(acl, c(["%s %s %s" % (digits(4, True), digits(4), digits(4)), digits(14, True)]))]
    if cc == "SG":
        return [A(acl, c(["%s-%s-%s" % (digits(3), digits(6), digits(1)), digits(12, True)]))]
    if cc == "ID":
        return [A(c(["No. Rek.", "Account No."]), c(["%s-%s-%s" % (digits(3), digits(3), digits(4)), "%s-00-%s-%s" % (digits(3), digits(7), digits(1))]))]
    if cc == "PH":
        return [A(acl, c(["%s-%s-%s" % (digits(4), digits(4), digits(4)), digits(10, True)]))]
    if cc == "CN":
        a = c(["6222" + digits(15), "3901" + digits(15), "33050" + digits(14)])
        return [A(acl, c([a, " ".join(a[i:i + 4] for i in range(0, len(a), 4))]))]
    if cc == "HK":
        return [A(acl, "%s-%s-%s" % (digits(3), digits(6), digits(3)))]
    if cc == "TW":
        return [A(acl if lang != "zh" else "帳號", "%s-%s-%s" % (digits(3), digits(3), digits(6)))]
    if cc == "JP":
        if lang == "ja":
            return [cat(T("%s（店番 " % c(["梅田支店", "本店営業部", "丸の内支店", "名古屋支店"])), P("BANK_ACCOUNT", digits(3, True)), T("）")),
                    cat(T(c(["普通 ", "普通預金 ", "当座 "])), P("BANK_ACCOUNT", digits(7, True)))]
        return [A("Branch No.", digits(3, True)), A(c(["Savings Account No.", "Account No.", "Ordinary Account"]), digits(7, True))]
    if cc == "KR":
        return [A(acl, c(["%s-%s-%s-%s" % (digits(3), digits(6), digits(2), digits(3)), "1002-%s-%s" % (digits(3), digits(6)), "%s-%s-%s" % (digits(3), digits(3), digits(6))]))]
    if cc == "AU":
        return [A("BSB", "%s-%s" % (c(["062", "032", "013", "083"]), digits(3))), A(c(["Account No.", "Acc No."]), c([digits(8, True), "%s %s" % (digits(4, True), digits(4))]))]
    if cc == "NZ":
        return [A(acl, "%s-%s-%s-%s" % (c(["01", "12", "02", "06"]), digits(4), digits(7), digits(2)))]
    return [A(acl, digits(12, True))]


def bank_block(cc, lang, with_addr=True, with_inter=None):
    """Lines of a payment block (each a list of pieces)."""
    name, bic = bank(cc, lang)
    lines = []
    lines.append(LINE(lab(lang, "bank"), T(name)))
    if with_addr and chance(0.35):
        lines.append(LINE(lab(lang, "bank_addr"), ADDR(cc, ml=False)))
    if cc in IBAN_CC and not (cc == "BR" and chance(0.5)):
        s, extra = iban(cc, code=bic[:4])
        if extra and chance(0.5):
            lines.append(LINE("Sort code" if cc == "GB" else "NSC", P("BANK_ACCOUNT", extra["sort"])))
            lines.append(LINE("Account number", P("BANK_ACCOUNT", extra["acct"])))
        lines.append(LINE(lab(lang, "iban"), P("IBAN", s)))
    elif cc == "BR":
        lines.append(cat(T("Agência: "), P("BANK_ACCOUNT", digits(4, True)), T(" / " + c(["Conta corrente", "C/C", "Conta"]) + ": "),
                         P("BANK_ACCOUNT", "%s-%s" % (digits(c([5, 6, 7]), True), digits(1)))))
    else:
        lines.extend(local_account(cc, lang))
    lines.append(LINE(lab(lang, "swift"), P("BANK_ACCOUNT", bic)))
    if with_inter is None:
        with_inter = chance(0.2) and cc not in EU
    if with_inter:
        iname, ibic = c(INTERMEDIARY)
        l = cat(T(lab(lang, "inter") + ": " + iname + ", SWIFT "), P("BANK_ACCOUNT", ibic))
        if "US" in ibic[4:6] and chance(0.5):
            l = cat(l, T(", ABA "), P("BANK_ACCOUNT", pc.aba_complete(c(["021", "026", "011", "031", "122", "121", "071"]) + digits(5))))
        lines.append(l)
    return lines


# ---------------------------------------------------------------- people, companies, contacts
def person(cc, native=False):
    d = CC[cc]
    i, j = ri(0, len(d["first"]) - 1), ri(0, len(d["last"]) - 1)
    f, l = d["first"][i], d["last"][j]
    g = GENDERED.get(cc)
    if g:
        l = (g[1] if i in g[0] else g[2])[j]
    if native and "first_n" in d:
        fn, ln = d["first_n"][i], d["last_n"][j]
        if g and g[3]:
            ln = (g[3] if i in g[0] else g[4])[j]
        if cc == "RU":
            disp = "%s %s" % (fn, ln)
        elif cc == "JP":
            disp = "%s %s" % (ln, fn)
        else:
            disp = ln + fn
        return {"first": f, "last": l, "disp": disp, "greet": disp}
    if cc in ("CN", "TW", "HK") and chance(0.4):
        disp = "%s %s" % (f, l)
    elif cc == "VN":
        disp = "%s %s" % (l, f) if chance(0.5) else "%s %s %s" % (l, c(["Văn", "Thị", "Minh", "Đức"]), f)
    elif cc == "KR" and chance(0.5):
        disp = "%s %s" % (l, f)
    else:
        disp = "%s %s" % (f, l)
    return {"first": f, "last": l, "disp": disp, "greet": f if cc not in ("JP", "KR") else ("%s-san" % l if cc == "JP" else "Mr. %s" % l)}


def company(cc, native=False):
    d = CC[cc]
    i = ri(0, len(d["cos"]) - 1)
    core_lat = d.get("cos_lat", d["cos"])[i]
    if native and "cos_n" in d:
        core = d["cos_n"][i]
        if "pre_n" in d:
            name = c(d["pre_n"]) + core
        else:
            name = core + c(d["sfx_n"])
    elif "pre" in d:
        name = "%s %s" % (c(d["pre"]), core_lat)
    elif native and cc in ("RU", "UA"):
        name = "%s «%s»" % (c(d["sfx"]), d["cos"][i])
    elif cc in ("RU", "UA"):
        name = "%s %s" % (core_lat, c(d["sfx_lat"]))
    else:
        name = "%s %s" % (core_lat, c(d["sfx"]))
    dom = slug(core_lat, c(["", "", "-"])) + "." + c(d["tld"])
    return {"name": name.strip(), "dom": dom, "slug": slug(core_lat), "cc": cc}


def email(cc, p, co, role=False):
    d = CC[cc]
    f, l = slug(p["first"]).replace(" ", ""), slug(p["last"]).replace(" ", "")
    f = re.sub(r"[^a-z0-9]", "", ascii_fold(p["first"]).lower()) or "info"
    l = re.sub(r"[^a-z0-9]", "", ascii_fold(p["last"]).lower()) or "sales"
    roles = {"es": ["ventas", "compras", "logistica", "exportaciones", "contacto"], "pt": ["vendas", "comercial", "compras", "exportacao"],
             "de": ["vertrieb", "einkauf", "export", "info", "logistik"], "fr": ["commercial", "export", "achats", "contact"], "it": ["commerciale", "export", "acquisti"]}
    if role:
        local = c(roles.get(d["lang"], []) + ["sales", "export", "info", "purchasing", "logistics", "import", "accounts"])
    else:
        local = c(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s" % f, "%s.%s" % (f[0], l), "%s_%s" % (f, l), "%s%s" % (f, l[0])])
    if chance(0.18) and not role:
        dom = c(d["free"])
        local = local + c(["", str(ri(1, 99)), str(ri(1970, 2001))])
    else:
        dom = co["dom"]
    e = "%s@%s" % (local, dom)
    if chance(0.06):
        e = c(["%s [at] %s" % (local, dom.replace(".", " [dot] ")), "%s(at)%s" % (local, dom), "%s at %s" % (local, dom.replace(".", " dot ")), "%s＠%s" % (local, dom)])
    return e


def website(co):
    d = co["dom"]
    path = c(["en", "en/", "contact", "products", "contact-us", {"es": "es/contacto", "pt": "contato", "de": "de/kontakt", "fr": "fr/contact", "it": "it/contatti",
                                                                 "ru": "kontakty", "zh": "cn/", "ja": "jp/company/", "ko": "kr/"}.get(CC[co["cc"]]["lang"], "about")])
    return c(["www." + d, "https://www." + d, "https://www.%s/%s" % (d, path), d, "http://" + d])


def social(co):
    s = co["slug"]
    return c(["linkedin.com/company/%s" % s, "https://www.linkedin.com/company/%s/" % s, "https://www.facebook.com/%s" % s, "facebook.com/%s.official" % s,
              "instagram.com/%s_official" % s, "https://www.instagram.com/%s/" % s, "https://www.youtube.com/@%s" % s])


def handle_name(p, co):
    f = re.sub(r"[^a-z0-9]", "", ascii_fold(p["first"]).lower())
    l = re.sub(r"[^a-z0-9]", "", ascii_fold(p["last"]).lower())
    return c(["%s_%s" % (f, l), "%s%s%d" % (f, l[:1], ri(1, 99)), "%s.%s" % (f, l), "%s_%s" % (co["slug"][:10], f), "%s%d" % (f, ri(1980, 2005))])


MSGR_LABEL = {"WhatsApp": ["WhatsApp", "WhatsApp", "WA", "Whatsapp"], "Viber": ["Viber"], "Zalo": ["Zalo"], "WeChat": ["WeChat", "Wechat", "微信", "WeChat ID"],
              "QQ": ["QQ"], "LINE": ["LINE", "LINE ID", "Line"], "KakaoTalk": ["KakaoTalk", "카톡", "Kakao ID", "카카오톡 ID"], "Telegram": ["Telegram", "TG", "Telegram"],
              "Skype": ["Skype"]}


def messenger(cc, app, p, co, lang="en"):
    """(label, pieces) for one messenger contact."""
    labs = [x for x in MSGR_LABEL[app] if x.isascii() or lang in ("zh", "ko")]
    labl = c(labs)
    if app in ("WhatsApp", "Viber"):
        if app == "WhatsApp" and chance(0.15):
            num = re.sub(r"\D", "", phone(cc, True, True)).lstrip("0")
            return labl, P("MESSENGER_HANDLE", c(["wa.me/", "https://wa.me/"]) + num)
        return labl, P("PHONE", phone(cc, True, chance(0.8)))
    if app == "Zalo":
        return labl, P("PHONE", phone(cc, True, chance(0.3)))
    if app == "WeChat":
        if chance(0.35):
            return labl, P("PHONE", phone("CN", True, chance(0.3)) if cc == "CN" else phone(cc, True, True))
        return labl, P("MESSENGER_HANDLE", c(["wxid_" + "".join(c("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), handle_name(p, co), "%s%d" % (co["slug"][:8], ri(100, 9999))]))
    if app == "QQ":
        return labl, P("MESSENGER_HANDLE", digits(ri(8, 10), True))
    if app == "LINE":
        if chance(0.2):
            return labl, P("MESSENGER_HANDLE", "line.me/ti/p/~" + handle_name(p, co))
        return labl, P("MESSENGER_HANDLE", c(["@" + co["slug"][:12], handle_name(p, co), "@%s%d" % (co["slug"][:6], ri(10, 999))]))
    if app == "KakaoTalk":
        return labl, P("MESSENGER_HANDLE", handle_name(p, co))
    if app == "Telegram":
        h = handle_name(p, co).replace(".", "_")
        return labl, P("MESSENGER_HANDLE", c(["@" + h, "@" + h, "t.me/" + h, "https://t.me/" + h]))
    if app == "Skype":
        return labl, P("MESSENGER_HANDLE", c(["live:." + "cid." + "".join(c("0123456789abcdef") for _ in range(16)), "live:" + handle_name(p, co)]))
    raise KeyError(app)


def MSGR(cc, p, co, app=None, sep=": ", lang="en"):
    if app is None:
        app = c(CC[cc]["msgr"]) if chance(0.6) else c(["WeChat", "WeChat", "Skype", "Telegram", "WhatsApp"])
    labl, pieces = messenger(cc, app, p, co, lang)
    return cat(T(labl + sep), pieces)


# ---------------------------------------------------------------- message building blocks
def F(tpl, **kw):
    """Format a template into pieces: {name} takes a string (plain) or a
    list of pieces from kw."""
    out = []
    for part in re.split(r"(\{[a-z0-9_]+\})", tpl):
        if not part:
            continue
        if part[0] == "{" and part[-1] == "}" and part[1:-1] in kw:
            v = kw[part[1:-1]]
            out.extend(T(v) if isinstance(v, str) else v)
        else:
            out.extend(T(part))
    return out


REGARDS = {"en": ["Best regards,", "Kind regards,", "Thanks & best regards,", "Regards,", "Best,"], "es": ["Saludos cordiales,", "Atentamente,", "Un saludo,"],
           "pt": ["Atenciosamente,", "Abraços,", "Cordialmente,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
           "fr": ["Cordialement,", "Bien à vous,", "Meilleures salutations,"], "ru": ["С уважением,"], "zh": ["此致", "祝好！", "谢谢！"],
           "ja": ["よろしくお願いいたします。"], "ko": ["감사합니다.", "감사합니다"]}
GREET = {"en": ["Dear {n},", "Hi {n},", "Hello {n},", "Good morning {n},"], "es": ["Estimado/a {n}:", "Hola {n},", "Buenos días {n},"],
         "pt": ["Prezado(a) {n},", "Olá {n},", "Bom dia {n},"], "de": ["Guten Tag {n},", "Hallo {n},", "Sehr geehrte Damen und Herren,"],
         "fr": ["Bonjour {n},", "Madame, Monsieur,", "Bonjour {n},"], "ru": ["Добрый день, {n}!", "Здравствуйте, {n}!"], "zh": ["{n}您好，", "{n}，你好！", "尊敬的{n}："],
         "ja": ["{n}様\nいつもお世話になっております。", "{n}様"], "ko": ["{n}님 안녕하세요.", "{n}님께,"]}
TITLES = {"en": {"s": ["Sales Manager", "Export Manager", "Key Account Manager", "Sales Director", "Overseas Sales"],
                 "b": ["Purchasing Manager", "Procurement Lead", "Buyer", "Sourcing Manager", "Managing Director"], "l": ["Logistics Coordinator", "Shipping Manager", "Import Coordinator"]},
          "es": {"s": ["Gerente de Exportación", "Ejecutiva de Ventas", "Director Comercial"], "b": ["Gerente de Compras", "Jefe de Compras", "Comprador"],
                 "l": ["Jefe de Logística", "Coordinadora de Comercio Exterior"]},
          "pt": {"s": ["Gerente de Exportação", "Executiva de Vendas"], "b": ["Comprador", "Gerente de Compras"], "l": ["Coordenador de Logística", "Analista de Comércio Exterior"]},
          "de": {"s": ["Vertriebsleiter", "Export Sales", "Key Account Managerin"], "b": ["Einkauf", "Leiterin Einkauf", "Geschäftsführer"], "l": ["Logistik", "Versandabteilung"]},
          "fr": {"s": ["Responsable Export", "Directeur Commercial"], "b": ["Acheteuse", "Responsable Achats"], "l": ["Responsable Logistique", "Service Import"]},
          "ru": {"s": ["Менеджер по экспорту", "Коммерческий директор"], "b": ["Менеджер по закупкам", "Директор по ВЭД"], "l": ["Логист", "Отдел логистики"]},
          "zh": {"s": ["外贸经理", "业务经理", "销售部"], "b": ["采购经理", "采购部"], "l": ["物流部", "单证员"]},
          "ja": {"s": ["海外営業部", "営業部 課長"], "b": ["購買部", "資材部 部長"], "l": ["物流部", "貿易課"]},
          "ko": {"s": ["해외영업팀 과장", "영업부 부장"], "b": ["구매팀 대리", "구매부 부장"], "l": ["물류팀", "수출입팀"]}}
LBL = {"tel": {"en": ["Tel", "T", "Phone", "Office", "Tel."], "es": ["Tel.", "Teléfono", "Tel"], "pt": ["Tel.", "Fone", "Tel"], "de": ["Tel.", "Telefon", "Fon"],
               "fr": ["Tél.", "Tél", "Standard"], "ru": ["Тел.", "Телефон"], "zh": ["电话", "Tel", "座机"], "ja": ["TEL", "電話"], "ko": ["Tel", "전화", "T."]},
       "mob": {"en": ["Mob", "M", "Mobile", "Cell", "Mob/WhatsApp", "Mobile & WhatsApp"], "es": ["Cel.", "Móvil", "Celular", "Cel./WhatsApp"], "pt": ["Cel.", "Celular", "Cel./WhatsApp"],
               "de": ["Mobil", "Handy", "Mob."], "fr": ["Port.", "Mobile", "Portable"], "ru": ["Моб.", "Мобильный", "Моб./WhatsApp"], "zh": ["手机", "Mob", "手机/微信"],
               "ja": ["携帯", "Mobile"], "ko": ["휴대폰", "H.P", "Mobile"]},
       "fax": {"en": ["Fax", "F"], "es": ["Fax"], "pt": ["Fax"], "de": ["Fax"], "fr": ["Fax"], "ru": ["Факс"], "zh": ["传真", "Fax"], "ja": ["FAX"], "ko": ["팩스", "Fax"]},
       "mail": {"en": ["Email", "E-mail", "E", "Mail"], "es": ["Correo", "E-mail", "Email"], "pt": ["E-mail"], "de": ["E-Mail", "Mail"], "fr": ["E-mail", "Courriel"],
                "ru": ["E-mail", "Эл. почта"], "zh": ["邮箱", "Email"], "ja": ["E-mail", "メール"], "ko": ["이메일", "E-mail"]},
       "web": {"en": ["Web", "Website", "W"], "es": ["Web", "Sitio web"], "pt": ["Site"], "de": ["Web", "Internet"], "fr": ["Site", "Web"], "ru": ["Сайт"],
               "zh": ["网址", "Web"], "ja": ["URL", "Web"], "ko": ["홈페이지", "Web"]},
       "addr": {"en": ["Address", "Add", "Office", "Factory"], "es": ["Dirección", "Domicilio", "Planta"], "pt": ["Endereço", "Fábrica"], "de": ["Adresse", "Anschrift"],
                "fr": ["Adresse", "Siège"], "ru": ["Адрес", "Юр. адрес"], "zh": ["地址", "工厂地址", "公司地址"], "ja": ["住所", "本社"], "ko": ["주소", "본사"]}}


def L(key, lang):
    d = LBL[key]
    return c(d.get(lang, d["en"]))


def colon(lang):
    return "：" if lang in ("zh", "ja") and chance(0.7) else (" : " if lang == "fr" else ": ")


def native_ok(cc, lang):
    return lang == CC[cc]["lang"] and lang in ("zh", "ja", "ko", "ru", "uk")


def signature(cc, lang, p, co, role="s", addr_p=0.6, addr_ml=None, reg_p=0.35, msgr_p=0.4, social_p=0.2, web_p=0.6, fax_p=0.1, mail_p=0.85,
              tel_p=0.75, mob_p=0.7, footer_p=0.3):
    k = colon(lang)
    lines = [T(c(REGARDS[lang])), T(p["disp"])]
    title = c(TITLES[lang][role])
    if chance(0.5):
        lines.append(cat(T(title + c([" | ", ", ", " – "])), N("COMPANY", co["name"])))
    else:
        lines += [T(title), N("COMPANY", co["name"])]
    if chance(addr_p):
        lines.append(cat(T(L("addr", lang) + k) if chance(0.35) else [], ADDR(cc, ml=addr_ml)))
    cs = []
    if chance(tel_p):
        cs.append(cat(T(L("tel", lang) + k), P("PHONE", phone(cc, False))))
    if chance(fax_p):
        cs.append(cat(T(L("fax", lang) + k), P("PHONE", phone(cc, False))))
    if chance(mob_p):
        cs.append(cat(T(L("mob", lang) + k), P("PHONE", phone(cc, True))))
    if chance(mail_p):
        cs.append(cat(T(L("mail", lang) + k), P("EMAIL", email(cc, p, co, role=chance(0.15)))))
    if chance(web_p):
        cs.append(cat(T(L("web", lang) + k) if chance(0.6) else [], P("URL", website(co))))
    if chance(msgr_p):
        cs.append(MSGR(cc, p, co, lang=lang))
    if chance(social_p):
        su = social(co)
        sl = "LinkedIn" if "linkedin" in su else "Facebook" if "facebook" in su else "Instagram" if "instagram" in su else "YouTube"
        cs.append(cat(T(c([sl, sl, "Follow us"]) + k), P("URL", su)))
    if cs:
        if chance(0.35) and len(cs) > 1:
            lines.append(join(cs, c([" | ", " · ", "  ", " / "])))
        else:
            lines.extend(cs)
    use_footer = cc in IBAN_CC and cc not in ("BR", "AE", "SA", "EG", "PK", "UA", "TR") and chance(footer_p)
    if chance(reg_p) and cc in REGS and not use_footer:
        lines.append(REG(cc))
    if use_footer:
        lines.append(footer(cc, lang))
    return join(lines, "\n")


FOOT = {"en": ("Registered office", "Bank"), "de": ("Sitz der Gesellschaft", "Bankverbindung"), "fr": ("Siège social", "Banque"), "es": ("Domicilio social", "Banco"),
        "pt": ("Sede", "Banco"), "it": ("Sede legale", "Banca")}


def footer(cc, lang):
    """EU-style legal footer: seat, register, VAT, bank with IBAN and BIC."""
    seat, bank_l = FOOT.get(lang, FOOT["en"])
    name, bic = bank(cc, lang)
    ib, _ = iban(cc, code=bic[:4])
    parts = [cat(T(seat + ": "), N("PLACE", c(CC[cc]["cities"])))]
    regs = REGS[cc][:]
    R.shuffle(regs)
    for lab_, fn, kind in regs[:ri(1, 2)]:
        parts.append(cat(T(lab_ + " "), NG(kind, fn)))
    parts.append(cat(T(bank_l + ": " + name + c([" · IBAN ", ", IBAN: ", " | IBAN "])), P("IBAN", ib), T(c([" · BIC ", ", BIC: ", " | SWIFT "])), P("BANK_ACCOUNT", bic)))
    return join(parts, c([" | ", " · ", "\n"]))


def greet(lang, p):
    return T(c(GREET[lang]).replace("{n}", p["greet"]))


def lang_for(cc, supported, p_local=0.7):
    lg = CC[cc]["lang"]
    if cc == "CA" and "fr" in supported and chance(0.25):
        return "fr"
    if lg in supported and chance(p_local):
        return lg
    return "en"


def country_name(cc, lang):
    d = CC[cc]
    if lang == d["lang"] and "native" in d and d["native"] not in ("UK", "UAE", "KSA"):
        return d["native"]
    return d["name"]


def pname(prod, lang):
    return prod["names"].get(lang, prod["names"]["en"])


def QTY(unit, lang="en"):
    return NG("QTY", lambda: qty_str(unit, lang))


def mention(p):
    return N("MENTION", "@" + p["first"].split()[0])


# ---------------------------------------------------------------- templates: PII-bearing
REPLY = {
    "en": {"intro": ["Thank you for your inquiry of {d}. Please see our answers to your three questions below:", "Thanks for your questions about the {p}. Here are our answers:",
                     "Further to our call this morning, please find our replies regarding the {p}:"],
           "q1": ["1) Price: {price} per {u}, {inco}, valid until {d2}.", "1. Price – {price}/{u} {inco}; the offer is valid until {d2}."],
           "q2": ["2) Lead time: {n} days after receipt of the deposit. One {cont} takes about {qty}.", "2. Delivery: {n} working days from PO; we load approx. {qty} per {cont}."],
           "q3": ["3) MOQ is {moq}. Packing: export cartons {dims}, {w} each.", "3. MOQ {moq}; master carton {dims}, {w}."],
           "hs": "HS code for your customs: {hs}.", "terms": "Payment terms: {terms}.", "pi": "Our proforma invoice {pi} is attached.",
           "close": ["Feel free to call me if anything is unclear.", "Looking forward to your order.", "Please let me know if you need samples first."],
           "ps": ["P.S. For urgent questions I am quicker on ", "P.S. You can also reach me on "]},
    "es": {"intro": ["Gracias por su consulta del {d}. Respondemos a sus tres preguntas:", "Muchas gracias por su interés en nuestros {p}. Le respondo punto por punto:"],
           "q1": ["1) Precio: {price} por {u}, {inco}, válido hasta el {d2}."], "q2": ["2) Plazo de entrega: {n} días tras recibir el anticipo; en un {cont} caben aprox. {qty}."],
           "q3": ["3) Pedido mínimo: {moq}. Embalaje: cajas de {dims}, peso bruto {w}."], "hs": "Fracción arancelaria: {hs}.", "terms": "Forma de pago: {terms}.",
           "pi": "Adjunto la proforma {pi}.", "close": ["Quedo atento a sus comentarios.", "Cualquier duda, me puede llamar."], "ps": ["P.D. Para algo urgente escríbame por "]},
    "pt": {"intro": ["Obrigado pela sua consulta de {d}. Seguem as respostas às suas três perguntas:", "Agradecemos o interesse nos nossos {p}. Respondo abaixo:"],
           "q1": ["1) Preço: {price} por {u}, {inco}, válido até {d2}."], "q2": ["2) Prazo de entrega: {n} dias após o sinal; cabem cerca de {qty} num {cont}."],
           "q3": ["3) Pedido mínimo: {moq}. Embalagem: caixas de {dims}, peso bruto {w}."], "hs": "NCM: {hs}.", "terms": "Pagamento: {terms}.",
           "pi": "Segue em anexo a proforma {pi}.", "close": ["Fico no aguardo.", "Qualquer dúvida estou à disposição."], "ps": ["P.S. Para assuntos urgentes, chame no "]},
    "de": {"intro": ["vielen Dank für Ihre Anfrage vom {d}. Zu Ihren drei Fragen:", "danke für Ihr Interesse an unseren {p}. Hier unsere Antworten:"],
           "q1": ["1) Preis: {price} pro {u}, {inco}, gültig bis {d2}."], "q2": ["2) Lieferzeit: {n} Tage nach Eingang der Anzahlung; in einen {cont} passen ca. {qty}."],
           "q3": ["3) Mindestmenge: {moq}. Verpackung: Exportkartons {dims}, Bruttogewicht {w}."], "hs": "Zolltarifnummer: {hs}.", "terms": "Zahlungsbedingungen: {terms}.",
           "pi": "Die Proforma-Rechnung {pi} finden Sie im Anhang.", "close": ["Für Rückfragen stehe ich gern zur Verfügung.", "Wir freuen uns auf Ihre Bestellung."],
           "ps": ["PS: Kurzfristig erreichen Sie mich über "]},
    "fr": {"intro": ["Merci pour votre demande du {d}. Voici nos réponses à vos trois questions :", "Merci de votre intérêt pour nos {p}. Nos réponses :"],
           "q1": ["1) Prix : {price} par {u}, {inco}, valable jusqu'au {d2}."], "q2": ["2) Délai : {n} jours après réception de l'acompte ; un {cont} contient environ {qty}."],
           "q3": ["3) Quantité minimum : {moq}. Emballage : cartons {dims}, poids brut {w}."], "hs": "Code SH : {hs}.", "terms": "Paiement : {terms}.",
           "pi": "Vous trouverez ci-joint la facture proforma {pi}.", "close": ["N'hésitez pas à m'appeler.", "Dans l'attente de votre commande."],
           "ps": ["PS : pour les urgences, contactez-moi sur "]},
    "ru": {"intro": ["Спасибо за запрос от {d}. Отвечаем на ваши вопросы:", "Благодарим за интерес к нашей продукции ({p}). Ответы ниже:"],
           "q1": ["1) Цена: {price} за {u}, {inco}, действительна до {d2}."], "q2": ["2) Срок поставки: {n} дней после предоплаты; в один {cont} входит около {qty}."],
           "q3": ["3) Минимальный заказ: {moq}. Упаковка: коробки {dims}, вес брутто {w}."], "hs": "Код ТН ВЭД: {hs}.", "terms": "Оплата: {terms}.",
           "pi": "Проформа-инвойс {pi} во вложении.", "close": ["Если будут вопросы — звоните.", "Ждём вашего заказа."], "ps": ["P.S. Срочные вопросы — в "]},
    "zh": {"intro": ["感谢您{d}的询价，三个问题回复如下：", "谢谢您对我们{p}的关注，回复如下："],
           "q1": ["1）价格：每{u} {price}，{inco}，报价有效期至{d2}。"], "q2": ["2）交期：收到定金后{n}天；一个{cont}大约装{qty}。"],
           "q3": ["3）起订量：{moq}。包装：出口纸箱{dims}，毛重{w}。"], "hs": "海关编码：{hs}。", "terms": "付款方式：{terms}。", "pi": "形式发票{pi}见附件。",
           "close": ["有任何问题请随时联系。", "期待您的订单！"], "ps": ["急事请加"]},
    "ja": {"intro": ["{d}付のお問い合わせありがとうございます。以下の通り回答いたします。", "{p}についてのご質問ありがとうございます。"],
           "q1": ["1）価格：{u}あたり{price}（{inco}）、{d2}まで有効です。"], "q2": ["2）納期：前受金入金後{n}日、{cont}1本に約{qty}積載可能です。"],
           "q3": ["3）最小ロット：{moq}。梱包：段ボール{dims}、総重量{w}。"], "hs": "HSコード：{hs}", "terms": "支払条件：{terms}", "pi": "見積書{pi}を添付いたします。",
           "close": ["ご不明な点がございましたらお気軽にご連絡ください。"], "ps": ["お急ぎの場合は"]},
    "ko": {"intro": ["{d} 문의 감사합니다. 세 가지 질문에 답변드립니다.", "{p} 관련 문의 감사드립니다."],
           "q1": ["1) 단가: {u}당 {price}, {inco}, {d2}까지 유효합니다."], "q2": ["2) 납기: 선금 입금 후 {n}일, {cont} 1대에 약 {qty} 적재 가능합니다."],
           "q3": ["3) 최소 주문 수량: {moq}. 포장: 수출용 카톤 {dims}, 총중량 {w}."], "hs": "HS 코드: {hs}", "terms": "결제 조건: {terms}", "pi": "견적서 {pi} 첨부드립니다.",
           "close": ["궁금하신 점은 언제든지 연락 주세요."], "ps": ["급한 문의는 "]},
}


def ports(cc, lang="en"):
    d = CC[cc]
    if lang == "zh" and "ports_n" in d:
        return d["ports_n"]
    if lang != "ru" and "ports_lat" in d:
        return d["ports_lat"]
    return d["ports"]


def cur_for(cc, lang):
    local = CC[cc]["cur"]
    if chance(0.35):
        return local
    return "EUR" if cc in EU and chance(0.6) else "USD"


def t_reply(M, O, lang):
    """Supplier in M answers three questions of a buyer in O; signature."""
    Ph = REPLY[lang]
    nat = native_ok(M, lang)
    sp, sco = person(M, nat), company(M, nat)
    bp = person(O)
    prod = product()
    u = UNITS.get(lang, UNITS["en"])[prod["unit"]]
    port = c(ports(M, lang))
    kw = dict(d=DATE(M, lang), p=pname(prod, lang), price=PRICE(cur_for(M, lang), prod["usd"]), u=u, inco=INCO(port, c(ports(O))), d2=DATE(M, lang),
              n=str(c([15, 20, 25, 30, 35, 45, 60])), cont=c(["20GP", "40HQ", "40' HC", "20'"]), qty=QTY(prod["unit"], lang), moq=QTY(prod["unit"], lang),
              dims=NG("DIM", dims), w=NG("WEIGHT", lambda: weight(lang)), hs=HS(O, prod["hs6"]), terms=N("PAYMENT_TERMS", c(TERMS[lang])),
              pi=NG("INVOICE", lambda: inv_no("PI")))
    body = [greet(lang, bp), F(c(Ph["intro"]), **kw), F(c(Ph["q1"]), **kw), F(c(Ph["q2"]), **kw), F(c(Ph["q3"]), **kw)]
    extras = [F(Ph["hs"], **kw), F(Ph["terms"], **kw), F(Ph["pi"], **kw)]
    R.shuffle(extras)
    body.extend(extras[:ri(0, 2)])
    body.append(T(c(Ph["close"])))
    body.append(signature(M, lang, sp, sco, "s"))
    if chance(0.35):
        body.append(cat(T(c(Ph["ps"])), MSGR(M, sp, sco, sep=" ", lang=lang)))
    return join(body, c(["\n", "\n\n"]) if chance(0.7) else "\n")


KIND_W = {"en": ["an importer", "a distributor", "a wholesaler", "a retail chain"], "es": ["una importadora", "una distribuidora", "un mayorista"],
          "pt": ["uma importadora", "uma distribuidora", "um atacadista"], "de": ["ein Importeur", "ein Großhändler"], "fr": ["un importateur", "un distributeur"],
          "ru": ["импортёр", "дистрибьютор"], "zh": ["进口商", "经销商", "批发商"]}
INQ = {
    "en": {"intro": ["We are {co}, {kind} of {p} based in {city}, with {n} branches in {country}.", "My name is {name} and I handle sourcing for {co} in {city}."],
           "need": ["We found your listing on Parley and would like a quotation for {qty} of {sku}.", "We plan to order {qty} of {sku} for the coming season."],
           "qs": ["Could you please answer three questions: 1) your best price {inco}; 2) lead time for the first order; 3) do you have CE and RoHS certificates?",
                  "Questions: (1) unit price {inco} for {qty2}? (2) production time? (3) can you print our logo on the carton?"],
           "deliv": ["Goods are to be delivered to our warehouse at {addr}.", "Delivery address: {addr}"],
           "reply": ["Please send the offer to {email} or call me on {phone}.", "You can reach me at {email} (office {phone})."]},
    "es": {"intro": ["Somos {co}, {kind} de {p} con sede en {city} y {n} sucursales.", "Mi nombre es {name} y me encargo de las compras de {co} en {city}."],
           "need": ["Vimos su publicación en Parley y necesitamos cotización de {qty} de {sku}."],
           "qs": ["Tres preguntas: 1) mejor precio {inco}; 2) tiempo de entrega del primer pedido; 3) ¿cuentan con certificados CE?"],
           "deliv": ["La mercancía se entrega en nuestra bodega: {addr}", "Dirección de entrega: {addr}"],
           "reply": ["Favor de enviar la oferta a {email} o llamarme al {phone}."]},
    "pt": {"intro": ["Somos a {co}, {kind} de {p} em {city}, com {n} filiais.", "Meu nome é {name}, sou responsável pelas compras da {co}."],
           "need": ["Vimos seu anúncio no Parley e gostaríamos de uma cotação de {qty} de {sku}."],
           "qs": ["Três perguntas: 1) melhor preço {inco}; 2) prazo do primeiro pedido; 3) vocês têm certificação INMETRO?"],
           "deliv": ["Entrega no nosso depósito: {addr}", "Endereço de entrega: {addr}"],
           "reply": ["Favor enviar a proposta para {email} ou ligar no {phone}."]},
    "de": {"intro": ["wir sind {co}, {kind} für {p} mit Sitz in {city} und {n} Niederlassungen.", "mein Name ist {name}, ich bin im Einkauf bei {co} in {city}."],
           "need": ["Über Parley sind wir auf Ihr Angebot gestoßen und bitten um ein Angebot für {qty} {sku}."],
           "qs": ["Drei Fragen: 1) Ihr bester Preis {inco}; 2) Lieferzeit für den Erstauftrag; 3) liegen CE- und RoHS-Zertifikate vor?"],
           "deliv": ["Lieferung an unser Lager: {addr}", "Lieferanschrift: {addr}"],
           "reply": ["Bitte senden Sie das Angebot an {email} oder rufen Sie mich an: {phone}."]},
    "fr": {"intro": ["Nous sommes {co}, {kind} de {p} basé à {city}, avec {n} agences.", "Je m'appelle {name} et je gère les achats de {co} à {city}."],
           "need": ["Nous avons vu votre annonce sur Parley et souhaitons un devis pour {qty} de {sku}."],
           "qs": ["Trois questions : 1) votre meilleur prix {inco} ; 2) délai pour la première commande ; 3) disposez-vous des certificats CE ?"],
           "deliv": ["Livraison à notre entrepôt : {addr}", "Adresse de livraison : {addr}"],
           "reply": ["Merci d'envoyer l'offre à {email} ou de m'appeler au {phone}."]},
    "ru": {"intro": ["Мы — {co}, {kind} ({p}), город {city}, {n} филиалов.", "Меня зовут {name}, я отвечаю за закупки в {co}."],
           "need": ["Нашли ваше объявление на Parley, просим коммерческое предложение на {qty} ({sku})."],
           "qs": ["Три вопроса: 1) лучшая цена {inco}; 2) срок поставки первой партии; 3) есть ли сертификаты ЕАС?"],
           "deliv": ["Доставка на наш склад: {addr}", "Адрес доставки: {addr}"],
           "reply": ["Предложение прошу прислать на {email} или позвонить: {phone}."]},
    "zh": {"intro": ["我们是{co}，位于{city}的{p}{kind}，有{n}家分店。", "我是{co}的采购{name}。"],
           "need": ["在Parley上看到贵司产品，想询价{sku}，数量{qty}。"],
           "qs": ["三个问题：1）{inco}最优价格；2）首单交期；3）是否有CE认证？"],
           "deliv": ["收货地址：{addr}", "货物送到我们仓库：{addr}"],
           "reply": ["报价请发到{email}，或打我电话{phone}。"]},
}


def t_inquiry(M, O, lang):
    """Buyer in M asks a supplier in O for a quotation; delivery address and contacts."""
    Ph = INQ[lang]
    nat = native_ok(M, lang)
    bp, bco = person(M, nat), company(M, nat)
    sp = person(O)
    prod = product()
    kw = dict(co=N("COMPANY", bco["name"]), kind=c(KIND_W[lang]), p=pname(prod, lang), city=N("PLACE", c(CC[M]["cities"])), n=str(ri(2, 40)),
              country=N("PLACE", CC[M]["name"]), name=bp["disp"], qty=QTY(prod["unit"], lang), qty2=QTY(prod["unit"], lang), sku=NG("SKU", sku),
              inco=INCO(c(ports(O)), c(ports(M, lang))), addr=ADDR(M), email=P("EMAIL", email(M, bp, bco)), phone=P("PHONE", phone(M)))
    body = [greet(lang, sp), F(c(Ph["intro"]), **kw), F(c(Ph["need"]), **kw), F(c(Ph["qs"]), **kw)]
    if chance(0.8):
        body.append(F(c(Ph["deliv"]), **kw))
    if chance(0.7):
        body.append(F(c(Ph["reply"]), **kw))
    body.append(signature(M, lang, bp, bco, "b", addr_p=0.25, mail_p=0.5, web_p=0.5))
    return join(body, c(["\n", "\n\n"]))


SHIP = {
    "en": {"intro": ["Please find below the shipping instructions for {po}:", "Kindly prepare the B/L draft for {po} as follows:"],
           "shipper": "Shipper", "cons": "Consignee", "notify": "Notify party", "same": "Same as consignee", "pol": "Port of loading", "pod": "Port of discharge",
           "final": "Final delivery address", "desc": "Description", "hs": "HS code", "bk": "Booking no.", "etd": "ETD", "attn": "Attn", "tel": "Tel", "mail": "Email",
           "marks": "Marks", "frt": ["Freight prepaid", "Freight collect"], "outro": ["Please send the draft B/L for approval before {d}.", "Send us the draft B/L and the packing list before {d}, thanks."]},
    "es": {"intro": ["A continuación las instrucciones de embarque para la {po}:", "Favor de preparar el borrador del B/L de la {po} así:"],
           "shipper": "Embarcador", "cons": "Consignatario", "notify": "Notificar a", "same": "Igual que el consignatario", "pol": "Puerto de carga", "pod": "Puerto de descarga",
           "final": "Entrega final", "desc": "Mercancía", "hs": "Fracción arancelaria", "bk": "Booking", "etd": "ETD", "attn": "Atención", "tel": "Tel.", "mail": "Correo",
           "marks": "Marcas", "frt": ["Flete prepagado", "Flete por cobrar"], "outro": ["Favor de enviar el borrador del B/L antes del {d}."]},
    "pt": {"intro": ["Seguem as instruções de embarque do pedido {po}:", "Favor preparar o rascunho do BL do pedido {po} assim:"],
           "shipper": "Embarcador", "cons": "Consignatário", "notify": "Notificar", "same": "O mesmo do consignatário", "pol": "Porto de embarque", "pod": "Porto de descarga",
           "final": "Endereço de entrega", "desc": "Descrição", "hs": "NCM", "bk": "Booking", "etd": "ETD", "attn": "A/C", "tel": "Tel.", "mail": "E-mail",
           "marks": "Marcas", "frt": ["Frete pré-pago", "Frete a pagar"], "outro": ["Favor enviar o rascunho do BL até {d}."]},
    "de": {"intro": ["anbei die Verschiffungsanweisungen zur Bestellung {po}:", "bitte erstellen Sie den B/L-Entwurf zu {po} wie folgt:"],
           "shipper": "Versender", "cons": "Empfänger", "notify": "Notify", "same": "wie Empfänger", "pol": "Verladehafen", "pod": "Löschhafen",
           "final": "Lieferanschrift", "desc": "Warenbeschreibung", "hs": "Zolltarifnummer", "bk": "Buchungsnr.", "etd": "ETD", "attn": "z. Hd.", "tel": "Tel.", "mail": "E-Mail",
           "marks": "Markierung", "frt": ["Fracht bezahlt", "Fracht unfrei"], "outro": ["Bitte senden Sie uns den B/L-Entwurf bis {d} zur Freigabe."]},
    "fr": {"intro": ["Voici les instructions d'expédition pour la commande {po} :", "Merci d'établir le projet de B/L de la commande {po} comme suit :"],
           "shipper": "Expéditeur", "cons": "Destinataire", "notify": "Notify", "same": "Identique au destinataire", "pol": "Port de chargement", "pod": "Port de déchargement",
           "final": "Adresse de livraison", "desc": "Désignation", "hs": "Code SH", "bk": "N° de booking", "etd": "ETD", "attn": "À l'attention de", "tel": "Tél.", "mail": "E-mail",
           "marks": "Marquage", "frt": ["Fret payé", "Fret dû"], "outro": ["Merci de nous envoyer le projet de B/L avant le {d}."]},
    "ru": {"intro": ["Направляем инструкции по отгрузке по заказу {po}:", "Просим оформить проект коносамента по заказу {po} так:"],
           "shipper": "Грузоотправитель", "cons": "Грузополучатель", "notify": "Уведомить", "same": "Как грузополучатель", "pol": "Порт погрузки", "pod": "Порт выгрузки",
           "final": "Адрес доставки", "desc": "Описание груза", "hs": "Код ТН ВЭД", "bk": "Букинг", "etd": "ETD", "attn": "Контактное лицо", "tel": "Тел.", "mail": "E-mail",
           "marks": "Маркировка", "frt": ["Фрахт оплачен", "Фрахт за счёт получателя"], "outro": ["Просим прислать проект коносамента до {d}."]},
    "zh": {"intro": ["订单{po}的出货资料如下：", "请按以下资料做提单草稿（订单{po}）："],
           "shipper": "发货人", "cons": "收货人", "notify": "通知人", "same": "同收货人", "pol": "装货港", "pod": "卸货港",
           "final": "送货地址", "desc": "货物描述", "hs": "HS编码", "bk": "订舱号", "etd": "开船日期", "attn": "联系人", "tel": "电话", "mail": "邮箱",
           "marks": "唛头", "frt": ["运费预付", "运费到付"], "outro": ["请在{d}前发提单草稿确认。"]},
}
TAXLAB = {"MX": "RFC", "CO": "NIT", "CL": "RUT", "PE": "RUC", "AR": "CUIT", "BR": "CNPJ", "RU": "ИНН", "UA": "ЄДРПОУ", "IN": "GSTIN", "CN": "USCC", "TR": "Vergi No",
          "AE": "TRN", "SA": "VAT No.", "KE": "KRA PIN", "NG": "TIN", "ZA": "VAT No.", "TH": "Tax ID", "VN": "MST", "ID": "NPWP", "PH": "TIN", "KR": "사업자등록번호"}


def tax_of(cc):
    """(label, pieces) of the consignee's tax/registration id."""
    lab_, fn, kind = c(REGS[cc])
    if cc in TAXLAB:
        for l2, f2, k2 in REGS[cc]:
            if l2 == TAXLAB[cc]:
                lab_, fn, kind = l2, f2, k2
    return lab_, NG(kind, fn)


def t_shipping(M, O, lang):
    """Buyer in M sends shipping instructions to a supplier in O: consignee,
    notify party and final delivery address with contacts."""
    Ph = SHIP[lang]
    nat = native_ok(M, lang)
    bp, bco = person(M, nat), company(M, nat)
    sp, sco = person(O), company(O)
    prod = product()
    k = colon(lang)
    po = NG("PO", lambda: inv_no("PO"))
    lines = [greet(lang, sp), F(c(Ph["intro"]), po=po)]
    if lang == "en" and chance(0.3):
        lines.append(cat(N("BIC_LIKE_WORD", "SHIPMENT"), T(" DETAILS")))
    sh = cat(T(Ph["shipper"] + k), N("COMPANY", sco["name"]))
    if chance(0.3):
        sh = cat(sh, T(", "), ADDR(O, ml=False))
    lines.append(sh)
    cons = [cat(T(Ph["cons"] + k), N("COMPANY", bco["name"]))]
    cons.append(ADDR(M))
    if chance(0.7):
        tl, tv = tax_of(M)
        cons.append(cat(T(tl + " "), tv))
    cons.append(cat(T(Ph["attn"] + k + bp["disp"] + ", " + Ph["tel"] + " "), P("PHONE", phone(M))))
    if chance(0.5):
        cons.append(cat(T(Ph["mail"] + k), P("EMAIL", email(M, bp, bco))))
    lines.append(join(cons, "\n"))
    if chance(0.35):
        lines.append(T(Ph["notify"] + k + Ph["same"]))
    else:
        np_, nco = person(M, nat), company(M, nat)
        nl = cat(T(Ph["notify"] + k), N("COMPANY", nco["name"]), T(c([", ", "\n"])), ADDR(M, ml=False), T(", " + Ph["attn"] + " " + np_["disp"] + ", " + Ph["tel"] + " "),
                 P("PHONE", phone(M)))
        if chance(0.4):
            nl = cat(nl, T(", "), P("EMAIL", email(M, np_, nco, role=chance(0.5))))
        lines.append(nl)
    lines.append(cat(T(Ph["pol"] + k), N("PLACE", c(ports(O, lang))), T(" / " + Ph["pod"] + k), N("PLACE", c(ports(M, lang)))))
    if chance(0.45):
        fp = person(M, nat)
        lab_final = cat(N("BIC_LIKE_WORD", "DELIVERY"), T(" ADDRESS: ")) if lang == "en" and chance(0.4) else T(Ph["final"] + k)
        lines.append(cat(lab_final, ADDR(M), T(c(["\n", " – "]) + Ph["attn"] + " " + fp["disp"] + " "), P("PHONE", phone(M, True))))
    desc = cat(T(Ph["desc"] + k + pname(prod, lang) + ", "), QTY(prod["unit"], lang), T(", "), N("QTY", cont_str()), T(", " + Ph["hs"] + " "), HS(M, prod["hs6"]))
    if chance(0.5):
        desc = cat(desc, T(", G.W. "), NG("WEIGHT", big_weight))
    lines.append(desc)
    if chance(0.5):
        lines.append(cat(T(Ph["bk"] + k), NG("BOOKING", booking_no), T(" / " + Ph["etd"] + " "), DATE(O, lang)))
    if chance(0.35):
        cn_up = CC[O]["name"].upper()
        cn_piece = N("BIC_LIKE_WORD", cn_up) if cn_up.isalpha() and len(cn_up) in (8, 11) else N("PLACE", cn_up)
        lines.append(cat(T(Ph["marks"] + k + bco["slug"].upper()[:10] + " / "), po, T(" / MADE IN "), cn_piece))
    if chance(0.4):
        lines.append(T(c(Ph["frt"])))
    lines.append(F(c(Ph["outro"]), d=DATE(M, lang)))
    lines.append(T(c(REGARDS[lang]) + "\n" + bp["disp"]))
    return join(lines, "\n")


PAY = {
    "en": {"intro": ["Thank you for confirming PI {pi}. Please arrange the {pct} deposit of {amount} to our account:",
                     "As agreed, please transfer {amount} ({pct} of PI {pi}) to the account below:"],
           "slip": ["Once paid, please send the bank slip to {email}.", "Please email the remittance copy to {email} so we can start production."],
           "warn": ["Note: our bank details never change by e-mail; if in doubt, call {phone}.", "Beware of fake e-mails – always confirm changes by phone ({phone})."]},
    "es": {"intro": ["Gracias por confirmar la proforma {pi}. Favor de depositar el anticipo del {pct} ({amount}) a la cuenta:"],
           "slip": ["Una vez realizado, envíe el comprobante a {email}."], "warn": ["Nuestros datos bancarios no cambian por correo; ante cualquier duda llame al {phone}."]},
    "pt": {"intro": ["Obrigado pela confirmação da proforma {pi}. Favor transferir o sinal de {pct} ({amount}) para:"],
           "slip": ["Após o pagamento, envie o comprovante para {email}."], "warn": ["Nossos dados bancários não mudam por e-mail; em caso de dúvida ligue {phone}."]},
    "de": {"intro": ["vielen Dank für die Bestätigung der Proforma {pi}. Bitte überweisen Sie die Anzahlung von {pct} ({amount}) auf folgendes Konto:"],
           "slip": ["Bitte senden Sie uns den Zahlungsbeleg an {email}."], "warn": ["Unsere Bankverbindung ändert sich nie per E-Mail – im Zweifel bitte unter {phone} anrufen."]},
    "fr": {"intro": ["Merci pour la confirmation de la proforma {pi}. Merci de virer l'acompte de {pct} ({amount}) sur le compte suivant :"],
           "slip": ["Merci d'envoyer l'avis de virement à {email}."], "warn": ["Nos coordonnées bancaires ne changent jamais par e-mail ; en cas de doute, appelez le {phone}."]},
    "ru": {"intro": ["Спасибо за подтверждение проформы {pi}. Просим перечислить предоплату {pct} ({amount}) по реквизитам:"],
           "slip": ["После оплаты пришлите, пожалуйста, платёжку на {email}."], "warn": ["Реквизиты по e-mail не меняются; при сомнениях звоните {phone}."]},
    "zh": {"intro": ["感谢确认形式发票{pi}。请安排{pct}定金（{amount}）汇至以下账户："],
           "slip": ["付款后请把水单发到{email}。"], "warn": ["我司银行信息不会通过邮件变更，如有疑问请致电{phone}。"]},
    "ja": {"intro": ["見積書{pi}のご確認ありがとうございます。前受金{pct}（{amount}）を下記口座へお振込みください。"],
           "slip": ["お振込み後、控えを{email}までお送りください。"], "warn": ["口座情報をメールで変更することはございません。ご不明な点は{phone}までお電話ください。"]},
    "ko": {"intro": ["견적서 {pi} 확인 감사합니다. 선금 {pct}({amount})를 아래 계좌로 송금 부탁드립니다."],
           "slip": ["송금 후 영수증을 {email}로 보내 주세요."], "warn": ["계좌 정보는 이메일로 변경되지 않습니다. 문의는 {phone}."]},
}
BIC_WORDS = {"shipment": [("SHIPMENT", " ADVICE"), ("DELIVERY", " UPDATE"), ("SHIPPING", " NOTICE"), ("ORIGINAL", " DOCUMENTS SENT")],
             "claim": [("CUSTOMER", " CLAIM"), ("URGENT: CUSTOMER", " COMPLAINT")], "nego": [("REMINDER", ":"), ("DISCOUNT", " REQUEST"), ("APPROVED", " SAMPLE – PRICE REVIEW")]}


def caps_head(key):
    """An ALL-CAPS heading whose first word has the shape of a BIC (8 or 11 letters)."""
    w, tail = c(BIC_WORDS[key])
    pre = ""
    if " " in w:
        pre, w = w.rsplit(" ", 1)
        pre += " "
    return cat(T(pre), N("BIC_LIKE_WORD", w), T(tail))


def t_payment(M, O, lang):
    """Supplier in M sends payment details: beneficiary, address, bank, IBAN or local account, SWIFT."""
    Ph = PAY[lang]
    nat = native_ok(M, lang)
    sp, sco = person(M, nat), company(M, nat)
    bp = person(O)
    prod = product()
    k = colon(lang)
    amt = R.uniform(4000, 150000) * c([0.3, 0.5, 1.0])
    kw = dict(pi=NG("INVOICE", lambda: inv_no("PI")), pct=c(["30%", "30 %", "50%", "40%"]), amount=PRICE(c(["USD", "USD", "EUR", CC[M]["cur"]]), amt),
              email=P("EMAIL", email(M, sp, sco, role=chance(0.4))), phone=P("PHONE", phone(M)))
    lines = [greet(lang, bp), F(c(Ph["intro"]), **kw)]
    if chance(0.45):
        w, tail = c([("BENEFICIARY", [" DETAILS", ":", " INFORMATION"]), ("TRANSFER", [" DETAILS", " INSTRUCTIONS"]), ("PROFORMA", [" " + c(["INVOICE", "PAYMENT"])])])
        lines.append(cat(N("BIC_LIKE_WORD", w), T(c(tail))))
    lines.append(cat(T(lab(lang, "ben") + k), N("COMPANY", sco["name"])))
    if chance(0.6):
        lines.append(cat(T(lab(lang, "badr") + k), ADDR(M, ml=False)))
    lines.extend(bank_block(M, lang))
    if chance(0.4):
        lines.append(cat(T(c(["Reference", "Ref.", "Payment reference"]) + k if lang == "en" else "Ref." + k), kw["pi"]))
    lines.append(F(c(Ph["slip"]), **kw))
    if chance(0.4):
        lines.append(F(c(Ph["warn"]), **kw))
    lines.append(T(c(REGARDS[lang]) + "\n" + sp["disp"]))
    if chance(0.5):
        lines.append(N("COMPANY", sco["name"]))
    return join(lines, "\n")


INTRO = {
    "en": {"a": ["We are {co}, a {desc} founded in {year}. Our head office is at {addr}.", "Allow me to introduce {co}: since {year} we have been a leading {desc}. Head office: {addr}"],
           "b": ["Besides the head office we run sales offices and bonded warehouses in {n} countries:", "Our regional offices:"],
           "line": ["• {cn}: {addr} – Tel. {phone}", "- {cn} office: {addr}, phone {phone}", "{cn} | {addr} | {phone}"],
           "cap": ["Annual capacity {qty}, {cert} certified.", "Monthly output {qty}; certificates: {cert}."],
           "more": ["More at {url} and {social}.", "Catalogue: {url}"], "mail": ["General enquiries: {email}", "Write to {email} for price lists."]},
    "es": {"a": ["Somos {co}, {desc} fundada en {year}. Nuestra sede está en {addr}."], "b": ["Además contamos con oficinas y almacenes en {n} países:"],
           "line": ["• {cn}: {addr} – Tel. {phone}"], "cap": ["Capacidad anual {qty}, certificación {cert}."], "more": ["Más información en {url}."],
           "mail": ["Consultas: {email}"]},
    "de": {"a": ["wir sind die {co}, {desc}, gegründet {year}. Hauptsitz: {addr}."], "b": ["Zusätzlich betreiben wir Vertriebsbüros und Lager in {n} Ländern:"],
           "line": ["• {cn}: {addr}, Tel. {phone}"], "cap": ["Jahreskapazität {qty}, zertifiziert nach {cert}."], "more": ["Mehr unter {url}."],
           "mail": ["Anfragen bitte an {email}"]},
    "zh": {"a": ["我们是{co}，成立于{year}年的{desc}。总部地址：{addr}。"], "b": ["除总部外，我们在{n}个国家设有办事处和仓库："],
           "line": ["• {cn}：{addr}，电话 {phone}"], "cap": ["年产能{qty}，通过{cert}认证。"], "more": ["详情请见{url}。"], "mail": ["业务咨询：{email}"]},
}
DESC = {"en": ["manufacturer of {p}", "trading house for {p}", "supplier of {p}"], "es": ["fabricante de {p}", "comercializadora de {p}"],
        "de": ["Hersteller von {p}", "Handelshaus für {p}"], "zh": ["{p}生产厂家", "{p}贸易公司"]}
CERTS = ["ISO 9001:2015", "ISO 14001:2015", "IATF 16949:2016", "BSCI", "FSC", "HACCP", "CE/RoHS", "ISO 45001:2018"]


def t_intro(M, O, lang):
    """Company in M introduces itself with offices in several countries."""
    Ph = INTRO[lang]
    nat = native_ok(M, lang)
    sp, sco = person(M, nat), company(M, nat)
    bp = person(O)
    prod = product()
    others = [O] + [x for x in R.sample(CODES, 6) if x not in (M, O)]
    offs = others[:ri(2, 3)]
    kw = dict(co=N("COMPANY", sco["name"]), desc=c(DESC[lang]).replace("{p}", pname(prod, lang)), year=str(ri(1978, 2016)), addr=ADDR(M, ml=False),
              n=str(len(offs)), qty=QTY(prod["unit"], lang), cert=N("CERT", c(CERTS)), url=P("URL", website(sco)), social=P("URL", social(sco)),
              email=P("EMAIL", email(M, sp, sco, role=True)))
    lines = [greet(lang, bp), F(c(Ph["a"]), **kw), F(c(Ph["b"]), **kw)]
    tpl = c(Ph["line"])
    for x in offs:
        lines.append(F(tpl, cn=CC[x]["name"], addr=ADDR(x, ml=False), phone=P("PHONE", phone(x, False))))
    extra = [F(c(Ph["cap"]), **kw), F(c(Ph["more"]), **kw), F(c(Ph["mail"]), **kw)]
    lines.extend(e for e in extra if chance(0.6))
    if chance(0.4):
        lines.append(REG(M))
    lines.append(T(c(REGARDS[lang]) + "\n" + sp["disp"]))
    return join(lines, "\n")


SAMPLE = {
    "en": {"a": ["Before placing the order we need {n} samples of {p} ({sku}).", "Could you send us {n} pcs of {sku} as samples?"],
           "b": ["Please ship them by {courier} to:", "Courier ({courier}) address:"], "tel": ["Tel", "Mobile", "Phone"],
           "c": ["Please declare the parcel as 'samples – no commercial value' (max. {price}).", "Declared value below {price} please, marked as samples."],
           "d": ["Also: 1) can you confirm the lead time for {qty}? 2) is the {spec} version available? 3) which port do you ship from?",
                 "Two more questions: is {spec} standard, and can you keep the price of {price2} until {d}?"],
           "e": ["Thanks in advance!", "Many thanks."]},
    "es": {"a": ["Antes de hacer el pedido necesitamos {n} muestras de {p} ({sku})."], "b": ["Favor de enviarlas por {courier} a:"], "tel": ["Tel.", "Cel."],
           "c": ["Declarar como 'muestra sin valor comercial' (máx. {price})."], "d": ["Además: 1) ¿plazo de entrega para {qty}? 2) ¿tienen versión {spec}? 3) ¿de qué puerto embarcan?"],
           "e": ["¡Gracias de antemano!"]},
    "pt": {"a": ["Antes do pedido precisamos de {n} amostras de {p} ({sku})."], "b": ["Favor enviar por {courier} para:"], "tel": ["Tel.", "Cel."],
           "c": ["Declarar como 'amostra sem valor comercial' (máx. {price})."], "d": ["E mais: 1) prazo para {qty}? 2) existe versão {spec}? 3) embarcam por qual porto?"],
           "e": ["Obrigado desde já!"]},
    "de": {"a": ["vor der Bestellung benötigen wir {n} Muster {p} ({sku})."], "b": ["Bitte per {courier} senden an:"], "tel": ["Tel.", "Mobil"],
           "c": ["Bitte als 'Muster ohne Handelswert' deklarieren (max. {price})."], "d": ["Außerdem: 1) Lieferzeit für {qty}? 2) gibt es die Ausführung {spec}? 3) ab welchem Hafen?"],
           "e": ["Vielen Dank vorab!"]},
    "fr": {"a": ["Avant de commander, nous avons besoin de {n} échantillons de {p} ({sku})."], "b": ["Merci de les envoyer par {courier} à :"], "tel": ["Tél.", "Mobile"],
           "c": ["Merci de déclarer 'échantillons sans valeur commerciale' (max. {price})."], "d": ["Aussi : 1) délai pour {qty} ? 2) version {spec} disponible ? 3) port d'embarquement ?"],
           "e": ["Merci d'avance !"]},
    "ru": {"a": ["Перед заказом нам нужны образцы: {n} шт. ({p}, {sku})."], "b": ["Отправьте, пожалуйста, через {courier} по адресу:"], "tel": ["Тел.", "Моб."],
           "c": ["Укажите в декларации «образцы без коммерческой ценности» (не более {price})."], "d": ["Ещё вопросы: 1) срок для {qty}? 2) есть ли исполнение {spec}? 3) из какого порта отгрузка?"],
           "e": ["Заранее спасибо!"]},
    "zh": {"a": ["下单前需要{n}个{p}样品（{sku}）。"], "b": ["请用{courier}寄到："], "tel": ["电话", "手机"],
           "c": ["申报请写“样品，无商业价值”，金额不超过{price}。"], "d": ["另外：1）{qty}的交期？2）有没有{spec}款？3）从哪个港口出货？"], "e": ["先谢谢了！"]},
    "ja": {"a": ["発注前に{p}（{sku}）のサンプルを{n}個お送りいただけますか。"], "b": ["{courier}で下記までお願いいたします。"], "tel": ["TEL", "携帯"],
           "c": ["インボイスには「無償サンプル」と記載してください（{price}以下）。"], "d": ["また、{qty}の場合の納期と{spec}仕様の有無を教えてください。"], "e": ["よろしくお願いいたします。"]},
    "ko": {"a": ["발주 전에 {p}({sku}) 샘플 {n}개가 필요합니다."], "b": ["{courier}로 아래 주소로 보내 주세요."], "tel": ["Tel", "휴대폰"],
           "c": ["인보이스에는 '무상 샘플'로 기재해 주세요(최대 {price})."], "d": ["그리고 {qty} 주문 시 납기와 {spec} 사양 가능 여부도 알려 주세요."], "e": ["미리 감사드립니다."]},
}
SPECS = ["220V/50Hz", "IP65", "IP67", "DN50 PN16", "M12x1.5", "110V/60Hz", "24V DC", "RAL 7016", "UV400", "grade 304"]


def t_sample(M, O, lang):
    """Buyer in M asks for samples to be sent to a named recipient at an address."""
    Ph = SAMPLE[lang]
    nat = native_ok(M, lang)
    bp, bco = person(M, nat), company(M, nat)
    sp = person(O)
    prod = product()
    kw = dict(n=str(c([2, 3, 5, 10])), p=pname(prod, lang), sku=NG("SKU", sku), courier=c(["DHL", "FedEx", "UPS", "TNT", "EMS", "SF Express", "Aramex"]),
              price=PRICE(c(["USD", CC[M]["cur"]]), ri(20, 120)), price2=PRICE(c(["USD", "EUR"]), prod["usd"]), qty=QTY(prod["unit"], lang), spec=N("SPEC", c(SPECS)),
              d=DATE(M, lang))
    lines = [greet(lang, sp), F(c(Ph["a"]), **kw), F(c(Ph["b"]), **kw)]
    rec = [T(bp["disp"]), N("COMPANY", bco["name"]), ADDR(M, ml=chance(0.6)), cat(T(c(Ph["tel"]) + colon(lang)), P("PHONE", phone(M, chance(0.6))))]
    if chance(0.3):
        rec.append(cat(T(L("mail", lang) + colon(lang)), P("EMAIL", email(M, bp, bco))))
    lines.append(join(rec, "\n"))
    if chance(0.7):
        lines.append(F(c(Ph["c"]), **kw))
    if chance(0.7):
        lines.append(F(c(Ph["d"]), **kw))
    lines.append(T(c(Ph["e"])))
    if chance(0.5):
        lines.append(T(c(REGARDS[lang]) + "\n" + bp["disp"]))
    return join(lines, c(["\n", "\n\n"]))


MSGF = {
    "en": {"a": ["I tried to call you this morning but could not get through.", "Sorry for the slow reply, I was at the fair all week.", "Quick follow-up on your RFQ."],
           "b": ["It is easier to reach me on {app} – my ID is {id}", "Let's continue on {app}: {id}", "Please add me on {app} ({id})"],
           "c": [", or call / WhatsApp {phone}.", ". If you prefer a call: {phone}."],
           "d": ["About your questions: price {price} per {u} {inco}, lead time {n} days, earliest ETD {d}.", "Short answers: {price}/{u} {inco}; {n} days; ETD around {d}."],
           "e": ["My e-mail is {email} if you prefer.", "E-mail also works: {email}", ""]},
    "es": {"a": ["Intenté llamarle esta mañana pero no fue posible.", "Perdón por la demora, estuve en la feria toda la semana."],
           "b": ["Es más fácil contactarme por {app}: {id}", "Sigamos por {app}, mi usuario es {id}"], "c": [", o llámeme al {phone}.", ". Mi celular: {phone}."],
           "d": ["Sobre sus preguntas: precio {price} por {u} {inco}, entrega en {n} días, ETD más temprano {d}."], "e": ["Mi correo: {email}", ""]},
    "pt": {"a": ["Tentei ligar hoje de manhã mas não consegui.", "Desculpe a demora, estive na feira a semana toda."],
           "b": ["Fica mais fácil falar comigo no {app}: {id}"], "c": [", ou ligue {phone}.", ". Meu celular: {phone}."],
           "d": ["Sobre suas perguntas: preço {price} por {u} {inco}, prazo {n} dias, ETD a partir de {d}."], "e": ["Meu e-mail: {email}", ""]},
    "ru": {"a": ["Пытался дозвониться утром, но не получилось.", "Извините за задержку, всю неделю был на выставке."],
           "b": ["Удобнее писать мне в {app}: {id}", "Давайте продолжим в {app} — {id}"], "c": [", или звоните {phone}.", ". Мой мобильный: {phone}."],
           "d": ["По вашим вопросам: цена {price} за {u} {inco}, срок {n} дней, отгрузка не раньше {d}."], "e": ["Почта: {email}", ""]},
    "zh": {"a": ["早上给您打电话没打通。", "不好意思回复晚了，这周一直在展会。"],
           "b": ["方便的话加我{app}：{id}", "我们在{app}上聊吧，我的号是{id}"], "c": ["，或者直接打我电话{phone}。", "。手机：{phone}。"],
           "d": ["您的问题：价格每{u}{price}（{inco}），交期{n}天，最早{d}出货。"], "e": ["邮箱：{email}", ""]},
}


def t_messenger(M, O, lang):
    """Follow-up that moves the conversation to WhatsApp / WeChat / LINE / Kakao / Zalo / Telegram."""
    Ph = MSGF[lang]
    nat = native_ok(M, lang)
    sp, sco = person(M, nat), company(M, nat)
    bp = person(O)
    prod = product()
    app = c(CC[M]["msgr"] + (["Telegram", "Skype"] if chance(0.25) else []))
    labl, idp = messenger(M, app, sp, sco, lang)
    kw = dict(app=app if (labl in ("WA", "TG") or " ID" in labl or labl == app.lower().capitalize()) else labl, id=idp, phone=P("PHONE", phone(M, True)), price=PRICE(cur_for(M, lang), prod["usd"]),
              u=UNITS.get(lang, UNITS["en"])[prod["unit"]], inco=INCO(c(ports(M, lang)), c(ports(O))), n=str(c([20, 25, 30, 40, 45])), d=DATE(M, lang),
              email=P("EMAIL", email(M, sp, sco)))
    lines = [greet(lang, bp), T(c(Ph["a"])), cat(F(c(Ph["b"]), **kw), F(c(Ph["c"]), **kw)) if chance(0.7) else cat(F(c(Ph["b"]), **kw), T(".")),
             F(c(Ph["d"]), **kw)]
    e = c(Ph["e"])
    if e:
        lines.append(F(e, **kw))
    if chance(0.5):
        lines.append(signature(M, lang, sp, sco, "s", addr_p=0.3, mail_p=0.3, web_p=0.4, msgr_p=0.0, tel_p=0.5, mob_p=0.2))
    else:
        lines.append(T(sp["disp"]))
    return join(lines, "\n")


VISIT = {
    "en": {"a": ["Thank you for visiting our booth ({booth}) at {fair} on {d}.", "It was a pleasure meeting you at {fair}, {booth}."],
           "b": ["As promised, here is the address of our factory:", "You are welcome to visit our plant; the address is:"],
           "c": ["It is about {km} km from {city}; our driver can pick you up at your hotel.", "Nearest port is {port}; the drive from {city} takes about {h} hours."],
           "d": ["When you arrive, please call {name} on {phone}.", "On the day, call me on {phone} and I will meet you at the gate."],
           "e": ["Our showroom (open {time}) is at {addr2}.", "Samples can also be seen at our showroom: {addr2} ({time})."]},
    "es": {"a": ["Gracias por visitar nuestro stand ({booth}) en {fair} el {d}."], "b": ["Como quedamos, esta es la dirección de la planta:"],
           "c": ["Está a unos {km} km de {city}; nuestro chofer puede recogerlo en el hotel."], "d": ["Al llegar, llame a {name} al {phone}."],
           "e": ["El showroom (horario {time}) está en {addr2}."]},
    "de": {"a": ["vielen Dank für Ihren Besuch an unserem Stand ({booth}) auf der {fair} am {d}."], "b": ["Wie besprochen hier die Adresse unseres Werks:"],
           "c": ["Es liegt ca. {km} km von {city} entfernt; unser Fahrer holt Sie gern im Hotel ab."], "d": ["Bitte rufen Sie bei Ankunft {name} an: {phone}."],
           "e": ["Unser Showroom ({time}) befindet sich in {addr2}."]},
    "zh": {"a": ["感谢您{d}到{fair}我们的展位（{booth}）参观。"], "b": ["欢迎来工厂参观，地址如下："],
           "c": ["工厂离{city}大约{km}公里，我们可以安排司机到酒店接您。"], "d": ["到了请打{name}的电话{phone}。"], "e": ["样品间（{time}）地址：{addr2}"]},
}


def t_visit(M, O, lang):
    """Supplier in M invites a buyer from O to its factory after a fair."""
    Ph = VISIT[lang]
    nat = native_ok(M, lang)
    sp, sco = person(M, nat), company(M, nat)
    bp = person(O)
    fair, boothf = c(FAIRS)
    cp_ = person(M, nat)
    kw = dict(booth=NG("BOOTH", boothf), fair=fair, d=DATE(M, lang), km=str(ri(15, 120)), city=N("PLACE", c(CC[M]["cities"])), port=N("PLACE", c(ports(M, lang))),
              h=str(ri(2, 4)), name=cp_["disp"], phone=P("PHONE", phone(M, True)), time=N("TIME", c(["9:00–18:00", "8:30-17:30", "Mon–Sat 9am–6pm", "09:00 - 17:00"])),
              addr2=ADDR(M, ml=False))
    lines = [greet(lang, bp), F(c(Ph["a"]), **kw), F(c(Ph["b"]), **kw), ADDR(M, ml=chance(0.6)), F(c(Ph["c"]), **kw), F(c(Ph["d"]), **kw)]
    if chance(0.4):
        lines.append(F(c(Ph["e"]), **kw))
    lines.append(signature(M, lang, sp, sco, "s", addr_p=0.0, web_p=0.5, reg_p=0.2))
    return join(lines, c(["\n", "\n\n"]))


CLAIM = {
    "en": {"a": ["We received {po} today (container {cn}); {n} cartons arrived crushed and {m} units fail the {spec} test.",
                 "Unfortunately {n} of the {qty} shipped under B/L {bl} were damaged on arrival at {port}."],
           "b": ["Photos and the surveyor's report {file} are attached.", "Please see the attached {file}."],
           "c": ["We claim {price}. Please refund it to our account below or issue a credit note against {inv}:", "Please transfer the compensation of {price} to:"],
           "hold": ["Account holder", "Beneficiary"], "d": ["Please confirm by {d}.", "We expect your reply by {d}."]},
    "es": {"a": ["Recibimos hoy la {po} (contenedor {cn}); {n} cajas llegaron aplastadas y {m} unidades no pasan la prueba {spec}."],
           "b": ["Adjuntamos fotos y el informe del perito {file}."], "c": ["Reclamamos {price}. Favor de reembolsarlo a nuestra cuenta o emitir nota de crédito contra {inv}:"],
           "hold": ["Titular"], "d": ["Favor de confirmar antes del {d}."]},
    "pt": {"a": ["Recebemos hoje o pedido {po} (contêiner {cn}); {n} caixas chegaram amassadas e {m} unidades reprovaram no teste {spec}."],
           "b": ["Fotos e laudo {file} em anexo."], "c": ["Solicitamos o reembolso de {price} na conta abaixo ou nota de crédito contra {inv}:"],
           "hold": ["Titular", "Favorecido"], "d": ["Favor confirmar até {d}."]},
    "de": {"a": ["heute ist {po} eingetroffen (Container {cn}); {n} Kartons sind beschädigt, {m} Stück bestehen den Test {spec} nicht."],
           "b": ["Fotos und Havariegutachten {file} anbei."], "c": ["Wir machen {price} geltend. Bitte erstatten Sie den Betrag auf unser Konto oder schreiben Sie ihn gegen {inv} gut:"],
           "hold": ["Kontoinhaber"], "d": ["Bitte bestätigen Sie bis {d}."]},
    "fr": {"a": ["Nous avons reçu la commande {po} (conteneur {cn}) ; {n} cartons sont écrasés et {m} pièces échouent au test {spec}."],
           "b": ["Photos et rapport d'expertise {file} en pièce jointe."], "c": ["Nous réclamons {price}, à rembourser sur notre compte ou en avoir sur {inv} :"],
           "hold": ["Titulaire"], "d": ["Merci de confirmer avant le {d}."]},
    "zh": {"a": ["今天收到订单{po}（柜号{cn}），有{n}箱压坏，{m}件{spec}测试不合格。"], "b": ["照片和公估报告{file}见附件。"],
           "c": ["我们索赔{price}，请退款到以下账户或在发票{inv}中抵扣："], "hold": ["户名"], "d": ["请在{d}前确认。"]},
}


def t_claim(M, O, lang):
    """Buyer in M claims damaged goods and gives its own account for the refund."""
    Ph = CLAIM[lang]
    nat = native_ok(M, lang)
    bp, bco = person(M, nat), company(M, nat)
    sp = person(O)
    prod = product()
    kw = dict(po=NG("PO", lambda: inv_no("PO")), cn=N("CONTAINER", container()), n=str(ri(3, 60)), m=str(ri(5, 300)), spec=N("SPEC", c(SPECS)),
              qty=QTY(prod["unit"], lang), bl=NG("BL", bl_no), port=N("PLACE", c(ports(M, lang))),
              file=N("FILE", c(["photos_%s.zip" % digits(4), "survey_report_%s.pdf" % digits(5), "damage_%s.pdf" % digits(3)])),
              price=PRICE(c(["USD", "EUR", CC[M]["cur"]]), R.uniform(400, 25000)), inv=NG("INVOICE", lambda: inv_no("INV")), d=DATE(M, lang))
    lines = [greet(lang, sp), F(c(Ph["a"]), **kw), F(c(Ph["b"]), **kw), F(c(Ph["c"]), **kw)]
    if lang == "en" and chance(0.4):
        lines.insert(0, caps_head("claim"))
    lines.append(cat(T(c(Ph["hold"]) + colon(lang)), N("COMPANY", bco["name"])))
    lines.extend(bank_block(M, lang, with_addr=False, with_inter=False))
    lines.append(F(c(Ph["d"]), **kw))
    lines.append(signature(M, lang, bp, bco, "b", addr_p=0.3, web_p=0.2, reg_p=0.2, footer_p=0.0, msgr_p=0.1))
    return join(lines, "\n")

# ---------------------------------------------------------------- templates: PII-free (look-alikes, places, names only)
NEGO = {
    "en": {"a": ["Regarding {pi} for {qty} of {p}: your price of {price} is above our target of {price2}.", "Thanks for the revised offer {pi}. {price} per {u} is still too high for our market."],
           "b": ["If you can do {price3} {inco} with shipment before {d}, we will confirm {po} this week.", "Our customer in {city} accepts {price3} {inco} max; delivery by {d} at the latest."],
           "c": ["Payment as usual: {terms}.", "We can offer {terms}."],
           "d": ["Please also check HS {hs} – our broker classified it differently.", "Quality must match sample {sku} approved on {d2}."],
           "e": ["{mention} please update the costing sheet.", "See the attached {file}."]},
    "es": {"a": ["Sobre la proforma {pi} por {qty} de {p}: su precio de {price} está por encima de nuestro objetivo de {price2}."],
           "b": ["Si pueden llegar a {price3} {inco} con embarque antes del {d}, confirmamos la {po} esta semana."], "c": ["Pago: {terms}."],
           "d": ["Revisen también la fracción {hs}.", "La calidad debe ser igual a la muestra {sku} aprobada el {d2}."], "e": ["{mention} actualiza la hoja de costos, por favor.", "Ver archivo {file}."]},
    "pt": {"a": ["Sobre a proforma {pi} de {qty} de {p}: o preço de {price} está acima do nosso alvo de {price2}."],
           "b": ["Se conseguirem {price3} {inco} com embarque até {d}, confirmamos o pedido {po} esta semana."], "c": ["Pagamento: {terms}."],
           "d": ["Confiram também a NCM {hs}.", "A qualidade deve seguir a amostra {sku} aprovada em {d2}."], "e": ["{mention} atualiza a planilha de custos, por favor.", "Segue {file}."]},
    "de": {"a": ["zu Ihrer Proforma {pi} über {qty} {p}: Ihr Preis von {price} liegt über unserem Ziel von {price2}."],
           "b": ["Wenn Sie {price3} {inco} mit Verschiffung vor dem {d} schaffen, bestätigen wir {po} noch diese Woche."], "c": ["Zahlung wie üblich: {terms}."],
           "d": ["Bitte prüfen Sie auch die Zolltarifnummer {hs}.", "Die Qualität muss dem am {d2} freigegebenen Muster {sku} entsprechen."],
           "e": ["{mention} bitte die Kalkulation anpassen.", "Siehe Anhang {file}."]},
    "fr": {"a": ["Concernant la proforma {pi} pour {qty} de {p} : votre prix de {price} dépasse notre objectif de {price2}."],
           "b": ["Si vous pouvez faire {price3} {inco} avec expédition avant le {d}, nous confirmons la commande {po} cette semaine."], "c": ["Paiement : {terms}."],
           "d": ["Merci de vérifier aussi le code SH {hs}.", "La qualité doit correspondre à l'échantillon {sku} validé le {d2}."], "e": ["{mention} merci de mettre à jour le calcul.", "Voir {file}."]},
    "ru": {"a": ["По проформе {pi} на {qty} ({p}): ваша цена {price} выше нашей целевой {price2}."],
           "b": ["Если сможете дать {price3} {inco} с отгрузкой до {d}, подтвердим заказ {po} на этой неделе."], "c": ["Оплата: {terms}."],
           "d": ["Проверьте также код ТН ВЭД {hs}.", "Качество — строго по образцу {sku}, утверждённому {d2}."], "e": ["{mention} обнови, пожалуйста, калькуляцию.", "См. файл {file}."]},
    "zh": {"a": ["关于形式发票{pi}（{p}，数量{qty}）：您的价格{price}高于我们的目标价{price2}。"],
           "b": ["如果能做到{price3}（{inco}），并在{d}前出货，我们本周就下{po}。"], "c": ["付款方式：{terms}。"],
           "d": ["另外请核对海关编码{hs}。", "质量需与{d2}确认的样品{sku}一致。"], "e": ["{mention} 请更新一下成本表。", "详见附件{file}。"]},
}


def n_negotiation(M, O, lang):
    """Price negotiation between a buyer in M and a supplier in O: no PII."""
    Ph = NEGO[lang]
    bp, sp = person(M, native_ok(M, lang)), person(O)
    bco = company(M, native_ok(M, lang))
    prod = product()
    cur = cur_for(O, lang) if chance(0.5) else "USD"
    kw = dict(pi=NG("INVOICE", lambda: inv_no("PI")), qty=QTY(prod["unit"], lang), p=pname(prod, lang), price=PRICE(cur, prod["usd"] * 1.15),
              price2=PRICE(cur, prod["usd"] * 0.9), price3=PRICE(cur, prod["usd"]), u=UNITS.get(lang, UNITS["en"])[prod["unit"]],
              inco=INCO(c(ports(O, lang)), c(ports(M, lang))), d=DATE(M, lang), d2=DATE(M, lang), po=NG("PO", lambda: inv_no("PO")), city=N("PLACE", c(CC[M]["cities"])),
              terms=N("PAYMENT_TERMS", c(TERMS[lang])), hs=HS(M, prod["hs6"]), sku=NG("SKU", sku), mention=mention(person(M)),
              file=N("FILE", c(["costing_%s.xlsx" % digits(4), "PI_%s_rev%d.pdf" % (digits(6), ri(1, 4)), "spec_sheet_v%d.%d.pdf" % (ri(1, 3), ri(0, 9))])))
    lines = [greet(lang, sp), F(c(Ph["a"]), **kw), F(c(Ph["b"]), **kw)]
    if lang == "en" and chance(0.3):
        lines.insert(0, caps_head("nego"))
    for key in ("c", "d", "e"):
        if chance(0.6):
            lines.append(F(c(Ph[key]), **kw))
    sig = cat(T(c(REGARDS[lang]) + "\n" + bp["disp"] + "\n"), N("COMPANY", bco["name"]))
    if chance(0.5):
        sig = cat(sig, T("\n"), REG(M))
    lines.append(sig)
    return join(lines, "\n")


SHIPUPD = {
    "en": {"a": ["Shipment update for {po}: {cont} loaded on {vessel}, ETD {pol} {d1}, ETA {pod} {d2}.", "Good news – {po} left {pol} on {vessel} on {d1}; ETA {pod} {d2}."],
           "b": ["Containers: {cn1}, {cn2}. B/L {bl}.", "Container {cn1} / B/L no. {bl} / booking {bk}."],
           "c": ["G.W. {gw}, {cbm}. Invoice {inv} for {price} will follow.", "Total {gw}, {cbm}; commercial invoice {inv} ({price})."],
           "d": ["Original documents go by courier, AWB {trk}.", "Documents sent via DHL, tracking {trk}."], "e": ["{mention} please inform the broker in {city}.", "Free time at {pod}: 14 days."]},
    "es": {"a": ["Actualización de embarque {po}: {cont} cargado en el {vessel}, ETD {pol} {d1}, ETA {pod} {d2}."],
           "b": ["Contenedores: {cn1}, {cn2}. B/L {bl}."], "c": ["Peso bruto {gw}, {cbm}. Factura {inv} por {price}."], "d": ["Documentos originales por courier, guía {trk}."],
           "e": ["{mention} avisa al agente aduanal de {city}, por favor."]},
    "pt": {"a": ["Atualização do embarque {po}: {cont} embarcado no {vessel}, ETD {pol} {d1}, ETA {pod} {d2}."],
           "b": ["Contêineres: {cn1}, {cn2}. BL {bl}."], "c": ["Peso bruto {gw}, {cbm}. Fatura {inv} no valor de {price}."], "d": ["Documentos originais via courier, rastreio {trk}."],
           "e": ["{mention} avisa o despachante em {city}, por favor."]},
    "de": {"a": ["Versandinfo zu {po}: {cont} verladen auf {vessel}, ETD {pol} {d1}, ETA {pod} {d2}."],
           "b": ["Container: {cn1}, {cn2}. B/L {bl}."], "c": ["Bruttogewicht {gw}, {cbm}. Rechnung {inv} über {price} folgt."], "d": ["Originaldokumente per Kurier, Sendungsnr. {trk}."],
           "e": ["{mention} bitte den Zollagenten in {city} informieren."]},
    "fr": {"a": ["Point expédition {po} : {cont} chargé sur le {vessel}, ETD {pol} {d1}, ETA {pod} {d2}."],
           "b": ["Conteneurs : {cn1}, {cn2}. B/L {bl}."], "c": ["Poids brut {gw}, {cbm}. Facture {inv} de {price} à suivre."], "d": ["Documents originaux par coursier, n° de suivi {trk}."],
           "e": ["{mention} merci de prévenir le transitaire à {city}."]},
    "ru": {"a": ["Отгрузка по заказу {po}: {cont} погружен на {vessel}, ETD {pol} {d1}, ETA {pod} {d2}."],
           "b": ["Контейнеры: {cn1}, {cn2}. Коносамент {bl}."], "c": ["Вес брутто {gw}, {cbm}. Инвойс {inv} на {price}."], "d": ["Оригиналы документов курьером, трек {trk}."],
           "e": ["{mention} предупреди, пожалуйста, брокера в {city}."]},
    "zh": {"a": ["订单{po}出货通知：{cont}已装{vessel}，{pol}开船{d1}，预计{d2}到{pod}。"],
           "b": ["柜号：{cn1}、{cn2}，提单号{bl}。"], "c": ["毛重{gw}，{cbm}；商业发票{inv}，金额{price}。"], "d": ["正本单据已快递，单号{trk}。"], "e": ["{mention} 请通知{city}的报关行。"]},
}


def tracking():
    return c(["1Z%s%s" % (fill("*****")[:3] + fill("***"), digits(10)), digits(10, True), "EE%s%s" % (digits(9), c(["CN", "HK", "DE", "GB"])), "JD%s" % digits(16)])


def n_shipment(M, O, lang):
    """Shipment update: vessel, containers, B/L, weights, dates, ports (no PII)."""
    Ph = SHIPUPD[lang]
    sp = person(O, native_ok(O, lang))
    bp = person(M)
    sco = company(O, native_ok(O, lang))
    prod = product()
    kw = dict(po=NG("PO", lambda: inv_no("PO")), cont=N("QTY", cont_str()), vessel=N("VESSEL", vessel()), pol=N("PLACE", c(ports(O, lang))), d1=DATE(O, lang),
              pod=N("PLACE", c(ports(M, lang))), d2=DATE(M, lang), cn1=N("CONTAINER", container()), cn2=N("CONTAINER", container()), bl=NG("BL", bl_no),
              bk=NG("BOOKING", booking_no), gw=NG("WEIGHT", big_weight), cbm=N("QTY", "%.1f CBM" % (R.random() * 60 + 5)), inv=NG("INVOICE", lambda: inv_no("INV")),
              price=PRICE(c(["USD", "EUR", CC[O]["cur"]]), R.uniform(8000, 180000)), trk=NG("TRACKING", tracking), mention=mention(person(O)),
              city=N("PLACE", c(CC[M]["cities"])))
    lines = [greet(lang, bp), F(c(Ph["a"]), **kw), F(c(Ph["b"]), **kw), F(c(Ph["c"]), **kw)]
    if lang == "en" and chance(0.4):
        lines.insert(0, caps_head("shipment"))
    for key in ("d", "e"):
        if chance(0.6):
            lines.append(F(c(Ph[key]), **kw))
    if chance(0.4):
        lines.append(cat(T(pname(prod, lang) + ", HS "), HS(M, prod["hs6"])))
    lines.append(cat(T(c(REGARDS[lang]) + "\n" + sp["disp"] + "\n"), N("COMPANY", sco["name"])))
    return join(lines, "\n")


CUSTOMS = {
    "en": {"a": ["For customs clearance in {country} our broker needs the following before {d}:", "Customs at {port} asked for corrections on invoice {inv}:"],
           "b": ["– commercial invoice {inv} showing the importer's {tl} {tax}", "– invoice {inv} must show HS {hs} and the value {price}"],
           "c": ["– packing list with G.W. {gw} and carton size {dims}", "– certificate of origin ref. {coref}"],
           "d": ["– the exporter's registration {reg}", "– B/L {bl} consigned to {co}"],
           "e": ["Duty is {pct}% on {hs}; VAT {pct2}%.", "The container {cn} stays at the {port} terminal until {d2}."]},
    "es": {"a": ["Para el despacho en {country} el agente aduanal necesita antes del {d}:"], "b": ["– factura {inv} con el {tl} {tax} del importador"],
           "c": ["– lista de empaque con peso bruto {gw} y medidas {dims}", "– certificado de origen {coref}"], "d": ["– registro del exportador {reg}", "– B/L {bl} consignado a {co}"],
           "e": ["Arancel {pct}% sobre {hs}; IVA {pct2}%."]},
    "de": {"a": ["für die Verzollung in {country} benötigt unser Spediteur bis {d}:"], "b": ["– Handelsrechnung {inv} mit {tl} {tax} des Importeurs"],
           "c": ["– Packliste mit Bruttogewicht {gw} und Kartonmaß {dims}", "– Ursprungszeugnis Nr. {coref}"], "d": ["– Registrierung des Exporteurs {reg}", "– B/L {bl} an {co}"],
           "e": ["Zollsatz {pct} % auf {hs}, EUSt {pct2} %."]},
    "zh": {"a": ["{country}清关需要以下资料，请在{d}前提供："], "b": ["– 商业发票{inv}，注明进口商{tl} {tax}"], "c": ["– 装箱单（毛重{gw}，箱规{dims}）", "– 原产地证{coref}"],
           "d": ["– 出口商登记号{reg}", "– 提单{bl}，收货人{co}"], "e": ["{hs}关税{pct}%，增值税{pct2}%。"]},
}


def n_customs(M, O, lang):
    """Customs paperwork: invoice, HS, tax/registration numbers, weights (no PII)."""
    Ph = CUSTOMS[lang]
    bp = person(M, native_ok(M, lang))
    sp = person(O)
    bco = company(M, native_ok(M, lang))
    prod = product()
    tl, tax = tax_of(M)
    kw = dict(country=N("PLACE", country_name(M, lang)), d=DATE(M, lang), port=N("PLACE", c(ports(M, lang))), inv=NG("INVOICE", lambda: inv_no("INV")), tl=tl, tax=tax,
              hs=HS(M, prod["hs6"]), price=PRICE(c(["USD", "EUR"]), R.uniform(5000, 160000)), gw=NG("WEIGHT", big_weight), dims=NG("DIM", dims),
              coref=NG("CERT_REF", lambda: c(["CO-%s-%s" % (digits(2), digits(6)), "EUR.1 %s%s" % (fill("^"), digits(6)), "Form E %s%s" % (fill("^"), digits(12))])),
              reg=REG(O), bl=NG("BL", bl_no), co=N("COMPANY", bco["name"]), pct=str(c([0, 2.5, 3.7, 5, 10, 12, 16, 20])), pct2=str(c([5, 7, 13, 16, 19, 20, 21])),
              cn=N("CONTAINER", container()), d2=DATE(M, lang))
    lines = [greet(lang, sp), F(c(Ph["a"]), **kw)]
    for key in ("b", "c", "d"):
        lines.append(F(c(Ph[key]), **kw))
    if chance(0.7):
        lines.append(F(c(Ph["e"]), **kw))
    lines.append(T(c(REGARDS[lang]) + "\n" + bp["disp"]))
    return join(lines, "\n")


NINTRO = {
    "en": {"a": ["{co} was founded in {year} and supplies {p} to customers in {c1}, {c2} and {c3}.", "Since {year}, {co} has been producing {p} for the {c1} and {c2} markets."],
           "b": ["Our plants in {city1} and {city2} produce {qty} per month; we ship via {port1} and {port2}.", "Warehouses near {port1} and {port2} keep {qty} in stock."],
           "c": ["Certified {cert}; {reg}.", "{reg}, certified {cert}."],
           "d": ["Typical lead time is {n} days, MOQ {moq}, prices from {price} {inco}.", "Prices start at {price} {inco}; MOQ {moq}."]},
    "es": {"a": ["{co} fue fundada en {year} y abastece de {p} a clientes en {c1}, {c2} y {c3}."], "b": ["Nuestras plantas en {city1} y {city2} producen {qty} al mes; embarcamos por {port1} y {port2}."],
           "c": ["Certificación {cert}; registro {reg}."], "d": ["Plazo habitual {n} días, pedido mínimo {moq}, precios desde {price} {inco}."]},
    "de": {"a": ["die {co} wurde {year} gegründet und beliefert Kunden in {c1}, {c2} und {c3} mit {p}."], "b": ["Unsere Werke in {city1} und {city2} fertigen {qty} pro Monat; Verschiffung über {port1} und {port2}."],
           "c": ["Zertifiziert nach {cert}; {reg}."], "d": ["Lieferzeit in der Regel {n} Tage, Mindestmenge {moq}, Preise ab {price} {inco}."]},
    "zh": {"a": ["{co}成立于{year}年，向{c1}、{c2}和{c3}的客户供应{p}。"], "b": ["我们在{city1}和{city2}的工厂月产{qty}，从{port1}和{port2}出货。"],
           "c": ["通过{cert}认证；{reg}。"], "d": ["常规交期{n}天，起订量{moq}，价格{price}起（{inco}）。"]},
}


def n_intro(M, O, lang):
    """Company introduction without contact details: cities, ports, capacity, registration."""
    Ph = NINTRO[lang]
    sp, sco = person(M, native_ok(M, lang)), company(M, native_ok(M, lang))
    bp = person(O)
    prod = product()
    cs = [x for x in R.sample(CODES, 5) if x != M][:3]
    cities = CC[M]["cities"]
    c1, c2 = R.sample(cities, 2) if len(cities) > 1 else (cities[0], c(CC[O]["cities"]))
    pts = ports(M, lang)
    p1, p2 = R.sample(pts, 2) if len(pts) > 1 else (pts[0], c(ports(O, lang)))
    kw = dict(co=N("COMPANY", sco["name"]), year=str(ri(1970, 2018)), p=pname(prod, lang), c1=N("PLACE", CC[cs[0]]["name"]), c2=N("PLACE", CC[cs[1]]["name"]),
              c3=N("PLACE", CC[cs[2]]["name"]), city1=N("PLACE", c1), city2=N("PLACE", c2), port1=N("PLACE", p1), port2=N("PLACE", p2), qty=QTY(prod["unit"], lang),
              moq=QTY(prod["unit"], lang), cert=N("CERT", c(CERTS)), reg=REG(M), n=str(c([25, 30, 35, 45])), price=PRICE(cur_for(M, lang), prod["usd"]),
              inco=INCO(p1, c(ports(O))))
    lines = [greet(lang, bp)] + [F(c(Ph[k]), **kw) for k in ("a", "b", "c", "d")]
    lines.append(cat(T(c(REGARDS[lang]) + "\n" + sp["disp"] + "\n"), N("COMPANY", sco["name"])))
    return join(lines, "\n")


# ---------------------------------------------------------------- assembling the set
def build_one(tfn, M, O, lang):
    m = Msg()
    m.add(tfn(M, O, lang))
    text = m.text()
    # strip outer whitespace (never inside a span by construction)
    lead = len(text) - len(text.lstrip())
    if lead:
        for x in m.spans + m.negs:
            x["start"] -= lead
            x["end"] -= lead
    text = text.strip()
    return text, m.spans, m.negs


def generate():
    global R
    R = random.Random(SEED)
    plan = []
    pos_kinds = [k for k, n in POS_MIX for _ in range(n)]
    neg_kinds = [k for k, n in NEG_MIX for _ in range(n)]
    assert len(pos_kinds) + len(neg_kinds) == N_MESSAGES, (len(pos_kinds), len(neg_kinds))
    R.shuffle(pos_kinds)
    R.shuffle(neg_kinds)
    kinds = [(k, False) for k in pos_kinds] + [(k, True) for k in neg_kinds]
    R.shuffle(kinds)
    order = []
    while len(order) < N_MESSAGES:
        block = CODES[:]
        R.shuffle(block)
        order.extend(block)
    recs = []
    for i, ((tname, is_neg), M) in enumerate(zip(kinds, order)):
        tfn, langs = TEMPLATES[tname]
        for attempt in range(60):
            O = c([x for x in CODES if x != M])
            lang = lang_for(M, langs)
            text, spans, negs = build_one(tfn, M, O, lang)
            if 150 <= len(text) <= 900 and (bool(spans) != is_neg):
                break
        else:
            raise AssertionError("no acceptable message for %s/%s" % (tname, M))
        spans.sort(key=lambda s: s["start"])
        negs.sort(key=lambda s: s["start"])
        kind = "negative" if not spans else ("single" if len(spans) == 1 else "multi")
        recs.append({"id": "wd-%05d" % (i + 1), "text": text, "spans": spans, "lang": lang, "kind": kind, "negatives": negs,
                     "_meta": {"template": tname, "M": M, "O": O}})
    return recs


def dumps(recs):
    out = []
    for r in recs:
        o = {"id": r["id"], "text": r["text"],
             "spans": [{k: s[k] for k in ("start", "end", "type", "value")} for s in r["spans"]],
             "lang": r["lang"], "kind": r["kind"], "negatives": r["negatives"]}
        out.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- self-check
BIC_RE = re.compile(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")


def self_check(recs):
    errs = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in recs:
        t = r["text"]
        prev = -1
        for s in r["spans"]:
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s span out of range %r" % (r["id"], s))
                continue
            if t[a:b] != s["value"]:
                errs.append("%s value mismatch %r vs %r" % (r["id"], t[a:b], s["value"]))
            if s["value"] != s["value"].strip():
                errs.append("%s outer whitespace %r" % (r["id"], s["value"]))
            if a < prev:
                errs.append("%s overlapping spans at %d" % (r["id"], a))
            prev = b
            v = s["value"]
            if s["type"] == "IBAN":
                cc = pc.alnum(v)[:2].upper()
                if not pc.iban_ok(v) or len(pc.alnum(v)) != pc.IBAN_LEN.get(cc, -1):
                    errs.append("%s bad IBAN %r" % (r["id"], v))
            if s["type"] == "BANK_ACCOUNT":
                if re.fullmatch(r"[A-Z]{6}[A-Z0-9]+", v) and not BIC_RE.fullmatch(v):
                    errs.append("%s malformed BIC %r" % (r["id"], v))
                pre = t[max(0, a - 24):a]
                if re.search(r"(?i)(routing|\baba)\W*(number|no\.?|#)?\W*$", pre) and not pc.aba_ok(pc.alnum(v)):
                    errs.append("%s ABA fails %r" % (r["id"], v))
            if s["type"] == "EMAIL" and "@" in v and " " not in v:
                lp, _, dom = v.partition("@")
                if not lp or "." not in dom or "@" in dom:
                    errs.append("%s bad email %r" % (r["id"], v))
        for g in r["negatives"]:
            a, b = g["start"], g["end"]
            if t[a:b] != g["value"]:
                errs.append("%s negative mismatch %r vs %r" % (r["id"], t[a:b], g["value"]))
            if pc.neg_problem(g["value"], g["kind"]) or pc.passes_some_check(g["value"]):
                errs.append("%s negative passes a checksum %r" % (r["id"], g["value"]))
            for s in r["spans"]:
                if s["start"] < b and a < s["end"]:
                    errs.append("%s negative %r overlaps span %r" % (r["id"], g["value"], s["value"]))
        if not (150 <= len(t) <= 900):
            errs.append("%s length %d" % (r["id"], len(t)))
        want = "negative" if not r["spans"] else ("single" if len(r["spans"]) == 1 else "multi")
        if r["kind"] != want:
            errs.append("%s kind %s != %s" % (r["id"], r["kind"], want))
    return errs


def summary(recs):
    types = {}
    for r in recs:
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    by_cc = {}
    for r in recs:
        for s in r["spans"]:
            if "_cc" in s:
                by_cc[s["_cc"]] = by_cc.get(s["_cc"], 0) + 1
    addr_cc = [cc for cc in CODES if cc in by_cc]
    langs = {}
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    nneg = sum(1 for r in recs if not r["spans"])
    nlook = sum(len(r["negatives"]) for r in recs)
    return ("%d messages; spans %s; address countries %d (%s); PII-free %d; look-alikes %d; langs %s; lengths %d-%d"
            % (len(recs), ", ".join("%s=%d" % (k, types[k]) for k in sorted(types)), len(addr_cc), " ".join(addr_cc), nneg, nlook,
               ", ".join("%s=%d" % (k, langs[k]) for k in sorted(langs)), min(len(r["text"]) for r in recs), max(len(r["text"]) for r in recs)))


def main(argv):
    if len(argv) != 2:
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        print("usage: python3 make_world.py OUT.jsonl", file=sys.stderr)
        return 2
    recs = generate()
    first = dumps(recs)
    second = dumps(generate())
    errs = self_check(recs)
    if first != second:
        errs.append("not deterministic: two runs differ")
    with open(argv[1], "w", encoding="utf-8") as f:
        f.write(first)
    print(summary(recs))
    if errs:
        for e in errs[:40]:
            print("SELF-CHECK:", e, file=sys.stderr)
        print("%d self-check problems" % len(errs), file=sys.stderr)
        return 1
    print("self-check ok (offsets, values, overlaps, ids, checksums, lengths, determinism)")
    return 0


ALL9 = ["en", "es", "pt", "de", "fr", "ru", "zh", "ja", "ko"]
ALL7 = ["en", "es", "pt", "de", "fr", "ru", "zh"]
TEMPLATES = {
    "reply": (t_reply, ALL9), "inquiry": (t_inquiry, ALL7), "shipping": (t_shipping, ALL7), "payment": (t_payment, ALL9),
    "intro": (t_intro, ["en", "es", "de", "zh"]), "sample": (t_sample, ALL9), "messenger": (t_messenger, ["en", "es", "pt", "ru", "zh"]),
    "visit": (t_visit, ["en", "es", "de", "zh"]),
    "claim": (t_claim, ["en", "es", "pt", "de", "fr", "zh"]),
    "n_negotiation": (n_negotiation, ALL7), "n_shipment": (n_shipment, ALL7), "n_customs": (n_customs, ["en", "es", "de", "zh"]),
    "n_intro": (n_intro, ["en", "es", "de", "zh"]),
}
POS_MIX = [("reply", 60), ("inquiry", 30), ("shipping", 45), ("payment", 50), ("intro", 30), ("sample", 25), ("messenger", 30), ("visit", 25),
           ("claim", 25)]
NEG_MIX = [("n_negotiation", 25), ("n_shipment", 25), ("n_customs", 15), ("n_intro", 15)]

if __name__ == "__main__":
    sys.exit(main(sys.argv))
