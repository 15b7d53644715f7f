/*
 * pii_kw.c - context words. One linear pass over the normalised text
 * finds every context word (phone, tel, whatsapp, iban, 电话, 微信, order,
 * tracking, ...) by hashing whole words, so the cost does not grow with
 * the number of words in the table.
 *
 * The table is built once by pii_kw_init (engine start, one thread);
 * lookups are read-only and may run on any thread.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pii_kw.h"

struct kw {
	const char *w;		/* lower-case word (ASCII) or UTF-8 word */
	const char *next;	/* must follow (case-insensitive), or NULL */
	uint32_t cls;
};

#define PH	KW_PHONE
#define MSG	(KW_MSG | KW_PHONE)	/* messenger that uses phone numbers */
#define MSGID	KW_MSG			/* messenger with its own ids */

static const struct kw kws[] = {
	/* "номер заказа" (order number), "رقم الطلب" (the order's
	 * number): before "номер" and "رقم" in the table, for the same
	 * reason as "phone case" below */
	{"\xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80", " \xd0\xb7\xd0\xb0\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0", KW_NEG},	/* номер заказа */
	{"\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xb7\xd9\x84\xd8\xa8", NULL, KW_NEG},	/* رقم الطلب */
	/* a phone in a product's name ("Silicone Phone Case 8528413800":
	 * an HS code): before "phone" in the table, so that its hit comes
	 * after that of "phone" and is the one pii_kw_near finds */
	{"phone", "case", KW_NEG}, {"phone", "holder", KW_NEG},
	{"phone", "stand", KW_NEG}, {"phone", "cover", KW_NEG},
	{"phone", "charger", KW_NEG}, {"phone", "mount", KW_NEG},
	{"phone", "cable", KW_NEG}, {"phone", "accessories", KW_NEG},
	{"phone", "screen", KW_NEG}, {"phone", "battery", KW_NEG},
	{"phone", "bag", KW_NEG}, {"phone", "strap", KW_NEG},
	{"phone", "cases", KW_NEG}, {"phone", "holders", KW_NEG},
	/* phone */
	{"tel", NULL, PH}, {"tel.", NULL, PH},
	{"phone", NULL, PH}, {"telephone", NULL, PH}, {"ph", NULL, PH},
	{"mobile", NULL, PH}, {"mob", NULL, PH}, {"cell", NULL, PH},
	{"cellphone", NULL, PH}, {"call", NULL, PH}, {"text", NULL, PH},
	{"sms", NULL, PH}, {"fax", NULL, PH}, {"hotline", NULL, PH},
	{"dial", NULL, PH}, {"landline", NULL, PH}, {"direct", "line", PH},
	{"my", "number", PH}, {"reach", "me", PH | KW_CONTACT},
	/* "my number" in Spanish, Portuguese, French, Italian, German */
	{"mi", "n\xc3\xbamero", PH}, {"mi", "numero", PH},
	{"meu", "n\xc3\xbamero", PH}, {"mon", "num\xc3\xa9ro", PH},
	{"mio", "numero", PH}, {"meine", "nummer", PH}, {"erreichen", NULL, PH},
	{"llama", NULL, PH}, {"llame", NULL, PH},
	{"m", ":", PH}, {"t", ":", PH}, {"p", ":", PH}, {"h", ":", PH},
	/* мобильны, мобильно: stems of 16 bytes, for мобильный, мобильного … */
	{"\xd0\xbc\xd0\xbe\xd0\xb1\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x8b", NULL, PH}, {"\xd0\xbc\xd0\xbe\xd0\xb1\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xbe", NULL, PH},
	/* позвонит(е), звонить, позвони */
	{"\xd0\xbf\xd0\xbe\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82", NULL, PH}, {"\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82\xd1\x8c", NULL, PH}, {"\xd0\xbf\xd0\xbe\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8", NULL, PH},
	{"tlf", NULL, PH}, {"telefon", NULL, PH}, {"telefone", NULL, PH},
	{"fone", NULL, PH},
	{"telefono", NULL, PH}, {"tel\xc3\xa9" "fono", NULL, PH},
	{"celular", NULL, PH}, {"movil", NULL, PH},
	{"m\xc3\xb3vil", NULL, PH}, {"handy", NULL, PH},
	{"mobil", NULL, PH}, {"mobilnummer", NULL, PH},
	{"handynummer", NULL, PH}, {"telefonnummer", NULL, PH},
	{"mobiltelefon", NULL, PH}, {"festnetz", NULL, PH},
	{"rufnummer", NULL, PH}, {"anrufen", NULL, PH},
	{"rufen", NULL, PH}, {"ligar", NULL, PH}, {"ligue", NULL, PH},
	{"llamar", NULL, PH}, {"ll\xc3\xa1" "mame", NULL, PH},
	{"liga", NULL, PH}, {"ruf", NULL, PH}, {"cel", NULL, PH},
	{"llamame", NULL, PH}, {"contact", NULL, PH | KW_CONTACT},
	{"contacto", NULL, PH | KW_CONTACT}, {"contato", NULL, PH | KW_CONTACT},
	{"kontakt", NULL, PH | KW_CONTACT}, {"reach", NULL, KW_CONTACT},
	{"\xe7\x94\xb5\xe8\xaf\x9d", NULL, PH},			/* 电话 */
	{"\xe6\x89\x8b\xe6\x9c\xba", NULL, PH},			/* 手机 */
	{"\xe8\x81\x94\xe7\xb3\xbb", NULL, PH | KW_CONTACT},	/* 联系 */
	{"\xe5\x8f\xb7\xe7\xa0\x81", NULL, PH},			/* 号码 */
	{"\xe5\xba\xa7\xe6\x9c\xba", NULL, PH},			/* 座机 */
	{"\xe8\x87\xb4\xe7\x94\xb5", NULL, PH},			/* 致电 */
	{"\xe6\x89\x93\xe6\x88\x91", NULL, PH},			/* 打我 */
	{"\xe4\xbc\xa0\xe7\x9c\x9f", NULL, PH},			/* 传真 */
	{"\xd1\x82\xd0\xb5\xd0\xbb", NULL, PH},			/* тел */
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd", NULL, PH},
	{"\xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80", NULL, PH},	/* номер */
	{"\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5", NULL, PH},
	{"\xd0\xbc\xd0\xbe\xd0\xb1", NULL, PH},			/* моб */
	{"\xd1\x81\xd0\xbe\xd1\x82\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xb9", NULL, PH},	/* сотовый */
	{"escr\xc3\xad" "beme", NULL, PH}, {"escribeme", NULL, PH},
	/* tél, téléphone, portable; Durchwahl */
	{"t\xc3\xa9l", NULL, PH}, {"t\xc3\xa9l\xc3\xa9phone", NULL, PH},
	{"portable", NULL, PH}, {"durchwahl", NULL, PH},
	/* телефона, телефону (longer forms pass KX_MAXLEN) */
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd\xd0\xb0", NULL, PH},
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd\xd1\x83", NULL, PH},
	/* phones of more languages: Dutch, Italian, Polish, Indonesian and
	 * Malay; Japanese, Korean, Thai, Hindi */
	{"mobiel", NULL, PH},
	{"telefoon", NULL, PH},
	{"cellulare", NULL, PH},
	{"kom\xc3\xb3rka", NULL, PH},	/* komórka */
	{"telepon", NULL, PH},
	{"telp", NULL, PH},
	{"\xe9\x9b\xbb\xe8\xa9\xb1", NULL, PH},	/* 電話 */
	{"\xe6\x90\xba\xe5\xb8\xaf", NULL, PH},	/* 携帯 */
	{"\xec\xa0\x84\xed\x99\x94", NULL, PH},	/* 전화 */
	{"\xed\x9c\xb4\xeb\x8c\x80\xed\x8f\xb0", NULL, PH},	/* 휴대폰 */
	{"\xed\x95\xb8\xeb\x93\x9c\xed\x8f\xb0", NULL, PH},	/* 핸드폰 */
	{"\xec\x97\xb0\xeb\x9d\xbd\xec\xb2\x98", NULL, PH},	/* 연락처 */
	{"\xe0\xb9\x80\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\xa3\xe0\xb9\x8c", NULL, PH},	/* เบอร์ */
	{"\xe0\xb9\x82\xe0\xb8\x97\xe0\xb8\xa3", NULL, PH},	/* โทร */
	{"\xe0\xb8\xa1\xe0\xb8\xb7\xe0\xb8\xad\xe0\xb8\x96\xe0\xb8\xb7\xe0\xb8\xad", NULL, PH},	/* มือถือ */
	{"\xe0\xa4\xab\xe0\xa4\xbc\xe0\xa5\x8b\xe0\xa4\xa8", NULL, PH},	/* फ़ोन */
	{"\xe0\xa5\x9e\xe0\xa5\x8b\xe0\xa4\xa8", NULL, PH},	/* फ़ोन */
	{"\xe0\xa4\xab\xe0\xa5\x8b\xe0\xa4\xa8", NULL, PH},	/* फोन */
	{"\xe0\xa4\xae\xe0\xa5\x8b\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\xb2", NULL, PH},	/* मोबाइल */
	/* messengers in Korean, Japanese, Thai and Hindi script: KakaoTalk,
	 * LINE, Telegram, WhatsApp, WeChat */
	{"\xec\xb9\xb4\xed\x86\xa1", NULL, MSGID},	/* 카톡 */
	{"\xec\xb9\xb4\xec\xb9\xb4\xec\x98\xa4\xed\x86\xa1", NULL, MSGID},	/* 카카오톡 */
	{"\xeb\x9d\xbc\xec\x9d\xb8", NULL, MSG},	/* 라인 */
	{"\xe0\xb9\x84\xe0\xb8\xa5\xe0\xb8\x99\xe0\xb9\x8c", NULL, MSG},	/* ไลน์ */
	{"\xe3\x83\xa9\xe3\x82\xa4\xe3\x83\xb3", NULL, MSG},	/* ライン */
	{"\xed\x85\x94\xeb\xa0\x88\xea\xb7\xb8\xeb\x9e\xa8", NULL, MSG},	/* 텔레그램 */
	{"\xe3\x83\x86\xe3\x83\xac\xe3\x82\xb0\xe3\x83\xa9\xe3\x83\xa0", NULL, MSG},	/* テレグラム */
	{"\xe0\xb9\x80\xe0\xb8\x97\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb9\x81\xe0\xb8\x81\xe0\xb8\xa3\xe0\xb8\xa1", NULL, MSG},	/* เทเลแกรม */
	{"\xe0\xa4\x9f\xe0\xa5\x87\xe0\xa4\xb2\xe0\xa5\x80\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xae", NULL, MSG},	/* टेलीग्राम */
	{"\xe0\xa4\xb5\xe0\xa5\x8d\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\x9f\xe0\xa5\x8d\xe0\xa4\xb8\xe0\xa4\x8f\xe0\xa4\xaa", NULL, MSG},	/* व्हाट्सएप */
	{"\xe0\xb8\xa7\xe0\xb8\xad\xe0\xb8\x97\xe0\xb8\xaa\xe0\xb9\x8c\xe0\xb9\x81\xe0\xb8\xad\xe0\xb8\x9e", NULL, MSG},	/* วอทส์แอพ */
	{"\xec\x9c\x84\xec\xb1\x97", NULL, MSG},	/* 위챗 */
	{"\xe0\xb8\xa7\xe0\xb8\xb5\xe0\xb9\x81\xe0\xb8\x8a\xe0\xb8\x97", NULL, MSG},	/* วีแชท */
	{"\xe0\xa4\xb5\xe0\xa5\x80\xe0\xa4\x9a\xe0\xa5\x88\xe0\xa4\x9f", NULL, MSG},	/* वीचैट */
	/* bank accounts: Malay and Indonesian, Polish, Italian; Korean (a
	 * bank's name), Japanese (an ordinary deposit), Thai, Hindi */
	{"akaun", NULL, KW_ACCT}, {"rek", NULL, KW_ACCT},
	{"\xec\x9d\x80\xed\x96\x89", NULL, KW_ACCT},	/* 은행 */
	{"\xe6\x99\xae\xe9\x80\x9a", NULL, KW_ACCT},	/* 普通 (預金) */
	{"konta", NULL, KW_ACCT},
	{"rachunku", NULL, KW_ACCT},
	{"rachunek", NULL, KW_ACCT},
	{"conto", NULL, KW_ACCT},
	{"\xea\xb3\x84\xec\xa2\x8c", NULL, KW_ACCT},	/* 계좌 */
	{"\xe0\xb8\x9a\xe0\xb8\xb1\xe0\xb8\x8d\xe0\xb8\x8a\xe0\xb8\xb5", NULL, KW_ACCT},	/* บัญชี */
	{"\xe0\xa4\x96\xe0\xa4\xbe\xe0\xa4\xa4\xe0\xa4\xbe", NULL, KW_ACCT},	/* खाता */
	{"\xe5\x8f\xa3\xe5\xba\xa7", NULL, KW_ACCT},	/* 口座 */
	/* Arabic script (Arabic, Persian): phone, mobile, call; WhatsApp,
	 * Telegram, WeChat; account, SWIFT, e-mail, address. Looked up at
	 * every letter, so that "الحساب" holds "حساب" */
	{"\xd9\x87\xd8\xa7\xd8\xaa\xd9\x81", NULL, PH},	/* هاتف */
	{"\xd8\xac\xd9\x88\xd8\xa7\xd9\x84", NULL, PH},	/* جوال */
	{"\xd9\x85\xd9\x88\xd8\xa8\xd8\xa7\xd9\x8a\xd9\x84", NULL, PH},	/* موبايل */
	{"\xd8\xa7\xd8\xaa\xd8\xb5\xd9\x84", NULL, PH},	/* اتصل */
	{"\xd8\xaa\xd9\x84\xd9\x81\xd9\x88\xd9\x86", NULL, PH},	/* تلفون */
	{"\xd8\xaa\xd9\x84\xd9\x81\xd9\x86", NULL, PH},	/* تلفن */
	{"\xd9\x85\xd9\x88\xd8\xa8\xd8\xa7\xdb\x8c\xd9\x84", NULL, PH},	/* موبایل */
	{"\xd9\x88\xd8\xa7\xd8\xaa\xd8\xb3\xd8\xa7\xd8\xa8", NULL, MSG},	/* واتساب */
	{"\xd9\x88\xd8\xa7\xd8\xaa\xd8\xb3", NULL, MSG},	/* واتس */
	{"\xd9\x88\xd8\xaa\xd8\xb3\xd8\xa7\xd8\xa8", NULL, MSG},	/* وتساب */
	{"\xd8\xaa\xd9\x84\xd8\xba\xd8\xb1\xd8\xa7\xd9\x85", NULL, MSG},	/* تلغرام */
	{"\xd8\xaa\xd9\x84\xd9\x8a\xd8\xac\xd8\xb1\xd8\xa7\xd9\x85", NULL, MSG},	/* تليجرام */
	{"\xd9\x88\xd9\x8a\xd8\xaa\xd8\xb4\xd8\xa7\xd8\xaa", NULL, MSG},	/* ويتشات */
	{"\xd9\x88\xd9\x8a\x20\xd8\xaa\xd8\xb4\xd8\xa7\xd8\xaa", NULL, MSG},	/* وي تشات */
	{"\xd8\xad\xd8\xb3\xd8\xa7\xd8\xa8", NULL, KW_ACCT},	/* حساب */
	{"\xd8\xb3\xd9\x88\xd9\x8a\xd9\x81\xd8\xaa", NULL, KW_SWIFT},	/* سويفت */
	{"\xd8\xa8\xd8\xb1\xd9\x8a\xd8\xaf", NULL, KW_EMAIL},	/* بريد */
	{"\xd8\xa7\xd9\x8a\xd9\x85\xd9\x8a\xd9\x84", NULL, KW_EMAIL},	/* ايميل */
	{"\xd8\xa5\xd9\x8a\xd9\x85\xd9\x8a\xd9\x84", NULL, KW_EMAIL},	/* إيميل */
	{"\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86", NULL, KW_ADDR},	/* عنوان */
	/* messengers */
	{"whatsapp", NULL, MSG}, {"whats", NULL, MSG}, {"wa", NULL, MSG},
	{"wapp", NULL, MSG}, {"wasap", NULL, MSG}, {"guasap", NULL, MSG},
	{"zapzap", NULL, MSG}, {"whatsap", NULL, MSG}, {"watsapp", NULL, MSG},
	{"wsp", NULL, MSG}, {"wpp", NULL, MSG},
	/* "tele" is a phone and Telegram */
	{"tele", NULL, MSG}, {"teleg", NULL, MSG},
	{"\xd1\x82\xd0\xb3", NULL, MSG},			/* тг */
	{"\xe7\xba\xb8\xe9\xa3\x9e\xe6\x9c\xba", NULL, MSG},	/* 纸飞机 */
	{"\xe9\xa3\x9e\xe6\x9c\xba\xe5\x8f\xb7", NULL, MSG},	/* 飞机号 */
	{"\xe5\xbe\xbd\xe4\xbf\xa1", NULL, MSG},		/* 徽信 */
	/* 加v, 加个v, 加V: "add me on WeChat" */
	{"\xe5\x8a\xa0v", NULL, MSG}, {"\xe5\x8a\xa0V", NULL, MSG},
	{"\xe5\x8a\xa0\xe4\xb8\xaav", NULL, MSG},
	{"\xe5\x8a\xa0\xe4\xb8\xaaV", NULL, MSG},
	{"zap", NULL, MSG}, {"viber", NULL, MSG}, {"signal", ":", MSG},
	{"wechat", NULL, MSG}, {"weixin", NULL, MSG}, {"wx", NULL, MSG},
	/* common misspellings of the names people type in a hurry */
	{"wechhat", NULL, MSG}, {"wecht", NULL, MSG}, {"wchat", NULL, MSG},
	{"wecaht", NULL, MSG}, {"wehcat", NULL, MSG}, {"whatapp", NULL, MSG},
	{"whtsapp", NULL, MSG}, {"whatsaap", NULL, MSG},
	{"telgram", NULL, MSG}, {"telegarm", NULL, MSG},
	{"vx", NULL, MSG}, {"we", "chat", MSG}, {"line", "id", MSG},
	{"line", ":", MSG}, {"line", " :", MSG}, {"line", "\xe2\x86\x92", MSG},
	{"line", " \xe2\x86\x92", MSG}, {"line", " |", MSG}, {"line", "->", MSG},
	{"line", " -", MSG}, {"line", "\xe3\x81\xae", MSG},	/* LINEの */
	{"id", "line", MSG},					/* ID LINE */
	{"zalo", NULL, MSG}, {"imo", NULL, MSG},
	{"v", "\xe4\xbf\xa1", MSG},				/* v信 */
	{"q", "\xe5\x8f\xb7", MSGID | KW_QQ},		/* Q号 */
	{"botim", NULL, MSG}, {"kakao", NULL, MSGID},
	{"kakaotalk", NULL, MSGID}, {"telegram", NULL, MSG},
	{"tg", NULL, MSG}, {"skype", NULL, MSGID}, {"qq", NULL, MSGID | KW_QQ},
	{"discord", NULL, MSGID}, {"icq", NULL, MSGID | KW_QQ},
	{"messenger", NULL, MSGID},
	{"\xe5\xbe\xae\xe4\xbf\xa1", NULL, MSG},			/* 微信 */
	{"\xe5\xa8\x81\xe4\xbf\xa1", NULL, MSG},			/* 威信 */
	{"\xe8\x96\x87\xe4\xbf\xa1", NULL, MSG},			/* 薇信 */
	{"\xe7\x94\xb5\xe6\x8a\xa5", NULL, MSG},			/* 电报 (Telegram) */
	{"\xe6\x89\xa3\xe6\x89\xa3", NULL, MSGID | KW_QQ},	/* 扣扣 (QQ) */
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd0\xb0", NULL, MSG},		/* телега (Telegram) */
	{"\xe4\xbc\x81\xe9\xb9\x85", NULL, MSGID | KW_QQ},	/* 企鹅 */
	/* телеграм, скайп, вайбер, ватсап, вотсап, вацап (words of
	 * at most 16 bytes: KX_MAXLEN) */
	{"\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc", NULL, MSG},
	{"\xd1\x81\xd0\xba\xd0\xb0\xd0\xb9\xd0\xbf", NULL, MSGID},
	{"\xd0\xb2\xd0\xb0\xd0\xb9\xd0\xb1\xd0\xb5\xd1\x80", NULL, MSG},
	{"\xd0\xb2\xd0\xb0\xd1\x82\xd1\x81\xd0\xb0\xd0\xbf", NULL, MSG},
	{"\xd0\xb2\xd0\xbe\xd1\x82\xd1\x81\xd0\xb0\xd0\xbf", NULL, MSG},
	{"\xd0\xb2\xd0\xb0\xd1\x86\xd0\xb0\xd0\xbf", NULL, MSG},
	/* e-mail */
	{"email", NULL, KW_EMAIL}, {"e", "-mail", KW_EMAIL},
	{"e", ":", KW_EMAIL},
	{"mail", NULL, KW_EMAIL}, {"correo", NULL, KW_EMAIL},
	{"\xe9\x82\xae\xe7\xae\xb1", NULL, KW_EMAIL},		/* 邮箱 */
	{"\xe9\x82\xae\xe4\xbb\xb6", NULL, KW_EMAIL},		/* 邮件 */
	{"pochta", NULL, KW_EMAIL},
	{"\xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd0\xb0", NULL, KW_EMAIL},	/* почта */
	/* "@" spelled out; the e-mail finder starts at them ("at" and
	 * "[at]" it finds itself) */
	{"arroba", NULL, KW_AT}, {"arobase", NULL, KW_AT},
	{"chiocciola", NULL, KW_AT},
	{"c\xc3\xb2ng", NULL, KW_AT},		/* "a còng", Vietnamese */
	{"\xea\xb3\xa8\xeb\xb1\x85\xec\x9d\xb4", NULL, KW_AT},		/* 골뱅이, Korean */
	{"klammeraffe", NULL, KW_AT},
	{"\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x88\xe3\x83\x9e\xe3\x83\xbc\xe3\x82\xaf", NULL, KW_AT},		/* アットマーク */
	{"\xe0\xa4\x8f\xe0\xa4\x9f", NULL, KW_AT},		/* एट */
	{"\xc3\xa4t", NULL, KW_AT},					/* ät */
	{"\xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd1\x87\xd0\xba\xd0\xb0", NULL, KW_AT},	/* собачка */
	{"\xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0", NULL, KW_AT},	/* собака */
	/* "." spelled: the normaliser reads them in links and IP
	 * addresses */
	{"dot", NULL, KW_DOTW}, {"punto", NULL, KW_DOTW},
	{"ponto", NULL, KW_DOTW}, {"punkt", NULL, KW_DOTW},
	{"point", NULL, KW_DOTW}, {"punt", NULL, KW_DOTW},
	{"titik", NULL, KW_DOTW}, {"nokta", NULL, KW_DOTW},
	{"\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0", NULL, KW_DOTW},	/* точка */
	/* cards */
	{"card", NULL, KW_CARD}, {"visa", NULL, KW_CARD},
	{"mastercard", NULL, KW_CARD}, {"master", "card", KW_CARD},
	{"amex", NULL, KW_CARD}, {"discover", NULL, KW_CARD},
	{"jcb", NULL, KW_CARD}, {"unionpay", NULL, KW_CARD},
	{"credit", NULL, KW_CARD}, {"debit", NULL, KW_CARD},
	{"tarjeta", NULL, KW_CARD}, {"karte", NULL, KW_CARD},
	{"kreditkarte", NULL, KW_CARD},
	{"cart\xc3\xa3o", NULL, KW_CARD},
	{"\xe5\x8d\xa1\xe5\x8f\xb7", NULL, KW_CARD},		/* 卡号 */
	{"\xe4\xbf\xa1\xe7\x94\xa8\xe5\x8d\xa1", NULL, KW_CARD},	/* 信用卡 */
	{"\xe9\x93\xb6\xe8\xa1\x8c\xe5\x8d\xa1", NULL, KW_CARD},	/* 银行卡 */
	{"\xd0\xba\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", NULL, KW_CARD},
	{"cvv", NULL, KW_CVV}, {"cvc", NULL, KW_CVV}, {"cvv2", NULL, KW_CVV},
	{"cid", NULL, KW_CVV}, {"security", "code", KW_CVV},
	{"exp", NULL, KW_EXP}, {"expiry", NULL, KW_EXP},
	{"expires", NULL, KW_EXP}, {"expiration", NULL, KW_EXP},
	{"valid", "thru", KW_EXP}, {"valid", "until", KW_EXP},
	/* bank */
	{"iban", NULL, KW_IBAN | KW_ACCT},
	{"account", NULL, KW_ACCT}, {"acct", NULL, KW_ACCT},
	{"accct", NULL, KW_ACCT}, {"acount", NULL, KW_ACCT},	/* typos */
	{"accout", NULL, KW_ACCT},
	/* р/с, счёт, счет (a Russian bank account) */
	{"\xd1\x80/\xd1\x81", NULL, KW_ACCT},
	/* к/с (correspondent account), БИК (the Russian BIC) */
	{"\xd0\xba/\xd1\x81", NULL, KW_ACCT},
	{"\xd0\xb1\xd0\xb8\xd0\xba", NULL, KW_ACCT},
	{"\xd1\x81\xd1\x87\xd1\x91\xd1\x82", NULL, KW_ACCT},
	{"\xd1\x81\xd1\x87\xd0\xb5\xd1\x82", NULL, KW_ACCT},
	{"acc", NULL, KW_ACCT}, {"a", "/c", KW_ACCT},
	{"konto", NULL, KW_ACCT}, {"kontonummer", NULL, KW_ACCT},
	{"cuenta", NULL, KW_ACCT}, {"conta", NULL, KW_ACCT},
	{"compte", NULL, KW_ACCT}, {"rekening", NULL, KW_ACCT},
	{"cta", NULL, KW_ACCT},					/* cuenta */
	{"hesap", NULL, KW_ACCT},
	{"beneficiary", NULL, KW_ACCT}, {"bank", NULL, KW_BANK},
	{"\xe8\xb4\xa6\xe5\x8f\xb7", NULL, KW_ACCT},		/* 账号 */
	{"\xe5\xb8\x90\xe5\x8f\xb7", NULL, KW_ACCT},		/* 帐号 */
	{"\xe8\xb4\xa6\xe6\x88\xb7", NULL, KW_ACCT},		/* 账户 */
	{"\xe5\x8d\xa1\xe5\x8f\xb7", NULL, KW_ACCT},		/* 卡号 */
	{"\xd1\x81\xd1\x87\xd0\xb5\xd1\x82", NULL, KW_ACCT},	/* счет */
	{"\xd1\x81\xd1\x87\xd1\x91\xd1\x82", NULL, KW_ACCT},	/* счёт */
	{"\xd1\x81\xd1\x87\xd0\xb5\xd1\x82\xd0\xb0", NULL, KW_ACCT},	/* счета */
	{"\xd1\x81\xd1\x87\xd1\x91\xd1\x82\xd0\xb0", NULL, KW_ACCT},	/* счёта */
	{"stk", NULL, KW_ACCT},		/* số tài khoản */
	{"t\xc3\xa0i", " kho", KW_ACCT},	/* tài khoản */
	{"stk.", NULL, KW_NEG},		/* Stk.: German for pieces */
	{"swift", NULL, KW_SWIFT}, {"bic", NULL, KW_SWIFT},
	{"swft", NULL, KW_SWIFT}, {"siwft", NULL, KW_SWIFT},	/* typos */
	{"swfit", NULL, KW_SWIFT},
	{"aba", NULL, KW_ABA}, {"routing", NULL, KW_ABA},
	{"rtn", NULL, KW_ABA},
	/* national ids */
	{"ssn", NULL, KW_SSN}, {"social", "security", KW_SSN},
	{"seguro", "social", KW_SSN},			/* número de seguro social */
	{"nino", NULL, KW_NINO}, {"ni", "number", KW_NINO},
	{"ni", "no", KW_NINO}, {"national", "insurance", KW_NINO},
	{"insurance", "number", KW_NINO},
	{"aadhaar", NULL, KW_AADHAAR}, {"aadhar", NULL, KW_AADHAAR},
	{"uid", NULL, KW_AADHAAR}, {"uidai", NULL, KW_AADHAAR},
	{"\xe0\xa4\x86\xe0\xa4\xa7\xe0\xa4\xbe\xe0\xa4\xb0", NULL, KW_AADHAAR},
	{"\xe8\xba\xab\xe4\xbb\xbd\xe8\xaf\x81", NULL, KW_ID},	/* 身份证 */
	{"id", NULL, KW_ID}, {"identity", NULL, KW_ID},
	{"passport", NULL, KW_ID},
	/* network, crypto */
	{"ip", NULL, KW_IP}, {"ipv4", NULL, KW_IP}, {"ipv6", NULL, KW_IP},
	{"server", NULL, KW_IP}, {"host", NULL, KW_IP},
	{"gateway", NULL, KW_IP}, {"login", NULL, KW_IP},
	{"whitelist", NULL, KW_IP}, {"vpn", NULL, KW_IP},
	{"whitleist", NULL, KW_IP}, {"whitelst", NULL, KW_IP},	/* typos */
	{"proxy", NULL, KW_IP}, {"reachable", NULL, KW_IP},
	{"remote", "desktop", KW_IP}, {"rdp", NULL, KW_IP}, {"ssh", NULL, KW_IP},
	{"btc", NULL, KW_CRYPTO}, {"bitcoin", NULL, KW_CRYPTO},
	{"eth", NULL, KW_CRYPTO}, {"ethereum", NULL, KW_CRYPTO},
	{"usdt", NULL, KW_CRYPTO}, {"wallet", NULL, KW_CRYPTO},
	{"crypto", NULL, KW_CRYPTO}, {"erc20", NULL, KW_CRYPTO},
	{"trc20", NULL, KW_CRYPTO}, {"tron", NULL, KW_CRYPTO},
	/* addresses */
	{"address", NULL, KW_ADDR}, {"addr", NULL, KW_ADDR},
	{"direcci\xc3\xb3n", NULL, KW_ADDR}, {"endere\xc3\xa7o", NULL, KW_ADDR},
	{"adresse", NULL, KW_ADDR}, {"anschrift", NULL, KW_ADDR},
	{"\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81", NULL, KW_ADDR},
	{"\xe5\x9c\xb0\xe5\x9d\x80", NULL, KW_ADDR},		/* 地址 */
	/* spelled digits: the normaliser turns runs of them into digits */
	{"zero", NULL, KW_NUM}, {"one", NULL, KW_NUM}, {"two", NULL, KW_NUM},
	{"three", NULL, KW_NUM}, {"four", NULL, KW_NUM},
	{"five", NULL, KW_NUM}, {"six", NULL, KW_NUM},
	{"seven", NULL, KW_NUM}, {"eight", NULL, KW_NUM},
	{"nine", NULL, KW_NUM}, {"cero", NULL, KW_NUM}, {"uno", NULL, KW_NUM},
	{"dos", NULL, KW_NUM}, {"tres", NULL, KW_NUM},
	{"cuatro", NULL, KW_NUM}, {"cinco", NULL, KW_NUM},
	{"seis", NULL, KW_NUM}, {"siete", NULL, KW_NUM},
	{"ocho", NULL, KW_NUM}, {"nueve", NULL, KW_NUM},
	{"null", NULL, KW_NUM}, {"eins", NULL, KW_NUM},
	{"zwei", NULL, KW_NUM}, {"drei", NULL, KW_NUM},
	{"vier", NULL, KW_NUM}, {"funf", NULL, KW_NUM},
	{"sechs", NULL, KW_NUM}, {"sieben", NULL, KW_NUM},
	{"acht", NULL, KW_NUM}, {"neun", NULL, KW_NUM}, {"um", NULL, KW_NUM},
	{"dois", NULL, KW_NUM}, {"quatro", NULL, KW_NUM},
	{"sete", NULL, KW_NUM}, {"oito", NULL, KW_NUM},
	{"nove", NULL, KW_NUM}, {"oh", NULL, KW_NUM},
	/* French, Italian, Indonesian, Turkish (those not above) */
	{"deux", NULL, KW_NUM}, {"trois", NULL, KW_NUM},
	{"quatre", NULL, KW_NUM}, {"cinq", NULL, KW_NUM},
	{"sept", NULL, KW_NUM}, {"huit", NULL, KW_NUM}, {"neuf", NULL, KW_NUM},
	{"due", NULL, KW_NUM}, {"tre", NULL, KW_NUM},
	{"quattro", NULL, KW_NUM}, {"cinque", NULL, KW_NUM},
	{"sette", NULL, KW_NUM}, {"otto", NULL, KW_NUM},
	{"nol", NULL, KW_NUM}, {"satu", NULL, KW_NUM}, {"dua", NULL, KW_NUM},
	{"tiga", NULL, KW_NUM}, {"empat", NULL, KW_NUM},
	{"enam", NULL, KW_NUM}, {"tujuh", NULL, KW_NUM},
	{"delapan", NULL, KW_NUM}, {"sembilan", NULL, KW_NUM},
	{"iki", NULL, KW_NUM}, {"yedi", NULL, KW_NUM},
	/* Vietnamese, Hindi, Arabic */
	{"kh\xc3\xb4ng", NULL, KW_NUM}, {"ch\xc3\xadn", NULL, KW_NUM},	/* không chín */
	{"\xe0\xa4\xb6\xe0\xa5\x82\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf", NULL, KW_NUM}, {"\xe0\xa4\xa8\xe0\xa5\x8c", NULL, KW_NUM},	/* शून्य नौ */
	{"\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa4", NULL, KW_NUM}, {"\xe0\xa4\x86\xe0\xa4\xa0", NULL, KW_NUM},	/* सात आठ */
	{"\xd8\xb5\xd9\x81\xd8\xb1", NULL, KW_NUM}, {"\xd8\xae\xd9\x85\xd8\xb3\xd8\xa9", NULL, KW_NUM},	/* صفر خمسة */
	{"\xd8\xb3\xd8\xa8\xd8\xb9\xd8\xa9", NULL, KW_NUM}, {"\xd8\xaa\xd8\xb3\xd8\xb9\xd8\xa9", NULL, KW_NUM},	/* سبعة تسعة */
	{"sekiz", NULL, KW_NUM}, {"dokuz", NULL, KW_NUM},
	/* três, fünf, meia, duas, zwo; ноль ... девять */
	{"\x74\x72\xc3\xaa\x73", NULL, KW_NUM}, {"\x66\xc3\xbc\x6e\x66", NULL, KW_NUM},
	{"meia", NULL, KW_NUM}, {"duas", NULL, KW_NUM}, {"zwo", NULL, KW_NUM},
	{"\xd0\xbd\xd0\xbe\xd0\xbb\xd1\x8c", NULL, KW_NUM},
	{"\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd", NULL, KW_NUM},
	{"\xd0\xb4\xd0\xb2\xd0\xb0", NULL, KW_NUM},
	{"\xd1\x82\xd1\x80\xd0\xb8", NULL, KW_NUM},
	{"\xd1\x87\xd0\xb5\xd1\x82\xd1\x8b\xd1\x80\xd0\xb5", NULL, KW_NUM},
	{"\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c", NULL, KW_NUM},
	{"\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd1\x8c", NULL, KW_NUM},
	{"\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c", NULL, KW_NUM},
	{"\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c", NULL, KW_NUM},
	{"\xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c", NULL, KW_NUM},
	/* street words (the address patterns check capitals) */
	{"street", NULL, KW_STREET}, {"st", NULL, KW_STREET},
	{"road", NULL, KW_STREET}, {"rd", NULL, KW_STREET},
	{"avenue", NULL, KW_STREET | KW_ADDR_X}, {"ave", NULL, KW_STREET},
	{"boulevard", NULL, KW_STREET | KW_ADDR_X},
	{"blvd", NULL, KW_STREET},
	{"lane", NULL, KW_STREET}, {"ln", NULL, KW_STREET},
	{"drive", NULL, KW_STREET}, {"dr", NULL, KW_STREET},
	{"way", NULL, KW_STREET}, {"court", NULL, KW_STREET},
	{"place", NULL, KW_STREET | KW_ADDR_X},
	{"square", NULL, KW_STREET},
	{"terrace", NULL, KW_STREET}, {"parkway", NULL, KW_STREET},
	{"highway", NULL, KW_STREET}, {"close", NULL, KW_STREET},
	{"crescent", NULL, KW_STREET}, {"plaza", NULL, KW_STREET},
	{"parade", NULL, KW_STREET}, {"pde", NULL, KW_STREET},
	{"esplanade", NULL, KW_STREET}, {"grove", NULL, KW_STREET},
	{"quay", NULL, KW_STREET}, {"wharf", NULL, KW_STREET},
	{"marg", NULL, KW_STREET}, {"expressway", NULL, KW_STREET},
	{"expy", NULL, KW_STREET}, {"freeway", NULL, KW_STREET},
	{"fwy", NULL, KW_STREET},
	/* the last word of a German street written with hyphens
	 * ("Carl-Zeiss-Ring 46a") */
	{"ring", NULL, KW_STREET}, {"weg", NULL, KW_STREET},
	{"gasse", NULL, KW_STREET}, {"damm", NULL, KW_STREET},
	{"ufer", NULL, KW_STREET}, {"g\xc3\xbcrtel", NULL, KW_STREET},	/* Gürtel */
	/* where an address in Japanese, Korean, Thai, Arabic or Hindi
	 * begins or turns (RE_ADDR_Z) */
	{"\xe4\xb8\x81\xe7\x9b\xae", NULL, KW_ADDR_Z},	/* 丁目 */
	{"\xe7\x95\xaa\xe5\x9c\xb0", NULL, KW_ADDR_Z},	/* 番地 */
	{"\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd", NULL, KW_ADDR_Z},	/* 東京都 */
	{"\xe5\xa4\xa7\xe9\x98\xaa\xe5\xba\x9c", NULL, KW_ADDR_Z},	/* 大阪府 */
	{"\xe4\xba\xac\xe9\x83\xbd\xe5\xba\x9c", NULL, KW_ADDR_Z},	/* 京都府 */
	{"\xe5\x8c\x97\xe6\xb5\xb7\xe9\x81\x93", NULL, KW_ADDR_Z},	/* 北海道 */
	{"\xe7\x9c\x8c", NULL, KW_ADDR_Z},	/* 県 */
	{"\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c", NULL, KW_ADDR_Z},	/* 특별시 */
	{"\xea\xb4\x91\xec\x97\xad\xec\x8b\x9c", NULL, KW_ADDR_Z},	/* 광역시 */
	{"\xed\x8a\xb9\xeb\xb3\x84\xec\x9e\x90\xec\xb9\x98", NULL, KW_ADDR_Z},	/* 특별자치 */
	{"\xea\xb2\xbd\xea\xb8\xb0\xeb\x8f\x84", NULL, KW_ADDR_Z},	/* 경기도 */
	{"\xea\xb0\x95\xec\x9b\x90\xeb\x8f\x84", NULL, KW_ADDR_Z},	/* 강원도 */
	{"\xec\xb6\xa9\xec\xb2\xad", NULL, KW_ADDR_Z},	/* 충청 */
	{"\xec\xa0\x84\xeb\x9d\xbc", NULL, KW_ADDR_Z},	/* 전라 */
	{"\xea\xb2\xbd\xec\x83\x81", NULL, KW_ADDR_Z},	/* 경상 */
	{"\xec\xa0\x9c\xec\xa3\xbc", NULL, KW_ADDR_Z},	/* 제주 */
	{"\xe0\xb8\x96\xe0\xb8\x99\xe0\xb8\x99", NULL, KW_ADDR_Z},	/* ถนน */
	{"\xe0\xb9\x81\xe0\xb8\x82\xe0\xb8\xa7\xe0\xb8\x87", NULL, KW_ADDR_Z},	/* แขวง */
	{"\xe0\xb8\x95\xe0\xb8\xb3\xe0\xb8\x9a\xe0\xb8\xa5", NULL, KW_ADDR_Z},	/* ตำบล */
	{"\xe0\xb8\xad\xe0\xb8\xb3\xe0\xb9\x80\xe0\xb8\xa0\xe0\xb8\xad", NULL, KW_ADDR_Z},	/* อำเภอ */
	{"\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\x82\xe0\xb8\x97\xe0\xb8\xb5\xe0\xb9\x88", NULL, KW_ADDR_Z},	/* เลขที่ */
	{"\xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9", NULL, KW_ADDR_Z},	/* شارع */
	{"\xd8\xb7\xd8\xb1\xd9\x8a\xd9\x82", NULL, KW_ADDR_Z},	/* طريق */
	{"\xd8\xb4\xd9\x82\xd8\xa9", NULL, KW_ADDR_Z},	/* شقة */
	{"\xd9\x85\xd8\xa8\xd9\x86\xd9\x89", NULL, KW_ADDR_Z},	/* مبنى */
	{"\xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd8\xb9", NULL, KW_ADDR_Z},	/* مستودع */
	{"\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xb7\xd9\x82\xd8\xa9", NULL, KW_ADDR_Z},	/* المنطقة */
	{"\xe0\xa4\xae\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xa8", NULL, KW_ADDR_Z},	/* मकान */
	{"\xe0\xa4\x97\xe0\xa5\x8b\xe0\xa4\xa6\xe0\xa4\xbe\xe0\xa4\xae", NULL, KW_ADDR_Z},	/* गोदाम */
	{"\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb2\xe0\xa5\x89\xe0\xa4\x9f", NULL, KW_ADDR_Z},	/* प्लॉट */
	{"\xe0\xa4\xa6\xe0\xa5\x81\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xa8", NULL, KW_ADDR_Z},	/* दुकान */
	{"\xe0\xa4\xab\xe0\xa5\x8d\xe0\xa4\xb2\xe0\xa5\x88\xe0\xa4\x9f", NULL, KW_ADDR_Z},	/* फ्लैट */
	/* Vietnamese: Số, Phường, Quận, TP., KCN, Hà Nội, Hồ Chí Minh (the
	 * ASCII letters before a letter of three bytes are a word of their
	 * own here: the rest follows it) */
	{"s", "\xe1\xbb\x91 ", KW_ADDR_Z},
	{"ph", "\xc6\xb0\xe1\xbb\x9dng", KW_ADDR_Z},
	{"qu", "\xe1\xba\xadn", KW_ADDR_Z},
	{"tp.", NULL, KW_ADDR_Z}, {"kcn", NULL, KW_ADDR_Z},
	{"h\xc3\xa0", " n\xe1\xbb\x99i", KW_ADDR_Z},
	{"h", "\xe1\xbb\x93 ch\xc3\xad minh", KW_ADDR_Z},
	/* Industrial Park, Business Estate, Economic Zone (RE_ADDR_Y) */
	{"park", NULL, KW_ADDR_Y}, {"estate", NULL, KW_ADDR_Y},
	{"zone", NULL, KW_ADDR_Y},
	{"room", NULL, KW_STREET | KW_UNIT}, {"unit", NULL, KW_STREET | KW_UNIT},
	{"suite", NULL, KW_STREET | KW_UNIT}, {"apt", NULL, KW_STREET | KW_UNIT},
	{"building", NULL, KW_STREET | KW_UNIT},
	{"floor", NULL, KW_STREET | KW_UNIT},
	{"flat", NULL, KW_STREET | KW_UNIT}, {"no", NULL, KW_STREET | KW_UNIT},
	{"am", NULL, KW_STREET}, {"an", "der", KW_STREET},
	{"dadao", NULL, KW_STREET}, {"lu", NULL, KW_STREET},
	{"pkwy", NULL, KW_STREET}, {"hwy", NULL, KW_STREET},
	{"sq", NULL, KW_STREET}, {"ct", NULL, KW_STREET},
	{"pl", NULL, KW_STREET}, {"cir", NULL, KW_STREET},
	{"circle", NULL, KW_STREET}, {"trail", NULL, KW_STREET},
	{"row", NULL, KW_STREET}, {"alley", NULL, KW_STREET},
	{"gardens", NULL, KW_STREET}, {"mews", NULL, KW_STREET},
	{"walk", NULL, KW_STREET}, {"jie", NULL, KW_STREET},
	{"dajie", NULL, KW_STREET}, {"hutong", NULL, KW_STREET},
	{"av", NULL, KW_STREET | KW_ADDR_X}, {"im", NULL, KW_STREET},
	/* the street word of a hyphenated German name: Robert-Bosch-Str. */
	{"str.", NULL, KW_STREET}, {"stra\xc3\x9f" "e", NULL, KW_STREET},
	{"strasse", NULL, KW_STREET}, {"allee", NULL, KW_STREET},
	{"platz", NULL, KW_STREET},
	/* street words of Italy, Spain, Portugal, Latin America, France
	 * and Russia (RE_ADDR_X): the common ones only, each word of the
	 * table costs every text whose words look like it */
	{"via", NULL, KW_ADDR_X}, {"viale", NULL, KW_ADDR_X},
	{"piazza", NULL, KW_ADDR_X}, {"corso", NULL, KW_ADDR_X},
	{"calle", NULL, KW_ADDR_X}, {"carrera", NULL, KW_ADDR_X},
	{"carrer", NULL, KW_ADDR_X}, {"strada", NULL, KW_ADDR_X},
	{"calea", NULL, KW_ADDR_X}, {"aleea", NULL, KW_ADDR_X},
	{"bulevardul", NULL, KW_ADDR_X}, {"str.", NULL, KW_ADDR_X},
	{"avenida", NULL, KW_ADDR_X}, {"avda", NULL, KW_ADDR_X},
	{"rua", NULL, KW_ADDR_X}, {"paseo", NULL, KW_ADDR_X},
	{"c", "/", KW_ADDR_X},					/* C/ Mayor */
	{"rue", NULL, KW_ADDR_X}, {"bd", NULL, KW_ADDR_X},
	{"jalan", NULL, KW_ADDR_Y}, {"jln", NULL, KW_ADDR_Y},
	{"jl", NULL, KW_ADDR_Y},
	/* Japan's wards and cities, Korea's roads: Shibuya-ku, Teheran-ro */
	{"ku", NULL, KW_ADDR_Y}, {"shi", NULL, KW_ADDR_Y},
	{"cho", NULL, KW_ADDR_Y}, {"ro", NULL, KW_ADDR_Y},
	{"gil", NULL, KW_ADDR_Y}, {"daero", NULL, KW_ADDR_Y},
	/* Poland's and Turkey's street words: ul., Cad., Cadde, Sok., Mahallesi
	 * (not "Mah.": "10000mAh") */
	{"ul", NULL, KW_ADDR_Y}, {"cad", NULL, KW_ADDR_Y},
	{"caddesi", NULL, KW_ADDR_Y}, {"cadde", NULL, KW_ADDR_Y},
	{"sok", NULL, KW_ADDR_Y},
	{"sokak", NULL, KW_ADDR_Y}, {"sk", NULL, KW_ADDR_Y},
	{"mahallesi", NULL, KW_ADDR_Y},
	/* Poland's al., pl., os.; Indonesia's estates; India's plots */
	{"al.", NULL, KW_ADDR_Y}, {"pl.", NULL, KW_ADDR_Y},
	{"os.", NULL, KW_ADDR_Y}, {"kawasan", NULL, KW_ADDR_Y},
	{"plot", NULL, KW_ADDR_Y}, {"gala", NULL, KW_ADDR_Y},
	{"area", NULL, KW_ADDR_Y},
	{"diagonal", NULL, KW_ADDR_X}, {"transversal", NULL, KW_ADDR_X},
	/* France: impasse, chemin, allée, quai, cours (RE_ADDR_X) */
	{"impasse", NULL, KW_ADDR_X}, {"chemin", NULL, KW_ADDR_X},
	{"all\xc3\xa9" "e", NULL, KW_ADDR_X}, {"quai", NULL, KW_ADDR_X},
	{"cours", NULL, KW_ADDR_X},
	{"\xd1\x83\xd0\xbb", NULL, KW_ADDR_X},				/* ул */
	{"\xd0\xb2\xd1\x83\xd0\xbb", NULL, KW_ADDR_X},			/* вул */
	{"\xd0\xb2\xd1\x83\xd0\xbb\xd0\xb8\xd1\x86\xd1\x8f", NULL, KW_ADDR_X},	/* вулиця */
	{"\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbf", NULL, KW_ADDR_X},	/* просп */
	{"\xd1\x83\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb0", NULL, KW_ADDR_X},	/* улица */
	{"\xd0\xbf\xd1\x80", NULL, KW_ADDR_X},				/* пр */
	{"\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbf\xd0\xb5\xd0\xba\xd1\x82", NULL, KW_ADDR_X},	/* проспект */
	{"\xd0\xbf\xd0\xb5\xd1\x80", NULL, KW_ADDR_X},			/* пер */
	{"\xd1\x88\xd0\xbe\xd1\x81\xd1\x81\xd0\xb5", NULL, KW_ADDR_X},	/* шоссе */
	{"\xd0\xbd\xd0\xb0\xd0\xb1", NULL, KW_ADDR_X},			/* наб */
	{"zum", NULL, KW_STREET}, {"zur", NULL, KW_STREET},
	{"auf", "der", KW_STREET}, {"in", "der", KW_STREET},
	{"rm", NULL, KW_STREET}, {"ste", NULL, KW_STREET},
	{"bldg", NULL, KW_STREET}, {"block", NULL, KW_STREET},
	{"tower", NULL, KW_STREET}, {"level", NULL, KW_STREET},
	{"\xe5\x8f\xb7", NULL, KW_STREET},			/* 号 */
	{"\xe8\x99\x9f", NULL, KW_STREET},			/* 號 */
	/* look-alikes: what precedes trade numbers */
	{"order", NULL, KW_NEG}, {"po", NULL, KW_NEG},
	{"so", NULL, KW_NEG}, {"invoice", NULL, KW_NEG}, {"inv", NULL, KW_NEG},
	{"pi", NULL, KW_NEG}, {"ref", NULL, KW_NEG},
	{"reference", NULL, KW_NEG}, {"tracking", NULL, KW_NEG},
	{"track", NULL, KW_NEG}, {"awb", NULL, KW_NEG},
	{"waybill", NULL, KW_NEG}, {"courier", NULL, KW_NEG},
	{"mawb", NULL, KW_NEG}, {"hawb", NULL, KW_NEG},
	{"dhl", NULL, KW_NEG}, {"fedex", NULL, KW_NEG}, {"ups", NULL, KW_NEG},
	{"ems", NULL, KW_NEG}, {"tnt", NULL, KW_NEG}, {"batch", NULL, KW_NEG},
	{"lot", NULL, KW_NEG}, {"sku", NULL, KW_NEG}, {"model", NULL, KW_NEG},
	{"item", NULL, KW_NEG}, {"art", NULL, KW_NEG}, {"part", NULL, KW_NEG},
	{"serial", NULL, KW_NEG}, {"sn", NULL, KW_NEG}, {"s/n", NULL, KW_NEG},
	{"hs", NULL, KW_NEG}, {"tariff", NULL, KW_NEG},
	{"hts", NULL, KW_NEG}, {"ncm", NULL, KW_NEG}, {"taric", NULL, KW_NEG},
	{"voucher", NULL, KW_NEG}, {"coupon", NULL, KW_NEG},
	/* company and tax numbers, seals */
	{"reg", NULL, KW_NEG}, {"registration", NULL, KW_NEG},
	{"vat", NULL, KW_NEG}, {"nif", NULL, KW_NEG}, {"ein", NULL, KW_NEG},
	{"inn", NULL, KW_NEG}, {"cnpj", NULL, KW_NEG}, {"gstin", NULL, KW_NEG},
	{"uscc", NULL, KW_NEG}, {"kpp", NULL, KW_NEG}, {"ogrn", NULL, KW_NEG},
	{"siret", NULL, KW_NEG}, {"abn", NULL, KW_NEG}, {"seal", NULL, KW_NEG},
	/* ИНН, КПП, ОГРН, БИН: company and tax numbers in Russian */
	{"\xd0\xb8\xd0\xbd\xd0\xbd", NULL, KW_NEG},
	{"\xd0\xba\xd0\xbf\xd0\xbf", NULL, KW_NEG},
	{"\xd0\xbe\xd0\xb3\xd1\x80\xd0\xbd", NULL, KW_NEG},
	{"\xd0\xb1\xd0\xb8\xd0\xbd", NULL, KW_NEG},
	{"container", NULL, KW_NEG}, {"cntr", NULL, KW_NEG},
	{"b/l", NULL, KW_NEG}, {"bl", NULL, KW_NEG}, {"bill", NULL, KW_NEG},
	{"ean", NULL, KW_NEG}, {"barcode", NULL, KW_NEG},
	{"upc", NULL, KW_NEG}, {"isbn", NULL, KW_NEG},
	{"shipment", NULL, KW_NEG}, {"parcel", NULL, KW_NEG},
	{"pedido", NULL, KW_NEG}, {"rastreio", NULL, KW_NEG},
	{"rastreamento", NULL, KW_NEG}, {"bestellung", NULL, KW_NEG},
	{"sendung", NULL, KW_NEG}, {"auftrag", NULL, KW_NEG},
	{"rechnung", NULL, KW_NEG}, {"factura", NULL, KW_NEG},
	{"rechnungsnr.", NULL, KW_NEG}, {"rechnungsnummer", NULL, KW_NEG},
	{"sendungsnummer", NULL, KW_NEG}, {"bestellnummer", NULL, KW_NEG},
	{"auftragsnummer", NULL, KW_NEG}, {"lieferschein", NULL, KW_NEG},
	{"\xe0\xa4\x91\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa1\xe0\xa4\xb0", NULL, KW_NEG},	/* ऑर्डर (order) */
	{"\xd8\xa7\xd9\x84\xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9", NULL, KW_NEG},	/* التتبع (the tracking) */
	{"\xd8\xa7\xd9\x84\xd8\xb7\xd9\x84\xd8\xa8", NULL, KW_NEG},	/* الطلب (the order) */
	{"fatura", NULL, KW_NEG}, {"seguimiento", NULL, KW_NEG},
	{"commande", NULL, KW_NEG}, {"facture", NULL, KW_NEG},
	{"lote", NULL, KW_NEG},
	{"\xe6\x9d\xa1\xe7\xa0\x81", NULL, KW_NEG},		/* 条码 */
	{"\xe6\x9d\xa1\xe5\xbd\xa2\xe7\xa0\x81", NULL, KW_NEG},	/* 条形码 */
	{"\xd1\x82\xd1\x80\xd0\xb5\xd0\xba", "-\xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80", KW_NEG},	/* трек-номер */
	{"suivi", NULL, KW_NEG}, {"colis", NULL, KW_NEG},
	{"ordine", NULL, KW_NEG}, {"pesanan", NULL, KW_NEG},
	{"takip", NULL, KW_NEG}, {"spedizione", NULL, KW_NEG},
	{"gu\xc3\xad" "a", NULL, KW_NEG}, {"guia", NULL, KW_NEG},
	{"timestamp", NULL, KW_NEG}, {"ts", NULL, KW_NEG},
	{"hash", NULL, KW_NEG}, {"txid", NULL, KW_NEG}, {"tx", NULL, KW_NEG},
	{"md5", NULL, KW_NEG}, {"sha", NULL, KW_NEG}, {"license", NULL, KW_NEG},
	{"key", NULL, KW_NEG}, {"qty", NULL, KW_NEG}, {"moq", NULL, KW_NEG},
	{"price", NULL, KW_NEG}, {"usd", NULL, KW_NEG}, {"eur", NULL, KW_NEG},
	{"rmb", NULL, KW_NEG}, {"cny", NULL, KW_NEG}, {"contract", NULL, KW_NEG},
	{"\xd0\xb7\xd0\xb0\xd0\xba\xd0\xb0\xd0\xb7", NULL, KW_NEG}, /* заказ */
	{"\xd1\x82\xd1\x80\xd0\xb5\xd0\xba", NULL, KW_NEG},	/* трек */
	{"\xe8\xae\xa2\xe5\x8d\x95", NULL, KW_NEG},		/* 订单 */
	{"\xe6\x97\xb6\xe9\x97\xb4\xe6\x88\xb3", NULL, KW_NEG},		/* 时间戳 */
	{"\xe8\xbf\xbd\xe8\xb7\xa1\xe7\x95\xaa\xe5\x8f\xb7", NULL, KW_NEG},		/* 追跡番号 */
	{"\xe6\xb3\xa8\xe6\x96\x87\xe7\x95\xaa\xe5\x8f\xb7", NULL, KW_NEG},		/* 注文番号 */
	{"\xec\xa3\xbc\xeb\xac\xb8\xeb\xb2\x88\xed\x98\xb8", NULL, KW_NEG},		/* 주문번호 */
	{"\xd0\xb8\xd0\xbd\xd0\xb2\xd0\xbe\xd0\xb9\xd1\x81", NULL, KW_NEG},		/* инвойс */
	{"sipari", NULL, KW_NEG}, {"siparis", NULL, KW_NEG},	/* sipariş: the word stops at ş */
	{"l\xc3\xb4", NULL, KW_NEG},			/* lô: a lot */
	{"\xe5\x8d\x95\xe5\x8f\xb7", NULL, KW_NEG},		/* 单号 */
	{"\xe8\xbf\x90\xe5\x8d\x95", NULL, KW_NEG},		/* 运单 */
	{"\xe5\xbf\xab\xe9\x80\x92", NULL, KW_NEG},		/* 快递 */
	{"\xe7\x89\xa9\xe6\xb5\x81", NULL, KW_NEG},		/* 物流 */
	{"\xe7\xbc\x96\xe7\xa0\x81", NULL, KW_NEG},		/* 编码 */
	{"\xe5\x8f\x91\xe7\xa5\xa8", NULL, KW_NEG},		/* 发票 */
	{"\xe5\x9e\x8b\xe5\x8f\xb7", NULL, KW_NEG},		/* 型号 */
	{"\xe6\x89\xb9\xe5\x8f\xb7", NULL, KW_NEG},		/* 批号 */
	{"\xe6\x9f\x9c\xe5\x8f\xb7", NULL, KW_NEG},		/* 柜号 */
	{"\xe6\x8f\x90\xe5\x8d\x95", NULL, KW_NEG},		/* 提单 */
	{"version", NULL, KW_VER}, {"ver", NULL, KW_VER},
	{"\xed\x8e\x8c\xec\x9b\xa8\xec\x96\xb4", NULL, KW_VER}, {"\xeb\xb2\x84\xec\xa0\x84", NULL, KW_VER},	/* 펌웨어 버전 */
	{"\xe3\x83\x95\xe3\x82\xa1\xe3\x83\xbc\xe3\x83\xa0\xe3\x82\xa6\xe3\x82\xa7\xe3\x82\xa2", NULL, KW_VER},			/* ファームウェア */
	{"\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3", NULL, KW_VER},			/* バージョン */
	{"firmware", NULL, KW_VER}, {"fw", NULL, KW_VER}, {"rev", NULL, KW_VER},
	{"build", NULL, KW_VER}, {"release", NULL, KW_VER},
	{"v", NULL, KW_VER}, {"update", NULL, KW_VER},
	{"\xe5\x9b\xba\xe4\xbb\xb6", NULL, KW_VER},			/* 固件 */
	{"\xe7\x89\x88\xe6\x9c\xac", NULL, KW_VER},			/* 版本 */
	{"\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f", NULL, KW_VER},	/* версия */
	{"\xd0\xbf\xd1\x80\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb2\xd0\xba\xd0\xb0", NULL, KW_VER},	/* прошивка */
};

