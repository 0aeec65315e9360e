#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fails when the EMF generated code is stale: regenerates it from the .genmodel/.ecore in a temporary git
# worktree and compares the result with this working tree, which the check never writes to (pass or fail).
# Run from anywhere; MVN overrides "mvn", extra arguments go to Maven (e.g. -Dgenmodel=..., paths relative to
# the repository root).
#
# The temporary worktree starts at HEAD; the working tree's current state of the generated bundles and of the
# generator (tools/emfgen, without target/) is copied over it, so uncommitted edits - staged or not - count.
# Stale means that regenerating there changed a file or added one: the .genmodel (reconciled with the
# .ecore), src-gen/, plugin.xml, plugin.properties, build.properties, MANIFEST.MF, icons/. Files that git
# ignores (bin/, target/) are neither copied nor compared.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dirs=(bundles/hn.siempleo.model bundles/hn.siempleo.model.edit bundles/hn.siempleo.institution.infop bundles/hn.siempleo.institution.senprende bundles/hn.siempleo.institution.template)

base=$(mktemp -d "${TMPDIR:-/tmp}/emfgen-check.XXXXXX")
tree="$base/tree"
cleanup() {
	git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true
	rm -rf "$base"
	git -C "$root" worktree prune
}
trap cleanup EXIT
trap 'exit 130' INT TERM
git worktree add --quiet --detach "$tree" HEAD

# what the working tree has now (tracked and untracked, not ignored), replacing HEAD's version
copy=()
while IFS= read -r -d '' f; do
	[[ -e "$f" ]] && copy+=("$f")
done < <(git ls-files -z --cached --others --exclude-standard -- "${dirs[@]}" tools/emfgen)
(cd "$tree" && rm -rf "${dirs[@]}" tools/emfgen)
tar -C "$root" -cf - "${copy[@]}" | tar -C "$tree" -xf -

# EmfCodegen resolves the genmodel and bundles/ against the current directory (exec:java keeps Maven's)
(cd "$tree" && ${MVN:-mvn} -f tools/emfgen/pom.xml -q compile exec:java "$@")

# "Only in <working tree>" lines are ignored files, which were not copied: the generator deletes nothing
changes=$(for d in "${dirs[@]}"; do diff -rq "$root/$d" "$tree/$d" || true; done \
	| sed -n -e "s:^Files $root/\([^ ]*\) and .* differ\$:changed  \1:p" -e "s:^Only in $tree/\(.*\)\: \(.*\)\$:new      \1/\2:p")
if [ -n "$changes" ]; then
	echo "emfgen: STALE generated code - regenerating changes these files:" >&2
	echo "$changes" >&2
	for d in "${dirs[@]}"; do diff -ru "$root/$d" "$tree/$d" || true; done \
		| grep -v '^Only in ' | sed -e "s|$tree/|(regenerated) |g" -e "s|$root/||g" | head -200 >&2 || true
	echo "emfgen: run 'mvn -f tools/emfgen/pom.xml -q compile exec:java' from the repository root, review and commit (see tools/emfgen/README.md)." >&2
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
