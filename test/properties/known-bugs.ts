/**
 * Failures of what is built that are known, reported, and fixed outside this test (their code is
 * not the property test's to change). The default run counts and prints each one it meets instead
 * of failing on it; PROPERTY_KNOWN=fail makes them fail like any other violation. Delete an entry
 * when its fix lands: the run then fails again if the bug comes back.
 */
export const KNOWN_BUGS: { key: string; where: string }[] = [
  {
    key: 'I8 date written shows as a number',
    where:
      'src/sheets (write-plan.ts formatsNow, column-roles.ts columnRoles): when no empty row is left under the ' +
      "table, a new row is inserted (it inherits the last row's date formats) but its block is given the " +
      'formats "General" as read before the insert, and a column is judged to "show dates" from the last ' +
      'data row, so a blank Voided At of another row gets a serial without a format. Minimal: Invoices with ' +
      'one row and no spare row, void-and-regenerate: the new row shows Period Start 45956',
  },
];

export const FAIL_ON_KNOWN = process.env.PROPERTY_KNOWN === 'fail';

export function knownBug(key: string): string | null {
  if (FAIL_ON_KNOWN) return null;
  return KNOWN_BUGS.find((b) => key.startsWith(b.key))?.where ?? null;
}
