/*
 * test_optout.c - the opt-out recogniser (filters/optout.c): exact
 * keywords, opt-outs said in other words in seven languages, and trade
 * talk that must never count. Pure; runs on the test's thread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "parley/optout.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
	const char *text;
	enum optout_kind kind;
} keyword_cases[] = {
	{ "STOP", OPTOUT_SELLER },	{ "stop", OPTOUT_SELLER },
	{ " Stop. ", OPTOUT_SELLER },	{ "UNSUBSCRIBE", OPTOUT_SELLER },
	{ "Cancel", OPTOUT_SELLER },	{ "end", OPTOUT_SELLER },
	{ "QUIT!", OPTOUT_SELLER },	{ "STOPALL", OPTOUT_ALL },
	{ "stopall", OPTOUT_ALL },	{ "START", OPTOUT_START },
	{ "unstop", OPTOUT_START },	{ "HELP", OPTOUT_HELP },
	{ "help?", OPTOUT_HELP },	{ "ＳＴＯＰ", OPTOUT_SELLER },
};

/* Opt-outs in other words: every one must count (OPTOUT_SELLER). */
static const char *const optouts[] = {
	/* en */
	"stop sending me offers",
	"Stop sending me offers!",
	"no more promotions please",
	"No more offers, thanks",
	"please don't send me promotions",
	"Do not send me any more ads",
	"I don't want your marketing messages",
	"please unsubscribe me",
	"Unsubscribe me from this",
	"opt me out",
	"I want to opt out",
	"remove me from your mailing list",
	"take me off your list please",
	"stop spamming me with deals",
	"not interested in promotions",
	"enough spam!",
	"quit sending newsletters",
	"I no longer want your special offers",
	"please stop the promos",
	"no thanks to these offers, stop",
	/* zh */
	"取消订阅",
	"不要再发广告",
	"别再发推销信息了",
	"请不要给我发促销",
	"退订",
	"停止发送营销信息",
	"我不想收到广告",
	"不要再给我发优惠信息",
	"别再推广告了",
	"不需要推销，谢谢",
	/* es */
	"darse de baja",
	"quiero darme de baja",
	"no más ofertas por favor",
	"Deja de enviarme promociones",
	"no me envíes publicidad",
	"no quiero recibir ofertas",
	"basta de spam",
	"cancelar la suscripción",
	/* de */
	"abmelden",
	"Bitte abmelden",
	"Newsletter abbestellen",
	"keine Werbung mehr bitte",
	"Hören Sie auf, mir Angebote zu schicken",
	"bitte keine Angebote mehr",
	"ich möchte keine Werbung",
	/* pt */
	"quero me descadastrar",
	"não quero mais ofertas",
	"parem de enviar promoções",
	"não me envie propaganda",
	"chega de spam",
	"cancelar inscrição",
	/* ru */
	"отписаться",
	"отпишите меня",
	"не присылайте рекламу",
	"хватит спама",
	"больше не присылайте предложения",
	"прекратите рассылку",
	/* fr */
	"me désabonner",
	"arrêtez les offres",
	"plus de publicité svp",
};

