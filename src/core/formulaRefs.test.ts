import { formulaRefs, readTotalFormula, skipsHiddenRows, type FormulaWorkbook } from './formulaRefs';
import type { ExcelTablePart } from './model';

const at = { sheet: 'Budget', row: 9, col: 3 };
const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

/** Tabel1 on Budget!B3:E9: header row 3, data 4–8, totals row 9; columns Post, 2026, 2027, 2028. */
const tabel1: ExcelTablePart = { name: 'Tabel1', range: range(3, 2, 9, 5), headerRowCount: 1, totalsRowCount: 1, columns: ['Post', '2026', '2027', '2028'] };
const workbook: FormulaWorkbook = {
  sheetNames: ['Oversigt', 'BC01', 'BC02', 'BC03', 'BC07', 'Budget', "Min 'ark'"],
  definedNames: [
    { name: 'Udgifter', refersTo: 'Budget!$C$4:$C$8' },
    { name: 'Udgifter', sheet: 'Oversigt', refersTo: 'Oversigt!$D$2:$D$3' },
    { name: 'Kolonne', refersTo: 'Tabel1[2027]' },
    { name: 'Ring', refersTo: 'Ring' },
    { name: 'Flyttet', refersTo: 'OFFSET(Budget!$C$4,0,0,5,1)' },
  ],
  excelTables: [{ sheet: 'Budget', table: tabel1 }],
};

const counted = (formula: string, place = at) => readTotalFormula(formula, place, workbook)?.counted ?? null;
const ranges = (formula: string, place = at) => counted(formula, place)?.map((c) => `${c.sheet}!${c.range.top},${c.range.left}:${c.range.bottom},${c.range.right}`) ?? null;

