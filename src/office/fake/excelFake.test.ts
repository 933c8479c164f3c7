import { FakeExcel, FakeOfficeError, installOfficeFake, type FakeRange, type FakeRequestContext } from './excelFake';

const run = <T>(fake: FakeExcel, cb: (ctx: FakeRequestContext) => Promise<T>): Promise<T> => fake.run(cb);

function seed(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Budget',
        cells: {
          A1: '1.000 kr. 2027 p/l',
          B2: 209,
          B3: 418,
          B4: { formula: 'SUM(B2:B3)', value: 627 },
          C2: { fill: '#00b050', value: 'x' },
          D2: { error: '#REF!' },
        },
      },
      { name: 'Andet' },
    ],
  });
}

describe('the fake is faithful to Office.js proxies', () => {
  it('throws PropertyNotLoaded for a property never loaded, and for one loaded but not yet synced', async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Budget').getRange('B2:B4');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([[209], [418], [627]]);
      expect(() => range.formulas).toThrow(FakeOfficeError);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it('queues writes until sync, in order, and loads see the writes queued before them', async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Andet').getRange('A1');
      range.values = [[5]];
      expect(fake.cell('Andet', 'A1').value).toBeNull();
      range.load('values');
      await ctx.sync();
      expect(fake.cell('Andet', 'A1').value).toBe(5);
      expect(range.values).toEqual([[5]]);
    });
  });

  it('knows isNullObject only after a sync', async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const there = ctx.workbook.worksheets.getItemOrNullObject('budget');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      const empty = ctx.workbook.worksheets.getItem('Andet').getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
    });
  });

  it('fails the sync on getItem of a missing sheet (ItemNotFound)', async () => {
    const fake = seed();
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('counts syncs, including the final flush of Excel.run', async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Andet').getRange('A1').values = [[1]];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.syncLog.every((s) => s.ok)).toBe(true);
  });

  it('refuses a request over 5 MB (RequestPayloadSizeLimitExceeded) and a response over 5 MB', async () => {
    const fake = seed();
    const big = Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(200)));
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Andet').getRange('A1:J3000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('Andet', 'A1').value).toBeNull();

    // Fill in two halves (each under the limit), then read everything back at once.
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Andet');
      ws.getRange('A1:J1500').values = big.slice(0, 1500);
      await ctx.sync();
      ws.getRange('A1501:J3000').values = big.slice(1500);
      await ctx.sync();
    });
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Andet').getRange('A1:J3000').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('interprets written values as Excel does: "=", "+", "-" make formulas, unless the cell is text ("@")', async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Budget');
      ws.getRange('F1:F5').values = [['=SUM(B2:B3)'], ['-foo'], ['12.5'], ['TRUE'], ['tekst']];
      const t = ws.getRange('G1');
      t.numberFormat = [['@']];
      t.values = [['=SUM(B2:B3)']];
      await ctx.sync();
    });
    expect(fake.cell('Budget', 'F1')).toMatchObject({ formula: '=SUM(B2:B3)', value: 627 });
    expect(fake.cell('Budget', 'F2').formula).toBe('=-foo');
    expect(fake.cell('Budget', 'F3').value).toBe(12.5);
    expect(fake.cell('Budget', 'F4').value).toBe(true);
    expect(fake.cell('Budget', 'F5').value).toBe('tekst');
    expect(fake.cell('Budget', 'G1')).toMatchObject({ value: '=SUM(B2:B3)', formula: null, numberFormat: '@' });
  });

  it('reads cells like Office.js: values, formulas, valueTypes, numberFormat', async () => {
    const fake = seed();
    const r = await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Budget').getRange('A1:D4').load('values,formulas,valueTypes,numberFormat,address');
      const used = ctx.workbook.worksheets.getItem('Budget').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      return { range, used };
    });
    const range = r.range as FakeRange;
    expect(range.address).toBe('Budget!A1:D4');
    expect(r.used.address).toBe('Budget!A1:D4');
    expect(range.values[3][1]).toBe(627);
    expect(range.formulas[3][1]).toBe('=SUM(B2:B3)');
    expect(range.valueTypes[1]).toEqual(['Empty', 'Double', 'String', 'Error']);
    expect(range.values[1][3]).toBe('#REF!');
    expect(range.numberFormat[0][0]).toBe('General');
  });

  it('reports no fill as color "#FFFFFF" with pattern "None", so only the pattern tells it from white', async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Budget');
      const none = ws.getRange('E9').format.fill.load('color,pattern');
      const green = ws.getRange('C2').format.fill.load('color,pattern');
      const mixed = ws.getRange('C2:E9').format.fill.load('color');
      await ctx.sync();
      expect([none.color, none.pattern]).toEqual(['#FFFFFF', 'None']);
      expect([green.color, green.pattern]).toEqual(['#00B050', 'Solid']);
      expect(mixed.color).toBeNull();
      ws.getRange('C2').format.fill.clear();
    });
    expect(fake.cell('Budget', 'C2').fill).toEqual({ color: null, pattern: 'None', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 });
  });

  it('shows text rendered from the number format, "" results, dates as serials, tints, hidden rows and protection', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Ark',
          cells: {
            A1: { value: 1045000, numFmt: '#,##0,' },
            A2: { value: 46023, numFmt: 'dd-mm-yyyy' },
            A3: { value: 0.028, numFmt: '0.0%' },
            A4: { formula: 'IF(A1>0,"",1)', value: '' },
            A5: { value: 1, fill: '#4472C4', tintAndShade: 0.4 },
          },
          hiddenRows: [3],
          protected: true,
        },
      ],
      structureProtected: true,
    });
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Ark');
      const r = ws.getRange('A1:A4').load('text,values,valueTypes,rowHidden');
      const fill = ws.getRange('A5').format.fill.load('tintAndShade');
      const view = ws.getRange('A1:A4').getVisibleView().load('cellAddresses');
      const sheetProtection = ws.protection.load('protected');
      const bookProtection = ctx.workbook.protection.load('protected');
      await ctx.sync();
      expect(r.text.map((x) => x[0])).toEqual(['1.045', '01-01-2026', '2,8%', '']);
      expect(r.values.map((x) => x[0])).toEqual([1045000, 46023, 0.028, '']);
      expect(r.valueTypes[3][0]).toBe('String');
      expect(r.rowHidden).toBeNull();
      expect(view.cellAddresses.map((x) => x[0])).toEqual(['Ark!A1', 'Ark!A2', 'Ark!A4']);
      expect(fill.tintAndShade).toBe(0.4);
      expect([sheetProtection.protected, bookProtection.protected]).toEqual([true, true]);
      ws.getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      ctx.workbook.worksheets.add('Ny');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(fake.cell('Ark', 'A1').value).toBe(1045000);
    expect(fake.sheetNames()).toEqual(['Ark']);
  });

  it('installs Office, Excel and CustomFunctions globals; settings persist only when saved', async () => {
    const g: Record<string, unknown> = {};
    const fake = installOfficeFake(g, { sheets: [{ name: 'Ark1' }], displayLanguage: 'en-US' });
    const office = g.Office as typeof fake.office;
    await expect(office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(office.context.displayLanguage).toBe('en-US');
    office.context.document.settings.set('k', { a: 1 });
    expect(fake.reopen().office.context.document.settings.get('k')).toBeNull();
    await new Promise<void>((resolve) => office.context.document.settings.saveAsync(() => resolve()));
    expect(fake.reopen().office.context.document.settings.get('k')).toEqual({ a: 1 });
    const cf = g.CustomFunctions as typeof fake.customFunctions;
    cf.associate('PL', (x: unknown) => x);
    expect(fake.functions.get('PL')?.(3)).toBe(3);
    let done = false;
    office.actions.associate('tjek', (e: unknown) => {
      done = true;
      (e as { completed(): void }).completed();
    });
    await fake.invokeAction('tjek');
    expect(done).toBe(true);
    expect(typeof (g.Excel as { run: unknown }).run).toBe('function');
  });
});

