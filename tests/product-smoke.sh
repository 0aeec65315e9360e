#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Smoke test of the materialized linux product, run by `./siempleo test` after the Maven build:
# the headless validator and report generator answer with the right exit codes, and the workbench starts
# without errors.
# Needs DISPLAY (./siempleo provides Xvfb). Usage: tests/product-smoke.sh PRODUCT_DIR JAVA
set -uo pipefail
product="$(cd "$1" && pwd)"; java="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" # the JVM caches siempleo.sh makes (JDK 25 and later): this test's own
fail() { echo "product-smoke: FALLO: $*" >&2; exit 1; }
run_cli() { SIEMPLEO_JAVA="$java" SIEMPLEO_DATA="$work/cli" "$product/siempleo.sh" -application hn.siempleo.cli.validate -nosplash "$@"; }

dataset="$(find "$product/plugins" -path '*hn.siempleo.core*' -name 'si-empleo-2024.siempleo' | head -1)"
if [[ -z "$dataset" ]]; then
  jar="$(ls "$product"/plugins/hn.siempleo.core_*.jar | head -1)"
  (cd "$work" && unzip -q -o "$jar" data/si-empleo-2024.siempleo) || fail "el producto no contiene el conjunto de datos"
  dataset="$work/data/si-empleo-2024.siempleo"
fi
start=$(date +%s%N)
run_cli "$dataset" > "$work/valid.out" 2>&1; rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $rc == 0 ]] || { cat "$work/valid.out"; fail "validate del conjunto de datos devolvió $rc"; }
grep -q "0 errores" "$work/valid.out" || { cat "$work/valid.out"; fail "validate no imprimió el resumen"; }
echo "product-smoke: validate del conjunto de datos: código 0 en $ms ms ($(grep -c AVISO "$work/valid.out") avisos)"

sed '0,/progress="[0-9]*"/s//progress="250"/' "$dataset" > "$work/roto.siempleo"
run_cli "$work/roto.siempleo" > "$work/broken.out" 2>&1; rc=$?
[[ $rc == 1 ]] || { cat "$work/broken.out"; fail "validate de un modelo con errores devolvió $rc (se esperaba 1)"; }
grep -q "action.progressRange" "$work/broken.out" || fail "validate no nombró la regla action.progressRange"
echo "product-smoke: validate de un modelo con errores: código 1"

# The JVM's ahead-of-time cache (siempleo.sh, JDK 25 and later): the first start of an application records, the
# cache is made in the background, the next start maps it; the output and exit codes are the same either way, a
# damaged cache is ignored, SIEMPLEO_AOT=off makes none.
java_release="$(dirname "$(dirname "$(readlink -f "$java")")")/release"
if [[ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_release" 2>/dev/null)" -ge 25 ]]; then
  jvm_cache="$XDG_CACHE_HOME/siempleo/jvm"
  # cache_made APP WHAT: waits (at most a minute) until the cache of APP, made in the background, is there
  cache_made() {
    for _ in $(seq 1 120); do
      compgen -G "$jvm_cache/$1-*.aot" > /dev/null && ! compgen -G "$jvm_cache/*.conf" > /dev/null && return
      sleep 0.5
    done
    ls -la "$jvm_cache"; fail "no se creó la caché de la JVM de $2"
  }
  cache_made validate validate
  [[ "$(stat -c %a "$jvm_cache")" == 700 ]] || fail "la carpeta de cachés de la JVM no es privada del usuario"
  SIEMPLEO_VMARGS="-Xlog:aot=info:file=$work/aot.log" run_cli "$dataset" > "$work/valid2.out" 2>&1; rc=$?
  [[ $rc == 0 ]] && cmp -s "$work/valid.out" "$work/valid2.out" || { diff "$work/valid.out" "$work/valid2.out"; fail "validate con la caché de la JVM respondió otra cosa ($rc)"; }
  grep -q "Opened AOT cache" "$work/aot.log" || { cat "$work/aot.log"; fail "el segundo arranque no usó la caché de la JVM"; }
  for c in "$jvm_cache"/validate-*.aot; do head -c 4096 /dev/urandom > "$c"; done
  run_cli "$dataset" > "$work/valid3.out" 2>&1; rc=$?
  [[ $rc == 0 ]] && cmp -s "$work/valid.out" "$work/valid3.out" || { cat "$work/valid3.out"; fail "una caché dañada cambió validate ($rc)"; }
  XDG_CACHE_HOME="$work/cache2" run_cli "$work/roto.siempleo" > "$work/broken2.out" 2>&1; rc=$?
  [[ $rc == 1 ]] && cmp -s "$work/broken.out" "$work/broken2.out" || { cat "$work/broken2.out"; fail "el arranque que registra la caché cambió la salida o el código ($rc, se esperaba 1)"; }
  XDG_CACHE_HOME="$work/cache3" SIEMPLEO_AOT=off run_cli "$dataset" > /dev/null 2>&1
  [[ ! -e "$work/cache3/siempleo" ]] || fail "SIEMPLEO_AOT=off creó una caché"
  # class sharing chosen in SIEMPLEO_VMARGS wins (a recording start with -Xshare:off would not start at all)
  XDG_CACHE_HOME="$work/cache4" SIEMPLEO_VMARGS=-Xshare:off run_cli "$dataset" > "$work/valid4.out" 2>&1; rc=$?
  [[ $rc == 0 ]] && cmp -s "$work/valid.out" "$work/valid4.out" && [[ ! -e "$work/cache4/siempleo" ]] \
    || { cat "$work/valid4.out"; fail "SIEMPLEO_VMARGS=-Xshare:off no arrancó sin caché ($rc)"; }
  echo "product-smoke: caché de la JVM: se crea, se usa, una dañada se ignora, SIEMPLEO_AOT=off y -Xshare:off la evitan"
