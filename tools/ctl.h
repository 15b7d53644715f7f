/*
 * ctl.h - parleyctl sub-commands that live in their own files.
 * Each takes the arguments after the sub-command name (argv[0] is the
 * sub-command) and returns the process exit status.
 */
#ifndef PARLEY_TOOLS_CTL_H
#define PARLEY_TOOLS_CTL_H

#include <libpq-fe.h>

#include "parley/config.h"

/* ctl_db.c: loads the configuration (path may be NULL); 0, or -1 with the
 * reason printed. The caller config_deinit()s it. */
int ctl_config_open(struct parley_config *cfg, const char *path);

/* ctl_db.c: one blocking connection to cfg->db_url, session in UTC; NULL
 * with the reason printed. The caller PQfinish()es it. */
PGconn *ctl_db_connect(const struct parley_config *cfg);

/* ctl_db.c: both, when only the connection is needed. */
PGconn *ctl_db_open(const char *path);

/* parleyctl redact [--bench FILE]: JSON lines in, redacted JSON lines out. */
int ctl_redact_main(int argc, char **argv);

/*
 * ctl_redact_ref.c: for --bench, ten typical PII regexes (pcre2 JIT) and
 * the engine's scan timed in turns over the texts (bytes in all) for
 * about secs; with diag, the scan with its caches warm and after a
 * system call too. Prints the figures; 0, or 1 on failure.
 */
struct pii_engine;
int ctl_redact_reference(const struct pii_engine *eng, char *const *texts,
			 const size_t *lens, size_t cnt, size_t bytes,
			 double secs, bool diag);

/* ctl_redact.c: the median of v[0..n) (n > 0); sorts v. */
double ctl_median(double *v, size_t n);

/* parleyctl original --conv ID --seq N: print a message's original. */
int ctl_original_main(int argc, char **argv, const char *config_path);

/* parleyctl rotate-master-key: re-wrap data keys (PARLEY_MASTER_KEY_OLD
 * is the key being retired, PARLEY_MASTER_KEY the new one). */
int ctl_rotate_main(int argc, char **argv, const char *config_path);

/* parleyctl audit [verify] [--dispute ID] [--actor ID] [--limit N] */
int ctl_audit_main(int argc, char **argv, const char *config_path);

/* parleyctl export --user ID [--out FILE] */
int ctl_export_main(int argc, char **argv, const char *config_path);

/* parleyctl erase --user ID --reason TEXT [--minor-request] [--batch N] */
int ctl_erase_main(int argc, char **argv, const char *config_path);

/* parleyctl retention run */
int ctl_retention_main(int argc, char **argv, const char *config_path);

/* parleyctl consent verify | consent list --buyer ID (ctl_consent.c) */
int ctl_consent_main(int argc, char **argv, const char *config_path);

/* parleyctl offers explain --offer ID [--buyer ID] (ctl_consent.c) */
int ctl_offers_main(int argc, char **argv, const char *config_path);

#endif
