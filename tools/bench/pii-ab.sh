#!/bin/sh
# pii-ab.sh - the PII engine of two builds in one process: same spans?
# which is faster? (tools/bench/pii_ab.c says what it measures.)
#
#   tools/bench/pii-ab.sh BASE NEW [CORPUS] [--quads N] [--random N]
#
# BASE and NEW are meson build directories with libparley.a built, or
# BASE may be rev:REVISION (any git revision of this repository): it is
# then checked out and built in a temporary directory. CORPUS defaults
# to ../shared/pii-corpus/dev.jsonl. PII_AB_CFLAGS is added to the
# compile and link (a sanitizer build needs its -fsanitize=...). Exit
# status: pii_ab's (0 same output, 1 different, 2 error).
set -eu

usage() {
	echo "usage: $0 BASE_BUILD|rev:REVISION NEW_BUILD [CORPUS] [--quads N] [--random N]" >&2
	exit 2
}
[ $# -ge 2 ] || usage
base=$1
new=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$root/../shared/pii-corpus/dev.jsonl
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
	corpus=$1
	shift
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pii-ab.XXXXXX")
cleanup() {
	if [ -d "$tmp/src" ]; then
		git -C "$root" worktree remove --force "$tmp/src" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

case $base in
rev:*)
	rev=${base#rev:}
	echo "==> building $rev in $tmp/src" >&2
	git -C "$root" worktree add --detach "$tmp/src" "$rev" >/dev/null
	meson setup "$tmp/src/build" "$tmp/src" >/dev/null
	ninja -C "$tmp/src/build" libparley.a >/dev/null
	base=$tmp/src/build
	;;
esac
for b in "$base" "$new"; do
	if [ ! -f "$b/libparley.a" ]; then
		echo "$0: $b/libparley.a: not built" >&2
		exit 2
	fi
done
base=$(cd "$base" && pwd)
new=$(cd "$new" && pwd)

# A real archive of the base's objects (meson makes thin ones, whose
# members ar lists by path), its global symbols renamed base_*.
if [ "$(head -c 7 "$base/libparley.a")" = '!<thin>' ]; then
	# shellcheck disable=SC2046
	ar rcs "$tmp/base.a" $(ar t "$base/libparley.a")
else
	cp "$base/libparley.a" "$tmp/base.a"
fi
nm --defined-only -g "$tmp/base.a" 2>/dev/null |
	awk 'NF == 3 { print $3 " base_" $3 }' | sort -u >"$tmp/map"
objcopy --redefine-syms="$tmp/map" "$tmp/base.a" "$tmp/base2.a"

# PII_AB_CFLAGS: what the builds were compiled with that the link needs
# too (-fsanitize=... for a sanitizer build)
# shellcheck disable=SC2046,SC2086
cc -std=c11 -O2 -Wall -Wextra -Werror ${PII_AB_CFLAGS:-} -o "$tmp/pii_ab" \
	"$root/tools/bench/pii_ab.c" -I"$root/include" \
	"$new/libparley.a" "$tmp/base2.a" \
	$(pkg-config --libs jansson libpcre2-8 libwebsockets libpq inih openssl) \
	-lpthread -lm
"$tmp/pii_ab" "$corpus" "$@"
