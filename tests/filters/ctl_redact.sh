#!/bin/sh
# parleyctl redact as a command: JSON lines in and out, usage errors, and
# the figures of --bench (engine, JSON lines, the regex yardstick, --diag).
set -eu
ctl=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() {
	echo "ctl_redact: $*" >&2
	exit 1
}

printf '%s\n' \
	'{"id":"a","text":"mail lee.wang@example.com or call +86 138 0013 8000"}' \
	'{"id":"b","text":"MOQ 500 pcs, USD 3.20 each"}' >"$dir/in.jsonl"

"$ctl" redact <"$dir/in.jsonl" >"$dir/out.jsonl"
grep -qx '{"id":"a","spans":\[{"start":5,"end":25,"type":"EMAIL"},{"start":34,"end":51,"type":"PHONE"}\],"text":"mail \[email removed\] or call \[phone removed\]"}' "$dir/out.jsonl" ||
	fail "line a: $(sed -n 1p "$dir/out.jsonl")"
grep -qx '{"id":"b","spans":\[\],"text":"MOQ 500 pcs, USD 3.20 each"}' "$dir/out.jsonl" ||
	fail "line b: $(sed -n 2p "$dir/out.jsonl")"

if "$ctl" redact --no-such-flag </dev/null >/dev/null 2>"$dir/err"; then
	fail "an unknown flag was accepted"
fi
grep -q 'usage: parleyctl redact' "$dir/err" || fail "no usage line"
if "$ctl" redact --bench "$dir/missing.jsonl" >/dev/null 2>"$dir/err"; then
	fail "--bench of a missing file succeeded"
fi
grep -q 'missing.jsonl' "$dir/err" || fail "the error does not name the file"

"$ctl" redact --bench "$dir/in.jsonl" --seconds 0.1 --diag >"$dir/bench.txt"
# each figure is there and positive
for label in '^scan:' '^scan\+redact:' '^jsonl pipeline:' '^reference:' \
	'^scan, same rounds:' '^diag: scan, each message 8 times' \
	'^diag: scan, a system call'; do
	line=$(grep -E "$label" "$dir/bench.txt") || fail "no line $label"
	mbs=$(printf '%s\n' "$line" | sed -E 's/.*[ :]([0-9.]+) MB\/s.*/\1/')
	awk -v v="$mbs" 'BEGIN { exit !(v + 0 > 0) }' ||
		fail "not a positive figure: $line"
done
grep -Eq ", [0-9]+\.[0-9]+ x the reference" "$dir/bench.txt" ||
	fail "no ratio to the reference"
