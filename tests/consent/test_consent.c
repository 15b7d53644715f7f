/*
 * test_consent.c - the marketing-consent rules engine (filters/consent.c):
 * every reason code, their precedence, quiet hours across midnight, in
 * several time zones and on DST change days (zones read from the system
 * tz database as bytes, parsed by consent_tz_parse), the rolling-window
 * cap at its boundary, and an opt-out at t beating an offer at t+1 ms.
 * Pure; runs on the test's thread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parley/consent.h"

#define MIN 60000LL
#define HOUR (60 * MIN)
#define DAY (24 * HOUR)

static struct consent_tz *berlin, *new_york, *shanghai;

static const struct consent_policy policy = {
	.version = "test",
	.quiet_start_min = 21 * 60,
	.quiet_end_min = 8 * 60,
	.cap = 3,
	.cap_window_ms = 7 * DAY,
	.optin_countries = "AT,DE,FR,GB,CA",
};

/* ms since the epoch of a UTC civil time (days_from_civil, H. Hinnant) */
static int64_t utc(int y, int m, int d, int hh, int mm)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	int64_t days = era * 146097 + doe - 719468;
	return days * DAY + hh * HOUR + mm * MIN;
}

static struct consent_tz *zone(const char *name)
{
	char path[128];
	struct consent_tz *tz = NULL;
	static uint8_t buf[1 << 16];

	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", name);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_int_equal(consent_tz_parse(buf, n, &tz), 0);
	return tz;
}

static int setup(void **state)
{
	(void)state;
	berlin = zone("Europe/Berlin");
	new_york = zone("America/New_York");
	shanghai = zone("Asia/Shanghai");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	consent_tz_free(berlin);
	consent_tz_free(new_york);
	consent_tz_free(shanghai);
	return 0;
}

/* A known buyer in a country with no opt-in rule, in UTC. */
static struct consent_facts buyer(const char *country)
{
	struct consent_facts f = { .known = true, .buyer = true };

	snprintf(f.country, sizeof(f.country), "%s", country);
	return f;
}

static enum consent_reason decide(const struct consent_facts *f, int64_t now)
{
	struct consent_decision d;

	consent_decide(&policy, f, now, &d);
	return d.reason;
}

#define NOON utc(2026, 6, 10, 12, 0)

static void test_each_reason(void **state)
{
	struct consent_facts f;
	struct consent_event out = { 1, NOON - HOUR, CONSENT_OUT };
	int64_t recent[3] = { NOON - 3 * HOUR, NOON - 2 * HOUR, NOON - HOUR };

	(void)state;
	f = buyer("US");
	assert_int_equal(decide(&f, NOON), CONSENT_ALLOWED);
	f.known = false;
	assert_int_equal(decide(&f, NOON), CONSENT_UNKNOWN_RECIPIENT);
	f = buyer("US");
	f.buyer = false;	/* a seller is no recipient */
	assert_int_equal(decide(&f, NOON), CONSENT_UNKNOWN_RECIPIENT);
	assert_int_equal(decide(NULL, NOON), CONSENT_UNKNOWN_RECIPIENT);
	f = buyer("US");
	f.erased = true;
	assert_int_equal(decide(&f, NOON), CONSENT_RECIPIENT_ERASED);
	f = buyer("US");
	f.minor = true;
	assert_int_equal(decide(&f, NOON), CONSENT_RECIPIENT_MINOR);
	f = buyer("US");
	f.global = &out;
	f.global_n = 1;
	assert_int_equal(decide(&f, NOON), CONSENT_OPTED_OUT_GLOBAL);
	f = buyer("US");
	f.seller = &out;
	f.seller_n = 1;
	assert_int_equal(decide(&f, NOON), CONSENT_OPTED_OUT_SELLER);
	f = buyer("DE");
	assert_int_equal(decide(&f, NOON), CONSENT_NEEDS_OPT_IN);
	f = buyer("US");
	f.recent_ms = recent;
	f.recent_n = 3;
	assert_int_equal(decide(&f, NOON), CONSENT_FREQUENCY_CAP);
	f = buyer("US");
	assert_int_equal(decide(&f, utc(2026, 6, 10, 23, 0)),
			 CONSENT_DEFERRED_QUIET_HOURS);
	for (int r = 0; r < CONSENT_REASON_COUNT; r++)
		assert_string_not_equal(consent_reason_name(r), "internal");
	assert_string_equal(consent_reason_name(CONSENT_NEEDS_OPT_IN),
			    "needs_opt_in");
}

