#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Sets up a PostgreSQL server for the shared plan: the owner role and the database, the schema (Flyway migrations
# run by the product: ./siempleo store migrate), one login role per central planner and per office planner, and
# prints a ~/.pgpass line for each new role. Run it on (or against) the server as a PostgreSQL superuser; it can be
# run again to add planners (existing roles are left as they are).
#
#   tools/store/setup-server.sh --db siempleo [--host localhost] [--port 5432] [--admin postgres] \
#       [--owner siempleo_owner] --central "dge_ana dge_luis" --office "OF-01=of_tegucigalpa OF-02=of_sps"
#
# Office codes are those of the plan's offices (OF-01 … OF-17 in «Sí Empleo 2024»). A central role changes
# everything; an office role changes only the actions, progress reports and referral records of its office,
# and reads the rest (row-level security in the database). Passwords are generated (openssl) and printed once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
db="" host="localhost" port=5432 admin="postgres" owner="siempleo_owner" central="" offices=""
while (( $# )); do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --host) host="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --admin) admin="$2"; shift 2 ;;
    --owner) owner="$2"; shift 2 ;;
    --central) central="$2"; shift 2 ;;
    --office) offices="$2"; shift 2 ;;
    *) echo "setup-server: opción desconocida «$1» (vea el encabezado de este archivo)" >&2; exit 2 ;;
  esac
done
[[ -n "$db" ]] || { echo "setup-server: falta --db NOMBRE" >&2; exit 2; }
ident='^[a-z_][a-z0-9_]*$'
for name in "$db" "$owner" $central; do [[ "$name" =~ $ident ]] || { echo "setup-server: nombre no válido «$name» (minúsculas, dígitos y _)" >&2; exit 2; }; done
psql_admin() { psql -v ON_ERROR_STOP=1 -X -q -h "$host" -p "$port" -U "$admin" "$@"; }
password() { openssl rand -base64 18 | tr -d '/+='; }
pgpass() { echo "$host:$port:$db:$1:$2"; }

echo "== base de datos $db y propietario $owner"
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$owner'" | grep -q 1; then
  owner_password="$(password)"
  psql_admin -d postgres -c "CREATE ROLE $owner LOGIN CREATEROLE PASSWORD '$owner_password'"
  pgpass "$owner" "$owner_password"
fi
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql_admin -d postgres -c "CREATE DATABASE $db OWNER $owner ENCODING 'UTF8' TEMPLATE template0"
  psql_admin -d postgres -c "REVOKE ALL ON DATABASE $db FROM PUBLIC"
fi

echo "== esquema (migraciones del producto)"
SIEMPLEO_PG_PASSWORD="${owner_password:-${SIEMPLEO_PG_PASSWORD:-}}" \
  "$root/siempleo" store migrate --url "postgresql://$owner@$host:$port/$db"
psql_admin -d "$db" -c "GRANT CONNECT ON DATABASE $db TO siempleo_planner"

echo "== planificadores"
add_role() { # $1 = role, $2 = group
  if psql_admin -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$1'" | grep -q 1; then
    psql_admin -d postgres -c "GRANT $2 TO $1"
  else
    local pw; pw="$(password)"
    psql_admin -d postgres -c "CREATE ROLE $1 LOGIN PASSWORD '$pw' IN ROLE $2"
    pgpass "$1" "$pw"
  fi
}
for role in $central; do add_role "$role" siempleo_central; done
for pair in $offices; do
  code="${pair%%=*}" role="${pair#*=}"
  [[ "$role" =~ $ident && "$code" =~ ^[A-Za-z0-9_-]+$ ]] || { echo "setup-server: «$pair» no es CÓDIGO=rol" >&2; exit 2; }
  add_role "$role" siempleo_planner
  psql_admin -d "$db" -c "INSERT INTO siempleo.planner (role_name, office_code) VALUES ('$role', '$code')
    ON CONFLICT (role_name) DO UPDATE SET office_code = EXCLUDED.office_code"
done
echo "setup-server: listo. Entregue a cada persona su línea de ~/.pgpass (permisos 600) y publique el plan con:"
echo "  ./siempleo store push --url postgresql://ROL_CENTRAL@$host:$port/$db --plan \"Sí Empleo 2024\" plan.siempleo"
