#!/usr/bin/env bash
# Idempotent set-up: system packages (apt-get, as root), the virtual environment and the
# project's Python packages. Fast when nothing changed: each step checks before it works.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null || need_apt+=(redis-server)
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need_apt+=(ffmpeg)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v espeak-ng >/dev/null || need_apt+=(espeak-ng)
command -v flite >/dev/null || need_apt+=(flite)  # a second synthesiser: the tests' fake cloud voice
# PostgreSQL's server binaries: the store tests start a throwaway cluster with them.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need_apt+=(postgresql)
command -v tesseract >/dev/null || need_apt+=(tesseract-ocr)
command -v fc-match >/dev/null || need_apt+=(fontconfig)  # brand kits: installed font families
for pkg in fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.adgen-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages"
  .venv/bin/pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/pip install -q -e ".[dev]"
  # Plain OpenCV and OpenCV-contrib both own cv2/: a venv made before the switch to contrib (for
  # its saliency module) keeps only contrib, reinstalled so no file of the plain one is left.
  if .venv/bin/pip show -q opencv-python-headless >/dev/null 2>&1; then
    .venv/bin/pip uninstall -q -y opencv-python-headless
    .venv/bin/pip install -q --force-reinstall --no-deps opencv-contrib-python-headless
  fi
  echo "$want" > "$stamp"
fi