#define HSIZE 1024

static int16_t htab[HSIZE];
static int16_t hnext[sizeof(kws) / sizeof(kws[0])];
static uint8_t kwlen[sizeof(kws) / sizeof(kws[0])];
/* strlen(kws[k].next), 0 without one */
static uint8_t kwnext_len[sizeof(kws) / sizeof(kws[0])];
static int kw_ready;

/*
 * Exact look-up of a lower-cased word of up to 16 bytes, packed into two
 * 64-bit words: cuckoo hashing, each word in one of its two slots, so
 * that a look-up reads both and compares them without a branch (a probe
 * loop ends after as many steps as the text decides, and whether a word
 * is in the table is as good as random). kx_first of a slot is the table
 * entry tried first, kx_next[k] the next entry with the same word: the
 * last entry of the table first, as the hash chains of htab give them
 * (the order of hits at one position matters to pii_kw_near).
 */
#define KX_BITS 11
#define KX_SIZE (1 << KX_BITS)	/* two slots a word, under half full */
#define KX_MAXLEN 16

/* A word packed as kx_pack does; zero-padded, so (lo, hi) gives the
 * length too (no word holds a zero byte). lo == 0: empty. Sixteen bytes,
 * so that a slot is in one cache line. */
struct kx_slot {
	uint64_t lo, hi;
};

