#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Institution plug-ins installed into an installed product, run by `./siempleo test` after the Maven build:
# unpacks the linux product archive into a folder of its own, checks that INFOP is absent, refuses a folder that
# is no repository, a feature that is not in it and a plug-in made for another product version (installation
# unchanged), installs INFOP from the built p2 repository zip, finds its report in `report --list` and its rule in
# `validate`, opens a model with INFOP data in a product without the plug-in (warning, data kept on save), then
# uninstalls it and checks that its jars are gone. No DISPLAY needed.
# Usage: tests/plugins-roundtrip.sh PRODUCT_TARGET_DIR JAVA
set -uo pipefail
target="$(cd "$1" && pwd)"; java="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" # the JVM caches siempleo.sh makes: this test's own
fail() { echo "plugins-roundtrip: FALLO: $*" >&2; exit 1; }
feature=hn.siempleo.institution.infop.feature

archive="$(ls "$target"/products/siempleo-workbench-*-linux.gtk.x86_64.tar.gz | head -1)"
repo_zip="$(ls "$target"/hn.siempleo.product-*.zip | head -1)"
[[ -f "$archive" ]] || fail "no hay archivo del producto linux en $target/products"
[[ -f "$repo_zip" && -f "$target/repository/content.jar" || -f "$target/repository/content.xml" ]] \
  || fail "el build no produjo el repositorio p2 (carpeta y zip)"
unzip -l "$repo_zip" > "$work/zip.txt"; grep -q "plugins/hn.siempleo.institution.infop_" "$work/zip.txt" || fail "el repositorio no contiene INFOP"
tar -xzf "$archive" -C "$work"
product="$work/siempleo"
ls "$product"/plugins > "$work/plugins.txt"; grep -q hn.siempleo.institution "$work/plugins.txt" && fail "el producto trae complementos institucionales"
app() { SIEMPLEO_JAVA="$java" SIEMPLEO_DATA="$work/data" "$product/siempleo.sh" -nosplash -application "$@"; }
state() { (cd "$product" && cat configuration/org.eclipse.equinox.simpleconfigurator/bundles.info; ls features plugins) | md5sum; }

app hn.siempleo.cli.plugins list > "$work/out" 2>&1; rc=$?
[[ $rc == 0 ]] && grep -q "No hay complementos instalados" "$work/out" || { cat "$work/out"; fail "plugins en un producto nuevo ($rc)"; }
app hn.siempleo.cli.report --list > "$work/out" 2>&1
grep -q infop-courses "$work/out" && fail "el informe de INFOP aparece sin el complemento"
echo "plugins-roundtrip: el producto no trae INFOP"

before="$(state)"
mkdir -p "$work/vacio"
app hn.siempleo.cli.plugins install --repo "$work/vacio" $feature > "$work/out" 2>&1; rc=$?
[[ $rc == 3 ]] && grep -q "no es un repositorio" "$work/out" || { cat "$work/out"; fail "una carpeta vacía devolvió $rc (se esperaba 3)"; }
app hn.siempleo.cli.plugins install --repo "$repo_zip" hn.siempleo.institution.nada.feature > "$work/out" 2>&1; rc=$?
[[ $rc == 4 ]] && grep -q "no contiene el complemento" "$work/out" || { cat "$work/out"; fail "un complemento ausente devolvió $rc (se esperaba 4)"; }
# a plug-in made for another version of the product: metadata only, requires hn.siempleo.app.feature 9.x
mkdir -p "$work/otra"
cat > "$work/otra/content.xml" <<'XML'
<?xml version='1.0' encoding='UTF-8'?>
<?metadataRepository version='1.2.0'?>
<repository name='otra version' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
  <units size='1'>
    <unit id='hn.siempleo.institution.futuro.feature.feature.group' version='9.0.0' singleton='false'>
      <properties size='2'><property name='org.eclipse.equinox.p2.name' value='Complemento para Sí Empleo 9'/><property name='org.eclipse.equinox.p2.type.group' value='true'/></properties>
      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='hn.siempleo.institution.futuro.feature.feature.group' version='9.0.0'/></provides>
      <requires size='1'><required namespace='org.eclipse.equinox.p2.iu' name='hn.siempleo.app.feature.feature.group' range='[9.0.0,10.0.0)'/></requires>
      <touchpoint id='null' version='0.0.0'/>
    </unit>
  </units>
</repository>
XML
cat > "$work/otra/artifacts.xml" <<'XML'
<?xml version='1.0' encoding='UTF-8'?>
<?artifactRepository version='1.1.0'?>
<repository name='otra version' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
  <properties size='0'/>
  <mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/></mappings>
  <artifacts size='0'/>
</repository>
XML
app hn.siempleo.cli.plugins install --repo "$work/otra" hn.siempleo.institution.futuro.feature > "$work/out" 2>&1; rc=$?
[[ $rc == 5 ]] && grep -q "no es compatible con esta versión" "$work/out" || { cat "$work/out"; fail "un complemento de otra versión devolvió $rc (se esperaba 5)"; }
[[ "$(state)" == "$before" ]] || fail "una instalación rechazada cambió la instalación"
echo "plugins-roundtrip: rechaza carpeta sin repositorio (3), complemento ausente (4) y otra versión (5) sin cambiar nada"

