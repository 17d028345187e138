import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeApps, dateCell } from '../src';
import { builtFile, callJson, loadBundle, loadScript, readDistHtml } from '../src/load-bundle';

/** A stand-in for dist/Code.js: an IIFE global plus top-level entry points, as the build emits. */
const SCRIPT = `
var Tiny = (function () {
  function firstDate() {
    var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dates').getRange(1, 1, 1, 2).getValues();
    return { isDate: values[0][0] instanceof Date, isArray: values instanceof Array, day: values[0][0].getTime() };
  }
  function catchOutside() {
    try {
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dates').getRange(5, 1);
      return 'no error';
    } catch (e) {
      return { isError: e instanceof Error, name: e.name, message: e.message };
    }
  }
  return { firstDate: firstDate, catchOutside: catchOutside };
})();
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi(); return e && e.authMode; }
function firstDate() { return Tiny.firstDate.apply(this, arguments); }
function catchOutside() { return Tiny.catchOutside.apply(this, arguments); }
function echo(request) { return { got: request, isArray: Array.isArray(request.ids) && request.ids instanceof Array }; }
function when() { return new Date(0); }
function globalsSeen() { return [typeof require, typeof process, typeof setTimeout, typeof window, typeof Logger]; }
const notAFunction = 1;
`;

const apps = () => createFakeApps({ timeZone: 'Pacific/Auckland', sheets: { Dates: [[dateCell('2026-04-05'), 'x']] } });

describe('loadScript / loadBundle', () => {
  it('exposes exactly the top-level functions', () => {
    expect(Object.keys(loadScript(apps(), SCRIPT)).sort()).toEqual([
      'catchOutside',
      'echo',
      'firstDate',
      'globalsSeen',
      'onOpen',
      'when',
    ]);
  });

  it('runs with only the services and JS built-ins as globals', () => {
    const fns = loadScript(apps(), SCRIPT);
    expect(callJson(fns.globalsSeen)).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'object']);
  });

  it("hands the bundle its own realm's Dates, Arrays and Errors", () => {
    const fns = loadScript(apps(), SCRIPT);
    expect(callJson(fns.firstDate)).toEqual({ isDate: true, isArray: true, day: Date.parse('2026-04-04T11:00:00Z') });
    expect(callJson(fns.catchOutside)).toEqual({
      isError: true,
      name: 'Exception',
      message: 'The coordinates of the range are outside the dimensions of the sheet.',
    });
  });

  it('callJson carries JSON both ways, like google.script.run', () => {
    const fake = apps();
    const fns = loadScript(fake, SCRIPT);
    expect(callJson(fns.echo, { ids: ['INV-1'], skip: undefined })).toEqual({ got: { ids: ['INV-1'] }, isArray: true });
    expect(callJson(fns.onOpen, { authMode: 'FULL' })).toBe('FULL');
    expect(fake.ui.menus).toEqual([{ title: '(add-on)', items: [{ caption: 'Open', functionName: 'showSidebar' }] }]);
    expect(() => callJson(fns.when)).toThrow('result is [object Date], which google.script.run cannot carry');
  });

  it('loads a file from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-bundle-'));
    try {
      const path = join(dir, 'Code.js');
      writeFileSync(path, SCRIPT);
      expect(typeof loadBundle(apps(), path).onOpen).toBe('function');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to make a missing build rather than failing with ENOENT', () => {
    const dir = join(tmpdir(), 'fake-bundle-never-built');
    expect(() => loadBundle(apps(), join(dir, 'Code.js'))).toThrow(
      `${join(dir, 'Code.js')} is missing: run npm run build first`,
    );
    expect(() => readDistHtml(dir)).toThrow(`${dir} is missing: run npm run build first`);
    expect(() => builtFile('Never.js')).toThrow(/^dist\/Never\.js is missing: run npm run build first$/);
  });
});

describe('realms', () => {
  it('gives the test its own realm outside bundle calls', () => {
    const fake = apps();
    const fns = loadScript(fake, SCRIPT);
    expect(callJson(fns.firstDate).isDate).toBe(true);
    const values = fake.spreadsheet.getSheetByName('Dates')!.getRange('A1:B1').getValues();
    expect(values[0][0]).toBeInstanceOf(Date);
    expect(values).toEqual([[new Date('2026-04-04T11:00:00Z'), 'x']]);
    expect(fns.firstDate.name).toBe('firstDate');
  });
});