fi

printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>\n' > "$work/hostil.siempleo"
run_cli "$work/hostil.siempleo" > "$work/hostile.out" 2>&1; rc=$?
[[ $rc == 3 ]] || { cat "$work/hostile.out"; fail "un archivo hostil devolvió $rc (se esperaba 3)"; }
grep -q "DOCTYPE" "$work/hostile.out" || fail "el mensaje no nombra el DOCTYPE"
echo "product-smoke: archivo hostil rechazado: código 3"

run_report() { SIEMPLEO_JAVA="$java" SIEMPLEO_DATA="$work/cli" "$product/siempleo.sh" -application hn.siempleo.cli.report -nosplash "$@"; }
start=$(date +%s%N)
run_report --design budget --model "$dataset" --format pdf --out "$work/presupuesto.pdf" --param budgetYear=2025 > "$work/report.out" 2>&1; rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $rc == 0 ]] || { cat "$work/report.out"; fail "report del conjunto de datos devolvió $rc"; }
[[ "$(head -c 4 "$work/presupuesto.pdf")" == "%PDF" ]] || fail "report no escribió un PDF"
echo "product-smoke: report budget en PDF: código 0 en $ms ms ($(stat -c %s "$work/presupuesto.pdf") bytes)"
run_report --design budget --model "$dataset" --format html --out "$work/presupuesto.html" > "$work/report.out" 2>&1; rc=$?
[[ $rc == 0 ]] && grep -q "Solicitud de presupuesto" "$work/presupuesto.html" || { cat "$work/report.out"; fail "report en HTML falló ($rc)"; }
echo "product-smoke: report budget en HTML: código 0"
run_report --design nomina --model "$dataset" --out "$work/x.pdf" > "$work/report.out" 2>&1; rc=$?
[[ $rc == 4 ]] && grep -q "No existe el informe" "$work/report.out" || { cat "$work/report.out"; fail "un informe desconocido devolvió $rc (se esperaba 4)"; }
run_report --design plan --model "$dataset" --out "$work/x.pdf" --param axis=EJE9 > "$work/report.out" 2>&1; rc=$?
[[ $rc == 5 ]] || { cat "$work/report.out"; fail "un parámetro inválido devolvió $rc (se esperaba 5)"; }
run_report --design plan --model "$work/hostil.siempleo" --out "$work/x.pdf" > "$work/report.out" 2>&1; rc=$?
[[ $rc == 3 ]] || { cat "$work/report.out"; fail "un modelo roto devolvió $rc (se esperaba 3)"; }
echo "product-smoke: report rechaza informe desconocido (4), parámetro inválido (5) y modelo roto (3)"
cp "$dataset" "$work/m.siempleo"; ln -s "$work/m.siempleo" "$work/enlace.pdf"
for out in "$work/m.siempleo" "$work/sub/../m.siempleo" "$work/enlace.pdf"; do
  mkdir -p "$work/sub"
  run_report --design plan --model "$work/m.siempleo" --format pdf --out "$out" > "$work/report.out" 2>&1; rc=$?
  [[ $rc == 2 ]] && grep -q "No se escribe" "$work/report.out" || { cat "$work/report.out"; fail "report sobre el modelo ($out) devolvió $rc (se esperaba 2)"; }
done
cmp -s "$dataset" "$work/m.siempleo" || fail "report modificó el modelo"
echo "product-smoke: report nunca escribe sobre el modelo (código 2)"

for f in siempleo.desktop siempleo-mime.xml siempleo.png instalar-escritorio.sh; do
  [[ -f "$product/$f" ]] || fail "el producto no contiene $f"
