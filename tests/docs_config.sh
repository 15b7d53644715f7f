#!/bin/sh
# docs/configuration.md must list every setting exactly as the binary does.
set -eu
ctl=$1
doc=$2
expected=$(mktemp)
actual=$(mktemp)
trap 'rm -f "$expected" "$actual"' EXIT
env -i "$ctl" config --reference >"$expected"
sed -n '/^| section | key/,$p' "$doc" >"$actual"
if ! diff -u "$expected" "$actual"; then
	echo "docs/configuration.md is stale: regenerate its table with 'parleyctl config --reference'" >&2
	exit 1
fi