static void test_precedence(void **state)
{
	struct consent_event g_out = { 1, NOON - HOUR, CONSENT_OUT };
	struct consent_event s_out = { 2, NOON - HOUR, CONSENT_OUT };
	int64_t recent[3] = { NOON - 3 * HOUR, NOON - 2 * HOUR, NOON - HOUR };
	struct consent_facts f = buyer("DE");
	int64_t night = utc(2026, 6, 10, 23, 0);

	(void)state;
	f.erased = f.minor = true;
	f.global = &g_out;
	f.global_n = 1;
	f.seller = &s_out;
	f.seller_n = 1;
	f.recent_ms = recent;
	f.recent_n = 3;
	assert_int_equal(decide(&f, night), CONSENT_RECIPIENT_ERASED);
	f.erased = false;
	assert_int_equal(decide(&f, night), CONSENT_RECIPIENT_MINOR);
	f.minor = false;
	assert_int_equal(decide(&f, night), CONSENT_OPTED_OUT_GLOBAL);
	f.global_n = 0;
	assert_int_equal(decide(&f, night), CONSENT_OPTED_OUT_SELLER);
	f.seller_n = 0;
	assert_int_equal(decide(&f, night), CONSENT_NEEDS_OPT_IN);
	snprintf(f.country, sizeof(f.country), "US");
	assert_int_equal(decide(&f, night), CONSENT_FREQUENCY_CAP);
	f.recent_n = 0;
	assert_int_equal(decide(&f, night), CONSENT_DEFERRED_QUIET_HOURS);
}

static void test_optin_and_stopall_start(void **state)
{
	struct consent_facts f = buyer("DE");
	struct consent_event in = { 1, NOON - 3 * HOUR, CONSENT_IN };
	struct consent_event all_out = { 2, NOON - 2 * HOUR, CONSENT_OUT };
	struct consent_event s_in = { 3, NOON - HOUR, CONSENT_IN };
	struct consent_event g_in = { 4, NOON - HOUR, CONSENT_IN };
	struct consent_event s_out = { 5, NOON - 2 * HOUR, CONSENT_OUT };
	struct consent_decision d;

	(void)state;
	/* opt-in to this seller satisfies the jurisdiction */
	f.seller = &in;
	f.seller_n = 1;
	consent_decide(&policy, &f, NOON, &d);
	assert_int_equal(d.reason, CONSENT_ALLOWED);
	assert_int_equal(d.seller_event, 1);
	/* STOPALL after it wins */
	f.global = &all_out;
	f.global_n = 1;
	consent_decide(&policy, &f, NOON, &d);
	assert_int_equal(d.reason, CONSENT_OPTED_OUT_GLOBAL);
	assert_int_equal(d.global_event, 2);
	/* START for this seller after STOPALL: this seller only is back */
	f.seller = &s_in;
	assert_int_equal(decide(&f, NOON), CONSENT_ALLOWED);
	/* a global opt-in does not lift a seller's own opt-out */
	f.global = &g_in;
	f.seller = &s_out;
	assert_int_equal(decide(&f, NOON), CONSENT_OPTED_OUT_SELLER);
	/* a global opt-in alone is prior consent */
	f.seller_n = 0;
	assert_int_equal(decide(&f, NOON), CONSENT_ALLOWED);
}

