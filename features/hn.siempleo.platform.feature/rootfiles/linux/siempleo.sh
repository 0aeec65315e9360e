#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts Sí Empleo Workbench (the native Eclipse launcher is not available; this script replaces it).
# Environment: SIEMPLEO_JAVA (a java executable, version 21 or later), SIEMPLEO_NL (default es_HN),
#              SIEMPLEO_VMARGS (extra JVM arguments), SIEMPLEO_DATA (workspace folder).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# the version from the JDK's release file when there is one (starting a JVM only to ask costs a third of a second)
java_major() {
  local release; release="$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")/release"
  if [[ -f "$release" ]] && grep -q '^JAVA_VERSION="' "$release"; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release"
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
find_java() {
  local candidates=()
  [[ -n "${SIEMPLEO_JAVA:-}" ]] && candidates+=("$SIEMPLEO_JAVA")
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
  [[ -x "$home/jre/bin/java" ]] && candidates+=("$home/jre/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for j in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java; do [[ -x "$j" ]] && candidates+=("$j"); done
  for j in "${candidates[@]}"; do
    local v; v="$(java_major "$j" || true)"
    if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$j"; return 0; fi
  done
  return 1
}

java="$(find_java)" || { echo "Sí Empleo Workbench necesita Java 21 o posterior. Instálelo o indique su ruta en SIEMPLEO_JAVA." >&2; exit 1; }
launcher=("$home"/plugins/org.eclipse.equinox.launcher_*.jar)
data="${SIEMPLEO_DATA:-$HOME/.siempleo/workspace}"
mkdir -p "$data"
# a headless application (-application: validate, report, plug-ins) is a short process: the JIT's first tier
# only, the serial collector (half the CPU of a validate or a report); SIEMPLEO_VMARGS come after and win
jit=()
for arg in "$@"; do
  if [[ "$arg" == -application ]]; then jit=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC); break; fi
done
# AWT only draws off screen (report charts, the PDF preview): headless keeps it away from the display
# shellcheck disable=SC2086
exec "$java" -Xmx1g "${jit[@]}" -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory ${SIEMPLEO_VMARGS:-} \
  -jar "${launcher[0]}" -nl "${SIEMPLEO_NL:-es_HN}" -data "$data" "$@"
