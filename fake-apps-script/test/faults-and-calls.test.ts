import { callCount, createFakeApps, SHEET_ERROR } from '../src';

function workbook() {
  const apps = createFakeApps({
    sheets: {
      A: [
        ['h1', 'h2'],
        [1, 2],
        [3, 4],
      ],
      B: [['x']],
    },
  });
  return { apps, a: apps.spreadsheet.getSheetByName('A')!, b: apps.spreadsheet.getSheetByName('B')! };
}

describe('fault injection', () => {
  it('fails the n-th write after failWriteAt, changes nothing, and fires once', () => {
    const { apps, a } = workbook();
    apps.faults.failWriteAt(2);
    a.getRange('A2').setValue('first'); // write 1
    a.getRange('A1:B3').getValues(); // reads do not count
    const before = apps.snapshot();
    expect(() => a.getRange('B2:B3').setValues([['x'], ['y']])).toThrow(SHEET_ERROR); // write 2 fails
    expect(apps.snapshot()).toEqual(before);
    a.getRange('B2:B3').setValues([['x'], ['y']]); // write 3 succeeds: it fired once
    expect(apps.display('A')).toEqual([
      ['h1', 'h2'],
      ['first', 'x'],
      ['3', 'y'],
    ]);
    expect(apps.faults.writeCount).toBe(3);
  });

  it('covers structural writes and takes a custom message', () => {
    const { apps, a } = workbook();
    apps.faults.failWriteAt(1, 'Quota exceeded');
    const before = apps.snapshot();
    expect(() => a.insertRowsAfter(3, 5)).toThrow('Quota exceeded');
    expect(() => apps.spreadsheet.insertSheet('C')).not.toThrow();
    apps.spreadsheet.deleteSheet(apps.spreadsheet.getSheetByName('C')!);
    expect(apps.snapshot()).toEqual(before);
  });

  it('throws an Error named Exception, and clear() cancels a pending fault', () => {
    const { apps, a } = workbook();
    apps.faults.failWriteAt(1);
    const error = (() => {
      try {
        a.getRange('A1').setValue(1);
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(Error);
    expect(error!.name).toBe('Exception');
    apps.faults.failWriteAt(1);
    apps.faults.clear();
    expect(() => a.getRange('A1').setValue(1)).not.toThrow();
  });

  it('counts write calls from failWriteAt so a test can fail each one in turn', () => {
    const run = (apps: ReturnType<typeof workbook>['apps']) => {
      const a = apps.spreadsheet.getSheetByName('A')!;
      a.insertRowsAfter(3, 1);
      a.getRange(4, 1, 1, 2).setValues([[5, 6]]);
      a.getRange('B1').setValue('h2!');
    };
    const probe = workbook().apps;
    probe.faults.clear();
    run(probe);
    const writes = probe.faults.writeCount;
    expect(writes).toBe(3);
    for (let n = 1; n <= writes; n++) {
      const { apps } = workbook();
      apps.faults.failWriteAt(n);
      expect(() => run(apps)).toThrow(SHEET_ERROR);
    }
  });
});

describe('call counting', () => {
  it('counts every call on Spreadsheet, Sheet, Range and RangeList, by method', () => {
    const { apps, a } = workbook();
    apps.calls.reset();
    const ss = apps.spreadsheet;
    const sheet = ss.getSheetByName('A')!; // 1
    const values = sheet.getRange(1, 1, 3, 2).getValues(); // 2, 3
    sheet.getRange('A3').setValue(9); // 4, 5
    sheet.getRange('A1:B2').setValues(values.slice(0, 2)); // 6, 7
    a.getRange('A1').getValue(); // 8, 9
    a.getRangeList(['A1', 'B2']).clearContent(); // 10, 11
    (apps.globals.SpreadsheetApp as { flush(): void }).flush(); // 12
    expect(callCount(apps)).toEqual({
      total: 12,
      byMethod: {
        getSheetByName: 1,
        getRange: 4,
        getValues: 1,
        setValue: 1,
        setValues: 1,
        getValue: 1,
        getRangeList: 1,
        clearContent: 1,
        flush: 1,
      },
      reads: 2,
      writes: 3,
      sheetsCalls: 5,
      flushes: 1,
      cellsRead: 7,
      cellsWritten: 7,
      serviceMs: expect.any(Number),
    });
  });

  it('adds the time spent inside counted calls to serviceMs, and reset clears it', () => {
    const apps = createFakeApps({ sheets: { A: Array.from({ length: 200 }, (_, r) => [`row ${r}`, r]) } });
    const sheet = apps.spreadsheet.getSheetByName('A')!;
    apps.calls.reset();
    expect(callCount(apps).serviceMs).toBe(0);
    sheet.getDataRange().getValues();
    const once = callCount(apps).serviceMs;
    expect(once).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) sheet.createTextFinder('row 1').findAll();
    expect(callCount(apps).serviceMs).toBeGreaterThan(once);
    apps.calls.reset();
    expect(apps.calls.serviceMs).toBe(0);
  });

  it('counts a method that calls another as one call', () => {
    const { apps, a } = workbook();
    apps.calls.reset();
    a.insertRowAfter(1);
    apps.spreadsheet.getActiveRange();
    expect(apps.calls.byMethod).toEqual({ insertRowAfter: 1, getActiveRange: 1 });
    expect(apps.calls.total).toBe(2);
  });

  it('does not count the test helpers', () => {
    const { apps } = workbook();
    apps.calls.reset();
    apps.snapshot();
    apps.display('A');
    apps.formulas('B');
    apps.resolveLink('A', 1, 1);
    expect(apps.calls.total).toBe(0);
  });
});

describe('Sheets calls as the budgets count them', () => {
  it('count values, formulas and formats read or written and structure; not getRange, metadata or flushes', () => {
    const apps = createFakeApps({ sheets: { A: [['x', 1]] } });
    apps.calls.reset();
    const sheet = apps.spreadsheet.getSheetByName('A')!;
    const range = sheet.getRange(1, 1, 1, 2);
    sheet.getMaxRows();
    range.getValues();
    range.getNumberFormats();
    range.setValues([['y', 2]]);
    sheet.insertRowsAfter(1, 1);
    apps.globals.SpreadsheetApp && (apps.globals.SpreadsheetApp as any).flush();
    expect(callCount(apps).sheetsCalls).toBe(4);
    expect(callCount(apps).total).toBeGreaterThan(5);
  });

  it('keep flushes out of sheetsCalls (a flush only sends writes already counted) but count them in flushes', () => {
    const apps = createFakeApps({ sheets: { A: [['x']] } });
    const app = apps.globals.SpreadsheetApp as { flush(): void };
    const cell = apps.spreadsheet.getSheetByName('A')!.getRange('A1');
    apps.calls.reset();
    cell.setValue('y');
    app.flush();
    app.flush();
    expect(apps.calls.sheetsCalls).toBe(1);
    expect(apps.calls.flushes).toBe(2);
    expect(callCount(apps)).toMatchObject({ sheetsCalls: 1, flushes: 2, writes: 1, total: 3 });
    expect(callCount(apps).byMethod.flush).toBe(2);
  });
});
