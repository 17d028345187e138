import { ADDON_MENU, createFakeApps, LOCK_TIMEOUT } from '../src';

/* eslint-disable @typescript-eslint/no-explicit-any */
const services = (apps: ReturnType<typeof createFakeApps>) => apps.globals as Record<string, any>;

describe('globals', () => {
  it('are exactly the Apps Script services the bundle may use', () => {
    expect(Object.keys(createFakeApps().globals).sort()).toEqual([
      'HtmlService',
      'LockService',
      'Logger',
      'PropertiesService',
      'ScriptApp',
      'Session',
      'SpreadsheetApp',
      'Utilities',
      'console',
    ]);
  });
});

describe('LockService', () => {
  it('grants the document lock and counts acquire/release', () => {
    const apps = createFakeApps();
    const lock = services(apps).LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    lock.releaseLock(); // releasing twice is harmless and counted once
    expect(apps.lock).toEqual({ heldByOther: false, acquired: 1, released: 1, lastWaitMs: 30000 });
  });

  it('refuses, after waiting out the timeout, when another execution holds it', () => {
    const apps = createFakeApps();
    apps.lock.heldByOther = true;
    const lock = services(apps).LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(LOCK_TIMEOUT);
    expect(apps.lock.acquired).toBe(0);
  });
});

describe('Ui and HtmlService', () => {
  it('records menus, sidebars, alerts and toasts', () => {
    const apps = createFakeApps({ html: { Sidebar: '<p>hi</p>' } });
    const { SpreadsheetApp, HtmlService } = services(apps);
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Open sidebar', 'showSidebar')
      .addSeparator()
      .addItem('Set up', 'revoiceSetup')
      .addToUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Revoice').append('<script>x=1</script>'));
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(ui.alert('Sure?', 'Void 3 invoices?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    apps.spreadsheet.toast('Voided 3');
    expect(apps.ui.menus).toEqual([
      {
        title: ADDON_MENU,
        items: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          'separator',
          { caption: 'Set up', functionName: 'revoiceSetup' },
        ],
      },
    ]);
    expect(apps.ui.sidebars).toEqual([{ title: 'Revoice', content: '<p>hi</p><script>x=1</script>' }]);
    expect(apps.ui.alerts).toEqual(['Done', 'Sure?: Void 3 invoices?']);
    expect(apps.ui.toasts).toEqual(['Voided 3']);
  });

  it('fails for a missing HTML file and evaluates simple template printing', () => {
    const apps = createFakeApps({ html: { Page: '<b><?= who ?></b><?!= raw ?>' } });
    const { HtmlService } = services(apps);
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    const template = HtmlService.createTemplateFromFile('Page.html');
    template.who = '<Ada>';
    template.raw = '<i>x</i>';
    expect(template.evaluate().getContent()).toBe('<b>&#60;Ada&#62;</b><i>x</i>');
  });
});

describe('Utilities, Session, Logger, console, ScriptApp', () => {
  it('are deterministic and quiet', () => {
    const apps = createFakeApps({ user: 'ada@example.com' });
    const { Utilities, Session, Logger, console: quiet, ScriptApp } = services(apps);
    expect([Utilities.getUuid(), Utilities.getUuid()]).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    expect(Session.getActiveUser().getEmail()).toBe('ada@example.com');
    expect(Session.getScriptTimeZone()).toBe('Etc/UTC');
    expect(ScriptApp.AuthMode.NONE).toBe('NONE');
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba 78 16 bf
    Logger.log('voided %s', 'INV-1');
    quiet.warn('careful', { n: 1 });
    expect(apps.logs).toEqual([
      { level: 'Logger', message: 'voided INV-1' },
      { level: 'warn', message: 'careful {"n":1}' },
    ]);
  });
});
