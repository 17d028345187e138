/**
 * README's "Column names" table is written by hand for bookkeepers; this keeps it the same list
 * as COLUMN_ALIASES, both ways: every alias Revoice recognises is listed, and nothing else is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_ALIASES, SHEETS } from '../../src/engine';
import type { SheetKey } from '../../src/engine';

/** The table's rows as "Sheet | Column" → aliases, in the README's order. */
function readmeAliases(): Map<string, string[]> {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.split('\n### Column names\n')[1];
  if (section === undefined) throw new Error('README.md has no "### Column names" section');
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  const rows = lines.slice(start + 2, end < 0 ? undefined : end); // after the header and its |---| line
  const aliases = new Map<string, string[]>();
  for (const row of rows) {
    const [sheet, column, names] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const listed = [...names.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    aliases.set(`${sheet} | ${column}`, listed);
  }
  return aliases;
}

function codeAliases(): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const [key, columns] of Object.entries(COLUMN_ALIASES)) {
    for (const [column, names] of Object.entries(columns)) {
      aliases.set(`${SHEETS[key as SheetKey]} | ${column}`, [...names]);
    }
  }
  return aliases;
}

test('README lists exactly the header aliases Revoice recognises', () => {
  const readme = readmeAliases();
  expect(readme.size).toBeGreaterThan(0);
  expect(Object.fromEntries(readme)).toEqual(Object.fromEntries(codeAliases()));
});