static struct kx_slot kx[KX_SIZE] __attribute__((aligned(64)));
static int16_t kx_first[KX_SIZE];
static int16_t kx_next[sizeof(kws) / sizeof(kws[0])];
/* kws[k].cls, for a load without a branch */
static uint32_t kw_cls[sizeof(kws) / sizeof(kws[0])];
/* 1: entry k needs kw_hits (another entry of its word follows it in
 * kx_next, or a word must come after it); 0: its hit is all there is */
static uint8_t kw_chain[sizeof(kws) / sizeof(kws[0])];

/* First code points of the CJK words, one bit each (U+0800..U+FFFF). */
static uint64_t cjk_head[65536 / 64];

/* First letters of the Arabic-script words (U+0600..U+06FF), one bit
 * each: like the CJK words, they are looked up at every letter. */
static uint64_t ar_head[256 / 64];

/* A lead byte of an Arabic-script letter (U+0600..U+06FF). */
static inline bool ar_lead(unsigned char c)
{
	return c >= 0xd8 && c <= 0xdb;
}

/* The two slots of a word: the top KX_BITS bits of one product and the
 * KX_BITS below them. */
static inline uint64_t kx_mix(uint64_t lo, uint64_t hi)
{
	return (lo * 0x9e3779b97f4a7c15ull) ^ (hi * 0xc2b2ae3d27d4eb4full);
}

