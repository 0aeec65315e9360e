#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Writes the Eclipse project files (.project, .classpath, .settings/) of every plug-in, fragment and feature,
# from what the build reads: META-INF/MANIFEST.MF, build.properties (source.., output..) and feature.xml.
# Idempotent: a file is rewritten only when its content changes; run it again after adding a bundle or
# changing build.properties, and commit what it writes. tools/eclipse/check-projects.sh (run by
# ./siempleo test) fails when the files are missing or disagree with build.properties.
#
#   plug-in / fragment (bundles/*, tests/*, benchmarks/* with META-INF/MANIFEST.MF):
#     .project    PDE plug-in; Java nature when build.properties has source..; the DS builder when the sources
#                 use org.osgi.service.component.annotations
#     .classpath  JRE JavaSE-21, plug-in dependencies, the source.. folders, output.. (bin); JUnit 5 only for a
#                 project whose sources use JUnit without importing it in its MANIFEST.MF
#     .settings/  org.eclipse.jdt.core.prefs (Java 21, --release), org.eclipse.core.resources.prefs (UTF-8,
#                 .properties files included), org.eclipse.pde.ds.annotations.prefs (DS bundles)
#   feature (features/* with feature.xml): .project (PDE feature), .settings/org.eclipse.core.resources.prefs
#   plain projects so that Eclipse sees the target definition, the product and the launch configurations:
#     targetplatform/ (hn.siempleo.targetplatform), product/ (hn.siempleo.product),
#     tools/eclipse/ (hn.siempleo.tools.eclipse)
# With DS annotations enabled, Eclipse writes OSGI-INF/*.xml (git ignores them) and a Service-Component header
# into MANIFEST.MF: leave that header out of commits, Tycho's DS plug-in adds both to the built bundle.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# shellcheck source=projects.sh
source tools/eclipse/projects.sh

changed=0
# write FILE: stdin becomes FILE unless FILE already has that content
write() {
	local tmp
	tmp=$(mktemp)
	cat > "$tmp"
	if [[ -f "$1" ]] && cmp -s "$tmp" "$1"; then
		rm -f "$tmp"
		return
	fi
	mkdir -p "$(dirname "$1")"
	mv "$tmp" "$1"
	chmod 644 "$1"
	echo "wrote $1"
	changed=$((changed + 1))
}
# remove FILE: a generated file that no longer applies
remove() {
	if [[ -f "$1" ]]; then
		rm -f "$1"
		echo "removed $1"
		changed=$((changed + 1))
	fi
}

