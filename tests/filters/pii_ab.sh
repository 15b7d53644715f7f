#!/bin/sh
# tools/bench/pii-ab.sh: the engines of two builds linked into one
# process. With this build on both sides their outputs must agree on a
# few messages and on random texts, both speed lines must print; a
# build directory without libparley.a and an unknown flag are errors
# (exit 2).
set -eu
root=$1
build=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() {
	echo "pii_ab: $*" >&2
	exit 1
}

printf '%s\n' \
	'{"id":"a","text":"mail lee.wang@example.com or call +86 138 0013 8000"}' \
	'{"id":"b","text":"MOQ 500 pcs, USD 3.20 each"}' \
	'{"id":"c","text":"IBAN DE89 3704 0044 0532 0130 00, 微信 wxid_abc123"}' \
	>"$dir/c.jsonl"

rc=0
"$root/tools/bench/pii-ab.sh" "$build" "$build" "$dir/c.jsonl" \
	--quads 3 --random 20000 >"$dir/out" 2>"$dir/err" || rc=$?
[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$dir/err" "$dir/out")"
grep -qx 'same output: 0 of 3 corpus messages differ, 0 of 20000 random texts' \
	"$dir/out" || fail "no agreement line: $(cat "$dir/out")"
grep -Eq '^base: [0-9.]+ MB/s, new: [0-9.]+ MB/s \(medians of 6 passes each\)$' \
	"$dir/out" || fail "no MB/s line: $(cat "$dir/out")"
grep -Eq '^new / base speed: [0-9]+\.[0-9]{3} \(median of 3 quads A B B A; IQR [0-9.]+-[0-9.]+\)$' \
	"$dir/out" || fail "no ratio line: $(cat "$dir/out")"

rc=0
"$root/tools/bench/pii-ab.sh" "$dir" "$build" "$dir/c.jsonl" \
	>/dev/null 2>"$dir/err" || rc=$?
[ "$rc" -eq 2 ] || fail "a build without libparley.a gave exit $rc"
grep -q 'libparley.a: not built' "$dir/err" ||
	fail "the error does not say what is missing: $(cat "$dir/err")"

rc=0
"$root/tools/bench/pii-ab.sh" "$build" "$build" "$dir/c.jsonl" --no-such-flag \
	>/dev/null 2>"$dir/err" || rc=$?
[ "$rc" -eq 2 ] || fail "an unknown flag gave exit $rc"
grep -q '^usage: pii_ab ' "$dir/err" || fail "no usage line: $(cat "$dir/err")"