describe('Excel tables and defined names', () => {
  const seed = {
    sheets: [
      {
        name: 'Ark',
        rows: [['Post', 'Beløb'], ['a', 1], ['I alt', { formula: 'SUBTOTAL(109,T[Beløb])', value: 1 }]],
        tables: [{ name: 'T', range: 'A1:B3', showTotals: true, columns: ['Post', 'Beløb'] }],
      },
    ],
    names: [{ name: 'Beløb', formula: '=Ark!$B$2', sheet: 'Ark' }],
  };

  it('gives nothing before it is loaded, as Office.js', async () => {
    const fake = new FakeExcel(seed);
    await fake.run(async (context) => {
      const tables = context.workbook.worksheets.getItem('Ark').tables;
      expect(() => tables.items).toThrow(/PropertyNotLoaded|not available/);
      tables.load('items/name');
      await context.sync();
      const [t] = tables.items;
      expect(t.name).toBe('T');
      expect(() => t.showTotals).toThrow(/not available/);
      expect(() => tables.load('items/nope')).toThrow();
    });
  });

  it('reads a table range, its flags and columns, and names of both scopes', async () => {
    const fake = new FakeExcel(seed);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark');
      const tables = sheet.tables.load('items/name,items/showHeaders,items/showTotals');
      const book = context.workbook.names.load('items/name,items/type,items/formula');
      const own = sheet.names.load('items/name,items/type,items/formula');
      await context.sync();
      const range = tables.items[0].getRange().load('address');
      const columns = tables.items[0].columns.load('items/name');
      await context.sync();
      expect([tables.items[0].showHeaders, tables.items[0].showTotals]).toEqual([true, true]);
      expect(range.address).toBe('Ark!A1:B3');
      expect(columns.items.map((c) => c.name)).toEqual(['Post', 'Beløb']);
      expect(book.items).toEqual([]);
      expect(own.items.map((n) => [n.name, n.type, n.formula])).toEqual([['Beløb', 'Range', '=Ark!$B$2']]);
    });
  });
});
