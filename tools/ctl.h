/*
 * ctl.h - parleyctl sub-commands that live in their own files.
 * Each takes the arguments after the sub-command name (argv[0] is the
 * sub-command) and returns the process exit status.
 */
#ifndef PARLEY_TOOLS_CTL_H
#define PARLEY_TOOLS_CTL_H

/* parleyctl redact [--bench FILE]: JSON lines in, redacted JSON lines out. */
int ctl_redact_main(int argc, char **argv);

#endif
