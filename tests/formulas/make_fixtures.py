#!/usr/bin/python3
"""
Writes the formula fixtures of tests/formulas with programs other than Budgettjek: XlsxWriter
(Excel tables with a totals row, SUBTOTAL, AGGREGATE, array and dynamic-array formulas; it saves
every formula's result as 0 and asks Excel to recalculate on load) and openpyxl (defined names,
3-D and cross-sheet totals; it saves no results). LibreOffice then opens the openpyxl workbook,
calculates it and saves it again (make_fixtures.sh). Each workbook holds a clean proposal table
and one with a total off by 50 and an amount stored as text under its total formula.

Run with Debian's python3 (python3-xlsxwriter, python3-openpyxl): /usr/bin/python3 make_fixtures.py
"""
import os
import sys

import openpyxl
import xlsxwriter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = 'Tabel 1. Forslagets samlede økonomiske konsekvenser'
LABEL = '1.000 kr. 2027 p/l'
YEARS = ['2026', '2027', '2028', '2029', '2030', '2031']
ITEMS = [('Projektledelse', 100), ('Licenser', 200), ('Drift', 300)]


def out(name):
    return os.path.join(HERE, name)


def xlsxwriter_tables():
    """Excel tables with a totals row: SUBTOTAL(109,Tabel[2026]) as XlsxWriter writes it."""
    wb = xlsxwriter.Workbook(out('xlsxwriter-tabel.xlsx'))
    for code, faulty in (('BC01', False), ('BC02', True)):
        ws = wb.add_worksheet(code)
        ws.write('A1', TITLE)
        data = [[label, 'Service'] + [a] * len(YEARS) for label, a in ITEMS]
        columns = [{'header': LABEL, 'total_string': 'I alt'}, {'header': 'Styringsområde'}]
        columns += [{'header': y, 'total_function': 'sum'} for y in YEARS]
        ws.add_table('A2:H6', {'name': f'Tabel_{code}', 'data': data, 'total_row': True, 'columns': columns})
        if faulty:
            ws.write_number('C6', 650)  # a total typed as a number, 50 more than its rows
            ws.write_string('D5', '300')  # an amount stored as text under SUBTOTAL(109,…)
    # A list (no years) with a hidden row counted by its SUM foot, and one whose SUBTOTAL(109) skips it.
    ws = wb.add_worksheet('Lister')
    for top, formula in ((1, 'SUM(B2:B4)'), (8, 'SUBTOTAL(109,B9:B11)')):
        ws.write_row(top - 1, 0, ['Post', 'Beløb'])
        for k, (label, a) in enumerate(ITEMS):
            ws.write_row(top + k, 0, [label, a])
        ws.set_row(top + 1, None, None, {'hidden': True})
        ws.write(top + 3, 0, 'I alt')
        ws.write_formula(top + 3, 1, '=' + formula, None, 600 if formula.startswith('SUM') else 400)
    wb.close()


def xlsxwriter_functions():
    """A defined name (sheet scope before workbook scope), AGGREGATE(9, 4), an array formula, a
    dynamic-array FILTER total and SUBTOTAL(9)."""
    wb = xlsxwriter.Workbook(out('xlsxwriter-funktioner.xlsx'))
    years = [int(y) for y in YEARS]
    for code, faulty in (('BC01', False), ('BC02', True)):
        ws = wb.add_worksheet(code)
        ws.write('A1', TITLE)
        ws.write_row('A2', [LABEL, 'Styringsområde'] + years)
        for k, (label, a) in enumerate(ITEMS):
            ws.write_row(2 + k, 0, [label, 'Service'] + [a] * len(years))
        ws.write('A6', 'I alt')
        ws.write_formula('C6', '=SUM(Udgifter2026)')
        ws.write_formula('D6', '=AGGREGATE(9,4,D3:D5)')
        ws.write_array_formula('E6:E6', '{=SUM(IF(ISNUMBER(E3:E5),E3:E5))}')
        ws.write_dynamic_array_formula('F6:F6', '=SUM(FILTER(F3:F5,F3:F5<>""))')
        ws.write_formula('G6', '=SUBTOTAL(9,G3:G5)')
        ws.write_formula('H6', '=SUM(H3:H5)')
        if faulty:
            for col in 'CDEFG':
                ws.write_string(f'{col}5', '300')  # an amount stored as text under its total
            ws.write_number('H6', 650)  # a total typed as a number, 50 more than its rows
    wb.define_name('Udgifter2026', '=BC01!$C$3:$C$5')
    wb.define_name('BC02!Udgifter2026', '=BC02!$C$3:$C$5')
    wb.close()


def openpyxl_names_and_sheets():
    """Defined names, an Excel table with a totals row on BC01 and a 3-D total
    (SUM(BC01:BC02!C6)); saved without results."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for code, faulty in (('BC01', False), ('BC02', True)):
        ws = wb.create_sheet(code)
        ws['A1'] = TITLE
        ws.append([LABEL, 'Styringsområde'] + [int(y) for y in YEARS])
        for label, a in ITEMS:
            ws.append([label, 'Service'] + [a] * len(YEARS))
        if code == 'BC01':
            totals = [f'=SUBTOTAL(109,Tabel_BC01[{y}])' for y in YEARS[1:]]
            ws.append(['I alt', None, f'=SUM(Udgifter_{code})'] + totals)
            table = Table(displayName='Tabel_BC01', ref='A2:H6', totalsRowCount=1)
            table._initialise_columns()
            for column, header in zip(table.tableColumns, [LABEL, 'Styringsområde'] + YEARS):
                column.name = header
            for cell, header in zip(ws[2], [LABEL, 'Styringsområde'] + YEARS):
                cell.value = header  # a table's header cells are text
            table.tableColumns[0].totalsRowLabel = 'I alt'
            for column in table.tableColumns[3:]:
                column.totalsRowFunction = 'sum'
            ws.add_table(table)
        else:
            ws.append(['I alt', None, f'=SUM(Udgifter_{code})'] + [f'=SUM({c}3:{c}5)' for c in 'DEFGH'])
        wb.defined_names.append(DefinedName(f'Udgifter_{code}', attr_text=f'{code}!$C$3:$C$5'))
        if faulty:
            ws['D6'] = 650
            ws['E5'] = '300'
    ws = wb.create_sheet('Samlet')
    ws['A1'] = 'Tabel 1. Samlede økonomiske konsekvenser af forslagene'
    ws.append([LABEL, 'Styringsområde'] + [int(y) for y in YEARS])
    for k, (label, _a) in enumerate(ITEMS):
        ws.append([label, 'Service'] + [f'=SUM(BC01:BC02!{c}{3 + k})' for c in 'CDEFGH'])
    ws.append(['I alt', None] + [f'=SUM(BC01:BC02!{c}6)' for c in 'CDEFGH'])
    wb.save(out('openpyxl-navne.xlsx'))


if __name__ == '__main__':
    xlsxwriter_tables()
    xlsxwriter_functions()
    openpyxl_names_and_sheets()
    sys.exit(0)
