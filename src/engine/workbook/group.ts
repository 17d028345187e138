import { isRevoiceError } from './errors';
import type { Group } from './model';
import type { Row, Table } from './table';

/**
 * Parses every row of a table into groups by key. A row that fails to parse marks its
 * group with the first error instead of stopping the whole table: a bad row blocks only
 * what depends on it.
 */
export function groupRows<T>(table: Table, keyOf: (row: Row) => string, parse: (row: Row) => T): Map<string, Group<T>> {
  const groups = new Map<string, Group<T>>();
  for (const row of table.rows) {
    const key = keyOf(row);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { items: [], rows: [] }));
    group.rows.push(row);
    try {
      group.items.push(parse(row));
    } catch (error) {
      if (!isRevoiceError(error)) throw error;
      group.error ??= error;
    }
  }
  return groups;
}
