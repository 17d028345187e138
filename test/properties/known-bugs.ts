/**
 * Failures of what is built that are known, reported, and fixed outside this test (their code is
 * not the property test's to change). The default run counts and prints each one it meets instead
 * of failing on it; PROPERTY_KNOWN=fail makes them fail like any other violation. Delete an entry
 * when its fix lands: the run then fails again if the bug comes back.
 */
export const KNOWN_BUGS: { key: string; where: string }[] = [
  {
    key: 'I4 amount written shows as a date',
    where:
      'src/sheets (the lead is fixing it): a Paid or Balance column Revoice adds after a date column ' +
      'inherits its date format, so 0 shows as 1899-12-30',
  },
  {
    key: 'I8 date written shows as a number',
    where:
      'src/sheets/column-roles.ts + write-plan.ts: with no spare row under the table, a column is taken as ' +
      '"shows dates" from the last data row; a date written into a cell of it without a date format (a blank ' +
      'Voided At, or a new row whose block gets General from formatsNow over the format the inserted row ' +
      'inherited) shows its serial (45956)',
  },
];

export const FAIL_ON_KNOWN = process.env.PROPERTY_KNOWN === 'fail';

export function knownBug(key: string): string | null {
  if (FAIL_ON_KNOWN) return null;
  return KNOWN_BUGS.find((b) => key.startsWith(b.key))?.where ?? null;
}