static void test_optout_beats_next_ms(void **state)
{
	int64_t t = NOON;
	struct consent_event ev[2] = {
		{ 10, t - DAY, CONSENT_IN },
		{ 11, t, CONSENT_OUT },
	};
	struct consent_event same_ms[2] = {
		{ 20, t, CONSENT_IN },
		{ 21, t, CONSENT_OUT },	/* later in the ledger, same ms */
	};
	struct consent_facts f = buyer("DE");

	(void)state;
	f.seller = ev;
	f.seller_n = 2;
	assert_int_equal(decide(&f, t + 1), CONSENT_OPTED_OUT_SELLER);
	assert_int_equal(decide(&f, t), CONSENT_OPTED_OUT_SELLER);
	/* decided 1 ms before the opt-out: it did not exist yet */
	assert_int_equal(decide(&f, t - 1), CONSENT_ALLOWED);
	f.seller = same_ms;
	assert_int_equal(decide(&f, t + 1), CONSENT_OPTED_OUT_SELLER);
}

static void test_cap_window_boundary(void **state)
{
	int64_t t0 = NOON;
	int64_t recent[3] = { t0, t0 + MIN, t0 + 2 * MIN };
	struct consent_facts f = buyer("US");
	struct consent_policy p = policy;

	(void)state;
	f.recent_ms = recent;
	f.recent_n = 3;
	/* the window holds all three until the first is window old */
	assert_int_equal(decide(&f, t0 + 7 * DAY - 1),
			 CONSENT_FREQUENCY_CAP);
	assert_int_equal(decide(&f, t0 + 7 * DAY), CONSENT_ALLOWED);
	/* two in the window: the third offer is fine, a fourth is not */
	f.recent_n = 2;
	assert_int_equal(decide(&f, t0 + 3 * MIN), CONSENT_ALLOWED);
	/* cap 0 switches it off */
	f.recent_n = 3;
	p.cap = 0;
	struct consent_decision d;
	consent_decide(&p, &f, t0 + 3 * MIN, &d);
	assert_int_equal(d.reason, CONSENT_ALLOWED);
}

