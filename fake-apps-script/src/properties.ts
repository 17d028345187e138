/**
 * PropertiesService.getDocumentProperties(): string key/value pairs kept with the spreadsheet
 * (https://developers.google.com/apps-script/reference/properties/properties-service#getdocumentproperties,
 * https://developers.google.com/apps-script/reference/properties/properties). Every call is a
 * counted service call. Limits: the documented quota is 9 KB a value and 500 KB a property store
 * (https://developers.google.com/apps-script/guides/services/quotas); measured, a value is refused
 * past 8,066 bytes (https://gist.github.com/tanaikech/8b057d10fb5f2af014794e57b021c6aa), so the
 * fake refuses past that, and past 500 KB of keys plus values in all, with the message Apps Script
 * gives. Properties are written at once, not buffered with the sheet (a failed flush keeps them),
 * and travel in snapshots. Script and user properties are separate stores of the same kind.
 */
import { ServiceError } from './cells';
import { Ctx, instrument } from './context';

export const PROPERTY_VALUE_LIMIT = 8066;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_QUOTA_ERROR =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  constructor(
    readonly _ctx: Ctx,
    readonly _store: Map<string, string>,
  ) {}

  _total(store: Map<string, string>): number {
    let total = 0;
    for (const [k, v] of store) total += bytes(k) + bytes(v);
    return total;
  }

  /** Checks then applies a change, so a refused one leaves the store as it was. */
  _commit(next: Map<string, string>): void {
    for (const v of next.values()) if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new ServiceError(PROPERTY_QUOTA_ERROR);
    if (this._total(next) > PROPERTY_STORE_LIMIT) throw new ServiceError(PROPERTY_QUOTA_ERROR);
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
  }

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }

  getKeys(): string[] {
    return this._ctx.list([...this._store.keys()]);
  }

  setProperty(key: string, value: unknown): FakeProperties {
    if (key === undefined || key === null) throw new ServiceError('Invalid argument: key');
    this._commit(new Map(this._store).set(String(key), String(value)));
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._commit(next);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this._store.delete(String(key));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this._store.clear();
    return this;
  }
}
instrument(FakeProperties);

export function createPropertiesService(
  ctx: Ctx,
  stores: { document: Map<string, string>; script: Map<string, string>; user: Map<string, string> },
) {
  return {
    getDocumentProperties: () => new FakeProperties(ctx, stores.document),
    getScriptProperties: () => new FakeProperties(ctx, stores.script),
    getUserProperties: () => new FakeProperties(ctx, stores.user),
  };
}