static inline unsigned kx_slot1(uint64_t x)
{
	return (unsigned)(x >> (64 - KX_BITS));
}

static inline unsigned kx_slot2(uint64_t x)
{
	return (unsigned)(x >> (54 - KX_BITS)) & (KX_SIZE - 1);
}

/* w[0..len) into (lo, hi), zero-padded; len <= KX_MAXLEN. */
static inline void kx_pack(const unsigned char *w, size_t len, uint64_t *lo,
			   uint64_t *hi)
{
	unsigned char t[KX_MAXLEN] = {0};

	memcpy(t, w, len);
	memcpy(lo, t, 8);
	memcpy(hi, t + 8, 8);
}

/* First table entry whose word is (lo, hi) (lo != 0), or -1. */
static inline int kx_find(uint64_t lo, uint64_t hi)
{
	uint64_t x = kx_mix(lo, hi);
	unsigned a = kx_slot1(x), b = kx_slot2(x);
	unsigned ma = (unsigned)(kx[a].lo == lo) & (unsigned)(kx[a].hi == hi);
	unsigned mb = (unsigned)(kx[b].lo == lo) & (unsigned)(kx[b].hi == hi) &
		      ~ma;

	return (int)((unsigned)(kx_first[a] + 1) * ma +
		     (unsigned)(kx_first[b] + 1) * mb) - 1;
}

