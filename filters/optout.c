/*
 * optout.c - marketing keywords and opt-out phrases in chat (optout.h).
 *
 * Runs on the gateway's event loop thread for every buyer message, so it
 * is bounded: phrases are only looked for in messages up to
 * OPTOUT_PHRASE_MAX bytes, over a normalised copy on the stack.
 *
 * Normalising: letters lower-cased (ASCII, Latin-1, Cyrillic), full-width
 * ASCII folded, every run of other punctuation and space made one space,
 * with a space at both ends. A pattern " word " then matches a whole
 * word, " stem" a word beginning, and CJK patterns match anywhere.
 *
 * A phrase counts when the message has a strong cue (unsubscribe, 退订,
 * darse de baja...), or a refusal cue (stop sending, no more, 不要再发...)
 * together with a marketing object (offers, 广告, Werbung...), and no
 * trade word (order, production, 订单, pedido...) and no number of three
 * or more digits. Trade talk wins over a cue: a missed opt-out costs the
 * buyer a keyword, a false one silently cuts a seller off.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "parley/optout.h"

const char *optout_kind_name(enum optout_kind k)
{
	switch (k) {
	case OPTOUT_SELLER:
		return "opt_out";
	case OPTOUT_ALL:
		return "opt_out_all";
	case OPTOUT_START:
		return "opt_in";
	case OPTOUT_HELP:
		return "help";
	default:
		return "none";
	}
}

static const struct {
	const char *word;
	enum optout_kind kind;
} keywords[] = {
	{ "stop", OPTOUT_SELLER },   { "unsubscribe", OPTOUT_SELLER },
	{ "cancel", OPTOUT_SELLER }, { "end", OPTOUT_SELLER },
	{ "quit", OPTOUT_SELLER },   { "stopall", OPTOUT_ALL },
	{ "start", OPTOUT_START },   { "unstop", OPTOUT_START },
	{ "help", OPTOUT_HELP },
};

/* Unsubscribe in so many words: enough on their own. */
static const char *const strong[] = {
	" unsubscribe", " opt out", " opt me out", " optout",
	" remove me from your list", " remove me from the list",
	" remove me from your mailing", " take me off your list",
	" take me off your mailing", " mailing list",
	"取消订阅", "退订", "取消关注", "拒收",
	" darse de baja", " darme de baja", " dar de baja", " desuscrib",
	" cancelar la suscripci", " cancelar suscripci", " anular la suscripci",
	" abmelden", " abbestellen", " austragen", " abonnement k",
	" descadastr", " cancelar inscri", " cancelar a inscri",
	" sair da lista", " remover da lista", " tirar da lista",
	" отписаться", " отпишите", " отписка", " отказаться от рассылк",
	" уберите меня из рассылк", " исключите меня из рассылк",
	" désabonner", " désinscri", " me désinscrire", " desabonner",
};

/* Refusals: count only beside a marketing object. */
static const char *const cues[] = {
	/* en */
	" stop ", " stop sending", " no more ", " don t send", " dont send",
	" do not send", " don t want", " do not want", " dont want",
	" quit sending", " stop spamming", " not interested in ", " enough ",
	" cease ", " never send", " no longer want", " no thanks ",
	" don t message me", " stop messaging", " remove me ",
	/* zh */
	"不要再发", "别再发", "不要发", "别发", "不要给我发", "别给我发",
	"不要再给我发", "停止发送", "停止推送", "不想收到", "不再接收", "不要再推",
	"别再推", "不需要", "不要再", "别再",
	/* es */
	" no más ", " no mas ", " deja de enviar", " dejen de enviar",
	" deje de enviar", " no me envíes", " no me envies", " no me envíen",
	" no me envien", " no quiero recibir", " no quiero ", " basta de ",
	/* de */
	" keine ", " hören sie auf", " hoeren sie auf", " hör auf", " hor auf",
	" nicht mehr senden", " nicht mehr schicken", " nicht mehr zusenden",
	" schluss mit ", " will keine ", " möchte keine ",
	/* pt */
	" não quero mais", " nao quero mais", " parem de enviar",
	" pare de enviar", " não me envie", " nao me envie", " chega de ",
	" não quero receber", " nao quero receber", " sem mais ",
	/* ru */
	" не присылайте", " не присылать", " не отправляйте", " хватит ",
	" больше не ", " прекратите", " не надо ", " не нужно ", " не хочу ",
	" перестаньте",
	/* fr */
	" arrêtez", " arretez", " plus de ", " ne m envoyez plus",
	" je ne veux plus",
};

