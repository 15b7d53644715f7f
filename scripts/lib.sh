# shellcheck shell=bash
# Shared set-up for scripts/dev and scripts/test: Debian packages, the
# meson build, and a private PostgreSQL cluster run by an unprivileged
# user (PostgreSQL refuses to run as root).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PG_USER=${PARLEY_PG_USER:-parleypg}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

DEB_PACKAGES=(build-essential meson ninja-build pkg-config python3
	libwebsockets-dev libssl-dev libev-dev libuv1-dev libpq-dev
	libpcre2-dev libjansson-dev libinih-dev libcmocka-dev
	postgresql postgresql-contrib iproute2 nodejs npm)

ensure_packages() {
	local missing=()
	for p in "${DEB_PACKAGES[@]}" "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
			grep -q 'install ok installed' || missing+=("$p")
	done
	# nodejs/npm may come from elsewhere on the machine: accept those
	if command -v node >/dev/null && command -v npm >/dev/null; then
		local keep=()
		for p in "${missing[@]}"; do
			[[ $p == nodejs || $p == npm ]] || keep+=("$p")
		done
		missing=("${keep[@]}")
	fi
	[ ${#missing[@]} -eq 0 ] && return 0
	say "installing Debian packages: ${missing[*]}"
	[ "$(id -u)" -eq 0 ] || die "run as root to install: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
		die "apt-get install failed"
	PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

# build DIR [meson options...]
build_into() {
	local dir=$1
	shift
	if [ ! -f "$ROOT/$dir/build.ninja" ]; then
		say "configuring $dir"
		meson setup "$ROOT/$dir" "$ROOT" "$@" >/dev/null ||
			die "meson setup failed"
	fi
	say "building $dir"
	ninja -C "$ROOT/$dir" >/dev/null || {
		ninja -C "$ROOT/$dir" | tail -n 40
		die "build failed"
	}
}

ensure_pg_user() {
	id -u "$PG_USER" >/dev/null 2>&1 ||
		useradd --system --no-create-home --shell /usr/sbin/nologin \
			"$PG_USER" || die "cannot create user $PG_USER"
}

as_pg() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$PG_USER" -- "$@"
	else
		"$@"
	fi
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# pg_start DIR PORT [fsync]: a private cluster in DIR listening on
# 127.0.0.1:PORT only; sets PG_DIR, PG_PORT, PARLEY_ADMIN_URL.
pg_start() {
	PG_DIR=$1
	PG_PORT=$2
	local fsync=${3:-on}
	[ "$(id -u)" -eq 0 ] && ensure_pg_user
	mkdir -p "$PG_DIR"
	[ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$PG_DIR"
	if ! as_pg test -w "$PG_DIR"; then
		die "$PG_DIR is not writable by $PG_USER (a parent folder may be private)"
	fi
	if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
		say "initialising PostgreSQL in $PG_DIR"
		as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust \
			-E UTF8 --locale=C.UTF-8 --nosync >"$PG_DIR/initdb.log" 2>&1 ||
			{ cat "$PG_DIR/initdb.log"; die "initdb failed"; }
	fi
	say "starting PostgreSQL on 127.0.0.1:$PG_PORT (fsync=$fsync)"
	as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
		-o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=$fsync -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=4GB -c min_wal_size=2GB -c checkpoint_timeout=30min -c wal_buffers=32MB" \
		start >/dev/null || { tail -n 20 "$PG_DIR/server.log"; die "PostgreSQL did not start"; }
	PARLEY_ADMIN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
	export PG_DIR PG_PORT PARLEY_ADMIN_URL
}

pg_stop() {
	[ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] || return 0
	say "stopping PostgreSQL"
	as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_createdb NAME: prints the URL of a fresh database NAME
pg_createdb() {
	PGOPTIONS='-c client_min_messages=warning' psql -q -X "$PARLEY_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$1\"" >/dev/null &&
		PGOPTIONS='-c client_min_messages=warning' psql -q -X "$PARLEY_ADMIN_URL" -c "CREATE DATABASE \"$1\"" >/dev/null ||
		die "cannot create database $1"
	echo "postgresql://postgres@127.0.0.1:$PG_PORT/$1"
}

# A random secret and master key for a throwaway run.
random_secrets() {
	: "${PARLEY_JWT_SECRET:=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 48)}"
	: "${PARLEY_MASTER_KEY:=$(head -c 32 /dev/urandom | base64 | tr -d '\n')}"
	export PARLEY_JWT_SECRET PARLEY_MASTER_KEY
}
