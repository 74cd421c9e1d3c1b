#!/usr/bin/env bash
# Set-up for a fresh machine: a browser for the PDFs, the test tools (poppler-utils reads the PDFs,
# LibreOffice Impress opens the PowerPoint as an independent reader), the npm dependencies, then the
# seed decks and their PDFs.
# On Debian/Ubuntu as root it installs what is missing with apt-get; anywhere else it says how.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  for v in BRIEFING_BROWSER PUPPETEER_EXECUTABLE_PATH CHROME_PATH; do
    [[ -n "${!v:-}" && -x "${!v}" ]] && return 0
  done
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null ||
    command -v google-chrome-stable >/dev/null || command -v google-chrome >/dev/null
}

missing=()
have_browser || missing+=(chromium)
command -v pdftoppm >/dev/null && command -v pdffonts >/dev/null || missing+=(poppler-utils)
command -v soffice >/dev/null || missing+=(libreoffice-impress)

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing ${missing[*]}." >&2
    echo "  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    echo "  macOS: brew install --cask google-chrome libreoffice; brew install poppler" >&2
    echo "  Or point BRIEFING_BROWSER at an installed Chrome/Chromium, then run this again." >&2
    exit 3
  fi
fi

npm ci --no-audit --no-fund
npm run build
