#!/usr/bin/env bash
# Check the files `npm run demo` wrote with a real spreadsheet application (LibreOffice, headless):
# convert them to CSV and PDF and compare every figure with the JSON the same run wrote.
#   scripts/check-with-libreoffice.sh [DIR=demo]
# Needs: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils
# Exit 0 = all figures match, 1 = a mismatch (listed), 2 = LibreOffice or a file is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice (soffice) findes ikke. Installér: apt-get install -y --no-install-recommends libreoffice-calc" >&2
  exit 2
fi
exec npx tsx scripts/libreoffice-check.ts "$@"
