#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fails (exit 1) when the Eclipse project files disagree with the build: a plug-in, fragment or feature
# without .project, a .project whose <name> is not its folder's name, or a .classpath whose source folders
# are not the source.. folders of build.properties. Run by ./siempleo test; the fix is
# tools/eclipse/generate-projects.sh. Usage: check-projects.sh [ROOT] (default: this repository).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "${1:-$here/../..}"
# shellcheck source=projects.sh
source "$here/projects.sh"

problems=0
problem() {
	echo "check-projects: $1: $2" >&2
	problems=$((problems + 1))
}

check() { # DIR KIND
	local dir=$1 kind=$2 name expected actual
	name=$(basename "$dir")
	if [[ ! -f "$dir/.project" ]]; then
		problem "$dir" "no .project"
		return
	fi
	actual=$(project_name "$dir/.project")
	if [[ "$actual" != "$name" ]]; then
		problem "$dir" ".project is named '$actual', the folder '$name'"
	fi
	[[ $kind == plugin ]] || return 0
	expected=$(build_folders "$dir/build.properties" source.. | LC_ALL=C sort -u | paste -sd' ')
	actual=$(classpath_sources "$dir/.classpath" | LC_ALL=C sort -u | paste -sd' ')
	if [[ "$expected" != "$actual" ]]; then
		if [[ -n "$expected" && ! -f "$dir/.classpath" ]]; then
			problem "$dir" "no .classpath (build.properties source.. = $expected)"
		else
			problem "$dir" ".classpath source folders '${actual}' differ from build.properties source.. '${expected}'"
		fi
	fi
}

count=0
while read -r dir; do check "$dir" plugin; count=$((count + 1)); done < <(plugin_dirs)
while read -r dir; do check "$dir" feature; count=$((count + 1)); done < <(feature_dirs)

if (( problems > 0 )); then
	echo "check-projects: $problems problem(s); run tools/eclipse/generate-projects.sh and commit what it writes" >&2
	exit 1
fi
echo "check-projects: the Eclipse project files of $count projects agree with the build"
