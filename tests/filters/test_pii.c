/*
 * test_pii.c - cmocka tables for the PII engine: true positives per
 * category in several formats and languages, disguises, trade-chat
 * look-alikes as negatives, check-digit validators against published
 * examples, policy parsing and stage rules, redaction text, the PCI cut,
 * the split detector and fail-closed limits.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parley/pii.h"

static struct pii_engine *eng;

static int group_setup(void **state)
{
	(void)state;
	return pii_engine_new(NULL, &eng);
}

static int group_teardown(void **state)
{
	(void)state;
	pii_engine_free(eng);
	return 0;
}

struct pos_case {
	const char *text;
	enum pii_type type;
	const char *value;	/* exact span text */
};

static const struct pos_case positives[] = {
	/* EMAIL */
	{"mail me at lee.wang@example.com please", PII_EMAIL, "lee.wang@example.com"},
	{"lee dot wang at gmail dot com", PII_EMAIL, "lee dot wang at gmail dot com"},
	{"john[at]gmail[dot]com", PII_EMAIL, "john[at]gmail[dot]com"},
	{"write to john(at)163.com", PII_EMAIL, "john(at)163.com"},
	{"email: wei1969 @ qq.com", PII_EMAIL, "wei1969 @ qq.com"},
	{"\xe9\x82\xae\xe7\xae\xb1 rafael1988\xef\xbc\xa0uol.com.br", PII_EMAIL,
	 "rafael1988\xef\xbc\xa0uol.com.br"},
	{"m DOT schmidt AT szecoled DOT com", PII_EMAIL,
	 "m DOT schmidt AT szecoled DOT com"},
	{"contact our manager at natasha.khan@yahoo.es now", PII_EMAIL,
	 "natasha.khan@yahoo.es"},
	{"gm\xd0\xb0il: anna@gm\xd0\xb0il.com", PII_EMAIL, "anna@gm\xd0\xb0il.com"},
	/* PHONE */
	{"call me +86 138 0013 8000", PII_PHONE, "+86 138 0013 8000"},
	{"phone (415) 555-0132 anytime", PII_PHONE, "(415) 555-0132"},
	{"Tel: 0044 20 7946 0958", PII_PHONE, "0044 20 7946 0958"},
	{"Rufen Sie an: +49 (0)30 1234567", PII_PHONE, "+49 (0)30 1234567"},
	{"\xe6\x89\x8b\xe6\x9c\xba\xef\xbc\x9a\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98"
	 "\xef\xbc\x90\xef\xbc\x90\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98\xef\xbc\x90"
	 "\xef\xbc\x90\xef\xbc\x90", PII_PHONE,
	 "\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98\xef\xbc\x90\xef\xbc\x90\xef\xbc\x91"
	 "\xef\xbc\x93\xef\xbc\x98\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90"},
	{"Tel: 1 3 7 5 1 0 5 9 9 6 9", PII_PHONE, "1 3 7 5 1 0 5 9 9 6 9"},
	{"call four one five five five five zero one three two", PII_PHONE,
	 "four one five five five five zero one three two"},
	{"\xe7\x94\xb5\xe8\xaf\x9d\xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xab\xe9\x9b\xb6"
	 "\xe9\x9b\xb6\xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xab\xe9\x9b\xb6\xe9\x9b\xb6"
	 "\xe9\x9b\xb6", PII_PHONE,
	 "\xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xab\xe9\x9b\xb6\xe9\x9b\xb6\xe4\xb8\x80"
	 "\xe4\xb8\x89\xe5\x85\xab\xe9\x9b\xb6\xe9\x9b\xb6\xe9\x9b\xb6"},
	{"\xd0\xa2\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd: (852) 6614 9524",
	 PII_PHONE, "(852) 6614 9524"},
	{"whatsapp +91 93413 53822", PII_PHONE, "+91 93413 53822"},
	{"ll\xc3\xa1mame al 181-8058-4120", PII_PHONE, "181-8058-4120"},
	{"my number 1\xe2\x80\x8b" "38 0013 8000", PII_PHONE,
	 "1\xe2\x80\x8b" "38 0013 8000"},
	/* URL */
	{"see https://www.example-shop.com/p/123?x=1.", PII_URL,
	 "https://www.example-shop.com/p/123?x=1"},
	{"models at www.yiwutoys.com/products/new", PII_URL,
	 "www.yiwutoys.com/products/new"},
	{"short link bit.ly/ZFdPYsS ok", PII_URL, "bit.ly/ZFdPYsS"},
	/* MESSENGER_HANDLE */
	{"wechat: lily_8823", PII_MESSENGER_HANDLE, "lily_8823"},
	{"skype live:abc.def", PII_MESSENGER_HANDLE, "live:abc.def"},
	{"telegram @xyz_shop", PII_MESSENGER_HANDLE, "@xyz_shop"},
	{"QQ 12345678", PII_MESSENGER_HANDLE, "12345678"},
	{"\xe5\xbe\xae\xe4\xbf\xa1 wxid_rcuyks8nax", PII_MESSENGER_HANDLE,
	 "wxid_rcuyks8nax"},
	{"join t.me/factory_direct", PII_MESSENGER_HANDLE, "t.me/factory_direct"},
	{"add my WeChat AnaMa282 pls", PII_MESSENGER_HANDLE, "AnaMa282"},
	{"w e c h a t: lily_8823", PII_MESSENGER_HANDLE, "lily_8823"},
	/* PAYMENT_CARD */
	{"card 4111 1111 1111 1111", PII_PAYMENT_CARD, "4111 1111 1111 1111"},
	{"visa 4111-1111-1111-1111 thanks", PII_PAYMENT_CARD,
	 "4111-1111-1111-1111"},
	{"amex 3782 822463 10005", PII_PAYMENT_CARD, "3782 822463 10005"},
	{"5555555555554444", PII_PAYMENT_CARD, "5555555555554444"},
	/* IBAN */
	{"IBAN GB82 WEST 1234 5698 7654 32", PII_IBAN,
	 "GB82 WEST 1234 5698 7654 32"},
	{"pay to DE89370400440532013000.", PII_IBAN, "DE89370400440532013000"},
	{"NL91ABNA0417164300", PII_IBAN, "NL91ABNA0417164300"},
	/* BANK_ACCOUNT */
	{"A/C No.: 4643929910", PII_BANK_ACCOUNT, "4643929910"},
	{"SWIFT: ICBKCNHHSZN", PII_BANK_ACCOUNT, "ICBKCNHHSZN"},
	{"ABA 121000358 acct 5025 4818 5031", PII_BANK_ACCOUNT, "121000358"},
	{"ABA 121000358 acct 5025 4818 5031", PII_BANK_ACCOUNT,
	 "5025 4818 5031"},
	{"\xe6\xb1\x87\xe6\xac\xbe\xe8\xb4\xa6\xe5\x8f\xb7 38869695615700377",
	 PII_BANK_ACCOUNT, "38869695615700377"},
	/* NATIONAL_ID */
	{"my SSN 536-22-8726", PII_NATIONAL_ID, "536-22-8726"},
	{"\xe8\xba\xab\xe4\xbb\xbd\xe8\xaf\x81 11010519491231002X", PII_NATIONAL_ID,
	 "11010519491231002X"},
	{"Aadhaar 2341 2341 2346", PII_NATIONAL_ID, "2341 2341 2346"},
	{"NI number AB 12 34 56 C", PII_NATIONAL_ID, "AB 12 34 56 C"},
	/* IP_ADDRESS */
	{"pls whitelist IP 203.130.57.65", PII_IP_ADDRESS, "203.130.57.65"},
	{"server fe80::dc56:d8fa:d0eb:ccfe", PII_IP_ADDRESS,
	 "fe80::dc56:d8fa:d0eb:ccfe"},
	{"IPv6: 2001:db8:85a3:0:0:8a2e:370:7334", PII_IP_ADDRESS,
	 "2001:db8:85a3:0:0:8a2e:370:7334"},
	/* CRYPTO_WALLET */
	{"BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", PII_CRYPTO_WALLET,
	 "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"},
	{"wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", PII_CRYPTO_WALLET,
	 "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"},
	{"USDT to 0x52908400098527886E0F7030069857D2E4169EE7", PII_CRYPTO_WALLET,
	 "0x52908400098527886E0F7030069857D2E4169EE7"},
	/* POSTAL_ADDRESS */
	/* a direction after the street; Canada's province and postal code;
	 * a German street named after a place */
	{"ship to 123 King Street West, Toronto, ON M5V 2T6, Canada",
	 PII_POSTAL_ADDRESS, "123 King Street West, Toronto, ON M5V 2T6, Canada"},
	{"office at 200 Bay St, Toronto ON M5J 2J2. thanks", PII_POSTAL_ADDRESS,
	 "200 Bay St, Toronto ON M5J 2J2"},
	{"ship to 1600 Pennsylvania Ave NW, Washington, DC 20500",
	 PII_POSTAL_ADDRESS, "1600 Pennsylvania Ave NW, Washington, DC 20500"},
	{"Lieferung an Berliner Str. 12, 10115 Berlin bitte", PII_POSTAL_ADDRESS,
	 "Berliner Str. 12, 10115 Berlin"},
	{"Mariahilfer Stra\xc3\x9f" "e 45, 1060 Wien", PII_POSTAL_ADDRESS,
	 "Mariahilfer Stra\xc3\x9f" "e 45, 1060 Wien"},
	/* a building by letter; the China of the country part; industrial
	 * parks and estates; D- before a postcode; Mexico's C.P. and inner
	 * number; an office after a Russian street; C/ for Calle */
	{"Ship to: 宁波市鄞州区四明中路566号A座1910室", PII_POSTAL_ADDRESS,
	 "宁波市鄞州区四明中路566号A座1910室"},
	{"Consignee address 822 Gongye Rd, Nanshan District, Shenzhen 518882, "
	 "P.R. China", PII_POSTAL_ADDRESS,
	 "822 Gongye Rd, Nanshan District, Shenzhen 518882, P.R. China"},
	{"pls send to\n4F, Block A, Tianan Industrial Park, Huli District, "
	 "Xiamen, Fujian, China\nAttn. Olu", PII_POSTAL_ADDRESS,
	 "4F, Block A, Tianan Industrial Park, Huli District, Xiamen, Fujian, "
	 "China"},
	{"our warehouse: Unit 13, Lowfields Industrial Estate, Bradford BD13 6SB, "
	 "open Mon-Fri", PII_POSTAL_ADDRESS,
	 "Unit 13, Lowfields Industrial Estate, Bradford BD13 6SB"},
	{"ship the samples to Industrieweg 74-3, D-44862 Dortmund",
	 PII_POSTAL_ADDRESS, "Industrieweg 74-3, D-44862 Dortmund"},
	{"nuestra bodega: Av. Vallarta 704, Col. Industrial, C.P. 45655, "
	 "Puebla, Puebla. u", PII_POSTAL_ADDRESS,
	 "Av. Vallarta 704, Col. Industrial, C.P. 45655, Puebla, Puebla"},
	{"Ship to: Calle Insurgentes Sur 108 Int. 12, Col. Roma Norte, 68798 "
	 "Puebla", PII_POSTAL_ADDRESS,
	 "Calle Insurgentes Sur 108 Int. 12, Col. Roma Norte, 68798 Puebla"},
	{"ul. Lenina 49, office 495, Kazan 630060, Russia; ok", PII_POSTAL_ADDRESS,
	 "ul. Lenina 49, office 495, Kazan 630060, Russia"},
	{"send the parts to C/ Mayor, 113, 50025 Zaragoza thanks!",
	 PII_POSTAL_ADDRESS, "C/ Mayor, 113, 50025 Zaragoza"},
	{"Unit 16, 12/442 Hoddle Pde, Dandenong VIC 3157", PII_POSTAL_ADDRESS,
	 "Unit 16, 12/442 Hoddle Pde, Dandenong VIC 3157"},
	/* more of Latin America, Europe and Asia as signatures write them */
	{"Enviar a: Av. Providencia 1960, Of. 820, Providencia, Santiago, Chile",
	 PII_POSTAL_ADDRESS,
	 "Av. Providencia 1960, Of. 820, Providencia, Santiago, Chile"},
	{"Enviar para: Av. da Liberdade 215, 5.\xc2\xba Dto., 4271-718 Porto, Portugal\nPI",
	 PII_POSTAL_ADDRESS,
	 "Av. da Liberdade 215, 5.\xc2\xba Dto., 4271-718 Porto, Portugal"},
	{"Add: 249 Rue Saint-Antoine O, Montr\xc3\xa9" "al, QC H2Z 3J4, Canada\nMob",
	 PII_POSTAL_ADDRESS,
	 "249 Rue Saint-Antoine O, Montr\xc3\xa9" "al, QC H2Z 3J4, Canada"},
	{"Lieferadresse: Carl-Zeiss-Ring 46a, 8540 Graz\nTel.", PII_POSTAL_ADDRESS,
	 "Carl-Zeiss-Ring 46a, 8540 Graz"},
	{"Adresse: Gewerbepark 108\n22115 Hamburg, Deutschland\nTel.",
	 PII_POSTAL_ADDRESS, "Gewerbepark 108\n22115 Hamburg, Deutschland"},
	{"Add: ul. Przemys\xc5\x82owa 87/47\n06-518 Warszawa, Poland\nTel.",
	 PII_POSTAL_ADDRESS, "ul. Przemys\xc5\x82owa 87/47\n06-518 Warszawa, Poland"},
	/* the postcode and town on the next line */
	{"地址：Mozartallee 117b\n28046 Bremen 谢谢", PII_POSTAL_ADDRESS,
	 "Mozartallee 117b\n28046 Bremen"},
	{"Ship to: Raj Patel, 62, boulevard de Paris\n33031 BORDEAUX",
	 PII_POSTAL_ADDRESS, "62, boulevard de Paris\n33031 BORDEAUX"},
	/* Asia in English, Spain's floor and door */
	{"our office: 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan",
	 PII_POSTAL_ADDRESS, "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan"},
	{"send to 123 Teheran-ro, Gangnam-gu, Seoul 06234, Korea",
	 PII_POSTAL_ADDRESS, "123 Teheran-ro, Gangnam-gu, Seoul 06234, Korea"},
	{"No. 7, Sec. 5, Xinyi Rd., Xinyi Dist., Taipei City", PII_POSTAL_ADDRESS,
	 "No. 7, Sec. 5, Xinyi Rd., Xinyi Dist., Taipei City"},
	{"pls deliver to 123 Nguyen Hue Street, District 1, Ho Chi Minh City",
	 PII_POSTAL_ADDRESS,
	 "123 Nguyen Hue Street, District 1, Ho Chi Minh City"},
	{"address 25 Jalan Ampang, 50450 Kuala Lumpur, Malaysia",
	 PII_POSTAL_ADDRESS, "25 Jalan Ampang, 50450 Kuala Lumpur, Malaysia"},
	{"warehouse: Jl. Jend. Sudirman No. 5, Jakarta 10220", PII_POSTAL_ADDRESS,
	 "Jl. Jend. Sudirman No. 5, Jakarta 10220"},
	{"ul. Marsza\xc5\x82kowska 10/12, 00-590 Warszawa", PII_POSTAL_ADDRESS,
	 "ul. Marsza\xc5\x82kowska 10/12, 00-590 Warszawa"},
	{"adres: Atat\xc3\xbcrk Mah. Lale Sk. No. 5, 34000 Fatih, Turkey",
	 PII_POSTAL_ADDRESS,
	 "Atat\xc3\xbcrk Mah. Lale Sk. No. 5, 34000 Fatih, Turkey"},
	{"Ship to Zeppelinring 25, 60311 Frankfurt", PII_POSTAL_ADDRESS,
	 "Zeppelinring 25, 60311 Frankfurt"},
	{"Adresse: Kaiserring 5", PII_POSTAL_ADDRESS, "Kaiserring 5"},
	{"Calle Mayor 12, 3\xc2\xba B, 28013 Madrid", PII_POSTAL_ADDRESS,
	 "Calle Mayor 12, 3\xc2\xba B, 28013 Madrid"},
	{"ship to 2667 Elm Street, Edison, NJ 08841 thanks", PII_POSTAL_ADDRESS,
	 "2667 Elm Street, Edison, NJ 08841"},
	{"Unit 15, 121 Station Road, London SE1 7FA", PII_POSTAL_ADDRESS,
	 "Unit 15, 121 Station Road, London SE1 7FA"},
	{"Adresse: Schillerstra\xc3\x9f" "e 53b, 10525 Berlin", PII_POSTAL_ADDRESS,
	 "Schillerstra\xc3\x9f" "e 53b, 10525 Berlin"},
	{"\xe5\xb7\xa5\xe5\x8e\x82\xe5\x9c\xb0\xe5\x9d\x80\xef\xbc\x9a"
	 "\xe5\xae\x81\xe6\xb3\xa2\xe5\xb8\x82\xe5\x8c\x97\xe4\xbb\x91\xe5\x8c\xba"
	 "\xe5\x9b\x9b\xe6\x98\x8e\xe4\xb8\xad\xe8\xb7\xaf" "755\xe5\x8f\xb7",
	 PII_POSTAL_ADDRESS,
	 "\xe5\xae\x81\xe6\xb3\xa2\xe5\xb8\x82\xe5\x8c\x97\xe4\xbb\x91\xe5\x8c\xba"
	 "\xe5\x9b\x9b\xe6\x98\x8e\xe4\xb8\xad\xe8\xb7\xaf" "755\xe5\x8f\xb7"},
	/* the town, region and postcode, or the country, on the lines after
	 * the street */
	{"deliver to: 18 Huanshi Road, Nansha District\nGuangzhou, Guangdong "
	 "511458, China\nthanks", PII_POSTAL_ADDRESS,
	 "18 Huanshi Road, Nansha District\nGuangzhou, Guangdong 511458, China"},
	{"office: 7 Kaki Bukit Crescent, #03-12\nSingapore 416238",
	 PII_POSTAL_ADDRESS, "7 Kaki Bukit Crescent, #03-12\nSingapore 416238"},
	{"Lieferung: Industriestra\xc3\x9f" "e 12, 4020 Linz\n\xc3\x96sterreich",
	 PII_POSTAL_ADDRESS,
	 "Industriestra\xc3\x9f" "e 12, 4020 Linz\n\xc3\x96sterreich"},
	/* the town and a UK postcode on lines of their own; a comma before
	 * the line break; a full stop after the postcode */
	{"ship to 4 Station Road\nReading\nRG1 1LX, tel later", PII_POSTAL_ADDRESS,
	 "4 Station Road\nReading\nRG1 1LX"},
	{"to Room 8, No. 12 Renmin Rd., Gusu Dist.,\nSuzhou, Jiangsu 215000. thanks",
	 PII_POSTAL_ADDRESS,
	 "Room 8, No. 12 Renmin Rd., Gusu Dist.,\nSuzhou, Jiangsu 215000"},
	/* a line after the street that is other data stays out */
	{"ship to 44 Market Street, Leeds LS1 6DT\nOrder 55821 confirmed",
	 PII_POSTAL_ADDRESS, "44 Market Street, Leeds LS1 6DT"},
	/* Turkey's numbered streets in an industrial zone; Russia's
	 * postcode and city first, a city with a hyphen, "пр-т" */
	{"fabrika: Organize Sanayi B\xc3\xb6lgesi, 12. Cadde No:7, 26110 "
	 "Tepeba\xc5\x9f\xc4\xb1/Eski\xc5\x9f" "ehir", PII_POSTAL_ADDRESS,
	 "Organize Sanayi B\xc3\xb6lgesi, 12. Cadde No:7, 26110 "
	 "Tepeba\xc5\x9f\xc4\xb1/Eski\xc5\x9f" "ehir"},
	{"\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81: 344002, \xd0\xb3. "
	 "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2-\xd0\xbd\xd0\xb0-"
	 "\xd0\x94\xd0\xbe\xd0\xbd\xd1\x83, \xd1\x83\xd0\xbb. "
	 "\xd0\xa1\xd0\xb0\xd0\xb4\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x8f, "
	 "\xd0\xb4. 14", PII_POSTAL_ADDRESS,
	 "344002, \xd0\xb3. "
	 "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2-\xd0\xbd\xd0\xb0-"
	 "\xd0\x94\xd0\xbe\xd0\xbd\xd1\x83, \xd1\x83\xd0\xbb. "
	 "\xd0\xa1\xd0\xb0\xd0\xb4\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x8f, "
	 "\xd0\xb4. 14"},		/* адрес: 344002, г. Ростов-на-Дону, ул. Садовая, д. 14 */
	{"\xd0\x9a\xd1\x83\xd1\x82\xd1\x83\xd0\xb7\xd0\xbe\xd0\xb2\xd1\x81"
	 "\xd0\xba\xd0\xb8\xd0\xb9 \xd0\xbf\xd1\x80-\xd1\x82, \xd0\xb4. 32",
	 PII_POSTAL_ADDRESS,
	 "\xd0\x9a\xd1\x83\xd1\x82\xd1\x83\xd0\xb7\xd0\xbe\xd0\xb2\xd1\x81"
	 "\xd0\xba\xd0\xb8\xd0\xb9 \xd0\xbf\xd1\x80-\xd1\x82, \xd0\xb4. 32"},
	/* Кутузовский пр-т, д. 32; Spain's "C/ de la" and a small "izq." */
	{"env\xc3\xado a C/ de la Paz 14, 2\xc2\xba izq., 46003 Valencia",
	 PII_POSTAL_ADDRESS, "C/ de la Paz 14, 2\xc2\xba izq., 46003 Valencia"},
	/* Thai digits; context words of Dutch, Hindi, Korean, Japanese,
	 * Thai; a handle past the particles and words other languages put
	 * between it and the messenger's name */
	{"\xe0\xb9\x80\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\xa3\xe0\xb9\x8c "
	 "+\xe0\xb9\x96\xe0\xb9\x96 \xe0\xb9\x98 \xe0\xb9\x91\xe0\xb9\x92"
	 "\xe0\xb9\x93 \xe0\xb9\x94\xe0\xb9\x95\xe0\xb9\x97\xe0\xb9\x99",
	 PII_PHONE, "+\xe0\xb9\x96\xe0\xb9\x96 \xe0\xb9\x98 \xe0\xb9\x91\xe0\xb9\x92"
	 "\xe0\xb9\x93 \xe0\xb9\x94\xe0\xb9\x95\xe0\xb9\x97\xe0\xb9\x99"},	/* เบอร์ +๖๖ ๘ ๑๒๓ ๔๕๗๙ */
	{"Mijn mobiel: 0612345678 (ook WhatsApp)", PII_PHONE, "0612345678"},
	{"\xec\x9e\x85\xea\xb8\x88 \xea\xb3\x84\xec\xa2\x8c: 110-234-567890",
	 PII_BANK_ACCOUNT, "110-234-567890"},		/* 입금 계좌 */
	{"\xec\xb9\xb4\xed\x86\xa1 \xec\x95\x84\xec\x9d\xb4\xeb\x94\x94 "
	 "minsu_trade7 \xec\xb6\x94\xea\xb0\x80", PII_MESSENGER_HANDLE,
	 "minsu_trade7"},				/* 카톡 아이디 ... 추가 */
	{"LINE\xe3\x81\xae" "ID\xe3\x81\xaf @tanaka_works \xe3\x81\xa7\xe3\x81\x99",
	 PII_MESSENGER_HANDLE, "@tanaka_works"},		/* LINEのIDは ... です */
	{"WeChat del fornitore: luca-export88", PII_MESSENGER_HANDLE,
	 "luca-export88"},
	{"Numer konta: 61 1090 1014 0000 0712 1981 2874", PII_BANK_ACCOUNT,
	 "61 1090 1014 0000 0712 1981 2874"},
	/* Arabic-script words, found inside longer ones ("الحساب") */
	{"\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xad\xd8\xb3\xd8\xa7\xd8\xa8 "
	 "673608010573321", PII_BANK_ACCOUNT, "673608010573321"},	/* رقم الحساب */
	{"\xd9\x83\xd9\x84\xd9\x85\xd9\x86\xd9\x8a \xd9\x88\xd8\xa7\xd8\xaa\xd8\xb3"
	 "\xd8\xa7\xd8\xa8 \xd9\xa9\xd9\xa6\xd9\xa6\xd9\xa5\xd9\xa0\xd9\xa0\xd9\xa7"
	 "\xd9\xa6\xd9\xa6\xd9\xa8\xd9\xa7\xd9\xa4", PII_PHONE,
	 "\xd9\xa9\xd9\xa6\xd9\xa6\xd9\xa5\xd9\xa0\xd9\xa0\xd9\xa7"
	 "\xd9\xa6\xd9\xa6\xd9\xa8\xd9\xa7\xd9\xa4"},	/* كلمني واتساب ٩٦٦٥٠٠٧٦٦٨٧٤ */
	{"\xd8\xad\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x8a \xd9\x81\xd9\x8a \xd8\xaa\xd9\x84"
	 "\xd8\xba\xd8\xb1\xd8\xa7\xd9\x85 @gulf_trade", PII_MESSENGER_HANDLE,
	 "@gulf_trade"},				/* حسابي في تلغرام */
	/* "@" and "." spelled in Italian, Indonesian, Turkish */
	{"mail: marco.b chiocciola libero punto it", PII_EMAIL,
	 "marco.b chiocciola libero punto it"},
	{"email rina.kusuma at gmail titik com / WA", PII_EMAIL,
	 "rina.kusuma at gmail titik com"},
	{"e-posta: z.arslan at hotmail nokta com", PII_EMAIL,
	 "z.arslan at hotmail nokta com"},
	/* a bank's name in Korean, an ordinary deposit in Japanese */
	{"\xec\x8b\xa0\xed\x95\x9c\xec\x9d\x80\xed\x96\x89 110-417-223454 \xec\x9c\xbc\xeb\xa1\x9c",
	 PII_BANK_ACCOUNT, "110-417-223454"},		/* 신한은행 ... 으로 */
	{"\xe6\x99\xae\xe9\x80\x9a 1628515", PII_BANK_ACCOUNT, "1628515"},
	/* Poland's al. and lok., Turkey's numbered streets and doors by
	 * letter, the Netherlands' postcodes, Malaysia's 12-12 and 1/2,
	 * Indonesia's estates, India's plots and galas, France's impasse */
	{"al. Ujazdowskie 18 lok. 4, 00-478 Warszawa", PII_POSTAL_ADDRESS,
	 "al. Ujazdowskie 18 lok. 4, 00-478 Warszawa"},
	{"Cumhuriyet Mah. 2041 Sok. No: 7/B Kat: 2 06420 \xc3\x87" "ankaya / Ankara",
	 PII_POSTAL_ADDRESS,
	 "Cumhuriyet Mah. 2041 Sok. No: 7/B Kat: 2 06420 \xc3\x87" "ankaya / Ankara"},
	{"Havenweg 12 C, 3011 AB  Den Bosch", PII_POSTAL_ADDRESS,
	 "Havenweg 12 C, 3011 AB  Den Bosch"},
	{"gudang: 8-2, Jalan Perdana 3/5, 47301 Petaling Jaya", PII_POSTAL_ADDRESS,
	 "8-2, Jalan Perdana 3/5, 47301 Petaling Jaya"},
	{"pabrik: Kawasan Industri Jababeka Blok C-12, Bekasi 17530",
	 PII_POSTAL_ADDRESS, "Kawasan Industri Jababeka Blok C-12, Bekasi 17530"},
	{"factory: Plot No. 17, Sector 5, IMT Manesar, Gurugram, Haryana 122052 ok",
	 PII_POSTAL_ADDRESS,
	 "Plot No. 17, Sector 5, IMT Manesar, Gurugram, Haryana 122052"},
	{"livraison au 7 impasse des Lilas, 31200 Toulouse", PII_POSTAL_ADDRESS,
	 "7 impasse des Lilas, 31200 Toulouse"},
	/* Vietnam, with its words for ward, district and city */
	{"giao h\xc3\xa0ng t\xe1\xbb\x9bi S\xe1\xbb\x91 18 Tr\xe1\xba\xa7n H\xc6\xb0ng \xc4\x90\xe1\xba\xa1o, "
	 "Ph\xc6\xb0\xe1\xbb\x9dng 5, Qu\xe1\xba\xadn 3, TP. H\xe1\xbb\x93 Ch\xc3\xad Minh nh\xc3\xa9",
	 PII_POSTAL_ADDRESS,
	 "S\xe1\xbb\x91 18 Tr\xe1\xba\xa7n H\xc6\xb0ng \xc4\x90\xe1\xba\xa1o, "
	 "Ph\xc6\xb0\xe1\xbb\x9dng 5, Qu\xe1\xba\xadn 3, TP. H\xe1\xbb\x93 Ch\xc3\xad Minh"},
	/* giao hàng tới Số 18 Trần Hưng Đạo, Phường 5, Quận 3, TP. Hồ Chí Minh nhé */
	/* addresses in the scripts of Japan, Korea, Thailand, the Arab
	 * countries and India (Hindi) */
	{"\xe4\xbd\x8f\xe6\x89\x80\xef\xbc\x9a" "150-0002 \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd"
	 "\xe6\xb8\x8b\xe8\xb0\xb7\xe5\x8c\xba\xe6\xb8\x8b\xe8\xb0\xb7" "2\xe4\xb8\x81\xe7\x9b\xae"
	 "21\xe7\x95\xaa" "1\xe5\x8f\xb7", PII_POSTAL_ADDRESS,
	 "150-0002 \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd"
	 "\xe6\xb8\x8b\xe8\xb0\xb7\xe5\x8c\xba\xe6\xb8\x8b\xe8\xb0\xb7" "2\xe4\xb8\x81\xe7\x9b\xae"
	 "21\xe7\x95\xaa" "1\xe5\x8f\xb7"},	/* 住所：150-0002 東京都渋谷区渋谷2丁目21番1号 */
	{"\xec\xa3\xbc\xec\x86\x8c: 06234 \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84"
	 "\xec\x8b\x9c \xea\xb0\x95\xeb\x82\xa8\xea\xb5\xac \xed\x85\x8c\xed\x97\xa4\xeb\x9e\x80"
	 "\xeb\xa1\x9c 152, 12\xec\xb8\xb5", PII_POSTAL_ADDRESS,
	 "06234 \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84"
	 "\xec\x8b\x9c \xea\xb0\x95\xeb\x82\xa8\xea\xb5\xac \xed\x85\x8c\xed\x97\xa4\xeb\x9e\x80"
	 "\xeb\xa1\x9c 152, 12\xec\xb8\xb5"},	/* 주소: 06234 서울특별시 강남구 테헤란로 152, 12층 */
	{"88 \xe0\xb8\x96\xe0\xb8\x99\xe0\xb8\x99\xe0\xb8\xaa\xe0\xb8\xb5\xe0\xb8\xa5\xe0\xb8\xa1 "
	 "\xe0\xb9\x81\xe0\xb8\x82\xe0\xb8\xa7\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\xb5\xe0\xb8\xa5\xe0\xb8\xa1 "
	 "\xe0\xb9\x80\xe0\xb8\x82\xe0\xb8\x95\xe0\xb8\x9a\xe0\xb8\xb2\xe0\xb8\x87\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x81 "
	 "10500", PII_POSTAL_ADDRESS,
	 "88 \xe0\xb8\x96\xe0\xb8\x99\xe0\xb8\x99\xe0\xb8\xaa\xe0\xb8\xb5\xe0\xb8\xa5\xe0\xb8\xa1 "
	 "\xe0\xb9\x81\xe0\xb8\x82\xe0\xb8\xa7\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\xb5\xe0\xb8\xa5\xe0\xb8\xa1 "
	 "\xe0\xb9\x80\xe0\xb8\x82\xe0\xb8\x95\xe0\xb8\x9a\xe0\xb8\xb2\xe0\xb8\x87\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x81 "
	 "10500"},	/* 88 ถนนสีลม แขวงสีลม เขตบางรัก 10500 */
	{"22 \xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9 \xd8\xa7\xd9\x84\xd9\x86\xd9\x8a\xd9\x84\xd8\x8c "
	 "\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb2\xd8\xa9", PII_POSTAL_ADDRESS,
	 "22 \xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9 \xd8\xa7\xd9\x84\xd9\x86\xd9\x8a\xd9\x84\xd8\x8c "
	 "\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb2\xd8\xa9"},	/* 22 شارع النيل، الجيزة */
	{"\xe0\xa4\xae\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xa8 \xe0\xa4\xa8\xe0\xa4\x82. 12, "
	 "\xe0\xa4\x97\xe0\xa4\xb2\xe0\xa5\x80 \xe0\xa4\xa8\xe0\xa4\x82. 3, "
	 "\xe0\xa4\xaa\xe0\xa5\x81\xe0\xa4\xa3\xe0\xa5\x87 411001", PII_POSTAL_ADDRESS,
	 "\xe0\xa4\xae\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xa8 \xe0\xa4\xa8\xe0\xa4\x82. 12, "
	 "\xe0\xa4\x97\xe0\xa4\xb2\xe0\xa5\x80 \xe0\xa4\xa8\xe0\xa4\x82. 3, "
	 "\xe0\xa4\xaa\xe0\xa5\x81\xe0\xa4\xa3\xe0\xa5\x87 411001"},	/* मकान नं. 12, गली नं. 3, पुणे 411001 */
	/* an extension is part of the number and says it is one; a card
	 * named as such in any groups; "my number" in five languages; a
	 * phone word after the number */
	{"reach me on 0161 496 0733 ext. 214 please", PII_PHONE,
	 "0161 496 0733 ext. 214"},
	{"Sie erreichen mich unter 030.901.8820 x45.", PII_PHONE,
	 "030.901.8820 x45"},
	{"use my card 4213 836 268 537 for the sample fee", PII_PAYMENT_CARD,
	 "4213 836 268 537"},
	{"Mi n\xc3\xbamero es 0927.127.1037, tambi\xc3\xa9n WhatsApp.", PII_PHONE,
	 "0927.127.1037"},
	{"01757207066 \xe2\x80\x94 call anytime", PII_PHONE, "01757207066"},
	/* messier chat: an emoji before the handle, 加个V, a port after an
	 * IP, a UK postcode after the town, an emoji after the postcode */
	{"pls add wechat \xf0\x9f\x98\x82 KellyZhou88 or email", PII_MESSENGER_HANDLE,
	 "KellyZhou88"},
	{"\xe5\x8a\xa0\xe4\xb8\xaaV LeoFactory21 \xe8\xaf\xa6\xe8\x81\x8a",
	 PII_MESSENGER_HANDLE, "LeoFactory21"},		/* 加个V ... 详聊 */
	{"orders coming from 5.150.90.92:8080, is that you?", PII_IP_ADDRESS,
	 "5.150.90.92"},
	{"invoice to 12 Mill Lane, Leeds, LS2 7QT thanks", PII_POSTAL_ADDRESS,
	 "12 Mill Lane, Leeds, LS2 7QT"},
	{"deliver to No. 88 Binhai Road, Yiwu, Zhejiang 322000\xf0\x9f\x98\xa1 pls",
	 PII_POSTAL_ADDRESS, "No. 88 Binhai Road, Yiwu, Zhejiang 322000"},
	/* a look-alike word's own number comes first, then the phone */
	{"seal ML-CN3319805 / container MRKU5577745 / driver 186-1608-4423. "
	 "Thanks.", PII_PHONE, "186-1608-4423"},
	{"check order 2309037495175311720 and invoice INV-2023-3423 My number "
	 "is (338) 848-9397", PII_PHONE, "(338) 848-9397"},
	{"best price $28.90-$38.74 depending on qty, my direct line "
	 "1-917-964-8983", PII_PHONE, "1-917-964-8983"},
	{"num\xc3\xa9ro de compte 1814 7020 9612 7992 1; merci",
	 PII_BANK_ACCOUNT, "1814 7020 9612 7992 1"},
	{"\xe4\xbf\xa1\xe7\x94\xa8\xe5\x8d\xa1\xe5\x8f\xb7 4111 1111 1111 1111",
	 PII_PAYMENT_CARD, "4111 1111 1111 1111"},		/* 信用卡号 */
	/* cards in dots, UnionPay's 6-13, Mir and Troy */
	{"here's my card 4512.7498.3625.0485", PII_PAYMENT_CARD,
	 "4512.7498.3625.0485"},
	{"\xe9\x93\xb6\xe8\xa1\x8c\xe5\x8d\xa1 622126 1129734052076", PII_PAYMENT_CARD,
	 "622126 1129734052076"},				/* 银行卡 */
	{"card 2203 7800 3623 0355 ok", PII_PAYMENT_CARD, "2203 7800 3623 0355"},
	{"pay with 9792580560128435", PII_PAYMENT_CARD, "9792580560128435"},
	/* phones: a bracketed trunk 0, Mexico's old mobile 1, a German
	 * area code with '/', Russia's trunk 8 */
	{"call +33 (0)1 50 37 03 37 today", PII_PHONE, "+33 (0)1 50 37 03 37"},
	{"or +234 (0) 819 123 4567", PII_PHONE, "+234 (0) 819 123 4567"},
	{"whatsapp +52 1 33 0443 1471", PII_PHONE, "+52 1 33 0443 1471"},
	{"Tel. 0162/6113835", PII_PHONE, "0162/6113835"},
	{"dial 8-915-941-76-73", PII_PHONE, "8-915-941-76-73"},
	/* street addresses of more countries */
	{"spedire a Via Roma 109, 20121 Milano (MI) grazie", PII_POSTAL_ADDRESS,
	 "Via Roma 109, 20121 Milano (MI)"},
	{"Calle Hidalgo 43, Col. Centro, 03940 Puebla.", PII_POSTAL_ADDRESS,
	 "Calle Hidalgo 43, Col. Centro, 03940 Puebla"},
	{"livraison: 153 avenue Jean Jaur\xc3\xa8s, 69007 Lyon", PII_POSTAL_ADDRESS,
	 "153 avenue Jean Jaur\xc3\xa8s, 69007 Lyon"},
	/* г. Казань, ул. Ленина, д. 95, офис 582 */
	{"\xd0\x90\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81: \xd0\xb3. \xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8c, "
	 "\xd1\x83\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0, \xd0\xb4. 95, "
	 "\xd0\xbe\xd1\x84\xd0\xb8\xd1\x81 582", PII_POSTAL_ADDRESS,
	 "\xd0\xb3. \xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8c, "
	 "\xd1\x83\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0, \xd0\xb4. 95, "
	 "\xd0\xbe\xd1\x84\xd0\xb8\xd1\x81 582"},
	{"Keizersgracht 190, 1015 CJ Amsterdam", PII_POSTAL_ADDRESS,
	 "Keizersgracht 190, 1015 CJ Amsterdam"},
	{"Lieferung: Handelskai 76/27, 1160 Wien", PII_POSTAL_ADDRESS,
	 "Handelskai 76/27, 1160 Wien"},
	{"Robert-Bosch-Str. 7, 04109 Leipzig", PII_POSTAL_ADDRESS,
	 "Robert-Bosch-Str. 7, 04109 Leipzig"},
	{"ship to 16190 N Michigan Ave\nDallas, TX 75201 thanks", PII_POSTAL_ADDRESS,
	 "16190 N Michigan Ave\nDallas, TX 75201"},
	{"to Flat B, 24/F, Wing On Plaza, 170 Mody Road, Kowloon", PII_POSTAL_ADDRESS,
	 "Flat B, 24/F, Wing On Plaza, 170 Mody Road, Kowloon"},
	{"Unit 24, 129 George St, Sydney NSW 2000", PII_POSTAL_ADDRESS,
	 "Unit 24, 129 George St, Sydney NSW 2000"},
	{"6079 E Colfax Ave, Savannah, GA 31401 USA", PII_POSTAL_ADDRESS,
	 "6079 E Colfax Ave, Savannah, GA 31401 USA"},
	/* 上海市浦东新区世纪大道448号 邮编200120 */
	{"\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb8\x82\xe6\xb5\xa6\xe4\xb8\x9c\xe6\x96\xb0\xe5\x8c\xba"
	 "\xe4\xb8\x96\xe7\xba\xaa\xe5\xa4\xa7\xe9\x81\x93" "448\xe5\x8f\xb7 \xe9\x82\xae\xe7\xbc\x96" "200120",
	 PII_POSTAL_ADDRESS,
	 "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb8\x82\xe6\xb5\xa6\xe4\xb8\x9c\xe6\x96\xb0\xe5\x8c\xba"
	 "\xe4\xb8\x96\xe7\xba\xaa\xe5\xa4\xa7\xe9\x81\x93" "448\xe5\x8f\xb7 \xe9\x82\xae\xe7\xbc\x96" "200120"},
	/* digits spelled in Portuguese (with accents), German, Russian */
	{"whatsapp: nove oito sete seis cinco quatro tr\xc3\xaas dois um", PII_PHONE,
	 "nove oito sete seis cinco quatro tr\xc3\xaas dois um"},
	{"Telefon: null eins f\xc3\xbcnf zwei drei vier f\xc3\xbcnf sechs sieben", PII_PHONE,
	 "null eins f\xc3\xbcnf zwei drei vier f\xc3\xbcnf sechs sieben"},
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd: \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c\x20\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\x20\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\x20\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd1\x8c\x20\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c\x20\xd1\x87\xd0\xb5\xd1\x82\xd1\x8b\xd1\x80\xd0\xb5\x20\xd1\x82\xd1\x80\xd0\xb8\x20\xd0\xb4\xd0\xb2\xd0\xb0\x20\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd", PII_PHONE, "\xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c\x20\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\x20\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\x20\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd1\x8c\x20\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c\x20\xd1\x87\xd0\xb5\xd1\x82\xd1\x8b\xd1\x80\xd0\xb5\x20\xd1\x82\xd1\x80\xd0\xb8\x20\xd0\xb4\xd0\xb2\xd0\xb0\x20\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd"},	/* телефон: девять восемь ... */
	{"whatsapp: nove meia oito meia nove oito nove zero nove", PII_PHONE,
	 "nove meia oito meia nove oito nove zero nove"},
	/* "[@]" and "[.]" */
	{"mail john[.]smith[@]yandex[.]ru", PII_EMAIL, "john[.]smith[@]yandex[.]ru"},
	/* 电报 (Telegram), 扣扣 (QQ) */
	{"\xe7\x94\xb5\xe6\x8a\xa5 @cargo_sh", PII_MESSENGER_HANDLE, "@cargo_sh"},
	{"\xe6\x89\xa3\xe6\x89\xa3 612006", PII_MESSENGER_HANDLE, "612006"},
	/* a Portuguese postcode */
	{"entrega: Rua do Almada, 1, 4541-928 Porto. obrigado", PII_POSTAL_ADDRESS,
	 "Rua do Almada, 1, 4541-928 Porto"},
	/* an IBAN in lower case, after the word */
	{"Thanks. IBAN nl91 abna 0417 1643 00", PII_IBAN, "nl91 abna 0417 1643 00"},
	/* spaced out, in groups set apart by two spaces */
	{"IBAN: E S 6 0  1 8 8 4  6 1 2 8  4 4 2 4  7 9 5 0  8 2 6 6", PII_IBAN,
	 "E S 6 0  1 8 8 4  6 1 2 8  4 4 2 4  7 9 5 0  8 2 6 6"},
	/* an e-mail address in Cyrillic: закупки@оптторг.рф */
	{"\xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd0\xb0: \xd0\xb7\xd0\xb0\xd0\xba\xd1\x83\xd0\xbf\xd0\xba\xd0\xb8\x40\xd0\xbe\xd0\xbf\xd1\x82\xd1\x82\xd0\xbe\xd1\x80\xd0\xb3\x2e\xd1\x80\xd1\x84.", PII_EMAIL, "\xd0\xb7\xd0\xb0\xd0\xba\xd1\x83\xd0\xbf\xd0\xba\xd0\xb8\x40\xd0\xbe\xd0\xbf\xd1\x82\xd1\x82\xd0\xbe\xd1\x80\xd0\xb3\x2e\xd1\x80\xd1\x84"},
	/* a building after the house number: 星湖街346号东方大厦13楼 */
	{"\xe5\xaf\x84\xe5\x88\xb0\x20\xe5\xae\x81\xe6\xb3\xa2\xe5\xb8\x82\xe9\x84\x9e\xe5\xb7\x9e\xe5\x8c\xba\xe6\x98\x9f\xe6\xb9\x96\xe8\xa1\x97\x33\x34\x36\xe5\x8f\xb7\xe4\xb8\x9c\xe6\x96\xb9\xe5\xa4\xa7\xe5\x8e\xa6\x31\x33\xe6\xa5\xbc\xe3\x80\x82", PII_POSTAL_ADDRESS, "\xe5\xae\x81\xe6\xb3\xa2\xe5\xb8\x82\xe9\x84\x9e\xe5\xb7\x9e\xe5\x8c\xba\xe6\x98\x9f\xe6\xb9\x96\xe8\xa1\x97\x33\x34\x36\xe5\x8f\xb7\xe4\xb8\x9c\xe6\x96\xb9\xe5\xa4\xa7\xe5\x8e\xa6\x31\x33\xe6\xa5\xbc"},
	/* a card spaced out with two spaces; " at " after "E:" */
	{"Pay by card? ok: 4629  4664  3064  4175", PII_PAYMENT_CARD,
	 "4629  4664  3064  4175"},
	{"E: giulias at saigonwood.com.vn", PII_EMAIL,
	 "giulias at saigonwood.com.vn"},
	/* a Russian account after р/с (settlement account) */
	{"\xd1\x80/\xd1\x81 3994 8174 2610 6891", PII_BANK_ACCOUNT, "3994 8174 2610 6891"},
	/* short links */
	{"Web: rb.gy/f6SRSS", PII_URL, "rb.gy/f6SRSS"},
	{"see s.id/MBw4Sv now", PII_URL, "s.id/MBw4Sv"},
	/* a NINO with dashes */
	{"NINO TS-50-66-08-A", PII_NATIONAL_ID, "TS-50-66-08-A"},
	/* messenger ids after Russian app names, other lead-in words, and
	 * Skype's "live:.cid." form */
	{"\xd0\x9c\xd0\xbe\xd0\xb9 \xd1\x81\xd0\xba\xd0\xb0\xd0\xb9\xd0\xbf: bruno.bianchi.sales",
	 PII_MESSENGER_HANDLE, "bruno.bianchi.sales"},		/* Мой скайп: */
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc @mehmet_t",
	 PII_MESSENGER_HANDLE, "@mehmet_t"},			/* телеграм */
	{"find me on Telegram as @tunde_opt.", PII_MESSENGER_HANDLE, "@tunde_opt"},
	{"Mi Telegram es @aarav_ok22", PII_MESSENGER_HANDLE, "@aarav_ok22"},
	{"add me on wechat pls, id is Sunway_Export822", PII_MESSENGER_HANDLE,
	 "Sunway_Export822"},
	{"Skype me: live:.cid.cd905ac524161f67 thanks", PII_MESSENGER_HANDLE,
	 "live:.cid.cd905ac524161f67"},
	/* "@" and "." spelled in Spanish, Portuguese, French, Russian */
	{"mi correo: ventas arroba proton punto me", PII_EMAIL,
	 "ventas arroba proton punto me"},
	{"email 13479548481 arroba 139 ponto com", PII_EMAIL,
	 "13479548481 arroba 139 ponto com"},
	{"jean point dupont arobase orange point fr", PII_EMAIL,
	 "jean point dupont arobase orange point fr"},
	{"\xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd0\xb0 ivan.petrov \xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0 "
	 "yandex \xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 ru", PII_EMAIL,
	 "ivan.petrov \xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0 yandex "
	 "\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 ru"},	/* почта ... собака ... точка */
	{"write budia @ hanmail . net thanks", PII_EMAIL, "budia @ hanmail . net"},
	/* an IBAN in lower case, or apart by '|', '/', '_' or emoji, or
	 * grouped oddly: the check digits decide */
	{"Konto (IBAN) at49 3224 4947 2547 9901 Schicken", PII_IBAN,
	 "at49 3224 4947 2547 9901"},
	{"cuenta IBAN ES07 | 2085 | 7963 | 4182 | 0156 | 2613, gracias",
	 PII_IBAN, "ES07 | 2085 | 7963 | 4182 | 0156 | 2613"},
	{"transferencia a ES22_0182_6349_0823_2750_1719 Gracias!", PII_IBAN,
	 "ES22_0182_6349_0823_2750_1719"},
	{"Cuenta IBAN FR7619 9710 626 47 9654 72 3043 08.", PII_IBAN,
	 "FR7619 9710 626 47 9654 72 3043 08"},
	{"IBAN NL87\xf0\x9f\x98\x8aRABO\xf0\x9f\x98\x8a" "3802\xf0\x9f\x98\x8a"
	 "2531\xf0\x9f\x98\x8a" "83, ok", PII_IBAN,
	 "NL87\xf0\x9f\x98\x8aRABO\xf0\x9f\x98\x8a" "3802\xf0\x9f\x98\x8a"
	 "2531\xf0\x9f\x98\x8a" "83"},
	/* an arrow or '~' before a handle; more names of the messengers */
	{"ping me on Telegram \xe2\x86\x92 @carlos_wang! total", PII_MESSENGER_HANDLE,
	 "@carlos_wang"},
	{"me add no tg -> @elena_export Respondo", PII_MESSENGER_HANDLE,
	 "@elena_export"},
	{"my teleg ~ @jonas_sales We reply", PII_MESSENGER_HANDLE, "@jonas_sales"},
	{"\xe6\x88\x91\xe7\x9a\x84\xe7\xba\xb8\xe9\xa3\x9e\xe6\x9c\xba\xef\xbc\x9a@Camila614",
	 PII_MESSENGER_HANDLE, "@Camila614"},			/* 我的纸飞机： */
	/* БИК and к/с name Russian bank codes */
	{"Банк: ПАО Сбербанк\nБИК: 044289734\n", PII_BANK_ACCOUNT, "044289734"},
	/* French, German and Russian words for a phone and an account */
	{"T\xc3\xa9l : 0747354864", PII_PHONE, "0747354864"},
	{"Durchwahl 797 348 124, Angebot", PII_PHONE, "797 348 124"},
	{"\xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 \xd1\x81\xd1\x87\xd1\x91\xd1\x82\xd0\xb0 "
	 "40817810010316381856", PII_BANK_ACCOUNT, "40817810010316381856"},
	/* "at" spelled with a dot word of another language; '*', '&' or '#'
	 * for '@' with words that say so */
	{"schick die Bestellung an info.katrin at nordpack punkt de", PII_EMAIL,
	 "info.katrin at nordpack punkt de"},
	{"an (jonas.hoffmann \xc3\xa4t elbe-metall punkt com) und", PII_EMAIL,
	 "jonas.hoffmann \xc3\xa4t elbe-metall punkt com"},
	{"\xe5\x9b\xbe\xe7\xba\xb8\xe5\x8f\x91\xe6\x88\x91 yan98*aliyun.com"
	 "\xef\xbc\x88*\xe6\x8d\xa2\xe6\x88\x90@\xef\xbc\x89", PII_EMAIL,
	 "yan98*aliyun.com"},				/* 图纸发我 …（*换成@） */
	{"email me at (trade.kevin#redmaple-home.net) - swap # for @", PII_EMAIL,
	 "trade.kevin#redmaple-home.net"},
	{"我的邮箱是wu点amy艾特qq点com / 我的", PII_EMAIL, "wu点amy艾特qq点com"},
	/* circled digits of every kind */
	{"Give me a call, \xe2\x91\xa0\xe2\x91\xa4\xe2\x91\xa1 \xe2\x91\xa3\xe2\x91\xa4\xe2\x91\xa3\xe2\x91\xa4 "
	 "\xe2\x91\xa0\xe2\x93\xaa\xe2\x93\xaa\xe2\x91\xa1 Bearing", PII_PHONE,
	 "\xe2\x91\xa0\xe2\x91\xa4\xe2\x91\xa1 \xe2\x91\xa3\xe2\x91\xa4\xe2\x91\xa3\xe2\x91\xa4 "
	 "\xe2\x91\xa0\xe2\x93\xaa\xe2\x93\xaa\xe2\x91\xa1"},	/* ①⑤② ④⑤④⑤ ①⓪⓪② */
	{"call \xe2\x9d\xb6\xe2\x9d\xb8\xe2\x9d\xbd \xe2\x93\xbf\xe2\x93\xbf\xe2\x9d\xb6\xe2\x9d\xb8 "
	 "\xe2\x9d\xbd\xe2\x93\xbf\xe2\x93\xbf\xe2\x93\xbf ok", PII_PHONE,
	 "\xe2\x9d\xb6\xe2\x9d\xb8\xe2\x9d\xbd \xe2\x93\xbf\xe2\x93\xbf\xe2\x9d\xb6\xe2\x9d\xb8 "
	 "\xe2\x9d\xbd\xe2\x93\xbf\xe2\x93\xbf\xe2\x93\xbf"},	/* ❶❸❽ ⓿⓿❶❸ ❽⓿⓿⓿ */
	/* digit groups apart by '|', '/', '_', ',', dots or emoji */
	{"cobra en mi tarjeta 6011|0810|8150|7273", PII_PAYMENT_CARD,
	 "6011|0810|8150|7273"},
	{"Karte ab: 5531 / 7449 / 8567 / 9828. Auftrag", PII_PAYMENT_CARD,
	 "5531 / 7449 / 8567 / 9828"},
	{"Or ph: 151 | 2030 | 9769 Cheers", PII_PHONE, "151 | 2030 | 9769"},
	{"mi wasap \xe2\x86\x92 0034/621/231/263 Te mando", PII_PHONE,
	 "0034/621/231/263"},
	{"tel. +7..906..267..95..31 ok", PII_PHONE, "+7..906..267..95..31"},
	{"phone/sms 0550,440,61,47 Talk soon.", PII_PHONE, "0550,440,61,47"},
	{"cel +1 \xf0\x9f\x99\x82 206 \xf0\x9f\x99\x82 965 \xf0\x9f\x99\x82 0835 Cheers",
	 PII_PHONE, "+1 \xf0\x9f\x99\x82 206 \xf0\x9f\x99\x82 965 \xf0\x9f\x99\x82 0835"},
	/* O or o for 0, I or l for 1 in a number after a phone word */
	{"Hello again! viber 136 096O 896I, also check", PII_PHONE,
	 "136 096O 896I"},
	{"WhatsApp 8 (942) o68 26 94 ok", PII_PHONE, "8 (942) o68 26 94"},
	{"cel 0532 517 l4 I8 Cheers", PII_PHONE, "0532 517 l4 I8"},
	/* a number broken over two lines, or after "(+971)" and emoji */
	{"tambi\xc3\xa9n ll\xc3\xa1mame al +34 65-\n2 918 606.", PII_PHONE,
	 "+34 65-\n2 918 606"},
	{"wapp - (+971) \xf0\x9f\x94\xb8 52 \xf0\x9f\x94\xb8 497 \xf0\x9f\x94\xb8 3566",
	 PII_PHONE, "(+971) \xf0\x9f\x94\xb8 52 \xf0\x9f\x94\xb8 497 \xf0\x9f\x94\xb8 3566"},
	/* an SSN and an Aadhaar in dots, named */
	{"for customs my SSN is 549.87.1276", PII_NATIONAL_ID, "549.87.1276"},
	{"Aadhaar for the KYC: 8761.9585.0816. Or", PII_NATIONAL_ID,
	 "8761.9585.0816"},
	/* LINE after an arrow or '|', Q号, v信 */
	{"私聊LINE→carlos.780，或者", PII_MESSENGER_HANDLE, "carlos.780"},
	{"so line | camila.670 ok", PII_MESSENGER_HANDLE, "camila.670"},
	{"or add me on LINE - elena_9192. The red", PII_MESSENGER_HANDLE,
	 "elena_9192"},
	{"电话+一 四六九 六五五 一六幺九 / 店铺", PII_PHONE, "+一 四六九 六五五 一六幺九"},
	{"我的Q号：873264。QQ音乐", PII_MESSENGER_HANDLE, "873264"},
	{"我的v信：carlostrade201，谢谢", PII_MESSENGER_HANDLE, "carlostrade201"},
	/* a link's dots: 。 before cn after a dot, " DOT " after a scheme */
	{"看产品目录：http://www。jinhua-textile。cn", PII_URL,
	 "http://www。jinhua-textile。cn"},
	{"our page is http://evergreenpack DOT net I will", PII_URL,
	 "http://evergreenpack DOT net"},
	/* spelled digits in groups apart by dots */
	{"ring me plus nine seven one ... five six ... nine zero nine ... "
	 "double six zero four", PII_PHONE,
	 "plus nine seven one ... five six ... nine zero nine ... double six "
	 "zero four"},
	/* a look-alike word speaks of its own sentence only */
	{"Ok deal on the unit price. my number is 0086 138 2920 1589.",
	 PII_PHONE, "0086 138 2920 1589"},
	/* 艾特 and 点, the "at" and "dot" of Chinese chat */
	{"我的邮箱 leewang艾特163点com 有事联系", PII_EMAIL,
	 "leewang艾特163点com"},
	{"邮箱 lee.wang 艾特 sina 点 com 点 cn", PII_EMAIL,
	 "lee.wang 艾特 sina 点 com 点 cn"},
	{"网站 www点fastfit点com 看看", PII_URL, "www点fastfit点com"},
	{"访问 abc-tools点net", PII_URL, "abc-tools点net"},
	{"目录：jinhua-textile点com点cn 谢谢", PII_URL, "jinhua-textile点com点cn"},
	{"店铺链接 shop93277722。taobao。com。订单", PII_URL,
	 "shop93277722。taobao。com"},
	/* defanged links */
	{"see abc[.]com ok", PII_URL, "abc[.]com"},
	{"precos em bit{.}ly/nw7huZb ok", PII_URL, "bit{.}ly/nw7huZb"},
	{"bei hxxps://kraft-technik[.]de/p/89162, auch", PII_URL,
	 "hxxps://kraft-technik[.]de/p/89162"},
	/* a word after a spaced '.' is no label of the address */
	{"mail c@d.com . ok", PII_EMAIL, "c@d.com"},
	/* links and addresses under internationalised or two-level names */
	{"our site is shop.example.co.jp now", PII_URL, "shop.example.co.jp"},
	{"see mueller-gmbh.com.au/kontakt", PII_URL, "mueller-gmbh.com.au/kontakt"},
	{"\xd1\x81\xd0\xb0\xd0\xb9\xd1\x82 http://\xd0\xbf\xd1\x80\xd0\xb8"
	 "\xd0\xbc\xd0\xb5\xd1\x80.\xd1\x80\xd1\x84/price", PII_URL,
	 "http://\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb5\xd1\x80.\xd1\x80"
	 "\xd1\x84/price"},					/* http://пример.рф/price */
	{"\xe7\x9c\x8b https://\xe4\xbe\x8b\xe5\xad\x90.\xe4\xb8\xad\xe5\x9b\xbd/a"
	 "\xef\xbc\x8c\xe8\xb0\xa2\xe8\xb0\xa2", PII_URL,
	 "https://\xe4\xbe\x8b\xe5\xad\x90.\xe4\xb8\xad\xe5\x9b\xbd/a"},
							/* 看 https://例子.中国/a，谢谢 */
	{"write to ivan@shop.xn--p1ai today", PII_EMAIL, "ivan@shop.xn--p1ai"},
	/* IP addresses of four or five digits, IPv6 forms */
	{"gateway 10.0.0.1, DNS 172.16.4.20", PII_IP_ADDRESS, "10.0.0.1"},
	{"peer ::ffff:10.20.30.40 dropped", PII_IP_ADDRESS, "::ffff:10.20.30.40"},
	{"host 0:0:0:0:0:ffff:c0a8:101 up", PII_IP_ADDRESS, "0:0:0:0:0:ffff:c0a8:101"},
	{"bind to ::1 only", PII_IP_ADDRESS, "::1"},
	/* a Luhn-valid number named as a card, whatever its prefix */
	{"card number 8000 0000 0000 0128 exp soon", PII_PAYMENT_CARD,
	 "8000 0000 0000 0128"},
	/* an IBAN that fails its check is none, named as one or not; the
	 * BIC beside it is one */
	{"IBAN: NL21 INGB 0001 2345 67 BIC INGBNL2A", PII_BANK_ACCOUNT,
	 "INGBNL2A"},
	/* an ABA routing number in its 4-4-1 form */
	{"wire to 0260-0959-3 please", PII_BANK_ACCOUNT, "0260-0959-3"},
	/* spelled digits: groups kept where the writer parted them,
	 * "double", "plus" */
	{"here it is: four one five, five five five, two six seven one",
	 PII_PHONE, "four one five, five five five, two six seven one"},
	{"here it is: 0034 six two one, zero three zero, seven eight two",
	 PII_PHONE, "0034 six two one, zero three zero, seven eight two"},
	{"SSN oh six five eight three seven double six eight ok",
	 PII_NATIONAL_ID, "oh six five eight three seven double six eight"},
	{"Tel.: plus vier neun, eins f\xc3\xbcnf eins, sechs zwei neun drei "
	 "sechs null acht.", PII_PHONE, "plus vier neun, eins f\xc3\xbcnf eins, "
	 "sechs zwei neun drei sechs null acht"},
	{"mi celular es 011 / 15 / 8977 / dos dos tres dos.", PII_PHONE,
	 "011 / 15 / 8977 / dos dos tres dos"},
	{"routing number 271, three-seven-two, 570, thanks", PII_BANK_ACCOUNT,
	 "271, three-seven-two, 570"},
	/* 手机 一五五，八七三三，五五二八: spelled CJK digits in groups */
	{"\xe6\x89\x8b\xe6\x9c\xba \xe4\xb8\x80\xe4\xba\x94\xe4\xba\x94"
	 "\xef\xbc\x8c\xe5\x85\xab\xe4\xb8\x83\xe4\xb8\x89\xe4\xb8\x89"
	 "\xef\xbc\x8c\xe4\xba\x94\xe4\xba\x94\xe4\xba\x8c\xe5\x85\xab",
	 PII_PHONE,
	 "\xe4\xb8\x80\xe4\xba\x94\xe4\xba\x94\xef\xbc\x8c\xe5\x85\xab"
	 "\xe4\xb8\x83\xe4\xb8\x89\xe4\xb8\x89\xef\xbc\x8c\xe4\xba\x94"
	 "\xe4\xba\x94\xe4\xba\x8c\xe5\x85\xab"},
	/* brackets of other scripts, "ät", doubled brackets */
	{"daher: j.mueller\xe3\x80\x94\xc3\xa4t\xe3\x80\x95posteo\xe3\x80\x8c"
	 "Punkt\xe3\x80\x8d" "de", PII_EMAIL,
	 "j.mueller\xe3\x80\x94\xc3\xa4t\xe3\x80\x95posteo\xe3\x80\x8c"
	 "Punkt\xe3\x80\x8d" "de"},			/* 〔ät〕「Punkt」 */
	{"mail: ivan \xc2\xab" "at\xc2\xbb inbox \xc2\xab" "dot\xc2\xbb ru",
	 PII_EMAIL, "ivan \xc2\xab" "at\xc2\xbb inbox \xc2\xab" "dot\xc2\xbb ru"},
	{"mail: zakupki [[at]] yandex.ru, thanks", PII_EMAIL,
	 "zakupki [[at]] yandex.ru"},
	/* IPv6 after a label and its colon */
	{"IP:240e:78ce:6ca9:ef82:1395:f8be:8c6:ae0b ok", PII_IP_ADDRESS,
	 "240e:78ce:6ca9:ef82:1395:f8be:8c6:ae0b"},
	/* spelled dots in links and IP addresses */
	{"see www dot huaxin-led dot cn for the catalog", PII_URL,
	 "www dot huaxin-led dot cn"},
	{"see huaxin-led[dot]cn/products for the catalog", PII_URL,
	 "huaxin-led[dot]cn/products"},
	{"mira instagram punto com/8etms4Fn, gracias", PII_URL,
	 "instagram punto com/8etms4Fn"},
	{"check our site www . facebook . com/p8eFP8JBgA ok", PII_URL,
	 "www . facebook . com/p8eFP8JBgA"},
	{"IP fixo: 130 . 246 . 77 . 119 abra\xc3\xa7o", PII_IP_ADDRESS,
	 "130 . 246 . 77 . 119"},
	{"server 192 dot 168 dot 1 dot 20 port 8080", PII_IP_ADDRESS,
	 "192 dot 168 dot 1 dot 20"},
	{"server 85(dot)67(dot)82(dot)99:8080", PII_IP_ADDRESS,
	 "85(dot)67(dot)82(dot)99"},
	{"server 10[dot]0[dot]12[dot]5 ok", PII_IP_ADDRESS,
	 "10[dot]0[dot]12[dot]5"},
	/* a symbol or emoji between the groups (a variation selector
	 * after it): 4611❤️9803❤️7797❤️5509 */
	{"Visa: 4611\xe2\x9d\xa4\xef\xb8\x8f" "9803\xe2\x9d\xa4\xef\xb8\x8f"
	 "7797\xe2\x9d\xa4\xef\xb8\x8f" "5509 ok", PII_PAYMENT_CARD,
	 "4611\xe2\x9d\xa4\xef\xb8\x8f" "9803\xe2\x9d\xa4\xef\xb8\x8f"
	 "7797\xe2\x9d\xa4\xef\xb8\x8f" "5509"},
	{"call me on 0086\xe2\x9c\xa8" "159\xe2\x9c\xa8" "2721\xe2\x9c\xa8" "0017",
	 PII_PHONE, "0086\xe2\x9c\xa8" "159\xe2\x9c\xa8" "2721\xe2\x9c\xa8" "0017"},
	/* an e-mail or an IBAN broken over lines, an IBAN in dotted
	 * groups */
	{"e-mail compras\n@gmail.com / manda", PII_EMAIL, "compras\n@gmail.com"},
	{"cuenta IBAN FR45 6637 6231 9010 0893\n9435 364", PII_IBAN,
	 "FR45 6637 6231 9010 0893\n9435 364"},
	{"IBAN: GB89.NWBK.3167.5420.3951.50 ok", PII_IBAN,
	 "GB89.NWBK.3167.5420.3951.50"},
	/* a number read out with words between its groups: a card, or a
	 * phone number after a phone word or with its '+' */
	{"cobra a mi tarjeta 6363 y 6847 y despu\xc3\xa9s 8044 y 5010 ok",
	 PII_PAYMENT_CARD, "6363 y 6847 y despu\xc3\xa9s 8044 y 5010"},
	{"rufen Sie mich an unter +43 660 und dann 4875520. Danke", PII_PHONE,
	 "+43 660 und dann 4875520"},
	{"call me at 138 and then 0013 8000 please", PII_PHONE,
	 "138 and then 0013 8000"},
	/* a wallet in groups or over lines, after a crypto word */
	{"BTC address 3QFi AC13 2PvH wktx oKCY vywo d9eJ ZNv4 eX. Ref",
	 PII_CRYPTO_WALLET, "3QFi AC13 2PvH wktx oKCY vywo d9eJ ZNv4 eX"},
	{"wallet ERC20 0x8E1c0091a7e4e0E0092\nde9b473B86AD096Fd52CD ok",
	 PII_CRYPTO_WALLET, "0x8E1c0091a7e4e0E0092\nde9b473B86AD096Fd52CD"},
	/* a country code with no '+' before it */
	{"Hi, my number is 86 13061858752. ETA", PII_PHONE, "86 13061858752"},
	/* '#' for the '@' */
	{"mail yuki.okafor#libero.it (# is @)", PII_EMAIL, "yuki.okafor#libero.it"},
	/* an address of a form no pattern knows, after its label */
	{"\xe5\x9c\xb0\xe5\x9d\x80\xef\xbc\x9a" "Office 1998, Al Shafar Tower 1, "
	 "Barsha Heights, Dubai, UAE\nok", PII_POSTAL_ADDRESS,
	 "Office 1998, Al Shafar Tower 1, Barsha Heights, Dubai, UAE"},
	{"Bank address: Schillerstra\xc3\x9f" "e 129b, 60688 Frankfurt am Main",
	 PII_POSTAL_ADDRESS, "Schillerstra\xc3\x9f" "e 129b, 60688 Frankfurt am Main"},
	{"direcci\xc3\xb3n: Av. Vallarta 1295, Col. Industrial, Monterrey, N.L., "
	 "C.P. 77716, M\xc3\xa9xico; ok", PII_POSTAL_ADDRESS,
	 "Av. Vallarta 1295, Col. Industrial, Monterrey, N.L., C.P. 77716, "
	 "M\xc3\xa9xico"},
	/* a number broken over lines of digit groups only */
	{"Hi, text me at 133\n9957\n6891 ok", PII_PHONE, "133\n9957\n6891"},
	{"card 2200\n1776\n9456\n9930; thanks", PII_PAYMENT_CARD,
	 "2200\n1776\n9456\n9930"},
	/* spaced out up to a full stop */
	{"BIC: L H R S H K N 9 X X X. ETA", PII_BANK_ACCOUNT,
	 "L H R S H K N 9 X X X"},
	/* TRON, its first digit deep inside */
	{"usdt (trc20) here: TYiM4n54Tk9Afc296sVSDj7uNx3bzPQ9vU.",
	 PII_CRYPTO_WALLET, "TYiM4n54Tk9Afc296sVSDj7uNx3bzPQ9vU"},
	/* TRON in groups, after a token that starts no wallet */
	{"USDT TRC20: TMTG ysE9 Hdbx zD3a AUqB xDbn VwLx tjRw NU. ok",
	 PII_CRYPTO_WALLET, "TMTG ysE9 Hdbx zD3a AUqB xDbn VwLx tjRw NU"},
	/* ',' for the dots of a host */
	{"Katalog unter http://www,nordpack,eu/shop Danke",
	 PII_URL, "http://www,nordpack,eu/shop"},
	/* мобильный: a phone word longer than the table holds, by its stem */
	{"\xd0\xbc\xd0\xbe\xd0\xb1\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x8b\xd0\xb9 8.(973).377.96.90 \xd0\xa2\xd0\xb0\xd0\xbc",
	 PII_PHONE, "8.(973).377.96.90"},
	/* parts apart by " - "; the CEP confirms an "Av." */
	{"Trident Tools Ltda.\nAv. Paulista, 540 - Galp\xc3\xa3o 5 - Bela Vista - Curitiba - PR - CEP 80317-451\nTel.: +55",
	 PII_POSTAL_ADDRESS, "Av. Paulista, 540 - Galp\xc3\xa3o 5 - Bela Vista - Curitiba - PR - CEP 80317-451"},
	/* an Argentine postcode (CPA) */
	{"Direcci\xc3\xb3n de entrega: Av. Corrientes 3087, Piso 10, C3510NMW CABA, Argentina\nTel.",
	 PII_POSTAL_ADDRESS, "Av. Corrientes 3087, Piso 10, C3510NMW CABA, Argentina"},
	/* spaced-out digits in groups set off by " / " */
	{"card 4 6 0 2 / 4 0 4 6 / 5 9 1 4 / 2 3 0 9 thanks",
	 PII_PAYMENT_CARD, "4 6 0 2 / 4 0 4 6 / 5 9 1 4 / 2 3 0 9"},
	/* " - " between every digit, a '+' first */
	{"tel +3 - 5 - 1 - 9 - 6 - 0 - 3 - 6 - 5 - 4 - 2 - 5 ok",
	 PII_PHONE, "+3 - 5 - 1 - 9 - 6 - 0 - 3 - 6 - 5 - 4 - 2 - 5"},
	/* 点 in brackets for the dots of a link */
	{"\xe8\xb5\x84\xe6\x96\x99 https://docs\xe3\x80\x90\xe7\x82\xb9\xe3\x80\x91google\xe3\x80\x90\xe7\x82\xb9\xe3\x80\x91" "com/spreadsheets/d/e8KJ/edit \xe8\xb0\xa2\xe8\xb0\xa2",
	 PII_URL, "https://docs\xe3\x80\x90\xe7\x82\xb9\xe3\x80\x91google\xe3\x80\x90\xe7\x82\xb9\xe3\x80\x91" "com/spreadsheets/d/e8KJ/edit"},
	/* 艾特 and 点 in brackets */
	{"\xe9\x82\xae\xe7\xae\xb1 18941414119\xe3\x80\x8e\xe8\x89\xbe\xe7\x89\xb9\xe3\x80\x8f" "139\xe3\x80\x8e\xe7\x82\xb9\xe3\x80\x8f" "com",
	 PII_EMAIL, "18941414119\xe3\x80\x8e\xe8\x89\xbe\xe7\x89\xb9\xe3\x80\x8f" "139\xe3\x80\x8e\xe7\x82\xb9\xe3\x80\x8f" "com"},
	/* " at " with a plain domain after "write to" */
	{"Not allowed to post it, write to gkim AT redmaple-home.co Better price",
	 PII_EMAIL, "gkim AT redmaple-home.co"},
	/* a Japanese address with its building and floor first */
	{"office: Sunrise Bldg. 11F, 5-5-2 Sakae, Naka-ku, Nagoya 460-2539",
	 PII_POSTAL_ADDRESS, "Sunrise Bldg. 11F, 5-5-2 Sakae, Naka-ku, Nagoya 460-2539"},
	/* a French address with its building first */
	{"livraison: B\xc3\xa2timent C, 123 bis impasse de la R\xc3\xa9publique, 69006 Lyon",
	 PII_POSTAL_ADDRESS, "B\xc3\xa2timent C, 123 bis impasse de la R\xc3\xa9publique, 69006 Lyon"},
	/* a messenger asked about, and the handle in the answer after a yes */
	{"> tem wechat?\ndesculpa a demora sim mariana_5178",
	 PII_MESSENGER_HANDLE, "mariana_5178"},
	{"> do u hae wechat?\n\nyes Emma-gz63. receved 2k pairs",
	 PII_MESSENGER_HANDLE, "Emma-gz63"},
	/* an account "for" what it is for, then a colon and the number */
	{"New bank account for 70% balance before shipment: 67262171875519",
	 PII_BANK_ACCOUNT, "67262171875519"},
	/* no quantity starts with a 0: the unit after it does not make one */
	{"call me 07430 189613 carton size 74x133x14 cm, 230g", PII_PHONE,
	 "07430 189613"},
	{"Meine Handynummer: 06830083756", PII_PHONE, "06830083756"},
	/* the first spelled "at" is a sentence's, the second the address's */
	{"pls contact our sales manager at ana DOT santos DOT hk AT bestwaytrade DOT co DOT uk for",
	 PII_EMAIL, "ana DOT santos DOT hk AT bestwaytrade DOT co DOT uk"},
	/* a Skype id over the link it looks like */
	{"skype live:ahmed.hu or whatsapp", PII_MESSENGER_HANDLE, "live:ahmed.hu"},
	/* Vienna's Gürtel */
	{"Lerchenfelder G\xc3\xbcrtel 102/1, 1160 Wien, \xc3\x96sterreich",
	 PII_POSTAL_ADDRESS, "Lerchenfelder G\xc3\xbcrtel 102/1, 1160 Wien, \xc3\x96sterreich"},
	/* fields of structured text: quotes, a colon and a line break, dot
	 * leaders, tags between a label and its value */
	{"{\"wechat\": \"wang_5935\", \"sku\": \"EV-5638-GR\"}",
	 PII_MESSENGER_HANDLE, "wang_5935"},
	{"Skype :\ngiulia.bianchi.milano\nZahlung: 30%", PII_MESSENGER_HANDLE,
	 "giulia.bianchi.milano"},
	{"Telegram ........ @sanne_jansen\nSKU ..... 22", PII_MESSENGER_HANDLE,
	 "@sanne_jansen"},
	{"<tr><td>WeChat</td><td>wang_5935</td></tr>", PII_MESSENGER_HANDLE,
	 "wang_5935"},
	{"  \"address\": \"Bahnhofstra\xc3\x9f" "e 129, 22861 Stuttgart\",",
	 PII_POSTAL_ADDRESS, "Bahnhofstra\xc3\x9f" "e 129, 22861 Stuttgart"},
	/* an address of networks after its label, a version near */
	{"dev=SKU-82359 fw=v12.8 wan=23.135.41.154", PII_IP_ADDRESS,
	 "23.135.41.154"},
	{"ts=1756320795495\n10.227.169.35 - - [07/Apr/2023:07:07:16 +0800]",
	 PII_IP_ADDRESS, "10.227.169.35"},
	/* fields of a CSV line: the link ends at the comma, the phone
	 * after it is one */
	{"Camille Martin,https://atlantique-import.en.alibaba.com,+33 (0)1 36 41 36 52,RMB 59.93",
	 PII_PHONE, "+33 (0)1 36 41 36 52"},
	{"Chlo\xc3\xa9 Dubois,https://www.instagram.com/lumiere_distrib,01 27 58 73 11,USD 33.41",
	 PII_PHONE, "01 27 58 73 11"},
	/* a look-alike word on the line before a number in 00 form */
	{"Cell\tUnit Price\tHS code\n0086 183 8726 5841\tUS$ 13.89", PII_PHONE,
	 "0086 183 8726 5841"},
	/* Brazil's area code in brackets */
	{"Zhang Min  (21) 91882-3291  +55", PII_PHONE, "(21) 91882-3291"},
	/* the next line indented, with a unit first, or a town and a UK
	 * postcode */
	{"Ship to: 2277 W Maple Road,\n    Miami, FL 33137\nthanks",
	 PII_POSTAL_ADDRESS, "2277 W Maple Road,\n    Miami, FL 33137"},
	{"6200 Cedar Road,\nSuite 8, Houston, TX 77025, USA", PII_POSTAL_ADDRESS,
	 "6200 Cedar Road,\nSuite 8, Houston, TX 77025, USA"},
	{"223 Baker Street\nManchester M1 3NR", PII_POSTAL_ADDRESS,
	 "223 Baker Street\nManchester M1 3NR"},
	/* the column of a table headed by a messenger's name */
	{"| Contact | WeChat | Mail |\n|:---:|---|---|\n| Jo\xc3\xa3o Silva | pedrooliveira97 | x |",
	 PII_MESSENGER_HANDLE, "pedrooliveira97"},
	{"\xe5\xbe\xae\xe4\xbf\xa1\t\xe7\x94\xb5\xe8\xaf\x9d\nmarco_6742\t0039 06 5", PII_MESSENGER_HANDLE,
	 "marco_6742"},		/* 微信\t电话 */
	/* a path after "x at host[dot]com": a link, the "at" a word */
	{"Off platform is faster - order direct at facebook[dot]com/brightledsupply_official Cheers",
	 PII_URL, "facebook[dot]com/brightledsupply_official"},
	{"find me at t.me/dmitry_logist35, ABA", PII_MESSENGER_HANDLE,
	 "t.me/dmitry_logist35"},
	/* after its messenger's label, an id that looks like a domain */
	{"Tel/WhatsApp: 13802677918\nSkype: fang.ma\nWeb: https://www.xmstone.co.uk/about",
	 PII_MESSENGER_HANDLE, "fang.ma"},
	/* ". " ends a sentence, not a group of digits */
	{"\xec\xb9\xb4\xeb\x93\x9c\xeb\xb2\x88\xed\x98\xb8: 6261 8824 2427 1221. 09:15-17:15 \xeb\xb6\x80\xec\x8a\xa4", PII_PAYMENT_CARD,
	 "6261 8824 2427 1221"},
	{"S\xe1\xbb\x91 t\xc3\xa0i kho\xe1\xba\xa3n 95217562, h\xc3\xb3" "a \xc4\x91\xc6\xa1n CI 2026/058", PII_BANK_ACCOUNT, "95217562"},	/* Số tài khoản */
	/* a TRON address with no digit, after a crypto word */
	{"\xd0\xbe\xd0\xbf\xd0\xbb\xd0\xb0\xd1\x82\xd0\xb0\n\xd0\xb2 USDT TRC20 \xd0\xbd\xd0\xb0 TMauDFVBnRbdJnWPzKayuMskBZhKXfEPea",
	 PII_CRYPTO_WALLET, "TMauDFVBnRbdJnWPzKayuMskBZhKXfEPea"},
	/* a misspelt SWIFT */
	{"STK 97805764180034, SWFT NBADAEAA256, m\xc3\xa3 HS 7318.72",
	 PII_BANK_ACCOUNT, "NBADAEAA256"},
	{"add me on wechhat fatimataylor044",
	 PII_MESSENGER_HANDLE, "fatimataylor044"},
	/* Office: in a signature names a phone */
	{"office: 058.647.9295",
	 PII_PHONE, "058.647.9295"},
	/* Vietnamese: a còng for @, chấm for . */
	{"email vu-huong a c\xc3\xb2ng gmail ch\xe1\xba\xa5m com nh\xc3\xa9",
	 PII_EMAIL, "vu-huong a c\xc3\xb2ng gmail ch\xe1\xba\xa5m com"},
	/* Korean: 골뱅이 for @, 점 for . */
	{"\xec\x9d\xb4\xeb\xa9\x94\xec\x9d\xbc kim.minsu \xea\xb3\xa8\xeb\xb1\x85\xec\x9d\xb4 naver \xec\xa0\x90 com \xec\x9c\xbc\xeb\xa1\x9c",
	 PII_EMAIL, "kim.minsu \xea\xb3\xa8\xeb\xb1\x85\xec\x9d\xb4 naver \xec\xa0\x90 com"},
	/* Belarus with trunk 8 */
	{"\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 8 029 285-26-94!!", PII_PHONE,
	 "8 029 285-26-94"},
	/* digits spelled in French, Italian, Indonesian, Turkish */
	{"mon num\xc3\xa9ro: z\xc3\xa9ro six un deux trois quatre cinq six sept huit",
	 PII_PHONE, "z\xc3\xa9ro six un deux trois quatre cinq six sept huit"},
	{"chiamami tre quattro sette, cinque cinque cinque, due uno tre due",
	 PII_PHONE, "tre quattro sette, cinque cinque cinque, due uno tre due"},
	{"hubungi nol delapan satu dua tiga empat lima enam tujuh delapan",
	 PII_PHONE, "nol delapan satu dua tiga empat lima enam tujuh delapan"},
	{"numaram s\xc4\xb1" "f\xc4\xb1r be\xc5\x9f \xc3\xbc\xc3\xa7 iki, bir iki \xc3\xbc\xc3\xa7, d\xc3\xb6rt be\xc5\x9f alt\xc4\xb1 yedi",
	 PII_PHONE, "s\xc4\xb1" "f\xc4\xb1r be\xc5\x9f \xc3\xbc\xc3\xa7 iki, bir iki \xc3\xbc\xc3\xa7, d\xc3\xb6rt be\xc5\x9f alt\xc4\xb1 yedi"},
	/* words between groups of spelled digits; più for + */
	{"call zero seven six and seven nine nine and one two and three four",
	 PII_PHONE, "zero seven six and seven nine nine and one two and three four"},
	{"chiamami pi\xc3\xb9 tre nove poi tre otto tre poi sei nove zero sette zero otto sette",
	 PII_PHONE, "pi\xc3\xb9 tre nove poi tre otto tre poi sei nove zero sette zero otto sette"},
	/* 、 between groups of CJK digits */
	{"\xe7\x94\xb5\xe8\xaf\x9d \xe4\xb8\x80\xe4\xb8\x89\xe4\xba\x94\xe3\x80\x81\xe4\xb8\x80\xe4\xba\x8c\xe4\xb9\x9d\xe4\xb8\x89\xe3\x80\x81\xe4\xba\x8c\xe9\x9b\xb6\xe5\x9b\x9b\xe4\xb8\x89",
	 PII_PHONE, "\xe4\xb8\x80\xe4\xb8\x89\xe4\xba\x94\xe3\x80\x81\xe4\xb8\x80\xe4\xba\x8c\xe4\xb9\x9d\xe4\xb8\x89\xe3\x80\x81\xe4\xba\x8c\xe9\x9b\xb6\xe5\x9b\x9b\xe4\xb8\x89"},
	/* "at the rate" (India), アットマーク and ドット glued, Klammeraffe, एट and डॉट */
	{"mail priyagupta at the rate rediffmail dot com",
	 PII_EMAIL, "priyagupta at the rate rediffmail dot com"},
	{"mail: mai32\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x88\xe3\x83\x9e\xe3\x83\xbc\xe3\x82\xaf" "docomo\xe3\x83\x89\xe3\x83\x83\xe3\x83\x88ne\xe3\x83\x89\xe3\x83\x83\xe3\x83\x88jp",
	 PII_EMAIL, "mai32\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x88\xe3\x83\x9e\xe3\x83\xbc\xe3\x82\xaf" "docomo\xe3\x83\x89\xe3\x83\x83\xe3\x83\x88ne\xe3\x83\x89\xe3\x83\x83\xe3\x83\x88jp"},
	{"julia.mueller Klammeraffe web Punkt de",
	 PII_EMAIL, "julia.mueller Klammeraffe web Punkt de"},
	{"email mehta61 \xe0\xa4\x8f\xe0\xa4\x9f rediffmail \xe0\xa4\xa1\xe0\xa5\x89\xe0\xa4\x9f com",
	 PII_EMAIL, "mehta61 \xe0\xa4\x8f\xe0\xa4\x9f rediffmail \xe0\xa4\xa1\xe0\xa5\x89\xe0\xa4\x9f com"},
	/* digits spelled in Vietnamese, Hindi, Arabic */
	{"g\xe1\xbb\x8di em s\xe1\xbb\x91 kh\xc3\xb4ng b\xe1\xba\xa3y kh\xc3\xb4ng s\xc3\xa1u b\xe1\xba\xa3y b\xe1\xba\xa3y b\xe1\xba\xa3y hai ba n\xc4\x83m nh\xc3\xa9",
	 PII_PHONE, "kh\xc3\xb4ng b\xe1\xba\xa3y kh\xc3\xb4ng s\xc3\xa1u b\xe1\xba\xa3y b\xe1\xba\xa3y b\xe1\xba\xa3y hai ba n\xc4\x83m"},
	{"\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb2\xe0\xa4\xb8 \xe0\xa4\xa8\xe0\xa5\x8c \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa4 \xe0\xa4\x9a\xe0\xa4\xbe\xe0\xa4\xb0 \xe0\xa4\x86\xe0\xa4\xa0 \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\x86\xe0\xa4\xa0 \xe0\xa4\xa8\xe0\xa5\x8c \xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\xa8 \xe0\xa4\xb6\xe0\xa5\x82\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf \xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\xa8 \xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\x81\xe0\xa4\x9a",
	 PII_PHONE, "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb2\xe0\xa4\xb8 \xe0\xa4\xa8\xe0\xa5\x8c \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa4 \xe0\xa4\x9a\xe0\xa4\xbe\xe0\xa4\xb0 \xe0\xa4\x86\xe0\xa4\xa0 \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\x86\xe0\xa4\xa0 \xe0\xa4\xa8\xe0\xa5\x8c \xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\xa8 \xe0\xa4\xb6\xe0\xa5\x82\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf \xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\xa8 \xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\x81\xe0\xa4\x9a"},
	{"\xd8\xb1\xd9\x82\xd9\x85\xd9\x8a \xd8\xb5\xd9\x81\xd8\xb1 \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd8\xae\xd9\x85\xd8\xb3\xd8\xa9 \xd8\xae\xd9\x85\xd8\xb3\xd8\xa9 \xd8\xab\xd9\x85\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9 \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd8\xb3\xd8\xaa\xd8\xa9 \xd8\xab\xd9\x85\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9 \xd8\xae\xd9\x85\xd8\xb3\xd8\xa9",
	 PII_PHONE, "\xd8\xb5\xd9\x81\xd8\xb1 \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd8\xae\xd9\x85\xd8\xb3\xd8\xa9 \xd8\xae\xd9\x85\xd8\xb3\xd8\xa9 \xd8\xab\xd9\x85\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9 \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd9\x88\xd8\xa7\xd8\xad\xd8\xaf \xd8\xb3\xd8\xaa\xd8\xa9 \xd8\xab\xd9\x85\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9 \xd8\xae\xd9\x85\xd8\xb3\xd8\xa9"},
	/* a dot of another script in the local part */
	{"\xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd0\xb0: elena \xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 kuznetsova \xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0 list \xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 ru",
	 PII_EMAIL, "elena \xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 kuznetsova \xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0 list \xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 ru"},
	/* a unit or building before an address, after a comma or on its
	 * own line */
	{"Level 33, Menara Hap Seng, 230 Jalan Tun Sambanthan, 50470 Kuala Lumpur",
	 PII_POSTAL_ADDRESS,
	 "Level 33, Menara Hap Seng, 230 Jalan Tun Sambanthan, 50470 Kuala Lumpur"},
	{"Deliver to:\nUnit 6\n16 Jet Park Road\nBoksburg", PII_POSTAL_ADDRESS,
	 "Unit 6\n16 Jet Park Road"},
	/* Ukraine: вул., просп., буд., м.; its letters */
	{"61072, \xd0\xbc. \xd0\xa5\xd0\xb0\xd1\x80\xd0\xba\xd1\x96\xd0\xb2, \xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbf. \xd0\x9d\xd0\xb0\xd1\x83\xd0\xba\xd0\xb8, \xd0\xb1\xd1\x83\xd0\xb4. 82, \xd0\xbe\xd1\x84. 216",
	 PII_POSTAL_ADDRESS, "61072, \xd0\xbc. \xd0\xa5\xd0\xb0\xd1\x80\xd0\xba\xd1\x96\xd0\xb2, \xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbf. \xd0\x9d\xd0\xb0\xd1\x83\xd0\xba\xd0\xb8, \xd0\xb1\xd1\x83\xd0\xb4. 82, \xd0\xbe\xd1\x84. 216"},
	/* Taiwan: traditional characters, a road's section, 之 */
	{"\xe5\x9c\xb0\xe5\x9d\x80\xef\xbc\x9a" "330\xe6\xa1\x83\xe5\x9c\x92\xe5\xb8\x82\xe6\xa1\x83\xe5\x9c\x92\xe5\x8d\x80\xe4\xb8\xad\xe6\xad\xa3\xe8\xb7\xaf" "599\xe8\x99\x9f" "9\xe6\xa8\x93\xe4\xb9\x8b" "4",
	 PII_POSTAL_ADDRESS, "330\xe6\xa1\x83\xe5\x9c\x92\xe5\xb8\x82\xe6\xa1\x83\xe5\x9c\x92\xe5\x8d\x80\xe4\xb8\xad\xe6\xad\xa3\xe8\xb7\xaf" "599\xe8\x99\x9f" "9\xe6\xa8\x93\xe4\xb9\x8b" "4"},
	{"\xe5\xaf\x84\xe5\x88\xb0 \xe5\x8f\xb0\xe5\x8c\x97\xe5\xb8\x82\xe5\xa4\xa7\xe5\xae\x89\xe5\x8d\x80\xe5\xbf\xa0\xe5\xad\x9d\xe6\x9d\xb1\xe8\xb7\xaf\xe5\x9b\x9b\xe6\xae\xb5" "123\xe8\x99\x9f" "5\xe6\xa8\x93",
	 PII_POSTAL_ADDRESS, "\xe5\x8f\xb0\xe5\x8c\x97\xe5\xb8\x82\xe5\xa4\xa7\xe5\xae\x89\xe5\x8d\x80\xe5\xbf\xa0\xe5\xad\x9d\xe6\x9d\xb1\xe8\xb7\xaf\xe5\x9b\x9b\xe6\xae\xb5" "123\xe8\x99\x9f" "5\xe6\xa8\x93"},
	/* Colombia: the cross street after '#' */
	{"Diagonal 138 Bis # 71-75, Of. 325, Bogot\xc3\xa1 D.C., 110213, Colombia",
	 PII_POSTAL_ADDRESS, "Diagonal 138 Bis # 71-75, Of. 325, Bogot\xc3\xa1 D.C., 110213, Colombia"},
	/* Pakistan and India: Plot without No., Industrial Area */
	{"Plot 24, Sector 18, Korangi Industrial Area, Karachi 74900, Pakistan",
	 PII_POSTAL_ADDRESS, "Plot 24, Sector 18, Korangi Industrial Area, Karachi 74900, Pakistan"},
	/* Catalan Carrer; Romanian Str., Bd., nr., ș and ț; Belgian boîte */
	{"Carrer de Balmes, 152, 1\xc2\xba A, 08039 Barcelona",
	 PII_POSTAL_ADDRESS, "Carrer de Balmes, 152, 1\xc2\xba A, 08039 Barcelona"},
	{"Avenue Louise 390 bo\xc3\xaete 15, 1050 Bruxelles",
	 PII_POSTAL_ADDRESS, "Avenue Louise 390 bo\xc3\xaete 15, 1050 Bruxelles"},
	/* an "Av." confirmed by the country at its end */
	{"Av. Apoquindo 3110, Las Condes, Regi\xc3\xb3n Metropolitana, Chile", PII_POSTAL_ADDRESS,
	 "Av. Apoquindo 3110, Las Condes, Regi\xc3\xb3n Metropolitana, Chile"},
	/* a street no pattern knows, its number, the postcode and town */
	{"Aeschenvorstadt 41, 4051 Basel, Switzerland", PII_POSTAL_ADDRESS,
	 "Aeschenvorstadt 41, 4051 Basel, Switzerland"},
	{"Pr\xc5\xafmyslov\xc3\xa1 215/40, 102 00 Praha 10, Czech Republic", PII_POSTAL_ADDRESS,
	 "Pr\xc5\xafmyslov\xc3\xa1 215/40, 102 00 Praha 10, Czech Republic"},
	{"Laan van Nieuw Oost-Indi\xc3\xab 183, 2593 TT Den Haag", PII_POSTAL_ADDRESS,
	 "Laan van Nieuw Oost-Indi\xc3\xab 183, 2593 TT Den Haag"},
	/* a number read in pairs and hundreds */
	{"mon num\xc3\xa9ro: z\xc3\xa9ro six, douze, trente-quatre, cinquante-six, soixante-dix-huit merci",
	 PII_PHONE, "z\xc3\xa9ro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"},
	{"ll\xc3\xa1mame al seiscientos cuarenta y nueve, cincuenta y uno, cuarenta y dos, dieciocho",
	 PII_PHONE, "seiscientos cuarenta y nueve, cincuenta y uno, cuarenta y dos, dieciocho"},
	{"\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c - \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82 \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe \xd1\x82\xd1\x80\xd0\xb8 - \xd1\x82\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0 \xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82 - \xd0\xb4\xd0\xb2\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c - \xd0\xb4\xd0\xb2\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c \xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd",
	 PII_PHONE, "\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c - \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82 \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe \xd1\x82\xd1\x80\xd0\xb8 - \xd1\x82\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0 \xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82 - \xd0\xb4\xd0\xb2\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c - \xd0\xb4\xd0\xb2\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c \xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd"},
	{"plus trente-trois, sept, quarante-huit, dix-sept, z\xc3\xa9ro trois, quatre-vingt-dix-sept",
	 PII_PHONE, "plus trente-trois, sept, quarante-huit, dix-sept, z\xc3\xa9ro trois, quatre-vingt-dix-sept"},
	/* a TRON address (base58check, version 0x41) */
	{"USDT TRC20: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t ok",
	 PII_CRYPTO_WALLET, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"},
	/* Нижний Новгород, ул. Советская 25: the house number without д. */
	{"\xd0\x9d\xd0\xb8\xd0\xb6\xd0\xbd\xd0\xb8\xd0\xb9 \xd0\x9d\xd0\xbe\xd0\xb2\xd0\xb3\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4, \xd1\x83\xd0\xbb. \xd0\xa1\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x82\xd1\x81\xd0\xba\xd0\xb0\xd1\x8f 25",
	 PII_POSTAL_ADDRESS, "\xd0\x9d\xd0\xb8\xd0\xb6\xd0\xbd\xd0\xb8\xd0\xb9 \xd0\x9d\xd0\xbe\xd0\xb2\xd0\xb3\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4, \xd1\x83\xd0\xbb. \xd0\xa1\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x82\xd1\x81\xd0\xba\xd0\xb0\xd1\x8f 25"},
	/* Россия, 420834, Казань, ул. Профсоюзная, д. 17, стр. 8 */
	{"\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f, 420834, \xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8c, \xd1\x83\xd0\xbb. \xd0\x9f\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7\xd0\xbd\xd0\xb0\xd1\x8f, \xd0\xb4. 17, \xd1\x81\xd1\x82\xd1\x80. 8",
	 PII_POSTAL_ADDRESS, "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f, 420834, \xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8c, \xd1\x83\xd0\xbb. \xd0\x9f\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7\xd0\xbd\xd0\xb0\xd1\x8f, \xd0\xb4. 17, \xd1\x81\xd1\x82\xd1\x80. 8"},
	/* a Brazilian address: apto, bairro, city - UF, CEP */
	{"em Rua Augusta, 1190 - apto 15 - Bela Vista, Campinas - SP, 13953-869, fone 21 3885 1607",
	 PII_POSTAL_ADDRESS, "Rua Augusta, 1190 - apto 15 - Bela Vista, Campinas - SP, 13953-869"},
	/* fone: Portuguese for phone */
	{"em Rua Augusta, 1190 - apto 15, fone 21 3885 1607",
	 PII_PHONE, "21 3885 1607"},
	/* the town, its state and the CEP on lines of their own */
	{"address Rua Paulista, 1581, Vila Ol\xc3\xadmpia\nPorto Alegre - RS\n90866-499; EAN 8006014450772",
	 PII_POSTAL_ADDRESS, "Rua Paulista, 1581, Vila Ol\xc3\xadmpia\nPorto Alegre - RS\n90866-499"},
	/* escríbeme al wsp … x favor: "x" is no dimension before a word */
	{"escr\xc3\xad" "beme al wsp \xef\xbc\x95\xef\xbc\x95-\xef\xbc\x93\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98-\xef\xbc\x92\xef\xbc\x94\xef\xbc\x98\xef\xbc\x95 x favor",
	 PII_PHONE, "\xef\xbc\x95\xef\xbc\x95-\xef\xbc\x93\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98-\xef\xbc\x92\xef\xbc\x94\xef\xbc\x98\xef\xbc\x95"},
	/* a Belgian area code, '/' and groups */
	{"Mijn mobiel: 0498/61.45.62 (ook WhatsApp)",
	 PII_PHONE, "0498/61.45.62"},
	/* Turkey: trunk 0, area code in brackets */
	{"correct number is 0 (542) 833 43 86",
	 PII_PHONE, "0 (542) 833 43 86"},
	/* 26 digits in one run after an account word */
	{"Numer konta: 83249467682487650218648154 (mBank)",
	 PII_BANK_ACCOUNT, "83249467682487650218648154"},
	/* a town of more words */
	{"Schillerweg 9, D-64608 Frankfurt am Main",
	 PII_POSTAL_ADDRESS, "Schillerweg 9, D-64608 Frankfurt am Main"},
};

