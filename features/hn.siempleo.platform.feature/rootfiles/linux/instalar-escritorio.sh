#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Registers Sí Empleo Workbench with the desktop of this user: a menu entry, and the *.siempleo file type
# (application/x-siempleo) opened by it, so a double-click in the file manager opens the model.
# Installs into $XDG_DATA_HOME (default ~/.local/share); run it again after moving the product folder.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/128x128/apps"
sed "s|^Exec=siempleo.sh|Exec=\"$home/siempleo.sh\"|" "$home/siempleo.desktop" > "$data/applications/hn.siempleo.workbench.desktop"
cp "$home/siempleo-mime.xml" "$data/mime/packages/hn-siempleo.xml"
cp "$home/siempleo.png" "$data/icons/hicolor/128x128/apps/siempleo.png"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default hn.siempleo.workbench.desktop application/x-siempleo 2>/dev/null || true
echo "Sí Empleo Workbench registrado en el escritorio: los archivos .siempleo se abren con $home/siempleo.sh"
