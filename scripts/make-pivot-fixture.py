#!/usr/bin/python3
"""Builds tests/copies/fixtures/pivot-slicer.xlsx: a workbook with a pivot table and its cache
(made by LibreOffice) and a slicer on that pivot table (added by this script, see below).

1. LibreOffice (headless, driven through Python-UNO: Debian's python3-uno) opens the XlsxWriter
   workbook tests/copies/fixtures/xlsxwriter-plain.xlsx, adds a sheet 'Bevillinger' with a list of
   grants, and a DataPilot (pivot table) 'Pivot1' on a sheet 'Pivot' that sums the grants by area.
   LibreOffice saves it as .xlsx ("Calc MS Excel 2007 XML"): it writes the pivot table, its cache
   definition and its cache records (xl/pivotTables/, xl/pivotCache/) itself.
2. No tool in Debian writes a slicer (LibreOffice reads none, openpyxl and XlsxWriter write none),
   so this script adds one to the LibreOffice package, part by part, as Microsoft's published
   schema for Excel 2010's extensions ([MS-XLSX] 2.3 and 2.6: CT_Slicers, CT_SlicerCacheDefinition,
   CT_TabularSlicerCache) lays it out:
   - xl/slicers/slicer1.xml (x14:slicers), related from the Pivot sheet (relationship type
     .../2007/relationships/slicer) and listed in the sheet's extLst (ext {A8765BA9-...},
     x14:slicerList);
   - xl/slicerCaches/slicerCache1.xml (x14:slicerCacheDefinition, tabular, on the pivot cache),
     related from the workbook (.../2007/relationships/slicerCache) and listed in the workbook's
     extLst (ext {BBE1A952-...}, x14:slicerCaches), with the defined name Excel keeps for it;
   - the pivot cache definition gets the x14:pivotCacheDefinition extension (ext {725AE2AE-...})
     that gives it the pivotCacheId the slicer cache names;
   - a drawing on the Pivot sheet anchors the slicer (a14 sle:slicer graphic frame, with a
     fallback shape for readers that know no slicers);
   - [Content_Types].xml gets the slicer and slicer cache content types.
   Every other part's content is LibreOffice's, as it wrote it (Python's zipfile deflates it again).

Run: /usr/bin/python3 scripts/make-pivot-fixture.py   (needs soffice and python3-uno)
"""
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.table import CellAddress, CellRangeAddress
from com.sun.star.sheet.DataPilotFieldOrientation import ROW, DATA
from com.sun.star.sheet.GeneralFunction import SUM

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', 'tests', 'copies', 'fixtures')
SOURCE = os.path.join(FIXTURES, 'xlsxwriter-plain.xlsx')
OUT = os.path.join(FIXTURES, 'pivot-slicer.xlsx')

GRANTS = [
    ('Område', 'Forslag', 'Beløb 2026'),
    ('Beskæftigelse', 'BC02', 209),
    ('Beskæftigelse', 'BC03', 418),
    ('Kultur', 'KF01', 150),
    ('Kultur', 'KF02', 75),
    ('Børn', 'BU01', 600),
]
AREAS = sorted({g[0] for g in GRANTS[1:]})


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def with_libreoffice(work):
    pipe = 'budgettjek-fixture-%d' % os.getpid()
    proc = subprocess.Popen([
        'soffice', '-env:UserInstallation=file://%s/profile' % work, '--headless', '--invisible',
        '--norestore', '--accept=pipe,name=%s;urp;' % pipe,
    ])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except NoConnectException:
            time.sleep(0.5)
    else:
        proc.kill()
        raise SystemExit('LibreOffice did not start')
    return proc, ctx


