/* Stand-in while the PII engine's redact command is not built in. */
#include <stdio.h>

#include "ctl.h"

int ctl_redact_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "parleyctl: redact is not built in\n");
	return 1;
}