static void test_quiet_across_midnight(void **state)
{
	struct consent_facts f = buyer("US");
	struct consent_decision d;

	(void)state;
	assert_int_equal(decide(&f, utc(2026, 6, 10, 20, 59)), CONSENT_ALLOWED);
	consent_decide(&policy, &f, utc(2026, 6, 10, 21, 0), &d);
	assert_int_equal(d.reason, CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(d.deliver_at_ms, utc(2026, 6, 11, 8, 0));
	consent_decide(&policy, &f, utc(2026, 6, 11, 0, 0), &d);
	assert_int_equal(d.deliver_at_ms, utc(2026, 6, 11, 8, 0));
	consent_decide(&policy, &f, utc(2026, 6, 11, 7, 59), &d);
	assert_int_equal(d.reason, CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(d.deliver_at_ms, utc(2026, 6, 11, 8, 0));
	assert_int_equal(decide(&f, utc(2026, 6, 11, 8, 0)), CONSENT_ALLOWED);
	/* quiet hours inside one day, and none at all */
	struct consent_policy p = policy;
	p.quiet_start_min = 13 * 60;
	p.quiet_end_min = 14 * 60;
	assert_true(consent_quiet(&p, NULL, utc(2026, 6, 10, 13, 30)));
	assert_false(consent_quiet(&p, NULL, utc(2026, 6, 10, 23, 30)));
	p.quiet_end_min = p.quiet_start_min;
	assert_false(consent_quiet(&p, NULL, utc(2026, 6, 10, 23, 30)));
}

static void test_time_zones(void **state)
{
	/* 2026-06-10 19:30 UTC: 21:30 in Berlin, 15:30 in New York, 03:30
	 * next day in Shanghai */
	int64_t t = utc(2026, 6, 10, 19, 30);
	struct consent_facts f = buyer("US");
	struct consent_decision d;

	(void)state;
	assert_int_equal(consent_tz_offset(berlin, t), 7200);
	assert_int_equal(consent_tz_offset(new_york, t), -4 * 3600);
	assert_int_equal(consent_tz_offset(shanghai, t), 8 * 3600);
	f.tz = berlin;
	consent_decide(&policy, &f, t, &d);
	assert_int_equal(d.reason, CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(d.deliver_at_ms, utc(2026, 6, 11, 6, 0));
	f.tz = new_york;
	assert_int_equal(decide(&f, t), CONSENT_ALLOWED);
	f.tz = shanghai;
	consent_decide(&policy, &f, t, &d);
	assert_int_equal(d.reason, CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(d.deliver_at_ms, utc(2026, 6, 11, 0, 0));
	/* winter: Berlin is UTC+1 */
	assert_int_equal(consent_local_minute(berlin, utc(2026, 1, 15, 7, 0)),
			 8 * 60);
}

static void test_dst_change_days(void **state)
{
	struct consent_facts f = buyer("US");
	struct consent_decision d;

	(void)state;
	f.tz = berlin;
	/* Berlin springs forward 2026-03-29 01:00 UTC (02:00 -> 03:00):
	 * 22:00 CET on the 28th waits until 08:00 CEST = 06:00 UTC */
	consent_decide(&policy, &f, utc(2026, 3, 28, 21, 0), &d);
	assert_int_equal(d.reason, CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(d.deliver_at_ms, utc(2026, 3, 29, 6, 0));
	/* 07:30 CEST on the change day is still quiet; 08:00 CEST is not */
	assert_int_equal(decide(&f, utc(2026, 3, 29, 5, 30)),
			 CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(decide(&f, utc(2026, 3, 29, 6, 0)), CONSENT_ALLOWED);
	/* falls back 2026-10-25 01:00 UTC (03:00 -> 02:00): 23:00 CEST on
	 * the 24th waits until 08:00 CET = 07:00 UTC */
	consent_decide(&policy, &f, utc(2026, 10, 24, 21, 0), &d);
	assert_int_equal(d.deliver_at_ms, utc(2026, 10, 25, 7, 0));
	assert_int_equal(decide(&f, utc(2026, 10, 25, 6, 59)),
			 CONSENT_DEFERRED_QUIET_HOURS);
	assert_int_equal(decide(&f, utc(2026, 10, 25, 7, 0)), CONSENT_ALLOWED);
	/* New York springs forward 2026-03-08 07:00 UTC: 08:00 EDT = 12:00
	 * UTC; the day before, 08:00 EST was 13:00 UTC */
	f.tz = new_york;
	consent_decide(&policy, &f, utc(2026, 3, 8, 4, 0), &d);
	assert_int_equal(d.deliver_at_ms, utc(2026, 3, 8, 12, 0));
	consent_decide(&policy, &f, utc(2026, 3, 7, 4, 0), &d);
	assert_int_equal(d.deliver_at_ms, utc(2026, 3, 7, 13, 0));
	/* a wall-clock minute the gap skips: 02:30 in Berlin on the change
	 * day is reached when the clock jumps, 01:00 UTC */
	assert_int_equal(consent_next_local(berlin, utc(2026, 3, 28, 23, 0),
					    150),
			 utc(2026, 3, 29, 1, 0));
	/* the hour that happens twice: the first 02:30 (CEST) */
	assert_int_equal(consent_next_local(berlin, utc(2026, 10, 24, 23, 0),
					    150),
			 utc(2026, 10, 25, 0, 30));
}

static void test_tz_parse_rejects(void **state)
{
	struct consent_tz *tz = NULL;
	uint8_t junk[64] = "TZif2";

	(void)state;
	assert_int_equal(consent_tz_parse(junk, 10, &tz), -EINVAL);
	assert_int_equal(consent_tz_parse(junk, sizeof(junk), &tz), -EINVAL);
	assert_null(tz);
	assert_int_equal(consent_tz_offset(NULL, NOON), 0);
	assert_true(consent_country_in("AT, DE,FR", "de"));
	assert_false(consent_country_in("AT,DE", "D"));
	assert_false(consent_country_in(NULL, "DE"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_reason),
		cmocka_unit_test(test_precedence),
		cmocka_unit_test(test_optin_and_stopall_start),
		cmocka_unit_test(test_optout_beats_next_ms),
		cmocka_unit_test(test_cap_window_boundary),
		cmocka_unit_test(test_quiet_across_midnight),
		cmocka_unit_test(test_time_zones),
		cmocka_unit_test(test_dst_change_days),
		cmocka_unit_test(test_tz_parse_rejects),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
