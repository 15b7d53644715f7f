/*
 * consent.c - the marketing-consent rules engine (see consent.h) and a
 * small TZif reader for the buyer's own time zone.
 *
 * Pure and reentrant: runs on whichever thread decides (the storage query
 * thread in parleyd, the caller's in tests and parleyctl). Time zones are
 * read from TZif bytes the caller loads, never through TZ/localtime, which
 * are process-wide and not safe while other threads run.
 *
 * Precedence, first match wins: unknown recipient, erased, minor, global
 * opt-out, seller opt-out, missing prior opt-in where the jurisdiction
 * needs it, frequency cap, quiet hours (deferral). docs/privacy.md gives
 * the reason for each.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "parley/consent.h"

#define DAY_MS 86400000LL

static const char *const reason_names[CONSENT_REASON_COUNT] = {
	[CONSENT_ALLOWED] = "allowed",
	[CONSENT_UNKNOWN_RECIPIENT] = "unknown_recipient",
	[CONSENT_RECIPIENT_ERASED] = "recipient_erased",
	[CONSENT_RECIPIENT_MINOR] = "recipient_minor",
	[CONSENT_OPTED_OUT_GLOBAL] = "opted_out_global",
	[CONSENT_OPTED_OUT_SELLER] = "opted_out_seller",
	[CONSENT_NEEDS_OPT_IN] = "needs_opt_in",
	[CONSENT_FREQUENCY_CAP] = "frequency_cap",
	[CONSENT_DEFERRED_QUIET_HOURS] = "deferred_quiet_hours",
};

const char *consent_reason_name(enum consent_reason r)
{
	if ((unsigned)r >= CONSENT_REASON_COUNT)
		return "internal";
	return reason_names[r];
}

bool consent_country_in(const char *list, const char *country)
{
	size_t n = strlen(country);

	if (!list || n != 2)
		return false;
	for (const char *p = list; *p;) {
		while (*p == ',' || *p == ' ')
			p++;
		size_t k = strcspn(p, ", ");
		if (k == 2 && (p[0] & ~0x20) == (country[0] & ~0x20) &&
		    (p[1] & ~0x20) == (country[1] & ~0x20))
			return true;
		p += k;
	}
	return false;
}

/* ---- TZif ------------------------------------------------------------ */

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const uint8_t *p)
{
	return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

struct tzif_head {
	uint32_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
};

static int tzif_head(const uint8_t *p, size_t len, struct tzif_head *h)
{
	if (len < 44 || memcmp(p, "TZif", 4))
		return -EINVAL;
	h->isutcnt = be32(p + 20);
	h->isstdcnt = be32(p + 24);
	h->leapcnt = be32(p + 28);
	h->timecnt = be32(p + 32);
	h->typecnt = be32(p + 36);
	h->charcnt = be32(p + 40);
	if (h->typecnt == 0 || h->typecnt > 256 || h->timecnt > 100000 ||
	    h->leapcnt > 10000 || h->charcnt > 100000 ||
	    h->isutcnt > 256 || h->isstdcnt > 256)
		return -EINVAL;
	return 0;
}

static size_t tzif_block_len(const struct tzif_head *h, size_t tsize)
{
	return h->timecnt * tsize + h->timecnt + h->typecnt * 6 + h->charcnt +
	       h->leapcnt * (tsize + 4) + h->isstdcnt + h->isutcnt;
}

int consent_tz_parse(const uint8_t *data, size_t len,
		     struct consent_tz **out)
{
	struct tzif_head h;
	size_t tsize = 4;
	const uint8_t *p = data;
	struct consent_tz *tz;

	*out = NULL;
	if (tzif_head(p, len, &h))
		return -EINVAL;
	if (data[4] >= '2') {
		/* skip the 32-bit block: the 64-bit one follows */
		size_t skip = 44 + tzif_block_len(&h, 4);
		if (skip > len)
			return -EINVAL;
		p = data + skip;
		len -= skip;
		if (tzif_head(p, len, &h))
			return -EINVAL;
		tsize = 8;
	}
	if (44 + tzif_block_len(&h, tsize) > len)
		return -EINVAL;
	const uint8_t *times = p + 44;
	const uint8_t *idx = times + h.timecnt * tsize;
	const uint8_t *types = idx + h.timecnt;

	tz = calloc(1, sizeof(*tz));
	if (!tz)
		return -ENOMEM;
	tz->n = h.timecnt;
	if (tz->n) {
		tz->at = malloc(tz->n * sizeof(*tz->at));
		tz->off = malloc(tz->n * sizeof(*tz->off));
		if (!tz->at || !tz->off) {
			consent_tz_free(tz);
			return -ENOMEM;
		}
	}
	for (size_t i = 0; i < tz->n; i++) {
		int64_t t = tsize == 8 ? be64(times + i * 8) :
					 (int64_t)(int32_t)be32(times + i * 4);
		uint8_t k = idx[i];
		if (k >= h.typecnt || (i && t <= tz->at[i - 1])) {
			consent_tz_free(tz);
			return -EINVAL;
		}
		tz->at[i] = t;
		tz->off[i] = (int32_t)be32(types + k * 6);
	}
	/* RFC 8536 3.2: type 0 is local time before the first transition */
	tz->off0 = (int32_t)be32(types);
	*out = tz;
	return 0;
}

void consent_tz_free(struct consent_tz *tz)
{
	if (!tz)
		return;
	free(tz->at);
	free(tz->off);
	free(tz);
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return (a % b && (a < 0) != (b < 0)) ? q - 1 : q;
}

int32_t consent_tz_offset(const struct consent_tz *tz, int64_t t_ms)
{
	if (!tz || !tz->n)
		return tz ? tz->off0 : 0;
	int64_t t = floor_div(t_ms, 1000);
	size_t lo = 0, hi = tz->n;

	if (t < tz->at[0])
		return tz->off0;
	/* last transition at or before t */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (tz->at[mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	return tz->off[lo];
}

int consent_local_minute(const struct consent_tz *tz, int64_t t_ms)
{
	int64_t local = t_ms + (int64_t)consent_tz_offset(tz, t_ms) * 1000;
	int64_t in_day = local - floor_div(local, DAY_MS) * DAY_MS;

	return (int)(in_day / 60000);
}

/* The first transition strictly after t_ms, in ms; INT64_MAX if none. */
static int64_t next_transition(const struct consent_tz *tz, int64_t t_ms)
{
	if (tz)
		for (size_t i = 0; i < tz->n; i++)
			if (tz->at[i] * 1000 > t_ms)
				return tz->at[i] * 1000;
	return INT64_MAX;
}

int64_t consent_next_local(const struct consent_tz *tz, int64_t t_ms,
			   int minute_of_day)
{
	int64_t local = t_ms + (int64_t)consent_tz_offset(tz, t_ms) * 1000;
	int64_t day = floor_div(local, DAY_MS);

	for (int64_t d = day - 1; d <= day + 2; d++) {
		int64_t target = d * DAY_MS + (int64_t)minute_of_day * 60000;
		/* the offsets in force around that wall-clock time */
		int32_t cand[2] = {
			consent_tz_offset(tz, target - 36 * 3600000LL),
			consent_tz_offset(tz, target + 36 * 3600000LL),
		};
		int64_t best = INT64_MAX, lo = INT64_MAX, hi = INT64_MIN;
		for (int i = 0; i < 2; i++) {
			int64_t u = target - (int64_t)cand[i] * 1000;
			if (u < lo)
				lo = u;
			if (u > hi)
				hi = u;
			if (consent_tz_offset(tz, u) == cand[i] && u >= t_ms &&
			    u < best)
				best = u;	/* ambiguous: the earlier */
		}
		if (best != INT64_MAX)
			return best;
		/* a gap: the wall clock skips this minute; it jumps here */
		if (cand[0] != cand[1]) {
			int64_t jump = next_transition(tz, lo - 1);
			if (jump != INT64_MAX && jump <= hi && jump >= t_ms)
				return jump;
		}
	}
	return t_ms;	/* unreachable for sane zones */
}

bool consent_quiet(const struct consent_policy *p,
		   const struct consent_tz *tz, int64_t t_ms)
{
	int s = p->quiet_start_min, e = p->quiet_end_min;
	int m;

	if (s == e)
		return false;
	m = consent_local_minute(tz, t_ms);
	if (s < e)
		return m >= s && m < e;
	return m >= s || m < e;	/* across midnight */
}

/* ---- decisions ------------------------------------------------------- */

/* The latest event at or before now: by time, then ledger order. */
static const struct consent_event *latest(const struct consent_event *v,
					  size_t n, int64_t now_ms)
{
	const struct consent_event *best = NULL;

	for (size_t i = 0; i < n; i++) {
		if (v[i].at_ms > now_ms || v[i].state == CONSENT_NONE)
			continue;
		if (!best || v[i].at_ms > best->at_ms ||
		    (v[i].at_ms == best->at_ms && v[i].id > best->id))
			best = &v[i];
	}
	return best;
}

static bool later(const struct consent_event *a,
		  const struct consent_event *b)
{
	return a->at_ms > b->at_ms || (a->at_ms == b->at_ms && a->id > b->id);
}

void consent_decide(const struct consent_policy *p,
		    const struct consent_facts *f, int64_t now_ms,
		    struct consent_decision *out)
{
	const struct consent_event *g, *s;
	size_t recent = 0;

	memset(out, 0, sizeof(*out));
	out->deliver_at_ms = now_ms;
	if (!f || !f->known || !f->buyer) {
		out->reason = CONSENT_UNKNOWN_RECIPIENT;
		return;
	}
	if (f->erased) {
		out->reason = CONSENT_RECIPIENT_ERASED;
		return;
	}
	if (f->minor) {
		out->reason = CONSENT_RECIPIENT_MINOR;
		return;
	}
	g = latest(f->global, f->global_n, now_ms);
	s = latest(f->seller, f->seller_n, now_ms);
	out->global_event = g ? g->id : 0;
	out->seller_event = s ? s->id : 0;
	/* STOPALL, then START for one seller: that seller only is back */
	if (g && g->state == CONSENT_OUT &&
	    !(s && s->state == CONSENT_IN && later(s, g))) {
		out->reason = CONSENT_OPTED_OUT_GLOBAL;
		return;
	}
	/* a seller opt-out ends only with an opt-in to that seller */
	if (s && s->state == CONSENT_OUT) {
		out->reason = CONSENT_OPTED_OUT_SELLER;
		return;
	}
	bool consent = (s && s->state == CONSENT_IN) ||
		       (g && g->state == CONSENT_IN);
	if (!consent && consent_country_in(p->optin_countries, f->country)) {
		out->reason = CONSENT_NEEDS_OPT_IN;
		return;
	}
	if (p->cap > 0) {
		for (size_t i = 0; i < f->recent_n; i++)
			if (f->recent_ms[i] <= now_ms &&
			    now_ms - f->recent_ms[i] < p->cap_window_ms)
				recent++;
		if (recent >= (size_t)p->cap) {
			out->reason = CONSENT_FREQUENCY_CAP;
			return;
		}
	}
	if (consent_quiet(p, f->tz, now_ms)) {
		out->reason = CONSENT_DEFERRED_QUIET_HOURS;
		out->deliver_at_ms =
			consent_next_local(f->tz, now_ms, p->quiet_end_min);
		return;
	}
	out->reason = CONSENT_ALLOWED;
}
