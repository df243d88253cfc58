#!/usr/bin/env bash
# Build the one-folder ua-desktop program with PyInstaller, on Linux, macOS or Windows (Git Bash).
#
#   packaging/build.sh            build into packaging/dist/ (venv and work files in packaging/build/)
#
# Steps: a fresh build environment, the project's wheel built from this checkout and installed there (with
# the [packaging] extra: PyInstaller, build), the icons rendered from resources/icons/ua-desktop.svg, then
# PyInstaller on packaging/ua-desktop.spec. On Windows, when Inno Setup's iscc is on PATH, the installer is
# built too.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/packaging/build
DIST=$ROOT/packaging/dist

# A Python >= 3.12 (see pyproject.toml): $PYTHON, else the first that runs of python3.12, python3.13,
# python3, py -3.12 (Windows) or a pyenv-installed 3.12+ (whose shim may not be active).
find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.12 python3.13 python3 "py -3.12" "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3; do
    [ -n "$candidate" ] || continue
    if $candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
      echo "$candidate"
      return
    fi
  done
  echo "no Python 3.12 or newer found; set PYTHON=/path/to/python3.12" >&2
  exit 1
}
PYTHON=$(find_python)

case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*) platform=windows; bin=Scripts ;;
  Darwin) platform=macos; bin=bin ;;
  *) platform=linux; bin=bin ;;
esac

echo "== build environment ($($PYTHON --version))"
rm -rf "$BUILD/venv" "$BUILD/wheel" "$BUILD/icons"
$PYTHON -m venv "$BUILD/venv"
VPY=$BUILD/venv/$bin/python
"$VPY" -m pip install --quiet --upgrade pip

echo "== wheel from this checkout"
"$VPY" -m pip wheel --quiet --no-deps --wheel-dir "$BUILD/wheel" "$ROOT"
wheel=$(ls "$BUILD"/wheel/ua_desktop-*.whl)
"$VPY" -m pip install --quiet "$wheel[packaging]"
version=$("$VPY" -c "import ua_desktop; print(ua_desktop.__version__)")
app_id=$("$VPY" -c "import ua_desktop; print(ua_desktop.APP_ID)")
echo "ua-desktop $version ($app_id)"

echo "== icons"
"$VPY" packaging/make_icons.py "$BUILD/icons" >/dev/null

echo "== PyInstaller"
# Run from the build folder: from the checkout's root, `import ua_desktop` would find the source tree
# (no compiled translations) instead of the installed wheel.
(cd "$BUILD" && UA_DESKTOP_ICON_DIR="$BUILD/icons" "$VPY" -m PyInstaller --noconfirm --clean \
  --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/ua-desktop.spec")

if [ "$platform" = macos ]; then
  app=$(ls -d "$DIST"/*.app)
  echo "== built $app"
  du -sh "$app"
else
  echo "== built $DIST/ua-desktop"
  du -sh "$DIST/ua-desktop"
fi

if [ "$platform" = linux ]; then
  # Desktop integration travels with the bundle: share/ mirrors ~/.local/share (see BUILDING.md).
  share=$DIST/ua-desktop/share
  install -Dm644 "packaging/linux/$app_id.desktop" -t "$share/applications"
  install -Dm644 "packaging/linux/$app_id.metainfo.xml" -t "$share/metainfo"
  mkdir -p "$share/icons" && cp -r "$BUILD/icons/hicolor" "$share/icons/"
  tarball=$DIST/ua-desktop-$version-linux-$(uname -m).tar.gz
  tar -C "$DIST" -czf "$tarball" ua-desktop
  echo "== $(du -h "$tarball" | cut -f1) $tarball"
fi

if [ "$platform" = windows ]; then
  if command -v iscc >/dev/null; then
    echo "== Inno Setup installer"
    display=$("$VPY" -c "import ua_desktop; print(ua_desktop.APP_DISPLAY_NAME)")
    name=$("$VPY" -c "import ua_desktop; print(ua_desktop.APP_NAME)")
    iscc -Q "-DAppVersion=$version" "-DAppId=$app_id" "-DAppDisplayName=$display" "-DExeName=$name" \
      "-DBundleDir=$(cygpath -w "$DIST/ua-desktop")" "-DIconFile=$(cygpath -w "$BUILD/icons/ua-desktop.ico")" \
      "-DOutputDir=$(cygpath -w "$DIST")" packaging/windows/ua-desktop.iss
    ls -l "$DIST"/*.exe
  else
    echo "Inno Setup's iscc is not on PATH: skipping the installer (see packaging/BUILDING.md)"
  fi
fi
