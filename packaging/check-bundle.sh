#!/usr/bin/env bash
# Check the Linux one-folder bundle: build it if it is missing or older than the sources, then run the
# bundled executable headless and prove that resources, fonts, the label catalogue and the translations
# travel inside it. Exits non-zero on the first failure.
#
#   packaging/check-bundle.sh              build when missing or older than the sources, then check
#   packaging/check-bundle.sh --rebuild    always build first
#   packaging/check-bundle.sh --no-build   check the bundle in packaging/dist as it is
#
# Slow (a PyInstaller build takes minutes), so .ci/run runs it only when UA_DESKTOP_CI_BUNDLE=1.
# Nothing outside a temporary folder is touched: HOME, the XDG folders and --data-dir all point into it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$ROOT/packaging/dist/ua-desktop
EXE=$BUNDLE/ua-desktop
INTERNAL=$BUNDLE/_internal

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
ok() { echo "ok: $*"; }

# --- build when needed -------------------------------------------------------------------------------
stale=""
if [ "${1:-}" = "--no-build" ]; then
  stale=""
elif [ "${1:-}" = "--rebuild" ] || [ ! -x "$EXE" ]; then
  stale="requested or missing"
elif [ -n "$(find ua_desktop resources translations packaging pyproject.toml -newer "$EXE" -type f \
  -not -path 'packaging/build/*' -not -path 'packaging/dist/*' -not -name '*.pyc' -print -quit)" ]; then
  stale="sources changed since the last build"
fi
if [ -n "$stale" ]; then
  # PyInstaller needs objdump (binutils) on Linux; on a bare CI machine install it like .ci/run installs
  # Qt's libraries.
  if ! command -v objdump >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils
  fi
  echo "== building the bundle ($stale)"
  packaging/build.sh
fi
[ -x "$EXE" ] || fail "no bundled executable at $EXE"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ua-desktop-bundle-check.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export HOME=$TMP/home XDG_CONFIG_HOME=$TMP/home/.config XDG_DATA_HOME=$TMP/home/.local/share
export XDG_STATE_HOME=$TMP/home/.local/state XDG_CACHE_HOME=$TMP/home/.cache
export QT_QPA_PLATFORM=offscreen
unset UA_DESKTOP_DATA_DIR
DATA=$TMP/data
run() { "$EXE" --data-dir "$DATA" "$@"; }

echo "== bundle $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

# --- identity ------------------------------------------------------------------------------------------
want=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' ua_desktop/__init__.py)
got=$("$EXE" --version)
[ "$got" = "ua-desktop $want" ] || fail "--version printed '$got', expected 'ua-desktop $want'"
ok "--version: $got"

# --- shipped files inside the bundle -------------------------------------------------------------------
# Every file of the checkout's resources/ (cases, label catalogue, icons) must be in the bundle.
missing=0
while IFS= read -r -d '' file; do
  if [ ! -f "$INTERNAL/ua_desktop/$file" ]; then
    echo "missing in bundle: ua_desktop/$file" >&2
    missing=1
  fi
done < <(find resources -type f -print0)
[ "$missing" = 0 ] || fail "resources are missing from the bundle"
ok "all $(find resources -type f | wc -l) files of resources/ are in the bundle"
if [ -d resources/labels ]; then
  ok "label catalogue: $(find "$INTERNAL/ua_desktop/resources/labels" -type f | wc -l) files"
fi

