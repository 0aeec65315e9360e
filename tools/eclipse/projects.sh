# SPDX-License-Identifier: EPL-2.0
# Shared by generate-projects.sh and check-projects.sh (sourced, not run): which folders are Eclipse projects
# and what their build.properties say. Every path is relative to the repository root, the current directory.

# Plug-ins and fragments: folders with META-INF/MANIFEST.MF under bundles/, tests/ and benchmarks/.
plugin_dirs() {
	local m
	for m in bundles/*/META-INF/MANIFEST.MF tests/*/META-INF/MANIFEST.MF benchmarks/*/META-INF/MANIFEST.MF; do
		[[ -f "$m" ]] && echo "${m%/META-INF/MANIFEST.MF}"
	done
	return 0
}

# Features: folders with feature.xml under features/ and benchmarks/.
feature_dirs() {
	local f
	for f in features/*/feature.xml benchmarks/*/feature.xml; do
		[[ -f "$f" ]] && echo "${f%/feature.xml}"
	done
	return 0
}

# build_property FILE KEY: the value of KEY in a .properties file (continuation lines joined), or nothing.
build_property() {
	[[ -f "$1" ]] || return 0
	sed -e ':a' -e '/\\$/{N;s/\\\n//;ba' -e '}' "$1" | awk -v key="$2" '
		/^[ \t]*[#!]/ { next }
		{
			i = match($0, /[=:]/); if (!i) next
			k = substr($0, 1, i - 1); gsub(/^[ \t]+|[ \t]+$/, "", k)
			if (k == key) { v = substr($0, i + 1); gsub(/^[ \t]+|[ \t]+$/, "", v); print v; exit }
		}'
}

# build_folders FILE KEY: the comma-separated folders of KEY (e.g. "source..") one a line, without trailing slash.
build_folders() {
	build_property "$1" "$2" | tr ',' '\n' | sed -e 's/^[ \t]*//' -e 's/[ \t]*$//' -e 's:/*$::' | sed '/^$/d'
}

# classpath_sources FILE: the source folders of a .classpath, one a line, in file order (project references,
# whose path starts with "/", are not folders).
classpath_sources() {
	[[ -f "$1" ]] || return 0
	tr '\n' ' ' < "$1" | grep -o '<classpathentry[^>]*>' | grep 'kind="src"' \
		| sed -n 's/.* path="\([^"]*\)".*/\1/p' | sed -e 's:/*$::' -e '/^\//d'
}

# project_name FILE: the <name> of a .project (the first one: later ones name builders).
project_name() {
	[[ -f "$1" ]] || return 0
	tr '\n' ' ' < "$1" | sed -n 's:^.*<projectDescription>[[:space:]]*<name>\([^<]*\)</name>.*$:\1:p'
}
