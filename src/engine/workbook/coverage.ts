/**
 * Which rows of the workbook a call has seen. A sheet is read whole, or only the rows found by
 * searching some of its columns for some values (cost follows the work, SPEC §5). The engine
 * never takes "not among the rows read" for "not in the workbook": every lookup it makes goes
 * through a Coverage, and one that the reads did not cover is recorded as missing, so that the
 * sheets layer reads those rows and asks again. An answer given while lookups were missing is
 * never used.
 */
import { textKey } from '../../shared/text-key';
import type { SheetKey } from './schema';

/**
 * The columns rows are looked up by. A search of Invoices by Invoice ID also finds the rows
 * whose Regenerated From or Regenerated As shows that ID (links are searched with the IDs); by
 * Customer, a customer's invoices (their credit).
 */
export const LOOKUP_COLUMNS = {
  invoices: ['Invoice ID', 'Customer'],
  lines: ['Invoice ID'],
  payments: ['Invoice ID', 'Payment ID'],
  creditNotes: ['Invoice ID', 'Credit Note ID'],
  schedule: ['Customer'],
} as const satisfies Partial<Record<SheetKey, readonly string[]>>;

export type LookupSheet = keyof typeof LOOKUP_COLUMNS;
export type LookupColumn<K extends LookupSheet = LookupSheet> = (typeof LOOKUP_COLUMNS)[K][number];

/** Per sheet, per column, the values whose rows must be read. */
export type Lookups = { [K in LookupSheet]?: { [C in LookupColumn<K>]?: string[] } };

/** What a partial read searched: per column, the values (absent on a sheet read whole). */
export type Searched = Partial<Record<string, string[]>>;

/** IDs compare as trimmed text; customers as people type names (case and spaces aside). */
export function lookupKey(column: string, value: string): string {
  return column === 'Customer' ? textKey(value) : value.trim();
}

export function isLookupSheet(key: SheetKey): key is LookupSheet {
  return key in LOOKUP_COLUMNS;
}

export class Coverage {
  /** Per sheet: null when read whole (or absent), else per column the keys searched. */
  private readonly searched = new Map<SheetKey, Map<string, Set<string>> | null>();
  private readonly missing = new Map<string, Set<string>>();

  /** `searched` undefined: the sheet was read whole, or is not in the workbook. */
  cover(sheet: SheetKey, searched: Searched | undefined): void {
    if (!searched) {
      this.searched.set(sheet, null);
      return;
    }
    const columns = new Map<string, Set<string>>();
    for (const [column, values] of Object.entries(searched)) {
      columns.set(column, new Set((values ?? []).map((value) => lookupKey(column, value))));
    }
    this.searched.set(sheet, columns);
  }

  /** Whether the rows of `value` in `column` were all read; records the lookup as missing if not. */
  covers<K extends LookupSheet>(sheet: K, column: LookupColumn<K>, value: string): boolean {
    const key = lookupKey(column, value);
    if (!key) return true;
    const columns = this.searched.get(sheet);
    if (columns === undefined || columns === null || columns.get(column)?.has(key)) return true;
    const at = `${sheet}\u0000${column}`;
    if (!this.missing.has(at)) this.missing.set(at, new Set());
    this.missing.get(at)?.add(value.trim());
    return false;
  }

  /** The lookups asked for that no read covered, or null when there were none. */
  missingLookups(): Lookups | null {
    if (!this.missing.size) return null;
    const lookups: Record<string, Record<string, string[]>> = {};
    for (const [at, values] of this.missing) {
      const [sheet, column] = at.split('\u0000');
      (lookups[sheet] ??= {})[column] = [...values];
    }
    return lookups as Lookups;
  }
}

/** A map of records found by a lookup column: asking for a key the reads did not cover records it. */
export class CoveredMap<V> implements Iterable<[string, V]> {
  constructor(
    private readonly entries: Map<string, V>,
    private readonly covered: (key: string) => boolean,
  ) {}

  get(key: string): V | undefined {
    this.covered(key);
    return this.entries.get(key);
  }

  has(key: string): boolean {
    this.covered(key);
    return this.entries.has(key);
  }

  [Symbol.iterator](): Iterator<[string, V]> {
    return this.entries[Symbol.iterator]();
  }
}

/** IDs already used in a column, to keep new ones unique: asking about an unsearched one records it. */
export class TakenIds {
  constructor(
    private readonly ids: Set<string>,
    private readonly covered: (id: string) => boolean,
  ) {}

  has(id: string): boolean {
    this.covered(id);
    return this.ids.has(id);
  }

  add(id: string): void {
    this.ids.add(id);
  }
}

/** Lookups merged: what either asks for. */
export function mergeLookups(a: Lookups, b: Lookups): Lookups {
  const merged: Record<string, Record<string, string[]>> = {};
  for (const lookups of [a, b]) {
    for (const [sheet, columns] of Object.entries(lookups)) {
      for (const [column, values] of Object.entries(columns as Record<string, string[]>)) {
        const into = (merged[sheet] ??= {});
        into[column] = [...new Set([...(into[column] ?? []), ...values])];
      }
    }
  }
  return merged as Lookups;
}
