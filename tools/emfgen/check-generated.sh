#!/usr/bin/env bash
# Fails when the committed EMF generated code is stale: regenerates it from the .genmodel/.ecore, then
# asks git whether anything under the generated bundles changed. Run from anywhere; MVN overrides "mvn",
# extra arguments go to Maven (e.g. -Dgenmodel=...).
#
# "Changed" means a difference between the working tree and the index (git status column 2) or an
# untracked file. In CI (index = HEAD) that is any change at all; locally, staged work counts as done.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dirs=(bundles/hn.siempleo.model bundles/hn.siempleo.model.edit)

${MVN:-mvn} -f tools/emfgen/pom.xml -q compile exec:java "$@"

changes=$(git status --porcelain --untracked-files=all -- "${dirs[@]}" | grep -E '^(\?\?|.[^ ])' || true)
if [ -n "$changes" ]; then
	echo "emfgen: STALE generated code - regenerating changed these files:" >&2
	echo "$changes" >&2
	echo "emfgen: run 'mvn -f tools/emfgen/pom.xml -q compile exec:java', review and commit (see tools/emfgen/README.md)." >&2
	exit 1
fi

# plugin_es.properties is hand-written: every label key of the generated plugin.properties needs a translation
edit=bundles/hn.siempleo.model.edit
missing=$(comm -23 <(sed -n 's/^\([A-Za-z_][A-Za-z0-9_.]*\) *=.*/\1/p' $edit/plugin.properties | sort) \
		<(sed -n 's/^\([A-Za-z_][A-Za-z0-9_.]*\) *=.*/\1/p' $edit/plugin_es.properties | sort))
if [ -n "$missing" ]; then
	echo "emfgen: $edit/plugin_es.properties lacks Spanish labels for:" >&2
	echo "$missing" >&2
	exit 1
fi
echo "emfgen: generated code is up to date"