describe('readTotalFormula', () => {
  it('reads a long chain of "+" term by term, in order ("B1+B2+…+B3000")', () => {
    const formula = Array.from({ length: 3000 }, (_, k) => `B${k + 1}`).join('+');
    const reading = readTotalFormula(formula, { sheet: 'S', row: 1, col: 3 })!;
    expect(reading.counted).toHaveLength(3000);
    expect(reading.counted.map((r) => r.range.top)).toEqual(Array.from({ length: 3000 }, (_, k) => k + 1));
  });

  it('reads SUM, SUMMER and "+" of cells on the own sheet', () => {
    expect(ranges('SUM(C4:C8)')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('summer($C$4:$C$8)')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('C4+C5+C6')).toEqual(['Budget!4,3:4,3', 'Budget!5,3:5,3', 'Budget!6,3:6,3']);
    expect(counted('SUM(C4:C8)')![0]).toMatchObject({ skipsText: true, skipsHidden: false, skipsSubtotals: false });
    expect(counted('C4+C5')![0].skipsText).toBe(false);
  });

  it('reads SUBTOTAL 9 and 109 and AGGREGATE 9 with its hidden-row options', () => {
    expect(counted('SUBTOTAL(9,C4:C8)')![0]).toMatchObject({ skipsHidden: false, skipsSubtotals: true, skipsText: true });
    expect(counted('SUBTOTAL(109,C4:C8)')![0]).toMatchObject({ skipsHidden: true, skipsSubtotals: true });
    expect(counted('_xlfn.AGGREGATE(9,5,C4:C8)')![0]).toMatchObject({ skipsHidden: true, skipsSubtotals: false });
    expect(counted('AGGREGATE(9,4,C4:C8)')![0]).toMatchObject({ skipsHidden: false, skipsSubtotals: false });
    expect(counted('AGGREGATE(9,3,C4:C8)')![0]).toMatchObject({ skipsHidden: true, skipsSubtotals: true });
    expect(counted('AGGREGATE(9,,C4:C8)')![0]).toMatchObject({ skipsHidden: false, skipsSubtotals: true });
    expect(skipsHiddenRows(readTotalFormula('SUBTOTAL(109,C4:C8)', at))).toBe(true);
    expect(skipsHiddenRows(readTotalFormula('SUBTOTAL(9,C4:C8)', at))).toBe(false);
  });

  it('leaves other functions of SUBTOTAL and AGGREGATE, and other formulas, not analysed', () => {
    for (const f of ['SUBTOTAL(1,C4:C8)', 'AGGREGATE(14,6,C4:C8,1)', 'AVERAGE(C4:C8)', 'SUM(C4:C8)*2', 'SUM(C4:C8,100)', 'SUM(-C4:C8)', 'SUM(C4:INDEX(C:C,8))', 'SUM(INDIRECT("C4:C8"))', 'SUM([1]Ark1!C4:C8)', 'SUM(Ukendt)', 'SUM(Ring)', 'SUM(Flyttet)', 'SUM(C4:C8', 'SUM(C4#)']) {
      expect([f, counted(f)]).toEqual([f, null]);
    }
  });

  it('resolves structured references: qualified, unqualified, #Totals, #Data, #All and this row', () => {
    expect(ranges('SUBTOTAL(109,Tabel1[2026])')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('SUBTOTAL(109,[2026])')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('SUM(tabel1[[#Data],[2027]])')).toEqual(['Budget!4,4:8,4']);
    expect(ranges('SUM(Tabel1[[#Totals],[2026]:[2028]])')).toEqual(['Budget!9,3:9,5']);
    expect(ranges('SUM(Tabel1[[#All],[2026]])')).toEqual(['Budget!3,3:9,3']);
    expect(ranges('SUM(Tabel1[#Data])')).toEqual(['Budget!4,2:8,5']);
    expect(ranges('SUM(Tabel1[@[2026]:[2028]])', { sheet: 'Budget', row: 5, col: 6 })).toEqual(['Budget!5,3:5,5']);
    expect(ranges('Tabel1[[#This Row],[2026]]+Tabel1[[#This Row],[2027]]', { sheet: 'Budget', row: 6, col: 6 })).toEqual(['Budget!6,3:6,3', 'Budget!6,4:6,4']);
    expect(ranges('[@2026]+[@2027]', { sheet: 'Budget', row: 6, col: 5 })).toEqual(['Budget!6,3:6,3', 'Budget!6,4:6,4']);
    // Outside the table an unqualified reference names nothing; an unknown column is not read.
    expect(counted('SUM([2026])', { sheet: 'Budget', row: 20, col: 3 })).toBeNull();
    expect(counted('SUM(Tabel1[2031])')).toBeNull();
    expect(counted('SUM(Tabel2[2026])')).toBeNull();
  });

  it('resolves defined names, sheet scope first, also names of table columns', () => {
    expect(ranges('SUM(Udgifter)')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('SUM(Udgifter)', { sheet: 'Oversigt', row: 4, col: 4 })).toEqual(['Oversigt!2,4:3,4']);
    expect(ranges('SUM(Oversigt!Udgifter)')).toEqual(['Oversigt!2,4:3,4']);
    expect(ranges('SUM(Kolonne)')).toEqual(['Budget!4,4:8,4']);
  });

  it('reads other sheets and 3-D references as the sheets between, in workbook order', () => {
    expect(ranges('SUM(BC01!C5:C8)')).toEqual(['BC01!5,3:8,3']);
    expect(ranges("SUM('Min ''ark'''!C5)")).toEqual(["Min 'ark'!5,3:5,3"]);
    expect(ranges('SUM(BC02:BC07!C9)')).toEqual(['BC02!9,3:9,3', 'BC03!9,3:9,3', 'BC07!9,3:9,3']);
    expect(ranges("SUM('BC02:BC03'!C9)")).toEqual(['BC02!9,3:9,3', 'BC03!9,3:9,3']);
    expect(counted('SUM(BC02:BC99!C9)')).toBeNull();
  });

  it('reads whole columns and rows', () => {
    expect(ranges('SUM(C:C)', { sheet: 'Budget', row: 3, col: 8 })).toEqual(['Budget!1,3:1048576,3']);
    expect(ranges('SUM($4:$5)')).toEqual(['Budget!4,1:5,16384']);
  });

  it('counts a range inside IF, IFERROR or FILTER once, where its values reach the sum', () => {
    expect(ranges('SUM(IF(ISNUMBER(C4:C8),C4:C8))')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('{=SUM(IF(ISNUMBER(C4:C8),C4:C8,0))}')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('SUM(_xlfn._xlws.FILTER(C4:C8,C4:C8<>""))')).toEqual(['Budget!4,3:8,3']);
    expect(ranges('SUM(IFERROR(C4:C8,0))')).toEqual(['Budget!4,3:8,3']);
    // Named twice where both reach the sum: counted twice (a real double count).
    expect(ranges('SUM(C4:C8,C4:C8)')).toEqual(['Budget!4,3:8,3', 'Budget!4,3:8,3']);
    // Arithmetic on the range turns text into numbers: not a plain total.
    expect(counted('SUM(IF(ISNUMBER(C4:C8),C4:C8*1))')).toBeNull();
  });

  it('ignores strings that look like references', () => {
    expect(ranges('SUM(IF(B4:B8<>"C9:C20",C4:C8))')).toEqual(['Budget!4,3:8,3']);
  });
});

describe('formulaRefs', () => {
  it('gives the own sheet ranges, and is not analysable for another sheet', () => {
    expect(formulaRefs('SUM(C4:C7)+C8', 'Budget')).toEqual({ analysable: true, ranges: [range(4, 3, 7, 3), range(8, 3, 8, 3)] });
    expect(formulaRefs('SUM(BC01!C4:C7)', 'Budget').analysable).toBe(false);
    expect(formulaRefs('SUM(Budget!C4:C7)', 'budget').analysable).toBe(true);
  });
});