/*
 * The text as ascii_word reads it: 16 bytes from any word start, from
 * the text itself or, near its end, from tail, a copy of its last bytes
 * (from toff on) followed by zeros, so that where a word lies is no
 * branch (the words of short texts are all near the end).
 */
struct kw_text {
	const unsigned char *u;
	size_t n;
	const unsigned char *tail;
	size_t toff;
};

#define KW_TAIL 48

static inline void kw_text_init(struct kw_text *t, unsigned char *tail,
				const char *b, size_t n)
{
	memset(tail + 16, 0, KW_TAIL - 16);
	if (n >= 32) {
		memcpy(tail, b + n - 32, 32);
	} else {
		memset(tail, 0, 16);
		if (n)
			memcpy(tail, b, n);
	}
	t->u = (const unsigned char *)b;
	t->n = n;
	t->tail = tail;
	t->toff = n >= 32 ? n - 32 : 0;
}

/* 16 readable bytes equal to the text's from i (i < n), zeros past n. */
static inline const unsigned char *kw_at(const struct kw_text *t, size_t i)
{
	uintptr_t in = (uintptr_t)t->u + i;
	uintptr_t tl = (uintptr_t)t->tail + (i - t->toff);
	uintptr_t m = -(uintptr_t)(i + 16 > t->n);

	return (const unsigned char *)((in & ~m) | (tl & m));
}

