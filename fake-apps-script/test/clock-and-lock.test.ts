import { createFakeApps, LOCK_TIMEOUT } from '../src';
import { loadScript } from '../src/load-bundle';

/* eslint-disable @typescript-eslint/no-explicit-any */
const services = (apps: ReturnType<typeof createFakeApps>) => apps.globals as Record<string, any>;
const START = Date.UTC(2026, 3, 5, 9, 0, 0);

describe('the fake clock', () => {
  it('starts where told and moves only forward, by advance, Utilities.sleep and callCostMs', () => {
    const apps = createFakeApps({ now: START, callCostMs: 40 });
    expect(apps.clock.now()).toBe(START);
    apps.clock.advance(1000);
    services(apps).Utilities.sleep(500);
    apps.spreadsheet.getSheets(); // one counted call
    expect(apps.clock.now()).toBe(START + 1540);
    expect(() => apps.clock.advance(-1)).toThrow(/only moves forward/);
  });

  it('with virtualClock, is what the bundle sees as Date.now() and new Date()', () => {
    const apps = createFakeApps({ now: START, virtualClock: true });
    const api = loadScript(
      apps,
      `
      function elapsed() { var t0 = Date.now(); Utilities.sleep(2500); return Date.now() - t0; }
      function today() { var d = new Date(); return [d.getTime(), d instanceof Date, new Date(0).getTime(), typeof Date()]; }
      function cell() { return SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Date(86400000)).getValue() instanceof Date; }
    `,
    );
    expect(api.elapsed()).toBe(2500);
    expect(api.today()).toEqual([START + 2500, true, 0, 'string']);
    expect(api.cell()).toBe(true);
    const real = loadScript(createFakeApps({ now: START }), 'function now() { return Date.now(); }');
    expect(Math.abs(real.now() - Date.now())).toBeLessThan(5000); // without virtualClock the real clock
  });
});

describe('LockService.tryLock', () => {
  it('waits its whole timeout on the clock while another execution keeps the lock, then answers false', () => {
    const apps = createFakeApps({ now: START });
    apps.lock.heldByOther = true;
    const lock = services(apps).LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(false);
    expect(apps.clock.now()).toBe(START + 30000);
    expect(() => lock.waitLock(10000)).toThrow(LOCK_TIMEOUT);
    expect(apps.clock.now()).toBe(START + 40000);
  });

  it('gets the lock as soon as the other holder lets go within the timeout', () => {
    const apps = createFakeApps({ now: START });
    apps.lock.heldByOtherUntil = START + 12000;
    const lock = services(apps).LockService.getScriptLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(apps.clock.now()).toBe(START + 5000);
    expect(lock.tryLock(30000)).toBe(true);
    expect(apps.clock.now()).toBe(START + 12000);
    expect(apps.lock.acquired).toBe(1);
  });
});
