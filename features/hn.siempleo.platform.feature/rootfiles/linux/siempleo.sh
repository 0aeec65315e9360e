#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts Sí Empleo Workbench (the native Eclipse launcher is not available; this script replaces it).
# Environment: SIEMPLEO_JAVA (a java executable, version 21 or later), SIEMPLEO_NL (default es_HN),
#              SIEMPLEO_VMARGS (extra JVM arguments), SIEMPLEO_DATA (workspace folder).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# the JDK's release file of a java executable (it may not exist)
java_release() { echo "$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")/release"; }
# the version from the JDK's release file when there is one (starting a JVM only to ask costs a third of a second)
java_major() {
  local release; release="$(java_release "$1")"
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
# The workbench's heap never shrinks below 512 MB: G1 shrinks it after each marking cycle to about three times the
# live data (60-90 MB with reports open), and in so small a heap it starts the next cycle at once, marking all the
# time (22 cycles in 20 s of report renders, against 5 with this floor; side by side, renders a tenth faster and
# the start the same). A heap size of the user's own (SIEMPLEO_VMARGS) replaces the floor: a maximum below it would
# stop the JVM.
# A headless application (-application: validate, report, plug-ins) is a short process: the JIT's first tier
# only, the serial collector (half the CPU of a validate or a report). SIEMPLEO_VMARGS come after and win.
tuning=(-Xms512m)
case " ${SIEMPLEO_VMARGS:-} " in *-Xmx*|*-Xms*|*HeapSize*) tuning=() ;; esac
app=workbench
prev=
for arg in "$@"; do
  if [[ "$prev" == -application ]]; then app="$arg"; tuning=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC); break; fi
  prev="$arg"
done
# The workbench's JIT options (siempleo-jit.options, a java argument file beside this script; an installation
# without it, such as the benchmarks' bare product, starts with the JVM's defaults)
jit=()
[[ "$app" == workbench && -f "$home/siempleo-jit.options" ]] && jit=("@$home/siempleo-jit.options")
# AWT only draws off screen (report charts, the PDF preview): headless keeps it away from the display
vm=(-Xmx1g "${tuning[@]}" "${jit[@]}" -Djava.awt.headless=true
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory)

# The JVM's ahead-of-time cache (JDK 25 and later): the JDK's classes this application loads, already parsed and
# linked, with the profiles of a run; later starts map it instead of loading them again (a sixth less time to the
# window, a fifth less for validate). One per application, JDK and installation, in the user's cache folder. The
# first start of each records what it loads (the workbench until its window shows the model, a headless
# application to its exit: a second or two of the JVM's work then); the cache is then made in the background at
# the lowest priority and used from the next start on. The JVM checks a cache against itself and the class path
# and ignores, silently, one that does not match. SIEMPLEO_AOT=off turns it off.
# JVM arguments that choose class sharing themselves (SIEMPLEO_VMARGS) leave it to them.
aot_dir="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/siempleo/jvm"
aot_cache=
case " ${SIEMPLEO_VMARGS:-} " in *-Xshare*|*SharedArchive*|*SharedSpaces*|*ArchiveClasses*|*AOT*|*ClassList*) SIEMPLEO_AOT=off ;; esac
if [[ "${SIEMPLEO_AOT:-on}" != off && "$(java_major "$java")" -ge 25 ]] && (umask 077 && mkdir -p "$aot_dir") 2>/dev/null \
   && [[ -w "$aot_dir" ]]; then
  key="$(printf '%s|%s|%s|%s|%s' "$(readlink -f "$java")" "$(grep -s '^JAVA_RUNTIME_VERSION=' "$(java_release "$java")" || true)" \
    "$home" "$(stat -c '%s.%Y' "${launcher[0]}")" "$app" | cksum | cut -d' ' -f1)"
  aot_cache="$aot_dir/${app##*.}-$key.aot"
fi
aot_off=(-Xlog:aot*=off -Xlog:cds*=off)

if [[ -z "$aot_cache" ]]; then
  # shellcheck disable=SC2086
  exec "$java" "${vm[@]}" ${SIEMPLEO_VMARGS:-} -jar "${launcher[0]}" -nl "${SIEMPLEO_NL:-es_HN}" -data "$data" "$@"
fi
if [[ -s "$aot_cache" ]]; then
  touch -c "$aot_cache" 2>/dev/null || true # its age says it is in use (caches unused for 30 days are removed)
  # shellcheck disable=SC2086
  exec "$java" "${vm[@]}" -XX:AOTCache="$aot_cache" "${aot_off[@]}" ${SIEMPLEO_VMARGS:-} \
    -jar "${launcher[0]}" -nl "${SIEMPLEO_NL:-es_HN}" -data "$data" "$@"
fi

# the recording start: the JVM writes what it loaded at the exit, or once the workbench has started
# (-Dsiempleo.aot.record, JvmCacheRecording: the cache of a start, not of a whole first session); a headless
# application's quietly (its standard output may be a validator's)
conf="$aot_cache.$$.conf"
quiet=()
[[ "$app" != workbench ]] && quiet=(-XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput)
# shellcheck disable=SC2086
"$java" "${vm[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$conf" -Dsiempleo.aot.record=true "${aot_off[@]}" \
  "${quiet[@]}" ${SIEMPLEO_VMARGS:-} \
  -jar "${launcher[0]}" -nl "${SIEMPLEO_NL:-es_HN}" -data "$data" "$@" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
rc=0
while :; do
  wait "$pid" && rc=0 || rc=$?
  kill -0 "$pid" 2>/dev/null || break
done
trap - TERM INT HUP
if [[ -s "$conf" ]]; then
  # made from the recording in the background, then renamed into place: a start never sees half a cache
  (
    tmp="$aot_cache.$$.tmp"
    nice -n 19 "$java" -Xmx1g "${tuning[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$tmp" \
      -cp "${launcher[0]}" && [[ -s "$tmp" ]] && mv -f "$tmp" "$aot_cache"
    rm -f "$conf" "$tmp"
    find "$aot_dir" -maxdepth 1 -type f \( -name '*.aot' -mtime +30 -o \( -name '*.conf' -o -name '*.tmp' \) -mmin +60 \) \
      -delete
  ) < /dev/null > /dev/null 2>&1 &
else
  rm -f "$conf"
fi
exit "$rc"