/* kx_find for the first L of the 16 bytes at p (text: letters, '.',
 * '/'), lower-cased with | 0x20; -1 for L > KX_MAXLEN. No branch. */
static inline int kx_find_at(const unsigned char *p, size_t L)
{
	const uint64_t low = 0x2020202020202020ull;
	/* the bytes past L cleared by two table masks */
	static const uint64_t keep[9] = {
		0, 0xff, 0xffff, 0xffffff, 0xffffffffull, 0xffffffffffull,
		0xffffffffffffull, 0xffffffffffffffull, ~0ull,
	};
	size_t fits = L <= KX_MAXLEN, Lm = fits ? L : KX_MAXLEN;
	size_t l8 = Lm < 8 ? Lm : 8;
	uint64_t lo, hi;
	int k;

	memcpy(&lo, p, 8);
	memcpy(&hi, p + 8, 8);
	lo = (lo | low) & keep[l8];
	hi = (hi | low) & keep[Lm - l8];
	k = kx_find(lo, hi);
	return (int)((unsigned)(k + 1) & -(unsigned)fits) - 1;
}

/* Does a table word start with the 3-byte character at u? */
static inline bool ar_head_at(const unsigned char *u)
{
	unsigned cp = (unsigned)(u[0] & 0x03) << 6 | (u[1] & 0x3f);

	return (ar_head[cp >> 6] >> (cp & 63)) & 1;
}

static inline bool cjk_head_at(const unsigned char *u)
{
	unsigned cp = (unsigned)(u[0] & 0x0f) << 12 |
		      (unsigned)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);

	return (cjk_head[cp >> 6] >> (cp & 63)) & 1;
}

static void kx_add(int k)
{
	const unsigned char *w = (const unsigned char *)kws[k].w;
	size_t len = strlen(kws[k].w);
	struct kx_slot cur;
	int16_t cur_first = (int16_t)k;
	uint64_t lo, hi, x;
	unsigned h;

	if (w[0] >= 0xe0 || ar_lead(w[0])) {
		/* CJK, Thai, Devanagari, Hangul, Arabic script: found by
		 * their first character (htab), never in kx */
		kx_next[k] = -1;
		return;
	}
	if (len > KX_MAXLEN)
		abort();	/* a longer table word: raise KX_MAXLEN */
	kx_pack(w, len, &lo, &hi);
	x = kx_mix(lo, hi);
	for (int t = 0; t < 2; t++) {
		h = t ? kx_slot2(x) : kx_slot1(x);
		if (kx[h].lo == lo && kx[h].hi == hi) {
			/* later entries first */
			kx_next[k] = kx_first[h];
			kx_first[h] = (int16_t)k;
			return;
		}
	}
	kx_next[k] = -1;
	cur.lo = lo;
	cur.hi = hi;
	h = kx_slot1(x);
	if (kx[h].lo && !kx[kx_slot2(x)].lo)
		h = kx_slot2(x);
	/* the word in h, if any, moves to its other slot, and so on */
	for (int step = 0; step < 4 * KX_SIZE; step++) {
		struct kx_slot out = kx[h];
		int16_t out_first = kx_first[h];

		kx[h] = cur;
		kx_first[h] = cur_first;
		if (!out.lo)
			return;
		cur = out;
		cur_first = out_first;
		x = kx_mix(cur.lo, cur.hi);
		h = h == kx_slot1(x) ? kx_slot2(x) : kx_slot1(x);
	}
	abort();	/* the table is too full: raise KX_SIZE */
}

/*
 * Quick rejection before hashing: bit L of len_plain[pair] is set when a
 * table word of L bytes without '.' or '/' starts with those two bytes
 * (lower case, 5 bits each; the second is 0 for one-letter words);
 * len_punct the same for words like "tel." and "s/n". Most words of a
 * message fail this test and are never hashed.
 */
static uint32_t len_plain[1024], len_punct[1024];
/* The pairs with any bit in len_punct: three table words carry
 * punctuation, so most words fail this (two cache lines) at once. */
static uint64_t punct_pairs[1024 / 64];
/*
 * For word_maybe_flat, one word per first two letters (pair_ix): bit L
 * (L <= KX_MAXLEN) when a table word of L bytes without '.' or '/'
 * starts with them (len_plain), bit 31 when one with '.' or '/' does
 * (punct_pairs), bit 32 + (c & 0x1f) when one without ends in c. Length
 * and first letters alone let through 45 % of the words of a text (dev's
 * ASCII messages: 9,837 of 21,762), twice as many as are table words
 * (5,120); with the last letter 29 % (6,221).
 */
static uint64_t pair_flat[1024];

static inline unsigned pair_ix(const unsigned char *w, size_t l)
{
	return (unsigned)(w[0] & 0x1f) << 5 | (l > 1 ? (w[1] & 0x1f) : 0);
}

/* ASCII letters lower-cased; 0 for every other byte. */
static uint8_t lower_tab[256];

static uint32_t hash_bytes(const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 16777619u;
	return h;
}

/* Length of the hashed head of a table word: letters, or first char. */
static size_t head_len(const char *w)
{
	size_t n = strlen(w);

	if ((unsigned char)w[0] >= 0xe0)
		return 3;	/* CJK: hashed on the first character */
	if (ar_lead((unsigned char)w[0]))
		return 2;	/* Arabic script: the same */
	return n;
}

/* The endings of capitalised street words (Schillerstraße, Gartenweg);
 * "str" (STR) counts only with a '.' after it (Hauptstr.). */
static const struct {
	const char *s;
	uint8_t l;
} street_sfx[] = {
	{"kai", 3}, {"zeile", 5}, {"gracht", 6}, {"straat", 6},
	{"laan", 4}, {"plein", 5}, {"kade", 4}, {"singel", 6}, {"dijk", 4},
	{"gade", 4}, {"vej", 3}, {"v\xc3\xa4gen", 6}, {"gatan", 5},
	{"stra\xc3\x9f\x65", 7}, {"strasse", 7}, {"weg", 3},
	{"allee", 5}, {"platz", 5}, {"gasse", 5}, {"damm", 4},
	{"ufer", 4}, {"ring", 4}, {"chaussee", 8}, {"park", 4},
};
#define N_SFX (sizeof(street_sfx) / sizeof(street_sfx[0]))
#define STR "str"
/* For street_ascii: each ending as the last bytes of an 8-byte load,
 * pattern and mask (one with a byte >= 0x80 matches nothing there), and
 * STR's. street_end: a bit by c & 0x1f for the last letter c of each;
 * street_end2[b & 0x1f], a bit by c & 0x1f for the last two, b and c (most
 * words that end in a suffix's last letter end in no suffix). */
static uint64_t sfx_pat[N_SFX], sfx_mask[N_SFX], str_pat, str_mask;
static uint32_t street_end, street_end2[32];
/* the suffixes that end in c, a bit each, by c & 0x1f */
static uint32_t sfx_by_last[32];

static void sfx_make(const char *w, size_t l, uint64_t *pat, uint64_t *mask)
{
	unsigned char pb[8] = {0}, mb[8] = {0};

	street_end |= 1u << (w[l - 1] & 0x1f);
	street_end2[w[l - 2] & 0x1f] |= 1u << (w[l - 1] & 0x1f);
	for (size_t j = 0; j < l; j++) {
		if ((unsigned char)w[j] >= 0x80) {
			*pat = 1;
			*mask = 0;
			return;
		}
	}
	memcpy(pb + 8 - l, w, l);
	memset(mb + 8 - l, 0xff, l);
	memcpy(pat, pb, 8);
	memcpy(mask, mb, 8);
}

static void sfx_init(void)
{
	_Static_assert(N_SFX <= 32, "sfx_by_last holds 32 suffixes");
	for (size_t j = 0; j < N_SFX; j++) {
		sfx_make(street_sfx[j].s, street_sfx[j].l, &sfx_pat[j],
			 &sfx_mask[j]);
		sfx_by_last[street_sfx[j].s[street_sfx[j].l - 1] & 0x1f] |=
			1u << j;
	}
	sfx_make(STR, strlen(STR), &str_pat, &str_mask);
}

