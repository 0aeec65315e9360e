#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Puts the SPDX licence line (LICENSE: EPL-2.0) on every hand-written source file that lacks it; idempotent,
# run it after adding files. Java: first line "// SPDX-License-Identifier: EPL-2.0" for bundles/*/src, tests/,
# benchmarks/ and tools/ (never src-gen/: generated code gets its header from the genmodel's copyrightText, if
# ever). Shell scripts (*.sh): "# SPDX-License-Identifier: EPL-2.0" after the shebang. ./siempleo and
# .ci/run carry it once their owners add it.
set -euo pipefail
cd "$(dirname "$0")/.."
spdx='SPDX-License-Identifier: EPL-2.0'
files() { git ls-files --cached --others --exclude-standard -- "$@" | while IFS= read -r f; do [[ -f "$f" ]] && echo "$f"; done; }
n=0
while IFS= read -r f; do
	[[ "$f" == */src-gen/* ]] && continue
	grep -qF "$spdx" <(head -1 "$f") && continue
	sed -i "1i // $spdx" "$f"
	n=$((n + 1))
done < <(files 'bundles/*/src/*.java' 'tests/*.java' 'benchmarks/*.java' 'tools/*.java')
while IFS= read -r f; do
	grep -qF "$spdx" <(head -2 "$f") && continue
	if head -1 "$f" | grep -q '^#!'; then sed -i "1a # $spdx" "$f"; else sed -i "1i # $spdx" "$f"; fi
	n=$((n + 1))
done < <(files '*.sh')
echo "spdx-headers: $n file(s) given the SPDX line"