# a model with INFOP data, written while the plug-in is not installed: copied from the test fixture below
dataset="$work/modelo.siempleo"
(cd "$work" && unzip -q -o "$(ls "$product"/plugins/hn.siempleo.core_*.jar | head -1)" data/si-empleo-2024.siempleo) \
  || fail "el producto no contiene el conjunto de datos"
python3 - "$work/data/si-empleo-2024.siempleo" "$dataset" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
offices = re.findall(r'<offices id="([^"]+)" code="([^"]+)"', text)
head, rest = text.split("\n", 1)
root_end = rest.index(">") + 1
root = rest[:root_end]
ns = 'xmlns:infop="http://siempleo.hn/ext/hn.siempleo.institution.infop/1.0"'
infop = re.search(r'<institutions id="([^"]+)" code="INFOP"', text).group(1)
committed = set()
for offices_attr in re.findall(r'<commitments [^>]*institution="' + infop + r'"[^>]*offices="([^"]+)"', text):
    committed.update(offices_attr.split())
last_office = next(o for o, _ in offices if o not in committed)  # an office without INFOP commitment
body = rest[root_end:]
out = (head + '\n<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:siempleo="http://siempleo.hn/model/1.0" ' + ns + '>\n'
       + root.replace(' xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:siempleo="http://siempleo.hn/model/1.0"', '')
       + body.rstrip() + '\n'
       + '  <infop:CourseCatalogue id="cat-1" period="2025">\n'
       + f'    <courses id="curso-1" code="INF-900" name="Soldadura «básica» &amp; segura" sector="Industria" durationHours="120" modality="MIXTA" offices="{last_office}" seats="18"/>\n'
       + '  </infop:CourseCatalogue>\n</xmi:XMI>\n')
open(sys.argv[2], "w", encoding="utf-8").write(out)
PY
app hn.siempleo.cli.validate "$dataset" > "$work/out" 2>&1; rc=$?
[[ $rc == 0 || $rc == 1 ]] || { cat "$work/out"; fail "validate de un modelo con datos de INFOP sin el complemento devolvió $rc"; }
grep -q "complemento «hn.siempleo.institution.infop», que no está instalado" "$work/out" \
  || { cat "$work/out"; fail "no avisó del complemento que falta"; }
echo "plugins-roundtrip: un modelo con datos de INFOP se abre sin el complemento, con aviso"

start=$(date +%s%N)
app hn.siempleo.cli.plugins install --repo "$repo_zip" $feature > "$work/out" 2>&1; rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $rc == 0 ]] && grep -q "instalado" "$work/out" || { cat "$work/out"; fail "la instalación de INFOP devolvió $rc"; }
ls "$product"/plugins > "$work/plugins.txt"; grep -q "hn.siempleo.institution.infop_" "$work/plugins.txt" || fail "INFOP no quedó en plugins/"
echo "plugins-roundtrip: INFOP instalado desde el zip del repositorio en $ms ms"
app hn.siempleo.cli.plugins list > "$work/out" 2>&1
grep -q "^$feature	INFOP: cursos de formación	1\.0\.0\.[^	]*	INFOP$" "$work/out" || { cat "$work/out"; fail "plugins no lista INFOP con nombre, versión e institución"; }
app hn.siempleo.cli.report --list > "$work/out" 2>&1
grep -q "infop-courses" "$work/out" || { cat "$work/out"; fail "report --list no muestra el informe de INFOP"; }
app hn.siempleo.cli.validate "$dataset" > "$work/out" 2>&1
grep -q "infop.courseOffice" "$work/out" || { cat "$work/out"; fail "validate no aplicó la regla de INFOP"; }
grep -q "no está instalado" "$work/out" && fail "con INFOP instalado aún avisa que falta"
app hn.siempleo.cli.report --design infop-courses --model "$dataset" --format html --out "$work/cursos.html" > "$work/out" 2>&1; rc=$?
[[ $rc == 0 ]] && grep -q "INF-900" "$work/cursos.html" || { cat "$work/out"; fail "el informe de INFOP falló ($rc)"; }
echo "plugins-roundtrip: con INFOP, report --list muestra infop-courses, validate aplica infop.courseOffice, el informe se genera"

app hn.siempleo.cli.plugins uninstall $feature > "$work/out" 2>&1; rc=$?
[[ $rc == 0 ]] && grep -q "quitado" "$work/out" || { cat "$work/out"; fail "la desinstalación devolvió $rc"; }
app org.eclipse.equinox.p2.garbagecollector.application -profile DefaultProfile > "$work/gc.out" 2>&1 \
  || { cat "$work/gc.out"; fail "el recolector de p2 falló"; }
ls "$product"/plugins > "$work/plugins.txt"; grep "hn.siempleo.institution" "$work/plugins.txt" && fail "quedaron jars del complemento"
app hn.siempleo.cli.plugins uninstall $feature > "$work/out" 2>&1; rc=$?
[[ $rc == 4 ]] || { cat "$work/out"; fail "quitar un complemento no instalado devolvió $rc (se esperaba 4)"; }
app hn.siempleo.cli.report --list > "$work/out" 2>&1
grep -q infop-courses "$work/out" && fail "el informe de INFOP sigue tras desinstalar"
echo "plugins-roundtrip: INFOP desinstalado, jars borrados"
echo "plugins-roundtrip: correcto"