/* Trade talk: none of these may count. */
static const char *const trade_talk[] = {
	/* en */
	"stop production until we confirm",
	"cancel order 4411",
	"Please cancel the order",
	"stop the line, the color is wrong",
	"don't send the offer price yet, we need to confirm",
	"Can you send me your best offer?",
	"Please send me offers for 2000 units",
	"We need to stop the shipment",
	"no more than 500 pieces per carton",
	"The promotion price is fine, please proceed",
	"end of month delivery is ok",
	"quit the old supplier, we go with you",
	"Stop! The invoice is wrong",
	"Do not send the sample before payment",
	"I don't want the red ones, only blue",
	"Can we start production next week?",
	"Help me check the container number",
	"start",
	"Send the quotation please",
	"What is the MOQ for this item?",
	"I want to end the contract negotiation for now",
	"stop",
	"Please stop by our booth at the fair",
	"Your ads on the platform look great, send a quote",
	"We will cancel if delivery is late",
	/* zh */
	"停止生产直到我们确认",
	"取消订单4411",
	"请取消这个订单",
	"不要发货，等我们确认",
	"别发样品了，价格太高",
	"请发报价单给我",
	"不需要样品，直接生产",
	"什么时候发货？",
	"这个促销价格可以吗",
	"我们不要再改数量了",
	/* es */
	"cancelar el pedido 5521",
	"detengan la producción hasta que confirmemos",
	"no más de 300 unidades por caja",
	"no me envíes la muestra todavía, falta el pago",
	"envíeme su mejor oferta",
	"quiero recibir la factura",
	/* de */
	"Bitte die Bestellung stornieren",
	"Stoppen Sie die Produktion bis wir bestätigen",
	"keine Lieferung vor der Zahlung",
	"Schicken Sie mir bitte ein Angebot für 100 Stück",
	"Ich möchte keine rote Farbe",
	/* pt */
	"cancelar a encomenda 7781",
	"parem a produção até confirmarmos",
	"não quero mais amostras, só o pedido",
	"me envie a fatura",
	/* ru */
	"отмените заказ 4411",
	"остановите производство пока не подтвердим",
	"больше не нужно образцов, оплату отправили",
	"пришлите счёт",
	"хватит, цена слишком высокая",
	/* fr */
	"annulez la commande 3341",
	"plus de livraison ce mois",
};

static void test_keywords(void **state)
{
	(void)state;
	for (size_t i = 0; i < N(keyword_cases); i++) {
		bool kw = false;
		enum optout_kind k = optout_classify(
			keyword_cases[i].text, strlen(keyword_cases[i].text),
			&kw);
		if (k != keyword_cases[i].kind || !kw)
			fail_msg("keyword %s: got %s", keyword_cases[i].text,
				 optout_kind_name(k));
	}
}

static void test_phrases(void **state)
{
	(void)state;
	assert_true(N(optouts) >= 50);
	for (size_t i = 0; i < N(optouts); i++) {
		bool kw = true;
		enum optout_kind k =
			optout_classify(optouts[i], strlen(optouts[i]), &kw);
		if (k != OPTOUT_SELLER || kw)
			fail_msg("opt-out not recognised: %s", optouts[i]);
	}
}

static void test_trade_talk(void **state)
{
	(void)state;
	assert_true(N(trade_talk) >= 50);
	for (size_t i = 0; i < N(trade_talk); i++) {
		const char *t = trade_talk[i];
		enum optout_kind k = optout_classify(t, strlen(t), NULL);
		/* "stop" and "start" alone are the keywords, on purpose */
		if (!strcmp(t, "stop") || !strcmp(t, "start"))
			continue;
		if (k != OPTOUT_NONE)
			fail_msg("trade talk taken for %s: %s",
				 optout_kind_name(k), t);
	}
}

static void test_edges(void **state)
{
	char big[OPTOUT_PHRASE_MAX + 40];

	(void)state;
	assert_int_equal(optout_classify("", 0, NULL), OPTOUT_NONE);
	assert_int_equal(optout_classify("...", 3, NULL), OPTOUT_NONE);
	assert_int_equal(optout_classify("\xff\xfe", 2, NULL), OPTOUT_NONE);
	assert_int_equal(optout_classify("stop stop", 9, NULL), OPTOUT_NONE);
	assert_int_equal(optout_classify("stopall please", 14, NULL),
			 OPTOUT_NONE);
	memset(big, 'a', sizeof(big));
	memcpy(big, "unsubscribe ", 12);
	assert_int_equal(optout_classify(big, sizeof(big), NULL), OPTOUT_NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords),
		cmocka_unit_test(test_phrases),
		cmocka_unit_test(test_trade_talk),
		cmocka_unit_test(test_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