def make_pivot(work):
    proc, ctx = with_libreoffice(work)
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(SOURCE)), '_blank', 0, (prop('Hidden', True),))
        sheets = doc.Sheets
        sheets.insertNewByName('Bevillinger', sheets.Count)
        sheets.insertNewByName('Pivot', sheets.Count)
        data = sheets.getByName('Bevillinger')
        for r, row in enumerate(GRANTS):
            for c, v in enumerate(row):
                cell = data.getCellByPosition(c, r)
                if isinstance(v, str):
                    cell.setString(v)
                else:
                    cell.setValue(v)
        source = CellRangeAddress()
        source.Sheet = sheets.Count - 2
        source.StartColumn, source.StartRow = 0, 0
        source.EndColumn, source.EndRow = 2, len(GRANTS) - 1
        pivot = sheets.getByName('Pivot')
        tables = pivot.getDataPilotTables()
        desc = tables.createDataPilotDescriptor()
        desc.setSourceRange(source)
        fields = desc.getDataPilotFields()
        area = fields.getByIndex(0)
        area.Orientation = ROW
        amount = fields.getByIndex(2)
        amount.Orientation = DATA
        amount.Function = SUM
        at = CellAddress()
        at.Sheet = sheets.Count - 1
        at.Column, at.Row = 0, 2
        tables.insertNewByName('Pivot1', at, desc)
        saved = os.path.join(work, 'pivot.xlsx')
        doc.storeToURL(uno.systemPathToFileUrl(saved), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge goes down with LibreOffice
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return saved


X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
REL_SLICER = 'http://schemas.microsoft.com/office/2007/relationships/slicer'
REL_SLICER_CACHE = 'http://schemas.microsoft.com/office/2007/relationships/slicerCache'
REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing'
CACHE_NAME = 'Udsnitsværktøj_Område'
PIVOT_CACHE_ID = 1


def add_rel(text, rid, rtype, target):
    return text.replace('</Relationships>', '<Relationship Id="%s" Type="%s" Target="%s"/></Relationships>' % (rid, rtype, target))


def add_ext(text, root, ext):
    """Adds an <ext> to the root element's extLst (a new extLst, last child, when there is none)."""
    if '</extLst>' in text:
        return text.replace('</extLst>', ext + '</extLst>', 1)
    return text.replace('</%s>' % root, '<extLst>%s</extLst></%s>' % (ext, root), 1)


def add_slicer(pivot_path, out):
    src = zipfile.ZipFile(pivot_path)
    names = src.namelist()
    workbook = src.read('xl/workbook.xml').decode('utf8')
    wb_rels = src.read('xl/_rels/workbook.xml.rels').decode('utf8')
    # The Pivot sheet: the last <sheet>, its part through the workbook's relationships.
    rid = re.findall(r'<sheet [^>]*name="Pivot"[^>]*r:id="([^"]+)"', workbook)[0]
    sheet_part = 'xl/' + re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, wb_rels).group(1)
    tab_id = re.search(r'<sheet [^>]*name="Pivot"[^>]*sheetId="(\d+)"', workbook).group(1)
    cache_part = [n for n in names if re.match(r'xl/pivotCache/pivotCacheDefinition\d+\.xml$', n)][0]
    pivot_table = re.search(r'name="([^"]+)"', src.read([n for n in names if re.match(r'xl/pivotTables/pivotTable\d+\.xml$', n)][0]).decode('utf8')).group(1)
    sheet_rels = sheet_part.replace('worksheets/', 'worksheets/_rels/') + '.rels'
    cache = src.read(cache_part).decode('utf8')
    # The order of the cache's items of the area field, as LibreOffice wrote them.
    field = re.search(r'<cacheField name="Område".*?</cacheField>', cache, re.S).group(0)
    items = re.findall(r'<s v="([^"]*)"', field)

    changed = {}
    changed['xl/workbook.xml'] = add_ext(
        workbook.replace('</definedNames>', '<definedName name="%s">#N/A</definedName></definedNames>' % CACHE_NAME)
        if '</definedNames>' in workbook
        else workbook.replace('</sheets>', '</sheets><definedNames><definedName name="%s">#N/A</definedName></definedNames>' % CACHE_NAME),
        'workbook',
        '<ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="%s"><x14:slicerCaches><x14:slicerCache r:id="rIdSc1"/></x14:slicerCaches></ext>' % X14)
    changed['xl/_rels/workbook.xml.rels'] = add_rel(wb_rels, 'rIdSc1', REL_SLICER_CACHE, 'slicerCaches/slicerCache1.xml')
    changed[cache_part] = add_ext(cache, 'pivotCacheDefinition',
        '<ext uri="{725AE2AE-9491-48be-B2B4-4EB974FC3084}" xmlns:x14="%s"><x14:pivotCacheDefinition pivotCacheId="%d"/></ext>' % (X14, PIVOT_CACHE_ID))
    sheet = src.read(sheet_part).decode('utf8')
    if 'xmlns:r=' not in sheet[:2000]:
        sheet = sheet.replace('<worksheet ', '<worksheet xmlns:r="%s" ' % R, 1)
    # <drawing> comes after the page setup elements and before extLst (CT_Worksheet's sequence).
    for follower in ('<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'):
        if follower in sheet:
            sheet = sheet.replace(follower, '<drawing r:id="rIdDr1"/>' + follower, 1)
            break
    changed[sheet_part] = add_ext(sheet, 'worksheet',
        '<ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="%s"><x14:slicerList><x14:slicer r:id="rIdSl1"/></x14:slicerList></ext>' % X14)
    rels = src.read(sheet_rels).decode('utf8') if sheet_rels in names else \
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
    rels = add_rel(add_rel(rels, 'rIdSl1', REL_SLICER, '../slicers/slicer1.xml'), 'rIdDr1', REL_DRAWING, '../drawings/drawingSlicer1.xml')
    changed[sheet_rels] = rels
    types = src.read('[Content_Types].xml').decode('utf8')
    changed['[Content_Types].xml'] = types.replace('</Types>',
        '<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>'
        '<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>'
        '<Override PartName="/xl/drawings/drawingSlicer1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
        '</Types>')
    added = {
        'xl/slicers/slicer1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<slicers xmlns="%s" xmlns:mc="%s" mc:Ignorable="x" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<slicer name="Område" cache="%s" caption="Område" rowHeight="241300"/></slicers>' % (X14, MC, CACHE_NAME),
        'xl/slicerCaches/slicerCache1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<slicerCacheDefinition xmlns="%s" xmlns:mc="%s" mc:Ignorable="x" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="%s" sourceName="Område">'
            '<pivotTables><pivotTable tabId="%s" name="%s"/></pivotTables>'
            '<data><tabular pivotCacheId="%d"><items count="%d">%s</items></tabular></data>'
            '</slicerCacheDefinition>' % (X14, MC, CACHE_NAME, tab_id, pivot_table, PIVOT_CACHE_ID, len(items), ''.join('<i x="%d" s="1"/>' % i for i in range(len(items)))),
        'xl/drawings/drawingSlicer1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
            '<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
            '<mc:AlternateContent xmlns:mc="%s"><mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">'
            '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Område"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
            '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer">'
            '<sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="Område"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice>'
            '<mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr>'
            '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="1905000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
            '<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="da-DK" sz="1100"/><a:t>Dette udsnitsværktøj kræver Excel 2010 eller nyere.</a:t></a:r></a:p></xdr:txBody></xdr:sp></mc:Fallback>'
            '</mc:AlternateContent><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>' % MC,
    }
    tmp = out + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in changed:
                dst.writestr(info, changed.pop(info.filename).encode('utf8'), zipfile.ZIP_DEFLATED)
            else:
                # LibreOffice's own part, its content as LibreOffice wrote it (zipfile deflates it again).
                with src.open(info) as part:
                    dst.writestr(info, part.read(), info.compress_type)
        for name, text in list(changed.items()) + list(added.items()):
            dst.writestr(name, text.encode('utf8'))
    src.close()
    os.replace(tmp, out)
    return sheet_part, cache_part


def main():
    work = tempfile.mkdtemp(prefix='budgettjek-pivot-')
    try:
        saved = make_pivot(work)
        sheet_part, cache_part = add_slicer(saved, OUT)
        print('wrote %s (pivot sheet %s, cache %s)' % (OUT, sheet_part, cache_part))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
