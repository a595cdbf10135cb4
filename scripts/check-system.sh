#!/bin/sh
# First step of `npm test`: the browser, PDF and .docx tests need Debian packages that npm cannot
# install. Name what is missing and how to install it, instead of failing later with ENOENT.
# With --list it only prints the missing packages (.ci/run installs them).
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing="$missing fonts-noto-cjk"
command -v pdfinfo >/dev/null 2>&1 || missing="$missing poppler-utils"
# soffice lays out the downloaded .docx forms to count their pages (test/e2e/forms.test.ts).
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
if [ "${1:-}" = --list ]; then
  echo $missing
  exit 0
fi
if [ -n "$missing" ]; then
  echo "npm test needs these Debian packages, which this machine lacks:$missing" >&2
  echo "Install them with:  sudo apt-get install -y --no-install-recommends$missing" >&2
  echo "(.ci/run installs them itself when run as root.)" >&2
  exit 1
fi