done
grep -q '^MimeType=application/x-siempleo;' "$product/siempleo.desktop" && grep -q '^Exec=siempleo.sh %f' "$product/siempleo.desktop" \
  || fail "siempleo.desktop no declara el tipo de archivo ni pasa el archivo"
grep -q 'glob pattern="\*.siempleo"' "$product/siempleo-mime.xml" || fail "el tipo MIME no cubre *.siempleo"
XDG_DATA_HOME="$work/xdg" "$product/instalar-escritorio.sh" > /dev/null || fail "instalar-escritorio.sh falló"
grep -q "^Exec=\"$product/siempleo.sh\" %f" "$work/xdg/applications/hn.siempleo.workbench.desktop" \
  || { cat "$work/xdg/applications/hn.siempleo.workbench.desktop"; fail "la entrada instalada no lleva la ruta del producto"; }
[[ -f "$work/xdg/mime/packages/hn-siempleo.xml" ]] || fail "no se instaló el tipo MIME"
echo "product-smoke: entrada de escritorio y tipo MIME *.siempleo instalables"

if [[ -n "${DISPLAY:-}" ]]; then
  SIEMPLEO_JAVA="$java" SIEMPLEO_DATA="$work/gui" "$product/siempleo.sh" > "$work/gui.out" 2>&1 &
  pid=$!
  for _ in $(seq 1 25); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || break
    [[ -f "$work/gui/.metadata/.log" ]] && grep -q "!ENTRY" "$work/gui/.metadata/.log" && break
  done
  alive=0; kill -0 "$pid" 2>/dev/null && alive=1
  # the workbench's JVM keeps a heap floor (siempleo.sh: in a smaller heap G1 marks all the time)
  cmdline="$(pgrep -af -- "-data $work/gui" || true)"
  floor=0; grep -q -- "-Xms512m" <<< "$cmdline" && floor=1
  jit=0; grep -qF -- "@$product/siempleo-jit.options" <<< "$cmdline" && jit=1
  recorded=0; compgen -G "$XDG_CACHE_HOME/siempleo/jvm/workbench-*.conf" > /dev/null && recorded=1
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  # the first start records the JVM cache without exec: the script passes the signal on and waits for the JVM
  sleep 0.2; ! pgrep -f -- "-data $work/gui" > /dev/null || fail "la JVM de la interfaz sigue viva tras terminar siempleo.sh"
  if [[ -f "$work/gui/.metadata/.log" ]] && grep -qE "^!ENTRY [^ ]+ 4 " "$work/gui/.metadata/.log"; then
    cat "$work/gui/.metadata/.log"; fail "la interfaz registró errores al arrancar"
  fi
  [[ $alive == 1 ]] || { cat "$work/gui.out"; fail "la interfaz terminó al arrancar"; }
  [[ $floor == 1 ]] || fail "la JVM de la interfaz arrancó sin el mínimo de memoria (-Xms512m)"
  [[ $jit == 1 ]] || fail "la JVM de la interfaz arrancó sin sus opciones del JIT (siempleo-jit.options)"
  echo "product-smoke: la interfaz arranca sin errores"
  if [[ -n "${jvm_cache:-}" ]]; then # the recording of the first start ends once the window is up, not at the exit
    [[ $recorded == 1 ]] || { ls -la "$jvm_cache"; fail "la grabación de la caché de la JVM no terminó con el arranque"; }
    cache_made workbench "la interfaz"
    echo "product-smoke: la caché de la JVM de la interfaz se graba durante el arranque y se crea"
  fi
  # a heap size of the user's own replaces the floor: a maximum below it must not stop the JVM
  SIEMPLEO_JAVA="$java" SIEMPLEO_DATA="$work/gui-small" SIEMPLEO_VMARGS="-Xmx400m" "$product/siempleo.sh" \
    > "$work/gui-small.out" 2>&1 &
  pid=$!
  sleep 4
  alive=0; kill -0 "$pid" 2>/dev/null && pgrep -f -- "-data $work/gui-small" > /dev/null && alive=1
  floor=0; pgrep -af -- "-data $work/gui-small" | grep -q -- "-Xms512m" && floor=1
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  sleep 0.2; pkill -f -- "-data $work/gui-small" 2>/dev/null || true
  [[ $alive == 1 ]] || { cat "$work/gui-small.out"; fail "la interfaz no arranca con SIEMPLEO_VMARGS=-Xmx400m"; }
  [[ $floor == 0 ]] || fail "el mínimo de memoria se impuso sobre el -Xmx del usuario"
  echo "product-smoke: un -Xmx propio (SIEMPLEO_VMARGS) sustituye el mínimo de memoria"
fi
echo "product-smoke: correcto"
