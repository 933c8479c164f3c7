#!/usr/bin/python3
"""Builds the workbooks the copy tests (tests/copies) run through check --annotate, convert and fix.

Made with XlsxWriter (not with Budgettjek's own writer), then completed with parts XlsxWriter does
not write, added to the package as Excel writes them: a threaded comment with its person list,
custom XML, an external link, and the first sheet's part renamed to xl/worksheets/budget.xml.
The VBA project is the small vbaProject.bin that ships with XlsxWriter's examples (BSD-2-Clause).
A LibreOffice-saved copy of the plain workbook is made by tests/copies/make-lo-fixture.sh.

Run: /usr/bin/python3 scripts/make-copy-fixtures.py   (writes tests/copies/fixtures/)
"""
import os
import re
import shutil
import zipfile

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'copies', 'fixtures')
VBA = '/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin'
PNG = os.path.join(HERE, '..', 'assets', 'icon-32.png')


def proposal(wb, macro):
    ws = wb.add_worksheet('BC02')
    money = wb.add_format({'num_format': '#,##0'})
    bold = wb.add_format({'bold': True})
    ws.write('A1', 'BC02 Digitalt Jobunivers', bold)
    ws.write('A3', 'Tabel 1. Forslagets samlede økonomiske konsekvenser')
    ws.write('A4', '1.000 kr. 2027 p/l')
    ws.write('B4', 'Styringsområde')
    for i, y in enumerate([2026, 2027, 2028, 2029]):
        ws.write_number(3, 2 + i, y)
    rows = [('Juridisk afklaring', [209, 0, 0, 0]), ('Afprøvning', ['418', 600, 0, 0]), ('Projektledelse', [418, 400, 0, 0])]
    for r, (label, amounts) in enumerate(rows):
        ws.write(4 + r, 0, label)
        ws.write(4 + r, 1, 'Service')
        for c, v in enumerate(amounts):
            if isinstance(v, str):
                ws.write_string(4 + r, 2 + c, v)
            else:
                ws.write_number(4 + r, 2 + c, v, money)
    ws.write(7, 0, 'I alt')
    ws.write(7, 1, 'Service')
    ws.write_formula('C8', '=SUM(C5:C7)', money, 1045)
    ws.write_formula('D8', '=SUM(D5:D7)', money, 1100)  # a wrong cached total: 1.000 is right
    ws.write_number('E8', 0, money)
    ws.write_number('F8', 0, money)
    ws.write_comment('A5', 'Tjekket af økonomi', {'author': 'Økonomi'})
    ws.data_validation('B5:B7', {'validate': 'list', 'source': ['Service', 'Anlæg', 'Overførsler']})
    ws.conditional_format('C5:F7', {'type': 'cell', 'criteria': '<', 'value': 0, 'format': wb.add_format({'font_color': '#9C0006'})})
    ws.add_table('H4:I6', {'columns': [{'header': 'Nøgle'}, {'header': 'Værdi'}], 'data': [['a', 1], ['b', 2]]})
    ws.insert_image('K2', PNG)
    ws.protect('', {'format_columns': True})
    ws.set_landscape()
    ws.print_area('A1:F8')
    chart = wb.add_chart({'type': 'column'})
    chart.add_series({'name': 'Service', 'categories': '=BC02!$C$4:$F$4', 'values': '=BC02!$C$8:$F$8'})
    ws.insert_chart('K10', chart)

    other = wb.add_worksheet('Hele arket')
    other.write('A1', 'Validering over hele arket')
    other.data_validation(0, 0, 1048575, 16383, {'validate': 'integer', 'criteria': 'between', 'minimum': 0, 'maximum': 1000000})
    hidden = wb.add_worksheet('Skjult')
    hidden.write('A1', 'skjult')
    hidden.hide()
    cs = wb.add_chartsheet('Diagram')
    chart2 = wb.add_chart({'type': 'line'})
    chart2.add_series({'values': '=BC02!$C$8:$F$8'})
    cs.set_chart(chart2)
    wb.define_name('Totaler', '=BC02!$C$8:$F$8')
    wb.set_properties({'title': 'Budgetforslag', 'company': 'Kommunen'})
    wb.set_custom_property('Sagsnummer', '2026-0042')
    if macro:
        wb.add_vba_project(VBA)


def complete(path):
    """Adds the parts XlsxWriter does not write and renames the first sheet's part."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        for name in names:
            data = src.read(name)
            if name == 'xl/worksheets/sheet1.xml':
                name = 'xl/worksheets/budget.xml'
            elif name == 'xl/_rels/workbook.xml.rels':
                text = data.decode('utf8').replace('worksheets/sheet1.xml', 'worksheets/budget.xml')
                text = text.replace('</Relationships>',
                    '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>'
                    '<Relationship Id="rIdPer1" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>'
                    '</Relationships>')
                data = text.encode('utf8')
            elif name == 'xl/workbook.xml':
                text = data.decode('utf8')
                text = text.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>')
                data = text.encode('utf8')
            elif name == '[Content_Types].xml':
                text = data.decode('utf8').replace('/xl/worksheets/sheet1.xml', '/xl/worksheets/budget.xml')
                text = text.replace('</Types>',
                    '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
                    '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>'
                    '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
                    '</Types>')
                data = text.encode('utf8')
            elif name == 'xl/worksheets/_rels/sheet1.xml.rels':
                name = 'xl/worksheets/_rels/budget.xml.rels'
                text = data.decode('utf8').replace('</Relationships>',
                    '<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>')
                data = text.encode('utf8')
            elif name == '_rels/.rels':
                text = data.decode('utf8').replace('</Relationships>',
                    '<Relationship Id="rIdCx1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="customXml/item1.xml"/></Relationships>')
                data = text.encode('utf8')
            dst.writestr(name, data)
        dst.writestr('xl/externalLinks/externalLink1.xml',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<externalBook r:id="rId1"><sheetNames><sheetName val="Ark1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>')
        dst.writestr('xl/externalLinks/_rels/externalLink1.xml.rels',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="budget2025.xlsx" TargetMode="External"/></Relationships>')
        dst.writestr('xl/persons/person.xml',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<person displayName="Økonomi" id="{6B9F1C2A-0000-4000-8000-000000000001}" userId="okonomi" providerId="None"/></personList>')
        dst.writestr('xl/threadedComments/threadedComment1.xml',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<threadedComment ref="A5" dT="2026-01-05T10:00:00.00" personId="{6B9F1C2A-0000-4000-8000-000000000001}" id="{6B9F1C2A-0000-4000-8000-0000000000A5}"><text>Tjekket af økonomi</text></threadedComment></ThreadedComments>')
        dst.writestr('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><sag xmlns="urn:kommune:sag"><nummer>2026-0042</nummer></sag>')
        dst.writestr('customXml/itemProps1.xml',
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<ds:datastoreItem ds:itemID="{0F0A0B0C-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
        dst.writestr('customXml/_rels/item1.xml.rels',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    os.replace(tmp, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, macro in (('alt-i-en.xlsx', False), ('alt-i-en.xlsm', True)):
        path = os.path.join(OUT, name)
        wb = xlsxwriter.Workbook(path)
        proposal(wb, macro)
        wb.close()
        complete(path)
    # The same workbook as XlsxWriter leaves it, for the LibreOffice round trip.
    wb = xlsxwriter.Workbook(os.path.join(OUT, 'xlsxwriter-plain.xlsx'))
    proposal(wb, False)
    wb.close()


if __name__ == '__main__':
    main()
