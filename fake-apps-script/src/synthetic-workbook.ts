/**
 * Synthetic nursery workbooks of any size, for the benchmark and the batching tests:
 * N children, each with a March invoice (3 lines, a part payment) and a schedule that
 * has changed since it was issued.
 */

type Row = unknown[];
const date = (iso: string) => ({ date: iso });

export interface SyntheticOptions {
  invoices: number;
  /** Extra invoices of other months before the ones acted on, so rows are not all new. */
  padding?: number;
}

export function syntheticSheets({ invoices, padding = 0 }: SyntheticOptions): Record<string, Row[]> {
  const invoiceRows: Row[] = [
    [
      'Invoice ID',
      'Reference',
      'Customer',
      'Period Start',
      'Period End',
      'Issue Date',
      'Due Date',
      'Currency',
      'Status',
      'Subtotal',
      'Tax',
      'Total',
      'Accounting ID',
    ],
  ];
  const lines: Row[] = [
    ['Invoice ID', 'Kind', 'Description', 'Quantity', 'Unit Price', 'Amount', 'Tax Rate', 'Source'],
  ];
  const schedule: Row[] = [
    [
      'Customer',
      'Kind',
      'Description',
      'Frequency',
      'Days',
      'Units',
      'Rate',
      'Effective From',
      'Effective To',
      'Tax Rate',
    ],
  ];
  const payments: Row[] = [['Payment ID', 'Invoice ID', 'Date', 'Amount', 'Method', 'Note']];
  for (let i = 1; i <= padding + invoices; i++) {
    const child = `Child ${String(i).padStart(4, '0')}`;
    const id = `INV-${String(i).padStart(5, '0')}`;
    invoiceRows.push([
      id,
      `REF-${i}`,
      child,
      date('2026-03-01'),
      date('2026-03-31'),
      date('2026-03-01'),
      date('2026-03-15'),
      'GBP',
      'open',
      185,
      24,
      209,
      `ACC-${i}`,
    ]);
    lines.push(
      [id, 'session', 'Morning sessions', 12, 10, 120, 0.2, 'Schedule'],
      [id, 'charge', 'Meals', 1, 40, 40, 0, 'Schedule'],
      [id, 'manual', 'Trip to the farm', 1, 25, 25, 0, ''],
    );
    schedule.push(
      [child, 'session', 'Morning sessions', 'daily', 'Mon, Wed, Fri', 1, 10.5, '', '', '20%'],
      [child, 'charge', 'Meals', 'monthly', '', 1, 42, '', '', 0],
      [child, 'session', 'Forest school', 'weekly', '', 2, 7.25, date('2026-03-16'), '', 0],
    );
    payments.push([`P-${i}`, id, date('2026-03-10'), 100, 'card', '']);
  }
  return {
    Invoices: invoiceRows,
    'Invoice Lines': lines,
    Schedule: schedule,
    Closures: [
      ['Date', 'Customer'],
      [date('2026-03-06'), ''],
    ],
    Payments: payments,
    'Credit Notes': [['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason']],
  };
}

/** The IDs of the invoices acted on (after the padding). */
export function syntheticIds({ invoices, padding = 0 }: SyntheticOptions): string[] {
  return Array.from({ length: invoices }, (_, i) => `INV-${String(padding + i + 1).padStart(5, '0')}`);
}
