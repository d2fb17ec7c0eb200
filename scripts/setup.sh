#!/usr/bin/env bash
# First command of the quick start: installs everything reform needs on this machine and builds the
# sample report (data/) into out/.
#  - npm packages (npm ci);
#  - a browser for PDF when none is found: Debian/Ubuntu get Debian's chromium (apt-get); elsewhere
#    reform uses an installed Chrome or Edge and this script says how to point at one;
#  - poppler-utils (pdftotext, pdffonts) for the PDF tests, where apt-get exists.
set -euo pipefail
cd "$(dirname "$0")/.."

have() { command -v "$1" >/dev/null 2>&1; }

find_browser() {
  for v in "${REFORM_BROWSER:-}" "${CHROME_PATH:-}" "${PUPPETEER_EXECUTABLE_PATH:-}"; do
    [ -n "$v" ] && [ -x "$v" ] && { echo "$v"; return 0; }
  done
  for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge microsoft-edge-stable; do
    have "$b" && { command -v "$b"; return 0; }
  done
  for p in "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
           "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge" \
           "/Applications/Chromium.app/Contents/MacOS/Chromium"; do
    [ -x "$p" ] && { echo "$p"; return 0; }
  done
  return 1
}

apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && have sudo && sudo="sudo"
  echo "reform setup: apt-get install $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
if ! browser=$(find_browser); then
  if have apt-get; then missing+=(chromium); else
    echo "reform setup: no Chrome, Edge or Chromium found. Install one, or set REFORM_BROWSER to its path." >&2
    echo "              (HTML and Excel are still built; PDF needs a browser.)" >&2
  fi
else
  echo "reform setup: browser for PDF: $browser"
fi
if ! have pdftotext && have apt-get; then missing+=(poppler-utils); fi
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi

echo "reform setup: npm ci"
npm ci --no-audit --no-fund

echo "reform setup: reform build (data/ → out/)"
node bin/reform.js build
