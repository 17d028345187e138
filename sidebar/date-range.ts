/** Calendar dates ("YYYY-MM-DD", as the server sends them) in a bookkeeper's short words. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): { day: number; month: string; year: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { day: Number(m[3]), month: MONTHS[Number(m[2]) - 1] ?? m[2], year: m[1] } : null;
}

/**
 * "1–14 Mar", "28 Feb – 3 Mar", "30 Dec 2025 – 2 Jan 2026"; with `year`, the year closes it
 * ("1–14 Mar 2026"). A date the sidebar can't read is shown as given.
 */
export function dateRange(from: string, to: string, year = false): string {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return `${from} – ${to}`;
  const closing = year ? ` ${b.year}` : '';
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`;
  if (from === to) return `${a.day} ${a.month}${closing}`;
  if (a.month === b.month) return `${a.day}–${b.day} ${b.month}${closing}`;
  return `${a.day} ${a.month} – ${b.day} ${b.month}${closing}`;
}