void pii_kw_init(void)
{
	if (kw_ready)
		return;
	for (int c = 0; c < 256; c++)
		lower_tab[c] = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ?
			       (uint8_t)(c | 0x20) : 0;
	for (size_t i = 0; i < HSIZE; i++)
		htab[i] = -1;
	for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++) {
		uint32_t h = hash_bytes((const unsigned char *)kws[i].w,
				       head_len(kws[i].w)) % HSIZE;
		size_t l = strlen(kws[i].w);
		unsigned ix = pair_ix((const unsigned char *)kws[i].w, l);

		hnext[i] = htab[h];
		htab[h] = (int16_t)i;
		kwlen[i] = (uint8_t)l;
		kwnext_len[i] = (uint8_t)(kws[i].next ? strlen(kws[i].next) : 0);
		kx_add((int)i);
		if ((unsigned char)kws[i].w[0] >= 0xe0 &&
		    (unsigned char)kws[i].w[0] < 0xf0) {
			const unsigned char *u = (const unsigned char *)kws[i].w;
			unsigned cp = (unsigned)(u[0] & 0x0f) << 12 |
				      (unsigned)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);

			cjk_head[cp >> 6] |= 1ull << (cp & 63);
		}
		if (ar_lead((unsigned char)kws[i].w[0])) {
			const unsigned char *u = (const unsigned char *)kws[i].w;
			unsigned cp = (unsigned)(u[0] & 0x03) << 6 | (u[1] & 0x3f);

			ar_head[cp >> 6] |= 1ull << (cp & 63);
		}
		if (l < 32) {
			if (strpbrk(kws[i].w, "./")) {
				len_punct[ix] |= 1u << l;
				punct_pairs[ix >> 6] |= 1ull << (ix & 63);
				pair_flat[ix] |= 1ull << 31;
			} else {
				len_plain[ix] |= 1u << l;
				pair_flat[ix] |= 1ull << l |
						 1ull << (32 + (kws[i].w[l - 1] & 0x1f));
			}
		}
	}
	for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++) {
		kw_cls[i] = kws[i].cls;
		kw_chain[i] = kx_next[i] >= 0 || kws[i].next != NULL;
	}
	sfx_init();
	kw_ready = 1;
}

static bool ascii_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Schillerstraße, Gartenweg, Hauptstr. (w is the lower-cased word). */
static bool street_suffix(const unsigned char *w, size_t wl, const char *b,
			  size_t n, size_t e)
{
	unsigned char z = w[wl - 1];

	if (wl > 3 && !memcmp(w + wl - 3, STR, 3) && e < n && b[e] == '.')
		return true;
	if (!ascii_alpha(z) || !((street_end >> (z & 0x1f)) & 1))
		return false;
	for (size_t i = 0; i < N_SFX; i++)
		if (wl > street_sfx[i].l &&
		    !memcmp(w + wl - street_sfx[i].l, street_sfx[i].s,
			    street_sfx[i].l))
			return true;
	return false;
}

/*
 * street_suffix for the ASCII word u[i..e) of six letters or more (c:
 * the byte after it, 0 at the end of the text), from its last eight
 * bytes: no lower-cased copy, no loop over the suffixes.
 */
static bool street_ascii(const unsigned char *u, size_t i, size_t e,
			 unsigned char c)
{
	size_t wl = e - i;
	uint64_t x = 0;
	unsigned r;

	if (e >= 8)
		memcpy(&x, u + e - 8, 8);
	else
		memcpy((unsigned char *)&x + 8 - e, u, e);
	x |= 0x2020202020202020ull;	/* the word's letters lower-cased */
	r = (c == '.') & (wl > 3) & ((x & str_mask) == str_pat);
	/* only the suffixes that end in the word's last letter */
	for (uint32_t m = sfx_by_last[u[e - 1] & 0x1f]; m; m &= m - 1) {
		unsigned j = (unsigned)__builtin_ctz(m);

		r |= (wl > street_sfx[j].l) & ((x & sfx_mask[j]) == sfx_pat[j]);
	}
	return r;
}

/* Does nx (l bytes) follow at p? */
static bool next_matches(const char *b, size_t n, size_t p, const char *nx,
			 size_t l)
{
	/* One optional space or '-' before a word continuation. */
	if (ascii_alpha((unsigned char)nx[0]) && p < n &&
	    (b[p] == ' ' || b[p] == '-' || b[p] == '_'))
		p++;
	if (p + l > n)
		return false;
	for (size_t i = 0; i < l; i++)
		if ((b[p + i] | 0x20) != (nx[i] | 0x20))
			return false;
	if (ascii_alpha((unsigned char)nx[l - 1]) && p + l < n &&
	    ascii_alpha((unsigned char)b[p + l]))
		return false;
	return true;
}

/* Room for one more hit in h: 0 or -ENOMEM. */
static __attribute__((noinline)) int hits_grow(struct pii_kwhits *h)
{
	size_t nc = h->cap ? 2 * h->cap : 16;
	struct pii_kwhit *t = realloc(h->v == h->inline_v ? NULL : h->v,
				      nc * sizeof(*t));

	if (!t)
		return -ENOMEM;
	if (h->v == h->inline_v)
		memcpy(t, h->v, h->n * sizeof(*t));
	h->v = t;
	h->cap = nc;
	return 0;
}

/* Records a hit; inlined where words are looked up, the growth apart. */
static inline int add_hit(struct pii_kwhits *h, uint32_t s, uint32_t e,
			  uint32_t cls)
{
	if (h->n == h->cap && hits_grow(h))
		return -ENOMEM;
	h->v[h->n].s = s;
	h->v[h->n].e = e;
	h->v[h->n].cls = cls;
	h->n++;
	h->all |= cls;
	return 0;
}

/* Records the hits of table entries k, kx_next[k] ... (one word, found
 * at b[i..i+L)). */
static inline int kw_hits(const char *b, size_t n, size_t i, size_t L, int k,
			  struct pii_kwhits *h)
{
	for (; k >= 0; k = kx_next[k]) {
		const struct kw *w = &kws[k];
		size_t end = i + L;

		if (w->next) {
			if (!next_matches(b, n, end, w->next, kwnext_len[k]))
				continue;
			/* the space, '-' or '_' next_matches skipped before
			 * a word continuation ("we chat"), if any */
			end += kwnext_len[k] +
			       (ascii_alpha((unsigned char)w->next[0]) &&
				(b[end] == ' ' || b[end] == '-' ||
				 b[end] == '_') ? 1 : 0);
			if (end > n)
				end = n;
		}
		if (add_hit(h, (uint32_t)i, (uint32_t)end, w->cls))
			return -ENOMEM;
	}
	return 0;
}

/*
 * A Cyrillic letter of two bytes at u (А..я, Ѐ..џ), lower-cased into
 * out[0..2); false for anything else.
 */
static bool cyr_letter(const char *u, unsigned char *out)
{
	unsigned char x = (unsigned char)u[0], y = (unsigned char)u[1];

	if ((x != 0xd0 && x != 0xd1) || (y & 0xc0) != 0x80)
		return false;
	if (x == 0xd0 && y >= 0x90 && y <= 0x9f) {
		y += 0x20;
	} else if (x == 0xd0 && y >= 0xa0 && y <= 0xaf) {
		x = 0xd1;
		y -= 0x20;
	} else if (x == 0xd0 && y <= 0x8f) {
		x = 0xd1;
		y += 0x10;
	}
	out[0] = x;
	out[1] = y;
	return true;
}

/*
 * Looks the word b[i..e) up (wl bytes lower-cased in low[], which has
 * room for the '.' or "/x" that may follow it) and records its hits.
 */
static int kw_word(const char *b, size_t n, size_t i, size_t e, size_t wl,
		   unsigned char *low, size_t lowcap, struct pii_kwhits *h)
{
	unsigned char c = (unsigned char)b[i];

	/* "tel." "p.o." "s/n" "b/l": the table word may carry
	 * punctuation; try the plain word first. */
	if (wl <= lowcap - 4) {
		for (int pass = 0; pass < 2; pass++) {
			size_t L = wl;
			uint64_t lo, hi;
			int k;

			if (pass == 1) {
				/* word + following '.' or '/x' */
				if (e < n && b[e] == '.')
					low[L++] = '.';
				else if (e + 1 < n && b[e] == '/' &&
					 ascii_alpha((unsigned char)b[e + 1])) {
					low[L++] = '/';
					low[L++] = (unsigned char)(b[e + 1] | 0x20);
				} else if (e + 2 < n && b[e] == '/' &&
					   cyr_letter(b + e + 1, low + L + 1)) {
					/* "р/с" */
					low[L] = '/';
					L += 3;
				} else {
					break;
				}
			}
			/* a Cyrillic word longer than the table holds: by
			 * its first KX_MAXLEN bytes, a stem of the table
			 * ("мобильны" for мобильный, мобильные) */
			size_t hit = L;

			if (!pass && L > KX_MAXLEN && low[0] >= 0xd0)
				L = KX_MAXLEN;
			if (!(((pass ? len_punct : len_plain)
			       [pair_ix(low, L)] >> L) & 1) || L > KX_MAXLEN)
				continue;
			kx_pack(low, L, &lo, &hi);
			k = kx_find(lo, hi);
			if (k >= 0 && kw_hits(b, n, i, hit, k, h))
				return -ENOMEM;
		}
	}
	/* Schillerstraße, Gartenweg, Hauptstr.: capitalised
	 * words with a street suffix. */
	if (wl >= 6 && wl <= lowcap - 4 && c >= 'A' &&
	    c <= 'Z' && street_suffix(low, wl, b, n, e)) {
		if (add_hit(h, (uint32_t)i, (uint32_t)e, KW_STREET))
			return -ENOMEM;
	}
	return 0;
}

/*
 * A plain ASCII word b[i..e) (letters only, wl = e - i <= 20): looked up
 * as kw_word would, without lower-casing it first. About half the words
 * that get here are table words, as good as at random: whether it is
 * one is no branch. Its hit is stored in any case and counted only when
 * there is one; a branch is taken only for the words that need kw_hits
 * (several entries, or a word that must follow), the '.' and "/x" forms
 * and the street test, all of them rare.
 */
static inline __attribute__((always_inline)) int
ascii_word(const struct kw_text *t, size_t i, size_t e, struct pii_kwhits *h)
{
	const unsigned char *u = t->u;
	const char *b = (const char *)u;
	size_t n = t->n, wl = e - i;
	const unsigned char *p = kw_at(t, i);
	unsigned p0 = (unsigned)(u[i] & 0x1f) << 5;
	unsigned more = wl > 1;
	/* u[i + 1] is in the text when the word has two letters; else the
	 * load stays at u[i] and is masked */
	unsigned pair = p0 | ((u[i + more] & 0x1f) & -more);
	int k = kx_find_at(p, wl);
	unsigned found = k >= 0;
	unsigned kk = (unsigned)k & -found;	/* 0 when not found */
	unsigned chain = found & kw_chain[kk];
	unsigned one = found & ~chain;		/* one hit, stored here */
	uint32_t cls = kw_cls[kk] & -found;
	struct pii_kwhit spare, *v = h->n < h->cap ? &h->v[h->n] : &spare;
	unsigned char z, c;
	unsigned pp;

	/* the word itself; letters lower-case with | 0x20 */
	v->s = (uint32_t)i;
	v->e = (uint32_t)e;
	v->cls = cls;
	if (v != &spare) {
		h->n += one;
		h->all |= cls & -one;
	} else if (one && add_hit(h, (uint32_t)i, (uint32_t)e, cls)) {
		return -ENOMEM;		/* no room: grown as add_hit does */
	}
	if (chain && kw_hits(b, n, i, wl, k, h))
		return -ENOMEM;
	/* the word with the '.' or "/x" after it ("tel." "s/n") */
	c = e < n ? u[e] : 0;
	pp = wl > 1 ? pair : p0 | (c & 0x1f);
	if (((c == '.') | (c == '/')) & (unsigned)(punct_pairs[pp >> 6] >>
						    (pp & 63))) {
		size_t L = wl + (b[e] == '.' ? 1 : 2);

		if ((b[e] == '.' || (e + 1 < n && ascii_alpha(u[e + 1]))) &&
		    ((len_punct[pp] >> L) & 1)) {
			k = kx_find_at(p, L);
			if (k >= 0 && kw_hits(b, n, i, L, k, h))
				return -ENOMEM;
		}
	}
	/* Schillerstraße, Gartenweg, Hauptstr.: the last two letters
	 * first (street_end2) */
	z = (unsigned char)(lower_tab[u[e - 1]] - 'a');
	if ((wl >= 6) & ((unsigned)(u[i] - 'A') < 26) & (z < 26) &
	    (int)((street_end2[u[e - 1 - more] & 0x1f] >> ((z + 1) & 31)) &
		  1)) {
		if (street_ascii(u, i, e, c) &&
		    add_hit(h, (uint32_t)i, (uint32_t)e, KW_STREET))
			return -ENOMEM;
	}
	return 0;
}

static int kw_scan_scalar(const char *b, size_t n, const uint64_t *wbits,
			  const uint64_t *lbits, struct pii_kwhits *h);

/* The first byte at or after i that is no ASCII letter, from the letter
 * bitmap (nw words, zero past n). */