for ts in translations/*.ts; do
  qm=$INTERNAL/ua_desktop/translations/$(basename "${ts%.ts}").qm
  [ -s "$qm" ] || fail "compiled translation $qm is missing"
done
ok "compiled translations: $(cd "$INTERNAL/ua_desktop/translations" && echo *.qm)"

for family in noto_serif noto_sans; do
  compgen -G "$INTERNAL/fontpkg_$family/files/*.ttf" >/dev/null || fail "font files of fontpkg_$family missing"
  compgen -G "$INTERNAL/fontpkg_${family}-*.dist-info/entry_points.txt" >/dev/null ||
    fail "fontpkg_$family's metadata (entry points) missing"
done
ok "letter fonts: $(cd "$INTERNAL" && echo fontpkg_noto_*/files/*.ttf)"

# Desktop integration next to the program (build.sh puts it there): entry, metainfo, every icon size.
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' ua_desktop/__init__.py)
[ -f "$BUNDLE/share/applications/$app_id.desktop" ] || fail "share/applications/$app_id.desktop is missing"
[ -f "$BUNDLE/share/metainfo/$app_id.metainfo.xml" ] || fail "share/metainfo/$app_id.metainfo.xml is missing"
for size in 16 24 32 48 64 128 256 512; do
  [ -s "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "the ${size} px icon is missing"
done
[ -f "$BUNDLE/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "the scalable icon is missing"
ok "desktop entry, metainfo and icons (16-512 px, SVG) in share/"

QT=$INTERNAL/PySide6/Qt
for plugin in platforms/libqoffscreen.so platforms/libqxcb.so platforms/libqwayland.so \
  iconengines/libqsvgicon.so imageformats/libqsvg.so printsupport/libcupsprintersupport.so; do
  [ -f "$QT/plugins/$plugin" ] || fail "Qt plugin $plugin is missing"
done
ok "Qt plugins for X11, Wayland, offscreen, SVG icons and printing are present"
unused=$(find "$INTERNAL" \( -name 'libQt6Qml*' -o -name 'libQt6Quick*' -o -name 'libQt6WebEngine*' \
  -o -name 'libQt63D*' -o -name 'libQt6Multimedia*' -o -name 'libQt6Designer*' -o -name 'libQt6Sql*' \) -print)
[ -z "$unused" ] || fail "unused Qt libraries were bundled: $unused"
ok "no QML, Quick, WebEngine, 3D, Multimedia, Designer or SQL Qt libraries"

# --- headless commands -----------------------------------------------------------------------------------
run cases list >"$TMP/cases.txt" || fail "cases list exited with status $?"
grep -q "ua-034-25" "$TMP/cases.txt" || fail "cases list does not show the bundled case: $(cat "$TMP/cases.txt")"
ok "cases list shows ua-034-25"
run cases show ua-034-25 >"$TMP/show.txt" || fail "cases show ua-034-25 exited with status $?"
grep -q "034/25" "$TMP/show.txt" || fail "cases show ua-034-25 did not print the briefing"
ok "cases show ua-034-25 ($(wc -l <"$TMP/show.txt") lines)"

# --- print-ready export (letters with the Noto fonts, labels from the catalogue) ---------------------------
run export letters --case ua-034-25 --blank 2 --out "$TMP/letters.pdf" || fail "export letters failed"
[ "$(head -c 5 "$TMP/letters.pdf")" = "%PDF-" ] || fail "export letters did not write a PDF"
grep -aq "NotoSerif" "$TMP/letters.pdf" || fail "the letters PDF does not embed Noto Serif"
ok "export letters: $(wc -c <"$TMP/letters.pdf") bytes, Noto Serif embedded"
run export labels --case ua-034-25 --sheet L7160 --count 3 --out "$TMP/labels.pdf" || fail "export labels failed"
[ "$(head -c 5 "$TMP/labels.pdf")" = "%PDF-" ] || fail "export labels did not write a PDF"
ok "export labels (L7160 from the bundled catalogue): $(wc -c <"$TMP/labels.pdf") bytes"

# A roster with names beyond ASCII and countries by ISO alpha-3 code and by name (Babel's CLDR data).
printf 'First name,Last name,Street,Postcode,City,Country\n%s\n%s\n' \
  'Łukasz,Nowak,ul. Długa 5,00-001,Warszawa,POL' 'Ελένη,Παπαδοπούλου,Odos Ermou 3,10431,Athina,Greece' \
  >"$TMP/roster.csv"
run roster import "$TMP/roster.csv" >/dev/null || fail "roster import failed"
run roster list >"$TMP/roster.txt" || fail "roster list failed"
grep -q "Łukasz.*PL" "$TMP/roster.txt" && grep -q "Ελένη.*GR" "$TMP/roster.txt" ||
  fail "the roster did not read the names or countries: $(cat "$TMP/roster.txt")"
run export letters --case ua-034-25 --signers all --out "$TMP/signed.pdf" >/dev/null || fail "signed letters failed"
[ "$(head -c 5 "$TMP/signed.pdf")" = "%PDF-" ] || fail "export letters --signers all did not write a PDF"
ok "roster import (POL -> PL, Greece -> GR) and one letter per signer"

# --- the window, in German: Qt plugins load and our .qm catalogue is found ---------------------------------
status=0
LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 LANGUAGE=de UA_DESKTOP_QUIT_AFTER_FIRST_PAINT=1 \
  timeout 120 "$EXE" --data-dir "$DATA" >"$TMP/gui.txt" 2>&1 || status=$?
if [ "$status" = 124 ]; then
  fail "the window did not quit within 120 s of its first paint (a hang); its log: $(tail -20 "$DATA/logs/ua-desktop.log" 2>/dev/null)"
elif [ "$status" != 0 ]; then
  fail "the window exited with status $status: $(tail -20 "$TMP/gui.txt")"
fi
log=$(find "$DATA" -name 'ua-desktop.log' -print -quit)
[ -n "$log" ] || fail "the window wrote no log file"
grep -q "language de" "$log" || fail "the window did not start in German: $(tail -5 "$log")"
if grep -q "no translation catalogue" "$log"; then
  fail "the German catalogue was not found in the bundle: $(grep 'no translation catalogue' "$log")"
fi
ok "the window painted offscreen in German with the bundled catalogue"

echo "bundle check passed"