static const char *const objects[] = {
	/* en */
	" offers ", " promotions ", " promos ", " promo ", " ads ", " adverts ",
	" advertising ", " advertisements ", " marketing ", " newsletters ",
	" newsletter ", " spam ", " deals ", " campaigns ", " promotional ",
	" marketing messages ", " special offers ", " these offers ",
	" your offers ",
	/* zh */
	"广告", "推销", "促销", "营销", "优惠信息", "推广", "活动信息", "垃圾信息",
	"优惠活动",
	/* es */
	" ofertas ", " promociones ", " publicidad ", " anuncios ", " spam ",
	" correos promocionales ", " mensajes promocionales ",
	/* de */
	" angebote ", " werbung ", " werbemails ", " werbenachrichten ",
	" aktionen ", " rabattaktionen ", " newsletter ",
	/* pt */
	" promoções ", " promocoes ", " propaganda ", " propagandas ",
	" publicidade ", " anúncios ", " anuncios ",
	/* ru */
	" реклам", " предложени", " рассылк", " акци", " спам",
	" маркетинг",
	/* fr */
	" offres ", " publicité", " publicites ", " pub ",
};

/* Trade talk: a message with one of these is never an opt-out. */
static const char *const trade[] = {
	/* en */
	" order", " production", " shipment", " shipping", " invoice",
	" payment", " price", " quote", " quotation", " sample", " container",
	" delivery", " contract", " until ", " yet ", " confirm", " quantity",
	" moq ", " po ", " lc ", " deposit", " factory", " line ", " machine",
	/* zh */
	"订单", "发货", "生产", "付款", "发票", "样品", "报价", "合同", "确认",
	"交货", "价格", "数量", "工厂",
	/* es */
	" pedido", " producción", " produccion", " envío ", " factura",
	" pago", " precio", " muestra", " hasta que", " contrato", " entrega",
	/* de */
	" bestellung", " produktion", " lieferung", " rechnung", " zahlung",
	" preis", " muster", " bis wir", " auftrag", " vertrag",
	/* pt */
	" encomenda", " produção", " producao", " fatura", " pagamento",
	" preço", " preco", " amostra", " até ", " ate que", " entrega",
	/* ru */
	" заказ", " производств", " поставк", " счет", " счёт", " оплат",
	" цен", " образ", " пока не", " отгрузк", " контракт", " договор",
	/* fr */
	" commande", " livraison", " facture", " paiement", " prix",
};

/* Appends code point cp as UTF-8; false when out of room. */
static bool put_cp(char *out, size_t cap, size_t *n, unsigned cp)
{
	char tmp[4];
	size_t k;

	if (cp < 0x80) {
		tmp[0] = (char)cp;
		k = 1;
	} else if (cp < 0x800) {
		tmp[0] = (char)(0xC0 | cp >> 6);
		tmp[1] = (char)(0x80 | (cp & 0x3F));
		k = 2;
	} else if (cp < 0x10000) {
		tmp[0] = (char)(0xE0 | cp >> 12);
		tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		tmp[2] = (char)(0x80 | (cp & 0x3F));
		k = 3;
	} else {
		tmp[0] = (char)(0xF0 | cp >> 18);
		tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		tmp[3] = (char)(0x80 | (cp & 0x3F));
		k = 4;
	}
	if (*n + k >= cap)
		return false;
	memcpy(out + *n, tmp, k);
	*n += k;
	return true;
}

/* Decodes one code point; invalid bytes read as U+FFFD, one byte. */
static unsigned next_cp(const unsigned char *s, size_t len, size_t *i)
{
	unsigned c = s[*i];
	size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 :
		   (c >> 3) == 30 ? 4 : 0;

	if (!k || *i + k > len) {
		(*i)++;
		return 0xFFFD;
	}
	unsigned cp = k == 1 ? c : c & (0x7F >> k);
	for (size_t j = 1; j < k; j++) {
		if ((s[*i + j] & 0xC0) != 0x80) {
			(*i)++;
			return 0xFFFD;
		}
		cp = cp << 6 | (s[*i + j] & 0x3F);
	}
	*i += k;
	return cp;
}

static bool is_letter_or_digit(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9');
	/* Latin-1 symbols and CJK/full-width punctuation are separators */
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
		return false;
	if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20))
		return false;
	return true;
}

static unsigned fold(unsigned cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)	/* full-width ASCII */
		cp -= 0xFEE0;
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

/*
 * Writes the normalised form of s into out (NUL ended), counting digits
 * in the longest run. Returns false when it does not fit.
 */
