#!/usr/bin/env bash
# Installs what the real-browser parts need, with apt-get, when missing: Chromium, Firefox ESR, and
# CJK fonts (cards show Chinese names). Used by .ci/run and by npm start. Usage: ensure-browsers.sh [chromium-only]
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ "${1:-}" = "chromium-only" ] || command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
# The zh-CN UI tests: Chromium's Chinese locale files and Firefox ESR's Chinese language pack.
ls /usr/lib/chromium/locales/zh-CN.pak >/dev/null 2>&1 || need+=(chromium-l10n)
[ "${1:-}" = "chromium-only" ] || ls /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@* >/dev/null 2>&1 || need+=(firefox-esr-l10n-zh-cn)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${need[*]}. Install them with your package manager (no apt-get here)." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Missing: ${need[*]}. Run as root or install them: apt-get install ${need[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "Installing with apt-get: ${need[*]}"
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
