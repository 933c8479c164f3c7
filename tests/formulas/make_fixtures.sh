#!/bin/sh
# Writes the formula fixtures: XlsxWriter and openpyxl (make_fixtures.py), then LibreOffice opens
# two of them and saves them again: the openpyxl workbook, which it calculates (3-D totals, defined
# names), and the XlsxWriter tables, which it saves without calculating (their results stay 0 and
# the request to recalculate on load is dropped). Needs python3-xlsxwriter, python3-openpyxl and
# LibreOffice (soffice).
set -e
here=$(cd "$(dirname "$0")" && pwd)
/usr/bin/python3 "$here/make_fixtures.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to xlsx --outdir "$work" \
  "$here/openpyxl-navne.xlsx" "$here/xlsxwriter-tabel.xlsx" >/dev/null
cp "$work/openpyxl-navne.xlsx" "$here/libreoffice-navne.xlsx"
cp "$work/xlsxwriter-tabel.xlsx" "$here/libreoffice-tabel.xlsx"
