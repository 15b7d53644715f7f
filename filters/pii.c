/*
 * pii.c - the PII engine: compile once, scan many.
 *
 * DESIGN. A scan normalises the text (pii_normalize.c), finds the context
 * words in one hashed pass (pii_kw.c), then makes one hand-written pass
 * over the normalised bytes that finds candidate windows cheaply:
 *
 *   digit groups (digits with single separators, a leading '+' or '(')
 *       -> judged in C: IPv4, card (Luhn + IIN), China ID (mod 11-2),
 *          Aadhaar (Verhoeff), SSN, ABA, bank account (context), phone
 *          (national/international formats and lengths);
 *   alnum tokens -> Ethereum, bech32, base58check, IBAN (mod 97), UK NINO,
 *          SWIFT/BIC (context), Skype live: / wxid_ ids;
 *   hex-and-colon tokens -> IPv6 (inet_pton);
 *   '@', "[at]", " at " -> the e-mail pattern in a window around it;
 *   "://", "www.", "word.tld" -> the URL pattern in a window;
 *   messenger words -> the handle pattern anchored after the word;
 *   street words, 号 -> the address patterns in a window.
 *
 * Every pcre2 call runs on a bounded window with the engine's match and
 * depth limits; windows of one kind never overlap (a cursor moves
 * forward), so total work is linear in the text length. A limit error
 * aborts the scan with -ERANGE (fail closed).
 *
 * Candidates are resolved by priority (no overlaps) and mapped back to
 * original byte and code-point offsets.
 *
 * Threads: pii_engine_new on one thread; pii_scan on any number of
 * threads at once (match data is per call, the engine is read-only).
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <arpa/inet.h>
#include <errno.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parley/pii.h"
#include "pii_internal.h"
#include "pii_kw.h"

static const char *const type_names[PII_TYPE_COUNT] = {
	"EMAIL", "PHONE", "URL", "MESSENGER_HANDLE", "PAYMENT_CARD", "IBAN",
	"BANK_ACCOUNT", "NATIONAL_ID", "IP_ADDRESS", "CRYPTO_WALLET",
	"POSTAL_ADDRESS",
};

/* Which span wins an overlap. */
/*
 * A candidate of this type is no personal data but a look-alike that
 * must not be read in parts: "BE71 0961 2345 6760" fails the IBAN check,
 * and its groups are no phone number either. It outranks every type,
 * takes the numbers inside it out in resolve(), and is dropped itself.
 */
#define T_LOOKALIKE PII_TYPE_COUNT

static const uint8_t type_prio[PII_TYPE_COUNT + 1] = {
	[PII_EMAIL] = 10, [PII_PHONE] = 7, [PII_URL] = 8,
	[PII_MESSENGER_HANDLE] = 7, [PII_PAYMENT_CARD] = 9, [PII_IBAN] = 10,
	[PII_BANK_ACCOUNT] = 8, [PII_NATIONAL_ID] = 9, [PII_IP_ADDRESS] = 8,
	[PII_CRYPTO_WALLET] = 10, [PII_POSTAL_ADDRESS] = 6,
	[T_LOOKALIKE] = 11,
};

const char *pii_type_name(enum pii_type t)
{
	return (unsigned)t < PII_TYPE_COUNT ? type_names[t] : NULL;
}

enum pii_simd_cap pii_simd_cap(void)
{
	const char *v = getenv("PARLEY_PII_SIMD");

	if (v && !strcmp(v, "generic"))
		return PII_SIMD_GENERIC;
	if (v && !strcmp(v, "avx2"))
		return PII_SIMD_AVX2;
	return PII_SIMD_ALL;
}

int pii_type_parse(const char *name, size_t len, enum pii_type *out)
{
	for (int i = 0; i < PII_TYPE_COUNT; i++)
		if (strlen(type_names[i]) == len &&
		    !strncasecmp(type_names[i], name, len)) {
			*out = (enum pii_type)i;
			return 0;
		}
	return -EINVAL;
}

enum {
	RE_EMAIL,
	RE_URL,
	RE_HANDLE,
	RE_ADDR_W,
	RE_ADDR_CN,
	RE_ADDR_X,
	RE_ADDR_Y,
	RE_ADDR_Z,
	RE_COUNT
};

/* "dot" in English, Spanish, Portuguese, German, French and Russian
 * (точка, in three spellings: no caseless matching of Cyrillic, where
 * other letters fold in) */
#define DOT_W "(?:(?i:dot|punto|ponto|punkt|point|punt|titik|nokta|ch\\x{1ea5}m)" \
	      "|\\x{921}\\x{949}\\x{91f}" /* डॉट */ \
	      "|\\x{646}\\x{642}\\x{637}\\x{629}" /* نقطة */ \
	      "|\\x{442}\\x{43e}\\x{447}\\x{43a}\\x{430}|\\x{422}\\x{43e}\\x{447}\\x{43a}\\x{430}" \
	      "|\\x{422}\\x{41e}\\x{427}\\x{41a}\\x{410})"
#define AT_W "(?:(?i:at[ ]the[ ]rate|at|\\x{e4}t|arroba|arobase|chiocciola|" \
	     "klammeraffe|a[ ]c\\x{f2}ng)" \
	     "|\\x{90f}\\x{91f}" /* एट */ \
	     "|\\x{441}\\x{43e}\\x{431}\\x{430}\\x{447}\\x{43a}\\x{430}" \
	     "|\\x{441}\\x{43e}\\x{431}\\x{430}\\x{43a}\\x{430}|\\x{421}\\x{43e}\\x{431}\\x{430}\\x{43a}\\x{430}" \
	     "|\\x{421}\\x{41e}\\x{411}\\x{410}\\x{41a}\\x{410})"
/* ("점", "ドット": written with or without spaces around them) */
#define OBF_DOT "(?:[ ]?[\\[\\(\\{<][ ]?" DOT_W "[ ]?[\\]\\)\\}>][ ]?" \
		"|[ ]{1,3}" DOT_W "[ ]{1,3}|[ ]?[\\[\\(\\{<]\\.[\\]\\)\\}>][ ]?" \
		"|[ ]{0,3}(?:\\x{c810}|\\x{30c9}\\x{30c3}\\x{30c8})[ ]{0,3})"
/* in the host a '.' may be set off by spaces too ("hanmail . net"); not
 * in the local part, where " . " is more often a sentence's end */
#define HOST_DOT "(?:\\.|" OBF_DOT "|[ ]{1,2}\\.[ ]{1,2})"
#define OBF_AT "(?:[ ]{0,2}@[ ]{0,2}|\\n@|@\\n|[ ]?[\\[\\(\\{<]@[\\]\\)\\}>][ ]?" \
	       "|[ ]?[\\[\\(\\{<]{1,2}[ ]?" AT_W "[ ]?[\\]\\)\\}>]{1,2}[ ]?" \
	       "|[ ]{1,3}" AT_W "[ ]{1,3}" \
	       /* 골뱅이, アットマーク: with or without spaces */ \
	       "|[ ]{0,3}(?:\\x{ace8}\\x{bc45}\\x{c774}|" \
	       "\\x{30a2}\\x{30c3}\\x{30c8}\\x{30de}\\x{30fc}\\x{30af})[ ]{0,3})"
#define LABEL "[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}+)"
/* the Cyrillic letters, inside a class */
#define CY "\\x{400}-\\x{4ff}"
/* a label of an e-mail's host: LABEL, or in Cyrillic (оптторг.рф) */
#define ELABEL "[A-Za-z0-9" CY "](?:[A-Za-z0-9\\-" CY "]{0,62}+)"
/* A character of an internationalised link ("http://пример.рф/"): any
 * non-ASCII one but punctuation, symbols and spaces (idn_ch() in C) */
#define IDNC "[^\\x00-\\x{bf}\\x{2000}-\\x{2bff}\\x{3000}-\\x{303f}" \
	     "\\x{fe00}-\\x{fe6f}\\x{ff00}-\\x{ffef}\\x{1f000}-\\x{1ffff}]"
#define URLC "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]"
/* beside IDNC: no sentence punctuation, which may end such a link
 * before text without a space ("https://例子.中国/产品，谢谢") */
#define URLC_IDN "[A-Za-z0-9\\-._~:/?#@&+=%]"

/* A capitalised word of Latin script (accented letters too) */
#define XW "[A-Z\\x{c0}-\\x{de}\\x{100}-\\x{17f}\\x{218}-\\x{21b}]" \
	   "[A-Za-z\\x{c0}-\\x{ff}\\x{100}-\\x{17f}\\x{218}-\\x{21b}'\\-]*+"
/* the little words inside Romance street names */
#define XP "(?:(?:de|del|della|delle|dello|degli|dei|di|do|da|dos|das|du|" \
	   "des|la|las|los|le|el|y|e)[ ]|d'|dell'|l')"
/* a Cyrillic word, capitalised; its parts after a hyphen too:
 * Санкт-Петербург, Ростов-на-Дону; Ukrainian letters too (Харків,
 * Київ, Запоріжжя) */
#define RW "[\\x{410}-\\x{42f}\\x{401}\\x{404}\\x{406}\\x{407}\\x{490}]" \
	   "[\\x{430}-\\x{44f}\\x{451}\\x{454}\\x{456}\\x{457}\\x{491}']*+" \
	   "(?:-[\\x{410}-\\x{44f}\\x{401}\\x{451}\\x{406}\\x{456}]" \
	   "[\\x{430}-\\x{44f}\\x{451}\\x{454}\\x{456}\\x{457}\\x{491}']*+)*+"

/* What may follow a street of RE_ADDR_X and RE_ADDR_Y: a unit,
 * postcode and city, region, country, each after a comma */
#define ADDR_X_TAIL \
		"(?:(?:,[ ]?|[ ]-[ ])(?!(?:Tel|Phone|Email|E-mail|Mobile|Contact|Attn|Please|"\
		"Pls|Thanks|Thank|Tax|VAT|SWIFT|BIC|IBAN|Account|Bank|Fax|"\
		"WeChat|Skype|\\x{130}yi|Iyi|Merhaba|Te\\x{15f}ekk\\x{fc}r)(?![A-Za-z]))"\
		"(?:[0-9]{4}[ ]?[A-Z]{2}[ ]{1,2}[A-Z][A-Za-z]{0,2}[ ][A-Z][A-Za-z\\-]+"\
		"|[0-9]{6}(?![0-9])"\
		"|(?:[0-9]{4,5}(?:-[0-9]{3})?|[0-9]{2}-[0-9]{3})(?:[ ][A-Z]{2})?[ ]" XW\
		"(?:[ ]" XP "*+" XW "){0,3}+(?:/" XW ")?"\
		"(?:[ ]\\([A-Z]{2}\\))?"\
		/* C.P. 77716, CEP 54284-537, N.L., Curitiba - PR */\
		"|(?:C\\.P\\.|CP|CEP)[ ]?[0-9]{4,5}(?:-[0-9]{3})?|[0-9]{5}-[0-9]{3}"\
		/* Argentina: C1043AAB CABA */\
		"|[A-Z][0-9]{4}[A-Z]{3}(?:[ ]" XW "(?:[ ]" XP "*+" XW "){0,3}+)?"\
		"|[A-Z]\\.(?:[A-Z]\\.)++"\
		"|[A-Z]{2}(?=[ ]?,)"\
		"|(?:Col\\.|Colonia|Bairro|Barrio)[ ]" XW "(?:[ ]" XP "*+" XW "){0,3}+"\
		"|[0-9]{1,2}[\\x{aa}\\x{ba}\\x{b0}]?[ ](?:planta|piso|andar|"\
		"\\x{e9}tage|piano)"\
		/* an office, a room, a flat: "office 495", "kv. 12", "Sala 3" */\
		"|(?i:office|of\\.|kv\\.|apto\\.?|apt\\.?|suite|room|oficina|sala|loja|bo\\x{ee}te|bte|int\\.|"\
		"et\\.|ap\\.|bl\\.|sc\\.|"\
		"despacho|bureau)[ ]?[0-9A-Z]{1,5}(?![A-Za-z0-9])"\
		/* a floor and door: "3º B", "2º 1ª", "5.º Dto.", "Piso 10" */\
		"|[0-9]{1,2}\\.?[\\x{aa}\\x{ba}\\x{b0}](?:[ ]?(?:[0-9]{1,2}[\\x{aa}\\x{ba}]|[A-Z](?![a-z])"\
		"|(?i:dto|esq|izq|dcha|dcho|dta)\\.?))?(?![A-Za-z0-9])"\
		"|(?:Piso|Planta|Andar|Galp\\x{e3}o|Bodega)[ ][0-9]{1,4}[A-Z]?(?![A-Za-z0-9])"\
		/* Canada's province and postal code: "QC H2Z 3J4" */\
		"|[A-Z]{2}[ ][A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9](?![A-Za-z0-9])"\
		/* a city before its postcode: "Tokyo 150-0002", "Seoul 06234" */\
		"|" XW "(?:[ ]" XP "*+" XW "){0,3}+[ ](?:[0-9]{3}-[0-9]{4}|[0-9]{5}-[0-9]{3}|[0-9]{5,6})"\
		"(?![0-9])"\
		/* a UK postcode after the town: "Bradford BD13 6SB" */\
		"|" XW "(?:[ ]" XW "){0,2}[ ][A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}"\
		"(?![0-9])"\
		/* (a place's letters: "Bogotá D.C.") */\
		"|" XW "(?:[ ]" XP "*+" XW "){0,3}+(?:(?<=[ ][A-Z])\\.(?:[A-Z]\\.)++)?)"\
		/* (the quote, bar or tag of a field may end it) */\
		"(?=[\\s,.;)!?\"'|<\\]}]|$)){0,5}"

static const char *const re_src[RE_COUNT] = {
	/* Cyrillic letters (CY) too: закупки@оптторг.рф */
	[RE_EMAIL] =
		"(?<![A-Za-z0-9._%+\\-" CY "])"
		"([A-Za-z0-9" CY "](?:[A-Za-z0-9_%+\\-" CY "]|\\.(?=[A-Za-z0-9_%+\\-" CY "]))*+"
		"(?:" OBF_DOT "[A-Za-z0-9_%+\\-" CY "]++){0,4})"
		"(" OBF_AT ")"
		ELABEL "(?:" HOST_DOT ELABEL "){1,6}"
		"(?![A-Za-z0-9\\-@" CY "])",
	[RE_URL] =
		"(?<![A-Za-z0-9@._%+\\-])"
		"(?:(?i:h(?:tt|xx)ps?|ftp)://(?:(?=" IDNC ")(?:" IDNC "|" URLC_IDN ")++"
		"|" URLC "++)"
		"|(?i:www)\\.[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)++"
		"(?:[/?#][A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*+)?"
		"|(" LABEL "(?:\\." LABEL ")*?\\.((?i:xn--)[A-Za-z0-9]{2,20}+"
		"|[A-Za-z]{2,12}))"
		"(?![A-Za-z0-9\\-@]|\\.[A-Za-z0-9])(?::[0-9]{2,5})?"
		"(?:/[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*+)?)",
	[RE_HANDLE] =
		"[ \\t]*+(?:(?:[:=#/|,\\-(\\[?.!>~\\x{2192}\\x{21d2}\\x{27a1}]|(?i:id|is|my|me|mi|meu|mein|"
		"on|at|via|add|user(?:name)?|usuario|usu\\x{e1}rio|name|account|"
		"handle|no|nr|number|same|as|es|ist|est|\\x{e9}|pls|please|"
		"saya|mijn|mon|mio|mia|moje|benim)"
		"(?![A-Za-z])|\\x{53f7}|\\x{662f})[ \\t]*+){0,6}+"
		"((?:live:\\.?|@)?[A-Za-z0-9][A-Za-z0-9_.\\-]{1,40}+"
		"|\\+?[0-9][0-9 \\-().]{3,24}[0-9])",
	/*
	 * The look-aheads (?=...) before the unit words, the German street
	 * word and "Am"/"Im" ... only fail early where their branch cannot
	 * match (first letters; a word then a house number): no match
	 * changes, but the JIT no longer tries every alternative at every
	 * capital letter of a window.
	 */
	[RE_ADDR_W] =
		"(?<![A-Za-z0-9])"
		"(?:(?=[RFUSABTL])(?:Room|Rm|Flat|Unit|Suite|Ste|Apt|Apartment|Building|Bldg|"
		"Block|Blk|Floor|Fl|Tower|Level)\\.?[ ]?[A-Z0-9][A-Za-z0-9\\-]{0,5}"
		",?[ ]){0,3}"
		"(?:(?:No\\.?[ ]?)?(?:[0-9]{1,4}/)?[0-9]{1,5}[A-Za-z]?,?[ ]"
		/* Taiwan: "No. 7, Sec. 5, Xinyi Rd." */
		"(?:(?:[A-Z][A-Za-z'\\-]*+|[0-9]{1,4}(?:st|nd|rd|th))\\.?[ ]"
		"|(?:Sec|Ln|Aly)\\.[ ]?[0-9]{1,4},[ ]){1,4}"
		"(?:Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Lane|Ln|Drive|"
		"Dr|Way|Court|Ct|Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|Highway|"
		"Hwy|Close|Crescent|Row|Circle|Cir|Trail|Plaza|Alley|Gardens|Mews|"
		"Walk|Parade|Pde|Esplanade|Grove|Quay|Wharf|Marg|Expressway|Expy|"
		"Freeway|Fwy|Lu|Jie|Dadao|Dajie|Hutong)(?![A-Za-z])\\.?"
		/* a direction after the street: "King Street West",
		 * "Main St NW" */
		"(?:[ ](?:North|South|East|West|[NS][EW]?|[EW])(?![A-Za-z0-9])\\.?)?"
		"|[A-Z\\x{c4}\\x{d6}\\x{dc}]"
		"(?=[a-z\\x{e4}\\x{f6}\\x{fc}\\x{df}]++\\.?[ ]?[0-9])"
		"[a-z\\x{e4}\\x{f6}\\x{fc}\\x{df}]+"
		"(?:stra\\x{df}e|strasse|str\\.|weg|allee|platz|gasse|damm|ring|"
		"ufer|chaussee|park|kai|zeile|gracht|straat|laan|plein|kade|singel|dijk|"
		"gade|vej|v\\x{e4}gen|gatan)"
		"[ ]?[0-9]{1,5}(?:[/-][0-9]{1,4})?[ ]?[a-zA-Z]?(?![A-Za-z0-9])"
		/* Robert-Bosch-Str. 7 */
		"|[A-Z\\x{c4}\\x{d6}\\x{dc}][a-z\\x{e4}\\x{f6}\\x{fc}\\x{df}]++"
		"(?:-[A-Z\\x{c4}\\x{d6}\\x{dc}][a-z\\x{e4}\\x{f6}\\x{fc}\\x{df}]++){0,3}"
		"-(?:Stra\\x{df}e|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Damm|Ring|Ufer)"
		"[ ]?[0-9]{1,5}(?:/[0-9]{1,4})?[ ]?[a-zA-Z]?(?![A-Za-z0-9])"
		/* Berliner Straße 12, Mariahilfer Straße 45, Lerchenfelder
		 * Gürtel 29: a place's adjective in -er */
		"|[A-Z][a-z]*+(?<=er)[ ]"
		"(?:Stra\\x{df}e|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Damm|Ring|Ufer|"
		"G\\x{fc}rtel|Kai|Zeile)"
		"[ ]?[0-9]{1,5}(?:/[0-9]{1,4})?[ ]?[a-zA-Z]?(?![A-Za-z0-9])"
		"|(?=[AIZU][mnu])"
		"(?:Am|An[ ]der|Im|In[ ]der|Auf[ ]der|Zum|Zur|Unter[ ]den)[ ]"
		"[A-Z\\x{c4}\\x{d6}\\x{dc}][a-z\\x{e4}\\x{f6}\\x{fc}\\x{df}]+[ ]"
		"[0-9]{1,5}[a-z]?(?![A-Za-z0-9]))"
		"(?:,?[ ](?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|"
		"Building|Bldg|\\#)\\.?[ ]?\\#?[A-Za-z0-9\\-]{1,6})*+"
		"(?:,[ ]?(?!(?:Tel|Phone|Email|E-mail|Mobile|Contact|Attn|"
		"Receiver|Consignee|Name|ID|Please|Pls|Thanks|Thank|Tax|VAT|SWIFT|"
		"BIC|IBAN|Account|Bank|Web|Fax|WeChat|Skype|Mr|Mrs|Ms|SSN|NINO|"
		"Order|Invoice|Ref)(?![A-Za-z]))"
		"(?:[A-Z]{2}[ ][0-9]{5}(?:-[0-9]{4})?"
		/* Canada: province and postal code, "ON M5V 2T6" */
		"|[A-Z]{2}[ ][A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9](?![A-Za-z0-9])"
		"|(?:[A-Z]{1,2}-)?[0-9]{4,6}(?:[ ]?[A-Z]{2}(?=[ ]))?[ ]{1,2}"
		"(?:[A-Z][A-Za-z]{0,2}[ ](?=[A-Z]))?[A-Z\\x{c0}-\\x{de}]"
		"[A-Za-z\\x{c0}-\\x{ff}\\-]+"
		/* "Frankfurt am Main", "Freiburg im Breisgau" */
		"(?:[ ](?:am|an[ ]der|im|in[ ]der|ob[ ]der)[ ][A-Z][a-z\\x{e4}\\x{f6}\\x{fc}]+)?"
		/* Swedish: 111 22 Stockholm */
		"|[0-9]{3}[ ][0-9]{2}[ ][A-Z\\x{c0}-\\x{de}][A-Za-z\\x{c0}-\\x{ff}\\-]+"
		"|P\\.[ ]?R\\.[ ]?China|PRC"
		/* a UK postcode of its own: "London, NW10 1FP" */
		"|[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}(?![A-Za-z0-9])"
		/* a numbered district: District 1, Sector 18 */
		"|(?:District|Dist\\.|Ward|Sector|Phase)[ ][0-9]{1,3}[A-Z]?(?![A-Za-z0-9])"
		"|[A-Z\\x{c0}-\\x{de}][A-Za-z\\x{c0}-\\x{ff}'\\-]++"
		/* a place of more words, not a sentence after it ("China My
		 * number is") */
		"(?:[ ](?!(?:My|Our|We|Tel|Phone|Mobile|Email|Contact|Please|"
		"Pls|Thanks|Invoice|Order|Total|Payment|Price|Delivery|Shipping)"
		"(?![A-Za-z]))[A-Z\\x{c0}-\\x{de}][A-Za-z\\x{c0}-\\x{ff}'\\-]++){0,3}"
		/* a postcode: UK, five or six digits, US state and ZIP, or
		 * four digits (Australia: Sydney NSW 2000) */
		"(?:[ ](?:[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}"
		/* a Canadian postal code after the province */
		"|[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9](?![A-Za-z0-9])"
		"|[0-9]{5,6}"
		"(?:-[0-9]{4})?|[A-Z]{2}[ ][0-9]{5}|[0-9]{4}(?![0-9])))?)"
		/* the country after a space: "GA 31401 USA" */
		"(?:[ ](?:USA|U\\.S\\.A\\.|United[ ]States|UK|United[ ]Kingdom|"
		"Australia|Canada|China))?"
		/* an abbreviation's dot before the next part: "Xinyi Dist.," */
		"(?:\\.(?=,))?"
		/* an emoji may end it ("Zhejiang 322733😡") */
		/* (or the quote, bar or tag of a field) */
		"(?=[\\s,.;)!?\"'|<\\]}\\x{2600}-\\x{27bf}\\x{1f000}-\\x{1faff}]|$)){0,6}",
	[RE_ADDR_CN] =
		/* (Taiwan's three digits of postcode first: "330桃園市…";
		 * its traditional characters: 區 縣 鎮 鄉 段 號 樓 之) */
		"(?:[0-9]{3,6})?"
		"(?:[\\x{4e00}-\\x{9fa5}]{2,6}?(?:\\x{7701}|\\x{81ea}\\x{6cbb}\\x{533a}))?"
		"(?:[\\x{4e00}-\\x{9fa5}]{2,5}?\\x{5e02})?"
		"(?:[\\x{4e00}-\\x{9fa5}]{1,6}?(?:\\x{533a}|\\x{53bf}|\\x{9547}|"
		"\\x{4e61}|\\x{8857}\\x{9053}|\\x{5340}|\\x{7e23}|\\x{93ae}|\\x{9109})){0,3}"
		"[\\x{4e00}-\\x{9fa5}0-9]{1,12}?(?:\\x{8def}|\\x{8857}|\\x{9053}|"
		"\\x{5df7}|\\x{5f04}|\\x{91cc})"
		"(?:[\\x{4e00}\\x{4e8c}\\x{4e09}\\x{56db}\\x{4e94}\\x{516d}\\x{4e03}\\x{516b}"
		"\\x{4e5d}\\x{5341}]\\x{6bb5})?"
		"(?:[0-9]{1,4}\\x{5df7})?(?:[0-9]{1,4}\\x{5f04})?"
		"[0-9]{1,5}(?:\\x{53f7}|\\x{865f})"
		/* a building: 东方大厦, 国际中心, 万达广场 */
		"(?:[\\x{4e00}-\\x{9fa5}]{1,6}?(?:\\x{5927}\\x{53a6}|\\x{5927}\\x{697c}|"
		"\\x{4e2d}\\x{5fc3}|\\x{5e7f}\\x{573a}))?"
		/* its building, floor, room: 2楼, C栋, B座1243 */
		"(?:[ ]?(?:[0-9]{1,5}|[A-Z])(?:\\x{680b}|\\x{5e62}|\\x{53f7}\\x{697c}|\\x{697c}|\\x{6a13}|"
		"\\x{5ea7}|\\x{5355}\\x{5143}|\\x{5ba4}|\\x{5c42}|\\x{53f7}))*+"
		"(?:(?<=\\x{5ea7}|\\x{680b}|\\x{697c})[0-9]{1,5}(?![0-9]))?"
		"(?:\\x{4e4b}[0-9]{1,3})?"	/* 9樓之4 */
		/* 邮编 and the postcode, or the postcode after a comma */
		"(?:[ ]?\\x{90ae}\\x{7f16}[:\\x{ff1a}]?[ ]?[0-9]{6}(?![0-9])"
		"|(?:,[ ]?|\\x{ff0c})[0-9]{6}(?![0-9]))?",
	/*
	 * Street addresses of Italy, Spain, Portugal, Latin America and
	 * France (the street word first, or after the number in French),
	 * and of Russia; then a unit, postcode and city, region, country
	 * as RE_ADDR_W takes them. Tried only at the street words of the
	 * context scan (KW_ADDR_X).
	 */
	[RE_ADDR_X] =
		"(?<![A-Za-z0-9\\x{c0}-\\x{ff}])(?:"
		/* Colombia: "Calle 100 # 19-54", "Diagonal 138 Bis # 71-75",
		 * "Av. Calle 40A # 56-41" */
		"(?:Av\\.[ ])?(?:Calle|Carrera|Cra\\.?|Cl\\.?|Avenida|Diagonal|Transversal|"
		"Tv\\.?|Dg\\.?)[ ][0-9]{1,3}[A-Z]?(?:[ ]?Bis)?(?:[ ][A-Z](?![A-Za-z]))?"
		"[ ]?(?:\\#|No\\.?|N\\x{ba})[ ]?[0-9]{1,3}[A-Z]?[ ]?-[ ]?[0-9]{1,3}(?![0-9])|"
		"(?:(?:Via|Viale|Piazza|Corso|Calle|Carrera|Avenida|Avda\\.|Av\\.|"
		"Rua|Paseo|Rue|Avenue|Boulevard|Carrer|Str\\.|Strada|Bd\\.|Bulevardul|"
		"Calea|Aleea|\\x{218}oseaua)[ ]|C/[ ]?)" XP "*+" XW
		"(?:[ ]" XP "*+" XW "){0,3}+,?[ ](?:(?:n[\\x{ba}\\x{b0}o]|nr)\\.?[ ]?)?"
		"[0-9]{1,5}[A-Za-z]?(?:/[0-9]{1,4}|/[A-Za-z](?![A-Za-z]))?(?![A-Za-z0-9])"
		/* an inner number: "108 Int. 12" */
		"(?:[ ](?:Int\\.|Interior|Depto\\.?|Dpto\\.?|bo\\x{ee}te|bte)[ ]?[0-9A-Za-z]{1,5})?"
		/* a building first: "Bâtiment C, 12 rue …" */
		"|(?:(?:B\\x{e2}timent|B\\x{e2}t\\.|Immeuble|R\\x{e9}sidence)[ ][A-Z0-9]{1,3},[ ])?"
		"[0-9]{1,4}(?:[ ]?(?:bis|ter))?,?[ ](?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|"
		"[Pp]lace|[Ii]mpasse|[Cc]hemin|[Aa]ll\\x{e9}e|[Qq]uai|[Cc]ours)[ ]" XP "*+" XW
		"(?:[ ]" XP "*+" XW "){0,3}+"
		"|(?:(?:\\x{420}\\x{43e}\\x{441}\\x{441}\\x{438}\\x{44f}|\\x{420}\\x{424}|\\x{411}\\x{435}\\x{43b}\\x{430}\\x{440}\\x{443}\\x{441}\\x{44c}|\\x{41a}\\x{430}\\x{437}\\x{430}\\x{445}\\x{441}\\x{442}\\x{430}\\x{43d}),[ ]?)?"
		"(?:[0-9]{5,6},[ ]?)?(?:(?:\\x{433}\\.|\\x{433}\\x{43e}\\x{440}\\x{43e}\\x{434}|\\x{43c}\\.)[ ]?" RW "(?:[ ]" RW ")?(?:,[ ]?|\\n)"
		/* a town without "г.": "Нижний Новгород, ул. …" */
		"|(?!(?:\\x{41f}\\x{440}\\x{438}\\x{432}\\x{435}\\x{442}|\\x{417}\\x{434}\\x{440}\\x{430}\\x{432}\\x{441}\\x{442}\\x{432}\\x{443}\\x{439}\\x{442}\\x{435}|\\x{421}\\x{43f}\\x{430}\\x{441}\\x{438}\\x{431}\\x{43e}|\\x{410}\\x{434}\\x{440}\\x{435}\\x{441}|\\x{414}\\x{43e}\\x{431}\\x{440}\\x{44b}\\x{439}|\\x{414}\\x{430}|\\x{41d}\\x{435}\\x{442}|\\x{414}\\x{43e}\\x{441}\\x{442}\\x{430}\\x{432}\\x{43a}\\x{430}|\\x{41e}\\x{442}\\x{43f}\\x{440}\\x{430}\\x{432}\\x{44c}\\x{442}\\x{435}|\\x{41e}\\x{442}\\x{43f}\\x{440}\\x{430}\\x{432}\\x{43a}\\x{430}|\\x{41f}\\x{43e}\\x{43b}\\x{443}\\x{447}\\x{430}\\x{442}\\x{435}\\x{43b}\\x{44c})(?![\\x{430}-\\x{44f}]))" RW "(?:[ ]" RW ")?,[ ]?)?"
		"(?:(?:\\x{443}\\x{43b}\\.|\\x{443}\\x{43b}\\x{438}\\x{446}\\x{430}|\\x{43f}\\x{440}\\.|"
		/* Ukrainian: вул., вулиця, просп. */
		"\\x{432}\\x{443}\\x{43b}\\.|\\x{432}\\x{443}\\x{43b}\\x{438}\\x{446}\\x{44f}|\\x{43f}\\x{440}\\x{43e}\\x{441}\\x{43f}\\.|"
		"\\x{43f}\\x{440}-\\x{442}|"
		"\\x{43f}\\x{440}\\x{43e}\\x{441}\\x{43f}\\x{435}\\x{43a}\\x{442}|\\x{43f}\\x{435}\\x{440}\\.|"
		"\\x{448}\\.|\\x{448}\\x{43e}\\x{441}\\x{441}\\x{435}|\\x{43d}\\x{430}\\x{431}\\.)"
		"[ ]?(?:[0-9]{1,2}-[\\x{430}-\\x{44f}]{1,3}[ ])?" RW "(?:[ ]" RW ")?"
		/* the name first: "Ленинский пр-т", "Садовая улица" */
		"|" RW "[ ](?:\\x{43f}\\x{440}-\\x{442}|\\x{43f}\\x{440}\\x{43e}\\x{441}\\x{43f}\\x{435}\\x{43a}\\x{442}|"
		"\\x{443}\\x{43b}\\.|\\x{443}\\x{43b}\\x{438}\\x{446}\\x{430}|\\x{448}\\x{43e}\\x{441}\\x{441}\\x{435}|"
		"\\x{43d}\\x{430}\\x{431}\\.))"
		/* the house: "д. 17", "дом 5", or the number alone: "ул.
		 * Ленина, 25", "ул. Советская 25/2" */
		"(?:,[ ]?(?:\\x{434}\\.|\\x{434}\\x{43e}\\x{43c}|\\x{431}\\x{443}\\x{434}\\.)[ ]?|[ ](?:\\x{434}\\.[ ]?)?|,[ ]?)"
		"[0-9]{1,4}[\\x{430}-\\x{44f}]?(?:/[0-9]{1,3})?(?![0-9\\x{430}-\\x{44f}]|[ ]\\x{433}\\x{43e}\\x{434})"
		"(?:(?:,[ ]?|[ ])(?:\\x{43a}\\x{43e}\\x{440}\\x{43f}\\.|\\x{43a}\\.|\\x{441}\\x{442}\\x{440}\\.|"
		"\\x{43a}\\x{432}\\.|\\x{43e}\\x{444}\\x{438}\\x{441}|\\x{43e}\\x{444}\\.)[ ]?[0-9]{1,4})*+"
		/* the town after: "Москва", "Нижний Новгород," */
		"(?:,[ ]?(?:(?:\\x{433}|\\x{43c})\\.[ ]?)?" RW "(?:[ ]" RW "(?=[,.;\\n)!?]|$))?)?"
		"(?:,[ ]?[0-9]{5,6}(?![0-9]))?"
		")"
		ADDR_X_TAIL,
	/*
	 * Street addresses of Malaysia, Indonesia, Japan, Poland, Turkey
	 * and Korea written in Latin letters, with RE_ADDR_X's tail. Tried
	 * only at their own words (KW_ADDR_Y: Jalan, -ku, ul., Cad., -ro),
	 * rare enough that the pattern costs nothing elsewhere.
	 */
	[RE_ADDR_Y] =
		"(?<![A-Za-z0-9\\x{c0}-\\x{ff}])(?:"
		/* an industrial park or estate, its unit, block and floor
		 * first: "4F, Block A, Tianan Industrial Park", "Unit 13,
		 * Lowfields Industrial Estate" */
		"(?:[0-9]{1,3}/?F,[ ]?|[A-Z]-?[0-9]{1,4},[ ])?(?:(?:Unit|Block|Blk|Building|Bldg|Room|"
		"Rm|Floor)\\.?[ ]?[A-Z0-9][A-Za-z0-9\\-]{0,4},?[ ]){0,3}"
		"(?:No\\.?[ ]?[0-9]{1,5},?[ ])?(?:[A-Z][A-Za-z'\\-]*+[ ]){1,3}"
		"(?:Industrial|Business|Trading|Science|Technology|Hi-Tech|"
		"Enterprise|Economic|Logistics)[ ](?:Park|Estate|Zone|Area)(?![A-Za-z])"
		/* "Okhla Industrial Area Phase II, New Delhi – 110020" */
		"(?:[ ]Phase[ ][0-9IV]{1,4})?(?:,[ ]" XW "(?:[ ]" XW "){0,2}[ ](?:-[ ])?[0-9]{5,6}(?![0-9]))?|"
		/* Indonesia's estates: "Kawasan Industri MM2100 Blok B-7" */
		"Kawasan[ ]Industri(?:[ ](?!Blok)[A-Z][A-Za-z0-9]*+){1,2}"
		"(?:[ ]Blok[ ][A-Z0-9][A-Z0-9\\-]{0,5})?(?:[ ]No\\.?[ ]?[0-9]{1,4})?|"
		/* India and Pakistan: "Plot No. 208, Sector 34, Noida, Uttar
		 * Pradesh 201381", "Plot 24, Sector 18, Korangi Industrial
		 * Area, Karachi 74900" */
		"(?:Plot|Shop|Gala|Survey|Khasra)[ ](?:No\\.?[ ]?)?[0-9A-Z][0-9A-Z\\-/]{0,7},[ ]"
		"(?:(?:Sector|Phase|Block|Street)[ ][0-9A-Z]{1,4}|" XW "(?:[ ]" XW "){0,3}),[ ]"
		"(?:" XW "(?:[ ]" XW "){0,3},[ ]){0,3}" XW "(?:[ ]" XW "){0,2}"
		"[ ](?:-[ ])?[0-9]{5,6}(?![0-9])|"
		/* Malaysia and Indonesia: "25 Jalan Ampang", "Jl. Jend.
		 * Sudirman No. 5" */
		"(?:No\\.?[ ]?)?[0-9]{1,5}(?:-[0-9]{1,5})?[A-Za-z]?,?[ ](?:Jalan|Jln\\.?)[ ]" XW
		"(?:[ ]" XW "){0,3}+(?:[ ][0-9]{1,3}(?:/[0-9]{1,3})?(?![0-9]))?"
		"|(?:Jalan|Jln\\.?|Jl\\.)[ ](?:[A-Z][A-Za-z'\\-]*+\\.?[ ]){0,3}?"
		"[A-Z][A-Za-z'\\-]*+,?[ ](?:No\\.?[ ]?)?[0-9]{1,5}[A-Za-z]?"
		"(?:/[0-9]{1,4})?(?![A-Za-z0-9])"
		/* Japan: "1-2-3 Shibuya, Shibuya-ku", "Umeda 4-5-6, Kita-ku",
		 * a building and its floor first: "Sunrise Bldg. 11F, " */
		"|(?:" XW "(?:[ ]" XW ")?[ ](?:Bldg\\.?|Building|Tower|Mansion|Heights|"
		"Plaza|Hills)(?:[ ](?:[0-9]{1,2}F|#?[0-9]{1,4}))?,[ ])?"
		"(?:[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?,?[ ](?:[A-Z][a-z]+[ ]){0,2}"
		"[A-Z][a-z]+|(?:[A-Z][a-z]+[ ]){1,2}[0-9]{1,4}-[0-9]{1,4}"
		"(?:-[0-9]{1,4})?),[ ]?[A-Z][a-z]+-(?:ku|shi|cho|machi)(?![A-Za-z])"
		/* Poland: "ul. Marszałkowska 10/12"; Turkey: "İstiklal Cad.
		 * No: 25", "Atatürk Mah. Lale Sk. No. 5", "Organize Sanayi
		 * Bölgesi, 4. Cadde No:95" */
		"|(?:ul|al|pl|os)\\.[ ]" XW "(?:[ ]" XW "){0,2}+[ ][0-9]{1,4}[A-Za-z]?"
		"(?:/[0-9]{1,4})?(?![A-Za-z0-9])(?:[ ](?:lok\\.|m\\.)[ ]?[0-9]{1,4})?"
		"|(?:" XW "(?:[ ]" XW "){0,2}[ ](?:Mah\\.|Mahallesi|B\\x{f6}lgesi),?[ ])?"
		"(?:" XW "(?:[ ]" XW "){0,2}|[0-9]{1,3}\\.|[0-9]{1,5})[ ]"
		"(?:Cad\\.|Caddesi|Cadde|Sok\\.|Soka\\x{11f}\\x{131}|Sokak|Sk\\.|"
		"Bulvar\\x{131}|Blv\\.)[ ]?(?:No[:.]?[ ]?)?[0-9]{1,4}[A-Za-z]?"
		"(?:/(?:[0-9]{1,3}|[A-Z](?![A-Za-z])))?(?![A-Za-z0-9])"
		"(?:[ ](?:D|Daire|Kat)[:.][ ]?[0-9]{1,4})?"
		"(?:[ ][0-9]{5}[ ]" XW "(?:[ ]?/[ ]?" XW ")?)?"
		/* Korea: "123 Teheran-ro", "12 Bongeunsa-ro 86-gil" */
		"|[0-9]{1,5}(?:-[0-9]{1,3})?,?[ ][A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)"
		"(?:[ ][0-9]{1,3}(?:beon)?-?gil)?(?![A-Za-z])"
		")"
		ADDR_X_TAIL,
	/*
	 * Addresses in the scripts of Japan, Korea, Thailand, the Arab
	 * countries and India (Hindi), and in Vietnamese, each in its own
	 * order; tried only at their words (KW_ADDR_Z: 丁目, 광역시, แขวง,
	 * شارع, मकान, Phường, TP. ...).
	 * Digits of other scripts are ASCII here already (the normaliser).
	 */
	[RE_ADDR_Z] =
		"(?:"
		/* Japan: "〒100-0005 東京都千代田区丸の内5丁目10番18号", "大阪府大阪市北区梅田1-10-14 田中倉庫 7F" */
		"(?:[0-9]{3}-[0-9]{4}[ ]?)?(?:[\\x{4e00}-\\x{9fff}]{1,3}?(?:\\x{90fd}|\\x{9053}|\\x{5e9c}|\\x{770c}))?"
		"[\\x{4e00}-\\x{9fff}\\x{3040}-\\x{30ff}]{1,8}?(?:\\x{5e02}|\\x{533a}|\\x{753a}|\\x{6751}|\\x{90e1})[\\x{4e00}-\\x{9fff}\\x{3040}-\\x{30ff}]{0,10}?"
		"(?:[0-9]{1,4}\\x{4e01}\\x{76ee}(?:[0-9]{1,4}(?:\\x{756a}\\x{5730}?|-))?(?:[0-9]{1,4}\\x{53f7}?)?"
		"|[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?)"
		"(?:[ ]?[\\x{4e00}-\\x{9fff}\\x{30a0}-\\x{30ff}]{1,10}(?![\\x{3040}-\\x{309f}]))?(?:[ ]?[0-9]{1,3}(?:F|\\x{968e}))?"
		/* Korea: "21504 인천광역시 남동구 남동대로 346 남동공단 A동 24층" */
		"|(?:[0-9]{5}[ ])?[\\x{ac00}-\\x{d7a3}]{1,6}(?:\\x{d2b9}\\x{bcc4}\\x{c2dc}|\\x{ad11}\\x{c5ed}\\x{c2dc}|\\x{d2b9}\\x{bcc4}\\x{c790}\\x{ce58}\\x{c2dc}|\\x{d2b9}\\x{bcc4}\\x{c790}\\x{ce58}\\x{b3c4}|\\x{b3c4}|\\x{c2dc})[ ]"
		"(?:[\\x{ac00}-\\x{d7a3}]{1,6}(?:\\x{ad6c}|\\x{ad70}|\\x{c2dc})[ ]){0,2}"
		"[\\x{ac00}-\\x{d7a3}0-9]{1,12}?(?:\\x{b300}\\x{b85c}|\\x{b85c}|\\x{ae38})[ ]?[0-9]{1,5}(?:-[0-9]{1,4})?(?![0-9])"
		"(?:,?[ ][\\x{ac00}-\\x{d7a3}A-Z0-9]{1,12}?(?:\\x{b3d9}|\\x{d638}|\\x{ce35}|\\x{d0c0}\\x{c6cc}|\\x{be4c}\\x{b529}|\\x{acf5}\\x{b2e8}|\\x{c13c}\\x{d130})(?![\\x{ac00}-\\x{d7a3}]))*+"
		/* Thailand: "392 ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310" */
		"|(?:\\x{e40}\\x{e25}\\x{e02}\\x{e17}\\x{e35}\\x{e48}[ ]?)?[0-9]{1,5}(?:/[0-9]{1,5})?[ ](?:\\x{e2b}\\x{e21}\\x{e39}\\x{e48}(?:\\x{e17}\\x{e35}\\x{e48})?[ ]?[0-9]{1,3}[ ])?"
		"(?:(?:\\x{e16}\\x{e19}\\x{e19}|\\x{e0b}\\x{e2d}\\x{e22}|\\x{e16}\\.|\\x{e0b}\\.)[ ]?[\\x{e01}-\\x{e4e}]{1,30}(?:[ ][0-9]{1,3})?[ ])?"
		"(?:\\x{e41}\\x{e02}\\x{e27}\\x{e07}|\\x{e15}\\x{e33}\\x{e1a}\\x{e25}|\\x{e15}\\.)[\\x{e01}-\\x{e4e}]{1,25}[ ](?:\\x{e40}\\x{e02}\\x{e15}|\\x{e2d}\\x{e33}\\x{e40}\\x{e20}\\x{e2d}|\\x{e2d}\\.)[\\x{e01}-\\x{e4e}]{1,30}"
		"(?:[ ](?:(?:\\x{e08}\\x{e31}\\x{e07}\\x{e2b}\\x{e27}\\x{e31}\\x{e14}|\\x{e08}\\.))?[\\x{e01}-\\x{e4e}]{2,25})?(?:[ ][0-9]{5})?"
		/* Arabic: "شقة 6، الدور 4، 160 شارع جامعة الدول العربية، سموحة، الإسكندرية" */
		"|(?:(?:\\x{634}\\x{642}\\x{629}|\\x{645}\\x{628}\\x{646}\\x{649}|\\x{645}\\x{633}\\x{62a}\\x{648}\\x{62f}\\x{639}|\\x{641}\\x{64a}\\x{644}\\x{627}|\\x{645}\\x{643}\\x{62a}\\x{628}|\\x{645}\\x{62d}\\x{644})[ ](?:\\x{631}\\x{642}\\x{645}[ ])?[0-9]{1,5}[\\x{60c},][ ]?)?"
		"(?:(?:\\x{627}\\x{644}\\x{62f}\\x{648}\\x{631}|\\x{627}\\x{644}\\x{637}\\x{627}\\x{628}\\x{642})[ ][0-9]{1,3}[\\x{60c},][ ]?)?"
		"(?:[0-9]{1,5}[ ])?(?:\\x{634}\\x{627}\\x{631}\\x{639}|(?<!\\x{639}\\x{646} )\\x{637}\\x{631}\\x{64a}\\x{642}|\\x{627}\\x{644}\\x{645}\\x{646}\\x{637}\\x{642}\\x{629})[ ][\\x{621}-\\x{64a}]+(?:[ ][\\x{621}-\\x{64a}]+){0,3}(?:[ ][0-9]{1,3})?"
		"(?:[\\x{60c},][ ]?(?!\\x{648}\\x{627}|\\x{648}\\x{623}|\\x{648}\\x{625})[\\x{621}-\\x{64a}]+(?:[ ][\\x{621}-\\x{64a}]+){0,2}){0,4}(?:[ ][0-9]{5})?"
		/* India in Hindi: "मकान नं. 294, गली नं. 5, सिविल लाइंस, मुंबई 400023" */
		"|(?:\\x{92e}\\x{915}\\x{93e}\\x{928}|\\x{917}\\x{94b}\\x{926}\\x{93e}\\x{92e}|\\x{92a}\\x{94d}\\x{932}\\x{949}\\x{91f}|\\x{926}\\x{941}\\x{915}\\x{93e}\\x{928}|\\x{92b}\\x{94d}\\x{932}\\x{948}\\x{91f}|\\x{915}\\x{93e}\\x{930}\\x{94d}\\x{92f}\\x{93e}\\x{932}\\x{92f})[ ]\\x{928}\\x{902}\\.?[ ]?[0-9]{1,5}[A-Z]?"
		"(?:,[ ][\\x{900}-\\x{963}\\x{970}-\\x{97f}]+(?:[ ]\\x{928}\\x{902}\\.?[ ]?[0-9]{1,4}|[ ][\\x{900}-\\x{963}\\x{970}-\\x{97f}]+){0,3}){1,5}(?:[ ][0-9]{6})?"
		/* Vietnam: "Số 455 Nguyễn Huệ, Phường 2, Quận Tân Bình, TP. Hồ Chí Minh", "274 Láng Hạ, Láng Hạ, Đống Đa, Hà Nội" */
		"|(?:(?:S\\x{1ed1}|L\\x{f4})[ ][0-9A-Z][0-9A-Z/\\-]{0,6},?[ ]|[0-9]{1,5}(?:/[0-9]{1,4})?[ ])"
		"(?:[\\p{Lu}][\\p{L}\\p{M}]*+(?:[ ][\\p{Lu}][\\p{L}\\p{M}]*+){0,4}(?:,[ ]|\\n))?"
		"(?:(?:(?:Ph\\x{1b0}\\x{1edd}ng|P\\.|X\\x{e3}|Qu\\x{1ead}n|Q\\.|Huy\\x{1ec7}n|KCN|Th\\x{1ecb} x\\x{e3})[ ]?)?(?:[0-9]{1,2}|[\\p{Lu}][\\p{L}\\p{M}]*+(?:[ ][\\p{Lu}][\\p{L}\\p{M}]*+){0,3})(?:,[ ]|\\n)){1,4}"
		"(?:(?:TP\\.?[ ]?|Th\\x{e0}nh ph\\x{1ed1} |T\\x{1ec9}nh ))?(?:H\\x{e0} N\\x{1ed9}i|H\\x{1ed3} Ch\\x{ed} Minh|HCM|\\x{110}\\x{e0} N\\x{1eb5}ng|H\\x{1ea3}i Ph\\x{f2}ng|C\\x{1ea7}n Th\\x{1a1}|B\\x{ec}nh D\\x{1b0}\\x{1a1}ng|\\x{110}\\x{1ed3}ng Nai|Long An|B\\x{1eaf}c Ninh)"
		"(?:,[ ](?:Vi\\x{1ec7}t Nam|Vietnam))?"
		")",
};

/* The least match limit under which the C matchers stand in for pcre2. */
#define PLAIN_MIN_LIMIT 10000

/* Compiled with PCRE2_ANCHORED (tried at one position only). */
static const bool re_anchored[RE_COUNT] = {
	[RE_HANDLE] = true,
};

struct pii_engine {
	pcre2_code *re[RE_COUNT];
	bool jit[RE_COUNT];	/* JIT-compiled: pcre2_jit_match */
	/* The plain shapes of e-mails, links and handles are matched in C
	 * (email_plain, url_plain, handle_plain). Only where pcre2 could not
	 * have hit a limit on them: JIT code (no depth or heap limit) and a
	 * match limit far above what they take (at most 140 for a whole
	 * scan of the longest such windows). */
	bool plain;
	pcre2_match_context *mctx;
	size_t max_text;
	uint32_t ovec_max;
};

static pthread_once_t tld_once = PTHREAD_ONCE_INIT;
static void tld_init(void);

/* x86-64 CPUs with AVX2 build the byte-class bitmaps 32 bytes a step,
 * with AVX-512 (BW, VBMI) 64. */
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#define BITS_AVX2 1
static pthread_once_t cpu_once = PTHREAD_ONCE_INIT;
static void cpu_init(void);
#endif

int pii_engine_new(const struct pii_options *opt, struct pii_engine **out)
{
	struct pii_engine *e;
	uint32_t ml = opt && opt->match_limit ? opt->match_limit : 100000;
	uint32_t dl = opt && opt->depth_limit ? opt->depth_limit : 200;
	int rc = -ENOMEM;

	pii_kw_init();
	pthread_once(&tld_once, tld_init);
#ifdef BITS_AVX2
	pthread_once(&cpu_once, cpu_init);
#endif
	e = calloc(1, sizeof(*e));
	if (!e)
		return -ENOMEM;
	e->max_text = opt && opt->max_text ? opt->max_text : 4u << 20;
	e->mctx = pcre2_match_context_create(NULL);
	if (!e->mctx)
		goto fail;
	pcre2_set_match_limit(e->mctx, ml);
	pcre2_set_depth_limit(e->mctx, dl);
	pcre2_set_heap_limit(e->mctx, 1024);	/* KiB */
	for (int i = 0; i < RE_COUNT; i++) {
		int err;
		PCRE2_SIZE off;
		uint32_t n;

		/* Patterns only ever tried at one position are compiled
		 * anchored: pcre2's JIT does not take PCRE2_ANCHORED at match
		 * time and would fall back to the interpreter. */
		e->re[i] = pcre2_compile((PCRE2_SPTR)re_src[i],
					 PCRE2_ZERO_TERMINATED,
					 PCRE2_UTF | PCRE2_NO_UTF_CHECK |
					 (re_anchored[i] ? PCRE2_ANCHORED : 0),
					 &err, &off, NULL);
		if (!e->re[i]) {
			rc = -EINVAL;
			goto fail;
		}
		/* JIT is an optimisation; the interpreter obeys the same
		 * limits when it is not available. */
		e->jit[i] = pcre2_jit_compile(e->re[i], PCRE2_JIT_COMPLETE) == 0;
		pcre2_pattern_info(e->re[i], PCRE2_INFO_CAPTURECOUNT, &n);
		if (n + 1 > e->ovec_max)
			e->ovec_max = n + 1;
	}
	e->plain = ml >= PLAIN_MIN_LIMIT && e->jit[RE_EMAIL] &&
		   e->jit[RE_URL] && e->jit[RE_HANDLE];
	*out = e;
	return 0;
fail:
	pii_engine_free(e);
	return rc;
}

void pii_engine_free(struct pii_engine *e)
{
	if (!e)
		return;
	for (int i = 0; i < RE_COUNT; i++)
		pcre2_code_free(e->re[i]);
	pcre2_match_context_free(e->mctx);
	free(e);
}

void pii_result_init(struct pii_result *r)
{
	memset(r, 0, sizeof(*r));
}

void pii_result_deinit(struct pii_result *r)
{
	free(r->spans);
	memset(r, 0, sizeof(*r));
}

/* ---- byte classes ---- */

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Byte-class bitmaps of a text, one bit per byte (bit j of word k is byte
 * 64k + j), built in one pass, 16 bytes at a time (SSE2 when available):
 *   letter  ASCII letters;
 *   word    ASCII letters and bytes >= 0x80 (where a context word of any
 *           script can start);
 *   stop    where the pre-scan must look: digits, @ + ( [ { <, ':'
 *           before "//" or before ':' after no letter or digit, '.'
 *           between a letter or digit and two letters, a
 *           space before "at" (any case), and word starts that may be an
 *           IBAN/BIC/NINO (two capitals before a digit, the word's end
 *           or four more capitals), an IPv6 head (hex letter, ':'
 *           within four bytes), bc1..., live:, wxid_ or www.; and
 *           byte n, past the end (stop has nw + 1 words), so that the
 *           search for the next stop needs no bound.
 * any_hi: some byte is >= 0x80; spaced: the same separator (' ' or '-')
 * at k, k+2, k+4 and k+6 for some k: five or more spaced or dashed single
 * characters ("w e c h a t", "1-3-8-0-0"), the necessary condition of
 * the normaliser's spacing rule; or a " . " or a bracket before a '.'
 * ("abc[.]com"), its dot rule's.
 */
#define BITS_INLINE 32		/* texts up to 2 KiB need no allocation */

struct scan_bits {
	uint64_t *letter, *stop, *word;
	size_t nw, n;
	bool any_hi, spaced;
	uint64_t *mem;		/* when longer than inl: room for cap words */
	size_t cap;
	uint64_t inl[3 * BITS_INLINE + 1];
};

/*
 * Masks of the 16 bytes at p, given the byte before them (0 at the
 * start); p[16..22) (the look-ahead, 0 past the end) must be readable.
 */
struct chunk_m {
	unsigned letter, word, stop;
	unsigned spaced;	/* ' ' or '-' here and 2, 4, 6 bytes on */
};

#ifdef __SSE2__
static inline __m128i in_range(__m128i x, char lo, int len)
{
	/* (x - lo) as unsigned < len, with signed compares */
	__m128i t = _mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - lo)));

	return _mm_cmplt_epi8(t, _mm_set1_epi8((char)(-128 + len)));
}

static inline void chunk_masks(const unsigned char *p, unsigned char before,
			       struct chunk_m *o)
{
	__m128i x = _mm_loadu_si128((const __m128i *)p);
	__m128i xp = _mm_or_si128(_mm_slli_si128(x, 1),
				  _mm_cvtsi32_si128(before));
	__m128i x1 = _mm_loadu_si128((const __m128i *)(p + 1));
	__m128i x2 = _mm_loadu_si128((const __m128i *)(p + 2));
	__m128i x3 = _mm_loadu_si128((const __m128i *)(p + 3));
	__m128i x4 = _mm_loadu_si128((const __m128i *)(p + 4));
	__m128i x5 = _mm_loadu_si128((const __m128i *)(p + 5));
	__m128i x6 = _mm_loadu_si128((const __m128i *)(p + 6));
	__m128i c20 = _mm_set1_epi8(0x20);
	__m128i y = _mm_or_si128(x, c20), y1 = _mm_or_si128(x1, c20);
	__m128i yp = _mm_or_si128(xp, c20);
	__m128i lt = in_range(y, 'a', 26);
	__m128i sp = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
	__m128i co = _mm_set1_epi8(':');
	__m128i stop, cand, colon4, start, sep;

	__m128i alp = _mm_or_si128(in_range(yp, 'a', 26), in_range(xp, '0', 10));

	/* digits, '[' | 0x20 == '{': one compare for both, space before at;
	 * ':' before "//", or before ':' after no letter or digit; '.'
	 * between a letter or digit and two letters (what the pre-scan acts
	 * on: the other ones and dots would be passed over) */
	stop = _mm_or_si128(
		_mm_or_si128(_mm_or_si128(
				     _mm_and_si128(_mm_cmpeq_epi8(x, co), _mm_or_si128(
					     _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8('/')),
							   _mm_cmpeq_epi8(x2, _mm_set1_epi8('/'))),
					     _mm_andnot_si128(alp, _mm_cmpeq_epi8(x1, co)))),
				     _mm_cmpeq_epi8(x, _mm_set1_epi8('@'))),
			     _mm_or_si128(_mm_and_si128(
						  _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), alp),
						  _mm_and_si128(in_range(y1, 'a', 26),
								in_range(_mm_or_si128(x2, c20), 'a', 26))),
					  _mm_cmpeq_epi8(x, _mm_set1_epi8('+')))),
		_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')),
					  _mm_cmpeq_epi8(y, _mm_set1_epi8('{'))),
			     _mm_cmpeq_epi8(x, _mm_set1_epi8('<'))));
	stop = _mm_or_si128(_mm_or_si128(stop, in_range(x, '0', 10)),
			    _mm_and_si128(_mm_and_si128(sp, _mm_cmpeq_epi8(y1, _mm_set1_epi8('a'))),
					  _mm_cmpeq_epi8(_mm_or_si128(x2, c20),
							 _mm_set1_epi8('t'))));
	/* word starts (a letter after a byte that is no letter or digit)
	 * that may be a token: two capitals before a digit, the word's end
	 * or four more capitals (what an IBAN, NINO or BIC needs), hex
	 * with ':' within four bytes, bc, li, wx, ww */
	colon4 = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x1, co),
					   _mm_cmpeq_epi8(x2, co)),
			      _mm_or_si128(_mm_cmpeq_epi8(x3, co),
					   _mm_cmpeq_epi8(x4, co)));
	cand = _mm_or_si128(
		_mm_and_si128(
			_mm_and_si128(in_range(x, 'A', 26), in_range(x1, 'A', 26)),
			_mm_or_si128(
				_mm_andnot_si128(in_range(_mm_or_si128(x2, c20), 'a', 26),
						 _mm_set1_epi8(-1)),
				_mm_and_si128(_mm_and_si128(in_range(x2, 'A', 26),
							    in_range(x3, 'A', 26)),
					      _mm_and_si128(in_range(x4, 'A', 26),
							    in_range(x5, 'A', 26))))),
		_mm_and_si128(in_range(y, 'a', 6), colon4));
	cand = _mm_or_si128(cand, _mm_or_si128(
		_mm_and_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8('b')),
			      _mm_cmpeq_epi8(y1, _mm_set1_epi8('c'))),
		_mm_and_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8('l')),
			      _mm_cmpeq_epi8(y1, _mm_set1_epi8('i')))));
	cand = _mm_or_si128(cand, _mm_and_si128(
		_mm_cmpeq_epi8(y, _mm_set1_epi8('w')),
		_mm_or_si128(_mm_cmpeq_epi8(y1, _mm_set1_epi8('x')),
			     _mm_cmpeq_epi8(y1, _mm_set1_epi8('w')))));
	start = _mm_andnot_si128(alp, lt);
	stop = _mm_or_si128(stop, _mm_and_si128(start, cand));
	/* the same separator at k, k+2, k+4, k+6; or " . " */
	sep = _mm_or_si128(sp, _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
	sep = _mm_and_si128(_mm_and_si128(sep, _mm_cmpeq_epi8(x, x2)),
			    _mm_and_si128(_mm_cmpeq_epi8(x, x4),
					  _mm_cmpeq_epi8(x, x6)));
	sep = _mm_or_si128(sep, _mm_and_si128(
		_mm_and_si128(sp, _mm_cmpeq_epi8(x2, _mm_set1_epi8(' '))),
		_mm_cmpeq_epi8(x1, _mm_set1_epi8('.'))));
	/* "[.", "(.", "{.", "<.": a dot in brackets */
	sep = _mm_or_si128(sep, _mm_and_si128(
		_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8('{')),
					  _mm_cmpeq_epi8(x, _mm_set1_epi8('('))),
			     _mm_cmpeq_epi8(x, _mm_set1_epi8('<'))),
		_mm_cmpeq_epi8(x1, _mm_set1_epi8('.'))));
	o->letter = (unsigned)_mm_movemask_epi8(lt);
	o->word = (unsigned)_mm_movemask_epi8(_mm_or_si128(lt, x));
	o->stop = (unsigned)_mm_movemask_epi8(stop);
	o->spaced = (unsigned)_mm_movemask_epi8(sep);
}
#else
static inline bool c_alnum(unsigned char c)
{
	unsigned char y = (unsigned char)(c | 0x20);

	return (c >= '0' && c <= '9') || (y >= 'a' && y <= 'z' && c < 0x80);
}

static inline void chunk_masks(const unsigned char *p, unsigned char before,
			       struct chunk_m *o)
{
	o->letter = o->word = o->stop = o->spaced = 0;
	for (int j = 0; j < 16; j++) {
		unsigned char c = p[j], y = (unsigned char)(c | 0x20);
		unsigned char y1 = (unsigned char)(p[j + 1] | 0x20);
		unsigned bit = 1u << j;
		bool lt = y >= 'a' && y <= 'z' && c < 0x80;
		bool up = c >= 'A' && c <= 'Z';
		bool up1 = p[j + 1] >= 'A' && p[j + 1] <= 'Z';
		bool lt2 = (p[j + 2] | 0x20) >= 'a' && (p[j + 2] | 0x20) <= 'z' &&
			   p[j + 2] < 0x80;
		bool up2345 = true;

		for (int k = 2; k <= 5; k++)
			up2345 &= p[j + k] >= 'A' && p[j + k] <= 'Z';
		bool colon4 = p[j + 1] == ':' || p[j + 2] == ':' ||
			      p[j + 3] == ':' || p[j + 4] == ':';
		bool cand = (up && up1 && (!lt2 || up2345)) ||
			    (y >= 'a' && y <= 'f' && c < 0x80 && colon4) ||
			    (y == 'b' && y1 == 'c') || (y == 'l' && y1 == 'i') ||
			    (y == 'w' && (y1 == 'x' || y1 == 'w'));

		if (lt)
			o->letter |= bit;
		if (lt || c >= 0x80)
			o->word |= bit;
		bool alp = c_alnum(j ? p[j - 1] : before);
		unsigned char y2 = (unsigned char)(p[j + 2] | 0x20);

		if ((c >= '0' && c <= '9') || c == '@' || c == '+' ||
		    (c == ':' && ((p[j + 1] == '/' && p[j + 2] == '/') ||
				  (p[j + 1] == ':' && !alp))) ||
		    (c == '.' && alp && y1 >= 'a' && y1 <= 'z' && p[j + 1] < 0x80 &&
		     y2 >= 'a' && y2 <= 'z' && p[j + 2] < 0x80) ||
		    c == '(' || c == '[' || c == '{' || c == '<' ||
		    (c == ' ' && y1 == 'a' && (p[j + 2] | 0x20) == 't') ||
		    (lt && !alp && cand))
			o->stop |= bit;
		if (((c == ' ' || c == '-') && p[j + 2] == c && p[j + 4] == c &&
		     p[j + 6] == c) ||
		    (c == ' ' && p[j + 1] == '.' && p[j + 2] == ' ') ||
		    ((c == '[' || c == '(' || c == '{' || c == '<') &&
		     p[j + 1] == '.'))
			o->spaced |= bit;
	}
}
#endif

/*
 * AVX2, when the CPU has it (bits_avx2, set once by pii_engine_new): the
 * same masks for 32 bytes at a time, bit for bit. The build stays
 * x86-64 baseline; only these functions are compiled for AVX2.
 */
#ifdef BITS_AVX2
#include <immintrin.h>

#define AVX2_FN __attribute__((target("avx2")))

static bool bits_avx2;
static bool bits_avx512;

/* The paths the CPU has, capped by pii_simd_cap(). */
static void cpu_init(void)
{
	enum pii_simd_cap cap = pii_simd_cap();

	bits_avx2 = cap >= PII_SIMD_AVX2 && __builtin_cpu_supports("avx2");
	bits_avx512 = cap == PII_SIMD_ALL &&
		      __builtin_cpu_supports("avx512bw") &&
		      __builtin_cpu_supports("avx512vbmi") &&
		      __builtin_cpu_supports("bmi2");
}

/*
 * The constants of chunk_masks32, a 32-byte row each: the compares take
 * them from memory (set1 constants are rebuilt in registers every chunk
 * when the sixteen registers run short).
 */
#define K32_R8(c) (uint8_t)(c), (uint8_t)(c), (uint8_t)(c), (uint8_t)(c), \
	(uint8_t)(c), (uint8_t)(c), (uint8_t)(c), (uint8_t)(c)
#define K32_ROW(c) { K32_R8(c), K32_R8(c), K32_R8(c), K32_R8(c) }
enum {
	K_CASE,
	K_SP,
	K_COLON,
	K_SLASH,
	K_AT,
	K_DOT,
	K_PLUS,
	K_BRACE,
	K_LT,
	K_A,
	K_T,
	K_B,
	K_C,
	K_L,
	K_I,
	K_W,
	K_X,
	K_DASH,
	K_PAREN,
	K_ADD_LA,
	K_ADD_D,
	K_ADD_UA,
	K_LIM26,
	K_LIM10,
	K_LIM6,
	K_COUNT
};
static const uint8_t k32_rows[K_COUNT][32] __attribute__((aligned(32))) = {
	[K_CASE] = K32_ROW(0x20),
	[K_SP] = K32_ROW(' '),
	[K_COLON] = K32_ROW(':'),
	[K_SLASH] = K32_ROW('/'),
	[K_AT] = K32_ROW('@'),
	[K_DOT] = K32_ROW('.'),
	[K_PLUS] = K32_ROW('+'),
	[K_BRACE] = K32_ROW('{'),
	[K_LT] = K32_ROW('<'),
	[K_A] = K32_ROW('a'),
	[K_T] = K32_ROW('t'),
	[K_B] = K32_ROW('b'),
	[K_C] = K32_ROW('c'),
	[K_L] = K32_ROW('l'),
	[K_I] = K32_ROW('i'),
	[K_W] = K32_ROW('w'),
	[K_X] = K32_ROW('x'),
	[K_DASH] = K32_ROW('-'),
	[K_PAREN] = K32_ROW('('),
	[K_ADD_LA] = K32_ROW(0x80 - 'a'),
	[K_ADD_D] = K32_ROW(0x80 - '0'),
	[K_ADD_UA] = K32_ROW(0x80 - 'A'),
	[K_LIM26] = K32_ROW(0x80 + 26),
	[K_LIM10] = K32_ROW(0x80 + 10),
	[K_LIM6] = K32_ROW(0x80 + 6),
};
#define K32(k) _mm256_load_si256((const __m256i *)kr[K_##k])

/* (x - lo) as unsigned < len: add is K32 of 0x80 - lo, lim of -128 + len */
#define in_range32(x, add, lim) \
	_mm256_cmpgt_epi8(K32(lim), _mm256_add_epi8((x), K32(add)))

/* chunk_masks for the 32 bytes at p; p[32..38) must be readable. */
static inline AVX2_FN void chunk_masks32(const unsigned char *p,
					  unsigned char before,
					  const uint8_t (*kr)[32],
					  struct chunk_m *o)
{
	__m256i x = _mm256_loadu_si256((const __m256i *)p);
	/* x one byte later, the byte before in front: across the lanes */
	__m256i xp = _mm256_or_si256(
		_mm256_alignr_epi8(x, _mm256_permute2x128_si256(x, x, 0x08), 15),
		_mm256_zextsi128_si256(_mm_cvtsi32_si128(before)));
	__m256i x1 = _mm256_loadu_si256((const __m256i *)(p + 1));
	__m256i x2 = _mm256_loadu_si256((const __m256i *)(p + 2));
	__m256i x3 = _mm256_loadu_si256((const __m256i *)(p + 3));
	__m256i x4 = _mm256_loadu_si256((const __m256i *)(p + 4));
	__m256i x5 = _mm256_loadu_si256((const __m256i *)(p + 5));
	__m256i x6 = _mm256_loadu_si256((const __m256i *)(p + 6));
	__m256i c20 = K32(CASE);
	__m256i y = _mm256_or_si256(x, c20), y1 = _mm256_or_si256(x1, c20);
	__m256i yp = _mm256_or_si256(xp, c20);
	__m256i lt = in_range32(y, ADD_LA, LIM26);
	__m256i sp = _mm256_cmpeq_epi8(x, K32(SP));
	__m256i co = K32(COLON);
	__m256i stop, cand, colon4, start, sep;

	__m256i alp = _mm256_or_si256(in_range32(yp, ADD_LA, LIM26),
				      in_range32(xp, ADD_D, LIM10));

	stop = _mm256_or_si256(
		_mm256_or_si256(_mm256_or_si256(
					_mm256_and_si256(_mm256_cmpeq_epi8(x, co), _mm256_or_si256(
						_mm256_and_si256(_mm256_cmpeq_epi8(x1, K32(SLASH)),
								 _mm256_cmpeq_epi8(x2, K32(SLASH))),
						_mm256_andnot_si256(alp, _mm256_cmpeq_epi8(x1, co)))),
					_mm256_cmpeq_epi8(x, K32(AT))),
				_mm256_or_si256(_mm256_and_si256(
							_mm256_and_si256(_mm256_cmpeq_epi8(x, K32(DOT)), alp),
							_mm256_and_si256(in_range32(y1, ADD_LA, LIM26),
									 in_range32(_mm256_or_si256(x2, c20), ADD_LA, LIM26))),
						_mm256_cmpeq_epi8(x, K32(PLUS)))),
		_mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x, K32(PAREN)),
						_mm256_cmpeq_epi8(y, K32(BRACE))),
				_mm256_cmpeq_epi8(x, K32(LT))));
	stop = _mm256_or_si256(_mm256_or_si256(stop, in_range32(x, ADD_D, LIM10)),
			       _mm256_and_si256(_mm256_and_si256(sp, _mm256_cmpeq_epi8(y1, K32(A))),
						_mm256_cmpeq_epi8(_mm256_or_si256(x2, c20),
								  K32(T))));
	colon4 = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x1, co),
						 _mm256_cmpeq_epi8(x2, co)),
				 _mm256_or_si256(_mm256_cmpeq_epi8(x3, co),
						 _mm256_cmpeq_epi8(x4, co)));
	cand = _mm256_or_si256(
		_mm256_and_si256(
			_mm256_and_si256(in_range32(x, ADD_UA, LIM26), in_range32(x1, ADD_UA, LIM26)),
			_mm256_or_si256(
				_mm256_cmpeq_epi8(in_range32(_mm256_or_si256(x2, c20), ADD_LA, LIM26),
						  _mm256_setzero_si256()),
				_mm256_and_si256(_mm256_and_si256(in_range32(x2, ADD_UA, LIM26),
								  in_range32(x3, ADD_UA, LIM26)),
						 _mm256_and_si256(in_range32(x4, ADD_UA, LIM26),
								  in_range32(x5, ADD_UA, LIM26))))),
		_mm256_and_si256(in_range32(y, ADD_LA, LIM6), colon4));
	cand = _mm256_or_si256(cand, _mm256_or_si256(
		_mm256_and_si256(_mm256_cmpeq_epi8(y, K32(B)),
				 _mm256_cmpeq_epi8(y1, K32(C))),
		_mm256_and_si256(_mm256_cmpeq_epi8(y, K32(L)),
				 _mm256_cmpeq_epi8(y1, K32(I)))));
	cand = _mm256_or_si256(cand, _mm256_and_si256(
		_mm256_cmpeq_epi8(y, K32(W)),
		_mm256_or_si256(_mm256_cmpeq_epi8(y1, K32(X)),
				_mm256_cmpeq_epi8(y1, K32(W)))));
	start = _mm256_andnot_si256(alp, lt);
	stop = _mm256_or_si256(stop, _mm256_and_si256(start, cand));
	sep = _mm256_or_si256(sp, _mm256_cmpeq_epi8(x, K32(DASH)));
	sep = _mm256_and_si256(_mm256_and_si256(sep, _mm256_cmpeq_epi8(x, x2)),
			       _mm256_and_si256(_mm256_cmpeq_epi8(x, x4),
						_mm256_cmpeq_epi8(x, x6)));
	sep = _mm256_or_si256(sep, _mm256_and_si256(
		_mm256_and_si256(sp, _mm256_cmpeq_epi8(x2, K32(SP))),
		_mm256_cmpeq_epi8(x1, K32(DOT))));
	/* "[.", "(.", "{.", "<.": a dot in brackets */
	sep = _mm256_or_si256(sep, _mm256_and_si256(
		_mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(y, K32(BRACE)),
						_mm256_cmpeq_epi8(x, K32(PAREN))),
				_mm256_cmpeq_epi8(x, K32(LT))),
		_mm256_cmpeq_epi8(x1, K32(DOT))));
	o->letter = (unsigned)_mm256_movemask_epi8(lt);
	o->word = (unsigned)_mm256_movemask_epi8(_mm256_or_si256(lt, x));
	o->stop = (unsigned)_mm256_movemask_epi8(stop);
	o->spaced = (unsigned)_mm256_movemask_epi8(sep);
}

/*
 * The 64-bit words of the masks, 32 bytes at a time. The chunks whose
 * look-ahead would pass n (the last one or two, from tail on) read a
 * copy with zeros after the text, made first so that its stores are
 * done when the chunks before it are: from 32-byte moves of the text's
 * last bytes when it has 32, so no call.
 */
static AVX2_FN void bits_words_avx2(const unsigned char *b, size_t n,
				    size_t nw, struct scan_bits *m,
				    uint64_t *hi, unsigned *spaced)
{
	unsigned char buf[32 + 38 + 64];
	unsigned char *t = buf + 32;
	size_t tail = (n - 1) & ~(size_t)31, r;
	__m256i z = _mm256_setzero_si256();
	const uint8_t (*kr)[32] = k32_rows;

	/* the compiler no longer knows the rows: it loads them as operands
	 * instead of rebuilding each one in a register */
	__asm__("" : "+r"(kr));

	if (!n)
		return;
	if (tail && n - (tail - 32) < 38)
		tail -= 32;
	r = n - tail;		/* 1..37 bytes in t */
	if (n >= 32) {
		if (r > 32)
			_mm256_storeu_si256((__m256i *)t,
					    _mm256_loadu_si256((const __m256i *)(b + tail)));
		_mm256_storeu_si256((__m256i *)(t + r - 32),
				    _mm256_loadu_si256((const __m256i *)(b + n - 32)));
	} else {
		memcpy(t, b, r);
	}
	_mm256_storeu_si256((__m256i *)(t + r), z);
	_mm256_storeu_si256((__m256i *)(t + r + 32), z);
	for (size_t k = 0; k < nw; k++) {
		uint64_t lt = 0, wd = 0, st = 0;

		for (unsigned j = 0; j < 2; j++) {
			size_t p = 64 * k + 32 * j;
			struct chunk_m c;

			if (p >= n)
				break;
			chunk_masks32(p < tail ? b + p : t + (p - tail),
				      p ? b[p - 1] : 0, kr, &c);
			lt |= (uint64_t)c.letter << (32 * j);
			wd |= (uint64_t)c.word << (32 * j);
			st |= (uint64_t)c.stop << (32 * j);
			*spaced |= c.spaced;
		}
		m->letter[k] = lt;
		m->word[k] = wd;
		m->stop[k] = st;
		*hi |= wd & ~lt;	/* bytes >= 0x80 */
	}
}

/*
 * AVX-512 (BW and VBMI), when the CPU has them (bits_avx512): one 64-bit
 * word of each mask per step, the same bits as chunk_masks32. Compares
 * give the bits directly, without movemasks and shifts, and the loads
 * are masked to the text: the lanes past n read as zeros, as the padded
 * copy of the other paths gives them (a masked lane never faults), so
 * there is no copy of the tail either.
 */
#define AVX512_FN __attribute__((target("avx512f,avx512bw,avx512vbmi,bmi2")))

/* The lanes of a load at byte k of a word with r bytes of text left
 * (r >= 1): the first r - k, none when k >= r, all from 64 on. */
static inline AVX512_FN __mmask64 lanes(size_t r, size_t k)
{
	size_t l = r > k ? r - k : 0;

	return _bzhi_u64(~0ull, (unsigned)(l < 64 ? l : 64));
}

/* The constants, a 64-byte row each, read as operands as k32_rows are:
 * built in registers, they cost two instructions each per call, and
 * most texts are one or two words long. */
#define K64_ROW(c) { K32_R8(c), K32_R8(c), K32_R8(c), K32_R8(c), \
	K32_R8(c), K32_R8(c), K32_R8(c), K32_R8(c) }
enum {
	K64_SP, K64_COLON, K64_SLASH, K64_AT, K64_DOT, K64_PLUS, K64_BRACE,
	K64_LT, K64_A, K64_T, K64_B, K64_C, K64_L, K64_I, K64_W, K64_X,
	K64_DASH, K64_PAREN, K64_D, K64_UA, K64_26, K64_10, K64_6,
	K64_CASE, K64_COUNT
};
static const uint8_t k64_rows[K64_COUNT][64] __attribute__((aligned(64))) = {
	[K64_SP] = K64_ROW(' '), [K64_COLON] = K64_ROW(':'),
	[K64_SLASH] = K64_ROW('/'), [K64_AT] = K64_ROW('@'),
	[K64_DOT] = K64_ROW('.'), [K64_PLUS] = K64_ROW('+'),
	[K64_BRACE] = K64_ROW('{'), [K64_LT] = K64_ROW('<'),
	[K64_A] = K64_ROW('a'), [K64_T] = K64_ROW('t'), [K64_B] = K64_ROW('b'),
	[K64_C] = K64_ROW('c'), [K64_L] = K64_ROW('l'), [K64_I] = K64_ROW('i'),
	[K64_W] = K64_ROW('w'), [K64_X] = K64_ROW('x'),
	[K64_DASH] = K64_ROW('-'), [K64_PAREN] = K64_ROW('('),
	[K64_D] = K64_ROW('0'), [K64_UA] = K64_ROW('A'),
	[K64_26] = K64_ROW(26), [K64_10] = K64_ROW(10), [K64_6] = K64_ROW(6),
	[K64_CASE] = K64_ROW(0x20),
};
#define K64(k) _mm512_load_si512((const void *)kr[K64_##k])
/* (x - lo) as unsigned < len, a bit per byte */
#define IN512(x, lo, len) _mm512_cmplt_epu8_mask( \
	_mm512_sub_epi8((x), K64(lo)), K64(len))
#define EQ512(x, c) _mm512_cmpeq_epi8_mask((x), K64(c))

static AVX512_FN void bits_words_avx512(const unsigned char *b, size_t n,
					size_t nw, struct scan_bits *m,
					uint64_t *hi, unsigned *spaced)
{
	/* byte j - 1 into lane j (lane 0 gets the byte before the word) */
	static const uint8_t back1[64] __attribute__((aligned(64))) = {
		0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
		17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
		33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
		49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
	};
	const uint8_t (*kr)[64] = k64_rows;
	const __m512i up1 = _mm512_load_si512((const void *)back1);
	uint64_t sep_any = 0;

	__asm__("" : "+r"(kr));

	for (size_t k = 0; k < nw; k++) {
		size_t p = 64 * k, r = n - p;
		const unsigned char *q = b + p;
		__m512i x = _mm512_maskz_loadu_epi8(lanes(r, 0), q);
		__m512i x1 = _mm512_maskz_loadu_epi8(lanes(r, 1), q + 1);
		__m512i x2 = _mm512_maskz_loadu_epi8(lanes(r, 2), q + 2);
		__m512i x3 = _mm512_maskz_loadu_epi8(lanes(r, 3), q + 3);
		__m512i x4 = _mm512_maskz_loadu_epi8(lanes(r, 4), q + 4);
		__m512i x5 = _mm512_maskz_loadu_epi8(lanes(r, 5), q + 5);
		__m512i x6 = _mm512_maskz_loadu_epi8(lanes(r, 6), q + 6);
		__m512i xp = _mm512_mask_set1_epi8(
			_mm512_permutexvar_epi8(up1, x), 1,
			(char)(p ? b[p - 1] : 0));
		__m512i y = _mm512_or_si512(x, K64(CASE));
		__m512i y1 = _mm512_or_si512(x1, K64(CASE));
		__m512i y2 = _mm512_or_si512(x2, K64(CASE));
		__m512i yp = _mm512_or_si512(xp, K64(CASE));
		uint64_t lt = IN512(y, A, 26);
		uint64_t alp = IN512(yp, A, 26) | IN512(xp, D, 10);
		uint64_t sp = EQ512(x, SP);
		uint64_t co1 = EQ512(x1, COLON);
		uint64_t lt2 = IN512(y2, A, 26);
		uint64_t st, cand, colon4, sep;

		st = (EQ512(x, COLON) & ((EQ512(x1, SLASH) & EQ512(x2, SLASH)) |
				       (~alp & co1))) |
		     EQ512(x, AT) | EQ512(x, PLUS) | EQ512(x, PAREN) |
		     EQ512(y, BRACE) | EQ512(x, LT) | IN512(x, D, 10) |
		     (EQ512(x, DOT) & alp & IN512(y1, A, 26) & lt2) |
		     (sp & EQ512(y1, A) & EQ512(y2, T));
		colon4 = co1 | EQ512(x2, COLON) | EQ512(x3, COLON) |
			 EQ512(x4, COLON);
		cand = (IN512(x, UA, 26) & IN512(x1, UA, 26) &
			(~lt2 | (IN512(x2, UA, 26) & IN512(x3, UA, 26) &
				 IN512(x4, UA, 26) & IN512(x5, UA, 26)))) |
		       (IN512(y, A, 6) & colon4) |
		       (EQ512(y, B) & EQ512(y1, C)) |
		       (EQ512(y, L) & EQ512(y1, I)) |
		       (EQ512(y, W) & (EQ512(y1, X) | EQ512(y1, W)));
		st |= ~alp & lt & cand;
		sep = ((sp | EQ512(x, DASH)) &
		       _mm512_cmpeq_epi8_mask(x, x2) &
		       _mm512_cmpeq_epi8_mask(x, x4) &
		       _mm512_cmpeq_epi8_mask(x, x6)) |
		      (sp & EQ512(x1, DOT) & EQ512(x2, SP)) |
		      /* "[.", "(.", "{.", "<.": a dot in brackets */
		      ((EQ512(y, BRACE) | EQ512(x, PAREN) | EQ512(x, LT)) &
		       EQ512(x1, DOT));
		m->letter[k] = lt;
		m->word[k] = lt | _mm512_movepi8_mask(x);
		m->stop[k] = st;
		*hi |= m->word[k] & ~lt;	/* bytes >= 0x80 */
		sep_any |= sep;
	}
	*spaced |= sep_any != 0;
}
#undef IN512
#undef EQ512
#undef K64

/*
 * UTF-8 validity 32 bytes a step, by the look-up method of Keiser and
 * Lemire ("Validating UTF-8 in less than one instruction per byte",
 * 2021): three nibble look-ups of each byte and the one before it give
 * the errors that pair can show; a byte two or three after a lead of
 * three or four bytes must be a continuation. The same answer as
 * pii_utf8_check's automaton (RFC 3629: no overlong forms, surrogates
 * or code points past U+10FFFF).
 */
#define U8E_SHORT	0x01	/* lead or ASCII where a continuation must be */
#define U8E_LONG	0x02	/* continuation after ASCII */
#define U8E_OVER3	0x04	/* E0 80..9F */
#define U8E_LARGE	0x08	/* F4 90.., F5.. */
#define U8E_SURR	0x10	/* ED A0..BF */
#define U8E_OVER2	0x20	/* C0, C1 */
#define U8E_LARGE1000	0x40	/* F5.. 80..8F */
#define U8E_OVER4	0x40	/* F0 80..8F */
#define U8E_CONTS	0x80	/* continuation after continuation */
#define U8E_CARRY	(U8E_SHORT | U8E_LONG | U8E_CONTS)
#define U8_ROW16(...) { __VA_ARGS__, __VA_ARGS__ }

static const uint8_t u8_lut[3][32] __attribute__((aligned(32))) = {
	/* high nibble of the byte before */
	U8_ROW16(U8E_LONG, U8E_LONG, U8E_LONG, U8E_LONG,
		 U8E_LONG, U8E_LONG, U8E_LONG, U8E_LONG,
		 U8E_CONTS, U8E_CONTS, U8E_CONTS, U8E_CONTS,
		 U8E_SHORT | U8E_OVER2, U8E_SHORT,
		 U8E_SHORT | U8E_OVER3 | U8E_SURR,
		 U8E_SHORT | U8E_LARGE | U8E_LARGE1000 | U8E_OVER4),
	/* low nibble of the byte before */
	U8_ROW16(U8E_CARRY | U8E_OVER3 | U8E_OVER2 | U8E_OVER4,
		 U8E_CARRY | U8E_OVER2, U8E_CARRY, U8E_CARRY,
		 U8E_CARRY | U8E_LARGE,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000 | U8E_SURR,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000,
		 U8E_CARRY | U8E_LARGE | U8E_LARGE1000),
	/* high nibble of the byte itself */
	U8_ROW16(U8E_SHORT, U8E_SHORT, U8E_SHORT, U8E_SHORT,
		 U8E_SHORT, U8E_SHORT, U8E_SHORT, U8E_SHORT,
		 U8E_LONG | U8E_OVER2 | U8E_CONTS | U8E_OVER3 |
		 U8E_LARGE1000 | U8E_OVER4,
		 U8E_LONG | U8E_OVER2 | U8E_CONTS | U8E_OVER3 | U8E_LARGE,
		 U8E_LONG | U8E_OVER2 | U8E_CONTS | U8E_SURR | U8E_LARGE,
		 U8E_LONG | U8E_OVER2 | U8E_CONTS | U8E_SURR | U8E_LARGE,
		 U8E_SHORT, U8E_SHORT, U8E_SHORT, U8E_SHORT),
};

/* The 32 bytes of in moved k places later, the last k of prev first. */
#define U8_PREV(in, prev, k) _mm256_alignr_epi8((in), \
	_mm256_permute2x128_si256((prev), (in), 0x21), 16 - (k))

/* Error bits of the 32 bytes in, prev the 32 before them. */
static inline AVX2_FN __m256i u8_errors(__m256i in, __m256i prev)
{
	const __m256i lo4 = _mm256_set1_epi8(0x0f);
	__m256i p1 = U8_PREV(in, prev, 1);
	__m256i p2 = U8_PREV(in, prev, 2);
	__m256i p3 = U8_PREV(in, prev, 3);
	__m256i e = _mm256_and_si256(
		_mm256_shuffle_epi8(_mm256_load_si256((const __m256i *)u8_lut[0]),
				    _mm256_and_si256(_mm256_srli_epi16(p1, 4), lo4)),
		_mm256_shuffle_epi8(_mm256_load_si256((const __m256i *)u8_lut[1]),
				    _mm256_and_si256(p1, lo4)));
	__m256i must;

	e = _mm256_and_si256(e, _mm256_shuffle_epi8(
		_mm256_load_si256((const __m256i *)u8_lut[2]),
		_mm256_and_si256(_mm256_srli_epi16(in, 4), lo4)));
	/* bytes >= E0 two back, >= F0 three back: bit 7 set after the
	 * saturating subtraction */
	must = _mm256_or_si256(
		_mm256_subs_epu8(p2, _mm256_set1_epi8((char)(0xe0 - 0x80))),
		_mm256_subs_epu8(p3, _mm256_set1_epi8((char)(0xf0 - 0x80))));
	must = _mm256_and_si256(must, _mm256_set1_epi8((char)0x80));
	return _mm256_xor_si256(must, e);
}

/* Is s[0..n) valid UTF-8? Zeros after the end show a cut sequence. */
static AVX2_FN bool utf8_valid_avx2(const unsigned char *s, size_t n)
{
	unsigned char buf[64] __attribute__((aligned(32))) = {0};
	__m256i prev = _mm256_setzero_si256(), err = prev, in;
	size_t i = 0;

	for (; i + 32 <= n; i += 32) {
		in = _mm256_loadu_si256((const __m256i *)(s + i));
		err = _mm256_or_si256(err, u8_errors(in, prev));
		prev = in;
	}
	memcpy(buf, s + i, n - i);
	in = _mm256_load_si256((const __m256i *)buf);
	err = _mm256_or_si256(err, u8_errors(in, prev));
	err = _mm256_or_si256(err, u8_errors(
		_mm256_load_si256((const __m256i *)(buf + 32)), in));
	return _mm256_testz_si256(err, err);
}
#endif

/* Is s[0..n) valid UTF-8? */
static bool utf8_valid(const char *s, size_t n)
{
	bool ascii;

#ifdef BITS_AVX2
	if (bits_avx2)
		return utf8_valid_avx2((const unsigned char *)s, n);
#endif
	return pii_utf8_check(s, n, &ascii);
}

/* (Re)builds m for text[0..n); 0 or -ENOMEM. m->mem must start NULL. */
static int bits_build(const char *text, size_t n, struct scan_bits *m)
{
	const unsigned char *b = (const unsigned char *)text;
	size_t nw = (n + 63) / 64;
	uint64_t *v, hi = 0;
	unsigned spaced = 0;

	if (nw > BITS_INLINE && (!m->mem || nw > m->cap)) {
		free(m->mem);
		m->mem = malloc((nw * 3 + 1) * sizeof(*v));
		if (!m->mem)
			return -ENOMEM;
		m->cap = nw;
	}
	v = nw > BITS_INLINE ? m->mem : m->inl;
	m->nw = nw;
	m->n = n;
	m->letter = v;
	m->word = v + nw;
	m->stop = v + 2 * nw;	/* nw + 1 words: a stop at n */
#ifdef BITS_AVX2
	if (bits_avx512) {
		bits_words_avx512(b, n, nw, m, &hi, &spaced);
		nw = 0;		/* done */
	} else if (bits_avx2) {
		bits_words_avx2(b, n, nw, m, &hi, &spaced);
		nw = 0;
	}
#endif
	for (size_t k = 0; k < nw; k++) {
		uint64_t lt = 0, wd = 0, st = 0;

		for (unsigned j = 0; j < 4; j++) {
			size_t p = 64 * k + 16 * j;
			unsigned char pad[32];
			const unsigned char *q = b + p;
			struct chunk_m c;

			if (p >= n)
				break;
			if (n - p < 22) {
				/* the look-ahead reads zeros past the end */
				memset(pad, 0, sizeof(pad));
				memcpy(pad, q, n - p);
				q = pad;
			}
			chunk_masks(q, p ? b[p - 1] : 0, &c);
			lt |= (uint64_t)c.letter << (16 * j);
			wd |= (uint64_t)c.word << (16 * j);
			st |= (uint64_t)c.stop << (16 * j);
			spaced |= c.spaced;
		}
		m->letter[k] = lt;
		m->word[k] = wd;
		m->stop[k] = st;
		hi |= wd & ~lt;	/* bytes >= 0x80 */
	}
	m->stop[m->nw] = 0;
	m->stop[n >> 6] |= 1ull << (n & 63);
	m->any_hi = hi != 0;
	m->spaced = spaced != 0;
	return 0;
}

static void bits_free(struct scan_bits *m)
{
	free(m->mem);
	m->mem = NULL;
}

/* ---- scan state ---- */

struct cand {
	uint32_t s, e;		/* normalised offsets */
	uint8_t type;
	uint8_t prio;
	uint16_t score;
	uint16_t flags;
};

struct scan {
	const struct pii_engine *eng;
	const char *b;		/* normalised text */
	size_t n;
	const struct pii_norm *nm;
	struct pii_kwhits kw;
	const struct scan_bits *bm;	/* byte classes of b[0..n) */
	pcre2_match_data *md;
	bool md_owned;		/* md is this scan's, not the thread's */
	struct cand *c;
	size_t nc, cap;
	struct cand *c_inline;	/* on the caller's stack: never freed */
	size_t wx_from, wx_end;	/* a run scan_token measured: [from, end) */
	int err;
};

/* Byte classes for the hand-written passes (ASCII only). */
#define CC_DIGIT	0x01
#define CC_ALPHA	0x02

#define CC_A CC_ALPHA
#define CC_D CC_DIGIT
#define CC_ROW_ALPHA CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, \
	CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A
static const uint8_t cclass[256] = {
	['0'] = CC_D, ['1'] = CC_D, ['2'] = CC_D, ['3'] = CC_D, ['4'] = CC_D,
	['5'] = CC_D, ['6'] = CC_D, ['7'] = CC_D, ['8'] = CC_D, ['9'] = CC_D,
	['A'] = CC_ROW_ALPHA, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A,
	CC_A, CC_A,
	['a'] = CC_ROW_ALPHA, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A, CC_A,
	CC_A, CC_A,
};
#undef CC_ROW_ALPHA
#undef CC_A
#undef CC_D

static inline bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool is_alpha(int c)
{
	return (cclass[(unsigned char)c] & CC_ALPHA) != 0;
}

static inline bool is_alnum(int c)
{
	return cclass[(unsigned char)c] != 0;
}

/* Bytes of w (eight text bytes) that are ASCII letters or digits: 0x80
 * in each such byte. Seven-bit range tests, no carry between bytes. */
static inline uint64_t swar_alnum(uint64_t w)
{
	const uint64_t k01 = 0x0101010101010101ull;
	uint64_t x = w & 0x7f7f7f7f7f7f7f7full;
	uint64_t y = x | 0x2020202020202020ull;
	uint64_t dg = (x + k01 * (0x80 - '0')) & ~(x + k01 * (0x7f - '9'));
	uint64_t lt = (y + k01 * (0x80 - 'a')) & ~(y + k01 * (0x7f - 'z'));

	return (dg | lt) & ~w & 0x8080808080808080ull;
}

/* The end of the run of ASCII letters and digits at b[i..n). */
static inline size_t alnum_end(const char *b, size_t n, size_t i)
{
	while (i + 8 <= n) {
		uint64_t w, no;

		memcpy(&w, b + i, 8);
		no = ~swar_alnum(w) & 0x8080808080808080ull;
		if (no)
			return i + ((size_t)__builtin_ctzll(no) >> 3);
		i += 8;
	}
	while (i < n && is_alnum(b[i]))
		i++;
	return i;
}

static inline bool is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool is_hex(int c)
{
	return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/*
 * Is t[0..n) the lower-case ASCII literal lit (n bytes) in any case? The
 * same answer as strncasecmp(t, lit, n) == 0, without a libc call for a
 * few bytes.
 */
/* t[0..n) == lit[0..n), inline (the words are a few bytes). */
static inline bool lit_eq(const char *t, const char *lit, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (t[i] != lit[i])
			return false;
	return true;
}

static inline bool lit_ieq(const char *t, const char *lit, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c != (unsigned char)lit[i])
			return false;
	}
	return true;
}

/* A Cyrillic letter (two bytes) at b[i]? */
static inline bool cyr_at(const char *b, size_t n, size_t i)
{
	return i + 1 < n && ((unsigned char)b[i] == 0xd0 ||
			     (unsigned char)b[i] == 0xd1) &&
	       ((unsigned char)b[i + 1] & 0xc0) == 0x80;
}

/* Does a Cyrillic letter end at b[k] (its two bytes at k - 2)? */
static inline bool cyr_tail(const char *b, size_t k)
{
	return k >= 2 && ((unsigned char)b[k - 2] == 0xd0 ||
			  (unsigned char)b[k - 2] == 0xd1) &&
	       ((unsigned char)b[k - 1] & 0xc0) == 0x80;
}

/* A literal and its length, for the short word lists below. */
struct lit {
	const char *s;
	uint8_t l;
};

#define LIT(x) {x, sizeof(x) - 1}

/* Is t[0..n) one of the v[0..cnt) (lower case) in any case? */
static bool lit_any(const struct lit *v, size_t cnt, const char *t, size_t n)
{
	for (size_t i = 0; i < cnt; i++)
		if (v[i].l == n && lit_ieq(t, v[i].s, n))
			return true;
	return false;
}

/*
 * A phone number's extension after its end b: "ext. 12", "ext 12",
 * "x12", "x 74", "extension 5", "转 6900", "ramal 99", "доб. 123", of one
 * to six digits. Returns the end past it, or b.
 */
static size_t phone_ext(const char *t, size_t n, size_t b)
{
	static const struct lit w[] = {
		LIT("extension"), LIT("ext."), LIT("ext"), LIT("x"),
		LIT("ramal"), LIT("\xe8\xbd\xac"),			/* 转 */
		LIT("\xd0\xb4\xd0\xbe\xd0\xb1."),			/* доб. */
	};
	size_t q = b, d;
	unsigned char c;

	if (q < n && t[q] == ',')
		q++;
	if (q + 2 >= n || t[q] != ' ')
		return b;
	q++;
	/* most numbers are followed by none: the first byte decides */
	c = (unsigned char)t[q] | 0x20;
	if (c != 'e' && c != 'x' && c != 'r' && c != 0xe8 && c != 0xf0)
		return b;
	for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
		if (q + w[k].l >= n || !lit_ieq(t + q, w[k].s, w[k].l) ||
		    (w[k].s[0] == 'x' && q + 1 < n && is_alpha(t[q + 1])))
			continue;
		d = q + w[k].l;
		if (d < n && t[d] == ' ')
			d++;
		if (d < n && is_digit(t[d])) {
			size_t e = d;

			while (e < n && is_digit(t[e]) && e - d < 7)
				e++;
			/* "x 3 pcs", "x 30 mm" are sizes: a spaced "x"
			 * takes two digits and no word after them */
			if (w[k].s[0] == 'x' && d > q + 1 &&
			    (e - d < 2 || (e + 1 < n && t[e] == ' ' &&
					   is_alpha(t[e + 1]))))
				return b;
			if (e - d <= 6 && (e == n || !is_alnum(t[e])))
				return e;
		}
		return b;
	}
	return b;
}

static int add_cand(struct scan *s, size_t a, size_t b, enum pii_type t,
		    unsigned score, unsigned flags)
{
	if (b <= a)
		return 0;
	if (t == PII_PHONE)
		b = phone_ext(s->b, s->n, b);
	if (s->nc == s->cap) {
		size_t nc = s->cap ? 2 * s->cap : 16;
		struct cand *x = realloc(s->c == s->c_inline ? NULL : s->c,
					 nc * sizeof(*x));

		if (!x) {
			s->err = -ENOMEM;
			return -ENOMEM;
		}
		if (s->c == s->c_inline)
			memcpy(x, s->c, s->nc * sizeof(*x));
		s->c = x;
		s->cap = nc;
	}
	s->c[s->nc++] = (struct cand){
		.s = (uint32_t)a, .e = (uint32_t)b, .type = (uint8_t)t,
		.prio = type_prio[t], .score = (uint16_t)score,
		.flags = (uint16_t)flags,
	};
	return 0;
}

/* Moves p back/forward to a code-point boundary of the UTF-8 buffer. */
static size_t cp_floor(const char *b, size_t p)
{
	while (p > 0 && ((unsigned char)b[p] & 0xc0) == 0x80)
		p--;
	return p;
}

static size_t cp_ceil(const char *b, size_t n, size_t p)
{
	while (p < n && ((unsigned char)b[p] & 0xc0) == 0x80)
		p++;
	return p;
}

/*
 * Match data: one per thread, kept for the thread's life (freed by the
 * key's destructor when the thread ends), so that a scan allocates
 * nothing for pcre2. Engines with more capture groups than MD_OVEC (none
 * today) get a fresh one per scan.
 */
#define MD_OVEC 16

static pthread_key_t md_key;
static pthread_once_t md_once = PTHREAD_ONCE_INIT;
static bool md_key_ok;

static void md_destroy(void *p)
{
	pcre2_match_data_free(p);
}

static void md_init(void)
{
	md_key_ok = pthread_key_create(&md_key, md_destroy) == 0;
}

static pcre2_match_data *md_get(uint32_t ovec, bool *owned)
{
	pcre2_match_data *md;

	*owned = false;
	if (ovec <= MD_OVEC) {
		pthread_once(&md_once, md_init);
		if (md_key_ok) {
			md = pthread_getspecific(md_key);
			if (md)
				return md;
			md = pcre2_match_data_create(MD_OVEC, NULL);
			if (md && pthread_setspecific(md_key, md) == 0)
				return md;
			pcre2_match_data_free(md);
		}
	}
	*owned = true;
	return pcre2_match_data_create(ovec, NULL);
}

/*
 * Arrays of one thread's scans of long texts, kept from one scan to the
 * next: a long text's candidates, context-word hits and bitmaps reuse
 * the last long text's memory instead of allocating it afresh, and
 * faulting its pages in, every scan. Freed when the thread ends.
 */
struct scan_keep {
	struct cand *c;
	size_t c_cap;
	struct pii_kwhit *kw;
	size_t kw_cap;
	uint64_t *bits;
	size_t bits_cap;
};

/* Texts longer than this use the kept arrays (shorter ones fit the
 * arrays on scan_bytes' stack nearly always). */
#define KEEP_MIN_TEXT (64 * BITS_INLINE)

static pthread_key_t keep_key;
static pthread_once_t keep_once = PTHREAD_ONCE_INIT;
static bool keep_key_ok;

static void keep_destroy(void *p)
{
	struct scan_keep *k = p;

	free(k->c);
	free(k->kw);
	free(k->bits);
	free(k);
}

static void keep_init(void)
{
	keep_key_ok = pthread_key_create(&keep_key, keep_destroy) == 0;
}

/* The calling thread's kept arrays, or NULL (then a scan allocates its
 * own, as for a short text). */
static struct scan_keep *keep_get(void)
{
	struct scan_keep *k;

	pthread_once(&keep_once, keep_init);
	if (!keep_key_ok)
		return NULL;
	k = pthread_getspecific(keep_key);
	if (k)
		return k;
	k = calloc(1, sizeof(*k));
	if (k && pthread_setspecific(keep_key, k) != 0) {
		free(k);
		k = NULL;
	}
	return k;
}

/*
 * One bounded pcre2 call on b[start..end). Returns >0 on a match (ovector
 * in s->md), 0 for no match, -1 after recording a fail-closed error.
 */
static int re_run(struct scan *s, int id, size_t start, size_t end,
		  uint32_t opts)
{
	int rc;

	if (!s->md) {
		s->md = md_get(s->eng->ovec_max, &s->md_owned);
		if (!s->md) {
			s->err = -ENOMEM;
			return -1;
		}
	}
	/* The JIT entry skips pcre2_match's checks of what we pass (valid
	 * UTF-8, offsets in range); the limits of mctx apply to both. */
	if (s->eng->jit[id])
		rc = pcre2_jit_match(s->eng->re[id], (PCRE2_SPTR)s->b, end,
				     start, opts | PCRE2_NO_UTF_CHECK, s->md,
				     s->eng->mctx);
	else
		rc = pcre2_match(s->eng->re[id], (PCRE2_SPTR)s->b, end, start,
				 opts | PCRE2_NO_UTF_CHECK, s->md,
				 s->eng->mctx);

	if (rc > 0)
		return rc;
	if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
		return 0;
	/* MATCHLIMIT, DEPTHLIMIT, HEAPLIMIT, JIT_STACKLIMIT, NOMEMORY ... */
	s->err = -ERANGE;
	return -1;
}

/* ---- context helpers ---- */

static uint32_t ctx_near(struct scan *s, size_t p, size_t dist, uint32_t mask)
{
	return pii_kw_near(&s->kw, p, dist, mask, NULL);
}

/* Nearest context word before p (any class), within dist. */
static uint32_t ctx_nearest(struct scan *s, size_t p, size_t dist)
{
	return pii_kw_near(&s->kw, p, dist, ~0u, NULL);
}

/* ---- digit groups ---- */

#define MAXBLK 32
#define GRP_DG 64		/* digits of a group kept by read_group */

struct group {
	size_t s, e;		/* span: '+'/'(' .. last digit */
	size_t nb;
	size_t bs[MAXBLK], be[MAXBLK];	/* digit blocks */
	char sep[MAXBLK];	/* separator before block i: ' ', '-', '.', '(',
				 * 'o' (an odd one: odd_sep) */
	char odd;		/* the odd separator's kind, 0 when none */
	bool hg;		/* a letter read as a digit ("096O") */
	bool plus;
	bool paren;		/* "(415) ..." */
	/*
	 * The digits of the blocks one after another, as read_group met
	 * them: block i's start at doff[i], doff[nb] their count. dg holds
	 * the first GRP_DG of them; merged blocks (more than MAXBLK) are
	 * not kept (grp_digits reads the text then).
	 */
	bool merged;
	uint16_t doff[MAXBLK + 1];
	char dg[GRP_DG + 48];	/* + room for a fixed-size copy */
};

/* Digits of blocks [b0, b1] into d (at most cap-1), returns count. */
static size_t grp_digits(const struct scan *s, const struct group *g,
			 size_t b0, size_t b1, char *d, size_t cap)
{
	size_t k = 0;

	if (!g->merged && g->doff[g->nb] <= GRP_DG && cap == 48) {
		/* from the copy read_group made: one fixed-size move */
		size_t c = (size_t)(g->doff[b1 + 1] - g->doff[b0]);

		if (c >= cap)
			return cap;	/* too long for anything */
		memcpy(d, g->dg + g->doff[b0], 48);
		d[c] = '\0';
		return c;
	}

	for (size_t i = b0; i <= b1; i++)
		for (size_t j = g->bs[i]; j < g->be[i]; j++) {
			if (k + 1 >= cap)
				return cap;	/* too long for anything */
			d[k++] = s->b[j];
		}
	d[k] = '\0';
	return k;
}

static bool seps_all(const struct group *g, size_t b0, size_t b1, char c)
{
	for (size_t i = b0 + 1; i <= b1; i++)
		if (g->sep[i] != c)
			return false;
	return true;
}

static bool blk_lens(const struct group *g, size_t b0, size_t b1,
		     const int *lens, size_t nl)
{
	if (b1 - b0 + 1 != nl)
		return false;
	for (size_t i = 0; i < nl; i++)
		if ((int)(g->be[b0 + i] - g->bs[b0 + i]) != lens[i])
			return false;
	return true;
}

/* A unit written with letters beyond ASCII at t[0..n) (t = b + i): its
 * end (i + its length) in *end. */
static bool unit_utf8(const char *t, size_t n, size_t *end, size_t i)
{
	static const struct lit u8[] = {
		LIT("pe\xc3\xa7" "as"), LIT("Pe\xc3\xa7" "as"),	/* peças */
		LIT("St\xc3\xbc" "ck"), LIT("st\xc3\xbc" "ck"),	/* Stück */
		LIT("\xd1\x88\xd1\x82"), LIT("\xd0\xba\xd0\xb3"),	/* шт кг */
		LIT("\xd0\xbf\xd0\xb0\xd1\x80"),			/* пар */
		LIT("\xe4\xbb\xb6"), LIT("\xe4\xb8\xaa"), LIT("\xe5\xa5\x97"),	/* 件 个 套 */
		LIT("\xe7\xae\xb1"), LIT("\xe5\x8f\xb0"), LIT("\xe5\x8f\xaa"),	/* 箱 台 只 */
		LIT("\xe5\x90\xa8"), LIT("\xe7\xb1\xb3"), LIT("\xe5\x85\x83"),	/* 吨 米 元 */
		LIT("\xe5\x80\x8b"), LIT("\xea\xb0\x9c"),		/* 個 개 */
		LIT("\xd9\x82\xd8\xb7\xd8\xb9\xd8\xa9"),		/* قطعة */
		LIT("c\xc3\xa1i"), LIT("chi\xe1\xba\xbf" "c"),	/* cái chiếc */
	};

	for (size_t k = 0; k < sizeof(u8) / sizeof(u8[0]); k++)
		if (n >= u8[k].l && lit_eq(t, u8[k].s, u8[k].l) &&
		    (n == u8[k].l || !is_alpha(t[u8[k].l]))) {
			*end = i + u8[k].l;
			return true;
		}
	return false;
}

/* The word at b[i..): a unit or currency? Its end in *end, the word
 * packed lower-case in *word. */
static bool unit_word(const struct scan *s, size_t i, size_t *end,
		      uint64_t *word)
{
	/*
	 * Units and currencies, each packed little-endian into 64 bits
	 * (generated from: pcs pc pieces piece sets set units unit kg kgs g
	 * t tons ton mt lbs lb cm mm m km ft in inch cbm ctns cartons carton
	 * boxes pallets rolls pairs meters usd eur rmb cny yuan days day
	 * hours h x v w hz mah ml l gsm yards dozen % st stk stuck unidades
	 * piezas pecas sztuk).
	 */
	static const uint64_t units[] = {
		0x736370ull, 0x6370ull, 0x736563656970ull, 0x6563656970ull,
		0x73746573ull, 0x746573ull, 0x7374696e75ull, 0x74696e75ull,
		0x676bull, 0x73676bull, 0x67ull, 0x74ull, 0x736e6f74ull, 0x6e6f74ull,
		0x746dull, 0x73626cull, 0x626cull, 0x6d63ull, 0x6d6dull, 0x6dull,
		0x6d6bull, 0x7466ull, 0x6e69ull, 0x68636e69ull, 0x6d6263ull,
		0x736e7463ull, 0x736e6f74726163ull, 0x6e6f74726163ull,
		0x7365786f62ull, 0x7374656c6c6170ull, 0x736c6c6f72ull,
		0x7372696170ull, 0x73726574656dull, 0x647375ull, 0x727565ull,
		0x626d72ull, 0x796e63ull, 0x6e617579ull, 0x73796164ull, 0x796164ull,
		0x7372756f68ull, 0x68ull, 0x78ull, 0x76ull, 0x77ull, 0x7a68ull,
		0x68616dull, 0x6c6dull, 0x6cull, 0x6d7367ull, 0x7364726179ull,
		0x6e657a6f64ull, 0x25ull, 0x7473ull, 0x6b7473ull, 0x6b63757473ull,
		0x7365646164696e75ull, 0x73617a656970ull, 0x7361636570ull,
		0x6b75747a73ull,
	};
	size_t e = i;
	uint64_t w = 0;

	*word = 0;
	*end = i;
	if (i < s->n && s->b[i] == '%')
		return true;
	while (e < s->n && is_alpha(s->b[e]))
		e++;
	/* a unit with letters of other scripts (peças, Stück, шт, 件 …) */
	if (e < s->n && (unsigned char)s->b[e] >= 0x80 && e - i <= 3)
		return unit_utf8(s->b + i, s->n - i, end, i);
	if (e == i || e - i > 8)
		return false;
	/* the word lower-cased and packed the same way */
	for (size_t k = 0; k < e - i; k++)
		w |= (uint64_t)(unsigned char)(s->b[i + k] | 0x20) << (8 * k);
	*word = w;
	*end = e;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (units[k] == w)
			return true;
	return false;
}

/* unit_after, units of two letters or more ("pcs", "RMB", not "W") */
static bool unit_after_word(const struct scan *s, size_t p)
{
	size_t i = p < s->n && s->b[p] == ' ' ? p + 1 : p, e;
	uint64_t w;

	return unit_word(s, i, &e, &w) && (w > 0xff || w == 0);	/* 0: '%' */
}

/* Word right after p (skipping one space): is it a unit or currency? */
static bool unit_after(const struct scan *s, size_t p)
{
	size_t i = p < s->n && s->b[p] == ' ' ? p + 1 : p, e;
	uint64_t w;

	if (!unit_word(s, i, &e, &w))
		return false;
	/* "120 x 80", "5 x", "2 x pcs"; not "x favor" (Spanish "por
	 * favor") */
	if (w == 'x' && e + 1 < s->n && s->b[e] == ' ' && is_alpha(s->b[e + 1]))
		return unit_word(s, e + 1, &e, &w);
	return true;
}

static bool date_shape(const struct group *g, size_t b0, size_t b1,
		       const struct scan *s)
{
	size_t nb = b1 - b0 + 1;
	int l0, l1, l2;

	/* 20270513: a compact date, 1990-2039 */
	if (nb == 1 && g->be[b0] - g->bs[b0] == 8) {
		const char *d = s->b + g->bs[b0];
		int y = (d[0] - '0') * 10 + d[1] - '0';
		int m = (d[4] - '0') * 10 + d[5] - '0';
		int dd = (d[6] - '0') * 10 + d[7] - '0';

		return ((y == 19 && d[2] == '9') || (y == 20 && d[2] <= '3')) &&
		       m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
	}
	if (nb != 3 || g->sep[b0 + 1] == ' ' || g->sep[b0 + 1] == '(')
		return false;
	l0 = (int)(g->be[b0] - g->bs[b0]);
	l1 = (int)(g->be[b0 + 1] - g->bs[b0 + 1]);
	l2 = (int)(g->be[b0 + 2] - g->bs[b0 + 2]);
	if (l0 == 4 && l1 <= 2 && l2 <= 2)
		return true;
	if (l0 <= 2 && l1 <= 2 && (l2 == 4 || l2 == 2))
		return true;
	return false;
}

static const uint16_t cc1[] = {1, 7};
static const uint16_t cc2[] = {
	20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48,
	49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81,
	82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
};

/* Length of a valid country calling code at the start of d, or 0. */
static int country_code(const char *d, size_t nd)
{
	int v;

	if (nd < 1)
		return 0;
	v = d[0] - '0';
	for (size_t i = 0; i < sizeof(cc1) / sizeof(cc1[0]); i++)
		if (v == cc1[i])
			return 1;
	if (nd < 2)
		return 0;
	v = v * 10 + d[1] - '0';
	for (size_t i = 0; i < sizeof(cc2) / sizeof(cc2[0]); i++)
		if (v == cc2[i])
			return 2;
	if (nd < 3 || v == 0)
		return 0;
	/* Three-digit codes: 21x 22x 23x 24x 25x 26x 29x 35x 37x 38x 42x
	 * 50x 59x 67x 68x 69x 85x 87x 88x 96x 97x 99x. */
	switch (v) {
	case 21: case 22: case 23: case 24: case 25: case 26: case 29:
	case 35: case 37: case 38: case 42: case 50: case 59: case 67:
	case 68: case 69: case 85: case 87: case 88: case 96: case 97:
	case 99:
		return 3;
	default:
		return 0;
	}
}

/* National number lengths of the busiest calling codes (ITU-T E.164
 * national plans); other codes take 6..13. */
static bool cc_len_ok(const char *r, int ccl, size_t nn)
{
	static const struct {
		uint16_t cc;
		uint8_t lo, hi;
	} t[] = {
		{1, 10, 10}, {7, 10, 10}, {86, 10, 11}, {44, 9, 10},
		{91, 10, 10}, {852, 8, 8}, {853, 8, 8}, {886, 8, 9},
		{81, 9, 10}, {82, 8, 10}, {33, 9, 9}, {34, 9, 9},
		{39, 6, 11}, {49, 6, 13}, {55, 10, 11}, {61, 9, 9},
		{65, 8, 8}, {60, 8, 10}, {66, 8, 9}, {84, 9, 10},
		{62, 8, 12}, {63, 10, 10}, {971, 8, 9}, {966, 9, 9},
		{90, 10, 10}, {31, 9, 9}, {32, 8, 9}, {48, 9, 9},
		{52, 10, 11}, {380, 9, 9}, {27, 9, 9}, {234, 8, 10},
	};
	unsigned cc = 0;

	for (int i = 0; i < ccl; i++)
		cc = cc * 10 + (unsigned)(r[i] - '0');
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (t[i].cc == cc)
			return nn >= t[i].lo && nn <= t[i].hi;
	return true;
}

static bool card_prefix(const char *d, size_t nd)
{
	int p2 = (d[0] - '0') * 10 + d[1] - '0';
	int p4 = p2 * 100 + (d[2] - '0') * 10 + d[3] - '0';

	if (d[0] == '4')
		return nd == 13 || nd == 16 || nd == 19;
	if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
		return nd == 16;
	if (p2 == 34 || p2 == 37)
		return nd == 15;
	if (p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499))
		return nd >= 16 && nd <= 19;
	if (p2 == 35)
		return nd >= 16 && nd <= 19;	/* JCB */
	if (p2 == 62)
		return nd >= 16 && nd <= 19;	/* UnionPay */
	if (p2 == 36 || p2 == 38 || p2 == 30)
		return nd >= 14 && nd <= 19;	/* Diners */
	if (p2 == 50 || (p2 >= 56 && p2 <= 69))
		return nd >= 12 && nd <= 19;	/* Maestro */
	if (p4 >= 2200 && p4 <= 2204)
		return nd >= 16 && nd <= 19;	/* Mir */
	if (p4 == 9792)
		return nd == 16;		/* Troy */
	return false;
}

/* Card grouping: compact, 4-4-4-4(-3), 4-6-5, 4-6-4, 6-13 (UnionPay's
 * 19 digits as printed). */
static bool card_format(const struct group *g, size_t b0, size_t b1)
{
	static const int amex[] = {4, 6, 5}, diners[] = {4, 6, 4};
	static const int up19[] = {6, 13};
	size_t nb = b1 - b0 + 1;

	if (nb == 1)
		return true;
	if (g->plus || g->paren)
		return false;
	if (blk_lens(g, b0, b1, amex, 3) || blk_lens(g, b0, b1, diners, 3) ||
	    blk_lens(g, b0, b1, up19, 2))
		return true;
	for (size_t i = b0; i < b1; i++)
		if (g->be[i] - g->bs[i] != 4)
			return false;
	return g->be[b1] - g->bs[b1] >= 1 && g->be[b1] - g->bs[b1] <= 4;
}

/*
 * Is blocks [b0,b1] of g a phone number? Returns a score (0 = no).
 * intl: led by '+' or 00; ctx: phone context nearby; neg: trade context.
 */
static unsigned phone_score(const struct scan *s, const struct group *g,
			    size_t b0, size_t b1, const char *d, size_t nd,
			    bool ctx, bool neg)
{
	bool plus = g->plus && b0 == 0;
	bool paren = g->paren && b0 == 0;
	size_t nb = b1 - b0 + 1;
	bool dots = false, shortblk = false;

	for (size_t i = b0 + 1; i <= b1; i++)
		if (g->sep[i] == '.')
			dots = true;
	for (size_t i = b0; i <= b1; i++)
		if (g->be[i] - g->bs[i] == 1 && !(i == b0 && (plus || d[0] == '1')))
			shortblk = true;
	if (date_shape(g, b0, b1, s))
		return 0;
	if (dots && !ctx && !plus)
		return 0;
	for (size_t i = b0 + 1; i <= b1; i++)
		if (g->sep[i] == '/' && !ctx)
			return 0;
	if (plus || (nd >= 10 && d[0] == '0' && d[1] == '0' && d[2] != '0')) {
		const char *r = plus ? d : d + 2;
		size_t nr = plus ? nd : nd - 2;
		int ccl = country_code(r, nr);
		size_t nn = nr - (size_t)ccl;

		/* "+33 (0)1 ...": the trunk 0 in brackets is not dialled */
		if (plus && b1 >= b0 + 2 && g->sep[b0 + 1] == '(' &&
		    g->be[b0 + 1] - g->bs[b0 + 1] == 1 &&
		    s->b[g->bs[b0 + 1]] == '0' && nn > 0)
			nn--;

		if (!ccl || nn < 6 || nn > 13 || !cc_len_ok(r, ccl, nn))
			return 0;
		if (!plus && neg && !ctx)
			return 0;
		if (!plus && nb == 1 && !ctx)
			return 0;
		return 90;
	}
	if (neg && !ctx)
		return 0;
	/* NANP: (415) 555-0132, 415-555-0132, 1 415 555 0132 */
	{
		const char *x = d;
		size_t nx = nd;

		if (nx == 11 && x[0] == '1') {
			x++;
			nx--;
		}
		if (nx == 10 && x[0] >= '2' && x[3] >= '2') {
			static const int l334[] = {3, 3, 4}, l1334[] = {1, 3, 3, 4};

			if (paren || blk_lens(g, b0, b1, l334, 3) ||
			    blk_lens(g, b0, b1, l1334, 4))
				return 85;
			if (nb == 1 && ctx)
				return 75;
		}
	}
	/* Russia and Kazakhstan with trunk 8: 8-915-941-76-73,
	 * 8 (912) 345-67-89; Belarus: 8 029 285-26-94 */
	if (nd == 11 && d[0] == '8' &&
	    ((d[1] >= '3' && d[1] <= '9') ||
	     (d[1] == '0' && d[2] >= '1' && d[2] <= '4' &&
	      g->be[b0 + 1] - g->bs[b0 + 1] == 3)) &&
	    g->be[b0] - g->bs[b0] == 1 && nb >= 3)
		return ctx ? 85 : 75;
	/* Brazil: the area code in brackets, "(21) 91882-3291", "(11)
	 * 3456-7890" */
	if ((nd == 10 || nd == 11) && g->paren && b0 == 0 && nb == 3 &&
	    d[0] != '0' && g->be[0] - g->bs[0] == 2 &&
	    g->be[1] - g->bs[1] == nd - 6 && g->sep[2] == '-' &&
	    (nd == 10 || d[2] == '9'))
		return ctx ? 85 : 75;
	/* Turkey with trunk 0 before the area code in brackets:
	 * 0 (542) 833 43 86, 0 (212) 555 12 34 */
	if (nd == 11 && d[0] == '0' && d[1] >= '2' && d[1] <= '5' &&
	    g->be[b0] - g->bs[b0] == 1 && nb >= 3 && g->sep[b0 + 1] == '(' &&
	    g->be[b0 + 1] - g->bs[b0 + 1] == 3)
		return ctx ? 85 : 75;
	/* China mobile: 138 0013 8000, 13800138000 */
	if (nd == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9') {
		static const int l344[] = {3, 4, 4};

		if (nb == 1 || blk_lens(g, b0, b1, l344, 3))
			return ctx ? 85 : 75;
	}
	/* India mobile: 98765 43210 */
	if (nd == 10 && d[0] >= '6') {
		static const int l55[] = {5, 5};

		if (blk_lens(g, b0, b1, l55, 2))
			return 80;
	}
	/* National with trunk 0: 020 7946 0958, 07583 594026, 030-1234567 */
	if (d[0] == '0' && d[1] != '0' && nd >= 9 && nd <= 12) {
		static const int l324[] = {3, 2, 4};

		/* "078-05-0000" is laid out as a US SSN: a phone only
		 * after a phone word */
		if (nb >= 2 && !shortblk && g->be[b0] - g->bs[b0] >= 2 &&
		    g->be[b0] - g->bs[b0] <= 5 &&
		    (ctx || !blk_lens(g, b0, b1, l324, 3)))
			return ctx ? 85 : 70;
		if (ctx)
			return 75;
	}
	/* A country code with no '+' or 00 before it, a group of its
	 * own: "86 130 6185 8752" (a Chinese mobile after it), or any
	 * after a phone word ("49 151 6293608") */
	if (nb >= 2 && (ctx || (nd == 13 && d[0] == '8' && d[1] == '6' &&
				d[2] == '1' && d[3] >= '3'))) {
		size_t l0 = g->be[b0] - g->bs[b0];
		int ccl = l0 <= 3 && nd - l0 >= 6 && nd - l0 <= 13 ?
			  country_code(d, nd) : 0;

		if (ccl && (size_t)ccl == l0 && cc_len_ok(d, ccl, nd - l0))
			return ctx ? 85 : 75;
	}
	/* Anything phone-shaped right after a phone word. */
	if (ctx && nd >= 7 && nd <= 13 && !shortblk)
		return 70;
	return 0;
}

/* Is a word of networks right before b[a] (a '=', ':' or spaces
 * between): "wan=", "SRC=", "client "? */
static bool ip_label_before(const char *b, size_t a)
{
	static const struct lit lab[] = {
		LIT("wan"), LIT("lan"), LIT("ip"), LIT("src"), LIT("dst"),
		LIT("client"), LIT("host"), LIT("server"), LIT("addr"),
		LIT("address"), LIT("remote"), LIT("peer"), LIT("gateway"),
		LIT("gw"), LIT("nat"), LIT("proxy"), LIT("rhost"),
		LIT("origin"),
	};
	size_t k = a, e;

	while (k > 0 && a - k < 3 &&
	       (b[k - 1] == '=' || b[k - 1] == ':' || b[k - 1] == ' '))
		k--;
	if (k == a)
		return false;
	e = k;
	while (k > 0 && e - k < 8 && is_alpha(b[k - 1]))
		k--;
	if (k == e || (k > 0 && (is_alnum(b[k - 1]) || b[k - 1] == '_')))
		return false;
	return lit_any(lab, sizeof(lab) / sizeof(lab[0]), b + k, e - k);
}

static bool has_digit(const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (is_digit(b[i]))
			return true;
	return false;
}

static bool ip4_ok(const struct scan *s, const struct group *g, size_t b0,
		   size_t b1, int *first)
{
	if (b1 - b0 != 3 || !seps_all(g, b0, b1, '.'))
		return false;
	for (size_t i = b0; i <= b1; i++) {
		size_t l = g->be[i] - g->bs[i];
		int v = 0;

		if (l > 3 || (l > 1 && s->b[g->bs[i]] == '0'))
			return false;
		for (size_t j = g->bs[i]; j < g->be[i]; j++)
			v = v * 10 + s->b[j] - '0';
		if (v > 255)
			return false;
		if (i == b0)
			*first = v;
	}
	return true;
}

/* Do b[a..z) and a run of spelled digits overlap? */
static bool spelled_in(const struct scan *s, size_t a, size_t z)
{
	for (unsigned k = 0; k < s->nm->nspelled; k++)
		if (a < s->nm->spelled[k][1] && s->nm->spelled[k][0] < z)
			return true;
	return false;
}

/*
 * Did a sentence end between the look-alike word nearest before a (a
 * price, an order, a version: within 24 bytes), which ends at kend, and
 * a? "Ok on the unit
 * price. my number is 0086 138 …": the word speaks of its own sentence.
 */
static bool neg_ended(const struct scan *s, size_t kend, size_t a)
{
	for (size_t i = kend; i < a; i++) {
		unsigned char c = (unsigned char)s->b[i];

		/* (a line break right before the number ends it too) */
		if (c == '\n')
			return true;
		if (i + 1 >= a)
			break;
		if ((c == '!' || c == '?' || c == ';') && s->b[i + 1] == ' ')
			return true;
		if (c == '.' && s->b[i + 1] == ' ') {
			/* not after an abbreviation: "no.", "pcs.", "ref." */
			size_t w = i;

			while (w > 0 && is_alpha(s->b[w - 1]))
				w--;
			if (i - w >= 4 || (w == i && i > kend &&
					   is_digit(s->b[i - 1])))
				return true;
		}
		/* 。！？； */
		if (c == 0xe3 && i + 2 < a && (unsigned char)s->b[i + 1] == 0x80 &&
		    (unsigned char)s->b[i + 2] == 0x82)
			return true;
		if (c == 0xef && i + 2 < a && (unsigned char)s->b[i + 1] == 0xbc &&
		    ((unsigned char)s->b[i + 2] == 0x81 ||
		     (unsigned char)s->b[i + 2] == 0x9f ||
		     (unsigned char)s->b[i + 2] == 0x9b))
			return true;
	}
	return false;
}

/*
 * A phone word right after the number ending at z, with no digit or
 * ASCII letter between: "01757207066 — call anytime",
 * "07089554030までお電話ください".
 */
static bool phone_word_after(const struct scan *s, size_t lo, size_t z)
{
	size_t k = lo, e;

	/* lo: the hits before the number's start; on to its end */
	while (k < s->kw.n && s->kw.v[k].s < z)
		k++;
	if (k >= s->kw.n || s->kw.v[k].s > z + 16 ||
	    !(s->kw.v[k].cls & KW_PHONE))
		return false;
	for (size_t i = z; i < s->kw.v[k].s; i++)
		if (is_alnum(s->b[i]))
			return false;
	/* not the label of the next number: "CEP 80317-451\nTel.: +55 ...",
	 * "Contact: Hannah Lee 0 (517) ..." */
	e = s->kw.v[k].e;
	if (e < s->n && s->b[e] == '.')
		e++;			/* "Tel.:" */
	if (e < s->n && (s->b[e] == ':' ||
			 (e + 2 < s->n && (unsigned char)s->b[e] == 0xef &&
			  (unsigned char)s->b[e + 1] == 0xbc &&
			  (unsigned char)s->b[e + 2] == 0x9a)))
		return false;
	for (size_t i = e; i < s->n && i < e + 12; i++)
		if (is_digit(s->b[i]) || s->b[i] == '+')
			return false;
	return true;
}

/*
 * Has the look-alike word that ends at kend had its own number before
 * a, and the text gone on to something else: a token with a digit,
 * then a word ("container MRKU5577745 / driver 186-1608-4423", "invoice
 * 2024-118 paid, call me 138 0013 8000")? A list of numbers after it
 * ("tracking 7940032588, 7940032590") stays its.
 */
static bool neg_used(const struct scan *s, size_t kend, size_t a)
{
	const char *b = s->b;
	bool num = false;

	for (size_t i = kend; i < a;) {
		unsigned char c = (unsigned char)b[i];
		size_t j = i, letters = 0;
		bool dig = false;

		if (!(is_alnum(c) || c >= 0x80)) {
			i++;
			continue;
		}
		while (j < a && (is_alnum(b[j]) || (unsigned char)b[j] >= 0x80)) {
			dig |= is_digit(b[j]);
			letters += !is_digit(b[j]);
			j++;
		}
		/* a word in capitals may be part of the number ("1Z HND
		 * 8Q1 03 2022 6126"): it takes a small letter or a byte
		 * of another script */
		if (dig) {
			num = true;
		} else if (num && letters >= 2) {
			for (size_t k = i; k < j; k++)
				if (is_lower(b[k]) || (unsigned char)b[k] >= 0x80)
					return true;
		}
		i = j;
	}
	return false;
}

/* "Office: 058.647.9295", "Наш офис: 092905108": the number right
 * after an office's label is its phone (further on, "office: 1-2-3
 * Shibuya, …", the label is an address's) */
static bool office_label(const char *b, size_t a)
{
	size_t k = a;

	while (k > 0 && a - k < 2 && b[k - 1] == ' ')
		k--;
	if (k == 0 || b[k - 1] != ':')
		return false;
	k--;
	return (k >= 6 && lit_ieq(b + k - 6, "office", 6) &&
		(k == 6 || !is_alpha(b[k - 7]))) ||
	       (k >= 8 && lit_eq(b + k - 8, "\xd0\xbe\xd1\x84\xd0\xb8\xd1\x81", 8));	/* офис */
}

/*
 * "New bank account for 70% balance before shipment: 6726…": an account
 * word, "for" and what it is for, a colon, the number. The words between
 * (here "shipment") say what the account is for, not what the number
 * is. One clause: no sentence mark or line break between.
 */
static bool acct_for(const struct scan *s, size_t lo, size_t a)
{
	static const struct lit fors[] = {
		LIT(" for "), LIT(" para "), LIT(" f\xc3\xbcr "),
		LIT(" pour "), LIT(" per "),
	};
	size_t kend = 0, q = a;

	while (q > 0 && s->b[q - 1] == ' ')
		q--;
	if (q == 0 || s->b[q - 1] != ':')
		return false;
	if (!(pii_kw_near_from(&s->kw, lo, a, 64, KW_ACCT, &kend) & KW_ACCT))
		return false;
	for (size_t i = kend; i < q; i++)
		if (s->b[i] == '.' || s->b[i] == ';' || s->b[i] == '\n' ||
		    s->b[i] == '!' || s->b[i] == '?')
			return false;
	for (size_t i = 0; i < sizeof(fors) / sizeof(fors[0]); i++)
		if (q - kend > fors[i].l &&
		    lit_ieq(s->b + kend, fors[i].s, fors[i].l))
			return true;
	return false;
}

/* Do blocks b0..b0+2 read as a date apart by '-', '.' or '/'
 * ("01-08-2024", "2024.08.01")? */
static bool date_blocks(const struct scan *s, const struct group *g,
			size_t b0)
{
	size_t l[3];
	unsigned v[3] = {0, 0, 0};
	char c = g->sep[b0 + 1];

	if ((c != '-' && c != '.' && c != '/') || g->sep[b0 + 2] != c)
		return false;
	for (int k = 0; k < 3; k++) {
		l[k] = g->be[b0 + k] - g->bs[b0 + k];
		for (size_t i = g->bs[b0 + k]; i < g->be[b0 + k]; i++)
			v[k] = v[k] * 10 + (unsigned)(s->b[i] - '0');
	}
	if (l[0] <= 2 && l[1] <= 2 && l[2] == 4)	/* d-m-y, m-d-y */
		return v[0] >= 1 && v[0] <= 31 && v[1] >= 1 && v[1] <= 31 &&
		       (v[0] <= 12 || v[1] <= 12) && v[2] >= 1900 && v[2] <= 2099;
	if (l[0] == 4 && l[1] <= 2 && l[2] <= 2)	/* y-m-d */
		return v[0] >= 1900 && v[0] <= 2099 && v[1] >= 1 && v[1] <= 12 &&
		       v[2] >= 1 && v[2] <= 31;
	return false;
}

/* Is a separator of blocks [b0, b1] an odd one? */
static bool grp_odd(const struct group *g, size_t b0, size_t b1)
{
	for (size_t i = b0 + 1; i <= b1; i++)
		if (g->sep[i] == 'o')
			return true;
	return false;
}

/*
 * Blocks [b0, b1] apart by odd separators (odd_sep): a card when the
 * Luhn check and its grouping say so, a phone number next to a phone
 * word or after '+' or 00, else nothing. Thousands ("1,234,567") are
 * never a phone.
 */
static __attribute__((noinline, cold)) bool
classify_odd(struct scan *s, const struct group *g, size_t b0, size_t b1,
	     const char *d, size_t nd)
{
	size_t a = (b0 == 0) ? g->s : g->bs[b0];
	size_t z = g->be[b1];
	size_t lo = pii_kw_count_before(&s->kw, a);
	bool ctx, intl = (g->plus && b0 == 0) || (d[0] == '0' && d[1] == '0');
	bool thousands = g->odd == ',' && g->be[b0] - g->bs[b0] <= 3;

	for (size_t i = b0 + 1; i <= b1 && thousands; i++)
		thousands = g->be[i] - g->bs[i] == 3;
	if (nd >= 13 && nd <= 19 && !intl && card_prefix(d, nd) &&
	    pii_luhn_valid(d, nd) && card_format(g, b0, b1)) {
		add_cand(s, a, z, PII_PAYMENT_CARD, 95, PII_SPAN_CHECKSUM);
		return true;
	}
	if (thousands || nd < 7 || nd > 15)
		return false;
	if (g->odd == '/' || g->odd == ',') {
		static const int date1[] = {2, 2, 4}, date2[] = {4, 2, 2};
		bool pairs = b1 - b0 + 1 <= 4;

		/* only groups all apart by them, three at least: "86
		 * 124,00" is a price, "10.0.0.1, 10" two numbers */
		if (b1 - b0 < 2)
			return false;
		for (size_t i = b0 + 1; i <= b1; i++)
			if (g->sep[i] != 'o')
				return false;
		/* 12/05/2024, 2024/05/12; sizes 38/40/42/44 */
		for (size_t i = b0; i <= b1 && pairs; i++)
			pairs = g->be[i] - g->bs[i] == 2;
		if (pairs || blk_lens(g, b0, b1, date1, 3) ||
		    blk_lens(g, b0, b1, date2, 3))
			return false;
	}
	ctx = (pii_kw_near_from(&s->kw, lo, a, 40, KW_PHONE | KW_NEG |
				KW_ACCT | KW_ID | KW_VER | KW_IP, NULL) &
	       KW_PHONE) != 0;
	if (!ctx && !intl)
		return false;
	add_cand(s, a, z, PII_PHONE, 80, PII_SPAN_CONTEXT);
	return true;
}

/*
 * Classifies blocks [b0,b1] of a digit group; adds a candidate and
 * returns true when it is personal data.
 */
static bool classify(struct scan *s, const struct group *g, size_t b0,
		     size_t b1)
{
	char d[48];
	size_t nd = grp_digits(s, g, b0, b1, d, sizeof(d));
	size_t a = (b0 == 0) ? g->s : g->bs[b0];
	size_t z = g->be[b1];
	size_t nb = b1 - b0 + 1;
	uint32_t near, any;
	size_t lo, nkend = 0;
	bool neg, phctx;
	int first = 0;
	char after = z < s->n ? s->b[z] : 0;

	/* four blocks may be an IPv4 address of four or five digits */
	if (nd >= sizeof(d) - 1 || (nd < 6 && nb != 4))
		return false;
	if ((g->odd && grp_odd(g, b0, b1)) || g->hg)
		return classify_odd(s, g, b0, b1, d, nd);
	/* every context question below is about position a */
	lo = pii_kw_count_before(&s->kw, a);
	/* (a number's word, "no", says nothing of it: "order no 808-…",
	 * "Sipariş no …" are the order's) */
	near = pii_kw_near_from(&s->kw, lo, a, 24, ~(KW_STREET | KW_UNIT),
				&nkend);
	/* a look-alike word of two letters in small ones is a word of
	 * the sentence ("so here it is: 0034 six two one"), not SO or PO */
	if ((near & KW_NEG) && nkend >= 2 && is_lower(s->b[nkend - 1]) &&
	    is_lower(s->b[nkend - 2]) &&
	    (nkend == 2 || !is_alpha(s->b[nkend - 3])))
		near &= ~KW_NEG;
	any = pii_kw_any_from(&s->kw, lo, a, 48);
	/* a number with a country code or of a Chinese mobile's shape
	 * after the look-alike word's sentence is no look-alike */
	neg = (near & (KW_NEG | KW_VER)) != 0 &&
	      !((g->plus || (d[0] == '0' && d[1] == '0') ||
		 (nd == 11 && d[0] == '1')) && neg_ended(s, nkend, a)) &&
	      !neg_used(s, nkend, a);

	/* a postal item's number (UPU S10): two capitals, nine digits, the
	 * country's two capitals, "RA 086 107 077 RU" */
	if (nd == 9 && a >= 3 && is_upper(s->b[a - 2]) && is_upper(s->b[a - 3]) &&
	    (a == 3 || !is_alnum(s->b[a - 4])) && s->b[a - 1] == ' ' &&
	    z + 3 <= s->n && s->b[z] == ' ' && is_upper(s->b[z + 1]) &&
	    is_upper(s->b[z + 2]) && (z + 3 == s->n || !is_alnum(s->b[z + 3])))
		return false;
	/* IPv4 */
	if (ip4_ok(s, g, b0, b1, &first)) {
		/* "wan=118.19.171.93", "217.252.192.252 port 43394": a
		 * word of networks right before it or a port after it; a
		 * look-alike word another number came after
		 * ("ts=1756320795495 10.2…") says nothing of it */
		bool lab = ip_label_before(s->b, a) ||
			   (z + 6 < s->n && lit_ieq(s->b + z, " port ", 6) &&
			    is_digit(s->b[z + 6]));

		if ((near & KW_VER) && !lab)
			return false;
		if (neg && has_digit(s->b + nkend, a - nkend))
			neg = false;
		/* a port after it ("5.150.90.92:8080"): no version has
		 * one */
		if ((any & KW_IP) || lab || (!neg && first >= 10) ||
		    (after == ':' && z + 1 < s->n && is_digit(s->b[z + 1]))) {
			add_cand(s, g->bs[b0], z, PII_IP_ADDRESS, 85, 0);
			return true;
		}
		return false;
	}
	if (nd < 6)
		return false;
	/* a card in dotted groups of four: 4512.7498.3625.0485 */
	if (nd == 16 && nb == 4 && seps_all(g, b0, b1, '.') &&
	    card_prefix(d, nd) && pii_luhn_valid(d, nd) &&
	    card_format(g, b0, b1) && (!neg || (any & KW_CARD))) {
		add_cand(s, a, z, PII_PAYMENT_CARD, 95, PII_SPAN_CHECKSUM);
		return true;
	}
	/* an SSN or Aadhaar in dots, named as such: 549.87.1276 */
	if (((nd == 9 && (any & KW_SSN)) || (nd == 12 && (any & KW_AADHAAR))) &&
	    seps_all(g, b0, b1, '.') &&
	    (nd == 9 ? pii_ssn_valid(d) : pii_verhoeff_valid(d, nd))) {
		add_cand(s, a, z, PII_NATIONAL_ID, 90, PII_SPAN_CHECKSUM);
		return true;
	}
	for (size_t i = b0 + 1; i <= b1; i++)
		if (g->sep[i] == '.')
			goto phone;	/* dotted numbers: only phones */

	/* China resident ID: 17 digits + X, or 18 digits */
	if ((nd == 17 && (after == 'X' || after == 'x')) || nd == 18) {
		char id[19];

		memcpy(id, d, nd);
		if (nd == 17)
			id[17] = 'X';
		if (pii_cnid_valid(id, 18) && !(after != 'X' && after != 'x' &&
						is_alnum(after))) {
			add_cand(s, g->bs[b0], z + (nd == 17), PII_NATIONAL_ID,
				 95, PII_SPAN_CHECKSUM);
			return true;
		}
	}
	if (is_alpha(after) && !(g->plus && b0 == 0))
		return false;	/* 120cm, 5000pcs, 2x40HQ */

	/* Payment card */
	if (nd >= 13 && nd <= 19 && !(g->plus && b0 == 0) &&
	    (card_prefix(d, nd) || ((near & KW_CARD) && !(any & KW_ID))) &&
	    pii_luhn_valid(d, nd) &&
	    /* a card named as such in any groups: "4213 836 268 537" */
	    (card_format(g, b0, b1) || ((near & KW_CARD) && !g->plus)) &&
	    (!neg || (any & KW_CARD))) {
		add_cand(s, a, z, PII_PAYMENT_CARD, 95, PII_SPAN_CHECKSUM);
		return true;
	}
	/* Aadhaar: 12 digits, Verhoeff, 4-4-4 or named */
	if (nd == 12 && d[0] >= '2' && pii_verhoeff_valid(d, nd)) {
		static const int l444[] = {4, 4, 4};

		if ((any & KW_AADHAAR) ||
		    (!neg && blk_lens(g, b0, b1, l444, 3) &&
		     !(near & KW_PHONE))) {
			add_cand(s, a, z, PII_NATIONAL_ID, 90,
				 PII_SPAN_CHECKSUM |
				 ((any & KW_AADHAAR) ? PII_SPAN_CONTEXT : 0));
			return true;
		}
	}
	static const int l441[] = {4, 4, 1};

	/* US SSN: 3-2-4, or 9 digits named as such */
	if (nd == 9 && pii_ssn_valid(d)) {
		static const int l324[] = {3, 2, 4};

		if ((any & KW_SSN) ||
		    (!neg && blk_lens(g, b0, b1, l324, 3) &&
		     (g->sep[b0 + 1] == '-' || g->sep[b0 + 1] == ' '))) {
			add_cand(s, a, z, PII_NATIONAL_ID, 90, PII_SPAN_CONTEXT);
			return true;
		}
	}
	/* ABA routing number: named (in one group, or in groups parted
	 * alike), or written 0711-0130-7; checksum */
	if (nd == 9 && ((((nb == 1 || seps_all(g, b0, b1, ' ') ||
			   seps_all(g, b0, b1, '-')) &&
			  (pii_kw_near_from(&s->kw, lo, a, 40,
						       KW_ABA | KW_ACCT,
						       NULL) & KW_ABA))) ||
			(!neg && blk_lens(g, b0, b1, l441, 3) &&
			 seps_all(g, b0, b1, '-'))) &&
	    pii_aba_valid(d)) {
		add_cand(s, a, z, PII_BANK_ACCOUNT, 90, PII_SPAN_CHECKSUM);
		return true;
	}
	/* Bank account: introduced as such; up to 20 digits, or 26 in
	 * the groups of a Polish account without its PL ("70 1091 5734
	 * 5767 8077 4028 2574") */
	if (nd >= 6 && (nd <= 20 || (nd == 26 && (nb == 1 || (nb == 7 &&
				     g->be[b0] - g->bs[b0] == 2)))) &&
	    !(g->plus && b0 == 0)) {
		size_t kend = 0;
		uint32_t k = pii_kw_near_from(&s->kw, lo, a, 48,
					      KW_ACCT | KW_PHONE | KW_NEG |
					      KW_ID | KW_CARD | KW_ABA, &kend);

		/* (not a quantity: "breaks 700-1300-9100 pcs"; a unit of
		 * one letter may be a word: "… 3438 W sprawie") */
		if ((((k & KW_ACCT) && !(k & (KW_PHONE | KW_NEG))) ||
		     ((k & KW_NEG) && acct_for(s, lo, a))) &&
		    !unit_after_word(s, z)) {
			add_cand(s, a, z, PII_BANK_ACCOUNT, 75, PII_SPAN_CONTEXT);
			return true;
		}
	}
phone:
	/* a date first: "01-08-2024 20:50" */
	if (b1 >= b0 + 2 && date_blocks(s, g, b0))
		return false;
	/* digits spelled out as words are written so to get past a
	 * filter: as good as a word naming a phone, unless a look-alike
	 * word names them ("número de pedido nueve cero dos …") */
	phctx = (pii_kw_near_from(&s->kw, lo, a, 40, KW_PHONE | KW_NEG |
				  KW_ACCT | KW_ID | KW_VER | KW_IP, NULL) &
		 KW_PHONE) != 0 || (!neg && spelled_in(s, a, z)) ||
		office_label(s->b, a) ||
		(!neg && !(any & KW_NEG) && phone_word_after(s, lo, z)) ||
		phone_ext(s->b, s->n, z) > z;
	/* a unit after it makes a quantity, but no quantity starts with
	 * a 0 or a '+' ("call me 07430 189613 carton size …") */
	if (nd >= 7 && nd <= 17 &&
	    (!unit_after(s, z) || phone_ext(s->b, s->n, z) > z ||
	     (phctx && (d[0] == '0' || (g->plus && b0 == 0))))) {
		unsigned sc = phone_score(s, g, b0, b1, d, nd, phctx, neg);

		if (sc) {
			add_cand(s, a, z, PII_PHONE, sc,
				 phctx ? PII_SPAN_CONTEXT : 0);
			return true;
		}
	}
	return false;
}

/*
 * Is b[q..) a line of digit groups only: digits, spaces and '-' up to
 * the line's end, the text's end or a sentence mark? At least two
 * digits, a digit first.
 */
static __attribute__((noinline, cold)) bool digit_line(const char *b,
							 size_t n, size_t q)
{
	size_t d = 0;

	if (q >= n || !is_digit(b[q]))
		return false;
	for (; q < n && b[q] != '\n'; q++) {
		char c = b[q];

		if (is_digit(c)) {
			d++;
		} else if (c == '.' || c == ',' || c == ';' || c == '!' ||
			   c == '?' || (unsigned char)c >= 0x80 ||
			   (c == ' ' && q + 1 < n && is_alpha(b[q + 1]))) {
			break;		/* "8662." "8662，" "8662 thanks" */
		} else if (c != ' ' && c != '-') {
			return false;
		}
	}
	return d >= 2;
}

/*
 * The bytes of a symbol or emoji at u[j] (U+2190..U+2BFF,
 * U+1F000..U+1FAFF) and of a variation selector after it, or 0.
 */
static size_t sym_len(const unsigned char *u, size_t n, size_t j)
{
	unsigned l;
	uint32_t cp;

	if (j >= n || u[j] < 0xe2 || u[j] >= 0xf8)
		return 0;
	l = u[j] >= 0xf0 ? 4 : 3;
	if (j + l > n)
		return 0;
	cp = l == 4 ? (uint32_t)(u[j] & 7) << 18 |
		      (uint32_t)(u[j + 1] & 0x3f) << 12 |
		      (uint32_t)(u[j + 2] & 0x3f) << 6 | (u[j + 3] & 0x3f) :
		      (uint32_t)(u[j] & 0xf) << 12 |
		      (uint32_t)(u[j + 1] & 0x3f) << 6 | (u[j + 2] & 0x3f);
	if (!((cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff)))
		return 0;
	if (j + l + 2 < n && u[j + l] == 0xef && u[j + l + 1] == 0xb8 &&
	    (u[j + l + 2] == 0x8f || u[j + l + 2] == 0x8e))
		l += 3;
	return l;
}

/*
 * An odd separator between digit groups after b[i] (the last digit):
 * "151 | 2030", "5531 / 7449", "007_953_471", "0550,440,61,47",
 * "+7..906..267", "415 ... 555", "+1 🙂 206 🙂 965": '|', '/', '_',
 * ',', two or three dots, or an emoji or symbol, a space each side
 * allowed, a digit after; the same kind at every one of a group
 * (g->odd). The first digit after it, or 0. Such groups are only cards
 * (Luhn) or phones next to a phone word or after a '+' or 00
 * (classify_odd).
 */
static __attribute__((noinline, cold)) size_t
odd_sep(const char *b, size_t n, size_t i, struct group *g)
{
	const unsigned char *u = (const unsigned char *)b;
	size_t j = i;
	char kind;

	if (j < n && u[j] == ')')	/* "(+971) 🔸 52" */
		j++;
	if (j < n && (u[j] == ' ' || (u[j] == '-' && j + 1 < n &&
				      u[j + 1] == '\n')))
		j++;
	if (j >= n)
		return 0;
	if (u[j] == '\n') {
		/* a number broken over two lines: "+34 65-⏎2 918 606" */
		kind = 'n';
		j++;
	} else if (u[j] == ',' && j == i && j + 1 < n && is_digit(b[j + 1])) {
		/* a comma only with no space: ", " parts a list */
		kind = ',';
		j++;
	} else if (u[j] == '|' || u[j] == '/' || u[j] == '_') {
		kind = (char)u[j++];
	} else if (u[j] == '.' && j + 1 < n && u[j + 1] == '.') {
		kind = '.';
		j += 2;
		if (j < n && u[j] == '.')
			j++;
	} else if (sym_len(u, n, j)) {
		kind = 'e';
		j += sym_len(u, n, j);
	} else {
		return 0;
	}
	if (j < n && u[j] == ' ')
		j++;
	if (j >= n || !is_digit(b[j]) || (g->odd && g->odd != kind))
		return 0;
	g->odd = kind;
	return j;
}

/* Is b[k] an O, o, I or l that stands for a digit: beside a digit, no
 * letter beside it ("096O", "l4", "+9o", not "5oz", "10lbs")? */
static inline bool hg_digit(const char *b, size_t n, size_t k)
{
	char c = b[k];

	return (c == 'O' || c == 'o' || c == 'I' || c == 'l') &&
	       ((k > 0 && is_digit(b[k - 1])) ||
		(k + 1 < n && is_digit(b[k + 1]))) &&
	       !(k > 0 && is_alpha(b[k - 1])) &&
	       !(k + 1 < n && is_alpha(b[k + 1]));
}

/*
 * Reads a digit group at p; returns its end (> p) or p when none. With
 * odd, the odd separators of odd_sep part groups too (read_group asks
 * for them only where one follows the plain reading's end).
 */
static inline __attribute__((always_inline)) size_t
read_group_x(const struct scan *s, size_t p, struct group *g, const bool odd)
{
	const char *b = s->b;
	size_t n = s->n, i = p, nd = 0;

	g->nb = 0;
	g->plus = false;
	g->paren = false;
	g->merged = false;
	g->odd = 0;
	g->hg = false;
	g->sep[0] = 0;
	g->s = p;
	if (b[i] == '+') {
		g->plus = true;
		i++;
		if (i < n && b[i] == ' ')
			i++;
	}
	if (i < n && b[i] == '(') {
		g->paren = true;
		i++;
		if (i < n && b[i] == '+') {
			g->plus = true;
			i++;
		}
	}
	if (i >= n || !is_digit(b[i]))
		return p;
	for (;;) {
		size_t st = i, j, spaces = 0, dash = 0, par = 0;
		char sep = 0;

		if (g->nb < MAXBLK)
			g->doff[g->nb] = (uint16_t)(nd < 0xffff ? nd : 0xffff);
run_more:
		/* the run eight bytes at a time: a byte is no digit when
		 * (c ^ '0') >= 10, tested without carries between bytes;
		 * dg has room for the whole word past GRP_DG */
		while (i + 8 <= n) {
			uint64_t w, x, nod;
			size_t k;

			memcpy(&w, b + i, 8);
			x = w ^ 0x3030303030303030ull;
			nod = (((x & 0x7f7f7f7f7f7f7f7full) +
				0x7676767676767676ull) | x) &
			      0x8080808080808080ull;
			k = nod ? (size_t)__builtin_ctzll(nod) >> 3 : 8;
			if (nd < GRP_DG)
				memcpy(g->dg + nd, &w, 8);
			nd += k;
			i += k;
			if (k < 8)
				goto run_end;
		}
		while (i < n && is_digit(b[i])) {
			if (nd < GRP_DG)
				g->dg[nd] = b[i];
			nd++;
			i++;
		}
run_end:
		/* O or o for 0, I or l for 1 beside a digit: "096O 896I" */
		if (odd && i < n && hg_digit(b, n, i)) {
			if (nd < GRP_DG)
				g->dg[nd] = (b[i] | 0x20) == 'o' ? '0' : '1';
			nd++;
			i++;
			g->hg = true;
			goto run_more;
		}
		if (g->nb < MAXBLK) {
			g->bs[g->nb] = st;
			g->be[g->nb] = i;
			g->nb++;
			g->doff[g->nb] = (uint16_t)(nd < 0xffff ? nd : 0xffff);
		} else {
			/* Too many blocks: merge into the last one. */
			g->be[MAXBLK - 1] = i;
			g->merged = true;
		}
		g->e = i;
		/* separator: up to 3 of " -.()", one space, one dash/dot */
		j = i;
		while (j < n && j - i < 3) {
			char c = b[j];

			if (c == ' ')
				spaces++;
			else if (c == '-' || c == '.')
				dash++;
			else if (c == '(' || c == ')')
				par++;
			else
				break;
			if (!sep || sep == ' ')
				sep = c == ')' ? ' ' : c;
			j++;
		}
		/* a line break before a line of digit groups only
		 * ("133\n9957\n6891"): read as a space */
		if (j == i && i < n && b[i] == '\n' && digit_line(b, n, i + 1)) {
			spaces = 1;
			sep = ' ';
			j = i + 1;
		}
		/* "0162/6113835": a German or Austrian area code and its
		 * number; "0498/61.45.62", "02/123.45.67": a Belgian one and
		 * its number in groups. The only '/' taken (phone_score
		 * wants a phone word for it). */
		if (j == i && i + 1 < n && b[i] == '/' && g->nb == 1 &&
		    nd >= 2 && nd <= 5 && b[st] == '0' && is_digit(b[i + 1])) {
			size_t k = i + 1;

			while (k < n && is_digit(b[k]))
				k++;
			if ((k - (i + 1) >= 5 && (k >= n || !is_alnum(b[k]))) ||
			    (k - (i + 1) >= 2 && k - (i + 1) <= 3 &&
			     k + 1 < n && (b[k] == '.' || b[k] == ' ') &&
			     is_digit(b[k + 1]))) {
				sep = '/';
				j = i + 1;
			}
		}
		/* "4472  4047  3536  1300": two spaces between groups of
		 * four, as cards are sometimes spaced out */
		if (spaces == 2 && j == i + 2 && i - st == 4 && j + 4 <= n &&
		    is_digit(b[j]) && is_digit(b[j + 3]) &&
		    (j + 4 == n || !is_digit(b[j + 4])))
			spaces = 1;
		/* ". " ends a sentence, not a group ("…2427 1221. 09:15") */
		if (j == i + 2 && b[i] == '.' && b[i + 1] == ' ')
			j = i;
		if (j == i || spaces > 1 || dash > 1 || par > 2 || j >= n ||
		    !is_digit(b[j])) {
			size_t o = odd ? odd_sep(b, n, i, g) : 0;

			if (!o && odd && j > i && j < n && hg_digit(b, n, j) &&
			    spaces + dash + par <= 2) {
				/* a group that begins with a letter for a
				 * digit: "(942) o68 26 94" */
				if (g->nb < MAXBLK)
					g->sep[g->nb] = sep;
				i = j;
				continue;
			}
			if (!o)
				break;
			sep = 'o';
			j = o;
		}
		/* "1.5" or "3.20": a dot between short digit runs with
		 * nothing else is a decimal unless more dots follow. */
		if (g->nb < MAXBLK)
			g->sep[g->nb] = sep;
		i = j;
	}
	return g->e;
}

/* Digits in a row from b[i] on (at most 8). */
static inline size_t digits_at(const char *b, size_t n, size_t i)
{
	size_t k = i;

	while (k < n && k - i < 8 && is_digit(b[k]))
		k++;
	return k - i;
}

/* The rest of odd_may_follow, for the separators that also part
 * thousands and dates: c at b[j] after the digit at b[i - 1]. */
static __attribute__((noinline)) bool
odd_may_follow_slow(const char *b, size_t n, size_t i, size_t j, char c)
{
	size_t k = j + 1, before = 0;

	while (before < i && before < 8 && is_digit(b[i - 1 - before]))
		before++;
	switch (c) {
	case ',':
		/* no space; not "12,345" */
		return j == i && k < n && is_digit(b[k]) &&
		       !(before <= 3 && digits_at(b, n, k) == 3);
	case '.':
		return k < n && b[k] == '.';
	case '/': {
		size_t after, k2;

		if (k < n && b[k] == ' ')
			k++;
		after = digits_at(b, n, k);
		if (!after)
			return false;
		/* 12/05/2024, 2024/05/12 */
		k2 = k + after;
		return !((before == 1 || before == 2 || before == 4) &&
			 (after == 1 || after == 2) && k2 + 1 < n &&
			 b[k2] == '/' && (digits_at(b, n, k2 + 1) == 2 ||
					  digits_at(b, n, k2 + 1) == 4));
	}
	default:	/* '|', '_', '\n' */
		if (k < n && b[k] == ' ')
			k++;
		return k < n && is_digit(b[k]);
	}
}

/*
 * May an odd separator (odd_sep) follow the digit at b[i - 1]? As odd_sep
 * asks, less the same kind throughout, and not where the text reads as
 * thousands ("12,345") or a date ("12/05/2024"): a number that ends so
 * is read again only when it can be one of them. The bytes after the
 * number decide by a table, without a branch, for most numbers (what
 * follows a number is as good as random: a branch on it would be
 * mispredicted as often).
 */
static inline bool odd_may_follow(const char *b, size_t n, size_t i)
{
	/* 1: may start one; 2: with a '.' after it; 4: with a digit
	 * after it (a comma with no space: "0550,440"); 8: with a digit or
	 * a space after it ("0034/621", "5531 / 7449"; not "2.45/pc") */
	static const uint8_t cand[256] = {
		[','] = 4, ['.'] = 2, ['/'] = 8, ['|'] = 8, ['_'] = 8,
		['\n'] = 8, [0xe2] = 1, [0xf0] = 1,
		['O'] = 16, ['o'] = 16, ['I'] = 16, ['l'] = 16,
	};
	const unsigned char *u = (const unsigned char *)b;
	unsigned c0 = i < n ? u[i] : 0, c1 = i + 1 < n ? u[i + 1] : 0;
	unsigned c2 = i + 2 < n ? u[i + 2] : 0;
	unsigned par = c0 == ')';
	unsigned x0 = par ? c1 : c0, x1 = par ? c2 : c1;
	unsigned sk = (x0 == ' ') | ((x0 == '-') & (x1 == '\n'));
	unsigned c = sk ? x1 : x0;
	size_t j = i + par + sk;
	unsigned nx = j + 1 < n ? u[j + 1] : 0, f = cand[c];

	if (__builtin_expect(!((f & 1) | ((f >> 1) & (nx == '.')) |
			       ((f >> 2) & ((nx - '0') < 10u)) |
			       ((f >> 3) & ((nx - '0') < 10u || nx == ' ')) |
			       ((f >> 4) & ((nx - '0') < 10u ||
					    (!(par | sk) && ((nx | 0x20) - 'a') >= 26u)))),
			     1))
		return false;
	if (f & 16)		/* "096O", "(942) o68": a letter for a digit */
		return hg_digit(b, n, i + par + sk);
	{

		if (j >= n)
			return false;
		if (c >= 0x80)	/* an emoji or symbol; not CJK ("10000套") */
			return sym_len(u, n, j) != 0;
		return odd_may_follow_slow(b, n, i, j, (char)c);
	}
}

static __attribute__((noinline, cold)) size_t
read_group_odd(const struct scan *s, size_t p, struct group *g)
{
	return read_group_x(s, p, g, true);
}

static inline __attribute__((always_inline)) size_t
read_group(const struct scan *s, size_t p, struct group *g)
{
	size_t e = read_group_x(s, p, g, false);

	if (__builtin_expect(e > p && odd_may_follow(s->b, s->n, e), 0))
		return read_group_odd(s, p, g);
	return e;
}

/*
 * Is the seven-digit run at p the serial and check digit of a container
 * number written "CSQU 3054383" (ISO 6346)? Then it is no phone number.
 */
static bool container_before(const struct scan *s, size_t p)
{
	const char *b = s->b;
	char c[11];

	if (p < 5 || b[p - 1] != ' ' || (p > 5 && is_alnum(b[p - 6])) ||
	    (p + 7 < s->n && is_alnum(b[p + 7])))
		return false;
	for (size_t i = p - 5; i < p - 1; i++)
		if (!is_upper(b[i]))
			return false;
	memcpy(c, b + p - 5, 4);
	memcpy(c + 4, b + p, 7);
	return pii_iso6346_valid(c);
}

/*
 * Words that join the parts of a number read out ("6363 y 6847 y
 * después 8044", "+43 660 und dann 4875520", "197 接着 6329"): after
 * b[q..) (the end of a group), the start of the next group when one
 * or two of them stand between, else 0.
 */
static size_t conn_next(const char *b, size_t n, size_t q)
{
	/* by length in bytes: y, e; em, et, и; and, und; then, next, dann,
	 * puis; luego; depois; seguida; después; потом, затем; and the CJK
	 * ones, 接着, 再加, 然后 (six bytes, no space needed) */
	static const char *const w[15][4] = {
		[1] = {"y", "e"},
		[2] = {"em", "et", "\xd0\xb8"},
		[3] = {"and", "und"},
		[4] = {"then", "next", "dann", "puis"},
		[5] = {"luego"},
		[6] = {"depois"},
		[7] = {"seguida"},
		[8] = {"despu\xc3\xa9s"},
		[10] = {"\xd0\xbf\xd0\xbe\xd1\x82\xd0\xbe\xd0\xbc",
			"\xd0\xb7\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbc"},
	};
	static const char cjk[3][7] = {
		"\xe6\x8e\xa5\xe7\x9d\x80", "\xe5\x86\x8d\xe5\x8a\xa0",
		"\xe7\x84\xb6\xe5\x90\x8e",
	};
	size_t words = 0;

	while (words < 3) {
		size_t wl, l = 0;

		if (q < n && b[q] == ' ')
			q++;
		if (q < n && (is_digit(b[q]) || b[q] == '+'))
			return words ? q : 0;
		if (q >= n)
			return 0;
		if ((unsigned char)b[q] >= 0xe0) {
			for (int k = 0; k < 3 && !l; k++)
				if (n - q >= 6 && !memcmp(b + q, cjk[k], 6))
					l = 6;
		} else {
			/* the first two letters of some entry, first */
			unsigned char c0 = (unsigned char)(b[q] | 0x20);
			unsigned char c1 = q + 1 < n ?
					   (unsigned char)(b[q + 1] | 0x20) : 0;
			bool maybe;

			switch (c0) {
			case 'y': maybe = c1 == ' '; break;
			case 'e': maybe = c1 == ' ' || c1 == 'm' || c1 == 't'; break;
			case 'a': case 'u': maybe = c1 == 'n'; break;
			case 't': maybe = c1 == 'h'; break;
			case 'n': case 's': maybe = c1 == 'e'; break;
			case 'd': maybe = c1 == 'a' || c1 == 'e'; break;
			case 'p': case 'l': maybe = c1 == 'u'; break;
			case 0xf0:	/* 0xd0 | 0x20: и, потом, затем */
				maybe = b[q] == '\xd0' &&
					(c1 == 0xb8 || c1 == 0xbf || c1 == 0xb7);
				break;
			default: maybe = false;
			}
			if (!maybe)
				return 0;
			/* a word of letters (two-byte ones too), then a
			 * space */
			for (wl = q; wl < n && wl - q < 15 &&
				     (is_alpha(b[wl]) ||
				      ((unsigned char)b[wl] >= 0x80 &&
				       (unsigned char)b[wl] < 0xe0)); wl++)
				;
			wl -= q;
			if (wl == 0 || wl >= 15 || q + wl >= n ||
			    b[q + wl] != ' ')
				return 0;
			for (int k = 0; k < 4 && w[wl][k] && !l; k++)
				if (lit_ieq(b + q, w[wl][k], wl))
					l = wl;
		}
		if (!l)
			return 0;
		q += l;
		words++;
	}
	return 0;
}

/* Is a stop of the byte-class bitmap in m at i .. i + d (d < 64)? */
static inline bool stop_within(const struct scan_bits *m, size_t i, size_t d)
{
	size_t blk = i >> 6;
	uint64_t w;

	if (i >= m->n)
		return false;
	w = m->stop[blk] >> (i & 63);
	if ((i & 63) + d >= 64 && blk + 1 < m->nw)
		w |= m->stop[blk + 1] << (63 - (i & 63)) << 1;
	return (w & ((2ull << d) - 1)) != 0;
}

/* Appends h's blocks to g (a connective word between them, read as a
 * space); false when they do not fit. */
static bool group_join(struct group *g, const struct group *h)
{
	size_t nd = g->doff[g->nb];

	if (g->merged || h->merged || g->nb + h->nb > MAXBLK ||
	    nd + h->doff[h->nb] > GRP_DG)
		return false;
	memcpy(g->dg + nd, h->dg, h->doff[h->nb]);
	for (size_t k = 0; k < h->nb; k++) {
		g->bs[g->nb] = h->bs[k];
		g->be[g->nb] = h->be[k];
		g->sep[g->nb] = k ? h->sep[k] : ' ';
		g->doff[g->nb] = (uint16_t)(nd + h->doff[k]);
		g->nb++;
	}
	g->doff[g->nb] = (uint16_t)(nd + h->doff[h->nb]);
	g->e = h->e;
	return true;
}

/*
 * The groups of a number read out with words between them, joined: a
 * phone number after a phone word or with its '+', or a card that
 * passes its checks; nothing else (the words make anything else too
 * likely two numbers).
 */
static void scan_joined(struct scan *s, const struct group *g0, size_t q)
{
	struct group g = *g0, h;
	size_t nc0 = s->nc, kept = nc0;

	while (q) {
		size_t e = read_group(s, q, &h);

		if (e == q || h.plus || !group_join(&g, &h))
			return;
		q = conn_next(s->b, s->n, e);
	}
	if (!classify(s, &g, 0, g.nb - 1) || s->err)
		return;
	for (size_t i = nc0; i < s->nc; i++)
		if (s->c[i].type == PII_PAYMENT_CARD ||
		    (s->c[i].type == PII_PHONE &&
		     ((s->c[i].flags & PII_SPAN_CONTEXT) || g.plus)))
			s->c[kept++] = s->c[i];
	s->nc = kept;
}

static size_t country_at(const char *b, size_t n, size_t i);

/*
 * "Aeschenvorstadt 41, 4051 Basel", "Průmyslová 215/40, 102 00 Praha 10",
 * "Laan van Nieuw Oost-Indië 183, 2593 TT Den Haag": a street with no
 * street word the patterns know, its number, a comma, the postcode
 * (b[p..e)) and a town. The street is up to four words, the first
 * capitalised, with no look-alike or phone word among them; the town
 * up to three capitalised words (a number may follow: "Praha 10") and
 * no unit ("5000 Stück").
 */
static void addr_pc(struct scan *s, size_t p, size_t e)
{
	static const struct lit particle[] = {
		LIT("van"), LIT("von"), LIT("de"), LIT("der"), LIT("den"),
		LIT("la"), LIT("le"), LIT("del"), LIT("di"), LIT("da"),
		LIT("do"), LIT("dos"), LIT("das"), LIT("du"), LIT("des"),
	};
	const char *b = s->b;
	size_t n = s->n, z = e, t, k, st = SIZE_MAX, words = 0, one = 0;

	/* four digits like a year ("Hello 12, 2024 Spring sale") */
	if (e - p == 4 && ((b[p] == '1' && b[p + 1] == '9') ||
			   (b[p] == '2' && b[p + 1] == '0')))
		return;
	if (z + 4 < n && b[z] == ' ' && is_upper(b[z + 1]) &&
	    is_upper(b[z + 2]) && b[z + 3] == ' ')
		z += 3;				/* Dutch: "2593 TT" */
	if (z + 2 >= n || b[z] != ' ' ||
	    !(is_upper(b[z + 1]) || (unsigned char)b[z + 1] == 0xc3 ||
	      (unsigned char)b[z + 1] == 0xc5) || unit_after(s, z))
		return;
	t = z + 1;
	for (;;) {
		size_t w = t;

		while (t < n && t - w < 40 &&
		       (is_alpha(b[t]) || b[t] == '-' ||
			((unsigned char)b[t] >= 0x80 &&
			 (unsigned char)b[t] < 0xe0)))
			t++;
		if (words == 0)
			one = t;
		if (t - w < 2 || ++words == 3 || t + 1 >= n || b[t] != ' ')
			break;
		if (is_digit(b[t + 1]) && (t + 2 >= n || !is_alnum(b[t + 2]) ||
					   (is_digit(b[t + 2]) &&
					    (t + 3 >= n || !is_alnum(b[t + 3]))))) {
			/* "Praha 10", "Praha 6" (the text may end there) */
			t += t + 2 < n && is_digit(b[t + 2]) ? 3 : 2;
			break;
		}
		if (!is_upper(b[t + 1]))
			break;
		t++;
	}
	/* a town of more words ends the line or the clause ("Den Haag,";
	 * not "Köln Der Preis …") */
	if (words > 1 && t < n && b[t] != ',' && b[t] != '.' && b[t] != ';' &&
	    b[t] != '\n' && b[t] != '\r' && b[t] != ')' && b[t] != '!')
		t = one;
	if (t - z < 3)
		return;
	/* the house number before the comma: 41, 215/40, 12a */
	k = p - 2;
	{
		size_t d = k, digits = 0;

		if (d > 0 && is_alpha(b[d - 1]) && d >= 2 && is_digit(b[d - 2]))
			d--;
		while (d > 0 && is_digit(b[d - 1]) && digits < 5) {
			d--;
			digits++;
		}
		if (d > 0 && b[d - 1] == '/' && digits) {
			d--;
			digits = 0;
			while (d > 0 && is_digit(b[d - 1]) && digits < 5) {
				d--;
				digits++;
			}
		}
		if (!digits || digits > 4 || d < 2 || b[d - 1] != ' ')
			return;
		k = d - 1;
	}
	/* the street: words back from k, the first capitalised */
	for (int i = 0; i < 4 && k > 0; i++) {
		size_t w = k;

		while (w > 0 && k - w < 40 &&
		       (is_alpha(b[w - 1]) || b[w - 1] == '-' ||
			b[w - 1] == '.' || b[w - 1] == '\'' ||
			((unsigned char)b[w - 1] >= 0x80 &&
			 (unsigned char)b[w - 1] < 0xe0)))
			w--;
		if (w == k || k - w >= 40)
			break;
		if (is_upper(b[w]) || ((unsigned char)b[w] == 0xc3 &&
				       (unsigned char)b[w + 1] < 0x9f) ||
		    (unsigned char)b[w] == 0xc5)
			st = w;
		else if (!lit_any(particle, sizeof(particle) /
				  sizeof(particle[0]), b + w, k - w))
			break;		/* "van", "de", "la" inside the name */
		if (w == 0 || b[w - 1] != ' ')
			break;
		k = w - 1;
	}
	if (st == SIZE_MAX || p - st < 8)
		return;
	/* no look-alike, phone or account word in it ("Order 55, 1000
	 * Stück", "Tel 12, 4051 …") */
	if (pii_kw_any_from(&s->kw, pii_kw_count_before(&s->kw, p), p,
			    p - st + 24) & (KW_NEG | KW_PHONE | KW_ACCT | KW_VER))
		return;
	if (t + 2 < n && b[t] == ',' && b[t + 1] == ' ') {
		size_t c = country_at(b, n, t + 2);

		if (c > t + 2)
			t = c;
	}
	/* below the patterns' addresses: where one of them reads the same
	 * address, its span stands */
	if (add_cand(s, st, t, PII_POSTAL_ADDRESS, 70, 0) == 0)
		s->c[s->nc - 1].prio = type_prio[PII_POSTAL_ADDRESS] - 1;
}

static void scan_digits(struct scan *s, size_t p, size_t *next)
{
	bool uni4 = false;
	struct group g;
	size_t end = read_group(s, p, &g), q;

	*next = end > p ? end : p + 1;
	if (end == p)
		return;
	/* "6363 y 6847 y después 8044 y 5010": only where something the
	 * pre-scan stops at (a digit, a '+') follows within 20 bytes */
	if (end < s->n && (s->b[end] == ' ' ||
			   (unsigned char)s->b[end] >= 0xe0) &&
	    stop_within(s->bm, end + 1, 20) &&
	    (q = conn_next(s->b, s->n, end)) != 0) {
		size_t nc0 = s->nc;

		scan_joined(s, &g, q);
		if (s->nc > nc0) {
			*next = s->c[s->nc - 1].e;
			return;
		}
	}
	/* fewer than six digits in all: classify takes neither the group
	 * nor any of its parts (prices, quantities, dates, times); a
	 * postcode after a street and its number may end an address */
	if (!g.merged && g.doff[g.nb] < 6 && g.nb != 4) {
		if (g.doff[g.nb] >= 4 && (g.nb == 1 || (g.nb == 2 &&
		    g.sep[1] == ' ' && g.be[0] - g.bs[0] == 3)) &&
		    p >= 4 && s->b[p - 1] == ' ' && s->b[p - 2] == ',')
			addr_pc(s, p, end);
		return;
	}
	if (g.nb == 1 && g.doff[1] == 7 && container_before(s, p))
		return;
	if (classify(s, &g, 0, g.nb - 1) || s->err)
		return;
	/* Two numbers side by side ("ID ... 138..."): try sub-ranges
	 * that start and end at a space. No phone is carved out of one
	 * long number in groups of four ("6211 7497 8020 1493 752", a card
	 * that fails its check); a card or an ID may be. */
	if (g.nb < 2)
		return;
	if (g.nb >= 4 && g.doff[g.nb] >= 16) {
		size_t b = 0;

		while (b + 1 < g.nb && g.be[b] - g.bs[b] == 4 &&
		       (b == 0 || g.sep[b] == ' '))
			b++;
		uni4 = b + 1 == g.nb && g.sep[b] == ' ' &&
		       g.be[b] - g.bs[b] <= 4;
	}
	for (size_t b0 = 0; b0 < g.nb; b0++) {
		if (b0 > 0 && g.sep[b0] != ' ' && g.sep[b0] != 'o')
			continue;
		for (size_t b1 = (b0 + 7 < g.nb ? b0 + 7 : g.nb - 1); ; b1--) {
			size_t nc0 = s->nc;

			if ((b1 + 1 == g.nb || g.sep[b1 + 1] == ' ' ||
			     g.sep[b1 + 1] == 'o') &&
			    !(b0 == 0 && b1 + 1 == g.nb) &&
			    classify(s, &g, b0, b1) &&
			    /* (nor an Aadhaar not named as one:
			     * "3598 3279 2702" of "… 2702 1477") */
			    !(uni4 && s->nc == nc0 + 1 &&
			      (s->c[nc0].type == PII_PHONE ||
			       (s->c[nc0].type == PII_NATIONAL_ID &&
				!(s->c[nc0].flags & PII_SPAN_CONTEXT))) &&
			      (s->nc = nc0, 1))) {
				b0 = b1;
				break;
			}
			if (b1 == b0)
				break;
		}
	}
}

/* ---- alnum tokens: wallets, IBAN, NINO, BIC, messenger ids ---- */

static bool all_b58(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = t[i];

		if (!is_alnum(c) || c == '0' || c == 'O' || c == 'I' || c == 'l')
			return false;
	}
	return true;
}

static bool bic_country(const char *cc)
{
	static const char extra[][3] = {
		"US", "CN", "HK", "JP", "SG", "IN", "AU", "CA", "KR", "TW",
		"MY", "TH", "VN", "ID", "PH", "NZ", "ZA", "MX", "AR", "CL",
		"CO", "PE", "NG", "KE", "MA", "BD", "LK", "MO",
	};

	if (pii_iban_country_len(cc))
		return true;
	for (size_t i = 0; i < sizeof(extra) / sizeof(extra[0]); i++)
		if (extra[i][0] == cc[0] && extra[i][1] == cc[1])
			return true;
	return false;
}

/* IBAN starting at p (two letters, two digits); returns end or 0. */
/*
 * Past the country and check digits (k >= 4), more ways an IBAN is
 * written apart: groups between '|', '/' or '_' (a space each side
 * allowed), an emoji or symbol, or a single space anywhere ("FR7619
 * 9710 626 47"). The first byte of the next group, or 0. The check
 * digits decide, as for the plain groups.
 */
static __attribute__((noinline, cold)) size_t
iban_odd_sep(const struct scan *s, size_t i, size_t k)
{
	const unsigned char *u = (const unsigned char *)s->b;
	size_t n = s->n, j = i;

	if (u[j] == ' ' && j + 1 < n && is_alnum(u[j + 1]))
		return j + 1;
	if (u[j] == ' ')
		j++;
	if (j < n && (u[j] == '|' || u[j] == '/' || u[j] == '_')) {
		j++;
	} else if (k % 4 == 0 && sym_len(u, n, j)) {
		j += sym_len(u, n, j);
	} else {
		return 0;
	}
	if (j < n && u[j] == ' ')
		j++;
	return j < n && is_alnum(u[j]) ? j : 0;
}

static size_t iban_at(const struct scan *s, size_t p)
{
	char c[40];
	const char cc[2] = {(char)(s->b[p] & ~0x20), (char)(s->b[p + 1] & ~0x20)};
	int L = pii_iban_country_len(cc);
	size_t i = p, k = 0;

	if (!L)
		return 0;
	while (i < s->n && k < (size_t)L) {
		char ch = s->b[i];

		size_t w;

		if (is_alnum(ch)) {
			c[k++] = (char)(is_alpha(ch) ? (ch & ~0x20) : ch);
			i++;
		} else if ((ch == ' ' || ch == '-' || ch == '\n' ||
			    (ch == '.' && k >= 4)) && k % 4 == 0 && k > 0 &&
			   i + 1 < s->n && is_alnum(s->b[i + 1])) {
			/* groups of four apart by a space, '-', a line
			 * break or '.' ("GB89.NWBK.3167…"): the check
			 * digits decide */
			i++;
		} else if (k >= 4 && (w = iban_odd_sep(s, i, k)) != 0) {
			i = w;
		} else {
			break;
		}
	}
	if (k != (size_t)L || (i < s->n && is_alnum(s->b[i])))
		return 0;
	return pii_iban_valid(c, k) ? i : 0;
}

/*
 * The end of an IBAN-shaped run at p whose head p..p+4 ("BE71") is a
 * token of its own: groups of one to four letters or digits, each after
 * the same separator (space or dash), two groups at least, up to the last
 * that holds a digit; 0 otherwise.
 */
static size_t iban_run(const struct scan *s, size_t p)
{
	size_t i = p + 4, groups = 0, last = 0;
	char sep;

	if (i >= s->n || (s->b[i] != ' ' && s->b[i] != '-'))
		return 0;
	sep = s->b[i];
	while (i < s->n && s->b[i] == sep) {
		size_t j = i + 1, k = j;
		bool digit = false;

		while (k < s->n && k - j < 5 && is_alnum(s->b[k]))
			digit |= is_digit(s->b[k++]);
		if (k == j || k - j > 4)
			break;
		groups++;
		i = k;
		if (digit)
			last = i;	/* a word after it ("BIC") is not in it */
	}
	return groups >= 2 && last ? last : 0;
}

/* UK NINO at p: "AB123456C", "AB 12 34 56 C", "AB-12-34-56-C"; returns
 * end or 0. */
static size_t nino_at(const struct scan *s, size_t p)
{
	char c[9];
	size_t i = p + 2, k = 2, run = 0;
	char sep = 0;
	bool inner = false;	/* a separator between digits */

	c[0] = s->b[p];
	c[1] = s->b[p + 1];
	if (p > 0 && s->b[p - 1] == '_')
		return 0;	/* "PL_NB-2025-04" */
	while (i < s->n && k < 8) {
		if (is_digit(s->b[i])) {
			c[k++] = s->b[i++];
			run++;
		} else if ((s->b[i] == ' ' || s->b[i] == '-') &&
			   (!sep || s->b[i] == sep) && i + 1 < s->n &&
			   is_digit(s->b[i + 1])) {
			/* the digits go in pairs: 12 34 56 */
			if (k > 2 && run != 2)
				return 0;
			inner |= k > 2;
			sep = s->b[i++];
			run = 0;
		} else {
			break;
		}
	}
	/* "BT-289513" is a model number: dashes only in AB-12-34-56 */
	if (k != 8 || (inner && run != 2) || (sep == '-' && !inner))
		return 0;
	/* "AB 12 34 56 1": the number goes on, it is some other one */
	if (i + 1 < s->n && s->b[i] == (sep ? sep : ' ') &&
	    is_digit(s->b[i + 1]))
		return 0;
	if (i + 1 < s->n && s->b[i] == (sep ? sep : ' ') &&
	    is_upper(s->b[i + 1]) &&
	    (i + 2 >= s->n || !is_alnum(s->b[i + 2])))
		i++;
	if (i < s->n && s->b[i] >= 'A' && s->b[i] <= 'D' &&
	    (i + 1 >= s->n || !is_alnum(s->b[i + 1]))) {
		c[k++] = s->b[i++];
	} else if (i < s->n && is_alnum(s->b[i])) {
		return 0;
	}
	return pii_nino_valid(c, k) ? i : 0;
}

static void scan_token(struct scan *s, size_t p, size_t e)
{
	const char *t = s->b + p;
	size_t n = e - p;

	/* Ethereum: 0x + 40 hex */
	if (n == 42 && t[0] == '0' && (t[1] | 0x20) == 'x') {
		for (size_t i = 2; i < 42; i++)
			if (!is_hex(t[i]))
				return;
		add_cand(s, p, e, PII_CRYPTO_WALLET, 95, 0);
		return;
	}
	/* Bitcoin bech32 */
	if (n >= 14 && n <= 74 && (t[0] | 0x20) == 'b' && (t[1] | 0x20) == 'c' &&
	    t[2] == '1') {
		if (pii_bech32_valid(t, n))
			add_cand(s, p, e, PII_CRYPTO_WALLET, 95,
				 PII_SPAN_CHECKSUM);
		return;
	}
	/* Bitcoin base58check */
	if (n >= 26 && n <= 35 && (t[0] == '1' || t[0] == '3') &&
	    all_b58(t, n)) {
		if (pii_base58check_valid(t, n))
			add_cand(s, p, e, PII_CRYPTO_WALLET, 95,
				 PII_SPAN_CHECKSUM);
		return;
	}
	/* TRON base58check */
	if (n == 34 && t[0] == 'T') {
		if (pii_tron_valid(t, n))
			add_cand(s, p, e, PII_CRYPTO_WALLET, 95,
				 PII_SPAN_CHECKSUM);
		return;
	}
	if (n >= 4 && is_lower(t[0]) && is_lower(t[1]) && is_digit(t[2]) &&
	    is_digit(t[3])) {
		/* lower case: an IBAN only when its check digits say so */
		char cc[2] = {(char)(t[0] & ~0x20), (char)(t[1] & ~0x20)};
		size_t z;

		if (pii_iban_country_len(cc) && (z = iban_at(s, p)) != 0)
			add_cand(s, p, z, PII_IBAN, 95, PII_SPAN_CHECKSUM);
		/* one that fails: a look-alike run, as in capitals */
		else if (n == 4 && pii_iban_country_len(cc) &&
			 (z = iban_run(s, p)) != 0)
			add_cand(s, p, z, T_LOOKALIKE, 70, 0);
		return;
	}
	if (n >= 2 && is_upper(t[0]) && is_upper(t[1])) {
		size_t z;

		/* IBAN (compact or grouped) */
		if (n >= 4 && is_digit(t[2]) && is_digit(t[3]) &&
		    (z = iban_at(s, p)) != 0) {
			add_cand(s, p, z, PII_IBAN, 95, PII_SPAN_CHECKSUM);
			return;
		}
		/* An IBAN with a bad check or length, grouped: its groups
		 * are no phone, card or ID number, and it is no IBAN
		 * (mod 97 says what one is), named as one or not ("the
		 * IBAN you sent fails its check") */
		if (n == 4 && is_digit(t[2]) && is_digit(t[3]) &&
		    pii_iban_country_len(t) && (z = iban_run(s, p)) != 0) {
			add_cand(s, p, z, T_LOOKALIKE, 70, 0);
			return;
		}
		/* UK NINO */
		if ((n == 2 || n == 8 || n == 9) &&
		    (n == 2 || is_digit(t[2])) && (z = nino_at(s, p)) != 0 &&
		    !(ctx_nearest(s, p, 32) & KW_NEG) &&
		    /* "Invoice No.: HX248217C", "发票号：HX253582B" */
		    !((pii_kw_any(&s->kw, p, 32) & (KW_NEG | KW_NINO | KW_ID)) ==
		      KW_NEG) &&
		    /* without its letter ("XX917241": a seal, an invoice)
		     * only where named */
		    (is_upper(s->b[z - 1]) ||
		     (ctx_near(s, p, 32, KW_NINO | KW_ID) & (KW_NINO | KW_ID)))) {
			add_cand(s, p, z, PII_NATIONAL_ID, 85, 0);
			return;
		}
		/* SWIFT/BIC, named */
		if ((n == 8 || n == 11) && bic_country(t + 4)) {
			bool ok = true;

			for (size_t i = 0; i < n; i++)
				if (!(is_upper(t[i]) || (i >= 6 && is_digit(t[i]))))
					ok = false;
			for (size_t i = 0; i < 6 && ok; i++)
				if (!is_upper(t[i]))
					ok = false;
			if (ok && (ctx_near(s, p, 24, KW_SWIFT | KW_PHONE |
					    KW_NEG) & KW_SWIFT)) {
				add_cand(s, p, e, PII_BANK_ACCOUNT, 85,
					 PII_SPAN_CONTEXT);
				return;
			}
		}
	}
	/* Skype live:id and WeChat wxid_ outside any messenger word */
	/* "live:name", "live:.cid.3f2a..." */
	if (n == 4 && lit_ieq(t, "live", 4) && e < s->n && s->b[e] == ':' &&
	    e + 1 < s->n && (is_alnum(s->b[e + 1]) ||
			     (s->b[e + 1] == '.' && e + 2 < s->n &&
			      is_alnum(s->b[e + 2])))) {
		size_t z = e + 1;

		while (z < s->n && (is_alnum(s->b[z]) || s->b[z] == '_' ||
				    s->b[z] == '.' || s->b[z] == '-'))
			z++;
		while (z > e + 1 && (s->b[z - 1] == '.' || s->b[z - 1] == '-'))
			z--;
		/* over the link its id may look like ("live:ahmed.hu") */
		if (add_cand(s, p, z, PII_MESSENGER_HANDLE, 90, 0) == 0)
			s->c[s->nc - 1].prio = 9;
		return;
	}
	if (n >= 4 && lit_ieq(t, "wxid", 4) && e < s->n && s->b[e] == '_') {
		size_t z = e + 1;

		/* "wxid_wxid_...": every token of one run ends where the
		 * run does; measure it once, not once per token (n^2) */
		if (z >= s->wx_from && z <= s->wx_end) {
			z = s->wx_end;
		} else {
			while (z < s->n && (is_alnum(s->b[z]) ||
					    s->b[z] == '_' || s->b[z] == '-'))
				z++;
			s->wx_from = e + 1;
			s->wx_end = z;
		}
		if (z > e + 3)
			add_cand(s, p, z, PII_MESSENGER_HANDLE, 90, 0);
	}
}

/* IPv6 from a hex-and-colon token at p. */
static bool all_hex(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_hex(t[i]))
			return false;
	return true;
}

static size_t scan_ipv6(struct scan *s, size_t p)
{
	size_t i = p, colons = 0, dots = 0;
	bool dbl = false;
	char buf[64];
	unsigned char out[16];

	while (i < s->n && (is_hex(s->b[i]) || s->b[i] == ':' ||
			    s->b[i] == '.') && i - p < 60) {
		if (s->b[i] == ':') {
			colons++;
			if (i > p && s->b[i - 1] == ':')
				dbl = true;
		}
		dots += s->b[i] == '.';
		i++;
	}
	while (i > p && (s->b[i - 1] == '.' || (s->b[i - 1] == ':' &&
						!(i - p >= 2 && s->b[i - 2] == ':'))))
		i--;
	/* eight groups, or six and an IPv4 address ("::ffff:1.2.3.4"
	 * needs "::") */
	if (colons < 2 || (!dbl && colons < (dots ? 6u : 7u)) || i - p < 3)
		return i;
	/* the tail of something longer ("text2001:db8::1", "2001::db8::1"
	 * read from its second group) is no address */
	if (p > 0 && (is_alnum(s->b[p - 1]) || s->b[p - 1] == '.' ||
		      s->b[p - 1] == '_'))
		return i;
	/* a colon after a group or a word with digits ("text2001:db8::1")
	 * is inside something longer; after a label it is not
	 * ("IP:2001:db8::1", "IPv6:…", "白名单：240e:…") */
	if (p > 1 && s->b[p - 1] == ':') {
		size_t k = p - 1, dg = 0;

		while (k > 0 && is_alnum(s->b[k - 1]) && p - k <= 16) {
			k--;
			dg += is_digit(s->b[k]);
		}
		if (k == p - 1 ? (s->b[p - 2] == ':' || s->b[p - 2] == '.') :
		    dg ? !(p - 1 - k == 4 && lit_ieq(s->b + k, "ipv6", 4)) :
			 all_hex(s->b + k, p - 1 - k) && p - 1 - k <= 4)
			return i;
	}
	if (i < s->n && (is_alnum(s->b[i]) || s->b[i] == '_'))
		return i;
	memcpy(buf, s->b + p, i - p);
	buf[i - p] = '\0';
	if (inet_pton(AF_INET6, buf, out) == 1) {
		/* "::" or "1::" alone are too weak; "::1" is the loopback */
		size_t hexd = 0;

		for (size_t k = p; k < i; k++)
			hexd += is_hex(s->b[k]);
		if (hexd >= 2 || (i - p == 3 && s->b[p] == ':' &&
				  s->b[p + 2] == '1'))
			add_cand(s, p, i, PII_IP_ADDRESS, 85, 0);
	}
	return i;
}

/* ---- pattern windows ---- */

static const char *const tlds[] = {
	"com", "net", "org", "info", "biz", "io", "co", "me", "ly", "cn",
	"hk", "tw", "jp", "kr", "de", "uk", "fr", "it", "es", "nl", "ru",
	"br", "in", "au", "ca", "us", "eu", "mx", "pt", "pl", "ch", "at",
	"be", "se", "no", "dk", "fi", "tr", "vn", "th", "my", "sg", "id",
	"ph", "ae", "sa", "za", "ar", "cl", "pe", "ua", "cz", "ro", "gr",
	"hu", "ie", "nz", "il", "pk", "bd", "ng", "ke", "eg", "ma", "shop",
	"store", "online", "site", "xyz", "top", "app", "dev", "ai", "tv",
	"cc", "ws", "link", "club", "vip", "asia", "tech", "cloud", "gl",
	"gg", "to", "su", "by", "kz", "lt", "lv", "ee", "sk", "si", "hr",
	"rs", "bg", "is", "lu", "mo", "gov", "edu", "mil", "int", "pro",
	"name", "mobi", "email", "work", "live", "news", "page", "web",
	"global", "world", "group", "company", "trade", "market", "one",
	"art", "bio", "ir", "iq", "qa", "kw", "om", "jo", "lb", "tn", "dz",
	"co.uk", "ve", "uy", "py", "bo", "ec", "cr", "pa", "do", "gt",
	"hn", "ni", "sv", "cu", "pr", "jm", "tt", "np", "lk", "mm", "kh",
	"la", "mn", "uz", "ge", "am", "az", "md", "al", "mk", "ba", "me",
	"cy", "mt", "li", "mc", "fo", "fm", "am", "ink", "wiki", "site",
	/* link shorteners' */
	"gy", "gd", "nu", "im", "tk", "ml",
};

/* Every all-letter TLD of tlds[], lower case packed little-endian into
 * 64 bits, sorted; built once (tld_init). */
#define N_TLDS (sizeof(tlds) / sizeof(tlds[0]))

static uint64_t tld_packed[N_TLDS];
static size_t tld_count;

static int u64_cmp(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

static void tld_init(void)
{
	for (size_t i = 0; i < N_TLDS; i++) {
		size_t l = strlen(tlds[i]);
		uint64_t w = 0;

		if (strchr(tlds[i], '.'))
			continue;	/* tld_ok takes letters only */
		if (l > 8)
			abort();	/* a longer TLD: pack it in two words */
		for (size_t k = 0; k < l; k++)
			w |= (uint64_t)(unsigned char)tlds[i][k] << (8 * k);
		tld_packed[tld_count++] = w;
	}
	qsort(tld_packed, tld_count, sizeof(tld_packed[0]), u64_cmp);
}

static bool tld_ok(const char *t, size_t n)
{
	uint64_t w = 0;
	size_t lo = 0, hi = tld_count;

	/* an internationalised TLD in its ASCII form (".xn--p1ai") */
	if (n >= 6 && lit_ieq(t, "xn--", 4)) {
		for (size_t i = 4; i < n; i++)
			if (!is_alnum(t[i]))
				return false;
		return true;
	}
	if (n < 2 || n > 8)
		return false;	/* no TLD of the table is longer */
	for (size_t i = 0; i < n; i++) {
		if (!is_alpha(t[i]))
			return false;
		w |= (uint64_t)(unsigned char)(t[i] | 0x20) << (8 * i);
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (tld_packed[mid] < w)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < tld_count && tld_packed[lo] == w;
}

bool pii_tld_ok(const char *t, size_t n)
{
	return tld_ok(t, n);
}

/* Last label of an address (after the last '.' or "dot" word). */
static bool email_tld_ok(const struct scan *s, size_t a, size_t z,
			 bool obf)
{
	size_t k = z;

	while (k > a && is_alnum(s->b[k - 1]))
		k--;
	/* ".рф", ".рус": a Cyrillic TLD of two to four letters (some of
	 * them may have been folded to the Latin letters they look like) */
	if (k == z || (k > a && cyr_tail(s->b, k))) {
		size_t c = z, letters = 0, cyr = 0;

		while (c > a && (is_alpha(s->b[c - 1]) || cyr_tail(s->b, c))) {
			bool y = cyr_tail(s->b, c);

			c -= y ? 2 : 1;
			cyr += y;
			letters++;
		}
		return cyr && letters >= 2 && letters <= 4 && c > a &&
		       s->b[c - 1] == '.' && !obf;
	}
	/* ".xn--p1ai": an internationalised TLD */
	if (k >= a + 4 && z - k >= 2 && lit_ieq(s->b + k - 4, "xn--", 4) &&
	    (k == a + 4 || s->b[k - 5] == '.' || !is_alnum(s->b[k - 5])))
		return true;
	for (size_t i = k; i < z; i++)
		if (!is_alpha(s->b[i]))
			return false;
	if (z - k < 2 || z - k > 24)
		return false;
	return obf ? tld_ok(s->b + k, z - k) : true;
}

static const struct lit mail_hosts[] = {
	LIT("gmail"), LIT("googlemail"), LIT("yahoo"), LIT("hotmail"),
	LIT("outlook"), LIT("live"), LIT("msn"), LIT("qq"), LIT("163"),
	LIT("126"), LIT("yeah"), LIT("sina"), LIT("sohu"), LIT("foxmail"),
	LIT("aliyun"), LIT("protonmail"), LIT("proton"), LIT("gmx"),
	LIT("web"), LIT("mail"), LIT("yandex"), LIT("icloud"), LIT("aol"),
	LIT("zoho"), LIT("rediffmail"), LIT("naver"), LIT("uol"), LIT("bol"),
	LIT("terra"), LIT("libero"), LIT("orange"), LIT("free"),
	LIT("t-online"), LIT("wp"), LIT("seznam"),
};

/*
 * "write to gkim at redmaple-home.co": a name (no pronoun) after "write
 * to", "send to", "mail to" or "reply to" is an addressee.
 */
static bool write_to_before(const char *b, size_t a, size_t z)
{
	static const struct lit verbs[] = {
		LIT("write to "), LIT("send to "), LIT("mail to "),
		LIT("reply to "), LIT("send it to "), LIT("write me to "),
	};
	static const struct lit pron[] = {
		LIT("us"), LIT("me"), LIT("we"), LIT("you"), LIT("him"),
		LIT("her"), LIT("them"), LIT("it"), LIT("our"), LIT("my"),
		LIT("the"),
	};

	if (lit_any(pron, sizeof(pron) / sizeof(pron[0]), b + a, z - a))
		return false;
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		if (a >= verbs[i].l &&
		    lit_ieq(b + a - verbs[i].l, verbs[i].s, verbs[i].l) &&
		    (a == verbs[i].l || !is_alpha(b[a - verbs[i].l - 1])))
			return true;
	return false;
}

/*
 * "name at host dot com" is an address; "models at www.shop.com" or
 * "us at alibaba.com" is a sentence. A bare " at " (no brackets, no @)
 * needs a "dot" word, a local part that does not read as a word, a mail
 * provider's domain, or "write to" before it.
 */
static bool bare_at_ok(const struct scan *s, const PCRE2_SIZE *ov)
{
	const char *at = s->b + ov[4];
	size_t al = ov[5] - ov[4], hl = 0;
	const char *host = s->b + ov[5];

	if (memchr(at, '@', al) || memchr(at, '[', al) || memchr(at, '(', al) ||
	    memchr(at, '{', al) || memchr(at, '<', al))
		return true;
	/* "arroba", "собака": no English sentence reads so */
	{
		size_t k = 0, e = al;

		while (k < e && at[k] == ' ')
			k++;
		while (e > k && at[e - 1] == ' ')
			e--;
		if (e > k && !(e - k == 2 && lit_ieq(at + k, "at", 2)))
			return true;
	}
	if (ov[1] - ov[5] >= 4 && lit_ieq(host, "www.", 4))
		return false;
	/* "E: giulias at saigonwood.com.vn", "email lee at x.com" */
	if (pii_kw_near(&s->kw, ov[2], 12, KW_EMAIL, NULL))
		return true;
	for (size_t k = ov[2]; k < ov[1]; k++) {
		if (s->b[k] == ' ' && k + 4 < ov[1] &&
		    lit_ieq(s->b + k + 1, "dot ", 4))
			return true;
	}
	for (size_t k = ov[2]; k < ov[3]; k++)
		if (is_digit(s->b[k]) || s->b[k] == '.' || s->b[k] == '_')
			return true;
	while (hl < ov[1] - ov[5] && (is_alnum(host[hl]) || host[hl] == '-'))
		hl++;
	return lit_any(mail_hosts, sizeof(mail_hosts) / sizeof(mail_hosts[0]),
		       host, hl) || write_to_before(s->b, ov[2], ov[3]);
}

static inline bool is_local_ch(int c)
{
	return is_alnum(c) || c == '_' || c == '%' || c == '+' || c == '-';
}

/* Bytes of the '@' or "at" word (at, arroba, собака ...) at t. */
static size_t at_len(const char *b, size_t n, size_t t)
{
	size_t e = t;

	if (b[t] == '@')
		return 1;
	if (t + 7 <= n && lit_ieq(b + t, "a c\xc3\xb2ng", 7))
		return 7;		/* "a còng", Vietnamese */
	if (t + 11 <= n && lit_ieq(b + t, "at the rate", 11))
		return 11;		/* "at the rate", India */
	/* a word of letters, ASCII, Cyrillic or Latin-1 (two bytes each),
	 * or of Hangul (three: 골뱅이) */
	while (e < n && (is_alpha(b[e]) ||
			 (e + 1 < n && ((unsigned char)b[e] == 0xd0 ||
					(unsigned char)b[e] == 0xd1 ||
					(unsigned char)b[e] == 0xc3) &&
			  ((unsigned char)b[e + 1] & 0xc0) == 0x80)))
		e += is_alpha(b[e]) ? 1 : 2;
	/* (Hangul 골뱅이, Katakana アットマーク, Devanagari एट) */
	if (e == t)
		while (e + 3 <= n && e - t < 18 &&
		       ((unsigned char)b[e] == 0xe0 || (unsigned char)b[e] == 0xe3 ||
			((unsigned char)b[e] >= 0xea && (unsigned char)b[e] <= 0xed)))
			e += 3;
	return e > t ? e - t : 1;
}

/*
 * Can the '@' or "at" at t be the middle of an address? Necessary
 * conditions of the e-mail pattern, checked before it runs: a local-part
 * character before it (past the spaces and brackets of "[at]"), and after
 * it a label followed by '.' and an alnum, or by a "dot"-like word.
 */
static bool email_trig_ok(const struct scan *s, size_t t)
{
	const char *b = s->b;
	size_t n = s->n, k = t, d;
	int skip = 0;

	/* "compras\n@gmail.com", "zakupki@\nmail.ru": a line break
	 * next to a bare '@' */
	if (b[t] == '@' && k > 0 && b[k - 1] == '\n')
		k--;
	while (k > 0 && skip < 4 && (b[k - 1] == ' ' || b[k - 1] == '[' ||
				     b[k - 1] == '(' || b[k - 1] == '{' ||
				     b[k - 1] == '<')) {
		k--;
		skip++;
	}
	if (k == 0 || !(is_local_ch(b[k - 1]) || cyr_tail(b, k)))
		return false;
	d = t + at_len(b, n, t);
	skip = 0;
	if (b[t] == '@' && d < n && b[d] == '\n')
		d++;
	while (d < n && skip < 4 && (b[d] == ' ' || b[d] == ']' ||
				     b[d] == ')' || b[d] == '}' || b[d] == '>')) {
		d++;
		skip++;
	}
	if (d >= n || !(is_alnum(b[d]) || cyr_at(b, n, d)))
		return false;
	while (d < n && (is_alnum(b[d]) || b[d] == '-' || cyr_at(b, n, d)))
		d += cyr_at(b, n, d) ? 2 : 1;
	if (d + 1 < n && b[d] == '.' && (is_alnum(b[d + 1]) ||
					 cyr_at(b, n, d + 1)))
		return true;
	/* 점, ドット glued to the host ("hanmail점net") */
	if (d + 3 <= n && ((unsigned char)b[d] == 0xec ||
			   (unsigned char)b[d] == 0xe3))
		return true;
	skip = 0;
	while (d < n && skip < 5 && (b[d] == ' ' || b[d] == '[' || b[d] == '(' ||
				     b[d] == '{' || b[d] == '<')) {
		d++;
		skip++;
	}
	/* "dot", "punto", "point", "titik", "nokta", "chấm", "점", "точка"
	 * (т, Т) or a spaced '.' */
	return skip > 0 && d + 1 < n &&
	       ((b[d] | 0x20) == 'd' || (b[d] | 0x20) == 'p' || b[d] == '.' ||
		(b[d] | 0x20) == 't' || (b[d] | 0x20) == 'n' ||
		(b[d] | 0x20) == 'c' ||			/* chấm */
		(unsigned char)b[d] == 0xec ||		/* 점 */
		(unsigned char)b[d] == 0xe0 ||		/* डॉट */
		(unsigned char)b[d] == 0xd9 ||		/* نقطة */
		((unsigned char)b[d] == 0xd1 && (unsigned char)b[d + 1] == 0x82) ||
		((unsigned char)b[d] == 0xd0 && (unsigned char)b[d + 1] == 0xa2));
}

/* Is b[a..z) (case-insensitive) one of the "dot" words? */
/* The dot words of DOT_W beyond ASCII, t[0..n) exactly */
static bool dot_word_u8(const char *t, size_t n)
{
	static const struct lit w[] = {
		LIT("\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0"),	/* точка */
		LIT("\xd0\xa2\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0"),	/* Точка */
		LIT("\xd0\xa2\xd0\x9e\xd0\xa7\xd0\x9a\xd0\x90"),	/* ТОЧКА */
		LIT("ch\xe1\xba\xa5m"), LIT("Ch\xe1\xba\xa5m"),	/* chấm */
		LIT("\xe0\xa4\xa1\xe0\xa5\x89\xe0\xa4\x9f"),	/* डॉट */
		LIT("\xd9\x86\xd9\x82\xd8\xb7\xd8\xa9"),	/* نقطة */
		LIT("\xec\xa0\x90"),					/* 점 */
		LIT("\xe3\x83\x89\xe3\x83\x83\xe3\x83\x88"),	/* ドット */
	};

	return lit_any(w, sizeof(w) / sizeof(w[0]), t, n);
}

static bool dot_word(const char *b, size_t a, size_t z)
{
	return (z - a == 3 && lit_ieq(b + a, "dot", 3)) ||
	       (z - a == 4 && lit_ieq(b + a, "punt", 4)) ||
	       (z - a == 5 && (lit_ieq(b + a, "punto", 5) ||
			       lit_ieq(b + a, "punkt", 5) ||
			       lit_ieq(b + a, "ponto", 5) ||
			       lit_ieq(b + a, "point", 5) ||
			       lit_ieq(b + a, "titik", 5) ||
			       lit_ieq(b + a, "nokta", 5)));
}

/*
 * Leftmost place where an address whose "at" part is at t can start:
 * back over the spaces and brackets of the "at", the local-part
 * characters, and up to four "dot" forms ("lee dot wang", "lee[dot]wang")
 * each with local-part characters before it. Permissive: the pattern
 * decides; this only saves it from trying every earlier position.
 */
static size_t local_start(const struct scan *s, size_t t)
{
	const char *b = s->b;
	size_t k = t;
	int skip = 0;

	if (b[t] == '@' && k > 0 && b[k - 1] == '\n')
		k--;

	while (k > 0 && skip < 4 && (b[k - 1] == ' ' || b[k - 1] == '[' ||
				     b[k - 1] == '(' || b[k - 1] == '{' ||
				     b[k - 1] == '<')) {
		k--;
		skip++;
	}
	for (int dots = 0;; dots++) {
		size_t j, we;

		while (k > 0 && (is_local_ch(b[k - 1]) || b[k - 1] == '.' ||
				 cyr_tail(b, k)))
			k -= cyr_tail(b, k) ? 2 : 1;
		if (dots == 4)
			break;
		/* an OBF_DOT ending at k: [ ]{0,3} and closers, the word,
		 * [ ]{0,3} and openers, then local characters */
		j = k;
		skip = 0;
		while (j > 0 && skip < 3 && (b[j - 1] == ' ' || b[j - 1] == ']' ||
					     b[j - 1] == ')' || b[j - 1] == '}' ||
					     b[j - 1] == '>')) {
			j--;
			skip++;
		}
		if (!skip)
			break;
		we = j;
		if (j > 0 && b[j - 1] == '.' && b[j] != ' ') {
			j--;	/* "[.]" */
		} else {
			/* dot, punto …; точка, chấm, डॉट, نقطة, 점, ドット */
			bool u8 = false;

			while (j > 0 && we - j < 12 &&
			       ((unsigned char)b[j - 1] >= 0x80 || is_alpha(b[j - 1]))) {
				u8 |= (unsigned char)b[j - 1] >= 0x80;
				j--;
			}
			if (u8 ? !dot_word_u8(b + j, we - j) :
				 (we - j > 5 || !dot_word(b, j, we)))
				break;
		}
		skip = 0;
		while (j > 0 && skip < 3 && (b[j - 1] == ' ' || b[j - 1] == '[' ||
					     b[j - 1] == '(' || b[j - 1] == '{' ||
					     b[j - 1] == '<')) {
			j--;
			skip++;
		}
		if (!skip || j == 0 || !is_local_ch(b[j - 1]))
			break;
		k = j;
	}
	return k;
}

/* an opening bracket of OBF_DOT and OBF_AT */
static inline bool is_obf_open(int c)
{
	return c == '[' || c == '(' || c == '{' || c == '<';
}

/*
 * Can a "dot" word of OBF_DOT start at b[y..we)? "dot", or "pun" for
 * "punto" and "punkt" (whose 'k' folds with U+212A in caseless UTF
 * matching; so only "no" of "nokta"): a necessary condition, so "no" is
 * a proof.
 */
static inline bool obf_dot_word(const char *b, size_t y, size_t we)
{
	const unsigned char *u = (const unsigned char *)b + y;

	return y + 3 <= we && (lit_ieq(b + y, "dot", 3) ||
			       lit_ieq(b + y, "pun", 3) ||
			       lit_ieq(b + y, "pon", 3) ||
			       lit_ieq(b + y, "poi", 3) ||
			       lit_ieq(b + y, "tit", 3) ||
			       lit_ieq(b + y, "no", 2) ||	/* nokta: 'k' folds */
			       lit_ieq(b + y, "ch", 2) ||	/* chấm */
			       /* точка, 점, ドット, डॉट, نقطة: pcre2 decides */
			       u[0] >= 0x80);
}

/*
 * RE_EMAIL's plain shape at ws, in C: "local@host.tld", at most two
 * spaces on each side of the '@', no bracket or "dot" word taking part.
 * Fills ov[0..5] as pcre2 would (match, group 1 the local part, group 2
 * the '@' with its spaces) and returns true only where the pattern's
 * first path at ws is this one and succeeds: ws is the first start
 * pcre2 tries, so that is its match. Anything else (an OBF_DOT or OBF_AT
 * that could take part, a failing look-ahead that would make the
 * pattern backtrack) returns false and pcre2 decides. Only ASCII is
 * accepted, where no Unicode case folding applies.
 */
static bool email_plain(const char *b, size_t ws, size_t we, PCRE2_SIZE *ov)
{
	size_t i = ws + 1, a, h, x;
	int reps = 0;

	if (ws >= we || !is_alnum(b[ws]))
		return false;
	/* a Cyrillic letter before or after: pcre2 decides */
	if (ws > 0 && (unsigned char)b[ws - 1] >= 0x80)
		return false;
	if (ws > 0 && (is_alnum(b[ws - 1]) || b[ws - 1] == '.' ||
		       b[ws - 1] == '_' || b[ws - 1] == '%' ||
		       b[ws - 1] == '+' || b[ws - 1] == '-'))
		return false;
	/* [A-Za-z0-9](?:[A-Za-z0-9_%+\-]|\.(?=[A-Za-z0-9_%+\-]))*+ */
	while (i < we && (is_local_ch(b[i]) ||
			  (b[i] == '.' && i + 1 < we && is_local_ch(b[i + 1]))))
		i++;
	/* OBF_DOT cannot start at "@", " @" or "  @" (it needs a bracket
	 * or a word after the spaces); OBF_AT is then [ ]{0,2}@[ ]{0,2},
	 * and the host must start after its spaces */
	a = i;
	while (a < we && a - i < 2 && b[a] == ' ')
		a++;
	if (a >= we || b[a] != '@')
		return false;
	h = a + 1;
	while (h < we && h - a - 1 < 2 && b[h] == ' ')
		h++;
	if (h + 2 >= we || !is_alnum(b[h]))
		return false;
	ov[2] = ws;
	ov[3] = i;
	ov[4] = i;
	ov[5] = h;
	/* LABEL(?:HOST_DOT LABEL){1,6}, the '.' branch as far as it
	 * goes; LABEL is possessive, at most 63 characters */
	x = h;
	for (;;) {
		size_t l = x + 1;

		while (l < we && l - x < 63 && (is_alnum(b[l]) || b[l] == '-'))
			l++;
		x = l;
		if (reps == 6 || x + 1 >= we || b[x] != '.' ||
		    !is_alnum(b[x + 1]))
			break;
		x++;
		reps++;
	}
	if (!reps)
		return false;
	/* where the '.' branch stops, the rest of HOST_DOT must fail:
	 * [ ]?[\[\(\{<][ ]?word... or [ ]{1,3}word... */
	if (reps < 6 && x < we) {
		size_t q = x, y = x;

		if (b[q] == ' ')
			q++;
		if (q < we && is_obf_open(b[q])) {
			q++;
			/* "[.]" */
			if (q < we && b[q] == '.')
				return false;
			if (q < we && b[q] == ' ')
				q++;
			if (obf_dot_word(b, q, we))
				return false;
		}
		while (y < we && b[y] == ' ')
			y++;
		if (y > x && y - x <= 3 && obf_dot_word(b, y, we))
			return false;
		/* [ ]{1,2}\.[ ]{1,2} */
		if (y > x && y - x <= 2 && y < we && b[y] == '.')
			return false;
	}
	/* (?![A-Za-z0-9\-@]): failing, pcre2 would backtrack (and a
	 * Cyrillic letter would go on the label) */
	if (x < we && (is_alnum(b[x]) || b[x] == '-' || b[x] == '@' ||
		       (unsigned char)b[x] >= 0x80))
		return false;
	ov[0] = ws;
	ov[1] = x;
	return true;
}

/*
 * The end of host b[h..z) without its last label when a spaced '.'
 * stands before that label ("d.com . ok"); 0 otherwise, or when no
 * label would be left.
 */
static size_t email_drop_label(const char *b, size_t h, size_t z)
{
	size_t k = z;

	while (k > h && (is_alnum(b[k - 1]) || b[k - 1] == '-'))
		k--;
	if (k < h + 3 || b[k - 1] != ' ')
		return 0;
	while (k > h && b[k - 1] == ' ')
		k--;
	if (k == h || b[k - 1] != '.')
		return 0;
	k--;
	while (k > h && b[k - 1] == ' ')
		k--;
	return k > h && is_alnum(b[k - 1]) ? k : 0;
}

static inline bool is_url_ch(int c);
static void url_emit(struct scan *s, size_t a, size_t z, bool bare,
		     size_t host_e);

/* " at host.tld", " at host dot tld" at b[z]: a spelled at and the
 * start of a host after it */
static bool at_host_after(const char *b, size_t n, size_t z)
{
	size_t k = z + 4;

	if (z + 4 >= n || b[z] != ' ' || !lit_ieq(b + z + 1, "at ", 3) ||
	    !is_alnum(b[k]))
		return false;
	while (k < n && (is_alnum(b[k]) || b[k] == '-'))
		k++;
	return (k + 1 < n && b[k] == '.' && is_alnum(b[k + 1])) ||
	       (k + 5 < n && lit_ieq(b + k, " dot ", 5) && is_alnum(b[k + 5]));
}

static void find_emails(struct scan *s, const size_t *trig, size_t nt)
{
	size_t cursor = 0;
	bool prev_found = true;

	for (size_t i = 0; i < nt && !s->err; i++) {
		size_t t = trig[i], ws, we, wend, last = 0;

		if (t < cursor || !email_trig_ok(s, t))
			continue;
		ws = t > 72 ? t - 72 : 0;
		/* after an address, not into it; after a window that found
		 * nothing, its end may cut this one's local part */
		if (ws < cursor && prev_found)
			ws = cursor;
		{
			size_t l = local_start(s, t);

			if (l > ws)
				ws = l;
		}
		ws = cp_floor(s->b, ws);
		we = cp_ceil(s->b, s->n, t + 160 < s->n ? t + 160 : s->n);
		wend = we;
		/* Bounded retries keep one window's work linear. */
		int tries, grown = 0;
		bool found = false;

		for (tries = 0; ws < we && tries < 16; tries++) {
			PCRE2_SIZE fov[6], *ov = fov;
			bool obf, tld;

			if (!s->eng->plain ||
			    !email_plain(s->b, ws, we, fov)) {
				int rc = re_run(s, RE_EMAIL, ws, we, 0);

				if (rc == 0 && we != wend) {
					/* nothing without the last label:
					 * on as if it had failed whole */
					we = wend;
					ws = cp_ceil(s->b, we, last + 1);
					tries--;
					continue;
				}
				if (rc <= 0)
					break;
				ov = pcre2_get_ovector_pointer(s->md);
			}
			/* group 2: the "at" part; a line break at the '@'
			 * makes it a disguise too (its TLD must be known) */
			obf = memchr(s->b + ov[4], '@', ov[5] - ov[4]) == NULL ||
			      memchr(s->b + ov[4], '\n', ov[5] - ov[4]) != NULL ||
			      /* "check @qc.dept": an '@' set off by a space
			       * (a mention) needs a known top-level domain */
			      memchr(s->b + ov[4], ' ', ov[5] - ov[4]) != NULL;
			for (size_t k = ov[2]; k < ov[3] && !obf; k++)
				if (s->b[k] == ' ' || s->b[k] == '[' ||
				    s->b[k] == '(')
					obf = true;
			for (size_t k = ov[5]; k < ov[1] && !obf; k++)
				if (s->b[k] == ' ' || s->b[k] == '[' ||
				    s->b[k] == '(')
					obf = true;
			tld = email_tld_ok(s, ov[0], ov[1], obf);
			if (tld && bare_at_ok(s, ov) && ov[1] == we && we < s->n &&
			    grown < 2 && (is_alnum(s->b[we]) || s->b[we] == '-' ||
					  (s->b[we] == '.' && we + 1 < s->n &&
					   is_alnum(s->b[we + 1])))) {
				/* the window's end cut the address short
				 * ("...@example.co|m"): again with room */
				we = cp_ceil(s->b, s->n,
					     we + 160 < s->n ? we + 160 : s->n);
				wend = we;
				grown++;
				continue;
			}
			/* "order direct at facebook[dot]com/brightled": a
			 * path after the "domain": a link, the "at" a word */
			if (tld && !memchr(s->b + ov[4], '@', ov[5] - ov[4]) &&
			    ov[1] + 1 < s->n && s->b[ov[1]] == '/' &&
			    is_alnum(s->b[ov[1] + 1])) {
				size_t pe = ov[1], hs = ov[5];

				while (hs < ov[1] && !is_alnum(s->b[hs]))
					hs++;
				while (pe < s->n && is_url_ch(s->b[pe]))
					pe++;
				while (pe > ov[1] && (s->b[pe - 1] == '.' ||
						      s->b[pe - 1] == ',' ||
						      s->b[pe - 1] == '!' ||
						      s->b[pe - 1] == '?'))
					pe--;
				url_emit(s, hs, pe, true, ov[1]);
				found = true;
				we = pe;
				break;
			}
			/* "manager at ana DOT santos DOT hk AT x DOT co": a
			 * spelled "at" after the "domain" makes it the
			 * local part of the address that follows */
			if (tld && !memchr(s->b + ov[4], '@', ov[5] - ov[4]) &&
			    at_host_after(s->b, s->n, ov[1]))
				break;
			if (tld && bare_at_ok(s, ov)) {
				found = true;
				add_cand(s, ov[0], ov[1], PII_EMAIL, obf ? 80 : 95,
					 obf ? PII_SPAN_OBFUSCATED : 0);
				/* Any further address has an '@' or "at" of
				 * its own after this one: its trigger opens
				 * the next window. */
				we = ov[1];
				break;
			}
			/* "a@b.com . ok": the last label was a word after
			 * the address; the same start without it */
			if (obf && !tld) {
				size_t z = email_drop_label(s->b, ov[5], ov[1]);

				if (z) {
					/* a label fewer each time: not a
					 * try of its own */
					we = z;
					last = ov[0];
					tries--;
					continue;
				}
			}
			/* "manager at lee.wang@x.com": retry inside */
			we = wend;
			ws = cp_ceil(s->b, we, ov[0] + 1);
		}
		/*
		 * Nothing found, or out of tries: the triggers from where the
		 * search stopped still get their own window. Starts near the
		 * window's end were tried only against text the end cut
		 * short, and an address after a run of look-alikes must not
		 * go unread.
		 */
		cursor = found ? we : ws;
		prev_found = found;
	}
}

static bool messenger_host(const char *h, size_t n)
{
	static const struct lit hosts[] = {
		LIT("t.me"), LIT("telegram.me"), LIT("wa.me"), LIT("line.me"),
		LIT("u.wechat.com"), LIT("qm.qq.com"), LIT("join.skype.com"),
	};

	return lit_any(hosts, sizeof(hosts) / sizeof(hosts[0]), h, n);
}

static const struct lit file_ext[] = {
	LIT("pdf"), LIT("doc"), LIT("docx"), LIT("xls"), LIT("xlsx"),
	LIT("csv"), LIT("txt"), LIT("jpg"), LIT("jpeg"), LIT("png"),
	LIT("gif"), LIT("zip"), LIT("rar"), LIT("ppt"), LIT("pptx"),
	LIT("dwg"), LIT("step"), LIT("stp"), LIT("mp4"), LIT("mov"),
	LIT("bmp"), LIT("tif"), LIT("tiff"), LIT("svg"), LIT("exe"),
	LIT("bin"), LIT("hex"), LIT("json"), LIT("xml"), LIT("html"),
	LIT("7z"), LIT("tar"), LIT("gz"), LIT("ai"), LIT("psd"), LIT("eps"),
	LIT("dxf"),
};

/* "www,nordpack,eu": a host after a scheme with ',' for its dots, a
 * known top-level domain last */
static bool comma_host(const char *h, size_t n)
{
	const char *c = memrchr(h, ',', n);
	size_t tl;

	if (!c || c == h)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!is_alnum(h[i]) && h[i] != '-' &&
		    !(h[i] == ',' && i > 0 && is_alnum(h[i - 1])))
			return false;
	tl = n - (size_t)(c + 1 - h);
	return tl >= 2 && tld_ok(c + 1, tl);
}

static void url_emit(struct scan *s, size_t a, size_t z, bool bare,
		     size_t host_e)
{
	size_t h = a, hs;
	int depth = 0;

	/* trailing sentence punctuation and unbalanced brackets */
	for (size_t k = a; k < z; k++)
		depth += s->b[k] == '(' ? 1 : s->b[k] == ')' ? -1 : 0;
	while (z > a) {
		char c = s->b[z - 1];

		if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
		    c == '?' || c == '\'' || c == '"' || c == ']' || c == '}') {
			z--;
		} else if (c == ')' && depth < 0) {
			z--;
			depth++;
		} else {
			break;
		}
	}
	if (host_e > z)
		host_e = z;
	/* host part, for t.me and friends */
	if (!bare) {
		const char *p = memmem(s->b + a, z - a, "://", 3);

		h = p ? (size_t)(p - s->b) + 3 : a;
	}
	hs = h;
	while (h < z && s->b[h] != '/' && s->b[h] != '?' && s->b[h] != '#' &&
	       s->b[h] != ':')
		h++;
	/* "https://x.alibaba.com,+33 (0)1 …": a comma in the host ends
	 * the link (a field of a CSV line), unless the commas stand for
	 * its dots ("www,nordpack,eu") */
	{
		const char *c = memchr(s->b + hs, ',', h - hs);

		if (c && !comma_host(s->b + hs, h - hs)) {
			z = h = (size_t)(c - s->b);
			if (host_e > z)
				host_e = z;
			if (z <= hs)
				return;
		}
		/* in the path, before a number in groups, another
		 * field: ".../lumiere_distrib,01 27 58 73 11" */
		for (size_t k = h; k + 1 < z; k++)
			if (s->b[k] == ',' && (is_digit(s->b[k + 1]) ||
					       s->b[k + 1] == '+')) {
				size_t e = k + 1;

				while (e < z && (is_digit(s->b[e]) ||
						 s->b[e] == '+'))
					e++;
				if (e == z && e + 1 < s->n && s->b[e] == ' ' &&
				    is_digit(s->b[e + 1]) &&
				    !memchr(s->b + h, '?', k - h)) {
					z = k;
					break;
				}
			}
	}
	/* "http://intranet": a host of one label points nowhere outside
	 * (an IPv6 literal "[...]" has no dot either); the dot may come
	 * after a user name ("https://user:pw@shop.com") */
	if (!bare) {
		size_t au = hs;

		while (au < z && s->b[au] != '/' && s->b[au] != '?' &&
		       s->b[au] != '#')
			au++;
		if (!memchr(s->b + hs, '.', au - hs) &&
		    !memchr(s->b + hs, '[', au - hs) &&
		    !comma_host(s->b + hs, au - hs))
			return;
	}
	if (hs + 4 <= h && lit_ieq(s->b + hs, "www.", 4))
		hs += 4;
	/* (an id after it: "t.me/" alone names nobody) */
	if (messenger_host(s->b + hs, h - hs) && h + 1 < z) {
		add_cand(s, a, z, PII_MESSENGER_HANDLE, 90, 0);
		return;
	}
	/* "rahul-nguyen#casaverde.es": '#' for the '@' of an address,
	 * a name of two letters or more before it (not "PO#", "#tag");
	 * '*' or '&' too when an '@' follows soon, in words that say to
	 * swap them ("yan98*aliyun.com（*换成@）") */
	if (bare && a >= 3 && h == z &&
	    (s->b[a - 1] == '#' ||
	     ((s->b[a - 1] == '*' || s->b[a - 1] == '&') &&
	      memchr(s->b + z, '@', s->n - z < 48 ? s->n - z : 48)))) {
		size_t l = a - 1;

		while (l > 0 && (is_local_ch(s->b[l - 1]) || s->b[l - 1] == '.'))
			l--;
		while (l < a - 1 && !is_alpha(s->b[l]))
			l++;
		if (a - 1 - l >= 2 && (l == 0 || !is_alnum(s->b[l - 1])) &&
		    is_alpha(s->b[a - 2]) | is_digit(s->b[a - 2])) {
			add_cand(s, l, z, PII_EMAIL, 75, PII_SPAN_OBFUSCATED);
			return;
		}
	}
	add_cand(s, a, z, PII_URL, bare ? 75 : 95, 0);
}

/*
 * A "word.tld" trigger at the '.' t: can the bare-domain pattern give an
 * accepted match in this token? Only when some label of the token after
 * a '.' is all letters, ends the token (or is followed by '.', '/', ':'
 * ...) and is a known TLD: the test find_urls applies to what matched.
 * *start gets the token's start, where such a match begins, *end its
 * end: the answer is the same for every '.' of [*start, *end).
 */
static bool url_dot_ok(const struct scan *s, size_t t, size_t *start,
		       size_t *end)
{
	const char *b = s->b;
	size_t n = s->n, p = t, q = t;

	while (p > 0 && (is_alnum(b[p - 1]) || b[p - 1] == '.' ||
			 b[p - 1] == '-'))
		p--;
	while (q < n && (is_alnum(b[q]) || b[q] == '.' || b[q] == '-'))
		q++;
	*start = p;
	*end = q;
	/* "lee@x.com", "a_b.cd": the pattern's look-behind refuses every
	 * start in this token */
	if (p > 0 && (b[p - 1] == '@' || b[p - 1] == '_' || b[p - 1] == '%' ||
		      b[p - 1] == '+'))
		return false;
	for (size_t d = p; d < q; d++) {
		size_t e;

		if (b[d] != '.')
			continue;
		if (q - d > 6 && lit_ieq(b + d + 1, "xn--", 4))
			return true;	/* ".xn--p1ai" */
		e = d + 1;
		while (e < q && is_alpha(b[e]))
			e++;
		if (e - d - 1 >= 2 && e - d - 1 <= 12 &&
		    !(e < n && (is_alnum(b[e]) || b[e] == '-' || b[e] == '@')) &&
		    tld_ok(b + d + 1, e - d - 1))
			return true;
	}
	return false;
}

/* RE_URL's path characters: [A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%] */
static inline bool is_url_ch(int c)
{
	static const bool punct[128] = {
		['-'] = 1, ['.'] = 1, ['_'] = 1, ['~'] = 1, [':'] = 1,
		['/'] = 1, ['?'] = 1, ['#'] = 1, ['['] = 1, [']'] = 1,
		['@'] = 1, ['!'] = 1, ['$'] = 1, ['&'] = 1, ['\''] = 1,
		['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1,
		[';'] = 1, ['='] = 1, ['%'] = 1,
	};

	return is_alnum(c) || ((unsigned)c < 128 && punct[c]);
}

/* URLC_IDN of RE_URL */
static inline bool is_url_idn_ch(int c)
{
	return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
	       c == ':' || c == '/' || c == '?' || c == '#' || c == '@' ||
	       c == '&' || c == '+' || c == '=' || c == '%';
}

/*
 * IDNC of RE_URL at b[j] (valid UTF-8 up to we): a non-ASCII character
 * other than punctuation, symbols and spaces; *len its bytes.
 */
static bool idn_ch(const char *b, size_t j, size_t we, size_t *len)
{
	const unsigned char *u = (const unsigned char *)b + j;
	uint32_t cp;

	if (u[0] < 0xc0)
		return false;
	*len = u[0] < 0xe0 ? 2 : u[0] < 0xf0 ? 3 : 4;
	if (j + *len > we)
		return false;
	if (*len == 2)
		cp = (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
	else if (*len == 3)
		cp = (uint32_t)(u[0] & 0x0f) << 12 |
		     (uint32_t)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);
	else
		cp = (uint32_t)(u[0] & 0x07) << 18 |
		     (uint32_t)(u[1] & 0x3f) << 12 |
		     (uint32_t)(u[2] & 0x3f) << 6 | (u[3] & 0x3f);
	return cp > 0xbf && !(cp >= 0x2000 && cp <= 0x2bff) &&
	       !(cp >= 0x3000 && cp <= 0x303f) &&
	       !(cp >= 0xfe00 && cp <= 0xfe6f) &&
	       !(cp >= 0xff00 && cp <= 0xffef) &&
	       !(cp >= 0x1f000 && cp <= 0x1ffff);
}

/*
 * RE_URL's first two branches at ws, in C: a scheme ("http://",
 * "https://", "ftp://", ASCII in any case) and its characters, or
 * "www." and two or more labels with an optional path. Both are
 * possessive, so where one matches at ws it is pcre2's match (ws is the
 * first start tried, the branches are tried in this order, and no
 * scheme starts with a 'w'). Returns the match end, or 0: pcre2 decides.
 */
static size_t url_plain(const char *b, size_t ws, size_t we)
{
	size_t i, j;
	int reps = 0;

	if (ws > 0 && (is_alnum(b[ws - 1]) || b[ws - 1] == '@' ||
		       b[ws - 1] == '.' || b[ws - 1] == '_' ||
		       b[ws - 1] == '%' || b[ws - 1] == '+' ||
		       b[ws - 1] == '-'))
		return 0;
	if (we - ws > 7 && (lit_ieq(b + ws, "http://", 7) ||
			    lit_ieq(b + ws, "hxxp://", 7)))
		i = ws + 7;
	else if (we - ws > 8 && (lit_ieq(b + ws, "https://", 8) ||
				 lit_ieq(b + ws, "hxxps://", 8)))
		i = ws + 8;
	else if (we - ws > 6 && lit_ieq(b + ws, "ftp://", 6))
		i = ws + 6;
	else
		i = 0;
	if (i) {
		size_t l;

		j = i;
		if (j < we && idn_ch(b, j, we, &l)) {
			/* an internationalised host: its letters and the
			 * link's ASCII characters, mixed */
			while (j < we) {
				if (is_url_idn_ch(b[j]))
					j++;
				else if (idn_ch(b, j, we, &l))
					j += l;
				else
					break;
			}
			return j;
		}
		while (j < we && is_url_ch(b[j]))
			j++;
		return j > i ? j : 0;
	}
	if (we - ws < 8 || !lit_ieq(b + ws, "www.", 4))
		return 0;
	/* [A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)++ */
	j = ws + 4;
	while (j < we && (is_alnum(b[j]) || b[j] == '-'))
		j++;
	if (j == ws + 4)
		return 0;
	while (j + 1 < we && b[j] == '.' &&
	       (is_alnum(b[j + 1]) || b[j + 1] == '-')) {
		j += 2;
		while (j < we && (is_alnum(b[j]) || b[j] == '-'))
			j++;
		reps++;
	}
	if (!reps)
		return 0;
	/* (?:[/?#][...]*+)? */
	if (j < we && (b[j] == '/' || b[j] == '?' || b[j] == '#'))
		for (j++; j < we && is_url_ch(b[j]); j++)
			;
	return j;
}

static void find_urls(struct scan *s, const size_t *trig, size_t nt)
{
	size_t cursor = 0;
	size_t tok_s = 0, tok_e = 0;	/* the token url_dot_ok last saw */
	bool tok_ok = false;

	for (size_t i = 0; i < nt && !s->err; i++) {
		size_t t = trig[i], ws, we;

		size_t p = t;

		if (t < cursor)
			continue;
		if (s->b[t] == '.') {
			/* once per token, not per '.': a token of n dots
			 * would cost n^2 */
			if (t < tok_s || t >= tok_e)
				tok_ok = url_dot_ok(s, t, &tok_s, &tok_e);
			if (!tok_ok)
				continue;
			p = tok_s;
		}
		/* A link starts at its scheme or "www" (the trigger) or,
		 * bare, at the start of the token holding the '.'. */
		ws = p;
		if (ws < cursor)
			ws = cursor;
		ws = cp_floor(s->b, ws);
		we = cp_ceil(s->b, s->n, t + 400 < s->n ? t + 400 : s->n);
		while (ws < we) {
			PCRE2_SIZE *ov;
			size_t z = s->eng->plain ? url_plain(s->b, ws, we) : 0;
			int rc;

			if (z) {
				url_emit(s, ws, z, false, z);
				we = z;
				break;
			}
			rc = re_run(s, RE_URL, ws, we, 0);
			if (rc <= 0)
				break;
			ov = pcre2_get_ovector_pointer(s->md);
			if (rc >= 3 && ov[4] != PCRE2_UNSET) {
				/* bare domain: known TLD, not a file name */
				size_t tl = ov[5] - ov[4];
				bool ext = lit_any(file_ext, sizeof(file_ext) /
						   sizeof(file_ext[0]),
						   s->b + ov[4], tl);
				size_t first = ov[2];

				while (first < ov[3] && s->b[first] != '.')
					first++;
				/* a one-letter first label only with a path:
				 * "s.id/MBw4Sv", "t.co/x" */
				if (!ext && tld_ok(s->b + ov[4], tl) &&
				    (first - ov[2] >= 2 ||
				     messenger_host(s->b + ov[2], ov[3] - ov[2]) ||
				     (ov[1] > ov[5] + 1 && s->b[ov[5]] == '/')) &&
				    !(s->b[ov[4]] >= 'A' && s->b[ov[4]] <= 'Z' &&
				      s->b[ov[4] + 1] >= 'a')) {
					url_emit(s, ov[0], ov[1], true, ov[5]);
					/* later links have triggers of
					 * their own */
					we = ov[1];
					break;
				}
			} else {
				url_emit(s, ov[0], ov[1], false, ov[1]);
				we = ov[1];
				break;
			}
			ws = ov[1] > ws ? ov[1] : ws + 1;
		}
		cursor = we;
	}
}

static bool handle_shape(const char *t, size_t n)
{
	static const struct lit stop[] = {
		LIT("or"), LIT("and"), LIT("the"), LIT("me"), LIT("us"),
		LIT("please"), LIT("pls"), LIT("group"), LIT("call"),
		LIT("chat"), LIT("message"), LIT("contact"), LIT("number"),
		LIT("account"), LIT("id"), LIT("only"), LIT("also"), LIT("too"),
		LIT("here"), LIT("there"), LIT("now"), LIT("today"),
	};
	bool special = false;

	if (n < 3)
		return false;
	if (t[0] == '@' || (n >= 5 && lit_ieq(t, "live:", 5)))
		return n >= 4;
	for (size_t i = 0; i < n; i++) {
		if (is_digit(t[i]) || t[i] == '_' || t[i] == '.' || t[i] == '-')
			special = true;
		if (i > 0 && is_upper(t[i]) && !is_upper(t[i - 1]))
			special = true;
	}
	if (lit_any(stop, sizeof(stop) / sizeof(stop[0]), t, n))
		return false;
	return special;
}

static bool kw_starts_at(const struct scan *s, size_t p)
{
	/* hits are in text order: binary search keeps this O(log n) */
	size_t lo = pii_kw_count_before(&s->kw, p);

	return lo < s->kw.n && s->kw.v[lo].s == p;
}

/*
 * RE_HANDLE (anchored) at p, in C, for ASCII text: the lead-in of
 * punctuation and words, then group 1. Both the lead-in's spaces and its
 * repetition are possessive, so pcre2 takes at each step the first
 * branch that matches and never comes back: so does this. Returns 1 with
 * group 1 in *a, *z; 0 where the pattern cannot match; -1 where a
 * non-ASCII byte starts a lead-in step (号, 是, and the caseless UTF
 * folds such as U+017F for 's'): pcre2 decides.
 */
static int handle_plain(const char *b, size_t p, size_t we, size_t *a,
			size_t *z)
{
	static const struct lit words[] = {
		LIT("id"), LIT("is"), LIT("my"), LIT("me"), LIT("mi"),
		LIT("meu"), LIT("mein"), LIT("on"), LIT("at"), LIT("via"),
		LIT("add"), LIT("user"), LIT("username"), LIT("usuario"),
		LIT("name"), LIT("account"), LIT("handle"), LIT("no"),
		LIT("nr"), LIT("number"), LIT("same"), LIT("as"), LIT("es"),
		LIT("ist"), LIT("est"), LIT("pls"), LIT("please"),
		LIT("saya"), LIT("mijn"), LIT("mon"), LIT("mio"), LIT("mia"),
		LIT("moje"), LIT("benim"),
	};
	size_t q = p, c, d, r;

	while (q < we && (b[q] == ' ' || b[q] == '\t'))
		q++;
	for (int it = 0; it < 6 && q < we; it++) {
		unsigned char ch = (unsigned char)b[q];

		if (ch >= 0x80)
			return -1;
		if (ch == ':' || ch == '=' || ch == '#' || ch == '/' ||
		    ch == '|' || ch == ',' || ch == '-' || ch == '(' ||
		    ch == '[' || ch == '?' || ch == '.' || ch == '!' ||
		    ch == '>' || ch == '~') {
			q++;
		} else if (is_alpha(ch)) {
			/* (?i:id|is|...)(?![A-Za-z]): the whole letter run */
			size_t e = q;

			while (e < we && is_alpha(b[e]))
				e++;
			if (e < we && (unsigned char)b[e] >= 0x80)
				return -1;
			if (!lit_any(words, sizeof(words) / sizeof(words[0]),
				     b + q, e - q))
				break;
			q = e;
		} else {
			break;
		}
		while (q < we && (b[q] == ' ' || b[q] == '\t'))
			q++;
	}
	c = q;
	/* (?:live:\.?|@)?[A-Za-z0-9][A-Za-z0-9_.\-]{1,40}+ */
	for (int pre = 1; pre >= 0; pre--) {
		size_t k = c;

		if (pre) {
			if (we - c >= 5 && !memcmp(b + c, "live:", 5))
				k = c + 5 + (we - c > 5 && b[c + 5] == '.');
			else if (c < we && b[c] == '@')
				k = c + 1;
			else
				continue;
		}
		if (k >= we || !is_alnum(b[k]))
			continue;
		d = k + 1;
		while (d < we && d - k - 1 < 40 &&
		       (is_alnum(b[d]) || b[d] == '_' || b[d] == '.' ||
			b[d] == '-'))
			d++;
		if (d > k + 1) {
			*a = c;
			*z = d;
			return 1;
		}
	}
	/* \+?[0-9][0-9 \-().]{3,24}[0-9] */
	d = c < we && b[c] == '+' ? c + 1 : c;
	if (d >= we || !is_digit(b[d]))
		return 0;
	r = 0;
	while (d + 1 + r < we && r < 24 &&
	       (is_digit(b[d + 1 + r]) || b[d + 1 + r] == ' ' ||
		b[d + 1 + r] == '-' || b[d + 1 + r] == '(' ||
		b[d + 1 + r] == ')' || b[d + 1 + r] == '.'))
		r++;
	for (; r >= 3; r--)
		if (d + 1 + r < we && is_digit(b[d + 1 + r])) {
			*a = c;
			*z = d + 2 + r;
			return 1;
		}
	return 0;
}

/*
 * An IBAN written in lower case ("iban: nl03 ingb 9442 3400 30"), taken
 * only right after the word IBAN (upper-case ones are tokens of their
 * own, scan_token).
 */
static void find_ibans_named(struct scan *s)
{
	for (size_t i = 0; i < s->kw.n && !s->err; i++) {
		size_t q = s->kw.v[i].e, z;
		const char *b = s->b;

		if (!(s->kw.v[i].cls & KW_IBAN))
			continue;
		for (int k = 0; k < 3 && q < s->n && (b[q] == ' ' || b[q] == ':' ||
						      b[q] == '-'); k++)
			q++;
		if (q + 4 > s->n || !is_alpha(b[q]) || !is_alpha(b[q + 1]) ||
		    !is_digit(b[q + 2]) || !is_digit(b[q + 3]) ||
		    (is_upper(b[q]) && is_upper(b[q + 1])) ||
		    (q > 0 && is_alnum(b[q - 1])))
			continue;
		z = iban_at(s, q);
		if (z)
			add_cand(s, q, z, PII_IBAN, 90, PII_SPAN_CHECKSUM);
	}
}

/*
 * Where the handle after a messenger word may start, past what
 * other languages put between them: runs of CJK, Hangul, Thai or
 * Devanagari characters, with ASCII letters glued before them and a
 * full-width colon among them ("LINEのIDは",
 * "카톡 아이디", "วีแชทของผมคือ", "Telegramでも連絡できます："), or up
 * to four words without a digit and then a colon ("WeChat del
 * fornitore:", "WeChat của bên nhà máy:"). p when nothing is passed;
 * what follows is read as after the word itself.
 */
static size_t handle_gap(const char *b, size_t p, size_t we)
{
	size_t q = p;

	bool nl = false;

	for (int step = 0; step < 4; step++) {
		size_t r = q, e, words = 0;
		unsigned char c;

		/* what parts a label from its field: spaces, quotes, a
		 * colon or '=', one line break, dot leaders, tags
		 * ("Skype :\n giulia.b", "\"wechat\": \"wang_5935\"",
		 * "Telegram ........ @x", "WeChat</td><td>wang_5935") */
		for (int junk = 0; junk < 12 && r < we; junk++) {
			if (b[r] == ' ' || b[r] == '\t' || b[r] == '"' ||
			    b[r] == '\'' || b[r] == ':' || b[r] == '=') {
				r++;
			} else if (b[r] == '\n' && !nl) {
				nl = true;
				r++;
			} else if (r + 2 < we && b[r] == '.' && b[r + 1] == '.' &&
				   b[r + 2] == '.') {
				while (r < we && b[r] == '.')
					r++;
			} else if (b[r] == '<') {
				size_t t = r + 1;

				while (t < we && t - r < 40 && b[t] != '>' &&
				       b[t] != '\n' && b[t] != '<')
					t++;
				if (t >= we || b[t] != '>')
					break;
				r = t + 1;
			} else {
				break;
			}
		}
		q = r;
		c = r < we ? (unsigned char)b[r] : 0;
		/* an emoji ("add wechat 😂 SarahPatel23") */
		if (c >= 0xf0 && c < 0xf5 && r + 4 <= we) {
			q = r + 4;
			continue;
		}
		/* ASCII letters glued to such a run: "IDは" */
		for (e = r; e < we && e - r < 8 && is_alpha(b[e]); e++)
			;
		if (e > r && e < we && (unsigned char)b[e] >= 0xe0 &&
		    (unsigned char)b[e] < 0xf0) {
			r = e;
			c = (unsigned char)b[r];
		}
		if (c >= 0xe0 && c < 0xf0) {
			for (e = r; e + 3 <= we && e - r < 36 &&
			     (unsigned char)b[e] >= 0xe0 &&
			     (unsigned char)b[e] < 0xf0;)
				e += 3;
			q = e;
			continue;
		}
		/* words, then ':' (not on a line of its own: "telegram\n
		 * wooden toys: BT-5640PRO" is another field) */
		if (nl)
			break;
		for (e = r; e < we && e - r < 48 && words < 4;) {
			size_t w = e;

			while (w < we && (is_alpha(b[w]) || b[w] == '\'' ||
					  b[w] == '-' ||
					  ((unsigned char)b[w] >= 0x80 &&
					   !(w + 2 < we &&
					     (unsigned char)b[w] == 0xef &&
					     (unsigned char)b[w + 1] == 0xbc &&
					     (unsigned char)b[w + 2] == 0x9a))))
				w++;
			if (w == e)
				break;
			words++;
			e = w;
			if (e < we && b[e] == ' ' && e + 1 < we && b[e + 1] != ':')
				e++;
			else
				break;
		}
		if (words && e < we && b[e] == ' ')
			e++;
		if (words && e < we && b[e] == ':')
			return e + 1;
		if (words && e + 2 < we && (unsigned char)b[e] == 0xef &&
		    (unsigned char)b[e + 1] == 0xbc &&
		    (unsigned char)b[e + 2] == 0x9a)
			return e + 3;
		break;
	}
	return q;
}

/*
 * A messenger asked about ("do u have wechat?", "> tem wechat?") and
 * the answer: a word of yes ("yes", "sim", "sí", "да", "是" …), then
 * within a few words a token shaped as a handle, letters with digits,
 * '_' or '-' ("yes Emma-gz63", "desculpa a demora sim mariana_5178").
 * The question mark is at most two bytes after the name, the answer
 * within 64 bytes after it. Its span in *a, *z.
 */
static bool answer_handle(const char *b, size_t n, size_t e, size_t *a,
			  size_t *z)
{
	static const struct lit yes[] = {
		LIT("yes"), LIT("yeah"), LIT("yep"), LIT("sure"), LIT("ok"),
		LIT("si"), LIT("s\xc3\xad"), LIT("sim"), LIT("ja"), LIT("oui"),
		LIT("evet"), LIT("iya"), LIT("ya"), LIT("c\xc3\xb3"),
		LIT("\xd0\xb4\xd0\xb0"),			/* да */
		LIT("\xe6\x98\xaf"), LIT("\xe6\x9c\x89"),	/* 是 有 */
		LIT("\xeb\x84\xa4"),				/* 네 */
	};
	size_t q = e, lim, i;
	bool said = false;
	int words = 0;

	if (q < n && b[q] == ' ')
		q++;
	if (q >= n || (b[q] != '?' && !(q + 2 < n &&
					(unsigned char)b[q] == 0xef &&
					(unsigned char)b[q + 1] == 0xbc &&
					(unsigned char)b[q + 2] == 0x9f)))
		return false;
	q += b[q] == '?' ? 1 : 3;
	lim = n - q > 64 ? q + 64 : n;
	for (i = q; i < lim && words < 8;) {
		size_t t = i;

		if (b[i] == '?')
			return false;
		if (!(is_alnum(b[i]) || (unsigned char)b[i] >= 0x80)) {
			i++;
			continue;
		}
		while (t < n && (is_alnum(b[t]) || b[t] == '_' || b[t] == '-' ||
				 b[t] == '.' || (unsigned char)b[t] >= 0x80))
			t++;
		while (t > i && (b[t - 1] == '.' || b[t - 1] == '-'))
			t--;
		if (!said) {
			/* "是的", "sim,": the word of yes first in its token */
			for (size_t y = 0; y < sizeof(yes) / sizeof(yes[0]); y++)
				if (t - i >= yes[y].l &&
				    lit_ieq(b + i, yes[y].s, yes[y].l) &&
				    (t - i == yes[y].l ||
				     (unsigned char)b[i] >= 0x80))
					said = true;
		} else if (t - i >= 5 && t - i <= 24 && is_alpha(b[i])) {
			size_t lower = 0, digit = 0, sym = 0, hi = 0;

			for (size_t k = i; k < t; k++) {
				lower += is_lower(b[k]);
				digit += is_digit(b[k]);
				sym += b[k] == '_' || b[k] == '-' || b[k] == '.';
				hi += (unsigned char)b[k] >= 0x80;
			}
			/* ASCII only, three lower-case letters or more */
			if (!hi && lower >= 3 && (digit || sym) &&
			    (t >= n || b[t] != '@') &&
			    handle_shape(b + i, t - i)) {
				*a = i;
				*z = t;
				return true;
			}
		}
		words++;
		i = t > i ? t : i + 1;
	}
	return false;
}

/* The cell [*a, *z) of column col of the line from b[l] (cells apart
 * by sep), spaces and quotes trimmed; false when the line has fewer. */
static bool table_cell(const char *b, size_t n, size_t l, char sep,
		       size_t col, size_t *a, size_t *z)
{
	size_t c = 0, i = l;

	if (sep == '|' && i < n && b[i] == '|')
		i++;		/* "| x | y |": the bar before the first */
	while (c < col) {
		while (i < n && b[i] != sep && b[i] != '\n')
			i++;
		if (i >= n || b[i] != sep)
			return false;
		i++;
		c++;
	}
	*a = i;
	while (i < n && b[i] != sep && b[i] != '\n' && b[i] != '\r')
		i++;
	*z = i;
	while (*a < *z && (b[*a] == ' ' || b[*a] == '"'))
		(*a)++;
	while (*z > *a && (b[*z - 1] == ' ' || b[*z - 1] == '"'))
		(*z)--;
	return true;
}

/*
 * A messenger's name alone in a cell of a table's first line (cells apart
 * by tabs, '|', ';' or ','): the same column of the rows after it holds
 * ids ("微信\t电话\nmarco_6742\t0039 06 …", "| WeChat | Mail |\n|---|---|
 * \n| pedrooliveira97 | …"). Each cell shaped as a handle is one. True
 * when this was such a header; *seen: the end of what was read (a line
 * is looked at once).
 */
#define TABLE_LINE 512	/* longer lines are no table's */

static bool table_handles(struct scan *s, size_t ks, size_t ke, size_t *seen)
{
	static const char seps[] = {'\t', '|', ';', ','};
	const char *b = s->b;
	size_t n = s->n, l = ks, e = ke, a, z, col = 0, rows = 0;
	char sep = 0;
	bool any = false;

	/* one look at a line, however many names it holds: *seen is
	 * where the last look ended */
	if (ks < *seen)
		return false;
	/* a cell's bounds right around the name, or no table */
	{
		size_t x = ks, y = ke;

		while (x > 0 && ks - x < 4 && b[x - 1] == ' ')
			x--;
		while (y < n && y - ke < 4 && (b[y] == ' ' || b[y] == '\r'))
			y++;
		if (!(x == 0 || b[x - 1] == '\n' || b[x - 1] == '\t' ||
		      b[x - 1] == '|' || b[x - 1] == ';' || b[x - 1] == ',') ||
		    !(y == n || b[y] == '\n' || b[y] == '\t' || b[y] == '|' ||
		      b[y] == ';' || b[y] == ','))
			return false;
	}
	while (l > 0 && b[l - 1] != '\n' && ks - l < TABLE_LINE)
		l--;
	while (e < n && b[e] != '\n' && e - ke < TABLE_LINE)
		e++;
	*seen = e;
	if (e >= n || b[e] != '\n' || (l > 0 && b[l - 1] != '\n'))
		return false;
	/* the separator: the one right around the name */
	for (size_t i = 0; i < sizeof(seps) && !sep; i++) {
		size_t x = ks, y = ke;

		while (x > l && b[x - 1] == ' ')
			x--;
		while (y < e && (b[y] == ' ' || b[y] == '\r'))
			y++;
		if ((x == l || b[x - 1] == seps[i]) &&
		    (y == e || b[y] == seps[i]) && (x > l || y < e))
			sep = seps[i];
	}
	if (!sep)
		return false;
	for (size_t i = l + (sep == '|' && b[l] == '|'); i < ks; i++)
		col += b[i] == sep;
	for (size_t r = e + 1; r < n && rows < 20; rows++) {
		size_t re = r, lower = 0;

		while (re < n && b[re] != '\n' && re - r < TABLE_LINE)
			re++;
		if ((re < n && b[re] != '\n') ||
		    !table_cell(b, re, r, sep, col, &a, &z))
			break;
		for (size_t i = a; i < z; i++)
			lower += is_lower(b[i]);
		/* small letters (not a SKU), no space, no '@' after the
		 * first byte (not an e-mail) */
		if (z - a >= 3 && z - a <= 40 && lower >= 2 &&
		    (is_alnum(b[a]) || b[a] == '@') &&
		    !memchr(b + a, ' ', z - a) &&
		    !memchr(b + a + 1, '@', z - a - 1) &&
		    handle_shape(b + a, z - a)) {
			add_cand(s, a, z, PII_MESSENGER_HANDLE, 75,
				 PII_SPAN_CONTEXT);
			any = true;
		}
		*seen = re;
		r = re + 1;
	}
	return any;
}

/* Do b[e..a) part a label from its value (a space, colon or line
 * break; no '.' or '/', as in "telegram.me/x")? */
static bool label_gap(const char *b, size_t e, size_t a)
{
	bool sep = false;

	for (size_t q = e; q < a; q++) {
		if (b[q] == '.' || b[q] == '/')
			return false;
		sep |= b[q] == ':' || b[q] == ' ' || b[q] == '\t' ||
		       b[q] == '\n';
	}
	return sep;
}

static void find_handles(struct scan *s)
{
	size_t cursor = 0, held = 0;	/* held: the end of the last handle */
	size_t seen = 0;		/* table_handles' look so far */

	for (size_t i = 0; i < s->kw.n && !s->err; i++) {
		const struct pii_kwhit *k = &s->kw.v[i];
		size_t we, a, z, p;
		int rc;

		/* a messenger's name inside a handle ("trade89_skype") is
		 * none */
		if (!(k->cls & KW_MSG) || k->e < cursor || k->s < held)
			continue;
		/* a table's column headed by a messenger's name (the
		 * names in its rows are still read as they come) */
		if (table_handles(s, k->s, k->e, &seen))
			continue;
		we = cp_ceil(s->b, s->n, k->e + 96 < s->n ? k->e + 96 : s->n);
		p = handle_gap(s->b, k->e, we);
		rc = s->eng->plain ? handle_plain(s->b, p, we, &a, &z) : -1;
		if (rc < 0) {
			rc = re_run(s, RE_HANDLE, p, we, 0);
			if (rc > 0) {
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);

				a = ov[2];
				z = ov[3];
			}
		}
		cursor = k->e;
		if (rc <= 0) {
			/* "> tem wechat?\nsim mariana_5178" */
			if (answer_handle(s->b, s->n, k->e, &a, &z)) {
				add_cand(s, a, z, PII_MESSENGER_HANDLE, 75,
					 PII_SPAN_CONTEXT);
				cursor = held = z;
			}
			continue;
		}
		cursor = z;
		if (is_digit(s->b[a]) || s->b[a] == '+') {
			/* numbers: QQ ids are handles, the rest phones */
			if (k->cls & KW_QQ) {
				size_t e2 = a;

				while (e2 < z && is_digit(s->b[e2]))
					e2++;
				if (e2 - a >= 5 && e2 - a <= 12 &&
				    (e2 >= s->n || !is_alnum(s->b[e2]))) {
					add_cand(s, a, e2, PII_MESSENGER_HANDLE,
						 85, PII_SPAN_CONTEXT);
					s->c[s->nc - 1].prio = 9;
				}
			}
			continue;
		}
		while (z > a && (s->b[z - 1] == '.' || s->b[z - 1] == '-' ||
				 s->b[z - 1] == '_'))
			z--;
		if (z < s->n && (s->b[z] == '@' || (s->b[z] == ' ' &&
						    z + 1 < s->n &&
						    s->b[z + 1] == '@')))
			continue;	/* an e-mail's local part */
		if (kw_starts_at(s, a))
			continue;	/* "WhatsApp/WeChat: ..." */
		if (!handle_shape(s->b + a, z - a))
			continue;
		{
			/* a file's name ("Anhang: quotation_v3.xlsx") */
			size_t dot = z;

			while (dot > a && s->b[dot - 1] != '.')
				dot--;
			if (dot > a && lit_any(file_ext, sizeof(file_ext) /
					       sizeof(file_ext[0]),
					       s->b + dot, z - dot))
				continue;
		}
		/* after its messenger's label, an id over the bare domain
		 * it may look like ("Skype: fang.ma") */
		if (add_cand(s, a, z, PII_MESSENGER_HANDLE, 80,
			     PII_SPAN_CONTEXT) == 0 &&
		    label_gap(s->b, k->e, a) &&
		    !memchr(s->b + a, '/', z - a) &&
		    (z >= s->n || (s->b[z] != '/' && s->b[z] != ':')) &&
		    !(z - a > 4 && lit_ieq(s->b + a, "www.", 4)))
			s->c[s->nc - 1].prio = 9;
		held = z;
	}
}

/* Chinese lead-ins glued to an address: 寄到, 地址, 是 ... */
static size_t cn_strip(const struct scan *s, size_t a, size_t z)
{
	static const char *const lead[] = {
		"\xe5\x9c\xb0\xe5\x9d\x80", "\xe5\xaf\x84\xe5\x88\xb0",
		"\xe5\x8f\x91\xe5\x88\xb0", "\xe9\x80\x81\xe5\x88\xb0",
		"\xe5\xaf\x84\xe5\xbe\x80", "\xe5\x8f\x91\xe5\xbe\x80",
		"\xe6\x94\xb6\xe8\xb4\xa7", "\xe5\xb7\xa5\xe5\x8e\x82",
		"\xe5\x85\xac\xe5\x8f\xb8", "\xe4\xbb\x93\xe5\xba\x93",
		"\xe6\xa0\xb7\xe5\x93\x81", "\xe5\xaf\x84", "\xe5\x88\xb0",
		"\xe8\x87\xb3", "\xe5\xbe\x80", "\xe5\x9c\xa8", "\xe6\x98\xaf",
		"\xe4\xb8\xba", "\xe4\xba\x8e", "\xe7\x9a\x84", "\xe8\xaf\xb7",
		"\xe5\x9d\x80", "\xe9\x80\x81", "\xe5\x8f\x91",
	};
	bool again = true;

	while (again && z - a > 18) {
		again = false;
		for (size_t i = 0; i < sizeof(lead) / sizeof(lead[0]); i++) {
			size_t l = strlen(lead[i]);

			if (!memcmp(s->b + a, lead[i], l)) {
				a += l;
				again = true;
				break;
			}
		}
	}
	return a;
}

/* 号 at p right after "路|街|道|巷|弄|里" and 1-5 digits? */
static bool cn_house_no(const struct scan *s, size_t p)
{
	static const char *const road[] = {
		"\xe8\xb7\xaf", "\xe8\xa1\x97", "\xe9\x81\x93",
		"\xe5\xb7\xb7", "\xe5\xbc\x84", "\xe9\x87\x8c",
		"\xe6\xae\xb5",	/* 段: a road's section (Taiwan) */
	};
	size_t d = p;

	while (d > 0 && p - d < 5 && is_digit(s->b[d - 1]))
		d--;
	if (d == p || d < 3)
		return false;
	for (size_t i = 0; i < sizeof(road) / sizeof(road[0]); i++)
		if (!memcmp(s->b + d - 3, road[i], 3))
			return true;
	return false;
}

/*
 * Does one of RE_ADDR_W's three cores start at p in b[ws..we)? Each of
 * its matches holds one whole: a street word of its list after a space
 * and before no ASCII letter ("Main Street"; p at the space), a German
 * street ending before [ ]? and a digit ("Hauptstr. 5", "Gartenweg 3";
 * p at the digit), or Am, Im, Zum ... and a space (p at its start).
 */
static bool addr_w_core_at(const char *b, size_t ws, size_t we, size_t p)
{
	/* the pattern's street words, by length, one after another */
	static const char *const street[11] = {
		[2] = "StRdAvLnDrCtPlSqLu",
		[3] = "AveWayRowCirHwyJiePdeFwy",
		[4] = "RoadBlvdLanePkwyMewsWalkQuayMargExpy",
		[5] = "DriveCourtPlaceCloseTrailPlazaAlleyDadaoDajieGroveWharf",
		[6] = "StreetAvenueSquareCircleHutongParade",
		[7] = "TerraceParkwayHighwayGardensFreeway",
		[8] = "Crescent",
		[9] = "BoulevardEsplanade",
		[10] = "Expressway",
	};
	static const struct lit de_end[] = {
		LIT("stra\xc3\x9f" "e"), LIT("strasse"), LIT("str."),
		LIT("weg"), LIT("allee"), LIT("platz"), LIT("gasse"),
		LIT("damm"), LIT("ring"), LIT("ufer"), LIT("chaussee"),
		LIT("kai"), LIT("zeile"), LIT("gracht"), LIT("straat"),
		LIT("laan"), LIT("plein"), LIT("kade"), LIT("singel"),
		LIT("dijk"), LIT("gade"), LIT("vej"), LIT("v\xc3\xa4gen"),
		LIT("gatan"), LIT("park"),
		LIT("Stra\xc3\x9f" "e"), LIT("Strasse"), LIT("Str."),
		LIT("Weg"), LIT("Allee"), LIT("Platz"), LIT("Gasse"),
		LIT("Damm"), LIT("Ring"), LIT("Ufer"), LIT("G\xc3\xbcrtel"),
		LIT("Kai"), LIT("Zeile"),
	};
	static const struct lit de_pre[] = {
		LIT("Am "), LIT("An der "), LIT("Im "), LIT("In der "),
		LIT("Auf der "), LIT("Zum "), LIT("Zur "), LIT("Unter den "),
	};
	unsigned char c = (unsigned char)b[p];

	if (c == ' ' && p + 1 < we && is_upper(b[p + 1])) {
		size_t q = p + 1, l;

		while (q < we && is_alpha(b[q]))
			q++;
		l = q - p - 1;
		if (l > 10 || !street[l])
			return false;
		for (const char *w = street[l]; *w; w += l)
			if (w[0] == b[p + 1] && lit_eq(b + p + 1, w, l))
				return true;
		return false;
	}
	if (is_digit(c) && p > ws) {
		size_t z = b[p - 1] == ' ' ? p - 1 : p;
		char l = z > ws ? b[z - 1] : 0;

		/* every ending ends in one of these */
		if (l != 'e' && l != '.' && l != 'g' && l != 'z' && l != 'm' &&
		    l != 'r' && l != 'i' && l != 't' && l != 'n' && l != 'l' &&
		    l != 'k' && l != 'j')
			return false;
		for (size_t i = 0; i < sizeof(de_end) / sizeof(de_end[0]); i++)
			if (z - ws >= de_end[i].l &&
			    lit_eq(b + z - de_end[i].l, de_end[i].s, de_end[i].l))
				return true;
		return false;
	}
	if ((c == 'A' || c == 'I' || c == 'Z' || c == 'U') && p + 3 <= we &&
	    (b[p + 1] == 'm' || b[p + 1] == 'n' || b[p + 1] == 'u')) {
		for (size_t i = 0; i < sizeof(de_pre) / sizeof(de_pre[0]); i++)
			if (p + de_pre[i].l <= we &&
			    lit_eq(b + p, de_pre[i].s, de_pre[i].l))
				return true;
	}
	return false;
}

/*
 * Where a core can start, by the byte there and the bytes around it: a
 * space before a capital (1), a digit after no digit (2), A/I/Z/U
 * before m, n or u (4). The three tables give those bits, so that a
 * byte costs no branch: ac_first[c] & (ac_next[next] | ac_prev[prev]).
 */
#define AC_ROW_UP 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, \
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const uint8_t ac_first[256] = {
	[' '] = 1,
	['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2,
	['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	['A'] = 4, ['I'] = 4, ['Z'] = 4, ['U'] = 4,
};
static const uint8_t ac_next[256] = {
	['A'] = AC_ROW_UP,
	['m'] = 4, ['n'] = 4, ['u'] = 4,
};
#undef AC_ROW_UP
/* 2 for every byte but the digits */
#define AC_ROW2(...) 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
static const uint8_t ac_prev[256] = {
	AC_ROW2(), AC_ROW2(), AC_ROW2(),
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2,
	AC_ROW2(), AC_ROW2(), AC_ROW2(), AC_ROW2(), AC_ROW2(), AC_ROW2(),
	AC_ROW2(), AC_ROW2(), AC_ROW2(), AC_ROW2(), AC_ROW2(), AC_ROW2(),
};
#undef AC_ROW2

/* Is there a core in b[ws..we) that starts in [a, z)? */
static bool core_scan(const char *b, size_t ws, size_t we, size_t a,
		      size_t z)
{
	const unsigned char *u = (const unsigned char *)b;

	/* a digit needs a byte before it in the window, the other two a
	 * byte after it */
	if (a <= ws) {
		if (ws + 1 < we && (ac_first[u[ws]] & ac_next[u[ws + 1]]) &&
		    addr_w_core_at(b, ws, we, ws))
			return true;
		a = ws + 1;
	}
	for (size_t p = a; p < z; p++) {
		unsigned m = ac_first[u[p]] &
			     ((p + 1 < we ? ac_next[u[p + 1]] : 0) |
			      ac_prev[u[p - 1]]);

		if (m && addr_w_core_at(b, ws, we, p))
			return true;
	}
	return false;
}

/*
 * Can RE_ADDR_W match anywhere in b[ws..we)? Not without a core
 * (addr_w_core_at); from the street word at ks that opened the window
 * on first, then the part before it. A window
 * without a core is passed over as after pcre2 found nothing in it.
 */
static bool addr_w_core(const char *b, size_t ws, size_t we, size_t ks)
{
	size_t a = ks > ws ? ks - 1 : ws;

	/* the street word and what follows it first: the core is there
	 * in most windows that hold an address */
	return core_scan(b, ws, we, a, we) || core_scan(b, ws, we, ws, a);
}

/* The word before e in b[lo..e): its start (letters, digits, '/', '-',
 * '.'); e when there is none. */
static size_t word_back(const char *b, size_t lo, size_t e)
{
	size_t k = e;

	while (k > lo && (is_alnum(b[k - 1]) || b[k - 1] == '/' ||
			  b[k - 1] == '-' || b[k - 1] == '.' ||
			  b[k - 1] == '\''))
		k--;
	return k;
}

/*
 * Where the part of an address before its street ends at e: a unit
 * ("Flat B", "Suite 6", "Office 1998"), a floor ("24/F", "3rd Floor")
 * or a building's name ("Wing On Plaza", "Al Shafar Tower 1"); the start
 * of that part, or SIZE_MAX.
 */
static size_t addr_lead_part(const char *b, size_t lo, size_t e)
{
	static const struct lit unit[] = {
		LIT("flat"), LIT("unit"), LIT("suite"), LIT("ste"), LIT("room"),
		LIT("rm"), LIT("rm."), LIT("apt"), LIT("apt."),
		LIT("apartment"), LIT("office"), LIT("shop"), LIT("bldg"),
		LIT("bldg."), LIT("building"), LIT("block"), LIT("blk"),
		LIT("tower"), LIT("floor"), LIT("level"), LIT("wing"),
		LIT("postfach"), LIT("lot"), LIT("plot"), LIT("door"),
		LIT("geb\xc3\xa4ude"), LIT("b\xc3\xa2timent"), LIT("edificio"),
		LIT("nave"), LIT("bodega"), LIT("kat"), LIT("bloco"),
	};
	static const struct lit bldg[] = {
		LIT("plaza"), LIT("tower"), LIT("building"), LIT("house"),
		LIT("centre"), LIT("center"), LIT("park"), LIT("mansion"),
		LIT("court"), LIT("complex"), LIT("estate"), LIT("mall"),
		LIT("residence"), LIT("gardens"), LIT("square"), LIT("block"),
	};
	size_t w1 = word_back(b, lo, e), w0, l1 = e - w1;
	size_t k;

	if (!l1 || l1 > 24)
		return SIZE_MAX;
	/* 24/F, 12F, G/F */
	if ((l1 >= 3 && b[e - 2] == '/' && b[e - 1] == 'F') ||
	    (l1 >= 2 && l1 <= 4 && b[e - 1] == 'F' && is_digit(b[w1]) &&
	     is_digit(b[e - 2])))
		return w1;
	w0 = w1 > lo && b[w1 - 1] == ' ' ? word_back(b, lo, w1 - 1) : w1;
	/* a unit word and its id: Flat B, Suite 6, Level 5 */
	if (w0 < w1 && l1 <= 6 && is_alnum(b[w1]) &&
	    lit_any(unit, sizeof(unit) / sizeof(unit[0]), b + w0, w1 - 1 - w0))
		return w0;
	/* 3rd Floor */
	if (w0 < w1 && is_digit(b[w0]) && l1 == 5 && lit_eq(b + w1, "Floor", 5))
		return w0;
	/* a building's name: capitalised words, the last (or the one
	 * before a number) a building word */
	k = w1;
	if (is_digit(b[w1]) && l1 <= 3 && w0 < w1) {
		k = w0;
		l1 = w1 - 1 - w0;
	}
	if (!lit_any(bldg, sizeof(bldg) / sizeof(bldg[0]), b + k, l1)) {
		/* a building word first: "Menara Hap Seng", "Torre Norte" */
		static const struct lit first[] = {
			LIT("menara"), LIT("wisma"), LIT("gedung"),
			LIT("torre"), LIT("edificio"), LIT("tour"),
			LIT("immeuble"), LIT("centro"),
		};
		size_t f = w1;

		for (int i = 0; i < 3 && f > lo + 1 && b[f - 1] == ' '; i++) {
			size_t p = word_back(b, lo, f - 1);

			if (p == f - 1 || !is_upper(b[p]))
				break;
			size_t fe = p;

			f = p;
			while (fe < w1 && b[fe] != ' ')
				fe++;
			if (lit_any(first, sizeof(first) / sizeof(first[0]),
				    b + f, fe - f))
				return f;
		}
		return SIZE_MAX;
	}
	for (int i = 0; i < 3 && k > lo + 1 && b[k - 1] == ' '; i++) {
		size_t p = word_back(b, lo, k - 1);

		if (p == k - 1 || !is_upper(b[p]))
			break;
		k = p;
	}
	return k;
}

/*
 * The start of an address whose street part starts at a, with the unit,
 * floor and building parts before it, each followed by a comma (at most
 * three, no further back than lo).
 */
static size_t addr_lead(const char *b, size_t lo, size_t a)
{
	for (int i = 0; i < 3; i++) {
		size_t c = a, p;

		while (c > lo && b[c - 1] == ' ')
			c--;
		/* a part before a comma, or on the line before ("Unit 6⏎") */
		if (c == lo || (b[c - 1] != ',' && b[c - 1] != '\n'))
			break;
		if (b[c - 1] == ',' && c - 1 > lo && b[c - 2] == '\n')
			c--;
		p = addr_lead_part(b, lo, c - 1);
		if (p == SIZE_MAX)
			break;
		a = p;
	}
	return a;
}

/*
 * An address ending at z whose city line follows on the next line:
 * "16190 N Michigan Ave\nDallas, TX 75201"; the new end, or z.
 */
/*
 * A line of a postcode and a town after the street's line ("Mozartallee
 * 117b⏎28046 Bremen", "62, boulevard de Paris⏎33031 BORDEAUX"): four to
 * six digits (a "D-" before them, "-123" after them), one to three
 * capitalised words, then the line's end. The end of it, or z.
 */
static size_t addr_postcode_line(const char *b, size_t n, size_t z)
{
	size_t i = z + 1, d = 0, words = 0;

	if (i + 6 < n && is_digit(b[i]) && is_digit(b[i + 1]) && b[i + 2] == '-' &&
	    is_digit(b[i + 3]) && is_digit(b[i + 4]) && is_digit(b[i + 5]) &&
	    !is_digit(b[i + 6])) {
		i += 6;			/* Poland: 06-518 */
		d = 5;
	} else if (i + 1 < n && is_upper(b[i]) && b[i + 1] == '-')
		i += 2;
	else if (i + 2 < n && is_upper(b[i]) && is_upper(b[i + 1]) &&
		 b[i + 2] == '-')
		i += 3;
	while (i < n && is_digit(b[i]) && d < 7) {
		i++;
		d++;
	}
	if (d < 4 || d > 6)
		return z;
	if (i + 4 <= n && b[i] == '-' && is_digit(b[i + 1]) &&
	    is_digit(b[i + 2]) && is_digit(b[i + 3]))
		i += 4;			/* 01310-200 */
	while (i + 1 < n && b[i] == ' ' && words < 3 &&
	       (is_upper(b[i + 1]) || (unsigned char)b[i + 1] >= 0xc3)) {
		size_t k = i + 1;

		while (k < n && (is_alpha(b[k]) || b[k] == '-' ||
				 (b[k] == '/' && k + 1 < n &&
				  is_upper(b[k + 1])) ||
				 ((unsigned char)b[k] >= 0x80 &&
				  (unsigned char)b[k] < 0xe0)))
			k++;
		if (k == i + 1)
			break;
		i = k;
		words++;
	}
	if (!words || (i < n && b[i] != '\n' && b[i] != ',' && b[i] != '.' &&
		       b[i] != ' ' && b[i] != ';' && b[i] != '!'))
		return z;
	/* the country after it: ", Deutschland" */
	if (i + 2 < n && b[i] == ',' && b[i + 1] == ' ' &&
	    (is_upper(b[i + 2]) || (unsigned char)b[i + 2] == 0xc3)) {
		size_t k = i + 2;

		while (k < n && (is_alpha(b[k]) || ((unsigned char)b[k] >= 0x80 &&
						    (unsigned char)b[k] < 0xe0)))
			k++;
		if (k > i + 3 && (k >= n || b[k] == '\n' || b[k] == '.' ||
				  b[k] == ' ' || b[k] == ','))
			i = k;
	}
	return i;
}

/* "Town, ST 12345" on the line after b[z] == '\n' (US): its end, or z. */
static size_t addr_us_line(const char *b, size_t n, size_t z)
{
	size_t i = z + 1, words = 0;

	while (i < n && is_upper(b[i]) && words < 3) {
		while (i < n && (is_alpha(b[i]) || b[i] == '\'' || b[i] == '-'))
			i++;
		words++;
		if (i < n && b[i] == ' ' && i + 1 < n && is_upper(b[i + 1]))
			i++;
		else
			break;
	}
	if (!words || i + 9 > n || b[i] != ',')
		return z;
	i++;
	if (b[i] == ' ')
		i++;
	if (i + 8 > n || !is_upper(b[i]) || !is_upper(b[i + 1]) ||
	    b[i + 2] != ' ')
		return z;
	i += 3;
	for (int d = 0; d < 5; d++, i++)
		if (i >= n || !is_digit(b[i]))
			return z;
	if (i < n && is_alnum(b[i]))
		return z;
	if (i + 5 < n && b[i] == '-' && is_digit(b[i + 1]))
		i += 5;
	if (i + 15 <= n && lit_eq(b + i, ", United States", 15))
		i += 15;
	else if (i + 4 <= n && (lit_eq(b + i, " USA", 4) ||
				(i + 5 <= n && lit_eq(b + i, ", USA", 5))))
		i += b[i] == ',' ? 5 : 4;
	return i;
}

/*
 * Countries, in English and in their own languages, as an address
 * ends with them ("...\nÖsterreich", "Fujian 361295, China").
 */
static const struct lit countries[] = {
	LIT("China"), LIT("P.R. China"), LIT("PRC"), LIT("Hong Kong"),
	LIT("Taiwan"), LIT("Japan"), LIT("Korea"), LIT("South Korea"),
	LIT("Singapore"), LIT("Malaysia"), LIT("Indonesia"),
	LIT("Thailand"), LIT("Vietnam"), LIT("Viet Nam"),
	LIT("Philippines"), LIT("India"), LIT("Pakistan"),
	LIT("Bangladesh"), LIT("Sri Lanka"), LIT("Australia"),
	LIT("New Zealand"), LIT("Canada"), LIT("USA"), LIT("U.S.A."),
	LIT("United States"), LIT("Mexico"), LIT("M\xc3\xa9xico"),
	LIT("Brazil"), LIT("Brasil"), LIT("Argentina"), LIT("Chile"),
	LIT("Colombia"), LIT("Peru"), LIT("Per\xc3\xba"), LIT("UK"),
	LIT("United Kingdom"), LIT("England"), LIT("Ireland"),
	LIT("Germany"), LIT("Deutschland"), LIT("Austria"),
	LIT("\xc3\x96sterreich"), LIT("Switzerland"), LIT("Schweiz"),
	LIT("Suisse"), LIT("France"), LIT("Belgium"), LIT("Belgique"),
	LIT("Belgi\xc3\xab"), LIT("Netherlands"), LIT("Nederland"),
	LIT("Italy"), LIT("Italia"), LIT("Spain"), LIT("Espa\xc3\xb1" "a"),
	LIT("Portugal"), LIT("Poland"), LIT("Polska"),
	LIT("Czech Republic"), LIT("Czechia"), LIT("\xc4\x8c" "esko"),
	LIT("Sweden"), LIT("Sverige"), LIT("Denmark"), LIT("Danmark"),
	LIT("Norway"), LIT("Norge"), LIT("Finland"), LIT("Suomi"),
	LIT("Greece"), LIT("Hungary"), LIT("Romania"), LIT("Turkey"),
	LIT("T\xc3\xbcrkiye"), LIT("Russia"),
	LIT("\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f"),
	LIT("Kazakhstan"),
	LIT("\xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x85\xd1\x81\xd1\x82"
	    "\xd0\xb0\xd0\xbd"),
	LIT("Ukraine"), LIT("UAE"), LIT("United Arab Emirates"),
	LIT("Saudi Arabia"), LIT("Israel"), LIT("Egypt"),
	LIT("South Africa"), LIT("Nigeria"), LIT("Kenya"),
};

/* A country at b[i..): its end, or i. */
static size_t country_at(const char *b, size_t n, size_t i)
{
	if (i >= n || !(is_upper(b[i]) || (unsigned char)b[i] >= 0xc3))
		return i;
	for (size_t k = 0; k < sizeof(countries) / sizeof(countries[0]); k++)
		if (i + countries[k].l <= n &&
		    lit_eq(b + i, countries[k].s, countries[k].l) &&
		    (i + countries[k].l == n ||
		     !is_alnum(b[i + countries[k].l])))
			return i + countries[k].l;
	return i;
}

/* Does the address's last line end at b[k]: the text's end, a line
 * break, or a '.' or ',' before a space, a line break or the end? Returns
 * k (the punctuation stays out), 0 when not. */
static size_t line_end_at(const char *b, size_t n, size_t k)
{
	if (k == n || b[k] == '\n' || b[k] == '\r')
		return k;
	if ((b[k] == '.' || b[k] == ',') &&
	    (k + 1 == n || b[k + 1] == ' ' || b[k + 1] == '\n' ||
	     b[k + 1] == '\r'))
		return k;
	return 0;
}

/*
 * The line after b[z] == '\n' as the rest of an address: a town, a
 * region and a postcode, a country after it ("Xiamen, Fujian 361295,
 * China", "Peakhurst NSW 2202, Australia", "Singapore 408658", "CEP
 * 88266-609, Brasil"): its end, or z. Capitalised words only, so that
 * a sentence does not pass, and none of the words that start a line of
 * other data ("Order 12345").
 */
static size_t addr_town_line(const char *b, size_t n, size_t z)
{
	static const struct lit other[] = {
		LIT("Tel"), LIT("Phone"), LIT("Mobile"), LIT("Fax"),
		LIT("Email"), LIT("E-mail"), LIT("Order"), LIT("Invoice"),
		LIT("PO"), LIT("Ref"), LIT("Attn"), LIT("Contact"),
		LIT("Account"), LIT("IBAN"), LIT("SWIFT"), LIT("Bank"),
		LIT("Tax"), LIT("VAT"), LIT("Total"), LIT("Qty"),
		LIT("MOQ"), LIT("Price"), LIT("Payment"), LIT("Amount"),
		LIT("Item"), LIT("Model"), LIT("Code"), LIT("Date"),
		LIT("Due"), LIT("Booking"), LIT("Container"),
		LIT("Tracking"), LIT("Case"), LIT("Box"), LIT("Lot"),
		LIT("Batch"), LIT("Pallet"), LIT("Carton"), LIT("Size"),
		LIT("Weight"), LIT("Room"), LIT("Floor"), LIT("Unit"),
	};
	size_t i = z + 1, k, d = 0, words = 0;

	for (size_t o = 0; o < sizeof(other) / sizeof(other[0]); o++)
		if (i + other[o].l < n && lit_eq(b + i, other[o].s, other[o].l) &&
		    !is_alpha(b[i + other[o].l]))
			return z;
	while (i < n && words < 6 && !is_digit(b[i])) {
		if (!(is_upper(b[i]) || ((unsigned char)b[i] >= 0xc3 &&
					 (unsigned char)b[i] < 0xe0)))
			return z;
		k = i;
		while (k < n && (is_alpha(b[k]) || b[k] == '-' || b[k] == '\'' ||
				 ((unsigned char)b[k] >= 0x80 &&
				  (unsigned char)b[k] < 0xe0)))
			k++;
		if (k == i)
			return z;
		words++;
		if (k < n && b[k] == ',')
			k++;
		if (k >= n || b[k] != ' ')
			return z;
		i = k + 1;
	}
	while (i + d < n && is_digit(b[i + d]))
		d++;
	if (!words || d < 4 || d > 6)
		return z;
	i += d;
	if (i + 4 <= n && b[i] == '-' && is_digit(b[i + 1]) &&
	    is_digit(b[i + 2]) && is_digit(b[i + 3])) {
		i += 4;
		if (i < n && is_digit(b[i]))
			i++;
	}
	if (i < n && is_alnum(b[i]))
		return z;
	if (i + 2 < n && b[i] == ',' && b[i + 1] == ' ') {
		k = country_at(b, n, i + 2);
		if (k > i + 2)
			i = k;
	}
	k = line_end_at(b, n, i);
	return k ? k : z;
}

/* A line after b[z] == '\n' that holds a country alone: its end, or z. */
static size_t addr_country_line(const char *b, size_t n, size_t z)
{
	size_t k = country_at(b, n, z + 1);

	if (k == z + 1)
		return z;
	k = line_end_at(b, n, k);
	return k ? k : z;
}

/* A UK postcode alone on the line after b[z] == '\n' ("B5 8NS"): its
 * end, or z. */
static size_t addr_uk_line(const char *b, size_t n, size_t z)
{
	size_t i = z + 1, k;

	if (i >= n || !is_upper(b[i]))
		return z;
	k = i + 1;
	if (k < n && is_upper(b[k]))
		k++;
	if (k >= n || !is_digit(b[k]))
		return z;
	k++;
	if (k < n && (is_upper(b[k]) || is_digit(b[k])))
		k++;
	if (k + 4 > n || b[k] != ' ' || !is_digit(b[k + 1]) ||
	    !is_upper(b[k + 2]) || !is_upper(b[k + 3]))
		return z;
	k = line_end_at(b, n, k + 4);
	return k ? k : z;
}

/* A postcode at the start of the line after b[z] == '\n' ("90866-499",
 * "75008"): its end, or z. */
static size_t addr_code_line(const char *b, size_t n, size_t z)
{
	size_t i = z + 1, d = 0;

	while (i + d < n && is_digit(b[i + d]))
		d++;
	if (d < 4 || d > 6)
		return z;
	i += d;
	if (i + 4 <= n && b[i] == '-' && is_digit(b[i + 1]) &&
	    is_digit(b[i + 2]) && is_digit(b[i + 3]))
		i += 4;
	/* the line may go on with other things: "80467-924; EAN …" */
	return i == n || (!is_alnum(b[i]) && b[i] != '-' && b[i] != '/' &&
			  b[i] != '.') ? i : z;
}

/*
 * A town alone on the line after b[z] == '\n' ("Birmingham", "Porto
 * Alegre - RS"), taken only with a UK postcode, a country or a postcode
 * alone on the line after it: the end of that line, or z.
 */
static size_t addr_town_only(const char *b, size_t n, size_t z)
{
	size_t i = z + 1, words = 0, y;

	while (i < n && words < 3 && (is_upper(b[i]) ||
				      ((unsigned char)b[i] >= 0xc3 &&
				       (unsigned char)b[i] < 0xe0))) {
		while (i < n && (is_alpha(b[i]) || b[i] == '-' ||
				 b[i] == '\'' ||
				 ((unsigned char)b[i] >= 0x80 &&
				  (unsigned char)b[i] < 0xe0)))
			i++;
		words++;
		if (i + 1 < n && b[i] == ' ')
			i++;
		else
			break;
	}
	/* "Porto Alegre - RS": a Brazilian state after the town */
	if (words && i + 4 < n && b[i] == '-' && b[i - 1] == ' ' &&
	    b[i + 1] == ' ' && is_upper(b[i + 2]) && is_upper(b[i + 3]) &&
	    b[i + 4] == '\n')
		i += 4;
	if (!words || i >= n || b[i] != '\n')
		return z;
	if ((y = addr_uk_line(b, n, i)) != i ||
	    (y = addr_country_line(b, n, i)) != i ||
	    (y = addr_code_line(b, n, i)) != i)
		return y;
	return z;
}

/* "Suite 8, " at b[i] (a line's start): what follows it, or i. */
static size_t addr_unit_prefix(const char *b, size_t n, size_t i)
{
	static const struct lit unit[] = {
		LIT("Suite "), LIT("Unit "), LIT("Apt "), LIT("Apt. "),
		LIT("Room "), LIT("Floor "), LIT("Ste "), LIT("Flat "),
	};

	for (size_t u = 0; u < sizeof(unit) / sizeof(unit[0]); u++)
		if (i + unit[u].l < n && lit_eq(b + i, unit[u].s, unit[u].l)) {
			size_t k = i + unit[u].l, e = k;

			while (e < n && e - k < 6 && (is_alnum(b[e]) || b[e] == '-'))
				e++;
			if (e > k && e + 2 < n && b[e] == ',' && b[e + 1] == ' ')
				return e + 2;
		}
	return i;
}

/* "Manchester M1 3NR" on the line after b[z]: a town and a UK postcode,
 * its end, or z. */
static size_t addr_town_uk_line(const char *b, size_t n, size_t z)
{
	size_t i = z + 1, words = 0, y;

	while (i < n && words < 3 && is_upper(b[i])) {
		size_t k = i;

		while (k < n && (is_alpha(b[k]) || b[k] == '-' || b[k] == '\''))
			k++;
		if (k >= n || b[k] != ' ')
			return z;
		words++;
		/* the postcode's first part is capitals and digits */
		i = k + 1;
		if (i + 1 < n && is_upper(b[i]) &&
		    (is_digit(b[i + 1]) || (is_upper(b[i + 1]) && i + 2 < n &&
					    is_digit(b[i + 2]))))
			break;
	}
	if (!words)
		return z;
	/* addr_uk_line reads the postcode from b[i - 1] on */
	y = addr_uk_line(b, n, i - 1);
	return y != i - 1 ? y : z;
}

/*
 * What an address ending at b[z] goes on with on the lines after it,
 * two at most: a postcode and a town, a US town, state and ZIP, a town
 * and a postcode, a country alone. Returns the new end, or z.
 */
static size_t addr_next_line(const char *b, size_t n, size_t z)
{
	size_t z0 = z;

	/* "Xiangcheng Dist.,\n": a comma before the line's end */
	if (z + 2 < n && b[z] == ',' && b[z + 1] == '\n')
		z++;
	for (int lines = 0; lines < 2 && z + 1 < n && b[z] == '\n'; lines++) {
		size_t i = z + 1, y, z1 = z;

		/* an indented line ("\n    Miami, FL 33137"); a unit
		 * first ("\nSuite 8, Houston, TX 77025") */
		while (i < n && i - z1 <= 8 && (b[i] == ' ' || b[i] == '\t'))
			i++;
		if (i >= n || i - z1 > 8)
			break;
		z = i - 1;
		i = addr_unit_prefix(b, n, i);
		if (i > z + 1)
			z = i - 1;
		if (is_digit(b[i]) || (i + 1 < n && b[i + 1] == '-'))
			y = addr_postcode_line(b, n, z);
		else if ((y = addr_us_line(b, n, z)) == z &&
			 (y = addr_town_line(b, n, z)) == z &&
			 (y = addr_uk_line(b, n, z)) == z &&
			 (y = addr_town_uk_line(b, n, z)) == z &&
			 (y = addr_country_line(b, n, z)) == z)
			y = addr_town_only(b, n, z);
		if (y == z) {
			z = z1;
			break;
		}
		z = y;
	}
	return z == z0 + 1 ? z0 : z;
}

/*
 * RE_ADDR_X's match b[a..z): does it start with a street word that is
 * also common English ("Via DHL 3", "Avenue 5") and hold no
 * postcode to confirm it?
 */
static bool addr_x_weak(const char *b, size_t a, size_t z)
{
	static const struct lit amb[] = {
		LIT("via "), LIT("corso "), LIT("av. "), LIT("avenue "),
		LIT("boulevard "), LIT("place "),
	};
	size_t k = a;
	bool named = false;

	while (k < z && is_digit(b[k]))
		k++;
	while (k < z && (b[k] == ' ' || b[k] == ','))
		k++;
	for (size_t i = 0; i < sizeof(amb) / sizeof(amb[0]); i++)
		if (z - k >= amb[i].l && lit_ieq(b + k, amb[i].s, amb[i].l))
			named = true;
	if (!named)
		return false;
	/* Colombia's "# 56-41" */
	if (memchr(b + a, '#', z - a))
		return false;
	/* a country at its end: "…, Las Condes, Región Metropolitana, Chile" */
	for (size_t i = a; i + 2 < z; i++)
		if (b[i] == ',' && b[i + 1] == ' ' && country_at(b, z, i + 2) == z)
			return false;
	/* "C.P. 45655", "CEP 01304-001", "Col. Roma", "Of. 820", "Piso 10",
	 * after a comma or " - " */
	for (size_t i = a; i + 6 <= z; i++) {
		static const struct lit part[] = {
			LIT(" c.p."), LIT(" cep"), LIT(" col."), LIT(" of."),
			LIT(" piso"), LIT(" oficina"),
		};

		if (b[i] != ',' && !(b[i] == '-' && i > a && b[i - 1] == ' '))
			continue;
		for (size_t k = 0; k < sizeof(part) / sizeof(part[0]); k++)
			if (i + 1 + part[k].l <= z &&
			    lit_ieq(b + i + 1, part[k].s, part[k].l))
				return false;
	}
	/* ", 20121 Milano": four or five digits after a comma */
	for (size_t i = a; i + 5 < z; i++)
		if (b[i] == ',' && is_digit(b[i + 2]) && is_digit(b[i + 5]))
			return false;
	return true;
}

/* RE_ADDR_X (or RE_ADDR_Y) in a window around each of its street words
 * (cls). */
static void find_addresses_x(struct scan *s, uint32_t cls, int re)
{
	size_t cur = 0;

	for (size_t i = 0; i < s->kw.n && !s->err; i++) {
		const struct pii_kwhit *k = &s->kw.v[i];
		size_t ws, we, reach;

		if (!(k->cls & cls) || k->s < cur)
			continue;
		/* "C/ Mayor", not "C/NO." (a carton number) */
		if ((s->b[k->s] | 0x20) == 'c' && k->e - k->s <= 2 &&
		    k->s + 1 < s->n && s->b[k->s + 1] == '/') {
			size_t q = k->s + 2;

			if (q < s->n && s->b[q] == ' ')
				q++;
			/* "C/ del Marco", "C/ de la Paz" */
			if (q + 4 < s->n && lit_eq(s->b + q, "del ", 4))
				q += 4;
			else if (q + 3 < s->n && lit_eq(s->b + q, "de ", 3))
				q += 3;
			if (q + 3 < s->n && (lit_eq(s->b + q, "la ", 3) ||
					     lit_eq(s->b + q, "l'", 2)))
				q += s->b[q + 1] == '\'' ? 2 : 3;
			if (!(q + 1 < s->n && is_upper(s->b[q]) &&
			      ((unsigned char)s->b[q + 1] >= 0x80 ||
			       is_lower(s->b[q + 1]))))
				continue;
		}
		/* a number ("153 avenue") or "125009, г. City, " may come
		 * first (64 bytes: "630549, г. Новосибирск\nЛенинский ") */
		ws = k->s > 64 ? k->s - 64 : 0;
		if (ws < cur)
			ws = cur;
		ws = cp_floor(s->b, ws);
		/* (scripts of three bytes a letter reach further) */
		reach = re == RE_ADDR_Z ? 320 : 160;
		we = cp_ceil(s->b, s->n, k->e + reach < s->n ? k->e + reach : s->n);
		if (!has_digit(s->b + ws, we - ws))
			continue;
		while (ws < we) {
			PCRE2_SIZE *ov;
			int rc = re_run(s, re, ws, we, 0);

			if (rc <= 0)
				break;
			ov = pcre2_get_ovector_pointer(s->md);
			/* an address in those scripts holds a number
			 * ("طريق ميناء جدة", the road of Jeddah's port, is
			 * none; "عن طريق", by way of, the pattern skips) */
			if (re == RE_ADDR_Z && ov[1] > ov[0] &&
			    !has_digit(s->b + ov[0], ov[1] - ov[0])) {
				ws = ov[1];
				continue;
			}
			/* a line of a postcode and a town after it makes
			 * it an address too */
			size_t z = ov[1] > ov[0] ?
				   addr_next_line(s->b, s->n, ov[1]) : ov[1];

			if (ov[1] > ov[0] && (z > ov[1] ||
					      !addr_x_weak(s->b, ov[0], ov[1]) ||
					      (pii_kw_near_from(&s->kw,
						pii_kw_count_before(&s->kw, ov[0]),
						ov[0], 40, KW_ADDR, NULL) & KW_ADDR))) {
				/* a unit or building before it, as
				 * RE_ADDR_W's ("Level 33, Menara …,") */
				size_t a0 = re == RE_ADDR_Z ? ov[0] :
					    addr_lead(s->b, ov[0] > 120 ?
						      ov[0] - 120 : 0, ov[0]);

				add_cand(s, a0, z, PII_POSTAL_ADDRESS, 80, 0);
				we = z;
				break;
			}
			ws = ov[1] > ws ? ov[1] : ws + 1;
		}
		cur = we;
	}
}

/*
 * A wallet written in groups or over lines after a crypto word ("BTC
 * address 3QFi AC13 2PvH …", "wallet ERC20 0x0b50 924c …",
 * "bc1qu9jvt6jfq7mz8g2xe⏎dk0m87…"): the groups joined must pass the
 * checks scan_token asks of a whole one (bech32 or base58check, or
 * 0x and 40 hex digits).
 */
static bool wallet_ok(const char *t, size_t n)
{
	if (n == 42 && t[0] == '0' && (t[1] | 0x20) == 'x') {
		for (size_t i = 2; i < 42; i++)
			if (!is_hex(t[i]))
				return false;
		return true;
	}
	if (n >= 14 && n <= 74 && (t[0] | 0x20) == 'b' &&
	    (t[1] | 0x20) == 'c' && t[2] == '1')
		return pii_bech32_valid(t, n);
	return (n >= 26 && n <= 35 && (t[0] == '1' || t[0] == '3') &&
		all_b58(t, n) && pii_base58check_valid(t, n)) ||
	       pii_tron_valid(t, n);
}

static void find_wallets_grouped(struct scan *s)
{
	const char *b = s->b;
	size_t n = s->n, cur = 0;

	for (size_t i = 0; i < s->kw.n && !s->err; i++) {
		const struct pii_kwhit *k = &s->kw.v[i];
		size_t lim, best = 0, q;

		if (!(k->cls & KW_CRYPTO) || k->e < cur)
			continue;
		lim = n - k->e > 48 ? k->e + 48 : n;
		/* each token that can start a wallet ("USDT TRC20: TMTG
		 * ysE9 …": not TRC20) */
		for (q = k->e; q < lim && !best; q++) {
			char t[80];
			size_t tn = 0, p = q, groups = 0;

			if (!(is_alnum(b[q]) && !is_alnum(b[q - 1]) &&
			      (b[q] == '1' || b[q] == '3' || b[q] == 'T' ||
			       (b[q] == '0' && q + 1 < n &&
				(b[q + 1] | 0x20) == 'x') ||
			       ((b[q] | 0x20) == 'b' && q + 2 < n &&
				(b[q + 1] | 0x20) == 'c' && b[q + 2] == '1'))))
				continue;
			/* groups of letters and digits apart by one space, '-'
			 * or line break; the longest join that passes */
			while (p < n && tn < sizeof(t)) {
				size_t e = alnum_end(b, n, p);

				if (e == p || tn + (e - p) > sizeof(t))
					break;
				memcpy(t + tn, b + p, e - p);
				tn += e - p;
				groups++;
				/* (a TRON address with no digit is a token
				 * the pre-scan does not stop at) */
				if ((groups > 1 || t[0] == 'T') &&
				    wallet_ok(t, tn))
					best = e;
				if (e + 1 >= n || !(b[e] == ' ' || b[e] == '-' ||
						    b[e] == '\n') ||
				    !is_alnum(b[e + 1]))
					break;
				p = e + 1;
			}
			if (best) {
				add_cand(s, q, best, PII_CRYPTO_WALLET, 90,
					 PII_SPAN_CHECKSUM);
				cur = best;
			}
		}
	}
}

/*
 * An address after its label: "地址：Office 1998, Al Shafar Tower 1,
 * Barsha Heights, Dubai, UAE", "Address: ...". The rest of the line
 * after the colon, up to the next label of other data, when it has a
 * run of two digits, a comma and two capitalised words (or CJK), twelve
 * to 200 bytes: forms no pattern knows are still masked when the writer
 * names them.
 */
/* Bytes that may end the address after a label: 1 always, 2 in Chinese,
 * 3 a full stop, 4 the lead byte of '。' or '，' */
static const uint8_t lab_stop[256] = {
	['\n'] = 1, [';'] = 1, ['|'] = 1, [' '] = 2, [','] = 2, ['.'] = 3,
	[0xe3] = 4, [0xef] = 4,
};

static void find_addresses_labeled(struct scan *s)
{
	const uint32_t other = KW_PHONE | KW_MSG | KW_EMAIL | KW_CARD |
			       KW_IBAN | KW_ACCT | KW_SWIFT | KW_ABA | KW_SSN |
			       KW_NINO | KW_AADHAAR | KW_ID | KW_BANK |
			       KW_CONTACT | KW_IP | KW_CRYPTO | KW_NEG;
	const char *b = s->b;
	size_t n = s->n;

	for (size_t i = 0; i < s->kw.n && !s->err; i++) {
		const struct pii_kwhit *k = &s->kw.v[i];
		size_t a = k->e, z, lim;
		bool digit = false, sep = false, cjk;
		unsigned caps = 0;

		if (!(k->cls & KW_ADDR))
			continue;
		while (a < n && b[a] == ' ')
			a++;
		if (a < n && b[a] == ':')
			a++;
		else if (a + 2 < n && (unsigned char)b[a] == 0xef &&
			 (unsigned char)b[a + 1] == 0xbc &&
			 (unsigned char)b[a + 2] == 0x9a)
			a += 3;		/* '：' */
		else
			continue;
		while (a < n && b[a] == ' ')
			a++;
		/* to the line's end; a Chinese address to its first space
		 * or comma; either to a full stop after a number or a CJK
		 * character ("76号. Old ref": not "St. ", "N.L.") */
		lim = n - a > 200 ? cp_ceil(b, n, a + 200) : n;
		cjk = a < n && (unsigned char)b[a] >= 0xe0;
		for (z = a; z < lim; z++) {
			unsigned char c = (unsigned char)b[z];

			switch (lab_stop[c]) {
			case 0:
				continue;
			case 1:		/* '\n' ';' '|' */
				break;
			case 2:		/* ' ' ',' */
				if (!cjk)
					continue;
				break;
			case 3:		/* '.' */
				if ((z + 1 == n || b[z + 1] == ' ') && z > a &&
				    (is_digit(b[z - 1]) ||
				     (unsigned char)b[z - 1] >= 0x80))
					break;
				continue;
			default:	/* '。', and '，' in Chinese */
				if (z + 2 < n && ((c == 0xe3 &&
				     (unsigned char)b[z + 1] == 0x80 &&
				     (unsigned char)b[z + 2] == 0x82) ||
				    (cjk && (unsigned char)b[z + 1] == 0xbc &&
				     (unsigned char)b[z + 2] == 0x8c)))
					break;
				continue;
			}
			break;
		}
		/* the next label of other data ends it */
		for (size_t j = i + 1; j < s->kw.n && s->kw.v[j].s < z; j++)
			if (s->kw.v[j].s >= a && (s->kw.v[j].cls & other)) {
				z = s->kw.v[j].s;
				break;
			}
		while (z > a && (b[z - 1] == ' ' || b[z - 1] == ',' ||
				 b[z - 1] == '.' || b[z - 1] == '-'))
			z--;
		if (z - a < 12)
			continue;
		/* two digits in a row; a comma and two capitalised words,
		 * or CJK */
		for (size_t q = a; q < z; q++) {
			digit |= q > a && is_digit(b[q]) && is_digit(b[q - 1]);
			sep |= b[q] == ',';
			caps += is_upper(b[q]) && (q == a || b[q - 1] == ' ');
		}
		if (digit && (cjk || (sep && caps >= 2))) {
			/* its town or country on the next lines */
			if (!cjk && z < n && b[z] == '\n')
				z = addr_next_line(b, n, z);
			add_cand(s, a, z, PII_POSTAL_ADDRESS, 70, PII_SPAN_CONTEXT);
		}
	}
}

/*
 * A match at a that is a word ending in "ring", "gade" or "kade" and a
 * number: "Bearing 6008", "Spring 2024", "Brigade 12" are English as
 * often as Kaiserring 5 or Bredgade 12 is a street. Such a match stands
 * only with a postcode after a comma in it or an address word before
 * it.
 */
static bool addr_w_weak(const struct scan *s, size_t a, size_t z)
{
	const char *b = s->b;
	size_t e = a;

	while (e < z && is_alpha(b[e]))
		e++;
	if (e - a < 5 || !is_upper(b[a]) ||
	    !(lit_ieq(b + e - 4, "ring", 4) || lit_ieq(b + e - 4, "gade", 4) ||
	      lit_ieq(b + e - 4, "kade", 4) || lit_ieq(b + e - 4, "park", 4)))
		return false;
	for (size_t i = e; i + 2 < z; i++)
		if (b[i] == ',' && (is_digit(b[i + 1]) ||
				    (b[i + 1] == ' ' && is_digit(b[i + 2]))))
			return false;
	return !(pii_kw_near(&s->kw, a, 40, KW_ADDR, NULL) & KW_ADDR);
}

static void find_addresses(struct scan *s)
{
	size_t cur_w = 0, cur_c = 0;

	for (size_t i = 0; i < s->kw.n && !s->err; i++) {
		const struct pii_kwhit *k = &s->kw.v[i];
		bool cjk = (unsigned char)s->b[k->s] >= 0x80;
		size_t *cur = cjk ? &cur_c : &cur_w;
		size_t ws, we;

		if (!(k->cls & KW_STREET) || k->s < *cur)
			continue;
		if (!cjk && !is_upper(s->b[k->s]))
			continue;
		if (k->cls & KW_UNIT) {
			/* "Room 12, No. 5 Shixin Road": the street word
			 * after it opens the window that reads it ("No.
			 * 02503740" alone: none) */
			size_t j = i + 1;

			while (j < s->kw.n && s->kw.v[j].s < k->e + 220 &&
			       (s->kw.v[j].cls & (KW_STREET | KW_UNIT)) !=
			       KW_STREET)
				j++;
			if (j == s->kw.n || s->kw.v[j].s >= k->e + 220)
				continue;
		}
		ws = k->s > (cjk ? 150 : 120) ? k->s - (cjk ? 150 : 120) : 0;
		if (ws < *cur)
			ws = *cur;
		ws = cp_floor(s->b, ws);
		we = cp_ceil(s->b, s->n, k->e + (cjk ? 40 : 220) < s->n ?
					 k->e + (cjk ? 40 : 220) : s->n);
		/* every address pattern needs a house number; the Chinese
		 * one a "路12号" at some 号, each of which is a trigger */
		if (cjk ? !cn_house_no(s, k->s) : !has_digit(s->b + ws, we - ws))
			continue;
		if (!cjk && !addr_w_core(s->b, ws, we, k->s)) {
			*cur = we;	/* as after a window pcre2 found empty */
			continue;
		}
		/* the street words the window takes in (their own windows
		 * are skipped) bring their reach: an address of theirs that
		 * goes on past this window's end is read whole */
		for (size_t j = i + 1; j < s->kw.n && s->kw.v[j].s < we; j++) {
			const struct pii_kwhit *k2 = &s->kw.v[j];
			size_t r = k2->e + (cjk ? 40 : 220);

			if ((k2->cls & KW_STREET) && r > we &&
			    ((unsigned char)s->b[k2->s] >= 0x80) == cjk)
				we = cp_ceil(s->b, s->n, r < s->n ? r : s->n);
		}
		for (int grown = 0; ws < we;) {
			PCRE2_SIZE *ov;
			int rc = re_run(s, cjk ? RE_ADDR_CN : RE_ADDR_W, ws, we, 0);
			size_t a;

			if (rc <= 0)
				break;
			ov = pcre2_get_ovector_pointer(s->md);
			if (ov[1] == we && we < s->n && grown < 2 &&
			    ((unsigned char)s->b[we] >= 0x80 ||
			     is_alnum(s->b[we]))) {
				/* the window's end cut the address short
				 * ("Edison" read as "Edis"): again with room */
				we = cp_ceil(s->b, s->n, we + 220 < s->n ?
						   we + 220 : s->n);
				grown++;
				continue;
			}
			a = cjk ? cn_strip(s, ov[0], ov[1]) : ov[0];
			if (ov[1] > a && !cjk && addr_w_weak(s, a, ov[1])) {
				ws = ov[1];
				continue;
			}
			if (ov[1] > a) {
				size_t z = ov[1];

				if (!cjk) {
					a = addr_lead(s->b, a > 120 ? a - 120 : 0,
						      a);
					z = addr_next_line(s->b, s->n, z);
				}
				add_cand(s, a, z, PII_POSTAL_ADDRESS, 80, 0);
				/* a later address has a street word of its
				 * own: its trigger opens the next window */
				we = z;
				break;
			}
			ws = ov[1] > ws ? ov[1] : ws + 1;
		}
		*cur = we;
	}
}

/* ---- the pre-scan ---- */

/* What the pre-scan does at a byte (pre_act). */
enum {
	PA_NONE,	/* nothing starts here */
	PA_AT,		/* '@' */
	PA_COLON,	/* "://", "::" */
	PA_DOT,		/* "word.tld" */
	PA_OPEN,	/* ' ', '[', '{', '<': " at ", "[at]" */
	PA_PAREN,	/* '(': "(at)", or a phone "(415) ..." */
	PA_PLUS,	/* '+': a phone "+86 ..." */
	PA_DIGIT,
	PA_ALPHA,
};

#define PA_ROW(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const uint8_t pre_act[256] = {
	['@'] = PA_AT, [':'] = PA_COLON, ['.'] = PA_DOT, [' '] = PA_OPEN,
	['['] = PA_OPEN, ['{'] = PA_OPEN, ['<'] = PA_OPEN, ['('] = PA_PAREN,
	['+'] = PA_PLUS,
	['0'] = PA_DIGIT, PA_DIGIT, PA_DIGIT, PA_DIGIT, PA_DIGIT, PA_DIGIT,
	PA_DIGIT, PA_DIGIT, PA_DIGIT, PA_DIGIT,
	['A'] = PA_ROW(PA_ALPHA), PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA,
	PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA,
	['a'] = PA_ROW(PA_ALPHA), PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA,
	PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA, PA_ALPHA,
};
#undef PA_ROW

/*
 * Can an alnum token starting with a letter be anything scan_token
 * knows (bech32, IBAN/NINO/BIC, live:, wxid_)? Most words cannot.
 */
static inline bool token_maybe(const char *t, size_t n)
{
	int c0 = t[0] | 0x20;

	return (is_upper(t[0]) && is_upper(t[1])) ||
	       (t[0] == 'T' && n == 34) || (c0 == 'b' && n >= 14) || (c0 == 'l' && n == 4) ||
	       (c0 == 'w' && n >= 4) ||
	       /* an IBAN in lower case: "at49 3224 …" */
	       (n >= 4 && is_digit(t[2]) && is_digit(t[3]) && is_lower(t[0]) &&
		is_lower(t[1]));
}

static bool all_digits(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_digit(t[i]))
			return false;
	return true;
}

/* Next position at or after i that the pre-scan must look at. */
static inline size_t bm_next(const struct scan_bits *m, size_t i)
{
	size_t blk = i >> 6;
	uint64_t w;

	if (i >= m->n)
		return m->n;
	/* the stop at n (bits_build) ends the loop */
	w = m->stop[blk] & (~0ull << (i & 63));
	while (!w)
		w = m->stop[++blk];
	i = blk * 64 + (size_t)__builtin_ctzll(w);
	return i < m->n ? i : m->n;
}

#define TRIG_INLINE 32

static int prescan(struct scan *s)
{
	const char *b = s->b;
	size_t n = s->n, i = 0;
	size_t e_in[TRIG_INLINE], u_in[TRIG_INLINE];
	size_t *etrig = e_in, *utrig = u_in, ne = 0, nu = 0;
	size_t ce = TRIG_INLINE, cu = TRIG_INLINE;
	int rc = 0;

#define PUSH(arr, inl, cnt, capv, val) do {				\
		if ((cnt) == (capv)) {					\
			size_t nc_ = 2 * (capv);			\
			size_t *t_ = realloc((arr) == (inl) ? NULL : (arr), \
					     nc_ * sizeof(size_t));	\
			if (!t_) {					\
				rc = -ENOMEM;				\
				goto out;				\
			}						\
			if ((arr) == (inl))				\
				memcpy(t_, (inl), (cnt) * sizeof(size_t)); \
			(arr) = t_;					\
			(capv) = nc_;					\
		}							\
		(arr)[(cnt)++] = (val);					\
	} while (0)

	while (i < n && !s->err) {
		size_t from = i;
		unsigned char c;
		bool lb;

		/*
		 * Bytes that start nothing, spaces not before "at" and plain
		 * words are skipped through the bitmap: what lies between
		 * from and the next stop is what the switch below would
		 * pass over anyway.
		 */
		i = bm_next(s->bm, i);
		if (i >= n)
			break;
		c = (unsigned char)b[i];
		switch (pre_act[c]) {
		case PA_NONE:
			i++;
			continue;
		case PA_AT:
			PUSH(etrig, e_in, ne, ce, i);
			i++;
			continue;
		case PA_COLON:
			if (i + 2 < n && b[i + 1] == '/' && b[i + 2] == '/') {
				size_t k = i;

				while (k > 0 && is_alpha(b[k - 1]) && i - k < 8)
					k--;
				PUSH(utrig, u_in, nu, cu, k);
				i += 3;
				continue;
			}
			if (i + 1 < n && b[i + 1] == ':' &&
			    (i == 0 || !is_alnum(b[i - 1]))) {
				i = scan_ipv6(s, i);
				if (i < n && b[i] == ':')
					i++;
				continue;
			}
			i++;
			continue;
		case PA_DOT:
			if (i > 0 && is_alnum(b[i - 1]) && i + 2 < n &&
			    is_alpha(b[i + 1]) && is_alpha(b[i + 2]))
				PUSH(utrig, u_in, nu, cu, i);
			i++;
			continue;
		case PA_OPEN:
		case PA_PAREN: {
			/* "at", or "ät" in brackets */
			size_t al = i + 3 < n && (b[i + 1] | 0x20) == 'a' &&
				    (b[i + 2] | 0x20) == 't' ? 2 :
				    i + 4 < n && c != ' ' &&
				    (unsigned char)b[i + 1] == 0xc3 &&
				    ((unsigned char)b[i + 2] | 0x20) == 0xa4 &&
				    (b[i + 3] | 0x20) == 't' ? 3 : 0;

			if (al && (b[i + al + 1] == ']' || b[i + al + 1] == ')' ||
				   b[i + al + 1] == '}' || b[i + al + 1] == '>' ||
				   b[i + al + 1] == ' ')) {
				/* "[at]" always; " at " when a dot word or '.'
				 * follows */
				bool br = c != ' ' || (s->kw.all & KW_DOTW);

				if (!br) {
					size_t lim = i + 64 < n ? i + 64 : n;

					for (size_t k = i + 4; k + 2 < lim; k++)
						if (b[k] == '.' ||
						    ((b[k] | 0x20) == 'd' &&
						     (b[k + 1] | 0x20) == 'o' &&
						     (b[k + 2] | 0x20) == 't')) {
							br = true;
							break;
						}
				}
				if (br)
					PUSH(etrig, e_in, ne, ce, i + 1);
				i += al + 2;
				continue;
			}
			if (c != '(') {
				i++;
				continue;
			}
		}
			/* "(415) ..." */
			/* fall through */
		case PA_PLUS:
			if (!(i + 2 < n && (is_digit(b[i + 1]) || b[i + 1] == '+' ||
					    (b[i + 1] == ' ' && is_digit(b[i + 2]))))) {
				i++;
				continue;
			}
			/* fall through */
		case PA_DIGIT: {
			size_t next;

			lb = i == 0 || !is_alnum(b[i - 1]);
			if (!lb) {
				/* A digit inside a plain word the bitmap
				 * skipped ("abc123"): the word goes as a
				 * whole, as the alpha branch takes it. */
				size_t r = i;

				while (r > 0 && is_alnum(b[r - 1]))
					r--;
				if (r >= from && is_alpha(b[r])) {
					size_t e = alnum_end(b, n, i);

					/* "at49 3224 …": an IBAN in lower case;
					 * a TRON address ("TYiM4n54Tk9…") */
					if ((i - r == 2 && e - i >= 2 &&
					     token_maybe(b + r, e - r)) ||
					    (e - r == 34 && b[r] == 'T'))
						scan_token(s, r, e);
					i = e;
					continue;
				}
			}
			/* Inside a word or a decimal: "PI2024", "3.20",
			 * "INV-2023-1447": not a number of its own. */
			if (!lb || (i >= 2 && is_digit(c) &&
				    (b[i - 1] == '.' || b[i - 1] == '-' ||
				     b[i - 1] == '/' || b[i - 1] == '_') &&
				    is_alnum(b[i - 2])) ||
			    /* "12,345"; not "distrib,01 27 …" (a field) */
			    (i >= 2 && is_digit(c) && b[i - 1] == ',' &&
			     is_digit(b[i - 2]))) {
				size_t i0 = i;

				while (i < n && (is_alnum(b[i]) || b[i] == '_'))
					i++;
				if (i == i0)
					i++;
				continue;
			}
			/* Alnum tokens that start with a digit: 0x..., 1.../3...
			 * wallets */
			if (is_digit(c)) {
				size_t e = i;

				e = alnum_end(b, n, e);
				/* a wallet; not an account of 26 to 34
				 * digits ("konta: 8324946768…") */
				if ((e - i >= 26 &&
				     (e - i > 34 || !all_digits(b + i, e - i))) ||
				    (e - i == 42 && (b[i + 1] | 0x20) == 'x')) {
					scan_token(s, i, e);
					i = e;
					continue;
				}
				/* hex:colon: IPv6 */
				if (e < n && b[e] == ':' && e - i <= 4) {
					size_t z = scan_ipv6(s, i);

					if (s->nc && s->c[s->nc - 1].s == i) {
						i = z;
						continue;
					}
				}
			}
			scan_digits(s, i, &next);
			i = next;
			continue;
		}
		case PA_ALPHA: {
			size_t e = i;

			lb = i == 0 || !is_alnum(b[i - 1]);
			if (!lb) {
				i++;
				continue;
			}
			e = alnum_end(b, n, e);
			if (e < n && b[e] == ':' && e - i <= 4 && is_hex(c)) {
				size_t z = scan_ipv6(s, i);

				if (s->nc && s->c[s->nc - 1].s == i) {
					i = z;
					continue;
				}
			}
			if (e - i >= 2 && token_maybe(b + i, e - i))
				scan_token(s, i, e);
			/* "www." */
			if (e - i == 3 && e < n && b[e] == '.' &&
			    lit_ieq(b + i, "www", 3))
				PUSH(utrig, u_in, nu, cu, i);
			i = e;
			continue;
		}
		default:
			i++;
			continue;
		}
	}
	/* "@" spelled out (arroba, собака): the context words found it */
	if (s->kw.all & KW_AT) {
		for (size_t k = 0; k < s->kw.n; k++) {
			size_t at = s->kw.v[k].s, j;

			if (!(s->kw.v[k].cls & KW_AT))
				continue;
			/* "a còng": the "a" is the at's first word */
			if (at >= 2 && (b[at] | 0x20) == 'c' &&
			    (b[at - 2] | 0x20) == 'a' && b[at - 1] == ' ')
				at -= 2;
			PUSH(etrig, e_in, ne, ce, at);
			/* in text order with the others */
			for (j = ne - 1; j > 0 && etrig[j - 1] > at; j--)
				etrig[j] = etrig[j - 1];
			etrig[j] = at;
		}
	}
#undef PUSH
	if (!s->err && ne)
		find_emails(s, etrig, ne);
	if (!s->err && nu)
		find_urls(s, utrig, nu);
	if (!s->err && (s->kw.all & KW_MSG))
		find_handles(s);
	if (!s->err && (s->kw.all & KW_IBAN))
		find_ibans_named(s);
	if (!s->err && (s->kw.all & KW_STREET))
		find_addresses(s);
	if (!s->err && (s->kw.all & KW_ADDR_X))
		find_addresses_x(s, KW_ADDR_X, RE_ADDR_X);
	if (!s->err && (s->kw.all & KW_ADDR_Y))
		find_addresses_x(s, KW_ADDR_Y, RE_ADDR_Y);
	if (!s->err && (s->kw.all & KW_ADDR_Z))
		find_addresses_x(s, KW_ADDR_Z, RE_ADDR_Z);
	if (!s->err && (s->kw.all & KW_ADDR))
		find_addresses_labeled(s);
	if (!s->err && (s->kw.all & KW_CRYPTO))
		find_wallets_grouped(s);
out:
	if (etrig != e_in)
		free(etrig);
	if (utrig != u_in)
		free(utrig);
	return rc ? rc : s->err;
}

static int cand_cmp(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	if (a->e != b->e)
		return a->e > b->e ? -1 : 1;
	return (int)b->prio - (int)a->prio;
}

/* Sorts candidates and keeps a non-overlapping set, best first. */
static size_t resolve(struct cand *c, size_t n)
{
	size_t k = 0;

	if (n > 16) {
		qsort(c, n, sizeof(*c), cand_cmp);
	} else {
		/* few candidates: insertion sort, no call per compare */
		for (size_t i = 1; i < n; i++) {
			struct cand x = c[i];
			size_t j = i;

			while (j > 0 && cand_cmp(&c[j - 1], &x) > 0) {
				c[j] = c[j - 1];
				j--;
			}
			c[j] = x;
		}
	}
	for (size_t i = 0; i < n; i++) {
		bool keep = true;

		while (k > 0 && c[k - 1].e > c[i].s) {
			struct cand *l = &c[k - 1];
			bool win = c[i].prio > l->prio ||
				   (c[i].prio == l->prio &&
				    c[i].e - c[i].s > l->e - l->s);

			if (!win) {
				keep = false;
				break;
			}
			k--;
		}
		if (keep)
			c[k++] = c[i];
	}
	return k;
}

void pii_fill_cp(const char *text, size_t len, struct pii_span *sp, size_t n)
{
	/* Offsets are visited in increasing order: starts are sorted and a
	 * span's end never passes the next span's start. */
	size_t pos = 0, cp = 0;

	for (size_t i = 0; i < n; i++) {
		uint32_t *want[2] = {&sp[i].start, &sp[i].end};
		uint32_t *out[2] = {&sp[i].cp_start, &sp[i].cp_end};

		for (int k = 0; k < 2; k++) {
			size_t target = *want[k];

			if (target < pos) {
				pos = 0;
				cp = 0;
			}
			if (target > len)
				target = len;
			/* eight bytes at a time: count the non-continuation
			 * bytes (continuation = 10xxxxxx) */
			while (pos + 8 <= target) {
				uint64_t w, cont;

				memcpy(&w, text + pos, 8);
				cont = w & ~(w << 1) & 0x8080808080808080ull;
				/* one bit per byte, at bit 7: sum them */
				cp += 8 - (size_t)(((cont >> 7) *
						    0x0101010101010101ull) >> 56);
				pos += 8;
			}
			while (pos < target) {
				cp += ((unsigned char)text[pos] & 0xc0) != 0x80;
				pos++;
			}
			*out[k] = (uint32_t)cp;
		}
	}
}

static int scan_bytes(const struct pii_engine *e, const char *text,
		      size_t len, struct pii_result *r, bool *is_ascii);

/* An e-mail's "at" ('@', "at" as a word) within 16 bytes of b[a..z):
 * the e-mail pattern reads that dot word itself. */
static bool at_near(const char *b, size_t n, size_t a, size_t z)
{
	size_t lo = a > 16 ? a - 16 : 0, hi = n - z > 16 ? z + 16 : n;

	for (size_t q = lo; q < hi; q++)
		if (b[q] == '@' || ((b[q] | 0x20) == 'a' && q + 1 < hi &&
				    (b[q + 1] | 0x20) == 't' &&
				    (q == 0 || !is_alpha(b[q - 1])) &&
				    (q + 2 >= n || !is_alpha(b[q + 2]))))
			return true;
	return false;
}

/*
 * Is a "dot" word of the context scan set off as a spelled '.' is: a
 * space or an opening bracket before it, a space or a closing bracket
 * after it? ("huaxin-led dot cn", "a[dot]b"; not "price point.",
 * "dot-matrix"). The normaliser's dot rule is tried only then.
 */
static bool dot_word_placed(const struct pii_kwhits *kw, const char *b,
			    size_t n)
{
	for (size_t i = 0; i < kw->n; i++) {
		size_t a = kw->v[i].s, z = kw->v[i].e;
		char l, r;

		if (!(kw->v[i].cls & KW_DOTW) || a < 2 || z + 1 >= n)
			continue;
		l = b[a - 1];
		r = b[z];
		if ((l == ' ' || is_obf_open(l)) &&
		    (r == ' ' || r == ']' || r == ')' || r == '}' || r == '>') &&
		    !at_near(b, n, a, z))
			return true;
	}
	return false;
}

/* Bitmaps and context words again, for the text s->b[0..n) now holds. */
static int rescan(struct scan *s, struct scan_bits *bm)
{
	int rc = bits_build(s->b, s->n, bm);

	if (rc)
		return rc;
	return pii_kw_scan_bits(s->b, s->n, bm->letter, bm->word,
				!bm->any_hi, &s->kw);
}

int pii_scan_bytes(const struct pii_engine *e, const char *text, size_t len,
		   struct pii_result *r)
{
	bool ascii;

	return scan_bytes(e, text, len, r, &ascii);
}

/*
 * Would pass 2 of the normaliser change s->b[0..s->n)? Asked only when
 * the context words saw a spelled digit or a dot word, or the byte
 * classes spaced-out characters or a " . "; *dots tells whether its dot
 * rule is wanted.
 */
/* A '.' in brackets between letters or digits: "abc[.]com", "bit{.}ly" */
static bool defanged_dot(const char *b, size_t n)
{
	const char *p = b, *e = b + n;

	while ((p = memchr(p, '.', (size_t)(e - p))) != NULL) {
		if (p - b >= 2 && e - p >= 3 && is_obf_open(p[-1]) &&
		    (p[1] == ']' || p[1] == ')' || p[1] == '}' || p[1] == '>') &&
		    is_alnum(p[-2]) && is_alnum(p[2]))
			return true;
		p++;
	}
	return false;
}

static bool words_wanted(const struct scan *s, const struct scan_bits *bm,
			 bool *dots)
{
	bool num = (s->kw.all & KW_NUM) != 0, sp = bm->spaced;

	*dots = (sp && (memmem(s->b, s->n, " . ", 3) ||
			defanged_dot(s->b, s->n))) ||
		((s->kw.all & KW_DOTW) && dot_word_placed(&s->kw, s->b, s->n));
	return (num || sp || *dots) &&
	       pii_norm_words_needed(s->b, s->n, num, sp, *dots);
}

/* pii_scan_bytes; *is_ascii tells whether text was pure ASCII. */
static int scan_bytes(const struct pii_engine *e, const char *text,
		      size_t len, struct pii_result *r, bool *is_ascii)
{
	/* Small messages never touch the heap for these. */
	uint32_t scratch[(2048 * 9 + 16) / 4];
	struct pii_kwhit kw_inline[64];
	struct cand c_inline[32];
	struct pii_norm nm;
	struct scan_bits bm;
	struct scan_keep *keep = NULL;
	struct scan s;
	bool ascii, mapped;
	size_t k;
	int rc;

	r->n = 0;
	r->flags = 0;
	if (len > e->max_text)
		return -E2BIG;
	/* what is read of nm when the text is matched as it is; the
	 * rest only after pii_norm_build has filled it */
	nm.mem = NULL;
	nm.nspelled = 0;
	bm.mem = NULL;
	/* field by field: a memset of the struct costs a "rep stos" */
	s.eng = e;
	s.b = NULL;
	s.n = 0;
	s.nm = NULL;
	s.kw.v = kw_inline;
	s.kw.n = 0;
	s.kw.cap = sizeof(kw_inline) / sizeof(kw_inline[0]);
	s.kw.inline_v = kw_inline;
	s.kw.all = 0;
	s.bm = NULL;
	s.md = NULL;
	s.md_owned = false;
	s.c = c_inline;
	s.nc = 0;
	s.cap = sizeof(c_inline) / sizeof(c_inline[0]);
	s.c_inline = c_inline;
	s.wx_from = s.wx_end = 0;
	s.err = 0;
	if (len > KEEP_MIN_TEXT && (keep = keep_get()) != NULL) {
		/* the arrays grow from these and go back to keep at out */
		bm.mem = keep->bits;
		bm.cap = keep->bits_cap;
		if (keep->c) {
			s.c = keep->c;
			s.cap = keep->c_cap;
		}
		if (keep->kw) {
			s.kw.v = keep->kw;
			s.kw.cap = keep->kw_cap;
		}
	}
	/* One pass of byte classes; ASCII text needs no UTF-8 check. */
	rc = bits_build(text, len, &bm);
	if (rc)
		goto out;
	ascii = !bm.any_hi;
	*is_ascii = ascii;
	if (!ascii && !utf8_valid(text, len)) {
		rc = -EILSEQ;
		goto out;
	}
	/*
	 * Text that neither folding nor the word pass would change is its
	 * own normal form: match the original bytes, offsets map 1:1. Each
	 * test is a cheap dry run of the pass it guards; the word pass is
	 * considered only as words_wanted says. The bitmaps and the context words
	 * are redone on a text that changed.
	 */
	mapped = !ascii && pii_norm_fold_needed(text, len);
	if (!mapped) {
		rc = pii_kw_scan_bits(text, len, bm.letter, bm.word, ascii,
				      &s.kw);
		if (rc)
			goto out;
		s.b = text;
		s.n = len;
		bool dt;

		if (words_wanted(&s, &bm, &dt)) {
			rc = pii_norm_build(text, len, &nm, PII_NORM_WORDS |
					    (dt ? PII_NORM_DOTS : 0), scratch,
					    sizeof(scratch));
			if (rc)
				goto out;
			mapped = true;
			s.b = nm.buf;
			s.n = nm.len;
			rc = rescan(&s, &bm);
			if (rc)
				goto out;
		}
	} else {
		rc = pii_norm_build(text, len, &nm, 0, scratch,
				    sizeof(scratch));
		if (rc)
			goto out;
		s.b = nm.buf;
		s.n = nm.len;
		rc = rescan(&s, &bm);
		if (rc)
			goto out;
		bool dt;

		if (words_wanted(&s, &bm, &dt)) {
			rc = pii_norm_words(&nm, dt);
			if (rc)
				goto out;
			s.n = nm.len;
			rc = rescan(&s, &bm);
			if (rc)
				goto out;
		}
	}
	s.bm = &bm;
	s.nm = &nm;
	rc = prescan(&s);
	if (rc == -ERANGE) {
		r->flags |= PII_SCAN_LIMIT;
		goto out;
	}
	if (rc)
		goto out;
	k = resolve(s.c, s.nc);
	if (k) {
		size_t kept = 0;

		for (size_t i = 0; i < k; i++)
			if (s.c[i].type != T_LOOKALIKE)
				s.c[kept++] = s.c[i];
		k = kept;
	}
	if (k > r->cap) {
		struct pii_span *t = realloc(r->spans, k * sizeof(*t));

		if (!t) {
			rc = -ENOMEM;
			goto out;
		}
		r->spans = t;
		r->cap = k;
	}
	for (size_t i = 0; i < k; i++) {
		struct pii_span *sp = &r->spans[i];

		sp->type = (enum pii_type)s.c[i].type;
		if (mapped) {
			sp->start = pii_norm_start(&nm, s.c[i].s);
			sp->end = pii_norm_end(&nm, s.c[i].e - 1);
		} else {
			sp->start = s.c[i].s;
			sp->end = s.c[i].e;
		}
		sp->score = s.c[i].score;
		sp->flags = s.c[i].flags;
		if (mapped && nm.changed &&
		    sp->end - sp->start != s.c[i].e - s.c[i].s)
			sp->flags |= PII_SPAN_OBFUSCATED;
	}
	r->n = k;
out:
	if (s.md && s.md_owned)
		pcre2_match_data_free(s.md);
	if (keep) {
		/* a failed realloc left the old array in place: all three are
		 * the current ones */
		if (s.kw.v != kw_inline) {
			keep->kw = s.kw.v;
			keep->kw_cap = s.kw.cap;
		}
		if (s.c != c_inline) {
			keep->c = s.c;
			keep->c_cap = s.cap;
		}
		keep->bits = bm.mem;
		keep->bits_cap = bm.cap;
	} else {
		if (s.kw.v != kw_inline)
			free(s.kw.v);
		if (s.c != c_inline)
			free(s.c);
		if (bm.mem)
			bits_free(&bm);
	}
	if (nm.mem)	/* most texts are matched as they are */
		pii_norm_free(&nm);
	return rc;
}

int pii_scan(const struct pii_engine *e, const char *text, size_t len,
	     struct pii_result *r)
{
	bool ascii = false;
	int rc = scan_bytes(e, text, len, r, &ascii);

	if (rc == 0 && ascii) {
		/* ASCII: code points are bytes */
		for (size_t i = 0; i < r->n; i++) {
			r->spans[i].cp_start = r->spans[i].start;
			r->spans[i].cp_end = r->spans[i].end;
		}
	} else if (rc == 0) {
		pii_fill_cp(text, len, r->spans, r->n);
	}
	return rc;
}
