/*
 * consent.h - the marketing-consent rules engine and the buyer's own time
 * zone. Pure: a decision is a function of the facts, the policy and the
 * time passed in; nothing here reads a clock, a file or a database.
 * docs/privacy.md lists every rule with the law or policy line it serves.
 *
 * Thread safety: every function is reentrant. A parsed zone
 * (struct consent_tz) is immutable after consent_tz_parse() and may be
 * shared by any number of threads; nothing touches TZ or localtime.
 */
#ifndef PARLEY_CONSENT_H
#define PARLEY_CONSENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parley/util.h"

/*
 * Stable reason codes, in the order the engine checks them (precedence:
 * the first that applies is the answer).
 */
enum consent_reason {
	CONSENT_ALLOWED,		/* delivered now */
	CONSENT_UNKNOWN_RECIPIENT,	/* no such user, or not a buyer */
	CONSENT_RECIPIENT_ERASED,	/* account erased: never */
	CONSENT_RECIPIENT_MINOR,	/* a minor: never */
	CONSENT_OPTED_OUT_GLOBAL,	/* opted out of every seller */
	CONSENT_OPTED_OUT_SELLER,	/* opted out of this seller */
	CONSENT_NEEDS_OPT_IN,		/* jurisdiction needs prior consent */
	CONSENT_FREQUENCY_CAP,		/* cap reached in the rolling window */
	CONSENT_DEFERRED_QUIET_HOURS,	/* delivered at deliver_at_ms */
	CONSENT_REASON_COUNT
};

enum consent_state {
	CONSENT_NONE,	/* no event */
	CONSENT_IN,	/* opt_in */
	CONSENT_OUT,	/* opt_out */
};

/* One consent event as the engine needs it. */
struct consent_event {
	int64_t id;		/* ledger id: orders events of the same ms */
	int64_t at_ms;		/* when it took effect, ms since the epoch */
	enum consent_state state;
};

/* A parsed TZif zone: UTC offsets and the instants they start. */
struct consent_tz {
	size_t n;		/* transitions */
	int64_t *at;		/* transition instants, seconds, ascending */
	int32_t *off;		/* UTC offset in seconds from at[i] on */
	int32_t off0;		/* offset before the first transition */
};

/* Jurisdiction rules in force (a row of consent_policy, config on top). */
struct consent_policy {
	char version[48];	/* recorded on every decision */
	int quiet_start_min;	/* minute of the day quiet hours begin */
	int quiet_end_min;	/* ... and end; equal: no quiet hours */
	int cap;		/* offers per seller and buyer per window; 0: none */
	int64_t cap_window_ms;
	const char *optin_countries;	/* "AT,BE,...": need prior opt-in */
};

/* What storage knows about one recipient, loaded in bulk. */
struct consent_facts {
	bool known;		/* a user with that id exists */
	bool buyer;		/* ... and is a buyer */
	bool minor;
	bool erased;
	char country[3];	/* ISO 3166-1 alpha-2, "" unknown */
	const struct consent_tz *tz;	/* buyer's zone; NULL: UTC */
	/* events for every seller ("*") and for this seller; events later
	 * than now are ignored, the latest (at, id) of each list counts */
	const struct consent_event *global;
	size_t global_n;
	const struct consent_event *seller;
	size_t seller_n;
	/* when earlier offers of this seller reached this buyer (allowed or
	 * deferred), any order */
	const int64_t *recent_ms;
	size_t recent_n;
};

struct consent_decision {
	enum consent_reason reason;
	int64_t deliver_at_ms;	/* ALLOWED: now; DEFERRED: end of quiet hours */
	int64_t global_event;	/* ledger id of the event it rested on, 0 */
	int64_t seller_event;
};

/*
 * Decides one recipient at now_ms. Never fails: unknown facts make
 * CONSENT_UNKNOWN_RECIPIENT.
 */
void consent_decide(const struct consent_policy *p,
		    const struct consent_facts *f, int64_t now_ms,
		    struct consent_decision *out);

/* "allowed", "deferred_quiet_hours", ... ; "internal" out of range. */
const char *consent_reason_name(enum consent_reason r);

/* Whether country (two letters) is in the comma list. */
bool consent_country_in(const char *list, const char *country);

/*
 * Parses TZif bytes (RFC 8536, versions 1 to 4; the 64-bit block when
 * present). Past the last transition the last offset holds (the fat files
 * of the system database run to 2037). Returns 0 or -EINVAL; free with
 * consent_tz_free().
 */
int consent_tz_parse(const uint8_t *data, size_t len,
		     struct consent_tz **out);
void consent_tz_free(struct consent_tz *tz);

/* UTC offset in seconds at instant t_ms; tz NULL is UTC. */
int32_t consent_tz_offset(const struct consent_tz *tz, int64_t t_ms);

/* Minute of the local day (0..1439) at t_ms. */
int consent_local_minute(const struct consent_tz *tz, int64_t t_ms);

/*
 * The first instant at or after t_ms where the local wall clock reads
 * minute_of_day (in a DST gap: the instant the clock jumps past it).
 */
int64_t consent_next_local(const struct consent_tz *tz, int64_t t_ms,
			   int minute_of_day);

/* Whether t_ms is in the policy's quiet hours in zone tz. */
bool consent_quiet(const struct consent_policy *p,
		   const struct consent_tz *tz, int64_t t_ms);

#endif