# project_file NAME BUILDER... -- NATURE...
project_file() {
	local name=$1; shift
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<projectDescription>'
	printf '\t<name>%s</name>\n' "$name"
	printf '\t<comment></comment>\n\t<projects>\n\t</projects>\n\t<buildSpec>\n'
	while (( $# > 0 )) && [[ "$1" != -- ]]; do
		printf '\t\t<buildCommand>\n\t\t\t<name>%s</name>\n\t\t\t<arguments>\n\t\t\t</arguments>\n\t\t</buildCommand>\n' "$1"
		shift
	done
	(( $# > 0 )) && shift
	printf '\t</buildSpec>\n\t<natures>\n'
	for nature in "$@"; do
		printf '\t\t<nature>%s</nature>\n' "$nature"
	done
	printf '\t</natures>\n</projectDescription>\n'
}

# list_files DIR: the files of DIR that git does not ignore (outside git: all but bin/ and target/)
list_files() {
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files --cached --others --exclude-standard -- "$1"
	else
		find "$1" \( -name bin -o -name target \) -prune -o -type f -print
	fi
}

# resources_prefs DIR: UTF-8 for the project and, explicitly, for each .properties file read as messages (Eclipse's
# content type for them defaults to ISO-8859-1, ours are UTF-8); build.properties stays as PDE reads it
resources_prefs() {
	{
		echo 'eclipse.preferences.version=1'
		{ list_files "$1" | grep '\.properties$' || true; } \
			| sed "s:^$1/::" | { grep -vx 'build.properties' || true; } | LC_ALL=C sort -u | sed 's:^\(.*\)$:encoding//\1=UTF-8:'
		echo 'encoding/<project>=UTF-8'
	}
}

# uses_in_sources DIR PATTERN FOLDER...: true when a .java file of the folders contains PATTERN
uses_in_sources() {
	local dir=$1 pattern=$2 folder; shift 2
	for folder in "$@"; do
		[[ -d "$dir/$folder" ]] || continue
		if grep -rqF --include='*.java' "$pattern" "$dir/$folder"; then return 0; fi
	done
	return 1
}

jdt_prefs() {
	cat <<'PREFS'
eclipse.preferences.version=1
org.eclipse.jdt.core.compiler.annotation.nullanalysis=disabled
org.eclipse.jdt.core.compiler.codegen.targetPlatform=21
org.eclipse.jdt.core.compiler.compliance=21
org.eclipse.jdt.core.compiler.problem.assertIdentifier=error
org.eclipse.jdt.core.compiler.problem.deadCode=ignore
org.eclipse.jdt.core.compiler.problem.deprecation=warning
org.eclipse.jdt.core.compiler.problem.discouragedReference=warning
org.eclipse.jdt.core.compiler.problem.enablePreviewFeatures=disabled
org.eclipse.jdt.core.compiler.problem.enumIdentifier=error
org.eclipse.jdt.core.compiler.problem.forbiddenReference=error
org.eclipse.jdt.core.compiler.problem.missingSerialVersion=ignore
org.eclipse.jdt.core.compiler.problem.potentialNullReference=ignore
org.eclipse.jdt.core.compiler.problem.rawTypeReference=ignore
org.eclipse.jdt.core.compiler.problem.redundantNullCheck=ignore
org.eclipse.jdt.core.compiler.problem.reportPreviewFeatures=warning
org.eclipse.jdt.core.compiler.problem.terminalDeprecation=warning
org.eclipse.jdt.core.compiler.problem.uncheckedTypeOperation=ignore
org.eclipse.jdt.core.compiler.problem.unhandledWarningToken=ignore
org.eclipse.jdt.core.compiler.problem.unusedImport=ignore
org.eclipse.jdt.core.compiler.problem.unusedLabel=ignore
org.eclipse.jdt.core.compiler.problem.unusedLocal=ignore
org.eclipse.jdt.core.compiler.problem.unusedPrivateMember=ignore
org.eclipse.jdt.core.compiler.problem.unusedTypeParameter=ignore
org.eclipse.jdt.core.compiler.problem.unusedWarningToken=ignore
org.eclipse.jdt.core.compiler.processAnnotations=disabled
org.eclipse.jdt.core.compiler.release=enabled
org.eclipse.jdt.core.compiler.source=21
PREFS
}

ds_prefs() {
	cat <<'PREFS'
classpath=false
dsVersion=V1_4
eclipse.preferences.version=1
enabled=true
generateBundleActivationPolicyLazy=true
path=OSGI-INF
validationErrorLevel=error
PREFS
}

# classpath_file OUTPUT JUNIT(true|false) SOURCE...
classpath_file() {
	local output=$1 junit=$2 folder; shift 2
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<classpath>'
	printf '\t<classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21">\n'
	printf '\t\t<attributes>\n\t\t\t<attribute name="module" value="true"/>\n\t\t</attributes>\n\t</classpathentry>\n'
	printf '\t<classpathentry kind="con" path="org.eclipse.pde.core.requiredPlugins"/>\n'
	if [[ "$junit" == true ]]; then
		printf '\t<classpathentry kind="con" path="org.eclipse.jdt.junit.JUNIT_CONTAINER/5"/>\n'
	fi
	for folder in "$@"; do
		if [[ "$folder" == src-gen ]]; then
			# generated by EMF: its optional warnings are noise
			printf '\t<classpathentry kind="src" path="%s">\n' "$folder"
			printf '\t\t<attributes>\n\t\t\t<attribute name="ignore_optional_problems" value="true"/>\n\t\t</attributes>\n\t</classpathentry>\n'
		else
			printf '\t<classpathentry kind="src" path="%s"/>\n' "$folder"
		fi
	done
	printf '\t<classpathentry kind="output" path="%s"/>\n' "$output"
	echo '</classpath>'
}

plugin_project() {
	local dir=$1 name sources output ds=false junit=false
	name=$(basename "$dir")
	mapfile -t sources < <(build_folders "$dir/build.properties" source..)
	if (( ${#sources[@]} == 0 )); then
		# resource-only fragment (translations, a class-loader fragment): no Java
		write "$dir/.project" < <(project_file "$name" org.eclipse.pde.ManifestBuilder org.eclipse.pde.SchemaBuilder -- \
			org.eclipse.pde.PluginNature)
		remove "$dir/.classpath"
		remove "$dir/.settings/org.eclipse.jdt.core.prefs"
		remove "$dir/.settings/org.eclipse.pde.ds.annotations.prefs"
		write "$dir/.settings/org.eclipse.core.resources.prefs" < <(resources_prefs "$dir")
		return
	fi
	output=$(build_folders "$dir/build.properties" output.. | head -1)
	output=${output:-bin}
	if uses_in_sources "$dir" org.osgi.service.component.annotations "${sources[@]}"; then ds=true; fi
	if uses_in_sources "$dir" 'import org.junit' "${sources[@]}" \
		&& ! grep -q 'org\.junit' "$dir/META-INF/MANIFEST.MF"; then junit=true; fi

	if [[ $ds == true ]]; then
		write "$dir/.project" < <(project_file "$name" org.eclipse.jdt.core.javabuilder org.eclipse.pde.ManifestBuilder \
			org.eclipse.pde.SchemaBuilder org.eclipse.pde.ds.core.builder -- \
			org.eclipse.pde.PluginNature org.eclipse.jdt.core.javanature)
		write "$dir/.settings/org.eclipse.pde.ds.annotations.prefs" < <(ds_prefs)
	else
		write "$dir/.project" < <(project_file "$name" org.eclipse.jdt.core.javabuilder org.eclipse.pde.ManifestBuilder \
			org.eclipse.pde.SchemaBuilder -- \
			org.eclipse.pde.PluginNature org.eclipse.jdt.core.javanature)
		remove "$dir/.settings/org.eclipse.pde.ds.annotations.prefs"
	fi
	write "$dir/.classpath" < <(classpath_file "$output" "$junit" "${sources[@]}")
	write "$dir/.settings/org.eclipse.jdt.core.prefs" < <(jdt_prefs)
	write "$dir/.settings/org.eclipse.core.resources.prefs" < <(resources_prefs "$dir")
}

feature_project() {
	local dir=$1
	write "$dir/.project" < <(project_file "$(basename "$dir")" org.eclipse.pde.FeatureBuilder -- org.eclipse.pde.FeatureNature)
	write "$dir/.settings/org.eclipse.core.resources.prefs" < <(resources_prefs "$dir")
}

plain_project() {
	local dir=$1 name=$2
	[[ -d "$dir" ]] || return 0
	write "$dir/.project" < <(project_file "$name" --)
	write "$dir/.settings/org.eclipse.core.resources.prefs" < <(resources_prefs "$dir")
}

while read -r dir; do plugin_project "$dir"; done < <(plugin_dirs)
while read -r dir; do feature_project "$dir"; done < <(feature_dirs)
plain_project targetplatform hn.siempleo.targetplatform
plain_project product hn.siempleo.product
plain_project benchmarks/hn.siempleo.bare.product hn.siempleo.bare.product
plain_project tools/eclipse hn.siempleo.tools.eclipse

echo "generate-projects: $changed file(s) written or removed"