static bool normalise(const char *s, size_t len, char *out, size_t cap,
		      size_t *digits)
{
	size_t n = 0, i = 0, run = 0;
	bool space = true;

	*digits = 0;
	out[n++] = ' ';
	while (i < len) {
		unsigned cp = fold(next_cp((const unsigned char *)s, len, &i));
		if (cp >= '0' && cp <= '9') {
			if (++run > *digits)
				*digits = run;
		} else {
			run = 0;
		}
		if (!is_letter_or_digit(cp)) {
			if (!space) {
				if (n + 1 >= cap)
					return false;
				out[n++] = ' ';
				space = true;
			}
			continue;
		}
		if (!put_cp(out, cap, &n, cp))
			return false;
		space = false;
	}
	if (!space) {
		if (n + 1 >= cap)
			return false;
		out[n++] = ' ';
	}
	out[n] = '\0';
	return true;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Every phrase of the four lists, bucketed by its first two bytes, so that
 * one pass over the text finds which lists have a phrase in it: a chat
 * message was searched ~250 times with strstr(). Built once; read-only
 * afterwards.
 */
enum { L_STRONG = 1, L_CUES = 2, L_OBJECTS = 4, L_TRADE = 8 };
#define BUCKETS 512
#define PHRASES (N(strong) + N(cues) + N(objects) + N(trade))

static struct {
	uint16_t head[BUCKETS];	/* 1 + first phrase index, 0: none */
	uint16_t next[PHRASES];	/* 1 + next index in the bucket */
	const char *text[PHRASES];
	uint8_t len[PHRASES];
	uint8_t list[PHRASES];
} idx;
static pthread_once_t idx_once = PTHREAD_ONCE_INIT;

static unsigned bucket_of(const char *p)
{
	unsigned a = (unsigned char)p[0], b = (unsigned char)p[1];

	return (a * 31 + b) % BUCKETS;
}

static void idx_add(const char *const *list, size_t n, uint8_t bit,
		    size_t *k)
{
	for (size_t i = 0; i < n; i++, (*k)++) {
		unsigned b = bucket_of(list[i]);
		idx.text[*k] = list[i];
		idx.len[*k] = (uint8_t)strlen(list[i]);
		idx.list[*k] = bit;
		idx.next[*k] = idx.head[b];
		idx.head[b] = (uint16_t)(*k + 1);
	}
}

static void idx_build(void)
{
	size_t k = 0;

	idx_add(strong, N(strong), L_STRONG, &k);
	idx_add(cues, N(cues), L_CUES, &k);
	idx_add(objects, N(objects), L_OBJECTS, &k);
	idx_add(trade, N(trade), L_TRADE, &k);
}

/* Which lists have a phrase somewhere in the NUL-ended text. */
static unsigned lists_in(const char *text, size_t len)
{
	unsigned found = 0;

	pthread_once(&idx_once, idx_build);
	for (size_t i = 0; i + 1 < len; i++) {
		for (unsigned k = idx.head[bucket_of(text + i)]; k;
		     k = idx.next[k - 1]) {
			if ((found & idx.list[k - 1]) ||
			    idx.len[k - 1] > len - i ||
			    memcmp(text + i, idx.text[k - 1], idx.len[k - 1]))
				continue;
			found |= idx.list[k - 1];
		}
	}
	return found;
}

enum optout_kind optout_classify(const char *text, size_t len,
				 bool *keyword)
{
	char norm[OPTOUT_PHRASE_MAX * 2 + 8];
	size_t digits;

	if (keyword)
		*keyword = false;
	if (!text || len > OPTOUT_PHRASE_MAX ||
	    !normalise(text, len, norm, sizeof(norm), &digits))
		return OPTOUT_NONE;
	if (strlen(norm) < 3)
		return OPTOUT_NONE;	/* nothing but punctuation */
	/* a keyword: one word is all there is (punctuation was dropped) */
	if (!strchr(norm + 1, ' ') || strchr(norm + 1, ' ')[1] == '\0') {
		size_t wl = strlen(norm) - 2;
		for (size_t i = 0; i < N(keywords); i++) {
			if (strlen(keywords[i].word) == wl &&
			    !strncmp(norm + 1, keywords[i].word, wl)) {
				/* "stop" with other symbols around it is fine,
				 * "stop123" never reaches here: no space */
				if (keyword)
					*keyword = true;
				return keywords[i].kind;
			}
		}
	}
	unsigned found = lists_in(norm, strlen(norm));
	if (digits >= 3 || (found & L_TRADE))
		return OPTOUT_NONE;
	if (found & L_STRONG)
		return OPTOUT_SELLER;
	if ((found & L_CUES) && (found & L_OBJECTS))
		return OPTOUT_SELLER;
	return OPTOUT_NONE;
}
