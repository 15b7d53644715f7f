#!/bin/sh
# Builds the PII fuzz target with clang (libFuzzer + ASan + UBSan) from
# the filters/ sources and runs it for a bounded time.
#   fuzz/run.sh [SECONDS]   (default 60); corpus kept in fuzz/corpus/
set -eu
secs=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${FUZZ_OUT:-/tmp/parley-fuzz}
mkdir -p "$out" "$here/corpus"
if ! command -v clang >/dev/null 2>&1; then
	echo "fuzz/run.sh: clang not found, skipping" >&2
	exit 77
fi
# Seed the corpus with the unit-test shapes once.
if [ -z "$(ls -A "$here/corpus")" ]; then
	i=0
	for s in "call me +86 138 0013 8000" "lee dot wang at gmail dot com" \
		"card 4111 1111 1111 1111 exp 12/27 cvv 123" \
		"IBAN GB82 WEST 1234 5698 7654 32" "wechat: lily_8823" \
		"fe80::dc56:d8fa:d0eb:ccfe" "2667 Elm Street, Edison, NJ 08841" \
		"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" \
		"four one five five five" "https://t.me/x?y=1"; do
		printf '%s' "$s" > "$here/corpus/seed$i"
		i=$((i + 1))
	done
fi
clang -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -I"$root/include" \
	$(pkg-config --cflags libpcre2-8) \
	"$root"/filters/pii*.c "$here/fuzz_pii.c" \
	-o "$out/fuzz_pii" $(pkg-config --libs libpcre2-8)
exec "$out/fuzz_pii" -max_total_time="$secs" -max_len=4096 -timeout=10 \
	-rss_limit_mb=2048 -print_final_stats=1 "$here/corpus"
