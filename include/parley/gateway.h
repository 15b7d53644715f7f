/*
 * gateway.h - parleyd's network side: one libwebsockets context on one
 * event loop (libev), the /ws endpoint, HTTP endpoints, sessions, and the
 * routing of committed messages to the connections that should see them.
 */
#ifndef PARLEY_GATEWAY_H
#define PARLEY_GATEWAY_H

#include "parley/config.h"

struct gw;

/*
 * Builds the gateway from a validated config: starts the storage threads
 * and creates the listening vhost. cfg must outlive the gateway.
 * Returns 0 or a negative errno with a reason logged.
 */
int gw_new(struct gw **out, struct parley_config *cfg);

/*
 * Runs the event loop until a graceful shutdown finishes (SIGTERM or
 * SIGINT: stop accepting, commit and answer what was received, close
 * sockets with 1001). Returns 0 on a clean stop.
 */
int gw_run(struct gw *gw);

void gw_free(struct gw *gw);

#endif