static inline size_t letters_end(const uint64_t *bits, size_t nw, size_t n,
				 size_t i)
{
	size_t k = i >> 6, e;
	uint64_t z = ~bits[k] & (~0ull << (i & 63));

	while (!z && ++k < nw)
		z = ~bits[k];
	e = z ? k * 64 + (size_t)__builtin_ctzll(z) : n;
	return e < n ? e : n;
}

/*
 * Can ascii_word find anything for the word b[i..e) (i < e <= n)? Its
 * three tests, each narrowed to what can pass it at the cost of a shift:
 * a table word of this length, first two and last letter; a '.' or '/'
 * after a pair that has such a word ("tel.", "s/n"; any one letter); a
 * capitalised word of six letters or more that ends in the last letter
 * of a street suffix. And e - i <= 20. As 0 or 1 without a branch: the loads are
 * always in the text and masked instead. Whether a word passes is as
 * good as random: a branch on it would be mispredicted as often.
 */
static inline unsigned word_maybe_flat(const char *b, size_t n, size_t i,
				       size_t e)
{
	const unsigned char *u = (const unsigned char *)b;
	size_t wl = e - i;
	unsigned more = wl > 1, after = e < n, fits = wl <= 20;
	unsigned pair = (unsigned)(u[i] & 0x1f) << 5 |
			((u[i + more] & 0x1f) & -more);
	unsigned c = u[e - !after] & -after;
	unsigned z = u[e - 1] & 0x1f;
	uint64_t f = pair_flat[pair];
	unsigned plain = (unsigned)(f >> (wl & 31)) &
			 (unsigned)(f >> (32 + z));
	unsigned punct = ((c == '.') | (c == '/')) &
			 ((unsigned)(f >> 31) | !more);
	unsigned street = (wl >= 6) & ((unsigned)(u[i] - 'A') < 26) &
			  (street_end2[u[e - 1 - more] & 0x1f] >> z);

	return fits & (plain | punct | street) & 1;
}

/*
 * Every word of ASCII text b[0..n) from its letter bitmap (nw words):
 * word starts are the letters after a non-letter; words longer than 20
 * letters match nothing (kw_word). A block's words that may match are
 * listed first, one store each (a third or fewer pass, as good as at
 * random: a branch on that would be mispredicted as often), then looked
 * up in order.
 */
static int kw_words(const char *b, size_t n, const uint64_t *bits, size_t nw,
		    struct pii_kwhits *h)
{
	unsigned char tail[KW_TAIL];
	struct kw_text t;
	uint64_t carry = 0;

	kw_text_init(&t, tail, b, n);
	for (size_t blk = 0; blk < nw; blk++) {
		uint64_t L = bits[blk];
		uint64_t st = L & ~((L << 1) | carry);
		/* at most 32 word starts in 64 bytes */
		size_t ws[32], we[32];
		unsigned nl = 0;

		carry = L >> 63;
		while (st) {
			size_t i = blk * 64 + (size_t)__builtin_ctzll(st);
			uint64_t z = ~L & (~0ull << (i & 63));
			size_t e, k = blk;

			st &= st - 1;
			while (!z && ++k < nw)
				z = ~bits[k];
			e = z ? k * 64 + (size_t)__builtin_ctzll(z) : n;
			if (e > n)
				e = n;
			ws[nl] = i;
			we[nl] = e;
			nl += word_maybe_flat(b, n, i, e);
		}
		for (unsigned j = 0; j < nl; j++)
			if (ascii_word(&t, ws[j], we[j], h))
				return -ENOMEM;
	}
	return 0;
}

int pii_kw_scan_bits(const char *b, size_t n, const uint64_t *letters,
		     const uint64_t *words, bool ascii, struct pii_kwhits *h)
{
	if (!ascii || !letters)
		return kw_scan_scalar(b, n, words, letters, h);
	h->n = 0;
	h->all = 0;
	return kw_words(b, n, letters, (n + 63) / 64, h);
}

/*
 * ASCII text: a bitmap of its letters, eight bytes at a time, then one
 * step per word instead of one per byte. Returns 1 (nothing recorded)
 * when the text is not ASCII after all, 0, or -ENOMEM.
 */
static int kw_scan_ascii(const char *b, size_t n, struct pii_kwhits *h)
{
	uint64_t bits_inline[64], *bits = bits_inline;
	size_t nw = (n + 63) / 64;
	int rc = 0;

	if (nw > sizeof(bits_inline) / sizeof(bits_inline[0])) {
		bits = malloc(nw * sizeof(*bits));
		if (!bits)
			return -ENOMEM;
	}
	for (size_t blk = 0; blk < nw; blk++) {
		uint64_t m = 0;

		for (size_t j = 0; j < 8; j++) {
			size_t p = blk * 64 + j * 8;
			uint64_t w = 0, x, f;

			if (p + 8 <= n)
				memcpy(&w, b + p, 8);
			else if (p < n)
				memcpy(&w, b + p, n - p);	/* 0: no letter */
			if (w & 0x8080808080808080ull) {
				rc = 1;
				goto out;
			}
			/* per byte: (c | 0x20) in 'a'..'z' */
			x = w | 0x2020202020202020ull;
			f = (x + 0x1f1f1f1f1f1f1f1full) &
			    (0xfafafafafafafafaull - x) & 0x8080808080808080ull;
			m |= (((f >> 7) * 0x0102040810204080ull) >> 56) << (j * 8);
		}
		bits[blk] = m;
	}
	rc = kw_words(b, n, bits, nw, h);
out:
	if (bits != bits_inline)
		free(bits);
	return rc;
}

/* Any text, one byte at a time (Latin-1, Cyrillic and CJK words too). */
static int kw_scan_scalar(const char *b, size_t n, const uint64_t *wbits,
			  const uint64_t *lbits, struct pii_kwhits *h)
{
	size_t i = 0, nw = (n + 63) / 64;
	unsigned char low[24], tail[KW_TAIL];
	struct kw_text t;

	h->n = 0;
	h->all = 0;
	kw_text_init(&t, tail, b, n);
	while (i < n) {
		if (wbits) {
			/* to the next letter or non-ASCII byte: the bytes in
			 * between start nothing (the loop would step over
			 * them one by one) */
			size_t blk = i >> 6;
			uint64_t m = wbits[blk] & (~0ull << (i & 63));

			while (!m && ++blk < nw)
				m = wbits[blk];
			if (!m)
				break;
			i = blk * 64 + (size_t)__builtin_ctzll(m);
			if (i >= n)
				break;
		}
		unsigned char c = (unsigned char)b[i];
		size_t e, wl;
		uint32_t hv;

		if (lower_tab[c] || c == 0xc3 || c == 0xd0 || c == 0xd1) {
			/* A word of Latin (incl. Latin-1) or Cyrillic letters,
			 * lower-cased into low[] (same byte length). */
			if (lbits) {
				e = letters_end(lbits, nw, n, i);
			} else {
				e = i;
				while (e < n && lower_tab[(unsigned char)b[e]])
					e++;
			}
			if (e > i && !(e < n && ((unsigned char)b[e] == 0xc3 ||
						 (unsigned char)b[e] == 0xd0 ||
						 (unsigned char)b[e] == 0xd1))) {
				/* Plain ASCII word (the common case), as in
				 * ASCII text; longer than 20 letters it
				 * matches nothing (kw_word). */
				if (word_maybe_flat(b, n, i, e) &&
				    ascii_word(&t, i, e, h))
					return -ENOMEM;
				i = e;
				continue;
			}
			e = i;
			wl = 0;
			while (e < n) {
				unsigned char x = (unsigned char)b[e];
				unsigned char lx = lower_tab[x];

				if (lx) {
					if (wl < sizeof(low) - 4)
						low[wl] = lx;
					wl++;
					e++;
				} else if ((x == 0xc3 || x == 0xd0 || x == 0xd1) &&
					   e + 1 < n &&
					   ((unsigned char)b[e + 1] & 0xc0) == 0x80) {
					unsigned char y = (unsigned char)b[e + 1];

					if (x == 0xc3 && y >= 0x80 && y <= 0x9e &&
					    y != 0x97) {
						y += 0x20;
					} else if (x == 0xd0 && y >= 0x90 && y <= 0x9f) {
						y += 0x20;
					} else if (x == 0xd0 && y >= 0xa0 && y <= 0xaf) {
						x = 0xd1;
						y -= 0x20;
					} else if (x == 0xd0 && y <= 0x8f) {
						x = 0xd1;
						y += 0x10;
					}
					if (wl + 1 < sizeof(low) - 4) {
						low[wl] = x;
						low[wl + 1] = y;
					}
					wl += 2;
					e += 2;
				} else {
					break;
				}
			}
			if (e == i) {
				i++;
				continue;
			}
			if (kw_word(b, n, i, e, wl, low, sizeof(low), h))
				return -ENOMEM;
			i = e;
			continue;
		}
		if (c >= 0xc0) {
			size_t cl = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;

			if (i + cl <= n &&
			    ((cl == 3 &&
			      cjk_head_at((const unsigned char *)b + i)) ||
			     (cl == 2 && ar_lead(c) &&
			      ar_head_at((const unsigned char *)b + i)))) {
				hv = hash_bytes((const unsigned char *)b + i,
						cl) % HSIZE;
				for (int k = htab[hv]; k >= 0; k = hnext[k]) {
					const struct kw *w = &kws[k];
					size_t l = kwlen[k];

					if ((unsigned char)w->w[0] < 0x80 ||
					    i + l > n || memcmp(w->w, b + i, l))
						continue;
					if (add_hit(h, (uint32_t)i,
						    (uint32_t)(i + l), w->cls))
						return -ENOMEM;
				}
			}
			i += cl;
			continue;
		}
		i++;
	}
	return 0;
}

int pii_kw_scan(const char *b, size_t n, struct pii_kwhits *h)
{
	int rc;

	h->n = 0;
	h->all = 0;
	rc = kw_scan_ascii(b, n, h);
	if (rc <= 0)
		return rc;
	return kw_scan_scalar(b, n, NULL, NULL, h);
}

size_t pii_kw_count_before(const struct pii_kwhits *h, size_t p)
{
	const struct pii_kwhit *v = h->v;
	size_t n = h->n;

	/* Branch-free binary search: the comparisons depend on the text,
	 * a conditional move costs less than a mispredicted jump. */
	while (n > 1) {
		size_t half = n / 2;

		v = v[half - 1].s < p ? v + half : v;
		n -= half;
	}
	return (size_t)(v - h->v) + (n == 1 && v->s < p);
}

uint32_t pii_kw_near(const struct pii_kwhits *h, size_t p, size_t dist,
		     uint32_t mask, size_t *kw_end)
{
	return pii_kw_near_from(h, pii_kw_count_before(h, p), p, dist, mask,
				kw_end);
}

uint32_t pii_kw_near_from(const struct pii_kwhits *h, size_t lo, size_t p,
			  size_t dist, uint32_t mask, size_t *kw_end)
{
	/* lo: the hits starting before p */
	while (lo-- > 0) {
		const struct pii_kwhit *k = &h->v[lo];

		if (k->e > p)
			continue;
		if (k->e + dist < p)
			break;
		if (k->cls & mask) {
			uint32_t cls = k->cls;

			if (kw_end)
				*kw_end = k->e;
			/* "号" of a street number ends many words that say
			 * what the number is: 单号, 卡号, 账号, 型号. The
			 * longer word ending there too speaks for it. */
			for (size_t j = lo, m = 0; j-- > 0 && m < 4; m++) {
				const struct pii_kwhit *o = &h->v[j];

				if (o->e != k->e || !(o->cls & mask))
					continue;
				if (cls == KW_STREET)
					cls |= o->cls;
				else if (o->cls & KW_NEG)
					/* "трек-номер" is a tracking
					 * number, not a phone's "номер" */
					cls = o->cls;
			}
			return cls;
		}
	}
	return 0;
}

uint32_t pii_kw_any(const struct pii_kwhits *h, size_t p, size_t dist)
{
	return pii_kw_any_from(h, pii_kw_count_before(h, p), p, dist);
}

uint32_t pii_kw_any_from(const struct pii_kwhits *h, size_t lo, size_t p,
			 size_t dist)
{
	uint32_t cls = 0;

	while (lo-- > 0) {
		const struct pii_kwhit *k = &h->v[lo];

		if (k->e > p)
			continue;
		if (k->e + dist < p)
			break;
		cls |= k->cls;
	}
	return cls;
}
