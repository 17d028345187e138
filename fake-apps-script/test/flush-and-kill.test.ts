import {
  checkboxCell,
  createFakeApps,
  EXECUTION_KILLED,
  formulaCell,
  isExecutionKilled,
  SERVICE_ERRORS,
  SHEET_ERROR,
} from '../src';
import { loadScript } from '../src/load-bundle';

/* eslint-disable @typescript-eslint/no-explicit-any */
const SHEETS = {
  A: [
    ['id', 'status'],
    ['INV-1', 'open'],
    ['INV-2', 'open'],
  ],
};
const open = () => {
  const apps = createFakeApps({ sheets: SHEETS });
  return { apps, sheet: apps.spreadsheet.getSheetByName('A')!, app: apps.globals.SpreadsheetApp as any };
};
const thrown = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
};

describe('a write that succeeds but whose flush fails', () => {
  it('loses every write since the last flush; the flush throws', () => {
    const { apps, sheet, app } = open();
    sheet.getRange('B2').setValue('void');
    app.flush(); // INV-1 is safe
    apps.faults.failNextFlush();
    sheet.getRange('B3').setValue('void'); // succeeds…
    sheet.insertRowsAfter(3, 1);
    expect(sheet.getRange('B3').getValue()).toBe('void'); // …and reads back before the flush
    expect(() => app.flush()).toThrow(SHEET_ERROR);
    expect(apps.display('A')).toEqual([
      ['id', 'status'],
      ['INV-1', 'void'],
      ['INV-2', 'open'],
    ]);
    expect(sheet.getMaxRows()).toBe(3);
    app.flush(); // the fault fired once
  });

  it('can leave the first writes of the batch applied', () => {
    const { apps, sheet, app } = open();
    apps.faults.failNextFlush({ applied: 1, message: SERVICE_ERRORS.timedOut });
    sheet.getRange('B2').setValue('void');
    sheet.getRange('B3').setValue('void');
    expect(() => app.flush()).toThrow('Service Spreadsheets timed out while accessing document with id');
    expect(apps.display('A').map((r) => r[1])).toEqual(['status', 'void', 'open']);
  });

  it('fires at the end of an execution that never flushed, as the execution error', () => {
    const { apps } = open();
    const api = loadScript(
      apps,
      `function mark() { SpreadsheetApp.getActiveSheet().getRange('B2').setValue('void'); return 'done'; }`,
    );
    apps.faults.failNextFlush();
    expect(() => api.mark()).toThrow(SHEET_ERROR);
    expect(apps.display('A')[1][1]).toBe('open');
    expect(api.mark()).toBe('done');
    expect(apps.display('A')[1][1]).toBe('void');
  });
});

describe('failures at the k-th counted call', () => {
  it('a passing error fails once and the retried call succeeds', () => {
    const { apps, sheet } = open();
    apps.faults.failCallAt(2, { message: SERVICE_ERRORS.dailyQuota });
    const range = sheet.getRange('B2'); // call 1
    expect(() => range.setValue('void')).toThrow('Service invoked too many times for one day'); // call 2
    range.setValue('void'); // call 3: the retry
    expect(apps.display('A')[1][1]).toBe('void');
    expect(apps.faults.callCount).toBe(4); // since creation: getSheetByName in open() too
  });

  it('counts on through a restore after a first failure, and can last several calls', () => {
    const { apps, sheet } = open();
    apps.faults.failWriteAt(2);
    apps.faults.failCallAt(5, { times: 2, message: SERVICE_ERRORS.tooManyRequests });
    sheet.getRange('B2').setValue('void'); // calls 1, 2
    expect(() => sheet.getRange('B3').setValue('void')).toThrow(SHEET_ERROR); // calls 3, 4 (write 2 fails)
    expect(() => sheet.getRange('B2')).toThrow('too many times in a short time'); // call 5: the restore's first call
    expect(() => sheet.getRange('B2')).toThrow('too many times in a short time'); // call 6
    sheet.getRange('B2').setValue('open'); // calls 7, 8
    expect(apps.display('A')[1][1]).toBe('open');
  });
});

describe('an execution killed at the k-th call', () => {
  const SCRIPT = `
    function voidAll() {
      var sheet = SpreadsheetApp.getActiveSheet();
      try {
        sheet.getRange('B2').setValue('void');
        SpreadsheetApp.flush();
        sheet.getRange('B3').setValue('void');
      } catch (e) {
        sheet.getRange('B2').setValue('open'); // a catch that tries to undo: refused as well
      }
      return 'finished';
    }`;

  it('throws ExecutionKilled, refuses every later call, loses unflushed writes, and ends killed even if caught', () => {
    const { apps } = open();
    const api = loadScript(apps, SCRIPT);
    apps.faults.killAt(6); // getActiveSheet, getRange, setValue, flush, getRange, [setValue]
    const error = thrown(() => api.voidAll());
    expect(error.name).toBe(EXECUTION_KILLED);
    expect(isExecutionKilled(error)).toBe(true);
    expect(apps.display('A').map((r) => r[1])).toEqual(['status', 'void', 'open']);
    expect(apps.faults.killed).toBe(false); // the execution is over; a new one runs normally
    expect(api.voidAll()).toBe('finished');
  });

  it('loses the writes since the last flush unless told they were kept', () => {
    const lost = open();
    lost.apps.faults.killAt(3);
    lost.sheet.getRange('B2').setValue('void');
    const error = thrown(() => lost.sheet.getRange('B3'));
    expect(error.name).toBe(EXECUTION_KILLED);
    expect(() => lost.apps.spreadsheet.getSheets()).toThrow('Exceeded maximum execution time');
    expect(lost.apps.display('A')[1][1]).toBe('open');
    const kept = open();
    kept.apps.faults.killAt(3, { unflushed: 'kept' });
    kept.sheet.getRange('B2').setValue('void');
    expect(() => kept.sheet.getRange('B3')).toThrow('Exceeded maximum execution time');
    expect(kept.apps.display('A')[1][1]).toBe('void');
  });
});

describe('a fresh fake from a snapshot', () => {
  it('has the same sheets, ids, sizes, values, formulas, formats, validations, merges and document properties', () => {
    const apps = createFakeApps({
      locale: 'de_DE',
      timeZone: 'Pacific/Auckland',
      sheets: {
        A: [
          ['id', 'void?', 'total'],
          ['INV-1', checkboxCell(true), 12.5],
          ['INV-2', '', formulaCell('=QUERY(A:A;"x")', 7)],
        ],
        B: [['x']],
      },
      maxRows: { A: 20 },
      columnFormats: { A: { C: '#,##0.00' } },
    });
    apps.spreadsheet.insertSheet('Audit Log');
    apps.spreadsheet.getSheetByName('A')!.getRange('A1:C1').merge();
    (apps.globals.PropertiesService as any).getDocumentProperties().setProperty('k', 'v');
    const snapshot = apps.snapshot();
    const again = createFakeApps({ from: JSON.parse(JSON.stringify(snapshot)) });
    expect(again.snapshot()).toEqual(snapshot);
    expect(again.spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId(), s.getMaxRows()])).toEqual(
      apps.spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId(), s.getMaxRows()]),
    );
    expect(again.display('A')).toEqual(apps.display('A'));
    expect(again.spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
    const fresh = again.spreadsheet.insertSheet('New');
    expect(again.spreadsheet.getSheets().filter((s) => s.getSheetId() === fresh.getSheetId())).toHaveLength(1);
    expect(() => createFakeApps({ from: snapshot, timeZone: 'UTC' })).toThrow(/brings its own/);
  });
});
