#!/usr/bin/env bash
# tools/bench/suite.sh - the figures of docs/BENCHMARKS.md, side by side in
# one run on this machine: parleyd (private PostgreSQL with fsync on) at
# 1/100/1000 pairs and several rates, group commit vs one commit per
# message, PII filter on vs off, idle memory per connection, and the
# in-memory Node relay of ../shared/peers for comparison. Bounded: every
# load stops by itself. Prints Markdown tables; raw JSON lines go to
# $OUT/results.jsonl.
#   tools/bench/suite.sh [--quick] [--only NAME]
# BENCH_DURATION (seconds per run, 15), BENCH_REPEAT (runs, 3) and
# BENCH_SUSTAINED (seconds of the long run at 10,000 msgs/s, 120) override.
set -euo pipefail
. "$(dirname "$0")/../../scripts/lib.sh"

QUICK=0
ONLY=""
while [ $# -gt 0 ]; do
	case $1 in
	--quick) QUICK=1 ;;
	--only) ONLY=$2; shift ;;
	*) die "usage: tools/bench/suite.sh [--quick] [--only NAME]" ;;
	esac
	shift
done
DUR=${BENCH_DURATION:-$([ $QUICK = 1 ] && echo 5 || echo 15)}
REPEAT=${BENCH_REPEAT:-$([ $QUICK = 1 ] && echo 1 || echo 3)}
SUSTAINED=${BENCH_SUSTAINED:-$([ $QUICK = 1 ] && echo 30 || echo 120)}

ensure_packages
build_into build
BENCH=$ROOT/build/tools/bench/parley-bench
OUT=${OUT:-$ROOT/.parley/bench}
mkdir -p "$OUT"
: >"$OUT/results.jsonl"

random_secrets
pg_start "$OUT/pg" "$(free_port)" on
GW_PID=""
RELAY_PID=""
DIRTY_SAVED=""
# dirty_restore: the kernel's write-back threshold as it was (bytes or ratio)
dirty_restore() {
	[ -n "$DIRTY_SAVED" ] || return 0
	set -- $DIRTY_SAVED
	if [ "$1" != 0 ]; then
		echo "$1" >/proc/sys/vm/dirty_background_bytes
	else
		echo "$2" >/proc/sys/vm/dirty_background_ratio
	fi
	DIRTY_SAVED=""
}
cleanup() {
	dirty_restore
	[ -n "$GW_PID" ] && kill "$GW_PID" 2>/dev/null && wait "$GW_PID" 2>/dev/null
	[ -n "$RELAY_PID" ] && kill "$RELAY_PID" 2>/dev/null
	pg_stop
}
trap cleanup EXIT

# Benchmarks measure capacity, not the abuse limits meant for people.
export PARLEY_RATE_CONN=10000000 PARLEY_RATE_CONN_BURST=10000000 \
	PARLEY_RATE_USER=10000000 PARLEY_RATE_USER_BURST=10000000 \
	PARLEY_RATE_PAIR=10000000 PARLEY_RATE_PAIR_BURST=10000000 \
	PARLEY_LOG_LEVEL=warn PARLEY_RETENTION_INTERVAL=0 \
	PARLEY_OUT_QUEUE_MAX=100000

gw_start() { # gw_start [ENV=VALUE...]
	local port
	port=$(free_port)
	export PARLEY_DB_URL
	PARLEY_DB_URL=$(pg_createdb "bench_$RANDOM$RANDOM")
	"$ROOT/build/tools/parleyctl" migrate >/dev/null
	env "$@" PARLEY_LISTEN="127.0.0.1:$port" "$ROOT/build/parleyd" \
		>>"$OUT/parleyd.log" 2>&1 &
	GW_PID=$!
	GW_URL="ws://127.0.0.1:$port/ws"
	GW_HTTP="http://127.0.0.1:$port"
	for _ in $(seq 100); do
		curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0
		sleep 0.1
	done
	die "parleyd did not become ready (see $OUT/parleyd.log)"
}