/* Trade chat that must pass untouched. */
static const char *const negatives[] = {
	"cuarenta y nueve euros por caja, veinte cajas; twenty three boxes, forty five pcs, one hundred units",
	"Order 55, 1000 St\xc3\xbc" "ck; Model X 200, 5000 Pieces; Hello 12, 2024 Spring sale",
	"str. 5 is the size, calea 3",
	"the area 51 is big, plot 3 of the chart",
	"n\xc4\x83m 2024 ch\xc3\xbang t\xc3\xb4i c\xc3\xb3 ba s\xe1\xba\xa3n ph\xe1\xba\xa9m",
	"Sendungsnummer eins neun eins eins sechs sechs neun zwo drei eins",
	"the meeting at the rate of 5 pcs; we are at the rate of 2.5",
	"one and two and three, then four; \xe8\xb0\xa2\xe8\xb0\xa2\xe3\x80\x81\xe5\xa5\xbd\xe7\x9a\x84",
	"n\xc3\xbamero de pedido nueve cero dos cuatro cero nueve cuatro, gracias",
	"num\xc3\xa9ro de suivi deux neuf huit quatre trois sept cinq cinq huit six",
	"c\xc3\xa1i c\xc3\xb2ng s\xe1\xbb\x91 8 nh\xc3\xa9",
	"iban fr95 3195 3704 50b9 16j1 y919 585 rejected by bank; office: Room 1203, Building 5",
	"\xd0\xb8\xd0\xbd\xd0\xb2\xd0\xbe\xd0\xb9\xd1\x81 298.026.805 / \xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 \xd0\xb7\xd0\xb0\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0 4700 840 024",	/* инвойс …, номер заказа … */
	"Sipari\xc5\x9f no 808-468-6280 kargoya verildi; order no 808-468-6280 shipped",
	"\xe6\xb3\xa8\xe6\x96\x87\xe7\x95\xaa\xe5\x8f\xb7\xef\xbc\x96\xef\xbc\x94\xef\xbc\x96\xef\xbc\x8d\xef\xbc\x94\xef\xbc\x97\xef\xbc\x98\xef\xbc\x98\xef\xbc\x97\xef\xbc\x99\xef\xbc\x90\xe3\x80\x81\xe8\xbf\xbd\xe8\xb7\xa1\xe7\x95\xaa\xe5\x8f\xb7" "1Z A1S 0OX 03 1233 9994\xe3\x80\x82",	/* 注文番号 …, 追跡番号 … */
	"\xe6\x97\xb6\xe9\x97\xb4\xe6\x88\xb3" "1788678189, \xed\x8e\x8c\xec\x9b\xa8\xec\x96\xb4 10.10.8.144\xec\x97\x90\xec\x84\x9c",	/* 时间戳 …, 펌웨어 … */
	"Referencia de pago 3598 3279 2702 1477 rechazada",
	"Faixas: 200-500-3000 pe\xc3\xa7" "as, desconto de 8,2 %.",
	"WeChat later (l\xc3\xb4 250271-76)",	/* lô: a lot */
	"the IBAN you sent, NL21 INGB 0001 2345 67, fails its check",
	"IBAN holders note: quantity breaks 700-1300-9100 pcs, 324506 RMB",
	"WeChat, price\nLP-2045, 30 USD\nBT-5640PRO, 12 USD",
	"Silicone Phone Case  8528413800  759 pcs; 778Stk.,4202.88.75,9619717765",
	"\xe5\x8f\x91\xe7\xa5\xa8\xe5\x8f\xb7\xef\xbc\x9aHX253582B; Invoice No.: HX248217C; qty 12,345 pcs",	/* 发票号：… */
	"pls check @qc.dept before packing",
	"that is my telegram\nwooden toys: BT-5640PRO, 50 x 39 x 91 CM",
	"Tracking for shipment: 123456789012",
	"do you have wechat? yes, model ab1234 ok; whatsapp? no, order po_2024 ready",
	"\xe3\x80\x90\xe7\x82\xb9\xe3\x80\x91\xe9\x87\x8d\xe8\xa6\x81, \xe4\xbb\xb7\xe6\xa0\xbc\xe3\x80\x90\xe7\x82\xb9\xe3\x80\x91" "10",	/* 【点】重要, 价格【点】10 */
	"steps 1 - 2 - 3 - 4 - 5 done, sizes 1 / 2 / 3 / 4 / 5 / 6 / 7",
	"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u",	/* a TRON address with a bad check */
	"size 1200 x 800 mm, order 2000 x pcs",
	"order 83249467682487650218648154",
	"\xd1\x83\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0 2023 \xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0",	/* ул. Ленина 2023 года: a year */
	"Price is USD 12,345.67 FOB $3.20/pc, €1.234,56 total",
	/* numbers a word says what they are in CJK ("单号", "运单号" end in
	 * the 号 of a street number), French, and air waybills; a postal
	 * item between its letters; a parcel's number in groups after 1Z */
	"\xe7\xa9\xba\xe8\xbf\x90\xe5\x8d\x95\xe5\x8f\xb7 157 4996 0050, "
	"\xe8\xbf\x90\xe5\x8d\x95\xe5\x8f\xb7 139-2288-4710",	/* 空运单号 运单号 */
	"La commande 19004380982 est r\xc3\xa9gl\xc3\xa9" "e, MAWB 157 5432 4270",
	"China Post RA 086 107 077 RU is still in transit",
	"Num\xc3\xa9ro de suivi 1Z HND 8Q1 03 2022 6126, colis 13912345678",
	/* a list of numbers after their word stays theirs */
	"tracking 7940032588, 0794 003 2590 and 7940032591",
	/* a file after a messenger word and a colon is no handle; CEP is
	 * Brazil's postcode */
	"pls share your wechat Anhang: quotation_v3.xlsx",
	"CEP 80317-451, Curitiba",
	/* a size, a tracking number, a card that fails, a barcode */
	"box 2500000 x 3 pcs, 2500000 x 30 mm",
	"\xd0\xa2\xd1\x80\xd0\xb5\xd0\xba-\xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 8299580098",
	"\xd0\x9d\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 6211 7497 8020 1493 752 \xd0\xbd\xd0\xb5 "
	"\xd0\xba\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0",
	"\xe6\x9d\xa1\xe7\xa0\x81 6932614443017\xe3\x80\x82",
	"CEP 80317-451\nTel.: ver o site",
	/* "عن طريق" is "by way of": no address without a number */
	"\xd8\xa7\xd9\x84\xd8\xb4\xd8\xad\xd9\x86 \xd8\xb9\xd9\x86 \xd8\xb7\xd8\xb1\xd9\x8a\xd9\x82 "
	"\xd9\x85\xd9\x8a\xd9\x86\xd8\xa7\xd8\xa1 \xd8\xac\xd8\xaf\xd8\xa9 25000 pcs",
	/* the words that open Japanese, Korean and Malay addresses, alone */
	"RO water filter 5-stage, 400 GPD, model KU-200 v1-2-3, Cho 12, gil 5, "
	"order 1-2-3 Sample, Blue-ro, size 12 Large-ku, Jl 5, UL 94 V-0 certified, "
	"sok 5 pcs, Mah 3, 10000mAh power bank, model ab12 and cd34 5678",
	/* English words that end as German and Danish street words do */
	"Spring 2024 collection is ready, String 5 lights, Offering 20 pcs, "
	"Bearing 6008 2RS fits, Brigade 12, Arcade 5",
	/* tariff codes of other customs, vouchers */
	"NCM 4202.96.42.77. obrigado, voucher 3483 4347 4979 7566, HTS 8471.30.0100",
	/* carton marks, parks that are not addresses */
	"shipping mark: LK / C/NO. 1-MO, 5 Car Park spaces, 3 Business Park offers",
	/* a street word after an article is no address */
	"Die Stra\xc3\x9f" "e 5 mal, der Weg 3 km",
	/* 艾特 and 点 as the words they are */
	"下午3点到，艾特一下他，特别好，一点点 qq点评 www点 V1点2 model X点5",
	"好的。OK。Thanks。9688。my order",
	"one... two... three... we go, five six ... ok",
	"call me, 10lbs 5oz, model 3I8, 2O pcs, 5O0ml, tel 10 l",
	/* pasted packing lists and shipping blocks: seals and invoice
	 * numbers of two letters and six digits, company and tax numbers,
	 * a date and a time */
	"PACKING LIST XX917241\nCNTR TRHU5781097 / Seal CN6398431",
	"Tel: see below\nReg. No. 24355276\nEIN: 89-6842697\nNIF: 502495886",
	"Customs ref EE694227158DE 01-08-2024 20:50, call me back",
	"Spark 2024 ring me, Carpark 5",
	"\xd0\x98\xd0\x9d\xd0\x9d 7701234567 \xd0\x9a\xd0\x9f\xd0\x9f 770101001, "
	"\xd0\x91\xd0\x98\xd0\x9d 947063103190",		/* ИНН … КПП … БИН … */
	"production line - we stop at 5pm, line - 5 workers, line - 2nd shift",
	"Hauptstra\xc3\x9f" "e tour\nTotal 12345 units; "
	"Total 120\n30 pcs per box\n5 cartons; 好的。9688。my order, ok。cn; "
	"production line 4 is down",
	"we meet at noon at the point of sale; R&D team, Q&A at 5*3 pm",
	/* lists, dates, sizes, prices with such separators */
	"call me about the 1,234,567 units, dates 12/05/2024, sizes 38/40/42/44, "
	"1/5/2024, R 86 124,00, total 3,30,065, 30% deposit",
	/* symbols between numbers that are no disguise: 38•39•40•41,
	 * 5⭐, 10→12, 3🚚5 */
	"Sizes 38\xe2\x80\xa2" "39\xe2\x80\xa2" "40\xe2\x80\xa2" "41 in stock, "
	"5\xe2\xad\x90 rating, price 10\xe2\x86\x92" "12 USD, 3\xf0\x9f\x9a\x9a" "5 days",
	/* numbers with words between them that make no one number */
	"between 100 and 200 pcs, sizes 38 and 40 and 42, 2024 and 2025",
	"order 5000 and 6000 and 7000 units, price 12 and 13",
	/* a mention on a new line */
	"Thanks all\n@john please check\n@mary.smith ok",
	/* groups after a crypto word that make no wallet */
	"BTC price 3 5 units, wallet 1 2 3 4, eth 0x12 34",
	/* '#' before a number or a tag */
	"PO#4500012345, item#3.5 and #newarrivals today",
	/* an address label with no address after it */
	"Delivery address: same as order 2, thanks",
	"Address: will send later, in 12 days",
	/* figures listed one a line */
	"MOQ\n1000\n2000\n5000\n10000",
	"SKU list\n10023\n10024\n10025\n10026",
	"Qty per size:\n38 - 120\n39 - 150\n40 - 200",
	"Order numbers:\n55231\n55232\n55233",
	/* "dot" and " . " that make no link */
	"It was a dot com company in 2001, the polka dot dress is 25 USD",
	"Price 2 . 5 USD per unit, version 1 . 2 . 3 of the firmware",
	"ok . com . it . is",
	"score 3 dot 5 out of 5, el punto de encuentro es Madrid",
	/* number words that are no spelled-out number */
	"Order 2024 one two three was shipped on 12/05/2024",
	"Termin 02/01/2025 um 13.30 Uhr?",
	"We will ship one / two / three pallets, then four five six",
	"plus two more cartons of 48 pcs, plus 20% VAT",
	"double check the invoice 4481 for the triple pack",
	"text2001:db8::1 and foo2001:db8::10",
	"\xc2\xab\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\xc2\xbb "
	"\xe3\x80\x8a\xe5\x90\x88\xe5\x90\x8c\xe3\x80\x8b 3 at 5",
	"MOQ 5000 pcs, 2x40HQ, 800-3500-9500 pcs",
	"Sample ready 2025/11/7, ETA 2024-03-12 10:30, meeting at 22:01:58",
	"HS code 8517.12.00 and 8471300000",
	"container MSCU1234565 loaded at port of Ningbo",
	"Order 2418585596268272168 shipped, tracking 1Z999AA10123456784",
	"courier 5535446407, FedEx 523788972940, EE123456789CN",
	"carton 120x80x60 cm, G.W. 7.7 kg, 1.393 CBM",
	"firmware 2.9.28.88 fixes it, rev v4.19.35",
	"Invoice PI20241117-09 and INV-2023-1447 attached",
	"SKU ESP26-F103C8T6, model 74HC143D, EAN 6919964082004",
	"quotation.xlsx and catalog_2024.pdf attached",
	"30% T/T deposit, balance before shipment, FOB Ningbo",
	"220V/50Hz, IP65, 1500W",
	"thanks @john for the CUSTOMER DELIVERY update",
	"tx hash 0x52463b9af6db66f211fed21c5e19e1afc0f106d090678f8de8642499f717c63e",
	"md5 2d53eb1642b0c6fcc0bb31b3535b27d6",
	"Ref 4565 4876 0960 0918 is your order",		/* Luhn-invalid */
	"IBAN check DE89370400440532013001 fails",		/* bad mod 97 */
	"batch 110105194912310021",				/* bad mod 11-2 */
	"12 pcs at 5 usd each, one or two colors",
	"license key 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",	/* bad base58check */
	"timestamp 1715770591830 and 1710000000",
	"\xe6\xb5\xb7\xe5\x85\xb3\xe7\xbc\x96\xe7\xa0\x81 3926845997",
	"meet at the factory at 3 pm",
	/* IBAN-shaped, bad check: its groups are no phone, card or ID */
	"ref NL21 INGB 0001 2345 67 or DE12 3704 0044 0532 0130 00",
	"see FR76 3000 6000 0112 3456 7890 188 above",
	"ref GB33-BUKB-2020-1555-5555-50",
	/* the tail of a longer token is no IPv6 address */
	"code x2001:db8::1 and 99999:abc::1 and 1::2::3",
	"see http://intranet/wiki",
	"AB 12 34 56 7 8",
	"ticket 078-05-0000 closed",
	"We met at the fair. Call me at 5 point 20",
	"Model BT-289513, Wi-Fi 6, see PL_NB-2025-04.xlsx",
	"call me later: CSQU 3054383 gated in",		/* ISO 6346 */
	"Tel: see you on 20270513",				/* a date */
	"Ref 0123/456789 and 05/2024",
	"e.g. at 5 p.m. in the U.S. with Mr.Li",
	"ship via DHL 3 days, Avenue 5 is the model, Via 2 pcs",
	"qty 2000  3000 pcs, see you at the fair",
	"\xe5\x9b\xba\xe4\xbb\xb6 10.9.4.7 \xe4\xbb\xa5\xe5\x90\x8e",	/* 固件 10.9.4.7 以后: a version */
	"\xd0\xb4\xd0\xb2\xd0\xb0\x20\xd0\xba\xd0\xbe\xd0\xbd\xd1\x82\xd0\xb5\xd0\xb9\xd0\xbd\xd0\xb5\xd1\x80\xd0\xb0, \xd1\x82\xd1\x80\xd0\xb8\x20\xd0\xbf\xd0\xb0\xd0\xbb\xd0\xbb\xd0\xb5\xd1\x82\xd1\x8b, \xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb1\xd0\xbe\xd0\xba",	/* два контейнера, три паллеты, пять коробок */
};

