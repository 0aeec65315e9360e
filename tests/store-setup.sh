#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# tools/store/setup-server.sh end to end, as an institution runs it: on a throwaway PostgreSQL cluster (initdb as an
# unprivileged user on a free loopback port, removed afterwards) it creates the database, the owner, the schema
# (through the built product's ./siempleo store migrate) and the planners' roles; then the printed ~/.pgpass lines
# are used by the product's store CLI: the central role publishes the shipped plan, an office role lists it, and
# the database refuses that office role's write to another office's action (raw SQL).
#   tests/store-setup.sh ROOT_OF_THE_REPOSITORY
set -euo pipefail
root="$1"
say() { echo "store-setup: $*"; }
fail() { echo "store-setup: FALLO: $*" >&2; exit 1; }

bin="${SIEMPLEO_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[[ -x "$bin/initdb" ]] || fail "no hay servidor PostgreSQL (apt-get install -y postgresql)"
command -v psql >/dev/null || fail "no hay psql (apt-get install -y postgresql-client)"
dir="$(mktemp -d /tmp/siempleo-setup-XXXXXX)"
as_owner=()
if [[ "$(id -u)" == 0 ]]; then
  user=postgres; id -u postgres >/dev/null 2>&1 || user=nobody
  chown "$user" "$dir"; as_owner=(runuser -u "$user" --)
fi
admin_pw="admin-$RANDOM$RANDOM"
echo "$admin_pw" > "$dir/pw"; chmod 644 "$dir/pw"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cleanup() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
export XDG_CACHE_HOME="$dir/cache" # the JVM caches siempleo.sh makes: this test's own
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U pgadmin --pwfile "$dir/pw" --auth-host=scram-sha-256 --auth-local=trust \
  -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null

export PGPASSWORD="$admin_pw"
out="$(bash "$root/tools/store/setup-server.sh" --db plan_prueba --host 127.0.0.1 --port "$port" --admin pgadmin \
  --central "dge_ana" --office "OF-01=of_tegucigalpa OF-02=of_san_pedro_sula")" || fail "setup-server.sh terminó con error"
unset PGPASSWORD
grep -E "^127\.0\.0\.1:$port:plan_prueba:" <<<"$out" > "$dir/pgpass" || true
chmod 600 "$dir/pgpass"
for role in siempleo_owner dge_ana of_tegucigalpa of_san_pedro_sula; do
  grep -q ":$role:" "$dir/pgpass" || fail "no imprimió la línea de ~/.pgpass de $role"
done
say "base de datos, esquema y 4 roles creados; líneas de ~/.pgpass impresas"

export PGPASSFILE="$dir/pgpass"
url() { echo "postgresql://$1@127.0.0.1:$port/plan_prueba"; }
data="$root/bundles/hn.siempleo.core/data/si-empleo-2024.siempleo"
"$root/siempleo" store push --url "$(url dge_ana)" --plan "Sí Empleo 2024" "$data" >/dev/null \
  || fail "el rol central no pudo publicar el plan"
"$root/siempleo" store list --url "$(url of_tegucigalpa)" | grep -q "Sí Empleo 2024" \
  || fail "el rol de oficina no ve el plan publicado"
say "el rol central publicó el plan con la contraseña de ~/.pgpass; el rol de OF-01 lo lee"

pw_of() { grep ":$1:" "$dir/pgpass" | cut -d: -f5; }
office_sql() { PGPASSWORD="$(pw_of of_tegucigalpa)" psql -X -q -tA -h 127.0.0.1 -p "$port" -U of_tegucigalpa -d plan_prueba -c "$1"; }
other="$(office_sql "SELECT id FROM siempleo.actions WHERE NOT ('OF-01' = ANY (office_codes)) AND cardinality(office_codes) > 0 LIMIT 1")"
own="$(office_sql "SELECT id FROM siempleo.actions WHERE 'OF-01' = ANY (office_codes) LIMIT 1")"
[[ -n "$other" && -n "$own" ]] || fail "no hay acciones de OF-01 y de otra oficina en la vista siempleo.actions"
[[ "$(office_sql "UPDATE siempleo.object SET attrs = attrs || '{\"title\":\"x\"}' WHERE id = '$other' RETURNING id")" == "" ]] \
  || fail "el rol de OF-01 cambió una acción de otra oficina"
[[ "$(office_sql "UPDATE siempleo.object SET attrs = attrs || '{\"responsiblePerson\":\"Prueba\"}' WHERE id = '$own' RETURNING id")" == "$own" ]] \
  || fail "el rol de OF-01 no pudo cambiar una acción de su oficina"
[[ "$(office_sql "SELECT count(*) FROM siempleo.changes WHERE object_id = '$own' AND who = 'of_tegucigalpa'")" == 1 ]] \
  || fail "el cambio no quedó en el historial"
say "la base de datos impide al rol de OF-01 cambiar acciones de otra oficina y registra su cambio propio"
say "correcto"
