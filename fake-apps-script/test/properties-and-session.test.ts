import {
  createFakeApps,
  PROPERTY_QUOTA_ERROR,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  USERINFO_EMAIL_SCOPE,
} from '../src';
import { readManifest } from '../src/load-bundle';

/* eslint-disable @typescript-eslint/no-explicit-any */
const services = (apps: ReturnType<typeof createFakeApps>) => apps.globals as Record<string, any>;

describe('PropertiesService.getDocumentProperties', () => {
  it('stores strings per spreadsheet, and every call is a counted call', () => {
    const apps = createFakeApps();
    const props = services(apps).PropertiesService.getDocumentProperties();
    apps.calls.reset();
    props.setProperty('lastRun', 42);
    props.setProperties({ a: '1', b: '2' });
    expect(props.getProperty('lastRun')).toBe('42');
    expect(props.getProperty('missing')).toBeNull();
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ lastRun: '42', b: '2' });
    props.setProperties({ only: 'me' }, true);
    expect(props.getKeys()).toEqual(['only']);
    expect(apps.calls.total).toBe(8);
    expect(createFakeApps().snapshot().documentProperties).toEqual({});
    props.deleteAllProperties();
    expect(props.getProperties()).toEqual({});
  });

  it('refuses a value past the per-value limit and a store past 500 KB, changing nothing', () => {
    const props = services(createFakeApps()).PropertiesService.getDocumentProperties();
    expect(PROPERTY_VALUE_LIMIT).toBeLessThanOrEqual(9 * 1024);
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(PROPERTY_QUOTA_ERROR);
    expect(() => props.setProperty('big', 'é'.repeat(PROPERTY_VALUE_LIMIT / 2 + 1))).toThrow(PROPERTY_QUOTA_ERROR); // bytes, not characters
    props.setProperty('fits', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`k${n++}`, 'y'.repeat(8000));
    }).toThrow(PROPERTY_QUOTA_ERROR);
    expect(n * 8000).toBeGreaterThan(PROPERTY_STORE_LIMIT - 2 * 8066); // it trips near 500 KB, not before
    expect(props.getProperty(`k${n - 1}`)).toBeNull();
  });

  it('survive a rebuild from a snapshot, and are kept apart from script properties', () => {
    const apps = createFakeApps();
    services(apps).PropertiesService.getDocumentProperties().setProperty('revoice.schema', '2');
    services(apps).PropertiesService.getScriptProperties().setProperty('other', 'x');
    const again = createFakeApps({ from: apps.snapshot() });
    expect(services(again).PropertiesService.getDocumentProperties().getProperties()).toEqual({
      'revoice.schema': '2',
    });
  });
});

describe('Session.getActiveUser().getEmail()', () => {
  it('is the user only when the manifest has the userinfo.email scope', () => {
    const email = (manifest?: { oauthScopes?: string[] }) =>
      services(createFakeApps({ user: 'ada@example.com', manifest }))
        .Session.getActiveUser()
        .getEmail();
    expect(email()).toBe('ada@example.com'); // the default manifest has the scope
    expect(email({ oauthScopes: [USERINFO_EMAIL_SCOPE] })).toBe('ada@example.com');
    expect(email({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] })).toBe('');
    expect(email({})).toBe('');
  });

  it('readManifest gives the repository appsscript.json', () => {
    const manifest = readManifest();
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    const expected = manifest.oauthScopes!.includes(USERINFO_EMAIL_SCOPE) ? 'bookkeeper@example.com' : '';
    expect(services(createFakeApps({ manifest })).Session.getActiveUser().getEmail()).toBe(expected);
  });
});
