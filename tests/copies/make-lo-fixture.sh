#!/bin/sh
# Saves the XlsxWriter workbook again with LibreOffice: tests/copies/fixtures/libreoffice.xlsx is a
# workbook as LibreOffice writes it (its own part names, shared strings, styles and drawings).
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to xlsx --outdir "$work" "$here/fixtures/xlsxwriter-plain.xlsx"
mv "$work/xlsxwriter-plain.xlsx" "$here/fixtures/libreoffice.xlsx"
rm -rf "$work"