static void test_positives(void **state)
{
	struct pii_result r;

	(void)state;
	pii_result_init(&r);
	for (size_t i = 0; i < sizeof(positives) / sizeof(positives[0]); i++) {
		const struct pos_case *c = &positives[i];
		const char *v = strstr(c->text, c->value);
		bool found = false;

		assert_non_null(v);
		assert_int_equal(pii_scan(eng, c->text, strlen(c->text), &r), 0);
		for (size_t k = 0; k < r.n; k++)
			if (r.spans[k].type == c->type &&
			    r.spans[k].start == (uint32_t)(v - c->text) &&
			    r.spans[k].end == (uint32_t)(v - c->text + strlen(c->value)))
				found = true;
		if (!found) {
			fprintf(stderr, "missed %s in \"%s\"; got", pii_type_name(c->type),
				c->text);
			for (size_t k = 0; k < r.n; k++)
				fprintf(stderr, " %s[%u,%u)",
					pii_type_name(r.spans[k].type),
					r.spans[k].start, r.spans[k].end);
			fprintf(stderr, "\n");
		}
		assert_true(found);
	}
	pii_result_deinit(&r);
}

static void test_negatives(void **state)
{
	struct pii_result r;

	(void)state;
	pii_result_init(&r);
	for (size_t i = 0; i < sizeof(negatives) / sizeof(negatives[0]); i++) {
		assert_int_equal(pii_scan(eng, negatives[i], strlen(negatives[i]),
					  &r), 0);
		if (r.n)
			fprintf(stderr, "false positive %s in \"%s\"\n",
				pii_type_name(r.spans[0].type), negatives[i]);
		assert_int_equal(r.n, 0);
	}
	pii_result_deinit(&r);
}

