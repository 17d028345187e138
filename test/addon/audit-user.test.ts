/**
 * The Audit Log says who applied a change: Session.getActiveUser() gives the email only under
 * the userinfo.email scope, so the add-on's own manifest must carry it.
 */
import { readManifest } from '../../fake-apps-script/src/load-bundle';
import { nurserySheets, openBook } from './harness';

function auditUser(manifest: { oauthScopes?: string[] }): string {
  const book = openBook(nurserySheets(), { user: 'ada@nursery.example', manifest });
  const answer = book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'], reason: 'Wrong days' });
  expect(answer).toMatchObject({ ok: true, results: [{ ok: true }] });
  const [header, ...rows] = book.apps.display('Audit Log');
  return rows[0][header.indexOf('User')];
}

describe('the Audit Log names the user', () => {
  it('with the manifest Revoice ships (it has userinfo.email)', () => {
    expect(auditUser(readManifest())).toBe('ada@nursery.example');
  });

  it('and would be blank without that scope, as in Apps Script', () => {
    const narrow = readManifest().oauthScopes?.filter((scope) => !scope.endsWith('/userinfo.email'));
    expect(auditUser({ oauthScopes: narrow })).toBe('');
  });
});