# Each gateway gets a fresh database and takes it away when it stops, so
# that autovacuum of earlier runs' tables does not compete with later runs.
gw_stop() {
	kill "$GW_PID" && wait "$GW_PID" || true
	GW_PID=""
	psql -qX "$PARLEY_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"${PARLEY_DB_URL##*/}\"" >/dev/null || true
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# run NAME ARGS...: one bench run, its JSON line tagged with NAME
run() {
	local name=$1
	shift
	local line
	line=$("$BENCH" --url "$GW_URL" "$@" 2>>"$OUT/bench.log" | tail -n 1) || true
	[ -n "$line" ] || line='{}'
	printf '{"name":"%s","result":%s}\n' "$name" "$line" >>"$OUT/results.jsonl"
	printf '%s\n' "$line"
}

want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

# cpu_probe: CPU seconds to hash 200 MB, said before the runs it labels
# (after the database settled). This machine's CPUs run at two speeds by
# the minute, about 1.4x apart; the probe tells which one a run met.
cpu_probe() {
	local s TIMEFORMAT=%U
	s=$( { time head -c 200000000 /dev/zero | sha256sum >/dev/null; } 2>&1)
	say "cpu probe ($1): sha256 of 200 MB in $s s of CPU"
}

# autovacuum_since T: says whether autovacuum or autoanalyze of messages
# ran after the epoch second T, and when the last one ended. Autovacuum
# starts when inserts reach a fifth of the table, autoanalyze at a tenth,
# so a long run on the grown database may or may not meet them.
autovacuum_since() {
	say "messages: $(psql -XAt "$PARLEY_DB_URL" -c "SELECT concat_ws('; ', CASE WHEN last_autovacuum > to_timestamp($1) THEN 'an autovacuum ended ' || round(extract(epoch FROM last_autovacuum) - $1) || ' s into the run' ELSE 'no autovacuum during the run' END, CASE WHEN last_autoanalyze > to_timestamp($1) THEN 'an autoanalyze ended ' || round(extract(epoch FROM last_autoanalyze) - $1) || ' s into the run' ELSE 'no autoanalyze during the run' END) FROM pg_stat_user_tables WHERE relname = 'messages'")"
}

# wal_inodes FILE: the inode numbers of the cluster's WAL segment files.
# A recycled segment is renamed and keeps its inode; one made during a
# run has a new one.
wal_inodes() {
	ls -i "$PG_DIR/data/pg_wal" | awk '$2 ~ /^[0-9A-F]+$/ && length($2) == 24 {print $1}' | sort >"$1"
}

# wal_made_since FILE: says how many segment files were made since
# wal_inodes FILE.
wal_made_since() {
	local now
	now=$(mktemp)
	wal_inodes "$now"
	say "WAL segment files: $(wc -l <"$1") before the run, $(comm -13 "$1" "$now" | wc -l) made during it"
	rm -f "$now"
}

# wal_warm: gives a fresh cluster the WAL segment files a long-lived one
# has. PostgreSQL makes a segment (16 MB of zeros, flushed, under the WAL
# write lock) only when none is left to recycle; the matrix's runs, each
# after a checkpoint, leave about 28, and a 120 s run at 10,000 msgs/s
# needs about 40, so without this its last ~40 s stall 50-120 ms every
# ~3 s (docs/operations.md). 1 GB of WAL from a throwaway table, then a
# checkpoint recycles it; min_wal_size (2 GB, scripts/lib.sh) keeps it.
wal_warm() {
	psql -qX "$PARLEY_DB_URL" \
		-c "CREATE TABLE wal_warm AS SELECT g, repeat('w', 300) AS pad FROM generate_series(1, 3000000) g" \
		-c "DROP TABLE wal_warm" -c "CHECKPOINT" >/dev/null
}

# settle: let the database finish what the previous run left it, so that
# each run measures its own load. A run at rate 0 writes 500,000 rows or
# more in 10 s; without this, the next run paid for them: the insert-
# triggered autovacuum of messages, a checkpoint started by their WAL
# (spread over minutes), and the kernel writing their pages back in one
# burst of 250 MB about 30 s after they were dirtied (seen with vmstat:
# acks of a run at 10,000 msgs/s stalled 100-300 ms in that second).
# The sustained run below keeps the load's own bursts in its figures.
settle() {
	psql -qX "$PARLEY_DB_URL" -c "VACUUM (ANALYZE) messages" \
		-c "CHECKPOINT" >/dev/null
	sync
}

if want matrix; then
	say "throughput and latency matrix ($REPEAT runs of $DUR s each)"
	gw_start
	for r in $(seq "$REPEAT"); do
		settle; cpu_probe "round $r"
		run "p1-r0" --pairs 1 --rate 0 --duration "$DUR"
		settle; run "p100-r0" --pairs 100 --rate 0 --duration "$DUR"
		settle; run "p100-r1000" --pairs 100 --rate 1000 --duration "$DUR"
		settle; run "p100-r10000" --pairs 100 --rate 10000 --duration "$DUR"
		settle; run "p1000-r0" --pairs 1000 --rate 0 --duration "$DUR"
		settle; run "p1000-r10000" --pairs 1000 --rate 10000 --duration "$DUR"
	done >/dev/null
	# One long run at 10,000 msgs/s on the grown database: the kernel's
	# periodic write-back of the load's own pages (every ~30 s) and
	# autovacuum fall inside it. A database in service has its WAL
	# segments; this fresh cluster gets them first (wal_warm).
	wal_warm
	settle
	cpu_probe "long run"
	wal_inodes "$OUT/wal-before"
	t=$(date +%s)
	run "p100-r10000-sustained" --pairs 100 --rate 10000 \
		--duration "$SUSTAINED" >/dev/null
	autovacuum_since "$t"
	wal_made_since "$OUT/wal-before"
	# The same with the kernel starting write-back at 32 MB of dirty
	# pages, as docs/operations.md advises for the database host; only
	# as root, and the machine's setting is put back right after.
	if [ "$(id -u)" -eq 0 ] && [ -w /proc/sys/vm/dirty_background_bytes ]; then
		DIRTY_SAVED="$(cat /proc/sys/vm/dirty_background_bytes) $(cat /proc/sys/vm/dirty_background_ratio)"
		say "sustained run with vm.dirty_background_bytes=32 MB (restored after)"
		echo 33554432 >/proc/sys/vm/dirty_background_bytes
		settle
		cpu_probe "long run, write-back from 32 MB"
		t=$(date +%s)
		wal_inodes "$OUT/wal-before"
		run "p100-r10000-sustained-wb32m" --pairs 100 --rate 10000 \
			--duration "$SUSTAINED" >/dev/null
		autovacuum_since "$t"
		wal_made_since "$OUT/wal-before"
		dirty_restore
	fi
	gw_stop
fi

if want batching; then
	say "group commit vs one commit per message"
	for r in $(seq "$REPEAT"); do
		gw_start
		run "batch-on" --pairs 100 --rate 0 --duration "$DUR" >/dev/null
		gw_stop
		gw_start PARLEY_BATCH_PER_MESSAGE=1
		run "batch-off" --pairs 100 --rate 0 --duration "$DUR" >/dev/null
		gw_stop
	done
fi

if want filter; then
	say "PII filter on vs off"
	for r in $(seq "$REPEAT"); do
		gw_start
		run "filter-on" --pairs 100 --rate 0 --duration "$DUR" >/dev/null
		gw_stop
		gw_start PARLEY_PII_ENABLED=0
		run "filter-off" --pairs 100 --rate 0 --duration "$DUR" >/dev/null
		gw_stop
	done
fi

if want memory; then
	say "gateway memory per idle connection (10,000 connections)"
	gw_start
	sleep 1
	before=$(rss_kb "$GW_PID")
	"$BENCH" --url "$GW_URL" --idle 10000 --duration 20 \
		>"$OUT/idle.json" 2>>"$OUT/bench.log" &
	IDLE=$!
	for _ in $(seq 60); do
		sleep 1
		n=$(curl -s "$GW_HTTP/metrics" | awk '$1 == "parley_connections" {print $2}')
		[ "${n:-0}" -ge 10000 ] && break
	done
	sleep 2
	after=$(rss_kb "$GW_PID")
	conns=$(curl -s "$GW_HTTP/metrics" | awk '$1 == "parley_connections" {print $2}')
	wait "$IDLE" || true
	per=$(( (after - before) * 1024 / (conns > 0 ? conns : 1) ))
	printf '{"name":"idle-memory","result":{"connections":%s,"rss_before_kb":%s,"rss_after_kb":%s,"bytes_per_connection":%s}}\n' \
		"$conns" "$before" "$after" "$per" >>"$OUT/results.jsonl"
	gw_stop
fi

if want retention; then
	say "retention of 1,000,000 old messages while chat runs"
	gw_start
	psql -q -X "$PARLEY_DB_URL" >/dev/null <<'SQL'
INSERT INTO users (id, role, display_name) VALUES
	('ret-buyer', 'buyer', 'Retention buyer'),
	('ret-seller', 'seller', 'Retention seller');
INSERT INTO conversations (buyer_id, seller_id, topic, last_seq)
	SELECT 'ret-buyer', 'ret-seller', 'old ' || c, 10000
	FROM generate_series(1, 100) c;
INSERT INTO messages (conv_id, seq, sender_id, cid, text, created_at)
	SELECT c.id, g, 'ret-buyer', c.id || '-' || g,
		'an old message of the retention benchmark, about one line long',
		now() - interval '1000 days'
	FROM conversations c, generate_series(1, 10000) g
	WHERE c.topic LIKE 'old %';
SQL
	for r in $(seq "$REPEAT"); do
		run "retention-baseline" --pairs 20 --rate 2000 --duration "$DUR" >/dev/null
	done
	t0=$(date +%s.%N)
	"$ROOT/build/tools/parleyctl" retention run >"$OUT/retention.out" 2>"$OUT/retention.log" &
	RET=$!
	for r in $(seq "$REPEAT"); do
		run "retention-during" --pairs 20 --rate 2000 --duration "$DUR" >/dev/null
	done
	wait "$RET"
	t1=$(date +%s.%N)
	left=$(psql -X -At "$PARLEY_DB_URL" -c "SELECT count(*) FROM messages WHERE conv_id IN (SELECT id FROM conversations WHERE topic LIKE 'old %')")
	printf '{"name":"retention-run","result":{"output":"%s","seconds":%s,"old_left":%s}}\n' \
		"$(tr -d '"' <"$OUT/retention.out")" "$(python3 -c "print(round($t1 - $t0, 1))")" "$left" >>"$OUT/results.jsonl"
	gw_stop
fi

if want relay; then
	say "the in-memory Node relay (../shared/peers), same load generator"
	PEERS=$ROOT/../shared/peers
	if [ -d "$PEERS" ]; then
		rm -rf "$OUT/peers" && cp -r "$PEERS" "$OUT/peers" &&
			chmod -R u+w "$OUT/peers"
		(cd "$OUT/peers" && npm install --silent --no-audit --no-fund >/dev/null)
		port=$(free_port)
		PORT=$port node "$OUT/peers/parley-protocol-relay.js" &
		RELAY_PID=$!
		sleep 1
		GW_URL="ws://127.0.0.1:$port/ws"
		for r in $(seq "$REPEAT"); do
			run "relay-p100-r0" --no-provision --pairs 100 --rate 0 --duration "$DUR"
			run "relay-p500-r0" --no-provision --pairs 500 --rate 0 --duration "$DUR"
			run "relay-p100-r10000" --no-provision --pairs 100 --rate 10000 --duration "$DUR"
		done >/dev/null
		kill "$RELAY_PID"
		RELAY_PID=""
	else
		say "no ../shared/peers: relay comparison skipped"
	fi
fi

python3 - "$OUT/results.jsonl" <<'PY'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    rows.setdefault(d["name"], []).append(d["result"])
def med(name, key):
    v = [r.get(key) for r in rows.get(name, []) if isinstance(r.get(key), (int, float))]
    return statistics.median(v) if v else None
def fmt(v, nd=1):
    return "—" if v is None else (f"{v:,.{nd}f}" if isinstance(v, float) else f"{v:,}")
print("| run | runs | msgs/s (median) | ack p50 ms | ack p99 ms | ack p99.9 ms | deliver p99 ms | lost | duplicates |")
print("|---|---|---|---|---|---|---|---|---|")
for name, rs in rows.items():
    if name in ("idle-memory", "retention-run"):
        continue
    lost = sum(r.get("lost", 0) or 0 for r in rs)
    dup = sum(r.get("duplicates", 0) or 0 for r in rs)
    print(f"| {name} | {len(rs)} | {fmt(med(name,'msgs_per_s'),0)} | {fmt(med(name,'ack_p50_ms'),2)} | "
          f"{fmt(med(name,'ack_p99_ms'),2)} | {fmt(med(name,'ack_p999_ms'),2)} | {fmt(med(name,'deliver_p99_ms'),2)} | {lost} | {dup} |")
for r in rows.get("retention-run", []):
    print()
    print(f"Retention: {r['output']} in {float(r['seconds']):.1f} s (the bench ran meanwhile); old rows left: {r['old_left']}")
for r in rows.get("idle-memory", []):
    print()
    print(f"Idle memory: {r['connections']} connections, RSS {r['rss_before_kb']} KB -> "
          f"{r['rss_after_kb']} KB: {r['bytes_per_connection']} bytes per connection")
PY