static void test_codepoint_offsets(void **state)
{
	/* 👍 is one code point, four bytes */
	const char *t = "\xf0\x9f\x91\x8d \xe7\x94\xb5\xe8\xaf\x9d 13800138000";
	struct pii_result r;

	(void)state;
	pii_result_init(&r);
	assert_int_equal(pii_scan(eng, t, strlen(t), &r), 0);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.spans[0].cp_start, 5);
	assert_int_equal(r.spans[0].cp_end, 16);
	assert_int_equal(r.spans[0].start, 12);
	pii_result_deinit(&r);
}

static void test_validators(void **state)
{
	(void)state;
	/* Luhn: published test card numbers */
	assert_true(pii_luhn_valid("4111111111111111", 16));
	assert_true(pii_luhn_valid("378282246310005", 15));
	assert_true(pii_luhn_valid("6011111111111117", 16));
	assert_false(pii_luhn_valid("4111111111111112", 16));
	/* ISO 13616: the registry's examples */
	assert_true(pii_iban_valid("GB82WEST12345698765432", 22));
	assert_true(pii_iban_valid("DE89370400440532013000", 22));
	assert_true(pii_iban_valid("FR1420041010050500013M02606", 27));
	assert_true(pii_iban_valid("NL91ABNA0417164300", 18));
	assert_false(pii_iban_valid("GB82WEST12345698765433", 22));
	assert_false(pii_iban_valid("DE8937040044053201300", 21));	/* length */
	/* GB/T 11643 (ISO 7064 mod 11-2) */
	assert_true(pii_cnid_valid("11010519491231002X", 18));
	assert_false(pii_cnid_valid("110105194912310021", 18));
	assert_false(pii_cnid_valid("11010519491331002X", 18));	/* month 13 */
	/* Verhoeff (UIDAI sample) */
	assert_true(pii_verhoeff_valid("234123412346", 12));
	assert_false(pii_verhoeff_valid("234123412347", 12));
	/* SSN rules */
	assert_true(pii_ssn_valid("536228726"));
	assert_false(pii_ssn_valid("078051120"));	/* Woolworth wallet */
	assert_false(pii_ssn_valid("666123456"));
	assert_false(pii_ssn_valid("900123456"));
	assert_false(pii_ssn_valid("123004567"));
	/* NINO */
	assert_true(pii_nino_valid("AB123456C", 9));
	assert_false(pii_nino_valid("BG123456C", 9));
	assert_false(pii_nino_valid("DA123456C", 9));
	assert_false(pii_nino_valid("AB123456E", 9));
	/* ABA routing */
	assert_true(pii_aba_valid("011000015"));
	assert_true(pii_aba_valid("121000358"));
	assert_false(pii_aba_valid("121000359"));
	/* ISO 6346: the standard's example container */
	assert_true(pii_iso6346_valid("CSQU3054383"));
	assert_false(pii_iso6346_valid("CSQU3054384"));
	assert_false(pii_iso6346_valid("CSQA3054383"));	/* category */
	/* Bitcoin */
	assert_true(pii_base58check_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", 34));
	assert_true(pii_base58check_valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", 34));
	assert_false(pii_base58check_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", 34));
	/* TRON: USDT's contract on TRC20, and the zero address */
	assert_true(pii_tron_valid("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 34));
	assert_true(pii_tron_valid("T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb", 34));
	assert_false(pii_tron_valid("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", 34));
	/* a Bitcoin address is no TRON one, nor the other way round */
	assert_false(pii_tron_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", 34));
	assert_false(pii_base58check_valid("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 34));
	assert_true(pii_bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", 42));
	assert_true(pii_bech32_valid(
		"bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", 62));
	assert_false(pii_bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp", 42));
}

/* Scans every prefix of t (cut between code points) from a buffer of
 * exactly that size: a read past the text's end faults under ASan; each
 * span must start and end between code points. */
static void scan_prefixes(const char *t, struct pii_result *r)
{
	size_t n = strlen(t);

	for (size_t l = 1; l <= n; l++) {
		char *buf;

		if (l < n && ((unsigned char)t[l] & 0xc0) == 0x80)
			continue;
		buf = malloc(l);
		assert_non_null(buf);
		memcpy(buf, t, l);
		assert_int_equal(pii_scan(eng, buf, l, r), 0);
		for (size_t k = 0; k < r->n; k++) {
			uint32_t a = r->spans[k].start, z = r->spans[k].end;

			assert_true(a < z && z <= l);
			assert_false(((unsigned char)buf[a] & 0xc0) == 0x80);
			assert_false(z < l && ((unsigned char)buf[z] & 0xc0) == 0x80);
		}
		free(buf);
	}
}

#define ONWAN "\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86"	/* عنوان */

/*
 * The text may end anywhere in a shape the engine reads: after the town
 * of a postcode ("2667 , 2667 Elm Strlm 6", found by the fuzzer) and at
 * every cut of every case above. A labelled address is cut at 200 bytes,
 * here inside an Arabic letter.
 */
static void test_text_end(void **state)
{
	static const char *const ends[] = {
		"2667 , 2667 Elm Strlm 6",
		"Aeschenvorstadt 41, 4051 Basel 10",
		"Address: 12, Rue Verte, Les Halles, "
		ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN
		ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN ONWAN,
	};
	struct pii_result r;

	(void)state;
	pii_result_init(&r);
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		scan_prefixes(ends[i], &r);
	for (size_t i = 0; i < sizeof(positives) / sizeof(positives[0]); i++)
		scan_prefixes(positives[i].text, &r);
	for (size_t i = 0; i < sizeof(negatives) / sizeof(negatives[0]); i++)
		scan_prefixes(negatives[i], &r);
	pii_result_deinit(&r);
}

static void test_malformed_utf8(void **state)
{
	struct pii_result r;
	const char bad[] = "call \xc3\x28 13800138000";
	const char overlong[] = "\xc0\xafx";

	(void)state;
	pii_result_init(&r);
	assert_int_equal(pii_scan(eng, bad, sizeof(bad) - 1, &r), -EILSEQ);
	assert_int_equal(pii_scan(eng, overlong, sizeof(overlong) - 1, &r), -EILSEQ);
	pii_result_deinit(&r);
}

static void test_policy_stage(void **state)
{
	const char *t = "call +86 138 0013 8000, card 4111 1111 1111 1111";
	struct pii_policy p;
	struct pii_redacted o;
	char err[128];

	(void)state;
	pii_policy_default(&p);
	pii_redacted_init(&o);
	/* inquiry: contact masked, card shows last four */
	assert_int_equal(pii_redact(eng, &p, PII_STAGE_INQUIRY,
				    PII_DIR_BUYER_TO_SELLER, t, strlen(t), &o), 0);
	assert_string_equal(o.text,
			    "call [phone removed], card \xe2\x80\xa2\xe2\x80\xa2"
			    "\xe2\x80\xa2\xe2\x80\xa2" "1111");
	assert_int_equal(o.n, 2);
	assert_int_equal(o.items[0].type, PII_PHONE);
	assert_int_equal(o.items[0].start, 5);
	assert_int_equal(o.items[0].end, 22);
	assert_int_equal(o.items[0].action, PII_MASK);
	/* ordered + policy: contact passes, card still masked */
	assert_int_equal(pii_policy_parse(&p, "contact.ordered=pass", err,
					  sizeof(err)), 0);
	assert_int_equal(pii_redact(eng, &p, PII_STAGE_ORDERED,
				    PII_DIR_SELLER_TO_BUYER, t, strlen(t), &o), 0);
	assert_non_null(strstr(o.text, "+86 138 0013 8000"));
	assert_null(strstr(o.text, "4111 1111"));
	assert_int_equal(o.n, 1);
	/* and still masked in inquiry */
	assert_int_equal(pii_redact(eng, &p, PII_STAGE_INQUIRY,
				    PII_DIR_SELLER_TO_BUYER, t, strlen(t), &o), 0);
	assert_null(strstr(o.text, "+86"));
	pii_redacted_deinit(&o);
}

/* An empty text (no bytes, no pointer) redacts to an empty string. */
static void test_redact_empty(void **state)
{
	struct pii_policy p;
	struct pii_redacted o;

	(void)state;
	pii_policy_default(&p);
	pii_redacted_init(&o);
	assert_int_equal(pii_redact(eng, &p, PII_STAGE_INQUIRY,
				    PII_DIR_BUYER_TO_SELLER, NULL, 0, &o), 0);
	assert_int_equal(o.len, 0);
	assert_int_equal(o.n, 0);
	assert_string_equal(o.text, "");
	pii_redacted_deinit(&o);
}

/*
 * A masked card reads "card ••••1111", without repeating a label the text
 * already has right before the number; other masks keep their wording.
 * The redacted struct is reused across calls (its buffers are kept).
 */
static void test_mask_label(void **state)
{
#define D4 "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"
	static const struct {
		const char *in, *out;
	} t[] = {
		{"card 4111 1111 1111 1111", "card " D4 "1111"},
		{"Card: 4111 1111 1111 1111", "Card: " D4 "1111"},
		{"card number 4111-1111-1111-1111", "card number " D4 "1111"},
		{"credit card no. 4111111111111111 ok",
		 "credit card no. " D4 "1111 ok"},
		{"my visa 4111 1111 1111 1111", "my visa " D4 "1111"},
		{"CARD\xc2\xa0\xc2\xa0" "4111 1111 1111 1111",
		 "CARD\xc2\xa0\xc2\xa0" D4 "1111"},
		{"\xe5\x8d\xa1\xe5\x8f\xb7\xef\xbc\x9a" "4111 1111 1111 1111",
		 "\xe5\x8d\xa1\xe5\x8f\xb7\xef\xbc\x9a" D4 "1111"},
		/* no label, or a word that only ends in "card" */
		{"pay with 4111 1111 1111 1111 thanks",
		 "pay with card " D4 "1111 thanks"},
		{"scorecard 4111 1111 1111 1111", "scorecard card " D4 "1111"},
		/* the label of the first card does not serve the second */
		{"card 4111 1111 1111 1111 and 5500 0000 0000 0004",
		 "card " D4 "1111 and card " D4 "0004"},
		/* other categories: unchanged wording */
		{"phone: +86 138 0013 8000", "phone: [phone removed]"},
		{"email lee.wang@example.com", "email [email removed]"},
	};
	struct pii_policy p;
	struct pii_redacted o;

	(void)state;
	pii_policy_default(&p);
	pii_redacted_init(&o);
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		assert_int_equal(pii_redact(eng, &p, PII_STAGE_INQUIRY,
					    PII_DIR_BUYER_TO_SELLER, t[i].in,
					    strlen(t[i].in), &o), 0);
		assert_string_equal(o.text, t[i].out);
		assert_int_equal(o.len, strlen(t[i].out));
	}
	pii_redacted_deinit(&o);
#undef D4
}

static void test_policy_parse(void **state)
{
	struct pii_policy p, q;
	char err[128];

	(void)state;
	pii_policy_default(&p);
	assert_int_equal(pii_policy_parse(&p,
		"PHONE.ordered=pass, URL.inquiry=flag; EMAIL.*.s2b=block limit=mask",
		err, sizeof(err)), 0);
	assert_int_equal(pii_policy_action(&p, PII_PHONE, PII_STAGE_ORDERED,
					   PII_DIR_BUYER_TO_SELLER), PII_PASS);
	assert_int_equal(pii_policy_action(&p, PII_PHONE, PII_STAGE_INQUIRY,
					   PII_DIR_BUYER_TO_SELLER), PII_MASK);
	assert_int_equal(pii_policy_action(&p, PII_URL, PII_STAGE_INQUIRY,
					   PII_DIR_SELLER_TO_BUYER), PII_FLAG);
	assert_int_equal(pii_policy_action(&p, PII_EMAIL, PII_STAGE_ORDERED,
					   PII_DIR_SELLER_TO_BUYER), PII_BLOCK);
	assert_int_equal(pii_policy_action(&p, PII_EMAIL, PII_STAGE_ORDERED,
					   PII_DIR_BUYER_TO_SELLER), PII_MASK);
	assert_int_equal(p.on_limit, PII_MASK);
	q = p;
	assert_int_equal(pii_policy_parse(&p, "PAYMENT_CARD=pass", err,
					  sizeof(err)), -EINVAL);
	assert_non_null(strstr(err, "always masked"));
	assert_int_equal(pii_policy_parse(&p, "PHONE.shipped=pass", err,
					  sizeof(err)), -EINVAL);
	assert_non_null(strstr(err, "shipped"));
	assert_int_equal(pii_policy_parse(&p, "FAX=mask", err, sizeof(err)),
			 -EINVAL);
	assert_int_equal(pii_policy_parse(&p, "PHONE=drop", err, sizeof(err)),
			 -EINVAL);
	assert_int_equal(pii_policy_parse(&p, "PHONE", err, sizeof(err)),
			 -EINVAL);
	assert_memory_equal(&p, &q, sizeof(p));	/* unchanged on error */
	/* '*' passes what may pass and leaves cards masked */
	assert_int_equal(pii_policy_parse(&p, "*=pass", err, sizeof(err)), 0);
	assert_int_equal(pii_policy_action(&p, PII_PAYMENT_CARD, PII_STAGE_ORDERED,
					   PII_DIR_BUYER_TO_SELLER), PII_MASK);
	assert_int_equal(pii_policy_action(&p, PII_URL, PII_STAGE_INQUIRY,
					   PII_DIR_BUYER_TO_SELLER), PII_PASS);
}

static void test_block(void **state)
{
	const char *t = "IBAN DE89370400440532013000";
	struct pii_policy p;
	struct pii_redacted o;

	(void)state;
	pii_policy_default(&p);
	assert_int_equal(pii_policy_parse(&p, "IBAN=block", NULL, 0), 0);
	pii_redacted_init(&o);
	assert_int_equal(pii_redact(eng, &p, PII_STAGE_INQUIRY,
				    PII_DIR_BUYER_TO_SELLER, t, strlen(t), &o), 0);
	assert_true(o.flags & PII_OUT_BLOCKED);
	assert_int_equal(o.block_type, PII_IBAN);
	pii_redacted_deinit(&o);
}

static void test_pci_cut(void **state)
{
	const char *t = "call me +86 138 0013 8000 or mail lee.wang@example.com, "
			"card 4111 1111 1111 1111 exp 12/27 cvv 123 thanks";
	char *out;
	size_t n;

	(void)state;
	assert_int_equal(pii_pci_cut(eng, t, strlen(t), &out, &n), 0);
	assert_string_equal(out,
		"call me +86 138 0013 8000 or mail lee.wang@example.com, "
		"card \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" "1111 exp  cvv  thanks");
	assert_int_equal(n, strlen(out));
	free(out);
	/* nothing to cut: byte for byte */
	assert_int_equal(pii_pci_cut(eng, "hello 13800138000", 17, &out, &n), 0);
	assert_string_equal(out, "hello 13800138000");
	free(out);
}

static void test_split_phone(void **state)
{
	struct pii_split_state st;
	struct pii_result r;
	const char *m[] = {"my number is +86 138", "0013", "8000 call me"};
	int64_t ts = 1000000;

	(void)state;
	pii_split_init(&st);
	pii_result_init(&r);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(pii_scan(eng, m[i], strlen(m[i]), &r), 0);
		assert_int_equal(r.n, 0);	/* no message alone is PII */
		assert_int_equal(pii_split_feed(eng, &st, m[i], strlen(m[i]),
						ts + i * 5000, 60000, &r), 0);
	}
	assert_true(r.flags & PII_SCAN_SPLIT);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.spans[0].type, PII_PHONE);
	assert_int_equal(r.spans[0].start, 0);
	assert_int_equal(r.spans[0].end, 4);
	assert_true(r.spans[0].flags & PII_SPAN_SPLIT);
	pii_result_deinit(&r);
}

/* Full-width and spelled CJK digits split the same way. */
static void test_split_phone_cjk(void **state)
{
	static const char *const sets[][3] = {
		/* 手机１３８ / ００１３ / ８０００ */
		{"\xe6\x89\x8b\xe6\x9c\xba\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98",
		 "\xef\xbc\x90\xef\xbc\x90\xef\xbc\x91\xef\xbc\x93",
		 "\xef\xbc\x98\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90"},
		/* 电话 一三八 / 零零一三 / 八零零零 */
		{"\xe7\x94\xb5\xe8\xaf\x9d \xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xab",
		 "\xe9\x9b\xb6\xe9\x9b\xb6\xe4\xb8\x80\xe4\xb8\x89",
		 "\xe5\x85\xab\xe9\x9b\xb6\xe9\x9b\xb6\xe9\x9b\xb6"},
	};
	struct pii_split_state st;
	struct pii_result r;

	(void)state;
	pii_result_init(&r);
	for (size_t k = 0; k < sizeof(sets) / sizeof(sets[0]); k++) {
		pii_split_init(&st);
		for (int i = 0; i < 3; i++) {
			const char *m = sets[k][i];

			assert_int_equal(pii_scan(eng, m, strlen(m), &r), 0);
			assert_int_equal(r.n, 0);
			assert_int_equal(pii_split_feed(eng, &st, m, strlen(m),
							1000000 + i * 5000,
							60000, &r), 0);
		}
		assert_true(r.flags & PII_SCAN_SPLIT);
		assert_int_equal(r.n, 1);
		assert_int_equal(r.spans[0].type, PII_PHONE);
		assert_int_equal(r.spans[0].start, 0);
		assert_int_equal(r.spans[0].end, strlen(sets[k][2]));
		assert_int_equal(r.spans[0].cp_end, 4);
	}
	pii_result_deinit(&r);
}

/* A number found over two messages may go on in a third: its part
 * there is masked too. */
static void test_split_goes_on(void **state)
{
	struct pii_split_state st;
	struct pii_result r;
	const char *m[] = {"my number is +86 138", "0013", "8000 call me"};
	bool flagged[3];

	(void)state;
	pii_split_init(&st);
	pii_result_init(&r);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(pii_scan(eng, m[i], strlen(m[i]), &r), 0);
		assert_int_equal(r.n, 0);	/* no message alone is PII */
		assert_int_equal(pii_split_feed(eng, &st, m[i], strlen(m[i]),
						1000 + i * 1000, 60000, &r), 0);
		flagged[i] = (r.flags & PII_SCAN_SPLIT) != 0;
		if (flagged[i]) {
			assert_int_equal(r.n, 1);
			assert_int_equal(r.spans[0].type, PII_PHONE);
			assert_int_equal(r.spans[0].start, 0);
		}
	}
	/* "138 0013" after "my number is" reads as a number already; the
	 * third message's "8000" is its end, masked too */
	assert_false(flagged[0]);
	assert_true(flagged[1]);
	assert_true(flagged[2]);
	assert_int_equal(r.spans[0].end, 4);	/* "8000" */
	pii_result_deinit(&r);
}

static void test_split_window(void **state)
{
	struct pii_split_state st;
	struct pii_result r;
	const char *m[] = {"+86 138", "0013", "8000"};

	(void)state;
	pii_split_init(&st);
	pii_result_init(&r);
	/* ten minutes apart: outside a one-minute window */
	for (int i = 0; i < 3; i++) {
		assert_int_equal(pii_scan(eng, m[i], strlen(m[i]), &r), 0);
		assert_int_equal(pii_split_feed(eng, &st, m[i], strlen(m[i]),
						(int64_t)i * 600000, 60000, &r), 0);
	}
	assert_false(r.flags & PII_SCAN_SPLIT);
	/* trade numbers over two messages are not a split */
	pii_split_init(&st);
	assert_int_equal(pii_scan(eng, "MOQ 500", 7, &r), 0);
	assert_int_equal(pii_split_feed(eng, &st, "MOQ 500", 7, 0, 60000, &r), 0);
	assert_int_equal(pii_scan(eng, "pcs ok", 6, &r), 0);
	assert_int_equal(pii_split_feed(eng, &st, "pcs ok", 6, 1000, 60000, &r), 0);
	assert_false(r.flags & PII_SCAN_SPLIT);
	pii_result_deinit(&r);
}

static void test_limit_fail_closed(void **state)
{
	struct pii_options opt = {.match_limit = 1, .depth_limit = 1};
	struct pii_engine *tiny;
	struct pii_result r;
	struct pii_policy p;
	struct pii_redacted o;
	char *out;
	size_t n;
	const char *t = "mail lee.wang@example.com now";

	(void)state;
	assert_int_equal(pii_engine_new(&opt, &tiny), 0);
	pii_result_init(&r);
	assert_int_equal(pii_scan(tiny, t, strlen(t), &r), -ERANGE);
	assert_true(r.flags & PII_SCAN_LIMIT);
	pii_policy_default(&p);
	pii_redacted_init(&o);
	assert_int_equal(pii_redact(tiny, &p, PII_STAGE_INQUIRY,
				    PII_DIR_BUYER_TO_SELLER, t, strlen(t), &o), 0);
	assert_true(o.flags & PII_OUT_LIMIT);
	assert_true(o.flags & PII_OUT_BLOCKED);
	assert_null(strstr(o.text, "lee.wang"));
	assert_int_equal(pii_pci_cut(tiny, t, strlen(t), &out, &n), -ERANGE);
	assert_null(out);
	pii_redacted_deinit(&o);
	pii_result_deinit(&r);
	pii_engine_free(tiny);
}

static void test_too_long(void **state)
{
	struct pii_options opt = {.max_text = 16};
	struct pii_engine *small;
	struct pii_result r;

	(void)state;
	assert_int_equal(pii_engine_new(&opt, &small), 0);
	pii_result_init(&r);
	assert_int_equal(pii_scan(small, "01234567890123456789", 20, &r), -E2BIG);
	pii_result_deinit(&r);
	pii_engine_free(small);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positives),
		cmocka_unit_test(test_redact_empty),
		cmocka_unit_test(test_negatives),
		cmocka_unit_test(test_codepoint_offsets),
		cmocka_unit_test(test_validators),
		cmocka_unit_test(test_malformed_utf8),
		cmocka_unit_test(test_text_end),
		cmocka_unit_test(test_policy_stage),
		cmocka_unit_test(test_mask_label),
		cmocka_unit_test(test_policy_parse),
		cmocka_unit_test(test_block),
		cmocka_unit_test(test_pci_cut),
		cmocka_unit_test(test_split_phone),
		cmocka_unit_test(test_split_phone_cjk),
		cmocka_unit_test(test_split_goes_on),
		cmocka_unit_test(test_split_window),
		cmocka_unit_test(test_limit_fail_closed),
		cmocka_unit_test(test_too_long),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
