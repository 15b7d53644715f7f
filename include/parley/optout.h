/*
 * optout.h - recognises a buyer's marketing keyword or opt-out phrase in a
 * chat message. Pure and reentrant (filters/).
 *
 * Keywords are the whole message, any case, surrounding spaces and a
 * final '.', '!' or '?' ignored: STOP UNSUBSCRIBE CANCEL END QUIT (this
 * seller), STOPALL (every seller), START UNSTOP (this seller again), HELP.
 * Phrases are short messages that ask, in English, Chinese, Spanish,
 * German, Portuguese, Russian or French, for no more offers or
 * advertising; a message that talks about an order, production, delivery,
 * payment or price, or carries a number, is trade talk and never matches.
 */
#ifndef PARLEY_OPTOUT_H
#define PARLEY_OPTOUT_H

#include <stdbool.h>
#include <stddef.h>

enum optout_kind {
	OPTOUT_NONE,	/* ordinary chat */
	OPTOUT_SELLER,	/* no more offers from this seller */
	OPTOUT_ALL,	/* no more offers from any seller */
	OPTOUT_START,	/* offers from this seller again */
	OPTOUT_HELP,	/* explain the choices */
};

/* Longest message (bytes) a phrase is looked for in. */
#define OPTOUT_PHRASE_MAX 240

/*
 * Classifies text[0..len) (UTF-8). *keyword (may be NULL) is set when it
 * was an exact keyword rather than a phrase.
 */
enum optout_kind optout_classify(const char *text, size_t len,
				 bool *keyword);

/* "opt_out", "opt_out_all", "opt_in", "help", "none". */
const char *optout_kind_name(enum optout_kind k);

#endif
