#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Tests of the ./siempleo script's system-package step, with stand-ins for ldconfig, id, sudo and apt-get on a
# PATH of their own: a machine without GTK 3, Xvfb or (for tests) the PostgreSQL server gets them installed when
# the user may (root, or sudo without a password), and is told the exact command otherwise. Run by `./siempleo test`.
# Usage: tests/siempleo-script-test.sh PATH_TO_SIEMPLEO
set -uo pipefail
script="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fail() { echo "siempleo-script-test: FALLO: $*" >&2; exit 1; }

# a machine: $1 = uid, $2 = "gtk" when GTK is installed, $3 = sudo behaviour (none | ok | password), $4 = "xvfb" when
# present, $5 = "pg" when the PostgreSQL server is installed (under $bin/pg, named by SIEMPLEO_PG_ROOT)
machine() {
  local bin="$work/bin-$RANDOM"; mkdir -p "$bin"
  for tool in bash grep sed dirname cat env; do ln -s "$(command -v "$tool")" "$bin/$tool"; done
  printf '#!/bin/sh\necho %s\n' "$1" > "$bin/id"
  if [[ "$2" == gtk ]]; then printf '#!/bin/sh\necho "	libgtk-3.so.0 (libc6,x86-64) => /lib/libgtk-3.so.0"\n' > "$bin/ldconfig"
  else printf '#!/bin/sh\nexit 0\n' > "$bin/ldconfig"; fi
  printf '#!/bin/sh\necho "$*" >> "%s/apt.log"\n' "$work" > "$bin/apt-get"
  case "$3" in
    ok) printf '#!/bin/sh\n[ "$1" = -n ] && shift\n"$@"\n' > "$bin/sudo" ;;
    password) printf '#!/bin/sh\nexit 1\n' > "$bin/sudo" ;;
  esac
  [[ "${4:-}" == xvfb ]] && printf '#!/bin/sh\nexit 0\n' > "$bin/Xvfb"
  if [[ "${5:-}" == pg ]]; then mkdir -p "$bin/pg/15/bin" && printf '#!/bin/sh\nexit 0\n' > "$bin/pg/15/bin/initdb" && chmod +x "$bin/pg/15/bin/initdb"; fi
  chmod +x "$bin"/*
  echo "$bin"
}

run() { # $1 = bin folder, $2 = command; output in $work/out, status in $rc
  rm -f "$work/apt.log"
  env -i PATH="$1" HOME="$work" SIEMPLEO_PG_ROOT="$1/pg" bash "$script" system-packages "$2" > "$work/out" 2>&1; rc=$?
}

run "$(machine 0 nogtk none)" test
[[ $rc == 0 ]] || { cat "$work/out"; fail "como root sin GTK ni Xvfb devolvió $rc"; }
grep -q "install -y -qq libgtk-3-0 xvfb postgresql dbus-x11" "$work/apt.log" || { cat "$work/apt.log" "$work/out"; fail "no instaló GTK, Xvfb y PostgreSQL como root"; }
grep -q "se instalan" "$work/out" || fail "no dijo que instalaba"

run "$(machine 1000 nogtk ok)" start
[[ $rc == 0 ]] && grep -q "install -y -qq libgtk-3-0 dbus-x11" "$work/apt.log" || { cat "$work/out"; fail "no instaló GTK con sudo -n"; }

run "$(machine 1000 nogtk password)" test
[[ $rc != 0 ]] || fail "sin permisos terminó con 0"
[[ ! -f "$work/apt.log" ]] || fail "llamó a apt-get sin permisos"
grep -q "sudo apt-get install -y libgtk-3-0 xvfb postgresql" "$work/out" || { cat "$work/out"; fail "no nombró la orden exacta"; }

run "$(machine 1000 nogtk none)" start
[[ $rc != 0 ]] && grep -q "sudo apt-get install -y libgtk-3-0" "$work/out" || { cat "$work/out"; fail "sin sudo no nombró la orden"; }

run "$(machine 1000 gtk password xvfb pg)" test
[[ $rc == 0 && ! -f "$work/apt.log" ]] || { cat "$work/out"; fail "con todo instalado hizo algo"; }

run "$(machine 0 gtk none xvfb)" test
[[ $rc == 0 ]] && grep -q "install -y -qq postgresql dbus-x11" "$work/apt.log" || { cat "$work/out"; fail "no instaló el servidor PostgreSQL para las pruebas"; }

run "$(machine 1000 nogtk ok)" start
grep -q "postgresql" "$work/apt.log" && fail "start instaló PostgreSQL, que solo necesitan las pruebas"

echo "siempleo-script-test: instalación de paquetes del sistema correcta (7 casos)"
