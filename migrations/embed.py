#!/usr/bin/env python3
"""Writes a C file holding every migration's name and SQL text, in order."""
import os
import sys

out, inputs = sys.argv[1], sorted(sys.argv[2:], key=os.path.basename)
with open(out, "w", encoding="utf-8") as f:
    f.write("/* Generated from the migrations folder by migrations/embed.py. */\n")
    f.write('#include "parley/migrate.h"\n\n')
    f.write("const struct migration migrate_builtin[] = {\n")
    for path in inputs:
        data = open(path, "rb").read()
        lit = "".join("\\x%02x" % b for b in data)
        name = os.path.basename(path)
        f.write('\t{ "%s", "%s", %d },\n' % (name, lit, len(data)))
    f.write("};\n")
    f.write("const size_t migrate_builtin_count = %d;\n" % len(inputs))
